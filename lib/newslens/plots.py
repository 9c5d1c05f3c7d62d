"""Every figure of the notebooks and reports. Each function returns a matplotlib Figure."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from .render import DEFAULT_COLOR, TYPE_COLORS


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_axis_off()


def bar_counts(counts: pd.Series, title: str, xlabel: str = "count", colors: dict[str, str] | None = None) -> Figure:
    """A horizontal bar chart of a Series of counts, largest on top."""
    fig, ax = plt.subplots(figsize=(6, max(1.6, 0.35 * len(counts) + 0.8)))
    if counts.empty:
        _empty(ax, "nothing to show")
    else:
        counts = counts.sort_values()
        cols = [(colors or {}).get(str(k), "#5d8aa8") for k in counts.index]
        ax.barh([str(k) for k in counts.index], counts.values, color=cols, edgecolor="#444", linewidth=0.5)
        ax.set_xlabel(xlabel)
        for y, v in enumerate(counts.values):
            ax.text(v, y, f" {v}", va="center", fontsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def entities_by_type(entities: pd.DataFrame) -> Figure:
    """Distinct entities per type, coloured as in the highlighted text."""
    counts = entities["type"].value_counts() if not entities.empty else pd.Series(dtype=int)
    colors = {k: TYPE_COLORS.get(k, DEFAULT_COLOR) for k in counts.index}
    return bar_counts(counts, "Entities by type", "distinct entities", colors)
