"""The side a source speaks for by its own words: its entity's country, a country named in it
(not one it works on, studies or serves in: "the US envoy to India", "the Institute for China
Studies"), the countries of a joint source ("India + United States"), a title's country at an
earlier mention; and who speaks for no government (experts, the opposition)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from .doctools import text_of
from .entities import entity_at, party_of
from .pipeline import ADDRESS_FORMS, PERSON_TITLES
from .source_words import (INDEPENDENT_ROLES, JOINT, ONE_HOLDER_OFFICES, OWN_SIDE_ROLES, RELATION_HEADS, SPOKESPEOPLE,
                           entity_country, entity_with_id)
from .spans import subtree_span


#: Words in the name of a society, an institute or a school, which speak for no government.
_SOCIETY_WORDS = {"Scientists", "Institute", "Foundation", "Association", "Society", "Center", "Centre",
                  "University", "College", "Federation", "Forum", "Studies", "Academy", "Endowment", "Fund",
                  "Initiative", "Program", "Programme", "Project"}


#: A member of the US Congress by party and title ("Republican Senator Bernie Moreno", "Democratic
#: Rep. Ro Khanna", "GOP lawmakers"), or by the party and state after the name ("Sen. Jim Risch (R-Idaho)").
_US_LEGISLATOR = re.compile(
    r"\b(?:Republican|Democratic|GOP)\s+(?:Sen\.|Rep\.|(?i:senators?|representatives?|congress(?:wo)?m[ae]n|"
    r"lawmakers?|legislators?|whip|leader))(?!\w)|\((?:R|D)-[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?\)")


def us_legislator(doc: Doc, s: int, e: int) -> str | None:
    """"United States" for a source the words of its span name as a member of the US Congress."""
    return "United States" if _US_LEGISLATOR.search(text_of(doc)[s:e]) else None


def title_country(doc: Doc, entity_id: str | None, s: int, entities: list[dict[str, Any]]) -> str | None:
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
        title = _title_before(doc, name.start)
        shared = _first_conjunct(name.root)
        if not len(title) and shared.i < name.start and shared.ent_type_ == "PERSON":
            # "U.S. Senators Lindsey Graham (R-S.C.) and Richard Blumenthal": the title both share
            start = shared.i
            while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
                start -= 1
            title = _title_before(doc, start)
            if not any(t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s")
                       and t.lower_[:-1] in PERSON_TITLES | ONE_HOLDER_OFFICES for t in title):
                title = doc[start:start]  # (one in the singular is the first name's alone: "Chinese President Xi and")
        office = _office_apposed_to(name)
        if office is not None:  # "the Foreign Minister of the Maldives, Moosa Zameer": the title before the comma
            title = office
        # (or a body of several countries: "EU trade commissioner Maros Sefcovic")
        found = [(m0, entity_country(x) if x["type"] != "ORG" else x["name"]) for x in entities
                 if (x["type"] in ("GPE", "NORP") and entity_country(x))
                 or (x["type"] == "ORG" and x.get("role") in OWN_SIDE_ROLES)
                 for m0, m1 in x["mentions"] if len(title) and title.start_char <= m0 and m1 <= title.end_char]
        if found:
            return min(found)[1]
    return None


def _title_before(doc: Doc, start: int) -> Span:
    """The words right before a name that start at ``start`` that make its title: nouns,
    adjectives, names, and the "to", "of" and "'s" between them."""
    first = start
    while first > max(0, start - 8) and (doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                                         or doc[first - 1].lower_ in ("to", "of", "'s", "’s")):
        first -= 1
    return doc[first:start]


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


def _first_conjunct(t: Token) -> Token:
    """The first of the conjuncts a token is one of ("India" of "India, the US and Japan")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _of_several(first: Token, root: Token) -> bool:
    """'ministers of India, the US, ...': the conjuncts are the object of "of" or "from" on the
    plural noun that heads the source, or on the one set beside it ("We, the Foreign Ministers of
    Australia, India, Japan and the United States"); or those of "including" it names ("Several
    European countries, including Britain and Belgium")."""
    heads = [root] + [c for c in root.children if c.dep_ == "appos"]
    plural = first.head.head
    return first.dep_ == "pobj" and first.head.lower_ in ("of", "from", "including") and plural in heads \
        and (plural.tag_ in ("NNS", "NNPS") or plural.tag_ == "NNP" and plural.lower_.endswith("s"))  # ("Ministers")


def joint_side(head: Token | None, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
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
    parts = [t for t in parts if not named_as_topic(t.doc, t.idx, t.idx + len(t.text)) and (rel is None or t.i < rel.i)]
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


def same_country(person: str, s: int, e: int, entities: list[dict[str, Any]]) -> bool:
    """Whether a description's country, if it names one ("the Australian Prime Minister"),
    is that of the person it is taken to stand for."""
    named = side_in_words(s, e, entities, None)
    own = entity_country(entity_with_id(entities, person))
    return named is None or own is None or named == own


def independent(head: Token | None) -> bool:
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


#: The members of a body named after it ("UN member states", "IAEA members").
_MEMBERS_AFTER = re.compile(r"\s+(?:member\b|members\b|states\b|countries\b|nations\b)")


def members_of_world_body(text: str, x: dict[str, Any], a: int, b: int) -> bool:
    """Whether the mention (a, b) of entity ``x`` names the members of a world body, which do not
    speak for it ("More than 140 of the 193 UN member states"; not a grouping such as the EU)."""
    return x.get("role") == "international organisation" and [a, b] in [list(m) for m in x["mentions"]] \
        and _MEMBERS_AFTER.match(text, b) is not None


#: A commissioner of the European Commission as the press calls one ("European Climate
#: Commissioner", "European Commissioner for Trade"): "European" names no country.
_EUROPEAN_COMMISSIONER = re.compile(r"\bEuropean(?:\s+[A-Z][\w-]*){0,3}\s+[Cc]ommissioner\b")


def side_in_words(s: int, e: int, entities: list[dict[str, Any]], entity_id: str | None,
                  doc: Doc | None = None) -> str | None:
    """The country a source speaks for: its entity's country, or a country named in its span
    (with ``doc``, not one it works on: "analysts at the Institute for China Studies"); failing
    one, a body of several countries (the EU, NATO, the UN) or an armed group named in it."""
    ent = entity_with_id(entities, entity_id)
    own = entity_country(ent)
    if own:
        return own
    text = text_of(doc) if doc is not None else ""

    def members_of(x: dict[str, Any]) -> bool:
        return any(s <= a and b <= e and members_of_world_body(text, x, a, b) for a, b in x["mentions"])

    if ent is not None and ent["type"] == "ORG" and ent.get("role") in OWN_SIDE_ROLES and not members_of(ent):
        return ent["name"]  # "the group" after the Quad: the grouping it stands for

    # (a country named inside the name of a society or an institute is no government's voice:
    # "The Federation of American Scientists")
    societies = [(a, b) for x in entities if x["type"] == "ORG" and not x.get("country")
                 and _SOCIETY_WORDS & set(x["name"].split()) for a, b in x["mentions"]]
    span = doc.char_span(s, e, alignment_mode="expand") if doc is not None else None
    if span is not None and len(span) and span.root.text in _SOCIETY_WORDS:  # (a name the model did not tag)
        societies.append(subtree_span(span.root))

    def works_on(a: int, b: int) -> bool:
        # (nor one a source has left: "a former NATO official now at a think tank")
        return doc is not None and (named_as_topic(doc, a, b, (s, e)) or re.search(r"\b(former|ex-)\s*$", text[s:a], re.I)
                                    is not None or _in_society_name(doc, a, b)) \
            or any(c <= a and b <= d for c, d in societies)

    # (the first named in the words: "Syria's foreign minister ..., who met Iran's ambassador";
    # a person's too when the source is theirs: "Trump's communications director Steven Cheung")
    country = min(((a, c) for x in entities if x["type"] in ("GPE", "NORP", "ORG") or (
                       x["type"] == "PERSON" and x["id"] != entity_id)
                   for a, b in x["mentions"] if s <= a and b <= e and not works_on(a, b)
                   and (x["type"] != "PERSON" or text[b:b + 2] in ("'s", "\u2019s"))
                   for c in [entity_country(x)] if c), default=(0, None))[1]
    if country:
        return country
    commissioner = _EUROPEAN_COMMISSIONER.search(text, s, e)
    if commissioner and not works_on(commissioner.start(), commissioner.end()):
        return "European Union"  # "European Climate Commissioner Wopke Hoekstra": the EU's commissioner
    # a body of several countries, or an armed group, speaks for itself: "Kaja Kallas, the EU's
    # foreign policy chief", "A NATO official", "the African Union", "A Hamas official"
    return next((x["name"] for x in entities if x["type"] == "ORG" and x.get("role") in OWN_SIDE_ROLES
                 and not members_of(x) for a, b in x["mentions"] if s <= a and b <= e and not works_on(a, b)), None)


def _in_society_name(doc: Doc, a: int, b: int) -> bool:
    """Whether the words at a..b are part of a capitalised name of an institute or a society that
    the model did not tag ("the China Africa Research Initiative"): a run of names ending in a
    society's word."""
    span = doc.char_span(a, b, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    while tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        tok = tok.head
    return tok is not None and tok.text in _SOCIETY_WORDS and tok.i > span.root.i


#: Verbs of a clause on a source that say whom it belongs to or speaks for ("which represents
#: 20 million Americans", "who works in the Kenyan foreign ministry"), not what it acts on.
_MEMBERSHIP_VERBS = {"represent", "include", "comprise", "lead", "head", "run", "work", "serve", "speak", "act",
                     "belong", "join", "advise"}
#: Those who speak for what follows their "for" ("a spokesman for Japan's foreign ministry").
_SPEAKERS_FOR = SPOKESPEOPLE | {"representative", "lawyer", "attorney", "counsel", "mouthpiece", "voice"}

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
#: "a New Delhi-based think tank", "a Beijing-based diplomat": where one works, not whom one speaks for.
_BASED = {"base", "headquarter", "headquartered"}
#: "Iran-backed", "Russia-funded": a country that backs a group, which speaks for itself.
_BACKING_VERBS = {"back", "fund", "sponsor", "support", "arm", "train", "ally", "align", "finance", "bankroll"}
#: Verbs of passing on or coming to see a paper someone else wrote ("carried by the state news agency").
_CARRYING_VERBS = {"carry", "run", "broadcast", "air", "see", "obtain", "review", "quote", "cite"}


def carried_by(prep: Token) -> bool:
    """Whether ``prep`` is the "by" of one who passes on or has seen a paper someone else wrote
    ("a joint statement carried by the Saudi Press Agency", "a cable seen by Reuters")."""
    return prep.dep_ == "agent" and prep.head.lemma_.lower() in _CARRYING_VERBS


def named_as_topic(doc: Doc, a: int, b: int, within: tuple[int, int] | None = None) -> bool:
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
    if tok.dep_ == "npadvmod" and tok.head.lemma_.lower() in _BACKING_VERBS | _BASED:
        # "Iran-backed rebels", "Russia-funded media", "a New Delhi-based think tank": the country
        # is not who speaks
        return True
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
    if carried_by(prep):
        return True  # "a joint statement carried by the Saudi Press Agency", "a cable seen by Reuters": not its author
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
