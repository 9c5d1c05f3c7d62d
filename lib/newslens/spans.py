"""Character and token spans the sourcing rules share: trimming edge punctuation, a
token's subtree, a paragraph's index, and a span as the JSON contract records it."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from .doctools import text_of


EDGE_CHARS = " \t\n\xa0,;:―—–-\"“”'‘’«»"


def trim_edges(text: str, s: int, e: int, chars: str = EDGE_CHARS) -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def span_record(doc: Doc, s: int, e: int) -> dict[str, Any]:
    return {"text": text_of(doc)[s:e], "start": s, "end": e}


def is_token(a: Token | None, b: Token) -> bool:
    """Whether ``a`` is the token ``b`` (spaCy makes a new object at each access)."""
    return a is not None and a.i == b.i


def is_time(tok: Token) -> bool:
    """A bare time phrase hung on a word ("said Monday", "Trump this week")."""
    return tok.dep_ == "npadvmod" and tok.ent_type_ in ("DATE", "TIME")


def past_closing_marks(text: str, end: int, most: int = 3) -> int:
    """``end`` moved past the closing marks right after it (a period, a quotation mark: '."')."""
    stop = min(len(text), end + most)
    while end < stop and text[end] in ".?!\"”’'":
        end += 1
    return end


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
    return trim_edges(text_of(doc), s, e)


def last_word(tok: Token) -> int:
    """The index of the last word (not punctuation) of ``tok``'s subtree."""
    return max(t.i for t in tok.subtree if not t.is_punct)


def paragraph_of(paragraphs: list[list[int]], pos: int) -> int:
    for i, (s, e) in enumerate(paragraphs):
        if s <= pos <= e:
            return i
    return max(0, len(paragraphs) - 1)


def record_spans(a: dict[str, Any], roles: tuple[str, ...] = ("source", "cue", "content")) -> list[tuple[int, int]]:
    """An attribution's spans for ``roles`` (those it has)."""
    return [(a[k]["start"], a[k]["end"]) for k in roles if a.get(k)]


def in_spans(pos: int, spans: list[tuple[int, int]], pad: int = 0) -> bool:
    """Whether character ``pos`` lies in one of ``spans`` (widened by ``pad`` on each side, so
    that a quote's own marks count as in it)."""
    return any(a - pad <= pos < b + pad for a, b in spans)


_FUNCTION_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE"}


def only_function_words(doc: Doc, s: int, e: int) -> bool:
    """Whether the words from ``s`` to ``e`` are articles, prepositions, conjunctions and marks
    only ("the", "and"): nothing said. A question word is something ('“But why?” she asked')."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and all((t.pos_ in _FUNCTION_POS and t.tag_ not in ("WRB", "WP"))
                                    or t.lower_ in ("the", "a", "an") for t in span)
