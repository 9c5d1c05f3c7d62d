from __future__ import annotations

from collections import Counter

import newslens
from newslens import pipeline
from newslens.articles import paragraph_spans
from newslens.headlines import _body_case, sentence_case, title_lines

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
