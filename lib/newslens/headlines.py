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
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

#: The components that a headline's sentence-case copy goes through (tags, parse, lemmas).
REPARSE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
#: Share of a line's longer words (4+ letters) that must be capitalised for it to be a headline.
TITLE_SHARE = 0.8
MIN_TITLE_WORDS = 3
MAX_TITLE_CHARS = 250

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


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
        if not lines:
            return doc
        counts = _body_case(text, lines)
        arr = None
        for s, e in lines:
            span = doc.char_span(s, e, alignment_mode="contract")
            if span is None or len(span) < 2 or text[s].isspace():
                continue
            copy = self._parse(sentence_case(text[s:e], counts))
            if len(copy) != len(span) or any(a.idx + s != b.idx for a, b in zip(copy, span)):
                continue  # a tokenisation that differs: keep the model's own reading
            if arr is None:
                arr = doc.to_array(_ATTRS)
            arr[span.start:span.end] = copy.to_array(_ATTRS)
        if arr is not None:
            doc.from_array(_ATTRS, arr)
        return doc

    def _parse(self, text: str) -> Doc:
        sub = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name in REPARSE:
                sub = proc(sub)
        return sub


@Language.factory("newslens_headlines")
def make_headline_parser(nlp: Language, name: str) -> HeadlineParser:
    return HeadlineParser(nlp, name)
