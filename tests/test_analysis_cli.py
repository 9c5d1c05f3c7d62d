from __future__ import annotations

import json
import subprocess
import sys

import newslens
from newslens.cli import main

CONTRACT = {
    "article": {"id", "path", "title", "date", "outlet", "url", "credit", "language", "text", "paragraphs", "warnings"},
    "entities": {"id", "name", "type", "aliases", "mentions", "role", "country", "notes"},
    "acronyms": {"short", "long", "start", "end"},
}


def test_to_dict_follows_the_contract(seed_analysis):
    d = seed_analysis.to_dict()
    for key in ("article", "entities", "acronyms", "attributions", "claims", "agreements", "positions"):
        assert key in d
    assert CONTRACT["article"] <= set(d["article"])
    text = d["article"]["text"]
    for e in d["entities"]:
        assert CONTRACT["entities"] <= set(e)
        for s, t in e["mentions"]:
            assert 0 <= s < t <= len(text)
    for a in d["acronyms"]:
        assert CONTRACT["acronyms"] <= set(a)
        assert a["short"] in text[a["start"]:a["end"]]
    json.dumps(d)  # serialisable


def test_dataframes(seed_analysis):
    assert {"name", "type", "role", "mentions", "aliases"} <= set(seed_analysis.entities.columns)
    assert len(seed_analysis.mentions) == sum(len(e["mentions"]) for e in seed_analysis.records["entities"])
    assert list(seed_analysis.acronyms.columns) == ["short", "long", "start", "end"]


def test_analyze_many_matches_analyze(tmp_path):
    (tmp_path / "a.txt").write_text("Modi met Putin in Moscow on Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Pompeo spoke to Jaishankar about CAATSA.", encoding="utf-8")
    many = {a.article.id: a.to_dict()["entities"] for a in newslens.analyze_many([tmp_path])}
    one = newslens.analyze(tmp_path / "b.txt").to_dict()["entities"]
    assert many["b"] == one and set(many) == {"a", "b"}


def test_a_step_failing_on_one_article_is_reported_by_name_and_the_batch_goes_on(tmp_path, monkeypatch):
    from newslens import analysis
    (tmp_path / "a.txt").write_text("Modi met Putin in Moscow on Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Pompeo spoke to Jaishankar about CAATSA.", encoding="utf-8")
    real = dict(analysis.EXTRACTORS)["positions"]

    def positions_failing_on_a(doc, article, records):
        if article.id == "a":
            raise ValueError("boom")
        return real(doc, article, records)

    monkeypatch.setattr(analysis, "EXTRACTORS", [(n, positions_failing_on_a if n == "positions" else f)
                                                 for n, f in analysis.EXTRACTORS])
    errors = []
    done = [a.article.id for a in newslens.analyze_many([tmp_path], on_error=errors.append, cache=False)]
    assert done == ["b"]
    assert [type(e).__name__ for e in errors] == ["AnalysisError"]
    assert "a.txt" in str(errors[0]) and "positions step failed" in str(errors[0]) and "boom" in str(errors[0])


def test_cli_extract_one_and_many(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Modi met Putin in Moscow.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Pompeo met Jaishankar.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["id"] == "a"
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["article"]["id"] for x in lines] == ["a", "b"]


def test_cli_bad_input_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Modi met Putin.", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "newslens", "extract", str(bad), str(good)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "bad.json" in r.stderr and "malformed JSON" in r.stderr
    assert json.loads(r.stdout)["article"]["id"] == "good"


def test_cli_output_written_whole_or_not_at_all(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "newslens", "extract", str(tmp_path / "missing.txt"), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert list(tmp_path.glob(".out.json.*")) == []


def test_shared_articles_all_extract(shared_articles):
    results = list(newslens.analyze_many([shared_articles]))
    assert len(results) == 20
    assert all(r.records["entities"] for r in results)
