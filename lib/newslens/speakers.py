"""Who a source is: its kind (``named_person``, ``named_org``, ``anonymous``, ``outlet``,
``document``), the entity it names or stands for (a pronoun's or a description's antecedent:
"he", "the minister", "they" after "Both ministers") and the side it speaks for (the country of
its entity or named in it; "India + United States" for a joint source, "the two sides").

``newslens.sourcing`` finds the spans; ``classify_source`` says whose they are.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from spacy.tokens import Doc, Token

from .doctools import text_of
from .entities import BOTH_SIDES_PEOPLE, both_countries, entity_at
from .gazetteer import default_gazetteer
from .pipeline import PERSON_TITLES
from .side_from_context import (body_named_before, body_of_the_dateline, document_issued_before,
                                government_sources_of_the_dateline, joint_paper_of_the_sides_before,
                                ministry_named_before, named_after_description, owners_side,
                                secretary_general_body, side_given_before, spokesperson_of_the_body_before,
                                the_countries_before, the_several_before, voiced_for)
from .side_from_words import (carried_by, in_opposition, independent, joint_side, same_country, side_in_words,
                              title_country, us_legislator)
from .source_antecedents import (antecedent, body_so_named, described_person, group_of,
                                 headline_description_named_below, same_description, titled_person)
from .source_authors import byline_author, statement_author, we_introduced
from .source_words import (ANONYMOUS_HEADS, BODY_WORDS, COUNTRY_BODIES, DOCUMENT_HEADS, FIRST_PERSON, HONORIFIC,
                           JOINT, NEWSPAPER_NAME_ENDS, NEWSROOMS, NEWSROOM_NAME, ONE_HOLDER_OFFICES, OUTLET_HEADS,
                           PERSONS_BODIES, PRONOUNS_BODY, PRONOUNS_PERSON, SPOKESPEOPLE, TURN_WORDS, entity_country,
                           entity_with_id, title_word)
from .spans import subtree_span


#: Words that make an agency a newsroom ("state news agency", "the official press agency").
_NEWS_AGENCY_WORDS = {"news", "press", "wire", "state", "official", "semi-official", "national", "government"}


#: Head words of bodies that are named after people ("the Ronald Reagan Presidential Foundation").
_BODIES_NAMED_FOR_PEOPLE = {"foundation", "institute", "institution", "center", "centre", "library", "museum",
                            "university", "college", "school", "fund", "trust", "society", "association"}


def _agency_of_another_trade(head: Token | None) -> bool:
    """'South Korea's spy agency', 'the space agency', 'the UN refugee agency': an agency whose
    words say it is not a newsroom."""
    if head is None or head.lemma_.lower() != "agency":
        return False
    mods = [c for c in head.lefts if c.dep_ in ("compound", "amod")]
    return not any(c.lower_ in _NEWS_AGENCY_WORDS for c in mods) and any(
        c.ent_type_ not in ("NORP", "GPE") and c.pos_ != "PROPN" for c in mods)


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
    return not any(x.type in ("GPE", "NORP", "LOC") for x in default_gazetteer().known_as(name))


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
    voice_of: dict[str, Any] | None = None  # the person an unnamed spokesman or aide speaks for
    if ent is None:
        # (not one a person's or a body's clause names: "A senior Saudi official, who spoke to
        # Reuters", "The DEM Party, which has acted as an intermediary between Ocalan and ..."; but
        # "a tracker kept by the High Seas Alliance" is the alliance's)
        clauses = [subtree_span(c) for c in head.children if c.dep_ == "relcl" and any(
            g.lower_ in ("who", "whom", "which") and g.i < c.i for g in c.children)] if head is not None else []
        # (nor the newsroom that carried a paper: "a joint statement carried by the Saudi Press Agency")
        clauses += [subtree_span(g) for c in head.children if c.dep_ == "acl"
                    for g in c.children if carried_by(g)] if head is not None else []
        inside = [x for x in entities if any(s <= a and b <= e and not any(c0 <= a < c1 for c0, c1 in clauses)
                                             for a, b in x["mentions"])]
        # (a body named after a person is the body: "The Ronald Reagan Presidential Foundation")
        named_for = head is not None and head.pos_ == "PROPN" and head.lemma_.lower() in _BODIES_NAMED_FOR_PEOPLE
        # (nor the person someone unnamed works for or is close to)
        served = _whom_served(head)
        people = [x for x in inside if x["type"] == "PERSON"]
        ent = (None if named_for else next((x for x in people if not any(
            c0 <= a < c1 for a, _ in x["mentions"] for c0, c1 in served)), None)) or next(
            (x for x in inside if x["type"] == "ORG"), None)
        if ent is None and people and head.lemma_.lower() in _VOICES:
            voice_of = people[0]  # "a spokesman for Netanyahu", "an aide to Zelensky": his country's voice
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
        introduced = we_introduced(doc, head, entities) if author is None else None
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
        referent = antecedent(doc, head, entities, previous, person=lower in PRONOUNS_PERSON,
                              said=said, quotes=quotes) \
            if lower in PRONOUNS_PERSON or lower in PRONOUNS_BODY else None
        if referent:
            entity_id, kind, inherited = referent
        else:
            kind = "named_person" if lower in PRONOUNS_PERSON else "anonymous"
    elif lemma in DOCUMENT_HEADS and head is not None and head.ent_type_ == "" and head.pos_ == "NOUN":
        # "a PIB release", "a Reuters report", "Trump's tweet", "a memo prepared for the minister,
        # Clara Voss": a document, whoever put it out (the entity, if any, is whose it is)
        kind = "document"
    elif head is not None and head.pos_ == "NOUN" and lemma in NEWSROOMS \
            and ent is not None and ent["type"] == "PERSON" and not head_is_named:
        kind = "outlet"  # "Tasnim news agency" (the model took "Tasnim" for a person), "the Fars agency"
    elif head is not None and head.pos_ == "PROPN" and any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() in NEWSROOMS and not _agency_of_another_trade(c)
            for c in head.children):
        # "public broadcaster DR", "state news agency KCNA", "Russian daily Kommersant" (not
        # "Turkey's intelligence agency MIT")
        kind = "outlet"
    elif ent and ent["type"] == "PERSON" and lemma in PERSONS_BODIES and head is not None and head.pos_ == "NOUN":
        kind = "named_org"  # "Netanyahu's office", "the office of Prime Minister Shehbaz Sharif"
    elif ent and ent["type"] == "PERSON" and head is not None and head.pos_ == "PROPN" \
            and head.lemma_.lower() in _BODIES_NAMED_FOR_PEOPLE and not head.text.isupper():
        kind = "named_org"  # "The Ronald Reagan Presidential Foundation", read whole as a person's name
    elif ent and ent["type"] == "PERSON":
        kind = "named_person"
        if ent["name"].lower() in PERSON_TITLES and head is not None:
            # "The Emir said": a title the model took for a name, the person named with it before
            entity_id = titled_person(doc, head, s, entities) or entity_id
    elif ent and ent["type"] == "ORG" and ("news" in (ent.get("role") or "") or names_outlet(ent["name"], outlet)
                                          or ent["name"].split()[-1] in NEWSPAPER_NAME_ENDS
                                          or NEWSROOM_NAME.search(ent["name"]) is not None):
        kind = "outlet"
    elif names_outlet(text, outlet):
        kind = "outlet"
    elif lemma in OUTLET_HEADS and not head_is_named and not _agency_of_another_trade(head):
        # (not "the International Atomic Energy Agency", "South Korea's spy agency")
        kind = "outlet"
        earlier = same_description(doc, head, s, previous) if head is not None else None
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
        desc = (described_person(doc, head, s, entities) or titled_person(doc, head, s, entities)
                or headline_description_named_below(doc, s, e, entities)) \
            if head is not None and lemma != "source" and lemma not in COUNTRY_BODIES \
            and head.tag_ not in ("NNS", "NNPS") else None  # ("The presidents" are not the one named before)
        if desc and not same_country(desc, s, e, entities):
            desc = None  # "the Australian Prime Minister" is not the Indian one named before
        if desc:
            entity_id, kind = desc, "named_person"
        elif office or _counted_group(head) or _top_of_a_country(head, entities) or (
                lemma in ONE_HOLDER_OFFICES and head.tag_ in ("NN", "NNP") and (
                _of_a_country(head, entities) or _of_a_named_body(head, entities))) or (
                lemma in ONE_HOLDER_OFFICES and head.tag_ == "NNS" and joint_side(head, s, e, entities)):
            # ("The leaders of Armenia and Azerbaijan": one holder of the office in each country named)
            # "the French Defence Minister", "Beijing's ambassador in Canberra": one person,
            # though not named here; "the two leaders", "both ministers": people the article
            # has named
            kind, entity_id = "named_person", None
            inherited = inherited or the_several_before(head, s, previous, entities)
        elif lemma in COUNTRY_BODIES and _of_a_country(head, entities):
            kind, entity_id = "named_org", None  # "China's foreign ministry", "the US administration"
        else:
            kind, entity_id = "anonymous", None
            earlier = same_description(doc, head, s, previous)
            # "the court" after the International Criminal Court (not a country's: "the ministry")
            body = body_so_named(head, s, entities) if lemma in COUNTRY_BODIES and head.tag_ in ("NN", "NNP") else None
            if earlier is not None:  # "A Chinese spokesperson said ... . The spokesperson added ..."
                inherited = earlier.get("side")
                # "Australia's High Commissioner ... the envoy", "Seoul's foreign ministry ... the ministry"
                if earlier.get("kind") in ("named_person", "named_org"):
                    kind, entity_id = earlier["kind"], earlier.get("entity_id")
                elif body is not None:
                    kind, entity_id = "named_org", body
            elif body is not None:
                kind, entity_id = "named_org", body
            elif (home := body_of_the_dateline(doc, head, entities)) is not None:
                kind, inherited = "named_org", home
            elif (home := government_sources_of_the_dateline(doc, head, entities)) is not None:
                inherited = home  # "NEW DELHI: ... top government sources told ANI": unnamed, but India's
            elif lemma in COUNTRY_BODIES and (several := the_several_before(head, s, previous, entities)) is not None:
                kind, inherited = "named_org", several  # "The military governments of A, B and C ... the juntas"
    elif head is not None and head.pos_ == "PROPN":
        # "the US Defence Secretary": the person named with that title before, or a person all the same
        titled = titled_person(doc, head, s, entities)
        if titled and not same_country(titled, s, e, entities):
            titled = None
        if titled:
            entity_id = titled
        # ("C Raja Mohan, a visiting professor at ...": a name the model missed, with a person's
        # description beside it)
        described = any(c.dep_ == "appos" and (c.lemma_.lower() in ANONYMOUS_HEADS | ONE_HOLDER_OFFICES)
                        and c.lemma_.lower() not in BODY_WORDS for c in head.children) \
            or _a_person_by_age_or_who(head)  # ("Olena, 52, who sells potatoes": a first name alone)
        kind = "named_person" if head.ent_type_ == "PERSON" or HONORIFIC.match(text) or titled \
            or office or described else "named_org"
        if kind == "named_person" and not titled and ent is not None and ent["type"] != "PERSON" \
                and entity_at(entities, head.idx, head.idx + len(head.text)) is None:
            entity_id = None  # "the Under-Secretary-General for Humanitarian Affairs" is not that office
        if kind == "named_person":
            inherited = inherited or the_several_before(head, s, previous, entities)
        elif entity_id is None and not any(c.dep_ != "det" for c in head.lefts) \
                and (body := body_so_named(head, s, entities)) is not None:
            entity_id = body  # "The Council" after the Council of the EU (not "The pro-Kurdish DEM Party")
    else:
        named = headline_description_named_below(doc, s, e, entities) if head is not None else None
        kind, entity_id = ("named_person", named) if named else ("anonymous", entity_id)
        if not named and head is not None and _top_of_a_country(head, entities):
            kind, entity_id = "named_person", None  # "the top U.S. commander in the Indo-Pacific": one person
        body = body_so_named(head, s, entities) if kind == "anonymous" and head is not None \
            and head.pos_ == "NOUN" and head.tag_ == "NN" else None
        if body is not None:  # "the institute" after the Stockholm International Peace Research Institute
            kind, entity_id = "named_org", body
        elif kind == "anonymous" and (home := body_of_the_dateline(doc, head, entities)) is not None:
            kind, inherited = "named_org", home  # "SEOUL (Yonhap) -- ..., the presidential office said"
    group = group_of(doc, head, s, previous) if kind == "anonymous" else None
    side = inherited or (group or {}).get("side") or joint_side(head, s, e, entities) \
        or side_in_words(s, e, entities, entity_id or (voice_of or {}).get("id"), doc) \
        or us_legislator(doc, s, e) or secretary_general_body(text, entities) or voiced_for(head, entities) \
        or the_countries_before(head, s, e, entities) \
        or side_given_before(entity_id, s, previous) or title_country(doc, entity_id, s, entities) \
        or body_named_before(doc, s, e, previous, entities) or spokesperson_of_the_body_before(doc, s, e, previous) \
        or ministry_named_before(doc, s, e, entities) \
        or named_after_description(doc, s, e, entity_id, entities, previous) \
        or (body_of_the_dateline(doc, head, entities) if kind == "named_org" else None) \
        or (document_issued_before(head, s, previous) if kind == "document" else None) \
        or owners_side(doc, head, entities, previous, said, quotes)
    if side and not inherited and (independent(head) or in_opposition(head)) \
            and not entity_country(entity_with_id(entities, entity_id)):
        # "Lev Nachman, a political scientist at National Taiwan University": not Taiwan's voice;
        # nor are "Opposition lawmakers in Tokyo" Japan's
        side = None
    if side is None and kind == "document" and head is not None:
        side = joint_paper_of_the_sides_before(head, s, previous)
    if kind == "anonymous" and side and JOINT not in side and lemma in COUNTRY_BODIES and head is not None \
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in head.children):
        # "Ethiopia rejected it. Its foreign ministry said ...", as "Ethiopia's foreign ministry";
        # "President Maia Sandu said ... . Her government said ...": her country's
        kind = "named_org"
    return {"text": text, "start": s, "end": e, "entity_id": entity_id, "kind": kind, "side": side}


def _whom_served(head: Token | None) -> list[tuple[int, int]]:
    """Where a source whose head is an unnamed person names the one they work for or are close
    to: "A lawyer for Yang", "an aide to Zelensky", "Netanyahu's spokesman", "sources close to
    Putin" are not Yang, Zelensky, Netanyahu or Putin. (Not a body's or a paper's: "the office of
    Prime Minister X" is X's, "Xue's post" Xue's.)"""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in (ANONYMOUS_HEADS | _CLOSE_PEOPLE) - BODY_WORDS:
        return []
    return [subtree_span(c) for c in head.children if c.dep_ == "poss"
            or c.dep_ == "prep" and c.lower_ in ("for", "to", "of") or c.dep_ == "amod" and c.lower_ == "close"]


#: People close to someone, who speak for themselves ("a lawyer for Yang", "a friend of Navalny").
_CLOSE_PEOPLE = {"lawyer", "attorney", "friend", "relative", "son", "daughter", "wife", "husband", "brother", "sister",
                 "family", "mother", "father", "colleague", "associate", "supporter", "bodyguard", "ally", "biographer"}
#: Those who speak for the person they work for ("a spokesman for Netanyahu", "an aide to
#: Zelensky"), unlike a lawyer or a friend.
_VOICES = SPOKESPEOPLE | {"aide", "adviser", "advisor", "envoy", "official", "source"}


def _a_person_by_age_or_who(head: Token | None) -> bool:
    """Whether a name is a person's by what follows it: an age set off by commas ("Olena, 52,") or
    a clause of "who" ("Serhiy, who taught history")."""
    if head is None:
        return False
    doc = head.doc
    age = head.i + 3 < len(doc) and doc[head.i + 1].text == "," and doc[head.i + 2].like_num \
        and doc[head.i + 2].text.isdigit() and int(doc[head.i + 2].text) < 120 and doc[head.i + 3].text in (",", ".")
    return age or any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in head.children)


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
            if x is None and obj is not None and obj.pos_ == "PROPN":
                # "the Government of the Republic of Armenia", "the Ministry of Foreign Affairs of Armenia"
                obj = next((g for o in obj.children if o.dep_ == "prep" and o.lower_ == "of" and o.i == obj.i + 1
                            for g in o.children if g.dep_ == "pobj"), None)
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
    if title_word(head) not in PERSON_TITLES | {"leader"}:
        return False
    kids = [c.lower_ for c in head.children]
    bare_plural = head.tag_ in ("NNS", "NNPS") and all(c.dep_ in ("det", "punct") for c in head.children)
    return "both" in kids or ("the" in kids and (bare_plural or any(c.dep_ == "nummod" for c in head.children)))


def _office(head: Token, text: str) -> bool:
    """'the French Defence Minister', 'the US Secretary of State', 'Both Ministers', a
    transcript's 'Foreign Secretary:': an office the people holding it are known by, written as a
    name (capitalised; with "the", "both", "all" or no article, not "a")."""
    return head.pos_ == "PROPN" and title_word(head) in PERSON_TITLES \
        and (re.match(r"(?i)(?:the|both|all)\s", text) is not None
             or (text[:1].isupper() and re.match(r"(?i)an?\s", text) is None))
