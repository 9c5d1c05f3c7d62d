"""Linear models over string features, as the sourcing models use them: a CSV of
(feature, weight) rows written by a training script in ``bench/``, read once, scored by
summing the weights of the features present."""
from __future__ import annotations

import csv
import math
from functools import lru_cache

from . import config
from .errors import ModelNotFoundError

BIAS = "<bias>"


@lru_cache(maxsize=None)
def load_weights(name: str) -> dict[str, float]:
    """The weights in ``data/<name>``; a missing file is a clear error naming it."""
    path = config.DATA_DIR / name
    if not path.exists():
        raise ModelNotFoundError(f"{path}: the model file is missing; rebuild it with the bench/build_*_model.py script")
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["feature"]: float(row["weight"]) for row in csv.DictReader(fh)}


def score(weights: dict[str, float], feats: list[str]) -> float:
    """The sum of the weights of these features (unknown features weigh nothing)."""
    return sum(weights.get(f, 0.0) for f in feats)


def logistic(z: float) -> float:
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))
