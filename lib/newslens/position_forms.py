"""Positions from words outside the stance lexicon's verb patterns: arms handed over ("sent tanks
to Ukraine"), reactions drawn ("drew sharp criticism from Beijing"), permission, needs ("stressed
the need for a ceasefire"), judgments ("called the drills a provocation"), envoys declared persona
non grata, nominal stances ("India's firm stand on ...", "US pressure on India"), talks held and
countries put at risk of sanctions ("puts Turkey at risk for potential sanctions")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .agreement_words import AGREEMENT_HEADS
from .position_actors import actor_country, entities_in, recipient, span_of, talks_partner, target_of
from .position_finder import Finder, demanding_speaker
from .position_grammar import (actors_of, evidence_start, is_conditional, is_negated, np_end, object_of, on_hold,
                               subject_of)
from .position_words import (ACTION_OF_STANCE, ACTOR_TYPES, ANGER_VERBS, CONFIDENCE, DRAW_VERBS, EXPRESS_VERBS,
                             HOSTILE_REACTIONS, JUDGING_VERBS, NEED_NOUNS, NOT_TARGETS, PERMIT_VERBS, TALKS_VERBS,
                             judgment_words)


def supply_pattern(f: Finder, v: Token) -> None:
    """"Britain sent tanks to Ukraine", "Iran is supplying drones to Russia": the one who hands
    over arms or aid backs the country that gets them. Nothing when it is not done ("will not
    send"), only weighed ("if ...") or has no one doing it."""
    if v.pos_ != "VERB" or v.i in f.used or is_negated(v) or is_conditional(v):
        return
    what = next((c for c in v.children if c.dep_ == "dobj"), None)
    to = recipient(v, what, f.entities)
    subj = subject_of(v)
    if to is None or subj is None or any(c.dep_ == "auxpass" for c in v.children):
        return
    for actor_tok in actors_of(subj):
        f.emit(actor_tok, None, target_of(to, f.entities), "support", "SUPPORT",
               [evidence_start(v, subj), v, np_end(to)], "verb", CONFIDENCE["verb"])


def reaction_pattern(f: Finder, v: Token) -> None:
    """A country's reaction to something, told from the thing's side: "The move drew sharp
    criticism from Beijing", "The sale angered Beijing": the one who reacts opposes it. Nothing
    when the act is not done or only weighed."""
    if v.pos_ != "VERB" or v.i in f.used or is_negated(v) or is_conditional(v):
        return
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
        return  # "the enlargement would provoke Russia": a prediction, not a reaction
    cause = subject_of(v)
    held = v.head.head
    if v.dep_ == "advcl" and v.doc[v.i - 1].text == "," and v.head.dep_ == "acl" and v.head.tag_ == "VBG" \
            and held.dep_ == "dobj" and held.head.pos_ == "VERB":
        # "Russia vetoed a draft calling for a truce, drawing criticism from Britain": the
        # parser hangs the reaction on the draft's participle; it is to the veto, Russia's
        cause = subject_of(held.head)
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
               [evidence_start(v, cause), v, np_end(one)], "verb", CONFIDENCE["verb"])


def permission_pattern(f: Finder, v: Token) -> None:
    """Letting a country do something backs it, and refusing to let it opposes it: "Turkey will not
    allow Sweden to join NATO" (Turkey opposes Sweden), "Washington allowed Kyiv to strike targets
    inside Russia" (backs Kyiv)."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in PERMIT_VERBS or v.i in f.used or is_conditional(v):
        return
    doing = next((c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
    if doing is None:
        return
    who = next((c for c in v.children if c.dep_ == "dobj"), None) \
        or next((c for c in doing.children if c.dep_ == "nsubj"), None)
    if who is None or who.ent_type_ not in ("GPE", "NORP", "ORG") or who.i > doing.i:
        return
    subj = subject_of(v)
    stance, action = ("oppose", "REJECT") if is_negated(v) else ("support", "SUPPORT")
    for actor_tok in actors_of(subj):
        f.emit(actor_tok, None, target_of(who, f.entities), stance, action,
               [evidence_start(v, subj), v, np_end(who)], "verb", CONFIDENCE["verb"])


def suspension_pattern(f: Finder, v: Token) -> None:
    """"India held the Indus Waters Treaty in abeyance", "India's decision to put the talks on
    hold": suspending something opposes it, whatever the verb of holding. Not what is only
    weighed ("if ..."), not done, or another's act judged ("condemned the decision to ...": read
    by the judging verb)."""
    word = on_hold(v) if v.pos_ == "VERB" and v.i not in f.used else None
    if word is None or is_negated(v) or is_conditional(v):
        return
    obj = object_of(v)
    subj = subject_of(v)
    if obj is None or subj is None:
        return
    for actor_tok in actors_of(subj):
        f.emit(actor_tok, None, target_of(obj, f.entities), "oppose", "REJECT",
               [evidence_start(v, subj), v, word], "verb", CONFIDENCE["verb"])
    f.used.add(v.i)


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


#: Modals of what must be ("there must be a ceasefire").
_MUST = {"must", "should"}


def need_pattern(f: Finder, v: Token) -> None:
    """'there must be an immediate ceasefire' (in what a source says), 'The Russian side stressed
    the need for an immediate ceasefire': backing what is needed, by the subject or the speaker
    ("there must be no ..." opposes it)."""
    if v.lemma_ == "be" and any(c.dep_ == "expl" for c in v.children) \
            and any(c.dep_ == "aux" and c.lower_ in _MUST for c in v.children):
        what = next((c for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if what is None or is_conditional(v) or is_negated(v):
            return
        stance = "oppose" if any(c.dep_ == "det" and c.lower_ == "no" for c in what.children) else "support"
        there = next(c for c in v.children if c.dep_ == "expl")
        target = target_of(what, f.entities)
        if target is not None and target[1] is None:  # ("no foreign troops": the troops)
            target = (re.sub(r"^no\s+", "", target[0]), None)
        f.emit(None, None, target, stance, ACTION_OF_STANCE[stance], [there, np_end(what)], "need",
               CONFIDENCE["verb"])
    elif v.lemma_.lower() in NEED_NOUNS and v.pos_ == "NOUN" and v.dep_ == "dobj" and v.head.pos_ == "VERB" \
            and not is_conditional(v.head) and not is_negated(v.head):
        what = next((g for c in v.rights if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if g.dep_ == "pobj"), None)
        if what is None:
            return
        subj = subject_of(v.head)
        f.emit(subj, None, target_of(what, f.entities), "support", "SUPPORT",
               [subj.left_edge if subj is not None else v.head, np_end(what)], "need", CONFIDENCE["verb"])


#: Punishments whose risk for a country is a threat by whoever would impose them.
_PENALTIES = {"sanction", "sanctions", "penalty", "penalties", "tariff", "tariffs", "consequence", "consequences"}


def risk_pattern(f: Finder, v: Token) -> None:
    """'puts Turkey at risk for potential sanctions under CAATSA' (said by a US spokesperson):
    a threat against the country at risk, by the country the penalties are named for ("US
    sanctions") or else the speaker's side; nothing when neither is known."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in ("put", "place", "leave") or is_negated(v) or is_conditional(v):
        return
    at_risk = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "at"
                    and any(g.dep_ == "pobj" and g.lower_ == "risk" for g in c.children)), None)
    country = next((c for c in v.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "NORP")), None)
    if at_risk is None or country is None:
        return
    penalty = next((t for t in at_risk.subtree if t.lower_ in _PENALTIES), None)
    if penalty is None:
        return
    by = next((c for c in penalty.lefts if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP")),
              None)
    actor = actor_country(by, f.entities, None, f.outlet_country) if by is not None else \
        demanding_speaker(f, v)
    if actor is None or not actor[0]:
        return
    f.emit(None, actor, target_of(country, f.entities), "threaten", "THREATEN",
           [evidence_start(v, subject_of(v)), v, np_end(penalty)], "verb", CONFIDENCE["verb"])


def judgment_pattern(f: Finder, v: Token) -> None:
    """One who takes something for a threat, a violation, a milestone or a partner takes a stance
    on it: "China called the drills a provocation" (oppose), "Seoul regards Tokyo as a
    partner" (support). The judging words are the predicate's head, its modifiers and what it
    is of or for ("a rehearsal for invasion")."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in JUDGING_VERBS or is_negated(v) or is_conditional(v):
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
    end = np_end(pred)
    if end.i + 1 < len(v.doc) and v.doc[end.i + 1].is_quote and v.doc[pred.left_edge.i - 1].is_quote:
        end = v.doc[end.i + 1]  # (its closing quotation mark)
    subj = subject_of(v)
    for actor_tok in actors_of(subj):
        f.emit(actor_tok, None, target, stance, "ACCUSE" if stance == "oppose" else "SUPPORT",
               [evidence_start(v, subj), v, end], "verb", CONFIDENCE["verb"])


#: Words of a measure eased ("lower tariffs", "preferential duties").
_EASED = {"lower", "lowered", "reduced", "zero", "preferential", "concessional"}


#: Nouns of judging whose "of" is what they judge ("the Kingdom's condemnation of the approval").
_JUDGING_NOUNS = {"condemnation", "denunciation", "rejection"}
#: Nouns of leaving a treaty or a body ...
_LEAVING_NOUNS = {"withdrawal", "exit"}
#: ... and the bodies one leaves, beside the treaties (``AGREEMENT_HEADS``).
_LEFT_BODIES = {"court", "alliance", "organisation", "organization", "bloc", "union", "council", "talks", "grouping",
                "group", "forum", "process"}


def noun_pattern(f: Finder, n: Token) -> None:
    """Nominal forms: "India's firm stand on ...", "US pressure on India"; the actor a country,
    body or person named before the noun ("Scorpene talks" are talks on a weapon, not by its
    maker's country)."""
    if n.pos_ not in ("NOUN", "PROPN") or n.lower_ not in f.nlex and n.lemma_.lower() not in f.nlex \
            or (n.pos_ == "PROPN" and not (n.dep_ == "dobj" and n.head.lemma_.lower() in EXPRESS_VERBS)):
        return  # (a noun the parser took for a name only as an object: "voiced solidarity with ...")
    entry = f.nlex.get(n.lower_) or f.nlex[n.lemma_.lower()]
    if entry["action"] == "COERCE" and any(c.dep_ == "amod" and c.lower_ in _EASED for c in n.children):
        return  # "gives EFTA members lower tariffs on watches": a measure eased, against no one
    actor_tok = next((c for c in n.children if c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("PROPN", "ADJ", "NOUN")
                      and any(x["type"] in ACTOR_TYPES for _, x in entities_in(f.entities, *span_of(c)))), None)
    preps = ("on", "against", "over", "for", "to", "with") + (("of",) if n.lemma_.lower() in _JUDGING_NOUNS else ())
    leaving = n.lemma_.lower() in _LEAVING_NOUNS
    if leaving:
        # "Hungary's exit from the ICC", "Russia's withdrawal from the treaty": from a treaty or a body,
        # not a place ("Israel's withdrawal from Gaza") nor with what is pulled out ("of its troops")
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
            return
        preps = ("from",)
    first = actor_tok.left_edge if actor_tok is not None else None  # (all its name: "the United States' exit")
    expressed = actor_tok is None and n.dep_ == "dobj" and n.head.lemma_.lower() in EXPRESS_VERBS
    if expressed:
        # "China expressed strong dissatisfaction with the US decision", "voiced concern over
        # the dam": the one who expresses it ("concern for the victims" is none against them)
        verb = n.head
        if is_negated(verb) or is_conditional(verb) or verb.i in f.used:
            return
        actor_tok, first = subject_of(verb), verb
        preps = ("on", "against", "over", "with", "about", "at", "to") \
            + (("for",) if entry["stance"] == "support" else ()) \
            + (("of",) if n.lemma_.lower() in _JUDGING_NOUNS else ())
    # (the preposition may hang on the verb: "voiced solidarity with the Palestinian people")
    prep = next((c for c in [*n.children, *(c for c in n.head.rights if c.i > n.i and expressed)]
                 if c.dep_ == "prep" and c.lower_ in preps), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ != "hold"), None) if prep is not None else None
    if actor_tok is None or pobj is None:
        return
    if leaving and not (pobj.lemma_.lower() in AGREEMENT_HEADS + tuple(_LEFT_BODIES) or any(
            x["type"] in ("ORG", "AGREEMENT", "LAW") for _, x in entities_in(f.entities, *span_of(pobj)))):
        return  # (one leaves a treaty or a body; "withdrawal from the border areas" is troops')
    if expressed:
        first = evidence_start(first, actor_tok)
    stance = entry["stance"]
    if entry["action"] == "DEMAND" and prep.lower_ == "for":
        stance = "support"  # "Iran's demand for guarantees" wants them; "US pressure on India" is against
    f.emit(actor_tok, None, target_of(pobj, f.entities), stance, entry["action"], [first, n, np_end(pobj)],
           "noun", CONFIDENCE["noun"])


def talks_pattern(f: Finder, n: Token) -> None:
    """"South Korea held talks with Japan", "Manila is in talks with France on a similar pact":
    each one talking negotiates with the other side and over an agreement or a weapon the talks
    are on."""
    if n.pos_ != "NOUN" or (f.nlex.get(n.lower_) or f.nlex.get(n.lemma_.lower()) or {}).get("stance") != "negotiate":
        return
    verb = n.head if n.dep_ == "dobj" and n.head.lemma_.lower() in TALKS_VERBS else None
    if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.lemma_.lower() in ("be", "remain", "engage"):
        verb = n.head.head
    if verb is None or is_negated(verb) or is_conditional(verb) or verb.i in f.used:
        return
    actors = [a for a in actors_of(subject_of(verb)) if a is not None]
    topic = next((g for c in n.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "about")
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_TARGETS), None)
    with_ = next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"), None)
    for actor_tok in actors:
        # "with France and Canada": each of them; with nobody named, the other subject
        targets = [actor_country(p, f.entities, None, None)[:2] for p in [with_, *with_.conjuncts]] \
            if with_ is not None else [talks_partner(n, actor_tok, actors, f.entities)]
        if topic is not None and any(x["type"] in ("AGREEMENT", "WEAPON", "LAW")
                                     for _, x in entities_in(f.entities, *span_of(topic))):
            targets.append(target_of(topic, f.entities))
        for target in targets:
            f.emit(actor_tok, None, target, "negotiate", "CONSULT", [evidence_start(verb, actor_tok), verb, np_end(n)],
                   "verb", CONFIDENCE["verb"])


def expulsion_pattern(f: Finder, v: Token) -> None:
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
    country = next((x for _, x in entities_in(f.entities, envoy.start_char, envoy.end_char)
                    if x["type"] in ("GPE", "NORP") and x.get("country")), None)
    if country is None:
        return
    target = (country["country"], country["id"] if country["name"] == country["country"] else None)
    subj = subject_of(v)
    for actor_tok in actors_of(subj):
        f.emit(actor_tok, None, target, "oppose", "REJECT", [evidence_start(v, subj), v, v.doc[latin.i + 2]],
               "verb", CONFIDENCE["verb"])
    f.used.add(v.i)
