"""Fitting the linear models of ``newslens.linear`` (used by the bench/build_*_model.py scripts):
logistic regression over string features by full-batch gradient descent (Adam) with an L2
penalty, in numpy."""
from __future__ import annotations

import csv

import numpy as np


def encode(feats: list[list[str]], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Flat feature ids and row starts (unknown features dropped)."""
    ids, starts = [], []
    for row in feats:
        starts.append(len(ids))
        ids.extend(index[f] for f in row if f in index)
    return np.array(ids, dtype=np.int64), np.array(starts, dtype=np.int64)


def scores(w: np.ndarray, ids: np.ndarray, starts: np.ndarray) -> np.ndarray:
    return np.add.reduceat(w[ids], starts)


def fit(ids: np.ndarray, starts: np.ndarray, y: np.ndarray, n_feat: int, l2: float,
        steps: int = 400, lr: float = 0.1) -> np.ndarray:
    """Logistic regression by full-batch Adam on the mean log loss plus l2/n * |w|^2 / 2."""
    w = np.zeros(n_feat)
    m = np.zeros(n_feat)
    v = np.zeros(n_feat)
    rows = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(ids))))
    n = len(y)
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-scores(w, ids, starts)))
        g = np.bincount(ids, weights=(p - y)[rows], minlength=n_feat) / n + l2 / n * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def write_weights(path: str, index: dict[str, int], w: np.ndarray, min_weight: float) -> int:
    """Write (feature, weight) rows, largest first, leaving out weights under ``min_weight``."""
    kept = [(f, w[i]) for f, i in index.items() if abs(w[i]) >= min_weight]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["feature", "weight"])
        for f, wt in sorted(kept, key=lambda x: -abs(x[1])):
            out.writerow([f, f"{wt:.3f}"])
    return len(kept)

