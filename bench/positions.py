"""Positions: recall and precision of (actor, target, stance) on what we can label.

    .venv/bin/python bench/positions.py [--shared ../shared]

1. The seed's positions in ``shared/gold/seed.gold.json``: how many are found with the right
   stance, and how many extra triples come out of the seed.
2. Sentences of ``shared/articles`` labelled here by reading them, written after the rules and
   not used to tune them (held out). Each sentence is analysed inside its article.
Event-coded news sentences and articles of this field that are not here are measured
separately.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import parse_shared_args, seed_gold  # noqa: E402

import newslens  # noqa: E402
from newslens import config  # noqa: E402

# (article, sentence prefix, [(actor, target, stance), ...])
HELD_OUT: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("B12", "Iran's Foreign Minister Javad Zarif will hold talks", [("India", "Iranian oil", "concede")]),
    ("B12", "India was Iran's top oil client after China", [("India", "Iranian oil", "concede"),
                                                            ("United States", "Iran", "threaten")]),
    ("B12", "Washington wants to block Iran's oil exports", [("United States", "Iranian oil", "oppose"),
                                                             ("United States", "JCPOA", "oppose")]),
    ("B14", "Since 2018, the United States has introduced a number of measures",
     [("United States", "S-400", "oppose"), ("United States", "Turkey", "threaten")]),
    ("B15", ", saying it will not give up the deal", [("India", "S-400", "support")]),
    ("B16", "Blinken urged India not to buy additional Russian oil", [("United States", "Russian oil", "oppose")]),
]


def main() -> int:
    shared = parse_shared_args(__doc__)
    seed = seed_gold(shared)
    if seed:
        gold = seed["positions"]
        a = newslens.analyze(config.default_seed())
        ours = {(p["actor"]["name"], p["target"]["name"], p["stance"]) for p in a.records["positions"]}
        want = {(g["actor"], g["target"], g["stance"]) for g in gold}
        print(f"seed: {len(want & ours)}/{len(want)} gold positions found; {len(ours - want)} extra of {len(ours)} "
              f"(precision {100 * len(want & ours) / len(ours):.0f}%)")
        for t in sorted(want - ours):
            print("   missed:", t)
        for t in sorted(ours - want):
            print("   extra: ", t)
    tp = n_gold = n_pred = 0
    lines = []
    for aid, prefix, labels in HELD_OUT:
        p = shared / "articles" / f"{aid}.txt"
        if not p.exists():
            continue
        an = newslens.analyze(p)
        start = an.article.text.find(prefix)
        if start < 0:
            lines.append(f"{aid}: sentence not found: {prefix[:40]}")
            continue
        sent = an.doc.char_span(start, start + len(prefix), alignment_mode="expand").sent
        found = {(q["actor"]["name"], q["target"]["name"], q["stance"]) for q in an.records["positions"]
                 if any(sent.start_char <= ev["start"] < sent.end_char for ev in q["evidence_all"])}
        want = set(labels)
        tp += len(found & want)
        n_gold += len(want)
        n_pred += len(found)
        lines.append(f"{aid}: {len(found & want)}/{len(want)}  missed {sorted(want - found)}  extra {sorted(found - want)}")
    if n_gold:
        print(f"\nheld-out sentences: recall {tp}/{n_gold} = {100 * tp / n_gold:.0f}%, "
              f"precision {tp}/{n_pred} = {100 * tp / n_pred if n_pred else 0:.0f}%")
        for line in lines:
            print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
