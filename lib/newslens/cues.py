"""Cue words and how readily they are cues, measured on PolNeAR train.

``data/cue_lexicon.csv`` gives each lemma's cue rate (how often it is, or is part of, an
annotated cue); ``data/cue_frames.csv`` the rate of a verb or noun given what it governs in the
parse (``cue_frame``); ``data/cue_class_rates.csv`` the pooled rate of a class of verbs (judging,
urging, ...) for its members too rare in train to be measured. All three are built by
``bench/build_cue_lexicon.py``; ``data/cue_additions.csv``
adds a few words of the field. ``newslens.sourcing`` reads them through ``cue_rate`` and
``frame_rate``.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from . import config
from .rule_thresholds import UNMARKED_MIN_RATE

#: Prepositions after a cue verb or noun that introduce what was said ("called for talks").
CONTENT_PREPS = {"for", "of", "about", "to", "on", "against", "over"}
#: Prepositions that set the scene of a statement ("during a campaign stop") rather than go on
#: with what was said.
SETTING_PREPS = {"during", "at", "after", "before", "amid", "while", "following"}
#: Tokens that are quotation marks, ''doubled apostrophes'' and ``backticks`` included.
QUOTE_TOKENS = {"“", "”", '"', "«", "»", "''", "``"}


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    pos: str
    rate: float
    count: int


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[tuple[str, str], CueEntry]:
    """Cue lemmas measured on PolNeAR train (``data/cue_lexicon.csv``), verbs too rare there to be
    measured with their class's rate (``data/cue_class_rates.csv``) and the field's additions
    (``data/cue_additions.csv``), keyed by (lemma, coarse POS)."""
    out: dict[tuple[str, str], CueEntry] = {}
    for name in ("cue_lexicon.csv", "cue_class_rates.csv", "cue_additions.csv"):
        for row in _data_rows(name):
            entry = CueEntry(row["lemma"], row["pos"], float(row["rate"]), int(row.get("cue") or 0))
            out[(entry.lemma, entry.pos)] = entry
    return out


def _data_rows(name: str) -> list[dict[str, str]]:
    """The rows of ``data/<name>`` (none when the file is not there)."""
    path = config.DATA_DIR / name
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


#: British spellings and their American forms, as PolNeAR (US news) spells them:
#: "criticise" -> "criticize", "analyse" -> "analyze", "favour" -> "favor", "defence" -> "defense".
_BRITISH = ((r"ise$", "ize"), (r"yse$", "yze"), (r"our$", "or"), (r"ence$", "ense"))


@lru_cache(maxsize=1)
def _known_lemmas() -> frozenset[str]:
    return frozenset(k[0] for k in cue_lexicon()) | frozenset(k[0] for k in cue_frames())


@lru_cache(maxsize=4096)
def _american(lemma: str) -> str:
    known = _known_lemmas()
    if lemma in known:
        return lemma
    for pattern, repl in _BRITISH:
        alt = re.sub(pattern, repl, lemma)
        if alt != lemma and alt in known:
            return alt
    return lemma


def lemma_of(tok: Token) -> str:
    """A word's lemma as the lexicons key it: lower case, in American spelling where the British
    one is not listed ("criticise" is read as "criticize")."""
    return _american(tok.lemma_.lower())


def cue_rate(tok: Token, pos: str | None = None) -> float:
    """How often this lemma is a cue (0 if never seen as one), as the part of speech it is tagged
    or as ``pos`` ("VERB" for a verb the tagger took for a noun)."""
    e = cue_lexicon().get((lemma_of(tok), pos or tok.pos_))
    return e.rate if e else 0.0


#: Verbs that name something ("what it termed ...", "what he called ...").
NAMING_VERBS = {"term", "call", "describe", "dub", "label", "brand", "characterize", "characterise"}


def names_something(verb: Token) -> bool:
    """'what it termed "irresponsible" remarks', 'what he called attempts to impose sanctions': a
    clause that says what something was named, its object the relative "what"."""
    return lemma_of(verb) in NAMING_VERBS and any(g.lower_ == "what" and g.dep_ == "dobj" for g in verb.children)


def noun_clause(tok: Token) -> Token | None:
    """A noun's 'that' clause: "the claim that the deal is legal"."""
    return next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


#: Verbs of talking, whose "to X" or "with X" is whom they talked to, and whose "about Y" is
#: what was said ("spoke to reporters about the deal", "talked with Modi about trade").
TALKING_VERBS = {"speak", "talk", "chat", "testify"}
#: Prepositions that say what one talked about.
_TOPIC_PREPS = {"about", "on", "over", "of"}


def _addressee(tok: Token, prep: Token) -> bool:
    """'to reporters', 'with Modi' after a verb of talking: whom the words went to."""
    return lemma_of(tok) in TALKING_VERBS and prep.dep_ == "prep" and prep.lower_ in ("to", "with")


def _only_manner_between(tok: Token, prep: Token) -> bool:
    """Whether only the word's particle, adverbs and times stand between it and ``prep`` ("spoke
    out Tuesday about", "spoke on Tuesday about", "weighed in Friday about"), or whom a verb of
    talking addressed ("spoke to reporters about")."""
    between = [c for c in tok.rights if c.i < prep.i]
    return bool(between) and all(c.dep_ in ("prt", "advmod", "npadvmod") or _time_phrase(c)
                                 or (_addressee(tok, c) and prep.lower_ in _TOPIC_PREPS) for c in between) \
        and sum(c.right_edge.i - c.left_edge.i + 1 for c in between) == prep.i - tok.i - 1


def _time_phrase(prep: Token) -> bool:
    """'on Tuesday', 'in Friday' (the model's reading of "weighed in Friday"): a preposition
    whose object is a date or a time."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def content_prep(tok: Token) -> Token | None:
    """A preposition right after a cue word that introduces what was said ("called for talks",
    "his comments about the deal")."""
    topic = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS), None) \
        if lemma_of(tok) in TALKING_VERBS else None  # (whom one talked to comes before the topic)
    return next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS
                 and (c.i <= tok.i + 2 or _only_manner_between(tok, c))
                 and not (topic is not None and c.i < topic.i and _addressee(tok, c))  # (whom, not what)
                 and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
                 and not ground_rule(c)),
                None)  # "said on Monday" is when, not what


#: The terms on which a source speaks ("on condition of anonymity", "on background", "on the
#: record"): how, not what.
_GROUND_RULES = {"condition", "background", "record"}


def ground_rule(prep: Token) -> bool:
    """Whether ``prep`` gives the terms the source spoke on ("spoke on condition of anonymity")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (prep.lower_ == "on" and obj is not None and obj.lower_ in _GROUND_RULES
            and all(c.dep_ == "prep" or c.lower_ == "the" for c in obj.children))


def asks_anonymity(verb: Token) -> bool:
    """Whether ``verb`` has anonymity for its object ("requesting anonymity", "was granted anonymity")."""
    return any(c.dep_ == "dobj" and c.lower_ == "anonymity" for c in verb.children)


def on_terms(verb: Token) -> bool:
    """Whether ``verb`` tells the terms its subject spoke on ("spoke on condition of anonymity",
    "briefed reporters on background", "requested anonymity"), not what was said."""
    return asks_anonymity(verb) or any(c.dep_ == "prep" and ground_rule(c) for c in verb.children)


def purpose_of_terms(verb: Token) -> bool:
    """'spoke on condition of anonymity to discuss the talks': a to-infinitive that says why the
    source asked for those terms; what it discusses is not what was said."""
    return (verb.dep_ in ("advcl", "xcomp") and on_terms(verb.head)
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children))


def terms_aside(doc: Doc, start: int, end: int) -> int | None:
    """Where a trailing ", speaking on condition of anonymity ..." begins inside ``start``..``end``
    (characters), or None: how the source spoke ends what it said."""
    for t in doc.char_span(start, end, alignment_mode="expand") or []:
        if t.tag_ in ("VBG", "VBN") and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," \
                and on_terms(t) and doc[t.left_edge.i - 1].idx > start:
            return doc[t.left_edge.i - 1].idx
    return None


#: How often annotators must run a verb's cue over its object noun for newslens to do so.
OBJECT_MIN_RATE = 0.5


@lru_cache(maxsize=1)
def cue_objects() -> dict[tuple[str, str], float]:
    """(verb lemma, object lemma) -> how often PolNeAR train's cues run over the object
    ("expressed concern about", "cast doubt on"): ``data/cue_objects.csv``, built by
    ``bench/build_cue_objects.py``."""
    return {(row["verb"], row["object"]): int(row["in_cue"]) / int(row["total"])
            for row in _data_rows("cue_objects.csv")}


def object_in_cue(verb: Token, obj: Token) -> bool:
    """Whether the cue of ``verb`` runs over its object ``obj`` ("cast doubt on")."""
    return cue_objects().get((lemma_of(verb), lemma_of(obj)), 0.0) >= OBJECT_MIN_RATE


def clause_object_in_cue(obj: Token) -> bool:
    """Whether a cue runs over its object noun that has a that-clause: yes for a saying
    ("highlighted his message that ..."), no for a proposition the annotators leave in the
    content ("dismissed the idea that ...", the ``*`` rows of ``data/cue_objects.csv``); yes
    for a noun the table does not list."""
    return cue_objects().get(("*", lemma_of(obj)), 1.0) >= OBJECT_MIN_RATE


#: Verbs whose object after them is the one spoken to, the one quoted or a name given, so that a
#: clause put before them is still what they report ("He was kind, an official told The Times";
#: "..., the agency quoted an official as saying").
OBJECT_AFTER_REPORT = {"tell", "ask", "write", "call", "inform", "assure", "remind", "advise", "warn", "brief",
                       "quote", "cite"}


#: The one-word answers PolNeAR takes for what was said ("said yes", "said so").
_ANSWER_WORDS = {"yes", "no", "so"}


def answer_word(verb: Token) -> Token | None:
    """'75 percent said yes', 'he said so', '26 percent said the same (of Trump)', 'the minister
    said as much': the answer right after a reporting verb (the parser may take "the same" for a
    second subject, "as much" for an object)."""
    if cue_rate(verb) < UNMARKED_MIN_RATE or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    second = verb.doc[verb.i + 2] if nxt.lower_ in ("the", "as") and verb.i + 2 < len(verb.doc) else None
    if second is not None and (nxt.lower_, second.lower_) in (("the", "same"), ("as", "much")) \
            and second.head.i == verb.i:
        return second
    answers = nxt.head.i == verb.i and nxt.lower_ in _ANSWER_WORDS and nxt.dep_ in ("intj", "advmod", "dobj")
    return nxt if answers else None


def complements(tok: Token) -> list[Token]:
    """A word's dependents that may be what it reports. Not a clause before it that the parser
    hangs on it as if it were reported: one across a colon or semicolon ("The map has hardly
    moved: 38 states have backed one party every time"; a fronted report ends with a comma), nor
    one before a verb that has a clause, an open complement or an object of its own after it ("Not
    only are the caucuses months away, no one knows what ...", "The more politics gets polarized,
    the more voters fear the candidate"), nor one that opens with "while", "if" and the like or is
    joined to the verb's own by "and" or "so" ("I didn't know how, so I felt like ..."), or with
    a clause of time or cause between. Nor a clause after it that opens with "as", "while" and the
    like, or that follows a comma when the verb's own clause opens with such a word, nor the purpose
    of the terms it was said on."""
    doc = tok.doc
    # (nor the purpose of the terms it was said on: "said on condition of anonymity to discuss the talks")
    purposes = {c.i for c in tok.rights if purpose_of_terms(c)} if on_terms(tok) else set()
    later = [c for c in tok.rights if c.i not in purposes]
    # (an object set off by a comma is a phrase on the whole sentence, not the verb's own: '...,
    # Trump said on Monday, an escalation that Caracas condemned')
    # (or an answer: 'as the minister went on, the aide said yes')
    own = any(c.dep_ in ("ccomp", "xcomp") for c in later) or (
        lemma_of(tok) not in OBJECT_AFTER_REPORT and any(c.dep_ == "dobj" and not any(
            t.text == "," for t in doc[tok.i + 1 : c.left_edge.i]) for c in later)) or answer_word(tok) is not None

    def apart(c: Token) -> bool:  # a clause before the verb that it does not report
        # (the verb's own subject between them is no joining: "..., teachers and union officials told POLITICO")
        subject = {t.i for s in tok.lefts if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
        between = [t for t in doc[c.right_edge.i + 1:tok.i] if t.i not in subject or t.text in (":", ";")]
        return (own or any(t.text in (":", ";") or t.lower_ in _JOINING for t in between)
                or c.right_edge.text in (":", ";")  # (the clause's own colon: "... began: X, Y and Z lined up")
                or c.left_edge.lower_ in SUBORDINATORS
                # (or a clause of time or cause of the verb's own between them, outside any quote:
                # "The contest jumped into the headlines after the group unearthed columns Bradley
                # wrote")
                or (any(t.dep_ == "mark" and t.lower_ in _ADVERBIAL and t.head.head.i == tok.i for t in between)
                    and not any(t.is_quote for t in between)))

    fronted = any(c.dep_ == "ccomp" and c.i < tok.i and not apart(c) for c in tok.children)
    # (nor a clause with neither a subject nor a "that" after an open complement, a noun the
    # parser took for a verb: "China tells citizens to avoid Japan as row over Takaichi's Taiwan
    # remarks deepens")
    open_comp = any(c.dep_ == "xcomp" and c.i > tok.i for c in tok.children)
    # (nor a clause after it that the parser took for its complement but that is set beside it: one
    # that opens with "as", "while" and the like ('"...," he said as some in the crowd booed'), or
    # the main clause after a comma when the verb's own clause is the one that opens with such a
    # word ("since the businessman announced his candidacy, here we are"))
    subordinate = any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL for c in tok.children)

    def beside(c: Token) -> bool:
        if c.dep_ != "ccomp" or c.i < tok.i or _marks(c) & _REPORTING_MARKS:
            return False
        return adverbial_clause(c) or (subordinate and "," in (c.left_edge.text, doc[c.left_edge.i - 1].text))

    return [c for c in tok.children if not (c.dep_ == "ccomp" and c.i < tok.i and apart(c)) and not beside(c)
            and c.i not in purposes
            and not (fronted and c.dep_ == "dobj" and c.i > tok.i)
            and not (c.dep_ == "dobj" and _set_off_after_prep(tok, c))
            and not (open_comp and c.dep_ == "ccomp" and c.i > tok.i and not any(
                g.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "csubj") for g in c.children))]


#: Where a thing is said, whose that-clause is what the verb before reports ("said in a statement
#: that ...").
_SAYING_NOUNS = {"statement", "interview", "letter", "post", "briefing", "speech", "message", "tweet", "note",
                 "communique", "communiqué", "readout", "release", "opinion", "ruling", "judgment", "judgement",
                 "report", "op-ed", "article", "column", "essay", "address", "testimony", "filing", "email",
                 "editorial", "memo", "memorandum", "submission", "call", "video", "broadcast", "notice",
                 "notification", "advisory", "bulletin", "circular", "announcement", "remark", "comment",
                 "conference", "hearing", "podcast"}


def clause_of_statement(verb: Token) -> Token | None:
    """'said in a statement that Israel would ...', 'told a press briefing that the remarks had
    ...': the parser hangs the that-clause on the noun of where it was said, not on the verb; that
    clause's verb, or None."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("in", "at", "during")):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _SAYING_NOUNS):
            clause = next((g for g in obj.rights if g.dep_ in ("acl", "ccomp") and g.pos_ in ("VERB", "AUX")
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                           or _that_misread_as_relative(g)), None)
            if clause is not None:
                return clause
    if lemma_of(verb) == "tell":  # "told a press briefing that the remarks had ...": the briefing is who heard it
        for obj in (c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS):
            clause = next((g for g in obj.rights if g.dep_ == "relcl" and g.left_edge.lower_ == "that"
                           and g.left_edge.i == obj.i + 1 and any(
                               c.dep_ in ("nsubj", "nsubjpass") and c.i != g.left_edge.i for c in g.children)), None)
            if clause is not None:
                return clause
    return None


#: Gatherings one tells something to ("told a news conference that ...").
_GATHERINGS = {"briefing", "conference", "meeting", "session", "audience", "rally", "gathering", "forum", "summit",
               "reporter", "crowd", "assembly"}


def _that_misread_as_relative(clause: Token) -> bool:
    """'said at the weekly briefing that relations rested on "a strong foundation"': a clause the
    parser read as a relative one on the noun, its "that" given a role the clause has filled
    already ("rested on that ... on a foundation")."""
    that = clause.left_edge
    if clause.dep_ != "relcl" or that.lower_ != "that" or that.tag_ != "WDT" or that.i != clause.head.i + 1:
        return False
    return any(c.dep_ == that.dep_ and c.i != that.i for c in that.head.children)


#: Words that open a clause set beside another rather than reported by it ("While populists blame
#: foreigners, Francis points to ...") or join two clauses ("..., so they're voting for her").
SUBORDINATORS = {"while", "as", "if", "when", "although", "though", "because", "since", "after", "before",
                 "unless", "until", "whereas", "whether", "once"}
_JOINING = {"so", "and", "but", "yet", "or"}
#: The words that may open what a verb reports ("said that ...", "asked whether ...", "asked if ...").
_REPORTING_MARKS = {"that", "whether", "if"}
#: The words of ``SUBORDINATORS`` that never open what a verb reports.
_ADVERBIAL = SUBORDINATORS - _REPORTING_MARKS


def _marks(clause: Token) -> set[str]:
    return {m.lower_ for m in clause.children if m.dep_ == "mark"}


def adverbial_clause(clause: Token) -> bool:
    """Whether a clause the parser hung on a verb opens with "as", "while", "after" and the like
    (and with no "that", "whether" or "if"): a clause of time or cause set beside the verb, not
    what it reports ('"...," he said as some in the crowd booed')."""
    marks = _marks(clause)
    return bool(marks & _ADVERBIAL) and not marks & _REPORTING_MARKS


def _set_off_after_prep(tok: Token, obj: Token) -> bool:
    """Whether an "object" comes after the verb's own preposition and a comma or dash: a phrase
    the parser hung on the verb from the sentence's end ('pointed to Britain's decision as an
    example of ..., a key factor driving the economy'). The preposition, one that may bring
    what was said (``content_prep``) and follows the verb with no comma, is what the verb
    governs; not a phrase set off before a shifted object ('understood, for the first time, the
    psychology of crookedness')."""
    doc = tok.doc
    p = content_prep(tok)
    if p is None or not tok.i < p.i < obj.left_edge.i or any(t.is_punct for t in doc[tok.i + 1 : p.i]):
        return False
    k = obj.left_edge.i - 1  # (the mark may come before an "or" the parser left in the phrase: "... to Kasich — or anyone")
    while k > p.i and doc[k].pos_ == "CCONJ":
        k -= 1
    return doc[k].text in _SETTING_OFF or any(t.text in _SETTING_OFF for t in doc[p.right_edge.i + 1 : obj.left_edge.i])


#: The marks that set a phrase off.
_SETTING_OFF = (",", "—", "–", "--", "-")


#: Verbs whose subject belongs to what they frame: "the deal seems to be dead", "Moscow appeared
#: unmoved" (PolNeAR: cue "seems", content "the deal ... to be dead", no source).
RAISING_VERBS = {"seem", "appear"}


def _raised_adjective(tok: Token, c: Token) -> bool:
    """Whether ``c`` is the adjective "seem" or "appear" frames ("seemed equally unperturbed",
    labelled "oprd" by the parser): their open complement, as "to be ..." is."""
    return c.dep_ == "oprd" and lemma_of(tok) in RAISING_VERBS


def frame_complement(tok: Token, kind: str) -> Token | None:
    """The dependent of ``tok`` that its frame ``kind`` ("ccomp", "xcomp", "dobj") names."""
    return next((c for c in complements(tok) if c.dep_ == kind or (kind == "xcomp" and _raised_adjective(tok, c))),
                None)


def cue_frame(tok: Token) -> str:
    """What a word governs, as the sourcing rules read it. A verb: a clause ("ccomp"), an open
    complement ("xcomp": "plans to visit"), an object ("dobj"), a preposition next to it
    ("prep:for") or nothing ("none"). A noun: the same with "poss+" before it when it has a
    possessor ("Russia's claim that ..." is "poss+that"; "his comments about" "poss+prep:about")."""
    if tok.pos_ == "NOUN":
        head = "poss+" if any(c.dep_ == "poss" for c in tok.children) else ""
        prep = content_prep(tok)
        body = "that" if noun_clause(tok) is not None else f"prep:{prep.lower_}" if prep is not None else "none"
        return head + body
    comps = complements(tok)
    deps = {c.dep_ for c in comps}
    for dep in ("ccomp", "xcomp", "dobj"):
        if dep in deps:
            return dep
    if any(_raised_adjective(tok, c) for c in comps):
        return "xcomp"  # "Trump's supporters seemed equally unperturbed": as "seemed to be"
    prep = content_prep(tok)
    return f"prep:{prep.lower_}" if prep is not None else "none"


@lru_cache(maxsize=1)
def cue_frames() -> dict[tuple[str, str, str], tuple[int, int]]:
    """How often a word is a cue given what it governs, measured on PolNeAR train
    (``data/cue_frames.csv``, ``bench/build_cue_lexicon.py``): (lemma, POS, frame) -> (cue, n)."""
    return {(row["lemma"], row["pos"], row["frame"]): (int(row["cue"]), int(row["total"]))
            for row in _data_rows("cue_frames.csv")}


#: Pseudo-count that pulls a frame's rate measured on few cases toward the word's own rate:
#: "withdrew" with an object was a cue 4 times in 10, which says little.
FRAME_PRIOR_WEIGHT = 10
#: The rate assumed for a word that the lexicon does not list (its rate is under 0.2).
UNLISTED_RATE = 0.05


def frame_rate(tok: Token, frame: str) -> float:
    """How often this word is a cue when it governs ``frame``: the rate measured in that frame,
    pulled toward the word's own rate by ``FRAME_PRIOR_WEIGHT`` cases; the word's own rate
    where the frame was seen too rarely to be listed."""
    own = cue_rate(tok)
    hit = cue_frames().get((lemma_of(tok), tok.pos_, frame))
    if not hit:
        return own
    cue, n = hit
    return (cue + FRAME_PRIOR_WEIGHT * (own or UNLISTED_RATE)) / (n + FRAME_PRIOR_WEIGHT)


# ---------------------------------------------------------------------------------------------
# quotes
