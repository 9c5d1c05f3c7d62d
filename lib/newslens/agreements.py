"""Agreements: which treaties, pacts and deals an article names, in what state, beside the record.

Detection: AGREEMENT entities (gazetteer names, old names and acronym definitions), unseen names
headed by agreement / treaty / pact / ... at either end ("the Maritime Cooperation Agreement",
"the Agreement on the Maintenance of Peace and Tranquillity along the LAC"), weapon deals ("the
S-400 deal"), agreements described but not named ("reached an agreement on patrolling", "a trade
deal", "the 1996 agreement on confidence-building measures"; each is the agreement already found
that it describes where the words say so: the record's agreement of its year and party, the
agreement of its kind named before, the weapon's deal), and "the deal" / "this agreement" linked
back to the agreement named last. A headline's short description is the body's agreement. A
pact "of the X type" ("a COMCASA-type pact") is a new agreement, not X.

Status, as the article reports it at its date, comes from the words that govern each mention
(``data/agreement_status.csv``) with tense, modality and negation: "have inked" -> signed, "will
be signed" / "vetted and ready" -> ready_to_sign, "are discussing" / "not yet signed" ->
under_negotiation, "drafts submitted" / "offered" -> proposed, otherwise mentioned. The most
advanced status the article asserts wins, with the words that say it as evidence.

``extract`` finds the mentions and groups them; its parts are ``agreement_status`` (the status of
one mention), ``agreement_parties`` (the countries party to an agreement the record does not
know) and ``agreement_descriptions`` (agreements described without a name, and which one each
is).
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from typing import Any

import pandas as pd
from spacy.tokens import Doc

from . import config
from .agreement_descriptions import (described_agreements, described_key, descriptions_before_names,
                                     headline_descriptions_to_body, headline_end_at, weapon_deals)
from .agreement_parties import joint_speakers, parties_in_sentences, parties_not_named, purpose_of, signatories
from .agreement_status import ended_by, mention_status, share_list_status
from .doctools import sent_of_span, text_of
from .entities import countries_by_mentions, parties_by_mentions
from .gazetteer import Entry, default_gazetteer
from .pipeline import PERSON_TITLES


STATUSES = ("signed", "ready_to_sign", "under_negotiation", "proposed", "mentioned")
RANK = {s: i for i, s in enumerate(reversed(STATUSES))}  # mentioned 0 ... signed 4

#: Words for agreements, named or not, in the singular or the plural.
_AGREEMENT_WORD = re.compile(r"\b(?:deals?|pacts?|agreements?|accords?|treat(?:y|ies)|contracts?|arrangements?)\b",
                             re.I)
ANAPHORS = re.compile(
    r"\b(?:the|this|that|such|its)\s+(?:(?:missile|arms|defen[cs]e|weapons?|nuclear|military|landmark|"
    r"foundational|key|crucial|critical|bilateral|proposed|new|\$\s?\d+(?:\.\d+)?\s?(?:billion|bn|million))\s+){0,3}"
    r"(deal|pact|agreement|accord|treaty|contract|annex|memorandum|arrangement|understanding)\b",
    re.IGNORECASE,
)
_UNSEEN = re.compile(
    r"\b((?:[A-Z][\w’'\-]*\s+(?:(?:of|and|on|for|the|in|to)\s+){0,2}){1,8}"
    r"(?:Agreements?|Treaty|Accords?|Pact|Memorandum(?: of Understanding)?|Annexe?|Protocol|Arrangement|Framework|Convention))\b"
)
#: ... and names that put the head first: "the Agreement on the Maintenance of Peace and
#: Tranquillity along the LAC", "a Memorandum of Understanding on the implementation of High
#: Impact Community Development Projects" (a word in lower case before its "of"), "the Treaty
#: of Friendship, Cooperation and Mutual Assistance", a
#: "Declaration of Principles" (the name of a kind of agreement; other declarations are not).
#: A head-last match that runs over the end of one head-first name into the next: "... on Maritime
#: Security and Safety Cooperation and the Memorandum of Understanding" (of a list of two).
_RUNS_INTO_NEXT = re.compile(r"\b(?:Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Convention)\s+(?:on|of|for|between)\s+"
                             r".*\band\s+(?:the\s+)?(?:Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Convention)\b")
#: The word after a treaty's name that makes it the name of the body it set up, or of a meeting
#: ("the Foreign Ministers' Framework Dialogue").
_ORGANISATION_AFTER = re.compile(r"\s+(?:Organi[sz]ation|Dialogue|Summit|Meeting|Forum|Conference|Secretariat)\b")
_UNSEEN_HEAD_FIRST = re.compile(
    r"\b((?:[A-Z][\w’'\-]*\s+){0,3}(?:Agreement|Treaty|Accord|Pact|Memorandum of Understanding|Protocol|Convention"
    r"|Framework|Declaration(?=\s+of\s+Principles))"
    r"\s+(?:on|of|for|between|concerning|regarding|to)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'\-]*"
    # (not into the next agreement of a list: "the MoU on Maritime Security and the MoU on ...")
    r"(?:,?\s+(?:(?:of|and|on|for|the|in|to|along|between|against|with|at)\s+){0,3}"
    r"(?!(?:Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Convention)\b)[A-Z][\w’'\-]*)*)"
)

#: What cites a treaty by one of its parts, right before its name ("Article 5 of the").
_CITED = re.compile(r"\b(?:Article|Art\.|Chapter|Section|Paragraph|Clause)\s+\w+\s+of\s+(?:the\s+)?$")

_TYPE_TRAP = re.compile(r"^\s*-?\s*(?:type|like|style|model)\b(?:\s+(?:pact|agreement|deal|accord|treaty|arrangement))?",
                        re.IGNORECASE)


def _before_a_date(doc: Doc, s: int, e: int) -> int:
    """Where a name found from ``s`` to ``e`` ends once a date or a time in it, and the words that
    lead to it, are left out ("the Framework for Peace on Friday": "the Framework for Peace")."""
    text = text_of(doc)
    dates = [ent.start_char for ent in doc.ents if ent.label_ in ("DATE", "TIME") and s < ent.start_char < e]
    if not dates:
        return e
    return s + len(re.sub(r"(?:[\s,]+(?:on|in|at|of|the|and|to|for|by))*[\s,]*$", "", text[s:min(dates)]))


@lru_cache(maxsize=1)
def records() -> dict[str, dict[str, Any]]:
    """The agreements record (``data/agreements.csv``) by id: full name, parties, date signed, source."""
    out = {}
    with open(config.DATA_DIR / "agreements.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            row = {k: (v or None) for k, v in row.items()}
            row["parties"] = (row.get("parties") or "").split("|") if row.get("parties") else []
            for names in ("earlier_names", "shared_names"):
                row[names] = (row.get(names) or "").split("|") if row.get(names) else []
            out[row["id"]] = row
    return out


def record_frame() -> pd.DataFrame:
    """The record as a table."""
    df = pd.DataFrame(records().values())
    df["parties"] = df["parties"].map(", ".join)
    df["earlier_names"] = df["earlier_names"].map(", ".join)
    df["shared_names"] = df["shared_names"].map(", ".join)
    return df


#: An agreement's head word in a name ("... Trade Agreement", "Framework for ...").
_HEAD_WORD = re.compile(r"\b(?:Agreements?|Treaty|Accords?|Pact|Memorandum|Annexe?|Protocol|Arrangement|Framework"
                        r"|Convention|Declaration)\b")


def _past_verb(doc: Doc, start: int, end: int) -> int:
    """Where a capitalised name found at ``start``-``end`` starts once the words up to a verb
    inside it are left out: a headline in title case ("India Signs Trade Agreement") is no name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.i < span.end - 1] if span is not None else []
    return doc[verbs[-1].i + 1].idx if verbs else start


_AT_PLACE = re.compile(r"\s+at\s+(?:(?P<the>the)\s+)?(?=[A-Z])")


#: A city a name ends with, after "in" ("a Treaty of Friendship in Thimphu").
_IN_CITY = re.compile(r"\s+in\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)$")


def _before_the_place(doc: Doc, start: int, end: int) -> int:
    """Where a head-first name ends once a place it was signed at is left out: "the Strategic
    Defense Agreement between the United States and Saudi Arabia at the White House" (the place
    a building, city or body the model sees as one, right after "at"), "the Treaty on Friendship
    and Bilateral Cooperation in London" (a capital or a city the gazetteer knows, ending the
    name; not "... Armed Forces in Europe")."""
    text = text_of(doc)
    for m in _AT_PLACE.finditer(text, start, end):
        if any(ent.label_ in ("FAC", "GPE", "LOC", "ORG") and ent.start_char in (m.start("the"), m.end())
               and ent.end_char <= end
               for ent in doc.ents):
            return m.start()
    city = _IN_CITY.search(text, start, end)
    if city is not None and any(x.role in ("capital", "city") for x in default_gazetteer().known_as(city.group(1))):
        return city.start()
    return end


#: A person's title in a capitalised run, and the word that leads from it to what it is about
#: ("the Spokesperson for the Secretary-General on the Doha Framework").
_TITLE_THEN_TOPIC = re.compile(
    r"\b(?:" + "|".join(sorted(PERSON_TITLES)) + r")(?:-\w+)?\b"
    r"(?:(?!Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Convention|Framework|Arrangement|Annex)[^,;])*?"
    r"\s(?:on|about)\s+", re.IGNORECASE)


def _past_title(text: str, start: int, end: int) -> int:
    """Where a head-last name starts once a person's title and what leads from it are left out:
    a statement's heading ("Statement by the Spokesperson for the Secretary-General on the Doha
    Framework") names the Doha Framework, not an agreement of the spokesperson's."""
    last = None
    for m in _TITLE_THEN_TOPIC.finditer(text, start, end):
        last = m
    return last.end() if last is not None and last.end() < end else start


def _coined_name(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` opens with a word coined for it, which no description would
    use: an acronym the gazetteer does not know as a body ("the ANZUS Treaty"; not "the EU
    Treaty") or a word in title case the article never writes in lower case and the model takes
    for no place, people or person ("the Pukpuk Treaty"; not "the Defence Treaty" beside "defence")."""
    text = text_of(doc)
    start += len(re.match(r"(?:The\s+)?", text[start:]).group(0))
    word = re.match(r"[\w’'\-]+", text[start:])
    if word is None or _known_as(word.group(0)):
        return False
    w = word.group(0)
    if w.isupper():
        return len(w) >= 3 and w.isalpha()
    tok = doc.char_span(start, word.end() + start, alignment_mode="expand")
    return w[:1].isupper() and w[1:].islower() and tok is not None and len(tok) == 1 \
        and tok[0].ent_type_ not in ("GPE", "NORP", "PERSON", "LOC") \
        and re.search(r"\b" + re.escape(w.lower()) + r"\b", text) is None


def _named_for_a_place(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` opens with a place the gazetteer knows that is not a country
    (a city, a resort, a region): agreements are named after where they were made ("the Stockholm
    Agreement", "the Sochi Accords"); after a country they are more often described ("an Iran
    Agreement")."""
    word = re.match(r"[\w’'\-]+", text_of(doc)[start:])
    return any(x.type in ("GPE", "LOC") and x.role != "country" for x in _known_as(word.group(0) if word else ""))


def _known_as(word: str) -> list[Entry]:
    """The gazetteer's entries a word is a name of."""
    return default_gazetteer().known_as(word)


def _named_after_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a description of an agreement is its name: a place's name in title case and the
    head ("the Ohrid agreement"); not a country or a capital, which stand for a government ("the
    Iran deal", "the Washington deal"), a known body or person, nor an acronym ("LNG supply deal")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.lower_ != "the"] if span is not None else []
    if len(words) != 2 or words[1].lower_ not in ("agreement", "accord", "accords", "deal", "pact", "treaty"):
        return False
    first = words[0]
    if first.pos_ != "PROPN" or not first.text.istitle() or first.ent_type_ in ("NORP", "PERSON"):
        return False
    return not any(x.role in ("country", "capital") or x.type in ("NORP", "ORG", "PERSON")
                   or x.country == "European Union" for x in _known_as(first.text))


def _indefinite(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` brings an agreement up as "a" or "an" one ("a
    separate deal", "a so-called 123 agreement"), the article's or not."""
    if text_of(doc)[start:end].lower().startswith(("a ", "an ")):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children)


def _deal_record(weapon: str, entities: list[dict[str, Any]]) -> str | None:
    """The recorded deal for a weapon, if every party of that record is named in the article:
    Turkey's S-400 deal is not India's."""
    countries = set(countries_by_mentions(entities))
    for rid, r in records().items():
        if r["name"].startswith(weapon + " ") and r.get("parties") and set(r["parties"]) <= countries:
            return rid
    return None


def extract(doc: Doc, article: Any, records_: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Agreements of the JSON contract."""
    text = text_of(doc)
    entities = records_.get("entities", [])
    gaz = default_gazetteer()
    recs = records()
    groups: dict[str, dict[str, Any]] = {}
    mentions: list[tuple[int, int, str]] = []  # (start, end, key)

    def group(key: str, **info: Any) -> dict[str, Any]:
        if key not in groups:
            groups[key] = {"key": key, "mentions": [], "notes": [], **info}
        return groups[key]

    # named agreements (gazetteer, acronyms, old names), minus the "-type pact" trap
    for x in entities:
        if x["type"] != "AGREEMENT":
            continue
        for s, e in x["mentions"]:
            trap = _TYPE_TRAP.match(text[e : e + 30])
            if trap:
                words = trap.group(0).replace("-", " ").split()
                noun = words[-1] if len(words) > 1 else "pact"  # "COMCASA-type pact", "COMCASA-like"
                name = f"{text[s:e]}-type {noun}"
                g = group(f"TYPE:{x['name']}", name=name, expansion=None, entity_id=None, kind="agreement",
                          ref_id=None, type_of=x["name"])
                g["notes"].append(f"modelled on {x['name']}, not {x['name']} itself")
                end = e + trap.end()
                g["mentions"].append((s, end))
                mentions.append((s, end, g["key"]))
                continue
            key = x["key"]
            other = parties_not_named(recs.get(key), text[s:e], entities)
            if other:  # "GSOMIA" in a story on Japan and South Korea: theirs, not India's and the US's
                written = re.sub(r"^(?:the|The)\s+|[’']s$", "", text[s:e])
                g = group(f"OTHER:{key}", name=written, expansion=x.get("expansion"), entity_id=x["id"],
                          kind="agreement", ref_id=None, type_of=None)
                note = f"not the {x['name']} of {' and '.join(recs[key]['parties'])}: the article does not name {other}"
                if note not in g["notes"]:
                    g["notes"].append(note)
                g["mentions"].append((s, e))
                mentions.append((s, e, g["key"]))
                continue
            g = group(key, name=x["name"], expansion=x.get("expansion"), entity_id=x["id"], kind="agreement",
                      ref_id=key if key in recs else None, type_of=None)
            g["mentions"].append((s, e))
            mentions.append((s, e, key))
            entry = gaz.get(key)
            used = text[s:e]
            if entry and used not in (entry.name,) and any(used.lower() == a.lower() for a in recs.get(key, {}).get("earlier_names", [])):
                g["notes"].append(f"named by its earlier name '{used}'")
    # weapon deals
    for s, e, weapon in weapon_deals(doc, entities):
        if any(a <= s < b for a, b, _ in mentions):
            continue
        ref = _deal_record(weapon["name"], entities)
        g = group(f"DEAL:{weapon['key']}", name=f"{weapon['name']} deal", expansion=None, entity_id=weapon["id"],
                  kind="deal", ref_id=ref, type_of=None)
        g["mentions"].append((s, e))
        mentions.append((s, e, g["key"]))
    # names nobody has listed: "... Maritime Cooperation Agreement" (three capitalised words at
    # least), "the Agreement on the Maintenance of Peace and Tranquillity along the LAC"
    for pattern, fewest in ((_UNSEEN, 3), (_UNSEEN_HEAD_FIRST, 0)):
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if "\n\n" in text[s:e]:
                e = s + text[s:e].index("\n\n")  # (a heading's name ends with its line: "... for Peace\n\nThe ...")
            head = _HEAD_WORD.search(text, s, e)
            s = _past_verb(doc, s, head.end() if head else e)  # "India Signs Trade Agreement With Oman"
            s = _past_title(text, s, e)
            capitalised = [w for w in text[s:e].split() if w[0].isupper() and w.lower() != "the"]
            need = 2 if pattern is _UNSEEN and len(capitalised) == 2 \
                and (_named_for_a_place(doc, s) or _coined_name(doc, s)) \
                else fewest  # "the Stockholm Agreement", "the Sochi Accords": a place and the head
            if len(capitalised) < need or any(a < e and s < b for a, b, _ in mentions) \
                    or (pattern is _UNSEEN and _RUNS_INTO_NEXT.search(text, s, e)) or _ORGANISATION_AFTER.match(text, e):
                continue  # (nor the body a treaty set up: "the Collective Security Treaty Organization")
            longer = _UNSEEN_HEAD_FIRST.match(text, s) if pattern is _UNSEEN else None
            longest = _before_the_place(doc, s, _before_a_date(doc, s, longer.end(1))) if longer is not None else e
            if longest > e and not any(a < longest and s < b for a, b, _ in mentions):
                e = longest  # "the United Nations Convention on the Law of the Sea": the whole name
            e = _before_the_place(doc, s, _before_a_date(doc, s, e))
            # (nor a preposition that opens the sentence: "Under the Pukpuk Treaty, ...")
            name = re.sub(r"^(?:(?:Under|In|With|After|Before|From|By|At|On|Through|Since|Without|Despite)\s+)?"
                          r"(?:(?:The|the|This|this|That|that|A|a|An|an)\s+)?", "", text[s:e])
            s = e - len(name)
            g = group(f"NAME:{name.lower()}", name=name, expansion=None, entity_id=None, kind="agreement",
                      ref_id=None, type_of=None)
            g["mentions"].append((s, e))
            mentions.append((s, e, g["key"]))
    # agreements described, not named: "an agreement on patrolling", "the 1996 agreement on ..."
    weapons_at = sorted((a, b, x) for x in entities if x["type"] == "WEAPON" for a, b in x["mentions"])
    for d in described_agreements(doc):
        s, e = d.start, d.end
        if any(a < e and s < b for a, b, _ in mentions):
            continue
        key = described_key(d, entities, recs, mentions, weapons_at, groups, doc)
        if key is None:
            new_key = f"DESC:{d.name.lower()}"
            while new_key in groups:  # another agreement described in the same words
                new_key += "'"
            # (a description in a heading's capitals is a common noun: "CODE OF CONDUCT", the code of conduct)
            g = group(new_key, name=d.name.lower() if d.name.isupper() else d.name, expansion=None, entity_id=None,
                      kind="deal" if d.name.split()[-1].lower() == "deal" else "agreement", ref_id=None, type_of=None)
            g["notes"].append("described, not named, in the text")
        elif key.startswith("DEAL:") and key not in groups:
            weapon = next(x for x in entities if f"DEAL:{x['key']}" == key)
            g = group(key, name=f"{weapon['name']} deal", expansion=None, entity_id=weapon["id"], kind="deal",
                      ref_id=_deal_record(weapon["name"], entities), type_of=None)
        elif key not in groups:
            rec = recs[key]
            g = group(key, name=rec["name"], expansion=rec.get("full_name"), entity_id=None, kind="agreement",
                      ref_id=key, type_of=None)
            g["notes"].append(f"described as '{d.name}', the {d.year} agreement the record names")
        else:
            g = groups[key]
            if key.startswith("DESC:") and _named_after_a_place(doc, s, e):
                # "an agreement on normalising their relations ... Under the Ohrid agreement": the
                # name the article gives it later
                g["name"] = d.name
                g["notes"] = [n for n in g["notes"] if n != "described, not named, in the text"]
        g["mentions"].append((s, e))
        mentions.append((s, e, g["key"]))
        mentions.sort()
    mentions = headline_descriptions_to_body(text, groups, mentions, entities, recs)
    mentions = descriptions_before_names(doc, groups, sorted(mentions), entities, recs)
    # "the deal", "this agreement": the agreement named last before it; "the deal" after a
    # weapon system with no agreement named yet is the deal for that weapon
    mentions.sort()
    weapons = sorted((a, b, x) for x in entities if x["type"] == "WEAPON" for a, b in x["mentions"])
    for m in ANAPHORS.finditer(text):
        s, e = m.span()
        if any(a <= s < b or s <= a < e for a, b, _ in mentions):
            continue
        head = m.group(1).lower()
        before = [mm for mm in mentions if mm[1] <= s and s - mm[1] < 1500]
        if not before and head in ("deal", "contract"):
            near = [w for w in weapons if w[1] <= s and s - w[1] < 600]
            if near:
                weapon = near[-1][2]
                ref = _deal_record(weapon["name"], entities)
                g = group(f"DEAL:{weapon['key']}", name=f"{weapon['name']} deal", expansion=None,
                          entity_id=weapon["id"], kind="deal", ref_id=ref, type_of=None)
                g["mentions"].append((s, e))
                mentions.append((s, e, g["key"]))
                mentions.sort()
                continue
        if head == "understanding":
            # ("the understanding that ...": a view; only an understanding named before is one)
            before = [mm for mm in before if "understanding" in groups[mm[2]]["name"].lower()]
        if head in ("arrangement", "understanding") and before:
            # a loose word: only for the agreement last spoken of ("reached a provisional
            # understanding ... . The arrangement was reached after ..."), not for one named before
            # other deals the text does not name ("Minsk II ... sign separate deals ... . Russia
            # quits the arrangement")
            last = max(before, key=lambda mm: mm[1])
            between = text[last[1]:s]
            inside = [(a - last[1], b - last[1]) for a, b, _ in mentions if last[1] <= a and b <= s]
            words = [w for w in _AGREEMENT_WORD.finditer(between) if not any(a <= w.start() < b for a, b in inside)]
            before = [last] if not words else []
        if not before:
            continue
        # (not a treaty only cited by an article of it: "in accordance with Article 5 of the North
        # Atlantic Treaty" is not what "the treaty" after it is when another has been spoken of)
        cited = {k for k in {mm[2] for mm in before}
                 if all(_CITED.search(text, max(0, a - 30), a) for a, b, kk in before if kk == k)}
        before = [mm for mm in before if mm[2] not in cited] or before
        prefer = [mm for mm in before if groups[mm[2]]["kind"] == ("deal" if head in ("deal", "contract") else "agreement")]
        key = (prefer or before)[-1][2]
        so_far = Counter({k: sum(b <= s for _, b in g["mentions"]) for k, g in groups.items()})
        first = min(groups[key]["mentions"])
        if so_far[key] == 1 and _indefinite(doc, *first):
            # "Argentina would seek a separate deal with the US. France will not accept the
            # agreement in its current form": a deal only just brought up, once and indefinitely,
            # is not what "the agreement" is when another has been the article's subject
            main = max((k for k in so_far if k != key and so_far[k] >= 2), key=lambda k: so_far[k], default=None)
            key = main or key
        groups[key]["mentions"].append((s, e))
        groups[key].setdefault("anaphora", []).append((s, e))
        # the chain goes on from here: "the deal" a page after the agreement was named, but a
        # paragraph after "the deal" before it, is still that agreement, not one named in between
        mentions.append((s, e, key))
        mentions.sort()
    if not groups:
        return []
    # status, evidence, parties, purpose
    article_countries = parties_by_mentions(entities)
    acr = {a["short"]: a for a in (doc._.acronyms or [])}
    out = []
    status_of: dict[str, tuple[str, tuple[int, int] | None]] = {}
    headline_end = headline_end_at(text)
    for g in groups.values():
        ended = next((x for m in sorted(g["mentions"]) for x in [ended_by(doc, *m)] if x), None)
        if ended:  # the contract's statuses have no word for it: a note says so
            g["notes"].append(f"the article reports {ended[0]}: '{ended[1]}'")
        best_status, best_ev = "mentioned", None
        # the body's words first: a headline's are the evidence only of what the body does not say
        for s, e in sorted(g["mentions"], key=lambda m: (m[1] <= headline_end, m[0])):
            st, ev = mention_status(doc, s, e)
            if RANK[st] > RANK[best_status] or (best_ev is None and ev is not None and st == best_status):
                best_status, best_ev = st, ev
        status_of[g["key"]] = (best_status, best_ev)
    share_list_status(doc, groups, status_of)
    all_starts = sorted(s for s, _, _ in mentions)
    for g in sorted(groups.values(), key=lambda g: min(s for s, _ in g["mentions"])):
        best_status, best_ev = status_of[g["key"]]
        first = min(g["mentions"])
        if best_ev is None:
            sent = sent_of_span(doc.char_span(first[0], first[1], alignment_mode="expand"))
            best_ev = (sent.start_char, sent.start_char + len(sent.text.rstrip()))
        ref = recs.get(g["ref_id"]) if g.get("ref_id") else None
        ev_sent = doc.char_span(best_ev[0], best_ev[1], alignment_mode="expand")
        ev_whole = sent_of_span(ev_sent) if ev_sent is not None and len(ev_sent) else None
        sent_span = (ev_whole.start_char, ev_whole.end_char) if ev_whole is not None else best_ev
        parties = list(ref["parties"]) if ref and ref.get("parties") and not g.get("type_of") else []
        if ref and not ref.get("parties") and not g.get("type_of"):
            # a treaty the record leaves open to many (the UN Charter, the Paris Agreement): those the
            # article says signed or ratified it, not every country its sentences name ("the
            # participation fully conforms to the UN Charter" is no party's)
            parties = signatories(doc, entities, g["mentions"])
        elif not parties:
            parties = parties_in_sentences(doc, entities, sent_span, best_ev, g["mentions"], article_countries)
        if len(parties) < 2:  # "They discussed progress in implementing the EDCA" of two leaders
            parties += [c for c in joint_speakers(records_.get("attributions", []), g["mentions"]) if c not in parties]
        expansion = g.get("expansion")
        short = g["name"]
        exp_span = None
        if short in acr:
            exp_span = (acr[short]["long_start"], acr[short]["long_end"]) if "long_start" in acr[short] else None
        purpose = None
        for s, e in sorted(g["mentions"]):
            purpose = purpose_of(doc, s, e, exp_span)
            if purpose:
                # a list of agreements: the clause stops where the next agreement is named
                p_start = text.find(purpose, e)
                later = [a for a in all_starts if p_start >= 0 and p_start < a < p_start + len(purpose)]
                if later:
                    purpose = re.sub(r"[\s,;]*(?:and|or)?\s*(?:the)?\s*$", "", text[p_start:later[0]]).strip(" ,;") or None
                break
        reference = None
        if ref:
            reference = {k: ref.get(k) for k in ("id", "name", "full_name", "parties", "kind", "date_signed",
                                                 "date_precision", "place", "source", "notes")}
        out.append({
            "id": "",
            "name": g["name"],
            "expansion": expansion or (ref.get("full_name") if ref and ref.get("full_name") != g["name"] else None),
            "entity_id": g.get("entity_id"),
            "kind": g["kind"],
            "status": best_status,
            "evidence": {"text": text[best_ev[0]:best_ev[1]], "start": best_ev[0], "end": best_ev[1]},
            "parties": parties,
            "purpose": purpose,
            "reference": reference,
            "mentions": [list(m) for m in sorted(g["mentions"])],
            "notes": list(dict.fromkeys(g["notes"])),
        })
    for n, a in enumerate(out, start=1):
        a["id"] = f"G{n}"
    return out


def to_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per agreement: name, full name, status, parties, purpose, evidence, record date."""
    cols = ["id", "name", "expansion", "status", "parties", "purpose", "evidence", "record_signed", "notes"]
    return pd.DataFrame(
        [
            {
                "id": a["id"],
                "name": a["name"],
                "expansion": a.get("expansion"),
                "status": a["status"],
                "parties": ", ".join(a["parties"]),
                "purpose": a.get("purpose"),
                "evidence": a["evidence"]["text"],
                "record_signed": (a.get("reference") or {}).get("date_signed"),
                "notes": "; ".join(a.get("notes", [])),
            }
            for a in rows
        ],
        columns=cols,
    )
