"""The learned choice of where reported speech ends (newslens.content_model)."""
from __future__ import annotations

import newslens
from newslens import content_model, linear


def parse(text: str):
    return newslens.analyze(newslens.Article(id="t", text=text)).doc


def test_candidates_are_the_words_from_the_start_to_the_end_of_the_sentence():
    doc = parse("Officials said the talks failed, and the envoy left. Nobody else spoke.")
    said = next(t for t in doc if t.lower_ == "said")
    start = doc.text.index("the talks")
    ends = [t.text for t in content_model.candidate_ends(doc, start, said)]
    assert ends == ["the", "talks", "failed", "and", "the", "envoy", "left"]


def test_candidates_stop_at_a_line_break():
    doc = parse("Officials said the talks failed\nBreaking news follows")
    said = next(t for t in doc if t.lower_ == "said")
    start = doc.text.index("the talks")
    assert "Breaking" not in [t.text for t in content_model.candidate_ends(doc, start, said)]


def _choose(monkeypatch, weights: dict[str, float], text: str, proposal_text: str) -> str:
    monkeypatch.setattr(content_model, "load_weights", lambda name: weights)
    doc = parse(text)
    said = next(t for t in doc if t.lower_ == "said")
    comp = next(c for c in said.children if c.dep_ == "ccomp")
    start = doc.text.index(proposal_text)
    end = content_model.choose_end(doc, start, start + len(proposal_text), said, comp)
    return doc.text[start:end]


def test_the_best_scoring_end_wins_and_the_proposal_wins_ties(monkeypatch):
    text = "Officials said the talks failed, which surprised the envoy."
    whole = "the talks failed, which surprised the envoy"
    assert _choose(monkeypatch, {}, text, whole) == whole
    assert _choose(monkeypatch, {"next=,": 2.0}, text, whole) == "the talks failed"


def test_the_trained_model_leaves_a_plain_clause_alone():
    linear.load_weights.cache_clear()
    a = newslens.analyze(newslens.Article(id="t", text="Pompeo said that India would get a waiver until May.")).records["attributions"]
    assert a[0]["content"]["text"] == "that India would get a waiver until May"
