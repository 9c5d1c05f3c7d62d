"""The shapes of what a cue verb governs, which the parser may misread: a clause reported after
an object ("told reporters that ..."), an object with its own complement ("urged India to ..."),
a question put, "made clear", an expletive "it", a subject split from its clause, a second report
after the first, a one-word answer ("said yes"), and where a sentence's report ends."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cues import RAISING_VERBS, SETTING_PREPS, clause_of_statement, cue_rate, lemma_of
from .doctools import sent_of, text_of
from .quotes import CLOSE, OPEN
from .report_words import (ADDRESSING_VERBS, EXPERIENCER_VERBS, SUBJECT_ADJECTIVES, is_cue_verb,
                           is_date_phrase, is_passive)
from .rule_thresholds import UNMARKED_MIN_RATE
from .spans import trim_edges


def expletive_it(verb: Token, subj: Token) -> bool:
    """The "it" that stands in for a clause rather than for a speaker: "It seems that ...", "It
    appears ..." (a complement, not an infinitive: "It appears to be a forgery" keeps its
    subject inside what is framed) and "It is hard to imagine ...", "It's important to note
    that ..." (an infinitive after "be" and an adjective). PolNeAR gives these no source."""
    if subj.lower_ != "it" or subj.pos_ != "PRON":
        return False
    if lemma_of(verb) in RAISING_VERBS:
        return subj.head.i == verb.i and not any(c.dep_ == "xcomp" for c in verb.children)
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return False
    be = verb.head if verb.head.lemma_ == "be" else verb.head.head
    adj = verb.head if verb.head.pos_ == "ADJ" else next(
        (c for c in be.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    return (be.lemma_ == "be" and subj.head.i == be.i and adj is not None
            and adj.lower_ not in SUBJECT_ADJECTIVES)


#: What the parser hangs on a verb after its object but belongs with it: "described the test
#: as a threat", "blamed Clinton for her vote", "called the test a violation".
_OBJECT_COMPLEMENT_DEPS = ("prep", "oprd", "dative")


def governed_by(tok: Token, comp: Token) -> bool:
    """Whether ``tok`` lies in ``comp``'s subtree by a chain of subordinate links: no verb on
    the way up is a conjunct, which would make it a statement beside the complement, unless a
    "that" of its own makes it a second clause of the same report ("said the position was
    unchanged and that Japan hoped for ...")."""
    while tok.i != comp.i:
        if (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
                and not any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in tok.children)) \
                or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def feels(verb: Token, obj: Token) -> bool:
    """Whether an active verb of feeling (``EXPERIENCER_VERBS``) has for object someone who feels
    it ("has angered the party's leaders"), not a clause or a thing."""
    return lemma_of(verb) in EXPERIENCER_VERBS and not is_passive(verb) and obj.dep_ == "dobj" \
        and obj.pos_ in ("NOUN", "PROPN", "PRON") and obj.i > verb.i and obj.lower_ not in ("it", "that", "this") \
        and not any(c.dep_ == "prt" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "csubj") for c in verb.children)  # ("rattled off", "careful not to anger X")


#: Verbs that put a question to someone ("asked the minister whether ...").
_ASKING_VERBS = {"ask", "question", "press", "quiz"}


def question_put(verb: Token, obj: Token) -> Token | None:
    """'asked the students if they were always so serious', 'asked Trump about statements he
    had made': with a verb of asking and whom it asks as its object, the question ("if", "whether"
    clause) or its subject ("about" phrase) after the object, which PolNeAR takes as the content.
    Not when the object is the question itself ("asked the question about the border")."""
    if lemma_of(verb) not in _ASKING_VERBS or obj.i < verb.i or obj.pos_ not in ("PRON", "PROPN", "NOUN") \
            or obj.lemma_.lower() in ("question", "questions"):
        return None  # ("asked the question about the border": the question is what was asked)
    for c in verb.rights:
        if c.i <= obj.right_edge.i:
            continue
        if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                and m.i == c.left_edge.i for m in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ == "about" and c.i == obj.right_edge.i + 1:
            return c
    return None


def told_clause(verb: Token, obj: Token) -> Token | None:
    """'told the crowd at his rally for farmers that he and his party had ...': the
    that-clause after whom a verb addresses, which the parser hung on a noun before it as if it
    were a relative clause. A clause opened by "that" as a complementiser, with a subject of its
    own, is what was told."""
    if lemma_of(verb) not in ADDRESSING_VERBS or obj.i < verb.i:
        return None
    for t in verb.subtree:
        # (on the noun itself only as a relative clause: "the idea that ..." is the noun's own)
        if (t.i > obj.right_edge.i and t.dep_ in ("relcl", "acl") or t.i > obj.i and t.dep_ == "relcl") \
                and t.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "nsubj" for c in t.children) \
                and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children):
            return t
    return None


#: "make it clear that ...": the adjectives that make "make" a cue.
_MADE_CLEAR = {"clear", "plain", "known", "obvious", "explicit"}


def made_clear(verb: Token, comp: Token) -> tuple[Token, Token] | None:
    """'has made it clear that it would buy the jets', 'made clear that the deal was off', 'made
    clear her opposition': (the adjective, what was made clear), when ``verb`` is "make" and
    its complement is such an adjective."""
    if lemma_of(verb) != "make":
        return None
    adj = comp if comp.pos_ == "ADJ" else next(
        (c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ"), None)
    if adj is None or adj.lower_ not in _MADE_CLEAR or adj.i < verb.i:
        return None
    said = next((c for c in adj.children if c.i > adj.i and c.dep_ in ("advcl", "ccomp", "nsubj")
                 and (c.pos_ in ("VERB", "AUX", "NOUN", "PROPN"))), None)
    if said is None:
        said = next((c for c in verb.children if c.i > adj.i and c.dep_ in ("ccomp", "dobj")), None)
    return (adj, said) if said is not None else None


def split_subject(verb: Token, comp: Token) -> Token | None:
    """'they said pressing global issues, including ..., counterterrorism were discussed': the
    parser read the start of the clause's subject as an open complement of the verb (a
    participle right after it) and kept only the subject's last part for the clause. The
    participle, when a comma is all that stands between it and the clause (as between the items
    of a list)."""
    if not comp.i > verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
        return None
    part = next((c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 1 and c.tag_ == "VBG"), None)
    if part is None:
        return None
    doc = verb.doc
    last, first = part.right_edge, comp.left_edge
    while last.is_punct and last.i > part.i:  # (the comma may hang on either side)
        last = doc[last.i - 1]
    while first.is_punct and first.i < comp.i:
        first = doc[first.i + 1]
    gap = doc[last.i + 1 : first.i]
    return part if len(gap) and all(t.text == "," for t in gap) else None


def misread_that(verb: Token, obj: Token) -> bool:
    """'warned that any new tariff on the bloc ... would be ruinous': the parser read
    the complementiser as a determiner and the clause's subject as the verb's object. True when
    the object opens with that 'that' right after the verb and a finite verb follows the object
    in the sentence (or the noun is plural: 'that sanctions' is never a determiner's)."""
    first = obj.left_edge
    if first.lower_ != "that" or first.dep_ != "det" or first.i != verb.i + 1 or obj.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    rest = verb.doc[obj.right_edge.i + 1 : sent_of(verb).end]
    return obj.tag_ in ("NNS", "NNPS") or any(t.tag_ in ("MD", "VBZ", "VBD", "VBP") for t in rest)


def subject_read_as_object(obj: Token, comp: Token) -> bool:
    """'said the 15% rate, while lower than feared, would still shave ...': the parser read the
    clause's subject as the verb's object and the clause after an aside as one with no subject.
    True when the clause has no subject and only a comma comes between the object and it."""
    if obj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return False
    between = obj.doc[obj.right_edge.i + 1 : comp.left_edge.i]
    return (len(between) == 1 and between[0].text == "," and comp.left_edge.dep_ in ("mark", "advmod")) or (
        not between and comp.left_edge.i < comp.i)


#: Verbs whose object is to do what the infinitive after it says ("urged partners to sign").
_URGING_VERBS = {"urge", "ask", "press", "call", "encourage", "tell", "warn", "advise", "invite", "push", "implore",
                 "exhort", "pressure", "appeal"}


def _object_infinitive(verb: Token, c: Token) -> bool:
    """Whether ``c`` is the infinitive that says what an urged object is to do, however the
    parser hung it ("urged partners on Friday to sign the deal": an adverbial clause)."""
    return lemma_of(verb) in _URGING_VERBS and c.dep_ in ("advcl", "xcomp") \
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def object_complement_end(verb: Token, obj: Token, end: int) -> int:
    """Where a verb's object and what completes it end: the object's phrase, run on over the
    verb's prepositional or predicative dependents right after it (not a date, not a scene),
    and over the infinitive of an urged object ("urged partners on Friday to sign the deal")."""
    nxt = obj.right_edge.i + 1
    rights = [c for c in verb.rights if c.i > obj.i]
    for k, c in enumerate(rights):
        if c.left_edge.i != nxt or c.lower_ in SETTING_PREPS \
                or (c.dep_ not in _OBJECT_COMPLEMENT_DEPS and not _object_infinitive(verb, c)):
            break
        if is_date_phrase(c):
            after = rights[k + 1] if k + 1 < len(rights) else None
            if after is not None and after.left_edge.i == c.right_edge.i + 1 and _object_infinitive(verb, after):
                nxt = c.right_edge.i + 1
                continue  # "urged partners on Friday to sign ...": the day, then what they are to do
            break  # "on Tuesday"; not "of being away when the night shift came in"
        scene = next((t for t in c.subtree if t.i > c.i and t.dep_ == "prep" and t.lower_ in SETTING_PREPS), None)
        last = verb.doc[scene.i - 1] if scene is not None else c.right_edge
        end = max(end, last.idx + len(last.text))
        if scene is not None:
            break
        nxt = c.right_edge.i + 1
    return end


def second_report(verb: Token, comp: Token) -> int | None:
    """Where what ``verb`` reports ends when the parser hung a second report of someone else's
    on it ('Six in 10 said she is honest, and three-quarters said the same of him'): after the
    last word before that report and its conjunction. None if there is no such report."""
    second = next((c for c in verb.rights if c.i > comp.right_edge.i and c.dep_ in ("ccomp", "conj", "parataxis")
                   and is_cue_verb(c, 0.5) and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children)),
                  None)
    if second is None:
        return None
    doc = verb.doc
    last = second.left_edge.i - 1
    while last > comp.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
        last -= 1
    return doc[last].idx + len(doc[last].text)


def no_new_clause(doc: Doc, start: int, end: int) -> bool:
    """True if the text between start and end opens no clause of its own (no subject other than
    a relative pronoun): the parser then has only attached a long complement's tail elsewhere."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.lower_ not in ("which", "who", "that", "whom")
                   for t in span)


def for_clause(verb: Token) -> tuple[Token, Token] | None:
    """'calling for the United States to step up its efforts': the parser makes "for" the mark
    of an infinitive clause, or a preposition whose object the infinitive follows; "for" and
    the clause's verb, when "for" follows the verb."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "for"), None)
            if mark is not None and verb.i < mark.i <= verb.i + 2:
                return mark, c
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and verb.i < c.i <= verb.i + 2),
                None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    clause = next((c for c in verb.children if c.dep_ == "xcomp" and obj is not None
                   and c.left_edge.i == obj.right_edge.i + 1
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is not None:  # "called for female contestants to wear ...": "for" as a preposition
        return prep, clause
    return None


def unmarked_clause(verb: Token) -> tuple[Token, Token] | None:
    """'The premier said after the summit he would not sign ...': the parser makes the reported
    clause an adverbial one, with "after" on it; a clause after the verb with a subject of its
    own and no conjunction ("because", "if") or "to" of its own is what was said. The clause's
    verb and its subject."""
    if cue_rate(verb) < UNMARKED_MIN_RATE:
        return None
    clause = clause_of_statement(verb)  # "said in a statement that Israel would ..."
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if clause is not None and subj is not None:
        return clause, subj
    for c in verb.rights:
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or subj is None:
            continue
        if not any((g.dep_ in ("mark", "advmod") and g.i < c.i and g.tag_ in ("IN", "WRB")) or g.lower_ == "to"
                   for g in c.children):
            return c, subj
        if c.left_edge.i == verb.i + 1 and c.left_edge.lower_ in QUESTION_WORDS and c.left_edge.head.i == c.i \
                and (c.left_edge.lower_ != "when" or any(g.dep_ == "neg" for g in verb.children)
                     or any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)):
            # 'have not said when they would take up the bill': what they have not said (a "when"
            # that asks, not one of time: 'added when the interviewer expressed shock')
            return c, subj
    return None


#: Words that open an indirect question right after a verb of saying ("did not say when ...").
QUESTION_WORDS = {"when", "where", "why", "how", "whether"}


#: Words that join a clause to the one before it ("..., although ...", "..., but ...").
_JOINING_WORDS = {"although", "though", "while", "whereas", "but", "yet", "because", "despite", "and", "even"}


def rest_of_sentence(doc: Doc, sent: Span, phrase: tuple[int, int], clause_first: bool = False
                      ) -> tuple[int, int] | None:
    """The clause an 'according to' phrase frames: what follows it if it opens the clause,
    what precedes it if it closes one (the longer side; with ``clause_first``, the side that
    has a verb if only one has). A quote right after the phrase is taken whole."""
    s_start = sent.start_char
    s_end = sent.end_char
    # extend to the next sentences while a quote opened after the phrase is still open
    text = text_of(doc)
    after = trim_edges(text, phrase[1], s_end)
    before = trim_edges(text, s_start, phrase[0])

    def clause(span: tuple[int, int]) -> bool:
        words = doc.char_span(*span, alignment_mode="contract") if span[1] > span[0] else None
        return bool(words) and any(t.pos_ in ("VERB", "AUX") for t in words)

    # "61 percent back the deal, according to a survey this month - about the same share as
    # in March": the clause, not the longer side
    take_after = after[1] - after[0] >= before[1] - before[0]
    if clause_first and clause(after) != clause(before):
        take_after = clause(after)
    elif take_after and clause(before) and text[after[0]:after[1]].split(" ", 1)[0].lower() in _JOINING_WORDS:
        # "The ceasefire is holding, according to the UN, although shelling continues": what
        # follows is joined to the clause before, which is the one reported
        take_after = False
    if take_after or (after[1] > after[0] and text[phrase[1]:after[0] + 1].strip(" ,") in tuple(OPEN)):
        s, e = after
        # a quote that continues into following sentences
        if text[phrase[1]:s + 1].strip(" ,")[-1:] in tuple(OPEN) or (s > 0 and text[s - 1] in OPEN):
            close = min((i for i in (text.find(m, s) for m in CLOSE) if i >= 0), default=-1)
            para_end = text.find("\n", s)
            para_end = len(text) if para_end < 0 else para_end
            if 0 <= close <= para_end:
                e = close
        return (s, e) if e > s else None
    return before if before[1] > before[0] else None


def comparative_as(verb: Token) -> bool:
    """'as bad as she said', 'as well as I could have expected': a comparison, not a report."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    return mark is not None and mark.i > 0 and (verb.head.pos_ in ("ADJ", "ADV")
                                                or verb.doc[mark.i - 1].pos_ in ("ADJ", "ADV"))
