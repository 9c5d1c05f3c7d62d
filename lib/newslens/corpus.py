"""Many articles at once: tables that compare sourcing, agreements and stances across a corpus."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .analysis import NUMERIC_TYPES, Analysis, analyze_many
from .articles import Article


def analyze_corpus(paths: Iterable[str | Path | Article], *, n_process: int = 1) -> list[Analysis]:
    """Analyses of every readable article in ``paths`` (bad files, and articles a step of the
    analysis fails on, are skipped with a line on stderr), sorted by date."""
    analyses = list(analyze_many(paths, n_process=n_process,
                                 on_error=lambda err: print(f"newslens: skipped {err}", file=sys.stderr)))
    return sorted(analyses, key=lambda a: (a.article.date or "9999", a.article.id))


def source_kind(att: dict[str, Any]) -> str:
    """The kind of whoever speaks in an attribution (a continuation's speaker included)."""
    src = att.get("source") or att.get("speaker")
    return src["kind"] if src else "unattributed"


def articles_table(analyses: list[Analysis]) -> pd.DataFrame:
    """One row per article: date, outlet, size, sourcing mix, agreements and positions."""
    rows = []
    for a in analyses:
        atts = a.records.get("attributions", [])
        anon = sum(source_kind(x) == "anonymous" for x in atts)
        rows.append({
            "id": a.article.id,
            "date": a.article.date,
            "outlet": a.article.outlet,
            "title": a.article.title,
            "words": a.article.words,
            "attributions": len(atts),
            "share_anonymous": round(anon / len(atts), 2) if atts else None,
            "agreements": "; ".join(f"{g['name']}: {g['status']}" for g in a.records.get("agreements", [])),
            "positions": len(a.records.get("positions", [])),
            "warnings": len(a.article.warnings),
        })
    return pd.DataFrame(rows, columns=["id", "date", "outlet", "title", "words", "attributions", "share_anonymous",
                                       "agreements", "positions", "warnings"])


def sources_by_article(analyses: list[Analysis]) -> pd.DataFrame:
    """Attributions per article (in date order) by source kind."""
    rows = [{"article": f"{a.article.date or '?'} {a.article.id}", "kind": source_kind(x)}
            for a in analyses for x in a.records.get("attributions", [])]
    if not rows:
        return pd.DataFrame()
    df = pd.DataFrame(rows)
    return pd.crosstab(df["article"], df["kind"]).sort_index()


def sourcing_by_outlet(analyses: list[Analysis]) -> pd.DataFrame:
    """Attributions per outlet by source kind."""
    rows = [{"outlet": a.article.outlet or "unknown", "kind": source_kind(x)}
            for a in analyses for x in a.records.get("attributions", [])]
    if not rows:
        return pd.DataFrame()
    df = pd.DataFrame(rows)
    return pd.crosstab(df["outlet"], df["kind"])


def entities_over_time(analyses: list[Analysis], top: int = 12) -> pd.DataFrame:
    """Mentions of the corpus's most mentioned named entities, per article in date order."""
    rows = []
    for a in analyses:
        for e in a.records.get("entities", []):
            if e["type"] not in NUMERIC_TYPES:
                rows.append({"article": f"{a.article.date or '?'} {a.article.id}", "entity": e["name"],
                             "mentions": len(e["mentions"])})
    if not rows:
        return pd.DataFrame()
    df = pd.DataFrame(rows)
    keep = df.groupby("entity")["mentions"].sum().nlargest(top).index
    return df[df["entity"].isin(keep)].pivot_table(index="entity", columns="article", values="mentions",
                                                   aggfunc="sum", fill_value=0).loc[list(keep)]


def agreement_status(analyses: list[Analysis]) -> pd.DataFrame:
    """One row per agreement per article: the status the article reports at its date, beside the
    record's signing date."""
    rows = []
    for a in analyses:
        for g in a.records.get("agreements", []):
            rows.append({
                "agreement": g["name"],
                "article": a.article.id,
                "article_date": a.article.date,
                "status": g["status"],
                "record_signed": (g.get("reference") or {}).get("date_signed"),
                "evidence": g["evidence"]["text"],
            })
    return pd.DataFrame(rows, columns=["agreement", "article", "article_date", "status", "record_signed", "evidence"])


def stance_changes(analyses: list[Analysis]) -> pd.DataFrame:
    """Actor-target pairs whose stance differs between articles, with the articles and dates
    (in date order; an article without a date last)."""
    rows = []
    for a in analyses:
        for p in a.records.get("positions", []):
            rows.append({"actor": p["actor"]["name"], "target": p["target"]["name"], "stance": p["stance"],
                         "article": a.article.id, "date": a.article.date})
    if not rows:
        return pd.DataFrame(columns=["actor", "target", "stances", "articles"])
    df = pd.DataFrame(rows)
    out = []
    for (actor, target), g in df.groupby(["actor", "target"]):
        # one entry per article, its stances together ("threaten/negotiate"): a change is between
        # articles, not two stances one article reports
        per = (g.groupby("article", sort=False)
               .agg(stance=("stance", lambda x: "/".join(sorted(set(x)))), date=("date", "first"))
               .reset_index().sort_values(["date", "article"], na_position="last"))
        if len(per) > 1 and per["stance"].nunique() > 1:
            out.append({"actor": actor, "target": target,
                        "stances": " → ".join(f"{s} ({d if isinstance(d, str) and d else 'no date'})"
                                              for s, d in zip(per["stance"], per["date"])),
                        "articles": ", ".join(per["article"])})
    return pd.DataFrame(out, columns=["actor", "target", "stances", "articles"])
