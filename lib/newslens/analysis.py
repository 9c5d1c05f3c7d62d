"""One :class:`Analysis` per article: the records of every concern, as DataFrames and as JSON."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pandas as pd
from spacy.tokens import Doc

from . import agreements, claims, positions, sourcing
from .articles import Article, iter_load, load
from .entities import acronym_records, build_entities
from .errors import AnalysisError, InputError, NewslensError
from .pipeline import PIPELINE_VERSION, parse

NUMERIC_TYPES = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}
CONCERNS = ("entities", "acronyms", "attributions", "claims", "agreements", "positions")

#: Later concerns, in order; each reads the Doc and the records made before it.
EXTRACTORS: list[tuple[str, Callable[..., list[dict[str, Any]]]]] = [
    ("attributions", sourcing.extract),
    ("agreements", agreements.extract),
    ("claims", claims.extract),
    ("positions", positions.extract),
]


@dataclass
class Analysis:
    """Everything newslens found in one article, with evidence offsets into ``article.text``."""

    article: Article
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    doc: Doc | None = field(default=None, repr=False, compare=False)

    # -- the JSON contract -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"article": self.article.to_dict()}
        for name in CONCERNS:
            out[name] = [{k: v for k, v in r.items() if not k.startswith("_")} for r in self.records.get(name, [])]
        out["pipeline_version"] = PIPELINE_VERSION
        return out

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    # -- tables ------------------------------------------------------------------------------
    @property
    def entities(self) -> pd.DataFrame:
        """One row per entity: canonical name, type, role, country, mention count, aliases."""
        rows = [
            {
                "id": e["id"],
                "name": e["name"],
                "type": e["type"],
                "role": e["role"],
                "country": e["country"],
                "mentions": len(e["mentions"]),
                "aliases": ", ".join(e["aliases"]),
                "expansion": e.get("expansion"),
                "notes": "; ".join(e["notes"]),
            }
            for e in self.records.get("entities", [])
        ]
        cols = ["id", "name", "type", "role", "country", "mentions", "aliases", "expansion", "notes"]
        return pd.DataFrame(rows, columns=cols)

    @property
    def named_entities(self) -> pd.DataFrame:
        """The entities that name something (no dates, amounts or quantities)."""
        df = self.entities
        return df[~df["type"].isin(NUMERIC_TYPES)].reset_index(drop=True)

    @property
    def mentions(self) -> pd.DataFrame:
        """One row per mention: entity, type, the text as written, offsets."""
        text = self.article.text
        rows = [
            {"entity_id": e["id"], "name": e["name"], "type": e["type"], "text": text[s:t], "start": s, "end": t}
            for e in self.records.get("entities", [])
            for s, t in e["mentions"]
        ]
        df = pd.DataFrame(rows, columns=["entity_id", "name", "type", "text", "start", "end"])
        return df.sort_values("start", kind="stable").reset_index(drop=True)

    @property
    def acronyms(self) -> pd.DataFrame:
        return pd.DataFrame(self.records.get("acronyms", []), columns=["short", "long", "start", "end"])

    @property
    def attributions(self) -> pd.DataFrame:
        return sourcing.to_frame(self.records.get("attributions", []), self.records.get("entities", []))

    @property
    def claims(self) -> pd.DataFrame:
        return claims.to_frame(self.records.get("claims", []), self.records.get("attributions", []))

    @property
    def agreements(self) -> pd.DataFrame:
        return agreements.to_frame(self.records.get("agreements", []))

    @property
    def positions(self) -> pd.DataFrame:
        return positions.to_frame(self.records.get("positions", []))

    def entity(self, entity_id: str | None) -> dict[str, Any] | None:
        return next((e for e in self.records.get("entities", []) if e["id"] == entity_id), None)


def _from_doc(article: Article, doc: Doc) -> Analysis:
    records: dict[str, list[dict[str, Any]]] = {
        "entities": build_entities(doc),
        "acronyms": acronym_records(doc),
    }
    for name, fn in EXTRACTORS:
        try:
            records[name] = fn(doc, article, records)
        except Exception as exc:  # noqa: BLE001 - named, then reported per article by the caller
            raise AnalysisError(article.path or article.id, name, exc) from exc
    for w in doc._.nl_warnings or []:
        if w not in article.warnings:
            article.warnings.append(w)
    return Analysis(article=article, records=records, doc=doc)


def parse_cached(items: list[tuple[str, str | None]], *, batch_size: int = 16, n_process: int = 1) -> list[Doc]:
    """Parsed Docs for (text, date) pairs: from the cache where there, the rest through one
    ``nlp.pipe`` (in ``n_process`` worker processes) and then cached."""
    from . import cache
    from .config import model_name

    keys = [cache.key(t, d, model_name()) for t, d in items]
    docs: list[Doc | None] = [cache.load(k) for k in keys]
    todo = [i for i, d in enumerate(docs) if d is None]
    if todo:
        fresh = parse([items[i] for i in todo], batch_size=batch_size, n_process=n_process)
        for i, doc in zip(todo, fresh):
            docs[i] = doc
            cache.store(keys[i], doc)
    return docs  # type: ignore[return-value]


def analyze(article_or_path: Article | str | Path) -> Analysis:
    """Analyse one article (an :class:`Article` or a path to one)."""
    article = article_or_path if isinstance(article_or_path, Article) else load(article_or_path)
    doc = parse_cached([(article.text, article.date)])[0]
    return _from_doc(article, doc)


def analyze_many(
    items: Iterable[Article | str | Path],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    on_error: Callable[[NewslensError], None] | None = None,
    cache: bool = True,
) -> Iterator[Analysis]:
    """Analyse many articles (paths, folders or Articles) through ``nlp.pipe``, streaming results.

    A file that cannot be read is passed to ``on_error`` (or skipped) and the rest go on; so is
    an article on which a step of the analysis fails (an ``AnalysisError`` naming the article and
    the step; without ``on_error`` it is raised).
    ``cache=False`` parses everything afresh (benchmarks; corpora too large to keep).
    """

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Article):
                yield item
                continue
            for got in iter_load(item):
                if isinstance(got, InputError):
                    if on_error:
                        on_error(got)
                    continue
                yield got

    pending: list[Article] = []

    def flush() -> Iterator[Analysis]:
        pairs = [(a.text, a.date) for a in pending]
        docs = parse_cached(pairs, batch_size=batch_size, n_process=n_process) if cache else \
            parse(pairs, batch_size=batch_size, n_process=n_process)
        for art, doc in zip(pending, docs):
            try:
                done = _from_doc(art, doc)
            except AnalysisError as exc:  # one article's failure never stops the batch
                if on_error is None:
                    raise
                on_error(exc)
                continue
            yield done
        pending.clear()

    for art in articles():
        pending.append(art)
        if len(pending) >= batch_size * max(1, n_process) * 4:
            yield from flush()
    if pending:
        yield from flush()
