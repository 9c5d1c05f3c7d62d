"""One run of the sourcing rules over an article: the state the rules share (the parse, the
quotes, the speaker labels, the regions already given away) and ``Run.add``, which trims a
found attribution's content, classifies its source (``newslens.speakers``) and records it in
the JSON contract's form. The rules themselves are in ``quote_rules``, ``verb_rules``,
``complement_rules``, ``document_rules`` and ``noun_rules``; ``newslens.sourcing`` runs them in
order."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .doctools import text_of
from .quotes import CLOSE, OPEN, find_quotes, before_mark_opening_closed_quote, past_mark_closing_open_quote
from .source_spans import KICKER_LABEL, past_dateline_text
from .spans import (EDGE_CHARS, only_function_words, paragraph_of, past_closing_marks, record_spans, span_record,
                    trim_edges)
from .speaker_labels import KICKERS, NEWSROOM_LABELS
from .speakers import classify_source

#: The confidence each rule's attributions carry (a verb and what it governs carry the cue
#: model's probability instead).
RULE_CONFIDENCE = {
    "transcript_turn": 0.9,
    "interview_turn": 0.7,
    "quote_frame": 0.9,
    "statement_below": 0.85,
    "according_to": 0.85,
    "as_reported": 0.8,
    "verb_complement": 0.75,  # these two carry the cue model's probability instead
    "nested_complement": 0.8,
    "verb_parenthetical": 0.7,
    "noun_cue": 0.6,
    "adjective_cue": 0.6,
    "quote_continuation": 0.6,
    "punct_frame": 0.6,
    "headline_label": 0.6,
    "in_document": 0.7,
    "asked": 0.7,
    "passive_agent": 0.65,
    "unsourced_passive": 0.55,
    "perspective": 0.6,
    "criticism_received": 0.65,
    "reported_adverb": 0.7,
    "embedded_post": 0.9,
}


#: Initials at the end of a stretch of text, their last stop cut off ("the U.S", "U.K").
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.)+[A-Z]$")


class Taken:
    """Character regions already given to an attribution (PolNeAR: a token in one only)."""

    def __init__(self) -> None:
        self.regions: list[tuple[int, int]] = []

    def add(self, *spans: tuple[int, int] | None) -> None:
        self.regions.extend(sp for sp in spans if sp)

    def hits(self, s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in self.regions)

    def free_head(self, s: int, e: int) -> tuple[int, int]:
        """The part of (s, e) before the first region already given away inside it."""
        cut = min((a for a, b in self.regions if s < b and a < e), default=e)
        return (s, max(s, min(e, cut)))


#: Relative pronouns, which say nothing as a content part of their own.
_RELATIVE_WORDS = {"which", "that", "who", "whom", "what"}


class Run:
    """One article's extraction: what the rules share (the text, its quotes, the regions already
    given to an attribution, the cue verbs used) and the attributions found so far. The rules
    run in the order of ``newslens.sourcing.RULES``; an earlier rule's attribution keeps its words."""

    def __init__(self, doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.paragraphs = getattr(article, "paragraphs", None) or [[0, len(self.text)]]
        #: where the article's first line (its headline, if it has one) starts
        self.first_line = len(self.text) - len(self.text.lstrip())
        self.entities = records.get("entities", [])
        self.outlet = getattr(article, "outlet", None)
        self.quotes = find_quotes(self.text, self.paragraphs)
        self.taken = Taken()
        self.used_cues: set[int] = set()
        self.found: list[dict[str, Any]] = []
        #: the contents of transcript turns: open to the other rules ("TAPPER: ... Trump said
        #: that ...": the turn holds a report of its own), but no quote in them goes on another's
        self.turns: list[tuple[int, int]] = []
        self.labels: list[tuple[int, int]] = []  # and their speaker labels

    def state(self) -> tuple:
        """The shared state, for a rule to read under short names."""
        return self.doc, self.text, self.quotes, self.taken, self.used_cues, self.found, self.add

    def add(self, rule: str, source: dict | None, cue: tuple[int, int] | None, content: tuple[int, int],
                quote: str, head: Token | None = None, extra: dict | None = None,
                parts: list[tuple[int, int]] | None = None) -> None:
        """Record an attribution found by ``rule`` and give its words away."""
        text, doc, paragraphs, found, taken = self.text, self.doc, self.paragraphs, self.found, self.taken
        if quote == "direct":  # a quote keeps its own punctuation ("... given to India,")
            cs, ce = trim_edges(text, *content, " \t\n" + OPEN + CLOSE)
            # ('adding that “nobody should doubt our resolve”': the mark "that" leaves open closes too)
            ce = past_mark_closing_open_quote(text, cs, ce)
        else:
            cs, ce = trim_edges(text, *content, EDGE_CHARS + "._")
            brk = text.find("\n", cs, ce)  # reported speech ends with its paragraph
            if brk > cs:
                cs, ce = trim_edges(text, cs, brk, EDGE_CHARS + "._")
            cs = past_dateline_text(text, cs, ce)
            kicker = KICKER_LABEL.match(text, cs, ce)
            if kicker and kicker.group(1).upper() in NEWSROOM_LABELS | KICKERS:
                cs = kicker.end()  # "Exclusive: Iran ready to resume talks, sources say"
            words = doc.char_span(cs, ce, alignment_mode="contract") if ce > cs else None
            if words is not None and len(words) > 1 and words[-1].pos_ == "CCONJ":
                # "said that sanctions would make matters worse and" before a quote another rule took
                ce = trim_edges(text, cs, words[-1].idx, EDGE_CHARS + "._")[1]
        if cue and cue[0] <= cs < cue[1] < ce and not parts:
            # 'voiced misgivings about "the deal ..."': what was said begins after its cue
            cs = trim_edges(text, cue[1], ce, EDGE_CHARS)[0]
        if ce <= cs or only_function_words(doc, cs, ce):
            return  # "Carter said the" (an excerpt cut mid-sentence): nothing was said
        if quote != "direct":  # 'the deal “fully complies with the law”': a quote ending it keeps its mark
            ce = past_mark_closing_open_quote(text, cs, ce)
            cs = before_mark_opening_closed_quote(text, cs, ce)
            if _INITIALS_END.search(text, cs, ce) and text.startswith(".", ce):
                ce += 1  # "... drills with the U.S.": the stop of the initials is the name's
        if parts:
            parts = [p for p in parts if p[1] > p[0]]
            if parts and quote != "direct":
                parts[-1] = (parts[-1][0], past_mark_closing_open_quote(text, *parts[-1]))
            if len(parts) > 1:
                if parts[0][0] < cs < parts[0][1]:  # the first part loses what the content lost (a dateline)
                    parts[0] = (cs, parts[0][1])
                # "which it said violated UN resolutions": the part that says something, not "which"
                cs, ce = parts[1] if text[parts[0][0]:parts[0][1]].lower() in _RELATIVE_WORDS else parts[0]
        src = None
        label = next((lab for lab in self.labels if source is not None and lab[0] <= source["start"] < lab[1]), None)
        if label is not None and rule != "transcript_turn":  # "Q. Critics say ...": the label is no part of it
            source = {"start": trim_edges(text, label[1], source["end"], EDGE_CHARS + ".")[0], "end": source["end"]}
            if source["start"] >= source["end"]:
                return
        if source is not None:
            src = classify_source(doc, source["start"], source["end"], head, self.entities, found, self.outlet,
                                  quotes=self.quotes)
        rec = {
            "id": "",
            "source": src,
            "cue": span_record(doc, *cue) if cue else None,
            "content": span_record(doc, cs, ce),
            "quote": quote,
            "paragraph": paragraph_of(paragraphs, cs),
            "rule": rule,
            "confidence": RULE_CONFIDENCE[rule],
        }
        if src is not None:
            rec["_head"] = head  # for _reclassify_sources (taken out there)
        if extra:
            rec.update(extra)
        if parts and len(parts) > 1:
            set_parts(rec, parts, text)
        found.append(rec)
        words: tuple[int, int] | None = (cs, ce)
        if rule == "transcript_turn":  # a turn gives away its label, not what it holds
            self.turns.append((cs, ce))
            self.labels.append((src["start"], src["end"]))
            words = None
        taken.add(words, cue, (src["start"], src["end"]) if src else None)
        for p in parts or []:
            taken.add(p)

    def holds_all(self, parts: list[tuple[int, int]]) -> bool:
        """Whether every attribution found so far that runs into the sentence ``parts`` lies
        wholly inside one of them, source and cue included: 'Over the past decade, the
        chancellor said, most voters have come to believe "that ..."' holds the
        voters' belief inside what the chancellor said (PolNeAR nests it)."""
        hits = self.running_into(parts)
        # a part ends before the sentence's closing marks; a quote found inside it ends after them
        reach = [(s, past_closing_marks(self.text, e)) for s, e in parts]
        return bool(hits) and all(a.get("source") and a.get("cue")
                                  and any(all(s <= x and b <= e for x, b in spans) for s, e in reach)
                                  for a, spans in hits)

    def running_into(self, parts: list[tuple[int, int]]) -> list[tuple[dict[str, Any], list[tuple[int, int]]]]:
        """The attributions found so far whose source, cue or content runs into one of ``parts``,
        each with those spans."""
        out = []
        for a in self.found:
            spans = record_spans(a)
            if any(s < b and x < e for s, e in parts for x, b in spans):
                out.append((a, spans))
        return out

    def numbered(self) -> list[dict[str, Any]]:
        """The attributions in text order, with ids; a continuation names the one it continues."""
        found = self.found
        found.sort(key=lambda a: a["content"]["start"])
        for n, a in enumerate(found, start=1):
            a["id"] = f"A{n}"
        for a in found:
            if "continues" in a:
                a["continues"] = a["continues"]["id"]
        return found


def content_end(att: dict[str, Any]) -> int:
    parts = att.get("content_parts")
    return parts[-1][1] if parts else att["content"]["end"]


def set_parts(att: dict[str, Any], parts: list[tuple[int, int]], text: str) -> None:
    """Record a content that comes in parts around its frame (``content`` stays the first)."""
    att["content_parts"] = [list(p) for p in parts]
    att["content_parts_text"] = [text[a:b] for a, b in parts]


def content_spans(att: dict[str, Any]) -> list[tuple[int, int]]:
    """Where an attribution's content stands: one span, or the parts of a quote interrupted by
    its frame ("“A,” she said. “B.”")."""
    parts = att.get("content_parts")
    return [tuple(p) for p in parts] if parts else [(att["content"]["start"], att["content"]["end"])]
