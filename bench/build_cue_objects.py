"""Build the table of verb-object cues from evidence: how often PolNeAR train's annotators run a
verb's cue on over its object noun ("expressed concern about", "cast doubt on", "claimed
responsibility for").

    .venv/bin/python bench/build_cue_objects.py --polnear ../shared/polnear

For every verb inside an annotated Cue span that has a noun as direct object, the pair (verb
lemma, object lemma) is counted, and counted as "in cue" when the object lies inside the same
Cue span. Pairs seen at least ``--min-count`` times are written to ``data/cue_objects.csv``
(verb, object, in_cue, total); ``newslens.sourcing`` runs the cue over the object of a pair whose
rate reaches ``newslens.cues.OBJECT_MIN_RATE``. Rows with the verb ``*`` count an object noun
that has a that-clause, after any verb: "highlighted his message that ..." keeps "message" in
the cue, "dismissed the idea that ..." leaves "the idea" to the content. Only counts are
written; no PolNeAR text is.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brat_attributions import read_split  # noqa: E402

from newslens import config  # noqa: E402
from newslens.analysis import parse_cached  # noqa: E402
from newslens.cues import lemma_of, noun_clause  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", default=str(config.DATA_DIR / "cue_objects.csv"))
    args = ap.parse_args()
    arts = read_split(args.polnear, "train")
    docs = parse_cached([(a.text, None) for a in arts])
    total: Counter[tuple[str, str]] = Counter()
    in_cue: Counter[tuple[str, str]] = Counter()
    for art, doc in zip(arts, docs):
        cue_of = {}
        for k, att in enumerate(art.attributions):
            for s, e in att.cue:
                for i in range(s, e):
                    cue_of[i] = k
        for tok in doc:
            if tok.pos_ != "VERB" or tok.idx not in cue_of:
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if obj is None:
                continue
            keys = [(lemma_of(tok), lemma_of(obj))]
            if noun_clause(obj) is not None:  # "dismissed the idea that ...": any verb
                keys.append(("*", lemma_of(obj)))
            for key in keys:
                total[key] += 1
                in_cue[key] += cue_of.get(obj.idx) == cue_of[tok.idx]
    rows = [{"verb": v, "object": o, "in_cue": in_cue[(v, o)], "total": n}
            for (v, o), n in sorted(total.items()) if n >= args.min_count]
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["verb", "object", "in_cue", "total"])
        w.writeheader()
        w.writerows(rows)
    kept = sum(1 for r in rows if r["in_cue"] / r["total"] >= 0.5)
    print(f"{len(rows)} verb-object pairs seen {args.min_count}+ times in cues; {kept} keep the object in the cue half the time or more")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
