from __future__ import annotations

from newslens import pipeline


def test_a_line_break_ends_a_sentence_and_a_closing_quote_stays_with_its_sentence():
    doc = pipeline.nlp()('"To transform a company took a lot of bold moves."\n\n'
                         '"What kept me going," she said, "is the fact."\nNext line here. And more.')
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == '"To transform a company took a lot of bold moves."'
    assert sents[1] == '"What kept me going," she said, "is the fact."'
    assert sents[2:] == ["Next line here.", "And more."]


def test_paragraph_component_runs_before_the_parser():
    names = pipeline.nlp().pipe_names
    assert names.index("newslens_paragraphs") < names.index("parser")


def test_a_rank_before_a_name_does_not_end_the_sentence():
    doc = pipeline.nlp()("Pentagon spokesman Navy Capt. Jeff Davis said the strike was lawful. "
                         "Air Force 1st Lt. Tyler Livingston and Col. Rob Manning agreed.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Pentagon spokesman Navy Capt. Jeff Davis said the strike was lawful.",
                     "Air Force 1st Lt. Tyler Livingston and Col. Rob Manning agreed."]
    assert "Capt." in [t.text for t in doc]
