"""Actors and targets of positions: the country a subject speaks for (a government, a person or
body of it, a source, "we" in a quote) and what a stance is on (a country, a body, an agreement,
a measure; never a date or a place)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .agreement_words import AGREEMENT_HEADS, TRUCE_HEADS
from .attribution_run import content_spans
from .doctools import sent_of, text_of
from .position_grammar import np_end
from .position_words import (ACTOR_TYPES, AID_NOUNS, CARRYING_OUT_NOUNS, CLAIM_NOUNS, COMMODITIES, CONFLICT_NOUNS,
                             DONE_TO_NOUNS, FIRST_PLURAL, FORCE_NOUNS, HARM_NOUNS, KIND_NOUNS, MEASURE_NOUNS,
                             MOTION_HEADS, NEED_NOUNS, PLACE_PREPS, POLICY_HEADS, SELF_GOODS, STEP_HEADS, SUPPLIES,
                             SUPPLY_VERBS, TALKS_HEADS, TIME_PREPS, TRADE_WORDS, UNOFFICIAL_HEADS, demonyms)
from .side_from_words import in_opposition, members_of_world_body, named_as_topic
from .source_antecedents import body_so_named
from .source_authors import statement_author
from .source_spans import past_dateline_text
from .source_words import COUNTRY_BODIES, JOINT, OWN_SIDE_ROLES, RELATION_HEADS, entity_country


def entities_in(entities: list[dict[str, Any]], s: int, e: int) -> list[tuple[int, dict[str, Any]]]:
    return sorted(((a, x) for x in entities for a, b in x["mentions"] if s <= a and b <= e), key=lambda ax: ax[0])


def span_of(tok: Token) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def actor_country(tok: Token | None, entities: list[dict[str, Any]], att: dict[str, Any] | None,
                  outlet_country: str | None) -> tuple[str | None, str | None, str]:
    """(country, entity id, how) for the subject token of a stance word; ``tok`` None stands for
    the speaker of the attribution around it (a quote whose sentence has no subject)."""
    low = "we" if tok is None else tok.lower_
    if tok is not None and low == "us" and tok.text != "us":
        low = "US"  # the country, not the pronoun
    if low in FIRST_PLURAL or low == "i":
        side = None
        if att:
            src = att.get("source") or att.get("speaker") or {}
            side = src.get("side")
            if side and JOINT not in side:
                return side, src.get("entity_id"), "the side the source speaks for"
            if side and low != "i":  # "we" of a joint statement: each of its countries (``emit``)
                return side, None, "the sides the joint source speaks for"
            if outlet_country and src.get("kind") == "anonymous":
                return outlet_country, None, "unnamed source of an outlet of this country (inferred)"
        elif tok is not None:  # a statement's own "we" ("Joint Statement by the Foreign Ministers of ...")
            author = statement_author(tok.doc, entities)
            if author is not None and author[2]:
                return author[2], author[1] if JOINT not in author[2] else None, "the statement's author"
        return None, None, ""
    assert tok is not None
    s, e = span_of(tok)
    s = past_dateline_text(text_of(tok.doc), s, e)  # ("BEIJING, July 24 (AFP) - European Union leaders": not Beijing)
    if low in ("he", "she", "it", "they"):
        return _speaker_as_pronoun(tok, att, entities)
    if low == "this":
        return None, None, ""
    # (not the items joined to it, each an actor of its own: "the G7, the EU and Australia")
    joined = [span_of(c) for c in tok.rights if c.dep_ == "conj"]
    hits = [(a, x) for a, x in entities_in(entities, s, e) if not any(c0 <= a < c1 for c0, c1 in joined)]
    if tok.lemma_.lower() in UNOFFICIAL_HEADS:
        return None, None, ""  # "Chinese experts slam ...": they speak for no government
    if tok.lemma_.lower() in AGREEMENT_HEADS or (tok.lemma_.lower() in _PAPERS and not any(
            c.dep_ == "poss" for c in tok.children)):
        # "The treaty limiting the arsenals of Russia and the US expired", 'The "New York
        # Declaration" condemns the attack': no one (but "Norway's draft resolution" is Norway's)
        return None, None, ""
    if any(t.lower_ == "draft" for t in tok.doc[tok.left_edge.i : tok.i]) \
            and not any(c.dep_ == "poss" for c in tok.children):
        # "a draft Security Council resolution calling for a truce" is no call of the council's,
        # which has not adopted it ("Britain's draft resolution" is Britain's)
        return None, None, ""
    for c in tok.rights:  # what a clause after the head names is not the subject ("talks that Iran
        # hosted"), nor a country the parser set beside people ("G7 foreign ministers back Ukraine")
        # (nor what it is accused of, hung on it: "the agency of siding with Israel")
        if c.dep_ in ("acl", "relcl") or (c.dep_ == "appos" and c.ent_type_ == "GPE" and tok.tag_ == "NNS") \
                or (c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)):
            a, b = span_of(c)
            hits = [(x0, x) for x0, x in hits if not a <= x0 < b]
    if tok.lemma_.lower() in RELATION_HEADS:  # "the two U.S. allies", "Russia's neighbours": not its voice
        hits = [(a, x) for a, x in hits if a > tok.idx or x["type"] not in ("GPE", "NORP")]
    text = text_of(tok.doc)
    # (nor the members of a world body: "More than 140 of the 193 UN member states" are not the UN)
    hits = [(a, x) for a, x in hits if not any(m0 == a and members_of_world_body(text, x, m0, m1)
                                               for m0, m1 in x["mentions"])]
    if tok.tag_ == "NN" and (tok.lower_ == "member" or any(c.lower_ == "member" and c.dep_ == "compound"
                                                          for c in tok.children)):
        # one member of a body is not the body: "the first European Union member to leave the court"
        hits = [(a, x) for a, x in hits if x["type"] != "ORG" or a > tok.idx]
    several = _heads_of_several(tok, entities) if tok.tag_ in ("NNS", "NNPS") else None
    if several is not None:  # "the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan": each of them
        return several, None, "the several named"
    named = _party_named_for_a_country(tok, hits)
    if named is not None:  # "The opposition Alternative for Germany (AfD) has called for ...": the party
        return named["name"], named["id"], "organisation"
    if in_opposition(tok):
        return None, None, ""  # "Opposition lawmakers in Tokyo criticized the arrangement": not Japan
    # (nor a country named after the head that it serves in or works on: "the UN Assistance
    # Mission in Afghanistan", "the US envoy to India", "the Institute for China Studies")
    hits = [(a, x) for a, x in hits if a < tok.idx or not any(
        m0 == a and named_as_topic(tok.doc, m0, m1, (s, e)) for m0, m1 in x["mentions"])]
    # the head first, then anything in the phrase ("US Secretary of State Mike Pompeo")
    head_hit = [x for a, x in hits if a <= tok.idx < a + 200 and any(a2 <= tok.idx < b2 for a2, b2 in x["mentions"])]
    for x in head_hit + [x for _, x in hits]:
        # (a newsroom speaks for no government, unless the state runs it: "KCNA called the drills ...")
        if entity_country(x):
            return x["country"], x["id"], x["name"]
    # a body of no one country named as the subject itself: "the EU", "NATO", "Hamas" (but "the
    # Government" a speaker speaks of is the speaker's own: "This Government's commitment")
    for x in head_hit:
        if x["type"] == "ORG" and x["name"].lower() in COUNTRY_BODIES:
            src = (att or {}).get("source") or (att or {}).get("speaker") or {}
            if src.get("side") and JOINT not in src["side"]:
                return src["side"], None, "the speaker's own government"
            return None, None, ""
        if x["type"] == "ORG" and "news" not in (x.get("role") or "") and x["name"][:1].isupper():
            return x["name"], x["id"], "organisation"
    # or one who speaks for it: "Houthi spokesman Yahya Saree", "a NATO official"
    for _, x in hits:
        if x["type"] == "ORG" and x.get("role") in OWN_SIDE_ROLES:
            return x["name"], x["id"], "organisation"
    if not hits and tok.lemma_.lower() in ("government", "administration") and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "our", "his", "her") for c in tok.children):
        # "A Foreign Office spokesperson said the government remained committed to ...", "Sudan's
        # ambassador said his government would not cooperate": the speaker's
        src = (att or {}).get("source") or (att or {}).get("speaker") or {}
        if src.get("side") and JOINT not in src["side"]:
            return src["side"], None, "the speaker's own government"
    body = _body_named_before(tok, s, entities) if not hits else None
    if body is not None:  # "the group" after Hamas, "the bloc" after ECOWAS
        return entity_country(body) or body["name"], body["id"], "the body named before"
    return None, None, ""


#: Papers that say things without being anyone ("the declaration", "the resolution", "the charter").
_PAPERS = {"declaration", "resolution", "charter", "communique", "communiqué", "statement", "report", "plan"}


def _body_named_before(tok: Token, s: int, entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The entity of the body a singular description stands for ("the group" after Hamas, "the
    bloc" after ECOWAS; ``speakers.body_so_named``), or None."""
    if tok.tag_ != "NN":
        return None
    body = body_so_named(tok, s, entities)
    return next((x for x in entities if x["id"] == body), None) if body is not None else None


def _heads_of_several(tok: Token, entities: list[dict[str, Any]]) -> str | None:
    """The countries of "the presidents of A, B and C" joined with ``JOINT``, when two or more are
    named after the plural's "of"; else None."""
    of = next((g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
              None)
    if of is None:
        return None
    countries = []  # (the list as the parser hangs it, in apposition or joined)
    for _, x in sorted(entities_in(entities, *span_of(of)), key=lambda ax: ax[0]):
        if x["type"] == "GPE" and x.get("country") and x["country"] not in countries:
            countries.append(x["country"])
    return JOINT.join(countries) if len(countries) >= 2 else None


def _party_named_for_a_country(tok: Token, hits: list[tuple[int, dict[str, Any]]]) -> dict[str, Any] | None:
    """The organisation, when a subject is its name with a country in it and its short name in
    brackets ("Alternative for Germany (AfD)", "Party for Freedom (PVV)"): the short name's
    entity, of no country of its own, and the country only after "for" or "of" on the head. Not
    "Pakistan's Inter-Services Intelligence (ISI)", whose country comes before it."""
    text = text_of(tok.doc)
    short = next((x for a, x in hits if x["type"] == "ORG" and not x.get("country")
                  and any(text[m[0] - 1 : m[0]] == "(" and m[0] > tok.idx for m in x["mentions"])), None)
    if short is None:  # (a short name the model tags as no entity: two capitals or more in brackets)
        short = next(({"name": t.text, "id": None} for t in tok.subtree if t.i > tok.i and t.i > 0
                      and tok.doc[t.i - 1].text == "(" and sum(ch.isupper() for ch in t.text) >= 2
                      and t.text.isalpha()), None)
    if short is None or not tok.text[:1].isupper() or tok.ent_type_ in ("GPE", "NORP", "LOC"):
        return None  # (not "the Republic of Korea (ROK)", a country's own name)
    after_head = [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")]
    countries = [x for a, x in hits if x["type"] in ("GPE", "NORP")]
    inside = lambda x: any(a <= m[0] < b for a, b in after_head for m in x["mentions"])  # noqa: E731
    return short if countries and all(inside(x) for x in countries) else None


def _speaker_as_pronoun(tok: Token, att: dict[str, Any] | None,
                        entities: list[dict[str, Any]]) -> tuple[str | None, str | None, str]:
    """"he", "she", "it" or "they" opening what a source says stands for the source: "Trump said
    he is open to talks", "Moscow said it would respect the limits" (the side the source speaks
    for), "the African Union said it supported ..." (a body of no one country, by its name),
    "Mali, Burkina Faso and Niger said they would quit ECOWAS" (each of the sides of a joint
    source). Only a named person for "he" and "she", a named body for "it", a source of several
    or of a plural noun for "they", and only as the first words of the content (not "the deal,
    which it signed" further on)."""
    src = (att or {}).get("source") or {}
    side = src.get("side")
    if tok.lower_ == "they":
        if not side or not (JOINT in side or _plural_source(tok.doc, src)):
            return None, None, ""
    else:
        wanted = "named_org" if tok.lower_ == "it" else "named_person"
        if src.get("kind") != wanted:
            return None, None, ""
        if not side and wanted == "named_org":
            body = next((x for x in entities if x["id"] == src.get("entity_id") and x["type"] == "ORG"), None)
            if body is None or "news" in (body.get("role") or ""):
                return None, None, ""
            side = body["name"]
        if not side or JOINT in side:
            return None, None, ""
    starts = [cs for cs, ce in content_spans(att) if cs <= tok.idx < ce]
    if not starts:
        return None, None, ""
    opening = [t for t in tok.doc.char_span(starts[0], tok.idx + len(tok.text), alignment_mode="expand") or []
               if not t.is_punct]
    if len(opening) > 2 or (len(opening) == 2 and opening[0].lower_ != "that"):
        return None, None, ""
    if JOINT in side:
        return side, None, "the sides the joint source speaks for, named by a pronoun"
    return side, src.get("entity_id"), "the source, named by a pronoun"


def _plural_source(doc: Doc, src: dict[str, Any]) -> bool:
    """Whether a source's phrase is headed by a plural noun ("Indian officials", "the juntas")."""
    span = doc.char_span(src["start"], src["end"], alignment_mode="expand") if "start" in src else None
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


_POSSESSIVE = re.compile(r"^(?:their|its|his|her|our|your)\s+")


def _without_possessive(phrase: str) -> str:
    """A target phrase without the possessive that opens it ("their tariff truce" -> "tariff
    truce"), so that one thing has one name whoever's it is said to be."""
    return _POSSESSIVE.sub("", phrase.strip())


def a_good_of_its_own(name: str) -> bool:
    """Whether a target named in words is one's own good ("its sovereignty", "the sovereignty and
    territorial integrity of the country at all costs", "every inch of its territory")."""
    low = re.sub(r"^(?:the|its|their|our|his|her|every inch of its|every inch of our)\s+", "", name.lower().strip())
    low = re.split(r"\s+(?:of (?:the|our|its) (?:country|nation|state|homeland|motherland)|at all costs)\b", low)[0]
    parts = [part.strip() for part in re.split(r",|\band\b", low) if part.strip()]
    return low in SELF_GOODS or bool(parts) and all(part in SELF_GOODS for part in parts)


#: Goods whose trade takes no stance on them unless someone's ("Russian oil"); arms are not
#: among them ("urge North Korea to abandon its nuclear weapons" opposes the weapons).
_TRADED_GOODS = COMMODITIES - {"arms", "weapons", "equipment"}


#: Spans of time, which a stance is never on ("ready for a long time", "for some years").
_SPANS_OF_TIME = {"time", "while", "moment", "year", "month", "week", "day", "decade", "hour", "period", "term"}


#: Claims whose "of" is what they tell, not who makes them ("a report of a secret call").
_TELLING_NOUNS = {"report", "rumour", "rumor", "speculation"}


#: Words that name no one's side or act unless someone's ("opposing sides", "any efforts"; but
#: "the efforts of the Philippines").
_NOBODYS = {"side", "effort", "thing"}


#: Measures and drafts whose owner's name before them is their author ("the EU's sanctions package"); not
#: a plan or a proposal, whose backers back its author ("support for Morocco's autonomy plan").
_AUTHORED_NOUNS = {"package", "draft", "bill", "motion"}


def target_of(tok: Token, entities: list[dict[str, Any]], goods: bool = True) -> tuple[str, str | None] | None:
    """Canonical target of a noun phrase headed by ``tok``: a weapon, agreement or law named in
    it, else a country, else an issue ('Iranian oil', 'CAATSA waiver'), else the phrase (up to
    what it is accused of: "its members" of "accused its members of stoking confrontation")."""
    kind_of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None) if tok.lemma_.lower() in KIND_NOUNS | CARRYING_OUT_NOUNS else None
    if kind_of is not None:  # "any form of official interaction between ...": the interaction; "the
        # implementation of the deal": the deal
        return target_of(kind_of, entities, goods)
    s, e = span_of(tok)
    end = np_end(tok)
    e = min(e, end.idx + len(end.text))  # "a truce proposed by the United States": the truce
    of_doing = next((c for c in tok.rights if c.dep_ == "prep" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)), None)
    if of_doing is not None and of_doing.i > tok.i:
        last = tok.doc[of_doing.i - 1]
        e = last.idx + len(last.text)
    with_force = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "with" and any(
        g.lemma_.lower() in FORCE_NOUNS for g in c.children)), None)
    if with_force is not None:  # "respond to any attack with full force": the attack
        last = tok.doc[with_force.i - 1]
        e = min(e, last.idx + len(last.text))
    judged = next((c for c in tok.rights if c.dep_ == "amod"), None)
    if judged is not None and judged.left_edge.i > tok.i:
        # 'called the decision "unfounded and politically motivated"' (the parser's adjective after
        # the noun is what it is called): the decision
        last = tok.doc[judged.left_edge.i - 1]
        while last.i > tok.i and last.is_punct:
            last = tok.doc[last.i - 1]
        e = min(e, last.idx + len(last.text))
    as_what = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_what is not None:  # 'condemned the move as "unjustified"': the move
        last = tok.doc[as_what.i - 1]
        e = min(e, last.idx + len(last.text))
    when = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in TIME_PREPS), None)
    if when is not None:  # 'a "lasting peace", a year after Moscow's invasion': the peace
        last = tok.doc[when.left_edge.i - 1]
        while last.i > tok.i and (last.is_punct and last.text not in "\"”'’"):
            last = tok.doc[last.i - 1]
        e = min(e, last.idx + len(last.text))
    hits = entities_in(entities, s, e)
    # what an "anti-" modifier names is what the thing is against: joining "the anti-ISIS
    # coalition" backs the coalition, not the Islamic State
    text = text_of(tok.doc)
    hits = [(a, x) for a, x in hits if not text[max(0, a - 5):a].lower().endswith("anti-")]
    # (nor what it is "against": "the U.S.-led coalition against the Islamic State group")
    against = [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "against"]
    hits = [(a, x) for a, x in hits if not any(a0 <= a < a1 for a0, a1 in against)]
    # where the thing is is not what it is: "the militia in Yemen" is no stance on Yemen
    places = [span_of(c) for c in tok.subtree if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    head_words = {tok.lemma_.lower(), tok.lower_}
    # an unnamed deal is the deal, not the country it is with: "a defence pact with the United States"
    tiers = [("WEAPON", "AGREEMENT"), ("LAW",)]
    if tok.lemma_.lower() in HARM_NOUNS | DONE_TO_NOUNS:
        # a harm done to a people is the harm, not them: "opposes any forced displacement of the
        # Palestinian people" (but "Russian annexation" is Russia's)
        patients = [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"]
    elif tok.lemma_.lower() in MEASURE_NOUNS or tok.lower_ in MEASURE_NOUNS:
        # so too a measure against a country: "backed new sanctions on Russia" backs the sanctions;
        # and what the measure is on, said before it: "fight the Russian gas ban" fights the ban
        patients = [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("on", "against")]
        patients += [span_of(c) for c in tok.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in MEASURE_NOUNS]
    elif (tok.lemma_.lower() in AID_NOUNS or tok.lower_ in AID_NOUNS) and not any(
            c.lower_ in MEASURE_NOUNS for c in tok.lefts):
        # the donor is not the target: "opposed further EU loans to Kyiv" (but a "sanctions
        # package against Russia" is a measure)
        patients = [span_of(c) for c in tok.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")]
    elif tok.lemma_.lower() in _AUTHORED_NOUNS:
        # whose paper or measure it is, is not the target: "blocked the EU's new sanctions package"
        # is against the package (a country named after it still is: "a package for Ukraine")
        patients = [span_of(c) for c in tok.lefts if c.dep_ == "poss"]
    elif tok.lemma_.lower() in ("exemption", "exception", "carve-out", "opt-out"):
        # what one is exempted from is not the target: "seek an exemption from the LNG ban"
        patients = [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("from", "to", "on", "for")]
    elif tok.lemma_.lower() in CONFLICT_NOUNS:
        # a conflict's sides are not what a stance on it is on: "the end of the trade dispute with China"
        patients = [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    elif head_words & TRADE_WORDS or tok.lemma_.lower() in TRADE_WORDS:
        # and goods sent to a country: "opposed arms deliveries to Ukraine" (not Ukraine's arms);
        # the place of what is sold, when no commodity, is no target either: "block the sale of
        # Panama Canal ports" (not Panama; but "the purchase of 26 Rafale jets" is the jets)
        patients = [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "to"]
        places += [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                   and not any(t.lower_ in COMMODITIES for t in c.subtree)]
    else:
        patients = []
    # the doer of an act named by a noun is not what a stance on the act is on: "welcomed the
    # release of the hostages by Hamas"; nor are those it is between: "opposes any official
    # interaction between the US and Taiwan"
    patients += [span_of(c) for c in tok.rights if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    if tok.lemma_.lower() in CLAIM_NOUNS:  # "rejected unfounded accusations over Ukraine": the accusations
        # (and a report "of" what it tells: "dismissed a report of a secret Putin-Trump call")
        topic = ("over", "about", "regarding", "on") + (("of",) if tok.lemma_.lower() in _TELLING_NOUNS else ())
        patients += [span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in topic]
    patients += [span_of(c) for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "between"]
    talks_of_others = tok.lower_ in TALKS_HEADS and not (
        tok.lower_ not in TRUCE_HEADS and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.rights))
    declared_with = tok.lemma_.lower() == "declaration" and any(c.dep_ == "prep" and c.lower_ == "with"
                                                                for c in tok.rights)
    if not talks_of_others and not declared_with and not any(
            tok.lemma_.lower() in heads for heads in (AGREEMENT_HEADS, MOTION_HEADS, POLICY_HEADS, STEP_HEADS)):
        # ("supports the talks between Iran and the United States": the talks, not Iran; but
        # "open to talks with Tehran" is Iran, the other side; "our one China policy" is the
        # policy; "a peace declaration with Cambodia" the declaration)
        tiers.append(("GPE", "NORP", "ORG", "PERSON", "LOC"))
    for wanted in tiers:
        for _, x in hits:
            if x["type"] not in wanted:
                continue
            if x["type"] == "LAW" and head_words & {"waiver", "waivers", "exemption"}:
                return f"{x['name']} waiver", None
            if x["type"] == "LOC" and not x.get("role"):
                continue  # (a region the gazetteer knows, not any place the model tags: "the West")
            if x["type"] in ("GPE", "NORP", "LOC") and any(a <= m[0] < b for a, b in places for m in x["mentions"]) \
                    or any(a <= m[0] < b for a, b in patients for m in x["mentions"]):
                continue
            if x["type"] == "NORP" and not x.get("country") and x["name"] != text_of(tok.doc)[s:e].strip():
                continue  # "the European letter" is the letter: a people of no one country names no actor
            if goods and x["type"] in ("GPE", "NORP") and head_words & (COMMODITIES | TRADE_WORDS):
                commodity = next((t.lower_ for t in tok.subtree if t.lower_ in COMMODITIES), None)
                if commodity and x.get("country"):
                    return f"{demonyms().get(x['country'], x['country'])} {commodity}", None
            if x["type"] in ("GPE", "NORP") and x.get("country"):
                # a capital or nationality stands for its country; only the country's own entity has its id
                return x["country"], (x["id"] if x["name"] == x["country"] else None)
            return x["name"], x["id"]
    antecedent = _thing_it_stands_for(tok)
    if antecedent is not None:  # "condemned the launch, with the State Department calling it a violation"
        return target_of(antecedent, entities, goods)
    if tok.pos_ in ("PRON", "DET") or (tok.is_stop and tok.pos_ != "NOUN"):
        return None  # ("it", "this"; but the stop list also has nouns such as "move" and "part")
    if not hits and tok.lemma_.lower() in ("participation", "membership") \
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in tok.children):
        # "Russia suspended its participation in 2023" after New START: in the agreement named last
        kinds = ("AGREEMENT",) if tok.lemma_.lower() == "participation" else ("AGREEMENT", "ORG")
        last = max(((a, x) for x in entities if x["type"] in kinds for a, _ in x["mentions"] if a < tok.idx),
                   key=lambda ax: ax[0], default=None)
        if last is not None:
            return last[1]["name"], last[1]["id"]
    if not hits and tok.lemma_.lower() in _SPANS_OF_TIME and not any(c.dep_ == "prep" for c in tok.children):
        return None  # "We have been ready for a long time": how long, not what on
    if tok.lower_ == "suit" and tok.head.lemma_.lower() == "follow":
        return None  # "urged other countries to follow suit": do the same, nothing named
    if not hits and tok.lemma_.lower() in NEED_NOUNS | {"importance"}:
        return None  # "reaffirmed the importance of maintaining peace": no one's side (but "of a free Indo-Pacific")
    if not hits and tok.lemma_.lower() in _NOBODYS and not any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "backed opposing sides in conflicts", "supported any efforts to de-escalate": no one's
    if not hits and (tok.lower_ in _TRADED_GOODS or tok.lemma_.lower() in _TRADED_GOODS):
        return None  # "ready to keep exporting grain", "agreed to buy more soybeans": goods of no one
    body = _body_named_before(tok, s, entities) if not hits else None
    if body is not None:  # "accusing the regional bloc of ..." after ECOWAS: ECOWAS
        return body["name"], body["id"]
    text = _without_possessive(text_of(tok.doc)[s:e])
    if not text or len(text.split()) > 8:
        # the words up to the head and what it is "of": "any mention of fossil fuels" of "any
        # mention of fossil fuels in the final text"; else up to the head: "a defence pact" of
        # "a defence pact with ..., which ..."
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        for last in ([of.right_edge] if of is not None else []) + [tok]:
            text = _without_possessive(text_of(tok.doc)[tok.left_edge.idx : last.idx + len(last.text)])
            if len(text.split()) <= 8:
                break
        else:
            text = tok.text
    # the words without quotation marks ('seeking "regime change"', 'welcomed "any steps" towards peace')
    return re.sub(r"\s+", " ", re.sub(r"[\"“”«»]", "", text)).strip("‘’' ") or tok.text, None


def _thing_it_stands_for(tok: Token) -> Token | None:
    """The thing an object "it" stands for, when its own sentence names one before it as an
    object: "Washington condemned the launch, with the State Department calling it a violation"
    (the launch). None for any other word, or with no such thing (a country or a person is no
    "it" here, and one named in an earlier sentence is left alone)."""
    if tok.lower_ == "it" and tok.dep_ == "pobj" and tok.head.lower_ in ("against", "for") \
            and tok.head.head.lemma_.lower() == "vote":
        # "China and Russia voted against it": the motion the text put to the vote last, in its
        # sentence or the one before
        start = sent_of(tok.doc[sent_of(tok).start - 1]).start if sent_of(tok).start > 0 else 0
        return next((t for t in reversed(tok.doc[start : tok.i]) if t.lemma_.lower() in MOTION_HEADS
                     and t.pos_ == "NOUN"), None)
    if tok.lower_ != "it" or tok.dep_ != "dobj":
        return None
    verb = tok.head
    # (not those asked to do it: "called on all parties to implement it")
    asked = {c.i for c in verb.head.children if c.dep_ == "dobj"} | {
        g.i for c in verb.head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for g in c.children
    } if verb.dep_ in ("xcomp", "advcl", "ccomp") else set()
    return next((t for t in reversed(tok.doc[sent_of(tok).start : tok.i]) if t.dep_ in ("dobj", "pobj")
                 and t.pos_ == "NOUN" and not t.ent_type_ and not _said_in_passing(t) and t.i not in asked), None)


#: Nouns a verb takes in a set phrase, which stand for no thing ("the truce took effect").
_SET_PHRASE_NOUNS = {"effect", "place", "part", "shape", "hold", "note", "account", "advantage", "care", "root"}


def _said_in_passing(t: Token) -> bool:
    """Whether an object is no thing an "it" after it can stand for: the noun of a set phrase ("after
    the truce took effect, calling it a violation"), what something was said in ("in a statement"),
    or an object in a clause of time or cause ("killed two men after they crossed the line, calling
    it ...")."""
    verb = t.head.head if t.dep_ == "pobj" else t.head
    if t.dep_ == "pobj" and t.head.lower_ == "in" and t.lemma_.lower() in _SAID_IN:
        return True  # "said in a statement that it does not recognise ... and called on all not to recognise it"
    return (t.lemma_.lower() in _SET_PHRASE_NOUNS and t.dep_ == "dobj") or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children))


#: What something is said in ("in a statement"), which an "it" after it does not stand for.
_SAID_IN = {"statement", "interview", "speech", "briefing", "post", "letter", "communique", "communiqué",
            "address", "remark", "comment", "report", "tweet", "message", "press"}


def recipient(doing: Token, what: Token | None, entities: list[dict[str, Any]]) -> Token | None:
    """The country that arms or aid are handed to ("Ukraine" of "sent tanks to Ukraine", "give
    Ukraine more air defence systems", "supply Ukraine with more air defence systems"), or None."""
    if what is not None and doing.lemma_.lower() in SUPPLY_VERBS \
            and any(x["type"] in ("GPE", "NORP") for _, x in entities_in(entities, *span_of(what))):
        goods = [g for c in doing.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"]
        if any(g.lower_ in SUPPLIES or g.lemma_.lower() in SUPPLIES
               or any(x["type"] == "WEAPON" for _, x in entities_in(entities, *span_of(g))) for g in goods):
            return what
    if what is None or doing.lemma_.lower() not in SUPPLY_VERBS or not (
            what.lower_ in SUPPLIES or what.lemma_.lower() in SUPPLIES
            or any(x["type"] == "WEAPON" for _, x in entities_in(entities, *span_of(what)))):
        return None
    to = [g for c in [*doing.children, *what.children] if c.dep_ == "prep" and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"] + [c for c in doing.children if c.dep_ == "dative"]
    return next((t for t in to if any(x["type"] in ("GPE", "NORP") for _, x in entities_in(entities, *span_of(t)))),
                None)


def talks_partner(talks: Token, actor_tok: Token | None, actors: list[Token | None],
                   entities: list[dict[str, Any]]) -> tuple[str, str | None] | None:
    """Who talks are with: the country after "with" ("talks with the United States"), else, for
    two actors agreeing together ("South Korea and Japan agreed to resume their dialogue"), the
    other one; None when the text does not say."""
    with_ = next((g for c in talks.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"), None)
    if with_ is not None:
        return target_of(with_, entities)
    others = [a for a in actors if a is not None and a is not actor_tok]
    if len(actors) == 2 and others:
        return target_of(others[0], entities)
    # else the agreement they are on ("agreed to launch negotiations on an agreement on ...", the
    # "on" hung on the talks or on the verb that has them; not a topic: "discussions on security")
    on = next((g for h in (talks, talks.head) for c in h.rights if c.dep_ == "prep" and c.lower_ == "on"
               and c.i > talks.i for g in c.children if g.dep_ == "pobj"
               and (g.lemma_.lower() in AGREEMENT_HEADS or g.ent_type_ == "AGREEMENT")), None)
    return target_of(on, entities) if on is not None else None


def is_actor(target: tuple[str, str | None], entities: list[dict[str, Any]]) -> bool:
    """Whether a target is one that can hold a stance: a country (also when named by its people,
    "Indian withdrawal"), a body, a person."""
    return any(x["type"] in ACTOR_TYPES and (x["id"] == target[1] or target[0] in (x["name"], x.get("country")))
               for x in entities)


def entity_id_named(entities: list[dict[str, Any]], name: str) -> str | None:
    return next((x["id"] for x in entities if x["name"] == name), None)
