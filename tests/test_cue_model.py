"""The learned judge of cue verbs (newslens.cue_model)."""
from __future__ import annotations

import pytest

import newslens
from newslens import config, cue_model, linear
from newslens.errors import ModelNotFoundError
from newslens.subjects import subject_of


def verb(text: str, word: str):
    doc = newslens.analyze(newslens.Article(id="t", text=text)).doc
    return next(t for t in doc if t.lower_ == word)


def p(text: str, word: str) -> float:
    tok = verb(text, word)
    return cue_model.cue_probability(tok, subject_of(tok))


def test_features_name_the_subject_the_frame_and_the_complement():
    tok = verb("Officials said that the talks had failed.", "said")
    feats = cue_model.features(tok, subject_of(tok))
    assert {"subj=noun:official", "frame=ccomp", "comp_mark=that", "lemma+frame=say|ccomp"} <= set(feats)
    assert "in_quote" not in feats


def test_a_reporting_verb_with_a_clause_is_a_cue_and_eating_is_not():
    assert p("The minister said that the deal was dead.", "said") > 0.8
    assert p("The minister ate an apple.", "ate") < 0.2


def test_the_context_not_only_the_word_decides():
    # the same verb and frame: people want things, machines do not state intentions
    assert p("Officials want to delay the vote.", "want") > p("The machines want to be oiled.", "want")
    # a verb inside a quote rarely frames anything outside it
    assert p("“I told him we would win,” she said.", "told") < 0.2 < p("“I told him we would win,” she said.", "said")


def test_a_missing_model_file_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    linear.load_weights.cache_clear()
    try:
        with pytest.raises(ModelNotFoundError, match="cue_model.csv"):
            cue_model.weights()
    finally:
        linear.load_weights.cache_clear()


def test_british_spellings_are_read_as_the_american_ones_the_lexicons_list():
    from newslens.cues import lemma_of

    assert lemma_of(verb("The ministry criticised the plan.", "criticised")) == "criticize"
    assert p("The ministry criticised the plan.", "criticised") > 0.8
    assert lemma_of(verb("The ministry rose.", "rose")) == "rise"  # a word that merely ends in -ise stays


def test_inside_a_quote_is_read_from_the_quotes_when_given():
    from newslens.quotes import find_quotes
    text = '"We met for hours. I think the deal is dead," the minister said.'
    tok = verb(text, "think")
    quotes = find_quotes(text)
    assert "in_quote" in cue_model.features(tok, subject_of(tok), quotes=quotes)
    assert "in_quote" not in cue_model.features(tok, subject_of(tok), quotes=[])


def test_a_first_person_belief_outside_quotes_is_a_cue():
    from newslens.quotes import find_quotes
    text = "We believe the deal is dead."
    tok = verb(text, "believe")
    assert cue_model.cue_probability(tok, subject_of(tok), quotes=find_quotes(text)) >= 0.5
