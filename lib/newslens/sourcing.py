"""Sourcing: who said what, named or anonymous, direct or paraphrased.

Attributions follow PolNeAR's conventions: the cue is the whole verb group ("has been
reported", "pointed out", "According to"); the content keeps "that" and leaves out quotation
marks and the recipient; the source keeps its modifiers ("the diplomatic source").

Rules, tried in this order (each attribution records the rule that found it):

``transcript_turn``    a speaker label opening a paragraph (``SECRETARY POMPEO:``, ``Q:``)
``interview_turn``     a turn of an interview set out with dashes ("- What is ...?" / "- Indeed,
                       ..."): the answer is the interviewee's, the question the interviewer's,
                       both as the lead names them ("X told RIA Novosti about ...")
``according_to``       "according to X"; ``as_reported``: a bare "as has been reported by X"
``quote_frame``        a direct quote with a reporting verb in its sentence ("..., X said");
                       ''doubled apostrophes'' count as quotation marks, and so do single
                       marks in an article that has no double ones ('We will act,' he said)
``punct_frame``        a quote with no verb to frame it, introduced by a name and a colon
                       ("Sanders on Twitter: “...”") or signed with a dash ("“...” ― Name");
                       a single headline "Name: words" (found with the transcript labels)
``headline_label``     an article's first line opened by who says it, when the transcript rule
                       did not take it ("Poll: Trump and Clinton hold narrow leads"),
                       signed after a dash ("Moscow ready to speed up deliveries - source"),
                       or a quote with its speaker after a colon ("'No deal': minister on ...")
``statement_below``    a verb whose object announces the text after a colon ("issued the
                       following statement:"), or a reporting verb whose colon ends its
                       paragraph ("Limbaugh added:"): the quote there, or the rest of the
                       paragraph, or the next paragraph
``quote_continuation`` a quote with no speaker in its sentence, given to the previous speaker;
                       a quote right after its speaker's frame sentence ("“A,” she said. “B.”")
                       is a second part of that attribution. Run again after the complement
                       rule, which finds frames of quotes too short for ``quote_frame``; a
                       quote with an unattributed quote between it and the last speaker waits
                       for that run ('X made it clear that “...”' may give it another speaker)
``verb_parenthetical`` a cue verb governing nothing, beside the clause it frames ("..., Graham
                       said, since ..."); the content is the sentence on both sides of it
``asked``              a question put by someone unnamed ("Asked if he was ever bullied, ..."):
                       no source, cue "Asked", the question as content
``criticism_received`` criticism the subject draws or faces ("The plan drew sharp criticism
                       from Democrats", "The clip has faced ridicule"): those it comes from,
                       if named, speak about the subject
``verb_complement``    a cue verb and what it governs: a clause ("X said that ..."), an open
                       complement ("X wants to ..."), an object ("X criticised the plan"), a
                       preposition ("X called for ..."); with a passive and no agent, or
                       "seems to", the subject belongs to the content and there is no source
                       (a verb of feeling excepted: "Leaders were angered that ..." is theirs)
``passive_agent``      a cue verb in the passive with an agent and nothing it governs ("The
                       plan was criticized by Democrats"): the agent speaks about the subject
``in_document``        a sentence opened by the document that says it ("In an NBC News poll
                       released Monday, 50 percent ..."), when no verb rule took the sentence
``reported_adverb``    "reportedly" in a clause no verb rule took ("The FBI is reportedly
                       making arrangements ..."): no source, the clause around it as content
``noun_cue``           a cue noun with a possessor and a that-clause or a preposition
                       ("Russia's claim that ...", "the minister's criticism of ..."), or a view
                       set beside a clause ("In his view, ...", "..., in the minister's words")
``adjective_cue``      an adjective after a copula with a clause or a preposition and someone
                       who holds it ("was sure that ...", "has been critical of ..."); "It is
                       unclear whether ..." is the writer's hedge, not sourcing
``nested_complement``  a cue verb inside another attribution's indirect content ("X claimed
                       that ..., although he refused to pledge to ..."), when the cue model
                       is sure of it; its content stays inside the outer one's

Which words are cues, and how readily, comes from PolNeAR train (``bench/build_cue_lexicon.py``):
``data/cue_lexicon.csv`` gives each lemma's cue rate, ``data/cue_frames.csv`` the rate of a verb
or noun given what it governs ("urge" with an open complement is a cue 73% of the time), and
a rate measured on few cases is pulled toward the lemma's own. Whether a verb with a
complement is a cue in its sentence is judged by a logistic regression over those rates and
the verb's context (its subject, tense, complement, quotes): ``newslens.cue_model``, trained by
``bench/build_cue_model.py``. Whether a verb's cue runs over its object noun ("cast doubt on",
"raised questions about") is read from how often PolNeAR train's cues do
(``data/cue_objects.csv``, ``bench/build_cue_objects.py``). Where its content ends is chosen
among the sentence's word ends by ``newslens.content_model`` (``bench/build_content_model.py``),
the rule's own end winning ties.

A token belongs to at most one attribution's source or cue, and to one content except for
``nested_complement`` and an attribution that a reported clause governs ("to impose sanctions
as a deterrence to what it called “...”": the outer content runs over it). PolNeAR nests
attributions, and with the cue model deciding, letting a verb the model is sure of (p >= 0.8)
nest inside indirect content scores higher on PolNeAR dev (triple F1 68.3 against 68.0);
inside direct quotes it changes nothing, so it is not done.
A quote framed inside an "according to" content ("“...,” X said, according to RIA") nests too:
the content is RIA's, the quote X's.

Who each source is (kind, entity, side) is ``newslens.speakers``' part; once all rules have
run, every source is classified again in text order, so that "he" and "the envoy" go back to the
speakers before them whichever rule found those.
"""
from __future__ import annotations

import itertools
import re
from typing import Any

import pandas as pd
from spacy.tokens import Doc, Span, Token

from .agreements import AGREEMENT_HEADS, status_lexicon
from .cues import (CONTENT_PREPS, QUOTE_TOKENS, SETTING_PREPS, clause_object_in_cue, complements, content_prep,
                   cue_frame, cue_rate, frame_rate, lemma_of, noun_clause, object_in_cue)
from .content_model import choose_end as choose_content_end
from .cue_model import cue_probability
from .doctools import sent_of, text_of
from .headlines import title_lines
from .speakers import ANONYMOUS_HEADS, HONORIFICS, JOINT, OUTLET_HEADS, TURN_WORDS, classify_source

#: Shorter quotes are scare quotes or names, not speech: they make content mixed, not direct
#: (unless they open a sentence their frame closes, ``_opens_framed_quote``).
MIN_QUOTE_WORDS = 4
#: Verbs that PolNeAR's annotators take into the cue together with the verb they lead to
#: ("tries to draw", "continue to ignore", "has yet to explain"): in train, "to" and that verb
#: are in the cue 332 times in all xcomp cues, and for these lemmas mostly ("failed to
#: prosecute": 7 of 7 in train and dev; "managed to", "scrambled to", "moved to": 3 of 3 each in
#: train). Not "attempt" (6 of 8) nor "proceed": on train, "attempted" alone is a cue more often
#: than the verb it leads to is one.
CATENATIVES = {"try", "continue", "have", "go", "use", "need", "tend", "begin", "start", "struggle", "fail",
               "manage", "scramble", "move"}
#: A verb that governs a clause, an open complement ("wants to ..."), an object ("criticised
#: the plan") or a preposition ("called for talks") is a cue when the cue model
#: (``newslens.cue_model``) finds it about as likely a cue as not: on PolNeAR train, 0.45 gives
#: higher source, cue, content and triple F1 than 0.5 (and 0.4 less content on dev).
CUE_MIN_PROBABILITY = 0.45
#: ... and inside another attribution's reported speech.
NEST_MIN_PROBABILITY = 0.8
#: How often a verb set off beside a sentence ("..., Politico reported, ...") must be a cue for it
#: to frame a sentence that holds attributions found before: "reported" (0.67) does; at 0.5,
#: PolNeAR train gained a wrong one, a crowd that "applauded" (0.55) after a sentence of reports.
NEST_FRAME_MIN_RATE = 0.6
#: How often a verb must be a cue (PolNeAR train) for "X was criticized by Y" to be Y's report
#: about X: on train, verbs at 0.5 or more with a passive subject and an agent are cues in 42
#: of 61 such sentences; below, 53 of 484. A rarer verb is read when the cue model finds it a
#: cue there (``CUE_MIN_PROBABILITY``: "The plan is supported by most governors").
PASSIVE_MIN_RATE = 0.5
#: How often a verb must be a cue for a clause the parser hung on it as adverbial, or a one-word
#: answer after it ("said yes"), to be what it reports.
UNMARKED_MIN_RATE = 0.5
#: How often (in PolNeAR train) a noun with a possessor and a 'that' clause or a preposition
#: ("his criticism of") must be a cue to be read as one.
NOUN_MIN_RATE = 0.3
#: ... an adjective after a copula with a clause or a preposition ("was sure that", "critical of"),
#: by the adjective's rate or its rate in that frame, whichever is higher.
ADJ_MIN_RATE = 0.2
#: ... a verb in a bare "as X reported" clause.
AS_MIN_RATE = 0.5

RULE_CONFIDENCE = {
    "transcript_turn": 0.9,
    "interview_turn": 0.7,
    "quote_frame": 0.9,
    "statement_below": 0.85,
    "according_to": 0.85,
    "as_reported": 0.8,
    "verb_complement": 0.75,  # these two carry the cue model's probability instead
    "nested_complement": 0.8,
    "verb_parenthetical": 0.7,
    "noun_cue": 0.6,
    "adjective_cue": 0.6,
    "quote_continuation": 0.6,
    "punct_frame": 0.6,
    "headline_label": 0.6,
    "in_document": 0.7,
    "asked": 0.7,
    "passive_agent": 0.65,
    "criticism_received": 0.65,
    "reported_adverb": 0.7,
}

#: Adverbs that say a clause is someone's report without naming whose ("The FBI is reportedly
#: making arrangements ..."): PolNeAR train marks "reportedly" a cue 19 times in 29 ("allegedly" 2
#: in 12, "apparently" 5 in 35: those are the writer's hedges).
REPORT_ADVERBS = {"reportedly"}

#: Things that say something ("In a statement, ...", "In an NBC News poll released Monday, ...").
DOCUMENT_NOUNS = {"poll", "survey", "study", "report", "statement", "letter", "interview", "memo", "memorandum",
                  "tweet", "post", "filing", "op-ed", "column", "speech", "editorial", "analysis", "paper",
                  "assessment", "review", "book", "email", "message", "note", "release", "transcript",
                  "communique", "communiqué", "readout", "briefing", "testimony", "ruling", "order", "resolution"}



_LABEL = re.compile(
    r"^[\"“]?(?P<label>(?:[A-Z][A-Z.'’\-]+|[QA](?=:))(?: [A-Z][A-Z.'’\-]+){0,4}"
    r"|(?:(?:" + "|".join(HONORIFICS) + r")\.? )?[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,4}(?:, [A-Z][\w ]{2,40})?"
    # a parliament's record: "Mr Tom Harris (Glasgow South) (Lab):", "The Secretary of State for
    # Defence (Mr Andrew Blake):"
    r"|(?:The )?[A-Z][\w.'’\-]+(?:(?: (?:of|for|the|and)){0,2} [A-Z][\w.'’\-]+){0,6}(?: \([^()\n]{2,60}\)){1,3})"
    r"\s*:\s+(?=\S)"
)
_QA_DOTTED = re.compile(r"(?P<label>[QA])\.\s+(?=[A-Z\"“‘'])")
_ROLE = re.compile(r"\b(Spokesperson|Spokesman|Spokeswoman|Minister|Secretary|Moderator|Ambassador|President|"
                   r"Question|Answer|Chairman|Chair|Director|Secretary-General)\b")
#: Upper-case labels a newsroom puts before a line, which name no speaker.
_NEWSROOM_LABELS = {"BYLINE", "DATELINE", "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EXCLUSIVE",
                    "BREAKING", "DEVELOPING", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "AUDIO", "LISTEN", "READ",
                    "RELATED", "SOURCE", "SOURCES", "CREDIT", "EMAIL", "CONTACT", "ANALYSIS", "OPINION", "NOTE",
                    "LOOK", "BOOM", "BUSTED", "WOW", "MORE", "ALSO", "PLUS", "TRANSCRIPT", "DISCLOSURE", "WARNING",
                    "ALERT", "TOPLINE", "BOTTOM LINE", "EDITOR'S NOTE", "EDITOR’S NOTE", "FLASHBACK", "REPORT"}
#: A scene between a verb and the clause it reports ("at the time that ...", "on Monday that ...").
_SCENE_THEN_THAT = re.compile(r"(?:at|on|in|during|after|before|earlier|later|last|this)\s[^,;:.\"“”\s]"
                              r"[^,;:.\"“”]{0,40}?\s(?P<that>that)\s")
_LABEL_FUNCTION_WORDS = {"THE", "OF", "A", "AN", "THAT", "TO", "FOR", "AND", "IN", "ON", "WITH", "IS", "WHAT"}
_OPEN = "“\"«"
_CLOSE = "”\"»"


_DOUBLED = re.compile(r"''")


def _doubled_apostrophes(text: str) -> str:
    """The same text with each pair of apostrophes used as a quotation mark (''like this'', a
    convention of some wires and archives) turned into one straight double mark in the pair's
    place: before the quote's first letter when it opens, after its last when it closes."""
    chars = list(text)
    for m in _DOUBLED.finditer(text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if not before.isalnum() and not after.isspace():
            chars[i], chars[i + 1] = " ", '"'
        else:
            chars[i], chars[i + 1] = '"', " "
    return "".join(chars)


#: A single mark that may open a quote: a curly opening mark anywhere, a straight one after a
#: space, a bracket or a dash and before a word ("'We will act,' he said").
_SINGLE_OPEN = re.compile(r"‘|(?:(?<=^)|(?<=[\s(—–-]))'(?=\w)")
#: ... and one that may close it: a closing or straight mark after something other than a space
#: and before a space, a punctuation mark or the end ("... act,' he said"; not "don't").
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?=[\s.,;:?!)—–-]|$)")


def _single_quotes_as_double(text: str, paragraphs: list[list[int]]) -> str:
    """The same text with single quotation marks turned into double ones, for an article that
    quotes in single marks only (the British convention: 'We will act,' he said). An apostrophe
    inside a word is no mark; of the marks that may close a quote, the first after a punctuation
    mark closes it ("... final,' he said"), else the last before the next opening mark in the
    paragraph, so that "the ministers' decision" inside a quote does not close it."""
    chars = list(text)
    for ps, pe in paragraphs:
        opens = [m.start() for m in _SINGLE_OPEN.finditer(text, ps, pe)]
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, ps, pe)]
        k = 0
        while k < len(opens):
            o = opens[k]
            limit = next((x for x in opens if x > o), pe)
            cands = [c for c in closes if o + 2 < c < limit]  # not "rock 'n' roll"
            if not cands:
                k += 1
                continue
            close = next((c for c in cands if text[c - 1] in ",.?!…"), cands[-1])
            chars[o], chars[close] = "“", "”"
            k = next((j for j, x in enumerate(opens) if x > close), len(opens))
    return "".join(chars)


def _nested_quote_end(text: str, i: int, end: int) -> int | None:
    """Where a quote opened at ``i`` inside an open one closes, when it is nested: the next two
    curly marks before ``end`` both close (the inner quote's, then the outer one's); else None
    (the outer quote was never closed)."""
    marks = list(itertools.islice((j for j in range(i + 1, end) if text[j] in "“”"), 2))
    if len(marks) == 2 and text[marks[0]] == "”" and text[marks[1]] == "”":
        return marks[0]
    return None


def find_quotes(text: str, paragraphs: list[list[int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of double quotation marks (single ones in an
    article that has no double ones, ``_single_quotes_as_double``).

    Curly and straight marks (a closing curly mark opens a quote where an opening one would
    stand: before a word, after a space or at a paragraph's start); a quote left open at a
    paragraph's end continues into the next paragraph only if that one opens with a quotation
    mark (the newspaper convention), otherwise it closes at the paragraph's end, so an odd count
    never swallows the rest of the article.
    """
    paragraphs = paragraphs or [[0, len(text)]]
    if "''" in text:
        text = _doubled_apostrophes(text)
    if not any(ch in text for ch in "\"“”«»"):
        text = _single_quotes_as_double(text, paragraphs)
    quotes: list[tuple[int, int]] = []
    carry: int | None = None
    for pi, (ps, pe) in enumerate(paragraphs):
        start: int | None = carry
        carry = None
        i = ps
        if start is not None and text[ps] in _OPEN:
            i = ps + 1
        while i < pe:
            ch = text[i]
            if start is None:
                if ch in "“«" or (ch in '"”' and (i == ps or not text[i - 1].isalnum()) and i + 1 < pe
                                  and (text[i + 1].isalnum() if ch == "”" else not text[i + 1].isspace())):
                    start = i + 1  # a closing mark typed for an opening one ("”Fear. ...”") opens too
            elif ch in "”»" or (ch == '"' and (i + 1 >= pe or not text[i + 1].isalnum())):
                if i > start:
                    quotes.append((start, i))
                start = None
            elif ch == "“" and i > start and text[i - 1] in ",.?!…" and (i + 1 >= pe or text[i + 1].isspace()):
                quotes.append((start, i))  # an opening mark typed for a closing one ('“It’s unusual,“ said')
                start = None
            elif ch == "“" and i > start and (inner := _nested_quote_end(text, i, pe)) is not None:
                # '“I’d rather live in what he calls “chaos” than vote for him.”': a quote inside
                # the quote, in the same marks; the outer one goes on after it
                i = inner
            elif ch == "“" and i > start:  # a new opening mark: the previous quote never closed
                quotes.append((start, i))
                start = i + 1
            i += 1
        if start is not None:
            nxt = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt] in _OPEN:
                quotes.append((start, pe))  # this paragraph's part; the next continues it
                carry = nxt + 1
            elif pe > start:
                quotes.append((start, pe))
    return [(s, e) for s, e in quotes if text[s:e].strip()]


# ---------------------------------------------------------------------------------------------
# spans

_EDGE = " \t\n\xa0,;:―—–-\"“”'‘’"


def _trim(text: str, s: int, e: int, chars: str = _EDGE) -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _span(doc: Doc, s: int, e: int) -> dict[str, Any]:
    return {"text": text_of(doc)[s:e], "start": s, "end": e}


#: Words that float after a plural subject ("Bush and Cruz both said", "have all urged").
_FLOATING_QUANTIFIERS = {"both", "all", "each"}


def _floating_quantifier(word: Token, verb: Token) -> bool:
    """'Richards and Menendez both stressed', 'Carson and Fiorina have all characterized': a
    quantifier between a subject and its verb. PolNeAR's cue takes it (16 times in the 19 train
    and dev attributions where this test holds); not when it is the subject ('And both vowed')."""
    if word.lower_ not in _FLOATING_QUANTIFIERS or word.i == 0 or word.dep_ in ("nsubj", "nsubjpass"):
        return False
    on_verb = word.head.i == verb.i and word.dep_ in ("dep", "advmod", "predet", "det", "nmod")
    on_subject = word.dep_ == "appos" and word.head.dep_ in ("nsubj", "nsubjpass") and word.head.head.i == verb.i
    before = word.doc[word.i - 1]
    return (on_verb or on_subject) and (before.pos_ in ("NOUN", "PROPN", "PRON") or before.text == ")"
                                        or (before.head.i == verb.i and before.dep_ in ("aux", "auxpass")))


def _verb_word(word: Token, verb: Token) -> bool:
    """A word of the verb's own group before it: an auxiliary, a negation, an adverb ("has also
    said", "did not immediately respond") or an adverbial "since" ("has since said")."""
    if word.head.i != verb.i or word.is_punct:  # (the parser may take a dash for an auxiliary)
        return False
    return word.dep_ in ("aux", "auxpass", "neg") \
        or (word.dep_ == "advmod" and word.pos_ == "ADV" and word.tag_ != "WRB") \
        or (word.lower_ == "since" and not (word.n_lefts or word.n_rights))


def _between_auxiliary_and_verb(verb: Token) -> set[int]:
    """The words of a phrase set between a verb's first auxiliary and the verb ("have in the past
    said", "had last month charged"), whether the parser hung it on the verb or the auxiliary."""
    auxiliaries = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and not c.is_punct]
    if not auxiliaries:
        return set()
    first = auxiliaries[0].i
    return {t.i for h in [verb, *auxiliaries] for c in h.children
            if c.dep_ in ("prep", "npadvmod", "advmod") and first < c.left_edge.i and c.i < verb.i for t in c.subtree}


def cue_group(tok: Token) -> tuple[int, int]:
    """Char span of the verb group: auxiliaries and negation before the verb, particle after
    ("has been reported", "pointed out", "did not say", "declined to comment")."""
    doc = tok.doc
    left, right = tok.i, tok.i
    j = tok.i - 1  # the verb's own words right before it: "has also said", "did not immediately respond"
    inside = _between_auxiliary_and_verb(tok)
    while j >= max(0, tok.i - 6) and (j in inside or _floating_quantifier(doc[j], tok) or _verb_word(doc[j], tok)):
        left = j
        j -= 1
    while left < tok.i and doc[left].dep_ == "advmod" and (left == 0 or doc[left].is_sent_start or doc[left - 1].is_space
                                                          or (doc[left - 1].is_punct and doc[left - 1].text != ",")):
        left += 1  # "Later said ...": a sentence adverb, not part of the cue ("X, a spokesman, also said" keeps it)
    outer = _light_verb(tok)
    if outer is not None:  # "issued a statement calling"
        left = min(left, doc.char_span(*cue_group(outer), alignment_mode="expand")[0].i)
    quoted = _quoted_as(tok)
    if quoted is not None:  # "was quoted as saying"
        left = min(left, doc.char_span(*cue_group(quoted), alignment_mode="expand")[0].i)
    lead = _catenative(tok)
    if lead is not None and all(doc[k].dep_ in ("aux", "advmod", "prt", "neg", "acomp")
                                for k in range(lead.i + 1, tok.i)):
        left = min(left, doc.char_span(*cue_group(lead), alignment_mode="expand")[0].i)  # "went on to say"
    for c in tok.rights:
        if c.dep_ == "prt" and c.i <= tok.i + 2:
            right = max(right, c.i)
        if c.dep_ == "xcomp" and tok.lemma_ in ("decline", "refuse") and c.lemma_ in ("comment", "say", "elaborate", "confirm"):
            right = max(right, c.i)
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _catenative(tok: Token) -> Token | None:
    """The catenative verb an open complement hangs on ("has yet to explain", "went on to say"),
    or the copula of an adjective it hangs on ("was able to tout"), whose verb group opens the cue."""
    head = tok.head
    if head.i >= tok.i:
        return None
    if tok.dep_ == "xcomp" and (lemma_of(head) in CATENATIVES or _is_token(_raised_report(head), tok)):
        return head
    if tok.dep_ == "advcl" and lemma_of(head) in CATENATIVES \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return head  # "went on to explain", which the parser may read as a purpose clause
    if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in _SUBJECT_ADJECTIVES and head.dep_ == "acomp" \
            and head.head.i < head.i:
        return head.head  # "was able to consistently tout"
    return None


def _is_token(a: Token | None, b: Token) -> bool:
    """Whether ``a`` is the token ``b`` (spaCy makes a new object at each access)."""
    return a is not None and a.i == b.i


#: How often a verb after "seems to" must be a cue for the two to be one cue ("seemed to blame").
RAISED_REPORT_MIN_RATE = 0.5


def _raised_report(verb: Token) -> Token | None:
    """'Cruz seemed to blame the network', 'She appeared to imply that ...': the reporting verb
    that "seem" or "appear" leads to, when it reports something of its own. Then the subject
    speaks and the cue runs from "seemed" to it (PolNeAR train: 29 of 31 such cues have the
    subject as source), unlike "the deal seems to be dead", where the subject is what is framed."""
    if lemma_of(verb) not in _RAISING_VERBS:
        return None
    x = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ == "VERB"), None)
    if x is None or cue_rate(x) < RAISED_REPORT_MIN_RATE or cue_frame(x) == "none":
        return None
    return x


#: Adverbs after a cue verb that turn the argument rather than say how it was said.
_SENTENCE_ADVERBS = {"however", "basically", "actually", "though", "instead", "meanwhile", "therefore", "still",
                     "too", "then", "now", "here", "there"}


def _manner_adverb_end(verb: Token, cue_end: int, content_start: int) -> int:
    """Where a cue ends that an adverb of the verb's follows right before what it reports ("noted
    repeatedly that ...", "shot back that ...", "said privately that ..."): after the adverb,
    as PolNeAR marks it (train: 17 times in 19); else ``cue_end``."""
    doc = verb.doc
    between = doc.char_span(cue_end, content_start, alignment_mode="expand") if content_start > cue_end else None
    if between is None:
        return cue_end
    words = [t for t in between if not t.is_space]
    if len(words) == 1 and words[0].dep_ == "advmod" and words[0].head.i == verb.i and words[0].pos_ == "ADV" \
            and words[0].tag_ != "WRB" and words[0].lower_ not in _SENTENCE_ADVERBS:
        return words[0].idx + len(words[0].text)
    return cue_end


def _is_time(tok: Token) -> bool:
    """A bare time phrase hung on a word ("said Monday", "Trump this week")."""
    return tok.dep_ == "npadvmod" and tok.ent_type_ in ("DATE", "TIME")


def _past_closing_marks(text: str, end: int, most: int = 3) -> int:
    """``end`` moved past the closing marks right after it (a period, a quotation mark: '."')."""
    stop = min(len(text), end + most)
    while end < stop and text[end] in ".?!\"”’'":
        end += 1
    return end


def _colon_ends_paragraph(verb: Token, paragraphs: list[list[int]]) -> bool:
    """'Limbaugh added:' at the end of a paragraph: a reporting verb (a cue at least half the
    time in PolNeAR) whose colon closes its paragraph, so that the next one is what it says."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ":" or not _is_cue_verb(verb, 0.5):
        return False
    colon = doc[verb.i + 1]
    end = paragraphs[_paragraph_of(paragraphs, colon.idx)][1]
    return not text_of(doc)[colon.idx + 1:end].strip()


def _concludes_agreement(verb: Token) -> bool:
    """'have concluded the Industrial Security Annex', 'signed the defence pact': a verb that
    makes an agreement signed (``newslens.agreements``' status words) with the agreement as its
    object. That is the agreement's state, which the agreements table shows, not something said.
    (An agreement "to allow Mexican trucks ..." states its terms: PolNeAR marks that a report.)"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and lemma_of(obj) in AGREEMENT_HEADS and status_lexicon().get(lemma_of(verb)) == "signed" \
        and not any(c.dep_ in ("acl", "ccomp") for c in obj.children)


def _leading_time(comp: Token, start: int) -> tuple[int, int] | None:
    """'said Tuesday his actions were legal': the parser hangs the day on the reported clause,
    which it then opens. Returns where the time phrase ends and where the clause starts after
    it, or None."""
    doc = comp.doc
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return None
    when = next((c for c in comp.children if _is_time(c) and c.left_edge.i == first[0].i), None)
    if when is None or when.right_edge.i + 1 >= comp.i:
        return None
    after = doc[when.right_edge.i + 1]
    if after.is_punct or (after.lower_ == "that" and after.dep_ == "mark"):
        return None
    return when.right_edge.idx + len(when.right_edge.text), after.idx


def _in_a_statement(prep: Token) -> bool:
    """'in a statement', 'in a written statement': the document a closing cue was made in, which
    PolNeAR's annotators put in the cue (train and dev: 34 times, left out 18; "in an interview"
    only 22 times in 59, so an occasion stays out)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return (prep.dep_ == "prep" and prep.lower_ == "in" and obj is not None and obj.lemma_ == "statement"
            and all(g.dep_ in ("det", "amod", "compound", "poss") and g.i < obj.i for g in obj.children))


def _time_after(verb: Token, end: int, comp: Token) -> int | None:
    """Where a cue ends that its time follows directly, before what it reports ("said Monday
    that", "announced this week that"): PolNeAR's annotators put it in the cue more often
    than not."""
    for c in verb.rights:
        if _is_time(c) and c.left_edge.idx <= end + 1 and c.left_edge.i > verb.i and c.right_edge.i < comp.left_edge.i:
            last = c.right_edge
            return last.idx + len(last.text)
    return None


def _closing_words_end(verb: Token, end: int) -> int:
    """Where a cue that closes a sentence ends: after its time and manner ("said Monday", "said
    then", "said sarcastically", "said with a smile": PolNeAR train and dev put "with ..." in the
    cue 7 times in 7) and the statement it was made in ("said in a statement") when
    they follow the verb directly and end the sentence. (An occasion, "said in an interview", is
    in PolNeAR's cues less often than not: left out.)"""
    doc = verb.doc
    last = None
    nxt = verb.i + 1
    for c in verb.rights:
        if c.i != nxt or not (_is_time(c) or c.dep_ == "advmod" and c.pos_ == "ADV" or _in_a_statement(c)
                              or (c.dep_ == "prep" and c.lower_ == "with")):  # "said with a smile"
            break
        last = c.right_edge
        nxt = last.i + 1
    rest = doc[nxt : sent_of(verb).end]
    if last is None or any(not (t.is_punct or t.is_space) for t in rest):
        return end
    return last.idx + len(last.text)


def subtree_span(tok: Token, exclude: tuple[int, int] | None = None) -> tuple[int, int]:
    """Char span of a token's subtree, cut short before ``exclude`` if it runs into it."""
    doc = tok.doc
    s = tok.left_edge.idx
    e = tok.right_edge.idx + len(tok.right_edge.text)
    if exclude:
        if s < exclude[0] < e and tok.idx < exclude[0]:
            e = exclude[0] - 1
        elif s < exclude[1] <= e and tok.idx >= exclude[1]:
            s = exclude[1] + 1
    return _trim(text_of(doc), s, e)


#: A dateline the parser joined to the subject: a place (capitalised words), perhaps a date
#: ("Dec 29") and a news agency ("(Reuters)"), then a colon or a dash ("WASHINGTON -- ").
#: A dateline's city in capitals, then a comma and the date ("MANILA, March 3 (Wire) -").
#: A news agency's credit in brackets and a dash, left at a content's start when the parser cut
#: the city before it off as a sentence of its own.
_AGENCY_CREDIT = re.compile(r"\([A-Z][A-Za-z .&-]*\) *(?:--|[-–—―]) *")
_CREDITED_DATELINE = re.compile(r"(?:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*, )?"
                                r"(?:[A-Z][a-z]{2,}\.? \d{1,2},?(?: \d{4})?|\d{1,2} [A-Z][a-z]{2,}\.?(?: \d{4})?) "
                                r"\([A-Za-z][A-Za-z .&-]*\)\.? ?(?:--|[-–—―]) *")
#: A word or two and a colon before a headline's words ("Exclusive: ..."), a kicker if listed.
_KICKER_LABEL = re.compile(r"([A-Za-z'’ ]{3,20}):\s+")
_CITY_FIRST = re.compile(r"[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*, ")
_DATELINE = re.compile(r"(?:(?:[A-Z][\w.]*|\d{1,4})[ ,]*){1,6}(?:\([A-Za-z ]+\) *)?(?::|\s(?:--|[-–—―])) *")

#: What follows a speaker's name after a comma without being part of the name: a participle
#: ("Trump, speaking to veterans, ...") or "like X". (A relative clause stays: PolNeAR keeps it.)
_ASIDE_DEPS = ("acl", "advcl", "prep")

#: Adverbs that open a subject without being part of the source ("even China"). Others are
#: (PolNeAR train: "Nearly half", "about a third", "almost everyone" 15 times in 16).
_FOCUS_ADVERBS = {"even", "also", "too", "still"}


#: The last dash set off by spaces in a stretch of text ("predictable - Donald J. Trump").
_LAST_SPACED_DASH = re.compile(r"\s(?:-{1,2}|[―—–])\s(?!.*\s(?:-{1,2}|[―—–])\s)", re.S)


def source_span(tok: Token, exclude: tuple[int, int] | None = None) -> tuple[int, int]:
    """Char span of a source phrase: the subject's subtree (relative clauses and appositions
    included, as PolNeAR's annotators mostly do, but not a relative clause that is a report of
    its own: "Graham, who says ...") without a date after it ("a panel in 2001"),
    without a focus adverb or a conjunction before it ("even China", "But officials"), and
    never reaching back over a paragraph break (a dateline or a headline the parser joined to
    the sentence)."""
    doc = tok.doc
    text = text_of(doc)
    s, e = subtree_span(tok, exclude)
    if tok.dep_ in _MISPARSED_DEPS and tok.head.lower_ not in ("by", "to") and tok.ent_iob_ != "O":
        # a name the parser hung on a phrase before its verb (see _misparsed_subject): the
        # name alone; an agent ("by X") or "according to X" keeps its whole phrase
        ent = next((x for x in doc.ents if x.start <= tok.i < x.end), None)
        if ent is not None:
            return _trim(text, ent.start_char, ent.end_char)
    for c in tok.rights:
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            e = min(e, c.left_edge.idx)
        elif _is_time(c):
            e = min(e, c.left_edge.idx)  # "Trump this week"
    for c in tok.rights:
        if c.i == tok.right_edge.i and _floating_quantifier(c, tok.head):
            e = min(e, doc[c.i - 1].idx + len(doc[c.i - 1].text))  # "Bush and Cruz both": "both" is the cue's
        if c.dep_ in _ASIDE_DEPS and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," \
                and (c.dep_ != "prep" or c.lower_ == "like"):
            e = min(e, doc[c.left_edge.i - 1].idx)  # "Trump, speaking to ...", "Clinton, like Obama"
    for c in tok.subtree:
        if _reporting_relative(c) and c.idx > tok.idx:
            e = min(e, doc[c.left_edge.i - 1].idx)  # "Graham, who says the allies should ..."
    for c in tok.lefts:
        if (c.dep_ == "cc" or c.dep_ == "advmod" and c.lower_ in _FOCUS_ADVERBS) and c.i == tok.left_edge.i \
                and c.i + 1 < len(doc):
            s = max(s, doc[c.i + 1].idx)  # "But officials", "even China"; not "Nearly half", "Both X and Y"
    brk = text.rfind("\n", s, tok.idx)
    if brk >= 0:
        s = brk + 1
    m = _DATELINE.match(text, s, tok.idx)
    if m:  # "New Delhi: External Affairs Minister ...", "BRUSSELS - European leaders"
        s = m.end()
    dash = _LAST_SPACED_DASH.search(text, s, tok.idx)
    if dash:  # "The debate is predictable - Donald J. Trump has vowed ...": the dash ends a clause
        s = dash.end()
    if tok.i < tok.head.i and e > tok.head.idx:  # an apposition the parser hung after the verb
        e = tok.head.idx
    if tok.dep_ == "nsubj":  # "PM Modi and President Trump": the parser may make each word a subject
        right = tok.right_edge
        for c in (c for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.i):
            if c.left_edge.i != right.i + 1:
                break
            right = c.right_edge
            e = max(e, right.idx + len(right.text))
    hyphened = re.match(r"-\w+", text[e:e + 40])
    if hyphened and (tok.head.i == tok.i or e + hyphened.end() <= tok.head.idx):
        e += hyphened.end()  # "His ex-wife": the parser may split the word into three subjects
    s, e = _trim(text, s, e)
    last = doc.char_span(s, e, alignment_mode="expand")
    if last is not None and len(last) > 1 and last[-1].dep_ == "cc":  # "outlets and" (the parser hung
        e = _trim(text, s, last[-1].idx)[1]  # the second conjunct elsewhere): not a dangling "and"
    return s, e


def _closes_its_sentence(verb: Token) -> bool:
    """'..., but only if he can be convinced it pays, Senator X told The Hindu on Thursday': a
    report that ends its sentence, after the clause it reports and its speaker set off by a
    comma. It is read before the verbs inside that clause, which then nest in it."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return False
    comp = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > (comp.i if comp is not None else 0)), None)
    return comp is not None and subj is not None and verb.doc[min(subj.left_edge.i, verb.i) - 1].text == ","


def _reporting_relative(c: Token) -> bool:
    """A relative clause set off by a comma that is a report of its own ("Harvey, who acknowledged
    Trump was his fourth choice, said ..."): a reporting verb with a clause. PolNeAR's annotators
    end the source before it (train and dev: 20 times in 22), though they keep other relative
    clauses more often than not ("Lena Ortiz, who was the embassy's press officer").
    This reads the parse, so it holds when the clause's own report was not found; a clause whose
    report was found, whatever its shape, is cut by ``_end_sources_before_other_reports``."""
    return (c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
            and cue_frame(c).startswith("ccomp") and cue_rate(c) >= 0.3)


def _relative_report(verb: Token) -> bool:
    """'the sanctions, which he said had harmed the economy': a relative clause whose verb reports
    a clause that has the relative pronoun for its subject. The shape itself says it is a report,
    so inside another attribution's content it needs no more than an attribution of its own."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in c.children)
        for c in verb.children) or _relative_word_and_speaker(verb) is not None


def _relative_word_and_speaker(verb: Token) -> tuple[Token, Token] | None:
    """'the camp, which aid groups say killed 30 people': the parser hung both the relative word
    and the speaker on the reporting verb as its subjects, and what was said on it as an open
    complement with no subject. The relative word and the speaker, when it reads so."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2 or subjects[0].tag_ not in ("WDT", "WP") or subjects[1].tag_ in ("WDT", "WP"):
        return None
    wh, speaker = subjects
    if any(t.is_punct for t in verb.doc[wh.i + 1 : speaker.left_edge.i]):
        return None  # "which, as one adviser put it, ...": set apart, another shape
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if not said or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in said[0].children):
        return None
    return wh, speaker


def _relative_speaker(verb: Token) -> bool:
    """'Republicans who say the law is a money pit': a relative clause whose relative pronoun
    speaks, reporting a clause of its own with its own subject."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children)


def _past_opening_phrase(subj: Token) -> Token:
    """'With a week to go before the vote, Ravi Menon, a senior aide, called ...': the parser
    made the last noun of an opening phrase the subject and the speaker its apposition. A
    subject right after a preposition is no subject; a person set off after it speaks."""
    doc = subj.doc
    first = subj.left_edge.i
    if first == 0 or doc[first - 1].pos_ != "ADP" or doc[first - 1].lower_ in ("that", "as"):
        return subj
    appos = next((c for c in subj.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","), None)
    if appos is None or not any(t.ent_type_ == "PERSON" for t in appos.subtree):
        return subj
    return appos


def _past_dateline(subj: Token) -> Token:
    """'New Delhi : External Affairs Minister Sushma Swaraj ... welcomed': the parser made the
    dateline the subject and the speaker its apposition (or a second subject, "WASHINGTON --
    President Obama said"); the speaker is the subject. A dateline opens its sentence: place
    words, perhaps a date and an agency ("MYRTLE BEACH, S.C. -", "Dec 29 (Reuters) -"), then a
    colon (a label such as "The Latest:" too) or a dash."""
    text = text_of(subj.doc)
    m = _DATELINE.match(text, sent_of(subj).start_char, subj.head.idx if subj.head.i > subj.i else len(text))
    if m is None or subj.idx >= m.end():
        return subj
    if ":" not in m.group() and not (subj.is_upper or subj.ent_type_ in ("GPE", "LOC", "FAC", "DATE")):
        return subj  # before a dash, a place in capitals or named so: not "Kall -- co-editor of ... -- said"
    # (the speaker may hang on the dateline's last word: "Doha, Qatar – Qatar's ministry says")
    after = [c for c in subj.subtree if c.dep_ == "appos" and c.idx >= m.end() and c.head.idx < m.end()]
    after += [c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i and c.idx >= m.end()]
    return min(after, key=lambda c: c.i) if after else subj


#: Verbs whose object is the means the subject acts with, not who acts: "used blunt language
#: to denounce", "took the opportunity to say", "made a point to thank".
_OWN_MEANS_VERBS = {"use", "take", "seize", "make", "spend"}


#: The confidence of "was quoted as saying" (the cue model, which sees few such passives, puts
#: it under the threshold: PolNeAR train marks every active "quoted X as saying" it has).
QUOTED_AS_CONFIDENCE = 0.9


def _speakers_after_quote(doc: Doc, content: tuple[int, int], source_start: int) -> tuple[int, int] | None:
    """'"Europe must defend itself," French President A and German Chancellor B said': the parser
    ran the quote's clause on over the first speakers. When the content ends, after its quote's
    closing mark and comma, with words that have no verb and run up to the source, returns
    (where the content ends, where the source starts); None otherwise."""
    text = text_of(doc)
    close = max(text.rfind(mark, content[0], content[1]) for mark in _CLOSE)
    if close < 0 or text.rfind(",", content[0], close + 1) < 0 or text[content[0]:content[0] + 1] not in _OPEN:
        return None
    rest = _trim(text, close + 1, content[1])
    if rest[1] <= rest[0] or text[rest[1]:source_start].strip():
        return None
    words = doc.char_span(*rest, alignment_mode="expand")
    if words is None or any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.ent_type_ == "PERSON" for t in words):
        return None
    return close + 1, rest[0]


def _quoted_as(verb: Token) -> Token | None:
    """'The minister was quoted as saying that ...': the passive "quoted" (or "cited") that
    "saying" hangs on through "as", or None."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.tag_ != "VBG":
        return None
    quoted = verb.head.head
    passive = any(c.dep_ == "auxpass" for c in quoted.children)
    return quoted if lemma_of(quoted) in ("quote", "cite") and passive else None


def subject_of(verb: Token) -> Token | None:
    """The speaker of a cue verb: its subject, the agent of a passive, or a conjoined verb's."""
    quoted = _quoted_as(verb)
    if quoted is not None:  # "The minister was quoted as saying ...": the minister
        return next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
    outer = _light_verb(verb)
    if outer is not None:  # "the Council issued a statement calling ...": the Council
        return subject_of(outer)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    words = [c for c in subjects if not c.is_punct or c.text == "-"]  # ("ex-wife": the hyphen may be one)
    if words and len(words) < len(subjects):  # "... made public ― Trump boasted": a dash is no subject
        subjects = words
    aside = _as_speaker(verb)
    if aside is not None:  # "Hawaii, as one of his advisers pointed out, rarely gets ...": the adviser
        return aside
    relative = _relative_word_and_speaker(verb)
    if relative is not None:  # "which aid groups say killed ...": the groups, not "which"
        return relative[1]
    if subjects:
        inverted = _inverted_second_subject(verb, subjects)
        if inverted is not None:
            return inverted
        before = [c for c in subjects if c.i < verb.i]
        if len(before) > 1 and any(t.is_punct or t.lower_ == "as"
                                   for t in verb.doc[before[-2].right_edge.i + 1 : before[-1].left_edge.i]):
            # two subjects set apart ("Hawaii, as one of the advisers pointed out, ...", '"That,"
            # he said'): the nearer speaks; two side by side are one name the parser split
            return _past_dateline(before[-1])
        return _past_opening_phrase(_past_dateline(subjects[0]))
    if _contracted_perfect(verb):
        return next(c for c in verb.children if c.dep_ == "nsubjpass")
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _after_comma(verb) \
            and verb.head.dep_ == "ccomp" and _is_cue_verb(verb.head.head, 0.5) and cue_rate(verb) >= 0.5:
        # "She said that the two sides agreed on X, adding that ...": she adds, not the
        # countries; so too after a quote ('He stressed that "the way is to talk," suggesting ...')
        return subject_of(verb.head.head)
    outer = _coordinated_report(verb)
    if outer is not None:  # "Trump conceded that X had touched Y but implied ...": Trump implied
        return subject_of(outer)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") \
            and (verb.dep_ != "advcl" or verb.tag_ == "VBG"):  # "..., saying that": the head's subject
        if verb.dep_ == "conj":  # "diplomats were stung by the vote and warned ...": the diplomats
            shared = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            if shared is not None and not any(c.dep_ == "nsubj" for c in verb.head.children):
                return _past_dateline(shared)
        if verb.dep_ == "xcomp" and verb.head.lemma_ not in _OWN_MEANS_VERBS:
            # "forced India to wonder if ...": India wonders; not "used blunt language to denounce ..."
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
        return subject_of(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        # "voters saying they want a ban", "a petition calling on him to ...", "a group backing
        # Rubio": the noun speaks; a message a subject put out speaks for the subject ("Trump
        # posted a message on Twitter reading ...")
        noun = verb.head
        lemma = noun.lemma_.lower()
        if lemma in DOCUMENT_NOUNS and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # (a draft the Council "failed to adopt" says it, not the Council)
            return noun if _not_carried_out(noun.head) else subject_of(noun.head)
        if _can_speak(noun):
            return noun
        clause = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
        if clause is not None and clause.pos_ in ("VERB", "AUX") and clause.i < noun.i:
            return subject_of(clause)  # "held a news conference announcing", "was heard on a microphone telling"
        return None  # "softer language calling for ...": no speaker
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in _SUBJECT_ADJECTIVES \
            and verb.head.dep_ == "acomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head.head)  # "was able to consistently tout his record": the senator
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        return subject_of(verb.head)  # "went on to explain that ...", "flew to Delhi to discuss the deal"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":  # "responded by saying that"
        outer = verb.head.head
        if outer.dep_ == "advmod" and outer.pos_ == "ADV":
            outer = outer.head  # "refuses to discuss it, aside from saying ...": who refuses
        if outer.pos_ in ("VERB", "AUX"):  # "After saying her foot was swollen, she was rushed to hospital": she
            return subject_of(outer) or next((c for c in outer.children if c.dep_ == "nsubjpass"), None)
    for c in verb.lefts:
        if c.dep_ == "ccomp" and _description_as_clause(c):
            # "Omar Haddad, a Lyon, France, teacher helping to plan the strike, said":
            # the parser made the description a clause with the name its subject
            return c
    return _subject_in_opening_phrase(verb) or _misparsed_subject(verb) or _subject_of_aside_clause(verb) \
        or _subject_before_participle(verb) or _subject_of_participle_aside(verb)


def _subject_before_participle(verb: Token) -> Token | None:
    """'Fans marching through the old town chanted “...”': the parser took the participle
    for the sentence's verb and hung the real one on it as an adverbial clause. The
    participle's subject is the verb's, when nothing (no "when", "as", no comma) sets the verb
    apart."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ != "VBG" or head.dep_ != "ROOT" \
            or head.i > verb.i or any(c.dep_ in ("mark", "advmod", "aux") and c.i < verb.i for c in verb.children):
        return None
    if any(t.is_punct for t in verb.doc[head.i : verb.i]):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def _subject_of_aside_clause(verb: Token) -> Token | None:
    """'Rao, at a news conference after the two ministers held talks, made it clear that ...':
    the parser made the clause inside the aside the sentence's verb, gave it both subjects and
    hung the reporting verb on it as a loose dependent, or made it a clause the reporting verb
    governs from before it. The first subject, set off by a comma, is the reporting verb's."""
    if verb.dep_ == "dep" and verb.head.i < verb.i:
        clause = verb.head
    else:
        clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    if len(subjects) < 2:
        return None
    first = subjects[0]
    after = first.right_edge.i + 1
    return first if after < len(verb.doc) and verb.doc[after].text == "," else None


def _subject_of_participle_aside(verb: Token) -> Token | None:
    """'A ministry spokesperson, asked about the plans, said that ...': the parser read the
    participle set off by commas as a clause the reporting verb governs, with the speaker its
    subject. A bare participle (no auxiliary) between commas, right before the verb, gives its
    subject back when that subject names someone who speaks."""
    doc = verb.doc
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or doc[clause.i - 1].text != "," or subj.right_edge.i not in (clause.i - 2, clause.i - 1):
        return None  # the subject's own phrase, then the comma, then the participle
    if clause.right_edge.i + 2 != verb.i or doc[clause.right_edge.i + 1].text != ",":
        return None
    return subj if _can_speak(subj) or subj.pos_ == "PROPN" else None


def _inverted_second_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """'The plan to cut taxes appeals to older voters, said Alan Abramowitz': when the parser
    cannot read the clause before the comma as one, it makes it a noun phrase and a second
    subject of the verb. The speaker is the subject right after the verb; what comes before is
    what was said."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    after = next((c for c in subjects if c.i > verb.i and c.left_edge.i == verb.i + 1), None)
    if after is None or not any(c.i < verb.i for c in subjects):
        return None
    return after


def _subject_in_opening_phrase(verb: Token) -> Token | None:
    """'In a letter to the Tribune, her chief of staff, Maria Lind, said': the parser
    made the speaker an apposition to the last noun of the phrase that opens the sentence. The
    apposition is taken as the subject of a verb that has none when it follows a comma and it,
    like the phrase, ends right before the verb (a comma, auxiliaries and adverbs of the verb
    aside): not "At an event in Salem, Ohio, 62-year-old Brenda Johnson railed against ...",
    where the parser hung the name elsewhere."""
    if verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].text == "," or doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg", "advmod")):
        i -= 1
    for prep in verb.lefts:
        if prep.dep_ != "prep" or _last_word(prep) != i:
            continue
        return next((t for t in prep.subtree if t.dep_ == "appos" and t.head.dep_ == "pobj"
                     and t.pos_ in ("NOUN", "PROPN") and t.i > 0 and doc[t.left_edge.i - 1].text == ","
                     and _last_word(t) == i), None)
    return None


def _last_word(tok: Token) -> int:
    """The index of the last word (not punctuation) of ``tok``'s subtree."""
    return max(t.i for t in tok.subtree if not t.is_punct)


def _as_speaker(verb: Token) -> Token | None:
    """'Hawaii, as one of his advisers pointed out, ...': the parser read "as" as a preposition
    and its speaker as its object, leaving the verb the sentence's subject. The object is the
    speaker when "as" follows a comma and its phrase ends right before the verb."""
    doc = verb.doc
    for c in verb.lefts:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > 0 and doc[c.i - 1].text == "," \
                and max(t.i for t in c.subtree) == verb.i - 1:
            return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON", "NUM")),
                        None)
    return None


def _description_as_clause(c: Token) -> bool:
    """Whether a "clause" before a verb is a name and its description the parser misread: its
    head is a noun, or a plural present verb ("rabbi" as VBP) whose subject is one name."""
    subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
    doc = c.doc
    if subj is None or subj.ent_type_ not in ("PERSON", "ORG") or c.right_edge.i + 2 != c.head.i \
            or doc[c.right_edge.i + 1].text != ",":
        return False
    return c.pos_ in ("NOUN", "PROPN") or (c.tag_ == "VBP" and subj.tag_ == "NNP")


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes right before ``tok``, or before the quotation mark before it."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].text in QUOTE_TOKENS:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _coordinated_report(verb: Token) -> Token | None:
    """'The minister conceded that his aide had met the envoy but implied that ...': the parser
    joins the second verb to the reported clause ("had touched") when it is the speaker's next
    report, joined to the first ("conceded"). A verb with no subject of its own, joined to the
    clause a reporting verb governs, is that verb's conjunct: the reporting verb is returned
    (on PolNeAR train the source is the reporting verb's subject 34 times in 37). What the
    first verb reports runs over the second unless the second is found as a cue of its own
    (``nested``, then ``_end_before_next_report``): cutting it at every such verb lowered
    content F1 on train and dev by 0.3 to 0.5."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    outer = verb.head.head
    return outer if outer.pos_ == "VERB" and _is_cue_verb(outer, 0.5) else None


#: Where the parser hangs a speaker it did not see as the subject ("a meeting with the board
#: of the Washington Post Trump said"): the object of a preposition, or a compound's part.
_MISPARSED_DEPS = ("pobj", "compound")
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it"}


def _misparsed_subject(verb: Token) -> Token | None:
    """'In a meeting with the board Trump said that ...': the parser sometimes hangs the speaker
    on the phrase before it. A name, a subject pronoun or a number ("4 in 10") right before a
    reporting verb that has a complement clause is taken as its subject; so is a name set off by
    commas just before it ("Alarmed by the unrest, Senator Harry Reid, the leader, said")."""
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "neg", "advmod") and doc[i].head.i == verb.i:
        i -= 1
    if i < 0:
        return None
    prev = doc[i]
    if prev.lower_ in _SUBJECT_PRONOUNS and prev.pos_ == "PRON":
        return prev
    if prev.text == "," and i > 0:  # "Alarmed by the unrest in Nevada, Senator Reid, the leader, said"
        prev = _set_off_name(doc[i - 1])
        if prev is None:
            return None
    if prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
            and prev.dep_ in _MISPARSED_DEPS + ("appos", "conj"):
        return prev
    if prev.pos_ == "NUM" and prev.head.i == verb.i and prev.dep_ in ("nummod", "npadvmod", "nsubj", "dep"):
        return prev  # 'About 4 in 10 say they want ...': a share of those polled, hung on the verb
    return None


def _apposed_speaker(subj: Token, verb: Token) -> Token | None:
    """The apposition of a verb's subject that sits right before the verb after a comma (', Chief
    Justice Roberts said'), a person or organisation the model recognises: the speaker the
    parser hung on the noun before it."""
    doc = verb.doc
    start = doc.char_span(*cue_group(verb), alignment_mode="expand")[0].i
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i + 1 == start), None)
    if appos is None or appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].text != ",":
        return None
    return appos if appos.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") else None


def _stranded_speaker(verb: Token) -> Token | None:
    """'Russia is ready to speed up deliveries to India, a source in the defence sphere told
    TASS': the parser hung the speaker on the noun before it (an apposition of "India") and left
    the verb with no subject. The noun phrase that ends right before the verb, after a comma,
    when it names someone who can speak (``_can_speak``)."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = doc.char_span(*cue_group(verb), alignment_mode="expand")[0].i
    if start == 0:
        return None
    noun = doc[start - 1]
    while noun.head.i < start and noun.head.i != noun.i and noun.dep_ in ("pobj", "prep", "compound", "amod", "nummod"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("appos", "conj", "npadvmod") \
            or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun if _can_speak(noun) else None


def _told_only(verb: Token) -> Token | None:
    """The recipient of a verb of telling that governs nothing else ("Verma told The Hindu on
    Thursday"): a person, an organisation or a pronoun as its object. None otherwise."""
    if lemma_of(verb) not in _ADDRESSING_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and not _is_date_phrase(c) for c in verb.rights):
        return None  # "asked the court for quick action", "telling few people about it"
    objects = [c for c in verb.children if c.dep_ in _OWN_OBJECTS]
    if len(objects) != 1 or objects[0].dep_ not in ("dobj", "dative") or objects[0].i < verb.i:
        return None
    whom = objects[0]
    if whom.ent_type_ in ("PERSON", "ORG", "NORP") or whom.pos_ == "PRON" \
            or whom.lemma_.lower() in ANONYMOUS_HEADS | OUTLET_HEADS | {"audience", "crowd"}:
        return whom
    return None


def _put_it(verb: Token) -> Token | None:
    """'As one diplomat put it, the deal is dead', 'as Rao put it:': the "it" of "put it", which
    stands for the words around the frame; PolNeAR's cue is "put it"."""
    if verb.lemma_ != "put" or verb.i + 1 >= len(verb.doc):
        return None
    it = verb.doc[verb.i + 1]
    if it.lower_ != "it" or it.head.i != verb.i or it.dep_ != "dobj":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    led_by_as = subj is not None and subj.left_edge.i > 0 and verb.doc[subj.left_edge.i - 1].lower_ == "as"
    colon = it.i + 1 < len(verb.doc) and verb.doc[it.i + 1].text == ":"
    return it if led_by_as or colon else None


def _trailing_clause(verb: Token) -> bool:
    """'Moscow considers the package an act of war, spokeswoman Maria Zakharova said on Monday':
    the parser made the frame at the sentence's end a clause of the verb before it (a frame that
    governs no clause of its own: not "..., student debt would decline, and care would ...")."""
    sent = sent_of(verb)
    return verb.dep_ == "ccomp" and verb.head.i < verb.i and verb.head.dep_ == "ROOT" \
        and all(t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1 : sent.end]) \
        and not any(c.dep_ in ("conj", "ccomp", "xcomp", "advcl", "dobj") for c in verb.children)


def _aside_phrase(verb: Token, subj: Token, told: Token | None) -> tuple[tuple[int, int], tuple[int, int]]:
    """The speaker's span and the whole aside's span of a frame set off in a sentence: the speaker
    and the verb group, with whom it was told to and when ("Verma told The Hindu on Thursday")
    and an "as" that opens it ("Iran, as two of his advisers noted, ...")."""
    doc = verb.doc
    s, e = source_span(subj)
    group = cue_group(verb)
    phrase = (min(s, group[0]), max(e, group[1]))
    if told is not None and told.i > verb.i:
        phrase = _with_adjuncts(verb, (phrase[0], max(phrase[1], told.right_edge.idx + len(told.right_edge.text))))
    lead = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if lead is not None and lead.lower_ == "as" and (lead.head.i == verb.i or lead.i == subj.head.i) \
            and lead.idx < phrase[0]:
        phrase = (lead.idx, phrase[1])
    return (s, e), phrase


def _frame_joined_on(verb: Token, told: Token | None) -> bool:
    """'..., but it is under pressure, said the chief executive': a frame the parser joined to the
    sentence's verb. It has a subject of its own and governs nothing of its own, except whom it
    was told to (``told``) and a clause before it, which is part of what was told."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ not in _OWN_OBJECTS + ("advcl", "cc", "mark"):
            continue
        if told is not None and (c.i == told.i or (c.dep_ == "advcl" and c.i < verb.i)):
            continue
        return False
    return True


def _set_off_name(last: Token) -> Token | None:
    """The name a phrase set off by commas ends on ("..., Senator Harry Reid, the minority
    leader,"): from its last word up through appositions and compounds to the name, which the
    phrase must end with, and which must follow a comma or open the sentence."""
    tok = last
    while tok.dep_ in ("appos", "compound", "amod", "det") and tok.head.i < tok.i:
        tok = tok.head
    if tok.right_edge.i != last.i:
        return None
    left = tok.left_edge.i
    if left != sent_of(tok).start and tok.doc[left - 1].text != ",":
        return None
    return tok


def inverted_subject(verb: Token) -> Token | None:
    """'..., pointed out the source': the parser often makes the speaker an object after the verb.
    Only a finite verb is inverted so ('“...” before discussing specifics' is not)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.tag_ == "VB" and (verb.i == sent_of(verb).start or any(c.dep_ == "aux" for c in verb.children)):
        # a bare "VB" in mid-sentence is a past form the tagger missed ('“...,” read one'), not
        # one that opens its sentence ("Read the latest updates below:")
        return None
    for c in verb.rights:
        if c.ent_type_ in ("DATE", "TIME"):
            continue  # '..., said Monday Tulsa police Chief Chuck Jordan'
        if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dep", "oprd") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    while nxt is not None and nxt.dep_ in ("compound", "amod", "det") and nxt.head.i > nxt.i:
        nxt = nxt.head  # '..., said retired neurosurgeon Ben Carson, asked about ...': a later verb's subject
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON" and nxt.head.i > verb.i:
        return nxt
    return None


def _person_at(tok: Token) -> Span | None:
    """The person named at ``tok``, as the model recognises it."""
    return next((x for x in tok.doc.ents if x.label_ == "PERSON" and x.start <= tok.i < x.end), None)


def _name_after_verb(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """'"...," said navy spokesman Cmdr. Alan Reyes, who ...': after a finite closing
    verb, titles and names up to a person the model recognises, which the parser hung on
    something else (here on "Capt.", tagged as punctuation). The speaker and its span, with any
    apposition after the name ("..., said Larry Noble, an attorney with ...")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    start = verb.i + 1
    while start < len(doc) and _is_time(doc[start]):
        start += 1  # "said Monday Tulsa police Chief Chuck Jordan"
    for t in doc[start : start + 8]:
        ent = _person_at(t) if t.pos_ == "PROPN" else None
        if ent is not None:
            root = ent[-1]
            end = max([ent.end_char] + [c.right_edge.idx + len(c.right_edge)
                                        for c in root.children if c.dep_ == "appos"])
            return root, _trim(text_of(doc), doc[start].idx, end)
        if not (t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or t.is_title and t.text.endswith(".") and len(t) <= 5):
            return None  # ("Capt.", "Lt.": a rank the tagger may take for punctuation)
    return None


def _name_before_verb(verb: Token, quote_end: int) -> tuple[Token, tuple[int, int]] | None:
    """'“...,” Priya Nair, a senior outside adviser to the premier, said at ...': the words between a
    quote and its closing verb, when the parser made them part of the quote's clause (or of
    nothing). They must name a person the model recognises, with only titles before the name,
    and hold no verb."""
    doc, text = verb.doc, text_of(verb.doc)
    span = doc.char_span(quote_end, verb.idx, alignment_mode="contract")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words or len(words) > 20 or any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in words):
        return None  # (a name the tagger took for a verb is still a name: "Tulsa")
    ent = next((e for e in map(_person_at, words) if e is not None), None)
    if ent is None or any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") and not t.ent_type_
                          for t in words if t.i < ent.start):
        return None  # (titles before the name: "Tulsa police Chief Chuck Jordan")
    return ent[-1], _trim(text, words[0].idx, words[-1].idx + len(words[-1]))


# ---------------------------------------------------------------------------------------------
# extraction

class _Taken:
    """Character regions already given to an attribution (PolNeAR: a token in one only)."""

    def __init__(self) -> None:
        self.regions: list[tuple[int, int]] = []

    def add(self, *spans: tuple[int, int] | None) -> None:
        self.regions.extend(sp for sp in spans if sp)

    def hits(self, s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in self.regions)

    def free_head(self, s: int, e: int) -> tuple[int, int]:
        """The part of (s, e) before the first region already given away inside it."""
        cut = min((a for a, b in self.regions if s < b and a < e), default=e)
        return (s, max(s, min(e, cut)))


def _turn_end(paragraphs: list[list[int]], first_end: int, next_turn: int) -> int:
    """Where a turn of a transcript or interview ends: with the last paragraph that ends before
    the next turn begins ('"PENCE: ...': its quotation mark too), at least its own first one."""
    return max([first_end] + [e for _, e in paragraphs if e <= next_turn])


def _paragraph_of(paragraphs: list[list[int]], pos: int) -> int:
    for i, (s, e) in enumerate(paragraphs):
        if s <= pos <= e:
            return i
    return max(0, len(paragraphs) - 1)


def _record_spans(a: dict[str, Any], roles: tuple[str, ...] = ("source", "cue", "content")) -> list[tuple[int, int]]:
    """An attribution's spans for ``roles`` (those it has)."""
    return [(a[k]["start"], a[k]["end"]) for k in roles if a.get(k)]


def _within(pos: int, spans: list[tuple[int, int]], pad: int = 0) -> bool:
    """Whether character ``pos`` lies in one of ``spans`` (widened by ``pad`` on each side, so
    that a quote's own marks count as in it)."""
    return any(a - pad <= pos < b + pad for a, b in spans)


def _quote_kind(content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """direct (content is a quote: snap to it), mixed (a quote inside) or indirect."""
    s, e = content
    inside = [(a, b) for a, b in quotes if a >= s - 2 and b <= e + 2]
    if inside:
        covered = sum(b - a for a, b in inside)
        if covered >= 0.8 * (e - s):
            return "direct", (min(a for a, _ in inside), max(b for _, b in inside))
        return "mixed", content
    return "indirect", content


def _is_cue_verb(tok: Token, min_rate: float = 0.2) -> bool:
    return tok.pos_ in ("VERB",) and cue_rate(tok) >= min_rate and not _discourse_marker(tok)


def _discourse_marker(verb: Token) -> bool:
    """'That said, ...', 'That being said, ...': a turn of the argument, not a report."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.text != "," or verb.lower_ != "said":
        return False
    lead = [t.lower_ for t in doc[sent_of(verb).start : verb.i] if not (t.is_punct or t.is_space)]
    return lead in (["that"], ["that", "being"], ["having"], ["all", "that"])


class _Extraction:
    """One article's extraction: what the rules share (the text, its quotes, the regions already
    given to an attribution, the cue verbs used) and the attributions found so far. The rules
    run in the order of ``RULES``; an earlier rule's attribution keeps its words."""

    def __init__(self, doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.paragraphs = getattr(article, "paragraphs", None) or [[0, len(self.text)]]
        #: where the article's first line (its headline, if it has one) starts
        self.first_line = len(self.text) - len(self.text.lstrip())
        self.entities = records.get("entities", [])
        self.outlet = getattr(article, "outlet", None)
        self.quotes = find_quotes(self.text, self.paragraphs)
        self.taken = _Taken()
        self.used_cues: set[int] = set()
        self.found: list[dict[str, Any]] = []
        #: the contents of transcript turns: open to the other rules ("TAPPER: ... Trump said
        #: that ...": the turn holds a report of its own), but no quote in them goes on another's
        self.turns: list[tuple[int, int]] = []
        self.labels: list[tuple[int, int]] = []  # and their speaker labels

    def state(self) -> tuple:
        """The shared state, for a rule to read under short names."""
        return self.doc, self.text, self.quotes, self.taken, self.used_cues, self.found, self.add

    def add(self, rule: str, source: dict | None, cue: tuple[int, int] | None, content: tuple[int, int],
                quote: str, head: Token | None = None, extra: dict | None = None,
                parts: list[tuple[int, int]] | None = None) -> None:
        """Record an attribution found by ``rule`` and give its words away."""
        text, doc, paragraphs, found, taken = self.text, self.doc, self.paragraphs, self.found, self.taken
        if quote == "direct":  # a quote keeps its own punctuation ("... given to India,")
            cs, ce = _trim(text, *content, " \t\n\"“”")
        else:
            cs, ce = _trim(text, *content, _EDGE + "._")
            brk = text.find("\n", cs, ce)  # reported speech ends with its paragraph
            if brk > cs:
                cs, ce = _trim(text, cs, brk, _EDGE + "._")
            m = _DATELINE.match(text, cs, ce)
            if m and ":" not in m.group() and (m.group().split("(")[0].isupper() or _CITY_FIRST.match(m.group())):
                # "WASHINGTON ― Donald Trump's obsession ... is an insult", "MANILA, March 3
                # (Wire) - Japan and ... signed ...": the dateline is not what was said
                cs = m.end()
            elif (m := _AGENCY_CREDIT.match(text, cs, ce) or _CREDITED_DATELINE.match(text, cs, ce)) is not None:
                # "(Wire) - Japan is ...": the city was parsed as a sentence of its own; "Bogota,
                # Sep 26 (EFE).- Colombia and ...": a dateline with its agency, in title case (or
                # its date and agency, "Nov. 20 (Wire) -- ...", when the city went with the headline)
                cs = m.end()
            kicker = _KICKER_LABEL.match(text, cs, ce)
            if kicker and kicker.group(1).upper() in _NEWSROOM_LABELS | _KICKERS:
                cs = kicker.end()  # "Exclusive: Iran ready to resume talks, sources say"
        if ce <= cs or _only_function_words(doc, cs, ce):
            return  # "Carter said the" (an excerpt cut mid-sentence): nothing was said
        if parts:
            parts = [p for p in parts if p[1] > p[0]]
            if len(parts) > 1:
                cs, ce = parts[0]
        src = None
        label = next((lab for lab in self.labels if source is not None and lab[0] <= source["start"] < lab[1]), None)
        if label is not None and rule != "transcript_turn":  # "Q. Critics say ...": the label is no part of it
            source = {"start": _trim(text, label[1], source["end"], _EDGE + ".")[0], "end": source["end"]}
            if source["start"] >= source["end"]:
                return
        if source is not None:
            src = classify_source(doc, source["start"], source["end"], head, self.entities, found, self.outlet,
                                  quotes=self.quotes)
        rec = {
            "id": "",
            "source": src,
            "cue": _span(doc, *cue) if cue else None,
            "content": _span(doc, cs, ce),
            "quote": quote,
            "paragraph": _paragraph_of(paragraphs, cs),
            "rule": rule,
            "confidence": RULE_CONFIDENCE[rule],
        }
        if src is not None:
            rec["_head"] = head  # for _reclassify_sources (taken out there)
        if extra:
            rec.update(extra)
        if parts and len(parts) > 1:
            _set_parts(rec, parts, text)
        found.append(rec)
        words: tuple[int, int] | None = (cs, ce)
        if rule == "transcript_turn":  # a turn gives away its label, not what it holds
            self.turns.append((cs, ce))
            self.labels.append((src["start"], src["end"]))
            words = None
        taken.add(words, cue, (src["start"], src["end"]) if src else None)
        for p in parts or []:
            taken.add(p)

    def transcripts(self) -> None:
        """Transcripts: speaker labels open self.paragraphs, a turn runs to the next label."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        labels = []
        # "Q. ..." and "A. ..." paragraphs (an interview set out with stops, not colons) are turns
        # when both are there
        dotted = {ps: m for ps, pe in self.paragraphs if (m := _QA_DOTTED.match(text, ps, pe))}
        if {m.group("label") for m in dotted.values()} != {"Q", "A"}:
            dotted = {}
        for ps, pe in self.paragraphs:
            if ps in dotted:
                m = dotted[ps]
                labels.append((m.start("label"), m.end("label"), m.end(), pe))
                continue
            m = _LABEL.match(text[ps:pe])  # ('"PENCE: ...': a transcript quoted paragraph by paragraph)
            said = text[ps + m.end():pe].split("\n", 1)[0] if m else ""
            if m and re.search(r"[^\W\d_]", said) \
                    and _is_speaker_label(m.group("label"), doc, ps + m.start("label"), self.entities):
                # ("Clinton: 1,769." in a tally is a count, not a turn)
                labels.append((ps + m.start("label"), ps + m.end("label"), ps + m.end(), pe))
        labels = _named_labels(labels, doc, self.entities)
        if not labels:
            return
        bounds = [lab[0] for lab in labels] + [len(text)]
        ends = [_turn_end(self.paragraphs, lab[3], bounds[k + 1]) for k, lab in enumerate(labels)]
        if 2 * sum(_is_heading(text, lab, self.paragraphs) or _names_own_label(text, lab)
                              or _CAPS_HEADING.match(text, lab[2]) is not None for lab in labels) >= len(labels):
            # "Sanders: Win in a walk." over a paragraph about him, "Marco Rubio: Retirement
            # accounts Two years ago, Senator Marco Rubio ...": a roundup, not a transcript
            return
        headlines = title_lines(text)
        # a "Name: words" line is a headline, not a turn: a line in title case ("CNN President On
        # Trump: ‘We Do Not Pay ...’") with a label that is not in capitals, or the only label,
        # unless that is in capitals (SECRETARY POMPEO:) or names a role (Shri Arindam Bagchi,
        # Official Spokesperson:)
        lines = [lab for lab in labels if not text[lab[0]:lab[1]].isupper()
                 and any(a <= lab[0] < b for a, b in headlines)]
        turns = [(lab, end) for lab, end in zip(labels, ends) if lab not in lines]
        spoken = [text[a:b].isupper() or _ROLE.search(text[a:b]) for (a, b, _, _), _ in turns]
        if len(turns) == 1 and not spoken[0]:
            lines, turns = lines + [turns[0][0]], []
        for ls, le, cs, pe in lines:  # "Pompeo: India will get a waiver": the colon introduces what he said
            if ls == self.first_line:
                continue  # the article's own headline: headline_label
            line_end = text.find("\n", cs)
            content = _trim(text, cs, pe if line_end < 0 else min(pe, line_end), _EDGE + ".")
            colon = text.index(":", le)
            if content[1] > content[0] and not taken.hits(ls, content[1]):
                quote, content = _quote_kind(content, quotes)
                add("punct_frame", {"start": ls, "end": le}, (colon, colon + 1), content, quote, _label_head(doc, ls, le))
        for (ls, le, cs, pe), turn_end in turns:
            add("transcript_turn", {"start": ls, "end": le}, None, (cs, turn_end), "direct", _label_head(doc, ls, le))

    def headline_label(self) -> None:
        """A headline that opens with who says it ("Poll: Trump and Clinton hold narrow leads",
        "Macron to farmers: tariffs will not rise") or, with no such label, ends with it after a
        dash (``_headline_signed``). Only the article's first line, when it stands alone; the
        label must name a speaker (``_headline_speaker``)."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        start = self.first_line
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = re.match(r"(?P<label>[^:\n]{1,60}?)\s*(?P<colon>:)\s+(?=\S)", text[start:end])
        if end - start > MAX_HEADLINE_CHARS or not text[end:].strip():
            return
        if m is None:
            self._headline_signed(start, end)
            return
        if self._headline_quoted(start, end, start + m.start("colon")):
            return
        colon = start + m.start("colon")
        content = _trim(text, start + m.end(), end, _EDGE + ".")
        if taken.hits(start, end) or len(text[content[0]:content[1]].split()) < 2:
            return
        quote, content = _quote_kind(content, quotes)
        if text[content[1] - 1] == "?" and quote != "direct":
            return  # "Ted Cruz: Constitutional conservative or career politician?" asks about him
        speaker = _headline_speaker(doc, start, start + m.end("label"))
        if speaker is not None:
            (ss, se), head = speaker
            add("headline_label", {"start": ss, "end": se}, (colon, colon + 1), content, quote, head)

    def _headline_quoted(self, start: int, end: int, colon: int) -> bool:
        """A headline that opens with a quote and names after a colon who said it ("'We will not
        be rushed': Kenya's foreign minister on the Haiti mission", "“No compromise”: PM"): the
        speaker runs to "on", "over", "about", "to" or the end. True when it recorded one."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        quote = next(((a, b) for a, b in quotes if start < a <= start + 2), None)  # its mark opens the line
        if quote is None or text[quote[1]:colon].strip(" \"”’'") != "" or taken.hits(start, end):
            return False
        rest = colon + 1
        topic = re.search(r"\s(?:on|over|about|to)\s", text[rest:end])
        speaker = _headline_speaker(doc, *_trim(text, rest, rest + topic.start() if topic else end))
        if speaker is None:
            return False
        (ss, se), head = speaker
        add("headline_label", {"start": ss, "end": se}, (colon, colon + 1), quote, "direct", head)
        return True

    def _headline_signed(self, start: int, end: int) -> None:
        """A headline that ends with who says it after a dash ("Moscow ready to speed up S-400
        deliveries - source", "... — minister"): a person or a speaking noun, not a news agency
        crediting the story ("... - Reuters")."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        m = re.match(r"(?P<content>.+?\S)\s+(?P<dash>[-–—―]{1,2})\s*(?P<label>[^-–—―]{1,40}?)\s*$", text[start:end])
        if m is None or taken.hits(start, end) or len(m.group("content").split()) < 3 \
                or any(a < start + m.end("content") and start < b for a, b in quotes):
            return  # ('"..." ― Name': a signed quote, the dash rule's)
        label = doc.char_span(start + m.start("label"), start + m.end("label"), alignment_mode="expand")
        if label is None or len(label) > 5 or any(t.pos_ in ("VERB", "AUX", "CCONJ", "PRON", "ADP") for t in label):
            return
        head = label[-1]
        if not (head.ent_type_ in ("PERSON", "NORP") or lemma_of(head) in ANONYMOUS_HEADS | {"sources"}
                or _ROLE.fullmatch(head.text)) or head.lemma_.lower() in OUTLET_HEADS:
            return  # "... - Reuters" credits the story; "... - Analysis" labels it
        ss, se = label.start_char, label.end_char
        content = _trim(text, start + m.start("content"), start + m.end("content"), _EDGE + ".")
        quote, content = _quote_kind(content, quotes)
        dash = start + m.start("dash")
        add("headline_label", {"start": ss, "end": se}, (dash, start + m.end("dash")), content, quote, head)

    def interviews(self) -> None:
        """An interview set out as turns that open with a dash ("- What is your assessment ...?"
        / "- Indeed, ..."), after a lead that names who spoke to whom ("Ambassador Nikolai
        Kudashev told RIA Novosti about ..."): each answer is the interviewee's, each question
        the interviewer's. The turn has no source or cue of its own; ``speaker`` names the one
        the lead names, as for a quote continuation."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        turns = [(ps, pe) for ps, pe in self.paragraphs if _DASH_TURN.match(text[ps:pe])]
        asks = [t for t in turns if text[t[0]:t[1]].rstrip().endswith("?")]
        if len(turns) < 2 or not asks or len(asks) == len(turns):
            return
        lead = _interview_lead(doc, turns[0][0])
        if lead is None:
            return
        people = {}
        for role, tok in zip(("answer", "question"), lead):
            if tok is not None:
                s, e = source_span(tok)
                people[role] = classify_source(doc, s, e, tok, self.entities, found, self.outlet, quotes=quotes)
        ends = [t[0] for t in turns[1:]] + [len(text)]
        for (ps, pe), nxt in zip(turns, ends):
            speaker = people.get("question" if (ps, pe) in asks else "answer")
            turn_end = _turn_end(self.paragraphs, pe, nxt)
            cs = ps + _DASH_TURN.match(text[ps:pe]).end()
            if speaker is None or taken.hits(cs, turn_end):
                continue
            add("interview_turn", None, None, (cs, turn_end), "direct", extra={"speaker": dict(speaker)})

    def according_to(self) -> None:
        """'according to X' and 'as (has been) reported by X', outside quotes."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
                # "according to show insiders": the parser may read the noun phrase as a verb's
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None) \
                    or next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ in ("VB", "VBP", "NN", "NNS")), None)
                if pobj is None or taken.hits(tok.idx, to.idx + 2) or _within(tok.idx, quotes):
                    continue  # inside a quote it is the speaker's own sourcing (PolNeAR: 0 of 8)
                src_s, src_e = source_span(pobj)
                phrase = (tok.idx, src_e)
                rest = _rest_of_sentence(doc, sent_of(tok), phrase, clause_first=True)
                content = _from_quote_start(rest, quotes)
                if content is None or taken.hits(*content):
                    continue
                quote, content = _quote_kind(content, quotes)
                add("according_to", {"start": src_s, "end": src_e}, (tok.idx, to.idx + len(to.text)), content, quote, pobj)
            elif tok.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                    and tok.dep_ == "advcl" and cue_rate(tok) >= AS_MIN_RATE and cue_frame(tok) == "none" \
                    and not taken.hits(tok.idx, tok.idx + 1) \
                    and not _comparative_as(tok) and not _within(tok.idx, quotes) and not _within(tok.idx, self.turns):
                # a bare "as X noted", not "as he says his ...", "as bad as she said" or, inside a
                # quote or a transcript's turn, the speaker's own "As I said at the debate"
                agent = subject_of(tok)
                clause = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
                content = _from_quote_start(_rest_of_sentence(doc, sent_of(tok), clause), quotes)
                if content is None or taken.hits(*content):
                    continue
                cue = cue_group(tok)
                where = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"), None) \
                    if agent is None else None
                holder = next((g for g in where.children if g.dep_ == "pobj"), None) if where is not None else None
                if holder is not None:  # "as described in a 2015 Declaration of Friendship": the document
                    agent, cue = holder, (cue[0], where.idx + len(where.text))
                elif agent is None and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                    continue  # a bare participle, "as expected", "as promised": nobody is reported
                src = None  # "as has been reported": reports nobody names
                if agent is not None:
                    s, e = _trim(text, *subtree_span(holder)) if holder is not None else source_span(agent)
                    src = {"start": s, "end": e}
                quote, content = _quote_kind(content, quotes)
                used_cues.add(tok.i)
                add("as_reported", src, cue, content, quote, agent)

    def statements_below(self) -> None:
        """'The ministry issued the following statement:', 'Sanders made the following comment:':
        a verb whose object announces the text after the colon; or a reporting verb whose colon
        ends its paragraph ('Limbaugh added:'). What it announces is the quote
        that opens there, else the rest of the paragraph, else (the colon ending it) the next
        paragraph; the cue runs from the verb to the colon."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if tok.lower_ == "following":
                noun = tok.head if tok.dep_ == "amod" else tok  # "tweeted the following:"
                verb = noun.head
                after = noun.i + 1  # (the parser may hang what follows the colon on the noun)
                if noun.dep_ != "dobj":
                    continue
            elif _colon_ends_paragraph(tok, self.paragraphs):
                verb, after = tok, tok.i + 1  # "Limbaugh added:" and the next paragraph
            else:
                continue
            if verb.pos_ != "VERB" or verb.i in used_cues or after >= len(doc) \
                    or doc[after].text != ":" or _within(tok.idx, quotes):
                continue
            subj = subject_of(verb)
            if subj is None:
                continue
            colon = doc[after]
            k = _paragraph_of(self.paragraphs, colon.idx)
            content = _trim(text, colon.idx + 1, self.paragraphs[k][1])
            if content[1] <= content[0] and k + 1 < len(self.paragraphs):
                content = _trim(text, *self.paragraphs[k + 1])
            quoted = next(((qs, qe) for qs, qe in quotes if content[0] <= qs <= content[0] + 1), None)
            if quoted is not None:
                content = quoted
            src = source_span(subj)
            cue = (cue_group(verb)[0], colon.idx + 1)
            if content[1] <= content[0] or taken.hits(*content) or taken.hits(src[0], cue[1]):
                continue
            used_cues.add(verb.i)
            kind, content = _quote_kind(content, quotes)
            add("statement_below", {"start": src[0], "end": src[1]}, cue, content, kind, subj)

    def quote_frames(self) -> None:
        """Direct quotes with a reporting verb in their sentence."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        # '“...,” X said, according to RIA': X's quote nests inside RIA's content
        framed = {(a["content"]["start"], a["content"]["end"]) for a in found if a["rule"] in ("according_to", "as_reported")}
        for qi, (qs, qe) in enumerate(quotes):
            verb = None
            if len(text[qs:qe].split()) < MIN_QUOTE_WORDS:
                verb = _frame_verb(doc, qs, qe, quotes, used_cues)
                if not _opens_framed_quote(doc, qi, quotes, verb):
                    continue
            if taken.hits(qs, qe):
                inside = any(a <= qs and qe <= b for a, b in framed)
                if not inside or any(qs < b and a < qe for a, b in taken.regions if (a, b) not in framed):
                    continue
            if verb is None:
                verb = _frame_verb(doc, qs, qe, quotes, used_cues)
            if verb is None:
                intro = _punct_introduction(doc, qs, qe, self.paragraphs)
                if intro is not None:  # "Sanders on Twitter: “...”", "“...” ― Sonya Herridge"
                    (src_s, src_e), mark, head = intro
                    add("punct_frame", {"start": src_s, "end": src_e}, mark, (qs, qe), "direct", head)
                continue
            # a subject inside quotation marks after the verb is a title, not a speaker ('said
            # on Sunday on the BBC’s “The World This Weekend.”')
            titled = lambda t: t is not None and t.idx > verb.idx and _within(t.idx, quotes)  # noqa: E731
            subj = subject_of(verb)
            if subj is None or titled(subj) or qs <= subj.idx < qe:  # (the parser may take the quote's last words too)
                # (not the subject of a passive with no agent: 'The new chief has been called "the
                # architect of the strategy"' names nobody who calls him that; but one who "was
                # quoted", "is shown saying", "were thrilled" speaks)
                named_by = ("nsubj", "nsubjpass") if lemma_of(verb) in EXPERIENCER_VERBS | _DEPICTING_VERBS \
                    else ("nsubj",)
                other = next((c for c in verb.children if c.dep_ in named_by and not qs <= c.idx < qe
                              and not titled(c)), None)
                opens = verb.i == sent_of(verb).start  # 'Said Ellis: “...”'
                subj = other or (inverted_subject(verb) if verb.idx > qe or opens else subj)
                subj = None if titled(subj) else subj
            if subj is not None and _mute_relative(subj):
                continue  # 'a "bubble of denial" that scares voters': the bubble says nothing
            src = None
            if subj is not None and not (qs <= subj.idx < qe):
                s, e = source_span(subj, (qs, qe))
                if s == verb.idx:  # 'Said Ellis: “...”', which the parser reads as a name
                    s = _trim(text, verb.idx + len(verb.text), e)[0]
                src = {"start": s, "end": e}
            elif verb.idx > qe:  # the parser hung the speaker on the quote or on nothing
                named = _name_after_verb(verb) or _name_before_verb(verb, qe)
                if named is not None:
                    subj, (s, e) = named
                    src = {"start": s, "end": e}
            used_cues.add(verb.i)
            content, quote = (qs, qe), "direct"
            if verb.idx < qs:
                lead = _mixed_lead(verb, doc, qs, qe)
                if lead is not None and not taken.hits(lead[0], qe):
                    # 'that the South has “treated me well”' (its closing mark too, if the text has one)
                    content = (lead[0], max(lead[1], min(qe + 1, len(text))))
                    # 'told X that “The US administration has ...”': the whole clause is quoted
                    only_that = re.fullmatch(r"\s*that\W*", text[lead[0]:qs]) and lead[1] <= qe + 1
                    quote = "direct" if only_that else "mixed"
            if src is None and not _is_passive(verb):
                continue  # a verb near a quote with nobody speaking ("labeled", "titled"): no attribution
            parts = None
            cue = cue_group(verb)
            put_it = _put_it(verb)
            if put_it is not None:  # '..., as one memo put it': "it" stands for the quote
                cue = (cue[0], put_it.idx + len(put_it.text))
            frame_start = min(cue[0], src["start"] if src else cue[0])
            if verb.idx < qs and qi > 0 and not taken.hits(*quotes[qi - 1]) and quotes[qi - 1][1] <= frame_start \
                    and text[quotes[qi - 1][1]:frame_start].strip(" ,\"”'’") == "" \
                    and text[max(cue[1], src["end"] if src else 0):qs].strip(" ,:\"“'‘") == "" \
                    and sent_of(verb).start_char <= quotes[qi - 1][0]:
                parts = [quotes[qi - 1], (qs, qe)]  # "“That,” he added, “promises to ...”"
                content = (parts[0][0], qe)
            frame = doc.char_span(frame_start, cue[0], alignment_mode="expand") if verb.idx < qs else None
            own_report = frame is not None and any(_is_cue_verb(t, 0.5) for t in frame)
            if verb.idx < qs and parts is None and quote == "direct" and src is not None and not own_report:
                # (not 'X, the spokesman said, adding, “...”': what comes first is what he said)
                split = _lead_before_frame(doc, sent_of(verb), frame_start, max(cue[1], src["end"]), qs)
                if split is not None and not taken.hits(*split[0]):
                    # 'Sooner or later, the mayor told reporters, "the plan will work"'
                    lead, rest = split
                    parts, content, quote = [lead, (rest, qe)], (lead[0], qe), "mixed"
            if verb.idx < qs:  # 'Sanders said in a statement: “...”': the document it was said in is the cue's
                where = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "in"
                              and c.idx <= cue[1] + 1), None)
                said_in = next((g for g in where.children if g.dep_ == "pobj"), None) if where is not None else None
                end = where.right_edge.idx + len(where.right_edge.text) if where is not None else None
                if said_in is not None and said_in.lemma_.lower() in DOCUMENT_NOUNS and end < content[0]:
                    cue = (cue[0], end)
            if verb.idx > qe:  # '"...," he said in an interview on Monday': the closing words are the cue's
                cue = (cue[0], _closing_words_end(verb, cue[1]))  # (its start, and frame_start, stay)
                tail = _tail_before_frame(doc, qe, frame_start) if parts is None and quote == "direct" else None
                closing = text[qe:frame_start].strip(" ,\"”'’") == "" or tail is not None
                lead = _lead_before_quote(doc, qs, quotes) if parts is None and quote == "direct" and closing else None
                if lead is not None and not taken.hits(lead, qs):
                    content, quote = (lead, qe), "mixed"  # 'Mills "got an immunity agreement," Jordan said'
                if tail is not None and not taken.hits(qe, tail):
                    # '“I admire the mechanics” of the tax plan, Mr. Holtz said': the quoted phrase runs on
                    content, quote = (content[0], tail), "mixed"
            add("quote_frame", src, cue, content, quote, subj, parts=parts)

    def early_continuations(self) -> None:
        """``continuations`` before the complement rule, which may still frame a quote: a quote
        with a quote nobody was given yet between it and the last speaker waits for the later run
        ('X made it clear that “...”' may make X the speaker it goes on)."""
        self._continuations(wait_for_frames=True)

    def continuations(self) -> None:
        """Quotes nobody was given in their sentence: the previous speaker goes on."""
        self._continuations(wait_for_frames=False)

    def _continuations(self, wait_for_frames: bool) -> None:
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for qs, qe in quotes:
            if taken.hits(qs, qe) or not text[qs:qe].strip() or _within(qs, self.turns):
                continue  # (a quote in a turn with no frame of its own is the turn's speaker's)
            prev = [a for a in found if _content_end(a) <= qs and (a.get("source") or a.get("speaker"))]
            if not prev:
                continue
            last = max(prev, key=_content_end)
            if wait_for_frames and any(_content_end(last) <= a and b <= qs and not taken.hits(a, b)
                                       for a, b in quotes):
                continue  # a quote nobody was given yet stands between (see ``early_continuations``)
            if _has_own_frame(doc, qs, qe, quotes, used_cues):
                continue  # '“...,” Dana Wells, ... and who also appears in the report, told the Guardian'
            if _inside_clause(doc, qs):
                continue  # 'Rao, at a news conference ..., made it clear that “there is no ...”'
            if len(text[qs:qe].split()) < MIN_QUOTE_WORDS + 2:
                # a short quote goes on only straight after its speaker's frame
                # ("“No, this is not a game,” Ito said at the time. “We mean it.”")
                frame_end = max([_content_end(last)] + [last[r]["end"] for r in ("cue", "source") if last.get(r)])
                gap = doc.char_span(frame_end, qs, alignment_mode="contract") if frame_end < qs else None
                if last["quote"] not in ("direct", "mixed") or "\n" in text[frame_end:qs] or (gap is not None and (
                        len(text[frame_end:qs].split()) > 5 or any(t.pos_ in ("VERB", "AUX") for t in gap))):
                    continue
            para = _paragraph_of(self.paragraphs, qs)
            gap = para - _paragraph_of(self.paragraphs, _content_end(last) - 1)
            if gap > 2 or (gap > 0 and not _whole_paragraph(text, self.paragraphs[para], qs, qe)):
                # a later paragraph goes on the speaker's words when it is a quote and nothing
                # else: PolNeAR train has 3 such in 184 quotes that are part of a paragraph
                continue
            if para == _paragraph_of(self.paragraphs, _content_end(last) - 1) and last["quote"] in ("direct", "mixed"):
                # "“A,” she said. “B.”": one attribution in two parts (PolNeAR's convention)
                _set_parts(last, content_spans(last) + [(qs, qe)], text)
                taken.add((qs, qe))
                continue
            speaker = dict(last.get("source") or last["speaker"])
            add("quote_continuation", None, None, (qs, qe), "direct",
                extra={"speaker": speaker, "continues": last})

    def parentheticals(self) -> None:
        """Parenthetical cues: "..., Graham said, since ...", "But, he said, officials should ...".
        They run before the complements, so that in "The new missile, Iran said, was its
        longest-range yet, although experts may need weeks to verify ..." the sentence is Iran's."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            put_it = _put_it(tok)  # 'as one diplomat put it, ...': "it" stands for what was said
            if tok.i in used_cues or not (put_it or _is_cue_verb(tok, 0.5)) or lemma_of(tok) in _RAISING_VERBS:
                continue
            trailing = _trailing_clause(tok)
            if tok.dep_ not in ("parataxis", "advcl", "ROOT", "conj") and not trailing:
                continue
            # '..., Verma told The Hindu on Thursday': whom he told is no object of its own
            told = _told_only(tok) or put_it
            # '..., a source in the ministry told TASS': the speaker hung on the noun before
            stranded = _stranded_speaker(tok) if told is not None and put_it is None else None
            if tok.dep_ == "conj" and not _frame_joined_on(tok, told) and stranded is None:
                continue
            if cue_frame(tok) != "none" and told is None:
                continue
            subj = stranded or subject_of(tok)
            if subj is None or taken.hits(tok.idx, tok.idx + len(tok.text)):
                continue
            (s, e), phrase = _aside_phrase(tok, subj, told)
            if not _set_off(doc, sent_of(tok), _with_adjuncts(tok, phrase)):
                # 'To grasp the treaty, Judge Alvarez said, one should ...':
                # the parser hung the speaker on the last noun before it as an apposition
                subj = _apposed_speaker(subj, tok)
                if subj is None:
                    continue  # 'Diplomats were stung by the vote and warned ...' is no aside
                (s, e), phrase = _aside_phrase(tok, subj, told)
                if not _set_off(doc, sent_of(tok), _with_adjuncts(tok, phrase)):
                    continue
            # what was said is around the frame and the adverbs after its verb
            content = _rest_of_sentence(doc, sent_of(tok), _with_adjuncts(tok, phrase, adverbs_only=True))
            if content is not None and content[0] > phrase[1]:
                m = _SCENE_THEN_THAT.match(text, content[0], content[1])
                if m:  # '..., said on Friday that talks were going on': what was said begins at "that"
                    content = (m.start("that"), content[1])
            around = _around(doc, sent_of(tok), phrase)
            if trailing and content is not None:
                around = [(content[0], min(content[1], phrase[0]))]  # not "on Wednesday" after it
                content = _trim(text, *around[0], _EDGE)
            if content is None or taken.hits(*content) and not (
                    cue_rate(tok) >= NEST_FRAME_MIN_RATE and self._holds_all(around)):
                continue
            both = len(around) > 1 and not taken.hits(*around[0])
            # a frame in mid-sentence says the whole of it ("The average benefit, it says, would
            # be $300": the subject on one side, the verb on the other)
            whole = (around[0][0], around[-1][1]) if both else content
            if len(text[whole[0]:whole[1]].split()) < 3:
                continue
            if _within(subj.idx, quotes):
                continue  # a speaker inside a quote is the parser's mistake
            words = doc.char_span(*whole, alignment_mode="contract")
            if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words if not phrase[0] <= t.idx < phrase[1]):
                continue  # '... said in a phone interview': no statement, only the scene
            quote, content = _quote_kind(content, quotes)
            used_cues.add(tok.i)
            parts = around if quote != "direct" and both else None
            if parts is not None:
                content = (parts[0][0], parts[-1][1])
            cue = cue_group(tok)
            if put_it is not None:
                cue = (cue[0], put_it.idx + len(put_it.text))
            add("verb_parenthetical", {"start": s, "end": e}, cue, content, quote, subj, parts=parts)

    def complements(self) -> None:
        """Cue verbs and what they govern (indirect speech, belief, intention)."""
        closing = [t for t in self.doc if _closes_its_sentence(t)]
        first = {t.i for t in closing}
        for tok in closing + [t for t in self.doc if t.i not in first]:
            if tok.i in self.used_cues or tok.pos_ != "VERB" or self.taken.hits(tok.idx, tok.idx + len(tok.text)):
                continue
            self._complement(tok, self.taken)

    def _complement(self, tok: Token, taken: _Taken, min_probability: float = CUE_MIN_PROBABILITY,
                    within: tuple[int, int] | None = None, rule: str = "verb_complement") -> None:
        """One verb: if it is a cue, record it with what it governs (cut to ``within``); the
        cue model's probability is the attribution's confidence."""
        doc, text, quotes, _, used_cues, found, add = self.state()
        frame = cue_frame(tok)
        for_clause = _for_clause(tok) if frame in ("none", "xcomp") else None
        if for_clause is not None:  # "called for the United States to step up ...": as "called for"
            frame = "prep:for"
        unmarked = _unmarked_clause(tok) if frame == "none" else None
        if unmarked is not None:  # "said after the summit he would not sign ...": as "said"
            frame = "ccomp"
        answer = _answer_word(tok) if frame in ("none", "dobj") and unmarked is None else None
        if answer is not None and frame == "dobj" and answer.lower_ != "same":
            answer = None  # "said yes" read as an object is an object
        if answer is not None:  # "Everyone but Hewlett said yes": the answer is what was said
            frame = "ccomp"
        kind, _, word = frame.partition(":")
        if frame == "none" or (kind == "xcomp" and (lemma_of(tok) in CATENATIVES or _raised_report(tok) is not None)) \
                or _discourse_marker(tok):
            return  # "tries to draw a contrast": the cue runs on to the verb it leads to; "That said, ..."
        if _light_report(tok) is not None:
            return  # "issued a statement calling ...": the participle reports, with this verb in its cue
        if kind == "dobj" and _concludes_agreement(tok):
            return  # "The two countries have concluded a security pact": the agreement's status
        speaker = subject_of(tok)
        if speaker is not None and _within(speaker.idx, self.labels):
            return  # "SECRETARY POMPEO: Thank you.": the parser takes the label for a subject
        probability = cue_probability(tok, speaker, frame, quotes)
        if _quoted_as(tok) is not None:  # "was quoted as saying": a report whatever the model makes of it
            probability = max(probability, QUOTED_AS_CONFIDENCE)
        if probability < min_probability:
            return
        prep = None
        if for_clause is not None:
            prep, comp = for_clause
        elif kind == "prep":
            prep = next(c for c in tok.rights if c.dep_ == "prep" and c.lower_ == word and c.i <= tok.i + 2)
            comp = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
        elif unmarked is not None:
            comp = unmarked[0]
        elif answer is not None:
            comp = answer
        else:
            comp = next(c for c in complements(tok) if c.dep_ == kind)
        if (kind == "dobj" and comp.lower_ == "anonymity") or (kind == "xcomp" and comp.lemma_ in ("name", "identify")
                                                               and any(c.dep_ == "auxpass" for c in comp.children)):
            # "a senior official said, requesting anonymity", "who asked not to be named": how
            # the speaker spoke, not what
            return
        put = (_question_put(tok, comp) or _told_clause(tok, comp)) if kind == "dobj" else None
        if put is not None:  # "asked the students if they were ...": whom he asked is not what
            comp, kind = put, "ccomp"
        # whose subject belongs to the content: "the deal seems to be dead", and a passive with
        # nobody named as agent, "Obama's veto is expected to come before Friday" (no source)
        framed, addressed = None, None
        if kind == "xcomp" and tok.lemma_ in _RAISING_VERBS:
            framed = speaker
        elif speaker is None:
            framed = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if framed is not None and lemma_of(tok) in _ADDRESSING_VERBS:
                framed, addressed = None, framed  # "Clinton was asked about the border": she is asked
            elif framed is not None and lemma_of(tok) in EXPERIENCER_VERBS:
                speaker, framed = framed, None  # "Party leaders were angered that ...": they feel it
        expletive = speaker is not None and _expletive_it(tok, speaker)
        if expletive:  # "It seems that ...", "It is hard to imagine ...": nobody is named
            speaker = None
        if speaker is None and framed is None and addressed is None and not expletive:
            return
        if tok.lemma_ == "call" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("on", "upon") \
                and kind != "xcomp":
            return  # "call on the Prime Minister" is a visit; "called on Trump to stop" is a demand
        cue = cue_group(tok)
        lead = _catenative(tok)
        if lead is not None:  # "has yet to explain", "tried on Tuesday to make the case" (words between too)
            cue = (cue_group(lead)[0], cue[1])
        when = _time_after(tok, cue[1], comp)
        if when is not None:  # "said Monday that ...", "announced this week that ..."
            cue = (cue[0], when)
        said = _made_clear(tok, comp) if kind in ("ccomp", "oprd", "dobj") else None
        if said is not None:  # "has made it clear that ...": the cue runs over "it clear"
            cue = (cue[0], max(cue[1], said[0].idx + len(said[0].text)))
            comp = said[1]
        if kind == "dobj" and speaker is not None and _feels(tok, comp):
            # "That rattled the minister": the one who feels it speaks; what rattled is the content
            s, e = subtree_span(speaker)
            content = _trim(text, s, e)
            # the one who feels it, up to a relative clause set off ("some analysts, who pointed out ...")
            rel = next((c for c in comp.rights if c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","), None)
            who = source_span(comp, (rel.left_edge.idx - 1, len(text)) if rel is not None else None)
            if not taken.hits(*content) and not taken.hits(*who) and content[1] > content[0]:
                used_cues.add(tok.i)
                s, e = who
                quote, content = _quote_kind(content, quotes)
                add(rule, {"start": s, "end": e}, cue, content, quote, comp,
                    extra={"confidence": round(probability, 2)})
            return
        if prep is not None:
            cue = (cue[0], max(cue[1], prep.idx + len(prep.text)))
        elif kind == "dobj":
            cue = (cue[0], max(cue[1], _noun_cue_end(comp)))
        content = subtree_span(comp)
        content = (min(content[0], _mark_start(comp)), content[1])
        if for_clause is not None:  # the clause after "for" is what is called for
            content = (prep.idx + len(prep.text), content[1])
        if unmarked is not None:  # the clause begins with its subject; "after the convention" is the scene
            content = (unmarked[1].left_edge.idx, content[1])
        relative = _relative_word_and_speaker(tok) if kind in ("ccomp", "xcomp") else None
        if relative is not None:  # "which aid groups say killed 30 people": from "which" on
            content = (relative[0].idx, content[1])
        if kind == "ccomp":  # 'said on Friday that talks were going on and a contract ...'
            # (the parser may also take that "that" for the relative clause's object of a preposition)
            that = next((t for c in tok.rights if c.dep_ == "prep" and c.i < comp.left_edge.i for t in c.subtree
                         if t.lower_ == "that" and t.dep_ in ("mark", "pobj") and t.head.dep_ == "relcl"), None)
            if that is not None:
                content = (that.idx, content[1])
            misread = next((c for c in tok.children if c.dep_ == "dobj" and c.i < comp.left_edge.i), None)
            if misread is not None and _misread_that(tok, misread):
                # 'warned that any levy on steel under the new rules ... would be ruinous': the
                # parser split the clause, its subject read as the verb's object
                content = (misread.left_edge.idx, content[1])
            split = _split_subject(tok, comp)
            if split is not None:  # 'said pressing issues, trade, terrorism were discussed'
                content = (split.left_edge.idx, content[1])
        obj, on = _object_said_of(tok, comp) if kind == "xcomp" else (None, None)
        if on is not None:  # "called on Trump to stop ...": "on" is the cue's
            cue = (cue[0], max(cue[1], on.idx + len(on.text)))
        if obj is not None:  # "urged his colleagues to reject the deal": the object is part of it
            content = (min(content[0], obj.left_edge.idx), content[1])
        if framed is not None:
            content = (min(content[0], subtree_span(framed)[0]), content[1])
        if kind == "dobj" and comp.tag_ in ("WP", "WDT") and comp.i < tok.i:
            # "what she called a “rant”": the relative word alone says nothing; PolNeAR's content
            # runs from it over the name given
            content = (content[0], max(content[1], tok.right_edge.idx + len(tok.right_edge.text)))
        elif kind == "dobj":  # "blamed Clinton for her vote", "described the test as a threat"
            content = (content[0], _object_complement_end(tok, comp, content[1]))
            if _misread_that(tok, comp):  # 'warned that any levy on steel ... would be ruinous'
                content = (content[0], _trim(text, content[0], sent_of(tok).end_char, _EDGE + ".")[1])
        if cue[0] <= comp.idx < cue[1]:  # "declined to comment on the report": content follows the cue
            rest = _trim(text, cue[1], max(content[1], cue[1]))
            if rest[1] - rest[0] >= 3:
                content = rest
            elif kind == "xcomp":  # a bare refusal, "A spokesman declined to comment.": PolNeAR's
                cue = (cue[0], _trim(text, cue[0], comp.left_edge.idx)[1])  # cue "declined", content "to comment"
            else:
                return
        cue = (cue[0], _manner_adverb_end(tok, cue[1], content[0]))
        if kind == "ccomp" and comp.i < tok.i:  # 'The deal is dead, the ministry said Monday in a statement.'
            cue = (cue[0], _closing_words_end(tok, cue[1]))
        if kind == "ccomp" and comp.i > tok.i:
            when = _leading_time(comp, content[0])
            if when is not None:  # "said Tuesday his actions were legal": the day is the cue's,
                # unless a recipient comes between ("told African-Americans this weekend he ...")
                if not text[cue[1]:content[0]].strip():
                    cue = (cue[0], when[0])
                content = (when[1], content[1])
        sent_end = sent_of(tok).end_char
        if tok.dep_ in ("relcl", "acl"):  # "Reid, who said the deal was dead, left": the clause ends first
            sent_end = min(sent_end, tok.right_edge.idx + len(tok.right_edge.text))
        if comp.i > tok.i and content[1] < sent_end and _no_new_clause(doc, content[1], sent_end):
            # the parser hung a long complement's tail elsewhere: it runs on, but not into the
            # cue verb's own words ("... during a campaign stop", ", but stopped short of ...")
            tail_end = next((t.idx for t in doc[comp.right_edge.i + 1 : sent_of(tok).end]
                             if (t.head.i == tok.i and t.dep_ in ("cc", "conj"))
                             or (t.dep_ == "prep" and t.lower_ in SETTING_PREPS)), sent_end)
            content = (content[0], max(content[1], _trim(text, content[0], tail_end)[1]))
        if comp.i > tok.i and cue[1] <= content[0]:  # the content model may end it elsewhere in the sentence
            content = (content[0], choose_content_end(doc, content[0], content[1], tok, comp))
            second = _second_report(tok, comp)
            if second is not None:  # "Six in 10 said she is honest, and half said the same of him"
                content = (content[0], min(content[1], second))
        main = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass") else None
        if main is not None and content[0] < main.idx < content[1]:
            # "A petition calling on the government to cancel the deal got 500,000 signatures": the
            # parser ran the participle's clause into the sentence's own verb, which ends it
            stop = min([main.idx] + [c.idx for c in main.children
                                     if c.dep_ in ("aux", "auxpass", "neg") and c.i < main.i])
            content = _trim(text, content[0], stop)
        if within is not None:
            content = _trim(text, max(content[0], within[0]), min(content[1], within[1]), _EDGE + ".")
        if taken.hits(*content) and not self._nests_all(content, comp, taken):
            # 'She said fathers would not be eligible, and ... the mother replied, "..."': the
            # complement runs into another attribution; keep what comes before it
            content = taken.free_head(*content)
            m = list(re.finditer(r"(,\s*(and|but)\b|;)", text[content[0]:content[1]]))
            if m:  # it ends with the last clause before the other attribution's
                content = (content[0], content[0] + m[-1].start())
            content = _trim(text, *content, _EDGE + ".")
            if len(text[content[0]:content[1]].split()) < 3 or taken.hits(*content):
                return
        if any(c.tag_ in ("WP", "WDT") and c.i < tok.i for c in tok.children) \
                and text[content[0]:content[1]].rstrip().endswith("?"):
            return  # "What did the President tell you?" asks what was said
        subj = speaker if framed is None else None
        src = None
        parts = None
        if subj is not None:
            s, e = source_span(subj, (cue[0], content[1]) if subj.i == tok.head.i and tok.dep_ == "acl" else None)
            if not (s < content[1] and content[0] < e):
                src = {"start": s, "end": e}
            elif content[0] < s and cue[1] < content[1] and doc[tok.i].idx > e \
                    and any(t.tag_ in ("WDT", "WP") for t in doc.char_span(content[0], s, alignment_mode="expand") or []):
                # "which Ms. Okafor says she is trying hard to keep open": the frame sits
                # inside what was said; the content is in two parts around it
                src = {"start": s, "end": e}
                parts = [_trim(text, content[0], s), _trim(text, cue[1], content[1], _EDGE + "._")]
        if src is not None and kind == "ccomp" and comp.i < tok.i:
            split = _speakers_after_quote(doc, content, src["start"])
            if split is not None:  # '"...," French President A and German Chancellor B said'
                content, src = (content[0], split[0]), {"start": split[1], "end": src["end"]}
        quote, content = _quote_kind(content, quotes)
        used_cues.add(tok.i)
        if src is None and not _is_passive(tok) and framed is None and not expletive:
            return  # the subject is inside the content ("which she plans to do"): not a frame
        add(rule, src, cue, content, quote, subj, parts=parts, extra={"confidence": round(probability, 2)})

    def _holds_all(self, parts: list[tuple[int, int]]) -> bool:
        """Whether every attribution found so far that runs into the sentence ``parts`` lies
        wholly inside one of them, source and cue included: 'Over the past decade, the
        chancellor said, most voters have come to believe "that ..."' holds the
        voters' belief inside what the chancellor said (PolNeAR nests it)."""
        hits = self._running_into(parts)
        # a part ends before the sentence's closing marks; a quote found inside it ends after them
        reach = [(s, _past_closing_marks(self.text, e)) for s, e in parts]
        return bool(hits) and all(a.get("source") and a.get("cue")
                                  and any(all(s <= x and b <= e for x, b in spans) for s, e in reach)
                                  for a, spans in hits)

    def _running_into(self, parts: list[tuple[int, int]]) -> list[tuple[dict[str, Any], list[tuple[int, int]]]]:
        """The attributions found so far whose source, cue or content runs into one of ``parts``,
        each with those spans."""
        out = []
        for a in self.found:
            spans = _record_spans(a)
            if any(s < b and x < e for s, e in parts for x, b in spans):
                out.append((a, spans))
        return out

    def _nests_all(self, content: tuple[int, int], comp: Token, taken: _Taken) -> bool:
        """Whether every attribution found earlier that ``content`` runs into is one the
        complement governs: its cue is a word of the complement's own subtree, not a verb the
        parser joined to it ("to expel the envoy in answer to what it called “...”",
        "which state news media claimed now allows ..."). PolNeAR nests such an attribution
        inside the content; a sibling ('..., and the mother replied, "..."') still cuts it."""
        if taken is not self.taken:
            return False
        s, e = content

        def governed(a: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
            if not a.get("cue") or any(x < s or b > e for x, b in spans):
                return False
            cue = self.doc.char_span(a["cue"]["start"], a["cue"]["end"], alignment_mode="expand")
            return cue is not None and _governed_by(cue.root, comp)

        hits = self._running_into([content])
        return bool(hits) and all(governed(a, spans) for a, spans in hits)

    def adjectives(self) -> None:
        """Cue adjectives after a copula ("was sure that ...", "has been critical of ..."): the cue
        runs from the copula's group to the adjective (and its preposition); the source is the
        copula's subject, which must be there."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for adj in doc:
            if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or max(cue_rate(adj), frame_rate(adj, cue_frame(adj))) < ADJ_MIN_RATE:
                continue
            cop = adj.head
            comp = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp")), None)
            if comp is None:
                comp = next((c for c in cop.children if c.dep_ == "ccomp" and c.i > adj.i), None)
            prep = content_prep(adj) if comp is None else None
            if comp is None and prep is not None:
                comp = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
            if comp is None or taken.hits(cop.idx, adj.idx + len(adj.text)):
                continue
            last = prep if prep is not None else adj
            cue = (cue_group(cop)[0], last.idx + len(last.text))
            content = subtree_span(comp)
            content = (min(content[0], _mark_start(comp)), content[1])
            if prep is not None:
                content = (max(content[0], cue[1]), content[1])
            subj = subject_of(cop)
            # "It is unclear whether ...": nobody holds the view; it is the writer's own hedge
            # (``newslens.claims``), not sourcing. (PolNeAR train: 15 of 53 such were attributions.)
            # But "it can be hopeful about the waiver": "it" is the source.
            if subj is None or subj.dep_ == "expl" or subj.lower_ == "it" and prep is None:
                continue
            s, e = source_span(subj)
            src = {"start": s, "end": e}
            if content[1] <= content[0] or taken.hits(*content) or taken.hits(s, e):
                continue
            quote, content = _quote_kind(content, quotes)
            add("adjective_cue", src, cue, content, quote, subj)

    def nested(self) -> None:
        """Reported speech inside reported speech ("X claimed that ..., although he refused to
        pledge to ..."): PolNeAR nests them. A verb inside another attribution's indirect
        content is a cue of its own when the cue model is sure of it (``NEST_MIN_PROBABILITY``);
        its content stays inside the outer one's."""
        doc, text, quotes, _, used_cues, found, _ = self.state()
        # words a nested report may not take (others' sources and cues, and what it finds), and
        # the same with the quotes, where no verb is a cue of its own (but a quoted phrase in
        # what the inner cue governs is part of its content: 'warned that the deal could
        # "undermine regional stability"')
        fixed, quoted = _Taken(), _Taken()
        quoted.add(*quotes)
        for a in found:
            for t in (fixed, quoted):
                t.add(*_record_spans(a, ("source", "cue")))
        for outer in [a for a in found if a["quote"] != "direct" and a.get("cue")]:
            span = doc.char_span(outer["content"]["start"], outer["content"]["end"], alignment_mode="contract")
            for tok in span or []:
                if tok.i in used_cues or tok.pos_ != "VERB" or quoted.hits(tok.idx, tok.idx + len(tok.text)):
                    continue
                n = len(found)
                sure = CUE_MIN_PROBABILITY if _relative_report(tok) or _relative_speaker(tok) else NEST_MIN_PROBABILITY
                self._complement(tok, fixed, sure, within=(span.start_char, span.end_char),
                                 rule="nested_complement")
                for a in found[n:]:
                    for t in (fixed, quoted):
                        t.add(*_record_spans(a))
                    _end_before_next_report(outer, a, doc)

    def questions(self) -> None:
        """A question put by someone the text does not name ("Asked if he was ever bullied, the
        candidate said no", "When asked about the waiver, ..."): no source, cue "Asked", the
        question as content."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if tok.lower_ != "asked" or tok.tag_ not in ("VBN", "VBD") or tok.dep_ != "advcl" or tok.i in used_cues \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children):
                continue
            comp = next((c for c in tok.rights if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))), None)
            cue = (tok.idx, tok.idx + len(tok.text))
            if comp is not None:
                content = subtree_span(comp)
                content = (min(content[0], _mark_start(comp)), content[1])
            else:
                prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "about" and c.i == tok.i + 1), None)
                obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
                if obj is None:
                    continue
                cue, content = (tok.idx, prep.idx + len(prep.text)), subtree_span(obj)
            if content[1] <= content[0] or taken.hits(*content) or taken.hits(*cue):
                continue
            used_cues.add(tok.i)
            quote, content = _quote_kind(content, quotes)
            add("asked", None, cue, content, quote)

    def in_documents(self) -> None:
        """A sentence opened by the document that says it ("In an NBC News poll released Monday,
        50 percent of respondents chose ..."): the document is the source, "In" the cue, the
        clause after the comma the content. Runs after the verb rules, so that "In a statement,
        the ministry said ..." stays the ministry's."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i != sent_of(tok).start:
                continue
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lemma_.lower() not in DOCUMENT_NOUNS or obj.i + 1 >= len(doc) \
                    or not any(c.dep_ in ("det", "poss") for c in obj.children):
                continue  # "In order to secure the waiver, ..." names no document
            end = tok.right_edge
            if end.i + 1 >= len(doc) or doc[end.i + 1].text != ",":
                continue
            src = _trim(text, obj.left_edge.idx, end.idx + len(end.text))
            content = _trim(text, doc[end.i + 1].idx + 1, sent_of(tok).end_char, _EDGE + ".")
            words = doc.char_span(*content, alignment_mode="contract")
            if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words) or taken.hits(*content) \
                    or taken.hits(tok.idx, src[1]):
                continue
            quote, content = _quote_kind(content, quotes)
            add("in_document", {"start": src[0], "end": src[1]}, (tok.idx, tok.idx + len(tok.text)), content, quote, obj)

    def criticism_received(self) -> None:
        """'The proposal has drawn sharp criticism from Democrats', 'The clip has faced ridicule
        online': the subject is what the criticism is about (the content), those it comes from
        the source (none when unnamed), the verb group with the criticism (and "from") the cue,
        as PolNeAR marks it; not the subject speaking about "criticism"."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if lemma_of(tok) not in _RECEIVING_VERBS or tok.pos_ != "VERB" or tok.i in used_cues \
                    or _within(tok.idx, quotes):
                continue
            obj = next((c for c in tok.rights if c.dep_ == "dobj" and lemma_of(c) in _CRITICISM_NOUNS), None)
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if obj is None or subj is None or subj.tag_ in ("WDT", "WP") or subj.i > tok.i:
                continue
            cue = (cue_group(tok)[0], obj.idx + len(obj.text))
            source, speaker = None, None
            frm = next((c for c in [*obj.rights, *tok.rights] if c.dep_ == "prep" and c.lower_ == "from"
                        and c.i == obj.i + 1), None)
            who = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
            if who is not None:
                cue = (cue[0], frm.idx + len(frm.text))
                s, e = source_span(who)
                source, speaker = {"start": s, "end": e}, who
            content = subtree_span(subj)
            if taken.hits(*content) or taken.hits(*cue) or (source and taken.hits(source["start"], source["end"])):
                continue
            quote, content = _quote_kind(content, quotes)
            used_cues.add(tok.i)
            add("criticism_received", source, cue, content, quote, speaker)

    def passive_agents(self) -> None:
        """A cue verb in the passive with its agent and nothing it governs ("The plan was
        criticized by Democrats", "The story was first reported by the Post"): the agent is the
        source, the cue is the verb group without "by", the passive subject is the content."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.i in used_cues or cue_frame(tok) != "none" \
                    or not _is_passive(tok):
                continue
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            by_whom = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if by_whom is None or subj is None or subj.tag_ in ("WDT", "WP") or subj.i > tok.i:
                continue  # "which was criticized by ...": the relative word alone says nothing
            if cue_rate(tok) < PASSIVE_MIN_RATE \
                    and cue_probability(tok, subject_of(tok), "none", quotes) < CUE_MIN_PROBABILITY:
                continue  # a rarer cue verb when the cue model finds it one here ("is supported by")
            cue = cue_group(tok)  # not "by": PolNeAR train leaves it out 149 times, puts it in 47
            src = source_span(by_whom)
            content = subtree_span(subj)
            speaker = by_whom
            if lemma_of(tok) in EXPERIENCER_VERBS:
                # "Party leaders were angered by the remark": the subject feels it and speaks;
                # what angered them is the content, and the cue runs over "by"
                src, content, speaker = source_span(subj), subtree_span(by_whom), subj
                cue = (cue[0], agent.idx + len(agent.text))
            if taken.hits(*content) or taken.hits(min(cue[0], src[0]), max(cue[1], src[1])):
                continue
            quote, content = _quote_kind(content, quotes)
            used_cues.add(tok.i)
            add("passive_agent", {"start": src[0], "end": src[1]}, cue, content, quote, speaker)

    def reported_adverbs(self) -> None:
        """'The FBI is reportedly making arrangements to interview her': a report with no source.
        The cue is the adverb; the content is the clause it sits in, in two parts around it."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if tok.lower_ not in REPORT_ADVERBS or tok.dep_ != "advmod" or taken.hits(tok.idx, tok.idx + len(tok.text)):
                continue
            verb = tok.head
            if verb.i in used_cues:
                continue  # "reportedly said that ...": the verb's own report
            s, e = subtree_span(verb)
            sent = sent_of(tok)
            s, e = max(s, sent.start_char), min(e, sent.end_char)
            before = _trim(text, s, tok.idx, _EDGE + ".")
            after = _trim(text, tok.idx + len(tok.text), e, _EDGE + ".")
            parts = [p for p in (before, after) if p[1] > p[0]]
            if not parts or any(taken.hits(*p) for p in parts):
                continue
            content = (parts[0][0], parts[-1][1])
            quote, content = _quote_kind(content, quotes)
            add("reported_adverb", None, (tok.idx, tok.idx + len(tok.text)), content, quote,
                parts=parts if len(parts) > 1 and quote != "direct" else None)

    def noun_cues(self) -> None:
        """Cue nouns ('Russia's claim that ...', 'his criticism of ...', 'In his view, ...'). The
        source is the possessor with its "'s", as PolNeAR train's annotators mark it."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        for tok in doc:
            if tok.pos_ != "NOUN" or taken.hits(tok.idx, tok.idx + len(tok.text)):
                continue
            if self._in_view(tok) or self._view_is_that(tok):
                continue
            frame = cue_frame(tok)
            if not frame.startswith("poss+") or frame == "poss+none" or frame_rate(tok, frame) < NOUN_MIN_RATE:
                continue
            poss = next(c for c in tok.children if c.dep_ == "poss")
            s, e = subtree_span(poss)
            # the cue runs over the noun's own modifiers after the possessor ("his effusive praise
            # of", "Trump's earlier claim"), as PolNeAR marks it
            first = next((t for t in doc[poss.right_edge.i + 1 : tok.i] if t.dep_ != "case" and not t.is_punct), tok)
            if not all(t.dep_ in ("amod", "compound", "advmod", "punct", "cc", "conj", "npadvmod", "nummod")
                       for t in doc[first.i : tok.i]):
                first = tok
            cue = (first.idx, tok.idx + len(tok.text))
            clause = noun_clause(tok)
            if clause is not None:
                content = subtree_span(clause)
                content = (min(content[0], _mark_start(clause)), content[1])
            else:
                prep = content_prep(tok)
                obj = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
                cue = (cue[0], prep.idx + len(prep.text))
                content = subtree_span(obj)
            if taken.hits(*content) or taken.hits(s, e):
                continue
            quote, content = _quote_kind(content, quotes)
            add("noun_cue", {"start": s, "end": e}, cue, content, quote, poss)

    def _view_is_that(self, tok: Token) -> bool:
        """"Beijing's position is that the islands are China's", "Sanders's point was that ...":
        a view noun with a possessor, the subject of "be" whose clause is the view. The possessor
        speaks; the cue runs from the noun over the verb ("position is"), as PolNeAR marks it.
        True when it recorded one."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        be = tok.head
        if poss is None or lemma_of(tok) not in STANCE_NOUNS or tok.dep_ != "nsubj" or be.lemma_ != "be" \
                or _within(tok.idx, quotes):
            return False
        clause = next((c for c in be.rights if c.dep_ == "ccomp"
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            return False
        content = subtree_span(clause)
        content = (min(content[0], _mark_start(clause)), content[1])
        s, e = subtree_span(poss)
        if taken.hits(*content) or taken.hits(s, e):
            return False
        first = doc[poss.right_edge.i + 1]
        if first.dep_ == "case":
            first = doc[first.i + 1]
        quote, content = _quote_kind(content, quotes)
        add("noun_cue", {"start": s, "end": e}, (first.idx, be.idx + len(be.text)), content, quote, poss)
        return True

    def _in_view(self, tok: Token) -> bool:
        """'In his view, the grouping's value lies in ...', '..., in the minister's words', 'In the
        words of a spokesman, ...': a view noun with a possessor (or an "of"), in a phrase set
        beside the clause it frames. The possessor speaks, the noun is the cue (as PolNeAR's
        annotators mark it most often), the clause is what is said. True when it recorded one."""
        doc, text, quotes, taken, used_cues, found, add = self.state()
        prep = tok.head
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:  # "In the words of a ministry spokesman, ..."
            of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            poss = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if lemma_of(tok) not in VIEW_NOUNS or tok.dep_ != "pobj" or prep.lower_ != "in" or poss is None \
                or prep.head.pos_ not in ("VERB", "AUX") or _within(tok.idx, quotes):
            return False
        last = poss.right_edge if poss.i > tok.i else tok
        phrase = (prep.idx, last.idx + len(last.text))
        if any(t.is_punct for t in doc[prep.i : tok.i]) or not _set_off(doc, sent_of(tok), phrase):
            return False  # "grew in his view of the race": part of the clause, not beside it
        content = _from_quote_start(_rest_of_sentence(doc, sent_of(tok), phrase, clause_first=True), quotes)
        s, e = subtree_span(poss)
        if content is None or taken.hits(*content) or taken.hits(s, e):
            return False
        quote, content = _quote_kind(content, quotes)
        add("noun_cue", {"start": s, "end": e}, (tok.idx, tok.idx + len(tok.text)), content, quote, poss)
        return True

    def numbered(self) -> list[dict[str, Any]]:
        """The attributions in text order, with ids; a continuation names the one it continues."""
        found = self.found
        found.sort(key=lambda a: a["content"]["start"])
        for n, a in enumerate(found, start=1):
            a["id"] = f"A{n}"
        for a in found:
            if "continues" in a:
                a["continues"] = a["continues"]["id"]
        return found


#: The rules in the order they run (see the module's docstring).
RULES = (_Extraction.transcripts, _Extraction.headline_label, _Extraction.interviews, _Extraction.according_to,
         _Extraction.statements_below, _Extraction.quote_frames, _Extraction.early_continuations,
         _Extraction.parentheticals, _Extraction.questions, _Extraction.criticism_received, _Extraction.complements,
         _Extraction.continuations,
         _Extraction.passive_agents, _Extraction.in_documents, _Extraction.reported_adverbs, _Extraction.noun_cues,
         _Extraction.adjectives, _Extraction.nested)


def extract(doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Attributions of the JSON contract, in text order."""
    run = _Extraction(doc, article, records)
    for rule in RULES:
        rule(run)
    _end_sources_before_other_reports(run.found, doc)
    _reclassify_sources(run)
    return run.numbered()


def _reclassify_sources(run: _Extraction) -> None:
    """Classify every source again, in the order of the text, now that all are found: a pronoun
    or a description ("he", "the envoy") goes back to the speakers before it whichever rule
    found them (the rules run by kind, not in text order: the quote frames before the verb
    complements), and a source cut short after its rule classified it is read as it ends. A
    quote continuation takes its speaker again from the attribution it continues."""
    for a in sorted(run.found, key=lambda a: (a["source"] or a["content"])["start"]):
        head = a.pop("_head", None)
        src = a.get("source")
        if src is not None and (head is None or src["start"] <= head.idx < src["end"]):
            a["source"] = classify_source(run.doc, src["start"], src["end"], head, run.entities, run.found,
                                          run.outlet, said=(a["content"]["start"], a["content"]["end"]),
                                          quotes=run.quotes)
        last = a.get("continues")
        if last is not None and a.get("speaker") is not None and (last.get("source") or last.get("speaker")):
            a["speaker"] = dict(last.get("source") or last["speaker"])


def _end_sources_before_other_reports(found: list[dict[str, Any]], doc: Doc) -> None:
    """'Mr. McConnell, who has endorsed Mr. Trump and criticized his campaign, said ...': a source
    whose words, set off by a comma, hold another attribution's cue ends before that comma (on
    PolNeAR train, annotators cut such a source there 16 times in 19)."""
    text = text_of(doc)
    cues = [a["cue"]["start"] for a in found if a.get("cue")]
    for a in found:
        src = a.get("source")
        if not src or a["rule"] == "transcript_turn":
            continue
        inner = [c for c in cues if src["start"] < c < src["end"]]
        comma = text.rfind(",", src["start"], min(inner)) if inner else -1
        if comma > src["start"]:
            s, e = _trim(text, src["start"], comma)
            if e > s:
                src["end"], src["text"] = e, text[s:e]


#: Verbs whose passive subject is the one addressed, not part of what is said ("Clinton was
#: asked about the border", "Voters were told that ...").
_ADDRESSING_VERBS = {"ask", "tell", "question", "press", "remind", "inform", "assure", "advise", "warn"}

#: Verbs whose subject belongs to what they frame: "the deal seems to be dead" (PolNeAR: cue
#: "seems", content "the deal ... to be dead", no source).
_RAISING_VERBS = {"seem", "appear"}

#: Verbs whose subject receives what their object names ("drew criticism", "has faced ridicule").
_RECEIVING_VERBS = {"draw", "face", "receive", "attract", "earn", "invite", "provoke"}
#: Objects of those that are criticism of the subject (PolNeAR: "has drawn harsh criticism",
#: "is drawing criticism", "has faced ridicule online": the subject is the content).
_CRITICISM_NOUNS = {"criticism", "ridicule", "backlash", "scrutiny", "condemnation", "rebuke", "derision",
                   "outrage", "complaint", "mockery", "censure"}

#: Verbs of feeling whose object feels it: "The remark has angered the party's leaders" is the
#: leaders' reaction to the remark (PolNeAR: source "the party's leaders", content "The remark").
EXPERIENCER_VERBS = {
    "anger", "alarm", "rattle", "unsettle", "startle", "infuriate", "frustrate", "horrify", "dismay",
    "disturb", "outrage", "upset", "irritate", "annoy", "delight", "please", "embolden", "surprise",
    "shock", "offend", "bother", "frighten", "scare", "worry", "trouble", "enrage", "irk", "spook",
    "disappoint", "stun", "baffle", "appall", "unnerve", "anguish", "exasperate", "gall", "vex", "thrill",
}


#: Verbs whose passive subject is shown or heard speaking ("was quoted as saying", "is shown
#: telling", "was heard shouting"): that subject is the speaker.
_DEPICTING_VERBS = {"quote", "show", "hear", "see", "film", "record", "overhear", "photograph", "videotape"}


#: Adjectives whose subject is a real one, not the "it" of an extraposed clause: "It is likely
#: to veto the bill" (the company will), against "It is hard to imagine ..." (nobody imagines).
_SUBJECT_ADJECTIVES = {"likely", "unlikely", "certain", "sure", "able", "unable", "willing", "unwilling",
                       "ready", "set", "due", "eager", "quick", "slow", "reluctant", "happy", "keen",
                       "determined", "prepared", "poised", "expected", "free", "careful", "anxious"}


def _expletive_it(verb: Token, subj: Token) -> bool:
    """The "it" that stands in for a clause rather than for a speaker: "It seems that ...", "It
    appears ..." (a complement, not an infinitive: "It appears to be a forgery" keeps its
    subject inside what is framed) and "It is hard to imagine ...", "It's important to note
    that ..." (an infinitive after "be" and an adjective). PolNeAR gives these no source."""
    if subj.lower_ != "it" or subj.pos_ != "PRON":
        return False
    if lemma_of(verb) in _RAISING_VERBS:
        return subj.head.i == verb.i and not any(c.dep_ == "xcomp" for c in verb.children)
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    be = verb.head if verb.head.lemma_ == "be" else verb.head.head
    adj = verb.head if verb.head.pos_ == "ADJ" else next(
        (c for c in be.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    return (be.lemma_ == "be" and subj.head.i == be.i and adj is not None
            and adj.lower_ not in _SUBJECT_ADJECTIVES)


#: What the parser hangs on a verb after its object but belongs with it: "described the test
#: as a threat", "blamed Clinton for her vote", "called the test a violation".
_OBJECT_COMPLEMENT_DEPS = ("prep", "oprd", "dative")


def _end_before_next_report(outer: dict[str, Any], inner: dict[str, Any], doc: Doc) -> None:
    """The outer content ends before a report nested in it that PolNeAR's annotators mark apart:
    the same speaker's next statement, set off by a comma or joined by "and" or "but" ('He
    claimed that X, adding that Y', 'She said X but insisted that Y'), or another speaker's, set
    against the first by ", while" or ", whereas" ('Some experts believe X, while others argue
    that Y')."""
    if outer.get("content_parts") or not inner.get("source"):
        return
    text = text_of(doc)
    cs, src_start = outer["content"]["start"], inner["source"]["start"]
    if outer.get("source") and src_start == outer["source"]["start"]:
        if not inner.get("cue"):
            return
        cut = re.search(r"(?:,\s*|\s+(?:and|but)\s+|,\s*(?:and|but)\s+)$", text[cs:inner["cue"]["start"]])
    elif cs < src_start <= outer["content"]["end"]:
        cut = re.search(r",\s*(?:while|whereas)\s+$", text[cs:src_start], re.IGNORECASE)
    else:
        return
    if cut is not None and cut.start() > 0:
        s, e = _trim(text, cs, cs + cut.start(), _EDGE + ".")
        if e > s:
            outer["content"] = _span(doc, s, e)


def _governed_by(tok: Token, comp: Token) -> bool:
    """Whether ``tok`` lies in ``comp``'s subtree by a chain of subordinate links: no verb on
    the way up is a conjunct, which would make it a statement beside the complement."""
    while tok.i != comp.i:
        if (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _feels(verb: Token, obj: Token) -> bool:
    """Whether an active verb of feeling (``EXPERIENCER_VERBS``) has for object someone who feels
    it ("has angered the party's leaders"), not a clause or a thing."""
    return lemma_of(verb) in EXPERIENCER_VERBS and not _is_passive(verb) and obj.dep_ == "dobj" \
        and obj.pos_ in ("NOUN", "PROPN", "PRON") and obj.i > verb.i and obj.lower_ not in ("it", "that", "this") \
        and not any(c.dep_ == "prt" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "csubj") for c in verb.children)  # ("rattled off", "careful not to anger X")


def _light_report(verb: Token) -> Token | None:
    """'issued a statement calling the test a violation', 'released an ad saying ...': the
    reporting participle right after the verb's object, which PolNeAR's cue runs on to (on
    PolNeAR train, a participle on the object of a cue verb is in its cue 42 times in 64)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or verb.pos_ != "VERB" or _not_carried_out(verb):
        return None
    part = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG" and obj.i < c.i <= obj.i + 3), None)
    if part is None:  # 'released a statement Wednesday evening, saying ...': the parser hangs it on the verb
        part = next((c for c in verb.rights if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > obj.right_edge.i
                     and all(t.is_punct or t.ent_type_ in ("DATE", "TIME") for t in verb.doc[obj.right_edge.i + 1 : c.i])),
                    None)
        if part is not None and (obj.lemma_.lower() not in DOCUMENT_NOUNS or part.i - obj.right_edge.i > 4):
            part = None
    if part is None or cue_rate(part) < 0.5 or cue_frame(part) == "none":
        return None
    return part


#: Verbs that say the act they lead to did not happen ("failed to adopt", "refused to sign").
_NOT_DONE_VERBS = {"fail", "refuse", "decline", "reject"}


def _not_carried_out(verb: Token) -> bool:
    """Whether the text says the verb's act did not happen: "did not issue", "failed to adopt"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (lemma_of(verb.head) in _NOT_DONE_VERBS
                                     or any(c.dep_ == "neg" for c in verb.head.children))


def _light_verb(part: Token) -> Token | None:
    """The verb whose object a reporting participle hangs on ('issued' in 'issued a statement
    calling ...'; see :func:`_light_report`)."""
    if part.dep_ == "acl" and part.head.dep_ == "dobj":
        outer = part.head.head
    elif part.dep_ == "advcl":
        outer = part.head
    else:
        return None
    light = _light_report(outer)
    return outer if light is not None and light.i == part.i else None


#: Nouns for people who take a side, besides ``ANONYMOUS_HEADS`` ("voters saying they want ...").
_SPEAKING_GROUPS = {"group", "voter", "supporter", "critic", "opponent", "protester", "activist", "resident",
                    "citizen", "campaign", "committee", "organization", "organisation", "union", "petition"}

def _mute_relative(subj: Token) -> bool:
    """A relative "that" or "which" whose noun cannot say anything: not someone who speaks, a
    document or a name ("a bubble that scares", not "a statement that said" or "the panel, which
    warned")."""
    if subj.tag_ != "WDT" or subj.head.dep_ not in ("relcl", "acl"):
        return False
    noun = subj.head.head
    return not (_can_speak(noun) or noun.lemma_.lower() in DOCUMENT_NOUNS | _SAYING_THINGS or noun.pos_ == "PROPN")


#: Things with words on them that "say" something ("a video that said", "a headline that read").
_SAYING_THINGS = {"video", "ad", "advertisement", "headline", "sign", "banner", "caption", "page", "website",
                  "site", "poster", "slogan", "placard", "message", "text", "label"}


def _can_speak(noun: Token) -> bool:
    """Whether a noun names someone who can say something: a person, a body or a group the
    model recognises, or a word for a source, an official, an outlet or a group of people."""
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.lemma_.lower() in ANONYMOUS_HEADS | OUTLET_HEADS | _SPEAKING_GROUPS


#: Verbs that put a question to someone ("asked the minister whether ...").
_ASKING_VERBS = {"ask", "question", "press", "quiz"}


def _question_put(verb: Token, obj: Token) -> Token | None:
    """'asked the students if they were always so serious', 'asked Trump about statements he
    had made': with a verb of asking and whom it asks as its object, the question ("if", "whether"
    clause) or its subject ("about" phrase) after the object, which PolNeAR takes as the content.
    Not when the object is the question itself ("asked the question about the border")."""
    if lemma_of(verb) not in _ASKING_VERBS or obj.i < verb.i or obj.pos_ not in ("PRON", "PROPN", "NOUN") \
            or obj.lemma_.lower() in ("question", "questions"):
        return None  # ("asked the question about the border": the question is what was asked)
    for c in verb.rights:
        if c.i <= obj.right_edge.i:
            continue
        if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                and m.i == c.left_edge.i for m in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ == "about" and c.i == obj.right_edge.i + 1:
            return c
    return None


def _told_clause(verb: Token, obj: Token) -> Token | None:
    """'told the crowd at his rally for farmers that he and his party had ...': the
    that-clause after whom a verb addresses, which the parser hung on a noun before it as if it
    were a relative clause. A clause opened by "that" as a complementiser, with a subject of its
    own, is what was told."""
    if lemma_of(verb) not in _ADDRESSING_VERBS or obj.i < verb.i:
        return None
    for t in verb.subtree:
        if t.i > obj.right_edge.i and t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "nsubj" for c in t.children) \
                and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children):
            return t
    return None


#: "make it clear that ...": the adjectives that make "make" a cue.
_MADE_CLEAR = {"clear", "plain", "known", "obvious", "explicit"}


def _made_clear(verb: Token, comp: Token) -> tuple[Token, Token] | None:
    """'has made it clear that it would buy the jets', 'made clear that the deal was off', 'made
    clear her opposition': (the adjective, what was made clear), when ``verb`` is "make" and
    its complement is such an adjective."""
    if lemma_of(verb) != "make":
        return None
    adj = comp if comp.pos_ == "ADJ" else next(
        (c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ"), None)
    if adj is None or adj.lower_ not in _MADE_CLEAR or adj.i < verb.i:
        return None
    said = next((c for c in adj.children if c.i > adj.i and c.dep_ in ("advcl", "ccomp", "nsubj")
                 and (c.pos_ in ("VERB", "AUX", "NOUN", "PROPN"))), None)
    if said is None:
        said = next((c for c in verb.children if c.i > adj.i and c.dep_ in ("ccomp", "dobj")), None)
    return (adj, said) if said is not None else None


def _split_subject(verb: Token, comp: Token) -> Token | None:
    """'they said pressing global issues, including ..., counterterrorism were discussed': the
    parser read the start of the clause's subject as an open complement of the verb (a
    participle right after it) and kept only the subject's last part for the clause. The
    participle, when a comma is all that stands between it and the clause (as between the items
    of a list)."""
    if not comp.i > verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return None
    part = next((c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 1 and c.tag_ == "VBG"), None)
    if part is None:
        return None
    doc = verb.doc
    last, first = part.right_edge, comp.left_edge
    while last.is_punct and last.i > part.i:  # (the comma may hang on either side)
        last = doc[last.i - 1]
    while first.is_punct and first.i < comp.i:
        first = doc[first.i + 1]
    gap = doc[last.i + 1 : first.i]
    return part if len(gap) and all(t.text == "," for t in gap) else None


def _misread_that(verb: Token, obj: Token) -> bool:
    """'warned that any new tariff on the bloc ... would be ruinous': the parser read
    the complementiser as a determiner and the clause's subject as the verb's object. True when
    the object opens with that 'that' right after the verb and a finite verb follows the object
    in the sentence (or the noun is plural: 'that sanctions' is never a determiner's)."""
    first = obj.left_edge
    if first.lower_ != "that" or first.dep_ != "det" or first.i != verb.i + 1 or obj.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    rest = verb.doc[obj.right_edge.i + 1 : sent_of(verb).end]
    return obj.tag_ in ("NNS", "NNPS") or any(t.tag_ in ("MD", "VBZ", "VBD", "VBP") for t in rest)


def _object_complement_end(verb: Token, obj: Token, end: int) -> int:
    """Where a verb's object and what completes it end: the object's phrase, run on over the
    verb's prepositional or predicative dependents right after it (not a date, not a scene)."""
    nxt = obj.right_edge.i + 1
    for c in verb.rights:
        if c.i <= obj.i:
            continue
        if c.left_edge.i != nxt or c.dep_ not in _OBJECT_COMPLEMENT_DEPS or c.lower_ in SETTING_PREPS:
            break
        if _is_date_phrase(c):
            break  # "on Tuesday"; not "of being away when the night shift came in"
        scene = next((t for t in c.subtree if t.i > c.i and t.dep_ == "prep" and t.lower_ in SETTING_PREPS), None)
        last = verb.doc[scene.i - 1] if scene is not None else c.right_edge
        end = max(end, last.idx + len(last.text))
        if scene is not None:
            break
        nxt = c.right_edge.i + 1
    return end


#: Prepositions after an object noun that open what the noun reports ("concern about").
_NOUN_CONTENT_PREPS = {"about", "over", "into"}


def _noun_cue_end(obj: Token) -> int:
    """Where the cue ends when a verb's object is itself what reports (PolNeAR: "expressed deep
    concern about ...", "highlighted his message that ..."): after the noun when it has a
    that-clause, after the preposition that opens its content; else at the verb (-1)."""
    if obj.pos_ != "NOUN":
        return -1
    if noun_clause(obj) is not None:
        return obj.idx + len(obj.text) if clause_object_in_cue(obj) else -1
    if object_in_cue(obj.head, obj):  # "cast doubt on", "took issue with", "raised questions about"
        nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None  # on the noun or on the verb
        prep = nxt if nxt is not None and nxt.dep_ == "prep" and nxt.head.i in (obj.i, obj.head.i) \
            and any(g.dep_ in ("pobj", "pcomp") for g in nxt.children) else None
        if prep is not None and not _is_date_phrase(prep):
            return prep.idx + len(prep.text)
    prep = content_prep(obj)
    if prep is not None and prep.lower_ in _NOUN_CONTENT_PREPS \
            and not _is_date_phrase(prep):
        return prep.idx + len(prep.text)
    return -1


def _is_date_phrase(prep: Token) -> bool:
    """'on Tuesday', 'in 2015': a phrase that is itself a date or time, not one with a time
    somewhere inside it ('about what happened when late-night calls came in')."""
    return prep.ent_type_ in ("DATE", "TIME") or any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


_FUNCTION_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE"}


def _only_function_words(doc: Doc, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and all(t.pos_ in _FUNCTION_POS or t.lower_ in ("the", "a", "an") for t in span)


def _is_passive(verb: Token) -> bool:
    """'It has been reported that ...': a cue that may have no source."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not _contracted_perfect(verb)


#: Verbs whose passive takes an open complement ("He's said to be ill", "is expected to win").
_PASSIVE_RAISING = {"say", "report", "believe", "think", "expect", "know", "consider", "rumor", "understand",
                    "allege", "suppose", "see", "tell", "ask", "urge", "force", "schedule", "set"}


def _contracted_perfect(verb: Token) -> bool:
    """'He's said he would ...', 'she’s spoken out against ...': the parser reads the "'s" of "has"
    as "is" and the verb as a passive. A participle after "'s" with a subject, no agent and no
    open complement of a raising passive ("He's said to be ill") is the perfect. "It's said that
    ..." stays a passive."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (len(aux) == 1 and aux[0].lower_ in ("'s", "’s") and verb.tag_ in ("VBN", "VBD") and subj is not None
            and subj.lower_ != "it" and not any(c.dep_ == "agent" for c in verb.children)
            and not (lemma_of(verb) in _PASSIVE_RAISING and any(c.dep_ == "xcomp" for c in verb.children)))


def _second_report(verb: Token, comp: Token) -> int | None:
    """Where what ``verb`` reports ends when the parser hung a second report of someone else's
    on it ('Six in 10 said she is honest, and three-quarters said the same of him'): after the
    last word before that report and its conjunction. None if there is no such report."""
    second = next((c for c in verb.rights if c.i > comp.right_edge.i and c.dep_ in ("ccomp", "conj", "parataxis")
                   and _is_cue_verb(c, 0.5) and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children)),
                  None)
    if second is None:
        return None
    doc = verb.doc
    last = second.left_edge.i - 1
    while last > comp.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
        last -= 1
    return doc[last].idx + len(doc[last].text)


def _no_new_clause(doc: Doc, start: int, end: int) -> bool:
    """True if the text between start and end opens no clause of its own (no subject other than
    a relative pronoun): the parser then has only attached a long complement's tail elsewhere."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.lower_ not in ("which", "who", "that", "whom")
                   for t in span)


def _content_end(att: dict[str, Any]) -> int:
    parts = att.get("content_parts")
    return parts[-1][1] if parts else att["content"]["end"]


def _set_parts(att: dict[str, Any], parts: list[tuple[int, int]], text: str) -> None:
    """Record a content that comes in parts around its frame (``content`` stays the first)."""
    att["content_parts"] = [list(p) for p in parts]
    att["content_parts_text"] = [text[a:b] for a, b in parts]


def content_spans(att: dict[str, Any]) -> list[tuple[int, int]]:
    """Where an attribution's content stands: one span, or the parts of a quote interrupted by
    its frame ("“A,” she said. “B.”")."""
    parts = att.get("content_parts")
    return [tuple(p) for p in parts] if parts else [(att["content"]["start"], att["content"]["end"])]


def _for_clause(verb: Token) -> tuple[Token, Token] | None:
    """'calling for the United States to step up its efforts': the parser makes "for" the mark
    of an infinitive clause, or a preposition whose object the infinitive follows; "for" and
    the clause's verb, when "for" follows the verb."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "for"), None)
            if mark is not None and verb.i < mark.i <= verb.i + 2:
                return mark, c
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and verb.i < c.i <= verb.i + 2),
                None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    clause = next((c for c in verb.children if c.dep_ == "xcomp" and obj is not None
                   and c.left_edge.i == obj.right_edge.i + 1
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is not None:  # "called for female contestants to wear ...": "for" as a preposition
        return prep, clause
    return None


def _unmarked_clause(verb: Token) -> tuple[Token, Token] | None:
    """'The premier said after the summit he would not sign ...': the parser makes the reported
    clause an adverbial one, with "after" on it; a clause after the verb with a subject of its
    own and no conjunction ("because", "if") or "to" of its own is what was said. The clause's
    verb and its subject."""
    if cue_rate(verb) < UNMARKED_MIN_RATE:
        return None
    for c in verb.rights:
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or subj is None:
            continue
        if not any((g.dep_ in ("mark", "advmod") and g.i < c.i and g.tag_ in ("IN", "WRB")) or g.lower_ == "to"
                   for g in c.children):
            return c, subj
    return None


#: The one-word answers PolNeAR takes for what was said ("said yes", "said so").
_ANSWER_WORDS = {"yes", "no", "so"}


def _answer_word(verb: Token) -> Token | None:
    """'75 percent said yes', 'he said so', '26 percent said the same (of Trump)': the answer
    right after a reporting verb (the parser may take "the same" for a second subject)."""
    if cue_rate(verb) < UNMARKED_MIN_RATE or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    same = verb.doc[verb.i + 2] if nxt.lower_ == "the" and verb.i + 2 < len(verb.doc) else None
    if same is not None and same.lower_ == "same" and same.head.i == verb.i:
        return same
    return nxt if nxt.head.i == verb.i and nxt.lower_ in _ANSWER_WORDS and nxt.dep_ in ("intj", "advmod", "dobj") else None


def _mark_start(comp: Token) -> int:
    mark = next((c for c in comp.children if c.dep_ == "mark"), None)
    return mark.idx if mark is not None else comp.left_edge.idx


def _is_speaker_label(label: str, doc: Doc, start: int, entities: list[dict[str, Any]]) -> bool:
    """An upper-case label (SECRETARY POMPEO, QUESTION) or a name with an optional role."""
    words = label.split()
    if label.isupper():  # (whether it names someone: _named_labels)
        return 1 <= len(words) <= 5 and (len(label) >= 2 or label in TURN_WORDS)  # ("Q:", "A:")
    if len(words) > 9:
        return False
    named = any(x["type"] in ("PERSON", "ORG") and any(start <= a < start + len(label) for a, _ in x["mentions"]) for x in entities)
    role = _ROLE.search(label)
    return bool(named or role)


def _named_labels(labels: list[tuple[int, int, int, int]], doc: Doc, entities: list[dict[str, Any]]
                  ) -> list[tuple[int, int, int, int]]:
    """The upper-case labels that name a speaker: a role (SECRETARY POMPEO), a turn word
    (QUESTION), a name the article uses (CLINTON), a label that takes turns with another
    (TAPPER: ... FALLIN: ... TAPPER:, or AFP: between two "Spokesperson:") or the short form of one (KATE BOULDUAN, then BOULDUAN);
    not a newsroom label (BYLINE:, UPDATE:, EXCLUSIVE:). Other labels pass unchanged."""
    text = text_of(doc)
    labels = [lab for lab in labels if text[lab[0]:lab[1]] not in _NEWSROOM_LABELS]
    caps = [text[a:b] for a, b, _, _ in labels if text[a:b].isupper()]
    counts = {c: caps.count(c) for c in caps}
    namelike = [text[a:b].isupper() and not set(text[a:b].split()) & _LABEL_FUNCTION_WORDS for a, b, _, _ in labels]
    # two such labels in consecutive paragraphs take turns ("WALLACE: ..." then "PENCE: ...")
    # so does one beside a label that recurs ("Spokesperson: ..." then "AFP: ..." then "Spokesperson:")
    said = [text[a:b] for a, b, _, _ in labels]
    recurring = [namelike[k] or said.count(said[k]) >= 2 for k in range(len(labels))]
    turns = {labels[k][0] for k in range(len(labels)) for j in (k - 1, k + 1)
             if 0 <= j < len(labels) and namelike[k] and recurring[j] and said[k] != said[j]
             and text[min(labels[k][3], labels[j][3]):max(labels[k][0], labels[j][0])].count("\n\n") <= 1}

    def named(label: str, start: int) -> bool:
        words = label.split()
        if _ROLE.search(label.title()) or words[0] in TURN_WORDS or counts.get(label, 0) >= 2 or start in turns:
            return True
        if any(c != label and (c.split()[-1] == words[-1] or words[-1] == c) for c in caps):
            return True
        last = words[-1].strip(".'’-").title()
        if re.search(r"\b[A-Z][a-z]+\.? " + re.escape(last) + r"\b", text):
            return True
        return any(x["type"] in ("PERSON", "ORG", "GPE", "NORP") and any(
            last in text[a:b] for a, b in x["mentions"]) for x in entities)

    return [lab for lab in labels if not text[lab[0]:lab[1]].isupper() or named(text[lab[0]:lab[1]], lab[0])]


def _is_heading(text: str, label: tuple[int, int, int, int], paragraphs: list[list[int]]) -> bool:
    """A 'Name: a few words' line that heads a paragraph written about that name ("Sanders: Win
    in a walk." then "Vermont Sen. Bernie Sanders has led ..."), as in a roundup of candidates."""
    ls, le, cs, pe = label
    line_end = text.find("\n", cs)
    line_end = pe if line_end < 0 else min(pe, line_end)
    if len(text[cs:line_end].split()) > 6:
        return False
    nxt = next(((a, b) for a, b in paragraphs if a >= line_end and text[a:b].strip()), None)
    if nxt is None:
        return False
    body = text[nxt[0]:nxt[1]]
    if _LABEL.match(body) or len(body.split()) < 25:
        return False
    last_name = text[ls:le].split()[-1].strip(".,").lower()
    return last_name in body.lower()


#: A label's words that open with a heading in capitals ("UN: PEACEKEEPERS PAYING 13-YEAR-OLDS
#: FOR SEX “The United Nations has ...”): a newsletter's item, not a speaker's turn.
_CAPS_HEADING = re.compile(r"(?:[A-Z0-9][A-Z0-9'’.,-]*\s+){3}")


def _names_own_label(text: str, label: tuple[int, int, int, int]) -> bool:
    """A 'Name: ...' paragraph that goes on to name that person ("Anne Dupont: Pensions
    Last spring, Senator Anne Dupont of Lyon proposed ..."): a section written
    about them, not a turn they speak (speakers seldom name themselves). Labels in capitals
    (transcripts' own style) are not judged so."""
    ls, le, cs, end = label
    name = text[ls:le]
    if name.isupper():
        return False
    last = name.split(",")[0].split()[-1].strip(".'’-")
    return len(last) > 2 and re.search(r"\b" + re.escape(last) + r"\b", text[cs:end]) is not None


#: A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE_CHARS = 160
#: Headline kickers that read like a label and name nobody ("The Latest:", "Breaking:").
_KICKERS = {"THE LATEST", "LATEST", "REVEALED", "JUST IN", "JUST LEAKED", "BOMBSHELL", "NOTICE", "PAID NOTICE",
            "FACT CHECK", "EXPLAINER", "LIVE", "TIMELINE", "QUIZ", "POLL WATCH", "WATCH LIVE"}


def _headline_speaker(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], Token] | None:
    """The speaker a headline's label names: the words before a preposition ("Clinton" of
    "Clinton to Planned Parenthood"), whose last word is a person, organisation or group the model
    recognises, a title ("CNN President On Trump") or a noun for a source or a document ("Poll",
    "Insiders", "WSJ editorial"). Not a kicker ("The Latest", "Breaking"), a place in capitals (a
    dateline), two names joined by "and", or a label with a verb ("Clinton Wades In")."""
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None or not 0 < len(label) <= 7:
        return None
    dash = max((t.i + 1 for t in label if t.text in "-–—―" and t.whitespace_), default=label.start)
    words = list(itertools.takewhile(lambda t: t.pos_ != "ADP", label.doc[dash:label.end]))
    text = label.text.upper()  # ("EXCLUSIVE – Roger Stone": the name after the kicker)
    if not words or text in _KICKERS or text.split()[-1] in _KICKERS:
        return None
    if (text in _NEWSROOM_LABELS or text.split()[-1] in _NEWSROOM_LABELS) \
            and (label.text.isupper() or text != "REPORT"):
        return None  # "Breaking:", "Wow:", "UPDATE:"; but "Report: Walker to speak at ..." says who says it
    if any(t.pos_ in ("CCONJ", "VERB", "AUX", "PRON") for t in words):
        return None
    head = words[-1]
    lemma = head.lemma_.lower()
    if head.ent_type_ in ("GPE", "LOC", "FAC") and label.text.isupper():
        return None
    named = head.ent_type_ in ("PERSON", "ORG", "NORP")
    nouns = DOCUMENT_NOUNS | ANONYMOUS_HEADS | OUTLET_HEADS
    if not (named or _ROLE.fullmatch(head.text) or lemma in nouns or head.lower_ in nouns
            or lemma.rstrip("s") in nouns):
        return None
    return (words[0].idx, head.idx + len(head)), head


def _label_head(doc: Doc, s: int, e: int) -> Token | None:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    person = next((t for t in span if t.ent_type_ == "PERSON"), None)
    if person is not None:  # "Dame Susan Ray (North Devon) (Con)", "The Secretary of State (Mr Andrew Blake)"
        while person.i + 1 < span.end and person.doc[person.i + 1].ent_iob_ == "I":
            person = person.doc[person.i + 1]  # (the name's last word; not the constituency's)
        return person
    propn = [t for t in span if t.pos_ == "PROPN"]
    return propn[-1] if propn else span.root


def _opens_framed_quote(doc: Doc, qi: int, quotes: list[tuple[int, int]], verb: Token | None) -> bool:
    """A quote too short to stand alone ("Shorter quotes are scare quotes", ``MIN_QUOTE_WORDS``) is
    speech when it opens its sentence and its frame (``verb``, from ``_frame_verb``) follows it,
    and either the frame ends the sentence ('“Really,” she added.') or the next quote opens right
    after the frame's sentence, in the same paragraph ('"Safety," said Grimm. "Safety for the
    whole country."')."""
    qs, qe = quotes[qi]
    if verb is None or verb.idx < qe:
        return False
    text = text_of(doc)
    sent = sent_of(verb)
    if text[sent.start_char : qs].strip(" \"“'‘"):
        return False  # a quoted phrase inside a sentence ('blamed a “bad earpiece,” claiming ...')
    if text[qs:qe].rstrip(" \"”'’,").endswith(("?", "!")):
        return True  # a question or a cry is all that was said: '“You winning?” she said, but ...'
    after = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if len(after) <= 8 and not any(t.pos_ == "VERB" for t in after):
        return True  # the quote is all that was said: '“Really,” she added.'
    if qi + 1 >= len(quotes):
        return False
    between = text[sent.end_char : quotes[qi + 1][0]]
    return sent.end_char <= quotes[qi + 1][0] and not between.strip(" \"“'‘") and "\n" not in between


def _frame_verb(doc: Doc, qs: int, qe: int, quotes: list[tuple[int, int]], used: set[int]) -> Token | None:
    """The reporting verb outside a quote, in the sentences the quote touches: the nearest after
    the closing mark ("..., X said"), else the nearest before the opening one ("X said: ...")."""
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    last = doc.char_span(max(qs, qe - 1), qe, alignment_mode="expand")
    if not first or not last:
        return None
    text = text_of(doc)
    s_start, s_end = sent_of(first[0]).start, sent_of(last[-1]).end
    if s_end < len(doc) and all(t.is_punct or t.is_space for t in doc[last[-1].i + 1 : s_end]) \
            and all(t.is_punct or t.is_space for t in doc[s_start : first[0].i]):
        # '“Does anybody know?” | Graham asked.': the parser split them (not when words before
        # the quote frame it: 'A spokesman said that "...". He did not elaborate.')
        nxt = sent_of(doc[s_end])
        verb = next((t for t in nxt if t.pos_ == "VERB"), None)
        if "\n" not in text[qe:nxt.start_char] and verb is not None and _closing_frame(verb, nxt.start) \
                and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and lemma_of(verb) not in _ADDRESSING_VERBS
                            for c in verb.children):  # (whom "he told" is no report of its own)
            s_end = nxt.end
    in_quote = lambda t: _within(t.idx, quotes, pad=1)  # noqa: E731  (the marks count)
    brk = text.find("\n", qe)  # a sentence the parser ran across a paragraph break stops there
    after = [t for t in doc[last[-1].i + 1 : s_end] if not in_quote(t) and (brk < 0 or t.idx < brk)]
    for k, t in enumerate(after[:40]):
        if k < 8 and t.i not in used and _put_it(t) is not None:
            near = next((a for a in first[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
            if near is None or near.i > first[0].i or not _is_cue_verb(near):
                # 'the requirement is a "lawful source of income," as one memo put it' (but she
                # 'pledges to "make sure ...," as she put it': the verb the quote completes)
                return t
        if k >= 8 and not _closing_frame(t, last[-1].i + 1):
            continue  # further on, only the verb right after its (long) speaker: '"...," Tom Varga, an editor at a Budapest weekly, said'
        if t.i not in used and (_may_frame_quote(t) or k == 0 and _inverted_frame(t, last[-1].i, s_start, first[0].i)) \
                and t.lower_ != "according" \
                and not _reports_own_clause(t, in_quote) and not _subject_around(t, first[0].i, last[-1].i) \
                and not any(b.pos_ in ("CCONJ", "SCONJ") and b.i not in _speaker_words(t) for b in doc[last[-1].i + 1 : t.i]):
            if _within_report(t, first[0], in_quote):
                continue  # 'The envoy said talks “should be done by spring,” referring to ...'
            inner = next((a for a in first[0].ancestors if s_start <= a.i < first[0].i and a.i not in used
                          and not in_quote(a) and _is_cue_verb(a, 0.5) and a.dep_ not in ("relcl", "acl")
                          and t in a.ancestors and not any(b.text == ":" for b in doc[a.i + 1:first[0].i])), None)
            # 'When Trump said he would “protect our citizens,” the crowd applauded': the verb
            # that governs the quote inside a clause of its own, not the one after it (unless a
            # colon sets the quote apart: 'Rhimes declared the need for drive: “...,” she said')
            if inner is not None and inner.dep_ == "ccomp" and inner.head.i == t.i and _is_cue_verb(t, 0.5):
                inner = None  # 'Polling shows that "...," said Tempel': the clause is what Tempel said
            return inner if inner is not None else t  # not '"...," though she noted', '"..." and called on people to'
    # 'X said North Korea had displayed “complete disregard”': the reporting verb that governs
    # the quote, rather than the nearest verb before it
    anc = next((t for t in first[0].ancestors if not in_quote(t) and t.i < first[0].i), None)
    while anc is not None:
        if anc.i not in used and not in_quote(anc) and _is_cue_verb(anc, 0.5) and anc.i >= s_start:
            # 'Mulgrew said he hopes the day sends a message that “...”': the outermost report;
            # not from a verb the parser took for a clause but that follows "but" or "and" ('said
            # that she thinks ... but said "the question is the timing"': a second report)
            while anc.dep_ == "ccomp" and anc.head.i not in used and not in_quote(anc.head) \
                    and _is_cue_verb(anc.head, 0.5) and anc.head.i >= s_start and not _conjoined(anc):
                anc = anc.head
            # 'Sanders said on “This Week” that he would ...': a title in the verb's words, and
            # the verb reports a clause apart from it
            return None if _reports_own_clause(anc, in_quote, after=qe) else anc
        anc = anc.head if anc.head.i != anc.i else None
    before = [t for t in doc[s_start : first[0].i] if not in_quote(t)]
    for t in reversed(before[-14:]):
        if t.i not in used and _may_frame_quote(t) and t.lower_ != "according":
            return t
    # "The minister said:" closing the sentence (or paragraph) before the quote
    if s_start > 0 and not [t for t in before if not t.is_space and not t.is_punct]:
        prev = sent_of(doc[s_start - 1])
        last_tok = next((t for t in reversed(prev) if not t.is_space), None)
        if last_tok is not None and last_tok.text == ":":
            for t in reversed(list(prev)):
                if t.i not in used and _is_cue_verb(t, 0.15) and not in_quote(t):
                    return t
    return None


def _may_frame_quote(verb: Token) -> bool:
    """A word that may frame a quote beside it: a cue at least now and then, and not "seem" or
    "appear" ('“We are ready,” the general seemed to suggest': the verb it leads to frames it)."""
    return _is_cue_verb(verb, 0.15) and lemma_of(verb) not in _RAISING_VERBS


def _within_report(verb: Token, first: Token, in_quote) -> bool:
    """Whether a verb after a quote hangs inside the report of a reporting verb before it that
    also governs the quote's first word ('X said things “should be ...,” referring to ...'; 'said he
    “appreciates the professionalism” displayed by ...'): that verb frames the quote."""
    return any(a.i < first.i and not in_quote(a) and _is_cue_verb(a, 0.5) and a.dep_ not in ("relcl", "acl")
               and first in a.subtree for a in verb.ancestors)


def _inverted_frame(verb: Token, quote_last: int, sent_start: int, quote_first: int) -> bool:
    """'“Modi is a disgrace,” read one placard.', '“INDIA SAYS NO,” blared the front page.': a
    quote that opens its sentence, a verb right after it (finite, or a base form, as "read" is
    often tagged) and a noun phrase after the verb that ends the sentence. Whatever the verb,
    the shape says the noun phrase said the quote."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or any(not t.is_punct for t in doc[sent_start:quote_first]) \
            or any(not t.is_punct for t in doc[quote_last + 1 : verb.i]):
        return False
    if not any(t.text == "," for t in doc[max(quote_last - 1, 0) : verb.i]):
        return False  # the comma that closes a quoted sentence, not '“She” is my daughter'
    if verb.pos_ == "AUX" and verb.lemma_ != "be":
        return False
    subj = next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dep")
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if subj is None or subj.left_edge.i != verb.i + 1:
        return False
    return all(t.is_punct or t.is_space for t in doc[subj.right_edge.i + 1 : sent_of(verb).end])


def _conjoined(verb: Token) -> bool:
    """A verb with no subject of its own right after "and" or "but": a second predicate of the
    sentence's subject, whatever the parser hung it on."""
    return verb.i > 0 and verb.doc[verb.i - 1].pos_ == "CCONJ" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _subject_around(verb: Token, first: int, last: int) -> bool:
    """'The deal, which critics call “a threat”, was signed': the verb's subject holds the quote
    (it starts before the quote and ends after it), so the verb does not frame it."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.left_edge.i < first and subj.right_edge.i >= last


def _has_own_frame(doc: Doc, qs: int, qe: int, quotes: list[tuple[int, int]], used: set[int]) -> bool:
    """Whether a quote's own sentence has a reporting verb not used yet with a speaker outside
    any quote, which a later rule may read even where the quote-frame rule could not."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if not span:
        return False
    sent = sent_of(span[0])
    outside = lambda t: not _within(t.idx, quotes, pad=1)  # noqa: E731
    for t in sent:
        if t.i not in used and outside(t) and _is_cue_verb(t, 0.5):
            subj = subject_of(t)
            if subj is not None and outside(subj):
                return True
    return False


def _whole_paragraph(text: str, paragraph: list[int], qs: int, qe: int) -> bool:
    """Whether the quote (qs, qe) is all its paragraph holds, quotation marks and the closing
    stop aside."""
    ps, pe = paragraph
    return text[ps:qs].strip(" \t“\"'‘") == "" and text[qe:pe].strip(" \t\n”\"'’.,") == ""


def _inside_clause(doc: Doc, qs: int) -> bool:
    """Whether a quote opens inside a clause of its own sentence ('... made it clear that “...'),
    which then frames it, rather than standing as a sentence of its own."""
    span = doc.char_span(qs, qs + 1, alignment_mode="expand")
    if not span:
        return False
    sent = sent_of(span[0])
    lead = [t for t in doc[sent.start : span[0].i] if not (t.is_punct or t.is_space)]
    return len(lead) >= 3 and lead[-1].lower_ in ("that", "whether", "if")


def _closing_frame(verb: Token, start: int) -> bool:
    """Whether the words from token ``start`` up to ``verb`` are only its speaker and
    punctuation ('Rep. Elijah E. Cummings (D-Md.) said', 'Trump said'), or it comes first
    ('said Michael McFaul, a senior fellow at ...')."""
    doc = verb.doc
    # words that finish the quoted phrase ("''I respect the design'' of the
    # ministry's plan, Mr. Berg said") are not in the way
    tail = {t.i for h in doc[start : verb.i] if h.head.i < start for t in h.subtree}
    words = [t for t in doc[start : verb.i] if not (t.is_punct or t.is_space) and t.i not in tail]
    if not words:
        return True
    return any(all(subj.left_edge.i <= t.i <= subj.right_edge.i
                   or (t.dep_ in ("aux", "advmod", "neg") and t.head.i == verb.i) for t in words)
               for subj in verb.children if subj.dep_ in ("nsubj", "nsubjpass") and subj.i < verb.i)


def _speaker_words(verb: Token) -> set[int]:
    """The tokens of a verb's subjects before it."""
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for t in c.subtree}


def _reports_own_clause(verb: Token, in_quote, after: int | None = None) -> bool:
    """'..., but he said that the footage "supports ..."': a verb after a quote that governs an
    unquoted clause of its own to its right reports that clause, not the quote before it. With
    ``after`` (a quote's end), the clause must begin after that: 'Clinton remarked on “The Rachel
    Maddow Show” that she was ...' reports the clause, not the show."""
    if after is None and _right_after_quote(verb, in_quote):
        return False  # '"...," said David Brock, ... Correct the Record': the parser's clause is a name
    return any(c.dep_ == "ccomp" and not in_quote(_clause_start(c)) and _has_subject_or_mark(c)
               and (c.i > verb.i if after is None else _clause_start(c).idx >= after)
               and not _opens_with_scene(c) for c in verb.children)


def _opens_with_scene(clause: Token) -> bool:
    """'"...," Warren told Stumpf, after he admitted he had not been held accountable': the
    parser made the words after the frame a clause the verb reports, but they open with a
    clause of time or cause; they set the scene of the quote."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in _SCENE_MARKS and first.head.dep_ == "advcl" \
        and first.i > 0 and clause.doc[first.i - 1].text == ","


#: Words that open a clause of time or cause.
_SCENE_MARKS = {"after", "before", "when", "while", "because", "since", "as", "until", "once"}


def _has_subject_or_mark(clause: Token) -> bool:
    """Whether a clause has a subject or a "that" / "whether" of its own: 'said, seeming annoyed'
    is how it was said (the parser's "clause" is a participle and an adjective)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
               or (c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")) for c in clause.children)


def _clause_start(clause: Token) -> Token:
    """A clause's first word, not counting a participle the parser hung on its front ('"...,"
    the senator said, suggesting a few questions, including, "Minister, do you ...": the quoted
    question starts at "Minister", not at "suggesting")."""
    words = [clause] + [t for c in clause.children if not (c.dep_ == "advcl" and c.i < clause.i) for t in c.subtree]
    return min(words, key=lambda t: t.i)


def _right_after_quote(verb: Token, in_quote) -> bool:
    """Whether only a comma (and the closing mark) stands between a quote and a finite verb, with
    its speaker after it: '"...," said X' (not '"...," adding that ...')."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    i = verb.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    marks = doc[i + 1 : verb.i]
    return i >= 0 and in_quote(doc[i]) and any(t.text == "," for t in marks) \
        and any(t.text in QUOTE_TOKENS for t in marks)


#: How a reporting verb governs a quote set inside what it reports.
_MIXED_DEPS = ("ccomp", "xcomp", "dobj", "oprd")


def _governing_child(verb: Token, doc: Doc, qs: int, qe: int) -> Token | None:
    """The verb's dependent whose phrase holds the quote's first word, if it reports it."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    word = next((t for t in span or [] if not t.is_punct and not t.is_space), None)
    if word is None:
        return None
    for c in verb.children:
        if c.i > verb.i and (c.dep_ in _MIXED_DEPS or (c.dep_ == "prep" and c.lower_ == "as")) \
                and c.left_edge.i <= word.i <= c.right_edge.i:
            return c  # '... dismissed Latvia as a mere “province of Moscow”'
    return None


def _mixed_lead(verb: Token, doc: Doc, qs: int, qe: int) -> tuple[int, int] | None:
    """Where reported words that run into a quote begin and end, when a verb before the quote
    reports them ('said that the South has “treated me well”', 'told his supporters to “go
    vote”'): the span of the verb's complement holding the quote, or of the first complement
    between the verb and the quote when the parser hung the quote elsewhere. None for a quote
    that follows its verb directly ('said: “...”', 'said “...”')."""
    text = text_of(doc)
    comp = _governing_child(verb, doc, qs, qe)
    if lemma_of(verb) in _ADDRESSING_VERBS and (comp is None or comp.dep_ == "dobj"):
        # 'told one of his students again and again that "force is the only way"': the object
        # is whom he told; the parser hung the that-clause on it or on the phrase after it
        lead = _that_clause_lead(verb, doc, qs, qe)
        that = _that_right_after(verb, qs) if lead is None else None
        if that is not None:  # 'warned that new sanctions would "only harden ..."', misparsed
            return that, max(subtree_span(comp)[1] if comp is not None else qe, qe)
        if lead is not None or comp is not None:
            return lead
    if comp is None:
        comp = next((c for c in verb.children if verb.i < c.i and c.left_edge.idx < qs
                     and (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "advcl" and any(
                         a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))), None)
        if comp is None:
            return None
    cs, ce = subtree_span(comp)
    cs = min(cs, _mark_start(comp))
    obj, _ = _object_said_of(verb, comp)  # 'called on the administration to “really call out ...”'
    if obj is not None and (comp.dep_ in ("xcomp", "oprd") or comp.lower_ == "as"):  # 'called him “the most ignorant ...”'
        cs = min(cs, obj.left_edge.idx)
    if cs <= verb.idx or cs >= qs or text[cs:qs].strip(" ,:“\"\n") == "" or ":" in text[cs:qs]:
        return None
    if ce < qe - 1 and (text.find("\n", cs, qe) >= 0 or any(
            t.is_sent_start and t.idx > cs for t in doc.char_span(cs, qs, alignment_mode="expand") or [])):
        return None
    return cs, max(ce, qe)


def _that_right_after(verb: Token, qs: int) -> int | None:
    """Where "that" stands when it follows the verb directly and opens the words that run into a
    quote at ``qs`` in the same sentence, with no colon, semicolon or dash between."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "that" or nxt.idx >= qs or nxt.sent.start != verb.sent.start:
        return None
    between = doc.char_span(nxt.idx, qs, alignment_mode="contract") or []
    if any(t.text in (":", ";", "-", "—", "–") or t.is_sent_start for t in between):
        return None
    return nxt.idx


def _that_clause_lead(verb: Token, doc: Doc, qs: int, qe: int) -> tuple[int, int] | None:
    """Where a that-clause holding the quote begins, when the parser hung it on the recipient of
    "told" or on a phrase after it rather than on the verb: at "that" (to the clause's end)."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    word = next((t for t in span or [] if not t.is_punct and not t.is_space), None)
    clause = word
    while clause is not None and clause.i > verb.i:
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is not None and mark.idx < qs:
            return mark.idx, max(subtree_span(clause)[1], qe)
        clause = clause.head if clause.head.i != clause.i else None
    return None


def _object_said_of(verb: Token, comp: Token) -> tuple[Token | None, Token | None]:
    """The object between a verb and its complement that what follows is said of ('urged his
    colleagues to reject the deal', 'called him “...”'), or, before an open complement, the one
    after "on" ('called on Trump to stop ...'); with that "on" when there is one."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i), None)
    if obj is not None or comp.dep_ != "xcomp":
        return obj, None
    on = next((c for c in verb.children if c.lower_ in ("on", "upon") and c.i == verb.i + 1), None)
    pobj = next((g for g in on.children if g.dep_ == "pobj" and g.i < comp.i), None) if on is not None else None
    return pobj, (on if pobj is not None else None)


def _lead_before_frame(doc: Doc, sent: Span, frame_start: int, frame_end: int,
                       qs: int) -> tuple[tuple[int, int], int] | None:
    """The words that open a sentence before a frame set off by commas ('Sooner or later, the
    mayor told reporters, "the plan will work"', 'Of the criticism, he said, "It's a bit
    unfair"', 'The shipyard, she said, is “doing far better”'): they belong to what was
    said, and so do the few words between the frame's comma and the quote. Not a scene ('In a
    statement, ...', 'On Monday, ...', 'Speaking to reporters, ...'), a lone conjunction, or a
    quote of its own. Returns the lead and where what was said goes on after the frame."""
    text = text_of(doc)
    start = max(sent.start_char, text.rfind("\n", 0, frame_start) + 1)
    s, e = _trim(text, start, frame_start, _EDGE)
    comma = text.find(",", frame_end, qs)
    if e <= s or not text[e:frame_start].strip().startswith(",") or comma < 0:
        return None
    rest = comma + 1 + len(text[comma + 1 : qs]) - len(text[comma + 1 : qs].lstrip())
    between, after = text[frame_end:comma], text[rest:qs].rstrip(" “\"'‘")
    if any(ch in between + after for ch in "“”\"«».;:()\n") or len(between.split()) > 4 or len(after.split()) > 6:
        return None
    first = doc.char_span(s, e, alignment_mode="expand")
    if first is None or any(t.text in QUOTE_TOKENS or _is_cue_verb(t) for t in first) \
            or any(t.pos_ == "CCONJ" and t.i > 0 and doc[t.i - 1].text == "," for t in first):
        return None  # 'She said parents ... , and when pressed, the mother replied, "..."'
    head = first[0]
    if (head.lower_ in SETTING_PREPS or head.lower_ in ("in", "on", "by", "with", "as", "but", "and", "so", "yet")
            or head.tag_ in ("VBG", "VBN") or head.ent_type_ in ("DATE", "TIME")):
        return None
    return (s, e), (rest if after else qs)


def _lead_before_quote(doc: Doc, qs: int, quotes: list[tuple[int, int]]) -> int | None:
    """Where the reported sentence begins when a quote starts in its middle and the frame
    follows it ('The new clinics are "not keeping up with the need," says ...'): the
    sentence's first word, unless the words before the quote are only a conjunction, another
    line, hold a quote of their own or end with a colon."""
    text = text_of(doc)
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    if not first:
        return None
    start = sent_of(first[0]).start_char
    start = max(start, text.rfind("\n", 0, qs) + 1)
    s, e = _trim(text, start, qs, _EDGE + "“\"'‘")
    words = text[s:e].split()
    if not words or (len(words) == 1 and words[0].lower() in _LONE_OPENERS):
        return None
    if text[start:qs].rstrip(" “\"'‘").endswith(":"):
        return None  # 'Rhimes declared the need for drive: “...,” she said': the colon sets it apart
    if any(s <= a - 1 and a < qs for a, _ in quotes):
        return None
    return s


def _tail_before_frame(doc: Doc, qe: int, frame_start: int) -> int | None:
    """Where the reported words end when they run on past a quote's closing mark to a frame
    after them ('The vote against the treaty marks “the start of a long decline” for the bloc, said X'):
    just before the frame's comma. None when nothing but punctuation comes between, or when what
    comes between is not a plain run of words (another quote, a line, a colon or semicolon, a
    report of its own)."""
    text = text_of(doc)
    between = text[qe:frame_start]
    words = between.strip(" ,\"”'’")
    if not words or not between.rstrip().endswith(",") or any(ch in words for ch in "“”\"«»;:()\n―—"):
        return None
    span = doc.char_span(qe, frame_start, alignment_mode="expand")
    if span is None or len(words.split()) > 12 or any(_is_cue_verb(t, 0.5) for t in span):
        return None
    return _trim(text, qe, frame_start, _EDGE + ",")[1]


def _with_adjuncts(verb: Token, phrase: tuple[int, int], adverbs_only: bool = False) -> tuple[int, int]:
    """A frame with the time, manner and occasion right after its verb ("Stumpf explained
    earlier in the committee hearing", "the senator said then"). ``adverbs_only``: its adverbs
    of time and manner ("As we have said many times"), not a phrase it governs ("the two sides
    argued over whether ...") nor a question word ("would not say when, or whether, ...": what
    was not said)."""
    deps = ("advmod", "npadvmod") if adverbs_only else ("advmod", "npadvmod", "prep", "agent")
    end = phrase[1]
    for c in verb.rights:
        if c.idx < end:
            continue
        if c.dep_ not in deps or (adverbs_only and c.tag_ == "WRB") or text_of(verb.doc)[end:c.left_edge.idx].strip():
            break
        end = c.right_edge.idx + len(c.right_edge.text)
    return phrase[0], end


def _set_off(doc: Doc, sent: Span, phrase: tuple[int, int]) -> bool:
    """Whether a frame ("North Korea said") stands apart from the sentence around it: a comma or
    the sentence's edge on each side ("The test, North Korea said, was its biggest", "..., he
    said.", "Officials said, however, ...")."""
    text = text_of(doc)
    before = text[sent.start_char:phrase[0]].rstrip()
    after = text[phrase[1]:sent.end_char].lstrip()
    left = before == "" or before.endswith((",", "—", "–", "(", ";", ":")) or before[-1] in "\"”'’"
    right = after == "" or after[0] in ",.;:!?—–)\"”'’"
    return left and right


def _around(doc: Doc, sent: Span, phrase: tuple[int, int]) -> list[tuple[int, int]]:
    """The parts of a sentence on either side of a frame set in its middle ("Climate change,
    Mr. Obama says, is the greatest threat"): both, if each has more than a conjunction."""
    text = text_of(doc)
    before = _trim(text, sent.start_char, phrase[0], _EDGE + ".")
    after = _trim(text, phrase[1], sent.end_char, _EDGE + ".")
    words = text[before[0]:before[1]].split()
    if len(words) <= 1 and (not words or words[0].lower() in _LONE_OPENERS):
        return [after]
    return [p for p in (before, after) if p[1] > p[0]]


#: What a verb governs when it says something of its own, not frames the words around it.
_OWN_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd")

#: A word that opens a sentence without saying anything ("But, he said, ...").
_LONE_OPENERS = {"but", "and", "so", "yet", "still", "now", "however"}

_DASHES = "―—–"


def _punct_introduction(doc: Doc, qs: int, qe: int, paragraphs: list[list[int]]
                        ) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
    """A quote introduced by a name and a colon ("Sanders on Twitter: “...”") or signed with a
    dash after it ("“...” ― Sonya Herridge"): (source span, mark span, source head). The name
    must be a person or organisation the model recognises, in the quote's own paragraph."""
    text = text_of(doc)
    ps, pe = next(((a, b) for a, b in paragraphs if a <= qs < b), (0, len(text)))
    ps = max(ps, text.rfind("\n", 0, qs) + 1)  # and in its own line
    line_end = text.find("\n", qe)
    pe = min(pe, line_end) if line_end >= 0 else pe
    before = text[ps:qs].rstrip("“\"'‘ ")
    if before.endswith(":"):
        colon = ps + len(before) - 1
        span = doc.char_span(ps, colon, alignment_mode="contract")
        ents = [e for e in (span.ents if span is not None else []) if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
        if span is not None and ents and len(span) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in span):
            e = ents[0]
            return ((e.start_char, e.end_char), (colon, colon + 1), e.root)
        named = _name_before_colon(doc, colon)
        if named is not None:  # "... doesn't surprise Republican pollster Daron Shaw: “...”"
            return named[0], (colon, colon + 1), named[1]
    after_start = qe + 1 if qe < len(text) and text[qe] in _CLOSE + "\"" else qe
    after = text[after_start:pe]
    stripped = after.lstrip(" ,\t\xa0")
    if not stripped.strip():  # the quote ends its line: a signature may stand on the next one ("\n\n- Sanders.")
        nxt = re.match(r"\s*\n\s*(-{1,2}|[―—–])", text[after_start:])
        if nxt is None:
            return None
        dash = after_start + nxt.start(1)
        line_end = text.find("\n", dash)
        line_end = len(text) if line_end < 0 else line_end
    elif stripped[:1] in _DASHES:
        dash = after_start + len(after) - len(stripped)
        line_end = pe
    else:
        return None
    mark_end = dash + 1 + (text[dash + 1] == "-" if dash + 1 < len(text) else 0)
    signer = _signer(doc, mark_end, line_end)
    return (signer[0], (dash, mark_end), signer[1]) if signer else None


def _name_before_colon(doc: Doc, colon: int) -> tuple[tuple[int, int], Token] | None:
    """A person the model recognises whose name ends right at a colon before a quote, after
    other words of the paragraph ("Pollsters agree - Carl Bialik: “...”"), with the titles
    before it ("Republican pollster Daron Shaw"). Not a byline ("by Times' Michael Paulson:"), nor
    the object of a preposition ("celebrated the attacks on Twitter:")."""
    ent = next((x for x in doc.ents if x.label_ == "PERSON" and x.end_char <= colon
                and not text_of(doc)[x.end_char:colon].strip()), None)
    if ent is None:
        return None
    start = ent.start
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and start <= doc[start - 1].head.i < ent.end:
        start -= 1
    if start > 0 and (doc[start - 1].pos_ == "ADP"
                      or any(t.lower_ in ("by", "via") for t in doc[max(0, start - 3):start])):
        return None  # "by Times' Michael Paulson: “...”": a byline over an excerpt; "on Twitter:" a place
    return (doc[start].idx, ent.end_char), ent.root


def _signer(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], Token] | None:
    """The name that signs a quote after a dash, up to the end of its line ("― Sonya Herridge",
    "- Michelle Marks, Philadelphia."): a person or organisation the model recognises, or else a
    short run of proper nouns, opening the signature. Anything longer than eight words is prose."""
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span if not t.is_space] if span is not None else []
    if not words or len(words) > 8:
        return None
    ents = [e for e in span.ents if e.label_ in ("PERSON", "ORG") and e.start == words[0].i]
    names = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.is_title, words))
    rest = words[len(names):]
    run = 2 <= len(names) <= 5 and all(t.is_punct for t in rest[:1])  # "Christina N Luis Olidem"
    if ents and not (run and names[-1].i >= ents[0].end):  # (the model may see "Nell" in "Nell Carden Grey")
        return (ents[0].start_char, ents[0].end_char), ents[0].root
    if run:
        return (names[0].idx, names[-1].idx + len(names[-1])), names[-1]
    return None


#: Nouns of a view that "In X's ..." sets beside what X holds ("In his view, ...").
#: Nouns for a view that "is that ..." ("Beijing's position is that ...", "his point was that ...").
STANCE_NOUNS = {"view", "position", "assessment", "stance", "stand", "argument", "belief", "contention", "point",
                "conclusion", "message", "line", "case", "claim", "hope", "fear", "concern", "worry", "understanding",
                "expectation", "insistence", "demand", "opinion", "suggestion", "thinking", "reasoning", "premise"}
VIEW_NOUNS = {"view", "opinion", "estimation", "judgment", "judgement", "word", "assessment", "telling", "reckoning"}


#: Words that join a clause to the one before it ("..., although ...", "..., but ...").
_JOINING_WORDS = {"although", "though", "while", "whereas", "but", "yet", "because", "despite", "and", "even"}


def _rest_of_sentence(doc: Doc, sent: Span, phrase: tuple[int, int], clause_first: bool = False
                      ) -> tuple[int, int] | None:
    """The clause an 'according to' phrase frames: what follows it if it opens the clause,
    what precedes it if it closes one (the longer side; with ``clause_first``, the side that
    has a verb if only one has). A quote right after the phrase is taken whole."""
    s_start = sent.start_char
    s_end = sent.end_char
    # extend to the next sentences while a quote opened after the phrase is still open
    text = text_of(doc)
    after = _trim(text, phrase[1], s_end)
    before = _trim(text, s_start, phrase[0])

    def clause(span: tuple[int, int]) -> bool:
        words = doc.char_span(*span, alignment_mode="contract") if span[1] > span[0] else None
        return bool(words) and any(t.pos_ in ("VERB", "AUX") for t in words)

    # "61 percent back the deal, according to a survey this month - about the same share as
    # in March": the clause, not the longer side
    take_after = after[1] - after[0] >= before[1] - before[0]
    if clause_first and clause(after) != clause(before):
        take_after = clause(after)
    elif take_after and clause(before) and text[after[0]:after[1]].split(" ", 1)[0].lower() in _JOINING_WORDS:
        # "The ceasefire is holding, according to the UN, although shelling continues": what
        # follows is joined to the clause before, which is the one reported
        take_after = False
    if take_after or (after[1] > after[0] and text[phrase[1]:after[0] + 1].strip(" ,") in ("“", '"')):
        s, e = after
        # a quote that continues into following sentences
        if text[phrase[1]:s + 1].strip(" ,")[-1:] in ("“", '"') or (s > 0 and text[s - 1] in "“\""):
            close = min((i for i in (text.find("”", s), text.find('"', s)) if i >= 0), default=-1)
            para_end = text.find("\n", s)
            para_end = len(text) if para_end < 0 else para_end
            if 0 <= close <= para_end:
                e = close
        return (s, e) if e > s else None
    return before if before[1] > before[0] else None


def _comparative_as(verb: Token) -> bool:
    """'as bad as she said', 'as well as I could have expected': a comparison, not a report."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    return mark is not None and mark.i > 0 and (verb.head.pos_ in ("ADJ", "ADV")
                                                or verb.doc[mark.i - 1].pos_ in ("ADJ", "ADV"))


#: A paragraph that opens an interview's turn with a dash: "- What is your assessment ...?"
_DASH_TURN = re.compile(r"[-–—]\s+(?=\S)")

#: Verbs by which a lead says who gave an interview: "X told RIA Novosti", "X said in an
#: interview with Y", "X spoke to Y".
_INTERVIEW_VERBS = {"tell", "say", "speak", "talk", "give"}


def _interview_lead(doc: Doc, first_turn: int) -> tuple[Token, Token | None] | None:
    """(the interviewee, the interviewer or None) from the first verb of telling before the
    first turn whose subject is a named person or a title ("Russian Ambassador to India Nikolai
    Kudashev told RIA Novosti about ...")."""
    for tok in doc:
        if tok.idx >= first_turn:
            return None
        if tok.pos_ != "VERB" or lemma_of(tok) not in _INTERVIEW_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not any(t.ent_type_ == "PERSON" for t in subj.subtree):
            continue
        listener = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
        if listener is None:
            listener = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                             for g in c.subtree if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        return subj, listener
    return None


def _from_quote_start(content: tuple[int, int] | None, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'“The work is on track. The first ships arrive in May,” X said, according to
    the agency': a content that starts inside a quote opened in an earlier sentence starts with it."""
    if content is None:
        return None
    return next(((qs, content[1]) for qs, qe in quotes if qs < content[0] < qe and qe <= content[1]), content)


# ---------------------------------------------------------------------------------------------
# tables and summaries

def _says_name(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` already: one of its words ("Rajnath" for Rajnath Singh)
    or its initials ("the U.S." for United States)."""
    if any(re.search(r"\b" + re.escape(w) + r"\b", text.lower()) for w in name.lower().split() if len(w) > 2):
        return True
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) > 1 and re.search(r"\b" + re.escape(initials) + r"\b", text.replace(".", "")) is not None


def _source_cell(a: dict[str, Any], names: dict[str, str]) -> str | None:
    """The source as a table shows it: a speaker named elsewhere in brackets, and the entity a
    pronoun or description stands for after it ("I (Michael R. Pompeo)", "the minister (S.
    Jaishankar)"), not when the source names it already ("Rajnath", "the US")."""
    if a.get("source"):
        text = a["source"]["text"]
        name = names.get(a["source"].get("entity_id") or "")
        return f"{text} ({name})" if name and not _says_name(text, name) else text
    if not a.get("speaker"):
        return None
    said = f"continues {a['continues']}: " if a.get("continues") else "named earlier: "
    return f"({said}{a['speaker']['text']})"


def to_frame(rows: list[dict[str, Any]], entities: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """One row per attribution: source, kind, side, cue, quote type, content, rule, confidence.
    With the article's ``entities``, a source that refers to one by a pronoun or a description
    shows its name too."""
    cols = ["id", "source", "kind", "side", "cue", "quote", "content", "paragraph", "rule", "confidence"]
    names = {x["id"]: x["name"] for x in entities or []}
    out = []
    for a in rows:
        src = a.get("source") or a.get("speaker")
        out.append({
            "id": a["id"],
            "source": _source_cell(a, names),
            "kind": src["kind"] if src else None,
            "side": src.get("side") if src else None,
            "cue": a["cue"]["text"] if a.get("cue") else None,
            "quote": a["quote"],
            "content": " … ".join(a["content_parts_text"]) if a.get("content_parts_text") else a["content"]["text"],
            "paragraph": a["paragraph"],
            "rule": a["rule"],
            "confidence": a["confidence"],
        })
    return pd.DataFrame(out, columns=cols)


def summary(rows: list[dict[str, Any]]) -> str:
    """A sentence a reader can quote: how many attributions go to unnamed sources, which sides
    are heard, how many quotes are direct."""
    if not rows:
        return "No attributions found: the article speaks in its own voice throughout."
    df = to_frame(rows)
    n = len(df)
    anon = int((df["kind"] == "anonymous").sum())
    named = int(df["kind"].isin(["named_person", "named_org"]).sum())
    direct = int((df["quote"] == "direct").sum())
    sides = sorted({c for s in df["side"].dropna().unique() for c in s.split(JOINT)})
    first = f"{anon} of {n} attributions go to unnamed sources, {named} to named people or bodies"
    papers = int(df["kind"].isin(["outlet", "document"]).sum())
    nobody = n - anon - named - papers
    if papers:
        first += f", {papers} to news outlets or documents"
    if nobody:
        first += f", {nobody} with no source named"
    parts = [first]
    parts.append(f"{direct} of {n} are direct quotes")
    if sides:
        parts.append("sides heard: " + ", ".join(sides))
    else:
        parts.append("no source is tied to a country")
    return "; ".join(parts) + "."
