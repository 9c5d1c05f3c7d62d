"""Every figure of the notebooks and reports. Each function returns a matplotlib Figure."""
from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from .render import DEFAULT_COLOR, TYPE_COLORS


#: Longest label a figure writes in full; longer ones end in an ellipsis.
MAX_LABEL_CHARS = 36


def short_label(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A label cut at a word to fit a figure ("a 1998 cooperation agreement covering trade and
    investment" -> "a 1998 cooperation agreement covering…")."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:") + "…"


def _tidy(fig: Figure) -> None:
    """Fit the figure's parts together; where they cannot fit, leave them as they are without a
    warning (a warning in a notebook's output carries this machine's paths into the report)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fig.tight_layout()


def _legend(ax, **kw) -> None:
    """A legend, when something drawn has a label (else matplotlib warns, and the warning with
    this machine's paths lands in the report)."""
    if ax.get_legend_handles_labels()[0]:
        ax.legend(**kw)


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
    _tidy(fig)
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
    _tidy(fig)
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
    ax.set_yticklabels([short_label(a["name"]) for a in rows])
    ax.invert_yaxis()
    if art:
        ax.axvline(art, color="#888", linestyle=":", linewidth=1)
    elif not seen_labels:
        _empty(ax, "nothing to place in time: the article's date is unknown and the record dates none of these")
    else:
        ax.text(0.99, 0.02, "article date unknown: only the record is shown", transform=ax.transAxes,
                ha="right", fontsize=8, color="#666")
    ax.spines[["top", "right"]].set_visible(False)
    _legend(ax, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set_title(title)
    fig.autofmt_xdate()
    _tidy(fig)
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
    _legend(ax, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Who makes the claims, by kind of claim")
    _tidy(fig)
    return fig


STANCE_COLORS = {"support": "#1e8449", "oppose": "#c0392b", "threaten": "#6c3483", "concede": "#f39c12",
                 "negotiate": "#2e86c1"}


def stance_matrix(positions: pd.DataFrame) -> Figure:
    """Actors (rows) by targets (columns), each cell coloured by the stance and labelled with it."""
    import matplotlib.colors as mcolors

    if positions.empty:
        fig, ax = plt.subplots(figsize=(5, 2))
        _empty(ax, "no positions")
        return fig
    actors = list(dict.fromkeys(positions["actor"]))
    targets = list(dict.fromkeys(positions["target"]))
    order = list(STANCE_COLORS)
    grid = [[-1] * len(targets) for _ in actors]
    labels = [[""] * len(targets) for _ in actors]
    for _, r in positions.iterrows():
        i, j = actors.index(r["actor"]), targets.index(r["target"])
        labels[i][j] = (labels[i][j] + "/" if labels[i][j] else "") + r["stance"]
        grid[i][j] = order.index(r["stance"])
    import numpy as np

    data = np.ma.masked_less(np.array(grid, dtype=float), 0)
    cmap = mcolors.ListedColormap([STANCE_COLORS[s] for s in order])
    fig, ax = plt.subplots(figsize=(max(5, 1.3 * len(targets) + 2), max(2, 0.7 * len(actors) + 1.5)))
    ax.imshow(data, cmap=cmap, vmin=-0.5, vmax=len(order) - 0.5, aspect="auto")
    ax.set_xticks(range(len(targets)))
    ax.set_xticklabels([short_label(t) for t in targets], rotation=30, ha="right")
    ax.set_yticks(range(len(actors)))
    ax.set_yticklabels([short_label(a) for a in actors])
    for i in range(len(actors)):
        for j in range(len(targets)):
            if labels[i][j]:
                ax.text(j, i, labels[i][j], ha="center", va="center", color="white", fontsize=8, fontweight="bold")
    ax.set_title("Who stands where: actor × target")
    _tidy(fig)
    return fig


def stance_network(positions: pd.DataFrame) -> Figure:
    """Actors on the left, targets on the right, one arrow per position coloured by stance."""
    rows = 1 if positions.empty else max(positions["actor"].nunique(), positions["target"].nunique())
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.55 * rows + 1.2)))
    if positions.empty:
        _empty(ax, "no positions")
        return fig
    actors = list(dict.fromkeys(positions["actor"]))
    targets = list(dict.fromkeys(positions["target"]))

    def ys(n: int) -> list[float]:
        return [1.0 - (k + 0.5) / n for k in range(n)]

    ay, ty = dict(zip(actors, ys(len(actors)))), dict(zip(targets, ys(len(targets))))
    for _, r in positions.iterrows():
        ax.annotate("", xy=(0.78, ty[r["target"]]), xytext=(0.22, ay[r["actor"]]),
                    arrowprops=dict(arrowstyle="-|>", color=STANCE_COLORS[r["stance"]], lw=2, alpha=0.85,
                                    shrinkA=4, shrinkB=4))
    for name, y in ay.items():
        ax.text(0.2, y, short_label(name), ha="right", va="center", fontsize=10, fontweight="bold")
    for name, y in ty.items():
        ax.text(0.8, y, short_label(name), ha="left", va="center", fontsize=9)
    for k, (stance, color) in enumerate(STANCE_COLORS.items()):
        ax.plot([], [], color=color, lw=2, label=stance)
    _legend(ax, loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=5, fontsize=8, frameon=False)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_axis_off()
    ax.set_title("Actors and what they take positions on")
    _tidy(fig)
    return fig


def stacked_counts(table: pd.DataFrame, title: str, colors: dict[str, str] | None = None) -> Figure:
    """A horizontal stacked bar per row of a count table (rows x categories)."""
    fig, ax = plt.subplots(figsize=(9, max(2, 0.35 * len(table) + 1.3)))
    if table.empty:
        _empty(ax, "nothing to show")
        ax.set_title(title)
        return fig
    left = pd.Series(0, index=table.index)
    for col in table.columns:
        ax.barh([str(i) for i in table.index], table[col], left=left, label=str(col),
                color=(colors or {}).get(str(col)), edgecolor="#333", linewidth=0.4)
        left = left + table[col]
    ax.invert_yaxis()
    _legend(ax, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title)
    _tidy(fig)
    return fig


def corpus_agreements(status: pd.DataFrame) -> Figure:
    """Each agreement's reported status in each article (dot at the article's date, coloured by
    status) beside the record's signing date (black diamond)."""
    fig, ax = plt.subplots(figsize=(9, max(2, 0.5 * (status["agreement"].nunique() if not status.empty else 1) + 1.3)))
    if status.empty or status["article_date"].isna().all():
        _empty(ax, "no dated agreements")
        return fig
    names = list(dict.fromkeys(status["agreement"]))
    seen: set[str] = set()
    for _, r in status.iterrows():
        y = names.index(r["agreement"])
        d = _to_date(r["article_date"])
        if d:
            lab = f"article: {r['status']}"
            ax.scatter([d], [y], s=80, color=STATUS_COLORS.get(r["status"], "#888"), edgecolor="#333", zorder=3,
                       label=None if lab in seen else lab)
            seen.add(lab)
        signed = _to_date(r["record_signed"])
        if signed:
            lab = "signed, per the record"
            ax.scatter([signed], [y], marker="D", color="black", zorder=4, label=None if lab in seen else lab)
            seen.add(lab)
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels([short_label(n) for n in names])
    ax.invert_yaxis()
    _legend(ax, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Agreement status across articles, beside the record")
    fig.autofmt_xdate()
    _tidy(fig)
    return fig
