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

# (article, sentence as written (a prefix is enough), kind, checkable)
HELD_OUT: list[tuple[str, str, str, bool]] = [
    ("B05", "Both Ministers acknowledged the salience of India-US defence partnership", "position", False),
    ("B05", "They discussed ways to deepen Major Defence Partnership", "event", False),
    ("B05", "They reviewed Military-to-Military engagements", "event", False),
    ("B05", "The two Ministers discussed ways for closer collaboration between Defence Industries", "event", False),
    ("B12", "Iran's Foreign Minister Javad Zarif will hold talks with his counterpart", "plan", True),
    ("B12", "India was Iran's top oil client after China", "event", True),
    ("B12", "“India is one of our most important partners", "evaluation", False),
    ("B12", "Washington wants to block Iran's oil exports", "position", True),
    ("B16", "Blinken urged India not to buy additional Russian oil", "position", True),
    ("B16", "Of course, we're encouraging countries not to purchase additional energy supplies", "position", False),
    ("B18", "CAATSA, which was signed into law in August 2017", "event", True),
    ("B18", "India is currently in an advance stage of negotiations with Russia for five S-400 system", "quantity", True),
    ("B18", "The CAATSA issue was also raised by Senator Tom Cotton", "event", True),
    ("B18", "They might face real challenges going cold turkey", "evaluation", False),
    ("B15", "Russia will begin delivering S-400 surface-to-air missile systems to India by the end of 2021", "plan", True),
    ("B15", "The first shipment is due by the end of 2021", "plan", True),
    ("B15", "India signed a five-billion-dollar deal for the anti-aircraft systems in October 2018", "quantity", True),
    ("B15", "The head of Russian conglomerate Rostec, Sergey Chemezov, said at the time", "event", True),
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
        claims = newslens.analyze(p).records["claims"]
        for _, prefix, kind, checkable in rows:
            c = next((c for c in claims if prefix[:50] in c["text"] or c["text"][:50] in prefix), None)
            if c is None:
                c = next((c for c in claims if prefix[:25] in c["text"]), None)
            n += 1
            if c is None:
                misses.append(f"{aid}: not a claim unit: {prefix[:50]}")
                fn += checkable
                continue
            kind_ok += c["kind"] == kind
            if c["kind"] != kind:
                misses.append(f"{aid}: kind {c['kind']} (label {kind}): {prefix[:50]}")
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
