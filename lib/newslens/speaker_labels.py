"""Speaker labels: the upper-case or named labels of a transcript ("SECRETARY POMPEO:",
"Q:", "Mr Tom Harris (Glasgow South) (Lab):"), headings that are not speakers, the speaker
a headline names ("Poll: ...", "... - source"), and the lead of a dash-set interview."""
from __future__ import annotations

import itertools
import re
from typing import Any

from spacy.tokens import Doc, Token

from .cues import lemma_of
from .doctools import text_of
from .gazetteer import default_gazetteer
from .report_words import DOCUMENT_NOUNS
from .source_words import ANONYMOUS_HEADS, HONORIFICS, OUTLET_HEADS, TURN_WORDS


#: A recording's time before a speaker's label: "[00:01:10] ALI VAEZ:", "(12:04) Host:".
TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?"

#: How a parliament's record names a speaker: "Mr Tom Harris (Glasgow South) (Lab)", "The
#: Secretary of State for Defence (Mr Andrew Blake)", "Lord Collins of Highbury (Lab)": words in
#: capitals, a bracketed party, constituency or name at the end.
_MEMBER = r"(?:The )?[A-Z][\w.'’\-]+(?:(?: (?:of|for|the|and)){0,2} [A-Z][\w.'’\-]+){0,6}(?: \([^()\n]{2,60}\)){1,3}"

LABEL = re.compile(
    r"^" + TIMESTAMP + r"[\"“]?(?P<label>(?:[A-Z][A-Z.'’\-]+|[QA](?=:))(?: [A-Z][A-Z.'’\-]+){0,4}"
    r"|(?:(?:" + "|".join(HONORIFICS) + r")\.? )?[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,4}(?:, [A-Z][\w ]{2,40})?"
    r"|" + _MEMBER + r")\s*:\s+(?=\S)"
)
#: ... and a record that sets each such name on a line of its own, over the speech.
NAME_LINE = re.compile(r"(?P<label>" + _MEMBER + r")[ \t]*")
#: A name line that opens with a title of address names a speaker even when the model does not
#: see a person in it ("Baroness Smith of Newnham (LD)").
HONORIFIC_START = re.compile(r"(?:The )?(?:Lord|Baroness|Lady|Sir|Dame|Earl|Viscount|Mr|Ms|Mrs|Miss|Dr|Shri|Smt)\.? ")
QA_DOTTED = re.compile(r"(?P<label>[QA])\.\s+(?=[A-Z\"“‘'])")
ROLE = re.compile(r"\b(Spokesperson|Spokesman|Spokeswoman|Minister|Secretary|Moderator|Ambassador|President|"
                   r"Question|Answer|Chairman|Chair|Director|Secretary-General)\b")
#: Upper-case labels a newsroom puts before a line, which name no speaker.
NEWSROOM_LABELS = {"BYLINE", "DATELINE", "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EXCLUSIVE",
                    "BREAKING", "DEVELOPING", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "AUDIO", "LISTEN", "READ",
                    "RELATED", "SOURCE", "SOURCES", "CREDIT", "EMAIL", "CONTACT", "ANALYSIS", "OPINION", "NOTE",
                    "LOOK", "BOOM", "BUSTED", "WOW", "MORE", "ALSO", "PLUS", "TRANSCRIPT", "DISCLOSURE", "WARNING",
                    "ALERT", "TOPLINE", "BOTTOM LINE", "EDITOR'S NOTE", "EDITOR’S NOTE", "FLASHBACK", "REPORT"}


_LABEL_FUNCTION_WORDS = {"THE", "OF", "A", "AN", "THAT", "TO", "FOR", "AND", "IN", "ON", "WITH", "IS", "WHAT"}


def end_of_turn(paragraphs: list[list[int]], first_end: int, next_turn: int) -> int:
    """Where a turn of a transcript or interview ends: with the last paragraph that ends before
    the next turn begins ('"PENCE: ...': its quotation mark too), at least its own first one."""
    return max([first_end] + [e for _, e in paragraphs if e <= next_turn])


def is_speaker_label(label: str, doc: Doc, start: int, entities: list[dict[str, Any]]) -> bool:
    """An upper-case label (SECRETARY POMPEO, QUESTION) or a name with an optional role."""
    words = label.split()
    if label.isupper():  # (whether it names someone: named_labels)
        return 1 <= len(words) <= 5 and (len(label) >= 2 or label in TURN_WORDS)  # ("Q:", "A:")
    if len(words) > 9:
        return False
    named = any(x["type"] in ("PERSON", "ORG") and any(start <= a < start + len(label) for a, _ in x["mentions"]) for x in entities)
    role = ROLE.search(label) or ROLE.search(label.title())  # "The PRESIDENT:" of a UN record
    return bool(named or role)


def named_labels(labels: list[tuple[int, int, int, int]], doc: Doc, entities: list[dict[str, Any]]
                  ) -> list[tuple[int, int, int, int]]:
    """The upper-case labels that name a speaker: a role (SECRETARY POMPEO), a turn word
    (QUESTION), a name the article uses (CLINTON), a label that takes turns with another
    (TAPPER: ... FALLIN: ... TAPPER:, or AFP: between two "Spokesperson:") or the short form of one (KATE BOULDUAN, then BOULDUAN);
    not a newsroom label (BYLINE:, UPDATE:, EXCLUSIVE:) nor a place met once ("NEW DELHI:", a
    dateline). Other labels pass unchanged."""
    text = text_of(doc)
    labels = [lab for lab in labels if text[lab[0]:lab[1]] not in NEWSROOM_LABELS]
    caps = [text[a:b] for a, b, _, _ in labels if text[a:b].isupper()]
    counts = {c: caps.count(c) for c in caps}
    namelike = [text[a:b].isupper() and not set(text[a:b].split()) & _LABEL_FUNCTION_WORDS for a, b, _, _ in labels]
    # two such labels in consecutive paragraphs take turns ("WALLACE: ..." then "PENCE: ...")
    # so does one beside a label that recurs ("Spokesperson: ..." then "AFP: ..." then "Spokesperson:")
    said = [text[a:b] for a, b, _, _ in labels]
    recurring = [namelike[k] or said.count(said[k]) >= 2 for k in range(len(labels))]
    turns = {labels[k][0] for k in range(len(labels)) for j in (k - 1, k + 1)
             if 0 <= j < len(labels) and namelike[k] and recurring[j] and said[k] != said[j]
             and text[min(labels[k][3], labels[j][3]):max(labels[k][0], labels[j][0])].count("\n\n") <= 1}

    def named(label: str, start: int) -> bool:
        words = label.split()
        if ROLE.search(label.title()) or words[0] in TURN_WORDS:
            return True
        if gerund_heading(doc, start, label):
            return False
        if counts.get(label, 0) >= 2 or start in turns:
            return True
        if any(x["type"] == "GPE" and [start, start + len(label)] in x["mentions"] for x in entities):
            return False  # "NEW DELHI: India and China have ...": a dateline, not a speaker (once, no turns)
        if any(c != label and (c.split()[-1] == words[-1] or words[-1] == c) for c in caps):
            return True
        last = words[-1].strip(".'’-").title()
        if re.search(r"\b[A-Z][a-z]+\.? " + re.escape(last) + r"\b", text):
            return True
        return any(x["type"] in ("PERSON", "ORG", "GPE", "NORP") and any(
            last in text[a:b] for a, b in x["mentions"]) for x in entities)

    return [lab for lab in labels if not text[lab[0]:lab[1]].isupper() or named(text[lab[0]:lab[1]], lab[0])]


def gerund_heading(doc: Doc, start: int, label: str) -> bool:
    """A label in capitals that opens with a verb's -ing form and goes on ("ADVANCING CIVIL
    NUCLEAR COOPERATION: The two leaders signed ..."): a fact sheet's section heading, not a
    speaker, though several follow one another like turns. One word ("KEATING:") is a name."""
    if len(label.split()) < 2:
        return False
    first = doc.char_span(start, start + len(label.split()[0]), alignment_mode="expand")
    return first is not None and len(first) == 1 and first[0].tag_ == "VBG"


def is_heading(text: str, label: tuple[int, int, int, int], paragraphs: list[list[int]]) -> bool:
    """A 'Name: a few words' line that heads a paragraph written about that name ("Sanders: Win
    in a walk." then "Vermont Sen. Bernie Sanders has led ..."), as in a roundup of candidates."""
    ls, le, cs, pe = label
    line_end = text.find("\n", cs)
    line_end = pe if line_end < 0 else min(pe, line_end)
    if len(text[cs:line_end].split()) > 6:
        return False
    nxt = next(((a, b) for a, b in paragraphs if a >= line_end and text[a:b].strip()), None)
    if nxt is None:
        return False
    body = text[nxt[0]:nxt[1]]
    if LABEL.match(body) or len(body.split()) < 25:
        return False
    last_name = text[ls:le].split()[-1].strip(".,").lower()
    return last_name in body.lower()


#: A label's words that open with a heading in capitals ("UN: PEACEKEEPERS PAYING 13-YEAR-OLDS
#: FOR SEX “The United Nations has ...”): a newsletter's item, not a speaker's turn.
CAPS_HEADING = re.compile(r"(?:[A-Z0-9][A-Z0-9'’.,-]*\s+){3}")


def names_own_label(text: str, label: tuple[int, int, int, int]) -> bool:
    """A 'Name: ...' paragraph that goes on to name that person ("Anne Dupont: Pensions
    Last spring, Senator Anne Dupont of Lyon proposed ..."): a section written
    about them, not a turn they speak (speakers seldom name themselves). Labels in capitals
    (transcripts' own style) are not judged so."""
    ls, le, cs, end = label
    name = text[ls:le]
    if name.isupper():
        return False
    last = name.split(",")[0].split()[-1].strip(".'’-")
    return len(last) > 2 and re.search(r"\b" + re.escape(last) + r"\b", text[cs:end]) is not None


#: A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE_CHARS = 160
#: Headline kickers that read like a label and name nobody ("The Latest:", "Breaking:").
KICKERS = {"THE LATEST", "LATEST", "REVEALED", "JUST IN", "JUST LEAKED", "BOMBSHELL", "NOTICE", "PAID NOTICE",
            "FACT CHECK", "EXPLAINER", "LIVE", "TIMELINE", "QUIZ", "POLL WATCH", "WATCH LIVE", "PRESS RELEASE",
            "NEWS STORY", "STATEMENT", "SPEECH", "READOUT", "NEWS RELEASE", "MEDIA RELEASE", "LETTERS", "LETTER",
            "LETTERS TO THE EDITOR", "EDITORIAL", "VIEWPOINT", "COMMENT", "SECURITY ALERT", "HEALTH ALERT"}


def headline_speaker(doc: Doc, start: int, end: int, quoted: bool = False) -> tuple[tuple[int, int], Token] | None:
    """The speaker a headline's label names: the words before a preposition ("Clinton" of
    "Clinton to Planned Parenthood"), whose last word is a person, organisation or group the model
    recognises (in the label, or below it: ``_named_below``), a title ("CNN President On Trump") or
    a noun for a source or a document ("Poll", "Insiders", "WSJ editorial"); before a quote
    (``quoted``), any name in title case the model does not take for a place ("Carly Fiorina:
    'Bill Clinton's fair game.'"). Not a kicker ("The Latest", "Breaking"), a place in capitals (a
    dateline), two names joined by "and", or a label with a verb ("Clinton Wades In")."""
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None or not 0 < len(label) <= 7:
        return None
    dash = max((t.i + 1 for t in label if t.text in "-–—―" and t.whitespace_), default=label.start)
    words = list(itertools.takewhile(lambda t: t.pos_ != "ADP", label.doc[dash:label.end]))
    text = label.text.upper()  # ("EXCLUSIVE – Roger Stone": the name after the kicker)
    title_case = bool(words) and not label.text.isupper() and all(t.text[:1].isupper() for t in words)
    named_below = title_case and _named_below(doc, words)
    # "WSJ editorial:", "IG report:": a document with whose it is; "Judicial Watch:": a body the
    # article names below. Not kickers
    owned = len(words) > 1 and (named_below or (words[-1].lemma_.lower() in DOCUMENT_NOUNS and not label.text.isupper()
                                                and any(t.ent_type_ in ("ORG", "PERSON", "NORP") for t in words[:-1])))
    last = text.split()[-1] if text.split() and not owned else None
    if not words or text in KICKERS or last in KICKERS:
        return None
    if (text in NEWSROOM_LABELS or last in NEWSROOM_LABELS) and (label.text.isupper() or text != "REPORT"):
        return None  # "Breaking:", "Wow:", "UPDATE:"; but "Report: Walker to speak at ..." says who says it
    if any(t.pos_ in ("CCONJ", "VERB", "AUX", "PRON") for t in words):
        return None
    head = words[-1]
    lemma = head.lemma_.lower()
    after = label.doc[head.i + 1 : label.end]
    if lemma in ("interview", "conversation") and len(after) > 1 and after[0].lower_ == "with" \
            and after[-1].ent_type_ == "PERSON":
        return (after[1].idx, after[-1].idx + len(after[-1])), after[-1]  # "...': an interview with Kaja Kallas"
    if head.ent_type_ in ("GPE", "LOC", "FAC") and label.text.isupper():
        return None
    named = head.ent_type_ in ("PERSON", "ORG", "NORP") or named_below or (
        quoted and head.ent_type_ not in ("GPE", "LOC", "FAC") and title_case
        and all(t.pos_ == "PROPN" for t in words))
    nouns = DOCUMENT_NOUNS | ANONYMOUS_HEADS | OUTLET_HEADS
    if not (named or ROLE.fullmatch(head.text) or lemma in nouns or head.lower_ in nouns
            or lemma.rstrip("s") in nouns):
        return None
    return (words[0].idx, head.idx + len(head)), head


def _named_below(doc: Doc, words: list[Token]) -> bool:
    """Whether a headline label's words ("Politifact", "Judicial Watch") name, below the
    headline, a person, organisation or group the model recognises there: the headline's own
    words, in title case, the model often cannot tell from a kicker ("Bombshell:")."""
    text = text_of(doc)
    line_end = text.find("\n", words[-1].idx)
    if line_end < 0:
        return False
    below = doc.char_span(line_end, len(text), alignment_mode="expand")
    if below is None:
        return False
    names = [t.text for t in words]
    return any(ent.label_ in ("PERSON", "ORG", "NORP") and [t.text for t in ent[-len(names):]] == names
               for ent in below.ents)


#: Words of a label in capitals that names a body or a role, not a person ("STATE DEPARTMENT",
#: "AUDIENCE MEMBER").
_NOT_NAME_WORDS = {"DEPARTMENT", "MINISTRY", "OFFICE", "COUNCIL", "COMMITTEE", "AGENCY", "GOVERNMENT", "NEWS", "TV",
               "RADIO", "PRESS", "AUDIENCE", "MEMBER", "REPORTER", "CORRESPONDENT", "VOICE", "VOICES", "CROWD",
               "ANNOUNCER", "NARRATOR", "UNIDENTIFIED", "INTERPRETER", "TRANSLATOR", "HOST", "ANCHOR"}


def label_core(label: str) -> str:
    """A turn's label without what it gives in brackets ("HOST (Maya Fischer)": "HOST")."""
    return re.sub(r"\s*\([^()]*\)", "", label).strip()


def label_speaker(label: str, entities: list[dict[str, Any]]) -> tuple[str, str | None] | None:
    """(kind, entity id) of the person a turn's label names, where the model's reading of the
    label misses them: a label in capitals the article writes in title case elsewhere ("ALI VAEZ"
    after "Ali Vaez of the International Crisis Group"), or a title of address ("Lord Collins of
    Highbury (Lab)", whom the model may take for a body). None when the label is no such name."""
    core = label_core(label)
    if label.isupper() and core and core not in TURN_WORDS:
        for x in entities:
            names = [x["name"]] + list(x.get("aliases", []))
            if x["type"] == "PERSON" and any(n.upper() == core or n.upper().split()[-1:] == core.split()[-1:]
                                             for n in names):
                return "named_person", x["id"]
    if HONORIFIC_START.match(label):
        return "named_person", None
    words = core.split()
    if label.isupper() and 2 <= len(words) <= 4 and core not in TURN_WORDS and all(w.isalpha() for w in words) \
            and not set(words) & _NOT_NAME_WORDS and default_gazetteer().by_name(core.title()) is None:
        return "named_person", None  # a name in capitals the article gives nowhere else ("MARGARET BRENNAN")
    return None


def label_head(doc: Doc, s: int, e: int) -> Token | None:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    person = next((t for t in span if t.ent_type_ == "PERSON"), None)
    if person is not None:  # "Dame Susan Ray (North Devon) (Con)", "The Secretary of State (Mr Andrew Blake)"
        while person.i + 1 < span.end and person.doc[person.i + 1].ent_iob_ == "I":
            person = person.doc[person.i + 1]  # (the name's last word; not the constituency's)
        return person
    propn = [t for t in span if t.pos_ == "PROPN"]
    return propn[-1] if propn else span.root


#: A paragraph that opens an interview's turn with a dash: "- What is your assessment ...?"
DASH_TURN = re.compile(r"[-–—]\s+(?=\S)")

#: Verbs by which a lead says who gave an interview: "X told RIA Novosti", "X said in an
#: interview with Y", "X spoke to Y".
_INTERVIEW_VERBS = {"tell", "say", "speak", "talk", "give"}


def interview_lead(doc: Doc, first_turn: int) -> tuple[Token, Token | None] | None:
    """(the interviewee, the interviewer or None) from the first verb of telling before the
    first turn whose subject is a named person or a title ("Russian Ambassador to India Nikolai
    Kudashev told RIA Novosti about ...")."""
    for tok in doc:
        if tok.idx >= first_turn:
            return None
        if tok.pos_ != "VERB" or lemma_of(tok) not in _INTERVIEW_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not any(t.ent_type_ == "PERSON" for t in subj.subtree):
            continue
        listener = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
        if listener is None:
            listener = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                             for g in c.subtree if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        return subj, listener
    return None
