"""Placeholder until the agreements concern lands: no records yet."""
from __future__ import annotations

from typing import Any

import pandas as pd


def extract(doc, article, records) -> list[dict[str, Any]]:
    return []


def to_frame(rows, *extra) -> pd.DataFrame:
    return pd.DataFrame(rows)
