"""Commitments, threats and requirements as positions: "agreed to revive the 1998 accord"
supports it, "refused to sign the deal" opposes it, "agreed to resume talks with X" negotiates with
X, "rejected US calls to join the talks" opposes the talks, "threatened to enforce its sanctions on
India" threatens India."""
from __future__ import annotations

from spacy.tokens import Token

from .position_actors import actor_country, recipient, talks_partner, target_of
from .position_finder import Finder, StanceWord
from .position_grammar import (actors_of, batched, carried_on, doing_negated, done_with_force, lexicon_entry, np_end,
                               object_of, on_hold, stance_of_doing)
from .position_words import (ACT_NOUNS, ANSWER_VERBS, CALL_NOUNS, COMMIT_ACTIONS, CONFIDENCE, DEPARTING_VERBS, ENVOYS,
                             FORCE_NOUNS, FORCES_NOUNS, FORCE_VERBS, LEFT_POSTS, NOT_TARGETS, PARTNERSHIP_NOUNS,
                             PULLING_OUT_VERBS, PUNITIVE_NOUNS, RELATION_OBJECTS, REPRISAL_VERBS, STOP_VERBS)


def _called_doing(w: StanceWord) -> Token | None:
    """'rejected US calls to join trilateral talks', 'accepted an invitation to join the
    alliance': the infinitive the call asks for, when the verb answers a call; else None."""
    if ANSWER_VERBS.get(w.lemma) is None or w.obj is None or w.obj.lemma_.lower() not in CALL_NOUNS:
        return None
    to = [c for c in list(w.obj.children) + ([w.xcomp] if w.xcomp is not None else [])
          if c.dep_ in ("acl", "advcl", "xcomp") and c.pos_ == "VERB" and c.i > w.obj.i
          and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
          and not any(g.dep_ == "nsubj" for g in c.children)]  # (not "a call for Washington to acquire it")
    return to[0] if to else None


def commitment_pattern(f: Finder, w: StanceWord) -> bool:
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
        for actor_tok in actors_of(w.subj) if against is not None else []:
            f.emit(actor_tok, None, target_of(against, f.entities), "threaten", "THREATEN",
                   [w.first, w.v, np_end(against)], "threat", CONFIDENCE["threat"])
        return True
    if w.xcomp is not None and any(c.i < w.xcomp.i and (c.tag_ == "WRB" or c.lower_ == "whether")
                                   for c in w.xcomp.children):
        return True  # "only the Sudanese can decide how to achieve it": an open question, no commitment
    inner = carried_on(w.xcomp) if w.xcomp is not None else None
    if inner is None or object_of(inner) is None:
        return w.xcomp is not None or w.obj is None  # ("agreed on a ceasefire": object_pattern reads it)
    actors = actors_of(w.subj)
    # "agreed to increase flights and to revive the accord": each thing agreed to
    for doing in [inner] + [c for c in inner.conjuncts if c.pos_ == "VERB" and c.i > inner.i]:
        what = object_of(doing)
        if what is None:
            continue
        if doing.lemma_.lower() in PULLING_OUT_VERBS and what.lower_ in ENVOYS:
            continue  # "decided to withdraw its high commissioner from Canada": the verb is read on its own
        if (w.entry["action"] == "REFUSE") != w.negated \
                and (lexicon_entry(doing, f.vlex) or {}).get("action") == "ACCUSE":
            # "the IAEA had refused to even condemn the attacks on Iran's facilities": withholding
            # blame backs neither the attacks nor those attacked
            f.used.update({w.xcomp.i, doing.i})
            continue
        st = stance_of_doing(doing, f.vlex, default="support", own=("support", "oppose", "negotiate", "threaten"))
        talks = (f.nlex.get(what.lower_) or f.nlex.get(what.lemma_.lower()) or {}).get("stance") == "negotiate"
        if talks and st == "support":
            st = "negotiate"  # "ready to resume talks with the United States"
        if doing.lemma_.lower() in REPRISAL_VERBS | FORCE_VERBS and st == "oppose" or done_with_force(doing) and st == "support":
            # "vowed to retaliate against Hezbollah", "ready to respond to any misadventure with
            # full force": a punitive step promised
            st = "threaten"
        # (but "agreed not to use force" opposes force, as "renounce force" would)
        refrained = doing_negated(doing) and doing.lemma_.lower() not in STOP_VERBS \
            and (lexicon_entry(doing, f.vlex) or {}).get("stance") in (None, "oppose", "threaten") \
            and what.lemma_.lower() not in FORCE_NOUNS and what.lower_ not in FORCE_NOUNS
        if refrained and w.entry["action"] == "AGREE" and not w.negated:
            # "Serbia agreed not to block Kosovo's membership", "Syria would agree not to move heavy
            # weapons near the border": a promise not to do it gives way
            st = "concede"
        elif (w.entry["action"] == "REFUSE") != w.negated:
            # (refusing to impose sanctions opposes them: a threat turned down)
            st = {"support": "oppose", "oppose": "support", "negotiate": "oppose", "threaten": "oppose"}.get(st, st)
        if st == "oppose" and doing.lemma_.lower() in STOP_VERBS and (w.entry["action"] == "REFUSE") == w.negated \
                and (any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her") for c in what.children)
                     or doing.lemma_.lower() in PULLING_OUT_VERBS and what.lemma_.lower() in FORCES_NOUNS):
            # "Iran agreed to curb its nuclear programme", "agreed to withdraw troops": it gives
            # way on its own
            st = "concede"
        if st == "oppose" and (w.entry["action"] == "REFUSE") == w.negated and not doing_negated(doing) \
                and (lexicon_entry(doing, f.vlex) or {}).get("stance") == "concede":
            st = "concede"  # "agreed to lift all economic sanctions on Syria": gives way, as "lifted them" does
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
                target = talks_partner(what, actor_tok, actors, f.entities) or target
            held = on_hold(doing)  # (the evidence runs to "in abeyance")
            to = recipient(doing, what, f.entities)
            if to is not None:
                # "pledged to send more tanks to Ukraine": on Ukraine (the one who hands over a
                # weapon takes no stance on it: "refused to deliver Taurus missiles to Kyiv")
                target = target_of(to, f.entities)
            if len(actors) == 2 and what.lower_ in RELATION_OBJECTS | PARTNERSHIP_NOUNS \
                    and (any(c.lower_ == "their" for c in what.children) or not any(
                        c.dep_ == "prep" and c.lower_ in ("with", "between")
                        for c in (*what.children, *doing.children))):
                # "Pakistan and China pledged to deepen their partnership", "Saudi Arabia and Iran
                # agreed to restore ties": each on the other
                other = actors[1] if actor_tok is actors[0] else actors[0]
                side = actor_country(other, f.entities, f.att_at(w.v.idx), f.outlet_country)
                target = side[:2] if side[0] else target
            f.emit(actor_tok, None, target, st, action,
                   [w.first, w.v, np_end(what)] + [t for t in (held, to) if t is not None], "commitment",
                   CONFIDENCE["verb"])
    return True


def threat_pattern(f: Finder, w: StanceWord) -> bool:
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
                       and t.head.lower_ in ("on", "against") and t.lower_ != "top"  # (not "on top of" a tariff)
                       and t.head.head.i in (node.i, *(c.i for c in node.children), *(b.i for b in batched(node)))),
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
               [w.first, w.v, np_end(victim)], "threat", CONFIDENCE["threat"])
    return True


def requirements_pattern(f: Finder, w: StanceWord) -> bool:
    """'meet all the requirements under which the waiver ... can be given': support the waiver."""
    if w.lemma not in ("meet", "fulfil", "fulfill", "qualify") or w.obj is None:
        return False
    waiver = next((t for t in w.obj.subtree if t.lemma_.lower() in ("waiver", "exemption")), None)
    if waiver is not None:
        f.emit(w.subj, None, target_of(waiver, f.entities), "support", w.action, [w.first, w.v, np_end(waiver)],
               "verb", CONFIDENCE["verb"])
    return True
