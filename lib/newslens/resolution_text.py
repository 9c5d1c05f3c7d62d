"""A resolution's or a decision's own text: the line that names the body ("The Security Council,",
"The General Assembly,", "The Board of Governors,") and the clauses under it that have no
subject of their own ("Welcoming the plan ...", "1. Endorses the plan, ... and calls on all
parties to ...", "3. Strongly condemns ..."): the body says each of them."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .doctools import text_of
from .line_wrap import is_page_furniture

#: The line that names the body, alone on its line and closed by a comma.
_BODY_LINE = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’\-]*\s+(?:of\s+(?:the\s+)?)?){0,6}"
                        r"(?:Council|Assembly|Conference|Committee|Commission|Governors|Parliament|Parties|Summit)"
                        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4})?\s*,")
#: A clause's number or letter ("1.", "12.", "(a)", "(iv)").
_NUMBER = re.compile(r"(?:\d{1,3}\.|\([a-z0-9]{1,4}\))\s+")
#: How a clause opens: with its number or letter, or with a capitalised verb ("Welcoming",
#: "Endorses", "Calls"), maybe after an adverb ("Strongly condemns", "Further decides").
_CLAUSE = re.compile(r"(?:\d{1,3}\.|\([a-z0-9]{1,4}\))\s|(?:[A-Z][a-z]+ly\s+|Further\s+|Also\s+)?"
                     r"[A-Z][a-z]+(?:s|ing)\b")
#: Paragraphs looked back over for the body line.
_MAX_PARAGRAPHS = 80


def clause_body(tok: Token) -> Token | None:
    """The head of the body line ("Council" of "The Security Council,") when ``tok`` opens a
    clause under it: the first word of its paragraph (after the clause's number), capitalised,
    with only clauses, blank lines and page furniture between that paragraph and the body line.
    None otherwise."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return None
    doc = tok.doc
    text = text_of(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    lead = text[start:tok.idx]
    if lead.strip() and not _NUMBER.fullmatch(lead):
        return None
    if not _CLAUSE.match(text, start):
        return None
    end = start - 1
    for _ in range(_MAX_PARAGRAPHS):
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if _BODY_LINE.fullmatch(line):
            body = doc.char_span(line_start, line_start + len(line.rstrip(", ")), alignment_mode="expand")
            return body.root if body is not None else None
        if line and not _CLAUSE.match(line) and not is_page_furniture(line) and not line[:1].islower():
            return None
        end = line_start - 1
    return None


def body_saying(verb: Token) -> Token | None:
    """The body that says what ``verb`` says when the verb opens a resolution's clause ("1.
    Decides ..."), or when the parser made the clause's opening verb its subject ("Endorses the
    plan, acknowledges that ...": "Endorses" the subject of "acknowledges"); None otherwise."""
    return clause_body(verb) or next((body for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")
                                      and c.i < verb.i and (body := clause_body(c)) is not None), None)
