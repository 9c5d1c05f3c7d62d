"""The sourcing rule for a sentence opened by the document that says it (``in_documents``: "In
an NBC News poll released Monday, 50 percent of respondents chose ..."), and for a result stated
before the particular poll that found it ("Trump leads Cruz by nine points in the latest Fox
poll")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution_run import Run
from .doctools import sent_of, text_of
from .quotes import quote_kind
from .report_words import DOCUMENT_NOUNS, ELECTION_POLL_WORDS, ELECTION_RESULT_LEMMAS, POLL_NOUNS
from .spans import EDGE_CHARS, trim_edges


def in_documents(run: Run) -> None:
    """A sentence opened by the document that says it ("In an NBC News poll released Monday,
    50 percent of respondents chose ..."): the document is the source, "In" the cue, the
    clause after the comma the content; and a result stated before the poll that found it
    (``_result_in_poll``). Runs after the verb rules, so that "In a statement, the ministry said
    ..." stays the ministry's; but a poll holds what its respondents said ("In a Gallup poll, 60
    percent said ..."), so a poll's content may hold their attributions whole."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i != sent_of(tok).start:
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in DOCUMENT_NOUNS or obj.i + 1 >= len(doc) \
                or not any(c.dep_ in ("det", "poss") for c in obj.children):
            continue  # "In order to secure the waiver, ..." names no document
        end = tok.right_edge
        if end.i + 1 >= len(doc) or doc[end.i + 1].text != ",":
            continue
        src = trim_edges(text, obj.left_edge.idx, end.idx + len(end.text))
        content = trim_edges(text, doc[end.i + 1].idx + 1, sent_of(tok).end_char, EDGE_CHARS + ".")
        words = doc.char_span(*content, alignment_mode="contract")
        if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words) or taken.hits(tok.idx, src[1]):
            continue
        poll = obj.lemma_.lower() in POLL_NOUNS
        if poll and not _opinion_poll(obj, words):
            continue  # "In the 2019 Lok Sabha polls, the BJP won 303 seats": an election
        if taken.hits(*content) and not (poll and run.holds_all([content])):
            continue
        quote, content = quote_kind(content, quotes)
        add("in_document", {"start": src[0], "end": src[1]}, (tok.idx, tok.idx + len(tok.text)), content, quote, obj)
    for tok in doc:
        found_in = _result_in_poll(tok)
        if found_in is None:
            continue
        obj, content = found_in
        src = (obj.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        if content[1] <= content[0] or taken.hits(*src) or taken.hits(*content) and not run.holds_all([content]):
            continue
        quote, content = quote_kind(content, quotes)
        add("in_document", {"start": src[0], "end": src[1]}, (tok.idx, tok.idx + len(tok.text)), content, quote, obj)


#: Verbs whose "in a poll" is where someone took part, not what the poll found ("voters
#: surveyed in the poll", "those who took part in the survey").
_TAKING_PART = {"survey", "poll", "participate", "take", "conduct", "publish", "release", "include", "ask"}


def _result_in_poll(tok: Token) -> tuple[Token, tuple[int, int]] | None:
    """A result a poll found, stated before it ("Trump leads Cruz by nine points in the latest
    Fox poll", "Cruz had 38 percent support in a Fox poll"): the poll and the clause before
    "in", when ``tok`` is that "in". The poll must be a particular one ("a", "this", "Monday's",
    "the latest ...", "the survey"): "leads in the polls" is the writer's summary, which PolNeAR
    train marks an attribution 5 times in 34."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i < tok.head.i:
        return None
    # on the verb, or on its object ("had a 10-point lead in a Fox poll", "rose to 76 percent in
    # a Gallup poll")
    head = tok.head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr"):
        head = head.head
    elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or head.lemma_.lower() in _TAKING_PART or not _is_poll(obj) or not _particular(obj):
        return None
    doc = tok.doc
    after = doc[tok.right_edge.i + 1 : head.right_edge.i + 1]
    if len(after) > 1 and after[0].lower_ == "to" and after[1].dep_ == "advcl" and after[1].head.i == head.i:
        after = after[after[1].right_edge.i + 1 - after.start:]  # "in one of the first polls to emerge": the poll's
    if len(after) and after[0].text != "," and any(not (t.is_punct or t.is_space) for t in after):
        return None  # "rose three points in the survey to 29 percent": the result goes on after it
    first = head.left_edge
    for c in head.lefts:  # what is set before the result ("But", "In his best showing yet, ") is not it
        if c.left_edge.i != first.i or c.dep_ not in ("prep", "advmod", "npadvmod", "advcl", "cc", "mark"):
            continue
        after = doc[c.right_edge.i + 1]
        if after.text == ",":
            first = doc[after.i + 1]
        elif c.dep_ in ("cc", "mark"):
            first = after
    while first.i < tok.i and (first.tag_ in ("WDT", "WP", "WRB") or first.is_punct):
        first = doc[first.i + 1]  # "..., where the mogul led in ..."
    if not _opinion_poll(obj, doc[first.i : tok.i]):
        return None
    return obj, trim_edges(text_of(doc), first.idx, tok.idx)


def _is_poll(obj: Token) -> bool:
    """A poll or survey, or an average of them."""
    lemma = obj.lemma_.lower()
    if lemma in POLL_NOUNS:
        return True
    return lemma in ("average", "aggregate", "one") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in POLL_NOUNS for g in c.children)
        for c in obj.children)  # ("in one of the first post-debate polls")


#: Words that say a poll asked people ("an opinion poll", "an exit poll", "an online survey").
_ASKING_WORDS = {"opinion", "exit", "tracking", "online", "telephone", "phone", "snap", "straw"}
#: What is done to an opinion poll ("a poll released Monday", "conducted by Ipsos").
_POLL_VERBS = {"release", "conduct", "publish", "commission", "carry", "take", "field"}


def _opinion_poll(obj: Token, result: Span) -> bool:
    """Whether a "poll" asked people, or is an election, as Indian and British papers use the
    word ("the BJP won 303 seats in the 2019 Lok Sabha polls"). A pollster's name, an opinion
    word or a poll's release says it asked people; an election word in its name or seats and
    turnout in its result say it is an election; else it is taken to have asked people."""
    words = [t for t in obj.subtree if t.i < obj.i or t.head.i == obj.i]
    election = lambda toks: any(t.lower_ in ELECTION_POLL_WORDS for t in toks)  # noqa: E731
    starts = {t.i for t in words}
    pollster = any(e.label_ == "ORG" and not election(e) for e in obj.doc.ents if e.start in starts)
    if pollster or _asks_people(obj):
        return True
    counted = any(t.lemma_.lower() in ELECTION_RESULT_LEMMAS or t.lower_ == "majority" and t.dep_ == "dobj"
                  for t in result)  # ("won a majority", not "a majority of voters")
    return not election(words) and not counted


def _asks_people(obj: Token) -> bool:
    """Whether a poll's own words say it asked people ("an online poll", "a poll conducted by ...")."""
    return any(t.lower_ in _ASKING_WORDS for t in obj.subtree if t.i < obj.i) or any(
        c.dep_ == "acl" and c.lemma_.lower() in _POLL_VERBS for c in obj.children)


def _particular(obj: Token) -> bool:
    """A poll the text singles out ("a poll", "Monday's poll", "the latest Fox poll", "online
    polls conducted after the debate", "one of the polls"): not "the polls" or "polls" at large."""
    before = [c for c in obj.children if c.i < obj.i]
    if obj.lower_ == "one" or _asks_people(obj) \
            or any(c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ != "the" for c in before):
        return True
    has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in before)
    modified = any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") for c in before) or any(
        c.i > obj.i and c.dep_ in ("acl", "relcl", "prep", "appos") for c in obj.children)
    return has_the and (modified or obj.tag_ in ("NN", "NNP"))
