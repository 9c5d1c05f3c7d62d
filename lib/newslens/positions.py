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
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import Any, NamedTuple

import pandas as pd
from spacy.tokens import Doc, Token

from . import config
from .entities import both_countries, names_both_countries
from .gazetteer import default_gazetteer
from .cues import NAMING_VERBS, names_something, purpose_of_terms
from .doctools import asks, list_lead, talks_misread, text_of, sent_of
from .source_spans import past_dateline_text
from .attribution_run import content_spans
from .agreement_words import AGREEMENT_HEADS, TRUCE_HEADS
from .speakers import (COUNTRY_BODIES, INDEPENDENT_ROLES, JOINT, OWN_SIDE_ROLES, RELATION_HEADS, body_so_named,
                       entity_country, statement_author)

STANCES = ("support", "oppose", "threaten", "concede", "negotiate")
STOP_VERBS = {"stop", "cease", "drop", "forgo", "forego", "cancel", "abandon", "scrap", "halt", "reverse", "end", "quit",
              "withdraw", "abort", "suspend", "leave", "reconsider", "curb", "cut", "reduce", "lift"}
ADOPT_VERBS = {"buy", "sign", "join", "purchase", "accept", "ratify", "conclude", "back", "support", "continue"}
#: Verbs of carrying on that pass the stance to the verb they govern: "ready to keep observing the
#: limits" is observing them.
CARRY_ON_VERBS = {"keep", "continue", "begin", "start", "resume", "remain", "try", "seek"}
#: Actions of verbs that commit their subject to the infinitive they govern ("agreed to revive
#: the agreement", "refused to sign the deal"): the stance is that of the infinitive.
COMMIT_ACTIONS = {"AGREE", "REFUSE"}
#: Entity types that are when, not what: never a target ("imposed sanctions on Tuesday").
NOT_TARGETS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"}
#: Doing these to something is acting against it ("decided to expel the ambassador").
HOSTILE_VERBS = {"expel", "attack", "strike", "retaliate", "destroy", "defeat", "bomb", "invade", "annex", "ban",
                 "restrict", "limit", "close", "freeze", "seize", "arrest", "deport", "counter", "confront", "fight",
                 "target", "dismantle", "scrap", "tear", "shut", "downgrade", "sever", "cancel"}
#: Nouns of a harm done to someone: the stance is on the harm, not on those it is done to.
HARM_NOUNS = {"displacement", "occupation", "annexation", "invasion", "blockade", "killing", "bombing",
              "persecution", "expulsion", "detention", "arrest", "harassment", "starvation", "shelling", "deportation",
              "oppression", "repression", "mistreatment", "suppression", "genocide", "massacre", "seizure",
              "confiscation"}
#: People who speak for themselves, not for their country's government ("Chinese experts",
#: "Indian analysts", "Japanese critics").
UNOFFICIAL_HEADS = INDEPENDENT_ROLES | {"critic", "journalist", "activist", "resident", "citizen", "protester",
                                        "voter", "student", "think-tank"}
#: Nouns of what one is able to do, which is no stance on it ("the ability to threaten shipping").
CAPACITY_NOUNS = {"ability", "capability", "capacity", "means", "power", "potential", "wherewithal"}
#: Nouns of one's own act or chance to act: the infinitive after them is the subject's ("had the
#: chance to discuss", "announced a decision to withdraw"); so too what one sets up or gives
#: ("announced a partnership with Kenya to support agriculture": the announcer supports it, not
#: the partner); not a "bid" or "offer", often another's.
OWN_ACT_NOUNS = {"chance", "opportunity", "time", "occasion", "need", "right", "ability", "effort", "attempt",
                 "decision", "readiness", "willingness", "commitment", "plan", "intention", "determination",
                 "measure", "step", "action", "move", "partnership", "package", "programme", "program", "fund",
                 "initiative", "scheme", "project", "loan", "grant", "facility"}
#: What talks may range over without a stance on anything ("discussed various bilateral issues",
#: "discussed ways to deepen cooperation").
GENERIC_TOPICS = {"issue", "matter", "way", "topic", "development", "question", "subject", "aspect", "area", "range",
                  "idea", "option", "possibility", "step", "thing", "situation", "relation", "tie", "cooperation"}
#: Verbs of speaking about something, which someone may decline to do ("declined to discuss the details").
SPEAKING_VERBS = {"discuss", "comment", "elaborate", "specify", "say", "confirm", "detail", "disclose", "address"}
#: Entity types that can hold a stance (a weapon or an agreement cannot).
ACTOR_TYPES = {"GPE", "NORP", "ORG", "PERSON"}
#: Nouns of a stance held, whose object is the target when it is reaffirmed or stated.
HELD_STANCES = {"commitment": "support", "support": "support", "backing": "support", "opposition": "oppose",
                "objection": "oppose", "veto": "oppose"}
#: Nouns of being resolved to do something ("reaffirmed their resolve to safeguard ..."), which
#: are no target themselves.
RESOLVE_NOUNS = {"resolve", "determination", "readiness", "willingness", "commitment", "intention", "pledge",
                 "promise", "desire", "wish"}
#: Nouns of ending what follows them ("an end to arms deliveries", "the lifting of sanctions", "a
#: freeze on settlements"): backing the ending opposes the thing ended, and opposing it backs it.
ENDING_NOUNS = {"end": ("to", "of"), "halt": ("to", "in", "on"), "stop": ("to",), "cessation": ("of",),
                "suspension": ("of",), "freeze": ("on", "of"), "moratorium": ("on",), "lifting": ("of",),
                "removal": ("of",), "cancellation": ("of",), "repeal": ("of",), "easing": ("of",),
                "rollback": ("of",), "scrapping": ("of",)}
#: Measures taken against a country ("sanctions on Russia", "an embargo against Cuba"): the stance
#: is on the measure, not on the country it is against.
MEASURE_NOUNS = {"sanction", "sanctions", "embargo", "tariff", "tariffs", "restriction", "restrictions", "ban", "curb",
                 "curbs", "penalty", "penalties", "boycott", "blockade", "levy", "duty", "duties"}
#: Money or help given to a country ("EU loans to Kyiv", "the EU's financial package for Ukraine"):
#: a stance on it is on the country that gets it, never on the one that gives it.
AID_NOUNS = {"aid", "assistance", "funding", "funds", "loan", "loans", "grant", "grants", "package", "credit",
             "credits", "financing", "tranche", "bailout"}
#: Objects of a verb of diplomatic relations ("normalised relations with Israel", "recalled its
#: ambassador from Australia", "lodged a protest with China"): the stance is on the country named
#: with them, never on the object itself.
RELATION_OBJECTS = {"relation", "relations", "tie", "ties", "ambassador", "envoy", "diplomat", "diplomats",
                    "protest", "adviser", "advisers", "attache", "trade", "airspace"}
#: A country's missions abroad, whose staff are its own ("the advisers at Pakistan's High Commission").
MISSIONS = {"embassy", "commission", "consulate", "mission", "legation"}
#: A country's own goods, which as a bare target name no one ("defend its sovereignty").
SELF_GOODS = {"sovereignty", "interests", "security", "territorial integrity", "integrity", "independence",
              "dignity", "national interests", "national security", "core interests", "territory", "homeland",
              "borders", "sovereign rights", "sovereign right", "land", "soil"}
#: Nouns of a kind of something, which a stance on the kind is on ("any form of interaction").
KIND_NOUNS = {"form", "forms", "kind", "kinds", "type", "types", "sort", "sorts"}
#: What a response may be made with that makes it a threat ("respond with full force").
FORCE_NOUNS = {"force", "strength", "might", "firmness", "means"}  # ("with all means at its disposal")
#: Nouns for a country's partners that name none ("stands with its ally").
UNNAMED_PARTNERS = {"ally", "partner", "friend", "neighbour", "neighbor"}
#: Nouns of two countries' bond ("deepen their strategic partnership").
PARTNERSHIP_NOUNS = {"partnership", "cooperation", "alliance", "friendship", "relationship", "bond", "bonds"}
#: Conflicts, whose sides are named after "with" or "between".
CONFLICT_NOUNS = {"war", "conflict", "dispute", "fighting", "hostility", "row", "standoff", "stand-off", "tension",
                  "confrontation", "feud", "clash"}
#: Texts put to a vote ("vetoed a UN resolution on Gaza"): the stance is on the text, not on the
#: body or country that drafted it.
MOTION_HEADS = {"resolution", "motion", "bill", "draft"}
#: A policy named after a country or a people is the policy ("our one China policy").
POLICY_HEADS = {"policy", "policies", "doctrine", "principle", "strategy"}
#: ... and so is an invitation ("opposed an invitation to NATO"): not a stance on the body one is
#: invited to. (A country's own act is the country's: "will not approve Finland's bid" opposes
#: Finland, "dissatisfaction with the US decision" the United States.)
STEP_HEADS = {"invitation", "invitations"}
LEAVE_VERBS = {"withdraw", "pull", "exit", "quit"}
#: Of these, those whose object is what is taken out ("withdraw troops"), not what is left.
PULLING_OUT_VERBS = {"withdraw", "pull"}
#: Verbs of handing something over ("sent tanks to Ukraine", "supplies drones to Russia") and
#: what, handed to a country, backs it: arms and aid (not troops, which may be an invasion).
SUPPLY_VERBS = {"supply", "send", "deliver", "provide", "ship", "transfer", "give", "sell", "donate", "gift"}
SUPPLIES = {"arms", "weapon", "weapons", "ammunition", "munitions", "shell", "shells", "missile", "missiles", "drone",
            "drones", "tank", "tanks", "jet", "jets", "fighter", "fighters", "aircraft", "system", "systems", "artillery",
            "rocket", "rockets", "howitzer", "howitzers", "vehicle", "vehicles", "equipment", "aid", "assistance",
            "loan", "loans", "funding", "grant", "grants", "interceptor", "interceptors"}
#: Verbs that voice a stance named by a noun ("expressed support for", "voiced concern over").
EXPRESS_VERBS = {"express", "voice", "register", "convey", "signal", "show", "extend", "declare", "pledge"}
#: Objects that are the subject itself ("distanced itself from the proposal").
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
#: Punitive steps promised ("vowed retaliation", "pledged countermeasures"): a threat.
PUNITIVE_NOUNS = {"countermeasure", "countermeasures", "retaliation", "response", "revenge", "reprisal", "reprisals",
                  "measure", "measures", "action", "sanction", "sanctions", "consequence", "consequences",
                  "punishment", "attack", "attacks", "strike", "strikes", "assault", "assaults", "raid", "raids",
                  "offensive", "bombardment"}
#: Punitive steps promised with a verb ("vowed to retaliate against ..."): a threat.
REPRISAL_VERBS = {"retaliate", "punish", "avenge"}
#: Acts of armed force: being ready, vowing or planning to do them to someone threatens them
#: ("ready to invade Taiwan by 2027", "vowed to strike the militia's bases").
FORCE_VERBS = {"invade", "attack", "strike", "bomb", "annex", "seize", "shell", "target"}
#: Verbs whose subject takes part in the talks they govern ("held talks with Japan").
TALKS_VERBS = {"hold", "have", "begin", "start", "resume", "open", "conduct", "launch", "continue", "enter",
               "join", "restart", "attend"}
#: Lemmas of buying and selling: heads of a phrase about a country's goods ("oil purchases from
#: Iran", "Iran's oil exports"), and what halting gives way on.
TRADE_WORDS = {"import", "purchase", "export", "buying", "supply", "shipment", "trade", "delivery", "sale"}
#: Trade the actor sends out, which halting restricts the other side on ("halted arms sales").
OUTGOING_TRADE = {"export", "sale", "delivery", "shipment"}
COMMODITIES = {"oil", "gas", "crude", "energy", "arms", "weapons", "equipment", "coal", "goods"}
FIRST_PLURAL = {"we", "us", "our"}
CONFIDENCE = {"verb": 0.7, "demand": 0.75, "threat": 0.75, "noun": 0.55, "negated": 0.6}


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, list[dict[str, str]]]:
    """lemma -> entries (particle, stance, action, negated stance)."""
    out: dict[str, list[dict[str, str]]] = {}
    with open(config.DATA_DIR / "stance_lexicon.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["lemma"], []).append(row)
    return out


@lru_cache(maxsize=1)
def noun_lexicon() -> dict[str, dict[str, str]]:
    with open(config.DATA_DIR / "stance_nouns.csv", newline="", encoding="utf-8") as fh:
        return {row["noun"]: row for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """country -> adjective (Iran -> Iranian), from the gazetteer's NORP rows."""
    gaz = default_gazetteer()
    return {e.country: e.name for e in gaz.entries.values() if e.type == "NORP" and e.country}


# ---------------------------------------------------------------------------------------------
# actors and targets

def _ents_in(entities: list[dict[str, Any]], s: int, e: int) -> list[tuple[int, dict[str, Any]]]:
    return sorted(((a, x) for x in entities for a, b in x["mentions"] if s <= a and b <= e), key=lambda ax: ax[0])


def _span_of(tok: Token) -> tuple[int, int]:
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
    s, e = _span_of(tok)
    s = past_dateline_text(text_of(tok.doc), s, e)  # ("BEIJING, July 24 (AFP) - European Union leaders": not Beijing)
    if low in ("he", "she", "it", "they"):
        return _speaker_as_pronoun(tok, att, entities)
    if low == "this":
        return None, None, ""
    # (not the items joined to it, each an actor of its own: "the G7, the EU and Australia")
    joined = [_span_of(c) for c in tok.rights if c.dep_ == "conj"]
    hits = [(a, x) for a, x in _ents_in(entities, s, e) if not any(c0 <= a < c1 for c0, c1 in joined)]
    if tok.lemma_.lower() in UNOFFICIAL_HEADS:
        return None, None, ""  # "Chinese experts slam ...": they speak for no government
    if tok.lemma_.lower() in AGREEMENT_HEADS:
        return None, None, ""  # "The treaty limiting the arsenals of Russia and the US expired": no one
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
            a, b = _span_of(c)
            hits = [(x0, x) for x0, x in hits if not a <= x0 < b]
    if tok.lemma_.lower() in RELATION_HEADS:  # "the two U.S. allies", "Russia's neighbours": not its voice
        hits = [(a, x) for a, x in hits if a > tok.idx or x["type"] not in ("GPE", "NORP")]
    several = _heads_of_several(tok, entities) if tok.tag_ in ("NNS", "NNPS") else None
    if several is not None:  # "the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan": each of them
        return several, None, "the several named"
    named = _party_named_for_a_country(tok, hits)
    if named is not None:  # "The opposition Alternative for Germany (AfD) has called for ...": the party
        return named["name"], named["id"], "organisation"
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
    body = _body_named_before(tok, s, entities) if not hits else None
    if body is not None:  # "the group" after Hamas, "the bloc" after ECOWAS
        return entity_country(body) or body["name"], body["id"], "the body named before"
    return None, None, ""


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
    for _, x in sorted(_ents_in(entities, *_span_of(of)), key=lambda ax: ax[0]):
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
    after_head = [_span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")]
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


#: Prepositions of where a thing is or runs ("the militia in Yemen", "a corridor through
#: Armenia", "drills off Taiwan"): a place there is no stance on.
PLACE_PREPS = {"in", "at", "near", "inside", "across", "through", "along", "via", "off", "around"}
#: Heads of talks and truces, which are what a stance on them is about, not the parties they
#: name ("backs talks between Iran and the United States", "rejects a ceasefire with Hamas").
TALKS_HEADS = {"talks", "negotiations", "negotiation", "dialogue", "ceasefire", "truce", "armistice"}


def _with_force(v: Token) -> bool:
    """Whether a verb is done "with (full) force" ("will respond to any aggression with full force",
    the "with" on the verb or, as the parser often hangs it, on its object)."""
    obj = _object(v)
    return any(g.lemma_.lower() in FORCE_NOUNS or g.lower_ in FORCE_NOUNS
               for c in [*v.children, *(obj.children if obj is not None else ())]
               if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj")


def _a_good_of_its_own(name: str) -> bool:
    """Whether a target named in words is one's own good ("its sovereignty", "the sovereignty and
    territorial integrity of the country at all costs", "every inch of its territory")."""
    low = re.sub(r"^(?:the|its|their|our|his|her|every inch of its|every inch of our)\s+", "", name.lower().strip())
    low = re.split(r"\s+(?:of (?:the|our|its) (?:country|nation|state|homeland|motherland)|at all costs)\b", low)[0]
    parts = [part.strip() for part in re.split(r",|\band\b", low) if part.strip()]
    return low in SELF_GOODS or bool(parts) and all(part in SELF_GOODS for part in parts)


def target_of(tok: Token, entities: list[dict[str, Any]], goods: bool = True) -> tuple[str, str | None] | None:
    """Canonical target of a noun phrase headed by ``tok``: a weapon, agreement or law named in
    it, else a country, else an issue ('Iranian oil', 'CAATSA waiver'), else the phrase (up to
    what it is accused of: "its members" of "accused its members of stoking confrontation")."""
    kind_of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None) if tok.lemma_.lower() in KIND_NOUNS else None
    if kind_of is not None:  # "any form of official interaction between ...": the interaction
        return target_of(kind_of, entities, goods)
    s, e = _span_of(tok)
    end = _np_end(tok)
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
    hits = _ents_in(entities, s, e)
    # where the thing is is not what it is: "the militia in Yemen" is no stance on Yemen
    places = [_span_of(c) for c in tok.subtree if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    head_words = {tok.lemma_.lower(), tok.lower_}
    # an unnamed deal is the deal, not the country it is with: "a defence pact with the United States"
    tiers = [("WEAPON", "AGREEMENT"), ("LAW",)]
    if tok.lemma_.lower() in HARM_NOUNS:
        # a harm done to a people is the harm, not them: "opposes any forced displacement of the
        # Palestinian people" (but "Russian annexation" is Russia's)
        patients = [_span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"]
    elif tok.lemma_.lower() in MEASURE_NOUNS or tok.lower_ in MEASURE_NOUNS:
        # so too a measure against a country: "backed new sanctions on Russia" backs the sanctions
        patients = [_span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("on", "against")]
    elif (tok.lemma_.lower() in AID_NOUNS or tok.lower_ in AID_NOUNS) and not any(
            c.lower_ in MEASURE_NOUNS for c in tok.lefts):
        # the donor is not the target: "opposed further EU loans to Kyiv" (but a "sanctions
        # package against Russia" is a measure)
        patients = [_span_of(c) for c in tok.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")]
    elif tok.lemma_.lower() in CONFLICT_NOUNS:
        # a conflict's sides are not what a stance on it is on: "the end of the trade dispute with China"
        patients = [_span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    elif head_words & TRADE_WORDS or tok.lemma_.lower() in TRADE_WORDS:
        # and goods sent to a country: "opposed arms deliveries to Ukraine" (not Ukraine's arms)
        patients = [_span_of(c) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "to"]
    else:
        patients = []
    # the doer of an act named by a noun is not what a stance on the act is on: "welcomed the
    # release of the hostages by Hamas"; nor are those it is between: "opposes any official
    # interaction between the US and Taiwan"
    patients += [_span_of(c) for c in tok.rights if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    if tok.lemma_.lower() in CLAIM_NOUNS:  # "rejected unfounded accusations over Ukraine": the accusations
        patients += [_span_of(c) for c in tok.rights
                     if c.dep_ == "prep" and c.lower_ in ("over", "about", "regarding", "on")]
    patients += [_span_of(c) for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "between"]
    talks_of_others = tok.lower_ in TALKS_HEADS and not (
        tok.lower_ not in TRUCE_HEADS and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.rights))
    if not talks_of_others and not any(tok.lemma_.lower() in heads
                                       for heads in (AGREEMENT_HEADS, MOTION_HEADS, POLICY_HEADS, STEP_HEADS)):
        # ("supports the talks between Iran and the United States": the talks, not Iran; but
        # "open to talks with Tehran" is Iran, the other side; "our one China policy" is the policy)
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
    body = _body_named_before(tok, s, entities) if not hits else None
    if body is not None:  # "accusing the regional bloc of ..." after ECOWAS: ECOWAS
        return body["name"], body["id"]
    text = _without_possessive(text_of(tok.doc)[s:e])
    if not text or len(text.split()) > 8:
        # the words up to the head: "a defence pact" of "a defence pact with ..., which ..."
        text = _without_possessive(text_of(tok.doc)[tok.left_edge.idx : tok.idx + len(tok.text)])
        if len(text.split()) > 8:
            text = tok.text
    # the words without quotation marks ('seeking "regime change"', 'welcomed "any steps" towards peace')
    return re.sub(r"\s+", " ", re.sub(r"[\"“”«»]", "", text)).strip("‘’' ") or tok.text, None


def _thing_it_stands_for(tok: Token) -> Token | None:
    """The thing an object "it" stands for, when its own sentence names one before it as an
    object: "Washington condemned the launch, with the State Department calling it a violation"
    (the launch). None for any other word, or with no such thing (a country or a person is no
    "it" here, and one named in an earlier sentence is left alone)."""
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
    the truce took effect, calling it a violation"), or an object in a clause of time or cause
    ("killed two men after they crossed the line, calling it ...")."""
    verb = t.head.head if t.dep_ == "pobj" else t.head
    return (t.lemma_.lower() in _SET_PHRASE_NOUNS and t.dep_ == "dobj") or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children))


def _object(v: Token) -> Token | None:
    """What a stance word is about (for a relative pronoun, what it stands for: "a ceasefire,
    which Russia refused to accept"); see ``_own_object``."""
    obj = _own_object(v)
    if obj is not None and obj.tag_ in ("WDT", "WP"):
        clause = next((a for a in [v, *v.ancestors] if a.dep_ == "relcl"), None)
        return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None
    if obj is not None and obj.lemma_.lower() in BATCH_NOUNS:
        # "adopted a 14th package of sanctions against Russia": the sanctions
        of = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return of
    if obj is not None and obj.ent_type_ == "MONEY":
        # "pledged to invest $550 billion in the United States": where it goes, not the sum
        return next((g for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                     for g in c.children if g.dep_ == "pobj"), None)
    return obj


def _gloss_object(v: Token, obj: Token) -> bool:
    """Whether an object set after a comma, past a phrase of the verb's own, is the writer's gloss
    the parser hung on the verb ("have agreed on a patrolling arrangement ..., a breakthrough that
    could end ..."), not what the verb is done to."""
    doc = v.doc
    return obj.i > v.i and doc[obj.left_edge.i - 1].text == "," and any(
        c.dep_ == "prep" and v.i < c.i < obj.i and any(g.dep_ == "pobj" for g in c.children) for c in v.children)


def _own_object(v: Token) -> Token | None:
    """What a stance word governs: its object, else the object of its preposition ("opposes
    sanctions", "insists on the deal", "withdrew from the treaty"; not "bought from Russia"), else
    its indirect object; never a date ("on Tuesday")."""
    for c in v.children:
        if c.dep_ in ("dobj", "attr") and c.ent_type_ not in NOT_TARGETS \
                and not (c.lower_ in REFLEXIVES and v.lemma_.lower() == "distance") and not _gloss_object(v, c):
            return c  # (not "itself" of "distanced itself from the proposal")
    if v.lemma_.lower() == "vote":  # "voted with Russia against the text": what one votes for or against
        voted = next((g for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "against")
                      for g in c.children if g.dep_ == "pobj"), None)
        if voted is not None:
            return voted
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            # "voted in favour of the resolution": what it is in favour of
            favour = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in ("favour", "favor")), None)
            of = next((g for d in (favour.children if favour is not None else []) if d.dep_ == "prep"
                       and d.lower_ == "of" for g in d.children if g.dep_ == "pobj"), None)
            if of is not None:
                return of
    for c in v.children:
        if c.dep_ == "prep" and (c.lower_ in ("on", "against", "to", "with", "for", "about", "over", "of")
                                 or (c.lower_ == "from" and v.lemma_.lower() in LEAVE_VERBS | {"distance"})
                                 or (c.lower_ == "by" and v.lemma_.lower() == "abide")):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ not in NOT_TARGETS and not (c.lower_ == "for" and g.lower_ == "part") \
                        and not (c.lower_ == "with" and (g.lemma_.lower() in FORCE_NOUNS or g.lower_ in FORCE_NOUNS)):
                    return g  # (not "for their part", nor "with all means": how, not what)
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "out" and v.lemma_.lower() in LEAVE_VERBS:
            # "pulled out of the whaling convention" (the parser makes "out" a preposition)
            of = next((g for d in c.children if d.dep_ == "prep" and d.lower_ == "of" for g in d.children
                       if g.dep_ == "pobj" and g.ent_type_ not in NOT_TARGETS), None)
            if of is not None:
                return of
    for c in v.children:
        if c.dep_ == "dative":
            return c
    for c in v.children:
        # "rejected what he called politically motivated attempts to impose sanctions": what he named
        # (only "called": "rejected what it termed \"irresponsible\" remarks by ... about Azad Jammu and
        # Kashmir" would target the place the remarks were about)
        if c.dep_ == "ccomp" and c.lemma_ == "call" and names_something(c):
            return next((g for g in c.children if g.dep_ == "oprd" and g.pos_ in ("NOUN", "PROPN")), None)
    return None


#: Nouns of asking someone to act ("pressure on India to stop ...", "calls for Israel to withdraw").
DEMAND_NOUNS = {"pressure", "demand", "call", "request", "plea", "appeal", "push", "ultimatum"}


def _for_doer(v: Token) -> Token | None:
    """The "X" of "for X to do" right before an infinitive the parser hung elsewhere ("protocols
    for Finland and Sweden to join NATO"), or None."""
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == v.i - 1), None)
    if to is None or to.i == 0:
        return None
    before = v.doc[to.i - 1]
    first = before
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first if first.dep_ == "pobj" and first.head.lower_ == "for" and first.pos_ in ("PROPN", "NOUN") else None


def _subject(v: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs on; of two before it, the nearer
    ("MONTEVIDEO, Dec 6 (Wire) - Brazil's President ... urged": the parser makes the dateline
    a subject too)."""
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < v.i]
    if len(before) > 1:
        return before[-1]
    if subjects and subjects[0].tag_ in ("WDT", "WP") and v.dep_ == "relcl" and v.head.pos_ == "PROPN" \
            and subjects[0].dep_ == "nsubj":
        return v.head  # "Washington, which has sought closer ties with New Delhi": Washington
    if subjects:
        return subjects[0]
    doer = _for_doer(v)
    if doer is not None:  # "the accession protocols for Finland and Sweden to join NATO": Finland and Sweden
        return doer
    lead = list_lead(v)
    if lead is not None:  # "The Ministers: • condemned terrorism ...": the list's lead
        return lead
    if v.dep_ in ("conj", "xcomp", "advcl", "acomp") and v.head is not v:
        return _subject(v.head)
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        text = v.head
        if text.lemma_.lower() in ADOPTED_TEXTS and text.dep_ == "dobj" and text.head.lemma_.lower() in ADOPTING_VERBS:
            return _subject(text.head)  # "The General Assembly adopted a resolution demanding ...": the assembly
        return text  # "a draft resolution calling for a ceasefire": the draft calls, not the speaker
    if v.dep_ == "acl" and v.head.lemma_.lower() in DEMAND_NOUNS:
        return None  # "US pressure on India to stop buying oil": an act only asked for, by no one yet
    if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        # "Sweden's bid to join NATO": whose bid it is, not the one who will not approve it; but
        # one's own chance, decision or measures ("had the chance to discuss with Prime Minister
        # Modi", "introduced a number of measures to pressure the Turkish government")
        noun = v.head
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        if poss is None and noun.lemma_.lower() in OWN_ACT_NOUNS and held.dep_ == "dobj":
            return _subject(held.head)
        return poss or noun
    if v.dep_ == "pcomp" and v.head.lower_ == "of":
        # "accused Washington of seeking regime change": the one accused does it (the parser may
        # hang the "of" on the one accused: "accused the agency of siding with Israel")
        above = v.head.head
        if above.dep_ == "dobj" and above.head.pos_ == "VERB":
            return above
        return next((c for c in above.children if c.dep_ == "dobj"), None)
    if v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ == "VERB":
        # "accused Washington of destroying arms control by withdrawing from the treaty": the
        # one who did what it was done by
        return _subject(v.head.head)
    if v.dep_ == "pcomp" and v.head.lower_ == "for" and v.head.head.pos_ == "VERB":
        # "praised Seoul for imposing sanctions", "censured Hungary for blocking the aid": the
        # one praised or blamed did it, not the one who judges
        obj = next((c for c in v.head.head.children if c.dep_ == "dobj" and c.i < v.i), None)
        if obj is not None:
            return obj
    return None


def _negated(v: Token) -> bool:
    """"did not sign", "will never recognise", what is set aside for something else ("to
    abstain rather than veto the plan", "instead of joining the talks") and what is warned or
    argued against ("warned Kazakhstan against joining Western sanctions"), and what is denied,
    failed, avoided or refrained from ("denied supplying weapons to Russia", "failed to comply",
    "avoids condemning Russia", "refrained from naming it")."""
    before = v.doc[max(0, v.i - 3) : v.i]
    return any(c.dep_ == "neg" for c in v.children) or any(t.lower_ in ("not", "never", "cannot", "n't")
                                                           for t in before) \
        or any(a.lower_ == "rather" and b.lower_ == "than" or a.lower_ == "instead" and b.lower_ == "of"
               for a, b in zip(before, before[1:])) \
        or (v.dep_ == "pcomp" and v.head.lower_ == "against") \
        or (v.dep_ in ("xcomp", "ccomp") and v.tag_ == "VBG" and v.head.lemma_.lower() == "deny") \
        or (v.dep_ == "xcomp" and v.head.lemma_.lower() in ("fail", "avoid", "refrain")) \
        or (v.dep_ == "pcomp" and v.head.lower_ == "from" and v.head.head.lemma_.lower() in ("refrain", "abstain"))


def _particle(v: Token) -> set[str]:
    """The words after a verb that pick its row in the stance lexicon: a particle, an adverb or
    adjective, its object, and what it takes something for ("considers NATO a threat", "regards
    it as a threat")."""
    words = {c.lower_ for c in v.children if c.dep_ in ("prt", "acomp", "advmod", "dobj", "oprd")}
    # ("warned the West against sending missiles": "against" a doing, past the object)
    words |= {c.lower_ for c in v.children if c.dep_ == "prep" and c.lower_ == "against"
              and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)}
    return words | {g.lower_ for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pobj"}


def _batched(v: Token) -> list[Token]:
    """What a batch a verb governs is of ("sanctions" of "adopted a 14th package of sanctions")."""
    return [g for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in BATCH_NOUNS
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _restrictive(t: Token) -> bool:
    """'restrictive measures', the EU's word for sanctions."""
    return t.lemma_.lower() == "measure" and any(c.lower_ == "restrictive" for c in t.lefts)


def _entry(v: Token, vlex: dict[str, list[dict[str, str]]]) -> dict[str, str] | None:
    """The stance lexicon's row for a verb as used here: the one with its particle ("give up",
    "stand firm") when that follows it, is its object ("summoned a senior Chinese diplomat") or
    its object's complement ("held Washington responsible"), its preposition ("voted with Russia
    against") or what a batch it governs is of ("adopted a package of restrictive measures"),
    else the plain one; None if the verb is not listed."""
    entries = vlex.get(v.lemma_.lower(), [])
    parts = _particle(v) | {t.lower_ for t in v.doc[v.i + 1 : v.i + 3]} | {
        g.lower_ for c in v.children if c.dep_ == "dobj" for g in c.rights if g.dep_ in ("amod", "oprd")} | {
        c.lower_ for c in v.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ == "ADJ"} | {
        c.lower_ for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "against")} | {
        "sanctions" if _restrictive(o) else o.lower_ for o in _batched(v)} | {
        c.lower_ for c in v.children if c.dep_ == "dobj"}
    return next((x for x in entries if x["particle"] and x["particle"] in parts), None) or \
        next((x for x in entries if not x["particle"]), None)


# ---------------------------------------------------------------------------------------------
# extraction

class _Finder:
    """What the patterns below share while they read one article: its Doc, entities,
    attributions and lexicons, the positions found so far and the verbs already read as part of
    another's position."""

    def __init__(self, doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> None:
        self.doc = doc
        # agreements found by name or description but not in the gazetteer stand as entities of
        # their own, so that a stance on "the signing of the Memorandum of Understanding on
        # Maritime Security" is on the memorandum, not on a name inside it
        # ... and so do those the gazetteer's name does not fit ("a so-called 123 agreement" in a story
        # on Saudi Arabia is not India's and the United States'): the mention is theirs, not the entity's
        named = {x["id"]: x["name"] for x in records.get("entities", []) if x["type"] == "AGREEMENT"}
        own = [a for a in records.get("agreements", []) if a.get("mentions")
               and (a.get("entity_id") is None or a["entity_id"] in named and a["name"] != named[a["entity_id"]])]
        taken = {tuple(m) for a in own for m in a["mentions"]}
        self.entities = [
            dict(x, mentions=[m for m in x["mentions"] if tuple(m) not in taken]) if x["type"] == "AGREEMENT" else x
            for x in records.get("entities", [])] + [
            {"id": None, "name": a["name"], "type": "AGREEMENT", "mentions": [list(m) for m in a["mentions"]],
             "country": None, "role": None} for a in own]
        self.atts = records.get("attributions", [])
        self.author = statement_author(doc, records.get("entities", []))
        outlet = getattr(article, "outlet", None)
        outlet_entry = default_gazetteer().by_name(outlet) if outlet else None
        self.outlet_country = outlet_entry.country if outlet_entry else None
        self.vlex, self.nlex = verb_lexicon(), noun_lexicon()
        self.found: list[dict[str, Any]] = []
        self.used: set[int] = set()

    def att_at(self, pos: int) -> dict[str, Any] | None:
        """The attribution whose content holds the character at ``pos``; of several, the innermost
        ("Marles said a review concluded that it should proceed": the review's)."""
        holding = [(ce - cs, k, a) for k, a in enumerate(self.atts) for cs, ce in content_spans(a) if cs <= pos < ce]
        return min(holding, key=lambda x: x[:2])[2] if holding else None

    def emit(self, actor_tok: Token | None, actor: tuple | None, target: tuple | None, stance: str, action: str,
             ev_tokens: list[Token], how: str, conf: float) -> None:
        """Record a position: the actor is ``actor`` or the country of ``actor_tok`` (or, with
        neither, of the speaker of the quote around the evidence); none without actor or target."""
        if not target or not target[0] or (target[1] is None and _a_good_of_its_own(target[0])):
            return  # ("vowed to defend its sovereignty": a good of no one named)
        att = self.att_at(ev_tokens[0].idx)
        if actor is None and actor_tok is not None:
            actor = actor_country(actor_tok, self.entities, att, self.outlet_country)
            if not actor[0] and (actor_tok.lower_ in ("he", "she", "we") or actor_tok.pos_ in ("NOUN", "PROPN")):
                # "He warned against unilateral measures", "We strongly condemn the attack", "The
                # Prime Ministers condemned the attack": the subject is itself a source, and
                # sourcing has told whose side it speaks for (a "we" or a plural may speak for
                # several: each takes the stance)
                plural = actor_tok.lower_ == "we" or actor_tok.tag_ in ("NNS", "NNPS")
                own = next((a["source"] for a in self.atts if a.get("source")
                            and a["source"]["start"] <= actor_tok.idx < a["source"]["end"]
                            and a["source"]["start"] == actor_tok.left_edge.idx
                            and a["source"].get("side") and (JOINT not in a["source"]["side"] or plural)), None)
                if own is not None:
                    actor = (own["side"], own.get("entity_id"), "the side sourcing gives the subject")
        elif actor is None and att is not None:
            # no subject inside a quote ("Just cannot wish away ..."): the speaker's side
            actor = actor_country(None, self.entities, att, self.outlet_country)
        elif actor is None and self.author is not None and self.author[2]:
            # no subject in a statement that names its author ("Communique of the ... Peace and
            # Security Council ... 1. Strongly condemns the offensive ..."): the author's
            actor = (self.author[2], self.author[1] if JOINT not in self.author[2] else None, "the statement's author")
        if not actor or not actor[0] or actor[0] == target[0]:
            return
        body = next((x for x in self.entities if x["id"] == target[1]), None) if target[1] else None
        if body is not None and body["type"] == "ORG" and entity_country(body) == actor[0]:
            return  # "U.S. diplomats warned the State Department": a country's own body is no foreign target
        if JOINT in actor[0]:  # "We, the Foreign Ministers of France, Germany and ...": each of them
            for country in actor[0].split(JOINT):
                self.emit(None, (country, None, actor[2]), target, stance, action, ev_tokens, how, conf)
            return
        sent = sent_of(ev_tokens[0])
        text = text_of(self.doc)
        if asks(text[sent.start_char:sent.end_char]):
            return  # "Would Ukraine agree to a ceasefire along the front line?" takes no stance
        s = max(sent.start_char, min(t.idx for t in ev_tokens))
        e = min(sent.end_char, max(t.idx + len(t.text) for t in ev_tokens))
        s = past_dateline_text(text, s, e)  # not "Mexico City, Feb 3 (EFE).- Mexican President ..."
        while e > s and text[e - 1] in " ,.;\n\t":
            e -= 1
        self.found.append({
            "actor": {"name": actor[0], "entity_id": actor[1]},
            "target": {"name": target[0], "entity_id": target[1]},
            "stance": stance,
            "action": action,
            "evidence": {"text": text[s:e], "start": s, "end": e},
            "attribution_id": att["id"] if att else None,
            "confidence": conf if "inferred" not in (actor[2] or "") else round(conf * 0.6, 2),
            "rule": how,
            "actor_basis": actor[2],
        })


class _StanceWord(NamedTuple):
    """A verb (or adjective) of the stance lexicon as this sentence uses it."""
    v: Token
    entry: dict[str, str]
    lemma: str
    subj: Token | None
    negated: bool
    stance: str
    action: str
    first: Token  # where its evidence starts
    xcomp: Token | None  # the infinitive (or a demand's that-clause) it governs
    obj: Token | None
    agent: Token | None = None  # who does it, for a passive ("was backed by France")


#: The action a stance reached by turning or stopping another takes ("will not accept": REJECT).
ACTION_OF_STANCE = {"support": "SUPPORT", "oppose": "REJECT", "concede": "YIELD"}
#: What one is left with ("left us no choice"), which "leave" does not give up.
_NO_WAY_OUT = {"choice", "option", "alternative", "room", "way"}


def _stance_word(v: Token, f: _Finder) -> _StanceWord | None:
    """``v`` read as a stance word, or None: not in the lexicon, in a condition, negated where the
    lexicon gives no turned stance, or a demand that is none ("will call on the Prime Minister",
    "a spokesperson, asked about the plans")."""
    if v.pos_ not in ("VERB", "AUX", "ADJ") or v.lemma_.lower() not in f.vlex or v.i in f.used or talks_misread(v) \
            or purpose_of_terms(v) or (v.lemma_.lower() in SPEAKING_VERBS and v.head.lemma_.lower() == "decline"):
        return None  # ("spoke on condition of anonymity to discuss the talks", "declined to discuss the
        # details": no talks held)
    entry = _entry(v, f.vlex)
    if entry is None or _conditional(v):
        return None  # ("new sanctions if Moscow did not agree to a ceasefire": no stance taken)
    if v.dep_ == "acl" and v.head.lemma_.lower() in CAPACITY_NOUNS:
        return None  # "degrading the Houthis' ability to threaten shipping": what one can do, not a stance
    subj = _subject(v)
    negated = _negated(v)
    stance, action = entry["stance"], entry["action"]
    if negated:
        if not entry["negated"]:
            return None
        stance = entry["negated"]
        action = ACTION_OF_STANCE.get(stance, action)
    xcomp = next((c for c in v.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))), None)
    if v.lemma_.lower() == "tell" and xcomp is None:
        return None  # "told reporters that ...": only "told Britain to stop meddling" is a demand
    if xcomp is None and entry["action"] == "DEMAND":
        # "pressure the Turkish government into cancelling the purchase": what it is pushed into
        xcomp = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "into"
                      for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if xcomp is None and entry["action"] == "DEMAND":
        # "demanded that Washington lift restrictions on chip sales": what is demanded (and with
        # no "that", a bare verb: "demands Russia withdraw from Ukraine")
        xcomp = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and (c.tag_ == "VB" or any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children))), None)
    obj = _object(v)
    if v.lemma_.lower() == "leave" and any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _NO_WAY_OUT
                                            for c in v.children):
        return None  # "Iran has left us no choice": what one is left with, not what one leaves
    if v.lemma_.lower() == "welcome" and obj is not None and (obj.ent_type_ == "PERSON" or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in v.children)):
        return None  # "welcomed Philippine Defense Secretary Teodoro to the Pentagon": a host's welcome
    if entry["particle"] == "on" and action == "DEMAND" and xcomp is None:
        return None  # "will call on the Prime Minister" is a visit; "called on India to stop ..." a demand
    if action == "DEMAND" and (any(c.dep_ == "auxpass" for c in v.children)
                               or (v.tag_ == "VBN" and v.dep_ in ("advcl", "acl"))):
        # "a spokesperson, asked about the plans, ...": the one asked demands nothing (nor takes
        # the stance of what they are asked to do: "voters were asked to approve a new state")
        f.used.update(c.i for c in v.children if c.dep_ == "xcomp")
        return None
    if action == "DEMAND" and obj is not None and obj.head.lower_ == "about":
        return None  # "asked about the plans" is a question, not a demand
    if v.lemma_.lower() == "commit" and obj is not None and obj.dep_ == "dobj":
        return None  # "had committed genocide": a crime done, no commitment
    first = _evidence_start(v, subj)
    agent = _agent(v)
    if agent is not None and subj is not None and subj.dep_ == "nsubjpass":
        # "Sanctions were imposed on Russia by the EU", "The resolution was backed by France":
        # the agent takes the stance, on what it is taken on
        subj, obj = agent, obj if obj is not None and obj.dep_ != "nsubjpass" and obj.head.lower_ != "by" else subj
    else:
        agent = None
        if subj is not None and subj.dep_ == "nsubjpass" and action == "ACCUSE":
            return None  # "Both sides have been accused of atrocities": who accuses them is not said
    return _StanceWord(v, entry, v.lemma_.lower(), subj, negated, stance, action, first, xcomp, obj, agent)


def _agent(v: Token) -> Token | None:
    """Who does what a passive verb says ("France" of "was backed by France", and of "was backed
    by Japan and opposed by France"), or None."""
    if not any(c.dep_ == "auxpass" for c in [*v.children, *(v.head.children if v.dep_ == "conj" else [])]):
        return None
    return next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _demanding_speaker(f: _Finder, v: Token) -> tuple[str, str | None, str] | None:
    """The actor for what the speaker around ``v`` says someone should or must do: the one side
    the speaker speaks for, or None (respondents of a poll, a joint statement)."""
    src = (f.att_at(v.idx) or {}).get("source") or {}
    if not src.get("side") or JOINT in src["side"]:
        return None
    return src["side"], src.get("entity_id"), "the source, who demands it"


def _demand(f: _Finder, w: _StanceWord) -> bool:
    """'pressurizing India to stop the deal', 'urged India not to buy Russian oil': the stance
    of what is asked for. True when the word is read (a position found, or none to find)."""
    if w.action != "DEMAND" or w.xcomp is None:
        return False
    speaker = None
    if _obliged(w.v):
        # "38 percent said Germany should push Kyiv to negotiate": what the subject is told to
        # demand is the speaker's position, if the speaker speaks for a side, else no one's
        speaker = _demanding_speaker(f, w.v)
        if speaker is None:
            # (nor are the doings asked for anyone's: not "Germany negotiates with Russia")
            f.used.update(t.i for t in w.xcomp.subtree if t.pos_ == "VERB")
            return True

    def emit(inner_obj: Token, st: str) -> None:
        for actor_tok in [None] if speaker else _actors(w.subj):
            f.emit(actor_tok, speaker, target_of(inner_obj, f.entities), st, w.action,
                   [w.first, w.v, _np_end(inner_obj)], "demand", CONFIDENCE["demand"])

    sent_away = w.obj if w.obj is not None and w.obj.dep_ == "dobj" else next(
        (c for c in w.xcomp.children if c.dep_ == "nsubj"), None)
    if sent_away is not None and w.xcomp.lemma_.lower() in DEPARTING_VERBS | LEAVE_VERBS \
            and (sent_away.lemma_.lower() in FORCES_NOUNS or sent_away.ent_type_ in ("GPE", "NORP", "ORG")):
        # "ordered French troops to leave the country", "demands that the M23 withdraw from all
        # areas it occupies": against those sent away, not the place
        f.used.add(w.xcomp.i)
        emit(sent_away, "oppose")
        return True
    if w.xcomp.lemma_.lower() in DEPARTING_VERBS:
        f.used.add(w.xcomp.i)
        return True  # "urged Americans to leave Lebanon": a warning, no stance on the place
    if w.xcomp.lemma_.lower() in THINKING_VERBS:
        f.used.add(w.xcomp.i)
        return True  # "urged Japan to reflect on its history of aggression": no stance on the history
    meddling = next((c for c in w.xcomp.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"
                     and c.lemma_.lower() in MISCONDUCT_VERBS and not any(g.dep_ == "dobj" for g in c.children)),
                    None) if w.xcomp.lemma_.lower() in STOP_VERBS else None  # (not "stop hyping the threat")
    if meddling is not None and w.obj is not None and w.obj.dep_ == "dobj":
        # "told Britain to stop meddling in Hong Kong": against the one told to stop
        f.used.update({w.xcomp.i, meddling.i})
        emit(w.obj, "oppose")
        return True
    coerced = _coerced(w.xcomp, f.vlex)
    if coerced is not None:  # "called on the international community to impose sanctions on Kigali"
        f.used.add(w.xcomp.i)
        emit(coerced, "oppose")
        return True
    punished = _brought_to_account(w.xcomp)
    if punished is not None:  # "called for the perpetrators of the attack to be brought to justice"
        f.used.add(w.xcomp.i)
        for actor_tok in [None] if speaker else _actors(w.subj):
            f.emit(actor_tok, speaker, target_of(punished, f.entities), "oppose", w.action,
                   [w.first, w.v, w.xcomp.right_edge], "demand", CONFIDENCE["demand"])
        return True
    inner_obj = _object(w.xcomp)
    ended = _ended(inner_obj) if inner_obj is not None else None
    if ended is not None:  # "called on the international community to put an end to these violations"
        f.used.add(w.xcomp.i)
        emit(ended, "oppose")
        return True
    stopped = _stopped_doing(w.xcomp, f.vlex)
    if inner_obj is None and stopped is not None:
        # "urged India to stop buying Russian oil" opposes the oil; "... to stop blaming China" does not
        # oppose China: the stance of the doing, turned
        doing, inner_obj, st = stopped
        f.used.update({doing.i, w.xcomp.i})  # (buying it, or stopping, is no stance of the one who asks)
        emit(inner_obj, st)
        return True
    if inner_obj is not None:
        # what is asked for has a stance of its own: "to block the exports" opposes them,
        # "to give up the oil" (conceding it) too
        pressing = w.lemma in ("pressurize", "pressurise", "pressure")
        f.used.add(w.xcomp.i)
        if inner_obj.lemma_.lower() in ATTENTION_NOUNS:
            # "urged the world to take notice of India's hostile rhetoric": heed asked for is no
            # stance on what is to be heeded
            return True
        emit(inner_obj, _stance_of_doing(w.xcomp, f.vlex, default="oppose" if pressing else "support"))
        return True
    # "urged member states to stand together", "call on China not to conduct ...": those urged are
    # no target of it
    return w.obj is not None and (w.obj.dep_ == "dobj" or w.obj.dep_ == "pobj" and w.obj.head.lower_ in ("on", "upon"))


#: Verbs whose stance is only that of what they order done ("ordered the troops to leave").
ORDERING_VERBS = {"order"}
#: Verbs of intending, whose stance is only that of the doing intended ("plans to buy the S-400").
INTENT_VERBS = {"plan"}
#: Verbs of going away ("ordered the troops to leave") and who may be sent away.
DEPARTING_VERBS = {"leave", "depart", "go"}
FORCES_NOUNS = {"troop", "troops", "soldier", "soldiers", "force", "forces", "diplomat", "diplomats", "envoy",
                "ambassador", "personnel", "contingent", "mission", "staff", "peacekeeper", "peacekeepers", "rebel",
                "rebels", "militant", "militants", "fighter", "fighters", "militia", "militias"}
#: Nouns of a place one may leave ("leave the country").
PLACE_NOUNS = {"country", "region", "territory", "city", "capital", "area", "island", "islands", "state", "zone",
               "premises", "building", "port", "airport", "border"}
#: Places and posts whose leaving takes no stance on them ("has refused to leave office").
LEFT_POSTS = PLACE_NOUNS | {"office", "post", "power"}


#: Verbs of conduct that one is told to stop, with nothing it is done to, against the one told
#: ("stop meddling in Hong Kong").
MISCONDUCT_VERBS = {"meddle", "interfere", "provoke", "harass", "intimidate", "spy", "obstruct", "undermine",
                    "destabilise", "destabilize", "incite", "smear", "slander", "hype"}
#: Verbs of thinking something over, which asked of someone take no stance on what is thought of.
THINKING_VERBS = {"reflect", "think", "ponder", "contemplate", "mull", "consider", "weigh", "study", "examine"}
#: Nouns of heeding something ("take notice of", "take note of", "pay attention to").
ATTENTION_NOUNS = {"notice", "note", "attention", "cognizance", "cognisance", "heed", "account", "stock"}


def _coerced(v: Token, vlex: dict[str, list[dict[str, str]]]) -> Token | None:
    """Whom a coercive act is done to ("Kigali" of "impose sanctions on Kigali"), when ``v`` is
    one ("impose", "tighten sanctions"); else None."""
    if (_entry(v, vlex) or {}).get("stance") != "threaten" or _negated(v):
        return None
    return next((g for c in [*v.children, *(g for o in v.children if o.dep_ == "dobj" for g in o.children)]
                 if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"), None)


def _brought_to_account(v: Token) -> Token | None:
    """Who is to be brought to justice or held accountable ("the perpetrators" of "for the
    perpetrators to be brought to justice"), or None."""
    lemma = v.lemma_.lower()
    to_justice = lemma == "bring" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.lower_ == "justice" for g in c.children) for c in v.children)
    accountable = lemma == "hold" and any(c.lower_ in ("accountable", "responsible") for c in v.children)
    if not (to_justice or accountable):
        return None
    return next((c for c in v.children if c.dep_ in ("nsubjpass", "dobj")), None)


#: Doings that back what they are done to, whatever the lexicon says of them ("stop arming Taiwan",
#: "stop filling the dam"): stopping them opposes it.
DOING_TO_VERBS = {"arm", "fill", "build", "supply", "send", "sell", "export", "import", "fund", "finance", "deploy",
                  "expand", "develop", "test", "release", "construct", "enrich"}


def _stopped_doing(stop: Token, vlex: dict[str, list[dict[str, str]]]) -> tuple[Token, Token, str] | None:
    """(the doing, what it is done to, the stance of stopping it) when ``stop`` is a verb of
    stopping with a doing after it ("stop buying Russian oil": oppose; "stop blaming China":
    support); None for a doing of no known stance ("stop hyping the threat")."""
    if stop.lemma_.lower() not in STOP_VERBS:
        return None
    doing = next((c for c in stop.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"), None)
    obj = _object(doing) if doing is not None else None
    if obj is None:
        return None
    lemma = doing.lemma_.lower()
    entry = _entry(doing, vlex) or {}
    if lemma in ADOPT_VERBS or lemma in DOING_TO_VERBS or entry.get("stance") == "support":
        return doing, obj, "oppose"
    if lemma in HOSTILE_VERBS or entry.get("stance") in ("oppose", "threaten"):
        return doing, obj, "support"
    return None


#: Nouns of asking someone to do something ("calls to join the talks").
CALL_NOUNS = {"call", "demand", "request", "appeal", "plea", "pressure", "proposal", "invitation", "offer", "ultimatum"}
#: What a party gives up when it gives way: its objection to something ("dropped its veto").
OBJECTION_NOUNS = {"veto", "opposition", "objection", "objections", "reservation", "reservations", "block",
                   "blockade", "boycott", "resistance", "hold"}
#: Verbs that answer such a call: turning it down, or taking it up.
ANSWER_VERBS = {"reject": "REJECT", "dismiss": "REJECT", "rebuff": "REJECT", "spurn": "REJECT", "resist": "REJECT",
                "accept": "SUPPORT", "heed": "SUPPORT", "welcome": "SUPPORT"}


def _called_doing(w: _StanceWord) -> Token | None:
    """'rejected US calls to join trilateral talks', 'accepted an invitation to join the
    alliance': the infinitive the call asks for, when the verb answers a call; else None."""
    if ANSWER_VERBS.get(w.lemma) is None or w.obj is None or w.obj.lemma_.lower() not in CALL_NOUNS:
        return None
    to = [c for c in list(w.obj.children) + ([w.xcomp] if w.xcomp is not None else [])
          if c.dep_ in ("acl", "advcl", "xcomp") and c.pos_ == "VERB" and c.i > w.obj.i
          and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
          and not any(g.dep_ == "nsubj" for g in c.children)]  # (not "a call for Washington to acquire it")
    return to[0] if to else None


def _commitment(f: _Finder, w: _StanceWord) -> bool:
    """'agreed to revive the accord', 'is ready to keep observing the limits', 'refused to sign
    the deal': the stance of what is committed to, turned round by a refusal. True when read."""
    called = _called_doing(w)
    if called is not None:  # "rejected US calls to join the talks": as "refused to join the talks"
        w = w._replace(xcomp=called, entry={**w.entry, "action": "REFUSE" if w.action == "REJECT" else "AGREE"})
    elif w.action in ("REJECT", "SUPPORT") and w.xcomp is not None and w.xcomp.tag_ == "VBG":
        # "has rejected joining trilateral talks", "backs lifting the sanctions": as "refused to
        # join", "agreed to lift"
        w = w._replace(entry={**w.entry, "action": "REFUSE" if w.action == "REJECT" else "AGREE"})
    if w.entry["action"] not in COMMIT_ACTIONS:
        return False
    if w.xcomp is None and w.obj is not None and w.obj.lemma_.lower() in PUNITIVE_NOUNS:
        # "vowed retaliation against the rebels", "China vows 'resolute countermeasures'": a
        # threat, against whom the words say (if they do)
        against = next((g for c in w.obj.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                        for g in c.children if g.dep_ == "pobj"), None)
        for actor_tok in _actors(w.subj) if against is not None else []:
            f.emit(actor_tok, None, target_of(against, f.entities), "threaten", "THREATEN",
                   [w.first, w.v, _np_end(against)], "threat", CONFIDENCE["threat"])
        return True
    if w.xcomp is not None and any(c.i < w.xcomp.i and (c.tag_ == "WRB" or c.lower_ == "whether")
                                   for c in w.xcomp.children):
        return True  # "only the Sudanese can decide how to achieve it": an open question, no commitment
    inner = _carried_on(w.xcomp) if w.xcomp is not None else None
    if inner is None or _object(inner) is None:
        return w.xcomp is not None or w.obj is None  # ("agreed on a ceasefire": a plain stance below)
    actors = _actors(w.subj)
    # "agreed to increase flights and to revive the accord": each thing agreed to
    for doing in [inner] + [c for c in inner.conjuncts if c.pos_ == "VERB" and c.i > inner.i]:
        what = _object(doing)
        if what is None:
            continue
        st = _stance_of_doing(doing, f.vlex, default="support", own=("support", "oppose", "negotiate", "threaten"))
        talks = (f.nlex.get(what.lower_) or f.nlex.get(what.lemma_.lower()) or {}).get("stance") == "negotiate"
        if talks and st == "support":
            st = "negotiate"  # "ready to resume talks with the United States"
        if doing.lemma_.lower() in REPRISAL_VERBS | FORCE_VERBS and st == "oppose" or _with_force(doing) and st == "support":
            # "vowed to retaliate against Hezbollah", "ready to respond to any misadventure with
            # full force": a punitive step promised
            st = "threaten"
        if (w.entry["action"] == "REFUSE") != w.negated:
            # (refusing to impose sanctions opposes them: a threat turned down)
            st = {"support": "oppose", "oppose": "support", "negotiate": "oppose", "threaten": "oppose"}.get(st, st)
        if st == "oppose" and doing.lemma_.lower() in STOP_VERBS and (w.entry["action"] == "REFUSE") == w.negated \
                and (any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her") for c in what.children)
                     or doing.lemma_.lower() in PULLING_OUT_VERBS and what.lemma_.lower() in FORCES_NOUNS):
            # "Iran agreed to curb its nuclear programme", "agreed to withdraw troops": it gives
            # way on its own
            st = "concede"
        f.used.update({w.xcomp.i, doing.i})
        for actor_tok in actors:
            target = target_of(what, f.entities)
            against = next((g for c in [*what.children, *doing.children] if c.dep_ == "prep"
                            and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"), None)
            action = w.entry["action"]
            if against is None and what.lemma_.lower() in PUNITIVE_NOUNS and st == "support" \
                    and doing.lemma_.lower() in ("take", "adopt"):
                continue  # "vowed to take resolute measures to defend ...": against no one named
            if against is None and st == "support" and what.lemma_.lower() not in PUNITIVE_NOUNS and any(
                    t.lower_ in ("sanction", "sanctions") for t in what.subtree):
                continue  # "ready to trigger the return of UN sanctions": a threat against no one named
            if doing.lemma_.lower() in DEPARTING_VERBS and what.lemma_.lower() in LEFT_POSTS:
                continue  # "has refused to leave office": no stance on the office
            if against is not None and what.lemma_.lower() in PUNITIVE_NOUNS and st == "support":
                # "vowed to take countermeasures against Washington": a threat, not backing
                st, action = "threaten", "THREATEN"
            if st == "threaten" and against is not None:  # "agreed to impose sanctions on Belarus": Belarus
                target = target_of(against, f.entities, goods=False)
            if st == "threaten" and action in COMMIT_ACTIONS:
                action = "THREATEN"  # ("vowed to respond to any attack with full force")
            if talks:
                target = _talks_partner(what, actor_tok, actors, f.entities) or target
            held = _on_hold(doing)  # (the evidence runs to "in abeyance")
            to = _recipient(doing, what, f)
            if to is not None:
                # "pledged to send more tanks to Ukraine": on Ukraine (the one who hands over a
                # weapon takes no stance on it: "refused to deliver Taurus missiles to Kyiv")
                target = target_of(to, f.entities)
            if len(actors) == 2 and what.lower_ in RELATION_OBJECTS | PARTNERSHIP_NOUNS \
                    and any(c.lower_ == "their" for c in what.children):
                # "Pakistan and China pledged to deepen their partnership": each on the other
                other = actors[1] if actor_tok is actors[0] else actors[0]
                side = actor_country(other, f.entities, f.att_at(w.v.idx), f.outlet_country)
                target = side[:2] if side[0] else target
            f.emit(actor_tok, None, target, st, action,
                   [w.first, w.v, _np_end(what)] + [t for t in (held, to) if t is not None], "commitment",
                   CONFIDENCE["verb"])
    return True


def _threat(f: _Finder, w: _StanceWord) -> bool:
    """'threatened to enforce its sanctions on India', 'threatened India with sanctions': the one
    threatened, a country rather than its goods. True when read."""
    if w.stance != "threaten":
        return False
    if w.lemma == "threaten" and w.subj is not None and w.subj.lemma_.lower() in ACT_NOUNS:
        return True  # "These Chinese practices are threatening the single market": a danger, no one's threat
    victim = None
    for node in ([w.xcomp] if w.xcomp is not None else []) + [w.v]:
        # (on the verb, its object, or what the batch it governs is of: "a package of sanctions against Russia")
        victim = next((t for t in node.subtree if t.dep_ == "pobj" and t.ent_type_ not in NOT_TARGETS
                       and t.head.lower_ in ("on", "against")
                       and t.head.head.i in (node.i, *(c.i for c in node.children), *(b.i for b in _batched(node)))),
                      None)
        if victim is not None:
            break
    if victim is None and w.obj is not None and w.obj.dep_ == "dobj" and w.lemma in ("threaten", "warn", "sanction",
                                                                                     "punish"):
        victim = w.obj  # (not "for their part" of "..., for their part, warn")
    if victim is None and w.lemma == "threaten" and w.xcomp is not None:
        # "threatened to close the Strait of Hormuz": what the threatened act is done to
        victim = next((c for c in w.xcomp.children if c.dep_ == "dobj" and c.ent_type_ not in NOT_TARGETS), None)
    if victim is not None and victim.ent_type_ == "MONEY":
        # "tariffs on C$30 billion ($20.7 billion) worth of U.S. goods": the goods, not the sum
        worth = next((t for t in victim.doc[victim.i + 1 : victim.i + 10] if t.lower_ == "worth"), None)
        goods = next((g for c in (worth.children if worth is not None else ()) if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        victim = goods if goods is not None else None
    if victim is not None:
        if w.xcomp is not None:
            f.used.add(w.xcomp.i)
        # (the country threatened, not its goods: "sanctions on Russia's energy sector")
        f.emit(w.subj, None, target_of(victim, f.entities, goods=False), "threaten", w.action,
               [w.first, w.v, _np_end(victim)], "threat", CONFIDENCE["threat"])
    return True


def _requirements(f: _Finder, w: _StanceWord) -> bool:
    """'meet all the requirements under which the waiver ... can be given': support the waiver."""
    if w.lemma not in ("meet", "fulfil", "fulfill", "qualify") or w.obj is None:
        return False
    waiver = next((t for t in w.obj.subtree if t.lemma_.lower() in ("waiver", "exemption")), None)
    if waiver is not None:
        f.emit(w.subj, None, target_of(waiver, f.entities), "support", w.action, [w.first, w.v, _np_end(waiver)],
               "verb", CONFIDENCE["verb"])
    return True


def _plain(f: _Finder, w: _StanceWord) -> bool:
    """A stance word and its object: 'India supports the BECA talks', 'will never recognise
    occupied territories', 'has given up oil purchases from Iran'."""
    v, lemma, stance, action, obj = w.v, w.lemma, w.stance, w.action, w.obj
    if lemma in ORDERING_VERBS:
        return True  # "Putin ordered troops to the border": an order with nothing ordered done is no stance
    if lemma in INTENT_VERBS:
        return True  # "to plan for floods": a plan's stance is that of what is planned to be done
    if lemma == "stand":
        obj = next((g for c in v.children if c.dep_ in ("prep", "acomp", "advmod") for g in c.subtree
                    if g.dep_ == "pobj"), None)
    misread = None
    if obj is None and w.xcomp is not None and w.xcomp.tag_ == "VBN" and w.xcomp.i == v.i + 1:
        # "would never recognise occupied territories as Russian": the parser made the
        # participle before the object a complement of the verb
        obj = next((c for c in w.xcomp.children if c.dep_ == "dobj" and c.i == w.xcomp.i + 1), None)
        misread = w.xcomp if obj is not None else None
    stopped = _stopped_doing(v, f.vlex) if obj is None else None
    if stopped is not None:
        # "the United States should stop arming Taiwan" (the speaker's demand), "India stopped
        # buying Iranian oil": the stance of the doing, turned
        doing, done_to, st = stopped
        f.used.add(doing.i)
        evidence = [w.first, v, _np_end(done_to)]
        if _obliged(v):
            speaker = _demanding_speaker(f, v)
            if speaker is not None:
                f.emit(None, speaker, target_of(done_to, f.entities), st, "DEMAND", evidence, "demand",
                       CONFIDENCE["demand"])
            return True
        if doing.lemma_.lower() in ("buy", "purchase", "import"):
            st = "concede"  # "India stopped buying Iranian oil" gives way, as "gave up oil purchases" does
        action = ACTION_OF_STANCE[st]
        for actor_tok in _actors(w.subj):
            f.emit(actor_tok, None, target_of(done_to, f.entities), st, action, evidence, "verb", CONFIDENCE["verb"])
        return True
    if obj is not None and action == "DEMAND" and any(
            c.dep_ in ("relcl", "acl") and any(a.dep_ == "auxpass" for a in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in obj.children):
        return True  # "called for disputes to be resolved peacefully": what is to be done to them, no stance on them
    if obj is None or (lemma == "decide" and w.xcomp is None) or (lemma == "want" and obj.ent_type_ == "GPE") \
            or (action == "CONSULT" and obj.lemma_.lower() in GENERIC_TOPICS):
        return True  # "waiting for Washington to decide our fate", "Russia wants Ukraine": no stance on either
    if lemma in DEPARTING_VERBS and not w.negated and (obj.ent_type_ in ("GPE", "LOC")
                                                         or obj.lemma_.lower() in PLACE_NOUNS):
        # "72 hours to leave the country": going away from a place takes no stance on it (but
        # "will not leave Crimea" holds on to it)
        return True
    if lemma in LEAVE_VERBS and ((obj.dep_ == "dobj" and lemma in PULLING_OUT_VERBS) or obj.ent_type_ in ("GPE", "LOC")) \
            and obj.lemma_.lower() not in OBJECTION_NOUNS:
        # "withdraw troops from four regions" is no stance on the troops; withdrawing from a
        # country (its troops) is none on the country; from a treaty is (and withdrawing one's
        # objections gives way); what one quits or exits is what one leaves ("quit ECOWAS")
        return True
    # (the "to" on the verb too: "extended its support to the Philippines")
    held = _object_of_prep(v, obj, ("to", "for") if obj.lemma_.lower() != "veto" else ("on", "against", "over")) \
        if obj.lemma_.lower() in HELD_STANCES else None  # ("cast a veto on the draft")
    if held is None and stance == "support" and obj.lemma_.lower() in HELD_STANCES and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for c in obj.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children):
        return True  # "reiterated India's commitment to supporting the Maldives": the doing says it
    if held is None and stance == "support" and obj.lemma_.lower() in RESOLVE_NOUNS \
            and obj.i + 2 < len(obj.doc) and obj.doc[obj.i + 1].lower_ == "to" and obj.doc[obj.i + 2].tag_ == "VB":
        # "reiterated its readiness to work with Brazil": a commitment to what is to be done, as
        # "is ready to work with Brazil" ("reaffirm their resolve to safeguard the sovereignty of
        # the country": its own good, no stance)
        _commitment(f, w._replace(xcomp=obj.doc[obj.i + 2], obj=None, entry={**w.entry, "action": "AGREE"}))
        return True
    if held is not None and stance == "support":
        # "reaffirmed our commitment to peace", "reiterated its opposition to the plan": what it is to
        stance = HELD_STANCES[obj.lemma_.lower()]
        action = ACTION_OF_STANCE[stance] if action == "SUPPORT" else action  # ("its opposition to": REJECT)
        obj = held
    favoured = _position_in_favour(obj) if stance == "support" else None
    if favoured is not None:  # "reaffirmed the Kingdom's firm position in support of the Palestinian people's right"
        stance, obj = favoured
        action = ACTION_OF_STANCE[stance] if action == "SUPPORT" else action
    tried = _tried(obj, f.vlex)
    if tried is not None:  # "rejected attempts to impose new sanctions": the stance is on the sanctions
        obj = tried
    named = next((c for c in obj.children if c.dep_ == "appos"), None) \
        if obj.lemma_.lower() in UNNAMED_PARTNERS else None
    if named is not None:  # "stands with its ally the Philippines": the ally named
        obj = named
    target = target_of(obj, f.entities)
    if target is not None and target[1] is None and obj.lemma_.lower() in UNNAMED_PARTNERS \
            and not _ents_in(f.entities, *_span_of(obj)):
        return True  # "Washington stands with its ally": which ally, the words do not say
    ended = _ended(obj)
    pressed = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for g in c.children if g.dep_ == "pobj"), None) \
        if action == "DEMAND" and obj.lemma_.lower() in MEASURE_NOUNS else None
    if pressed is not None:  # "calls for sanctions on Georgian officials": against those they would hit
        for actor_tok in _actors(w.subj):
            f.emit(actor_tok, None, target_of(pressed, f.entities, goods=False), "oppose", action,
                   [w.first, v, _np_end(pressed)], "verb", CONFIDENCE["verb"])
        return True
    if action == "DEMAND" and stance == "oppose" and obj.dep_ == "dobj" and obj.ent_type_ not in ACTOR_TYPES \
            and (ended is not None or target is not None and not _is_actor(target, f.entities)):
        stance = "support"  # "demanded a legally binding agreement": what is demanded, not whom it is pressed on
    if ended is not None and stance in ("support", "oppose"):
        # "called for an end to arms deliveries", "opposed the lifting of sanctions": the stance on what is ended
        stance = "oppose" if stance == "support" else "support"
        action = ACTION_OF_STANCE[stance] if action in ("SUPPORT", "REJECT") else action
        obj, target = ended, target_of(ended, f.entities)
    if w.entry["particle"] and obj.lower_ in RELATION_OBJECTS:
        # the country the relations are with: "recalled its ambassador from Australia over the
        # submarine deal" is a stance on Australia, not on the deal (but "rejected the protest"
        # is a stance on the protest)
        return _relations(f, w, obj)
    if misread is not None and target is not None and target[1] is None:
        target = (f"{misread.text} {target[0]}", None)  # "occupied territories"
    evidence = [w.first, v, _np_end(obj)]
    if _obliged(v):
        # "Washington has said Ankara must give up the S-400": the speaker's demand, not a concession
        speaker = _demanding_speaker(f, v)
        if speaker is not None:
            f.emit(None, speaker, target, _stance_of_doing(v, f.vlex, default=stance), "DEMAND", evidence, "demand",
                   CONFIDENCE["demand"])
        return True
    objection = stance == "concede" and obj.lemma_.lower() in OBJECTION_NOUNS
    if objection:
        # "Orban dropped his opposition to the package", "lifted its veto on Sweden's bid": it
        # gives way on what it objected to (or, with that unsaid, on its objection)
        to = _object_of_prep(v, obj, ("to", "on", "against", "over"))
        target = target_of(to, f.entities) if to is not None else target
        evidence = [w.first, v, _np_end(to if to is not None else obj)]
    if stance == "concede" and lemma in STOP_VERBS and not objection and (not _is_trade(obj) or _outgoing(obj)):
        # halting imports gives way; halting inspections, or exports to a country, opposes them
        stance, action = "oppose", "REJECT"
    if stance == "concede" and lemma in ("succumb", "bow", "yield") and any(
            (_entry(c, f.vlex) or {}).get("stance") == "concede" and _object(c) is not None for c in v.conjuncts):
        return True  # "succumbed to US pressure and has given up oil purchases": what it gave up is the concession
    if stance == "concede" and lemma == "succumb":
        pressure_from = next((t for t in obj.subtree if t.dep_ in ("compound", "amod", "poss", "pobj") and t.i != obj.i), None)
        target = target_of(pressure_from, f.entities) if pressure_from is not None else target
    # the two sides / both countries / both leaders: each of the two countries
    if w.subj is not None and names_both_countries(w.subj):
        for country in both_countries(w.subj, f.entities):
            f.emit(None, (country, _entity_id(f.entities, country), "joint"), target, stance, action, evidence,
                   "verb", CONFIDENCE["verb"])
        return True
    # "thanked Germany and the Netherlands": each country named
    targets = [target] + [target_of(c, f.entities) for c in obj.conjuncts if c.ent_type_ in ("GPE", "NORP", "ORG")] \
        if obj.ent_type_ in ("GPE", "NORP", "ORG") else [target]
    for actor_tok in _actors(w.subj):
        for each in targets:
            f.emit(actor_tok, None, each, stance, action, evidence,
                   "negated" if w.negated else "verb", CONFIDENCE["negated" if w.negated else "verb"])
    return True


def _object_of_prep(v: Token, obj: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of one of ``preps`` on a verb's object, or on the verb after it (the parser
    hangs it on either): "commitment to peace", "dropped its opposition to the package"."""
    return next((g for c in [*obj.children, *(c for c in v.rights if c.i > obj.i)] if c.dep_ == "prep"
                 and c.lower_ in preps for g in c.children if g.dep_ == "pobj"), None)


def _relations(f: _Finder, w: _StanceWord, obj: Token) -> bool:
    """A stance on a country by way of diplomatic relations with it: the country after "with",
    "from" or "to" on the verb or the object, else the one the object belongs to ("the Indian
    envoy", "Russia's ambassador"). Two countries who upgrade "their ties" each take that stance
    on the other; nothing when no country is named."""
    v = w.v
    places = [g for c in [*obj.children, *v.children] if c.dep_ == "prep" and c.lower_ in ("with", "from", "to")
              for g in c.children if g.dep_ == "pobj"]
    # (the mission they serve at: "expelled the military advisers at Pakistan's High Commission")
    places += [g for c in [*obj.children, *v.children] if c.dep_ == "prep" and c.lower_ == "at"
               for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in MISSIONS]
    owners = [c for c in obj.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ != "PRON"]
    target = None
    for tok in places + owners:
        hit = next((x for _, x in _ents_in(f.entities, *_span_of(tok)) if x["type"] in ("GPE", "NORP")
                    and x.get("country")), None)
        if hit is not None:
            target = (hit["country"], hit["id"] if hit["name"] == hit["country"] else None)
            break
    evidence = [w.first, v, _np_end(obj)]
    actors = _actors(w.subj)
    how, conf = ("negated", CONFIDENCE["negated"]) if w.negated else ("verb", CONFIDENCE["verb"])
    if target is None and len(actors) == 2 and any(c.lower_ == "their" for c in obj.children):
        # "Vietnam and the United States upgraded their ties": each on the other
        sides = [actor_country(a, f.entities, f.att_at(v.idx), f.outlet_country) for a in actors]
        if all(sides) and sides[0][0] != sides[1][0]:
            for me, other in ((sides[0], sides[1]), (sides[1], sides[0])):
                f.emit(None, me, other[:2], w.stance, w.action, evidence, how, conf)
        return True
    if target is None:
        return True
    for actor_tok in actors:
        f.emit(actor_tok, None, target, w.stance, w.action, evidence, how, conf)
    return True


def _recipient(doing: Token, what: Token | None, f: _Finder) -> Token | None:
    """The country that arms or aid are handed to ("Ukraine" of "sent tanks to Ukraine", "give
    Ukraine more air defence systems"), or None."""
    if what is None or doing.lemma_.lower() not in SUPPLY_VERBS or not (
            what.lower_ in SUPPLIES or what.lemma_.lower() in SUPPLIES
            or any(x["type"] == "WEAPON" for _, x in _ents_in(f.entities, *_span_of(what)))):
        return None
    to = [g for c in [*doing.children, *what.children] if c.dep_ == "prep" and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"] + [c for c in doing.children if c.dep_ == "dative"]
    return next((t for t in to if any(x["type"] in ("GPE", "NORP") for _, x in _ents_in(f.entities, *_span_of(t)))),
                None)


def _supplied(f: _Finder, v: Token) -> None:
    """"Britain sent tanks to Ukraine", "Iran is supplying drones to Russia": the one who hands
    over arms or aid backs the country that gets them. Nothing when it is not done ("will not
    send"), only weighed ("if ...") or has no one doing it."""
    if v.pos_ != "VERB" or v.i in f.used or _negated(v) or _conditional(v):
        return
    what = next((c for c in v.children if c.dep_ == "dobj"), None)
    to = _recipient(v, what, f)
    subj = _subject(v)
    if to is None or subj is None or any(c.dep_ == "auxpass" for c in v.children):
        return
    for actor_tok in _actors(subj):
        f.emit(actor_tok, None, target_of(to, f.entities), "support", "SUPPORT",
               [_evidence_start(v, subj), v, _np_end(to)], "verb", CONFIDENCE["verb"])


#: Nouns of trying to do something ("attempts to impose sanctions", "efforts to isolate Iran"):
#: a stance on the trying is one on what it would do to.
ATTEMPT_NOUNS = {"attempt", "effort", "bid", "push", "drive", "campaign", "move", "plan", "scheme"}


def _tried(obj: Token, vlex: dict[str, list[dict[str, str]]]) -> Token | None:
    """The measure a noun of trying would impose ("new sanctions" of "attempts to impose new
    sanctions"), or None. Only a punitive doing: whose bid or effort it is, or what it would do
    to whom, is not read here ("welcomed Australia's bid to host ...", "backed efforts to isolate
    Iran")."""
    if obj.lemma_.lower() not in ATTEMPT_NOUNS or any(c.dep_ == "poss" for c in obj.children):
        return None
    doing = next((c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if doing is None or not any(x["stance"] == "threaten" for x in vlex.get(doing.lemma_.lower(), [])):
        return None
    return next((c for c in doing.children if c.dep_ == "dobj"), None)


#: Verbs of drawing a reaction ("drew sharp criticism from Beijing") and the reactions that oppose.
DRAW_VERBS = {"draw", "face", "receive", "attract", "provoke", "spark", "trigger", "prompt", "meet"}
HOSTILE_REACTIONS = {"criticism", "condemnation", "protest", "protests", "rebuke", "anger", "ire", "objection",
                     "objections", "backlash", "opposition", "outrage", "censure", "warning", "warnings"}
#: Verbs of angering someone ("The sale angered Beijing"): the one angered opposes the cause.
ANGER_VERBS = {"anger", "irk", "upset", "alarm", "infuriate", "enrage", "annoy", "outrage", "dismay", "provoke",
               "rile", "antagonise", "antagonize"}


def _reaction(f: _Finder, v: Token) -> None:
    """A country's reaction to something, told from the thing's side: "The move drew sharp
    criticism from Beijing", "The sale angered Beijing": the one who reacts opposes it. Nothing
    when the act is not done or only weighed."""
    if v.pos_ != "VERB" or v.i in f.used or _negated(v) or _conditional(v):
        return
    cause = _subject(v)
    held = v.head.head
    if v.dep_ == "advcl" and v.doc[v.i - 1].text == "," and v.head.dep_ == "acl" and v.head.tag_ == "VBG" \
            and held.dep_ == "dobj" and held.head.pos_ == "VERB":
        # "Russia vetoed a draft calling for a truce, drawing criticism from Britain": the
        # parser hangs the reaction on the draft's participle; it is to the veto, Russia's
        cause = _subject(held.head)
    if cause is None or cause.pos_ == "PRON":
        return
    lemma = v.lemma_.lower()
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    who = None
    if lemma in DRAW_VERBS and obj is not None and obj.lemma_.lower() in HOSTILE_REACTIONS | {"reaction"}:
        who = next((g for c in [*obj.children, *v.children] if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children if g.dep_ == "pobj"), None)
        if obj.lemma_.lower() == "reaction" and not any(c.lower_ in ("angry", "sharp", "furious", "hostile")
                                                         for c in obj.children):
            who = None  # ("drew a reaction from Beijing": of no known kind)
    elif lemma in ANGER_VERBS and obj is not None and obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        who = obj
    if who is None or who.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON"):
        return
    for one in [who, *who.conjuncts]:  # ("drew criticism from Britain and the United States")
        f.emit(one, None, target_of(cause, f.entities), "oppose", "ACCUSE",
               [_evidence_start(v, cause), v, _np_end(one)], "verb", CONFIDENCE["verb"])


#: Verbs of letting someone do something ("will not allow Sweden to join NATO").
PERMIT_VERBS = {"allow", "let", "permit"}


def _permitted(f: _Finder, v: Token) -> None:
    """Letting a country do something backs it, and refusing to let it opposes it: "Turkey will not
    allow Sweden to join NATO" (Turkey opposes Sweden), "Washington allowed Kyiv to strike targets
    inside Russia" (backs Kyiv)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in PERMIT_VERBS or v.i in f.used or _conditional(v):
        return
    doing = next((c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
    if doing is None:
        return
    who = next((c for c in v.children if c.dep_ == "dobj"), None) \
        or next((c for c in doing.children if c.dep_ == "nsubj"), None)
    if who is None or who.ent_type_ not in ("GPE", "NORP", "ORG") or who.i > doing.i:
        return
    subj = _subject(v)
    stance, action = ("oppose", "REJECT") if _negated(v) else ("support", "SUPPORT")
    for actor_tok in _actors(subj):
        f.emit(actor_tok, None, target_of(who, f.entities), stance, action,
               [_evidence_start(v, subj), v, _np_end(who)], "verb", CONFIDENCE["verb"])


#: Verbs that say what one takes something for ("called the drills a provocation").
JUDGING_VERBS = NAMING_VERBS | {"consider", "regard", "view", "see", "deem", "designate", "declare"}


@lru_cache(maxsize=1)
def judgment_words() -> dict[str, str]:
    """Words that judge what they are said of, with the stance they take on it (``data/judgment_words.csv``)."""
    with open(config.DATA_DIR / "judgment_words.csv", newline="", encoding="utf-8") as fh:
        return {r["word"].lower(): r["stance"] for r in csv.DictReader(fh)}


def _judgment(v: Token) -> tuple[Token, Token] | None:
    """(what is judged, the words that judge it) of a judging verb: "called the drills a
    provocation", "regards Iran as a threat", "described the talks as constructive", "considers
    China a threat" (the parser's clause "China a threat"); None without both."""
    objects = [c for c in v.children if c.dep_ == "dobj"]
    obj = objects[0] if objects else next((c for c in v.children if c.dep_ == "dative"), None)  # ("designated the Houthis a ...")
    pred = next((c for c in v.children if c.dep_ in ("oprd", "acomp") and c.i > v.i), None)
    if pred is None and len(objects) == 2:  # "which Beijing called a provocation": two objects
        obj, pred = objects
    if pred is None:
        pred = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ in ("pobj", "amod", "acomp")), None)
    if obj is None:  # "considers China a threat": a clause with no verb
        clause = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")), None)
        obj = next((g for g in clause.children if g.dep_ == "nsubj"), None) if clause is not None else None
        pred = clause if obj is not None else pred
    if obj is not None and pred is None:  # 'called the accord "a historic milestone"': read as an apposition
        # (or with no comma between: "designated the Houthis a terrorist organisation")
        pred = next((c for c in obj.children if c.dep_ == "appos" and c.left_edge.i > obj.i
                     and (v.doc[c.left_edge.i - 1].is_quote or c.left_edge.i - 1 == obj.i
                          and any(d.dep_ == "det" and d.lower_ in ("a", "an") or d.dep_ == "poss"
                                  for d in c.children))), None)  # ("called South Korea the North's enemy")
    if obj is not None and pred is None:
        # 'called the move "unjustified, unlawful and ..."': the adjective read as a modifier after it
        pred = next((c for c in obj.children if c.dep_ == "amod" and c.i > obj.i), None)
    if (obj is None or obj.tag_ in ("WDT", "WP")) and pred is not None and v.dep_ == "relcl" \
            and v.head.pos_ in ("NOUN", "PROPN"):
        # "in a move Venezuelan officials called 'economic aggression'", "the drills, which
        # Beijing called a provocation": what the clause hangs on
        obj = v.head
    if obj is None or pred is None:
        return None
    return obj, pred


#: Nouns of what someone does, which endanger rather than threaten ("Chinese practices are
#: threatening the integrity of the single market").
ACT_NOUNS = {"practice", "policy", "action", "move", "measure", "step", "decision", "plan", "rhetoric", "behaviour",
             "behavior", "activity", "expansion", "programme", "program", "test", "launch", "deployment", "buildup"}
#: Nouns of what is said, whose topic ("accusations over Ukraine") is not what a stance on them is on.
CLAIM_NOUNS = {"accusation", "claim", "allegation", "remark", "comment", "criticism", "charge", "report", "rumour",
               "rumor", "speculation"}
#: Nouns of a batch of measures, which stand for the measures ("a 14th package of sanctions").
BATCH_NOUNS = {"package", "round", "raft", "slew", "set", "series", "batch", "wave", "tranche"}
#: Prepositions of when, whose phrase on a noun says when, not what ("peace, a year after the invasion").
TIME_PREPS = {"after", "before", "since", "during", "until"}
#: Texts a body adopts, whose words are then the body's ("adopted a resolution demanding ...").
ADOPTED_TEXTS = {"resolution", "declaration", "statement", "communique", "communiqué", "decision", "text"}
#: Verbs of adopting a text.
ADOPTING_VERBS = {"adopt", "pass", "approve", "endorse", "issue"}
#: Nouns of what must be had ("stressed the need for an immediate ceasefire").
NEED_NOUNS = {"need", "necessity"}
#: Modals of what must be ("there must be a ceasefire").
_MUST = {"must", "should"}


def _needed(f: _Finder, v: Token) -> None:
    """'there must be an immediate ceasefire' (in what a source says), 'The Russian side stressed
    the need for an immediate ceasefire': backing what is needed, by the subject or the speaker
    ("there must be no ..." opposes it)."""
    if v.lemma_ == "be" and any(c.dep_ == "expl" for c in v.children) \
            and any(c.dep_ == "aux" and c.lower_ in _MUST for c in v.children):
        what = next((c for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if what is None or _conditional(v) or _negated(v):
            return
        stance = "oppose" if any(c.dep_ == "det" and c.lower_ == "no" for c in what.children) else "support"
        there = next(c for c in v.children if c.dep_ == "expl")
        target = target_of(what, f.entities)
        if target is not None and target[1] is None:  # ("no foreign troops": the troops)
            target = (re.sub(r"^no\s+", "", target[0]), None)
        f.emit(None, None, target, stance, ACTION_OF_STANCE[stance], [there, _np_end(what)], "need",
               CONFIDENCE["verb"])
    elif v.lemma_.lower() in NEED_NOUNS and v.pos_ == "NOUN" and v.dep_ == "dobj" and v.head.pos_ == "VERB" \
            and not _conditional(v.head) and not _negated(v.head):
        what = next((g for c in v.rights if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if g.dep_ == "pobj"), None)
        if what is None:
            return
        subj = _subject(v.head)
        f.emit(subj, None, target_of(what, f.entities), "support", "SUPPORT",
               [subj.left_edge if subj is not None else v.head, _np_end(what)], "need", CONFIDENCE["verb"])


def _judged(f: _Finder, v: Token) -> None:
    """One who takes something for a threat, a violation, a milestone or a partner takes a stance
    on it: "China called the drills a provocation" (oppose), "Seoul regards Tokyo as a
    partner" (support). The judging words are the predicate's head, its modifiers and what it
    is of or for ("a rehearsal for invasion")."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in JUDGING_VERBS or _negated(v) or _conditional(v):
        return
    found = _judgment(v)
    if found is None:
        return
    obj, pred = found
    words = [pred] + [c for c in pred.children if c.dep_ in ("amod", "compound", "conj")] \
        + [g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
           for g in c.children if g.dep_ == "pobj"]
    stances = {judgment_words().get(t.lemma_.lower()) or judgment_words().get(t.lower_) for t in words} - {None}
    if len(stances) != 1:
        return  # (none, or "a dangerous partner": both)
    stance = stances.pop()
    target = target_of(obj, f.entities)
    end = _np_end(pred)
    if end.i + 1 < len(v.doc) and v.doc[end.i + 1].is_quote and v.doc[pred.left_edge.i - 1].is_quote:
        end = v.doc[end.i + 1]  # (its closing quotation mark)
    subj = _subject(v)
    for actor_tok in _actors(subj):
        f.emit(actor_tok, None, target, stance, "ACCUSE" if stance == "oppose" else "SUPPORT",
               [_evidence_start(v, subj), v, end], "verb", CONFIDENCE["verb"])


#: Nouns of a held view, which "in support of" or "against" may follow.
POSITION_NOUNS = {"position", "stance", "stand"}


def _position_in_favour(obj: Token) -> tuple[str, Token] | None:
    """(stance, what it is on) of "a position in support of X" ("in favour of X", "against X"),
    or None."""
    if obj.lemma_.lower() not in POSITION_NOUNS:
        return None
    for c in _preps_after(obj):
        if c.lower_ == "against":
            what = next((g for g in c.children if g.dep_ == "pobj"), None)
            if what is not None:
                return "oppose", what
        if c.lower_ == "in":
            held = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ("support", "favour", "favor")),
                        None)
            what = next((g for d in (held.children if held is not None else ()) if d.dep_ == "prep" and d.lower_ == "of"
                         for g in d.children if g.dep_ == "pobj"), None)
            if what is not None:
                return "support", what
    return None


def _ended(obj: Token) -> Token | None:
    """What a noun of ending ends ("arms deliveries" of "an end to arms deliveries"), or None."""
    preps = ENDING_NOUNS.get(obj.lemma_.lower()) or ENDING_NOUNS.get(obj.lower_)
    if not preps:
        return None
    return next((g for c in _preps_after(obj) if c.lower_ in preps for g in c.children if g.dep_ == "pobj"), None)


def _preps_after(obj: Token) -> list[Token]:
    """The prepositions after an object noun: its own, and those the parser hung on the verb it
    is the object of ("put an end to the violations", "reaffirmed its position in support of X")."""
    holders = [obj] + ([obj.head] if obj.dep_ == "dobj" else [])
    return [c for h in holders for c in h.rights if c.dep_ == "prep" and c.i > obj.i]


def _nominal(f: _Finder, n: Token) -> None:
    """Nominal forms: "India's firm stand on ...", "US pressure on India"; the actor a country,
    body or person named before the noun ("Scorpene talks" are talks on a weapon, not by its
    maker's country)."""
    if n.pos_ not in ("NOUN", "PROPN") or n.lower_ not in f.nlex and n.lemma_.lower() not in f.nlex \
            or (n.pos_ == "PROPN" and not (n.dep_ == "dobj" and n.head.lemma_.lower() in EXPRESS_VERBS)):
        return  # (a noun the parser took for a name only as an object: "voiced solidarity with ...")
    entry = f.nlex.get(n.lower_) or f.nlex[n.lemma_.lower()]
    actor_tok = next((c for c in n.children if c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "ADJ", "NOUN")
                      and any(x["type"] in ACTOR_TYPES for _, x in _ents_in(f.entities, *_span_of(c)))), None)
    preps = ("on", "against", "over", "for", "to", "with")
    first = actor_tok
    expressed = actor_tok is None and n.dep_ == "dobj" and n.head.lemma_.lower() in EXPRESS_VERBS
    if expressed:
        # "China expressed strong dissatisfaction with the US decision", "voiced concern over
        # the dam": the one who expresses it ("concern for the victims" is none against them)
        verb = n.head
        if _negated(verb) or _conditional(verb) or verb.i in f.used:
            return
        actor_tok, first = _subject(verb), verb
        preps = ("on", "against", "over", "with", "about", "at", "to") + (("for",) if entry["stance"] == "support" else ())
    # (the preposition may hang on the verb: "voiced solidarity with the Palestinian people")
    prep = next((c for c in [*n.children, *(c for c in n.head.rights if c.i > n.i and expressed)]
                 if c.dep_ == "prep" and c.lower_ in preps), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ != "hold"), None) if prep is not None else None
    if actor_tok is None or pobj is None:
        return
    if expressed:
        first = _evidence_start(first, actor_tok)
    stance = entry["stance"]
    if entry["action"] == "DEMAND" and prep.lower_ == "for":
        stance = "support"  # "Iran's demand for guarantees" wants them; "US pressure on India" is against
    f.emit(actor_tok, None, target_of(pobj, f.entities), stance, entry["action"], [first, n, _np_end(pobj)],
           "noun", CONFIDENCE["noun"])


def _talks_held(f: _Finder, n: Token) -> None:
    """"South Korea held talks with Japan", "Manila is in talks with France on a similar pact":
    each one talking negotiates with the other side and over an agreement or a weapon the talks
    are on."""
    if n.pos_ != "NOUN" or (f.nlex.get(n.lower_) or f.nlex.get(n.lemma_.lower()) or {}).get("stance") != "negotiate":
        return
    verb = n.head if n.dep_ == "dobj" and n.head.lemma_.lower() in TALKS_VERBS else None
    if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.lemma_.lower() in ("be", "remain", "engage"):
        verb = n.head.head
    if verb is None or _negated(verb) or _conditional(verb) or verb.i in f.used:
        return
    actors = [a for a in _actors(_subject(verb)) if a is not None]
    topic = next((g for c in n.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "about")
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_TARGETS), None)
    with_ = next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"), None)
    for actor_tok in actors:
        # "with France and Canada": each of them; with nobody named, the other subject
        targets = [actor_country(p, f.entities, None, None)[:2] for p in [with_, *with_.conjuncts]] \
            if with_ is not None else [_talks_partner(n, actor_tok, actors, f.entities)]
        if topic is not None and any(x["type"] in ("AGREEMENT", "WEAPON", "LAW")
                                     for _, x in _ents_in(f.entities, *_span_of(topic))):
            targets.append(target_of(topic, f.entities))
        for target in targets:
            f.emit(actor_tok, None, target, "negotiate", "CONSULT", [_evidence_start(verb, actor_tok), verb, _np_end(n)],
                   "verb", CONFIDENCE["verb"])


#: The verb patterns, in the order they are tried; each says whether it has read the word.
_PATTERNS = (_demand, _commitment, _threat, _requirements, _plain)


def extract(doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Positions of the JSON contract, one per actor-target-stance."""
    f = _Finder(doc, article, records)
    for v in doc:
        w = _stance_word(v, f)
        before = len(f.found)
        for pattern in _PATTERNS if w is not None else ():
            if pattern(f, w):
                break
        if w is not None and w.agent is not None:  # the evidence runs to the agent ("... by France")
            end = _np_end(w.agent)
            for p in f.found[before:]:
                ev = p["evidence"]
                stop = min(sent_of(v).end_char, end.idx + len(end.text))
                if ev["start"] <= end.idx and stop > ev["end"]:
                    ev["end"], ev["text"] = stop, text_of(doc)[ev["start"]:stop]
    for v in doc:
        _unwelcome(f, v)
        _supplied(f, v)
        _reaction(f, v)
        _judged(f, v)
        _permitted(f, v)
        _needed(f, v)
    for n in doc:
        _nominal(f, n)
        _talks_held(f, n)
    return _merge(f.found)


def _unwelcome(f: _Finder, v: Token) -> None:
    """'declared Russian Ambassador X persona non grata': a stance against the country whose
    envoy is expelled, however the parser hangs the Latin (read from the words, not the tree)."""
    if v.lemma_.lower() != "declare" or v.i in f.used or v.i + 6 >= len(v.doc):
        return
    words = v.doc[v.i + 1 : min(len(v.doc), v.i + 12)]
    latin = next((t for t in words if t.lower_ == "persona" and t.i + 2 < len(v.doc)
                  and v.doc[t.i + 1].lower_ == "non" and v.doc[t.i + 2].lower_ == "grata"), None)
    if latin is None or latin.i == v.i + 1:
        return
    envoy = v.doc[v.i + 1 : latin.i]
    country = next((x for _, x in _ents_in(f.entities, envoy.start_char, envoy.end_char)
                    if x["type"] in ("GPE", "NORP") and x.get("country")), None)
    if country is None:
        return
    target = (country["country"], country["id"] if country["name"] == country["country"] else None)
    subj = _subject(v)
    for actor_tok in _actors(subj):
        f.emit(actor_tok, None, target, "oppose", "REJECT", [_evidence_start(v, subj), v, v.doc[latin.i + 2]],
               "verb", CONFIDENCE["verb"])
    f.used.add(v.i)


def _is_trade(obj: Token) -> bool:
    """Whether a noun phrase is about buying or selling something ("oil purchases from Iran",
    "imports of crude"), which an actor gives way on when it halts it."""
    end = _np_end(obj).i
    return any(t.lower_ in COMMODITIES or t.lemma_.lower() in TRADE_WORDS
               for t in obj.doc[obj.left_edge.i : end + 1])


def _outgoing(obj: Token) -> bool:
    """Whether a trade is one the actor sends out ("F-35 parts exports to Israel", "arms sales"):
    halting it restricts the other side rather than giving way to anyone."""
    words = obj.doc[obj.left_edge.i : _np_end(obj).i + 1]
    return any(t.lemma_.lower() in OUTGOING_TRADE for t in words) or any(
        t.dep_ == "prep" and t.lower_ == "to" and t.head.i == obj.i for t in words)


def _talks_partner(talks: Token, actor_tok: Token | None, actors: list[Token | None],
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


def _obliged(v: Token) -> bool:
    """Whether a verb says what its subject must do, not what it does: "must give up", "should
    join", "has to stop", "needs to accept"."""
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in v.children):
        return True
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in ("have", "need") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _conditional(v: Token) -> bool:
    """Whether a verb is in a condition ("if Moscow did not agree", "unless Tehran accepts"), an
    open question ("declined to say whether the United States would back new sanctions") or what
    there is no sign of ("no sign that Russia intends to ..."), which takes no stance."""
    for t in [v, *v.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.dep_ == "advcl" and t.head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
            return True  # "as long as Washington pursues its course": a condition
        if t.head.i != t.i and t.head.lemma_.lower() in ("purport", "purports"):
            return True  # "a video purports to show a fighter thanking Ukraine": not so
        if t.dep_ in ("ccomp", "xcomp", "advcl") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children):
            return True  # "has seen no sign that Russia intends to use ...": nothing is said to be so
        if t.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def _actors(subj: Token | None) -> list[Token | None]:
    """The subject and the subjects joined to it ("Saudi Arabia and Iran agreed ..."); for
    several of several countries, the countries ("Foreign ministers of India, the United States,
    Japan and Australia reaffirmed ...", "Several allies, including Germany and France, oppose ...")."""
    if subj is not None and subj.tag_ == "NNS":
        of = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.conjuncts and g.ent_type_ in ("GPE", "NORP")), None)
        if of is not None:
            return [of, *of.conjuncts]
        # "Several allies, including Germany and the United States, oppose ...": those named
        named = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                      for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP")), None)
        if named is not None:
            return [named, *named.conjuncts]
    if subj is None:
        return [None]
    # "Keir Starmer and Emmanuel Macron agreed ...", read as one name: the first person is a
    # modifier of the second with its "and"
    named_with = [c for c in subj.lefts if c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON"
                  and subj.ent_type_ == "PERSON" and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]
    return named_with + [subj] + list(subj.conjuncts)


def _carried_on(v: Token) -> Token:
    """The verb that says what is done, past verbs of carrying on: "keep observing" -> observing,
    "continue to buy" -> buy."""
    while v.lemma_.lower() in CARRY_ON_VERBS:
        nxt = next((c for c in v.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        v = nxt
    return v


#: Doings of yielding to what they are done to ("comply with the ruling", "adhere to the
#: ceasefire"): asking for them backs it, where giving something up opposes it.
YIELD_TO_VERBS = {"comply", "adhere", "conform", "obey", "submit", "abide"}


def _stance_of_doing(v: Token, vlex: dict[str, list[dict[str, str]]], default: str,
                     own: tuple[str, ...] = ("support", "oppose")) -> str:
    """The stance that doing ``v`` takes towards its object: stopping, not doing or giving it up
    opposes it, buying or joining it supports it, a verb of the lexicon its own stance where that
    is one of ``own``; else ``default``."""
    inner = _entry(v, vlex) or {}
    lemma = v.lemma_.lower()
    if lemma in YIELD_TO_VERBS and not _negated(v):
        return "support"  # "called on China to comply with the award": the award is to be obeyed
    # ("not to threaten each other or use force": the "not" of the first doing is the second's too)
    negated = _negated(v) or (v.dep_ == "conj" and v.head.pos_ == "VERB" and _negated(v.head)
                              and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))
    if lemma in STOP_VERBS or lemma in HOSTILE_VERBS or negated or inner.get("stance") == "concede" \
            or _on_hold(v) is not None:
        return "oppose"
    if lemma in ADOPT_VERBS:
        return "support"
    if inner.get("stance") in own:
        return inner["stance"]
    obj = _object(v)
    if obj is not None and obj.head.lower_ == "against":
        return "oppose"  # "vowed to retaliate against the rebels"
    return default


#: Where a thing held or put is suspended ("hold the treaty in abeyance", "put the talks on hold").
_IN_SUSPENSE = {"abeyance", "hold", "ice"}


def _on_hold(v: Token) -> Token | None:
    """"decided to hold the treaty in abeyance", "put the deal on hold": suspending it; the word
    that says so ("abeyance"), or None."""
    if v.lemma_.lower() not in ("hold", "put", "keep", "place"):
        return None
    obj = _object(v)
    preps = [c for c in v.children if c.dep_ == "prep"] + ([c for c in obj.children if c.dep_ == "prep"] if obj else [])
    return next((g for p in preps if p.lower_ in ("in", "on") for g in p.children
                 if g.dep_ == "pobj" and g.lower_ in _IN_SUSPENSE), None)


def _is_actor(target: tuple[str, str | None], entities: list[dict[str, Any]]) -> bool:
    """Whether a target is one that can hold a stance: a country (also when named by its people,
    "Indian withdrawal"), a body, a person."""
    return any(x["type"] in ACTOR_TYPES and (x["id"] == target[1] or target[0] in (x["name"], x.get("country")))
               for x in entities)


def _np_end(tok: Token) -> Token:
    """The last token of a noun phrase before its relative clause, apposition or past participle
    ("the systems, delivered by Russia last summer, ..." ends at "systems"); a present participle
    stays ("entities engaging in transactions with Russia")."""
    skip = {t.i for c in tok.subtree if c.i != tok.i and (
            c.dep_ == "relcl" or (c.dep_ == "appos" and tok.doc[c.left_edge.i - 1].text != "(")
            or (c.dep_ == "acl" and c.tag_ != "VBG")) for t in c.subtree}
    stop = min((i for i in skip if i > tok.i), default=tok.right_edge.i + 1)
    kept = [t for t in tok.subtree if tok.i <= t.i < stop and t.i not in skip and (not t.is_punct or t.text == ")")]
    return max(kept, key=lambda t: t.i, default=tok)  # (a mark the tagger took for a noun: "»")


def _evidence_start(v: Token, subj: Token | None) -> Token:
    """Where the evidence starts: the subject phrase when it is the verb's own, else the verb's
    first auxiliary ("... and has threatened to ...")."""
    if subj is not None and subj.head.i == v.i:
        return subj.left_edge
    aux = [c for c in v.lefts if c.dep_ in ("aux", "auxpass", "neg")]
    return aux[0] if aux else v


def _entity_id(entities: list[dict[str, Any]], name: str) -> str | None:
    return next((x["id"] for x in entities if x["name"] == name), None)


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
