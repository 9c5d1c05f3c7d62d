"""Entity records of the JSON contract: one per real-world thing, with every mention."""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Token

from .acronyms import is_short_form
from .doctools import sent_of, text_of
from .gazetteer import Gazetteer, default_gazetteer

#: Model labels that name nothing an analyst tracks as an entity.
SKIP_LABELS = {"CARDINAL", "ORDINAL"}
#: What makes an amount money: a currency's sign, code or name. The model calls a bare number
#: MONEY now and then ("displaced more than 11 million"); that is a count, left out as one.
_CURRENCY = re.compile(r"[$€£¥₹]|\b(?:USD|EUR|GBP|INR|RMB|CNY|JPY|RUB|Rs|dollars?|euros?|pounds?|rupees?|yuan|renminbi|"
                       r"yen|roubles?|rubles?|dinars?|riyals?|rials?|dirhams?|lira|francs?|pesos?|won|shekels?)\b",
                       re.IGNORECASE)
_TITLES = re.compile(
    r"^(?:(?:the|dr\.?|mr\.?|mrs\.?|ms\.?|shri|smt\.?|sir|his excellency|her excellency|president|"
    r"prime minister|pm|minister|secretary|general|gen\.?|senator|sen\.?|rep\.?|ambassador|"
    r"us|u\.s\.|indian|russian|chinese)\s+)+",
    re.IGNORECASE,
)


#: Last words of an office's name that its first word alone may stand for ("the Treasury
#: Department" ... "Treasury said").
_OFFICE_WORDS = {"Department", "Ministry", "Office", "Agency"}
#: Words of a body or a notice that the model sometimes tags as a person's name when capitalised.
_BODY_NOUNS = {"embassy", "consulate", "ministry", "department", "government", "council", "commission", "agency",
               "office", "court", "parliament", "senate", "congress", "cabinet", "presidency", "alert", "advisory"}


def clean_name(text: str) -> str:
    """A surface form without titles, possessive endings and edge punctuation."""
    text = re.sub(r"[’']s$", "", text.strip())
    text = _TITLES.sub("", text).strip(" ,.;:\"“”'‘’()")
    return text


def build_entities(doc: Doc, gaz: Gazetteer | None = None) -> list[dict[str, Any]]:
    """Group ``doc.ents`` into entities: by gazetteer or acronym id where there is one, people by
    name variants within the article (Narendra Modi ... Modi), others by their cleaned text."""
    gaz = gaz or default_gazetteer()
    ents = [e for e in doc.ents if e.label_ not in SKIP_LABELS and clean_name(e.text)
            and not (e.label_ == "MONEY" and not _CURRENCY.search(doc[e.start : e.end + 1].text))
            # "Diplomats said ..." (a place to the model), "hours": no name; a person's or a body's
            # name the tagger took for a plural ("Matthews:") stays
            and not (len(e) == 1 and e[0].tag_ == "NNS" and not e.kb_id_ and e.label_ in ("GPE", "LOC", "DATE", "TIME"))]
    # full names of people in this article, by last name, to merge 'Modi' with 'Narendra Modi'
    # ... and by first name, for names that put the family name first ('Mao Ning' ... 'Mao'),
    # when no full name ends with the word
    surname_to_key: dict[str, set[str]] = {}
    first_to_key: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ == "PERSON":
            name = clean_name(e.text)
            if len(name.split()) >= 2:
                key = e.kb_id_ or f"PERSON:{name.lower()}"
                surname_to_key.setdefault(name.split()[-1].lower(), set()).add(key)
                first_to_key.setdefault(name.split()[0].lower(), set()).add(key)
    # ... offices by their first word, to merge 'Treasury' with 'the Treasury Department', and
    # bodies by their last word, to merge 'the Commission' with 'the European Commission' (when
    # one body named in full ends with it), or by their first before "of" ('the Council' of 'the
    # Council of the EU')
    office_to_key: dict[str, set[str]] = {}
    body_end_to_key: dict[str, set[str]] = {}
    for e in ents:
        words = clean_name(e.text).split()
        if e.label_ != "ORG" or len(words) < 2:
            continue
        key = e.kb_id_ or f"ORG:{' '.join(words).lower()}"
        if words[-1] in _OFFICE_WORDS:
            office_to_key.setdefault(words[0].lower(), set()).add(key)
        if words[-1][:1].isupper():
            body_end_to_key.setdefault(words[-1].lower(), set()).add(key)
        if len(words) >= 3 and words[1] == "of" and words[0][:1].isupper():
            # ("the Council" after "the Council of the EU")
            body_end_to_key.setdefault(words[0].lower(), set()).add(key)
    groups: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for e in ents:
        name = clean_name(e.text)
        if e.kb_id_:
            key = e.kb_id_
        elif e.label_ == "ORG" and " " not in name and len(office_to_key.get(name.lower(), ())) == 1:
            key = next(iter(office_to_key[name.lower()]))
        elif e.label_ == "ORG" and " " not in name and name[:1].isupper() \
                and len(body_end_to_key.get(name.lower(), ())) == 1:
            key = next(iter(body_end_to_key[name.lower()]))
        elif e.label_ == "ORG" and " " not in name and not name.isupper() and name.lower() not in body_end_to_key and (
                len(surname_to_key.get(name.lower(), ())) == 1 or (name.lower() not in surname_to_key
                                                                  and len(first_to_key.get(name.lower(), ())) == 1)):
            # a person's name alone the model took for a body ("Wang told Doval ..." after "Wang Yi")
            key = next(iter(surname_to_key.get(name.lower()) or first_to_key[name.lower()]))
        elif e.label_ == "PERSON" and len(name.split()) == 1 and len(surname_to_key.get(name.lower(), ())) == 1:
            key = next(iter(surname_to_key[name.lower()]))
        elif e.label_ == "PERSON" and len(name.split()) == 1 and name.lower() not in surname_to_key \
                and len(first_to_key.get(name.lower(), ())) == 1:
            key = next(iter(first_to_key[name.lower()]))
        elif e.label_ == "PERSON":
            key = f"PERSON:{name.lower()}"
        else:
            key = f"{e.label_}:{name.lower()}"
        label = e.label_
        if label == "PERSON" and not e.kb_id_ and name.lower() in _BODY_NOUNS:
            # "The Embassy urges ...", "Security Alert": a body word the model took for a name
            label, key = "ORG", f"ORG:{name.lower()}"
        if key not in groups:
            groups[key] = {"surfaces": [], "mentions": [], "labels": Counter()}
            order.append(key)
        g = groups[key]
        g["surfaces"].append(e.text)
        g["mentions"].append([e.start_char, e.end_char])
        g["labels"][label] += 1
    acronyms = {a["short"]: a for a in (doc._.acronyms or [])}
    notes_at = {(s, t): n for s, t, n in (doc._.ent_notes or [])}
    out: list[dict[str, Any]] = []
    for n, key in enumerate(order, start=1):
        g = groups[key]
        entry = gaz.get(key)
        aliases = sorted(set(g["surfaces"]), key=g["surfaces"].index)
        if entry:
            name, etype, role, country = entry.name, entry.type, entry.role, entry.country
        else:
            etype = g["labels"].most_common(1)[0][0]
            cleaned = [clean_name(s) for s in aliases]
            if key.startswith("ACR:"):
                name = key[4:]
            else:
                name = max(cleaned, key=lambda s: (len(s.split()), len(s)))
                mixed = [c for c in cleaned if not c.isupper()]
                if etype == "GPE" and name.isupper() and len(name.replace(" ", "")) > 5:
                    # a place in a dateline's capitals ("PORT SUDAN, Sudan, Nov 6 —"): named as written
                    # elsewhere in the text, else in title case
                    name = max(mixed, key=len) if mixed else name.title()
            role, country = None, None
        notes = sorted({notes_at[tuple(m)] for m in g["mentions"] if tuple(m) in notes_at})
        if entry and entry.notes and any(a not in (entry.name,) and a in entry.aliases for a in aliases):
            notes.append(entry.notes)
        expansion = None
        short = name if name in acronyms else next((a for a in aliases if a in acronyms), None)
        if short:
            expansion = acronyms[short]["long"]
        elif entry and is_short_form(entry.name):
            expansion = next((a for a in entry.aliases if len(a.split()) >= 3 and a[0].isupper()), None)
        out.append(
            {
                "id": f"E{n}",
                "key": key,
                "name": name,
                "type": etype,
                "aliases": aliases,
                "mentions": g["mentions"],
                "role": role,
                "country": country,
                "expansion": expansion,
                "notes": notes,
            }
        )
    _countries_the_article_names(out)
    _national_bodies_named_with_their_country(text_of(doc), out)
    _national_bodies_of_the_dateline(text_of(doc), out)
    return out


def _countries_the_article_names(entities: list[dict[str, Any]]) -> None:
    """A place the gazetteer leaves out for being two places (Georgia, the country and the US
    state) is the country when the article's other names say so: its capital or its people
    ("Tbilisi", "Prime Minister Irakli Kobakhidze" of Georgia). Its country is set, with a note."""
    theirs = {x["country"] for x in entities if x.get("country") and x["type"] in ("GPE", "NORP", "PERSON")}
    for x in entities:
        if x["type"] == "GPE" and not x.get("country") and not x.get("role") and x["name"] in theirs:
            x["country"], x["role"] = x["name"], "country"
            x["notes"].append(f"the country, as the article's other names say ({x['name']})")


#: A country's ministry named without its country ("the Foreign Office", "the Ministry of Foreign
#: Affairs"), which a dateline of that country's says is its own.
_NATIONAL_BODY = re.compile(r"(?:the\s+)?(?:(?:Foreign|Defen[cs]e|Home|Interior|Finance|Commerce|Trade|External Affairs|"
                            r"Foreign Affairs)\s+(?:Office|Ministry)|(?:Ministry|Department)\s+of\s+"
                            r"(?:Foreign|External|(?:National\s+)?Defen[cs]e|Home|Interior|Finance|Commerce)"
                            r"(?:\s+Affairs)?|Armed\s+Forces|Joint\s+Chiefs\s+of\s+Staff|"
                            r"Council\s+of\s+Ministers|Cabinet)",
                            re.IGNORECASE)
#: What follows a dateline's place ("ISLAMABAD:", "MANILA, March 3", "CAIRO (AP) —", "KYIV -").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: What follows a dateline's place: a colon, a dash, a wire's credit, or a comma with a date or a
#: region and then one of those ("NEW DELHI, April 24 (Reuters)", "Kabul, Afghanistan -"; not a
#: headline's "Mali, Burkina Faso and Niger quit ECOWAS").
_AFTER_DATELINE = re.compile(r"\s*(?::|\(|--|[-–—]|,\s*(?:" + _MONTH + r"\s*\d|\d{1,2}\s+" + _MONTH
                             + r"|[^\n,]{0,30}?(?:\(|--|\s[-–—]\s|:)))")


def dateline_country(text: str, entities: list[dict[str, Any]], before: int | None = None) -> str | None:
    """The country of the place a dateline names at the start of a paragraph near the top
    ("ISLAMABAD: The Foreign Office ..."), or None. With ``before``, in a text of several datelines
    (a digest of items), the latest before ``before``; and a dateline an international
    wire files from one of its bureaus ("DUBAI, Oct 26 (Reuters) - Iran said ...") counts only
    when the story names that country (or its capital, cities or people) before ``before``: the
    bureau's city says where the story was written, not whose ministry speaks."""
    every = [(a, b, x) for x in entities if x["type"] == "GPE" and x.get("country") for a, b in x["mentions"]
             if (a == 0 or text[a - 1] == "\n") and _AFTER_DATELINE.match(text, b)]
    starts = [abx for abx in every if abx[0] < 600]
    if before is not None and len(every) > 1 and any(abx[0] < before for abx in every):
        # a digest of items, each under its own dateline ("SEOUL — ...", "HANOI — ..."): the item's
        starts = [max((abx for abx in every if abx[0] < before), key=lambda abx: abx[0])]
    if not starts:
        return None
    a, b, x = min(starts, key=lambda abx: abx[0])
    country = x["country"]
    line_end = text.find("\n", b)
    if before is not None and _WIRE_CREDIT.search(text, b, len(text) if line_end < 0 else min(line_end, b + 60)) \
            and not any(y.get("country") == country and y["type"] in ("GPE", "NORP") and (c, d) != (a, b) and c < before
                        for y in entities for c, d in y["mentions"]):
        return None
    return country


#: The credit of an international wire after a dateline, filing from a bureau abroad.
_WIRE_CREDIT = re.compile(r"\((?:Reuters|AP|AFP|Bloomberg|dpa|DPA|EFE|UPI|ANSA)\)")


#: What comes between a ministry's name and its country: "of", "and International Cooperation
#: of", "of the", "of the Republic of", "of the Islamic Republic of".
_OF_A_COUNTRY = re.compile(r"((?:\s+and\s+[A-Z][\w ]{0,40}?)?\s+of\s+)((?:the\s+)?)((?:(?:[A-Z][\w']+\s+){0,2}"
                           r"(?:Republic|Kingdom|State|Federation|Emirates|Sultanate|Principality|Commonwealth)"
                           r"\s+of\s+(?:the\s+)?)?)")


def _national_bodies_named_with_their_country(text: str, entities: list[dict[str, Any]]) -> None:
    """'the Ministry of Foreign Affairs of Guyana', which the model names without its country
    ('Ministry of Foreign Affairs', then 'Guyana'): the ministry is the country's, so that 'the
    Ministry' later speaks for it too."""
    countries = {a: y["country"] for y in entities if y["type"] == "GPE" and y.get("country") for a, _ in y["mentions"]}
    for x in entities:
        if x["type"] != "ORG" or x.get("country") or not any(_NATIONAL_BODY.match(n) for n in names_of(x)):
            continue
        found = {next((countries[m.end(g)] for g in (1, 2, 3) if m.end(g) in countries), None)
                 for _, b in x["mentions"] if (m := _OF_A_COUNTRY.match(text, b))}
        found.discard(None)
        if len(found) == 1:
            x["country"] = found.pop()


def _national_bodies_of_the_dateline(text: str, entities: list[dict[str, Any]]) -> None:
    """A ministry named without its country, capitalised and never after a country's name ("the
    Foreign Office (FO)"), under a dateline is that country's: its country is set, with a note that
    it was inferred."""
    places = [(c, d) for y in entities if y["type"] in ("GPE", "NORP") for c, d in y["mentions"]]
    for x in entities:
        if x["type"] != "ORG" or x.get("country") or not any(
                _NATIONAL_BODY.fullmatch(n) and n[:1].isupper() for n in names_of(x)):
            continue
        if any(0 <= a - d <= 3 and text[d:a].strip() in ("", "'s", "’s") for a, _ in x["mentions"] for _, d in places):
            continue  # "Japan's Foreign Ministry", "the Russian Defence Ministry": its own country (not
            # "... arms sale to Taiwan, the Ministry of Foreign Affairs said")
        country = dateline_country(text, entities, before=min(a for a, _ in x["mentions"]))
        if country is None:
            continue
        x["country"] = country
        x["notes"].append(f"country from the dateline ({country}), inferred")


def names_of(entity: dict[str, Any]) -> list[str]:
    """An entity's canonical name, the forms it is written in and its expansion."""
    return [entity["name"], *entity.get("aliases", []), *([entity["expansion"]] if entity.get("expansion") else [])]


def acronym_records(doc: Doc) -> list[dict[str, Any]]:
    """The ``acronyms`` of the JSON contract."""
    return [
        {"short": a["short"], "long": a["long"], "start": a["start"], "end": a["end"]}
        for a in (doc._.acronyms or [])
    ]


def countries_by_mentions(entities: list[dict[str, Any]]) -> list[str]:
    """The countries an article is about, most mentioned first (capitals and nationalities
    count for their country)."""
    counts: Counter = Counter()
    for x in entities:
        if x["type"] in ("GPE", "NORP") and x.get("country"):
            counts[x["country"]] += len(x["mentions"])
    return [c for c, _ in counts.most_common()]


def party_of(x: dict[str, Any] | None) -> str | None:
    """The party an entity is to agreements and sides: a place's or a people's country, a union
    of countries that acts as one ("the European Union", "ASEAN"), or an armed group that makes
    truces and deals of its own ("Hamas", "the Taliban"); None for anything else."""
    if x is None:
        return None
    if x["type"] in ("GPE", "NORP"):
        return x.get("country")
    return x["name"] if x.get("role") in ("grouping", "armed group") else None


def parties_by_mentions(entities: list[dict[str, Any]]) -> list[str]:
    """Who may be a side in an article, most mentioned first: its countries (capitals and
    nationalities counting for theirs) and the unions of countries that act as one ("the two
    sides" of an India-EU story are India and the European Union)."""
    counts: Counter = Counter()
    for x in entities:
        party = party_of(x)
        if party:
            counts[party] += len(x["mentions"])
    return [c for c, _ in counts.most_common()]


#: Plural heads that, with "two" or "both" (or another count), stand for the countries an
#: article is about.
BOTH_SIDES_HEADS = {"sides", "countries", "nations", "governments", "leaders", "delegations", "ministers",
                    "premiers", "presidents", "powers", "heads", "men", "women"}  # ("the two heads of state")
#: Those of them that are people ("both leaders", "both men" after Trump and Putin), not the countries themselves.
BOTH_SIDES_PEOPLE = {"leaders", "ministers", "premiers", "presidents", "heads", "men", "women"}
#: The counts such a head may carry.
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _count(tok: Token) -> int:
    """The number "the two sides", "both leaders", "the three countries" counts (0 if none)."""
    return next((_COUNTS[t.lower_] for t in tok.children if t.lower_ in _COUNTS), 0)


def names_both_countries(tok: Token) -> bool:
    """'the two sides', 'both countries', 'the two leaders', 'the three European powers': the
    countries the article is about, or the people who lead them (see ``both_countries``)."""
    return tok.lower_ in BOTH_SIDES_HEADS and _count(tok) > 0


#: What joins the names of a list: a comma, "and", or both.
_JOINED = re.compile(r"\s*(?:,|and|, and|,\s*and)\s*")


def _listed(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is an item of a list, not the subject of a clause of its own
    after one ("co-organised by the United States, and China sent a representative")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or span.root.dep_ not in ("nsubj", "nsubjpass")


def _named_together(tok: Token, entities: list[dict[str, Any]], n: int) -> list[str]:
    """The ``n`` countries last named together before ``tok`` as one list and no longer one
    ("Britain, France and Germany ... The three countries"), or []."""
    text = text_of(tok.doc)
    mentions = sorted((a, b, x["country"]) for x in entities if x["type"] == "GPE" and x.get("country")
                      for a, b in x["mentions"] if b <= tok.idx)
    runs: list[list[tuple[int, int, str]]] = []
    for m in mentions:
        if runs and _JOINED.fullmatch(text[runs[-1][-1][1]:m[0]]) and _listed(tok.doc, m[0], m[1]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed(runs):
        countries = list(dict.fromkeys(c for _, _, c in run))
        if len(run) >= 2:
            return countries if len(countries) == n == len(run) else []
    return []



def _named_before_in_sentence(tok: Token, entities: list[dict[str, Any]]) -> list[str]:
    """The parties (countries, unions of countries) the sentence names before ``tok``, in order."""
    start = sent_of(tok).start_char
    named = sorted((a, party_of(x)) for x in entities if party_of(x)
                   for a, _ in x["mentions"] if start <= a < tok.idx)
    return list(dict.fromkeys(p for _, p in named))


def _two_named_before_in_sentence(tok: Token, entities: list[dict[str, Any]]) -> list[str]:
    """The two parties (countries, unions of countries) the sentence names before ``tok``, when
    it names exactly two, in order; else []."""
    parties = _named_before_in_sentence(tok, entities)
    return parties if len(parties) == 2 else []


def both_countries(tok: Token, entities: list[dict[str, Any]]) -> list[str]:
    """The countries "the two sides", "both leaders" or "the three countries" at ``tok`` stand
    for: those last named together in a list of as many, else, for two sides, the two the
    article mentions most; for people, those of the last people of different countries named
    before ("Modi ... Prabowo ... Both leaders"), or none when the text does not say ("The
    minister spoke with Brazil's minister about Sudan. The two ministers ...")."""
    if not names_both_countries(tok):
        return []
    n = _count(tok)
    if tok.lower_ not in BOTH_SIDES_PEOPLE:
        in_sentence = _two_named_before_in_sentence(tok, entities) if n == 2 else []
        if in_sentence:  # "India is negotiating a deal with the EU, and both sides hope ...": those two
            return in_sentence
        listed = _named_together(tok, entities, n)
        # (the speaker's "two sides" include the speaker's own; "both governments" one urges do not)
        own = _named_before_in_sentence(tok, entities) if tok.lower_ in ("sides", "parties") else []
        if listed and len(own) == 1 and own[0] not in listed:
            # ("... transactions involving Russia and Iran. Syria's foreign ministry said the two
            # sides had discussed ...": Syria is one of them, so not that pair)
            listed = []
        if listed:
            return listed
        if n != 2:
            return []
        # ("the two sides" of India and the EU; but "both countries" are countries), the one the
        # sentence names among them
        most = parties_by_mentions(entities) if tok.lower_ in ("sides", "parties") else countries_by_mentions(entities)
        if len(own) == 1 and own[0] in most:
            return own + [c for c in most if c != own[0]][:1]
        return most[:2]
    named = sorted((a, x["country"]) for x in entities if x["type"] == "PERSON" and x.get("country")
                   for a, _ in x["mentions"] if a < tok.idx)
    latest: list[str] = []
    for _, country in reversed(named):
        if country not in latest:
            latest.append(country)
    return latest[:n][::-1] if len(latest) >= n else []


def entity_at(entities: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    """The entity with a mention overlapping [start, end), preferring the longest overlap."""
    best, best_len = None, 0
    for e in entities:
        for s, t in e["mentions"]:
            overlap = min(end, t) - max(start, s)
            if overlap > best_len:
                best, best_len = e, overlap
    return best
