"""Agreements: which treaties, pacts and deals an article names, in what state, beside the record.

Detection: AGREEMENT entities (gazetteer names, old names and acronym definitions), unseen names
headed by agreement / treaty / pact / ... at either end ("the Maritime Cooperation Agreement",
"the Agreement on the Maintenance of Peace and Tranquillity along the LAC"), weapon deals ("the
S-400 deal"), agreements described but not named ("reached an agreement on patrolling", "a trade
deal", "the 1996 agreement on confidence-building measures"; each is the agreement already found
that it describes where the words say so: the record's agreement of its year and party, the
agreement of its kind named before, the weapon's deal), and "the deal" / "this agreement" linked
back to the agreement named last. A headline's short description is the body's agreement. A
pact "of the X type" ("a COMCASA-type pact") is a new agreement, not X.

Status, as the article reports it at its date, comes from the words that govern each mention
(``data/agreement_status.csv``) with tense, modality and negation: "have inked" -> signed, "will
be signed" / "vetted and ready" -> ready_to_sign, "are discussing" / "not yet signed" ->
under_negotiation, "drafts submitted" / "offered" -> proposed, otherwise mentioned. The most
advanced status the article asserts wins, with the words that say it as evidence.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from typing import Any, NamedTuple

import pandas as pd
from spacy.tokens import Doc, Span, Token

from . import config
from .agreement_words import TRUCE_HEADS, status_lexicon
from .doctools import sent_of_span, text_of, word_lemma
from .entities import countries_by_mentions, parties_by_mentions, party_of
from .gazetteer import default_gazetteer, norm_key
from .source_spans import past_dateline_text
from .source_words import JOINT
from .spans import subtree_span

STATUSES = ("signed", "ready_to_sign", "under_negotiation", "proposed", "mentioned")
RANK = {s: i for i, s in enumerate(reversed(STATUSES))}  # mentioned 0 ... signed 4

DEAL_HEADS = {"deal", "contract", "agreement", "purchase", "order", "sale"}
ANAPHORS = re.compile(
    r"\b(?:the|this|that|such|its)\s+(?:(?:missile|arms|defen[cs]e|weapons?|nuclear|military|landmark|"
    r"foundational|key|crucial|critical|bilateral|proposed|new|\$\s?\d+(?:\.\d+)?\s?(?:billion|bn|million))\s+){0,3}"
    r"(deal|pact|agreement|accord|treaty|contract|annex|memorandum)\b",
    re.IGNORECASE,
)
_UNSEEN = re.compile(
    r"\b((?:[A-Z][\w’'\-]*\s+(?:(?:of|and|on|for|the|in|to)\s+){0,2}){1,8}"
    r"(?:Agreements?|Treaty|Accords?|Pact|Memorandum(?: of Understanding)?|Annexe?|Protocol|Arrangement|Framework|Convention))\b"
)
#: ... and names that put the head first: "the Agreement on the Maintenance of Peace and
#: Tranquillity along the LAC", "a Memorandum of Understanding on the implementation of High
#: Impact Community Development Projects" (a word in lower case before its "of"), "the Treaty
#: of Friendship, Cooperation and Mutual Assistance", a
#: "Declaration of Principles" (the name of a kind of agreement; other declarations are not).
#: A head-last match that runs over the end of one head-first name into the next: "... on Maritime
#: Security and Safety Cooperation and the Memorandum of Understanding" (of a list of two).
_RUNS_INTO_NEXT = re.compile(r"\b(?:Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Convention)\s+(?:on|of|for|between)\s+"
                             r".*\band\s+(?:the\s+)?(?:Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Convention)\b")
#: The word after a treaty's name that makes it the name of the body it set up, or of a meeting
#: ("the Foreign Ministers' Framework Dialogue").
_ORGANISATION_AFTER = re.compile(r"\s+(?:Organi[sz]ation|Dialogue|Summit|Meeting|Forum|Conference|Secretariat)\b")
_UNSEEN_HEAD_FIRST = re.compile(
    r"\b((?:[A-Z][\w’'\-]*\s+){0,3}(?:Agreement|Treaty|Accord|Pact|Memorandum of Understanding|Protocol|Convention"
    r"|Declaration(?=\s+of\s+Principles))"
    r"\s+(?:on|of|for|between|concerning|regarding|to)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'\-]*"
    # (not into the next agreement of a list: "the MoU on Maritime Security and the MoU on ...")
    r"(?:,?\s+(?:(?:of|and|on|for|the|in|to|along|between|against|with|at)\s+){0,3}"
    r"(?!(?:Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Convention)\b)[A-Z][\w’'\-]*)*)"
)
#: Agreements an article describes without a name, by what they are about ("an agreement on
#: patrolling along the LAC", "the 1996 agreement on confidence-building measures", "a trade
#: deal"): the head words, the modifiers that say what kind of agreement it is, the words that
#: reach or negotiate one, and the prepositions that say what it is on.
#: (Narrower than ``agreement_words.AGREEMENT_HEADS``: "a broader framework", "an arrangement"
#: described without a name are seldom a deal.)
DESCRIBED_HEADS = {"agreement", "deal", "pact", "accord", "treaty", "truce", "ceasefire", "memorandum", "mou", "swap"}
DESCRIBING_WORDS = {"trade", "peace", "ceasefire", "nuclear", "defence", "defense", "security", "arms", "border",
                    "patrolling", "cooperation", "free-trade", "bilateral", "military", "gas", "oil", "energy",
                    "investment", "maritime", "grain", "prisoner", "hostage", "swap", "exchange", "framework",
                    "confidence-building", "fishing", "water", "basing", "logistics", "intelligence-sharing",
                    "tariff", "visa", "extradition", "debt", "loan", "fighter", "jet", "missile", "submarine",
                    "mineral", "minerals", "strategic", "partnership", "normalisation", "normalization", "transit",
                    "humanitarian", "migration", "climate", "troop", "access", "pandemic", "health"}
#: Describing words that say nothing of the kind of agreement ("a bilateral agreement").
_NO_KIND = {"bilateral", "strategic", "partnership", "cooperation", "framework", "exchange"}
#: Kind words that say the same kind ("a security pact" ... "the defence agreement").
_KIND_OF = {"defense": "defence", "security": "defence", "military": "defence", "free-trade": "trade"}
_REACHING = {"reach", "strike", "hammer", "broker", "clinch", "secure", "agree", "lead"}
_ON_PREPS = {"on", "for", "over", "to", "between", "with"}
_TYPE_TRAP = re.compile(r"^\s*-?\s*(?:type|like|style|model)\b(?:\s+(?:pact|agreement|deal|accord|treaty|arrangement))?",
                        re.IGNORECASE)
PURPOSE_VERBS = {"allow", "enable", "facilitate", "provide", "permit", "let", "give", "help", "lay", "govern", "cover"}
MODAL_UNCERTAIN = {"may", "might", "could"}
#: ... and those that say it ought to be so, which it is not yet ("should conclude the deal").
MODAL_OBLIGED = {"should", "must", "ought"}
FUTURE = {"will", "shall", "would", "'ll"}


def _names_a_date(doc: Doc, s: int, e: int) -> bool:
    """Whether text from ``s`` to ``e`` holds a date or a time ("... Agreement on Tuesday")."""
    return any(ent.label_ in ("DATE", "TIME") and ent.start_char < e and s < ent.end_char for ent in doc.ents)


@lru_cache(maxsize=1)
def records() -> dict[str, dict[str, Any]]:
    """The agreements record (``data/agreements.csv``) by id: full name, parties, date signed, source."""
    out = {}
    with open(config.DATA_DIR / "agreements.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            row = {k: (v or None) for k, v in row.items()}
            row["parties"] = (row.get("parties") or "").split("|") if row.get("parties") else []
            for names in ("earlier_names", "shared_names"):
                row[names] = (row.get(names) or "").split("|") if row.get(names) else []
            out[row["id"]] = row
    return out


def record_frame() -> pd.DataFrame:
    """The record as a table."""
    df = pd.DataFrame(records().values())
    df["parties"] = df["parties"].map(", ".join)
    df["earlier_names"] = df["earlier_names"].map(", ".join)
    df["shared_names"] = df["shared_names"].map(", ".join)
    return df


# ---------------------------------------------------------------------------------------------
# status of one mention

def _lemma(t: Token) -> str:
    return word_lemma(t)


#: Status words that say a state only as verbs: "the cabinet cleared the deal", not "we have
#: been very clear that a return to the JCPOA remains the best path".
_STATUS_VERBS_ONLY = {"clear"}


def _status_words(gov: Token) -> list[Token]:
    """Status words in a governing verb's own predicate: itself, its adjectival and verbal
    complements and their conjuncts ("is all vetted and ready for being inked")."""
    lex = status_lexicon()
    found, stack, seen = [], [gov], set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if _lemma(t) in lex and t.pos_ in ("VERB", "ADJ", "NOUN", "AUX") \
                and not (t.pos_ == "ADJ" and _lemma(t) in _STATUS_VERBS_ONLY):
            found.append(t)
        for c in t.children:
            if c.dep_ == "pobj" and t.lower_ in ("in", "into") and t.i != gov.i:
                stack.append(c)  # "remain in force", "came into force"
            if c.dep_ == "dobj" and c.lemma_.lower() == "effect" and _lemma(t) == "take":
                stack.append(c)  # "took effect"
            if c.dep_ in ("acomp", "xcomp", "conj", "ccomp", "prep", "pcomp", "auxpass", "oprd", "advcl") and c.i != gov.i:
                if c.dep_ == "ccomp" and t.i != gov.i:
                    continue
                stack.append(c)
    return sorted(found, key=lambda t: abs(t.i - gov.i))


#: Words that put what follows them in the future ("set to be signed", "poised to ink").
_FUTURE_LEADS = {"expect", "set", "likely", "due", "plan", "schedule", "poise", "poised", "about"}


def _modality(v: Token) -> tuple[bool, bool, bool]:
    """(negated, future or to-be-done, uncertain or only called for) for a status word, looking at it
    and its head."""
    chain = [v] + ([v.head] if v.head is not v and v.dep_ in ("xcomp", "acomp", "conj", "pcomp", "ccomp") else [])
    neg = fut = unsure = obliged = False
    for t in chain:
        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" or low in ("never", "yet"):
                neg = True
            if c.dep_ in ("aux", "auxpass") and (low in FUTURE or low == "to"):
                fut = True
            if c.dep_ == "aux" and low in MODAL_UNCERTAIN:
                unsure = True
            if c.dep_ == "aux" and low in MODAL_OBLIGED:
                obliged = True
        if t is not v and t.lemma_ in ("need", "have") and v.dep_ == "xcomp":
            obliged = True  # "needs to sign the deal", "has to conclude it"
        if t.lemma_ in _FUTURE_LEADS or any(c.lemma_ in _FUTURE_LEADS for c in t.children):
            fut = True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "unless", "once", "if") for c in t.children):
            fut = True  # "will not open for signature until negotiations ... are completed": not yet
    if v.dep_ == "pobj" and v.head.lower_ == "to" and v.head.head.lemma_ in _FUTURE_LEADS:
        fut = True  # a headline's "set to ink ... deal", parsed as a preposition and a noun
    # "yet to be signed", "not yet signed": negation through a preceding 'yet'/'not'
    doc = v.doc
    window = doc[max(0, v.i - 4) : v.i]
    if any(t.lower_ in ("not", "never", "yet") for t in window):
        neg = True
    if obliged:  # what ought to be done is not done, nor set to be: still being worked on
        fut, unsure = False, True
    return neg, fut, unsure


def adjust_status(base: str, neg: bool, fut: bool, unsure: bool) -> str:
    """Tense, modality and negation applied to a status word's status."""
    if base == "signed":
        if neg:
            return "under_negotiation"
        if fut:
            return "ready_to_sign"
        if unsure:
            return "under_negotiation"
        return "signed"
    if base == "ready_to_sign":
        return "under_negotiation" if neg else "ready_to_sign"
    if base == "under_negotiation":
        return "mentioned" if neg else "under_negotiation"  # "did not discuss the deal" says nothing of its state
    if base == "proposed":
        return "mentioned" if neg else "proposed"
    return base


#: Changes to an agreement whose own state the words above them tell ("sought modification of
#: the treaty", "demanded a review of the pact").
_CHANGE_NOUNS = {"modification", "amendment", "revision", "review", "renegotiation", "suspension", "termination",
                 "violation", "breach", "withdrawal", "exit", "abrogation", "collapse", "expiry", "expiration",
                 "overhaul", "change", "changes"}


#: Words that make a signing something striven for, not a date set ("aim to sign", "the goal is
#: to conclude", "hope to ink").
_GOALS = {"aim", "goal", "target", "hope", "want", "wish", "seek", "try", "push", "strive", "intend", "objective",
          "ambition"}


#: Words of striving towards something ("commitment to concluding", "work towards signing").
_STRIVING = {"commitment", "commit", "committed", "work", "effort", "move", "step", "progress", "path", "road", "way"}


def _a_goal(v: Token) -> bool:
    """Whether a status word's infinitive is a goal: governed by a word of aiming ("hope to sign")
    or the complement of "is" with such a subject ("The aim is to sign")."""
    head = v.head
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and head.lower_ in ("to", "towards", "toward") \
            and _lemma(head.head) in _GOALS | _STRIVING:
        return True  # "their commitment to concluding a CECA", "work towards signing"
    if v.dep_ not in ("xcomp", "ccomp", "advcl", "attr") or head.i == v.i:
        return False
    if _lemma(head) in _GOALS:
        return True
    # (or further up a chain of infinitives: "want to move fast ... and to work with the U.S. to
    # agree a strong final deal")
    t = head
    for _ in range(4):
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            break
        t = t.head
        if _lemma(t) in _GOALS:
            return True
    return _lemma(head) == "be" and any(c.dep_ == "nsubj" and _lemma(c) in _GOALS for c in head.children)


#: Verbs that turn down doing something ("refused to sign the pact").
_REFUSING = {"refuse", "decline", "reject", "resist", "balk"}


def _refused(v: Token) -> bool:
    """Whether a status word is the infinitive of a refusal ("has refused to sign", "declined to
    initial"). (A pact one declines to ratify has been signed: that is not read here.)"""
    return v.dep_ == "xcomp" and _lemma(v.head) in _REFUSING


#: Bodies whose approval of a treaty ratifies it (a cabinet's approval comes before signing).
_LEGISLATURES = {"parliament", "senate", "diet", "congress", "assembly", "bundestag", "knesset", "duma", "house",
                 "lawmakers", "legislature", "legislators", "mps", "rada", "majlis", "sejm", "storting", "riksdag",
                 "folketing", "eduskunta", "legislative", "chamber", "deputies", "senators"}


def _by_legislature(v: Token) -> bool:
    """Whether the subject (or a passive's agent) of ``v`` is a legislature ("The Philippine Senate
    approved ...", "approved by parliament")."""
    doers = [c for c in v.children if c.dep_ == "nsubj"] + [
        g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any((_lemma(d) in _LEGISLATURES or d.lower_ in _LEGISLATURES)
               and not any(c.lower_ == "white" for c in d.children) for d in doers)  # (not "the White House")


def mention_status(doc: Doc, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """Status of the agreement mentioned at [start, end), and the character span of the
    evidence (the governing words with the mention), or ("mentioned", None)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "mentioned", None
    root = span.root
    lex = status_lexicon()
    candidates: list[Token] = []
    # words inside the mention's own modifiers: "the deal signed in 2018", "BECA, which was signed"
    for t in root.subtree:
        if t.i < span.start or t.i >= span.end:
            if t.dep_ in ("acl", "relcl") and t.head.i in range(span.start, span.end) and _lemma(t) in lex:
                candidates.append(t)
    # a noun the mention belongs to: "signing of BECA", "negotiations on the pact"
    gov = root
    hops = 0
    described_by = False  # whether the walk has passed a participle describing another noun
    text_only = False  # whether the walk has passed "the text of" the agreement
    while not candidates and gov.head is not gov and hops < 6:
        below, gov = gov, gov.head
        hops += 1
        if gov.pos_ == "NOUN" and _lemma(gov) in _TEXT_NOUNS and below.lower_ == "of":
            text_only = True
        if gov.pos_ in ("VERB", "AUX"):
            candidates = _status_words(gov)
            if not candidates and below.dep_ == "prep":  # "launch negotiations on a pact": the talks' state
                candidates = [c for c in gov.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _lemma(c) in lex]
            if not candidates and below.dep_ in ("nsubj", "nsubjpass"):
                break  # "... and that the treaty would remain in abeyance": its own clause says no state
            if not candidates and below.i == root.i and below.dep_ == "dobj" and gov.tag_ == "VBG" \
                    and gov.dep_ in ("advcl", "acl", "conj"):
                break  # "signed their Global Agreement, updating a 2000 trade pact": the pact is updated
            if not candidates and _lemma(gov) in _ENDING_VERBS:
                break  # "signed a law withdrawing Russia's ratification of the CTBT": not the treaty signed
            if not candidates and gov.dep_ in ("xcomp", "ccomp") and gov.pos_ == "VERB" and below.dep_ == "prep":
                break  # "had agreed to keep dairy out of the deal": what was agreed is the keeping out
            if not candidates and gov.dep_ == "xcomp" and gov.pos_ == "VERB" and below.i == root.i \
                    and below.dep_ == "dobj" and _lemma(gov.head) in lex:
                break  # "Russia is ready to revive the grain deal": ready to revive it, not to sign it
        elif _lemma(gov) == "ratification" and _lemma(gov.head) in {*_ENDING_VERBS, "revoke", "rescind", "annul"}:
            break  # "signed a law withdrawing Russia's ratification of the CTBT": not the treaty signed
        elif _lemma(gov) in lex and gov.pos_ in ("NOUN", "ADJ") and _lemma(gov) not in ("force", "effect"):
            # ("entry into force"; not "the effect of the treaty")
            candidates = [gov]
            talked = _talked_of(gov, lex)
            if talked is not None:  # "discussed the early conclusion of a free trade agreement"
                candidates = [talked]
            ended = _talks_ended(gov)
            if ended is not None:  # "concluded negotiations on a free trade agreement": not yet signed
                verb, done = ended
                return ("ready_to_sign" if done else "under_negotiation"), _evidence(doc, span, verb)
        elif _lemma(gov) in _CHANGE_NOUNS and gov.pos_ == "NOUN":
            break  # "sought modification of the treaty": what is sought is the change, not the treaty
        elif _lemma(gov) in DESCRIBED_HEADS and gov.pos_ == "NOUN" and described_by:
            break  # "The pact, modelled on a 2023 treaty with Bahrain, could be signed": the pact's state
        if gov.dep_ == "acl" and gov.pos_ == "VERB" and _lemma(gov) != "include":
            described_by = True  # (not "agreements including GSOMIA", which share the list's state)
        if gov.dep_ in ("relcl",) and not candidates:
            break
    if not candidates:
        return "mentioned", None
    statuses = []
    for v in candidates:
        neg, fut, unsure = _modality(v)
        status = adjust_status(lex[_lemma(v)], neg, fut, unsure)
        if _lemma(v) in _KEPT_OR_BROKEN or _lemma(v) in ("ratify", "ratification") and neg:
            # "to uphold the UN Charter", "must respect the ceasefire": in force, whatever the
            # mood; "signed but never ratified the pact": signed all the same
            status = "signed"
        if status in ("ready_to_sign", "signed") and (_a_goal(v) or v.dep_ == "acl" and _lemma(v.head) in _TALKS_NOUNS):
            # "The aim is to sign the deal by year-end", "talks to agree a nationwide truce", "their
            # commitment to concluding a CECA": still being negotiated
            status = "under_negotiation"
        elif _lemma(v) in ("approve", "pass", "endorse") and not fut and _by_legislature(v):
            status = "signed"  # "Japan's Diet approved the agreement": ratified, so signed (not a cabinet's nod)
        elif lex[_lemma(v)] in ("signed", "ready_to_sign") and _lemma(v) != "ratify" and _refused(v):
            status = "proposed"  # "Riyadh has refused to sign a 123 agreement": on the table, not agreed
        if status == "signed" and text_only and _lemma(v) in _AGREEING:
            status = "ready_to_sign"  # "agreed the text of a peace treaty": settled, not yet signed
        statuses.append((status, v))
    # "vetted and ready for being inked": readiness governs the signing it looks forward to
    ready = [sv for sv in statuses if sv[0] == "ready_to_sign"]
    status, cue = ready[0] if ready else statuses[0]
    return status, _evidence(doc, span, cue)


def _talked_of(noun: Token, lex: dict[str, str]) -> Token | None:
    """The verb of talks or proposals whose object is a noun of signing ("discussed the early
    conclusion of ...", "pushed for the signing of ..."): a signing talked of is still to come.
    None when the noun says no signing or no such verb governs it."""
    if lex.get(_lemma(noun)) != "signed":
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or lex.get(_lemma(verb)) not in ("under_negotiation", "proposed"):
        return None
    return verb


#: Verbs that bring talks to their end ("concluded negotiations on ...", "wrapped up talks").
_ENDING_TALKS = {"conclude", "complete", "finish", "finalise", "finalize", "wrap"}


_TALKS_NOUNS = {"negotiation", "negotiations", "talk", "talks", "discussion", "discussions"}
#: Verbs of keeping or breaking an agreement, which is in force however they are said.
_KEPT_OR_BROKEN = {"uphold", "honour", "honor", "respect", "violate", "breach"}
#: Nouns of the end of talks ("the conclusion of negotiations on ...").
_ENDING_TALKS_NOUNS = {"conclusion", "completion"}
#: The words of an agreement, which may be agreed before the agreement is signed ("agreed the
#: text of a peace treaty").
_TEXT_NOUNS = {"text", "draft", "wording"}
#: Verbs of agreeing, which for a text mean it is settled, not signed.
_AGREEING = {"agree", "settle", "approve", "finalise", "finalize"}


def _talks_ended(noun: Token) -> tuple[Token, bool] | None:
    """The verb that ends the talks ``noun`` names, and whether it has ("concluded negotiations on
    a free trade agreement", "have wrapped up talks on ...": an agreement whose talks are done is
    ready to sign, not yet signed). Not done when the end is still to come, denied or near ("will
    complete negotiations next year", "have not concluded talks", "close to concluding
    negotiations"): those talks go on. None when the noun is no talks or no such verb governs it."""
    verb = noun.head
    if noun.lower_ in _TALKS_NOUNS and noun.dep_ == "pobj" and verb.lower_ == "of" \
            and _lemma(verb.head) in _ENDING_TALKS_NOUNS:
        return verb.head, True  # "welcomed the recent conclusion of negotiations on a GSOMIA"
    if noun.lower_ not in _TALKS_NOUNS or noun.dep_ != "dobj" or verb.pos_ != "VERB" \
            or _lemma(verb) not in _ENDING_TALKS:
        return None
    neg, fut, unsure = _modality(verb)
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                              for c in verb.children))
    return verb, done and not (neg or fut or unsure)


def _evidence(doc: Doc, span, cue: Token) -> tuple[int, int]:
    """From the status clause's subject (or the mention) to the end of the mention and of the
    status words ("the two sides are discussing BECA", "the annex is all vetted and ready for
    being inked")."""
    sent = sent_of_span(span)
    gov = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    while gov.dep_ in ("xcomp", "acomp", "pcomp", "prep", "auxpass") and gov.head is not gov:
        gov = gov.head
    starts = [span.start_char, cue.idx] + [c.idx for c in cue.children if c.dep_ == "neg"]  # ("never ratified")
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.left_edge.i >= sent.start:
        starts.append(subj.left_edge.idx)
    ends = [span.end_char, cue.idx + len(cue.text)]
    if cue.i > span.end - 1 or cue.pos_ == "ADJ":
        # the status words after the mention: their own complements too ("ready for being inked")
        tail = [t for t in cue.subtree if t.i >= cue.i]
        ends.append(tail[-1].idx + len(tail[-1].text))
        for c in gov.children:
            if c.dep_ in ("acomp", "conj", "xcomp") and c.i > span.end - 1:
                last = list(c.subtree)[-1]
                ends.append(last.idx + len(last.text))
    s = max(min(starts), sent.start_char)
    e = min(max(ends), sent.end_char)
    text = text_of(doc)
    s = past_dateline_text(text, s, e)  # "WASHINGTON (AP) — The United States and Ukraine signed ..."
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;."):  # (a paragraph break the parser hung on it)
        e -= 1
    return s, e


# ---------------------------------------------------------------------------------------------
# detection

def _countries_in(entities: list[dict[str, Any]], s: int, e: int,
                  aside: list[tuple[int, int]] = (), leaders: bool = False) -> list[str]:
    """Countries named (or implied by capitals and nationalities, and with ``leaders`` by the
    people the gazetteer knows as theirs) between s and e, and unions of countries ("the EU",
    "ASEAN"), in order, leaving out those named inside the ``aside`` spans."""
    hits = []
    for x in entities:
        # a country, or a union of countries that makes agreements as one ("the European Union")
        party = party_of(x) or (x.get("country") if leaders and x["type"] == "PERSON" else None)
        for a, b in x["mentions"] if party else []:
            if s <= a and b <= e and not any(c <= a < d for c, d in aside):
                hits.append((a, party))
    return list(dict.fromkeys(c for _, c in sorted(hits)))


def _parties(doc: Doc, entities: list[dict[str, Any]], sentence: tuple[int, int], evidence: tuple[int, int],
             mentions: list[tuple[int, int]], article_countries: list[str]) -> list[str]:
    """The countries party to an agreement the record does not know: those the evidence's
    sentence names (not its brokers, the place it was signed in or the circumstances); the two
    countries of the article for "the two countries", "both sides", "bilateral"; with none, those
    the sentences of its other mentions name."""
    text = text_of(doc)
    signed = _signatories(doc, entities, mentions)
    if len(signed) >= 2:
        return signed
    # (one signatory known, the others as the sentence names them)
    parties = signed + [c for c in _countries_in(entities, *sentence, aside=_not_parties(doc, *sentence, evidence))
                        if c not in signed]
    if len(parties) < 2 and re.search(r"\b(two|both) (countries|sides|nations|governments|leaders|(prime )?ministers)\b"
                                      r"|\bbilateral\b",
                                      text[sentence[0]:sentence[1]], re.I):
        parties += [c for c in article_countries if c not in parties][: 2 - len(parties)]
    if not parties:
        for s, e in sorted(mentions):
            sent = sent_of_span(doc.char_span(s, e, alignment_mode="expand"))
            if sent.start_char != sentence[0]:
                more = _countries_in(entities, sent.start_char, sent.end_char,
                                     aside=_not_parties(doc, sent.start_char, sent.end_char, (s, e)))
                parties += [c for c in more if c not in parties]
    return parties


#: Verbs whose subject (or agent) makes an agreement its own.
_SIGNING_VERBS = {"sign", "ink", "conclude", "ratify", "seal", "initial"}


def _signatories(doc: Doc, entities: list[dict[str, Any]], mentions: list[tuple[int, int]]) -> list[str]:
    """The countries an article says signed the agreement at any of its mentions: the agent of
    "the agreement, signed by Australia, Britain and the United States", the subject of "India
    and China signed the pact"."""
    out: list[str] = []
    for s, e in sorted(mentions):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        verbs = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
            verbs.append(head.head)
        for v in (v for v in verbs if v.lemma_.lower() in _SIGNING_VERBS and not any(c.dep_ == "neg" for c in v.children)):
            for c in v.children:
                who = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else \
                    c if c.dep_ == "nsubj" and head.dep_ == "dobj" else None
                if who is not None:  # (the leaders who sign sign for their countries: "Putin and Kim sign ...")
                    out += [x for x in _countries_in(entities, *subtree_span(who), leaders=True) if x not in out]
    return out


#: Verbs whose agent helps an agreement along without being a party to it ("brokered by Egypt").
_GO_BETWEEN_VERBS = {"broker", "mediate", "facilitate", "host", "sponsor", "guarantee", "witness"}
#: Nouns of resisting an agreement, whose "from" is no party to it ("opposition from France").
_OPPOSING_NOUNS = {"opposition", "resistance", "criticism", "objection", "pressure", "pushback", "protest"}
#: Verbs whose subject denounces an agreement made by others, to which it is no party.
_DENOUNCING_VERBS = {"declare", "denounce", "condemn", "reject", "slam", "criticise", "criticize", "decry"}
#: Nouns for those who help without being a party ("Egyptian and Qatari mediators").
_GO_BETWEEN_NOUNS = {"mediator", "broker", "facilitator", "host", "guarantor", "sponsor"}
#: Words that open a clause on the circumstances, not on the agreement ("as both seek to counter ...",
#: "despite fierce opposition from French farmers").
_CIRCUMSTANCE_MARKS = {"as", "amid", "amidst", "despite", "notwithstanding"}
#: Verbs whose place ("signed in Doha", "talks resume in Cairo") is where an agreement was made
#: or talked over, not who made it.
_MAKING_VERBS = {"sign", "ink", "conclude", "initial", "seal", "reach", "strike", "finalise", "finalize", "resume",
                 "hold", "meet", "open", "begin", "start"}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _joint_speakers(attributions: list[dict[str, Any]], mentions: list[tuple[int, int]]) -> list[str]:
    """The sides of a joint source in whose words an agreement is named ("The two leaders ...
    They discussed progress in implementing the EDCA"), in order."""
    for a in attributions:
        source = a.get("source") or {}
        side, content = source.get("side") or "", a.get("content") or {}
        if JOINT not in side or not any(content.get("start", 0) <= s < content.get("end", -1) for s, _ in mentions):
            continue
        words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", source.get("text", ""))}
        cue = set(((a.get("cue") or {}).get("text") or "").lower().split())
        if words & _GO_BETWEEN_NOUNS or cue & _PLAIN_SAYING:
            # (not "..., Saudi and U.S. mediators said", "said in a statement": who tells of it is
            # not who makes it)
            continue
        return side.split(JOINT)
    return []


#: Cues of telling, whose speakers tell of an agreement rather than act on it.
_PLAIN_SAYING = {"said", "say", "says", "told", "tell", "tells", "added", "add", "adds", "according"}


def _not_parties(doc: Doc, s: int, e: int, evidence: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans of the sentence ``s``-``e`` whose countries are no parties to the agreement: the
    dateline; the agent of "brokered by", "mediated by", the subject of "brokered", "mediated";
    mediators and guarantors; the place it was signed in; a clause or phrase on the circumstances
    that does not hold the evidence ("as both seek to counter China's ...")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    out: list[tuple[int, int]] = [(s, past_dateline_text(text_of(doc), s, e))]  # "VIENNA/TEHRAN - "
    for t in span if span is not None else []:
        if t.lower_ == "by" and t.dep_ == "agent" and t.head.lemma_.lower() in _GO_BETWEEN_VERBS:
            out.append(subtree_span(t))
        elif t.lemma_.lower() in _GO_BETWEEN_VERBS and t.pos_ == "VERB" and t.tag_ != "VBN":
            # "Russia, which brokered a ceasefire between the two countries", "Qatar mediated the deal"
            broker = t.head if t.dep_ == "relcl" else next((c for c in t.children if c.dep_ == "nsubj"), None)
            if broker is not None:
                out.append((broker.left_edge.idx, broker.idx + len(broker.text)))
        elif t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.ent_type_ == "GPE" \
                and t.head.head.lemma_.lower() in _MAKING_VERBS:
            out.append(subtree_span(t))  # "signed in Doha": where, not who
        elif t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "near") and t.ent_type_ in ("GPE", "LOC") \
                and t.head.head.pos_ == "NOUN" and not _overlaps(subtree_span(t.head.head), evidence):
            # "discussed the grain deal and the situation in northern Syria": where something else is
            out.append(subtree_span(t))
        elif t.lemma_.lower() in _GO_BETWEEN_NOUNS and t.pos_ == "NOUN":
            out.append((t.left_edge.idx, t.idx + len(t.text)))
        elif t.dep_ == "pobj" and t.head.lower_ == "including" and t.head.head.lemma_.lower() in ("abstention", "vote"):
            out.append(subtree_span(t))  # "11 abstentions, including Poland, Israel and Italy": no parties
        elif t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in _OPPOSING_NOUNS:
            out.append(subtree_span(t))  # "still faces opposition from France": no party to it
        elif t.lemma_.lower() in _DENOUNCING_VERBS and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and _overlaps(subtree_span(c), evidence) for c in t.children):
            # "Somalia declared the memorandum between Ethiopia and Somaliland null and void"
            out += [(c.left_edge.idx, c.idx + len(c.text)) for c in t.children if c.dep_ == "nsubj"]
        elif (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in t.children)) \
                or (t.dep_ == "prep" and t.lower_ in _CIRCUMSTANCE_MARKS):
            a, b = subtree_span(t)
            if not (a <= evidence[0] < b):
                out.append((a, b))
    return out


#: Verbs of a clause on an agreement that tell its age, not what it does ("dating to 1998").
_DATING_VERBS = {"date", "go", "stretch"}


def _purpose(doc: Doc, start: int, end: int, expansion_span: tuple[int, int] | None) -> str | None:
    """What the text says the agreement does: a 'which allows ...' clause on the mention or
    its long form, or the predicate of 'the agreement will allow ...'."""
    spans = [(start, end)] + ([expansion_span] if expansion_span else [])
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        # the relative clause may hang on the long form or on the acronym after it
        # the clause may hang on the name or on a word just after it (the acronym in brackets)
        heads = [root] + [t for t in doc[span.end : min(len(doc), span.end + 3)] if t.head.i == root.i]
        for h in heads:
            for c in h.children:
                if c.dep_ in ("relcl", "acl") and c.i >= span.end - 1:
                    if _lemma(c) in status_lexicon() or _lemma(c) in _DATING_VERBS or _lemma(c) in _GO_BETWEEN_VERBS:
                        continue  # "signed in 2018", "dating to 1998", "witnessed by Trump": its state,
                        # its age or who helped, not what it does
                    sub = list(c.subtree)
                    text = text_of(doc)[sub[0].idx : sub[-1].idx + len(sub[-1].text)].strip(" ,;")
                    if len(text.split()) >= 3:
                        return text
        if root.dep_ in ("nsubj",) and _lemma(root.head) in PURPOSE_VERBS:
            gov = root.head
            toks = [t for t in gov.subtree if t.i > root.i and t.i >= gov.i - 2]
            if toks:
                aux = [c for c in gov.lefts if c.dep_ == "aux"]
                first = aux[0] if aux else gov
                text = text_of(doc)[first.idx : toks[-1].idx + len(toks[-1].text)].strip(" ,;.")
                if len(text.split()) >= 3:
                    return text
    return None


#: A model number among a described deal's words ("GE F414 engine deal").
_GOODS_NAMED = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[A-Za-z]*\b")


def _names_its_goods(deal: Token) -> bool:
    """'the GE F414 engine deal for the Tejas Mk2 fighter': a deal whose modifiers name what is
    bought (a name or a model number), so the weapon after it is what the goods are for."""
    return any(c.dep_ in ("compound", "nmod") and c.i < deal.i and c.ent_type_ not in ("MONEY", "GPE", "NORP", "DATE", "CARDINAL")
               and (c.pos_ == "PROPN" or _GOODS_NAMED.fullmatch(c.text)) for c in deal.subtree)


def _agreement_for(deal: Token) -> Token | None:
    """The agreement a purchase or sale is the "for" of, whether the parser hangs the "for" on the
    agreement or on the verb that has it as object ("signed an agreement with France for the
    purchase of 26 Rafale jets"), or None."""
    if deal.dep_ != "pobj" or deal.head.lower_ != "for":
        return None
    above = deal.head.head
    if above.pos_ == "VERB":
        above = next((c for c in above.children if c.dep_ in ("dobj", "nsubjpass") and c.i < deal.i), above)
    return above if above.pos_ == "NOUN" and above.lower_ in DEAL_HEADS | DESCRIBED_HEADS else None


def _weapon_deals(doc: Doc, entities: list[dict[str, Any]]) -> list[tuple[int, int, dict]]:
    """'S400 deal', 'S-400 anti-missile deal', 'the S-400 contract': a deal for a weapon system."""
    out = []
    for x in entities:
        if x["type"] != "WEAPON":
            continue
        for s, e in x["mentions"]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            found = False
            for t in doc[span.end : min(len(doc), span.end + 4)]:
                if t.lower_ in DEAL_HEADS:
                    out.append((s, t.idx + len(t.text), x))
                    found = True
                    break
                if t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX", "ADP"):
                    break
            if found:
                continue
            # "the contract for the delivery of the S-400": a deal noun above the weapon
            node, hops = span.root, 0
            while node.head is not node and hops < 5:
                node, hops = node.head, hops + 1
                if node.lower_ in DEAL_HEADS and node.pos_ == "NOUN":
                    outer = _agreement_for(node)
                    if outer is not None:  # "signed an agreement with France for the purchase of 26 Rafale jets"
                        node = outer
                    if not _names_its_goods(node):  # (not "the GE F414 engine deal for the Tejas")
                        out.append((node.idx, node.idx + len(node.text), x))
                    found = True
                    break
                if node.pos_ in ("VERB", "AUX"):
                    break
            if found:
                continue
            # "Turkey's costly deal with Moscow for S-400 batteries" (the parser often hangs the
            # 'for' phrase on the verb): a deal noun shortly before, with no verb between
            for t in reversed(doc[max(0, span.start - 8) : span.start]):
                if t.pos_ in ("VERB", "AUX") or t.is_sent_start:
                    break
                if t.lower_ in DEAL_HEADS and t.pos_ == "NOUN" and doc[span.start - 1].lower_ in ("for", "of"):
                    out.append((t.idx, t.idx + len(t.text), x))
                    break
    return out


class Described(NamedTuple):
    """An agreement described, not named: where, the name made of its words, the year it gives
    ("the 1996 agreement"), whether it is definite ("the deal", "this missile deal": perhaps one
    named before) and what it is for ("a deal for the anti-aircraft systems": "system")."""
    start: int
    end: int
    name: str
    year: str | None
    definite: bool
    for_what: str | None
    kinds: tuple[str, ...] = ()
    phrase_end: int = 0  # the end of what it is on, when the name leaves that out


def _modifiers_start(head: Token, lex: dict[str, str]) -> Token:
    """The first of the words before an agreement's head word that modify it ("the long-delayed
    Mercosur-EU trade deal"), up to a verb, a conjunction, a superlative ("the largest prisoner
    swap") or a status word ("Minsk sign missile deal", a headline the model misreads); words
    joined by hyphens stay together."""
    doc, first = head.doc, head
    while first.i > head.sent.start:
        prev = doc[first.i - 1]
        joined = prev.whitespace_ == "" and not prev.is_punct or prev.text in "-–"  # "government-to-government"
        if not joined and (prev.pos_ in ("VERB", "AUX", "CCONJ", "ADP", "PRON") or prev.is_punct or prev.tag_ == "JJS"
                           or prev.lower_ in lex or prev.lemma_.lower() in lex
                           or not any(a.i == head.i for a in prev.ancestors)):
            break
        first = prev
    return first


def _name_words(head: Token, first: Token, last: Token, on: Token | None, most: int = 8) -> Span:
    """The words that name a described agreement, from ``first`` to ``last``; when that is more
    than ``most`` words or runs over a paragraph break, up to what it is on ("agreement on
    patrolling" of "an agreement on patrolling along the Line of Actual Control", with its "of"
    phrase when short: "agreement on the deployment of Oreshnik missiles"), else up to the head."""
    doc = head.doc
    words = doc[first.i : last.i + 1]
    if (len(words) > most or "\n" in words.text) and on is not None and on.lower_ == "between" \
            and on.i - first.i <= most:
        # the words before the pair (half of it misleads: "memorandum of understanding between Ethiopia")
        return doc[first.i : on.i]
    if (len(words) > most or "\n" in words.text) and on is not None:
        what = next(g for g in on.children if g.dep_ in ("pobj", "pcomp"))
        while what.i + 2 < len(doc) and doc[what.i + 1].text == "-" and not doc[what.i + 1].whitespace_:
            what = doc[what.i + 2]  # (a word joined by a hyphen: "co-production")
        words = doc[first.i : what.i + 1]
        of = next((c for c in what.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and of.right_edge.i - first.i < most:
            words = doc[first.i : of.right_edge.i + 1]
    if len(words) > most or "\n" in words.text:
        words = doc[first.i : head.i + 1]
    return words


#: Heads that are an agreement only when signed ("sign a new 10-year framework for defence
#: cooperation"); "a broader framework" alone seldom is one.
_SIGNED_ONLY_HEADS = {"framework", "arrangement"}


def _signed_framework(t: Token) -> bool:
    """Whether ``t`` is a framework or arrangement the text says is (to be) signed, or agreed on
    ("India and China have agreed on a patrolling arrangement")."""
    if t.lemma_.lower() not in _SIGNED_ONLY_HEADS:
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_.lower() == "agree":
        return True
    return t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _SIGNING_VERBS | {"finalise", "finalize", "renew"}


#: Memoranda, which are agreements by their names ("a Memorandum of Understanding on
#: semiconductors", "an MoU on semiconductors", "the Memorandum of Cooperation in the field of ...").
_MEMORANDA = {"mou", "moc", "memorandum", "declaration", "letter"}
#: What a memorandum is one of ("of Understanding", "of Cooperation", "of Intent").
_MEMORANDUM_OF = {"understanding", "cooperation", "intent", "agreement"}
#: "in the field of semiconductors", "in the area of defence": what an agreement is on.
_FIELD_PREPS = {"in"}
_FIELD_WORDS = {"field", "area", "sphere", "domain"}


def _memorandum(t: Token) -> Token | None:
    """For a memorandum's head word, the word after which what it is on follows ("on" after
    "Understanding" in "a Memorandum of Understanding on ...", after "MoU" itself); else None."""
    if t.lower_ not in _MEMORANDA or t.tag_ in ("NNS", "NNPS") or t.pos_ not in ("NOUN", "PROPN"):
        return None
    of = next((g for c in t.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1
               for g in c.children if g.dep_ == "pobj" and g.lower_ in _MEMORANDUM_OF), None)
    if of is None and t.lower_ in ("memorandum", "declaration", "letter") \
            or t.lower_ in ("declaration", "letter") and of.lower_ != "intent":
        return None  # (a "memorandum" alone may be any memo; a "declaration of intent" is one, a "letter" is not)
    return of or t


def _infinitive(v: Token) -> bool:
    """Whether ``v`` is a bare verb right after "to" ("to hand over", "to restore")."""
    return v.tag_ == "VB" and v.i > 0 and v.doc[v.i - 1].lower_ == "to" and v.doc[v.i - 1].head.i == v.i


#: Words before an agreement that praise or date it without saying what it is ("a landmark
#: agreement", "the historic deal"): no description of their own.
_PRAISING_MODS = {"landmark", "historic", "new", "major", "key", "final", "first", "broad", "long-awaited",
                  "so-called", "proposed", "big", "important", "significant", "fresh"}


def _definite(t: Token) -> bool:
    """Whether a noun is made definite ("the code of conduct", "this cessation of hostilities")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)


def _code_of_conduct(t: Token) -> Described | None:
    """'a code of conduct in the South China Sea': rules agreed between states, an agreement by
    its name (with where it holds, when that is short)."""
    doc = t.doc
    if t.lower_ != "code" or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of" or doc[t.i + 2].lower_ != "conduct":
        return None
    end = doc[t.i + 2]
    where = next((c for c in end.rights if c.dep_ == "prep" and c.lower_ in ("in", "for", "on")), None) \
        or next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in ("in", "for", "on") and c.i > end.i), None)
    if where is not None and where.i == end.i + 1 and where.right_edge.i - t.i <= 8:
        end = where.right_edge
    return Described(t.idx, end.idx + len(end.text), doc[t.i : end.i + 1].text, None, _definite(t), None, (),
                     end.idx + len(end.text))


def _cessation(t: Token) -> Described | None:
    """'agreed on a cessation of firing', 'a cessation of hostilities': a truce by other words."""
    if t.lower_ != "cessation":
        return None
    what = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in ("hostilities", "firing", "fire")), None)
    gov = t.head.head if t.dep_ == "pobj" else t.head
    if what is None or _lemma(gov) not in _REACHING | _SIGNING_VERBS | {"announce", "declare", "observe", "violate"}:
        return None  # (not "called for it to become a lasting cessation of hostilities")
    return Described(t.idx, what.idx + len(what.text), f"cessation of {what.text}", None, _definite(t), None,
                     ("ceasefire",), what.idx + len(what.text))


def _contracts_for_goods(t: Token) -> Described | None:
    """Contracts signed for a number of things, one purchase however many papers it takes ("signed
    two contracts worth ₹62,700 crore with HAL for 156 helicopters"), named "contracts for" what
    they buy; else None."""
    if t.lower_ not in ("contracts", "deals") or t.dep_ != "dobj" or _lemma(t.head) not in _SIGNING_VERBS:
        return None
    # (the "for" in the contracts' phrase or on the verb after them)
    goods = next((g for c in [*t.subtree, *(c for c in t.head.rights if c.i > t.i)] if c.dep_ == "prep"
                  and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)), None)
    if goods is None:
        return None
    words = t.doc[goods.left_edge.i : goods.i + 1]
    if len(words) > 6:
        return None
    return Described(t.idx, goods.idx + len(goods.text), f"{t.text} for {words.text}", None, False, _lemma(goods),
                     (), goods.idx + len(goods.text))


def described_agreements(doc: Doc) -> list[Described]:
    """Agreements the text describes without naming them: a head word
    (agreement, deal, pact, ...) that a year or a word of its kind modifies ("the 1996 agreement",
    "a trade deal", "a confidence-building agreement"), or that says what it is on and is reached,
    signed, negotiated or proposed ("reached an agreement on patrolling along the LAC"). Not
    agreement as accord of views ("broad agreement that ...", "in agreement with"), nor a set of
    them ("the four foundational agreements"). The name is the phrase without its article,
    relative clauses and participles, up to eight words (ten for a memorandum, an agreement by
    its name: "an MoU on semiconductors", "the Memorandum of Cooperation in the field of ...")."""
    lex = status_lexicon()
    out = []
    for t in doc:
        # agreements by words of their own: "signed two contracts ... for 156 helicopters", "agreed
        # on a cessation of firing", "a code of conduct in the South China Sea"
        own_words = _contracts_for_goods(t) or _cessation(t) or _code_of_conduct(t)
        if own_words is not None:
            out.append(own_words)
            continue
        memorandum = _memorandum(t)
        if memorandum is None and (t.pos_ != "NOUN" or t.lower_ not in DESCRIBED_HEADS
                                   and t.lemma_.lower() not in DESCRIBED_HEADS and not _signed_framework(t)):
            continue
        if t.text[:1].isupper() and t.i > t.sent.start and memorandum is None:
            continue  # part of a name, which the patterns above read
        if t.tag_ in ("NNS", "NNPS"):
            continue  # a set of agreements, each named (or not) on its own
        mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nummod", "nmod")]
        kinds = tuple(_KIND_OF.get(m.lower_, m.lower_) for m in mods
                      if m.lower_ in DESCRIBING_WORDS or m.lemma_.lower() in DESCRIBING_WORDS)
        # "the GE F414 engine deal"; a memorandum is an agreement by its name
        # (or a name of the bloc or place it is with: "the Mercosur agreement", "the Doha accord")
        named_by = t.dep_ != "compound" and any(m.pos_ == "PROPN" and m.ent_type_ in ("ORG", "GPE", "NORP")
                                                and m.i + 1 == t.i for m in mods)  # (not "a Sudan ceasefire resolution")
        kind_word = bool(kinds) or (t.lower_ in DEAL_HEADS and _names_its_goods(t)) or memorandum is not None \
            or named_by
        year = next((m.text for m in mods if m.like_num and len(m.text) == 4 and m.text[:2] in ("19", "20")), None)
        # (a memorandum's "on" may hang on it, on its "Understanding", on the verb right after it,
        # or on the noun it is the "of" of: "the signing of the MoC in the field of ...")
        heads_of_on = [t] if memorandum is None else [memorandum, t] + [
            x for x in doc[memorandum.i + 1 : memorandum.i + 2] if x.dep_ == "prep" and x.head.pos_ == "VERB"] + (
            [t.head.head] if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" else [])
        on = next((c for h in heads_of_on for c in ([h] if h.dep_ == "prep" and h.i > t.i else h.rights)
                   if c.dep_ == "prep" and c.i > t.i and c.lower_ in _ON_PREPS | _FIELD_PREPS
                   and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                           and (c.lower_ not in _FIELD_PREPS or g.lemma_.lower() in _FIELD_WORDS) for g in c.children)),
                  None)  # (not "signed an agreement on Wednesday": when, not what on)
        if on is None and t.dep_ == "dobj" and memorandum is None:
            # "finalising a deal for the co-production of GE F414 engines": the "for" hung on the verb
            on = next((c for c in t.head.rights if c.dep_ == "prep" and c.lower_ in ("for", "on")
                       and c.i == t.right_edge.i + 1 and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                                                             for g in c.children)), None)
        if on is None and t.lower_ in TRUCE_HEADS:  # "agreed to a ceasefire in Gaza": where it holds
            on = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in ("in", "across", "along")
                       and any(g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN")
                               for g in c.children)), None)
        gov = t.head if t.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj") else None
        if gov is not None and gov.dep_ == "prep":
            gov = gov.head
        # (or the talks the verb has as object: "launch negotiations on an agreement on ...")
        reached = gov is not None and (gov.lemma_.lower() in _REACHING or gov.lemma_.lower() in lex or (
            t.dep_ == "pobj" and gov.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex
                                                              for c in gov.children)))
        if t.lower_ in ("agreement",) and any(c.dep_ in ("acl", "ccomp") and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in t.children):
            continue  # "agreement that Europe should spend more": views, not a deal
        # what a reached agreement does ("signed an agreement on Wednesday giving Washington a
        # share of ...") names it when nothing else does
        doing = next((c for c in t.rights if c.dep_ == "acl" and (c.tag_ == "VBG" or _infinitive(c))), None) \
            if reached and on is None and not mods else None
        if doing is None and reached and on is None and not mods and t.dep_ == "dobj":
            # "signed a deal to hand over the islands", the infinitive hung on the verb (with no
            # more than "with Mauritius" between)
            # (or a participle after a date: "signed a treaty on Thursday settling the border")
            doing = next((c for c in gov.rights if c.dep_ in ("advcl", "xcomp") and (
                _infinitive(c) or c.tag_ == "VBG" and c.dep_ == "advcl" and doc[c.i - 1].text != ",")
                          and all(x.dep_ == "prep" and (x.lower_ == "with" or any(
                              g.ent_type_ in ("DATE", "TIME") for g in x.children)) for x in gov.rights
                                  if t.i < x.i < c.i)), None)
        # "a memorandum signed by the three countries in Madrid": signed, so an agreement
        # (or "a memorandum signed with Turkey and Finland in Madrid": with whom)
        signed = next((c for c in t.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SIGNING_VERBS
                       and any(g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "with" for g in c.children)),
                      None) if on is None and not mods else None
        doing = doing or signed
        telling = [m for m in mods if m.lower_ not in _PRAISING_MODS]  # (not "a landmark agreement" alone)
        if not (kind_word or year or signed is not None or ((on is not None or telling or doing is not None) and reached)):
            continue
        det = next((c for c in t.children if c.dep_ in ("det", "poss")), None)
        if det is not None and det.lower_ in ("any", "no", "every", "each") or (
                det is not None and det.i > 0 and doc[det.i - 1].lower_ in ("not", "never")):
            continue  # "opposes any military pact that ...", "a ceasefire, not a peace treaty": none in particular
        first = _modifiers_start(t, lex)
        last = t if memorandum is None else memorandum  # ("Memorandum of Cooperation")
        if on is not None:
            skip = {x.i for c in on.subtree if c.dep_ in ("relcl", "acl", "appos") for x in c.subtree}
            tail = [x for x in on.subtree if x.i not in skip and not x.is_punct]
            last = max(tail, key=lambda x: x.i) if tail else t
        # (a memorandum's name is longer: "Memorandum of Cooperation in the field of semiconductors")
        # (too long, a memorandum keeps its own words: "memorandum of understanding")
        words = _name_words(t if memorandum is None else memorandum, first, last, on, 8 if memorandum is None else 10)
        name = words.text
        if words[0].lower_ in ("a", "an", "the", "this", "that", "its", "their", "his", "her"):
            name = doc[words.start + 1 : words.end].text
        name = re.sub(r"^own\s+", "", name)  # ("its own 15-year deal": the 15-year deal)
        for when in (c for c in t.rights if c.dep_ == "prep" and words.start <= c.i < words.end - 1
                     and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)):
            # "an agreement in October on patrolling": when is no part of the name
            name = name.replace(" " + doc[when.i : when.right_edge.i + 1].text, "", 1)
        if doing is not None:  # the participle up to its object: "agreement giving Washington a share"
            obj = next((c for c in doing.children if c.dep_ == "dobj"), None) \
                or next((c for c in doing.children if c.dep_ == "dative"), None) \
                or next((g for c in doing.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            to = doing.i - 1 if _infinitive(doing) else doing.i  # ("to hand over the Chagos Islands")
            tail = doc[to : (obj.i if obj is not None else doing.i) + 1]
            partner = next((g for c in doing.children if c.dep_ == "prep" and c.lower_ == "with"
                            for g in c.children if g.dep_ == "pobj"), None) if obj is None else None
            if partner is not None:  # "a memorandum signed with Turkey and Finland": with whom
                tail = doc[partner.head.i : partner.right_edge.i + 1]
            if len(tail) <= 6:
                name = f"{name} {tail.text}"
        # without the quotation marks a phrase of it is in: 'a "provisional arrangement" for resupply'
        name = re.sub(r"\s+", " ", re.sub(r"[\"“”«»]", "", name)).strip()
        if len(name.split()) < 2:
            continue  # "the deal" alone: an anaphor, read below
        definite = det is not None and det.lower_ not in ("a", "an", "another", "any", "no")
        pobj = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None and on.lower_ == "for" else None
        out.append(Described(words.start_char, words.end_char, name, year, definite,
                             pobj.lemma_.lower() if pobj is not None else None, kinds,
                             max(words.end_char, last.idx + len(last.text))))
    return out


#: What a deal for weapons is for ("a deal for the anti-aircraft systems").
_WEAPON_NOUNS = {"system", "missile", "jet", "aircraft", "fighter", "submarine", "frigate", "helicopter", "drone",
                 "tank", "howitzer", "battery", "interceptor", "warship", "vessel", "rifle", "gun", "radar"}


def _kind_words(g: dict[str, Any], entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]]) -> set[str]:
    """The words that say what kind of agreement a group is: of its name, expansion and record,
    and for a weapon deal of the weapon's role ("air defence missile system")."""
    parts = [g.get("name") or "", g.get("expansion") or ""]
    rec = recs.get(g.get("ref_id") or "")
    if rec:
        parts += [rec.get("kind") or "", rec.get("full_name") or ""]
    if g["key"].startswith("DEAL:"):
        weapon = next((x for x in entities if x["id"] == g.get("entity_id")), None)
        parts += [(weapon or {}).get("role") or "", "arms defence defense military weapons"]
    return _words_of_kind(parts)


def _words_of_kind(parts: list[str]) -> set[str]:
    """The lower-case words of ``parts``, one kind word for each kind ("security" is "defence")."""
    return {_KIND_OF.get(w, w) for part in parts for w in re.findall(r"[a-z][a-z-]+", part.lower())}


def _sentence_parties(doc: Doc, entities: list[dict[str, Any]], s: int, e: int) -> list[str]:
    """The countries (and unions) the sentence around s..e names as parties: not those named only
    as where it happens or who brokered it (see ``_not_parties``)."""
    sent = sent_of_span(doc.char_span(s, e, alignment_mode="expand"))
    return _countries_in(entities, sent.start_char, sent.end_char,
                         aside=_not_parties(doc, sent.start_char, sent.end_char, (s, e)))


def _other_parties(doc: Doc, d: Described, group: dict[str, Any], entities: list[dict[str, Any]],
                   recs: dict[str, dict[str, Any]]) -> bool:
    """Whether a described agreement names parties of its own that an agreement named before it
    does not have, in its words or as those who sign it: "the EU-Mercosur trade deal", "a trade
    deal with Japan", "the UK and India signed a free trade agreement" after a free trade
    agreement of India and the EU. Unknown parties on either side are no sign, nor are the
    countries of the sentence around the description ("Iran insists on ... staying in an
    international nuclear deal, European diplomats said": the JCPOA still)."""
    mine = _countries_in(entities, d.start, max(d.end, d.phrase_end)) or _signatories(doc, entities, [(d.start, d.end)])
    theirs = (recs.get(group.get("ref_id") or "") or {}).get("parties") or [
        c for a, b in group["mentions"] for c in _sentence_parties(doc, entities, a, b)]
    return bool(mine) and bool(theirs) and not set(mine) <= set(theirs)


def _stems(name: str) -> set[str]:
    """The words of a name, lower case, without a plural -s ("patrolling arrangements")."""
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[\w-]+", name.lower())}


def _described_key(d: Described, entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]],
                   mentions: list[tuple[int, int, str]], weapons_at: list[tuple[int, int, dict]],
                   groups: dict[str, dict[str, Any]], doc: Doc) -> str | None:
    """Which agreement already known a described one is, as a group key, or None for a new one:
    the one agreement of that year the article names (of the kind the words name, if they do);
    the record's agreement of that year with a party named in the words ("the 2015 accord between
    Iran and six world powers": the JCPOA); the deal for the weapon named just before ("a deal for
    the anti-aircraft systems"); with no year, the agreement named last before it whose kind the
    words name ("this missile deal" after the S-400 deal, "an international nuclear deal" after
    the JCPOA; not "the trade deal" after a security annex), or, for a definite description that
    names no kind, the agreement named last before it; an unqualified deal, the weapon deal
    named last before it ("a $2 billion deal" after the S-400 deal)."""
    if d.year:
        # an agreement the article names, of that year, of the kind the words name, if any ("the
        # 2015 nuclear deal" and the JCPOA, named before or after)
        named = [k for k, g in groups.items() if (recs.get(g.get("ref_id") or "", {}).get("date_signed") or "")
                 .startswith(d.year) and (not d.kinds or set(d.kinds) & _kind_words(g, entities, recs))]
        if len(named) == 1:
            return named[0]
        countries = {x["country"] for x in entities for a, b in x["mentions"]
                     if x.get("country") and d.start <= a and b <= max(d.end, d.phrase_end)}
        hits = [k for k, r in recs.items() if (r.get("date_signed") or "").startswith(d.year)
                and countries & set(r.get("parties") or [])]
        if not hits and not countries and d.kinds:
            # "the 2015 nuclear deal" in an article on Iran: the record's one nuclear agreement of
            # that year with a party the article names (the JCPOA)
            named_here = {x.get("country") for x in entities if x.get("country")}
            hits = [k for k, r in recs.items() if (r.get("date_signed") or "").startswith(d.year)
                    and set(d.kinds) <= _words_of_kind([r.get("kind") or "", r.get("full_name") or "", r.get("name") or ""])
                    and named_here & set(r.get("parties") or [])]
        return hits[0] if len(hits) == 1 else None
    if _GOODS_NAMED.search(" ".join(d.name.split()[:-1])):
        return None  # "the GE F414 engine deal for the Tejas": a deal of its own, not a weapon's named before
    if set(doc.text[d.start:d.end].lower().split()) & _ANOTHER_WORDS:
        return None  # "Germany signed its own 15-year deal with Qatar": not the one named before
    term = _TERM.search(d.name)
    before_terms = [t for m in mentions if m[1] <= d.start for t in [_TERM.search(groups[m[2]]["name"] or "")] if t]
    if term and before_terms and before_terms[-1].group() != term.group():
        return None  # "a 15-year deal" after "a 27-year agreement": another one
    if d.for_what in _WEAPON_NOUNS:
        near = [w for w in weapons_at if w[1] <= d.start and d.start - w[1] < 1500]
        if near:
            return f"DEAL:{near[-1][2]['key']}"
    before = [m for m in mentions if m[1] <= d.start]
    if d.kinds:
        same = [m for m in before if set(d.kinds) & _kind_words(groups[m[2]], entities, recs)]
        if same and _other_parties(doc, d, groups[same[-1][2]], entities, recs):
            return None  # (a trade deal between others is another trade deal)
        return same[-1][2] if same else None
    near = [m for m in before if d.start - m[1] < 1500]
    if d.definite and near and not _named_otherwise(doc, d, groups[near[-1][2]], entities, recs):
        return near[-1][2]
    # "an agreement on patrolling arrangements" after "agreed on a patrolling arrangement": the same
    said = _stems(d.name)
    same = [m for m in near if m[2].startswith("DESC:") and len(_stems(groups[m[2]]["name"])) > 1
            and _stems(groups[m[2]]["name"]) <= said]
    if same:
        return same[-1][2]
    weapons = [w for w in weapons_at if w[1] <= d.start and d.start - w[1] < 600]
    if d.definite and weapons and d.name.split()[-1].lower() in ("deal", "contract"):
        return f"DEAL:{weapons[-1][2]['key']}"  # "The $5 billion deal" after the S-400 system: its deal
    deals = [m for m in near if m[2].startswith("DEAL:")]
    if deals and d.name.split()[-1].lower() in ("deal", "contract"):
        return deals[-1][2]  # "a government-to-government deal" after the Rafale deal: that deal
    return None


#: Words that make a described agreement another than the one before it ("its own deal").
_ANOTHER_WORDS = {"own", "separate", "another", "parallel", "rival"}
#: An agreement's term in years ("27-year", "15-year").
_TERM = re.compile(r"\b\d+-year\b")


def _named_otherwise(doc: Doc, d: Described, group: dict[str, Any], entities: list[dict[str, Any]],
                     recs: dict[str, dict[str, Any]]) -> bool:
    """Whether a described agreement's words name a bloc or a country that is no party to the
    agreement before it, by its record or by the sentence it is first named in ("the Mercosur
    agreement" after the EU-Mexico Global Agreement; not "the Indo-US agreement" after COMCASA)."""
    named = [p for x in entities if any(d.start <= a and b <= d.end for a, b in x["mentions"])
             for p in [party_of(x)] if p]
    if not named or not group["mentions"]:
        return False
    parties = set(recs.get(group.get("ref_id") or "", {}).get("parties") or []) \
        or set(_sentence_parties(doc, entities, *min(group["mentions"])))
    return any(p not in parties for p in named)


def _headline_end(text: str) -> int:
    """Where a headline ends: the first line, when it is short and has no full stop at its end
    ("Japan, Philippines sign troop pact"); 0 when the text opens with a sentence."""
    line = text.split("\n", 1)[0].rstrip()
    if not line or line[-1] in ".?!”\"" or len(line.split()) > 25 or "\n" not in text:
        return 0
    return len(line)


def _headline_descriptions_to_body(text: str, groups: dict[str, dict[str, Any]], mentions: list[tuple[int, int, str]],
                                   entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]]
                                   ) -> list[tuple[int, int, str]]:
    """A headline describes in short what the body names in full ("Japan, Philippines sign troop
    pact" ... "signed a reciprocal access agreement"): an agreement described only in the headline
    is the body's agreement of its kind, or the body's only agreement, when there is one."""
    end = _headline_end(text)
    if not end:
        return mentions
    for key in [k for k, g in groups.items() if k.startswith("DESC:") and all(b <= end for _, b in g["mentions"])]:
        body = [k for k in dict.fromkeys(m[2] for m in mentions if m[0] > end) if k != key]
        kinds = set(groups[key]["name"].lower().split()[:-1])
        head = groups[key]["name"].lower().split()[-1]
        # the body's agreement of the same kind ("free trade agreement" ... "a free trade agreement
        # (FTA)", not the "investment protection agreement" below it), else of the same head word
        # ("10-year defence framework" ... "a new 10-year framework"), else the only one
        kind = {_KIND_OF.get(w, w) for w in kinds} & (DESCRIBING_WORDS - _NO_KIND)
        same = [k for k in body if kind & _kind_words(groups[k], entities, recs)] \
            or [k for k in body if k.startswith("DESC:") and groups[k]["name"].lower().split()[-1] == head] \
            or [k for k in body if kinds & _kind_words(groups[k], entities, recs)]
        target = same[0] if same else (body[0] if len(body) == 1 else None)
        if target is None or (not same and "new" in kinds and groups[target].get("ref_id")):
            continue  # ("Iran, IAEA agree on new inspection framework" is not the 2015 deal the body names)
        other = (_kind_words(groups[target], entities, recs) & (DESCRIBING_WORDS - _NO_KIND)) if not same else set()
        if kind and other and not kind & other:
            continue  # ("UK and EU agree defence pact and fishing deal": the defence pact is not the fishing deal)
        groups[target]["mentions"] += groups.pop(key)["mentions"]
        mentions = [(a, b, target if k == key else k) for a, b, k in mentions]
    return mentions


def _descriptions_before_names(doc: Doc, groups: dict[str, dict[str, Any]], mentions: list[tuple[int, int, str]],
                               entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]]
                               ) -> list[tuple[int, int, str]]:
    """A lead describes what the next sentences name ("A defence agreement between Japan and the
    Philippines ... came into force on Thursday. The Reciprocal Access Agreement (RAA), signed in
    Manila ..."): an agreement described between two countries or more is the agreement named
    first after it, within a few sentences and with nothing named between, when that one's
    parties (its record's, or those of its sentence) include them all, or it has none and opens
    its sentence; and when the lead says what kind of agreement it is and the record says what
    kind the named one is, the two agree."""
    def countries(s: int, e: int) -> list[str]:
        sent = sent_of_span(doc.char_span(s, e, alignment_mode="expand"))
        return _countries_in(entities, sent.start_char, sent.end_char,
                             aside=_not_parties(doc, sent.start_char, sent.end_char, (s, e)))

    for key in [k for k in groups if k.startswith("DESC:")]:
        for s, e in sorted(groups[key]["mentions"]):
            nxt = next((m for m in mentions if m[0] >= e and m[2] != key), None)
            if nxt is None or nxt[0] - e > 600 or nxt[2].startswith(("DESC:", "DEAL:", "TYPE:")) \
                    or min(groups[nxt[2]]["mentions"])[0] < nxt[0]:
                continue  # (not an agreement named before, nor one named far off)
            named, described = nxt[2], countries(s, e)
            theirs = (recs.get(groups[named].get("ref_id") or "") or {}).get("parties") or countries(nxt[0], nxt[1])
            # (a name with no parties of its own that opens the next sentence goes on with the lead:
            # "The Comprehensive Strategic Partnership Treaty, signed by Kim and Putin, ...")
            opens = not theirs and \
                sent_of_span(doc.char_span(nxt[0], nxt[1], alignment_mode="expand")).start_char >= nxt[0] - 4
            kinds = _words_of_kind([groups[key]["name"]]) & (DESCRIBING_WORDS - _NO_KIND)
            if kinds and (recs.get(groups[named].get("ref_id") or "") or {}).get("kind") \
                    and not kinds & _kind_words(groups[named], entities, recs):
                continue  # ("signed a free trade agreement. The Paris Agreement ...": not the same)
            if len(described) >= 2 and (set(described) <= set(theirs) or opens):
                groups[named]["mentions"] += groups[key]["mentions"]
                groups[named]["notes"].append(f"described first as '{groups.pop(key)['name']}'")
                mentions = [(a, b, named if k == key else k) for a, b, k in mentions]
                break
    return mentions


def _past_verb(doc: Doc, start: int, end: int) -> int:
    """Where a capitalised name found at ``start``-``end`` starts once the words up to a verb
    inside it are left out: a headline in title case ("India Signs Trade Agreement") is no name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.i < span.end - 1] if span is not None else []
    return doc[verbs[-1].i + 1].idx if verbs else start


def _named_for_a_place(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` opens with a place the gazetteer knows that is not a country
    (a city, a resort, a region): agreements are named after where they were made ("the Stockholm
    Agreement", "the Sochi Accords"); after a country they are more often described ("an Iran
    Agreement")."""
    word = re.match(r"[\w’'\-]+", text_of(doc)[start:])
    gaz = default_gazetteer()
    ids = gaz.by_surface.get(norm_key(word.group(0)), []) if word else []
    return any(gaz.entries[i].type in ("GPE", "LOC") and gaz.entries[i].role != "country" for i in ids)


def _indefinite(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` brings an agreement up as "a" or "an" one ("a
    separate deal", "a so-called 123 agreement"), the article's or not."""
    if text_of(doc)[start:end].lower().startswith(("a ", "an ")):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children)


def _parties_not_named(rec: dict[str, Any] | None, written: str, entities: list[dict[str, Any]]) -> str | None:
    """The party of a recorded two-party agreement that the article never names, when the agreement
    is named by a name other pairs of countries use too (the record's ``shared_names``: several
    pairs have a GSOMIA, a logistics agreement, a "123 Agreement") and the article names other
    countries: a GSOMIA in a story on South Korea and Japan is theirs. None otherwise."""
    parties = (rec or {}).get("parties") or []
    if len(parties) != 2 or norm_key(written) not in {norm_key(n) for n in rec.get("shared_names") or []}:
        return None
    named = set(countries_by_mentions(entities))
    missing = [p for p in parties if p not in named]
    return " or ".join(missing) if missing and named - set(parties) else None


def _deal_record(weapon: str, entities: list[dict[str, Any]]) -> str | None:
    """The recorded deal for a weapon, if every party of that record is named in the article:
    Turkey's S-400 deal is not India's."""
    countries = set(countries_by_mentions(entities))
    for rid, r in records().items():
        if r["name"].startswith(weapon + " ") and r.get("parties") and set(r["parties"]) <= countries:
            return rid
    return None


def extract(doc: Doc, article: Any, records_: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Agreements of the JSON contract."""
    text = text_of(doc)
    entities = records_.get("entities", [])
    gaz = default_gazetteer()
    recs = records()
    groups: dict[str, dict[str, Any]] = {}
    mentions: list[tuple[int, int, str]] = []  # (start, end, key)

    def group(key: str, **info: Any) -> dict[str, Any]:
        if key not in groups:
            groups[key] = {"key": key, "mentions": [], "notes": [], **info}
        return groups[key]

    # named agreements (gazetteer, acronyms, old names), minus the "-type pact" trap
    for x in entities:
        if x["type"] != "AGREEMENT":
            continue
        for s, e in x["mentions"]:
            trap = _TYPE_TRAP.match(text[e : e + 30])
            if trap:
                words = trap.group(0).replace("-", " ").split()
                noun = words[-1] if len(words) > 1 else "pact"  # "COMCASA-type pact", "COMCASA-like"
                name = f"{text[s:e]}-type {noun}"
                g = group(f"TYPE:{x['name']}", name=name, expansion=None, entity_id=None, kind="agreement",
                          ref_id=None, type_of=x["name"])
                g["notes"].append(f"modelled on {x['name']}, not {x['name']} itself")
                end = e + trap.end()
                g["mentions"].append((s, end))
                mentions.append((s, end, g["key"]))
                continue
            key = x["key"]
            other = _parties_not_named(recs.get(key), text[s:e], entities)
            if other:  # "GSOMIA" in a story on Japan and South Korea: theirs, not India's and the US's
                written = re.sub(r"^(?:the|The)\s+|[’']s$", "", text[s:e])
                g = group(f"OTHER:{key}", name=written, expansion=x.get("expansion"), entity_id=x["id"],
                          kind="agreement", ref_id=None, type_of=None)
                note = f"not the {x['name']} of {' and '.join(recs[key]['parties'])}: the article does not name {other}"
                if note not in g["notes"]:
                    g["notes"].append(note)
                g["mentions"].append((s, e))
                mentions.append((s, e, g["key"]))
                continue
            g = group(key, name=x["name"], expansion=x.get("expansion"), entity_id=x["id"], kind="agreement",
                      ref_id=key if key in recs else None, type_of=None)
            g["mentions"].append((s, e))
            mentions.append((s, e, key))
            entry = gaz.get(key)
            used = text[s:e]
            if entry and used not in (entry.name,) and any(used.lower() == a.lower() for a in recs.get(key, {}).get("earlier_names", [])):
                g["notes"].append(f"named by its earlier name '{used}'")
    # weapon deals
    for s, e, weapon in _weapon_deals(doc, entities):
        if any(a <= s < b for a, b, _ in mentions):
            continue
        ref = _deal_record(weapon["name"], entities)
        g = group(f"DEAL:{weapon['key']}", name=f"{weapon['name']} deal", expansion=None, entity_id=weapon["id"],
                  kind="deal", ref_id=ref, type_of=None)
        g["mentions"].append((s, e))
        mentions.append((s, e, g["key"]))
    # names nobody has listed: "... Maritime Cooperation Agreement" (three capitalised words at
    # least), "the Agreement on the Maintenance of Peace and Tranquillity along the LAC"
    for pattern, fewest in ((_UNSEEN, 3), (_UNSEEN_HEAD_FIRST, 0)):
        for m in pattern.finditer(text):
            s, e = m.span(1)
            s = _past_verb(doc, s, e)  # "India Signs Trade Agreement With Oman": "Trade Agreement"
            capitalised = [w for w in text[s:e].split() if w[0].isupper() and w.lower() != "the"]
            need = 2 if pattern is _UNSEEN and len(capitalised) == 2 and _named_for_a_place(doc, s) \
                else fewest  # "the Stockholm Agreement", "the Sochi Accords": a place and the head
            if len(capitalised) < need or any(a < e and s < b for a, b, _ in mentions) \
                    or (pattern is _UNSEEN and _RUNS_INTO_NEXT.search(text, s, e)) or _ORGANISATION_AFTER.match(text, e):
                continue  # (nor the body a treaty set up: "the Collective Security Treaty Organization")
            longer = _UNSEEN_HEAD_FIRST.match(text, s) if pattern is _UNSEEN else None
            if longer is not None and longer.end(1) > e and not _names_a_date(doc, e, longer.end(1)) \
                    and not any(a < longer.end(1) and s < b for a, b, _ in mentions):
                e = longer.end(1)  # "the United Nations Convention on the Law of the Sea": the whole name
            name = re.sub(r"^(?:The|This|That|A|An)\s+", "", text[s:e])
            s = e - len(name)
            g = group(f"NAME:{name.lower()}", name=name, expansion=None, entity_id=None, kind="agreement",
                      ref_id=None, type_of=None)
            g["mentions"].append((s, e))
            mentions.append((s, e, g["key"]))
    # agreements described, not named: "an agreement on patrolling", "the 1996 agreement on ..."
    weapons_at = sorted((a, b, x) for x in entities if x["type"] == "WEAPON" for a, b in x["mentions"])
    for d in described_agreements(doc):
        s, e = d.start, d.end
        if any(a < e and s < b for a, b, _ in mentions):
            continue
        key = _described_key(d, entities, recs, mentions, weapons_at, groups, doc)
        if key is None:
            new_key = f"DESC:{d.name.lower()}"
            while new_key in groups:  # another agreement described in the same words
                new_key += "'"
            g = group(new_key, name=d.name, expansion=None, entity_id=None,
                      kind="deal" if d.name.split()[-1].lower() == "deal" else "agreement", ref_id=None, type_of=None)
            g["notes"].append("described, not named, in the text")
        elif key.startswith("DEAL:") and key not in groups:
            weapon = next(x for x in entities if f"DEAL:{x['key']}" == key)
            g = group(key, name=f"{weapon['name']} deal", expansion=None, entity_id=weapon["id"], kind="deal",
                      ref_id=_deal_record(weapon["name"], entities), type_of=None)
        elif key not in groups:
            rec = recs[key]
            g = group(key, name=rec["name"], expansion=rec.get("full_name"), entity_id=None, kind="agreement",
                      ref_id=key, type_of=None)
            g["notes"].append(f"described as '{d.name}', the {d.year} agreement the record names")
        else:
            g = groups[key]
        g["mentions"].append((s, e))
        mentions.append((s, e, g["key"]))
        mentions.sort()
    mentions = _headline_descriptions_to_body(text, groups, mentions, entities, recs)
    mentions = _descriptions_before_names(doc, groups, sorted(mentions), entities, recs)
    # "the deal", "this agreement": the agreement named last before it; "the deal" after a
    # weapon system with no agreement named yet is the deal for that weapon
    mentions.sort()
    weapons = sorted((a, b, x) for x in entities if x["type"] == "WEAPON" for a, b in x["mentions"])
    for m in ANAPHORS.finditer(text):
        s, e = m.span()
        if any(a <= s < b or s <= a < e for a, b, _ in mentions):
            continue
        head = m.group(1).lower()
        before = [mm for mm in mentions if mm[1] <= s and s - mm[1] < 1500]
        if not before and head in ("deal", "contract"):
            near = [w for w in weapons if w[1] <= s and s - w[1] < 600]
            if near:
                weapon = near[-1][2]
                ref = _deal_record(weapon["name"], entities)
                g = group(f"DEAL:{weapon['key']}", name=f"{weapon['name']} deal", expansion=None,
                          entity_id=weapon["id"], kind="deal", ref_id=ref, type_of=None)
                g["mentions"].append((s, e))
                mentions.append((s, e, g["key"]))
                mentions.sort()
                continue
        if not before:
            continue
        prefer = [mm for mm in before if groups[mm[2]]["kind"] == ("deal" if head in ("deal", "contract") else "agreement")]
        key = (prefer or before)[-1][2]
        so_far = Counter({k: sum(b <= s for _, b in g["mentions"]) for k, g in groups.items()})
        first = min(groups[key]["mentions"])
        if so_far[key] == 1 and _indefinite(doc, *first):
            # "Argentina would seek a separate deal with the US. France will not accept the
            # agreement in its current form": a deal only just brought up, once and indefinitely,
            # is not what "the agreement" is when another has been the article's subject
            main = max((k for k in so_far if k != key and so_far[k] >= 2), key=lambda k: so_far[k], default=None)
            key = main or key
        groups[key]["mentions"].append((s, e))
        groups[key].setdefault("anaphora", []).append((s, e))
        # the chain goes on from here: "the deal" a page after the agreement was named, but a
        # paragraph after "the deal" before it, is still that agreement, not one named in between
        mentions.append((s, e, key))
        mentions.sort()
    if not groups:
        return []
    # status, evidence, parties, purpose
    article_countries = parties_by_mentions(entities)
    acr = {a["short"]: a for a in (doc._.acronyms or [])}
    out = []
    status_of: dict[str, tuple[str, tuple[int, int] | None]] = {}
    headline_end = _headline_end(text)
    for g in groups.values():
        ended = next((x for m in sorted(g["mentions"]) for x in [_ended_by(doc, *m)] if x), None)
        if ended:  # the contract's statuses have no word for it: a note says so
            g["notes"].append(f"the article reports {ended[0]}: '{ended[1]}'")
        best_status, best_ev = "mentioned", None
        # the body's words first: a headline's are the evidence only of what the body does not say
        for s, e in sorted(g["mentions"], key=lambda m: (m[1] <= headline_end, m[0])):
            st, ev = mention_status(doc, s, e)
            if RANK[st] > RANK[best_status] or (best_ev is None and ev is not None and st == best_status):
                best_status, best_ev = st, ev
        status_of[g["key"]] = (best_status, best_ev)
    _share_list_status(doc, groups, status_of)
    all_starts = sorted(s for s, _, _ in mentions)
    for g in sorted(groups.values(), key=lambda g: min(s for s, _ in g["mentions"])):
        best_status, best_ev = status_of[g["key"]]
        first = min(g["mentions"])
        if best_ev is None:
            sent = sent_of_span(doc.char_span(first[0], first[1], alignment_mode="expand"))
            best_ev = (sent.start_char, sent.start_char + len(sent.text.rstrip()))
        ref = recs.get(g["ref_id"]) if g.get("ref_id") else None
        ev_sent = doc.char_span(best_ev[0], best_ev[1], alignment_mode="expand")
        ev_whole = sent_of_span(ev_sent) if ev_sent is not None and len(ev_sent) else None
        sent_span = (ev_whole.start_char, ev_whole.end_char) if ev_whole is not None else best_ev
        parties = list(ref["parties"]) if ref and ref.get("parties") and not g.get("type_of") else []
        if not parties:
            parties = _parties(doc, entities, sent_span, best_ev, g["mentions"], article_countries)
        if len(parties) < 2:  # "They discussed progress in implementing the EDCA" of two leaders
            parties += [c for c in _joint_speakers(records_.get("attributions", []), g["mentions"]) if c not in parties]
        expansion = g.get("expansion")
        short = g["name"]
        exp_span = None
        if short in acr:
            exp_span = (acr[short]["long_start"], acr[short]["long_end"]) if "long_start" in acr[short] else None
        purpose = None
        for s, e in sorted(g["mentions"]):
            purpose = _purpose(doc, s, e, exp_span)
            if purpose:
                # a list of agreements: the clause stops where the next agreement is named
                p_start = text.find(purpose, e)
                later = [a for a in all_starts if p_start >= 0 and p_start < a < p_start + len(purpose)]
                if later:
                    purpose = re.sub(r"[\s,;]*(?:and|or)?\s*(?:the)?\s*$", "", text[p_start:later[0]]).strip(" ,;") or None
                break
        reference = None
        if ref:
            reference = {k: ref.get(k) for k in ("id", "name", "full_name", "parties", "kind", "date_signed",
                                                 "date_precision", "place", "source", "notes")}
        out.append({
            "id": "",
            "name": g["name"],
            "expansion": expansion or (ref.get("full_name") if ref and ref.get("full_name") != g["name"] else None),
            "entity_id": g.get("entity_id"),
            "kind": g["kind"],
            "status": best_status,
            "evidence": {"text": text[best_ev[0]:best_ev[1]], "start": best_ev[0], "end": best_ev[1]},
            "parties": parties,
            "purpose": purpose,
            "reference": reference,
            "mentions": [list(m) for m in sorted(g["mentions"])],
            "notes": list(dict.fromkeys(g["notes"])),
        })
    for n, a in enumerate(out, start=1):
        a["id"] = f"G{n}"
    return out


#: Verbs that end or halt an agreement, with the word a note uses ("Russia withdrew from New
#: START", "suspended its participation in the treaty", "the deal collapsed").
_ENDING_VERBS = {"withdraw": "withdrawn from", "exit": "withdrawn from", "quit": "withdrawn from",
                 "leave": "withdrawn from", "suspend": "suspended", "terminate": "ended", "scrap": "ended",
                 "abandon": "ended", "tear": "ended", "collapse": "ended", "expire": "expired", "lapse": "expired",
                 "revoke": "ended", "annul": "ended", "cancel": "ended", "denounce": "ended", "abrogate": "ended",
                 "freeze": "suspended", "hold": "suspended", "put": "suspended", "keep": "suspended",
                 "place": "suspended"}


def _ended_by(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """(what happened, the words) when the sentence of the mention at start..end says the
    agreement was ended or halted: withdrawn from ("Russia withdrew from New START"), suspended
    ("suspended its participation in the treaty", "held the treaty in abeyance"), ended ("the deal
    collapsed", "scrapped the accord") or expired. Not when denied, only threatened or
    weighed ("threatened to withdraw from", "will not leave the treaty", "could collapse")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    talks = False
    for _ in range(4):  # "participation in the treaty", "withdrew from it"
        head = tok.head
        talks = talks or head.lower_ in _TALKS_NOUNS
        if head is tok:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in _ENDING_VERBS:
            lemma = head.lemma_.lower()
            if lemma in ("hold", "put", "keep", "place") and not any(t.lower_ == "abeyance" for t in head.subtree):
                return None
            if lemma == "leave" and tok.dep_ != "dobj":
                return None
            neg, fut, unsure = _modality(head)
            # ("decided to hold the treaty in abeyance" is done; "threatened to withdraw" is not)
            decided = head.dep_ == "xcomp" and head.head.lemma_.lower() in ("decide", "vote") \
                and head.head.tag_ in ("VBD", "VBN") and not any(c.dep_ == "neg" for c in head.head.children)
            # (a clause of time or cause in the past tense tells what happened: "after the United
            # States withdrew from the accord"; not one of condition: "if Washington withdrew")
            told_past = head.dep_ == "advcl" and head.tag_ == "VBD" and not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "lest") for c in head.children)
            still_to_come = fut or head.tag_ in ("VB", "VBG") or (head.dep_ in ("xcomp", "advcl") and not told_past) \
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            if neg or unsure or (still_to_come and not decided):
                return None
            # the words run from who did it ("India ... decided to hold ..." from "India")
            doer = head.head if decided else head
            subj = next((c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            first = subj.left_edge.i if subj is not None else doer.i
            # up to the agreement, and to "in abeyance" (not to a date: "in 2023")
            last = max([span.end - 1, head.i] + [c.right_edge.i for c in head.children if c.dep_ == "prep"
                                                 and c.i > head.i and not any(t.ent_type_ == "DATE" for t in c.subtree)])
            what = f"talks on it {_ENDING_VERBS[lemma]}" if talks else f"it {_ENDING_VERBS[lemma]}"
            words = doc[first : last + 1].text
            return what, words if len(words) < 160 else doc[head.i : last + 1].text
        if head.pos_ == "VERB":
            return None
        tok = head
    return None


def _share_list_status(doc: Doc, groups: dict[str, dict[str, Any]],
                       status_of: dict[str, tuple[str, tuple[int, int] | None]]) -> None:
    """An agreement left 'mentioned' inside a list whose first item has a status shares it:
    "have inked agreements including A (...), B (...) and C" (the parser often hangs C on B's
    relative clause)."""
    for key, (st, _) in list(status_of.items()):
        if st != "mentioned":
            continue
        for s, e in groups[key]["mentions"]:
            sent = doc.char_span(s, e, alignment_mode="expand")
            if sent is None or len(sent) == 0:
                continue
            sent = sent_of_span(sent)
            for other, (ost, oev) in status_of.items():
                if other == key or ost == "mentioned" or oev is None:
                    continue
                if not (sent.start_char <= oev[0] < sent.end_char):
                    continue
                first_other = min(a for a, _ in groups[other]["mentions"] if sent.start_char <= a < sent.end_char) \
                    if any(sent.start_char <= a < sent.end_char for a, _ in groups[other]["mentions"]) else None
                if first_other is None or first_other > s:
                    continue
                between = text_of(doc)[first_other:s]
                # (a comma alone is no list: "The new pact, modelled on a 2019 treaty with Oman, ...")
                if re.search(r"\b(including|such as|namely)\b|[;,]\s*(and\s+)?(the\s+)?$|\band\s+(the\s+)?$", between) \
                        or between.count(";"):
                    status_of[key] = (ost, (oev[0], e))
                    groups[key]["notes"].append(f"status shared with {groups[other]['name']}, named in the same list")
                    break
            if status_of[key][0] != "mentioned":
                break


def to_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per agreement: name, full name, status, parties, purpose, evidence, record date."""
    cols = ["id", "name", "expansion", "status", "parties", "purpose", "evidence", "record_signed", "notes"]
    return pd.DataFrame(
        [
            {
                "id": a["id"],
                "name": a["name"],
                "expansion": a.get("expansion"),
                "status": a["status"],
                "parties": ", ".join(a["parties"]),
                "purpose": a.get("purpose"),
                "evidence": a["evidence"]["text"],
                "record_signed": (a.get("reference") or {}).get("date_signed"),
                "notes": "; ".join(a.get("notes", [])),
            }
            for a in rows
        ],
        columns=cols,
    )
