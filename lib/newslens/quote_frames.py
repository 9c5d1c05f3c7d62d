"""Frames of direct quotes: the reporting verb outside a quote in the sentences it touches,
whether a quote has a frame of its own, where reported words run into a quote (mixed
quotes), frames set off in a sentence's middle, and quotes introduced by a colon or signed
with a dash."""
from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span, Token

from .cue_spans import named_as
from .cues import (NAMING_VERBS, QUOTE_TOKENS, RAISING_VERBS, SETTING_PREPS, adverbial_clause, answer_word,
                   clause_of_statement, lemma_of)
from .doctools import sent_of, text_of
from .quotes import CLOSE, CLOSING_MARKS, MIN_QUOTE_WORDS, OPEN, OPENING_MARKS
from .report_words import (ADDRESSING_VERBS, can_speak, is_cue_verb, is_date_phrase, mark_start,
                           split_clause_start)
from .spans import EDGE_CHARS, in_spans, subtree_span, trim_edges
from .subjects import phrase_before_closing_verb, put_it_speaker, subject_of


def opens_framed_quote(doc: Doc, qi: int, quotes: list[tuple[int, int]], verb: Token | None) -> bool:
    """A quote too short to stand alone ("Shorter quotes are scare quotes", ``MIN_QUOTE_WORDS``) is
    speech when it opens its sentence and its frame (``verb``, from ``frame_verb``) follows it,
    and either the frame ends the sentence ('“Really,” she added.') or the next quote opens right
    after the frame's sentence, in the same paragraph ('"Safety," said Grimm. "Safety for the
    whole country."'), or after the frame inside its sentence, going on with it ('"The risk,"
    said X, an economist who ..., "is that ..."')."""
    qs, qe = quotes[qi]
    if verb is None or verb.idx < qe:
        return False
    text = text_of(doc)
    sent = sent_of(verb)
    if text[sent.start_char : qs].strip(" " + OPENING_MARKS):
        return False  # a quoted phrase inside a sentence ('blamed a “bad earpiece,” claiming ...')
    if text[qs:qe].rstrip(" ," + CLOSING_MARKS).endswith(("?", "!")):
        return True  # a question or a cry is all that was said: '“You winning?” she said, but ...'
    after = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if len(after) <= 8 and not any(t.pos_ == "VERB" for t in after):
        return True  # the quote is all that was said: '“Really,” she added.'
    if _only_setting_after(verb, after):
        return True  # '"Absolutely not," he said of the possibility of delegates switching sides.'
    if qi + 1 >= len(quotes):
        return False
    if quote_after_frame(doc, qi, quotes, verb) is not None:
        return True
    between = text[sent.end_char : quotes[qi + 1][0]]
    return sent.end_char <= quotes[qi + 1][0] and not between.strip(" " + OPENING_MARKS) and "\n" not in between


#: What a verb after a quote may govern besides the speaker and still frame nothing but the quote:
#: what the quote was about, where, when, to whom ('said of the plan', 'told reporters on Monday').
_SETTING_DEPS = ("prep", "npadvmod", "advmod", "dative", "agent")


def _only_setting_after(verb: Token, after: list[Token]) -> bool:
    """Whether all the words after a frame's verb are phrases of what the quote was about, where,
    when or to whom, not a clause or an object the verb reports."""
    own = {t.i for c in verb.rights if c.dep_ in _SETTING_DEPS or _said_when(c)
           or (c.dep_ == "dobj" and lemma_of(verb) in ADDRESSING_VERBS) for t in c.subtree}
    return all(t.i in own for t in after) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


#: What opens a clause of when a quote was said ("when the interviewer expressed shock").
_WHEN_MARKS = {"when", "after", "before", "while", "as", "once", "until"}


def _said_when(clause: Token) -> bool:
    """'when asked by a reporter whether ...', 'after being pressed', 'when the interviewer
    expressed shock', 'after the prosecutor read a summary': when the quote was said, the
    question it answers, a setting too."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_MARKS
                                          and c.i < clause.i for c in clause.children)


def quote_after_frame(doc: Doc, qi: int, quotes: list[tuple[int, int]], verb: Token) -> tuple[int, int] | None:
    """The quote that goes on with quote ``qi``'s sentence after its frame, which splits it
    ('"The risk," said X, an economist who ..., "is that we are ..."': it opens in lower case),
    or None."""
    if qi + 1 >= len(quotes) or verb.idx < quotes[qi][1]:
        return None
    text = text_of(doc)
    ns, ne = quotes[qi + 1]
    first = next((ch for ch in text[ns:ne] if ch.isalpha()), "")
    qe = quotes[qi][1]
    if not (verb.idx < ns < sent_of(verb).end_char and first.islower() and "\n" not in text[qe:ns]
            and text[qe:ns].rstrip(" " + OPENING_MARKS).endswith(",")):
        return None
    # nothing between but the frame: its verb group and the speaker, with what describes them
    # but no report of their own (not '"...," the mayor said, adding that it would take "more
    # hours"', nor '"...," said Beck, who said there were "too many ..."')
    between = doc.char_span(qe, ns, alignment_mode="contract")
    group = {verb.i} | {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    nominal = lambda t: t.pos_ in ("NOUN", "PROPN", "PRON") and qe <= t.idx < ns  # noqa: E731
    if between is None or any(t.i not in group and (is_cue_verb(t, 0.5) or not (
            t.is_punct or t.is_space or any(map(nominal, [t, *t.ancestors])))) for t in between):
        return None
    return ns, ne


#: What may stand between a verb and the short quote it frames (and a date, "on Monday"; not "in
#: his book", whose quote is a title).
_SAID_TO_AND_WHEN = ("dobj", "dative", "npadvmod", "advmod")


def closes_its_frame(doc: Doc, qs: int, qe: int, verb: Token | None) -> bool:
    """A quote too short to stand alone is speech, too, when it follows its frame's verb right
    after a comma or a colon and ends the sentence ('Mrs. Clinton shook her head and said, “No.”',
    'Wallace then asked, “With nukes?”'): it is all that was said."""
    if verb is None or verb.idx > qs or not is_cue_verb(verb, 0.5):
        return False
    text = text_of(doc)
    m = re.search(r"[,:]\s*$", text[verb.idx + len(verb.text) : qs].rstrip(OPENING_MARKS))
    if m is None:
        return False
    words = doc.char_span(verb.idx + len(verb.text), verb.idx + len(verb.text) + m.start(), alignment_mode="expand")
    # between them, whom it was said to and when ('told reporters: “No.”', 'said on Monday: “...”')
    around = {t.i for c in verb.rights if c.dep_ in _SAID_TO_AND_WHEN or (c.dep_ == "prep" and is_date_phrase(c))
              for t in c.subtree}
    if words is None or len(words) > 3 or any(t.i not in around for t in words if not t.is_space):
        return False
    end = sent_of(verb).end_char
    return end >= qe and not text[qe:end].strip(" \t\n.?!" + CLOSING_MARKS)


def frame_verb(doc: Doc, qs: int, qe: int, quotes: list[tuple[int, int]], used: set[int]) -> Token | None:
    """The reporting verb outside a quote, in the sentences the quote touches: the nearest after
    the closing mark ("..., X said"), else the nearest before the opening one ("X said: ...")."""
    text = text_of(doc)
    # (a quote that ends with a quote inside it may end on the space between the two closing marks:
    # '"... while someone says, 'We have to keep it alive,' " said X')
    end = qe
    while end > qs + 1 and text[end - 1].isspace():
        end -= 1
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    last = doc.char_span(max(qs, end - 1), end, alignment_mode="expand")
    if not first or not last:
        return None
    s_start, s_end = sent_of(first[0]).start, sent_of(last[-1]).end
    if s_end < len(doc) and all(t.is_punct or t.is_space for t in doc[last[-1].i + 1 : s_end]) \
            and all(t.is_punct or t.is_space for t in doc[s_start : first[0].i]):
        # '“Does anybody know?” | Graham asked.': the parser split them (not when words before
        # the quote frame it: 'A spokesman said that "...". He did not elaborate.')
        nxt = sent_of(doc[s_end])
        verb = next((t for t in nxt if t.pos_ == "VERB"), None)
        if "\n" not in text[qe:nxt.start_char] and verb is not None and _closing_frame(verb, nxt.start) \
                and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and lemma_of(verb) not in ADDRESSING_VERBS
                            for c in verb.children):  # (whom "he told" is no report of its own)
            s_end = nxt.end
    in_quote = lambda t: in_spans(t.idx, quotes, pad=1)  # noqa: E731  (the marks count)
    brk = text.find("\n", qe)  # a sentence the parser ran across a paragraph break stops there
    inside = bool(text[doc[s_start].idx : qs].strip(" " + OPENING_MARKS))  # words before the quote
    after = [t for t in doc[last[-1].i + 1 : s_end] if not in_quote(t) and (brk < 0 or t.idx < brk)]
    for k, t in enumerate(after[:40]):
        if k < 8 and t.i not in used and put_it_speaker(t) is not None:
            near = next((a for a in first[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
            if near is None or near.i > first[0].i or not is_cue_verb(near):
                # 'the requirement is a "lawful source of income," as one memo put it' (but she
                # 'pledges to "make sure ...," as she put it': the verb the quote completes)
                return t
        if k >= 8 and not _closing_frame(t, last[-1].i + 1):
            continue  # further on, only the verb right after its (long) speaker: '"...," Tom Varga, an editor at a Budapest weekly, said'
        if t.i not in used and (_may_frame_quote(t) or k == 0 and _inverted_frame(t, last[-1].i, s_start, first[0].i)) \
                and t.lower_ != "according" and not _infinitive(t, first[0].i) and not _in_speakers_relative(t) \
                and not (inside and _opens_a_quote(t, quotes)) \
                and not _reports_own_clause(t, in_quote) and answer_word(t) is None \
                and not _subject_around(t, first[0].i, last[-1].i) \
                and not any(b.pos_ in ("CCONJ", "SCONJ") and b.i not in _speaker_words(t) for b in doc[last[-1].i + 1 : t.i]):
            if _within_report(t, first[0], in_quote) or _continues_quoted_clause(t, first[0], last[-1]):
                continue  # 'The envoy said talks “should be done by spring,” referring to ...'
            if _clause_round_quote(t, first[0], in_quote):
                return None  # 'China would take "resolute countermeasures" to ..., she warned': mixed, the clause's
            inner = next((a for a in first[0].ancestors if s_start <= a.i < first[0].i and a.i not in used
                          and not in_quote(a) and (is_cue_verb(a, 0.5) and a.dep_ not in ("relcl", "acl")
                                                   or is_cue_verb(a, 0.3) and _reports_clause_holding(a, first[0]))
                          and t in a.ancestors and not any(b.text == ":" for b in doc[a.i + 1:first[0].i])), None)
            # 'When Trump said he would “protect our citizens,” the crowd applauded': the verb
            # that governs the quote inside a clause of its own, not the one after it (unless a
            # colon sets the quote apart: 'Rhimes declared the need for drive: “...,” she said')
            if inner is not None and inner.dep_ == "ccomp" and inner.head.i == t.i and is_cue_verb(t, 0.5):
                inner = None  # 'Polling shows that "...," said Tempel': the clause is what Tempel said
            return inner if inner is not None else t  # not '"...," though she noted', '"..." and called on people to'
    before_quote = lambda start: [t for t in doc[start : first[0].i] if not in_quote(t)]  # noqa: E731
    # 'X said North Korea had displayed “complete disregard”': the reporting verb that governs
    # the quote, rather than the nearest verb before it
    anc = next((t for t in first[0].ancestors if not in_quote(t) and t.i < first[0].i), None)
    while anc is not None:
        if anc.i not in used and not in_quote(anc) and anc.i >= s_start \
                and (is_cue_verb(anc, 0.5) or is_cue_verb(anc, 0.3) and _reports_clause_holding(anc, first[0])
                     or _names_with_quote(anc, first[0])) and answer_word(anc) is None \
                and not (inside and anc.i > last[-1].i and _opens_a_quote(anc, quotes)):
            # 'Mulgrew said he hopes the day sends a message that “...”': the outermost report;
            # not from a verb the parser took for a clause but that follows "but" or "and" ('said
            # that she thinks ... but said "the question is the timing"': a second report)
            while anc.dep_ == "ccomp" and anc.head.i not in used and not in_quote(anc.head) \
                    and is_cue_verb(anc.head, 0.5) and anc.head.i >= s_start and not _conjoined(anc):
                anc = anc.head
            # 'Sanders said on “This Week” that he would ...': a title in the verb's words, and
            # the verb reports a clause apart from it
            if _reports_own_clause(anc, in_quote, after=qe):
                return None
            if _framed_on_the_way(first[0], anc, used, in_quote):
                return None
            saying = _saying_up_to(anc, first[0], used, in_quote)
            if saying is not None:
                return saying
            done = _reported_before(anc, first[0], in_quote)
            if done is not None:
                # 'Carson noted that ... and quoted Reagan’s “eleventh commandment” -- “...”': the
                # verb reported its own clause before the quote; the last verb between them frames
                # it if it reports and has a speaker, else the quote waits for a later rule
                last_verb = next((t for t in reversed(before_quote(done.i + 1)) if t.pos_ == "VERB"), None)
                speaker = subject_of(last_verb) if last_verb is not None else None
                return last_verb if speaker is not None and last_verb.i not in used and is_cue_verb(last_verb, 0.5) \
                    and speaker.lower_ not in _NOT_SPEAKERS else None
            return anc
        anc = anc.head if anc.head.i != anc.i else None
    before = before_quote(s_start)
    for t in reversed(before[-14:]):
        if t.i not in used and (_may_frame_quote(t) or _opens_quote_after_comma(t, first[0])) \
                and t.lower_ != "according" and not _in_clause_before_its_head(t, first[0]) \
                and _own_object_before_later(t, first[0], in_quote) is None:
            return t
    # "The minister said:" closing the sentence (or paragraph) before the quote
    if s_start > 0 and not [t for t in before if not t.is_space and not t.is_punct]:
        prev = sent_of(doc[s_start - 1])
        last_tok = next((t for t in reversed(prev) if not t.is_space), None)
        if last_tok is not None and last_tok.text == ":":
            for t in reversed(list(prev)):
                if t.i not in used and _may_frame_quote(t) and not in_quote(t):
                    return t  # (not "seem" or "appear": 'As X reported after the FBI appears to have ...:')
    return None


def _opens_a_quote(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether a quote opens right after the verb, with no comma between ('Tuesday on WTMJ’s
    “Midday,” Ryan said “anti-Semitic images ...”'): that quote is what the verb frames, not one
    inside the words before it (a title, here). After a comma the verb may frame both ('“A,” he
    said, “b”'), and a quote that opens its sentence is the verb's too ('“...,” Trump said “...”')."""
    text = text_of(verb.doc)
    end = verb.idx + len(verb.text)
    m = re.match(r"\s*:?\s*[" + re.escape(OPENING_MARKS) + "]?", text[end:end + 8])
    # (a short quote there is a title: 'Fiorina told "Fox and Friends," ...')
    return m is not None and m.group().strip() != "" and any(
        s == end + m.end() and len(text[s:e].split()) >= MIN_QUOTE_WORDS for s, e in quotes)


def _clause_round_quote(verb: Token, first: Token, in_quote) -> bool:
    """Whether a verb after a quote reports a clause of its own that holds the quote, with its
    subject and auxiliary before it ('China would take "resolute countermeasures" to defend its
    sovereignty, she warned'): the whole clause is what was said, a mixed quote."""
    return any(c.dep_ == "ccomp" and c.i < first.i and not in_quote(c) and first in c.subtree
               and any(g.dep_ == "nsubj" and g.i < c.i and not in_quote(g) for g in c.children)
               and any(g.dep_ == "aux" and g.i < c.i for g in c.children) for c in verb.children)


#: Subjects a participle takes from the clause the parser hung it on, which speak nothing
#: ('insisted it was “premature” ... while adding, “...”': not "it").
_NOT_SPEAKERS = {"it", "this", "that", "there"}


def _framed_on_the_way(first: Token, verb: Token, used: set[int], in_quote) -> bool:
    """Whether a verb that already frames a quote stands on the way up from a quote's first word
    to ``verb`` ('he says he would release it, calling them “very boring” because “I remain
    ...”', the second quote hung through "calling" on "says"): the quote is in what that verb
    goes on to say, not ``verb``'s."""
    for a in first.ancestors:
        if a.i == verb.i:
            return False
        if a.i in used and a.pos_ == "VERB" and not in_quote(a):
            return True
    return False


#: Verbs of saying that run up to a quote as their words.
_QUOTE_SAYING = {"say", "tell", "ask", "add", "write", "declare", "tweet", "shout", "reply", "answer", "respond"}


def _saying_up_to(verb: Token, first: Token, used: set[int], in_quote) -> Token | None:
    """A verb of saying in ``verb``'s words whose own words run up to the quote, with no report of
    its own ('The spot concludes with footage of Trump saying during the debate last week, “That
    makes me smart”': the parser hung the quote on "concludes"): that verb frames the quote, when it
    has a speaker."""
    doc = first.doc
    k = first.i - 1
    while k > verb.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    said = next((a for a in [doc[k], *doc[k].ancestors] if a.pos_ == "VERB" or a.i <= verb.i), None)
    if said is None or said.i <= verb.i or said.i in used or in_quote(said) or said.right_edge.i != k \
            or lemma_of(said) not in _QUOTE_SAYING or verb not in said.ancestors:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and lemma_of(said) not in ADDRESSING_VERBS
           for c in said.children):
        return None
    speaker = subject_of(said)  # (not one the quote's own words hide: '..., telling the crowd, “Some people ...”')
    return said if speaker is not None and not in_quote(speaker) and speaker.lower_ not in _NOT_SPEAKERS else None


def _reported_before(verb: Token, first: Token, in_quote) -> Token | None:
    """What a verb reported before a quote: its clause that ends there, unquoted, with a subject
    or a "that" of its own ('Gore insisted it was “premature” to back her while adding, “I don’t
    have any doubt ...”'): the parser hung the later quote on the verb as a second clause, but the verb
    has said what it says. Or, when the quote is in a later predicate (a participle, an open
    complement, a conjoined verb), the verb's own object before it. None when the quote's clause
    follows "and" or "but" ('said that the server was unprotected, and he had "total access"'):
    one report in two clauses."""
    doc = verb.doc
    held = next((c for c in verb.children if first in c.subtree), None)
    if held is not None:  # 'said that A, and he had "..."': a second clause of the same report
        i = held.left_edge.i - 1
        while i > 0 and doc[i].is_punct:
            i -= 1
        if doc[i].pos_ == "CCONJ":
            return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < first.i
                   and not in_quote(_clause_start(c)) and _has_subject_or_mark(c)), None)
    if clause is not None:
        return clause
    return _own_object_before_later(verb, first, in_quote)


#: The dependencies of a later predicate of a verb's subject ('thanked her home state and then
#: boomed', 'shrugged off the comments, telling reporters').
_LATER_PREDICATES = ("advcl", "xcomp", "conj")


def _own_object_before_later(verb: Token, first: Token, in_quote) -> Token | None:
    """The verb's own object, when a later predicate of its subject comes between it and a quote
    ('is questioning the integrity of the voting system, encouraging supporters to make sure
    everything is “on the up and up”'; 'shrugged off Trump’s comments, telling reporters, “...”',
    where the parser hung the quote on the first verb): the verb has said what it says, and the
    quote is the later predicate's. Not the one told or urged ('told The Huffington Post before
    he spoke that ...', 'urged people not to "choose ..."'). None otherwise."""
    later = next((c for c in verb.children if c.dep_ in _LATER_PREDICATES and c.pos_ == "VERB"
                  and verb.i < c.i < first.i and not in_quote(c)), None)
    if later is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not can_speak(c)
                 and c.right_edge.i < later.left_edge.i and not in_quote(c.left_edge)), None)


def _continues_quoted_clause(verb: Token, first: Token, last: Token) -> bool:
    """'told the Post he was “not quite there yet” on supporting Ryan': a verb right after a quote
    (no comma between) that hangs, as a preposition's or open complement, inside the clause the
    quote is part of goes on with that clause; it frames nothing."""
    clause = next((a for a in first.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and verb.dep_ in ("pcomp", "xcomp") and clause in verb.ancestors \
        and not any(t.text == "," for t in verb.doc[last.i + 1 : verb.i])


#: Verbs that name what they take as something, with "as" ("hailed the mayor as “the comeback kid”").
_NAMING_AS = {"hail", "portray", "tout", "deride", "denounce", "dismiss", "depict", "cast", "paint", "pound", "mock"}


def _names_with_quote(verb: Token, first: Token) -> bool:
    """'Japan branded North Korea an "outlaw nation"', 'the prime minister cast the candidate as
    “divisive, stupid and wrong”': a verb of naming whose object is named in the quote frames it,
    however seldom the verb reports (the quote opens the name: it is what the subject calls the
    object)."""
    lemma = lemma_of(verb)
    if lemma not in NAMING_VERBS | _NAMING_AS:
        return False
    named = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first.i and first not in c.subtree), None)
    held = next((c for c in verb.children if first in c.subtree), None)
    if named is None or held is None or held.i < named.i or held.left_edge.i > first.i \
            or any(not (t.is_punct or t.dep_ == "det") for t in verb.doc[held.left_edge.i : first.i] if t.i != held.i):
        return False
    if held.dep_ == "prep":
        return held.lower_ == "as"
    return lemma in NAMING_VERBS and held.dep_ in ("oprd", "dobj", "attr")


def _in_speakers_relative(verb: Token) -> bool:
    """'"...," an intelligence source, who was not authorized to speak on the record, told the
    paper': a verb in a relative clause on the subject of a later verb that may frame the quote;
    that verb frames it."""
    subject = verb.head
    return verb.dep_ == "relcl" and subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i > verb.i \
        and _may_frame_quote(subject.head)


def _reports_clause_holding(verb: Token, first: Token) -> bool:
    """'Roffman, who estimates that his legal costs were "in the seven figures," described ...': a
    verb of a relative clause that reports, in a clause of its own, the words the quote opens in."""
    return verb.dep_ == "relcl" and any(c.dep_ == "ccomp" and first in c.subtree for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


def _opens_quote_after_comma(verb: Token, first: Token) -> bool:
    """'Hillary shot back, “I suppose ...”', 'then boomed, “Today, ...”': a verb of the sentence's
    own (not of a clause inside it: 'a threat many make but few keep: “...”', 'everywhere she
    went, “...”') with a speaker and nothing but its particle or adverb and a comma or colon
    before a quote frames it, however seldom the verb reports."""
    doc = verb.doc
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    between = [t for t in doc[verb.i + 1 : first.i] if not (t.is_space or all(ch in OPENING_MARKS for ch in t.text))]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and lemma_of(verb) not in RAISING_VERBS \
        and bool(between) and between[-1].text in (",", ":") \
        and all(t.text in (",", ":") or (t.head.i == verb.i and t.dep_ in ("prt", "advmod")) for t in between) \
        and (speaker := subject_of(verb)) is not None and speaker.tag_ not in ("WP", "WDT")


def _in_clause_before_its_head(verb: Token, first: Token) -> bool:
    """'After Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “...”': a verb
    in a clause of time or cause whose sentence verb comes between it and the quote; the quote
    goes with that sentence, not with the clause set before it (unless the parser hung the clause
    on the quote's own: 'after Trump told the Post he was “not quite there yet”')."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i < first.i \
        and any(c.dep_ == "mark" for c in verb.children) and verb.head not in first.ancestors


def _infinitive(verb: Token, quote_first: int) -> bool:
    """'would take "resolute countermeasures" to defend its sovereignty': a to-infinitive after a
    quote that hangs on a verb before it goes on with the clause the quote is in; it frames
    nothing (unlike '“We are ready,” the general seemed to suggest')."""
    return verb.tag_ == "VB" and verb.head.i < quote_first \
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _may_frame_quote(verb: Token) -> bool:
    """A word that may frame a quote beside it: a cue at least now and then, and not "seem" or
    "appear" ('“We are ready,” the general seemed to suggest': the verb it leads to frames it)."""
    return is_cue_verb(verb, 0.15) and lemma_of(verb) not in RAISING_VERBS


def _within_report(verb: Token, first: Token, in_quote) -> bool:
    """Whether a verb after a quote hangs inside the report of a reporting verb before it that
    also governs the quote's first word ('X said things “should be ...,” referring to ...'; 'said he
    “appreciates the professionalism” displayed by ...'): that verb frames the quote."""
    return any(a.i < first.i and not in_quote(a) and is_cue_verb(a, 0.5) and a.dep_ not in ("relcl", "acl")
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
    # (a word of its own before the quote: not '“...,” Sarandon told MSNBC' with the opening mark
    # and the quote hung on the name)
    return subj is not None and subj.right_edge.i >= last \
        and any(not (t.is_punct or t.is_space) for t in subj.subtree if t.i < first)


def has_own_frame(doc: Doc, qs: int, qe: int, quotes: list[tuple[int, int]], used: set[int]) -> bool:
    """Whether a quote's own sentence has a reporting verb not used yet with a speaker outside
    any quote, which a later rule may read even where the quote-frame rule could not."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if not span:
        return False
    sent = sent_of(span[0])
    outside = lambda t: not in_spans(t.idx, quotes, pad=1)  # noqa: E731
    for t in sent:
        if t.i not in used and outside(t) and is_cue_verb(t, 0.5):
            subj = subject_of(t)
            if subj is not None and outside(subj):
                return True
    return False


def whole_paragraph(text: str, paragraph: list[int], qs: int, qe: int) -> bool:
    """Whether the quote (qs, qe) is all its paragraph holds, quotation marks and the closing
    stop aside."""
    ps, pe = paragraph
    return text[ps:qs].strip(" \t" + OPENING_MARKS) == "" and text[qe:pe].strip(" \t\n.," + CLOSING_MARKS) == ""


def inside_clause(doc: Doc, qs: int) -> bool:
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
    if not words or phrase_before_closing_verb(words, verb):
        return True  # ('“...?” the 43-year-old asked', which the parser reads as a phrase "the ... old asked")
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
    clause of time or cause; they set the scene of the quote. So too a "clause" of the verb's
    that is itself one of time or cause ('"...," he said as some in the crowd booed')."""
    first = clause.left_edge
    return adverbial_clause(clause) or (first.dep_ == "mark" and first.lower_ in _SCENE_MARKS
                                        and first.head.dep_ == "advcl" and first.i > 0
                                        and clause.doc[first.i - 1].text == ",")


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
#: Prepositions after a verb's object that say what it is praised, blamed or accused for
#: ("credited Japan with ...", "accused Iran of ...").
_OBJECT_PREPS = ("for", "of", "with")


def _governing_child(verb: Token, doc: Doc, qs: int, qe: int) -> Token | None:
    """The verb's dependent whose phrase holds the quote's first word, if it reports it."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    word = next((t for t in span or [] if not t.is_punct and not t.is_space), None)
    if word is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    for c in verb.children:
        if c.i > verb.i and (c.dep_ in _MIXED_DEPS or (c.dep_ == "prep" and (c.lower_ == "as" or (
                c.lower_ in _OBJECT_PREPS and obj is not None and obj.i < c.i)))) \
                and c.left_edge.i <= word.i <= c.right_edge.i:
            # '... dismissed Latvia as a mere “province of Moscow”', 'praised Kenya for its “steady hand”'
            return c
    clause = clause_of_statement(verb)  # 'said in a statement that Israel would send "..."'
    return clause if clause is not None and clause.left_edge.i <= word.i <= clause.right_edge.i else None


def mixed_lead(verb: Token, doc: Doc, qs: int, qe: int) -> tuple[int, int] | None:
    """Where reported words that run into a quote begin and end, when a verb before the quote
    reports them ('said that the South has “treated me well”', 'told his supporters to “go
    vote”'): the span of the verb's complement holding the quote, or of the first complement
    between the verb and the quote when the parser hung the quote elsewhere. None for a quote
    that follows its verb directly ('said: “...”', 'said “...”')."""
    text = text_of(doc)
    comp = _governing_child(verb, doc, qs, qe)
    if lemma_of(verb) in ADDRESSING_VERBS and (comp is None or comp.dep_ == "dobj"):
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
    cs = min(cs, mark_start(comp), split_clause_start(comp) or cs)
    obj, _ = object_said_of(verb, comp)  # 'called on the administration to “really call out ...”'
    if obj is not None and (comp.dep_ in ("xcomp", "oprd") or comp.dep_ == "prep"):  # 'called him “the most ignorant ...”'
        cs = min(cs, obj.left_edge.idx)
    if cs <= verb.idx or cs >= qs or text[cs:qs].strip(" ,:\n" + OPEN) == "" or ":" in text[cs:qs]:
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
    stated = clause_of_statement(verb)  # ('told a press briefing that the remarks had "..."')
    if stated is not None and stated.left_edge.idx < qs < subtree_span(stated)[1]:
        return stated.left_edge.idx, max(subtree_span(stated)[1], qe)
    span = doc.char_span(qs, qe, alignment_mode="expand")
    word = next((t for t in span or [] if not t.is_punct and not t.is_space), None)
    clause = word
    while clause is not None and clause.i > verb.i:
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is not None and mark.idx < qs:
            return mark.idx, max(subtree_span(clause)[1], qe)
        clause = clause.head if clause.head.i != clause.i else None
    return None


def object_said_of(verb: Token, comp: Token) -> tuple[Token | None, Token | None]:
    """The object between a verb and its complement that what follows is said of ('urged his
    colleagues to reject the deal', 'called him “...”'), or, before an open complement, the one
    after "on" ('called on Trump to stop ...'); with that "on" when there is one."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < comp.i), None)
    if obj is None and comp.dep_ == "prep" and comp.lower_ == "as":  # 'referred to Rubio as “a bright ...”'
        for c in verb.children:
            called = named_as(verb, c) if c.i < comp.i else None
            if called is not None and called.i == comp.i:
                return next(g for g in c.children if g.dep_ == "pobj"), c
        return None, None
    if obj is not None or comp.dep_ != "xcomp":
        return obj, None
    on = next((c for c in verb.children if c.lower_ in ("on", "upon") and c.i == verb.i + 1), None)
    pobj = next((g for g in on.children if g.dep_ == "pobj" and g.i < comp.i
                 and g.ent_type_ not in ("DATE", "TIME")), None) if on is not None else None
    return pobj, (on if pobj is not None else None)  # ("agreed on Monday to exchange ...": when, not whom)


def lead_before_frame(doc: Doc, sent: Span, frame_start: int, frame_end: int,
                       qs: int) -> tuple[tuple[int, int], int] | None:
    """The words that open a sentence before a frame set off by commas ('Sooner or later, the
    mayor told reporters, "the plan will work"', 'Of the criticism, he said, "It's a bit
    unfair"', 'The shipyard, she said, is “doing far better”'): they belong to what was
    said, and so do the few words between the frame's comma and the quote. Not a scene ('In a
    statement, ...', 'On Monday, ...', 'Speaking to reporters, ...'), a lone conjunction, or a
    quote of its own. Returns the lead and where what was said goes on after the frame."""
    text = text_of(doc)
    start = max(sent.start_char, text.rfind("\n", 0, frame_start) + 1)
    s, e = trim_edges(text, start, frame_start, EDGE_CHARS)
    comma = text.find(",", frame_end, qs)
    if e <= s or not text[e:frame_start].strip().startswith(",") or comma < 0:
        return None
    rest = comma + 1 + len(text[comma + 1 : qs]) - len(text[comma + 1 : qs].lstrip())
    between, after = text[frame_end:comma], text[rest:qs].rstrip(" " + OPENING_MARKS)
    if any(ch in between + after for ch in "“”\"«».;:()\n") or len(between.split()) > 4 or len(after.split()) > 6:
        return None
    first = doc.char_span(s, e, alignment_mode="expand")
    if first is None or any(t.text in QUOTE_TOKENS or is_cue_verb(t) for t in first) \
            or any(t.pos_ == "CCONJ" and t.i > 0 and doc[t.i - 1].text == "," for t in first):
        return None  # 'She said parents ... , and when pressed, the mother replied, "..."'
    head = first[0]
    if (head.lower_ in SETTING_PREPS or head.lower_ in ("in", "on", "by", "with", "as", "but", "and", "so", "yet")
            or head.tag_ in ("VBG", "VBN") or head.ent_type_ in ("DATE", "TIME")):
        return None
    return (s, e), (rest if after else qs)


def lead_before_quote(doc: Doc, qs: int, quotes: list[tuple[int, int]]) -> int | None:
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
    s, e = trim_edges(text, start, qs, EDGE_CHARS + OPENING_MARKS)
    words = text[s:e].split()
    if not words or (len(words) == 1 and words[0].lower() in _LONE_OPENERS):
        return None
    if text[start:qs].rstrip(" " + OPENING_MARKS).endswith(":"):
        return None  # 'Rhimes declared the need for drive: “...,” she said': the colon sets it apart
    if any(s <= a - 1 and a < qs for a, _ in quotes):
        return None
    return s


def tail_before_frame(doc: Doc, qe: int, frame_start: int, max_words: int = 12) -> int | None:
    """Where the reported words end when they run on past a quote's closing mark to a frame
    after them ('The vote against the treaty marks “the start of a long decline” for the bloc, said X'):
    just before the frame's comma. None when nothing but punctuation comes between, or when what
    comes between is not a plain run of words (another quote, a line, a colon or semicolon, a
    report of its own) of at most ``max_words``."""
    text = text_of(doc)
    between = text[qe:frame_start]
    words = between.strip(" ," + CLOSING_MARKS)
    if not words or not between.rstrip().endswith(",") or any(ch in words for ch in "“”\"«»;:()\n―—"):
        return None
    span = doc.char_span(qe, frame_start, alignment_mode="expand")
    if span is None or len(words.split()) > max_words or any(is_cue_verb(t, 0.5) for t in span):
        return None
    return trim_edges(text, qe, frame_start, EDGE_CHARS + ",")[1]


def set_off(doc: Doc, sent: Span, phrase: tuple[int, int]) -> bool:
    """Whether a frame ("North Korea said") stands apart from the sentence around it: a comma or
    the sentence's edge on each side ("The test, North Korea said, was its biggest", "..., he
    said.", "Officials said, however, ...")."""
    text = text_of(doc)
    before = text[sent.start_char:phrase[0]].rstrip()
    after = text[phrase[1]:sent.end_char].lstrip()
    left = before == "" or before.endswith((",", "—", "–", "(", ";", ":")) or before[-1] in CLOSING_MARKS
    right = after == "" or after[0] in ",.;:!?—–)" + CLOSING_MARKS
    return left and right


def parts_around(doc: Doc, sent: Span, phrase: tuple[int, int]) -> list[tuple[int, int]]:
    """The parts of a sentence on either side of a frame set in its middle ("Climate change,
    Mr. Obama says, is the greatest threat"): both, if each has more than a conjunction."""
    text = text_of(doc)
    before = trim_edges(text, sent.start_char, phrase[0], EDGE_CHARS + ".")
    after = trim_edges(text, phrase[1], sent.end_char, EDGE_CHARS + ".")
    words = text[before[0]:before[1]].split()
    if len(words) <= 1 and (not words or words[0].lower() in _LONE_OPENERS):
        return [after]
    return [p for p in (before, after) if p[1] > p[0]]


#: A word that opens a sentence without saying anything ("But, he said, ...").
_LONE_OPENERS = {"but", "and", "so", "yet", "still", "now", "however"}

_DASHES = "―—–"


def punct_introduction(doc: Doc, qs: int, qe: int, paragraphs: list[list[int]]
                        ) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
    """A quote introduced by a name and a colon ("Sanders on Twitter: “...”") or signed with a
    dash after it ("“...” ― Sonya Herridge"): (source span, mark span, source head). The name
    must be a person or organisation the model recognises, in the quote's own paragraph."""
    text = text_of(doc)
    ps, pe = next(((a, b) for a, b in paragraphs if a <= qs < b), (0, len(text)))
    ps = max(ps, text.rfind("\n", 0, qs) + 1)  # and in its own line
    line_end = text.find("\n", qe)
    pe = min(pe, line_end) if line_end >= 0 else pe
    before = text[ps:qs].rstrip(OPENING_MARKS + " ")
    if before.endswith(":"):
        colon = ps + len(before) - 1
        at = doc.char_span(colon, colon + 1, alignment_mode="expand")
        # from the colon's own sentence ("The talks stalled. More from Jones: “...”")
        start = max(ps, at[0].sent.start_char) if at is not None and len(at) else ps
        span = doc.char_span(start, colon, alignment_mode="contract")
        ents = [e for e in (span.ents if span is not None else []) if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
        if span is not None and ents and len(span) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in span):
            e = ents[0]
            return ((e.start_char, e.end_char), (colon, colon + 1), e.root)
        named = _name_before_colon(doc, colon)
        if named is not None:  # "... doesn't surprise Republican pollster Daron Shaw: “...”"
            return named[0], (colon, colon + 1), named[1]
    after_start = qe + 1 if qe < len(text) and text[qe] in CLOSE + "\"" else qe
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
    signer = dash_signer(doc, mark_end, line_end)
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


def dash_signer(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], Token] | None:
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


def from_quote_start(content: tuple[int, int] | None, quotes: list[tuple[int, int]],
                     doc: Doc | None = None) -> tuple[int, int] | None:
    """'“The work is on track. The first ships arrive in May,” X said, according to
    the agency': a content that starts inside a quote opened in an earlier sentence starts with it.
    With ``doc``, so does a content that is only the frame of a quote ending right before it, the
    quote a sentence of its own ('“Is this a priority for them?” O’Malley said at a press
    conference, according to the Las Vegas Sun')."""
    if content is None:
        return None
    inside = next(((qs, content[1]) for qs, qe in quotes if qs < content[0] < qe and qe <= content[1]), None)
    if inside is not None or doc is None:
        return inside or content
    text = text_of(doc)
    before = next((qs for qs, qe in quotes if qe <= content[0] and not text[qe:content[0]].strip(" " + CLOSE)), None)
    return (before, content[1]) if before is not None and _bare_frame(doc, content) else content


def _bare_frame(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether ``span`` is only a speaker and a verb of saying, with nothing said after it
    ("O’Malley said at a press conference")."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None:
        return False
    verb = words.root
    return is_cue_verb(verb) and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
