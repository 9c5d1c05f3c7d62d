"""A stance verb and its object as a position: "the two sides are discussing BECA" (negotiate),
"withdrew from the treaty" (oppose), "has given up oil purchases from Iran" (concede), "expelled
the Indian envoy" (oppose India), "opposed the lifting of sanctions" (oppose the lifting)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .agreement_words import AGREEMENT_HEADS
from .doctools import word_lemma
from .entities import both_countries, names_both_countries
from .position_actors import actor_country, entities_in, entity_id_named, is_actor, span_of, target_of
from .position_commitments import commitment_pattern
from .position_demands import stopped_doing
from .position_finder import Finder, StanceWord, demanding_speaker
from .position_grammar import (actors_of, end_of, is_obliged, lexicon_entry, np_end, object_of, object_of_prep,
                               out_of, position_in_favour, stance_of_doing)
from .position_words import (ACTION_OF_STANCE, ACTOR_TYPES, ATTEMPT_NOUNS, COMMODITIES, CONFIDENCE, COURTESIES,
                             DEPARTING_VERBS, GENERIC_TOPICS, HELD_STANCES, INTENT_VERBS, LEAVE_VERBS, MEASURE_NOUNS,
                             MISSIONS, OBJECTION_NOUNS, ORDERING_VERBS, OUTGOING_TRADE, PLACE_NOUNS, PULLING_OUT_VERBS,
                             RELATION_OBJECTS, RESOLVE_NOUNS, STOP_VERBS, TRADE_WORDS, UNNAMED_PARTNERS)
from .source_words import entity_country


def _a_place(obj: Token, entities: list[dict[str, Any]]) -> bool:
    """Whether an object names land (a place, "the parts of the Donetsk region") and no treaty or
    body ("the Paris Agreement", "the International Criminal Court")."""
    if obj.dep_ != "pobj" or obj.head.lower_ != "from":
        return False  # (not the country taken out: "withdrawing Russia from the treaty")
    named = [x["type"] for _, x in entities_in(entities, *span_of(obj))]
    if obj.lemma_.lower() in AGREEMENT_HEADS or any(t in ("ORG", "AGREEMENT", "LAW") for t in named):
        return False
    return obj.ent_type_ in ("GPE", "LOC") or obj.lemma_.lower() in PLACE_NOUNS \
        or (obj.lemma_.lower() in ("part", "rest") and any(t in ("GPE", "LOC") for t in named))


def object_pattern(f: Finder, w: StanceWord) -> bool:
    """A stance word and its object: 'India supports the BECA talks', 'will never recognise
    occupied territories', 'has given up oil purchases from Iran'."""
    v, lemma, stance, action, obj = w.v, w.lemma, w.stance, w.action, w.obj
    if lemma == "push" and obj is not None and obj.head.i == v.i and obj.i > v.i and not any(
            x["type"] in ACTOR_TYPES for _, x in entities_in(f.entities, *span_of(obj))):
        # "US pushes 28-point peace plan" wants the plan ("pushes India" presses India)
        stance, w = "support", w._replace(stance="support")
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
    stopped = stopped_doing(v, f.vlex) if obj is None else None
    if stopped is not None:
        # "the United States should stop arming Taiwan" (the speaker's demand), "India stopped
        # buying Iranian oil": the stance of the doing, turned
        doing, done_to, st = stopped
        f.used.add(doing.i)
        evidence = [w.first, v, np_end(done_to)]
        if is_obliged(v):
            speaker = demanding_speaker(f, v)
            if speaker is not None:
                f.emit(None, speaker, target_of(done_to, f.entities), st, "DEMAND", evidence, "demand",
                       CONFIDENCE["demand"])
            return True
        if doing.lemma_.lower() in ("buy", "purchase", "import"):
            st = "concede"  # "India stopped buying Iranian oil" gives way, as "gave up oil purchases" does
        action = ACTION_OF_STANCE[st]
        for actor_tok in actors_of(w.subj):
            f.emit(actor_tok, None, target_of(done_to, f.entities), st, action, evidence, "verb", CONFIDENCE["verb"])
        return True
    if obj is not None and action == "DEMAND" and any(
            c.dep_ in ("relcl", "acl") and any(a.dep_ == "auxpass" for a in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in obj.children):
        return True  # "called for disputes to be resolved peacefully": what is to be done to them, no stance on them
    if obj is None or (lemma == "decide" and w.xcomp is None) or (lemma == "want" and obj.ent_type_ == "GPE") \
            or (action == "CONSULT" and obj.lemma_.lower() in GENERIC_TOPICS):
        return True  # "waiting for Washington to decide our fate", "Russia wants Ukraine": no stance on either
    if _courtesy(obj):
        return True  # "renew ... the assurances of its highest consideration": a note's courtesy, no stance
    if lemma == "withdraw" and not w.negated and _a_place(obj, f.entities):
        return True  # "Ukraine would withdraw from the parts of the Donetsk region": troops from land, not a treaty
    if lemma in DEPARTING_VERBS and not w.negated and (obj.ent_type_ in ("GPE", "LOC")
                                                         or obj.lemma_.lower() in PLACE_NOUNS):
        # "72 hours to leave the country": going away from a place takes no stance on it (but
        # "will not leave Crimea" holds on to it)
        return True
    left = _left_by_country(v, obj) if lemma in PULLING_OUT_VERBS and not w.negated else None
    if left is not None:
        # "a bill withdrawing Russia from the treaty", "pulled Britain out of the convention":
        # the country taken out leaves what it is taken out of
        # (the country is named as the object, which ``actor_country`` takes for what is acted on)
        for country in (obj, *obj.conjuncts):
            hit = next((x for _, x in entities_in(f.entities, *span_of(country)) if entity_country(x)), None)
            if hit is not None:
                f.emit(None, (hit["country"], hit["id"], "the country taken out"), target_of(left, f.entities),
                       stance, action, [w.first, v, np_end(left)], "verb", CONFIDENCE["verb"])
        return True
    if lemma in LEAVE_VERBS and ((obj.dep_ == "dobj" and lemma in PULLING_OUT_VERBS) or obj.ent_type_ in ("GPE", "LOC")) \
            and obj.lemma_.lower() not in OBJECTION_NOUNS:
        # "withdraw troops from four regions" is no stance on the troops; withdrawing from a
        # country (its troops) is none on the country; from a treaty is (and withdrawing one's
        # objections gives way); what one quits or exits is what one leaves ("quit ECOWAS")
        return True
    # (the "to" on the verb too: "extended its support to the Philippines")
    held = object_of_prep(v, obj, ("to", "for") if obj.lemma_.lower() != "veto" else ("on", "against", "over")) \
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
        commitment_pattern(f, w._replace(xcomp=obj.doc[obj.i + 2], obj=None, entry={**w.entry, "action": "AGREE"}))
        return True
    if held is not None and stance == "support":
        # "reaffirmed our commitment to peace", "reiterated its opposition to the plan": what it is to
        stance = HELD_STANCES[obj.lemma_.lower()]
        action = ACTION_OF_STANCE[stance] if action == "SUPPORT" else action  # ("its opposition to": REJECT)
        obj = held
    favoured = position_in_favour(obj) if stance == "support" else None
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
            and not entities_in(f.entities, *span_of(obj)):
        return True  # "Washington stands with its ally": which ally, the words do not say
    ended = end_of(obj)
    pressed = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                    for g in c.children if g.dep_ == "pobj"), None) \
        if action == "DEMAND" and (obj.lemma_.lower() in MEASURE_NOUNS or _is_measure(obj)) else None
    if pressed is not None:  # "calls for sanctions on Georgian officials": against those they would hit
        for actor_tok in actors_of(w.subj):
            f.emit(actor_tok, None, target_of(pressed, f.entities, goods=False), "oppose", action,
                   [w.first, v, np_end(pressed)], "verb", CONFIDENCE["verb"])
        return True
    if action == "DEMAND" and stance == "oppose" and obj.dep_ == "dobj" and obj.ent_type_ not in ACTOR_TYPES \
            and (ended is not None or target is not None and not is_actor(target, f.entities)):
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
    evidence = [w.first, v, np_end(obj)]
    if is_obliged(v):
        # "Washington has said Ankara must give up the S-400": the speaker's demand, not a concession
        speaker = demanding_speaker(f, v)
        if speaker is not None:
            f.emit(None, speaker, target, stance_of_doing(v, f.vlex, default=stance), "DEMAND", evidence, "demand",
                   CONFIDENCE["demand"])
        return True
    objection = stance == "concede" and obj.lemma_.lower() in OBJECTION_NOUNS
    if objection:
        # "Orban dropped his opposition to the package", "lifted its veto on Sweden's bid": it
        # gives way on what it objected to (or, with that unsaid, on its objection)
        to = object_of_prep(v, obj, ("to", "on", "against", "over"))
        target = target_of(to, f.entities) if to is not None else target
        evidence = [w.first, v, np_end(to if to is not None else obj)]
    gives_up = lemma in _EASING_VERBS and (_is_measure(obj) or _own_force(obj)) and not w.negated
    if gives_up and stance in ("oppose", "concede"):
        # "Beijing paused rare earth curbs", "lifted sanctions on Syria", "Israel would halt its
        # strikes": it gives up a measure or a use of force of its own
        stance, action = "concede", "YIELD"
    elif stance == "concede" and lemma in STOP_VERBS and not objection and (not _is_trade(obj) or _outgoing(obj)):
        # halting imports gives way; halting inspections, or exports to a country, opposes them
        stance, action = "oppose", "REJECT"
    if stance == "concede" and lemma in ("succumb", "bow", "yield") and any(
            (lexicon_entry(c, f.vlex) or {}).get("stance") == "concede" and object_of(c) is not None for c in v.conjuncts):
        return True  # "succumbed to US pressure and has given up oil purchases": what it gave up is the concession
    if stance == "concede" and lemma == "succumb":
        pressure_from = next((t for t in obj.subtree if t.dep_ in ("compound", "amod", "poss", "pobj") and t.i != obj.i), None)
        target = target_of(pressure_from, f.entities) if pressure_from is not None else target
    # the two sides / both countries / both leaders: each of the two countries
    if w.subj is not None and names_both_countries(w.subj):
        for country in both_countries(w.subj, f.entities):
            f.emit(None, (country, entity_id_named(f.entities, country), "joint"), target, stance, action, evidence,
                   "verb", CONFIDENCE["verb"])
        return True
    # "thanked Germany and the Netherlands": each country named
    targets = [target] + [target_of(c, f.entities) for c in obj.conjuncts if c.ent_type_ in ("GPE", "NORP", "ORG")] \
        if obj.ent_type_ in ("GPE", "NORP", "ORG") else [target]
    for actor_tok in actors_of(w.subj):
        for each in targets:
            f.emit(actor_tok, None, each, stance, action, evidence,
                   "negated" if w.negated else "verb", CONFIDENCE["negated" if w.negated else "verb"])
    return True


def _relations(f: Finder, w: StanceWord, obj: Token) -> bool:
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
        hit = next((x for _, x in entities_in(f.entities, *span_of(tok)) if x["type"] in ("GPE", "NORP")
                    and x.get("country")), None)
        if hit is not None:
            target = (hit["country"], hit["id"] if hit["name"] == hit["country"] else None)
            break
    evidence = [w.first, v, np_end(obj)]
    actors = actors_of(w.subj)
    how, conf = ("negated", CONFIDENCE["negated"]) if w.negated else ("verb", CONFIDENCE["verb"])
    if target is None and len(actors) == 2 and any(c.lower_ == "their" for c in obj.children):
        # "Vietnam and the United States upgraded their ties": each on the other
        sides = [actor_country(a, f.entities, f.att_at(v.idx), f.outlet_country) for a in actors]
        if all(sides) and sides[0][0] != sides[1][0]:
            for me, other in ((sides[0], sides[1]), (sides[1], sides[0])):
                f.emit(None, me, other[:2], w.stance, w.action, evidence, how, conf)
        return True
    over = next((g for c in [*obj.children, *v.children] if c.dep_ == "prep" and c.lower_ in ("over", "against")
                 for g in c.children if g.dep_ == "pobj"), None) if obj.lemma_.lower() == "protest" else None
    if target is None and over is not None:
        # "lodged a protest over a post by China's consul general": a stance on what is protested
        target, evidence = target_of(over, f.entities), [w.first, v, np_end(over)]
    if target is None:
        return True
    for actor_tok in actors:
        f.emit(actor_tok, None, target, w.stance, w.action, evidence, how, conf)
    return True


def _tried(obj: Token, vlex: dict[str, list[dict[str, str]]]) -> Token | None:
    """The measure a noun of trying would impose ("new sanctions" of "attempts to impose new
    sanctions"), or None. Only a punitive doing: whose bid or effort it is, or what it would do
    to whom, is not read here ("welcomed Australia's bid to host ...", "backed efforts to isolate
    Iran")."""
    if obj.lemma_.lower() not in ATTEMPT_NOUNS or any(c.dep_ == "poss" for c in obj.children):
        return None
    doing = next((c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if doing is None or not any(x["stance"] == "threaten" for x in vlex.get(word_lemma(doing), [])):
        return None
    return next((c for c in doing.children if c.dep_ == "dobj"), None)


#: Verbs that give up a measure when it is their object ("suspended its export controls").
def _courtesy(obj: Token) -> bool:
    """Whether an object is a formula of courtesy: the courtesy itself ("its compliments") or
    assurances of it ("the assurances of its highest consideration"); not a stance that merely has
    such a word further on ("its commitment to the peace process with regard to Gaza")."""
    if obj.lemma_.lower() in COURTESIES:
        return True
    return obj.lemma_.lower() == "assurance" and any(
        g.lemma_.lower() in COURTESIES for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj")


_EASING_VERBS = {"suspend", "pause", "lift", "ease", "cut", "lower", "reduce", "scrap", "drop", "remove", "halt",
                 "end", "waive", "relax", "roll", "withdraw", "stop", "cease"}


def _is_measure(obj: Token) -> bool:
    """Whether a noun phrase is a measure one side takes against another: sanctions, tariffs,
    curbs, a ban, export controls ("the export control measures it announced")."""
    words = obj.doc[obj.left_edge.i : np_end(obj).i + 1]
    return any(t.lemma_.lower() in MEASURE_NOUNS or t.lower_ in MEASURE_NOUNS for t in words if t.i <= obj.i) or (
        obj.lemma_.lower() in ("control", "measure") and any(t.lemma_.lower() in ("control", "export") for t in words))


#: Uses of force a side can halt ("halt its strikes", "suspend the offensive").
_FORCE_USED = {"strike", "attack", "offensive", "operation", "raid", "bombing", "bombardment", "shelling", "fire",
               "hostility", "hostilities", "incursion", "airstrike", "assault", "test", "drill", "exercise"}


def _own_force(obj: Token) -> bool:
    """Whether a noun phrase is a use of force, the subject's own or no one else's named ("its
    strikes", "attacks on energy infrastructure"; not "Israel's strikes" halted by another)."""
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    return (obj.lemma_.lower() in _FORCE_USED or obj.lower_ in _FORCE_USED) and (
        owner is None or owner.lower_ in ("its", "their", "our", "his", "her"))


def _is_trade(obj: Token) -> bool:
    """Whether a noun phrase is about buying or selling something ("oil purchases from Iran",
    "imports of crude"), which an actor gives way on when it halts it."""
    end = np_end(obj).i
    return any(t.lower_ in COMMODITIES or t.lemma_.lower() in TRADE_WORDS
               for t in obj.doc[obj.left_edge.i : end + 1])


def _outgoing(obj: Token) -> bool:
    """Whether a trade is one the actor sends out ("F-35 parts exports to Israel", "arms sales"):
    halting it restricts the other side rather than giving way to anyone."""
    words = obj.doc[obj.left_edge.i : np_end(obj).i + 1]
    return any(t.lemma_.lower() in OUTGOING_TRADE for t in words) or any(
        t.dep_ == "prep" and t.lower_ == "to" and t.head.i == obj.i for t in words)


def _left_by_country(v: Token, obj: Token) -> Token | None:
    """What a country is taken out of, when the object of "withdraw" or "pull" is a country
    ("withdrawing Russia from the treaty", "pull Britain out of the convention"): a body or an
    agreement, not a place ("withdraw Russian troops from Syria" takes out no country)."""
    if obj.dep_ != "dobj" or obj.ent_type_ not in ("GPE", "NORP") or obj.pos_ != "PROPN":
        return None
    left = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ == "pobj"), None) or out_of(v)
    if left is None or left.ent_type_ in ("GPE", "LOC") or left.lemma_.lower() in PLACE_NOUNS:
        return None
    return left
