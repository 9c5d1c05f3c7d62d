"""Fitting the linear models of ``newslens.linear`` (used by the bench/build_*_model.py scripts):
logistic regression over string features by full-batch gradient descent (Adam) with an L2
penalty, in numpy."""
from __future__ import annotations

import csv
from collections import Counter

import numpy as np

from newslens.linear import BIAS


def feature_index(rows: list[list[str]], min_count: int) -> dict[str, int]:
    """Feature -> column, for the features seen in at least ``min_count`` rows (the bias
    always), in sorted order."""
    counts = Counter(f for row in rows for f in set(row))
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count or f == BIAS))}


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
    params = {"w": np.zeros(n_feat)}
    moments: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    rows = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(ids))))
    n = len(y)
    for t in range(1, steps + 1):
        w = params["w"]
        p = 1 / (1 + np.exp(-scores(w, ids, starts)))
        adam_step(params, {"w": np.bincount(ids, weights=(p - y)[rows], minlength=n_feat) / n + l2 / n * w},
                  moments, t, lr)
    return params["w"]


def adam_step(params: dict[str, np.ndarray], grads: dict[str, np.ndarray],
              moments: dict[str, tuple[np.ndarray, np.ndarray]], step: int, lr: float) -> None:
    """One Adam update (beta 0.9 and 0.999) of each array in ``params`` by its gradient, in place;
    ``moments`` keeps the running averages between steps (``step`` counts from 1)."""
    for key, grad in grads.items():
        m, v = moments.get(key, (np.zeros_like(grad), np.zeros_like(grad)))
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        moments[key] = (m, v)
        params[key] -= lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)


def write_weights(path: str, index: dict[str, int], w: np.ndarray, min_weight: float) -> int:
    """Write (feature, weight) rows, largest first, leaving out weights under ``min_weight``."""
    kept = [(f, w[i]) for f, i in index.items() if abs(w[i]) >= min_weight]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["feature", "weight"])
        for f, wt in sorted(kept, key=lambda x: -abs(x[1])):
            out.writerow([f, f"{wt:.3f}"])
    return len(kept)

