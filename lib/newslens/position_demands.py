"""Demands as positions: "pressurizing India to stop the S-400 deal" opposes the deal, "urged
India to buy ..." supports it, "pressured Ankara into cancelling the purchase" opposes the purchase;
calls for sanctions or for perpetrators to be brought to justice oppose those named."""
from __future__ import annotations

from spacy.tokens import Token

from .position_actors import target_of
from .position_finder import Finder, StanceWord, demanding_speaker
from .position_grammar import (actors_of, end_of, is_negated, is_obliged, lexicon_entry, np_end, object_of,
                               stance_of_doing)
from .position_words import (ADOPT_VERBS, ATTENTION_NOUNS, CONFIDENCE, DEPARTING_VERBS, DOING_TO_VERBS, FORCES_NOUNS,
                             HOSTILE_VERBS, LEAVE_VERBS, MISCONDUCT_VERBS, STOP_VERBS, THINKING_VERBS)


#: What one owes ("shoulder its responsibilities", "honour their commitments").
_DUTY_NOUNS = {"responsibility", "obligation", "commitment", "duty", "role", "promise", "pledge"}
#: Verbs of wanting something ...
_WANTING = {"want", "hope", "wish"}
#: ... whose infinitive gives, says or shows something rather than gets it ("wanted to send a message").
_GIVING_VERBS = {"make", "send", "give", "show", "say", "tell", "convey", "signal", "deliver", "offer", "pay",
                 "express", "extend", "stress", "emphasise", "emphasize", "highlight", "underline"}


def demand_pattern(f: Finder, w: StanceWord) -> bool:
    """'pressurizing India to stop the deal', 'urged India not to buy Russian oil': the stance
    of what is asked for, and of each doing joined to it ("would require Kyiv to cede territory,
    cap the size of its army and give up its bid"), none of which is the asker's own doing. True
    when the word is read (a position found, or none to find)."""
    if w.action != "DEMAND" or w.xcomp is None:
        return False
    read = _asked_for(f, w)
    # the parser may hang the later doings on the demand's verb ("require Kyiv to cede territory,
    # cap ..." with "cap" joined to "require"): a list after a comma, each a bare verb or one
    # written the same in the past ("cut"), with no subject or auxiliary of its own (not "We call
    # on all states to implement the resolutions and urge ...")
    joined = sorted((c for c in w.v.conjuncts if c.i > w.xcomp.i and (c.tag_ == "VB" or c.lower_ == c.lemma_.lower())),
                    key=lambda c: c.i) if w.xcomp.tag_ == "VB" else []
    if joined and joined[0].doc[joined[0].i - 1].text != ",":
        joined = []
    for more in [*w.xcomp.conjuncts, *joined]:
        # (a verb of asking is the asker's own next request: "... to implement the resolutions and
        # urge the DPRK to ...", however the parser joins it)
        if more.i > w.xcomp.i and more.pos_ == "VERB" and more.i not in f.used and not any(
                c.dep_ in ("nsubj", "nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lower_ != "to")
                for c in more.children) and (lexicon_entry(more, f.vlex) or {}).get("action") != "DEMAND":
            _asked_for(f, w._replace(xcomp=more))
            f.used.add(more.i)
    return read


def _asked_for(f: Finder, w: StanceWord) -> bool:
    """The stance of one doing a demand asks for (``w.xcomp``); see ``demand_pattern``."""
    speaker = None
    if is_obliged(w.v):
        # "38 percent said Germany should push Kyiv to negotiate": what the subject is told to
        # demand is the speaker's position, if the speaker speaks for a side, else no one's
        speaker = demanding_speaker(f, w.v)
        if speaker is None:
            # (nor are the doings asked for anyone's: not "Germany negotiates with Russia")
            f.used.update(t.i for t in w.xcomp.subtree if t.pos_ == "VERB")
            return True

    def emit(inner_obj: Token, st: str) -> None:
        for actor_tok in [None] if speaker else actors_of(w.subj):
            f.emit(actor_tok, speaker, target_of(inner_obj, f.entities), st, w.action,
                   [w.first, w.v, np_end(inner_obj)], "demand", CONFIDENCE["demand"])

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
    if w.lemma in _WANTING and w.xcomp.lemma_.lower() in _GIVING_VERBS:
        f.used.add(w.xcomp.i)
        return True  # "a gesture that Astana wanted to make to Washington": what it gives, no demand
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
        for actor_tok in [None] if speaker else actors_of(w.subj):
            f.emit(actor_tok, speaker, target_of(punished, f.entities), "oppose", w.action,
                   [w.first, w.v, w.xcomp.right_edge], "demand", CONFIDENCE["demand"])
        return True
    inner_obj = object_of(w.xcomp)
    ended = end_of(inner_obj) if inner_obj is not None else None
    if ended is not None:  # "called on the international community to put an end to these violations"
        f.used.add(w.xcomp.i)
        emit(ended, "oppose")
        return True
    stopped = stopped_doing(w.xcomp, f.vlex)
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
        if inner_obj.lemma_.lower() in _DUTY_NOUNS and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in inner_obj.children):
            # "calls on the international community to shoulder its responsibilities", "calls on the
            # parties to implement their commitments": their own duty, no stance on a thing
            return True
        emit(inner_obj, stance_of_doing(w.xcomp, f.vlex, default="oppose" if pressing else "support"))
        if (lexicon_entry(w.xcomp, f.vlex) or {}).get("action") == "DEMAND":
            # "called on the US to pressure Israel to halt its strikes": what Israel is to be pressed
            # into is no stance of the one who calls
            f.used.update(t.i for t in w.xcomp.subtree if t.pos_ == "VERB")
        return True
    # "urged member states to stand together", "call on China not to conduct ...": those urged are
    # no target of it
    return w.obj is not None and (w.obj.dep_ == "dobj" or w.obj.dep_ == "pobj" and w.obj.head.lower_ in ("on", "upon"))


def _coerced(v: Token, vlex: dict[str, list[dict[str, str]]]) -> Token | None:
    """Whom a coercive act is done to ("Kigali" of "impose sanctions on Kigali"), when ``v`` is
    one ("impose", "tighten sanctions"); else None."""
    if (lexicon_entry(v, vlex) or {}).get("stance") != "threaten" or is_negated(v):
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


def stopped_doing(stop: Token, vlex: dict[str, list[dict[str, str]]]) -> tuple[Token, Token, str] | None:
    """(the doing, what it is done to, the stance of stopping it) when ``stop`` is a verb of
    stopping with a doing after it ("stop buying Russian oil": oppose; "stop blaming China":
    support); None for a doing of no known stance ("stop hyping the threat")."""
    if stop.lemma_.lower() not in STOP_VERBS:
        return None
    doing = next((c for c in stop.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"), None)
    obj = object_of(doing) if doing is not None else None
    if obj is None:
        return None
    lemma = doing.lemma_.lower()
    entry = lexicon_entry(doing, vlex) or {}
    if lemma in ADOPT_VERBS or lemma in DOING_TO_VERBS or entry.get("stance") == "support":
        return doing, obj, "oppose"
    if lemma in HOSTILE_VERBS or entry.get("stance") in ("oppose", "threaten"):
        return doing, obj, "support"
    return None
