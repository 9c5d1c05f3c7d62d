"""Numbers with units, and dates resolved against the article date: pure functions of text.

``parse_quantities("a $ 5 billion deal")`` -> ``[{"text": "$ 5 billion", "value": 5e9, "unit": "USD"}]``;
crore and lakh, percentages, distances, durations and counts likewise.
``resolve_date("on Wednesday", "2019-06-25", future=True)`` -> ``"2019-06-26"``.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
}
MULTIPLIERS = {
    "thousand": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
    "dozen": 12,
}
CURRENCY_BEFORE = {"$": "USD", "us$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
                   "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "rs": "INR", "rs.": "INR", "inr": "INR", "₹": "INR",
                   "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "rub": "RUB", "¥": "JPY"}
CURRENCY_AFTER = {"dollars": "USD", "dollar": "USD", "usd": "USD", "rupees": "INR", "rupee": "INR",
                  "euros": "EUR", "euro": "EUR", "pounds": "GBP", "roubles": "RUB", "rubles": "RUB", "yuan": "CNY"}
#: The codes of money amounts.
MONEY_UNITS = frozenset(CURRENCY_BEFORE.values()) | frozenset(CURRENCY_AFTER.values())
UNITS = {
    "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mi", "mile": "mi", "m": "m", "metres": "m", "meters": "m", "nautical": "nmi",
    "kg": "kg", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "lb": "lb", "lbs": "lb",
    "tonnes": "t", "tons": "t", "barrels": "barrel", "barrel": "barrel", "bpd": "barrel/day",
    "%": "%", "percent": "%", "per cent": "%", "pc": "%",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month", "month": "month",
    "years": "year", "year": "year", "hours": "hour", "decades": "decade",
}

#: Units of time: a number of them after another word is a count ("two more years"); the codes
#: they are written as.
TIME_UNITS = {"days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "decades"}
TIME_UNIT_CODES = {UNITS[w] for w in TIME_UNITS}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDNUM = r"(?:" + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True)) + r")"
_MULT = r"(?:thousand|million|billion|trillion|crores?|lakhs?|lac|mn|bn|tn|dozen)"
_CUR_BEFORE = (r"(?:(?<![A-Za-z])(?:US\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|USD|Rs\.?|INR|EUR|GBP|RUB)|\$|₹|€|£|¥)")
# (a code only where no letter comes before it: not "coveRS 821")
_QUANTITY = re.compile(
    rf"(?P<cur>{_CUR_BEFORE})?\s?(?<![\w\-])(?P<num>{_NUM}|{_WORDNUM})(?:\s?-\s?|\s)?(?P<mult>{_MULT})?\b"
    rf"(?:[\s-]?(?P<unit>per cent|percent|%|km|kms|kilometres|kilometers|kilometre|kilometer|miles?|metres|meters|"
    rf"kg|kilograms?|kilos|lbs?|tonnes|tons|barrels?|bpd|days?|weeks?|months?|years?|hours?|decades|dollars?|rupees?|euros?|pounds|roubles|rubles|yuan)\b|(?P<pct>%))?",
    re.IGNORECASE,
)
#: Units that are often given per day or per year ("barrels per day", "tonnes a year"), and the
#: words of the rate after them (with what is measured between: "barrels of oil per day").
_RATE_UNITS = {"barrel", "t"}
_RATE = re.compile(r"(?:\s+of\s+[a-z]+)?\s+(?:per|a|an)\s+(?P<period>day|week|month|year)\b", re.IGNORECASE)
#: Parts of a whole written as words ("two-thirds of the Senate", "three quarters"): the share each is.
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_FRACTION = re.compile(r"(?:-|\s)?(?P<part>halves|thirds?|quarters?|fifths?)\b", re.IGNORECASE)
#: Units of mass a weight in pounds may be given beside ("274.8 kilograms (605.8 pounds)").
_MASS_CODES = {"kg", "t"}
#: A counted noun after a number: a plural in "s" or one of the plurals without it ("25 people").
_COUNT_NOUN = re.compile(r"^[\s-]*(?:(?!(?:after|before|since|when|as|if|while|with|for|from|than|until|because)\s)"
                         r"[\w\-]+\s){0,2}?(?P<noun>people|children|women|men|personnel|police|staff|"
                         r"aircraft|[a-z][a-z\-]+s)\b")
#: Words whose number after them names something rather than counts it ("Article 4", "Resolution
#: 2231", "Phase 2", "Flight 752").
_NUMBERED = re.compile(r"\b(?:Article|Section|Chapter|Clause|Paragraph|Resolution|Rule|Phase|Annex|Protocol|No\.|"
                       r"Number|Point|Item|Page|Flight|Route|Highway|Camp|Unit|Block|Level|Stage|Round|Title)\s*$")


#: A share of a whole written with no numeral ("more than half of", "nearly a third of the
#: voters", "half the population"): the words before a whole it is of.
_WORD_SHARE = re.compile(r"\b(?:(?:more than|less than|nearly|almost|about|around|roughly|some|over|under|at least)\s+)?"
                         r"(?:(?:a|one)[\s-])?(?P<part>half|third|quarter|fifth)(?=\s+(?:of|the|its|their|his|her)\b)",
                         re.IGNORECASE)


#: A vote's tally: "25-24", "by 32 votes to 9", "91 in favour to 12 against" (the words of a
#: vote before the first form).
_TALLY = re.compile(r"(?<![\w\-.,])(?P<yes>\d{1,4})"
                    r"(?:\s?[-–]\s?|(?P<votes>\s+votes?(?:\s+in\s+favou?r)?|\s+in\s+favou?r)"
                    r"(?:,?\s+to\s+|(?:,|,?\s+and|,?\s+with)\s+(?=\d{1,4}\s+against)))"
                    r"(?P<no>\d{1,4})(?P<against>\s+against)?(?![\w\-%]|[.,]\d)")
_VOTE_WORDS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|passed|approved|adopted|rejected|tally|margin|ballot)\b[^.;]*$",
                         re.IGNORECASE)


_TIME_HALVES = {"first", "second", "third", "fourth", "latter", "last", "other", "the", "this", "next", "back",
                "front"}


def _num_value(s: str) -> float | None:
    s = s.strip().lower()
    if s in WORD_NUMBERS:
        return float(WORD_NUMBERS[s])
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def _a_weight(text: str, start: int, end: int, before: list[dict[str, Any]]) -> bool:
    """Whether "N pounds" at ``start``-``end`` weighs something rather than costs it: given in
    brackets beside a weight ("274.8 kilograms (605.8 pounds)") or a weight of some stuff ("500
    pounds of explosives"). ("10 million pounds", "£500" and plain "500 pounds" stay money.)"""
    if re.match(r"\s+of\s+[a-z]", text[end : end + 8]) and not re.match(r"\s+of\s+(?:aid|funding|support)\b",
                                                                         text[end : end + 20]):
        return True
    last = before[-1] if before else None
    return last is not None and last["unit"] in _MASS_CODES and re.fullmatch(r"\s*\(\s*", text[last["end"] : start]) is not None


def parse_quantities(text: str) -> list[dict[str, Any]]:
    """Every amount, measure, percentage, duration and count in ``text`` with a normalised value
    and unit (USD, INR, km, %, year, ... or the counted noun)."""
    out: list[dict[str, Any]] = []
    for m in _QUANTITY.finditer(text):
        num = m.group("num")
        value = _num_value(num)
        if value is None:
            continue
        cur, mult, unit, pct = m.group("cur"), m.group("mult"), m.group("unit"), m.group("pct")
        s, e = m.start(), m.end()
        # a year or a day of the month is a date, not a quantity
        if not cur and not mult and not unit and not pct and re.fullmatch(r"(1[89]|20)\d\d", num):
            continue
        prev = text[max(0, s - 12) : s].lower()
        if not cur and not unit and re.search(r"(january|february|march|april|may|june|july|august|september|"
                                                  r"october|november|december)\s*$", prev):
            continue
        if not cur and not mult and not pct and _NUMBERED.search(text[max(0, s - 12) : s]):
            continue  # "Article 4 after Russian drones", "Resolution 2231": a name, not an amount
        if mult:
            value *= MULTIPLIERS[mult.lower()]
        part = _FRACTION.match(text, e) if not (cur or mult or unit or pct) and value < 10 else None
        u = None
        if part:  # "two-thirds": a share, as a percentage
            e, u = part.end(), "%"
            value = round(100 * value / FRACTIONS[part.group("part").lower()], 2)
        elif cur:
            u = CURRENCY_BEFORE.get(cur.lower())
        elif pct:
            u = "%"
        elif unit:
            u = CURRENCY_AFTER.get(unit.lower()) or UNITS.get(unit.lower())
            if unit.lower() == "pounds" and not mult and _a_weight(text, s, e, out):
                u = "lb"
            rate = _RATE.match(text, e) if u in _RATE_UNITS else None
            if rate:  # "500,000 barrels per day", "10 million tonnes a year": a rate
                u, e = f"{u}/{rate.group('period').lower()}", rate.end()
        if u is None:
            # "five-billion-dollar deal", "$5-billion" handled above; "five regiments": a count
            tail = text[e : e + 40]
            dm = re.match(r"^[\s-]*dollars?\b", tail, re.I)
            if dm:
                u, e = "USD", e + dm.end()
            else:
                cm = _COUNT_NOUN.match(tail)
                definite = re.search(r"\b(?:the|these|those|both)\s*$", text[max(0, s - 10) : s], re.I)
                if cm and num.lower() not in ("one",) and not definite and not re.match(r"^\s*(?:of|and|or|to|in|on|at|by)\b", tail):
                    noun = cm.group("noun").lower()
                    # a unit after a word ("9,000 total miles", "200 nautical miles") is the unit
                    u = "nmi" if noun in ("miles", "mile") and "nautical" in tail[: cm.end()].lower() \
                        else UNITS.get(noun) if noun in UNITS and noun not in TIME_UNITS else "count:" + cm.group("noun")
                    e = e + cm.end()
                elif not mult:
                    continue
                else:
                    u = "count"
        while e > s and text[e - 1] in " -":
            e -= 1
        while s < e and text[s].isspace():  # (the pattern may take the space before the number)
            s += 1
        out.append({"text": text[s:e].strip(), "value": value, "unit": u, "start": s, "end": e})
    for m in _TALLY.finditer(text):  # "voted 25-24", "passed by 32 votes to 9": the votes for and against
        if not _VOTE_WORDS.search(text, max(0, m.start() - 30), m.start()) and not m.group("votes"):
            continue  # (a score or a range: "the 2020-24 period" is none)
        for name, unit in (("yes", "count:votes for"), ("no", "count:votes against")):
            a, b = m.span(name)
            b = m.end("votes") if name == "yes" and m.group("votes") else b  # ("32 votes" to 9)
            b = m.end("against") if name == "no" and m.group("against") else b  # (91 in favour to "12 against")
            if not any(q["start"] < b and a < q["end"] for q in out if q["unit"] != "count:votes"):
                out = [q for q in out if not (q["start"] < b and a < q["end"])]
                out.append({"text": text[a:b], "value": float(m.group(name)), "unit": unit, "start": a, "end": b})
    for m in _WORD_SHARE.finditer(text):  # "more than half of Sudan's population", "nearly a third"
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in _TIME_HALVES:
            continue  # "the second half of the year": a span of time, not a share
        if not any(q["start"] < m.end() and m.start() < q["end"] for q in out):
            share = round(100 / FRACTIONS[m.group("part").lower()], 2)
            out.append({"text": m.group(0), "value": share, "unit": "%", "start": m.start(), "end": m.end()})
    return sorted(out, key=lambda q: q["start"])


WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})


def resolve_date(expr: str, article_date: str | None, *, future: bool | None = None) -> str | None:
    """A date expression as YYYY-MM-DD, YYYY-MM or YYYY, resolved against the article date.

    ``future`` says which way a bare weekday or month points (plans look forward, reports of
    events look back); None lets the expression decide ("next", "last") and otherwise looks
    forward for weekdays (news announces what comes) and back for months.
    """
    low = expr.lower().strip()
    low = re.sub(r"^(on|in|by|since|from|during|until|till|this|the)\s+", "", low)
    base = None
    if article_date:
        try:
            base = date.fromisoformat(article_date[:10])
        except ValueError:
            base = None
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    explicit_year = int(m.group(1)) if m else None
    # full dates
    for pat in (r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]+)\.?,?\s+(?P<y>\d{4})",
                r"(?P<m>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"):
        mm = re.search(pat, low)
        if mm and mm.group("m") in MONTHS:
            try:
                return date(int(mm.group("y")), MONTHS[mm.group("m")], int(mm.group("d"))).isoformat()
            except ValueError:
                return None
    mm = re.search(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]+)|(?P<m2>[a-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b", low)
    if mm:
        mon = mm.group("m") or mm.group("m2")
        day = mm.group("d") or mm.group("d2")
        if mon in MONTHS and base:
            year = explicit_year or base.year
            try:
                d = date(year, MONTHS[mon], int(day))
            except ValueError:
                d = None
            if d and not explicit_year:
                if future is False and d > base:
                    d = d.replace(year=d.year - 1)
                elif future and d < base - timedelta(days=1):
                    d = d.replace(year=d.year + 1)
            if d:
                return d.isoformat()
    if base:
        if low in ("today", "tonight"):
            return base.isoformat()
        if low == "yesterday":
            return (base - timedelta(days=1)).isoformat()
        if low == "tomorrow":
            return (base + timedelta(days=1)).isoformat()
        rel = re.match(r"^(next|last|coming|past)?\s*([a-z]+)$", low)
        if rel:
            word, name = rel.group(1), rel.group(2)
            direction = future
            if word in ("next", "coming"):
                direction = True
            elif word in ("last", "past"):
                direction = False
            if name in WEEKDAYS:
                delta = (WEEKDAYS[name] - base.weekday()) % 7
                if direction is False:
                    back = (base.weekday() - WEEKDAYS[name]) % 7 or 7
                    return (base - timedelta(days=back)).isoformat()
                return (base + timedelta(days=delta or 7)).isoformat()
            if name in MONTHS and not word == "" or (name in MONTHS):
                month = MONTHS[name]
                year = base.year
                if direction is True and month < base.month:
                    year += 1
                elif direction is not True and month > base.month:
                    year -= 1
                return f"{year:04d}-{month:02d}"
            if name in ("year", "month", "week") and word:
                step = 1 if word in ("next", "coming") else -1
                if name == "year":
                    return f"{base.year + step:04d}"
                if name == "month":
                    y, mth = divmod(base.month - 1 + step, 12)
                    return f"{base.year + y:04d}-{mth + 1:02d}"
                return (base + timedelta(weeks=step)).isoformat()
    mm = re.match(r"^([a-z]+)\s+(\d{4})$", low)
    if mm and mm.group(1) in MONTHS:
        return f"{int(mm.group(2)):04d}-{MONTHS[mm.group(1)]:02d}"
    if explicit_year and re.fullmatch(r"(?:the\s+)?(?:year\s+)?\d{4}", low):
        return f"{explicit_year:04d}"
    return None
