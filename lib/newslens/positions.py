"""Policy positions: which actor stands where on what, and who says so.

Stances come from the words that govern an actor and a target, through lexicons organised
like event-coding dictionaries (``data/stance_lexicon.csv`` for verbs, ``data/stance_nouns.csv``
for nominal forms; the ``action`` column holds CAMEO / PLOVER-style categories such as DEMAND,
THREATEN, REJECT, SUPPORT, YIELD, CONSULT). Patterns:

- verbs with subject and object: "the two sides are discussing BECA" (negotiate);
- demands with an infinitive: "pressurizing India to stop the S-400 deal" -> oppose the deal;
  "urged India to buy ..." -> support; "pressured Ankara into cancelling the purchase" -> oppose it;
- answers to a call: "rejected US calls to join the talks" -> oppose the talks, "accepted an
  invitation to join the alliance" -> support it;
- commitments with an infinitive take its stance: "agreed to revive the 1998 accord" -> support
  it, "is ready to keep observing the treaty's limits" -> support the treaty, "refused to sign
  the deal" -> oppose it, "agreed to resume talks with X" -> negotiate with X;
- leaving, suspending, not joining or not recognising: "withdrew from the treaty", "will not join
  the talks", "will never recognise the annexation" -> oppose;
- threats: "threatened to enforce its CAATSA sanctions on India" -> threaten India;
- concessions: "succumbed to US pressure", "has given up oil purchases from Iran" (halting trade
  gives way; halting anything else, "halted the inspections", opposes it);
- negation where the lexicon says what it turns into: "cannot wish away our relationship with
  Russia", "it will not leave it" -> support;
- nominal forms: "India's firm stand on ...", "US pressure on India";
- infinitival headlines: "India to stand firm on S400 deal".

Actors are countries: governments, and the people, bodies and sources that speak for them
(gazetteer role and country, "Indian diplomatic sources"); a body of no one country is an actor
under its own name when it is the subject itself ("the EU", "NATO", "Hamas"). A position voiced
inside an attribution carries its ``attribution_id``; "we" there is the side the source speaks for,
and so is "he", "she" or "it" opening what a named source says ("Putin said he would accept").
Targets are what the stance is on, not where it is or who proposed it: "a truce proposed by the
United States" is the truce, "the militia in Yemen" the militia, "a defence pact with the United
States" the pact; never a date.
One row per distinct actor-target-stance, with all its evidence.

This module runs the patterns and merges what they find. The patterns live by kind:
``position_demands``, ``position_commitments`` (with threats and requirements), ``position_objects``
(a stance verb and its object) and ``position_forms`` (words outside the verb lexicon); what they
share is in ``position_finder`` (the article being read, a stance verb in its sentence),
``position_actors`` (who takes a stance, on what), ``position_grammar`` (how a sentence is read)
and ``position_words`` (the vocabularies).
"""
from __future__ import annotations

from typing import Any

import pandas as pd
from spacy.tokens import Doc

from .doctools import sent_of, text_of
from .gazetteer import default_gazetteer
from .position_commitments import commitment_pattern, requirements_pattern, threat_pattern
from .position_demands import demand_pattern
from .position_finder import Finder, stance_word
from .position_forms import (expulsion_pattern, judgment_pattern, need_pattern, noun_pattern, permission_pattern,
                             reaction_pattern, risk_pattern, supply_pattern, suspension_pattern, talks_pattern)
from .position_grammar import np_end
from .position_objects import object_pattern


#: The verb patterns, in the order they are tried; each says whether it has read the word.
_PATTERNS = (demand_pattern, commitment_pattern, threat_pattern, requirements_pattern, object_pattern)


def extract(doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Positions of the JSON contract, one per actor-target-stance."""
    f = Finder(doc, article, records)
    for v in doc:
        w = stance_word(v, f)
        before = len(f.found)
        for pattern in _PATTERNS if w is not None else ():
            if pattern(f, w):
                break
        if w is not None and w.agent is not None:  # the evidence runs to the agent ("... by France")
            end = np_end(w.agent)
            for p in f.found[before:]:
                ev = p["evidence"]
                stop = min(sent_of(v).end_char, end.idx + len(end.text))
                if ev["start"] <= end.idx and stop > ev["end"]:
                    ev["end"], ev["text"] = stop, text_of(doc)[ev["start"]:stop]
    for v in doc:
        expulsion_pattern(f, v)
        supply_pattern(f, v)
        reaction_pattern(f, v)
        judgment_pattern(f, v)
        permission_pattern(f, v)
        suspension_pattern(f, v)
        need_pattern(f, v)
        risk_pattern(f, v)
    for n in doc:
        noun_pattern(f, n)
        talks_pattern(f, n)
    return _merge(f.found)


def _merge(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (actor, target, stance): the most confident evidence first, all of it kept."""
    # a bare "a waiver" is the one waiver the article names in full, if there is one
    full = {p["target"]["name"] for p in found if p["target"]["name"].endswith(" waiver")
            and p["target"]["name"].split()[0].lower() not in ("a", "the", "sanctions")}
    for p in found:
        name = p["target"]["name"]
        bare = name.lower().removeprefix("a ").removeprefix("the ").strip()
        if bare in ("waiver", "sanctions waiver") and len(full) == 1:
            p["target"] = {"name": next(iter(full)), "entity_id": None}
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for p in found:
        key = (p["actor"]["name"], p["target"]["name"], p["stance"])
        if key not in rows:
            rows[key] = {**p, "evidence_all": [p["evidence"]]}
        else:
            r = rows[key]
            r["evidence_all"].append(p["evidence"])
            if p["confidence"] > r["confidence"]:
                r.update({k: p[k] for k in ("evidence", "attribution_id", "confidence", "rule", "actor_basis", "action")})
    out = sorted(rows.values(), key=lambda r: r["evidence_all"][0]["start"])
    for n, r in enumerate(out, start=1):
        r["id"] = f"P{n}"
    return [{"id": r.pop("id"), **r} for r in out]


def to_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per position: actor, stance, target, action, evidence, who reports it."""
    cols = ["id", "actor", "stance", "target", "action", "evidence", "attribution_id", "evidence_count", "confidence", "actor_basis"]
    return pd.DataFrame(
        [
            {
                "id": p["id"],
                "actor": p["actor"]["name"],
                "stance": p["stance"],
                "target": p["target"]["name"],
                "action": p["action"],
                "evidence": p["evidence"]["text"],
                "attribution_id": p.get("attribution_id"),
                "evidence_count": len(p.get("evidence_all", [])),
                "confidence": p["confidence"],
                "actor_basis": p.get("actor_basis"),
            }
            for p in rows
        ],
        columns=cols,
    )


def summary(rows: list[dict[str, Any]]) -> list[str]:
    """One sentence per actor: what it supports, opposes, threatens, concedes, negotiates; actors
    who take the same stances on the same targets (the signatories of a joint statement) share
    one sentence ("Canada, France and Japan support ...")."""
    by_actor: dict[str, dict[str, list[str]]] = {}
    for p in rows:
        by_actor.setdefault(p["actor"]["name"], {}).setdefault(p["stance"], []).append(p["target"]["name"])
    verbs = {"support": ("supports", "support"), "oppose": ("opposes", "oppose"),
             "threaten": ("threatens", "threaten"), "concede": ("gives way to", "give way to"),
             "negotiate": ("negotiates", "negotiate")}

    def negotiated(targets: list[str], verb: str) -> str:
        # "negotiates with Iran" but "negotiates BECA": one negotiates with a party, over a deal
        parties = [t for t in targets if _is_party(t)]
        deals = [t for t in targets if t not in parties]
        return "; ".join(x for x in (f"{verb} {', '.join(deals)}" if deals else "",
                                     f"{verb} with {', '.join(parties)}" if parties else "") if x)

    def said(stances: dict[str, list[str]], plural: bool) -> str:
        return "; ".join(negotiated(list(dict.fromkeys(t)), verbs[s][plural]) if s == "negotiate"
                         else f"{verbs[s][plural]} {', '.join(dict.fromkeys(t))}" for s, t in stances.items())

    groups: dict[str, list[str]] = {}  # what is said -> the actors who say it, in order
    for actor, stances in by_actor.items():
        groups.setdefault(said(stances, False), []).append(actor)
    out = []
    for body, actors in groups.items():
        if len(actors) == 1:
            out.append(f"{actors[0]} {body}.")
        else:
            names = ", ".join(actors[:-1]) + f" and {actors[-1]}"
            out.append(f"{names} {said(by_actor[actors[0]], True)}.")
    return out


def _is_party(name: str) -> bool:
    """Whether a target is a country or a body one talks with, by the gazetteer."""
    entry = default_gazetteer().by_name(name)
    return entry is not None and entry.type in ("GPE", "ORG")
