"""Claims: how well ``kind`` and ``checkworthy`` match what a reader labels.

    .venv/bin/python bench/claims.py [--shared ../shared]

1. Seed gold (``shared/gold/seed.gold.json``): the rank of each checkable claim among the
   article's claims (repeats left out), precision of the top third, and the gold quantities.
2. Sentences from ``shared/articles`` labelled here by reading them (kind, and whether a
   fact-checker could check it): accuracy of ``kind`` and precision / recall of
   checkworthy >= 0.5. These labels were written after the rules, and the rules were not tuned
   on them: they are held out. Articles of this field that are not here are measured separately.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import parse_shared_args, seed_gold  # noqa: E402

import newslens  # noqa: E402
from newslens import config  # noqa: E402
from newslens.claims import verify_first  # noqa: E402

# (article, where the sentence (or its claim unit) starts in the text newslens reads from the
# article file (``Analysis.article.text``), kind, checkable);
# each comment says in my words what the sentence says. The sentences themselves stay in
# ``shared/articles``, which is read when this runs.
HELD_OUT: list[tuple[str, int, str, bool]] = [
    ("B05", 437, "position", False),  # the two ministers call the defence partnership important
    ("B05", 600, "event", False),  # they talked about deepening the partnership
    ("B05", 746, "event", False),  # they went over military-to-military ties
    ("B05", 1031, "event", False),  # they talked about the defence industries working together
    ("B12", 427, "plan", True),  # Iran's foreign minister is to meet his Indian counterpart
    ("B12", 631, "event", True),  # India bought more Iranian oil than anyone but China
    ("B12", 854, "evaluation", False),  # quote: India is among Iran's key partners
    ("B12", 1235, "position", True),  # the US wants Iranian oil exports stopped
    ("B16", 421, "position", True),  # Blinken asks India not to buy more Russian oil
    ("B16", 600, "position", False),  # quote: the US urges countries not to buy more energy
    ("B18", 697, "event", True),  # when CAATSA became law
    ("B18", 930, "quantity", True),  # India near a deal for five S-400 systems, with its price
    ("B18", 1056, "event", True),  # a senator brought up CAATSA
    ("B18", 1203, "evaluation", False),  # quote: dropping Russian arms at once would be hard
    ("B15", 406, "plan", True),  # Russia to start S-400 deliveries to India by a date
    ("B15", 619, "plan", True),  # quote: the first delivery is due by a date
    ("B15", 1155, "quantity", True),  # India signed the S-400 deal, its value and date
    ("B15", 926, "event", True),  # Rostec's head spoke of the negotiations then
]


def main() -> int:
    shared = parse_shared_args(__doc__)
    seed = seed_gold(shared)
    if seed:
        gold = seed["claims"]
        a = newslens.analyze(config.default_seed())
        ranked = verify_first(a.records["claims"], n=10_000)
        third = int(len(ranked) / 3 + 0.999)
        print(f"seed: {len(ranked)} claims (repeats left out); top third = {third}")
        ranks = []
        for g in gold["checkable"]:
            pos = next((i for i, c in enumerate(ranked) if g[:40] in c["text"] or c["text"][:40] in g), None)
            ranks.append(pos)
            print(f"  rank {'-' if pos is None else pos + 1:>3}  {g[:80]}")
        in_top = sum(1 for r in ranks if r is not None and r < third)
        print(f"  checkable claims in the top third: {in_top}/{len(ranks)}; "
              f"precision of the top third: {in_top}/{third} = {100 * in_top / third:.0f}%")
        found = [q for c in a.records["claims"] for q in c["quantities"]]
        ok = sum(any(f["text"] == q["text"] and f["value"] == q["value"] and f["unit"] == q["unit"] for f in found)
                 for q in gold["quantities"])
        print(f"  gold quantities with the right value and unit: {ok}/{len(gold['quantities'])}")
    by_article: dict[str, list] = {}
    for row in HELD_OUT:
        by_article.setdefault(row[0], []).append(row)
    kind_ok = n = tp = fp = fn = 0
    misses = []
    for aid, rows in by_article.items():
        p = shared / "articles" / f"{aid}.txt"
        if not p.exists():
            continue
        an = newslens.analyze(p)
        claims = an.records["claims"]
        for _, at, kind, checkable in rows:
            # the claim unit the labelled sentence opens (it may start a few characters later,
            # after a quotation mark)
            c = next((c for c in claims if c["start"] <= at < c["end"] or at <= c["start"] < at + 5), None)
            prefix = an.article.text[at:at + 50].replace("\n", " ")
            n += 1
            if c is None:
                misses.append(f"{aid}: not a claim unit: {prefix}")
                fn += checkable
                continue
            kind_ok += c["kind"] == kind
            if c["kind"] != kind:
                misses.append(f"{aid}: kind {c['kind']} (label {kind}): {prefix}")
            pred = c["checkworthy"] >= 0.5
            tp += pred and checkable
            fp += pred and not checkable
            fn += (not pred) and checkable
    if n:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"\nheld-out sentences ({n} from {len(by_article)} articles):")
        print(f"  kind accuracy: {kind_ok}/{n} = {100 * kind_ok / n:.0f}%")
        print(f"  checkworthy >= 0.5 vs 'checkable': precision {100 * p:.0f}%  recall {100 * r:.0f}%")
        for m in misses:
            print("   ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
