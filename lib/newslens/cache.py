"""A cache of parsed Docs, keyed by the text, the article date, the model and the pipeline's
version and data, so that rerunning notebooks and rerendering reports never reparses.

Set ``NEWSLENS_CACHE=off`` to switch it off, or to a folder to move it (default ``.cache/``).
Entries are written whole (temporary file and rename); a damaged entry is ignored and rebuilt.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, DocBin

from . import config
from .pipeline import PIPELINE_VERSION


def enabled() -> bool:
    return os.environ.get("NEWSLENS_CACHE", "").lower() not in ("off", "0", "false", "no")


def cache_dir() -> Path:
    value = os.environ.get("NEWSLENS_CACHE", "")
    if value and value.lower() not in ("on", "1", "true", "yes"):
        return Path(value) / "docs"
    return config.CACHE_DIR / "docs"


@lru_cache(maxsize=1)
def data_fingerprint() -> str:
    """A hash of the pipeline's version, code and data files: editing the gazetteer, the cue
    lexicon the parse repairs consult (``cues.cue_rate``) or a component invalidates every entry."""
    h = hashlib.sha256(PIPELINE_VERSION.encode())
    code = ("pipeline.py", "acronyms.py", "gazetteer.py", "headlines.py", "parse_repairs.py")
    data = ("gazetteer.csv", "cue_lexicon.csv", "cue_class_rates.csv", "cue_additions.csv")
    files = [config.DATA_DIR / n for n in data] + [config.PACKAGE_DIR / n for n in code]
    for p in files:
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def key(text: str, article_date: str | None, model: str) -> str:
    h = hashlib.sha256()
    for part in (text, article_date or "", model, data_fingerprint()):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


@lru_cache(maxsize=1)
def _reading_vocab():
    """A blank English vocab: enough to read cached Docs (their strings travel with them), so a
    cache hit never loads the statistical model."""
    import spacy

    return spacy.blank("en").vocab


def load(k: str) -> Doc | None:
    """The cached Doc for key ``k``, or None."""
    if not enabled():
        return None
    path = cache_dir() / f"{k}.spacy"
    if not path.exists():
        return None
    try:
        docs = list(DocBin(store_user_data=True).from_bytes(path.read_bytes()).get_docs(_reading_vocab()))
        return docs[0] if docs else None
    except Exception:  # noqa: BLE001 - a damaged entry is simply rebuilt
        return None


def store(k: str, doc: Doc) -> None:
    """Write one Doc whole, or not at all; a cache that cannot be written is skipped."""
    if not enabled():
        return
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, folder / f"{k}.spacy")
    except OSError:
        pass
