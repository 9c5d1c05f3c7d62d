"""Where the sourcing rules lose on PolNeAR: missed attributions and span boundaries, by rule.

    .venv/bin/python bench/attribution_errors.py --polnear ../shared/polnear --split dev
        [--top 30] [--rule verb_complement --role content --examples 8]

Prints, for a split (train or dev; never tune on test):
- how the gold attributions fare: found (content and cue overlap a prediction), content only,
  cue only, nothing;
- the cues of the missed ones ("nothing"), most frequent first, each with one example;
- for each rule and role, how its spans compare with the gold span they overlap: exact, or
  which edge differs ("S<" starts before the gold span, "E>" ends after it), and nomatch;
- with ``--rule`` and ``--role``: examples of each mismatch of that rule and role.
Spans are compared after trimming edge punctuation, and quote continuations folded into the
attribution they continue, as ``attribution.py`` does.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import hull, match, polnear_view, trim  # noqa: E402
from brat_attributions import read_split  # noqa: E402

import newslens  # noqa: E402
from newslens import config  # noqa: E402
from newslens.articles import paragraph_spans  # noqa: E402

ROLES = ("source", "cue", "content")


def edge_class(text: str, gold: tuple[int, int], pred: tuple[int, int]) -> str:
    g, p = trim(text, gold), trim(text, pred)
    if g == p:
        return "exact"
    start = "S<" if p[0] < g[0] else "S>" if p[0] > g[0] else "S="
    end = "E>" if p[1] > g[1] else "E<" if p[1] < g[1] else "E="
    return start + end


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--rule")
    ap.add_argument("--role", choices=ROLES, default="content")
    ap.add_argument("--examples", type=int, default=8)
    args = ap.parse_args()
    arts = read_split(args.polnear, args.split)
    articles = [newslens.Article(id=a.name, text=a.text, paragraphs=paragraph_spans(a.text)) for a in arts]
    analyses = newslens.analyze_many(articles)

    fate: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    missed_example: dict[str, str] = {}
    edges: Counter[tuple[str, str, str]] = Counter()
    edge_examples: defaultdict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for art, an in zip(arts, analyses):
        text, preds = art.text, polnear_view(an.records["attributions"], text=art.text)
        for g in art.attributions:
            cue, content = hull(g.cue), hull(g.content)
            got_content = any(match(text, content, p["content"], "any") for p in preds)
            got_cue = cue is not None and any(match(text, cue, p["cue"], "any") for p in preds)
            if got_content and (got_cue or cue is None):
                fate["found"] += 1
            elif got_content or got_cue:
                fate["content only" if got_content else "cue only"] += 1
            else:
                fate["nothing"] += 1
                key = text[cue[0]:cue[1]].lower() if cue else "(no cue)"
                missed[key] += 1
                at = content or cue
                if key not in missed_example and at:
                    missed_example[key] = text[max(0, at[0] - 80):at[1]].replace("\n", " ")[-160:]
        for p in preds:
            for role in ROLES:
                ps = p[role]
                if ps is None:
                    continue
                golds = [hull(getattr(g, role)) for g in art.attributions]
                gold = next((g for g in golds if g and match(text, g, ps, "any")), None)
                cls = edge_class(text, gold, ps) if gold else "nomatch"
                edges[(p["rule"], role, cls)] += 1
                if gold and cls != "exact":
                    edge_examples[(p["rule"], role, cls)].append((text[slice(*trim(text, gold))], text[slice(*trim(text, ps))]))

    total = sum(fate.values())
    print(f"PolNeAR {args.split}: {len(arts)} articles, {total} gold attributions")
    print("  " + ", ".join(f"{k} {v} ({100 * v / total:.0f}%)" for k, v in fate.most_common()))
    print(f"\nmissed cues (nothing found), top {args.top}:")
    for key, n in missed.most_common(args.top):
        print(f"  {n:4}  {key!r:28.28}  …{missed_example.get(key, '')}")
    print("\nspans by rule and role (against the overlapping gold span):")
    for rule in sorted({r for r, _, _ in edges}):
        for role in ROLES:
            row = {c: n for (r, ro, c), n in edges.items() if r == rule and ro == role}
            if row:
                cells = ", ".join(f"{c} {n}" for c, n in sorted(row.items(), key=lambda x: -x[1]))
                print(f"  {rule:<19}{role:<8} {cells}")
    if args.rule:
        rng = random.Random(0)
        for (rule, role, cls), pairs in sorted(edge_examples.items()):
            if rule != args.rule or role != args.role:
                continue
            print(f"\n## {rule} {role} {cls} ({len(pairs)})")
            for gold, pred in rng.sample(pairs, min(args.examples, len(pairs))):
                print(f"  gold: {gold[:150]!r}\n  ours: {pred[:150]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
