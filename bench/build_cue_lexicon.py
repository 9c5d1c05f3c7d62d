"""Build ``data/cue_lexicon.csv`` from evidence: how often each lemma is (part of) a cue in
PolNeAR train.

    .venv/bin/python bench/build_cue_lexicon.py --polnear ../shared/polnear

For every lemma (with coarse part of speech) the script counts its occurrences in the train
texts and how many of them fall inside an annotated Cue span, and keeps lemmas that are cues
at least ``--min-count`` times with a cue rate of at least ``--min-rate``. Only the counts are
written; no PolNeAR text is.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brat_attributions import read_split  # noqa: E402

from newslens import config  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-rate", type=float, default=0.2)
    ap.add_argument("--out", default=str(config.DATA_DIR / "cue_lexicon.csv"))
    args = ap.parse_args()
    arts = read_split(args.polnear, "train")
    nlp = spacy.load(config.model_name(), disable=["parser", "ner"])
    total, cue = Counter(), Counter()
    for art, doc in zip(arts, nlp.pipe((a.text for a in arts), batch_size=16)):
        cue_chars = [False] * (len(art.text) + 1)
        for att in art.attributions:
            for s, e in att.cue:
                for i in range(s, min(e, len(art.text))):
                    cue_chars[i] = True
        for tok in doc:
            if tok.is_punct or tok.is_space:
                continue
            key = (tok.lemma_.lower(), tok.pos_)
            total[key] += 1
            if cue_chars[tok.idx]:
                cue[key] += 1
    rows = []
    for key, n in cue.items():
        rate = n / total[key]
        if n >= args.min_count and rate >= args.min_rate:
            rows.append({"lemma": key[0], "pos": key[1], "cue": n, "total": total[key], "rate": round(rate, 3)})
    rows.sort(key=lambda r: (-r["cue"], r["lemma"]))
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["lemma", "pos", "cue", "total", "rate"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(arts)} train articles; {len(rows)} cue lemmas written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
