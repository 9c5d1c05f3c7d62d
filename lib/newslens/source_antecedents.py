"""Whom a pronoun or a description stands for: "he" after a named minister, "it" after the
ministry or a document that is a subject, "they" after several sources, "the minister" after
"Minister of State V Muraleedharan", "the agency" after the agency named in full, "the
spokesperson" after "A Chinese foreign ministry spokesperson"."""
from __future__ import annotations

import re
from typing import Any, Sequence

from spacy.tokens import Doc, Token

from .doctools import sent_of, text_of
from .entities import BOTH_SIDES_PEOPLE, both_countries, names_of
from .pipeline import PERSON_TITLES
from .source_words import ANONYMOUS_HEADS, DOCUMENT_HEADS, JOINT, NEWSROOM_NAME, PERSONS_BODIES, entity_country


#: Words for a body by what it is ("the group" after Hamas, "the bloc" after ECOWAS), with the
#: gazetteer roles each stands for.
BODY_DESCRIPTIONS = {
    "group": {"armed group", "grouping"}, "grouping": {"grouping"}, "militia": {"armed group"},
    "movement": {"armed group"},
    "bloc": {"grouping", "alliance"}, "alliance": {"alliance"},
    "organisation": {"grouping", "alliance", "international organisation", "armed group"},
    "organization": {"grouping", "alliance", "international organisation", "armed group"},
    "court": {"international court"}, "tribunal": {"international court"},
}


def body_so_named(head: Token, s: int, entities: list[dict[str, Any]]) -> str | None:
    """'the agency' after 'the International Atomic Energy Agency', 'the Council' after 'the
    Council of Ministers', 'the group' after Hamas, 'the bloc' after ECOWAS: the id of the latest
    body named before ``s`` whose name ends (or, before "of", begins) in the description's word or
    that the gazetteer knows as one (``BODY_DESCRIPTIONS``), if it is no newsroom."""
    word = head.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    roles = BODY_DESCRIPTIONS.get(word, set())
    named = [(max(a for a, _ in x["mentions"] if a < s), x["id"]) for x in entities
             if x["type"] == "ORG" and (any(n.lower().split()[-1:] == [word]
                                            or re.sub(r"^the ", "", n.lower()).startswith(f"{word} of ")
                                            for n in names_of(x)) or x.get("role") in roles)
             and not NEWSROOM_NAME.search(x["name"]) and "news" not in (x.get("role") or "")
             and any(a < s for a, _ in x["mentions"])]
    return max(named)[1] if named else None


def same_description(doc: Doc, head: Token, s: int, previous: list[dict[str, Any]]) -> dict[str, Any] | None:
    """'the spokesperson' after 'A Chinese foreign ministry spokesperson said ...': the latest
    source before ``s`` whose head is the same word, for a description with "the" (the same
    unnamed speaker again), or None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return latest_source_before(doc, s, previous, lambda span: _office_word(span.root) == _office_word(head))


def group_of(doc: Doc, head: Token | None, s: int, previous: list[dict[str, Any]]) -> dict[str, Any] | None:
    """'one of the officials', 'two of them', 'another', 'the other' after 'Three U.S. officials
    said ...': the latest source before ``s`` that is the group one of whom speaks (its head the
    same word in the plural, or any plural for "them", "another" and "the other"), or None."""
    if head is None:
        return None
    of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"), None)
    if head.lower_ in ("another", "other") and all(c.dep_ == "det" for c in head.children):
        of = head  # ("Another cautioned that ...", "The other said ...": another of those who spoke before)
    if of is None or (head.pos_ not in ("NUM", "PRON", "DET") and head.lower_ not in ("some", "several", "another",
                                                                                       "other")):
        return None
    if of.lower_ in ("them", "those", "another", "other"):
        return latest_source_before(doc, s, previous, lambda span: span.root.tag_ in ("NNS", "NNPS"))
    if of.tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                  for c in of.children):
        return None
    return latest_source_before(doc, s, previous, lambda span: span.root.lemma_.lower() == of.lemma_.lower())


def latest_source_before(doc: Doc, s: int, previous: list[dict[str, Any]], fits) -> dict[str, Any] | None:
    """The latest source ending before ``s`` whose words (a Span) ``fits``, or None."""
    for src in sorted((a["source"] for a in previous if a.get("source") and a["source"]["end"] <= s),
                      key=lambda x: -x["start"]):
        span = doc.char_span(src["start"], src["end"], alignment_mode="expand")
        if span is not None and fits(span):
            return src
    return None


#: Words for one office: "the envoy" after "Australia's High Commissioner to India" said something.
_ENVOY_WORDS = {"envoy", "ambassador"}


def _office_word(head: Token) -> str:
    """The word a description's head stands for: an envoy for an ambassador and a high
    commissioner (not a police commissioner), else its own lemma."""
    lemma = head.lemma_.lower()
    if lemma in _ENVOY_WORDS or (lemma == "commissioner" and any(c.lower_ == "high" for c in head.lefts)):
        return "envoy"
    return lemma


def _latest_plural_source(doc: Doc, pron: Token, previous: list[dict[str, Any]]) -> dict[str, Any] | None:
    """For "they": the latest source before it, if that is several ("Both ministers", "the
    sources", "Smith and Jones") and no further back than the sentence before."""
    if pron.lower_ not in ("they", "them", "their"):
        return None
    i = sent_of(pron).start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    floor = doc[i].sent.start_char if i >= 0 else 0
    before = [a["source"] for a in previous if a.get("source") and floor <= a["source"]["start"] < pron.idx]
    if not before:
        return None
    src = max(before, key=lambda x: x["start"])
    span = doc.char_span(src["start"], src["end"], alignment_mode="expand")
    # (a coordination inside the span counts though the parser hangs it elsewhere: "Minister A
    # and Minister B" as one name with "and" in it)
    return src if span is not None and (_several(span.root) or any(t.dep_ == "cc" for t in span)) else None


def _several(head: Token) -> bool:
    """Whether a noun phrase names more than one: a plural ("sources", "Both Ministers", which
    the tagger may call singular), a number ("two sides") or a coordination ("Smith and Jones")."""
    return head.tag_ in ("NNS", "NNPS") or "Plur" in head.morph.get("Number") or any(
        c.dep_ == "conj" or c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in head.children)


def antecedent(doc: Doc, pron: Token, entities: list[dict[str, Any]], previous: list[dict[str, Any]],
               person: bool, said: tuple[int, int] | None = None, quotes: Sequence[tuple[int, int]] = ()
                ) -> tuple[str | None, str, str | None] | None:
    """What a pronoun refers to, as (entity id, kind, side): the latest source before it of the
    same sort (a person for "he", named or one unnamed official, a body for "it" and "they"),
    unless one of that sort named since is the subject of a sentence ("Trump said ... . The
    deputy minister, Anil Rao, briefed reporters. He claimed ...": Rao; "Twitter suspended the
    accounts. It said ...": Twitter); for "it", a document that is the subject of a sentence since
    ("The draft won 14 votes. It would have demanded ...");
    for "they", several who spoke just before ("Both ministers ... . They ...", with their side);
    else, for a person, the latest one named. The side is that of the source it goes back to
    (None when it goes back to a mention, whose entity then gives it)."""
    # (a source with no entity counts when it is one person or body all the same: "Australia's
    # High Commissioner", "China's foreign ministry"; for "he" and "she", so does one unnamed
    # person: "A senior official said ... . He added ...")
    sources = [a["source"] for a in previous if a.get("source") and a["source"]["start"] < pron.idx
               and ((a["source"].get("entity_id") or a["source"]["kind"] in ("named_person", "named_org"))
                    and (a["source"]["kind"] == "named_person" and not _persons_body(a["source"])) == person
                    or person and _one_unnamed_person(doc, a["source"]))]
    src = max(sources, key=lambda x: x["start"], default=None)
    since = src["end"] if src is not None else pron.idx - _ANTECEDENT_REACH
    types = ("PERSON",) if person else ("ORG", "GPE", "NORP")
    # (not one inside what a source before said: "the office said Israel had accepted the proposal
    # but that Hamas had rejected it. It said ...": the office)
    said_before = [(a["content"]["start"], a["content"]["end"]) for a in previous if a.get("content")
                   and a["content"]["start"] >= since and a["content"]["end"] <= pron.idx]
    subjects = [(a, x["id"]) for x in entities if x["type"] in types for a, b in x["mentions"]
                if since <= a < pron.idx and _is_subject(doc, a, b) and not any(qs <= a < qe for qs, qe in quotes)
                and not (said is not None and said[0] <= a < said[1])
                and not any(cs <= a < ce for cs, ce in said_before)]
    group = None if person else _latest_plural_source(doc, pron, previous)
    if group is not None and (not subjects or max(subjects)[0] < group["start"]):
        return group.get("entity_id"), group["kind"], group.get("side")
    if pron.lower_ in ("they", "them", "their"):
        # "European governments should stop ... . They should agree ...": the unnamed many
        # who are the subject since, not a country named before them; "The two leaders held
        # talks. They welcomed ...": the two countries' leaders
        floor = max(subjects)[0] if subjects else since
        many = [t for t in doc[:pron.i] if t.idx > floor and t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass")
                and t.ent_type_ == "" and not any(qs <= t.idx < qe for qs, qe in quotes)]
        both = both_countries(many[-1], entities) if many else []
        if len(both) >= 2:
            return None, "named_person" if many[-1].lower_ in BOTH_SIDES_PEOPLE else "named_org", JOINT.join(both)
        if many:
            # "U.S. forces have struck more than 20 vessels they say were carrying drugs": the
            # forces, and the country their words name
            s0, e0 = many[-1].left_edge.idx, many[-1].idx + len(many[-1].text)
            home = [entity_country(x) for x in entities if x["type"] in ("GPE", "NORP") and entity_country(x)
                    and any(s0 <= a < e0 for a, _ in x["mentions"])]
            if len(set(home)) == 1:
                return None, "anonymous", home[0]
        if many and subjects:
            return None
    if pron.lower_ == "it":
        # "The British-drafted text won 14 votes. It would have demanded ...": the document that
        # is the subject since, not a body that spoke before it (nor one the document's words
        # name: "The report says Beijing is expanding ... . It estimates ...")
        reported = [(a["content"]["start"], a["content"]["end"]) for a in previous
                    if (a.get("source") or {}).get("kind") == "document" and a.get("content")]
        floor = max([since] + [a for a, _ in subjects if not any(cs <= a < ce for cs, ce in reported)])
        papers = [t for t in doc[:pron.i] if t.idx > floor and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"
                  and t.ent_type_ == "" and t.lemma_.lower() in DOCUMENT_HEADS
                  and not any(qs <= t.idx < qe for qs, qe in quotes)]
        if papers:  # (with the side the paper spoke for, if it was a source: "The statement said ... . It said")
            spoke = next((a["source"] for a in previous if a.get("source")
                          and a["source"]["start"] <= papers[-1].idx < a["source"]["end"]), None)
            return None, "document", spoke.get("side") if spoke else None
    if subjects:
        return max(subjects)[1], "named_person" if person else "named_org", None
    if src is not None:
        return src["entity_id"], src["kind"], src.get("side")
    if person:
        named = [(a, x["id"]) for x in entities if x["type"] == "PERSON" for a, _ in x["mentions"]
                 if pron.idx - _ANTECEDENT_REACH < a < pron.idx and not (said is not None and said[0] <= a < said[1])]
        if named:
            return max(named)[1], "named_person", None
    return None


#: Head words of a source that stand for people, not for a body (``ANONYMOUS_HEADS`` without
#: "ministry", "government", ...).
_PERSON_HEADS = ANONYMOUS_HEADS - {"administration", "government", "ministry", "department", "authority",
                                   "authorities", "officials", "people"}


def _persons_body(source: dict[str, Any]) -> bool:
    """Whether a source is a person's office or staff ("Netanyahu's office"): an "it", not a "he"."""
    words = source["text"].split()
    return bool(words) and words[-1].lower() in PERSONS_BODIES


def _one_unnamed_person(doc: Doc, source: dict[str, Any]) -> bool:
    """Whether an anonymous source is one person ("a senior official", "the researcher", "one
    diplomat"), whom a later "he" or "she" may stand for; not "officials" nor "the ministry"."""
    if source.get("kind") != "anonymous" or source.get("entity_id"):
        return False
    span = doc.char_span(source["start"], source["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.lemma_.lower() in _PERSON_HEADS and root.tag_ == "NN"


#: How far back (characters) a pronoun's antecedent is looked for when no source is nearer.
_ANTECEDENT_REACH = 1500


def _is_subject(doc: Doc, s: int, e: int) -> bool:
    """Whether the words at (s, e) are (or head) a clause's subject."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.head.children):
        return False  # the subject of an infinitive ("calls for Rwanda to end its measures") leads no sentence
    # (or the name set beside one: "Israel's security minister Itamar Ben-Gvir has resigned")
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))


def _latest_person(entities: list[dict[str, Any]], s: int, fits) -> str | None:
    """The id of the person mentioned last before ``s`` in a mention that ``fits(entity, start,
    end)``."""
    best = None
    for x in entities:
        if x["type"] != "PERSON":
            continue
        for a, b in x["mentions"]:
            if a < s and (best is None or a > best[0]) and fits(x, a, b):
                best = (a, x["id"])
    return best[1] if best else None


def described_person(doc: Doc, head: Token, s: int, entities: list[dict[str, Any]]) -> str | None:
    """'the minister' refers to the latest person named before it whose role (or title before the
    name) has that word; 'a minister' to no one."""
    word = head.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    if word == "diplomat" and any(c.lower_ in ("top", "chief", "the") for c in head.children):
        # "the top Russian diplomat" after "Foreign Minister Sergey Lavrov"; "the diplomat" after
        # "Deputy Foreign Minister Sergey Ryabkov" or an ambassador
        text = text_of(doc)
        offices = _TOP_DIPLOMATS if any(c.lower_ in ("top", "chief") for c in head.children) else _DIPLOMATS

        def diplomat(x: dict[str, Any], a: int, b: int) -> bool:  # by role, or by the title before the name
            held = ((x.get("role") or "") + " " + text[max(0, a - 40):a]).lower()
            return any(office in held for office in offices)
        return _latest_person(entities, s, diplomat)
    # (by role, or by the title written before the name: "Minister of State for External Affairs V
    # Muraleedharan said ... . In a written reply, the minister said ...")
    # (with the description's own words of office: "the Foreign Secretary" is not the Secretary of State)
    text = text_of(doc)
    title = re.compile(rf"\b(?i:{re.escape(word)})(?:\s+(?:of|for|the|[A-Z][\w.'’\-]*))*\s*$")
    kinds = office_words(head)

    def held(x: dict[str, Any], a: int, b: int) -> bool:
        role = (x.get("role") or "").lower()
        before = text[max(0, a - 60):a].split("\n")[-1]
        return (word in role and kinds <= set(re.findall(r"[\w-]+", role))) or (
            title.search(before) is not None and kinds <= set(re.findall(r"[\w-]+", before.lower())))

    return _latest_person(entities, s, held)


def office_words(head: Token) -> set[str]:
    """The words of office a description puts before its head ("foreign" of "the Foreign
    Secretary"), not its country ("US" of "the US Defence Secretary": ``same_country`` judges that)."""
    return {c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "NOUN", "ADJ")
            and c.ent_type_ not in ("GPE", "NORP")}


#: The offices a "top diplomat" holds, and those any diplomat may.
_TOP_DIPLOMATS = ("foreign minister", "secretary of state", "foreign secretary", "external affairs minister",
                  "minister of foreign affairs", "minister for foreign affairs", "high representative")
_DIPLOMATS = _TOP_DIPLOMATS + ("ambassador", "envoy", "diplomat", "consul", "high commissioner", "chargé")


def headline_description_named_below(doc: Doc, s: int, e: int, entities: list[dict[str, Any]]) -> str | None:
    """The person a headline's description names, when the story below writes the same words
    right before a name ("Sudan's army chief rejects truce" over "Sudan's army chief Abdel
    Fattah al-Burhan has rejected ..."). Only for a source on the article's first line."""
    text = text_of(doc)
    line_end = text.find("\n", len(text) - len(text.lstrip()))
    words = re.sub(r"^(?:the|The|THE)\s+", "", text[s:e]).strip()
    if line_end < 0 or e > line_end or len(words.split()) < 2:
        return None
    starts = {a: x["id"] for x in entities if x["type"] == "PERSON" for a, _ in x["mentions"] if a > line_end}
    # (a rank or a title may stand between: "Niger's army chief, General Moussa Kabore")
    for m in re.finditer(re.escape(words) + r",?\s+((?:[A-Z][\w.]*\s+){0,2})", text[line_end:], flags=re.IGNORECASE):
        between = m.group(1)
        for at in [0] + [k + 1 for k, ch in enumerate(between) if ch.isspace()]:
            if line_end + m.start(1) + at in starts:
                return starts[line_end + m.start(1) + at]
    return None


def titled_person(doc: Doc, head: Token, s: int, entities: list[dict[str, Any]]) -> str | None:
    """'the US Defence Secretary' after 'US Defence Secretary John Miles signed the pact': the
    latest person named before ``s`` with that title written just before the name. Only for a
    description with "the" (not "a minister")."""
    word = head.lemma_.lower()
    if word not in PERSON_TITLES or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    kinds = office_words(head)  # (which the title must have too)

    def titled(x: dict[str, Any], a: int, b: int) -> bool:
        name = doc.char_span(a, b, alignment_mode="expand")
        if name is None:
            return False
        if len(name) > 1 and name[0].lemma_.lower() == word:
            return True  # "Morocco's King Mohammed VI": the model took the title into the name
        before = doc[max(0, name.start - 8) : name.start]  # the words just before the name
        for t in reversed(before):
            if t.i == name.start - 1 and t.text == ",":
                continue  # "The Minister for International Development, Jane Holloway"
            if t.ent_type_ == "PERSON" or not (t.pos_ in ("PROPN", "NOUN", "ADJ")
                                               or (t.lower_ in ("for", "of") and t.i < name.start - 2)):
                return False
            if t.lemma_.lower() == word:
                return kinds <= {w.lower_ for w in doc[max(0, t.i - 3) : name.start]}
        return False

    return _latest_person(entities, s, titled)
