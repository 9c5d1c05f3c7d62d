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


STATUS_COLORS = {
    "signed": "#1e8449", "ready_to_sign": "#58d68d", "under_negotiation": "#f4d03f",
    "proposed": "#eb984e", "mentioned": "#aab7b8",
}


def _to_date(value):
    import datetime as _dt

    if not value:
        return None
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def agreement_timeline(agreements: list[dict], article_date: str | None, title: str = "Agreements: the article beside the record") -> Figure:
    """One row per agreement: the status the article reports at its date (coloured dot) and the
    date the record gives for its signing (black diamond), joined by a line."""
    rows = [a for a in agreements]
    fig, ax = plt.subplots(figsize=(9, max(1.8, 0.5 * len(rows) + 1.2)))
    if not rows:
        _empty(ax, "no agreements named")
        ax.set_title(title)
        return fig
    art = _to_date(article_date)
    seen_labels: set[str] = set()
    for y, a in enumerate(rows):
        signed = _to_date((a.get("reference") or {}).get("date_signed"))
        if art and signed:
            ax.plot([art, signed], [y, y], color="#bbb", linewidth=1, zorder=1)
        if signed:
            lab = "signed, per the record"
            ax.scatter([signed], [y], marker="D", color="black", zorder=3, label=None if lab in seen_labels else lab)
            seen_labels.add(lab)
        if art:
            st = a["status"]
            lab = f"article: {st}"
            ax.scatter([art], [y], s=90, color=STATUS_COLORS.get(st, "#888"), edgecolor="#333", zorder=4,
                       label=None if lab in seen_labels else lab)
            seen_labels.add(lab)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([a["name"] for a in rows])
    ax.invert_yaxis()
    if art:
        ax.axvline(art, color="#888", linestyle=":", linewidth=1)
    else:
        ax.text(0.99, 0.02, "article date unknown: only the record is shown", transform=ax.transAxes,
                ha="right", fontsize=8, color="#666")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set_title(title)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


VOICE_COLORS = {"outlet's own voice": "#5d6d7e", "named source": "#2e86c1", "anonymous source": "#cb4335",
                "outlet or document": "#af7ac5"}


def claims_by_voice(claims: pd.DataFrame) -> Figure:
    """How many claims the outlet makes in its own voice, and how many it attributes to named
    or anonymous sources, split by kind of claim."""
    fig, ax = plt.subplots(figsize=(8, 3.2))
    if claims.empty:
        _empty(ax, "no claims")
        return fig
    voice = claims["source_kind"].map(lambda k: "outlet's own voice" if k == "own voice" else
                                      "anonymous source" if k == "anonymous" else
                                      "outlet or document" if k in ("outlet", "document") else "named source")
    table = pd.crosstab(claims["kind"], voice)
    table = table[[c for c in VOICE_COLORS if c in table.columns]]
    left = pd.Series(0, index=table.index)
    for col in table.columns:
        ax.barh(table.index, table[col], left=left, color=VOICE_COLORS[col], label=col, edgecolor="#333", linewidth=0.4)
        left = left + table[col]
    ax.set_xlabel("claims")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Who makes the claims, by kind of claim")
    fig.tight_layout()
    return fig
