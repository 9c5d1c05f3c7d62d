"""Word classes and token tests the sourcing rules share: which verbs report (a cue verb,
not a discourse marker such as "say, ..."), which address, raise or are light ("issued a
statement calling ..."), which nouns can speak, and what a date phrase is."""
from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_frame, cue_rate, lemma_of
from .doctools import sent_of
from .source_words import ANONYMOUS_HEADS, OUTLET_HEADS


#: Things that say something ("In a statement, ...", "In an NBC News poll released Monday, ...").
DOCUMENT_NOUNS = {"poll", "survey", "study", "report", "statement", "letter", "interview", "memo", "memorandum",
                  "tweet", "post", "filing", "op-ed", "column", "speech", "editorial", "analysis", "paper",
                  "assessment", "review", "book", "email", "message", "note", "release", "transcript",
                  "communique", "communiqué", "readout", "briefing", "testimony", "ruling", "order", "resolution"}

#: Documents whose findings are what the people asked said: "In a Levada poll, 60 percent said
#: ..." is the poll's report with the respondents' report inside it, and PolNeAR nests the two.
POLL_NOUNS = {"poll", "survey", "polling"}

#: Words that make a "poll" an election, as Indian and British papers use the word ("the 2019
#: Lok Sabha polls", "the assembly poll", "a bypoll") ...
ELECTION_POLL_WORDS = {"sabha", "assembly", "parliamentary", "general", "municipal", "civic", "local", "bypoll",
                       "by-election", "midterm", "mid-term", "legislative", "gubernatorial", "mayoral", "panchayat",
                       "council", "election", "elections", "electoral"}
#: ... and what is counted in an election, not found by an opinion poll ("won 303 seats").
ELECTION_RESULT_LEMMAS = {"seat", "constituency", "turnout", "elect", "re-elect", "rout", "sweep", "ballot", "booth",
                          "contest"}


def is_cue_verb(tok: Token, min_rate: float = 0.2) -> bool:
    return tok.pos_ in ("VERB",) and cue_rate(tok) >= min_rate and not discourse_marker(tok)


def discourse_marker(verb: Token) -> bool:
    """'That said, ...', 'That being said, ...': a turn of the argument, not a report; nor is
    "Let's say ..." (a case supposed)."""
    doc = verb.doc
    if verb.lemma_ == "say" and verb.head.lemma_ == "let" and verb.dep_ in ("ccomp", "xcomp") \
            and any(c.dep_ == "nsubj" and c.lower_ in ("'s", "’s", "us") for c in verb.children):
        return True
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.text != "," or verb.lower_ != "said":
        return False
    lead = [t.lower_ for t in doc[sent_of(verb).start : verb.i] if not (t.is_punct or t.is_space)]
    return lead in (["that"], ["that", "being"], ["having"], ["all", "that"])


#: Verbs whose passive subject is the one addressed, not part of what is said ("Clinton was
#: asked about the border", "Voters were told that ...").
ADDRESSING_VERBS = {"ask", "tell", "question", "press", "remind", "inform", "assure", "advise", "warn"}

#: Verbs of speaking about something, which someone may decline to do ("declined to discuss the details").
SPEAKING_VERBS = {"discuss", "comment", "elaborate", "specify", "say", "confirm", "detail", "disclose", "address"}


#: Adjectives whose subject is a real one, not the "it" of an extraposed clause: "It is likely
#: to veto the bill" (the company will), against "It is hard to imagine ..." (nobody imagines).
SUBJECT_ADJECTIVES = {"likely", "unlikely", "certain", "sure", "able", "unable", "willing", "unwilling",
                       "ready", "set", "due", "eager", "quick", "slow", "reluctant", "happy", "keen",
                       "determined", "prepared", "poised", "expected", "free", "careful", "anxious"}


def light_report(verb: Token) -> Token | None:
    """'issued a statement calling the test a violation', 'released an ad saying ...': the
    reporting participle right after the verb's object, which PolNeAR's cue runs on to (on
    PolNeAR train, a participle on the object of a cue verb is in its cue 42 times in 64)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or verb.pos_ != "VERB" or not_carried_out(verb):
        return None
    part = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG" and obj.i < c.i <= obj.i + 3), None)
    if part is None:  # 'released a statement Wednesday evening, saying ...': the parser hangs it on the verb
        # (or 'released a written statement on April 28 confirming ...', a date between)
        part = next((c for c in verb.rights if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > obj.right_edge.i
                     and all(t.is_punct or t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "prep" and any(
                         g.ent_type_ in ("DATE", "TIME") for g in t.children)) for t in verb.doc[obj.right_edge.i + 1 : c.i])),
                    None)
        if part is not None and (obj.lemma_.lower() not in DOCUMENT_NOUNS or part.i - obj.right_edge.i > 4):
            part = None
    if part is None or cue_rate(part) < 0.5 or cue_frame(part) == "none":
        return None
    return part


#: Verbs that say the act they lead to did not happen ("failed to adopt", "refused to sign").
_NOT_DONE_VERBS = {"fail", "refuse", "decline", "reject"}


#: Verbs that act against a text someone else put forward ("vetoed a draft calling for ...").
_AGAINST_VERBS = {"block", "veto", "reject", "defeat", "oppose", "kill", "scuttle", "torpedo", "stall"}


def not_carried_out(verb: Token) -> bool:
    """Whether the text says the verb's act did not happen, or went against its object, so the
    text the object names is not the subject's: "did not issue", "failed to adopt", "vetoed"."""
    if any(c.dep_ == "neg" for c in verb.children) or lemma_of(verb) in _AGAINST_VERBS:
        return True
    return verb.dep_ == "xcomp" and (lemma_of(verb.head) in _NOT_DONE_VERBS
                                     or any(c.dep_ == "neg" for c in verb.head.children))


def light_verb(part: Token) -> Token | None:
    """The verb whose object a reporting participle hangs on ('issued' in 'issued a statement
    calling ...'; see :func:`light_report`)."""
    if part.dep_ == "acl" and part.head.dep_ == "dobj":
        outer = part.head.head
    elif part.dep_ == "advcl":
        outer = part.head
    else:
        return None
    light = light_report(outer)
    return outer if light is not None and light.i == part.i else None


#: Nouns for people who take a side, besides ``ANONYMOUS_HEADS`` ("voters saying they want ...").
_SPEAKING_GROUPS = {"group", "voter", "supporter", "critic", "opponent", "protester", "activist", "resident",
                    "citizen", "campaign", "committee", "organization", "organisation", "union", "petition"}


#: Things with words on them that "say" something ("a video that said", "a headline that read").
SAYING_THINGS = {"video", "ad", "advertisement", "headline", "sign", "banner", "caption", "page", "website",
                  "site", "poster", "slogan", "placard", "message", "text", "label"}


def can_speak(noun: Token) -> bool:
    """Whether a noun names someone who can say something: a person, a body or a group the
    model recognises, or a word for a source, an official, an outlet or a group of people."""
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.lemma_.lower() in ANONYMOUS_HEADS | OUTLET_HEADS | _SPEAKING_GROUPS


def is_date_phrase(prep: Token) -> bool:
    """'on Tuesday', 'in 2015': a phrase that is itself a date or time, not one with a time
    somewhere inside it ('about what happened when late-night calls came in')."""
    return prep.ent_type_ in ("DATE", "TIME") or any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


#: Verbs whose passive takes an open complement ("He's said to be ill", "is expected to win").
_PASSIVE_RAISING = {"say", "report", "believe", "think", "expect", "know", "consider", "rumor", "understand",
                    "allege", "suppose", "see", "tell", "ask", "urge", "force", "schedule", "set"}


def contracted_perfect(verb: Token) -> bool:
    """'He's said he would ...', 'she’s spoken out against ...': the parser reads the "'s" of "has"
    as "is" and the verb as a passive. A participle after "'s" with a subject, no agent and no
    open complement of a raising passive ("He's said to be ill") is the perfect. "It's said that
    ..." stays a passive."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (len(aux) == 1 and aux[0].lower_ in ("'s", "’s") and verb.tag_ in ("VBN", "VBD") and subj is not None
            and subj.lower_ != "it" and not any(c.dep_ == "agent" for c in verb.children)
            and not (lemma_of(verb) in _PASSIVE_RAISING and any(c.dep_ == "xcomp" for c in verb.children)))


def mark_start(comp: Token) -> int:
    mark = next((c for c in comp.children if c.dep_ == "mark"), None)
    return mark.idx if mark is not None else comp.left_edge.idx


def split_clause_start(comp: Token) -> int | None:
    """'told reporters that the meeting between Putin and US envoys was "useful"': where the
    clause begins when the parser split it in two (a word of its subject read as a verb), so
    that ``comp`` has no subject and a "that" clause of the same verb comes right before it."""
    verb = comp.head
    if comp.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return None
    first = next((c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < comp.i
                  and c.right_edge.i + 1 == comp.left_edge.i
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return mark_start(first) if first is not None else None


#: Verbs of feeling whose object feels it: "The remark has angered the party's leaders" is the
#: leaders' reaction to the remark (PolNeAR: source "the party's leaders", content "The remark").
EXPERIENCER_VERBS = {
    "anger", "alarm", "rattle", "unsettle", "startle", "infuriate", "frustrate", "horrify", "dismay",
    "disturb", "outrage", "upset", "irritate", "annoy", "delight", "please", "embolden", "surprise",
    "shock", "offend", "bother", "frighten", "scare", "worry", "trouble", "enrage", "irk", "spook",
    "disappoint", "stun", "baffle", "appall", "unnerve", "anguish", "exasperate", "gall", "vex", "thrill",
}


def is_passive(verb: Token) -> bool:
    """'It has been reported that ...': a cue that may have no source."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not contracted_perfect(verb)
