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


KIND_COLORS = {
    "named_person": "#2e86c1", "named_org": "#28b463", "anonymous": "#cb4335",
    "outlet": "#af7ac5", "document": "#f5b041", "unattributed": "#aab7b8",
}
QUOTE_COLORS = {"direct": "#2e86c1", "indirect": "#85c1e9", "mixed": "#5dade2"}


def sourcing_overview(attributions: pd.DataFrame) -> Figure:
    """Three panels: attributions by source kind, by the side the source speaks for, and
    direct vs indirect vs mixed."""
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.2))
    panels = [
        ("By source kind", attributions["kind"].fillna("unattributed") if not attributions.empty else pd.Series(dtype=str), KIND_COLORS),
        ("By side", attributions["side"].fillna("not stated") if not attributions.empty else pd.Series(dtype=str), {}),
        ("Direct or indirect", attributions["quote"] if not attributions.empty else pd.Series(dtype=str), QUOTE_COLORS),
    ]
    for ax, (title, series, colors) in zip(axes, panels):
        counts = series.value_counts().sort_values()
        if counts.empty:
            _empty(ax, "no attributions")
        else:
            ax.barh([str(k) for k in counts.index], counts.values,
                    color=[colors.get(str(k), "#5d8aa8") for k in counts.index], edgecolor="#444", linewidth=0.5)
            ax.spines[["top", "right"]].set_visible(False)
            ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_title(title)
    fig.tight_layout()
    return fig
