"""The gazetteer in ``data/gazetteer.csv``: the field's people, places, bodies, weapons,
agreements, laws and events, each with a canonical name, aliases, role and country."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import config


@dataclass(frozen=True)
class Entry:
    """One real-world thing the gazetteer knows."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    country: str | None = None
    date: str | None = None
    notes: str | None = None

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    """Entries by id, and every surface form (with spelling variants) to the ids it may name."""

    entries: dict[str, Entry]
    #: The keys of surfaces that name the entry only where the model sees a place in them
    #: (written with a "?" after them in the aliases: "Jordan?", not Chief Chuck Jordan).
    place_only: set[str] = field(default_factory=set)
    by_surface: dict[str, list[str]] = field(default_factory=dict)

    def get(self, entry_id: str | None) -> Entry | None:
        return self.entries.get(entry_id or "")

    def by_name(self, name: str) -> Entry | None:
        """The entry whose canonical name (or, failing that, alias) is ``name``."""
        for e in self.entries.values():
            if e.name == name:
                return e
        ids = self.by_surface.get(norm_key(name), [])
        return self.entries[ids[0]] if len(ids) == 1 else None

    def known_as(self, word: str) -> list[Entry]:
        """The entries ``word`` (any of their names, loosely compared) names."""
        return [self.entries[i] for i in self.by_surface.get(norm_key(word), [])] if word else []

    def country_of(self, entry_id: str | None) -> str | None:
        e = self.get(entry_id)
        return e.country if e else None


def norm_key(text: str) -> str:
    """A loose key for comparing names: lower case, no dots, hyphens or spaces, plain quotes."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return re.sub(r"[\s.\-–]+", "", text)


def spelling_variants(alias: str) -> set[str]:
    """Ways the same alias is commonly typed: S-400 / S400 / S 400, U.S. / US, ' / ’."""
    out = {alias}
    if "-" in alias:
        out |= {alias.replace("-", ""), alias.replace("-", " ")}
    if "’" in alias or "'" in alias:
        out |= {v.replace("'", "’") for v in out} | {v.replace("’", "'") for v in out}
    if "–" in alias:
        out |= {v.replace("–", "-") for v in out}
    return {v for v in out if v.strip()}


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read the gazetteer CSV (columns id, name, type, aliases, role, country, date, notes; an
    alias written with "?" after it names the entry only where the model sees a place)."""
    path = Path(path) if path else config.DATA_DIR / "gazetteer.csv"
    entries: dict[str, Entry] = {}
    place_only: set[str] = set()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            written = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            aliases = tuple(a.rstrip("?") for a in written)
            place_only.update(norm_key(v) for a in written if a.endswith("?") for v in spelling_variants(a[:-1]))
            entries[row["id"]] = Entry(
                id=row["id"],
                name=row["name"].strip(),
                type=row["type"].strip(),
                aliases=aliases,
                role=(row.get("role") or "").strip() or None,
                country=(row.get("country") or "").strip() or None,
                date=(row.get("date") or "").strip() or None,
                notes=(row.get("notes") or "").strip() or None,
            )
    gaz = Gazetteer(entries, place_only=place_only)
    for e in entries.values():
        for s in e.surfaces:
            for v in spelling_variants(s):
                ids = gaz.by_surface.setdefault(norm_key(v), [])
                if e.id not in ids:
                    ids.append(e.id)
    return gaz


@lru_cache(maxsize=4)
def default_gazetteer() -> Gazetteer:
    """The project's gazetteer, read once per process."""
    return load_gazetteer()
