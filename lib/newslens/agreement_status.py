"""The status of one mention of an agreement, from the words that govern it
(``data/agreement_status.csv``) with tense, modality and negation: "have inked" -> signed, "will
be signed" -> ready_to_sign, "are discussing", "should conclude" -> under_negotiation, "drafts
submitted" -> proposed; a goal, a refusal, a legislature's approval, talks that ended; and the
words that say it, as evidence."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .agreement_words import DESCRIBED_HEADS, STATUS_NOUNS_ONLY, status_lexicon
from .doctools import sent_of_span, text_of, word_lemma
from .source_spans import past_dateline_text


#: Modal verbs that leave a status in doubt ("may sign the deal") ...
MODAL_UNCERTAIN = {"may", "might", "could"}
#: ... and those that say it ought to be so, which it is not yet ("should conclude the deal").
MODAL_OBLIGED = {"should", "must", "ought"}
#: Auxiliaries of the future ("will be signed").
FUTURE = {"will", "shall", "would", "'ll"}

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
        if word_lemma(t) in lex and t.pos_ in ("VERB", "ADJ", "NOUN", "AUX") \
                and not (t.pos_ == "ADJ" and word_lemma(t) in _STATUS_VERBS_ONLY) \
                and not (t.pos_ in ("VERB", "AUX") and word_lemma(t) in STATUS_NOUNS_ONLY):
            found.append(t)
        for c in t.children:
            if c.dep_ == "pobj" and t.lower_ in ("in", "into") and t.i != gov.i:
                stack.append(c)  # "remain in force", "came into force"
            if c.dep_ == "dobj" and c.lemma_.lower() == "effect" and word_lemma(t) == "take":
                stack.append(c)  # "took effect"
            if c.dep_ in ("acomp", "xcomp", "conj", "ccomp", "prep", "pcomp", "auxpass", "oprd", "advcl") and c.i != gov.i:
                if c.dep_ == "ccomp" and t.i != gov.i:
                    continue
                stack.append(c)
    return sorted(found, key=lambda t: abs(t.i - gov.i))


#: Words that put what follows them in the future ("set to be signed", "poised to ink").
_FUTURE_LEADS = {"expect", "set", "likely", "due", "plan", "schedule", "poise", "poised", "about"}


#: Verbs that put someone under a duty, or press them, to do what their infinitive says.
_OBLIGING = {"oblige", "obligate", "require", "compel", "force", "urge", "press"}


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
        if t is not v and t.lemma_ in _OBLIGING and v.dep_ == "xcomp":
            obliged = True  # "obliged Ethiopia to reach a binding agreement", "urged both sides to sign"
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
    if fut and _first_to_do(v):
        fut = False  # "Japan is the first country in Asia to sign such a pact": done, first of all
    return neg, fut, unsure


#: Words of the order in which something was done ("the first country to sign", "the latest to join").
_ORDER_WORDS = {"first", "second", "third", "last", "latest", "only", "newest"}


def _first_to_do(v: Token) -> bool:
    """Whether ``v`` is the infinitive on a noun (or "the first" alone) of the order it was done in
    ("the first country to sign", "the only member to have ratified", "the latest to join")."""
    if v.dep_ not in ("acl", "relcl", "xcomp", "advcl") or not any(c.lower_ == "to" for c in v.children):
        return False
    # (or the noun is what the infinitive's verb is: "became the first country to sign", parsed so)
    nouns = [v.head] + [c for c in v.head.children if c.dep_ == "attr" and c.i < v.i]
    return any(n.lower_ in _ORDER_WORDS or any(c.dep_ == "amod" and c.lower_ in _ORDER_WORDS for c in n.children)
               for n in nouns)


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


#: Words of being near something not yet done ("close to reaching a deal", "on the verge of signing").
_NEARING = {"close", "closer", "near", "nearer", "verge", "brink", "edge", "cusp"}
#: Words of striving towards something ("commitment to concluding", "work towards signing").
_STRIVING = {"commitment", "commit", "committed", "work", "effort", "move", "step", "progress", "path", "road", "way"}


def _a_goal(v: Token) -> bool:
    """Whether a status word's infinitive is a goal: governed by a word of aiming ("hope to sign")
    or the complement of "is" with such a subject ("The aim is to sign")."""
    head = v.head
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and head.lower_ in ("to", "towards", "toward", "of") \
            and word_lemma(head.head) in _GOALS | _STRIVING | _NEARING:
        # "their commitment to concluding a CECA", "work towards signing", "are close to reaching
        # a deal", "on the verge of signing"
        return True
    if v.dep_ not in ("xcomp", "ccomp", "advcl", "attr") or head.i == v.i:
        return False
    if word_lemma(head) in _GOALS:
        return True
    # (or further up a chain of infinitives: "want to move fast ... and to work with the U.S. to
    # agree a strong final deal")
    t = head
    for _ in range(4):
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            break
        t = t.head
        if word_lemma(t) in _GOALS:
            return True
    return word_lemma(head) == "be" and any(c.dep_ == "nsubj" and word_lemma(c) in _GOALS for c in head.children)


#: Verbs that turn down doing something ("refused to sign the pact").
_REFUSING = {"refuse", "decline", "reject", "resist", "balk"}


def _refused(v: Token) -> bool:
    """Whether a status word is the infinitive of a refusal ("has refused to sign", "declined to
    initial"). (A pact one declines to ratify has been signed: that is not read here.)"""
    return v.dep_ == "xcomp" and word_lemma(v.head) in _REFUSING


#: Bodies whose approval of a treaty ratifies it (a cabinet's approval comes before signing).
_LEGISLATURES = {"parliament", "senate", "diet", "congress", "assembly", "bundestag", "knesset", "duma", "house",
                 "lawmakers", "legislature", "legislators", "mps", "rada", "majlis", "sejm", "storting", "riksdag",
                 "folketing", "eduskunta", "legislative", "chamber", "deputies", "senators"}


def _by_legislature(v: Token) -> bool:
    """Whether the subject (or a passive's agent) of ``v`` is a legislature ("The Philippine Senate
    approved ...", "approved by parliament")."""
    doers = [c for c in v.children if c.dep_ == "nsubj"] + [
        g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any((word_lemma(d) in _LEGISLATURES or d.lower_ in _LEGISLATURES)
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
            if t.dep_ in ("acl", "relcl") and t.head.i in range(span.start, span.end) and word_lemma(t) in lex:
                candidates.append(t)
            elif t.dep_ in ("acl", "relcl") and t.head.dep_ == "appos" and t.head.head.i == root.i \
                    and word_lemma(t) in lex and not any(c.dep_ == "dobj" for c in t.children):
                # "the mutual defence treaty the two countries signed last year": the parser made
                # the signers an apposition and their verb a participle on it
                candidates.append(t)
    # a noun the mention belongs to: "signing of BECA", "negotiations on the pact"
    gov = root
    hops = 0
    described_by = False  # whether the walk has passed a participle describing another noun
    text_only = False  # whether the walk has passed "the text of" the agreement
    while not candidates and gov.head is not gov and hops < 6:
        below, gov = gov, gov.head
        hops += 1
        if below.i == root.i and below.dep_ == "pobj" and gov.lower_ == "under" and _binding_now(gov.head):
            return "signed", _evidence(doc, span, gov.head)  # "Under a 1951 treaty, the US is obliged to ..."
        if gov.pos_ == "NOUN" and word_lemma(gov) in _TEXT_NOUNS and below.lower_ == "of":
            text_only = True
        if gov.pos_ in ("VERB", "AUX"):
            candidates = _status_words(gov)
            if below.i == root.i and below.dep_ in ("nsubj", "nsubjpass"):
                # "the 2015 declaration obliged Ethiopia to reach a binding agreement": a status word
                # with an object of its own is about that object, not the subject
                candidates = [t for t in candidates if t.i == gov.i or not any(c.dep_ == "dobj" for c in t.children)]
            if not candidates and below.i == root.i and _in_force_by_its_doing(gov, below):
                return "signed", _evidence(doc, span, gov)
            if not candidates and below.dep_ == "prep":  # "launch negotiations on a pact": the talks' state
                candidates = [c for c in gov.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and word_lemma(c) in lex]
            if not candidates and below.dep_ in ("nsubj", "nsubjpass"):
                break  # "... and that the treaty would remain in abeyance": its own clause says no state
            if not candidates and below.i == root.i and below.dep_ == "dobj" and gov.tag_ == "VBG" \
                    and gov.dep_ in ("advcl", "acl", "conj"):
                break  # "signed their Global Agreement, updating a 2000 trade pact": the pact is updated
            if not candidates and word_lemma(gov) in _ENDING_VERBS:
                break  # "signed a law withdrawing Russia's ratification of the CTBT": not the treaty signed
            if not candidates and gov.dep_ in ("xcomp", "ccomp") and gov.pos_ == "VERB" and below.dep_ == "prep":
                break  # "had agreed to keep dairy out of the deal": what was agreed is the keeping out
            if not candidates and gov.dep_ == "xcomp" and gov.pos_ == "VERB" and below.i == root.i \
                    and below.dep_ == "dobj" and word_lemma(gov.head) in lex:
                break  # "Russia is ready to revive the grain deal": ready to revive it, not to sign it
        elif word_lemma(gov) == "ratification" and word_lemma(gov.head) in {*_ENDING_VERBS, "revoke", "rescind", "annul"}:
            break  # "signed a law withdrawing Russia's ratification of the CTBT": not the treaty signed
        elif word_lemma(gov) in lex and gov.pos_ in ("NOUN", "ADJ") and word_lemma(gov) not in ("force", "effect"):
            # ("entry into force"; not "the effect of the treaty")
            candidates = [gov]
            talked = _talked_of(gov, lex)
            if talked is not None:  # "discussed the early conclusion of a free trade agreement"
                candidates = [talked]
            elif _signing_looked_to(gov, lex):
                candidates = []  # "made a precondition for the signing of the agreement": still to come
                break
            ended = _talks_ended(gov)
            if ended is not None:  # "concluded negotiations on a free trade agreement": not yet signed
                verb, done = ended
                return ("ready_to_sign" if done else "under_negotiation"), _evidence(doc, span, verb)
        elif word_lemma(gov) in _CHANGE_NOUNS and gov.pos_ == "NOUN":
            break  # "sought modification of the treaty": what is sought is the change, not the treaty
        elif word_lemma(gov) in DESCRIBED_HEADS and gov.pos_ == "NOUN" and described_by:
            break  # "The pact, modelled on a 2023 treaty with Bahrain, could be signed": the pact's state
        if gov.dep_ == "acl" and gov.pos_ == "VERB" and word_lemma(gov) != "include":
            described_by = True  # (not "agreements including GSOMIA", which share the list's state)
        if gov.dep_ in ("relcl",) and not candidates:
            break
    if not candidates:
        return "mentioned", None
    statuses = []
    for v in candidates:
        neg, fut, unsure = _modality(v)
        status = adjust_status(lex[word_lemma(v)], neg, fut, unsure)
        if word_lemma(v) in _KEPT_OR_BROKEN or word_lemma(v) in ("ratify", "ratification") and neg:
            # "to uphold the UN Charter", "must respect the ceasefire": in force, whatever the
            # mood; "signed but never ratified the pact": signed all the same
            status = "signed"
        if status in ("ready_to_sign", "signed") and (_a_goal(v) or v.dep_ == "acl" and word_lemma(v.head) in _TALKS_NOUNS):
            # "The aim is to sign the deal by year-end", "talks to agree a nationwide truce", "their
            # commitment to concluding a CECA": still being negotiated
            status = "under_negotiation"
        elif word_lemma(v) in ("approve", "pass", "endorse") and not fut and _by_legislature(v):
            status = "signed"  # "Japan's Diet approved the agreement": ratified, so signed (not a cabinet's nod)
        elif lex[word_lemma(v)] in ("signed", "ready_to_sign") and word_lemma(v) != "ratify" and _refused(v):
            status = "proposed"  # "Riyadh has refused to sign a 123 agreement": on the table, not agreed
        if status == "signed" and text_only and word_lemma(v) in _AGREEING:
            status = "ready_to_sign"  # "agreed the text of a peace treaty": settled, not yet signed
        if status == "signed" and word_lemma(v) in _AGREEING and _in_principle(v):
            status = "ready_to_sign"  # "agreed in principle on a free trade agreement": not yet signed
        statuses.append((status, v))
    # "vetted and ready for being inked": readiness governs the signing it looks forward to
    ready = [sv for sv in statuses if sv[0] == "ready_to_sign"]
    status, cue = ready[0] if ready else statuses[0]
    return status, _evidence(doc, span, cue)


def _binding_now(v: Token) -> bool:
    """Whether ``v``, governing "under" an agreement, says what holds now: a verb in the present
    with no modal ("Under the treaty, the US is obliged to ...", "Under the pact, troops rotate
    through ..."; not "Under the proposed deal, Iran would ...")."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    tenses = [v.tag_] + [c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass")]
    return any(t in ("VBZ", "VBP") for t in tenses) and "MD" not in tenses


def _in_principle(v: Token) -> bool:
    """Whether a verb of agreeing is qualified "in principle" ("agreed in principle on a deal")."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children)
               for c in v.children)


#: What an agreement in force does to those bound by it ("the declaration obliges Ethiopia to ...",
#: "the accord capped enrichment"). (Not in a clause on its name: "BECA, which allows the exchange
#: of geospatial information" says what it is for, signed or not.)
_BINDING_VERBS = {"oblige", "obligate", "require", "bind", "allow", "permit", "prohibit", "forbid", "bar", "ban",
                  "govern", "cap", "guarantee", "entitle"}


def _in_force_by_its_doing(v: Token, subj: Token | None) -> bool:
    """Whether ``v``, of which ``subj`` is the subject, is an agreement binding someone as it
    stands: a binding verb, active, in the present or past, with no modal, future or negation
    ("the draft would allow ..." says nothing of its state)."""
    if subj is None or subj.dep_ != "nsubj" or word_lemma(v) not in _BINDING_VERBS \
            or v.tag_ not in ("VBZ", "VBD", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in v.children)


def _signing_looked_to(noun: Token, lex: dict[str, str]) -> bool:
    """Whether ``noun`` is a signing that something is for ("a precondition for the signing of",
    "preparations for the signing of", "set the stage for the signing of"): not yet done."""
    return noun.pos_ == "NOUN" and lex.get(word_lemma(noun)) == "signed" and noun.dep_ == "pobj" \
        and noun.head.lower_ == "for"


def _talked_of(noun: Token, lex: dict[str, str]) -> Token | None:
    """The verb of talks or proposals whose object is a noun of signing ("discussed the early
    conclusion of ...", "pushed for the signing of ..."): a signing talked of is still to come.
    None when the noun says no signing or no such verb governs it."""
    if lex.get(word_lemma(noun)) != "signed":
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or lex.get(word_lemma(verb)) not in ("under_negotiation", "proposed"):
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
            and word_lemma(verb.head) in _ENDING_TALKS_NOUNS:
        return verb.head, True  # "welcomed the recent conclusion of negotiations on a GSOMIA"
    if noun.lower_ not in _TALKS_NOUNS or noun.dep_ != "dobj" or verb.pos_ != "VERB" \
            or word_lemma(verb) not in _ENDING_TALKS:
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


#: Verbs that end or halt an agreement, with the word a note uses ("Russia withdrew from New
#: START", "suspended its participation in the treaty", "the deal collapsed").
_ENDING_VERBS = {"withdraw": "withdrawn from", "exit": "withdrawn from", "quit": "withdrawn from",
                 "leave": "withdrawn from", "suspend": "suspended", "terminate": "ended", "scrap": "ended",
                 "abandon": "ended", "tear": "ended", "collapse": "ended", "expire": "expired", "lapse": "expired",
                 "revoke": "ended", "annul": "ended", "cancel": "ended", "denounce": "ended", "abrogate": "ended",
                 "freeze": "suspended", "hold": "suspended", "put": "suspended", "keep": "suspended",
                 "place": "suspended"}


def ended_by(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
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
    # (the parser may hang the verb on a subject it made the sentence's root: "The grain deal
    # lapsed in July 2023" with "lapsed" a participle on "deal")
    misread = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == span.end
                    and c.lemma_.lower() in _ENDING_VERBS), None) if tok.dep_ == "ROOT" else None
    for k in range(4):  # "participation in the treaty", "withdrew from it"
        head = misread if k == 0 and misread is not None else tok.head
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


def share_list_status(doc: Doc, groups: dict[str, dict[str, Any]],
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
