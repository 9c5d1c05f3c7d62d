"""HTML for notebooks and reports. Article text is untrusted: every piece of it is escaped."""
from __future__ import annotations

import html
from typing import Any, Iterable, Sequence

import pandas as pd

from .attribution_run import content_spans

#: One colour per entity type; WEAPON, AGREEMENT and LAW stand out from the rest.
TYPE_COLORS: dict[str, str] = {
    "PERSON": "#aed6f1",
    "GPE": "#a9dfbf",
    "NORP": "#d5f5e3",
    "ORG": "#f9e79f",
    "EVENT": "#d7bde2",
    "WEAPON": "#f1948a",
    "AGREEMENT": "#f5b041",
    "LAW": "#85c1e9",
    "LOC": "#d0ece7",
    "FAC": "#e8daef",
    "DATE": "#eeeeee",
    "MONEY": "#fcf3cf",
    "QUANTITY": "#fdebd0",
}
ROLE_COLORS: dict[str, str] = {"source": "#aed6f1", "cue": "#f9e79f", "content": "#d5f5e3"}
DEFAULT_COLOR = "#e5e7e9"


def esc(value: Any) -> str:
    """Escape anything for HTML text or attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def highlight(
    text: str,
    spans: Iterable[Sequence[Any]],
    colors: dict[str, str] | None = None,
    paragraphs: list[list[int]] | None = None,
) -> str:
    """``text`` as HTML paragraphs with ``spans`` (start, end, label[, tooltip]) marked.

    Overlapping spans keep the first (longest at a start); a span over several paragraphs (a
    transcript's turn) is marked in each, its label shown where it ends. Every piece of text,
    label and tooltip is escaped.
    """
    colors = colors or TYPE_COLORS
    items = sorted((tuple(s) for s in spans), key=lambda s: (s[0], -(s[1] - s[0])))
    chosen: list[tuple] = []
    last_end = -1
    for s in items:
        if s[0] >= last_end and s[1] > s[0]:
            chosen.append(s)
            last_end = s[1]
    paragraphs = paragraphs or [[0, len(text)]]
    out: list[str] = []
    for p_start, p_end in paragraphs:
        pieces, pos = [], p_start
        for s in chosen:
            start, end, label = max(s[0], p_start), min(s[1], p_end), s[2]
            if start >= end or not text[start:end].strip():
                continue
            tip = s[3] if len(s) > 3 else label
            pieces.append(esc(text[pos:start]))
            color = colors.get(str(label), DEFAULT_COLOR)
            sub = f'<sub style="font-size:0.65em;margin-left:2px">{esc(label)}</sub>' if s[1] <= p_end else ""
            pieces.append(
                f'<mark style="background:{color};padding:0 2px;border-radius:3px" title="{esc(tip)}">'
                f"{esc(text[start:end])}{sub}</mark>"
            )
            pos = end
        pieces.append(esc(text[pos:p_end]))
        out.append("<p>" + "".join(pieces).replace("\n", "<br>") + "</p>")
    return '<div class="newslens-text" style="line-height:1.9;max-width:60em">' + "".join(out) + "</div>"


def legend(colors: dict[str, str]) -> str:
    """A one-line colour key."""
    return " ".join(
        f'<span style="background:{c};padding:0 4px;border-radius:3px;margin-right:4px">{esc(k)}</span>'
        for k, c in colors.items()
    )


def table(df: pd.DataFrame, max_rows: int | None = None) -> str:
    """A DataFrame as an escaped HTML table."""
    return df.to_html(index=False, escape=True, max_rows=max_rows, na_rep="", border=0, classes="newslens-table")


def metadata_table(meta: dict[str, Any]) -> str:
    """Key/value rows, escaped."""
    rows = "".join(f"<tr><th style='text-align:left'>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in meta.items())
    return f"<table class='newslens-meta'>{rows}</table>"


def entity_spans(analysis: Any, types: set[str] | None = None) -> list[tuple]:
    """Spans for :func:`highlight` from an Analysis' entities."""
    out = []
    for e in analysis.records.get("entities", []):
        if types and e["type"] not in types:
            continue
        tip = e["name"] + (f" ({e['role']})" if e.get("role") else "")
        for s, t in e["mentions"]:
            out.append((s, t, e["type"], tip))
    return out


def warnings_list(warnings: list[str]) -> str:
    """Warnings as an escaped list, or a line saying there are none."""
    if not warnings:
        return "<p>No warnings.</p>"
    return "<ul>" + "".join(f"<li>⚠ {esc(w)}</li>" for w in warnings) + "</ul>"


def attribution_spans(analysis: Any) -> list[tuple]:
    """Source, cue and content spans of every attribution, for :func:`highlight`. A source or
    cue inside another attribution's content (a nested attribution) cuts that content, so that
    both show."""
    frames, contents = [], []
    for a in analysis.records.get("attributions", []):
        tip = f"{a['id']} · {a['rule']} · {a['quote']}"
        if a.get("source"):
            frames.append((a["source"]["start"], a["source"]["end"], "source", f"{tip} · {a['source']['kind']}"))
        if a.get("cue"):
            frames.append((a["cue"]["start"], a["cue"]["end"], "cue", tip))
        contents += [(start, end, "content", tip) for start, end in content_spans(a)]
    text = analysis.article.text
    out = list(frames)
    for start, end, label, tip in contents:
        pieces, pos = [], start
        for fs, fe, *_ in sorted(f for f in frames if f[0] < end and start < f[1]):
            pieces.append((pos, fs))
            pos = max(pos, fe)
        pieces.append((pos, end))
        out += [(a, b, label, tip) for a, b in pieces if text[a:b].strip(" \n,.;:")]
    return out
