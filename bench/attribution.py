"""Sourcing accuracy on PolNeAR: per-role and whole-triple precision, recall and F1.

    .venv/bin/python bench/attribution.py --polnear ../shared/polnear --split dev [--limit N]

Roles (source, cue, content) are scored three ways: exact match after trimming edge spaces (no-break ones too),
punctuation and quotation marks, overlap (the shared characters are at least 50% of both
spans), and any overlap. Matching is one-to-one, greedy. A predicted attribution matches a gold
one as a triple when cue and content overlap and the sources overlap (or both are missing);
the exact triple asks all three to match exactly. Discontinuous gold spans are scored by their
hull, and so are ours ("“A,” she said. “B.”" is one attribution in two parts). A quote that
goes on in a later paragraph is, by PolNeAR's guidelines ("Content continuations should be
included in the attribution"), one more part of the attribution it continues; newslens records
it apart (``quote_continuation``, with the id it ``continues``), so it is folded into that one
before scoring. A transcript turn, which the project's gold gives no cue, is scored with the
colon after its speaker label as its cue, which PolNeAR marks ("Punctuation as a cue").
``--no-fold`` scores our records as they are. Results are printed
overall, split into direct / indirect (gold: content in quotation marks) and, for precision, by
predicted source kind.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brat_attributions import read_split  # noqa: E402

import newslens  # noqa: E402
from newslens import config  # noqa: E402
from newslens.articles import paragraph_spans  # noqa: E402

EDGE = " \t\n\xa0.,;:!?\"“”‘’'()[]—–-"
Span = tuple[int, int]


def _span(d: dict | None) -> Span | None:
    return (d["start"], d["end"]) if d else None


def trim(text: str, sp: Span) -> Span:
    s, e = sp
    while s < e and text[s] in EDGE:
        s += 1
    while e > s and text[e - 1] in EDGE:
        e -= 1
    return s, e


def is_quoted(text: str, sp: Span | None) -> bool:
    """Gold content that opens or closes with a quotation mark: curly or straight inside the
    span, or ''doubled apostrophes'' inside or just outside it."""
    if not sp:
        return False
    s, e = sp
    return (text[s] in "“\"" or text[e - 1] in "”\""
            or "''" in (text[s:s + 2], text[max(0, s - 2):s], text[max(0, e - 2):e], text[e:e + 2]))


def hull(spans: list[Span]) -> Span | None:
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def match(text: str, a: Span | None, b: Span | None, mode: str) -> bool:
    if a is None or b is None:
        return False
    if mode == "exact":
        return trim(text, a) == trim(text, b)
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return False
    if mode == "any":
        return True
    return inter >= 0.5 * (a[1] - a[0]) and inter >= 0.5 * (b[1] - b[0])


def content_parts(att: dict) -> list[Span]:
    """An attribution's content as spans ("“A,” she said. “B.”" is one in two parts)."""
    return [tuple(p) for p in att.get("content_parts") or [(att["content"]["start"], att["content"]["end"])]]


def _label_colon(text: str, att: dict) -> Span | None:
    """The colon after a transcript turn's speaker label ("PENCE: ..."), which PolNeAR marks as
    the turn's cue (guidelines, "Punctuation as a cue": 'Romeo: “Is the day so young?”')."""
    src = att.get("source")
    if att["rule"] != "transcript_turn" or att.get("cue") or not src:
        return None
    colon = text.find(":", src["end"], att["content"]["start"])
    return (colon, colon + 1) if colon >= 0 else None


def polnear_view(records: list[dict], fold: bool = True, text: str | None = None) -> list[dict]:
    """Our attributions as PolNeAR represents them. PolNeAR annotates a quote that goes on in a
    later paragraph with no frame of its own as one more part of the attribution it continues
    (same source and cue); newslens keeps it as a record of its own, with no source or cue and
    the id of the one it ``continues``. With ``fold``, such a record becomes a part of that one.
    With ``text``, a transcript turn (newslens: no cue, as the project's gold has it) gets the
    colon after its speaker label as its cue, as PolNeAR has it.
    Each result: the source, cue and (hull of the) content spans, whether it is direct, and the
    source's kind."""
    by_id = {a["id"]: a for a in records}
    parts = {a["id"]: content_parts(a) for a in records}
    kept = []
    for a in records:
        root = a
        while fold and root.get("continues") in by_id:
            root = by_id[root["continues"]]
        if root is not a:
            parts[root["id"]] += content_parts(a)
        else:
            kept.append(a)
    return [{
        "source": _span(a.get("source")),
        "cue": _span(a.get("cue")) or (_label_colon(text, a) if text is not None else None),
        "content": hull(parts[a["id"]]),
        "direct": a["quote"] == "direct",
        "kind": (a.get("source") or a.get("speaker") or {}).get("kind", "none"),
        "rule": a["rule"],
    } for a in kept]


def greedy(text: str, preds: list, golds: list, ok) -> int:
    used: set[int] = set()
    hits = 0
    for p in preds:
        for j, g in enumerate(golds):
            if j not in used and ok(text, p, g):
                used.add(j)
                hits += 1
                break
    return hits


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-fold", action="store_true",
                    help="score our records as they are: quote continuations as attributions of their "
                         "own, transcript turns without a cue (see polnear_view)")
    args = ap.parse_args()
    arts = read_split(args.polnear, args.split)
    if args.limit:
        arts = arts[: args.limit]
    articles = [newslens.Article(id=a.name, text=a.text, paragraphs=paragraph_spans(a.text)) for a in arts]
    t0 = time.perf_counter()
    analyses = list(newslens.analyze_many(articles, cache=False))
    elapsed = time.perf_counter() - t0

    counts = defaultdict(lambda: [0, 0, 0, 0])  # key -> [tp_pred, n_pred, tp_gold, n_gold]
    for art, an in zip(arts, analyses):
        text = art.text
        gold = [{"source": hull(g.source), "cue": hull(g.cue), "content": hull(g.content)} for g in art.attributions]
        for g in gold:
            g["direct"] = is_quoted(text, g["content"])
        pred = polnear_view(an.records["attributions"], fold=not args.no_fold,
                            text=None if args.no_fold else text)
        for role in ("source", "cue", "content"):
            ps = [p[role] for p in pred if p[role]]
            gs = [g[role] for g in gold if g[role]]
            for mode in ("exact", "half", "any"):
                ok = lambda t, x, y, m=mode: match(t, x, y, m)  # noqa: E731
                k = counts[(role, mode, "all")]
                k[0] += greedy(text, ps, gs, ok); k[1] += len(ps)
                k[2] += greedy(text, gs, ps, ok); k[3] += len(gs)

        def triple(t, p, g, mode):
            src_ok = (p["source"] is None and g["source"] is None) or match(t, p["source"], g["source"], mode)
            cue_ok = (p["cue"] is None and g["cue"] is None) or match(t, p["cue"], g["cue"], mode)
            return src_ok and cue_ok and match(t, p["content"], g["content"], mode)

        for mode in ("exact", "any"):
            for split, pf, gf in (("all", lambda p: True, lambda g: True),
                                  ("direct", lambda p: p["direct"], lambda g: g["direct"]),
                                  ("indirect", lambda p: not p["direct"], lambda g: not g["direct"])):
                ps = [p for p in pred if pf(p)]
                gs = [g for g in gold if gf(g)]
                k = counts[("triple", mode, split)]
                k[0] += greedy(text, ps, gs, lambda t, x, y: triple(t, x, y, mode)); k[1] += len(ps)
                k[2] += greedy(text, gs, ps, lambda t, x, y: triple(t, y, x, mode)); k[3] += len(gs)
            for kind in sorted({p["kind"] for p in pred}):
                ps = [p for p in pred if p["kind"] == kind]
                k = counts[("triple", mode, f"kind={kind}")]
                k[0] += greedy(text, ps, gold, lambda t, x, y: triple(t, x, y, mode)); k[1] += len(ps)

    words = sum(len(a.text.split()) for a in arts)
    print(f"PolNeAR {args.split}: {len(arts)} articles, {sum(len(a.attributions) for a in arts)} gold attributions, "
          f"{sum(len(a.records['attributions']) for a in analyses)} predicted; {words / elapsed:,.0f} words/s analyze")
    print(f"\n{'role':<9}{'match':<7}{'P':>7}{'R':>7}{'F1':>7}")
    for role in ("source", "cue", "content"):
        for mode in ("exact", "half", "any"):
            p, r, f = prf(*counts[(role, mode, "all")])
            print(f"{role:<9}{mode:<7}{p:>7.1f}{r:>7.1f}{f:>7.1f}")
    print(f"\n{'triple':<9}{'match':<7}{'split':<22}{'P':>7}{'R':>7}{'F1':>7}{'n_pred':>8}{'n_gold':>8}")
    for key, v in sorted(counts.items()):
        if key[0] != "triple":
            continue
        p, r, f = prf(*v)
        rtxt = f"{r:>7.1f}{f:>7.1f}" if v[3] else f"{'':>7}{'':>7}"
        print(f"{'triple':<9}{key[1]:<7}{key[2]:<22}{p:>7.1f}{rtxt}{v[1]:>8}{v[3] or '':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
