"""The side a source speaks for by the text around it, when its words name none: the several
countries that were a subject before ("the two governments"), the side an earlier source of the
same entity or body had (also for a bare "the ministry"), the body that spoke just before ("A
spokesperson said"), the ministry its sentence names, the dateline's country ("the foreign
ministry said", "government sources"), the source that put out the document it names ("The
statement said"), the sides that spoke together before a joint paper, or whose "its", "their" or
"his spokesman" it is."""
from __future__ import annotations

import re
from typing import Any, Sequence

from spacy.tokens import Doc, Token

from .doctools import sent_of, text_of
from .entities import dateline_country, entity_at
from .pipeline import PERSON_TITLES
from .quantities import WORD_NUMBERS
from .side_from_words import joint_side
from .source_antecedents import antecedent, latest_source_before
from .source_words import (AIDE_HEADS, COUNTRY_BODIES, JOINT, OWN_SIDE_ROLES, SPOKESPEOPLE, entity_country,
                           entity_with_id, title_word)
from .spans import subtree_span


def owners_side(doc: Doc, head: Token | None, entities: list[dict[str, Any]], previous: list[dict[str, Any]],
                said: tuple[int, int] | None, quotes: Sequence[tuple[int, int]]) -> str | None:
    """The side of the body (or bodies) whose "its" or "their" a source is ("Pakistan rejected the
    measures. Its National Security Committee said ...", "Argentina and Paraguay did not sign the
    declaration, which their governments said was too soft"), or of the person whose aide it is
    ("Zelenskiy said ... . His spokesman said ..."), also through the body it speaks for ("Ethiopia
    rejected the accusation. A spokesperson for its foreign ministry said ..."); None otherwise."""
    own = next((c for c in head.children if c.dep_ == "poss" and (c.lower_ in ("its", "their") or (
        c.lower_ in ("his", "her") and head.lemma_.lower() in AIDE_HEADS))), None) if head is not None else None
    if own is None and head is not None:
        body = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in COUNTRY_BODIES), None)
        own = next((c for c in body.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None) \
            if body is not None else None
    joint = _several_subject_before(doc, own.i, entities) if own is not None and own.lower_ == "their" else None
    if joint:  # the several who are the subject before
        return joint
    found = antecedent(doc, own, entities, previous, person=own.lower_ in ("his", "her"), said=said, quotes=quotes) \
        if own is not None else None
    if found is None:
        return None
    entity_id, _, side = found
    return side or entity_country(entity_with_id(entities, entity_id))


def the_several_before(head: Token, s: int, previous: list[dict[str, Any]],
                       entities: list[dict[str, Any]] | None = None) -> str | None:
    """'The Ministers welcomed ...', 'The four leaders noted ...' (a plural title with "the" alone)
    after several of different countries spoke ("We, the Foreign Ministers of A, B and C", "The
    two leaders"), or a plural body ("the juntas") after several countries' bodies spoke: the
    joint side of the latest such source before ``s``, else None."""
    bare = [c.lower_ for c in head.children if c.dep_ not in ("compound", "amod", "punct", "nummod")] == ["the"]
    if not (bare and head.lower_.endswith("s") and (title_word(head) in PERSON_TITLES | {"leader"}
                                                    or head.lemma_.lower() in COUNTRY_BODIES)):
        return None
    # (or of a grouping: "ASEAN leaders call for ... . The leaders said")
    groupings = {x["name"] for x in entities or [] if x["type"] == "ORG" and x.get("role") in OWN_SIDE_ROLES}
    joint = [a["source"] for a in previous if a.get("source") and a["source"]["end"] <= s
             and (JOINT in (a["source"].get("side") or "") or a["source"].get("side") in groupings)]
    if joint:
        return max(joint, key=lambda x: x["start"])["side"]
    # (or the several who are the subject of a sentence before, reporting nothing: "Minister A and
    # Foreign Minister B held the dialogue in Canberra. The Ministers: • welcomed ...")
    return _several_subject_before(head.doc, head.i, entities) if entities is not None else None


#: Plural words for the countries a text has named ("the four countries", "both governments").
_COUNTRIES_WORDS = {"country", "government", "nation", "state", "capital"}


def the_countries_before(head: Token | None, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
    """'the defence ministers of the four countries', 'the two governments': the several
    countries named together as a subject before, when the words count them alike (or do not
    count them: "the countries' leaders"); else None."""
    span = head.doc.char_span(s, e, alignment_mode="expand") if head is not None else None
    if span is None:
        return None
    for t in span:
        if t.tag_ != "NNS" or t.lemma_.lower() not in _COUNTRIES_WORDS \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "both") for c in t.children):
            continue
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") or c.ent_type_ in ("GPE", "NORP", "LOC")
               for c in t.children if c.i < t.i):
            return None  # ("the three Baltic states", "the Gulf countries": which ones, it says)
        counted = next((c for c in t.children if c.dep_ == "nummod"), None)
        n = WORD_NUMBERS.get(counted.lower_) if counted is not None else None
        if counted is not None and n is None:
            return None
        side = _several_subject_before(head.doc, span.start, entities)
        if side and (n is None or side.count(JOINT) + 1 == n):
            return side
        return None
    return None


def _several_subject_before(doc: Doc, end: int, entities: list[dict[str, Any]]) -> str | None:
    """The joint side of the latest subject before token ``end`` made of parts from different
    countries ("Chilean Minister A and Japanese Minister B held talks", "Argentina and Paraguay did
    not sign"), or None."""
    for t in reversed([t for t in doc[:end] if t.dep_ == "nsubj" and any(c.dep_ == "conj" for c in t.subtree)]):
        side = joint_side(t, *subtree_span(t), entities)
        if side:
            return side
    return None


#: Bodies that "the ministry", "the embassy" name again after a source of a country named them.
_BODIES_NAMED_AGAIN = {"ministry", "embassy", "consulate", "military", "army", "navy", "department"}


def body_named_before(doc: Doc, s: int, e: int, previous: list[dict[str, Any]],
                      entities: list[dict[str, Any]] | None = None) -> str | None:
    """'Seoul's foreign ministry said ... . A senior ministry official told reporters ...': a
    speaker described by a body of a country with none named takes the side of the latest source
    before it that names the same body ("ministry", "embassy", "military") with a side; failing
    one, of the latest mention of that body with its country or its leader ("The Biden
    administration is drafting sanctions ... A senior administration official said"). So does
    the body itself with nothing but "the" ("Chinese Foreign Ministry spokesperson Lin Jian said
    ... . Beijing summoned the envoy, the ministry said"), if it is one a country has several of
    abroad or in arms (``_BODIES_NAMED_AGAIN``), not "the government", which the dateline says."""
    span = doc.char_span(s, e, alignment_mode="expand")
    words = {t.lemma_.lower() for t in span if t.lemma_.lower() in COUNTRY_BODIES and t.dep_ == "compound"} \
        if span is not None else set()
    if not words and span is not None and len(span) and span.root.lemma_.lower() in _BODIES_NAMED_AGAIN \
            and [c.lower_ for c in span.root.children] == ["the"]:
        words = {span.root.lemma_.lower()}
    if not words:
        return None
    # (a source with a side, not the side-less "ministry" the article may name first)
    earlier = latest_source_before(
        doc, s, [a for a in previous if a.get("source") and a["source"].get("side")],
        lambda span: any(t.lemma_.lower() in words for t in span))
    if earlier:
        return earlier["side"]
    for t in reversed([t for t in doc[: span.start] if t.lemma_.lower() in words and t.pos_ == "NOUN"]):
        for c in (c for c in t.children if c.dep_ in ("compound", "poss", "amod") and c.i < t.i):
            x = entity_at(entities or [], c.idx, c.idx + len(c.text))
            if x is not None and x["type"] in ("GPE", "NORP", "PERSON") and entity_country(x):
                return entity_country(x)
    return None


def spokesperson_of_the_body_before(doc: Doc, s: int, e: int, previous: list[dict[str, Any]]) -> str | None:
    """"China's embassy in Washington dismissed the testimony. A spokesperson, Liu Pengyu, said
    ...": a spokesperson for no body named speaks for the body that spoke in the sentence before
    (its side), or in the same sentence."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not any(t.lemma_.lower() in SPOKESPEOPLE for t in span) \
            or any(t.dep_ in ("poss", "prep") or t.ent_type_ in ("GPE", "NORP", "ORG") or t.lemma_.lower() in COUNTRY_BODIES
                   for t in span):
        return None  # (not "a ministry spokesperson", whose ministry is another matter)
    here = sent_of(span.root)
    before = sent_of(doc[here.start - 1]) if here.start > 0 else here
    earlier = latest_source_before(
        doc, s, [a for a in previous if a.get("source") and a["source"].get("side")
                 and a["source"].get("kind") == "named_org" and before.start_char <= a["source"]["start"]],
        lambda span: True)
    return earlier["side"] if earlier else None


def ministry_named_before(doc: Doc, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
    """'Kenya's foreign ministry summoned the envoy, a ministry spokeswoman said': a spokesperson of
    "the ministry" with no country speaks for the country of the ministry its sentence (or the one
    before) names with one; None when there is none, or ministries of two countries."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in SPOKESPEOPLE or not any(
            t.lemma_.lower() == "ministry" and t.dep_ in ("compound", "nmod") for t in span) \
            or any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in span):
        return None
    here = sent_of(span.root)
    start = sent_of(doc[here.start - 1]).start if here.start > 0 else here.start
    countries = set()
    for t in doc[start : here.end]:
        if t.lemma_.lower() != "ministry" or span.start <= t.i < span.end:
            continue
        for c in (x for c in t.lefts if c.dep_ in ("poss", "amod", "compound") for x in (c, *c.conjuncts)):
            hit = entity_at(entities, c.idx, c.idx + len(c.text))
            if hit is not None and hit["type"] in ("GPE", "NORP") and hit.get("country"):
                countries.add(hit["country"])
    return countries.pop() if len(countries) == 1 else None


def named_after_description(doc: Doc, s: int, e: int, entity_id: str | None, entities: list[dict[str, Any]],
                            previous: list[dict[str, Any]]) -> str | None:
    """"... the U.S. special envoy for Sudan said. Tom Perriello told lawmakers ...": a person the
    gazetteer does not know, named by a bare name for the first time right after a source that
    is one office holder described but not named, is that holder (the side described)."""
    person = entity_with_id(entities, entity_id)
    if person is None or person["type"] != "PERSON" or person.get("country") \
            or min(a for a, _ in person["mentions"]) < s or not any((a, b) == (s, e) for a, b in person["mentions"]):
        return None
    before = [a["source"] for a in previous if a.get("source") and a["source"]["end"] <= s]
    if not before:
        return None
    last = max(before, key=lambda x: x["start"])
    if last["kind"] != "named_person" or last.get("entity_id") or not last.get("side") or JOINT in last["side"]:
        return None
    span = doc.char_span(last["start"], last["end"], alignment_mode="expand")
    if span is None or span.root.tag_ != "NN":
        return None  # (one holder: "the U.S. special envoy", not "U.S. officials")
    here = sent_of(doc.char_span(s, e, alignment_mode="expand").root)
    if here.start == 0 or sent_of(doc[here.start - 1]).start_char > last["start"]:
        return None  # (only in the sentence right after the description's)
    return last["side"]


def side_given_before(entity_id: str | None, s: int, previous: list[dict[str, Any]]) -> str | None:
    """The side an earlier source for the same entity had ('Chinese Foreign Ministry spokesperson
    Mao Ning said ...', then 'Mao said ...'); not a joint side, which the entity shared with
    others ('A and B signed ...', then 'A said ...')."""
    if entity_id is None:
        return None
    earlier = [a["source"] for a in previous if a.get("source") and a["source"]["end"] <= s
               and a["source"].get("entity_id") == entity_id and a["source"].get("side")
               and JOINT not in a["source"]["side"]]
    return max(earlier, key=lambda x: x["start"])["side"] if earlier else None


def document_issued_before(head: Token | None, s: int, previous: list[dict[str, Any]]) -> str | None:
    """'The commission released a written statement confirming ... . The statement said ...': a
    document "the statement" (or "this report") with no owner named speaks for the side of the
    latest source before it whose cue (or the words closing its sentence) put out a document of
    that name; None otherwise."""
    if head is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) \
            or any(c.dep_ == "poss" for c in head.children):
        return None
    word = head.lemma_.lower()
    text = text_of(head.doc)

    def put_out(cue: dict[str, Any]) -> list[str]:
        # the cue and the words closing its sentence ("..., the ministry said in a statement on Sunday.")
        after = text[cue["end"]:cue["end"] + 40].split("\n")[0]
        return re.findall(r"[a-z]+", (cue["text"] + " " + re.split(r"[.;\"“”]", after)[0]).lower())

    issued = [a for a in previous if a.get("source") and a["source"].get("side") and a.get("cue")
              and a["source"]["end"] <= s and word in put_out(a["cue"])]
    return max(issued, key=lambda a: a["source"]["start"])["source"]["side"] if issued else None


#: A country's bodies that stand in another country's capital, so that a dateline does not say
#: whose they are ("MANILA — ... the embassy said"), and words for either party.
_HOSTED_BODIES = {"embassy", "side"}


def body_of_the_dateline(doc: Doc, head: Token | None, entities: list[dict[str, Any]]) -> str | None:
    """The country of the dateline, for "the foreign ministry", "the army" with no country of its
    own ("MANILA (AP) — The Philippines lodged a protest ..., the foreign ministry said"); None for
    a body that stands in another's capital (an embassy), a name ("The World Bank": capitalised
    names are the entities' business, ``entities._national_bodies_of_the_dateline``) or a text
    with no dateline."""
    if head is None or not (head.text.islower() or head.ent_type_ == "" and head.text.istitle() and head.i > 0
                            and head.doc[head.i - 1].lower_ == "the") \
            or (head.lemma_.lower() not in COUNTRY_BODIES - _HOSTED_BODIES and not _top_office(head)) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP") for c in head.subtree):
        return None
    return dateline_country(text_of(doc), entities, before=head.idx)


#: "the Secretary-General" with no body named beside it.
_BARE_SECRETARY_GENERAL = re.compile(r"(?:[Tt]he\s+)?Secretary[- ]General", re.IGNORECASE)
#: Bodies that have a secretary-general, by the gazetteer's role.
_BODIES_WITH_A_SECRETARY_GENERAL = {"international organisation", "alliance", "grouping"}


def secretary_general_body(text: str, entities: list[dict[str, Any]]) -> str | None:
    """The body "the Secretary-General" (``text``, no body named in it) heads: the United Nations
    when the article names it (a UN statement, "Statement attributable to the Spokesperson for
    the Secretary-General", may name it only once, after), else the one such body it names."""
    if not _BARE_SECRETARY_GENERAL.fullmatch(text.strip()):
        return None
    bodies = {x["name"] for x in entities if x["type"] == "ORG" and x.get("role") in _BODIES_WITH_A_SECRETARY_GENERAL}
    if "United Nations" in bodies:
        return "United Nations"
    return next(iter(bodies)) if len(bodies) == 1 else None


#: Verbs by which a body voices a country's stance as the country's own ("expresses the Kingdom's
#: condemnation", "reaffirms the United States' commitment").
_VOICING_VERBS = {"express", "affirm", "reaffirm", "reiterate", "convey", "renew", "voice", "stress"}


def voiced_for(head: Token | None, entities: list[dict[str, Any]]) -> str | None:
    """The country a body with no country of its own speaks for when it voices that country's
    stance ("The Ministry of Foreign Affairs expresses the Kingdom of Saudi Arabia's condemnation
    of ..."): the possessor of what its verb voices; None otherwise."""
    if head is None or head.dep_ != "nsubj" or head.lemma_.lower() not in COUNTRY_BODIES \
            or head.head.lemma_.lower() not in _VOICING_VERBS:
        return None
    obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
    # (the possessor may sit lower where the parser split the name: "the Kingdom of Saudi Arabia's")
    owner = next((t for t in obj.subtree if t.dep_ == "poss"), None) if obj is not None else None
    if owner is None:
        return None
    start = min(obj.left_edge.idx, owner.left_edge.idx)
    countries = {entity_country(x) for x in entities for a, _ in x["mentions"]
                 if start <= a <= owner.idx and entity_country(x)}
    return next(iter(countries)) if len(countries) == 1 else None


def _top_office(head: Token) -> bool:
    """"the presidential office", "the prime minister's office": the office of the head of state
    or government, a body of the country as its ministries are."""
    return head.lemma_.lower() == "office" and any(
        c.lower_ == "presidential" or (c.dep_ == "poss" and c.lemma_.lower() in ("president", "minister"))
        for c in head.lefts)


def government_sources_of_the_dateline(doc: Doc, head: Token, entities: list[dict[str, Any]]) -> str | None:
    """The country of the dateline for unnamed sources its government's words describe ("NEW
    DELHI: ... top government sources told ANI", "government officials"); None otherwise."""
    if not any(c.dep_ in ("compound", "amod") and c.lower_ == "government" for c in head.children):
        return None
    return dateline_country(text_of(doc), entities, before=head.idx)


def joint_paper_of_the_sides_before(head: Token, s: int, previous: list[dict[str, Any]]) -> str | None:
    """'Saudi Arabia and Pakistan have signed a pact, the two governments said ... according to a
    joint statement': a joint paper with no owner named speaks for the sides of the latest joint
    source before it; None otherwise."""
    if not any(c.lower_ == "joint" for c in head.lefts):
        return None
    joint = [a["source"] for a in previous if a.get("source") and a["source"]["end"] <= s
             and JOINT in (a["source"].get("side") or "")]
    return max(joint, key=lambda x: x["start"])["side"] if joint else None
