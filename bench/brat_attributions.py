"""Read PolNeAR's brat standoff files: articles with their attributions (source, cue, content spans).

Used by ``build_cue_lexicon.py`` and ``attribution.py``; reads the corpus where it lies
(``--polnear ../shared/polnear``), copies nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]


@dataclass
class GoldAttribution:
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution]


def _spans(field_: str) -> list[Span]:
    out = []
    for part in field_.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    """Attributions of one .ann file (each E line ties source, cue and content T spans)."""
    tspans: dict[str, tuple[str, list[Span]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 1:
            tid, info, *_ = line.split("\t")
            label, _, rest = info.partition(" ")
            tspans[tid] = (label, _spans(rest))
        elif line.startswith("E"):
            _, args = line.split("\t", 1)
            events.append(dict(a.split(":", 1) for a in args.split()))
    out = []
    for ev in events:
        att = GoldAttribution()
        for role in ("Source", "Cue", "Content"):
            for key, tid in ev.items():
                if key.rstrip("0123456789") == role and tid in tspans:
                    getattr(att, role.lower()).extend(tspans[tid][1])
        if att.content or att.cue:
            out.append(att)
    return out


def read_split(root: str | Path, split: str) -> list[GoldArticle]:
    """All articles of a split ('train', 'dev'), sorted by name."""
    root = Path(root) / split
    arts, seen = [], set()
    for ann in sorted((root / "attributions").glob("*.ann")):
        # annotation files carry the annotator's code after the text's name: NAME_d473.ann
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        txt = root / "text" / (name + ".txt")
        if txt.exists() and name not in seen:  # doubly annotated articles: first annotation
            seen.add(name)
            arts.append(GoldArticle(name, txt.read_text(encoding="utf-8"), read_ann(ann)))
    return arts
