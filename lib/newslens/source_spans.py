"""Where a source's phrase begins and ends: the subject with its modifiers, without a
dateline ("NEW DELHI (Reuters) -"), an opening phrase, a relative clause that reports on its
own, or a trailing clause the parser hung on it."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .cue_spans import floating_quantifier
from .cues import cue_frame, cue_rate, on_terms
from .doctools import sent_of, text_of
from .quotes import past_mark_closing_open_quote
from .report_words import SPEAKING_VERBS
from .spans import is_time, subtree_span, trim_edges


#: A news agency's credit in brackets and a dash, left at a content's start when the parser cut
#: the city before it off as a sentence of its own.
AGENCY_CREDIT = re.compile(r"\([A-Z][A-Za-z .&-]*\) *(?:--|[-–—―]) *")
#: A month, by its name or its abbreviation ("Oct", "Sept.", "October").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: A dateline's city, then a comma and the date, with a news agency ("MANILA, March 3 (Wire) -",
#: "New Delhi, April 24 (PTI):") or, when the date names its month, without ("TAIPEI, Oct 26 —").
CREDITED_DATELINE = re.compile(r"(?:[A-Z][\w.'/-]+(?: [A-Z][\w.'/-]+)*, )?"
                               r"(?:(?:[A-Z][a-z]{2,}\.? \d{1,2},?(?: \d{4})?|\d{1,2} [A-Z][a-z]{2,}\.?(?: \d{4})?) "
                               r"\([A-Za-z][A-Za-z .&-]*\)\.? ?(?:--|[-–—―]|:)"
                               r"|(?:" + _MONTH + r" \d{1,2},?(?: \d{4})?|\d{1,2} " + _MONTH + r"(?: \d{4})?)"
                               r"(?: \([A-Za-z][A-Za-z .&-]*\))?\.? ?(?:--|[-–—―]|:)) *")
#: A word or two and a colon before a headline's words ("Exclusive: ..."), a kicker if listed.
KICKER_LABEL = re.compile(r"([A-Za-z'’ ]{3,20}):\s+")
#: A city in capitals and a comma opening a line ("MANILA, ").
CITY_FIRST = re.compile(r"[A-Z][A-Z.'/-]{2,}(?: [A-Z][A-Z.'/-]+)*, ")  # ("WASHINGTON/BEIJING, ")
#: A dateline the parser joined to the subject: a place (capitalised words), perhaps a date
#: ("Dec 29") and a news agency ("(Reuters)"), then a colon or a dash ("WASHINGTON -- ").
DATELINE = re.compile(r"(?:(?:[A-Z][\w./]*|\d{1,4})[ ,]*){1,6}(?:\([A-Za-z ]+\) *)?(?::|\s(?:--|[-–—―])) *")



#: A city in capitals and a date ended by a stop, as an agency prints it before its credit
#: ("MOSCOW, February 11. /TASS/."), which the sentence splitter cuts off.
CITY_AND_DATE = re.compile(r"[A-Z][A-Z.'/ -]+, (?:" + _MONTH + r" \d{1,2}|\d{1,2} " + _MONTH + r")\. ?")
#: A place of a word or two and a colon opening a paragraph: "New Delhi: ", "ISLAMABAD: ".
_PLACE_COLON = re.compile(r"[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?: *")
#: Places in capitals with the date in brackets and a colon: "RIYADH/NEW DELHI (Sept 18): ".
_PLACES_DATE_COLON = re.compile(r"[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)* \((?:" + _MONTH + r" \d{1,2}|\d{1,2} "
                                + _MONTH + r")\): *")
#: A city in ordinary case with its agency in brackets and a dash: "Tehran (AFP) - ".
_CITY_AND_AGENCY = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? \([A-Z][A-Za-z]*\) *(?:--|[-–—―])")


def past_dateline_text(text: str, start: int, end: int) -> int:
    """Where the words of ``text[start:end]`` begin after a dateline that opens it: "WASHINGTON ―
    ...", "MANILA, March 3 (Wire) - ...", "Bogota, Sep 26 (EFE).- ...", "TAIPEI, Oct 26 — ...",
    "(Wire) - ..." when the parser cut the city off as a sentence of its own, or "Nov. 20 (Wire)
    -- ..." when the city went with the headline. ``start`` when there is none."""
    m = DATELINE.match(text, start, end)
    if m and ":" not in m.group() and (m.group().split("(")[0].isupper() or CITY_FIRST.match(m.group())
                                       or _CITY_AND_AGENCY.match(m.group())):
        return m.end()
    if m and m.group().rstrip().endswith(":") and (start == 0 or text[start - 1] == "\n") \
            and _PLACE_COLON.fullmatch(m.group()):
        return m.end()  # "New Delhi: India and the United States are likely to sign ..."
    m = _PLACES_DATE_COLON.match(text, start, end) if start == 0 or text[start - 1] == "\n" else None
    if m:
        return m.end()
    m = AGENCY_CREDIT.match(text, start, end) or CREDITED_DATELINE.match(text, start, end)
    return m.end() if m else start


#: What follows a speaker's name after a comma without being part of the name: a participle
#: ("Trump, speaking to veterans, ...") or "like X" after one speaker. (A relative clause stays:
#: PolNeAR keeps it.)
_ASIDE_DEPS = ("acl", "advcl", "prep")

#: Adverbs that open a subject without being part of the source ("even China"). Others are
#: (PolNeAR train: "Nearly half", "about a third", "almost everyone" 15 times in 16).
_FOCUS_ADVERBS = {"even", "also", "too", "still"}


#: The last dash set off by spaces in a stretch of text ("predictable - Donald J. Trump").
_LAST_SPACED_DASH = re.compile(r"\s(?:-{1,2}|[―—–])\s(?!.*\s(?:-{1,2}|[―—–])\s)", re.S)


#: A short name in brackets right after a name: "(OCHA)", "(IAEA)", "(R-La.)".
_BRACKETED_SHORT_NAME = re.compile(r" ?\([A-Z][\w.&'-]*(?: [\w.&'-]+){0,2}\)")


#: Documents that a date names ("a CNN/ORC poll in February", "a study last year"): their date
#: stays in the source.
_DATED_DOCUMENTS = {"poll", "survey", "study", "report", "analysis", "research", "census", "audit", "assessment"}


def source_span(tok: Token, exclude: tuple[int, int] | None = None) -> tuple[int, int]:
    """Char span of a source phrase: the subject's subtree (relative clauses and appositions
    included, as PolNeAR's annotators mostly do, but not a relative clause that is a report of
    its own: "Graham, who says ...") without a date after it ("a panel in 2001"),
    without a focus adverb or a conjunction before it ("even China", "But officials"), and
    never reaching back over a paragraph break (a dateline or a headline the parser joined to
    the sentence)."""
    doc = tok.doc
    text = text_of(doc)
    s, e = subtree_span(tok, exclude)
    if tok.dep_ in MISPARSED_DEPS and tok.head.lower_ not in ("by", "to", "as") and tok.ent_iob_ != "O":
        # a name the parser hung on a phrase before its verb (see _misparsed_subject): the
        # name alone; an agent ("by X"), "according to X" and "as X noted" keep their whole phrase
        ent = next((x for x in doc.ents if x.start <= tok.i < x.end), None)
        if ent is not None:
            return trim_edges(text, ent.start_char, ent.end_char)
    # (not "A Times/CBS News poll in December": the date says which poll)
    for c in ([] if tok.lemma_.lower() in _DATED_DOCUMENTS else tok.rights):
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            e = min(e, c.left_edge.idx)
        elif is_time(c):
            e = min(e, c.left_edge.idx)  # "Trump this week"
    for c in tok.rights:
        if c.i == tok.right_edge.i and floating_quantifier(c, tok.head):
            e = min(e, doc[c.i - 1].idx + len(doc[c.i - 1].text))  # "Bush and Cruz both": "both" is the cue's
        if c.dep_ in _ASIDE_DEPS and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," \
                and (c.dep_ != "prep" or c.lower_ == "like" and tok.tag_ not in ("NNS", "NNPS")):
            # "Trump, speaking to ...", "Clinton, like Obama"; but examples of a plural stay
            # ("Critics of the program, like Senators X and Y": PolNeAR train 6 times in 7)
            e = min(e, doc[c.left_edge.i - 1].idx)
    for c in tok.subtree:
        if (_reporting_relative(c) or _terms_relative(c)) and c.idx > tok.idx:
            e = min(e, doc[c.left_edge.i - 1].idx)  # "Graham, who says the allies should ..."
    lead = doc[tok.left_edge.i]
    if lead.i < tok.i and (lead.dep_ == "cc" and lead.head.i == tok.i
                           or lead.dep_ == "advmod" and lead.lower_ in _FOCUS_ADVERBS):
        # "But officials", "even China", "Even the field's biggest hawks" ("even" hung on
        # "field"); not "Nearly half", "Both X and Y"
        s = max(s, doc[lead.i + 1].idx)
    brk = text.rfind("\n", s, tok.idx)
    if brk >= 0:
        s = brk + 1
    m = DATELINE.match(text, s, tok.idx)
    if m:  # "New Delhi: External Affairs Minister ...", "BRUSSELS - European leaders"
        s = m.end()
    else:  # "Mexico City, Feb 3 (EFE).- Mexican President Claudia Sheinbaum"
        s = max(s, past_dateline_text(text, s, tok.idx))
    dash = _LAST_SPACED_DASH.search(text, s, tok.idx)
    if dash:  # "The debate is predictable - Donald J. Trump has vowed ...": the dash ends a clause
        s = dash.end()
    if tok.i < tok.head.i and e > tok.head.idx:  # an apposition the parser hung after the verb
        e = tok.head.idx
    if tok.dep_ == "nsubj":  # "PM Modi and President Trump": the parser may make each word a subject
        right = tok.right_edge
        for c in (c for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.i):
            if c.left_edge.i != right.i + 1:
                break
            right = c.right_edge
            e = max(e, right.idx + len(right.text))
        # "VIENNA, Aug 28 - Britain, France and Germany": the parser made the city and the date
        # subjects too; the dateline (one ending in a dash, not "Isaiah 45:") is no part of the source
        m = DATELINE.match(text, s, e) if right.i != tok.right_edge.i else None
        if m and m.end() < e and m.group().rstrip()[-1] in "-–—―":
            s = m.end()
    hyphened = re.match(r"-\w+", text[e:e + 40])
    if hyphened and (tok.head.i == tok.i or e + hyphened.end() <= tok.head.idx):
        e += hyphened.end()  # "His ex-wife": the parser may split the word into three subjects
    s, e = trim_edges(text, s, e)
    bracket = _BRACKETED_SHORT_NAME.match(text, e)
    if bracket and (tok.head.i <= tok.i or e + len(bracket.group()) <= tok.head.idx):
        e += len(bracket.group())  # "the Office for ... (OCHA)": the parser hung the short name elsewhere
    elif text.count("(", s, e) > text.count(")", s, e) and text.startswith(")", e):
        e += 1  # ... or only its closing bracket
    e = past_mark_closing_open_quote(text, s, e)  # 'X, who has called the bloc "a prison"'
    last = doc.char_span(s, e, alignment_mode="expand")
    if last is not None and len(last) > 1 and last[-1].dep_ == "cc":  # "outlets and" (the parser hung
        e = trim_edges(text, s, last[-1].idx)[1]  # the second conjunct elsewhere): not a dangling "and"
    return s, e


def closes_its_sentence(verb: Token) -> bool:
    """'..., but only if he can be convinced it pays, Senator X told The Hindu on Thursday': a
    report that ends its sentence, after the clause it reports and its speaker set off by a
    comma. It is read before the verbs inside that clause, which then nest in it."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT":
        return False
    comp = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > (comp.i if comp is not None else 0)), None)
    return comp is not None and subj is not None and verb.doc[min(subj.left_edge.i, verb.i) - 1].text == ","


def _reporting_relative(c: Token) -> bool:
    """A relative clause set off by a comma that is a report of its own ("Harvey, who acknowledged
    Trump was his fourth choice, said ..."): a reporting verb with a clause. PolNeAR's annotators
    end the source before it (train and dev: 20 times in 22), though they keep other relative
    clauses more often than not ("Lena Ortiz, who was the embassy's press officer").
    This reads the parse, so it holds when the clause's own report was not found; a clause whose
    report was found, whatever its shape, is cut by ``_end_sources_before_other_reports``."""
    return (c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
            and cue_frame(c).startswith("ccomp") and cue_rate(c) >= 0.3)


#: What a source declines or fails to give ("declined to comment", "declined to be identified", "did not
#: respond to a request for comment"): the verbs of speaking one may decline, and the requests one may not answer.
_WITHHELD = SPEAKING_VERBS | {"identify", "name", "request", "call", "message", "email", "inquiry", "question", "query"}


#: What a source does not do when asked for comment ("did not respond to", "could not be reached for").
_NOT_DONE_WHEN_ASKED = {"respond", "reply", "return", "reach"}


def _terms_relative(c: Token) -> bool:
    """A relative clause set off by a comma that tells the terms the source spoke on, or that it
    would not speak ("a senior official, who spoke on condition of anonymity,", "Hoff, who
    declined to comment for this article,", "who did not respond to a request for comment"): how
    the source spoke, which does not say who they are. PolNeAR's annotators end the source before
    it (train: of the 13 sources it changes, 12 then match the gold)."""
    if c.dep_ != "relcl" or c.left_edge.i == 0 or c.doc[c.left_edge.i - 1].text != ",":
        return False
    if on_terms(c):
        return True
    refused = c.lemma_ in ("decline", "refuse") or (c.lemma_ in _NOT_DONE_WHEN_ASKED and any(
        g.dep_ == "neg" for g in c.children))  # ("could not be reached for comment")
    said = [g for g in c.subtree if g.i > c.i and g.dep_ in ("xcomp", "pobj", "dobj", "pcomp")]
    return refused and any(g.lemma_.lower() in _WITHHELD for g in said[:2])


def relative_report(verb: Token) -> bool:
    """'the sanctions, which he said had harmed the economy': a relative clause whose verb reports
    a clause that has the relative pronoun for its subject. The shape itself says it is a report,
    so inside another attribution's content it needs no more than an attribution of its own."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in c.children)
        for c in verb.children) or relative_word_and_speaker(verb) is not None


def relative_word_and_speaker(verb: Token) -> tuple[Token, Token] | None:
    """'the camp, which aid groups say killed 30 people': the parser hung both the relative word
    and the speaker on the reporting verb as its subjects, and what was said on it as an open
    complement with no subject. The relative word and the speaker, when it reads so."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2 or subjects[0].tag_ not in ("WDT", "WP") or subjects[1].tag_ in ("WDT", "WP"):
        return None
    wh, speaker = subjects
    if any(t.is_punct for t in verb.doc[wh.i + 1 : speaker.left_edge.i]):
        return None  # "which, as one adviser put it, ...": set apart, another shape
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if not said or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in said[0].children):
        return None
    return wh, speaker


def relative_speaker(verb: Token) -> bool:
    """'Republicans who say the law is a money pit': a relative clause whose relative pronoun
    speaks, reporting a clause of its own with its own subject."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children)


def past_opening_phrase(subj: Token) -> Token:
    """'With a week to go before the vote, Ravi Menon, a senior aide, called ...': the parser
    made the last noun of an opening phrase the subject and the speaker its apposition. A
    subject right after a preposition is no subject; a person set off after it speaks."""
    doc = subj.doc
    first = subj.left_edge.i
    if first == 0 or doc[first - 1].pos_ != "ADP" or doc[first - 1].lower_ in ("that", "as"):
        return subj
    appos = next((c for c in subj.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","), None)
    if appos is None or not any(t.ent_type_ == "PERSON" for t in appos.subtree):
        return subj
    return appos


def past_dateline(subj: Token) -> Token:
    """'New Delhi : External Affairs Minister Sushma Swaraj ... welcomed': the parser made the
    dateline the subject and the speaker its apposition (or a second subject, "WASHINGTON --
    President Obama said"); the speaker is the subject. A dateline opens its sentence: place
    words, perhaps a date and an agency ("MYRTLE BEACH, S.C. -", "Dec 29 (Reuters) -"), then a
    colon (a label such as "The Latest:" too) or a dash."""
    text = text_of(subj.doc)
    first, last = sent_of(subj).start_char, subj.head.idx if subj.head.i > subj.i else len(text)
    m = DATELINE.match(text, first, last) or CREDITED_DATELINE.match(text, first, last)
    if m is None or subj.idx >= m.end():  # (also "Mexico City, Feb 3 (EFE).- Mexican President ...")
        return subj
    if ":" not in m.group() and not (subj.is_upper or subj.ent_type_ in ("GPE", "LOC", "FAC", "DATE")):
        return subj  # before a dash, a place in capitals or named so: not "Kall -- co-editor of ... -- said"
    # (the speaker may hang on the dateline's last word: "Doha, Qatar – Qatar's ministry says")
    after = [c for c in subj.subtree if c.dep_ == "appos" and c.idx >= m.end() and c.head.idx < m.end()]
    after += [c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i and c.idx >= m.end()]
    # (or joined to the dateline's place: "BRUSSELS, Dec 3 (Reuters) - EU countries and lawmakers agreed")
    after += [c for c in subj.children if c.dep_ == "conj" and c.idx >= m.end()]
    return min(after, key=lambda c: c.i) if after else subj


#: Where the parser hangs a speaker it did not see as the subject ("a meeting with the board
#: of the Washington Post Trump said"): the object of a preposition, or a compound's part.
MISPARSED_DEPS = ("pobj", "compound")
