"""How the sentence around a stance word is read for positions: its subject and object, the
actors joined to the subject, negation, conditions and obligation, where a noun phrase ends, and
the stance a doing takes towards its object."""
from __future__ import annotations

from spacy.tokens import Token

from .agreement_words import AGREEMENT_HEADS, TRUCE_HEADS
from .cues import names_something
from .doctools import list_lead, word_lemma
from .position_words import (ADOPTED_TEXTS, ADOPTING_VERBS, ADOPT_VERBS, AGREEMENT_OBJECT, BATCH_NOUNS, CARRY_ON_VERBS,
                             DEMAND_NOUNS, ENDING_NOUNS, FORCE_NOUNS, HOSTILE_VERBS, LEAVE_VERBS, NOT_TARGETS,
                             OWN_ACT_NOUNS, POSITION_NOUNS, REFLEXIVES, STOP_VERBS, WEIGHING_VERBS, YIELD_TO_VERBS)
from .resolution_text import body_saying


def done_with_force(v: Token) -> bool:
    """Whether a verb is done "with (full) force" ("will respond to any aggression with full force",
    the "with" on the verb or, as the parser often hangs it, on its object)."""
    obj = object_of(v)
    return any(g.lemma_.lower() in FORCE_NOUNS or g.lower_ in FORCE_NOUNS
               for c in [*v.children, *(obj.children if obj is not None else ())]
               if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj")


def object_of(v: Token) -> Token | None:
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
    out = out_of(v) if v.lemma_.lower() in LEAVE_VERBS else None
    if out is not None:  # "pulled out of the whaling convention"
        return out
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


#: Verbs that take a stance on an act rather than do it ("will never accept any attempt to ...",
#: "condemned the decision to ..."): the act is not the subject's own.
_JUDGING_ACTS = {"accept", "reject", "oppose", "condemn", "denounce", "resist", "thwart", "block", "foil", "tolerate",
                 "welcome", "support", "back", "criticise", "criticize", "slam", "protest", "decry", "deplore"}


def subject_of(v: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs on; of two before it, the nearer
    ("MONTEVIDEO, Dec 6 (Wire) - Brazil's President ... urged": the parser makes the dateline
    a subject too)."""
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < v.i]
    body = body_saying(v)
    if body is not None:  # "The Security Council, ... 1. Endorses the plan": the Council
        return body
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
        return subject_of(v.head)
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        text = v.head
        if text.lemma_.lower() in ADOPTED_TEXTS and text.dep_ == "dobj" and text.head.lemma_.lower() in ADOPTING_VERBS:
            return subject_of(text.head)  # "The General Assembly adopted a resolution demanding ...": the assembly
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
        if poss is None and noun.lemma_.lower() in OWN_ACT_NOUNS and held.dep_ == "dobj" \
                and held.head.lemma_.lower() not in _JUDGING_ACTS \
                and not any(c.dep_ == "det" and c.lower_ in ("any", "every", "no", "such") for c in noun.children):
            return subject_of(held.head)  # (not "will never accept any attempt to stop the flow": another's)
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
        return subject_of(v.head.head)
    if v.dep_ == "pcomp" and v.head.lower_ == "for" and v.head.head.pos_ == "VERB":
        # "praised Seoul for imposing sanctions", "censured Hungary for blocking the aid": the
        # one praised or blamed did it, not the one who judges
        obj = next((c for c in v.head.head.children if c.dep_ == "dobj" and c.i < v.i), None)
        if obj is not None:
            return obj
    return None


#: Words of not wanting to do what follows them ("reluctant to accept losses", "unwilling to sign").
_UNWILLING = {"reluctant", "unwilling", "loath", "loth", "hesitant", "disinclined", "averse"}


def is_negated(v: Token) -> bool:
    """"did not sign", "will never recognise", what is set aside for something else ("to
    abstain rather than veto the plan", "instead of joining the talks") and what is warned or
    argued against ("warned Kazakhstan against joining Western sanctions"), and what is denied,
    failed, avoided or refrained from ("denied supplying weapons to Russia", "failed to comply",
    "avoids condemning Russia", "refrained from naming it"), or not wanted ("reluctant to accept")."""
    before = v.doc[max(0, v.i - 3) : v.i]
    return any(c.dep_ == "neg" for c in v.children) or any(t.lower_ in ("not", "never", "cannot", "n't")
                                                           for t in before) \
        or any(a.lower_ == "rather" and b.lower_ == "than" or a.lower_ == "instead" and b.lower_ == "of"
               for a, b in zip(before, before[1:])) \
        or (v.dep_ == "pcomp" and v.head.lower_ == "against") \
        or (v.dep_ in ("xcomp", "ccomp") and v.tag_ == "VBG" and v.head.lemma_.lower() == "deny") \
        or (v.dep_ == "xcomp" and v.head.lemma_.lower() in ("fail", "avoid", "refrain", "hesitate")) \
        or (v.dep_ == "xcomp" and v.head.lower_ in _UNWILLING) \
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


def batched(v: Token) -> list[Token]:
    """What a batch a verb governs is of ("sanctions" of "adopted a 14th package of sanctions")."""
    return [g for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in BATCH_NOUNS
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _restrictive(t: Token) -> bool:
    """'restrictive measures', the EU's word for sanctions."""
    return t.lemma_.lower() == "measure" and any(c.lower_ == "restrictive" for c in t.lefts)


def lexicon_entry(v: Token, vlex: dict[str, list[dict[str, str]]]) -> dict[str, str] | None:
    """The stance lexicon's row for a verb as used here: the one with its particle ("give up",
    "stand firm") when that follows it, is its object ("summoned a senior Chinese diplomat") or
    its object's complement ("held Washington responsible"), its preposition ("voted with Russia
    against") or what a batch it governs is of ("adopted a package of restrictive measures"); the
    one for an agreement (``AGREEMENT_OBJECT``) when its object is one ("scrapped the pact"); else
    the plain one; None if the verb is not listed."""
    entries = vlex.get(word_lemma(v), [])
    if any(x["particle"] == AGREEMENT_OBJECT for x in entries) and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in {*AGREEMENT_HEADS, *TRUCE_HEADS}
                                                 or c.ent_type_ == "AGREEMENT") for c in v.children):
        # "scrapped the pact", "will terminate a military intelligence-sharing agreement", "to
        # terminate the General Security of Military Information Agreement" (a name)
        return next(x for x in entries if x["particle"] == AGREEMENT_OBJECT)
    parts = _particle(v) | {t.lower_ for t in v.doc[v.i + 1 : v.i + 3]} | {
        g.lower_ for c in v.children if c.dep_ == "dobj" for g in c.rights if g.dep_ in ("amod", "oprd")} | {
        c.lower_ for c in v.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ == "ADJ"} | {
        c.lower_ for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "against")} | {
        "sanctions" if _restrictive(o) else o.lower_ for o in batched(v)} | {
        c.lower_ for c in v.children if c.dep_ == "dobj"}
    return next((x for x in entries if x["particle"] and x["particle"] in parts), None) or \
        next((x for x in entries if not x["particle"]), None)


def out_of(v: Token) -> Token | None:
    """What a verb takes something out of ("pulled out of the whaling convention", "pulling Russia
    out of the treaty"): the object of the "of" after "out", which the parser hangs on "out" as a
    preposition or beside it on the verb when "out" is a particle; None without one."""
    for c in v.children:
        if c.dep_ in ("prep", "prt") and c.lower_ == "out":
            of = next((g for d in c.children if d.dep_ == "prep" and d.lower_ == "of" for g in d.children
                       if g.dep_ == "pobj" and g.ent_type_ not in NOT_TARGETS), None)
            if of is None and c.dep_ == "prt":
                of = next((g for d in v.children if d.dep_ == "prep" and d.lower_ == "of" for g in d.children
                           if g.dep_ == "pobj" and g.ent_type_ not in NOT_TARGETS), None)
            if of is not None:
                return of
    return None


def agent_pobj(v: Token) -> Token | None:
    """The one named in a verb's "by" phrase ("France" of "backed by France"), passive or not."""
    return next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def agent_of(v: Token) -> Token | None:
    """Who does what a passive verb says ("France" of "was backed by France", and of "was backed
    by Japan and opposed by France"), or None."""
    if not any(c.dep_ == "auxpass" for c in [*v.children, *(v.head.children if v.dep_ == "conj" else [])]):
        return None
    return agent_pobj(v)


def object_of_prep(v: Token, obj: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of one of ``preps`` on a verb's object, or on the verb after it (the parser
    hangs it on either): "commitment to peace", "dropped its opposition to the package"."""
    return next((g for c in [*obj.children, *(c for c in v.rights if c.i > obj.i)] if c.dep_ == "prep"
                 and c.lower_ in preps for g in c.children if g.dep_ == "pobj"), None)


def position_in_favour(obj: Token) -> tuple[str, Token] | None:
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


def end_of(obj: Token) -> Token | None:
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


def is_obliged(v: Token) -> bool:
    """Whether a verb says what its subject must do, not what it does: "must give up", "should
    join", "has to stop", "needs to accept", and a verb joined to one ("should stop the raids and
    withdraw") or helped by one ("should help de-escalate the situation")."""
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i and (v.dep_ == "conj" or v.head.lemma_.lower() == "help"):
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in v.children):
            return True
        v = v.head
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in v.children):
        return True
    # ("remains obliged to cooperate", "is required to allow": what the law asks of it, not what it
    # chooses; but "is bound to defend the Philippines" by a treaty is a commitment it keeps)
    return v.dep_ == "xcomp" and (v.head.lemma_.lower() in ("have", "need") or v.head.lower_ in _OBLIGED) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


#: Participles of being held to do something.
_OBLIGED = {"obliged", "obligated", "required", "compelled"}


def is_conditional(v: Token) -> bool:
    """Whether a verb is in a condition ("if Moscow did not agree", "unless Tehran accepts"), an
    open question ("declined to say whether the United States would back new sanctions"), only
    weighed ("is considering lifting sanctions") or what there is no sign of ("no sign that Russia
    intends to ..."), which takes no stance."""
    for t in [v, *v.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.dep_ == "advcl" and t.head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
            return True  # "as long as Washington pursues its course": a condition
        if t.head.i != t.i and t.head.lemma_.lower() in ("purport", "purports"):
            return True  # "a video purports to show a fighter thanking Ukraine": not so
        if t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.lemma_.lower() in WEIGHING_VERBS:
            return True  # "is considering lifting sanctions", "weighs easing them": not decided
        if t.dep_ in ("ccomp", "xcomp", "advcl") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children):
            return True  # "has seen no sign that Russia intends to use ...": nothing is said to be so
        if t.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def actors_of(subj: Token | None) -> list[Token | None]:
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
    if subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl":
        # "China, Russia and Eritrea were among the countries that voted against it": those named
        # as among them
        noun = subj.head.head
        among = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else None
        named = next((c for c in among.head.children if c.dep_ == "nsubj"), None) if among is not None else None
        if named is not None and named.ent_type_ in ("GPE", "NORP", "ORG"):
            return [named, *named.conjuncts]
    # "Keir Starmer and Emmanuel Macron agreed ...", read as one name: the first person is a
    # modifier of the second with its "and"
    named_with = [c for c in subj.lefts if c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON"
                  and subj.ent_type_ == "PERSON" and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]
    return named_with + [subj] + list(subj.conjuncts)


def carried_on(v: Token) -> Token:
    """The verb that says what is done, past verbs of carrying on: "keep observing" -> observing,
    "continue to buy" -> buy."""
    while v.lemma_.lower() in CARRY_ON_VERBS:
        nxt = next((c for c in v.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        v = nxt
    return v


def doing_negated(v: Token) -> bool:
    """Whether a doing is negated, by its own "not" or by that of the doing it is joined to ("not
    to threaten each other or use force": the "not" of the first is the second's too)."""
    return is_negated(v) or (v.dep_ == "conj" and v.head.pos_ == "VERB" and is_negated(v.head)
                             and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))


def stance_of_doing(v: Token, vlex: dict[str, list[dict[str, str]]], default: str,
                     own: tuple[str, ...] = ("support", "oppose")) -> str:
    """The stance that doing ``v`` takes towards its object: stopping, not doing or giving it up
    opposes it (not giving it up supports it), buying or joining it supports it, a verb of the
    lexicon its own stance where that is one of ``own``; else ``default``."""
    inner = lexicon_entry(v, vlex) or {}
    lemma = v.lemma_.lower()
    if lemma in YIELD_TO_VERBS and not is_negated(v):
        return "support"  # "called on China to comply with the award": the award is to be obeyed
    negated = doing_negated(v)
    if negated and inner.get("stance") == "concede":
        return "support"  # "agreed not to lift sanctions on Syria": they stay
    if lemma in STOP_VERBS or lemma in HOSTILE_VERBS or negated or inner.get("stance") == "concede" \
            or on_hold(v) is not None:
        return "oppose"
    if lemma in ADOPT_VERBS:
        return "support"
    if inner.get("stance") in own:
        return inner["stance"]
    obj = object_of(v)
    if obj is not None and obj.head.lower_ == "against":
        return "oppose"  # "vowed to retaliate against the rebels"
    return default


#: Where a thing held or put is suspended ("hold the treaty in abeyance", "put the talks on hold").
_IN_SUSPENSE = {"abeyance", "hold", "ice"}


def on_hold(v: Token) -> Token | None:
    """"decided to hold the treaty in abeyance", "put the deal on hold": suspending it; the word
    that says so ("abeyance"), or None."""
    if v.lemma_.lower() not in ("hold", "put", "keep", "place"):
        return None
    obj = object_of(v)
    preps = [c for c in v.children if c.dep_ == "prep"] + ([c for c in obj.children if c.dep_ == "prep"] if obj else [])
    return next((g for p in preps if p.lower_ in ("in", "on") for g in p.children
                 if g.dep_ == "pobj" and g.lower_ in _IN_SUSPENSE), None)


def np_end(tok: Token) -> Token:
    """The last token of a noun phrase before its relative clause, apposition or past participle
    ("the systems, delivered by Russia last summer, ..." ends at "systems"); a present participle
    stays ("entities engaging in transactions with Russia")."""
    skip = {t.i for c in tok.subtree if c.i != tok.i and (
            c.dep_ == "relcl" or (c.dep_ == "appos" and tok.doc[c.left_edge.i - 1].text != "(")
            or (c.dep_ == "acl" and c.tag_ != "VBG")) for t in c.subtree}
    stop = min((i for i in skip if i > tok.i), default=tok.right_edge.i + 1)
    kept = [t for t in tok.subtree if tok.i <= t.i < stop and t.i not in skip and (not t.is_punct or t.text == ")")
            and not (t.dep_ == "neg" and t.head.i == tok.i and t.i > tok.i)]  # ("cooperation, not subordination")
    return max(kept, key=lambda t: t.i, default=tok)  # (a mark the tagger took for a noun: "»")


def evidence_start(v: Token, subj: Token | None) -> Token:
    """Where the evidence starts: the subject phrase when it is the verb's own, else the verb's
    first auxiliary ("... and has threatened to ...")."""
    if subj is not None and subj.head.i == v.i:
        return subj.left_edge
    aux = [c for c in v.lefts if c.dep_ in ("aux", "auxpass", "neg")]
    return aux[0] if aux else v
