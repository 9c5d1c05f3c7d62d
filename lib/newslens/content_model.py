"""A learned choice of where reported speech ends.

The complement rule proposes an end: the end of the clause or object the cue verb governs, run
on over a tail the parser hung elsewhere. PolNeAR's annotators end content by sense: before
", which ..." that comments on it, after "for her vote" that completes it, before "and called
it ..." that is the speaker's next act. ``choose_end`` weighs every word end from the content's
start to the end of the sentence, the proposal among them, by the features of ``end_features``
(what comes next, how far from the proposal, whether the next word hangs on the cue verb or on
the complement) with weights trained on PolNeAR train (``bench/build_content_model.py``,
``data/content_end_model.csv``), and keeps the best.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import QUOTE_TOKENS, SETTING_PREPS
from .doctools import sent_of, text_of
from .linear import BIAS, load_weights, score

MODEL_FILE = "content_end_model.csv"

_WORDY_POS = {"ADP", "CCONJ", "SCONJ", "PRON", "DET", "ADV", "PART", "AUX"}


#: Quotation marks the model was not trained on, as the ones it was ("«at any cost»").
_AS_TRAINED = {"«": "“", "»": "”", "„": "“"}


def _word(t: Token | None) -> str:
    if t is None:
        return "</s>"
    if t.text in _AS_TRAINED:
        return _AS_TRAINED[t.text]
    return t.lower_ if t.is_punct or t.pos_ in _WORDY_POS else t.pos_


def _distance(n: int) -> str:
    n = abs(n)
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else ">10"


def candidate_ends(doc: Doc, start: int, verb: Token) -> list[Token]:
    """The words a content starting at ``start`` may end with: every word (not punctuation) from
    the start to the end of the verb's sentence, and no further than a line break."""
    sent = sent_of(verb)
    brk = text_of(doc).find("\n", start)
    limit = sent.end_char if brk < 0 else min(sent.end_char, brk)
    return [t for t in doc[sent.start : sent.end] if start <= t.idx < limit and not (t.is_punct or t.is_space)]


def open_marks(doc: Doc, first: int, last: int) -> dict[int, tuple[bool, bool]]:
    """For each word from ``first`` to ``last``: whether a quotation mark and a parenthesis
    opened since ``first`` are still open after it."""
    out, quotes, parens = {}, 0, 0
    for t in doc[first : last + 1]:
        quotes += t.text in QUOTE_TOKENS
        parens += (t.text == "(") - (t.text == ")")
        out[t.i] = (quotes % 2 == 1, parens > 0)
    return out


def end_features(last: Token, proposal_tok: Token | None, verb: Token, comp: Token,
                 marks: dict[int, tuple[bool, bool]] | None = None) -> list[str]:
    """What speaks for or against ending the content after ``last``. ``marks``: the
    :func:`open_marks` from the complement's first word on, when the caller has them."""
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    nxt2 = doc[last.i + 2] if last.i + 2 < len(doc) else None
    sent_end_i = sent_of(last).end
    sent_end = nxt is None or nxt.i >= sent_end_i or (nxt.is_punct and (nxt2 is None or nxt2.i >= sent_end_i))
    rel = 0 if proposal_tok is None else last.i - proposal_tok.i
    where = "cur" if rel == 0 else ("before" if rel < 0 else "after")
    out = [BIAS, "where=" + where, "dist=" + where + _distance(rel),
           "next=" + _word(nxt), "next2=" + _word(nxt) + "|" + _word(nxt2),
           "last_pos=" + last.pos_, "last_dep=" + last.dep_,
           "where+next=" + where + "|" + _word(nxt)]
    if sent_end:
        out += ["sent_end", "sent_end+" + where]
    if nxt is not None and not sent_end:
        out.append("next_dep=" + nxt.dep_)
        out.append("where+next_dep=" + where + "|" + nxt.dep_)
        follow = nxt2 if nxt.is_punct and nxt2 is not None else nxt
        if follow.head.i == verb.i:
            out += ["next_on_verb", "next_on_verb=" + follow.dep_, "next_on_verb+" + where]
        if comp.left_edge.i <= follow.i <= comp.right_edge.i:
            out.append("next_in_comp")
        out.append("follow_dep=" + follow.dep_ + "|" + follow.head.pos_)
        if follow.ent_type_ in ("DATE", "TIME"):
            out.append("next_date")
        if follow.dep_ == "prep" and follow.lower_ in SETTING_PREPS:
            out += ["next_scene", "next_scene+" + where]
    if marks is None or last.i not in marks or last.i < comp.left_edge.i:
        marks = open_marks(doc, comp.left_edge.i if comp.left_edge.i <= last.i else last.i, last.i)
    out += [name for name, is_open in zip(("open_quote", "open_paren"), marks[last.i]) if is_open]
    if last.i == comp.right_edge.i:
        out.append("comp_edge")
    if last.i < comp.i and comp.pos_ in ("VERB", "AUX"):
        # "warned that any new tariff on the bloc, which is ..., would be ruinous":
        # ending before the clause's own verb leaves it without a predicate
        out += ["before_comp_verb", "before_comp_verb+" + where]
    if last.i == comp.i:
        out.append("comp_head")
    return out


def choose_end(doc: Doc, start: int, proposal: int, verb: Token, comp: Token) -> int:
    """The end (a character offset) the model prefers for a content from ``start``; the
    proposal if it is the best or there is nothing to choose from."""
    cands = candidate_ends(doc, start, verb)
    if len(cands) < 2:
        return proposal
    w = load_weights(MODEL_FILE)
    prop = next((t for t in reversed(cands) if t.idx < proposal), None)
    marks = open_marks(doc, comp.left_edge.i, cands[-1].i)
    scored = [(score(w, end_features(t, prop, verb, comp, marks)), t) for t in cands]
    top, t = max(scored, key=lambda st: st[0])
    if prop is not None and top <= next(sc for sc, u in scored if u is prop):
        return proposal  # the proposal wins ties
    return t.idx + len(t.text)
