"""The PolNeAR scorer's view of our attributions (bench/attribution.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from attribution import match, polnear_view  # noqa: E402


def rec(id_, content, source=None, cue=None, continues=None, quote="direct"):
    out = {"id": id_, "rule": "quote_continuation" if continues else "quote_frame",
           "content": {"start": content[0], "end": content[1]}, "quote": quote,
           "source": {"start": source[0], "end": source[1], "kind": "named_person"} if source else None,
           "cue": {"start": cue[0], "end": cue[1]} if cue else None}
    if continues:
        out["continues"] = continues
    return out


def test_continuations_fold_into_the_attribution_they_continue():
    records = [rec("A1", (0, 10), source=(12, 15), cue=(16, 20)),
               rec("A2", (30, 40), continues="A1"),
               rec("A3", (50, 60), continues="A2"),
               rec("A4", (70, 80), source=(82, 85), cue=(86, 90))]
    view = polnear_view(records)
    assert [v["content"] for v in view] == [(0, 60), (70, 80)]
    assert view[0]["source"] == (12, 15) and view[0]["cue"] == (16, 20)
    assert len(polnear_view(records, fold=False)) == 4


def test_match_modes():
    text = "He said the deal is off."
    assert match(text, (8, 23), (8, 24), "exact")  # edge punctuation trimmed
    assert not match(text, (8, 23), (12, 23), "exact") and match(text, (8, 23), (12, 23), "half")
    assert match(text, (8, 23), (20, 23), "any") and not match(text, (8, 23), (20, 23), "half")


def test_a_transcript_turn_is_scored_with_its_label_colon_as_cue():
    text = "PENCE: We will win Ohio.\nKAINE: No, you will not."
    turn = rec("A1", (7, 24), source=(0, 5))
    turn["rule"] = "transcript_turn"
    assert polnear_view([turn], text=text)[0]["cue"] == (5, 6)
    assert polnear_view([turn])[0]["cue"] is None  # without the text: our record as it is
    framed = rec("A2", (7, 24), source=(0, 5), cue=(30, 34))
    assert polnear_view([framed], text=text)[0]["cue"] == (30, 34)


def test_a_rare_verb_of_a_class_gets_the_rate_of_its_class(tmp_path):
    from collections import Counter

    from build_cue_lexicon import class_rates
    classes = tmp_path / "classes.csv"
    classes.write_text("class,lemma\njudgment,criticize\njudgment,castigate\njudgment,berate\n"
                       "judgment,scold\n", encoding="utf-8")
    total = Counter({("criticize", "VERB"): 90, ("castigate", "VERB"): 2, ("scold", "VERB"): 8})
    cue = Counter({("criticize", "VERB"): 60, ("castigate", "VERB"): 1, ("scold", "VERB"): 1})
    rows = class_rates(str(classes), total, cue, {("criticize", "VERB")}, min_measured=5)
    # pooled over the class: (60 + 1 + 1) / (90 + 2 + 8); "scold" was seen often enough to keep its own
    assert [(r["lemma"], r["rate"]) for r in rows] == [("castigate", 0.62), ("berate", 0.62)]
    assert rows[0]["cue"] == 1 and rows[0]["total"] == 2
