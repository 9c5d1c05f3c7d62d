"""The parties to an agreement as its sentences name them: the countries that sign, agree or
negotiate it, not those that broker, oppose or denounce it, nor the places a sentence is set in;
and what an agreement is for ("to allow ...")."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from .agreement_words import SIGNING_VERBS, status_lexicon
from .doctools import sent_of_span, text_of, word_lemma
from .entities import countries_by_mentions, party_of
from .gazetteer import default_gazetteer, norm_key
from .source_spans import past_dateline_text
from .source_words import JOINT
from .spans import subtree_span


#: The gazetteer's role of a company its state owns, which signs for that state.
STATE_COMPANY = "state-owned company"
#: Verbs of what an agreement does ("the agreement will allow ...", "which enables ...").
PURPOSE_VERBS = {"allow", "enable", "facilitate", "provide", "permit", "let", "give", "help", "lay", "govern", "cover"}


def countries_in(entities: list[dict[str, Any]], s: int, e: int,
                 aside: list[tuple[int, int]] = (), leaders: bool = False) -> list[str]:
    """Countries named (or implied by capitals and nationalities, and with ``leaders`` by the
    people and the state-owned companies the gazetteer knows as theirs) between s and e, and
    unions of countries ("the EU", "ASEAN"), in order, leaving out those named inside the
    ``aside`` spans."""
    hits = []
    for x in entities:
        # a country, or a union of countries that makes agreements as one ("the European Union")
        # (and with ``leaders``, a company the state owns: "QatarEnergy signed a 27-year agreement")
        signs_for_it = leaders and (x["type"] == "PERSON" or x.get("role") == STATE_COMPANY)
        party = party_of(x) or (x.get("country") if signs_for_it else None)
        for a, b in x["mentions"] if party else []:
            if s <= a and b <= e and not any(c <= a < d for c, d in aside):
                hits.append((a, party))
    return list(dict.fromkeys(c for _, c in sorted(hits)))


def parties_in_sentences(doc: Doc, entities: list[dict[str, Any]], sentence: tuple[int, int],
                         evidence: tuple[int, int], mentions: list[tuple[int, int]],
                         article_countries: list[str]) -> list[str]:
    """The countries party to an agreement the record does not know: those the evidence's
    sentence names (not its brokers, the place it was signed in or the circumstances); the two
    countries of the article for "the two countries", "both sides", "bilateral", "between the
    two"; with none, those
    the sentences of its other mentions name."""
    text = text_of(doc)
    signed = signatories(doc, entities, mentions)
    if len(signed) >= 2:
        return signed
    # (one signatory known, the others as the sentence names them)
    parties = signed + [c for c in countries_in(entities, *sentence, aside=not_parties(doc, *sentence, evidence))
                        if c not in signed]
    if len(parties) < 2 and any(x["type"] == "PERSON" and not x.get("country") and any(
            sentence[0] <= a < sentence[1] for a, _ in x["mentions"]) for x in entities):
        # (with one named beside a person of no known country, a city is that one's capital:
        # "Putin and Kim sign pact in Pyongyang"; not "Kabul remained committed to the ceasefire
        # agreed in Doha")
        parties = signed + [c for c in countries_in(entities, *sentence,
                                                    aside=not_parties(doc, *sentence, evidence, cities=False))
                            if c not in signed]
    if len(parties) < 2 and re.search(r"\b(two|both) (countries|sides|nations|governments|leaders|(prime )?ministers)\b"
                                      r"|\bbilateral\b|\bbetween the two\b",
                                      text[sentence[0]:sentence[1]], re.I):
        parties += [c for c in article_countries if c not in parties][: 2 - len(parties)]
    if len(parties) == 1:  # (with one, those its other mentions name in their own words: "an agreement with Japan")
        for s, e in sorted(mentions):
            parties += [c for c in countries_in(entities, s, e) if c not in parties]
    if not parties:
        for s, e in sorted(mentions):
            sent = sent_of_span(doc.char_span(s, e, alignment_mode="expand"))
            if sent.start_char != sentence[0]:
                more = countries_in(entities, sent.start_char, sent.end_char,
                                    aside=not_parties(doc, sent.start_char, sent.end_char, (s, e)))
                parties += [c for c in more if c not in parties]
    return parties


def signatories(doc: Doc, entities: list[dict[str, Any]], mentions: list[tuple[int, int]]) -> list[str]:
    """The countries an article says signed the agreement at any of its mentions: the agent of
    "the agreement, signed by Australia, Britain and the United States", the subject of "India
    and China signed the pact"."""
    out: list[str] = []
    for s, e in sorted(mentions):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        verbs = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
            verbs.append(head.head)
        for v in (v for v in verbs if v.lemma_.lower() in SIGNING_VERBS and not any(c.dep_ == "neg" for c in v.children)):
            for c in v.children:
                who = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else \
                    c if c.dep_ == "nsubj" and head.dep_ == "dobj" else None
                # (not the places of a dateline the parser took for a subject: "RIYADH/NEW DELHI (Sept 18): ...")
                if who is not None and who.idx < past_dateline_text(text_of(doc), who.sent.start_char, who.sent.end_char):
                    continue
                if who is not None:  # (the leaders who sign sign for their countries: "Putin and Kim sign ...")
                    out += [x for x in countries_in(entities, *subtree_span(who), leaders=True) if x not in out]
    return out


#: Verbs whose agent helps an agreement along without being a party to it ("brokered by Egypt").
_GO_BETWEEN_VERBS = {"broker", "mediate", "facilitate", "host", "sponsor", "guarantee", "witness"}
#: Nouns of resisting an agreement, whose "from" is no party to it ("opposition from France").
_OPPOSING_NOUNS = {"opposition", "resistance", "criticism", "objection", "pressure", "pushback", "protest"}
#: Verbs whose subject denounces an agreement made by others, to which it is no party.
_DENOUNCING_VERBS = {"declare", "denounce", "condemn", "reject", "slam", "criticise", "criticize", "decry"}
#: Nouns for those who help without being a party ("Egyptian and Qatari mediators").
_GO_BETWEEN_NOUNS = {"mediator", "broker", "facilitator", "host", "guarantor", "sponsor"}
#: Words that open a clause on the circumstances, not on the agreement ("as both seek to counter ...",
#: "despite fierce opposition from French farmers"); so does "while" before a participle ("approved
#: a sale of F-35s to the Kingdom, while preserving Israel's edge"), not before a clause of the
#: other side's doing ("would not disarm while Israel continued to occupy ...").
_CIRCUMSTANCE_MARKS = {"as", "amid", "amidst", "despite", "notwithstanding"}
#: Verbs whose place ("signed in Doha", "talks resume in Cairo") is where an agreement was made
#: or talked over, not who made it.
_MAKING_VERBS = {"sign", "ink", "conclude", "initial", "seal", "reach", "strike", "finalise", "finalize", "resume",
                 "hold", "meet", "open", "begin", "start"}
#: ... and nouns of making one ("welcomes the signing of the Doha Framework ... in Doha").
_MAKING_NOUNS = {"signing", "signature", "conclusion", "ceremony"}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def joint_speakers(attributions: list[dict[str, Any]], mentions: list[tuple[int, int]]) -> list[str]:
    """The sides of a joint source in whose words an agreement is named ("The two leaders ...
    They discussed progress in implementing the EDCA"), in order."""
    for a in attributions:
        source = a.get("source") or {}
        side, content = source.get("side") or "", a.get("content") or {}
        if JOINT not in side or not any(content.get("start", 0) <= s < content.get("end", -1) for s, _ in mentions):
            continue
        words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", source.get("text", ""))}
        cue = set(((a.get("cue") or {}).get("text") or "").lower().split())
        if words & _GO_BETWEEN_NOUNS or cue & (_PLAIN_SAYING | _URGING):
            # (not "..., Saudi and U.S. mediators said", "said in a statement": who tells of it is
            # not who makes it; nor "We urge all parties to agree to a truce": who calls for it)
            continue
        return side.split(JOINT)
    return []


#: Cues of telling, whose speakers tell of an agreement rather than act on it ...
_PLAIN_SAYING = {"said", "say", "says", "told", "tell", "tells", "added", "add", "adds", "according"}
#: ... and of urging others to make one.
_URGING = {"urge", "urges", "urged", "call", "calls", "called", "demand", "demands", "demanded", "appeal", "appeals",
           "appealed", "press", "presses", "pressed", "ask", "asks", "asked", "encourage", "encourages", "encouraged"}


def not_parties(doc: Doc, s: int, e: int, evidence: tuple[int, int], cities: bool = True) -> list[tuple[int, int]]:
    """Spans of the sentence ``s``-``e`` whose countries are no parties to the agreement: the
    dateline; the agent of "brokered by", "mediated by", the subject of "brokered", "mediated";
    mediators and guarantors; the place it was signed in (with ``cities``, any city after "in"
    or "at", however the parser hangs it); a clause or phrase on the circumstances
    that does not hold the evidence ("as both seek to counter China's ...")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    out: list[tuple[int, int]] = [(s, past_dateline_text(text_of(doc), s, e))]  # "VIENNA/TEHRAN - "
    for t in span if span is not None else []:
        if t.lower_ == "by" and t.dep_ == "agent" and t.head.lemma_.lower() in _GO_BETWEEN_VERBS:
            out.append(subtree_span(t))
        elif t.lemma_.lower() in _GO_BETWEEN_VERBS and t.pos_ == "VERB" and t.tag_ != "VBN":
            # "Russia, which brokered a ceasefire between the two countries", "Qatar mediated the deal"
            broker = t.head if t.dep_ == "relcl" else next((c for c in t.children if c.dep_ == "nsubj"), None)
            if broker is not None:
                out.append((broker.left_edge.idx, broker.idx + len(broker.text)))
        elif t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.ent_type_ == "GPE" \
                and (t.head.head.lemma_.lower() in _MAKING_VERBS or t.head.head.lower_ in _MAKING_NOUNS
                     or (cities and _a_city(t.text))):
            # "signed in Doha", "the signing of ... in Doha": where, not who
            out.append(subtree_span(t))
        elif t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "near") and t.ent_type_ in ("GPE", "LOC") \
                and t.head.head.pos_ == "NOUN" and not _overlaps(subtree_span(t.head.head), evidence):
            # "discussed the grain deal and the situation in northern Syria": where something else is
            out.append(subtree_span(t))
        elif t.lemma_.lower() in _GO_BETWEEN_NOUNS and t.pos_ == "NOUN":
            out.append((t.left_edge.idx, t.idx + len(t.text)))
        elif t.dep_ == "pobj" and t.head.lower_ == "including" and t.head.head.lemma_.lower() in ("abstention", "vote"):
            out.append(subtree_span(t))  # "11 abstentions, including Poland, Israel and Italy": no parties
        elif t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in _OPPOSING_NOUNS:
            out.append(subtree_span(t))  # "still faces opposition from France": no party to it
        elif t.lemma_.lower() in _DENOUNCING_VERBS and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and _overlaps(subtree_span(c), evidence) for c in t.children):
            # "Somalia declared the memorandum between Ethiopia and Somaliland null and void"
            out += [(c.left_edge.idx, c.idx + len(c.text)) for c in t.children if c.dep_ == "nsubj"]
        elif t.lemma_.lower() in _SAYING_LEMMAS and t.pos_ == "VERB" and any(
                c.dep_ in ("ccomp", "parataxis") and _overlaps(subtree_span(c), evidence)
                and any(g.dep_ == "nsubj" and _names_countries([g, *g.conjuncts]) for g in c.children)
                for c in t.children) \
                or (t.lemma_.lower() in _SAYING_LEMMAS and t.pos_ == "VERB" and t.idx > evidence[1] and any(
                    c.dep_ == "nsubj" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
                    and _names_countries(doc[span.start : c.left_edge.i]) for c in t.children)):
            # "Israel and Syria are close to a deal, U.S. envoy Tom Barrack said" (a frame after a
            # comma, however the parser hangs it): who says so is no party (unless the parties say
            # it of themselves: "India and China said they ...")
            out += [subtree_span(c) for c in t.children if c.dep_ == "nsubj"]
        elif (t.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in _CIRCUMSTANCE_MARKS or (
                c.lower_ in ("while", "whilst") and t.tag_ in ("VBG", "VBN"))) for c in t.children)) \
                or (t.dep_ == "prep" and t.lower_ in _CIRCUMSTANCE_MARKS):
            a, b = subtree_span(t)
            if not (a <= evidence[0] < b):
                out.append((a, b))
    return out


def _a_city(word: str) -> bool:
    """Whether the gazetteer knows a word only as a capital or a city, not as a country."""
    roles = {x.role for x in default_gazetteer().known_as(word)}
    return bool(roles) and roles <= {"capital", "city"}


def _names_countries(tokens) -> bool:
    """Whether some words name a country (or a people) as the subject of what is said."""
    return any(t.ent_type_ in ("GPE", "NORP") for t in tokens)


#: Verbs of saying (by lemma; ``_PLAIN_SAYING`` has the forms a cue is written in), whose subject
#: reports an agreement between others.
_SAYING_LEMMAS = {"say", "tell", "announce", "state", "add", "confirm", "report", "note"}
#: Verbs of a clause on an agreement that tell its age, not what it does ("dating to 1998").
_DATING_VERBS = {"date", "go", "stretch"}


def purpose_of(doc: Doc, start: int, end: int, expansion_span: tuple[int, int] | None) -> str | None:
    """What the text says the agreement does: a 'which allows ...' clause on the mention or
    its long form, or the predicate of 'the agreement will allow ...'."""
    spans = [(start, end)] + ([expansion_span] if expansion_span else [])
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        # the relative clause may hang on the long form or on the acronym after it
        # the clause may hang on the name or on a word just after it (the acronym in brackets)
        heads = [root] + [t for t in doc[span.end : min(len(doc), span.end + 3)] if t.head.i == root.i]
        for h in heads:
            for c in h.children:
                # (right after it: not a clause the parser hung on it from far off, "signed a peace
                # agreement at ... on Friday, committing to end fighting that has killed thousands")
                if c.dep_ in ("relcl", "acl") and c.i >= span.end - 1 and c.left_edge.i <= span.end + 4:
                    if word_lemma(c) in status_lexicon() or word_lemma(c) in _DATING_VERBS or word_lemma(c) in _GO_BETWEEN_VERBS:
                        continue  # "signed in 2018", "dating to 1998", "witnessed by Trump": its state,
                        # its age or who helped, not what it does
                    sub = list(c.subtree)
                    text = text_of(doc)[sub[0].idx : sub[-1].idx + len(sub[-1].text)].strip(" ,;")
                    if len(text.split()) >= 3:
                        return text
        if root.dep_ in ("nsubj",) and word_lemma(root.head) in PURPOSE_VERBS:
            gov = root.head
            toks = [t for t in gov.subtree if t.i > root.i and t.i >= gov.i - 2]
            if toks:
                aux = [c for c in gov.lefts if c.dep_ == "aux"]
                first = aux[0] if aux else gov
                text = text_of(doc)[first.idx : toks[-1].idx + len(toks[-1].text)].strip(" ,;.")
                if len(text.split()) >= 3:
                    return text
    return None


def sentence_parties(doc: Doc, entities: list[dict[str, Any]], s: int, e: int) -> list[str]:
    """The countries (and unions) the sentence around s..e names as parties: not those named only
    as where it happens or who brokered it (see ``not_parties``)."""
    sent = sent_of_span(doc.char_span(s, e, alignment_mode="expand"))
    return countries_in(entities, sent.start_char, sent.end_char,
                        aside=not_parties(doc, sent.start_char, sent.end_char, (s, e)))


def parties_not_named(rec: dict[str, Any] | None, written: str, entities: list[dict[str, Any]]) -> str | None:
    """The party of a recorded two-party agreement that the article never names, when the agreement
    is named by a name other pairs of countries use too (the record's ``shared_names``: several
    pairs have a GSOMIA, a logistics agreement, a "123 Agreement") and the article names other
    countries: a GSOMIA in a story on South Korea and Japan is theirs. None otherwise."""
    parties = (rec or {}).get("parties") or []
    if len(parties) != 2 or norm_key(written) not in {norm_key(n) for n in rec.get("shared_names") or []}:
        return None
    named = set(countries_by_mentions(entities))
    missing = [p for p in parties if p not in named]
    return " or ".join(missing) if missing and named - set(parties) else None
