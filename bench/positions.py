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

# (article, where the labelled sentence is in the text newslens reads from the article file
# (``Analysis.article.text``), [(actor, target, stance), ...]); each comment says in my words
# what the sentence says (the text stays in ``shared/articles``, read when this runs).
HELD_OUT: list[tuple[str, int, list[tuple[str, str, str]]]] = [
    # Iran's foreign minister visits India, which stopped buying Iranian oil under US pressure
    ("B12", 427, [("India", "Iranian oil", "concede")]),
    # India was a top buyer of Iranian oil before the US sanctions and the end of the waivers
    ("B12", 631, [("India", "Iranian oil", "concede"), ("United States", "Iran", "threaten")]),
    # the US wants Iran's oil exports stopped, having left the 2015 nuclear deal
    ("B12", 1235, [("United States", "Iranian oil", "oppose"), ("United States", "JCPOA", "oppose")]),
    # the US has taken measures against Turkey over its S-400 purchase
    ("B14", 774, [("United States", "S-400", "oppose"), ("United States", "Turkey", "threaten")]),
    # India says it will keep the S-400 deal
    ("B15", 1431, [("India", "S-400", "support")]),
    # Blinken asks India not to buy more Russian oil
    ("B16", 421, [("United States", "Russian oil", "oppose")]),
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
    for aid, at, labels in HELD_OUT:
        p = shared / "articles" / f"{aid}.txt"
        if not p.exists():
            continue
        an = newslens.analyze(p)
        span = an.doc.char_span(at, at + 1, alignment_mode="expand") if at < len(an.article.text) else None
        if not span:
            lines.append(f"{aid}: no sentence at {at}")
            continue
        sent = span.sent
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
