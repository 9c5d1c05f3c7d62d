"""Who a text's "I" and "we" are when no quote or turn says: a statement's author named in its
first line ("Statement by the Ministry of Foreign Affairs", "Letter dated ... from the Minister
for Foreign Affairs of ..."), the speaker of an address given in
full, those who sign a letter under its closing ("Sincerely,"), an opinion piece's byline, or a
"we" the text introduces ("We, the Foreign Ministers of ...")."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .doctools import text_of
from .pipeline import PERSON_TITLES
from .side_from_words import joint_side, side_in_words
from .source_words import JOINT, NEWSROOM_NAME, ONE_HOLDER_OFFICES, entity_country


def we_introduced(doc: Doc, head: Token, entities: list[dict[str, Any]]) -> str | None:
    """The side of the "we" a text introduces by name before ``head`` ("We, the Foreign Ministers
    of Australia, India, Japan and the United States, met ..."), which a later "we" of the same
    text is; None when no "we" is so introduced."""
    if head.lower_ != "we":
        return None
    for t in doc[: head.i + 1]:  # (the "we" so introduced is one too)
        named = next((c for c in t.children if c.dep_ == "appos"), None) if t.lower_ == "we" else None
        if named is not None:
            s, e = t.idx, named.right_edge.idx + len(named.right_edge.text)
            return joint_side(t, s, e, entities) or side_in_words(s, e, entities, None, doc)
    return None


#: A first line that says whose statement the text is ("Statement from the National Security
#: Advisor on ...", "Statement by the Ministry of Foreign Affairs").
_STATEMENT_BY = re.compile(r"\s*(?:(?:Press|Joint)\s+)?(?:Statement|Comment|Commentary|Remarks|Message|Address|"
                           r"Communiqu[eé](?:\s+of\s+the\s+\w+\s+(?:meeting|session|summit))?)"
                           r"\s+(?:from|by|of)\s+(?:the\s+)?(?P<who>[^:;\n]+?)"
                           r"(?:\s+(?:on|regarding|about|concerning)\s[^\n]*)?\s*(?:\n|$)", re.IGNORECASE)


#: ... or names its author as the owner of the remarks ("Foreign Ministry Spokesperson's Remarks on
#: the US Arms Sale to Taiwan").
_STATEMENTS_OWNER = re.compile(r"\s*(?P<who>[A-Z][^:;\n]{2,80}?)['’]s\s+(?:Remarks|Statement|Comments?|Message|Address)"
                               r"\s+(?:on|regarding|about|concerning|at|to)\s[^\n]*(?:\n|$)")
#: ... or whose letter it is, as the UN titles one ("Letter dated 28 August 2025 from the Minister
#: for Foreign Affairs of the Islamic Republic of Iran addressed to the Secretary-General").
_LETTER_FROM = re.compile(r"\s*(?:Identical\s+)?[Ll]etters?\s+(?:dated\s+[^\n]{4,40}?\s+)?from\s+(?:the\s+)?"
                          r"(?P<who>[^:;\n]+?)\s+addressed\s+to\s[^\n]*(?:\n|$)")
#: A line near the top that says whose speech or statement follows in full ("Following is the
#: full text of the address delivered by the Prime Minister of Pakistan, Shehbaz Sharif, at ...").
_FULL_TEXT_BY = re.compile(r"\b(?:full|complete)\s+text\s+of\s+(?:the\s+|an?\s+)?(?:address|speech|statement|remarks)"
                           r"\s+(?:(?:delivered|made|given|read)\s+)?by\s+(?:the\s+)?"
                           r"(?P<who>[^:;\n]+?)(?=,?\s+(?:at|to|in|on|before|during)\s|[.:;\n])", re.IGNORECASE)


def statement_author(doc: Doc, entities: list[dict[str, Any]]) -> tuple[str, str | None, str | None] | None:
    """(kind, entity id, side) of the author a statement's first line names, whom its "I" and
    "we" stand for: a person (named, or by an office: "National Security Advisor") or a body
    ("the Ministry of Foreign Affairs"), with the country named there; or the speaker whose speech
    a line near the top says follows in full. None if no line names an author."""
    text = text_of(doc)
    m = _STATEMENT_BY.match(text) or _STATEMENTS_OWNER.match(text) or _LETTER_FROM.match(text) \
        or _FULL_TEXT_BY.search(text, 0, min(len(text), 600))
    issuer = _issuer_line(text, entities) if m is None else None
    signed = _signature_block(text) if m is None and issuer is None else None
    if m is None and issuer is None and signed is None:
        return None
    s, e = m.span("who") if m is not None else issuer or signed
    inside = [x for x in entities if any(s <= a and b <= e for a, b in x["mentions"])]
    person = next((x for x in inside if x["type"] == "PERSON"), None)
    # ("... by the Foreign Ministers of France, Germany and the United Kingdom": all three)
    sides = list(dict.fromkeys(c for x in sorted(inside, key=lambda x: x["mentions"][0])
                               if x["type"] in ("GPE", "NORP", "ORG") for c in [entity_country(x)] if c))
    side = JOINT.join(sides) if sides else None
    if person is not None:
        return "named_person", person["id"], entity_country(person) or side
    words = {re.sub(r"['’]s$", "", w.lower().strip(".,")) for w in text[s:e].split()}  # ("Minister's")
    if {w[:-1] if w.endswith("s") else w for w in words} & (PERSON_TITLES | ONE_HOLDER_OFFICES):  # ("Ministers")
        return "named_person", None, side
    body = next((x for x in inside if x["type"] == "ORG"), None)
    # (a body of no one country speaks for itself: "Communique of the ... Peace and Security Council")
    return "named_org", body["id"] if body else None, side or (body["name"] if body else None)


#: A letter's closing ("Sincerely,", "Yours faithfully,"), after which come the names and titles
#: of those who sign it.
LETTER_CLOSING = re.compile(r"^[ \t]*(?:(?:Yours\s+)?(?:[Ss]incerely|[Ff]aithfully|[Tt]ruly)(?:\s+yours)?"
                            r"|Respectfully(?:\s+yours)?|(?:Best|Kind|Warm)?\s*[Rr]egards|With (?:respect|best wishes))"
                            r"[ \t]*,?[ \t]*$", re.MULTILINE)


#: How many lines a letter's signature block may run to (names, titles and the blank lines between).
_SIGNATURE_LINES = 12


def _signature_block(text: str) -> tuple[int, int] | None:
    """The span after a letter's last closing line ("Sincerely,") to the end, where those who sign
    it are named, when it is short (``_SIGNATURE_LINES`` lines at most); None if the text has no
    such closing."""
    closing = None
    for closing in LETTER_CLOSING.finditer(text):
        pass
    if closing is None or text[closing.end():].count("\n") > _SIGNATURE_LINES:
        return None
    return closing.end(), len(text)


#: The title of a government's release ("Press Statement: Condemning ...", "Readout: ..."), which a
#: line below names the issuer of ("Office of the Spokesperson", "U.S. Department of State").
_RELEASE_TITLE = re.compile(r"\s*(?:Press\s+Statement|Press\s+Release|Media\s+Note|Readout|Statement)\b", re.IGNORECASE)


def _issuer_line(text: str, entities: list[dict[str, Any]]) -> tuple[int, int] | None:
    """The span of the line under a release's title that is a body's name and nothing else (one of
    the first five lines), or None."""
    if not _RELEASE_TITLE.match(text):
        return None
    start = 0
    for _ in range(5):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        a = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        if line and any(x["type"] == "ORG" and [a, a + len(line)] in [list(m) for m in x["mentions"]]
                        for x in entities):
            return a, a + len(line)
        start = end + 1
        if start >= len(text):
            break
    return None


#: A byline on a line of its own near the top ("By Anna Lindqvist", "By Penny Wong and Marise Payne").
_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?P<who>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,3}"
                     r"(?:[ \t]+and[ \t]+[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,3})?)[ \t]*$", re.MULTILINE)


def byline_author(doc: Doc, entities: list[dict[str, Any]]) -> tuple[str, str | None, str | None] | None:
    """(kind, entity id, side) of the person a byline in the article's first lines names, whom
    an opinion piece's "I" stands for; None without one."""
    text = text_of(doc)
    m = _BYLINE.search(text, 0, min(len(text), 400))
    if m is None:
        return None
    s, e = m.span("who")
    inside = [x for x in entities if any(s <= a and b <= e for a, b in x["mentions"])]
    person = next((x for x in inside if x["type"] == "PERSON"), None)
    if person is not None:
        return "named_person", person["id"], entity_country(person)
    # a byline names a person, though the model may call the name a body ("By Shashi Tharoor");
    # not a newsroom ("By Reuters Staff")
    named = next((x for x in inside if any((a, b) == (s, e) for a, b in x["mentions"])), None)
    if named is not None and "news" not in (named.get("role") or "") and not NEWSROOM_NAME.search(named["name"]):
        return "named_person", named["id"], None
    return None
