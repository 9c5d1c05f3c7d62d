"""Claims: what is asserted, by whom, how sure, with which numbers, and what to check first.

Units are sentences, split where one sentence makes several assertions (a conjoined main
clause with its own subject, or a semicolon between clauses). Each claim gets a ``kind``
(event, plan, quantity, evaluation, position, background), the attribution whose content holds
it (else it is the outlet's own voice), hedges and boosters (``data/hedges.csv`` plus modals,
conditionals and negation) with a certainty score, quantities with value and unit, dates
resolved against the article date, a ``checkworthy`` score in 0..1, and ``repeat_of`` for a
claim that repeats an earlier one.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import Any

import pandas as pd
from spacy.tokens import Doc, Span, Token

from . import config
from .cues import cue_rate, names_something
from .doctools import asks, text_of
from .pipeline import PERSON_TITLES
from .quantities import MONEY_UNITS, TIME_UNIT_CODES, parse_quantities, resolve_date
from .attribution_run import content_spans
from .source_authors import LETTER_CLOSING
from .source_spans import CITY_AND_DATE, CREDITED_DATELINE, DATELINE, past_dateline_text
from .speaker_labels import TIMESTAMP
from .web_copy import POST_CREDIT

KINDS = ("event", "plan", "quantity", "evaluation", "position", "background")
#: The least count that makes a claim about how things stand a statistic ("holds 5,580 warheads").
STATISTIC_MIN_COUNT = 100
EVALUATIVE = {"important", "critical", "crucial", "lethal", "significant", "historic", "landmark", "major",
              "key", "serious", "dangerous", "strong", "weak", "good", "bad", "great", "unfortunate", "best",
              "worst", "unprecedented", "remarkable", "vital", "successful", "failure", "useful", "welcome",
              "excellent", "positive", "negative", "deeply", "concerned", "impressive", "incredible",
              # the words of diplomatic judgement ("The so-called award is illegal, null and void", "the
              # operation was professional and restrained", "the talks were frank and constructive")
              "illegal", "illegitimate", "unlawful", "invalid", "void", "unjustified", "unacceptable",
              "irresponsible", "provocative", "baseless", "groundless", "professional", "restrained", "reckless",
              "regrettable", "constructive", "fruitful", "productive", "frank", "candid", "cordial", "absurd",
              "outrageous", "shameful", "hypocritical", "counterproductive", "disproportionate", "excessive",
              "inappropriate", "unfair", "biased"}
POSITION_VERBS = {"oppose", "support", "urge", "pressurize", "pressurise", "pressure", "threaten", "warn", "demand",
                  "reject", "insist", "refuse", "stand", "back", "endorse", "condemn", "criticize", "criticise",
                  "push", "press", "seek", "want", "succumb", "concede", "yield", "agree", "commit", "oppose"}
#: Superlatives of size, rank or age, which data can check ("India is the world's largest
#: importer of arms"), unlike those of worth ("the most important partnership").
MEASURED_SUPERLATIVES = {"largest", "biggest", "smallest", "highest", "lowest", "fastest", "slowest", "oldest",
                         "youngest", "longest", "shortest", "richest", "poorest", "heaviest", "deepest", "busiest",
                         "populous", "top"}
CAPABILITY = {"can", "capable", "range", "capacity", "hit", "strike", "worth", "cost", "costs"}
CONSEQUENTIAL = {"sanction", "sanctions", "deal", "agreement", "missile", "missiles", "nuclear", "war", "attack",
                 "billion", "waiver", "treaty", "pact", "troops", "oil", "military", "weapon", "weapons",
                 "defence", "defense", "tariff", "tariffs", "killed", "law"}
ANON_KINDS = {"anonymous"}


@lru_cache(maxsize=1)
def hedge_lexicon() -> list[tuple[str, str, float]]:
    """(phrase, hedge|booster, weight), longest phrases first."""
    with open(config.DATA_DIR / "hedges.csv", newline="", encoding="utf-8") as fh:
        rows = [(r["phrase"].lower(), r["type"], float(r["weight"])) for r in csv.DictReader(fh)]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _hedge_pattern() -> tuple[re.Pattern, dict[str, tuple[str, float]]]:
    """One alternation of every lexicon phrase, longest first, matched on lower-cased text."""
    rows = hedge_lexicon()
    alternation = "|".join(re.escape(p) for p, _, _ in rows)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), {p: (k, w) for p, k, w in rows}


def find_hedges(text: str) -> tuple[list[str], list[str], float]:
    """Hedges and boosters in ``text`` (as written) and a certainty score in 0..1
    (0.7 for a plain assertion, down with hedges and conditionals, up with boosters)."""
    low = text.lower()
    pattern, info = _hedge_pattern()
    hedges, boosters = [], []
    score = 0.7
    for m in pattern.finditer(low):
        phrase = m.group(0)
        kind, weight = info[phrase]
        if phrase in ("about", "around", "some") and not re.match(r"\s*[$\d]", low[m.end() : m.end() + 3]):
            continue  # approximation only before a number
        if phrase == "all" and not re.match(r"\s+(?:the\s+)?\w+", low[m.end():]):
            continue
        word = text[m.start() : m.end()]
        if word == "May" and phrase == "may":
            continue  # the month
        if kind == "hedge":
            hedges.append(word)
            score -= 0.15 * weight
        else:
            boosters.append(word)
            score += 0.08 * weight
    return hedges, boosters, round(min(1.0, max(0.0, score)), 2)


# ---------------------------------------------------------------------------------------------
# units

def claim_units(doc: Doc) -> list[tuple[int, int]]:
    """Sentences, split at a conjoined main clause that has its own subject and at semicolons
    between clauses (character spans, trimmed)."""
    units: list[tuple[int, int]] = []
    text = text_of(doc)
    for sent in doc.sents:
        cuts = [sent.start_char]
        root = sent.root
        for c in root.children:
            if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _bare_frame(c)
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                # (its own "and", or the last one before it: not the "or" of "does not accept or
                # recognize it, and we will never accept ...")
                cc = [t for t in c.lefts if t.dep_ == "cc"] or [
                    t for t in root.children if t.dep_ == "cc" and t.i < c.left_edge.i][-1:]
                left = min([c.left_edge] + cc, key=lambda t: t.i)
                cuts.append(left.idx)
        for t in sent:
            if t.text == ";" and t.head.i == root.i and t.i + 1 < sent.end:
                cuts.append(doc[t.i + 1].idx)
        for m in re.finditer(r"\n\s*\n", sent.text):  # a sentence never runs across paragraphs
            cuts.append(sent.start_char + m.end())
        cuts = sorted(set(cuts)) + [sent.end_char]
        for a, b in zip(cuts, cuts[1:]):
            s, e = _trim(text, a, b)
            s = past_dateline_text(text, s, e)  # "TAIPEI, Oct 26 — The United States has ..."
            if e > s and len(text[s:e].split()) >= 3 and not _byline(doc, s, e) and not _signature(doc, s, e) \
                    and not _masthead(doc, s, e) and not _dateline(text[s:e]) \
                    and not _WIRE_SIGN_OFF.match(text, text.rfind("\n", 0, s) + 1) \
                    and not _PAGE_FURNITURE.match(text, text.rfind("\n", 0, s) + 1) \
                    and not (_FOOTNOTE.match(text, s) and (s == 0 or text[s - 1] == "\n")):
                units.append((s, e))
    return units


#: What a verb can govern that makes its clause say something of its own.
_CLAUSE_PARTS = {"ccomp", "xcomp", "dobj", "attr", "acomp", "oprd", "dative", "advcl"}


def _bare_frame(verb: Token) -> bool:
    """"..., the agency said in a statement": a reporting verb with its speaker and nothing said
    after it is the frame of the clause before it, not a clause of its own."""
    return cue_rate(verb) >= 0.5 and not any(c.dep_ in _CLAUSE_PARTS for c in verb.children)


#: A wire's sign-off line: "(Reporting by Maya Gebeily; Editing by Peter Graff)", "Additional
#: reporting by ...", "Writing by ...".
_WIRE_SIGN_OFF = re.compile(r"[ \t]*[(\[]?[ \t]*(?:(?:Additional|Further)\s+reporting|Reporting|Writing|Editing|"
                            r"Compiled|Produced)\s+by\b", re.IGNORECASE)


#: A line of a web page around the story, not of it: a photo's caption, a link to another story
#: ("Photo: ...", "Photo caption: ...", "READ MORE: ...", "Also read: ...", "WATCH: ...").
_PAGE_FURNITURE = re.compile(r"[ \t]*(?:(?:file\s+)?photo(?:\s+caption)?|caption|image|picture|read\s+more|also\s+read|"
                             r"related|watch|listen|video|subscribe)\s*:", re.IGNORECASE)


#: How a line that signs a text opens: "By Anna Lee", "Asked by Lord Alton of Liverpool" and
#: "Answered by ..." (a parliament's written question), "(Signed) Seyed Abbas Araghchi" (a letter);
#: a post's credit line is ``web_copy.POST_CREDIT``.
_SIGNING_OPENER = re.compile(r"(?:By|Asked by|Answered by|Tabled by|Posted by|Written by|Signed by|\([Ss]igned\))\s")
#: Words a line naming who signs can open with ("Minister for Foreign Affairs of ...").
_SIGNING_TITLES = PERSON_TITLES | {"spokesperson", "head", "representative", "permanent", "deputy"}


def _own_line(text: str, s: int, e: int) -> bool:
    """Whether ``s``-``e`` is a line of its own (after a dash or a bullet, if any)."""
    return text[text.rfind("\n", 0, s) + 1 : s].strip(" \t—–-•") == "" \
        and re.match(r"[ \t,;]*(?:\n|$)", text[e:e + 8]) is not None  # (its comma too: "THE WHITE HOUSE,")


def _verbless(doc: Doc, s: int, e: int) -> bool:
    """Whether ``s``-``e`` has no verb (a name the model tags as one, "Seyed Abbas Araghchi", is none)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() for t in span)


def _byline(doc: Doc, s: int, e: int) -> bool:
    """'By Defence Desk', 'Answered by Lord Collins of Highbury', '(Signed) Seyed Abbas
    Araghchi', a post's credit line: a line of its own that signs the text asserts nothing (no
    verb after its opening words)."""
    text = text_of(doc)
    if not _own_line(text, s, e):
        return False
    if POST_CREDIT.match(text, text.rfind("\n", 0, s) + 1):  # a post's credit line
        return True
    opener = _SIGNING_OPENER.match(text, s)
    return opener is not None and _verbless(doc, opener.end(), e)


#: A letter's salutation ("Dear Secretary Rubio,").
_SALUTATION = re.compile(r"(?:Dear|To)\s[^\n]{1,60},?[ \t]*$")


def _signature(doc: Doc, s: int, e: int) -> bool:
    """'Stéphane Dujarric, Spokesperson for the Secretary-General': a line of its own under a
    statement that names who signs it, with a comma after the name and no verb, asserts nothing;
    nor does a title on the line under a signing line ("(Signed) ...\nMinister for Foreign Affairs"),
    a short line in capitals with no verb below the headline ("DONALD J. TRUMP", "THE WHITE HOUSE,"),
    a letter's salutation or a line with no verb under its closing ("Sincerely,\n\nJeanne Shaheen\n
    Ranking Member, ...")."""
    text = text_of(doc)
    if not _own_line(text, s, e):
        return False
    if _SALUTATION.fullmatch(text, s, e) and len(text[s:e].split()) <= 6:
        return True
    if not _verbless(doc, s, e):
        return False
    if text[s:e].isupper() and len(text[s:e].split()) <= 6 and sum(bool(x.strip()) for x in text[:s].splitlines()) >= 2:
        return True  # (below the headline and a line over it, in capitals too: "TRUMP SIGNS TRADE DEAL WITH JAPAN")
    if any(m.end() <= s for m in LETTER_CLOSING.finditer(text, 0, s)):
        return True
    span = doc.char_span(s, e, alignment_mode="expand")
    if span[0].lower_ in _SIGNING_TITLES and s > 1 and text[s - 2] != "\n":
        above = text.rfind("\n", 0, s - 1) + 1
        return _byline(doc, above, s - 1) or _signature(doc, above, s - 1)
    name = next((x for x in span.ents if x.start == span.start), None)
    if name is None or name.label_ != "PERSON" or name.end >= span.end or doc[name.end].text != ",":
        return False
    # (the words after the comma a title: not a headline "Musk, Zelenskiy trade barbs on X")
    return any(w in _SIGNING_TITLES for t in doc[name.end + 1 : span.end] for w in t.lower_.split("-"))


#: A line that is only a date ("23 October 2025", "September 3, 2025"), only words in brackets
#: ("(Translated from Spanish)", a wire's "(Corrects name of ...; adds comment ...)"), a release's
#: number ("Communiqué No. 312"), its embargo ("FOR IMMEDIATE RELEASE") or its contacts ("Media
#: contact: ...").
_DATE_OR_NOTE_LINE = re.compile(r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\.?|\([^()\n]+\)"
                                r"|(?:Communiqu[eé]|Press [Rr]elease|Release|Statement|Note)\s+No\.?\s*\d+"
                                r"|(?i:for immediate release)\.?|(?i:(?:media|press)\s+contacts?|contacts?)\s*:.*")


def _masthead(doc: Doc, s: int, e: int) -> bool:
    """A line of its own that is a date, a note in brackets or the name of the body that issues the
    text and nothing else ("Ministry of Foreign Affairs", "Council of the EU") asserts nothing."""
    text = text_of(doc)
    line_end = text.find("\n", s)
    line = text[text.rfind("\n", 0, s) + 1 : len(text) if line_end < 0 else line_end].strip()
    if _DATE_OR_NOTE_LINE.fullmatch(line):  # (the whole line: a note in brackets cut at its ";")
        return True
    if not _own_line(text, s, e):
        return False
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not _verbless(doc, s, e):
        return False
    last = span.end - 1 if span[-1].is_punct else span.end  # (a full stop after the name)
    return any(x.label_ == "ORG" and x.start == span.start and x.end >= last for x in doc.ents)


def _dateline(unit: str) -> bool:
    """'WASHINGTON, March 4 (Wire) -', 'MOSCOW, February 11.' cut off as a sentence of its own
    asserts nothing."""
    return any(p.fullmatch(unit + " ") for p in (DATELINE, CREDITED_DATELINE, CITY_AND_DATE))


#: A footnote's mark at the end of a sentence ("[2]") ...
_FOOTNOTE_MARK = re.compile(r"(?<=[.!?\"”])\[\d{1,3}\]$")
#: ... and the note itself, on a line of its own under the text ("[2] U.S. Department of State, ...").
_FOOTNOTE = re.compile(r"\[\d{1,3}\]\s")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \n\t;,•▪●◦‣·":  # (a list's bullet: "• Allies commit to ...")
        s += 1
    while e > s and text[e - 1] in " \n\t;,":
        e -= 1
    mark = _FOOTNOTE_MARK.search(text, s, e)
    if mark is not None and mark.start() > s:  # "... and heavy bombers.[2]": the note's mark is no part of it
        e = mark.start()
    if text[s:e].lower().startswith(("and ", "but ")):
        s += text[s:e].index(" ") + 1
    return s, e


# ---------------------------------------------------------------------------------------------
# features of one claim

def _due(span: Span) -> bool:
    """'The last batch is due by the end of next year', 'is due to arrive': scheduled."""
    return any(t.lower_ == "due" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("by", "to", "in", "on", "next")
               for t in span)


#: Modals that, with a date ahead, put what is said in the future ("could be signed next month").
MODALS_AHEAD = {"could", "may", "might", "would", "should", "'d"}
_LOOKS_AHEAD = re.compile(r"\b(?:next|coming|later this|by the end of|early next|within)\b", re.IGNORECASE)


def claim_kind(span: Span, quantities: list[dict[str, Any]]) -> str:
    """event, plan, quantity, evaluation, position or background."""
    root = span.root
    words = {t.lower_ for t in span}
    lemmas = {t.lemma_.lower() for t in span}
    auxes = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    is_plan = bool(auxes & {"will", "shall", "'ll"}) or (root.tag_ == "TO") or bool(
        words & {"forthcoming", "upcoming", "tomorrow", "scheduled"}) or _due(span) or (
        root.lemma_ in ("plan", "intend", "schedule", "expect", "set") and any(c.dep_ == "xcomp" for c in root.children))
    if root.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children) and root.dep_ == "ROOT":
        is_plan = True  # headline infinitive: "India to stand firm"
    if auxes & MODALS_AHEAD and any(e.label_ == "DATE" and _LOOKS_AHEAD.search(e.text) for e in span.ents):
        is_plan = True  # "The deal could be signed as early as next month"
    measured = [q for q in quantities if not q["unit"].startswith("count") or q["value"] >= 2]
    if is_plan:
        return "plan"
    # (what can hit or strike, not "air strikes" or "the military struck a vessel, killing three")
    capable = {t.lemma_.lower() for t in span if t.lemma_.lower() in CAPABILITY
               and not (t.lemma_.lower() in ("hit", "strike") and t.tag_ != "VB")}
    if measured and (capable or any(q["unit"] in {"km", "mi", "m", "%", "barrel/day", *MONEY_UNITS} for q in measured)):
        return "quantity"
    if lemmas & POSITION_VERBS and root.lemma_ in POSITION_VERBS | {"have", "be"} or root.lemma_ in POSITION_VERBS:
        return "position"
    predicate = [] if names_something(root) else [
        c for c in root.children if c.dep_ in ("acomp", "attr", "advmod", "oprd")]
    predicate += [g for c in predicate for g in c.children if g.dep_ in ("amod", "advmod")]
    # a superlative that says what something is ("India is the largest buyer", also in what a
    # source says), not one that names who or what ("left the world's two largest nuclear powers
    # without caps") nor "at least 40"
    clauses = [root] + [c for c in root.children if c.dep_ == "ccomp" and not names_something(c)]
    said = [c for h in clauses for c in h.children if c.dep_ in ("acomp", "attr", "oprd")]
    superl = [t for c in predicate + said for t in c.subtree if t.tag_ in ("JJS", "RBS") and t.doc[t.i - 1].lower_ != "at"]
    # (of "most" or "least", the adjective it makes a superlative: "the most populous")
    judged = [t.doc[t.i + 1] if t.lower_ in ("most", "least") and t.i + 1 < len(t.doc) else t for t in superl]
    if superl and all(t.lower_ in MEASURED_SUPERLATIVES for t in judged):
        return "quantity"  # a rank that data can check: "the world's largest importer of arms"
    if superl or {t.lower_ for t in predicate} & EVALUATIVE or root.lower_ in EVALUATIVE:
        return "evaluation"
    tense_past = root.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in root.children)
    ongoing = root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children)
    if ongoing:
        return "event"  # "the two sides are discussing BECA": happening, checkable
    if tense_past or any(c.tag_ in ("VBD",) for c in root.children if c.dep_ in ("aux", "auxpass")):
        return "event"
    if any((not q["unit"].startswith("count") and q["unit"] not in TIME_UNIT_CODES)
           or q["value"] >= STATISTIC_MIN_COUNT for q in measured):
        # a state told in numbers, "Russia holds about 5,580 nuclear warheads" (not "our two
        # countries", "six world powers": counts that name who; nor "for three decades": how long)
        return "quantity"
    return "background"


def _dates(span: Span, article_date: str | None, future: bool | None) -> list[dict[str, Any]]:
    out = []
    for ent in span.ents:
        if ent.label_ != "DATE":
            continue
        value = resolve_date(ent.text, article_date, future=future)
        out.append({"text": ent.text, "value": value})
    return out


def checkworthiness(kind: str, quantities: list, dates: list, n_entities: int, source_kind: str | None,
                    hedges: list[str], text: str) -> float:
    """0..1: specific (numbers, dates, names), checkable (events, quantities, positions taken),
    consequential (sanctions, deals, weapons), unattributed or anonymously sourced rank high;
    opinion and scheduling low."""
    score = {"event": 0.35, "quantity": 0.4, "position": 0.3, "background": 0.15, "plan": 0.05, "evaluation": 0.0}[kind]
    score += min(0.25, 0.15 * len(quantities))
    score += 0.05 if dates else 0.0
    score += min(0.15, 0.04 * n_entities)
    low = set(re.findall(r"[a-z]+", text.lower()))
    score += min(0.15, 0.05 * len(low & CONSEQUENTIAL))
    if source_kind is None:
        score += 0.1
    elif source_kind in ANON_KINDS:
        score += 0.1
    elif source_kind in ("outlet", "document"):
        score += 0.05
    score -= 0.03 * len(hedges)
    if len(text.split()) < 6:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 3)


#: Sourcing rules whose content is always a clause said or reported.
_CLAUSE_RULES = ("according_to", "as_reported", "in_document", "transcript_turn", "reported_adverb",
                 "verb_parenthetical", "perspective")


def _is_said(doc: Doc, att: dict[str, Any]) -> bool:
    """An attribution whose content is something said or believed (a clause or a quote), not
    the object of a verb like 'discuss'."""
    if att["quote"] in ("direct", "mixed") or att.get("rule") in _CLAUSE_RULES:
        return True
    content = doc.char_span(att["content"]["start"], att["content"]["end"], alignment_mode="expand")
    # (of several heads, a clause's: "the 15% rate, while lower than feared, would still shave
    # ..." when the parser read the subject as the object of "said")
    return content is not None and len(content) > 0 and (content.root.pos_ in ("VERB", "AUX") or any(
        t.dep_ == "ccomp" and not content.start <= t.head.i < content.end for t in content))


#: A sentence of its own that says the one before it could not be checked ("The claim could not be
#: independently verified.", "Reuters could not immediately verify the report.").
_UNCHECKED_NOTE = re.compile(r"^(?:(?:the|this|that|such)\s+(?:claim|claims|report|reports|account|figure|figures|"
                             r"toll|video|footage|statement)|it|this|they|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+"
                             r"(?:could\s+not|cannot|can\s*not|was\s+unable\s+to|were\s+unable\s+to|has\s+not\s+been|"
                             r"have\s+not\s+been|was\s+not|were\s+not)\b[^.]{0,40}\bverif", re.IGNORECASE)
#: The hedge the claim before such a note takes.
UNCHECKED_HEDGE = "not independently verified"


def _unchecked_by_the_next(text: str, claims_: list[dict[str, Any]]) -> None:
    """A claim followed, in its paragraph, by a sentence saying it could not be checked takes that
    as a hedge: "Russia said it had taken the village. The claim could not be independently
    verified." """
    for before, note in zip(claims_, claims_[1:]):
        if not _UNCHECKED_NOTE.match(note["text"]) or "\n" in text[before["end"]:note["start"]] \
                or UNCHECKED_HEDGE in before["hedges"]:
            continue
        before["hedges"].append(UNCHECKED_HEDGE)
        before["certainty"] = round(max(0.0, before["certainty"] - 0.15), 2)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def extract(doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Claims of the JSON contract, in text order."""
    from rapidfuzz import fuzz

    text = text_of(doc)
    atts = records.get("attributions", [])
    entities = records.get("entities", [])
    article_date = getattr(article, "date", None)
    out: list[dict[str, Any]] = []
    # a transcript's speaker labels ("Mao Ning:", "QUESTION:") are who speaks, not what is claimed
    labels = {a["source"]["start"]: a["source"]["end"] for a in atts
              if a.get("rule") == "transcript_turn" and a.get("source")}
    for s, e in claim_units(doc):
        stamp = re.match(TIMESTAMP, text[s:e]).end()  # "[00:01:10] ALI VAEZ: ..."
        if s + stamp in labels:
            s += stamp
            m = re.match(r"[\s:.)\-–—]*", text[labels[s]:e])
            s = labels[s] + m.end()
        numbered = re.match(r"\d{1,2}\.\s+(?=[A-Z])", text[s:e])
        if numbered:  # "3. EAM reiterated ...": a press release's paragraph number
            s += numbered.end()
        if asks(text[s:e]) or len(text[s:e].split()) < 3:
            continue  # a question asks; it claims nothing
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0 or all(t.is_punct or t.ent_type_ in ("DATE", "TIME", "GPE") for t in span):
            continue  # (a date line, "August 11, 2024", claims nothing either)
        claim_text = text[s:e]
        att, best = _holding_attribution(doc, atts, s, e)
        src = (att.get("source") or att.get("speaker")) if att else None
        # a claim that is only the frame of an attribution ("sources have clarified that ...")
        # (not the number of those who say it: "according to three people briefed on the talks";
        # but a share that is a poll's result is: "38 percent of respondents said ...")
        sources = [(a["source"]["start"] - s, a["source"]["end"] - s) for a in atts
                   if a.get("source") and s <= a["source"]["start"] < e]
        quantities = [{k: q[k] for k in ("text", "value", "unit")} for q in parse_quantities(claim_text)
                      if not (q["unit"].startswith("count")
                              and any(a <= q["start"] and q["end"] <= b for a, b in sources))]
        kind_span = span
        if att and best >= 0.5 * (e - s):
            # a claim that is mostly what is said is judged by that, not by the verb that reports it
            # (but "X condemned the move as illegal" is judged whole: the verb is the position)
            # (the whole of what is said, over the frame set inside it: "The deal could
            # reportedly be signed next month")
            parts = [(a, b) for a, b in content_spans(att) if a < e and s < b] or content_spans(att)
            cs, ce = max(s, min(a for a, _ in parts)), min(e, max(b for _, b in parts))
            inner = doc.char_span(cs, ce, alignment_mode="contract")
            if inner is not None and len(inner) >= 3:
                kind_span = inner
        kind = claim_kind(kind_span, quantities)
        future = True if kind == "plan" else (False if kind == "event" else None)
        dates = _dates(span, article_date, future)
        hedges, boosters, certainty = find_hedges(claim_text)
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in span.root.children) and \
                not any(h.lower() in ("may", "might", "could") for h in hedges):
            hedges.append("modal")
        if src and src.get("kind") in ANON_KINDS:
            hedges.append("anonymous source")
            certainty = round(max(0.0, certainty - 0.1), 2)
        negated = any(t.dep_ == "neg" and t.head.i == span.root.i for t in span)
        ent_ids = sorted({x["id"] for x in entities for a, b in x["mentions"] if s <= a and b <= e
                          and x["type"] not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT")},
                         key=lambda i: int(i[1:]))
        score = checkworthiness(kind, quantities, dates, len(ent_ids), src.get("kind") if src else None, hedges, claim_text)
        out.append({
            "id": "",
            "text": claim_text,
            "start": s,
            "end": e,
            "kind": kind,
            "checkworthy": score,
            "hedges": hedges,
            "boosters": boosters,
            "certainty": certainty,
            "negated": negated,
            "attribution_id": att["id"] if att else None,
            "quantities": quantities,
            "dates": dates,
            "entity_ids": ent_ids,
            "repeat_of": None,
        })
    _unchecked_by_the_next(text, out)
    for n, c in enumerate(out, start=1):
        c["id"] = f"C{n}"
    # repeats: the same assertion made again later in the article
    for i, c in enumerate(out):
        for prev in out[:i]:
            if prev["repeat_of"] is None and len(c["text"]) > 30 and fuzz.ratio(_norm(prev["text"]), _norm(c["text"])) >= 90:
                c["repeat_of"] = prev["id"]
                break
    return out


def _quote_then_frame(a: dict[str, Any], s: int, e: int) -> bool:
    """A direct quote that opens the claim, with its speaker and verb after it in the claim: the
    rest is the frame and where it was said, however long ('"We see no progress," the envoy said
    after a meeting with the two leaders in Brussels on Thursday')."""
    source, cue = a.get("source"), a.get("cue")
    return a["quote"] == "direct" and bool(source and cue) and a["content"]["start"] - s <= 2 \
        and a["content"]["end"] <= min(source["start"], cue["start"]) and max(source["end"], cue["end"]) <= e


def _holding_attribution(doc: Doc, atts: list[dict[str, Any]], s: int, e: int) -> tuple[dict[str, Any] | None, int]:
    """The attribution that holds the claim at s..e, and how many of its characters its content
    covers: content covering most of the claim, leaving out the frame ("One of them, who asked
    not to be named ..., said" the list could be announced). Failing one, the reports of one
    source that cover most of it together, held by the one of them that says something ("the
    ministers said Russia must bear the cost and pledged to keep its assets immobilised"). (None,
    0) when none does."""
    def frame_of(parts: list[dict[str, Any] | None]) -> int:
        return sum(max(0, min(e, x["end"]) - max(s, x["start"])) for x in parts if x)

    # how much of the claim each content covers, once per attribution, all its parts together
    # ("Moscow, he said, supports a ceasefire": the words on both sides of the frame)
    covered = {a["id"]: sum(max(0, min(e, ce) - max(s, cs)) for cs, ce in content_spans(a)) for a in atts}

    def overlap(a: dict[str, Any]) -> int:
        return covered[a["id"]]

    att, best = None, 0
    for a in atts:
        o = overlap(a)
        if o > best and (o >= 0.5 * (e - s - frame_of([a.get("source"), a.get("cue")])) or _quote_then_frame(a, s, e)) \
                and _is_said(doc, a):
            att, best = a, o
    if att is not None:
        return att, best
    groups: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for a in atts:
        if a.get("source") and overlap(a) > 0:
            groups.setdefault((a["source"]["start"], a["source"]["end"]), []).append(a)
    for group in groups.values():
        said = [a for a in group if _is_said(doc, a)]
        frame = frame_of([group[0]["source"]] + [a.get("cue") for a in group])
        if len(group) > 1 and said and sum(max(0, overlap(a)) for a in group) >= 0.5 * (e - s - frame):
            a = max(said, key=overlap)
            if overlap(a) > best:
                att, best = a, overlap(a)
    if att is None:  # "The ministry said it was a violation of law and rejected any attempt to ...": the speaker's
        att = next((a for a in atts if _is_said(doc, a) and _frame_then_second_act(doc, a, s, e)), None)
        best = overlap(att) if att is not None else 0
    return att, best


def _frame_then_second_act(doc: Doc, a: dict[str, Any], s: int, e: int) -> bool:
    """Whether the claim at s..e opens with the attribution's speaker and verb and goes on, after
    what was said, with a second verb of the same speaker ("... said it was a violation and
    rejected any attempt to ..."): the claim is the speaker's, though what was said is the lesser
    part of it."""
    src, cue = a.get("source"), a.get("cue")
    if not (src and cue) or not 0 <= src["start"] - s <= 2 or a["content"]["start"] < cue["end"] \
            or content_spans(a)[-1][1] > e:
        return False
    verb = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
    end = content_spans(a)[-1][1]
    return verb is not None and any(
        c.dep_ == "conj" and c.pos_ == "VERB" and end <= c.idx < e and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.root.children)


def to_frame(rows: list[dict[str, Any]], attributions: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """The ranked claims table: claim, kind, who says it, hedges, quantities, dates, score."""
    by_id = {a["id"]: a for a in (attributions or [])}
    out = []
    for c in rows:
        a = by_id.get(c.get("attribution_id"))
        src = (a.get("source") or a.get("speaker")) if a else None
        out.append({
            "id": c["id"],
            "claim": c["text"],
            "kind": c["kind"],
            "who": src["text"] if src else "outlet's own voice",
            "source_kind": src["kind"] if src else "own voice",
            "hedges": ", ".join(c["hedges"]),
            "certainty": c.get("certainty"),
            "quantities": "; ".join(f"{q['text']} = {_number(q['value'])} {q['unit']}" for q in c["quantities"]),
            "dates": "; ".join(f"{d['text']} = {d['value'] or '?'}" for d in c.get("dates", [])),
            "checkworthy": c["checkworthy"],
            "repeat_of": c.get("repeat_of"),
        })
    cols = ["id", "claim", "kind", "who", "source_kind", "hedges", "certainty", "quantities", "dates", "checkworthy", "repeat_of"]
    df = pd.DataFrame(out, columns=cols)
    return df.sort_values("checkworthy", ascending=False, kind="stable").reset_index(drop=True)


def _number(value: float) -> str:
    """5000000000.0 -> '5,000,000,000'; 3.5 -> '3.5'."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def numbers_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Every amount and date the claims rest on, one per row: the claim's id, the words, the
    value as a reader writes it ("2,200,000,000", "2019-06-25"; "?" for a date the article's
    date does not let us resolve) and its unit ("USD", "count:helicopters", "date")."""
    out = [{"claim": c["id"], "text": q["text"], "value": _number(q["value"]), "unit": q["unit"]}
           for c in rows for q in c["quantities"]]
    out += [{"claim": c["id"], "text": d["text"], "value": d["value"] or "?", "unit": "date"}
            for c in rows for d in c.get("dates", [])]
    return pd.DataFrame(out, columns=["claim", "text", "value", "unit"])


def verify_first(rows: list[dict[str, Any]], n: int = 5) -> list[dict[str, Any]]:
    """The ``n`` claims a fact-checker should look at first (repeats left out)."""
    ranked = sorted((c for c in rows if not c.get("repeat_of")), key=lambda c: -c["checkworthy"])
    return ranked[:n]
