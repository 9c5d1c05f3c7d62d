"""Headlines in title case, parsed as sentences.

"Merkel Takes Aim At Putin Over The Gas Pipeline" or "Senate Panel Votes To Subpoena
Envoy": the English model reads a line where every word is capitalised as a string
of names, and finds no verb to report with. ``newslens_headlines`` (a pipeline component after
the lemmatizer, before the entity recogniser) gives such a line the case it would have as a
sentence, parses that with the same model, and copies the tags, lemmas and dependencies back
onto the article's own tokens. The text, its offsets and its entities are untouched.

The case of a word comes from the article itself: a word the body writes in lower case
("speaks", "votes") is lowered, one it writes capitalised ("Clinton", "House") keeps its
capital, an unseen word is lowered, and acronyms ("U.S.", "NATO") stay.

A headline also drops what would make its verb plain: "House panel votes to hold aide in
contempt", "Federal court rules against Ohio's purges" read as strings of nouns ("panel
votes", "court rules") with no verb at all. When a headline (a title-case line, or the
article's first line standing on its own) has no finite verb, a plural noun after a noun is
tried as the verb: the line is parsed again with "now" before it (or, when the word before is
a capitalised one the model took for a verb, "Trump questions the fairness ...", with "Mr."
before that word), and when the model then reads it as a verb with a subject, that reading
(without the word put in) is the line's.
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

#: The components that a headline's sentence-case copy goes through (tags, parse, lemmas).
REPARSE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
#: Share of a line's longer words (4+ letters) that must be capitalised for it to be a headline.
TITLE_SHARE = 0.8
MIN_TITLE_WORDS = 3
MAX_TITLE_CHARS = 250

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
#: Tags of a finite verb: a headline with none has no verb the model found.
_FINITE = {"VBZ", "VBD", "VBP", "MD"}
#: The adverb put before a plural noun that may be the headline's verb ("House panel now votes").
_NUDGE = "now "
#: The title put before a capitalised word the model took for a verb or a noun ("Mr. Trump questions").
_TITLE = "Mr. "
#: At most this many plural nouns of a line are tried as its verb.
_MAX_TRIES = 3


def title_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` written in title case or capitals: (start, end) offsets."""
    out, pos = [], 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped or len(stripped) > MAX_TITLE_CHARS:
            continue
        longer = [w for w in _WORD.findall(stripped) if sum(c.isalpha() for c in w) >= 4]
        if len(longer) < MIN_TITLE_WORDS:
            continue
        if sum(w[0].isupper() for w in longer) >= TITLE_SHARE * len(longer):
            out.append((start, start + len(line)))
    return out


def first_line(text: str, max_chars: int = MAX_TITLE_CHARS) -> tuple[int, int] | None:
    """The article's first line, (start, end), when it stands on its own as a headline does:
    text follows it on later lines, and it is at most ``max_chars`` long."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip() or end - start > max_chars or start == end:
        return None
    return start, end


def _body_case(text: str, lines: list[tuple[int, int]]) -> Counter[str]:
    """How the article's other lines write each word, not counting a sentence's first word."""
    counts: Counter[str] = Counter()
    pos = 0
    for s, e in lines + [(len(text), len(text))]:
        body = text[pos:s]
        for m in _WORD.finditer(body):
            i = m.start() - 1
            while i >= 0 and body[i] in " \"“‘'(":
                i -= 1
            if i >= 0 and body[i] not in ".!?:\n":
                counts[m.group()] += 1
        pos = e
    return counts


def sentence_case(line: str, counts: Counter[str]) -> str:
    """``line`` as a sentence would write it (same length, only letters' case changed)."""
    all_caps = not any(c.islower() for c in line)
    first = True

    def fix(m: re.Match) -> str:
        nonlocal first
        w = m.group()
        is_first, first = first, False
        lower, title = w.lower(), w[:1].upper() + w[1:].lower()
        if w.isupper() and not all_caps and (len(w) <= 5 or "." in w):
            return w  # an acronym inside a title-case line
        if all_caps:
            kept = w if counts[w] > 0 else title if counts[title] > counts[lower] else None
        else:
            kept = w if counts[w] > counts[lower] else None
        if kept is not None:
            return kept
        return title if is_first else lower

    out = _WORD.sub(fix, line)
    return out if len(out) == len(line) else line


class HeadlineParser:
    """The ``newslens_headlines`` component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        lines = title_lines(text)
        first = first_line(text)
        heads = sorted(set(lines) | ({first} if first is not None else set()))
        if not heads:
            return doc
        counts = _body_case(text, lines)
        arr = None
        for s, e in heads:
            span = doc.char_span(s, e, alignment_mode="contract")
            if span is None or len(span) < 2 or text[s].isspace():
                continue
            line, rows = text[s:e], None
            if (s, e) in lines:
                line = sentence_case(line, counts)
                copy = self._parse(line)
                if len(copy) != len(span) or any(a.idx + s != b.idx for a, b in zip(copy, span)):
                    continue  # a tokenisation that differs: keep the model's own reading
                rows, read = copy.to_array(_ATTRS), list(copy)
            elif _own_sentence(span):
                read = list(span)
            else:
                continue
            if not any(t.tag_ in _FINITE for t in read):
                nudged = self._verb_read_as_noun(line, read, span, s)
                rows = nudged if nudged is not None else rows
            if rows is None:
                continue
            if arr is None:
                arr = doc.to_array(_ATTRS)
            arr[span.start:span.end] = rows
        if arr is not None:
            doc.from_array(_ATTRS, arr)
        return doc

    def _verb_read_as_noun(self, line: str, read: list[Token], span: Span, start: int) -> np.ndarray | None:
        """The line's reading with a plural noun after a noun ("panel votes") as its verb, when
        the model reads it so with "now" before it, or, after a capitalised word, with a title
        before that word ("Mr. Trump questions ..."); the rows for the line's own tokens, or None."""
        tries = [k for k, t in enumerate(read) if k > 0 and t.tag_ == "NNS" and t.text.lower().endswith("s")
                 and (read[k - 1].pos_ in ("NOUN", "PROPN") or read[k - 1].text[:1].isupper())]
        for k in tries[:_MAX_TRIES]:
            nudges = [(k, _NUDGE)]  # (the token the word goes before, the word)
            if read[k - 1].text[:1].isupper() and read[k - 1].text.isalpha():
                nudges.append((k - 1, _TITLE))
            for at, word in nudges:
                alt = self._nudged(line, span, start, at, word)
                if alt is None:
                    continue
                verb = alt[k + 1]  # (the plural noun, one further on for the word put in before it)
                attached = verb.i if word == _NUDGE else at + 1  # ("now" on the verb, the title on the name)
                if verb.tag_ != "VBZ" or alt[at].head.i != attached \
                        or not any(c.dep_ == "nsubj" for c in verb.children):
                    continue
                return _rows_without(alt, at)
        return None

    def _nudged(self, line: str, span: Span, start: int, at: int, word: str) -> Doc | None:
        """The line parsed with ``word`` put before its token ``at``, when the other tokens stay
        as they were (else None)."""
        where = span[at].idx - start
        alt = self._parse(line[:where] + word + line[where:])
        if len(alt) != len(span) + 1 or alt[at].text != word.strip() or any(
                alt[j if j < at else j + 1].idx != span[j].idx - start + (0 if j < at else len(word))
                for j in range(len(span))):
            return None
        return alt

    def _parse(self, text: str) -> Doc:
        sub = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name in REPARSE:
                sub = proc(sub)
        return sub


@Language.factory("newslens_headlines")
def make_headline_parser(nlp: Language, name: str) -> HeadlineParser:
    return HeadlineParser(nlp, name)


def _rows_without(alt: Doc, at: int) -> np.ndarray:
    """The attribute rows of ``alt`` without its token ``at``, heads counted again (what hung on
    that token hangs on its head)."""
    keep = [j for j in range(len(alt)) if j != at]
    rows = alt.to_array(_ATTRS)[keep]
    col = _ATTRS.index(HEAD)
    for row, j in enumerate(keep):
        head = alt[j].head.i
        head = alt[at].head.i if head == at else head
        rows[row, col] = np.int64((head if head < at else head - 1) - row).astype(np.uint64)
    return rows


def _own_sentence(span: Span) -> bool:
    """Whether the parser made ``span`` a sentence of its own: no head crosses its edges."""
    doc = span.doc
    inside = range(span.start, span.end)
    return all(t.head.i in inside for t in span) and not any(
        t.head.i in inside for t in doc if t.i not in inside and not t.is_space)
