from __future__ import annotations

from collections import Counter

import pytest

import newslens
from newslens import pipeline
from newslens.articles import paragraph_spans
from newslens.headlines import _body_case, first_line, sentence_case, title_lines

BODY = ("Secretary of State Mike Pompeo on Tuesday urged India to stop buying Iranian oil. "
        "India imports oil from Iran and says the cuts will hurt; Pompeo said the U.S. would help.")
HEADLINE = "Pompeo Urges India To Cut Iranian Oil Imports"


def test_title_case_and_capital_lines_are_found_and_sentences_are_not():
    text = ("Dole Says He Backs The Nominee\nTHE SENATOR SPEAKS ABOUT TAXES\n"
            "The senator said he backs the nominee.\nBy Staff\n")
    lines = [text[s:e] for s, e in title_lines(text)]
    assert lines == ["Dole Says He Backs The Nominee", "THE SENATOR SPEAKS ABOUT TAXES"]


def test_sentence_case_takes_each_words_case_from_the_body():
    counts = Counter({"Dole": 3, "says": 2, "nominee": 1, "Senate": 1})
    assert sentence_case("Dole Says NATO Backs The Nominee", counts) == "Dole says NATO backs the nominee"
    assert sentence_case("DOLE SAYS HE BACKS THE NOMINEE", counts) == "Dole says he backs the nominee"
    line = "Backs The Nominee, Says Dole"
    assert len(sentence_case(line, counts)) == len(line)


def test_a_title_case_headline_is_parsed_as_a_sentence_and_keeps_its_text():
    text = HEADLINE + "\n" + BODY
    doc = pipeline.nlp()(text)
    assert doc.text == text
    urges = doc[1]  # the model alone reads "Pompeo Urges India" as one name
    assert urges.text == "Urges" and urges.pos_ == "VERB" and urges.dep_ == "ROOT"
    assert urges.lemma_ == "urge" and any(c.dep_ == "xcomp" for c in urges.children)
    assert [s.text.strip() for s in doc.sents][0] == HEADLINE
    assert any(e.text == "Mike Pompeo" for e in doc.ents)


def test_a_headline_report_is_an_attribution():
    text = HEADLINE + "\n\n" + BODY
    art = newslens.Article(id="h", text=text, paragraphs=paragraph_spans(text))
    found = newslens.analyze(art).records["attributions"]
    head = next(a for a in found if a["content"]["start"] < text.index("\n"))
    assert head["source"]["text"] == "Pompeo" and head["cue"]["text"] == "Urges"
    assert head["content"]["text"] == "India To Cut Iranian Oil Imports"


def test_the_headline_component_runs_after_the_lemmatizer_and_before_entities():
    names = pipeline.nlp().pipe_names
    assert names.index("lemmatizer") < names.index("newslens_headlines") < names.index("ner")


def test_body_case_counts_words_inside_sentences_only():
    text = "Big Title Line Here\nThe minister said India will buy. The deal is done.\n"
    counts = _body_case(text, title_lines(text))
    assert counts["minister"] == 1 and counts["India"] == 1
    assert counts["The"] == 0 and counts["Big"] == 0  # sentence openers and the title itself


def test_the_first_line_is_a_headline_when_text_follows_it():
    assert first_line("Court rules on the case\n\nThe court ruled on Monday.") == (0, 23)
    assert first_line("\n  Court rules on the case\nThe court ruled.") == (3, 26)
    assert first_line("A single line with no body") is None
    assert first_line("Court rules on the case\n\n  \n") is None


@pytest.mark.parametrize("headline, verb, subject", [
    ("House panel votes to hold the envoy in contempt.", "votes", "panel"),
    ("Federal court rules against the state's purge of voter rolls", "rules", "court"),
    # a name the model reads as a verb or a noun: a title before it makes it a name
    ("Trump questions the fairness of the debate moderators", "questions", "Trump"),
])
def test_a_headline_verb_read_as_a_plural_noun_is_read_as_the_verb(headline, verb, subject):
    text = headline + "\n\n" + BODY
    doc = pipeline.nlp()(text)
    assert doc.text == text
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ == "ROOT"
    assert [c.text for c in tok.children if c.dep_ == "nsubj"] == [subject]
    assert not any(t.text in ("now", "Mr.") for t in doc)  # (the nudge is not left in the article)
    alone = pipeline.nlp()(headline)
    assert next(t for t in alone if t.text == verb).pos_ == "NOUN"  # (what the model makes of it)


def test_a_headline_with_a_verb_keeps_the_models_reading():
    headline = "Judge blocks the state's new voting law"
    text = headline + "\n\n" + BODY
    doc, alone = pipeline.nlp()(text), pipeline.nlp()(headline)
    assert [(t.tag_, t.dep_, t.head.i) for t in doc[: len(alone)]] == [(t.tag_, t.dep_, t.head.i) for t in alone]


def test_a_headline_report_read_from_a_plural_noun_is_an_attribution():
    text = "Senate panel votes to subpoena the envoy over the leaked cables\n\n" + BODY
    art = newslens.Article(id="h", text=text, paragraphs=paragraph_spans(text))
    found = newslens.analyze(art).records["attributions"]
    head = next(a for a in found if a["cue"]["start"] < text.index("\n"))
    assert (head["source"]["text"], head["cue"]["text"]) == ("Senate panel", "votes")
    assert head["content"]["text"].startswith("to subpoena the envoy")
