"""Quotation marks: where an article's direct quotes are (double marks, curly or straight;
''doubled apostrophes''; single marks in an article that has no double ones, or in its headline),
and whether an attribution's content is a quote, holds one, or is reported speech."""
from __future__ import annotations

import itertools
import re

from .speaker_labels import MAX_HEADLINE_CHARS


#: Shorter quotes are scare quotes or names, not speech: they make content mixed, not direct
#: (unless they open a sentence their frame closes, ``opens_framed_quote``).
MIN_QUOTE_WORDS = 4


#: Marks that open and close a quote: double ones (curly, straight, guillemets) ...
OPEN = "“\"«"
CLOSE = "”\"»"
#: ... and with the single ones too.
OPENING_MARKS = OPEN + "‘'"
CLOSING_MARKS = CLOSE + "’'"


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
    paragraph, so that "the ministers' decision" inside a quote does not close it. A paragraph that
    opens with a mark it never closes, before one that opens with a mark, runs on into it."""
    chars = list(text)
    for pi, (ps, pe) in enumerate(paragraphs):
        opens = [m.start() for m in _SINGLE_OPEN.finditer(text, ps, pe)]
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, ps, pe)]
        k = 0
        while k < len(opens):
            o = opens[k]
            limit = next((x for x in opens if x > o), pe)
            cands = [c for c in closes if o + 2 < c < limit]  # not "rock 'n' roll"
            if not cands:
                nxt = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else None
                if o == ps and len(opens) == 1 and nxt is not None and _SINGLE_OPEN.match(text, nxt):
                    chars[o] = "“"  # a quote that runs on into the next paragraph, which opens with a mark
                k += 1
                continue
            close = next((c for c in cands if text[c - 1] in ",.?!…"), cands[-1])
            chars[o], chars[close] = "“", "”"
            k = next((j for j, x in enumerate(opens) if x > close), len(opens))
    return "".join(chars)


def _headline_in_single_marks(text: str, paragraphs: list[list[int]]) -> bool:
    """Whether the article opens with a headline of one line, followed by more, that has single
    quotation marks and no double ones."""
    if len(paragraphs) < 2:
        return False
    s, e = paragraphs[0]
    line = text[s:e]
    return len(line.strip()) <= MAX_HEADLINE_CHARS and "\n" not in line.strip() \
        and not any(ch in line for ch in "\"“”«»") and _SINGLE_OPEN.search(line) is not None


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
    article that has no double ones, ``_single_quotes_as_double``, and in a headline that has
    none, ``_headline_in_single_marks``).

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
    elif _headline_in_single_marks(text, paragraphs):
        # "Carly Fiorina: 'Bill Clinton's fair game.'": a headline quotes in single marks in an
        # article that quotes in double ones, as US papers do
        text = _single_quotes_as_double(text, paragraphs[:1])
    quotes: list[tuple[int, int]] = []
    carry: int | None = None
    for pi, (ps, pe) in enumerate(paragraphs):
        start: int | None = carry
        carry = None
        i = ps
        if start is not None and text[ps] in OPEN:
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
            if nxt is not None and text[nxt] in OPEN:
                quotes.append((start, pe))  # this paragraph's part; the next continues it
                carry = nxt + 1
            elif pe > start:
                quotes.append((start, pe))
    return [(s, e) for s, e in quotes if text[s:e].strip()]


def quote_kind(content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """direct (content is a quote: snap to it), mixed (a quote inside) or indirect."""
    s, e = content
    inside = [(a, b) for a, b in quotes if a >= s - 2 and b <= e + 2]
    if inside:
        covered = sum(b - a for a, b in inside)
        if covered >= 0.8 * (e - s):
            return "direct", (min(a for a, _ in inside), max(b for _, b in inside))
        return "mixed", content
    return "indirect", content


def past_mark_closing_open_quote(text: str, s: int, e: int) -> int:
    """``e``, moved past the quotation mark right after it that closes a quote (s, e) opens and
    does not close ('the deal “fully complies with the law”'); else ``e``. (Not past a stop
    before the mark, 'the law.”': reported speech ends before its stop, as PolNeAR's does.)"""
    curly = sum(text.count(m, s, e) for m in "“«") - sum(text.count(m, s, e) for m in "”»")
    if not (curly > 0 or (curly == 0 and text.count('"', s, e) % 2 == 1)):
        return e
    return e + 1 if e < len(text) and text[e] in CLOSE else e


#: A single mark that closes a quote (after a word, before no letter), not an apostrophe ("Kyiv's").
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?![\w])")


def before_mark_opening_closed_quote(text: str, s: int, e: int) -> int:
    """``s``, moved back over the quotation mark right before it that opens a quote the words
    (s, e) close and do not open ('"no compromise version" had yet been found'), as PolNeAR's
    annotators keep it; else ``s``."""
    if s == 0 or text[s - 1] not in OPENING_MARKS:
        return s
    mark = text[s - 1]
    if mark in "‘'":
        closing = _SINGLE_CLOSE.search(text, s, e) is not None
    elif mark == '"':
        closing = text.count('"', s, e) % 2 == 1
    else:
        closing = sum(text.count(m, s, e) for m in "”»") > sum(text.count(m, s, e) for m in "“«")
    return s - 1 if closing else s
