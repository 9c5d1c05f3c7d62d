"""Who a source is: its kind (``named_person``, ``named_org``, ``anonymous``, ``outlet``,
``document``), the entity it names or stands for (a pronoun's or a description's antecedent:
"he", "the minister", "they" after "Both ministers") and the side it speaks for (the country of
its entity or named in it; "India + United States" for a joint source, "the two sides").

``newslens.sourcing`` finds the spans; ``classify_source`` says whose they are.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from spacy.tokens import Doc, Span, Token

from .doctools import sent_of, text_of
from .entities import BOTH_SIDES_PEOPLE, both_countries, dateline_country, entity_at, names_of, party_of
from .gazetteer import default_gazetteer, norm_key
from .pipeline import ADDRESS_FORMS, PERSON_TITLES
from .quantities import WORD_NUMBERS
from .spans import subtree_span

#: Head words of a source that name no one by themselves ("a source", "officials", "the ministry").
ANONYMOUS_HEADS = {
    "source", "official", "diplomat", "aide", "person", "people", "insider", "officer", "spokesperson",
    "spokesman", "spokeswoman", "analyst", "expert", "observer", "executive", "adviser", "advisor",
    "staffer", "member", "someone", "lawmaker", "negotiator", "envoy", "minister", "leader",
    "administration", "government", "ministry", "department", "authority", "authorities", "officials",
    # scholars, who speak for themselves, not for the university named beside them
    "professor", "researcher", "scholar", "economist", "academic", "fellow",
}
#: Head words of a document that speaks ("the statement", "a report", "the law").
DOCUMENT_HEADS = {
    "report", "statement", "document", "letter", "study", "survey", "memo", "release", "readout",
    "communique", "filing", "law", "act", "agreement", "data", "poll", "order", "resolution", "declaration",
    "transcript", "email", "tweet", "post", "website", "analysis", "paper", "record", "note", "text",
    "brief", "briefing", "draft", "bill", "assessment", "cable", "remark", "remarks", "recording", "footage",
    # the model's lemma of "data"; not "figure", which is as often a person ("a senior party figure")
    "datum", "finding", "statistic", "census",
}
#: Head words of a news organisation or one of its people.
OUTLET_HEADS = {"newspaper", "daily", "agency", "channel", "broadcaster", "outlet", "magazine", "network", "reporter",
                "journalist", "correspondent", "media", "medium", "press", "tabloid", "wire"}
#: Words that make an agency a newsroom ("state news agency", "the official press agency").
_NEWS_AGENCY_WORDS = {"news", "press", "wire", "state", "official", "semi-official", "national", "government"}


def _agency_of_another_trade(head: Token | None) -> bool:
    """'South Korea's spy agency', 'the space agency', 'the UN refugee agency': an agency whose
    words say it is not a newsroom."""
    if head is None or head.lemma_.lower() != "agency":
        return False
    mods = [c for c in head.lefts if c.dep_ in ("compound", "amod")]
    return not any(c.lower_ in _NEWS_AGENCY_WORDS for c in mods) and any(
        c.ent_type_ not in ("NORP", "GPE") and c.pos_ != "PROPN" for c in mods)


#: Last words of a newspaper's name ("The Jakarta Post", "the Kyiv Independent").
NEWSPAPER_NAME_ENDS = {"Post", "Times", "Tribune", "Herald", "Journal", "Gazette", "Telegraph", "Guardian",
                       "Independent", "Chronicle", "Inquirer", "Observer", "Mirror", "Monitor", "Express", "Dispatch"}
#: Words in the name of a news organisation ("Korean Central News Agency", "Radio Free Asia").
_NEWSROOM_NAME = re.compile(r"\b(?:News|Broadcasting|Television|Radio|TV)\b")
#: Pronouns for a person, for a body, and the speaker's own.
PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers"}
PRONOUNS_BODY = {"it", "they", "them", "its", "their"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}  # ("Our position is that ...")

#: Titles only a person's name takes, before a speaker label ("Mr. Price:") or in one ("MR PRICE").
HONORIFICS = ("Shri", "Smt", "Mr", "Ms", "Mrs", "Dr")
_HONORIFIC = re.compile(r"(?i)(?:" + "|".join(HONORIFICS) + r")\.?\s")
#: Upper-case labels of a transcript's turns that name no one.
TURN_WORDS = {"Q", "A", "QUESTION", "ANSWER", "MODERATOR", "AUDIENCE", "PARTICIPANT", "REPORTER", "VOICE", "CROWD"}


def _outlet_words(name: str) -> list[str]:
    """A name's words for comparing it with an outlet's: lower case, no "the", no "(site.in)"."""
    words = re.sub(r"\([^)]*\)", " ", name).lower().replace("\u2019s", "").replace("'s", "").split()
    return words[1:] if words[:1] == ["the"] else words


def names_outlet(name: str, outlet: str | None) -> bool:
    """Whether ``name`` is the article's own outlet: its whole name ("Daily Planet Online"), or
    its first words ("Daily Planet", "Sputnik" for "Sputnik News") unless that is a place the
    gazetteer knows ("India" is not "India Today"). A word the outlet's name merely contains is
    not it: "India" is not "Times of India", nor "Indian Defence News"."""
    if not outlet:
        return False
    mine, its = _outlet_words(name), _outlet_words(outlet)
    if not mine or its[:len(mine)] != mine:
        return False
    if mine == its or len(mine) >= 2:
        return True
    gaz = default_gazetteer()
    return not any(gaz.entries[i].type in ("GPE", "NORP", "LOC") for i in gaz.by_surface.get(norm_key(name), []))


def classify_source(
    doc: Doc,
    s: int,
    e: int,
    head: Token | None,
    entities: list[dict[str, Any]],
    previous: list[dict[str, Any]],
    outlet: str | None,
    said: tuple[int, int] | None = None,
    quotes: Sequence[tuple[int, int]] = (),
) -> dict[str, Any]:
    """The source record: text, offsets, entity it names (or refers to), kind and side. ``said``
    is what the source said and ``quotes`` the article's quotations (``quotes.find_quotes``),
    where a pronoun's antecedent is not looked for ("New Delhi has sought guarantees, they said";
    '"Khan was wrong," he said')."""
    text = text_of(doc)[s:e]
    ent = entity_at(entities, head.idx, head.idx + len(head.text)) if head is not None else None
    # the head word itself names a body ("The Ministry of External Affairs said"), as opposed to
    # a description beside a name ("a US State Department official")
    # ("The Raksha Mantri", which the parser may take for a body, is a person's office)
    office = head is not None and _office(head, text) \
        and not (head.tag_ == "NNPS" and ent is not None and ent["type"] == "ORG")  # "The Joint Chiefs of Staff"
    head_is_named = ent is not None and not office and (
        (ent["type"] in ("ORG", "GPE", "NORP") and head is not None and head.pos_ == "PROPN")
        or (ent["type"] == "ORG" and bool(ent.get("role"))))
    if ent is None:
        inside = [x for x in entities if any(s <= a and b <= e for a, b in x["mentions"])]
        ent = next((x for x in inside if x["type"] == "PERSON"), None) or next(
            (x for x in inside if x["type"] == "ORG"), None)
    lemma = head.lemma_.lower() if head is not None else ""
    kind: str
    entity_id = ent["id"] if ent else None
    inherited: str | None = None  # the side of the several a "they" or "the two sides" stands for
    # "the two sides are discussing ...", "both leaders welcomed ...": two countries (entities.both_countries)
    both = both_countries(head, entities) if head is not None else []
    if text.strip() in TURN_WORDS:  # a transcript's "Q", "QUESTION", "MODERATOR": nobody named
        kind = "anonymous"
    elif len(both) >= 2:  # ("the two leaders" are people, named before)
        inherited = JOINT.join(both)
        kind, entity_id = "named_person" if head.lower_ in BOTH_SIDES_PEOPLE else "named_org", None
    elif head is not None and head.pos_ == "PRON" and head.lower_ in FIRST_PERSON:
        # "I", "we" inside a transcript turn or a quote: whoever speaks there
        outer = next((a for a in previous if a["content"]["start"] <= head.idx < a["content"]["end"]
                      and (a.get("source") or a.get("speaker"))), None)
        if outer:
            src = outer.get("source") or outer.get("speaker")
            return {"text": text, "start": s, "end": e, "entity_id": src.get("entity_id"), "kind": src["kind"],
                    "side": src.get("side")}
        author = statement_author(doc, entities)
        if author is None and head.lower_ in ("i", "me"):  # an opinion piece's "I" is its writer
            author = byline_author(doc, entities)
        elif author is None:  # and its "we" the writer's government, when the writer speaks for one
            by = byline_author(doc, entities)
            author = by if by is not None and by[2] and JOINT not in by[2] else None
        introduced = _we_introduced(doc, head, entities) if author is None else None
        if author is not None:  # "Statement from the National Security Advisor ...": "I", "we" are its author
            kind, entity_id, inherited = author
        elif introduced is not None:  # "We, the Foreign Ministers of A, B and C, met ... . We condemn ..."
            kind, entity_id, inherited = "named_person", None, introduced
        else:
            kind = "anonymous"
    elif head is not None and head.tag_ in ("WP", "WDT") and head.head.dep_ in ("relcl", "acl") \
            and head.head.head.i < head.i:
        # "Reid, who said ...", "a group that argues ...": whoever the clause hangs on
        noun = head.head.head
        ref = classify_source(doc, noun.left_edge.idx, noun.idx + len(noun.text), noun, entities, previous, outlet)
        return {"text": text, "start": s, "end": e, "entity_id": ref["entity_id"], "kind": ref["kind"],
                "side": ref["side"]}
    elif head is not None and head.pos_ == "PRON":
        lower = head.text.lower()
        # "he", "she": a person; "it", "they": a body (a party, a ministry, a paper); "you",
        # "this", "which", ...: nobody the text lets us name
        antecedent = _antecedent(doc, head, entities, previous, person=lower in PRONOUNS_PERSON,
                                 said=said, quotes=quotes) \
            if lower in PRONOUNS_PERSON or lower in PRONOUNS_BODY else None
        if antecedent:
            entity_id, kind, inherited = antecedent
        else:
            kind = "named_person" if lower in PRONOUNS_PERSON else "anonymous"
    elif lemma in DOCUMENT_HEADS and head is not None and head.ent_type_ == "" and head.pos_ == "NOUN":
        # "a PIB release", "a Reuters report", "Trump's tweet", "a memo prepared for the minister,
        # Clara Voss": a document, whoever put it out (the entity, if any, is whose it is)
        kind = "document"
    elif head is not None and head.pos_ == "NOUN" and lemma in _NEWSROOMS \
            and ent is not None and ent["type"] == "PERSON" and not head_is_named:
        kind = "outlet"  # "Tasnim news agency" (the model took "Tasnim" for a person), "the Fars agency"
    elif head is not None and head.pos_ == "PROPN" and any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() in _NEWSROOMS and not _agency_of_another_trade(c)
            for c in head.children):
        # "public broadcaster DR", "state news agency KCNA", "Russian daily Kommersant" (not
        # "Turkey's intelligence agency MIT")
        kind = "outlet"
    elif ent and ent["type"] == "PERSON" and lemma in _PERSONS_BODIES and head is not None and head.pos_ == "NOUN":
        kind = "named_org"  # "Netanyahu's office", "the office of Prime Minister Shehbaz Sharif"
    elif ent and ent["type"] == "PERSON":
        kind = "named_person"
    elif ent and ent["type"] == "ORG" and ("news" in (ent.get("role") or "") or names_outlet(ent["name"], outlet)
                                          or ent["name"].split()[-1] in NEWSPAPER_NAME_ENDS
                                          or _NEWSROOM_NAME.search(ent["name"]) is not None):
        kind = "outlet"
    elif names_outlet(text, outlet):
        kind = "outlet"
    elif lemma in OUTLET_HEADS and not head_is_named and not _agency_of_another_trade(head):
        # (not "the International Atomic Energy Agency", "South Korea's spy agency")
        kind = "outlet"
        earlier = _same_description(doc, head, s, previous) if head is not None else None
        named = body_so_named(head, s, entities) if head is not None else None
        if earlier is not None and earlier.get("kind") in ("named_org", "anonymous"):
            # "the IAEA said ... . The agency added", "South Korea's spy agency said ... . The agency estimated"
            kind, entity_id, inherited = earlier["kind"], earlier.get("entity_id"), earlier.get("side")
        elif named is not None:  # "... the International Atomic Energy Agency (IAEA). The agency estimates"
            kind, entity_id = "named_org", named
    elif lemma in DOCUMENT_HEADS:
        kind = "document"
    elif ent and ent["type"] in ("ORG", "GPE", "NORP") and not office \
            and (head_is_named or lemma not in ANONYMOUS_HEADS) and not _a_person_by_age_or_who(head) \
            and not (head is not None and lemma in ONE_HOLDER_OFFICES and _of_a_named_body(head, entities)):
        kind = "named_org"
    elif ent and ent["type"] in ("LAW", "AGREEMENT"):
        kind = "document"
    elif lemma in ANONYMOUS_HEADS or lemma in ONE_HOLDER_OFFICES or lemma in COUNTRY_BODIES \
            or lemma in ("source", "sources"):
        # (a body is nobody's office: "the ministry" is not "Foreign Ministry spokeswoman X")
        desc = (_described_person(doc, head, s, entities) or _titled_person(doc, head, s, entities)
                or _headline_description_named_below(doc, s, e, entities)) \
            if head is not None and lemma != "source" and lemma not in COUNTRY_BODIES \
            and head.tag_ not in ("NNS", "NNPS") else None  # ("The presidents" are not the one named before)
        if desc and not _same_country(desc, s, e, entities):
            desc = None  # "the Australian Prime Minister" is not the Indian one named before
        if desc:
            entity_id, kind = desc, "named_person"
        elif office or _counted_group(head) or _top_of_a_country(head, entities) or (
                lemma in ONE_HOLDER_OFFICES and head.tag_ in ("NN", "NNP") and (
                _of_a_country(head, entities) or _of_a_named_body(head, entities))) or (
                lemma in ONE_HOLDER_OFFICES and head.tag_ == "NNS" and _joint_side(head, s, e, entities)):
            # ("The leaders of Armenia and Azerbaijan": one holder of the office in each country named)
            # "the French Defence Minister", "Beijing's ambassador in Canberra": one person,
            # though not named here; "the two leaders", "both ministers": people the article
            # has named
            kind, entity_id = "named_person", None
            inherited = inherited or _the_several_before(head, s, previous, entities)
        elif lemma in COUNTRY_BODIES and _of_a_country(head, entities):
            kind, entity_id = "named_org", None  # "China's foreign ministry", "the US administration"
        else:
            kind, entity_id = "anonymous", None
            earlier = _same_description(doc, head, s, previous)
            if earlier is not None:  # "A Chinese spokesperson said ... . The spokesperson added ..."
                inherited = earlier.get("side")
                # "Australia's High Commissioner ... the envoy", "Seoul's foreign ministry ... the ministry"
                if earlier.get("kind") in ("named_person", "named_org"):
                    kind, entity_id = earlier["kind"], earlier.get("entity_id")
            elif (home := _body_of_the_dateline(doc, head, entities)) is not None:
                kind, inherited = "named_org", home
            elif lemma in COUNTRY_BODIES and (several := _the_several_before(head, s, previous, entities)) is not None:
                kind, inherited = "named_org", several  # "The military governments of A, B and C ... the juntas"
    elif head is not None and head.pos_ == "PROPN":
        # "the US Defence Secretary": the person named with that title before, or a person all the same
        titled = _titled_person(doc, head, s, entities)
        if titled and not _same_country(titled, s, e, entities):
            titled = None
        if titled:
            entity_id = titled
        # ("C Raja Mohan, a visiting professor at ...": a name the model missed, with a person's
        # description beside it)
        described = any(c.dep_ == "appos" and (c.lemma_.lower() in ANONYMOUS_HEADS | ONE_HOLDER_OFFICES)
                        and c.lemma_.lower() not in _BODY_WORDS for c in head.children) \
            or _a_person_by_age_or_who(head)  # ("Olena, 52, who sells potatoes": a first name alone)
        kind = "named_person" if head.ent_type_ == "PERSON" or _HONORIFIC.match(text) or titled \
            or office or described else "named_org"
        if kind == "named_person" and not titled and ent is not None and ent["type"] != "PERSON" \
                and entity_at(entities, head.idx, head.idx + len(head.text)) is None:
            entity_id = None  # "the Under-Secretary-General for Humanitarian Affairs" is not that office
        if kind == "named_person":
            inherited = inherited or _the_several_before(head, s, previous, entities)
    else:
        named = _headline_description_named_below(doc, s, e, entities) if head is not None else None
        kind, entity_id = ("named_person", named) if named else ("anonymous", entity_id)
        if not named and head is not None and _top_of_a_country(head, entities):
            kind, entity_id = "named_person", None  # "the top U.S. commander in the Indo-Pacific": one person
        body = body_so_named(head, s, entities) if kind == "anonymous" and head is not None \
            and head.pos_ == "NOUN" and head.tag_ == "NN" else None
        if body is not None:  # "the institute" after the Stockholm International Peace Research Institute
            kind, entity_id = "named_org", body
    side = inherited or _joint_side(head, s, e, entities) or _side(s, e, entities, entity_id, doc) \
        or _the_countries_before(head, s, e, entities) \
        or _side_given_before(entity_id, s, previous) or _title_country(doc, entity_id, s, entities) \
        or _body_named_before(doc, s, e, previous, entities) or _spokesperson_of_the_body_before(doc, s, e, previous) \
        or _ministry_named_before(doc, s, e, entities) \
        or _named_after_description(doc, s, e, entity_id, entities, previous) \
        or (_body_of_the_dateline(doc, head, entities) if kind == "named_org" else None) \
        or _owners_side(doc, head, entities, previous, said, quotes)
    if side and not inherited and (_independent(head) or in_opposition(head)) \
            and not entity_country(_entity(entities, entity_id)):
        # "Lev Nachman, a political scientist at National Taiwan University": not Taiwan's voice;
        # nor are "Opposition lawmakers in Tokyo" Japan's
        side = None
    return {"text": text, "start": s, "end": e, "entity_id": entity_id, "kind": kind, "side": side}


def _a_person_by_age_or_who(head: Token | None) -> bool:
    """Whether a name is a person's by what follows it: an age set off by commas ("Olena, 52,") or
    a clause of "who" ("Serhiy, who taught history")."""
    if head is None:
        return False
    doc = head.doc
    age = head.i + 3 < len(doc) and doc[head.i + 1].text == "," and doc[head.i + 2].like_num \
        and doc[head.i + 2].text.isdigit() and int(doc[head.i + 2].text) < 120 and doc[head.i + 3].text in (",", ".")
    return age or any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in head.children)


#: Those who speak for the person whose "his" or "her" they are ("his spokesman", "her foreign
#: minister"), and so for that person's side.
AIDE_HEADS = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "office", "envoy", "minister",
              "secretary", "deputy", "government", "administration", "cabinet"}


def _owners_side(doc: Doc, head: Token | None, entities: list[dict[str, Any]], previous: list[dict[str, Any]],
                 said: tuple[int, int] | None, quotes: Sequence[tuple[int, int]]) -> str | None:
    """The side of the body (or bodies) whose "its" or "their" a source is ("Pakistan rejected the
    measures. Its National Security Committee said ...", "Argentina and Paraguay did not sign the
    declaration, which their governments said was too soft"), or of the person whose aide it is
    ("Zelenskiy said ... . His spokesman said ..."); None otherwise."""
    own = next((c for c in head.children if c.dep_ == "poss" and (c.lower_ in ("its", "their") or (
        c.lower_ in ("his", "her") and head.lemma_.lower() in AIDE_HEADS))), None) if head is not None else None
    joint = _several_subject_before(doc, own.i, entities) if own is not None and own.lower_ == "their" else None
    if joint:  # the several who are the subject before
        return joint
    found = _antecedent(doc, own, entities, previous, person=own.lower_ in ("his", "her"), said=said, quotes=quotes) \
        if own is not None else None
    if found is None:
        return None
    entity_id, _, side = found
    return side or entity_country(_entity(entities, entity_id))


def _the_several_before(head: Token, s: int, previous: list[dict[str, Any]],
                        entities: list[dict[str, Any]] | None = None) -> str | None:
    """'The Ministers welcomed ...', 'The four leaders noted ...' (a plural title with "the" alone)
    after several of different countries spoke ("We, the Foreign Ministers of A, B and C", "The
    two leaders"), or a plural body ("the juntas") after several countries' bodies spoke: the
    joint side of the latest such source before ``s``, else None."""
    bare = [c.lower_ for c in head.children if c.dep_ not in ("compound", "amod", "punct", "nummod")] == ["the"]
    if not (bare and head.lower_.endswith("s") and (_title_word(head) in PERSON_TITLES | {"leader"}
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


def _the_countries_before(head: Token | None, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
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
        side = _joint_side(t, *subtree_span(t), entities)
        if side:
            return side
    return None


def _we_introduced(doc: Doc, head: Token, entities: list[dict[str, Any]]) -> str | None:
    """The side of the "we" a text introduces by name before ``head`` ("We, the Foreign Ministers
    of Australia, India, Japan and the United States, met ..."), which a later "we" of the same
    text is; None when no "we" is so introduced."""
    if head.lower_ != "we":
        return None
    for t in doc[: head.i + 1]:  # (the "we" so introduced is one too)
        named = next((c for c in t.children if c.dep_ == "appos"), None) if t.lower_ == "we" else None
        if named is not None:
            s, e = t.idx, named.right_edge.idx + len(named.right_edge.text)
            return _joint_side(t, s, e, entities) or _side(s, e, entities, None, doc)
    return None


#: Words for a body by what it is ("the group" after Hamas, "the bloc" after ECOWAS), with the
#: gazetteer roles each stands for.
BODY_DESCRIPTIONS = {
    "group": {"armed group", "grouping"}, "grouping": {"grouping"}, "militia": {"armed group"},
    "movement": {"armed group"},
    "bloc": {"grouping", "alliance"}, "alliance": {"alliance"},
    "organisation": {"grouping", "alliance", "international organisation", "armed group"},
    "organization": {"grouping", "alliance", "international organisation", "armed group"},
}


def body_so_named(head: Token, s: int, entities: list[dict[str, Any]]) -> str | None:
    """'the agency' after 'the International Atomic Energy Agency', 'the Council' after 'the
    Council of Ministers', 'the group' after Hamas, 'the bloc' after ECOWAS: the id of the latest
    body named before ``s`` whose name ends (or, before "of", begins) in the description's word or
    that the gazetteer knows as one (``BODY_DESCRIPTIONS``), if it is no newsroom."""
    word = head.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    roles = BODY_DESCRIPTIONS.get(word, set())
    named = [(max(a for a, _ in x["mentions"] if a < s), x["id"]) for x in entities
             if x["type"] == "ORG" and (any(n.lower().split()[-1:] == [word]
                                            or re.sub(r"^the ", "", n.lower()).startswith(f"{word} of ")
                                            for n in names_of(x)) or x.get("role") in roles)
             and not _NEWSROOM_NAME.search(x["name"]) and "news" not in (x.get("role") or "")
             and any(a < s for a, _ in x["mentions"])]
    return max(named)[1] if named else None


#: Newsrooms (the outlet heads that are no person).
_NEWSROOMS = OUTLET_HEADS - {"reporter", "journalist", "correspondent"}
#: Bodies among the words for who speaks ("the administration"), which describe no person.
_BODY_WORDS = {"administration", "government", "ministry", "department", "authority", "authorities"}


#: Bodies known by the person they serve ("the Prime Minister's office", "Trump's campaign").
_PERSONS_BODIES = {"office", "campaign"}


#: A first line that says whose statement the text is ("Statement from the National Security
#: Advisor on ...", "Statement by the Ministry of Foreign Affairs").
_STATEMENT_BY = re.compile(r"\s*(?:(?:Press|Joint)\s+)?(?:Statement|Comment|Commentary|Remarks|Message|Address|"
                           r"Communiqu[eé](?:\s+of\s+the\s+\w+\s+(?:meeting|session|summit))?)"
                           r"\s+(?:from|by|of)\s+(?:the\s+)?(?P<who>[^:;\n]+?)"
                           r"(?:\s+(?:on|regarding|about|concerning)\s[^\n]*)?\s*(?:\n|$)", re.IGNORECASE)


#: ... or names its author as the owner of the remarks ("Foreign Ministry Spokesperson's Remarks on
#: the US Arms Sale to Taiwan").
_STATEMENTS_OWNER = re.compile(r"\s*(?P<who>[A-Z][^:;\n]{2,80}?)['’]s\s+(?:Remarks|Statement|Comments?|Message|Address)"
                               r"\s+(?:on|regarding|about|concerning|at|to)\s[^\n]*(?:\n|$)")
#: A line near the top that says whose speech or statement follows in full ("Following is the
#: full text of the address delivered by the Prime Minister of Pakistan, Shehbaz Sharif, at ...").
_FULL_TEXT_BY = re.compile(r"\b(?:full|complete)\s+text\s+of\s+(?:the\s+|an?\s+)?(?:address|speech|statement|remarks)"
                           r"\s+(?:(?:delivered|made|given|read)\s+)?by\s+(?:the\s+)?"
                           r"(?P<who>[^:;\n]+?)(?=,?\s+(?:at|to|in|on|before|during)\s|[.:;\n])", re.IGNORECASE)


def statement_author(doc: Doc, entities: list[dict[str, Any]]) -> tuple[str, str | None, str | None] | None:
    """(kind, entity id, side) of the author a statement's first line names, whom its "I" and
    "we" stand for: a person (named, or by an office: "National Security Advisor") or a body
    ("the Ministry of Foreign Affairs"), with the country named there; or the speaker whose speech
    a line near the top says follows in full. None if no line names an author."""
    text = text_of(doc)
    m = _STATEMENT_BY.match(text) or _STATEMENTS_OWNER.match(text) or _FULL_TEXT_BY.search(text, 0, min(len(text), 600))
    if m is None:
        return None
    s, e = m.span("who")
    inside = [x for x in entities if any(s <= a and b <= e for a, b in x["mentions"])]
    person = next((x for x in inside if x["type"] == "PERSON"), None)
    # ("... by the Foreign Ministers of France, Germany and the United Kingdom": all three)
    sides = list(dict.fromkeys(c for x in sorted(inside, key=lambda x: x["mentions"][0])
                               if x["type"] in ("GPE", "NORP", "ORG") for c in [entity_country(x)] if c))
    side = JOINT.join(sides) if sides else None
    if person is not None:
        return "named_person", person["id"], entity_country(person) or side
    words = {re.sub(r"['’]s$", "", w.lower().strip(".,")) for w in m.group("who").split()}  # ("Minister's")
    if {w[:-1] if w.endswith("s") else w for w in words} & (PERSON_TITLES | ONE_HOLDER_OFFICES):  # ("Ministers")
        return "named_person", None, side
    body = next((x for x in inside if x["type"] == "ORG"), None)
    # (a body of no one country speaks for itself: "Communique of the ... Peace and Security Council")
    return "named_org", body["id"] if body else None, side or (body["name"] if body else None)


#: A byline on a line of its own near the top ("By Anna Lindqvist", "By Penny Wong and Marise Payne").
_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?P<who>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,3}"
                     r"(?:[ \t]+and[ \t]+[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,3})?)[ \t]*$", re.MULTILINE)


def byline_author(doc: Doc, entities: list[dict[str, Any]]) -> tuple[str, str | None, str | None] | None:
    """(kind, entity id, side) of the person a byline in the article's first lines names, whom
    an opinion piece's "I" stands for; None without one."""
    text = text_of(doc)
    m = _BYLINE.search(text, 0, min(len(text), 400))
    if m is None:
        return None
    s, e = m.span("who")
    inside = [x for x in entities if any(s <= a and b <= e for a, b in x["mentions"])]
    person = next((x for x in inside if x["type"] == "PERSON"), None)
    if person is not None:
        return "named_person", person["id"], entity_country(person)
    # a byline names a person, though the model may call the name a body ("By Shashi Tharoor");
    # not a newsroom ("By Reuters Staff")
    named = next((x for x in inside if any((a, b) == (s, e) for a, b in x["mentions"])), None)
    if named is not None and "news" not in (named.get("role") or "") and not _NEWSROOM_NAME.search(named["name"]):
        return "named_person", named["id"], None
    return None


def _body_named_before(doc: Doc, s: int, e: int, previous: list[dict[str, Any]],
                       entities: list[dict[str, Any]] | None = None) -> str | None:
    """'Seoul's foreign ministry said ... . A senior ministry official told reporters ...': a
    speaker described by a body of a country with none named takes the side of the latest source
    before it that names the same body ("ministry", "embassy", "military") with a side; failing
    one, of the latest mention of that body with its country or its leader ("The Biden
    administration is drafting sanctions ... A senior administration official said")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    words = {t.lemma_.lower() for t in span if t.lemma_.lower() in COUNTRY_BODIES and t.dep_ == "compound"} \
        if span is not None else set()
    if not words:
        return None
    # (a source with a side, not the side-less "ministry" the article may name first)
    earlier = _latest_source_before(
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


#: Words in the name of a society, an institute or a school, which speak for no government.
_SOCIETY_WORDS = {"Scientists", "Institute", "Foundation", "Association", "Society", "Center", "Centre",
                  "University", "College", "Federation", "Forum", "Studies", "Academy", "Endowment", "Fund"}
#: Those who speak for a body, and for the one the sentence before named when no other is named.
_SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman"}


def _spokesperson_of_the_body_before(doc: Doc, s: int, e: int, previous: list[dict[str, Any]]) -> str | None:
    """"China's embassy in Washington dismissed the testimony. A spokesperson, Liu Pengyu, said
    ...": a spokesperson for no body named speaks for the body that spoke in the sentence before
    (its side), or in the same sentence."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not any(t.lemma_.lower() in _SPOKESPEOPLE for t in span) \
            or any(t.dep_ in ("poss", "prep") or t.ent_type_ in ("GPE", "NORP", "ORG") or t.lemma_.lower() in COUNTRY_BODIES
                   for t in span):
        return None  # (not "a ministry spokesperson", whose ministry is another matter)
    here = sent_of(span.root)
    before = sent_of(doc[here.start - 1]) if here.start > 0 else here
    earlier = _latest_source_before(
        doc, s, [a for a in previous if a.get("source") and a["source"].get("side")
                 and a["source"].get("kind") == "named_org" and before.start_char <= a["source"]["start"]],
        lambda span: True)
    return earlier["side"] if earlier else None


def _ministry_named_before(doc: Doc, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
    """'Kenya's foreign ministry summoned the envoy, a ministry spokeswoman said': a spokesperson of
    "the ministry" with no country speaks for the country of the ministry its sentence (or the one
    before) names with one; None when there is none, or ministries of two countries."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in _SPOKESPEOPLE or not any(
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


def _named_after_description(doc: Doc, s: int, e: int, entity_id: str | None, entities: list[dict[str, Any]],
                             previous: list[dict[str, Any]]) -> str | None:
    """"... the U.S. special envoy for Sudan said. Tom Perriello told lawmakers ...": a person the
    gazetteer does not know, named by a bare name for the first time right after a source that
    is one office holder described but not named, is that holder (the side described)."""
    person = _entity(entities, entity_id)
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


def _side_given_before(entity_id: str | None, s: int, previous: list[dict[str, Any]]) -> str | None:
    """The side an earlier source for the same entity had ('Chinese Foreign Ministry spokesperson
    Mao Ning said ...', then 'Mao said ...')."""
    if entity_id is None:
        return None
    earlier = [a["source"] for a in previous if a.get("source") and a["source"]["end"] <= s
               and a["source"].get("entity_id") == entity_id and a["source"].get("side")]
    return max(earlier, key=lambda x: x["start"])["side"] if earlier else None


def _title_country(doc: Doc, entity_id: str | None, s: int, entities: list[dict[str, Any]]) -> str | None:
    """The country in the title written before a person's name at an earlier mention ('Chinese
    Foreign Ministry spokesperson Lin Jian spoke on Monday. Lin said ...': China), the first
    one named there ('Russian Ambassador to India Nikolai Kudashev': Russia)."""
    person = next((x for x in entities if x["id"] == entity_id and x["type"] == "PERSON"), None) if entity_id else None
    for a, b in sorted(person["mentions"]) if person else []:
        if a >= s:
            break
        name = doc.char_span(a, b, alignment_mode="expand")
        if name is None:
            continue
        # the words right before the name that make its title: nouns, adjectives, names, and the
        # "to", "of" and "'s" between them
        first = name.start
        while first > max(0, name.start - 8) and (doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                                                   or doc[first - 1].lower_ in ("to", "of", "'s", "’s")):
            first -= 1
        title = doc[first : name.start]
        office = _office_apposed_to(name)
        if office is not None:  # "the Foreign Minister of the Maldives, Moosa Zameer": the title before the comma
            title = office
        found = [(m0, entity_country(x)) for x in entities if x["type"] in ("GPE", "NORP") and entity_country(x)
                 for m0, m1 in x["mentions"] if len(title) and title.start_char <= m0 and m1 <= title.end_char]
        if found:
            return min(found)[1]
    return None


def _office_apposed_to(name: Span) -> Span | None:
    """The title a name is set beside after a comma ("the Foreign Minister of the Maldives, Moosa
    Zameer"), from its office word to the comma; None if the name is not so set."""
    doc = name.doc
    k = name.start  # (over "H.E. Mr." before the name)
    while k > 0 and doc[k - 1].lower_.rstrip(".") in ADDRESS_FORMS:
        k -= 1
    if k < 2 or doc[k - 1].text != ",":
        return None
    t = doc[k - 2]  # the title's last word ("Maldives"), up to its office word
    while t.lemma_.lower() not in ONE_HOLDER_OFFICES | PERSON_TITLES and t.dep_ in ("pobj", "prep", "compound") \
            and t.head.i != t.i:
        t = t.head
    if t.lemma_.lower() not in ONE_HOLDER_OFFICES | PERSON_TITLES:
        return None
    return doc[t.left_edge.i : k - 1]


def _same_description(doc: Doc, head: Token, s: int, previous: list[dict[str, Any]]) -> dict[str, Any] | None:
    """'the spokesperson' after 'A Chinese foreign ministry spokesperson said ...': the latest
    source before ``s`` whose head is the same word, for a description with "the" (the same
    unnamed speaker again), or None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return _latest_source_before(doc, s, previous, lambda span: _office_word(span.root) == _office_word(head))


def _latest_source_before(doc: Doc, s: int, previous: list[dict[str, Any]], fits) -> dict[str, Any] | None:
    """The latest source ending before ``s`` whose words (a Span) ``fits``, or None."""
    for src in sorted((a["source"] for a in previous if a.get("source") and a["source"]["end"] <= s),
                      key=lambda x: -x["start"]):
        span = doc.char_span(src["start"], src["end"], alignment_mode="expand")
        if span is not None and fits(span):
            return src
    return None


#: Words for one office: "the envoy" after "Australia's High Commissioner to India" said something.
_ENVOY_WORDS = {"envoy", "ambassador"}


def _office_word(head: Token) -> str:
    """The word a description's head stands for: an envoy for an ambassador and a high
    commissioner (not a police commissioner), else its own lemma."""
    lemma = head.lemma_.lower()
    if lemma in _ENVOY_WORDS or (lemma == "commissioner" and any(c.lower_ == "high" for c in head.lefts)):
        return "envoy"
    return lemma


def _latest_plural_source(doc: Doc, pron: Token, previous: list[dict[str, Any]]) -> dict[str, Any] | None:
    """For "they": the latest source before it, if that is several ("Both ministers", "the
    sources", "Smith and Jones") and no further back than the sentence before."""
    if pron.lower_ not in ("they", "them", "their"):
        return None
    i = sent_of(pron).start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    floor = doc[i].sent.start_char if i >= 0 else 0
    before = [a["source"] for a in previous if a.get("source") and floor <= a["source"]["start"] < pron.idx]
    if not before:
        return None
    src = max(before, key=lambda x: x["start"])
    span = doc.char_span(src["start"], src["end"], alignment_mode="expand")
    # (a coordination inside the span counts though the parser hangs it elsewhere: "Minister A
    # and Minister B" as one name with "and" in it)
    return src if span is not None and (_several(span.root) or any(t.dep_ == "cc" for t in span)) else None


def _several(head: Token) -> bool:
    """Whether a noun phrase names more than one: a plural ("sources", "Both Ministers", which
    the tagger may call singular), a number ("two sides") or a coordination ("Smith and Jones")."""
    return head.tag_ in ("NNS", "NNPS") or "Plur" in head.morph.get("Number") or any(
        c.dep_ == "conj" or c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in head.children)


def _antecedent(doc: Doc, pron: Token, entities: list[dict[str, Any]], previous: list[dict[str, Any]],
                person: bool, said: tuple[int, int] | None = None, quotes: Sequence[tuple[int, int]] = ()
                ) -> tuple[str | None, str, str | None] | None:
    """What a pronoun refers to, as (entity id, kind, side): the latest source before it of the
    same sort (a person for "he", named or one unnamed official, a body for "it" and "they"),
    unless one of that sort named since is the subject of a sentence ("Trump said ... . The
    deputy minister, Anil Rao, briefed reporters. He claimed ...": Rao; "Twitter suspended the
    accounts. It said ...": Twitter); for "it", a document that is the subject of a sentence since
    ("The draft won 14 votes. It would have demanded ...");
    for "they", several who spoke just before ("Both ministers ... . They ...", with their side);
    else, for a person, the latest one named. The side is that of the source it goes back to
    (None when it goes back to a mention, whose entity then gives it)."""
    # (a source with no entity counts when it is one person or body all the same: "Australia's
    # High Commissioner", "China's foreign ministry"; for "he" and "she", so does one unnamed
    # person: "A senior official said ... . He added ...")
    sources = [a["source"] for a in previous if a.get("source") and a["source"]["start"] < pron.idx
               and ((a["source"].get("entity_id") or a["source"]["kind"] in ("named_person", "named_org"))
                    and (a["source"]["kind"] == "named_person" and not _persons_body(a["source"])) == person
                    or person and _one_unnamed_person(doc, a["source"]))]
    src = max(sources, key=lambda x: x["start"], default=None)
    since = src["end"] if src is not None else pron.idx - _ANTECEDENT_REACH
    types = ("PERSON",) if person else ("ORG", "GPE", "NORP")
    # (not one inside what a source before said: "the office said Israel had accepted the proposal
    # but that Hamas had rejected it. It said ...": the office)
    said_before = [(a["content"]["start"], a["content"]["end"]) for a in previous if a.get("content")
                   and a["content"]["start"] >= since and a["content"]["end"] <= pron.idx]
    subjects = [(a, x["id"]) for x in entities if x["type"] in types for a, b in x["mentions"]
                if since <= a < pron.idx and _is_subject(doc, a, b) and not any(qs <= a < qe for qs, qe in quotes)
                and not (said is not None and said[0] <= a < said[1])
                and not any(cs <= a < ce for cs, ce in said_before)]
    group = None if person else _latest_plural_source(doc, pron, previous)
    if group is not None and (not subjects or max(subjects)[0] < group["start"]):
        return group.get("entity_id"), group["kind"], group.get("side")
    if pron.lower_ in ("they", "them", "their"):
        # "European governments should stop ... . They should agree ...": the unnamed many
        # who are the subject since, not a country named before them; "The two leaders held
        # talks. They welcomed ...": the two countries' leaders
        floor = max(subjects)[0] if subjects else since
        many = [t for t in doc[:pron.i] if t.idx > floor and t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass")
                and t.ent_type_ == "" and not any(qs <= t.idx < qe for qs, qe in quotes)]
        both = both_countries(many[-1], entities) if many else []
        if len(both) >= 2:
            return None, "named_person" if many[-1].lower_ in BOTH_SIDES_PEOPLE else "named_org", JOINT.join(both)
        if many and subjects:
            return None
    if pron.lower_ == "it":
        # "The British-drafted text won 14 votes. It would have demanded ...": the document that
        # is the subject since, not a body that spoke before it (nor one the document's words
        # name: "The report says Beijing is expanding ... . It estimates ...")
        reported = [(a["content"]["start"], a["content"]["end"]) for a in previous
                    if (a.get("source") or {}).get("kind") == "document" and a.get("content")]
        floor = max([since] + [a for a, _ in subjects if not any(cs <= a < ce for cs, ce in reported)])
        papers = [t for t in doc[:pron.i] if t.idx > floor and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"
                  and t.ent_type_ == "" and t.lemma_.lower() in DOCUMENT_HEADS
                  and not any(qs <= t.idx < qe for qs, qe in quotes)]
        if papers:
            return None, "document", None
    if subjects:
        return max(subjects)[1], "named_person" if person else "named_org", None
    if src is not None:
        return src["entity_id"], src["kind"], src.get("side")
    if person:
        named = [(a, x["id"]) for x in entities if x["type"] == "PERSON" for a, _ in x["mentions"]
                 if pron.idx - _ANTECEDENT_REACH < a < pron.idx and not (said is not None and said[0] <= a < said[1])]
        if named:
            return max(named)[1], "named_person", None
    return None


#: Head words of a source that stand for people, not for a body (``ANONYMOUS_HEADS`` without
#: "ministry", "government", ...).
_PERSON_HEADS = ANONYMOUS_HEADS - {"administration", "government", "ministry", "department", "authority",
                                   "authorities", "officials", "people"}


def _persons_body(source: dict[str, Any]) -> bool:
    """Whether a source is a person's office or staff ("Netanyahu's office"): an "it", not a "he"."""
    words = source["text"].split()
    return bool(words) and words[-1].lower() in _PERSONS_BODIES


def _one_unnamed_person(doc: Doc, source: dict[str, Any]) -> bool:
    """Whether an anonymous source is one person ("a senior official", "the researcher", "one
    diplomat"), whom a later "he" or "she" may stand for; not "officials" nor "the ministry"."""
    if source.get("kind") != "anonymous" or source.get("entity_id"):
        return False
    span = doc.char_span(source["start"], source["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.lemma_.lower() in _PERSON_HEADS and root.tag_ == "NN"


#: How far back (characters) a pronoun's antecedent is looked for when no source is nearer.
_ANTECEDENT_REACH = 1500


def _is_subject(doc: Doc, s: int, e: int) -> bool:
    """Whether the words at (s, e) are (or head) a clause's subject."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    # (or the name set beside one: "Israel's security minister Itamar Ben-Gvir has resigned")
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))


def _latest_person(entities: list[dict[str, Any]], s: int, fits) -> str | None:
    """The id of the person mentioned last before ``s`` in a mention that ``fits(entity, start,
    end)``."""
    best = None
    for x in entities:
        if x["type"] != "PERSON":
            continue
        for a, b in x["mentions"]:
            if a < s and (best is None or a > best[0]) and fits(x, a, b):
                best = (a, x["id"])
    return best[1] if best else None


def _described_person(doc: Doc, head: Token, s: int, entities: list[dict[str, Any]]) -> str | None:
    """'the minister' refers to the latest person named before it whose role (or title before the
    name) has that word; 'a minister' to no one."""
    word = head.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    if word == "diplomat" and any(c.lower_ in ("top", "chief", "the") for c in head.children):
        # "the top Russian diplomat" after "Foreign Minister Sergey Lavrov"; "the diplomat" after
        # "Deputy Foreign Minister Sergey Ryabkov" or an ambassador
        text = text_of(doc)
        offices = _TOP_DIPLOMATS if any(c.lower_ in ("top", "chief") for c in head.children) else _DIPLOMATS

        def diplomat(x: dict[str, Any], a: int, b: int) -> bool:  # by role, or by the title before the name
            held = ((x.get("role") or "") + " " + text[max(0, a - 40):a]).lower()
            return any(office in held for office in offices)
        return _latest_person(entities, s, diplomat)
    # (by role, or by the title written before the name: "Minister of State for External Affairs V
    # Muraleedharan said ... . In a written reply, the minister said ...")
    text = text_of(doc)
    title = re.compile(rf"\b(?i:{re.escape(word)})(?:\s+(?:of|for|the|[A-Z][\w.'’\-]*))*\s*$")
    return _latest_person(entities, s, lambda x, a, b: word in (x.get("role") or "").lower()
                          or title.search(text[max(0, a - 60):a].split("\n")[-1]) is not None)


#: The offices a "top diplomat" holds, and those any diplomat may.
_TOP_DIPLOMATS = ("foreign minister", "secretary of state", "foreign secretary", "external affairs minister",
                  "minister of foreign affairs", "minister for foreign affairs", "high representative")
_DIPLOMATS = _TOP_DIPLOMATS + ("ambassador", "envoy", "diplomat", "consul", "high commissioner", "chargé")


def _headline_description_named_below(doc: Doc, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
    """The person a headline's description names, when the story below writes the same words
    right before a name ("Sudan's army chief rejects truce" over "Sudan's army chief Abdel
    Fattah al-Burhan has rejected ..."). Only for a source on the article's first line."""
    text = text_of(doc)
    line_end = text.find("\n", len(text) - len(text.lstrip()))
    words = re.sub(r"^(?:the|The|THE)\s+", "", text[s:e]).strip()
    if line_end < 0 or e > line_end or len(words.split()) < 2:
        return None
    starts = {a: x["id"] for x in entities if x["type"] == "PERSON" for a, _ in x["mentions"] if a > line_end}
    # (a rank or a title may stand between: "Niger's army chief, General Moussa Kabore")
    for m in re.finditer(re.escape(words) + r",?\s+((?:[A-Z][\w.]*\s+){0,2})", text[line_end:], flags=re.IGNORECASE):
        between = m.group(1)
        for at in [0] + [k + 1 for k, ch in enumerate(between) if ch.isspace()]:
            if line_end + m.start(1) + at in starts:
                return starts[line_end + m.start(1) + at]
    return None


def _title_word(head: Token) -> str:
    """The office word a head names, singular ("Ministers": "minister"), or its lemma."""
    word = head.lemma_.lower()
    return word[:-1] if word not in PERSON_TITLES and word.endswith("s") and word[:-1] in PERSON_TITLES else word


#: Gazetteer roles of bodies that are a side of their own, which a source can speak for: bodies
#: of several countries and armed groups ("A Hamas official", "Houthi spokesman Yahya Saree").
OWN_SIDE_ROLES = {"grouping", "alliance", "international organisation", "armed group"}
#: Offices one person holds at a time, so that "the Chinese ambassador" names someone.
ONE_HOLDER_OFFICES = {"minister", "secretary", "ambassador", "president", "chancellor", "premier", "governor",
                      "mayor", "chairman", "chairwoman", "envoy", "representative", "head", "leader",
                      "general"}  # (a secretary, director or attorney general, and a general)
#: Bodies a country has one of ("China's foreign ministry", "the US administration", "Japan's
#: coast guard", "Ukraine's security service", "the Indian air force"), and the country itself
#: as a party ("the Chinese side").
COUNTRY_BODIES = {"ministry", "department", "government", "administration", "embassy", "cabinet", "parliament",
                  "military", "army", "navy", "side", "guard", "police", "legislature", "bank", "service", "force",
                  "court", "regulator", "intelligence", "customs", "senate", "congress", "presidency", "junta",
                  "agency"}


#: A country's bodies that stand in another country's capital, so that a dateline does not say
#: whose they are ("MANILA — ... the embassy said"), and words for either party.
_HOSTED_BODIES = {"embassy", "side"}


def _body_of_the_dateline(doc: Doc, head: Token | None, entities: list[dict[str, Any]]) -> str | None:
    """The country of the dateline, for "the foreign ministry", "the army" with no country of its
    own ("MANILA (AP) — The Philippines lodged a protest ..., the foreign ministry said"); None for
    a body that stands in another's capital (an embassy), a name ("The World Bank": capitalised
    names are the entities' business, ``entities._national_bodies_of_the_dateline``) or a text
    with no dateline."""
    if head is None or not (head.text.islower() or head.ent_type_ == "" and head.text.istitle() and head.i > 0
                            and head.doc[head.i - 1].lower_ == "the") \
            or head.lemma_.lower() not in COUNTRY_BODIES - _HOSTED_BODIES \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP") for c in head.subtree):
        return None
    return dateline_country(text_of(doc), entities, before=head.idx)


def _top_of_a_country(head: Token, entities: list[dict[str, Any]]) -> bool:
    """'the top U.S. commander', "China's top diplomat": the one who heads a country's service,
    one person though not named (not 'a top US official', one of several)."""
    return head.tag_ == "NN" and any(c.dep_ == "amod" and c.lower_ == "top" for c in head.children) \
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children) \
        and _of_a_country(head, entities)


def _of_a_country(head: Token, entities: list[dict[str, Any]]) -> bool:
    """'China's foreign ministry', 'the Chinese ambassador', 'the US administration', 'the
    representative of China': the head is a country's, said by a possessor or modifier before it
    or an "of" right after it that names the country (not "a Chinese ambassador", which could be
    any)."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "some", "any") for c in head.children):
        return False
    for c in head.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < head.i:
            x = entity_at(entities, c.idx, c.idx + len(c.text))
            if x is not None and x["type"] in ("GPE", "NORP") and entity_country(x):
                return True
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1:
            # "the representative of China" (not "the envoy to India", nor "Britain's minister
            # for India", who is Britain's)
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            x = entity_at(entities, obj.idx, obj.idx + len(obj.text)) if obj is not None else None
            if x is not None and x["type"] == "GPE" and entity_country(x):
                return True
    return False


def _of_a_named_body(head: Token, entities: list[dict[str, Any]]) -> bool:
    """'Labour's shadow defence secretary', 'Google's chairman', 'the head of the Cucuta chamber
    of commerce': an office of a body the possessor or an "of" right after it names, which one
    person holds (not "a leader of Hamas")."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "some", "any") for c in head.children):
        return False
    for c in head.children:
        # (or a body's name set before the office: "the NATO secretary general", "the IAEA director general")
        named = c if c.dep_ == "poss" or (c.dep_ == "compound" and c.i < head.i
                                         and any(t.ent_type_ == "ORG" for t in c.subtree)) \
            else next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1 else None
        # (the body's name, or a name in the words before its head: "the Cucuta chamber", "the
        # Indian delegation")
        if named is not None and any(x["type"] == "ORG" or (x["type"] in ("GPE", "NORP") and a < named.idx)
                                     for x in entities for a, b in x["mentions"]
                                     if named.left_edge.idx <= a <= named.idx):
            return True
    return False


def _counted_group(head: Token) -> bool:
    """'the two leaders', 'both ministers', 'the three envoys', and in a joint statement 'The
    leaders welcomed ...': holders of an office counted off or gone back to, whom the article
    names before (a count with "the", "both", or "the" and the plural alone)."""
    if _title_word(head) not in PERSON_TITLES | {"leader"}:
        return False
    kids = [c.lower_ for c in head.children]
    bare_plural = head.tag_ in ("NNS", "NNPS") and all(c.dep_ in ("det", "punct") for c in head.children)
    return "both" in kids or ("the" in kids and (bare_plural or any(c.dep_ == "nummod" for c in head.children)))


def _office(head: Token, text: str) -> bool:
    """'the French Defence Minister', 'the US Secretary of State', 'Both Ministers', a
    transcript's 'Foreign Secretary:': an office the people holding it are known by, written as a
    name (capitalised; with "the", "both", "all" or no article, not "a")."""
    return head.pos_ == "PROPN" and _title_word(head) in PERSON_TITLES \
        and (re.match(r"(?i)(?:the|both|all)\s", text) is not None
             or (text[:1].isupper() and re.match(r"(?i)an?\s", text) is None))


def _titled_person(doc: Doc, head: Token, s: int, entities: list[dict[str, Any]]) -> str | None:
    """'the US Defence Secretary' after 'US Defence Secretary John Miles signed the pact': the
    latest person named before ``s`` with that title written just before the name. Only for a
    description with "the" (not "a minister")."""
    word = head.lemma_.lower()
    if word not in PERSON_TITLES or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None

    def titled(x: dict[str, Any], a: int, b: int) -> bool:
        name = doc.char_span(a, b, alignment_mode="expand")
        if name is None:
            return False
        for t in reversed(doc[max(0, name.start - 8) : name.start]):  # the words just before the name
            if t.i == name.start - 1 and t.text == ",":
                continue  # "The Minister for International Development, Jane Holloway"
            if t.ent_type_ == "PERSON" or not (t.pos_ in ("PROPN", "NOUN", "ADJ")
                                               or (t.lower_ in ("for", "of") and t.i < name.start - 2)):
                return False
            if t.lemma_.lower() == word:
                return True
        return False

    return _latest_person(entities, s, titled)


#: How the side of a source that speaks for several countries is written ("India + United States").
JOINT = " + "


def _entity(entities: list[dict[str, Any]], entity_id: str | None) -> dict[str, Any] | None:
    """The entity with id ``entity_id``, or None (also for no id)."""
    return next((x for x in entities if x["id"] == entity_id), None) if entity_id else None


#: The gazetteer's role of a news agency its state runs (KCNA, Xinhua, TASS, IRNA ...): an outlet
#: still, but one that speaks for its country.
STATE_MEDIA_ROLE = "state news agency"


def entity_country(x: dict[str, Any] | None) -> str | None:
    """The country an entity speaks for; none for a news outlet (a paper is not its country),
    unless its state runs it."""
    if not x or not x.get("country"):
        return None
    role = x.get("role") or ""
    return x["country"] if "news" not in role or role == STATE_MEDIA_ROLE else None


def _first_conjunct(t: Token) -> Token:
    """The first of the conjuncts a token is one of ("India" of "India, the US and Japan")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _of_several(first: Token, root: Token) -> bool:
    """'ministers of India, the US, ...': the conjuncts are the object of "of" or "from" on the
    plural noun that heads the source, or on the one set beside it ("We, the Foreign Ministers of
    Australia, India, Japan and the United States")."""
    heads = [root] + [c for c in root.children if c.dep_ == "appos"]
    plural = first.head.head
    return first.dep_ == "pobj" and first.head.lower_ in ("of", "from") and plural in heads \
        and (plural.tag_ in ("NNS", "NNPS") or plural.tag_ == "NNP" and plural.lower_.endswith("s"))  # ("Ministers")


def _joint_side(head: Token | None, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
    """'Defence Minister A and US Defence Secretary B', 'both China and the United States': a
    source of joined parts from different countries speaks for all of them. The countries
    joined with ``JOINT`` in the order named, or None when the parts are of one country (or of
    none the text or the gazetteer tells)."""
    span = head.doc.char_span(s, e, alignment_mode="expand") if head is not None else None
    if span is None:
        return None
    # parts joined at the top of the phrase ("A and B", "the Indian and US ministers"), or after
    # the "of" of a plural head ("ministers of India, the United States, Japan and Australia"),
    # not inside a modifier ("the envoy to India and Nepal": one, of neither)
    joined = [t for t in span if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN", "ADJ") and span.start <= t.head.i < span.end
              and (_first_conjunct(t).dep_ not in ("pobj", "amod", "compound", "poss", "nmod")
                   or _first_conjunct(t).head == span.root or _of_several(_first_conjunct(t), span.root))]
    parts = sorted({x.i: x for t in joined for x in (t.head, t)}.values(), key=lambda t: t.i)
    # "The Foreign Ministers of Australia, India and Japan": the parser may join the later
    # countries to the plural head itself; the first is then the object of its "of"
    # (or a union of countries: "and the High Representative of the European Union")
    parts = [next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children
                   if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG")), t) if t.ent_type_ not in ("GPE", "NORP") else t
             for t in parts]
    if not parts:  # "a joint Indian-Russian statement": two nationalities joined by a hyphen
        parts = [t for t in span if t.i + 2 < span.end and t.ent_type_ in ("NORP", "GPE") and t.nbor().text == "-"
                 and t.nbor(2).ent_type_ in ("NORP", "GPE")]
        parts = [x for t in parts for x in (t, t.nbor(2))]
    if not parts:  # a headline's "S. Korea, Japan agree ...": countries side by side, each a subject
        parts = [t for t in span if t.ent_type_ == "GPE" and t.dep_ == "nsubj"
                 and (t.i + 1 == span.end or t.nbor().text == ",")]
    # (not those a clause on the source acts on: "Trump, who hosted the Armenian and Azerbaijani
    # leaders", however the parser hangs them)
    rel = next((t for t in span if t.tag_ in ("WP", "WDT") and t.head.dep_ in ("relcl", "acl")
                and t.head.lemma_.lower() not in _MEMBERSHIP_VERBS), None)
    parts = [t for t in parts if not _topic(t.doc, t.idx, t.idx + len(t.text)) and (rel is None or t.i < rel.i)]
    if len(parts) < 2:
        return _joined_names_side(text_of(head.doc), s, e, entities)
    countries: list[str] = []
    for t in parts:
        ent = entity_at(entities, t.idx, t.idx + len(t.text))
        # (a union of countries speaks for itself: "India, EU conclude talks")
        own = entity_country(ent) or party_of(ent)
        if own is None:  # "US Defence Secretary ...", "the Group of Seven nations": a country or union among its words
            lo = max(s, t.left_edge.idx)
            own = next((c for x in entities for a, b in x["mentions"] if lo <= a and b <= t.idx + len(t.text)
                        for c in [entity_country(x) or party_of(x)] if c), None)
        if own and own not in countries:
            countries.append(own)
    return JOINT.join(countries) if len(countries) > 1 else None


def _joined_names_side(text: str, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
    """'Keir Starmer and Emmanuel Macron' read by the parser as one name: a source that is two or
    more people's names joined by "and" or commas, nothing else, speaks for their countries."""
    names = sorted(((a, b, x) for x in entities if x["type"] == "PERSON" for a, b in x["mentions"] if s <= a and b <= e),
                   key=lambda abx: abx[:2])
    if len(names) < 2 or text[s:names[0][0]].strip() or text[names[-1][1]:e].strip() or any(
            text[b1:a2].strip(" ,") not in ("and", "") for (_, b1, _), (a2, _, _) in zip(names, names[1:])):
        return None
    countries = list(dict.fromkeys(c for _, _, x in names for c in [entity_country(x)] if c))
    return JOINT.join(countries) if len(countries) > 1 else None


def _same_country(person: str, s: int, e: int, entities: list[dict[str, Any]]) -> bool:
    """Whether a description's country, if it names one ("the Australian Prime Minister"),
    is that of the person it is taken to stand for."""
    named = _side(s, e, entities, None)
    own = entity_country(_entity(entities, person))
    return named is None or own is None or named == own


#: Those who speak for no government: a country named in their description is where they work.
INDEPENDENT_ROLES = {"expert", "analyst", "scholar", "academic", "economist", "observer", "commentator", "researcher",
                     "professor", "scientist", "fellow", "lecturer", "historian", "columnist"}


def _independent(head: Token | None) -> bool:
    """Whether a source is an expert, an academic or an analyst, by its head word or the
    description set beside it ("Lev Nachman, a political scientist at ...")."""
    if head is None:
        return False
    return head.lemma_.lower() in INDEPENDENT_ROLES or any(
        c.dep_ == "appos" and c.lemma_.lower() in INDEPENDENT_ROLES for c in head.children)


def in_opposition(head: Token | None) -> bool:
    """Whether a source or an actor is a country's political opposition, which speaks for no
    government: "Opposition lawmakers in Tokyo", "the opposition leader", "the leader of the
    opposition", "Venezuela's opposition"."""
    if head is None:
        return False
    if head.lower_ == "opposition" and head.dep_ != "pobj" and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "against") for c in head.children):
        return True  # (not "opposition to the deal", which is a stance)
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ == "opposition" for c in head.lefts) or any(
        c.dep_ == "prep" and c.lower_ in ("of", "from", "in") and any(
            g.dep_ == "pobj" and (g.lower_ == "opposition" or any(
                x.dep_ in ("amod", "compound") and x.lower_ == "opposition" for x in g.lefts)) for g in c.children)
        for c in head.children)


def _side(s: int, e: int, entities: list[dict[str, Any]], entity_id: str | None, doc: Doc | None = None) -> str | None:
    """The country a source speaks for: its entity's country, or a country named in its span
    (with ``doc``, not one it works on: "analysts at the Institute for China Studies"); failing
    one, a body of several countries (the EU, NATO, the UN) or an armed group named in it."""
    ent = _entity(entities, entity_id)
    own = entity_country(ent)
    if own:
        return own
    if ent is not None and ent["type"] == "ORG" and ent.get("role") in OWN_SIDE_ROLES:
        return ent["name"]  # "the group" after the Quad: the grouping it stands for

    # (a country named inside the name of a society or an institute is no government's voice:
    # "The Federation of American Scientists")
    societies = [(a, b) for x in entities if x["type"] == "ORG" and not x.get("country")
                 and _SOCIETY_WORDS & set(x["name"].split()) for a, b in x["mentions"]]
    span = doc.char_span(s, e, alignment_mode="expand") if doc is not None else None
    if span is not None and len(span) and span.root.text in _SOCIETY_WORDS:  # (a name the model did not tag)
        societies.append(subtree_span(span.root))

    text = text_of(doc) if doc is not None else ""

    def works_on(a: int, b: int) -> bool:
        # (nor one a source has left: "a former NATO official now at a think tank")
        return doc is not None and (_topic(doc, a, b, (s, e)) or re.search(r"\b(former|ex-)\s*$", text[s:a], re.I)
                                    is not None) or any(c <= a and b <= d for c, d in societies)

    # (the first named in the words: "Syria's foreign minister ..., who met Iran's ambassador")
    country = min(((a, c) for x in entities if x["type"] in ("GPE", "NORP", "ORG")
                   for a, b in x["mentions"] if s <= a and b <= e and not works_on(a, b)
                   for c in [entity_country(x)] if c), default=(0, None))[1]
    if country:
        return country
    # a body of several countries, or an armed group, speaks for itself: "Kaja Kallas, the EU's
    # foreign policy chief", "A NATO official", "the African Union", "A Hamas official"
    return next((x["name"] for x in entities if x["type"] == "ORG" and x.get("role") in OWN_SIDE_ROLES
                 for a, b in x["mentions"] if s <= a and b <= e and not works_on(a, b)), None)


#: Verbs of a clause on a source that say whom it belongs to or speaks for ("which represents
#: 20 million Americans", "who works in the Kenyan foreign ministry"), not what it acts on.
_MEMBERSHIP_VERBS = {"represent", "include", "comprise", "lead", "head", "run", "work", "serve", "speak", "act",
                     "belong", "join", "advise"}
#: Those who speak for what follows their "for" ("a spokesman for Japan's foreign ministry").
_SPEAKERS_FOR = _SPOKESPEOPLE | {"representative", "lawyer", "attorney", "counsel", "mouthpiece", "voice"}
#: Those known by whom they stand with or against ("U.S. allies", "Russia's neighbours"), who do
#: not speak for that country.
RELATION_HEADS = {"ally", "partner", "neighbour", "neighbor", "rival", "adversary", "foe", "enemy", "critic",
                  "opponent"}
#: Words that make a country before them a field of study ("Korean Studies", "China Studies").
_FIELDS_OF_STUDY = {"studies", "study"}
#: Those posted abroad, who speak for the country that sent them, not the one they serve in.
_POSTED = {"ambassador", "envoy", "diplomat", "embassy", "consulate", "consul", "mission", "delegation", "attache",
           "attaché", "chargé", "emissary", "legation"}
#: Events a source takes part in, whose place is not whom the source speaks for.
_EVENTS = {"negotiation", "talk", "meeting", "summit", "conference", "visit", "session", "trip", "forum", "election",
           "war", "conflict", "fighting", "ceremony", "rally"}
#: Bodies of several countries, whose seat ("the treaty organisation in Vienna") is no side.
_SEATED_BODIES = {"organisation", "organization", "secretariat", "tribunal", "court", "agency", "headquarters"}
#: "Iran-backed", "Russia-funded": a country that backs a group, which speaks for itself.
_BACKING_VERBS = {"back", "fund", "sponsor", "support", "arm", "train", "ally", "align", "finance", "bankroll"}


def _topic(doc: Doc, a: int, b: int, within: tuple[int, int] | None = None) -> bool:
    """Whether the words at (a, b) name what a source works on, knows of or is backed by rather
    than whom it speaks for: in the object of "for", "on" or "about" ("the Institute for China
    Studies", "the special envoy for Iran", "the rapporteur on Iran"), a field of study ("the
    University of North Korean Studies"), where a diplomat serves ("the French ambassador in
    Riyadh", "the US envoy to India"), the object of a verb in a clause on the source ("the
    African Union, which suspended Sudan in 2021"), of the "of" or "with"
    after a word of knowing ("sources with knowledge of Iran-EU talks", "officials familiar with
    Iran's offer"), or backing it ("Iran-backed rebels", "a group which is backed by Iran"). With
    ``within`` (the source's span), a preposition outside it is not the source's own ("No decision
    yet on S-400 waiver - US official")."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "npadvmod" and tok.head.lemma_.lower() in _BACKING_VERBS:
        return True  # "Iran-backed rebels", "Russia-funded media": the country is not who speaks
    while tok.dep_ in ("compound", "amod", "nmod", "conj", "appos", "poss", "pobj", "npadvmod") \
            and tok.head.i != tok.i and tok.head.pos_ != "ADP":
        tok = tok.head
    if tok.lemma_.lower() in _FIELDS_OF_STUDY:
        return True  # "the University of North Korean Studies": what it studies
    if tok.lemma_.lower() in RELATION_HEADS and tok.i not in (t.i for t in span) \
            and span.root.ent_type_ in ("GPE", "NORP"):
        return True  # "two U.S. allies", "Russia's neighbours": not the country's own voice ("NATO allies" are NATO)
    if tok.dep_ == "dobj" and tok.head.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() not in _MEMBERSHIP_VERBS:
        return True  # "the African Union, which suspended Sudan": what it acted on; not "which represents ..."
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if within is not None and not within[0] <= prep.idx < within[1]:
        return False  # ("No decision yet on S-400 waiver - US official": the "on" is the headline's)
    if prep.head.dep_ in ("relcl", "acl") and prep.lower_ in ("in", "to", "into", "on", "against", "over", "with") \
            and prep.head.lemma_.lower() not in _MEMBERSHIP_VERBS:
        return True  # "the mission, which has troops in Somalia", "an aide who went with her to Burma"
    if prep.lower_ in ("in", "at") and prep.head.lemma_.lower() in _EVENTS:
        return True  # "Ebrard, who will lead the negotiations in Washington": where they are held
    if prep.lower_ in ("in", "at") and prep.head.lemma_.lower() in _SEATED_BODIES:
        return True  # "executive secretary of the treaty organisation in Vienna": where it sits
    if prep.dep_ == "agent" and prep.head.lemma_.lower() in _BACKING_VERBS:
        return True  # "Hezbollah, which is backed by Iran"
    if prep.lower_ == "of" and prep.head.lemma_.lower() in RELATION_HEADS and span.root.ent_type_ in ("GPE", "NORP"):
        return True  # "allies of the United States"
    if prep.lower_ == "for" and prep.head.lemma_.lower() in _SPEAKERS_FOR | {"work", "speak"}:
        return False  # "a spokesperson for the Indian embassy", "who works for the Kenyan government"
    posted = prep.head.lemma_.lower() in _POSTED or (prep.head.lemma_.lower() in ("commission", "commissioner")
                                                     and any(c.lower_ == "high" for c in prep.head.lefts))
    if prep.lower_ in ("in", "to", "at") and posted:
        return True  # "a European ambassador in Riyadh", "the US envoy to India": where they serve
    return prep.lower_ in ("for", "on", "about") or (
        prep.lower_ in ("of", "with") and prep.head.lemma_.lower() in ("knowledge", "familiar", "aware", "briefed"))
