"""Train the cue-verb model (``newslens.cue_model``) on PolNeAR train; report it on dev.

    .venv/bin/python bench/build_cue_model.py --polnear ../shared/polnear [--l2 1.0]

Candidates are the verbs the complement rule weighs: a verb that governs a clause, an open
complement, an object or a content preposition (``newslens.cues.cue_frame`` is not "none").
A candidate is a positive when it lies inside an annotated Cue span. The model is a logistic
regression over the string features of ``newslens.cue_model.features``, fitted by full-batch
gradient descent (Adam) with an L2 penalty; features seen fewer than ``--min-count`` times in
train are dropped. Writes ``data/cue_model.csv`` (feature, weight; no PolNeAR text) and prints,
for train and dev, the candidates' count, the positives' share, log loss, and precision / recall
/ F1 of "is a cue" at several thresholds next to those of the frame-rate rule it replaces.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brat_attributions import read_split  # noqa: E402
from linear_fit import encode, feature_index, fit, scores, write_weights  # noqa: E402

from newslens import config  # noqa: E402
from newslens.analysis import parse_cached  # noqa: E402
from newslens.cue_model import MODEL_FILE, features  # noqa: E402
from newslens.cues import cue_frame, frame_rate  # noqa: E402
from newslens.articles import paragraph_spans  # noqa: E402
from newslens.quotes import find_quotes  # noqa: E402
from newslens.subjects import subject_of  # noqa: E402

#: The rule the model replaced: a verb was a cue when its frame rate reached these.
FRAME_MIN_RATE = {"ccomp": 0.2, "xcomp": 0.3, "dobj": 0.3, "prep": 0.4}


def candidates(polnear: str, split: str) -> tuple[list[list[str]], list[int], list[bool]]:
    """(features, label, baseline decision) for every candidate verb of a split."""
    arts = read_split(polnear, split)
    docs = parse_cached([(a.text, None) for a in arts])
    feats, labels, base = [], [], []
    for art, doc in zip(arts, docs):
        quotes = find_quotes(art.text, paragraph_spans(art.text))
        cue_chars = bytearray(len(art.text) + 1)
        for att in art.attributions:
            for s, e in att.cue:
                cue_chars[s:e] = b"\x01" * (e - s)
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            frame = cue_frame(tok)
            if frame == "none":
                continue
            feats.append(features(tok, subject_of(tok), frame, quotes))
            labels.append(int(cue_chars[tok.idx]))
            base.append(frame_rate(tok, frame) >= FRAME_MIN_RATE[frame.partition(":")[0]])
    return feats, labels, base


def report(name: str, p: np.ndarray, y: np.ndarray, base: list[bool]) -> None:
    eps = 1e-9
    loss = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
    print(f"{name}: {len(y)} candidate verbs, {100 * y.mean():.1f}% cues, log loss {loss:.3f}")

    def prf(pred: np.ndarray) -> str:
        tp = float((pred & (y == 1)).sum())
        pr = tp / max(1, pred.sum())
        rc = tp / max(1, y.sum())
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0
        return f"P {100 * pr:5.1f}  R {100 * rc:5.1f}  F1 {100 * f:5.1f}"

    print(f"  frame-rate rule      {prf(np.array(base))}")
    for th in (0.3, 0.4, 0.5, 0.6):
        print(f"  model p >= {th:.1f}      {prf(p >= th)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-weight", type=float, default=0.01, help="drop weights smaller than this")
    ap.add_argument("--out", default=str(config.DATA_DIR / MODEL_FILE))
    args = ap.parse_args()
    tr_f, tr_y, tr_b = candidates(args.polnear, "train")
    dv_f, dv_y, dv_b = candidates(args.polnear, "dev")
    index = feature_index(tr_f, args.min_count)
    ids, starts = encode(tr_f, index)
    y = np.array(tr_y, dtype=float)
    w = fit(ids, starts, y, len(index), args.l2)
    report("train", 1 / (1 + np.exp(-scores(w, ids, starts))), y, tr_b)
    d_ids, d_starts = encode(dv_f, index)
    report("dev", 1 / (1 + np.exp(-scores(w, d_ids, d_starts))), np.array(dv_y, dtype=float), dv_b)
    n = write_weights(args.out, index, w, args.min_weight)
    print(f"wrote {n} weights to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
