"""Acronym definitions written in the text itself ("Basic Exchange and Cooperation Agreement
(BECA)", "CAATSA, or Countering America's Adversaries Through Sanctions Act").

The algorithm is a pure function of the text (:func:`find_definitions`), after Schwartz and
Hearst (2003): the short form's characters are matched right to left inside the candidate long
form, the first one at a word start. The spaCy component in :mod:`newslens.pipeline` only
stores what it returns.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

_SHORT = r"[A-Z][A-Za-z0-9&\-]{1,11}"
_PAREN = re.compile(r"\(([^()\n]{2,120})\)")
_OR_FORM = re.compile(
    rf"\b(?P<short>{_SHORT})\b,?\s+(?:or|i\.e\.,?|that is,?|also known as|meaning)\s+(?:the\s+)?"
    r"(?P<long>[A-Z][^,.;:()\n]{4,120})"
)
_SENT_BREAK = re.compile(r"[.;:!?\n]\s")


@dataclass(frozen=True)
class Acronym:
    """A short form defined in the text, with where its long form and short form stand."""

    short: str
    long: str
    start: int  # start of the whole definition (long or short form, whichever comes first)
    end: int  # end of the whole definition
    long_start: int
    long_end: int
    short_start: int
    short_end: int

    def to_dict(self) -> dict:
        return asdict(self)


def is_short_form(s: str) -> bool:
    """Looks like an acronym: 2-12 characters, starts with a letter, at least two capitals."""
    return bool(re.fullmatch(_SHORT, s)) and sum(c.isupper() for c in s) >= 2 and len(s.split()) == 1


#: Small words that an acronym's first letter is not taken from when a capitalised word before
#: them starts with the same letter.
_FUNCTION_WORDS = {"and", "of", "for", "on", "in", "to", "the", "at", "as", "an", "a", "with", "or"}


def match_long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of ``candidate`` in which ``short``'s letters and digits appear in order,
    right to left, the first one at a word start; None if there is none (Schwartz-Hearst)."""
    s_idx, l_idx = len(short) - 1, len(candidate) - 1
    while s_idx >= 0:
        c = short[s_idx].lower()
        if not c.isalnum():
            s_idx -= 1
            continue
        while l_idx >= 0 and (
            candidate[l_idx].lower() != c
            or (s_idx == 0 and l_idx > 0 and candidate[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    start = candidate.rfind(" ", 0, l_idx + 1) + 1
    first = candidate[start:].split(" ", 1)[0]
    before = candidate[:start].split()
    if first in _FUNCTION_WORDS and before and before[-1][0].lower() == first[0] and before[-1][0].isupper():
        # "Acquisition and Cross-Servicing Agreement (ACSA)": the A is Acquisition's, not "and"'s
        start = candidate.rfind(before[-1], 0, start)
    long = candidate[start:].strip()
    words = long.split()
    if len(words) < 2 or len(long) <= len(short):
        return None
    return long


def _tail_words(text: str, end: int, n: int) -> tuple[str, int]:
    """The last ``n`` words before ``end`` within one sentence, and where they start."""
    window_start = max(0, end - 400)
    window = text[window_start:end]
    breaks = list(_SENT_BREAK.finditer(window))
    if breaks:
        window_start += breaks[-1].end()
        window = text[window_start:end]
    words = list(re.finditer(r"\S+", window))
    if not words:
        return "", end
    first = words[max(0, len(words) - n)]
    return window[first.start() :].rstrip(), window_start + first.start()


def find_definitions(text: str) -> list[Acronym]:
    """Every acronym definition in ``text``, in order, first definition of each short form only."""
    found: dict[str, Acronym] = {}
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        inner_start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        if is_short_form(inner):
            short = inner
            n = min(len(short) + 5, len(short) * 2)
            cand, cand_start = _tail_words(text, m.start(), n)
            long = match_long_form(short, cand)
            if not long:
                continue
            long = long.rstrip(" ,")
            long_start = cand_start + cand.rfind(long)
            ac = Acronym(short, long, long_start, m.end(), long_start, long_start + len(long),
                         inner_start, inner_start + len(short))
        else:
            # SHORT (Long Form): the word before the parenthesis is the short form
            before = re.search(rf"({_SHORT})\s*$", text[max(0, m.start() - 20) : m.start()])
            if not before or not is_short_form(before.group(1)):
                continue
            short = before.group(1)
            long = match_long_form(short, inner)
            if not long or long != inner:
                continue
            short_start = m.start() - len(text[max(0, m.start() - 20) : m.start()]) + before.start(1)
            ac = Acronym(short, long, short_start, m.end(), inner_start, inner_start + len(long),
                         short_start, short_start + len(short))
        found.setdefault(ac.short, ac)
    for m in _OR_FORM.finditer(text):
        short = m.group("short")
        if not is_short_form(short) or short in found:
            continue
        cand = m.group("long").strip()
        words = cand.split()
        # the long form uses about as many words as the short form has letters
        for n in range(min(len(words), len(short) + 4), 1, -1):
            attempt = " ".join(words[:n])
            long = match_long_form(short, attempt)
            if long and long == attempt and words[n - 1][0].isupper():
                ls = m.start("long")
                found[short] = Acronym(short, long, m.start("short"), ls + len(long), ls,
                                       ls + len(long), m.start("short"), m.end("short"))
                break
    return sorted(found.values(), key=lambda a: a.start)
