"""Join the lines of a hard-wrapped text (copied from a PDF, an e-mail, a terminal, a Markdown
file) back into paragraphs.

A text is hard-wrapped when its lines stop near one width because the next word would not
have fitted: "India and the United States are close to concluding the first tranche of a" /
"bilateral trade agreement, ...". Left as it is, every line break reads as the end of a
sentence, and a speaker on one line loses what they said on the next. A line that ends early,
a blank line, a list item, a speaker's label or an indented line still start a new paragraph,
and a text whose lines are not of one width (one paragraph per line, a list, a table) is left
exactly as written.
"""
from __future__ import annotations

import re

#: Fewest wrapped line pairs, and their least share of all pairs of adjacent non-blank lines
#: (the first at least half as long as the widest, the second not a list item or a label), for
#: a text to count as hard-wrapped.
MIN_WRAPPED_PAIRS = 3
MIN_WRAPPED_SHARE = 0.5
#: Widths a hard wrap is set at (typewriter 60 to a wide PDF column); a text whose long lines
#: run longer than this has paragraphs on lines of their own.
WIDTH_RANGE = (40, 160)
#: How far below the wrap width a line may stop and still have been cut by it: the next word
#: would not have fitted on it.
_SLACK = 2

#: A line that opens something of its own: a list item ("- ", "• ", "3. ", "(b) "), a
#: recording's or a live page's time ("[00:01:10]", "09:40 GMT -"; not "7:30 a.m. and"), a
#: speaker's or a heading's label in capitals ("QUESTION:", "Q:", "SECRETARY RUBIO:"), a
#: Markdown heading or quote.
_OPENS_BLOCK = re.compile(
    r"(?:[-•*+–—▪●]\s|\d{1,3}[.)]\s|\([a-z0-9]{1,3}\)\s|#{1,6}\s|>"
    r"|[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[A-Z]{2,4}|[ap]\.?m\.?))?\s+[-–—|:]"
    r"|[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,4}\s*:)"
)


#: The gap between two columns of a line set out in columns ("United Nations          S/2025/712").
_COLUMN_GAP = r" {4,}|\t"
_COLUMNS = re.compile(rf"\S(?:{_COLUMN_GAP})\S")


def set_in_columns(line: str) -> bool:
    """Whether a line is set out in columns: laid out, not wrapped, and no sentence or headline."""
    return _COLUMNS.search(line) is not None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def wrap_width(lines: list[str]) -> int:
    """The width a text's lines were cut at: the 90th-percentile length of its non-blank lines
    (robust to a long address or a line a few characters over), lines set in columns aside."""
    lengths = sorted(len(line) for line in lines if line.strip() and not set_in_columns(line))
    if not lengths:
        return 0
    return lengths[int(0.9 * (len(lengths) - 1))]


#: A dash set between spaces that a wrap put at the start of a line, not a list's mark: it
#: goes on in lower case after a full line ("... which probably" / "- we do buy some ...").
_DASH_GOING_ON = re.compile(r"[-–—]\s+[a-z]")


def _cut_by_width(line: str, following: str, width: int) -> bool:
    """Whether ``line`` ended where it did because ``following``'s first word would not fit."""
    if not line.strip() or not following.strip() or _indent(following) > _indent(line):
        return False
    if set_in_columns(line) or set_in_columns(following):
        return False
    first_word = following.split()[0]
    full = len(line) + 1 + len(first_word) > width - _SLACK
    if _OPENS_BLOCK.match(following.lstrip()):
        return full and bool(_DASH_GOING_ON.match(following.lstrip())) and not line.rstrip().endswith(":")
    return full


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def text_words(text: str) -> set[str]:
    """The words a text writes, in lower case, as ``join_wrapped`` looks them up."""
    return set(_WORD.findall(text.lower()))


def join_wrapped(line: str, following: str, words: set[str]) -> str:
    """Two wrapped lines as one. A word broken at a hyphen stays whole: without the hyphen
    when the text writes it so elsewhere ("negoti-" / "ations", "negotiations") and never
    with one, with it otherwise ("anti-" / "submarine"); a dash set against a word stays."""
    head, tail = line.rstrip(), following.strip()
    if len(head) >= 2 and head[-1] in "-—" and not head[-2].isspace():
        if head[-1] == "-" and head[-2].isalpha() and tail[:1].islower():
            first = _WORD.match(head.split()[-1][:-1] + "-" + tail)
            if first:
                hyphened = first.group(0).lower()
                closed = hyphened.replace("-", "", 1)
                if closed in words and hyphened not in words:
                    return head[:-1] + tail
        return head + tail
    return head + " " + tail


#: A page number as a printed page sets it at its head or foot: "3", "- 3 -", "Page 3 of 12", "2/3"
#: (a number alone has three digits at most: "2019" alone on its line is a timeline's year).
_PAGE_NUMBER = re.compile(r"(?i)[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
                          r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,3}")


def is_page_furniture(line: str) -> bool:
    """Whether a line is what a printed page sets at its head or foot: page numbers and
    document symbols or job numbers ("S/2025/712", "25-18765 (E)  171125", "*2518765*"), alone
    or set in columns; each part has a digit and no lower-case letter, or is a page number."""
    cells = [c.strip() for c in re.split(_COLUMN_GAP, line.strip()) if c.strip()]
    return bool(cells) and all(
        _PAGE_NUMBER.fullmatch(c) or (len(c) <= 30 and any(ch.isdigit() for ch in c)
                                      and not any(ch.islower() for ch in c))
        for c in cells)


def _without_page_breaks(lines: list[str], width: int) -> list[str]:
    """The lines without the page breaks that fall inside a sentence (blank lines and page
    furniture, ``is_page_furniture``, between a line cut by the width and a line going on in
    lower case) and without page numbers set between blank lines ("- 2 -", "Page 2 of 5").
    Other furniture between two sentences stays as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _PAGE_NUMBER.fullmatch(lines[i].strip()) and not (i and lines[i - 1].strip()) \
                and not (i + 1 < len(lines) and lines[i + 1].strip()):
            i += 2  # a page number on a line of its own, between blank lines (and the blank after it)
            continue
        out.append(lines[i])
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or is_page_furniture(lines[j])):
            j += 1
        skipped = lines[i + 1:j]
        if (j < len(lines) and any(line.strip() for line in skipped) and lines[i].strip()
                and lines[j].lstrip()[:1].islower() and _cut_by_width(lines[i], lines[j].lstrip(), width)):
            i = j
            continue
        i += 1
    return out


def unwrap_hard_wrapped(text: str) -> tuple[str, int]:
    """The text with its hard-wrapped lines joined into paragraphs, page breaks inside a
    sentence and the last page's foot taken out, and the width the lines were cut at (0 when
    the text is not hard-wrapped, and then comes back unchanged)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if not WIDTH_RANGE[0] <= width <= WIDTH_RANGE[1]:
        return text, 0
    # (a short line, or a line before a list item or a turn, says nothing of how wide the
    # text was cut: the lines of a list or a signature block are short by nature)
    pairs = [(a, b) for a, b in zip(lines, lines[1:])
             if len(a) >= width / 2 and b.strip() and not _OPENS_BLOCK.match(b.lstrip())]
    wrapped = sum(_cut_by_width(a, b, width) for a, b in pairs)
    if wrapped < MIN_WRAPPED_PAIRS or wrapped < MIN_WRAPPED_SHARE * len(pairs):
        return text, 0
    words = text_words(text)
    lines = _without_page_breaks(lines, width)
    out = [lines[0]]
    for prev, line in zip(lines, lines[1:]):
        if _cut_by_width(prev, line, width):
            out[-1] = join_wrapped(out[-1], line, words)
        else:
            out.append(line)
    while len(out) > 1 and (not out[-1].strip() or is_page_furniture(out[-1])):
        out.pop()  # the last page's foot
    return "\n".join(out), width
