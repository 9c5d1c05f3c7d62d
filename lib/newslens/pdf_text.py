"""The text of a PDF file: a press release, a UN document or a think tank's report as it was
saved or sent. Read with pypdf, keeping where each line sits on its page, which says what the
characters alone do not: lines set close together are one paragraph and a wider gap or a
first-line indent starts another; the largest type at the head of the first page is the
headline; what every page repeats at its head or foot (a running head, a page number, the date
and address a browser prints) is no part of the text."""
from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from .line_wrap import is_page_furniture, join_wrapped, set_in_columns, text_words


class NotAPdf(ValueError):
    """The bytes are no PDF that can be read: not a PDF, damaged, locked by a password, or
    pages with no text on them (a scan)."""


@dataclass
class PdfLine:
    """One line of a page as pypdf read it, where it sits (points from the page's bottom left)
    and the size of its type."""

    text: str
    page: int
    x: float
    y: float
    size: float


#: Words set this many type sizes right of where the line's words before them end are in a
#: column of their own ("United Nations" ... "S/2025/712"): written apart by four spaces, as
#: text set in columns is (``line_wrap.set_in_columns``).
COLUMN_GAP_SIZES = 3.0
COLUMN_GAP = "\ue000"  # (a private-use character: held for the gap until the line is whole)
#: Share of a page's height, at its head and at its foot, where running heads and page numbers
#: are set.
MARGIN_SHARE = 0.1
#: A line in type this much larger than the body's, at the head of the first page, is the
#: headline.
HEADLINE_SCALE = 1.2
#: A gap between two lines this many times the body's usual line spacing ends a paragraph.
PARAGRAPH_GAP = 1.3
#: A line set this many type sizes right of the line before it opens a paragraph (an indent).
INDENT_SIZES = 0.8
#: A line ends its paragraph when the next line's first word would have fitted on it, in this
#: share of a full line's width (as ``_text_width`` guesses it).
FIT_SHARE = 0.9
#: Rough widths of letters in type of size 1, as common serif and sans-serif faces set them:
#: a line's characters alone say little of its width ("UNITED NATIONS" is wider than "united nations").
_NARROW, _WIDE = set("fijlrtI.,;:'!|()[]-‘’"), set("mwMW@%")
_SENTENCE_END = re.compile(r"""[.!?:]["'”’)]*$""")
#: What a document's title field often holds in place of a title: a producer's name or the file's
#: (a browser prints a page with no title under its address's last part, "B02.html").
_NO_TITLE = re.compile(r"(?i)^(?:untitled|microsoft (?:word|powerpoint) - .*"
                       r"|\S*\.(?:docx?|pdf|indd|odt|rtf|txt|html?|aspx|php))$")


def _transform(tm: list[float], cm: list[float]) -> tuple[float, float, float]:
    """Where a text matrix ``tm`` under the current matrix ``cm`` sets its origin on the page,
    and how much it scales type vertically."""
    a, b, c, d, e, f = (float(v) for v in tm)
    A, B, C, D, E, F = (float(v) for v in cm)
    x = e * A + f * C + E
    y = e * B + f * D + F
    scale = abs(c * B + d * D) or abs(a * A + b * C) or 1.0
    return x, y, scale


#: A footnote's mark as a page sets it, above the line in smaller type ("expires,¹").
_MARK = re.compile(r"\s*(?:\d{1,3}|[*†‡§]{1,3}|[ivx]{1,4})\s*")


def _raised_mark(part: str, size: float, y: float, line_at: tuple[float, float, float] | None) -> bool:
    """Whether a piece of a line is a footnote's mark: a number or a symbol in smaller type set
    above the line it is in."""
    if line_at is None or not _MARK.fullmatch(part):
        return False
    _, base, base_size = line_at
    return size < 0.85 * base_size and y > base + 0.15 * base_size


def _page_lines(page, number: int) -> list[PdfLine]:
    """The lines of one page, in the order the page sets them down (which is reading order for
    what word processors, browsers and typesetters write), without footnote marks."""
    pieces: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm, tm, font, size) -> None:
        if text:
            x, y, scale = _transform(tm, cm)
            pieces.append((text, x, y, float(size or 0) * scale))

    page.extract_text(visitor_text=visit)
    lines: list[PdfLine] = []
    current: list[str] = []
    where: tuple[float, float, float] | None = None
    end = math.inf  # about where the line's last words end (not known for words after a break in a piece)
    for text, x, y, size in pieces:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                _close(lines, current, where, number)
                current, where, end = [], None, math.inf
            if _raised_mark(part, size, y, where):
                continue
            if part.strip() and where is None:
                where = (x, y, size)
            elif part.strip() and k == 0 and x > end + COLUMN_GAP_SIZES * size:
                current.append(COLUMN_GAP)  # "United Nations" ... "S/RES/2803 (2025)" across the page
            if part.strip() and k == 0:
                end = x + _text_width(part) * size
            current.append(part)
    _close(lines, current, where, number)
    return lines


def _close(lines: list[PdfLine], parts: list[str], where: tuple[float, float, float] | None, page: int) -> None:
    """Add the line made of ``parts`` (set at ``where``: x, y, type size) to ``lines``, spaces
    made one and a column's gap four."""
    # (a glyph the file maps to no character comes out as a control character: left out)
    text = re.sub(r"[ \xa0]+", " ", re.sub(r"[\x00-\x1f\x7f]", "", "".join(parts)))
    text = re.sub(rf" ?{COLUMN_GAP} ?", " " * 4, text.strip().strip(COLUMN_GAP))
    if text and where is not None:
        lines.append(PdfLine(text, page, where[0], where[1], round(where[2], 1)))


def _body_size(lines: list[PdfLine]) -> float:
    """The type size most of the text is set in."""
    weight: Counter[float] = Counter()
    for line in lines:
        weight[line.size] += len(line.text)
    return weight.most_common(1)[0][0]


def _at_edges(lines: list[PdfLine], heights: dict[int, float], body: float) -> list[int]:
    """Indexes of the lines set in a page's head or foot: in its top or bottom tenth, and above
    or below all the text of the page outside them (or, on a page whose text all lies there, all
    its text in the body's type)."""
    def in_margin(line: PdfLine) -> bool:
        h = heights[line.page]
        return line.y > h * (1 - MARGIN_SHARE) or line.y < h * MARGIN_SHARE

    inner: dict[int, list[float]] = {}
    for line in lines:
        if not in_margin(line):
            inner.setdefault(line.page, []).append(line.y)
    for page in set(heights) - set(inner):
        ys = [x.y for x in lines if x.page == page and x.size >= body - 0.5]
        if ys:
            inner[page] = ys
    return [i for i, line in enumerate(lines) if in_margin(line) and line.page in inner
            and not min(inner[line.page]) <= line.y <= max(inner[line.page])]


#: A number a head or foot is, opens or ends with ("7", "7 GNU Libtasn1", "Chapter 3: Utilities 7"),
#: as a page's number is set (not one inside a date or a time: "12/1/26", "11:48").
_EDGE_NUMBER = re.compile(r"^(\d{1,4})(?=\s|$)|(?<=\s)(\d{1,4})$")


def _edge_numbers(text: str) -> list[int]:
    """The numbers a head or foot is, opens or ends with (``_EDGE_NUMBER``)."""
    return [int(a or b) for a, b in _EDGE_NUMBER.findall(text.strip())]


def _numbering_offset(lines: list[PdfLine], edges: list[int]) -> int | None:
    """How printed page numbers differ from the pages' order (front matter numbered apart),
    when the heads or feet of two pages or more agree on it."""
    pages_of: dict[int, set[int]] = {}
    for i in edges:
        for number in _edge_numbers(lines[i].text):
            pages_of.setdefault(number - lines[i].page, set()).add(lines[i].page)
    best = max(pages_of.items(), key=lambda kv: len(kv[1]), default=None)
    return best[0] if best and len(best[1]) >= 2 else None


def _furniture(lines: list[PdfLine], heights: dict[int, float], body: float, notes: set[int]) -> set[int]:
    """Indexes of the lines a page sets at its head or foot: the same line (its digits aside) on
    two pages or more, a page number or a line that carries its page's number ("Chapter 3:
    Utilities 7"), a document symbol, or a line in type smaller than the body's (a browser's
    date, title and address) that is no footnote (``notes``)."""
    edges = _at_edges(lines, heights, body)
    shape = lambda line: re.sub(r"\d+", "#", line.text.lower())  # noqa: E731
    seen_on: dict[str, set[int]] = {}
    for i in edges:
        seen_on.setdefault(shape(lines[i]), set()).add(lines[i].page)
    offset = _numbering_offset(lines, edges)
    out: set[int] = set()
    for i in edges:
        line = lines[i]
        repeated = len(seen_on[shape(line)]) >= 2
        if line.size > body + 0.5 and not repeated:
            continue  # a headline set high on its page
        numbered = i not in notes and offset is not None and any(n - line.page == offset
                                                                 for n in _edge_numbers(line.text))
        small = i not in notes and line.size < body - 0.5
        if repeated or numbered or is_page_furniture(line.text) or small:
            out.add(i)
    return out


#: How a footnote opens: its number or symbol, then its words ("1 Kremlin, remarks ...").
_NOTE_OPENING = re.compile(r"(?:\d{1,3}|[*†‡§])\.?\s*[^\W\d]")


def _footnotes(lines: list[PdfLine], body: float) -> set[int]:
    """Indexes of the lines of footnotes: in type smaller than the body's below all of a page's
    body text (a page number aside), from a line that opens as a footnote does on."""
    out: set[int] = set()
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        by_page.setdefault(line.page, []).append(i)
    for on_page in by_page.values():
        body_ys = [lines[i].y for i in on_page if lines[i].size >= body - 0.5 and not is_page_furniture(lines[i].text)]
        if not body_ys:
            continue
        below = [i for i in on_page if lines[i].y < min(body_ys) and lines[i].size < body - 0.5]
        first = next((k for k, i in enumerate(below) if _NOTE_OPENING.match(lines[i].text)), None)
        if first is not None:
            out.update(below[first:])
    return out


def _line_spacing(lines: list[PdfLine], body: float) -> float:
    """The usual distance between two lines of body text that follow each other in a paragraph:
    the distances near the smallest (where most paragraphs are a line or two long, the middle
    distance is the one between paragraphs)."""
    gaps = sorted(a.y - b.y for a, b in zip(lines, lines[1:])
                  if a.page == b.page and a.size == b.size == body and 0 < a.y - b.y < 3 * body)
    if not gaps:
        return 1.2 * body
    least = gaps[len(gaps) // 10]
    return statistics.median(g for g in gaps if g <= 1.25 * least)


def _text_width(text: str) -> float:
    """About how wide a line's text is set, in type sizes."""
    width = 0.0
    for ch in text:
        if ch == " ":
            width += 0.25
        elif ch in _NARROW:
            width += 0.3
        elif ch in _WIDE:
            width += 0.85
        elif ch.isupper():
            width += 0.68
        else:
            width += 0.5
    return width


def _ends_short(prev: PdfLine, line: PdfLine, width: float, body: float) -> bool:
    """Whether ``prev`` stops short of the column's width (``width`` in sizes of type of size
    ``body``): the first word of ``line`` would have fitted on it, and ``prev`` ends a sentence or
    ``line`` begins as a sentence does."""
    first = line.text.split(" ", 1)[0]
    fits = _text_width(prev.text + " " + first) <= FIT_SHARE * width * body / max(prev.size, 1)
    return fits and (bool(_SENTENCE_END.search(prev.text)) or not line.text[:1].islower())


def _margin(line: PdfLine, page_lines: list[PdfLine]) -> float:
    """Where the lines of ``line``'s column begin: the leftmost start of a line of its page a
    few type sizes left of it at most."""
    return min((x.x for x in page_lines if line.x - 4 * line.size <= x.x <= line.x), default=line.x)


def _opens_paragraph(prev: PdfLine, line: PdfLine, spacing: float, body: float, width: float,
                     page_lines: list[PdfLine]) -> bool:
    """Whether ``line`` starts a paragraph after ``prev`` (``spacing`` is the usual distance between
    two lines of body text, set in type of size ``body``; ``width`` the length of a full line;
    ``page_lines`` the lines of ``line``'s page)."""
    if abs(line.size - prev.size) > 0.5:
        return True  # a headline, a subhead, a caption
    gap = prev.y - line.y
    indented = line.x - _margin(line, page_lines) > INDENT_SIZES * line.size
    if line.page == prev.page and gap > 0:
        if gap > PARAGRAPH_GAP * spacing * line.size / body:
            return True  # (a wide space down the page too: a paragraph goes on over a column or page only)
        if line.x - prev.x > INDENT_SIZES * line.size:
            return True  # a first-line indent
        if indented and abs(line.x - prev.x) < 1 and _SENTENCE_END.search(prev.text) \
                and not line.text[:1].islower():
            return True  # a paragraph of one line, then another's indented first line
    elif indented:
        return True  # the next column or page opens with an indented line
    # (the next column or page goes on with the paragraph unless the line before ended it)
    return _ends_short(prev, line, width, body)


def pdf_lines(data: bytes) -> tuple[list[PdfLine], dict[int, float], dict[str, str]]:
    """Every line of every page, each page's height and the document's own fields (title),
    or ``NotAPdf`` naming what is wrong."""
    from pypdf import PdfReader  # (here: the other formats need no PDF reader loaded)

    if not data.lstrip()[:5] == b"%PDF-":
        raise NotAPdf("not a PDF file (no %PDF- header)")
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # (pypdf logs what it repairs, "EOF marker not found": not the reader's business)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NotAPdf("the PDF is locked with a password")
        lines: list[PdfLine] = []
        heights: dict[int, float] = {}
        for number, page in enumerate(reader.pages, start=1):
            heights[number] = float(page.mediabox.height)
            lines.extend(_page_lines(page, number))
        info = reader.metadata or {}
        title = str(info.get("/Title") or "").strip()
    except NotAPdf:
        raise
    except Exception as exc:  # a damaged file fails in pypdf with errors of many kinds
        raise NotAPdf(f"the PDF cannot be read, damaged or cut short ({type(exc).__name__}: {exc})") from None
    finally:
        log.setLevel(level)
    if not lines:
        raise NotAPdf(f"no text on its {len(heights)} page(s): a scanned document? (run OCR on it first)")
    meta = {"title": title} if title and not _NO_TITLE.match(title) else {}
    return lines, heights, meta


@dataclass
class PdfText:
    """What a PDF says: its text (a paragraph to a line, a blank line between two; footnotes
    after the body), its title when it sets one, and how many lines of page heads and feet were
    left out and of footnotes moved to the end."""

    text: str
    meta: dict[str, str]
    furniture: int
    footnotes: int


def pdf_text(data: bytes) -> PdfText:
    """The text of a PDF: the headline first, paragraphs from where the lines sit, without what
    pages set at their heads and feet or footnote marks, footnotes after the body; the title is
    the headline, or the document's title field when the first page sets none."""
    lines, heights, meta = pdf_lines(data)
    body = _body_size(lines)
    notes = _footnotes(lines, body)
    dropped = _furniture(lines, heights, body, notes)
    notes -= dropped
    kept = [line for i, line in enumerate(lines) if i not in dropped and i not in notes]
    if not kept:
        raise NotAPdf("nothing but page heads and feet on its pages")
    spacing = _line_spacing(kept, body)
    lengths = sorted(_text_width(x.text) for x in kept if x.size == body) or sorted(_text_width(x.text) for x in kept)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    paragraphs: list[list[PdfLine]] = [[kept[0]]]
    by_page: dict[int, list[PdfLine]] = {}
    for line in kept:
        by_page.setdefault(line.page, []).append(line)
    for prev, line in zip(kept, kept[1:]):
        if _opens_paragraph(prev, line, spacing, body, width, by_page[line.page]):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    note_lines = [line for i, line in enumerate(lines) if i in notes]
    for k, line in enumerate(note_lines):
        if k == 0 or _NOTE_OPENING.match(line.text):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    words = text_words("\n".join(x.text for x in kept + note_lines))
    texts = []
    for para in paragraphs:
        joined = para[0].text
        for line in para[1:]:
            joined = join_wrapped(joined, line.text, words)
        texts.append(joined)
    # (the headline may come after a kicker or a date line in smaller type)
    # (not a document's head set in columns: "Security Council    Distr.: General")
    headline = next((t for p, t in zip(paragraphs[:3], texts)
                     if p[0].page == 1 and p[0].size >= HEADLINE_SCALE * body and not set_in_columns(t)), None)
    if headline:
        meta = {"title": headline}
    return PdfText("\n\n".join(texts), meta, len(dropped), len(note_lines))
