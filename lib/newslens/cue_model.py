"""A learned judge of cue verbs: how likely a verb that governs a clause, an open complement, an
object or a preposition is a cue *in this sentence*, not just for its lemma.

The lemma and frame rates of ``newslens.cues`` say that "want to" is a cue a third of the time;
whether "She wants to triple the size of AmeriCorps" is one depends on who the subject is, the
tense, what the complement is and where the sentence stands. ``features`` names those facts
as strings; a logistic regression trained on PolNeAR train (``bench/build_cue_model.py``) gives
each a weight, kept in ``data/cue_model.csv``. Scoring a verb sums the weights of its features:
no model download and no tensors, so it works the same on Docs read back from the cache.
"""
from __future__ import annotations

from spacy.tokens import Token

from .cues import QUOTE_TOKENS, complements, cue_frame, cue_rate, frame_complement, frame_rate, lemma_of
from .doctools import sent_of
from .linear import BIAS, load_weights, logistic, score

MODEL_FILE = "cue_model.csv"

_PERSON_PRONOUNS = {"i", "we", "he", "she", "they", "you"}


def _subject_class(subj: Token | None, passive: bool) -> str:
    if subj is None:
        return "passive-none" if passive else "none"
    low = subj.lower_
    if subj.pos_ == "PRON":
        return "pron:" + (low if low in _PERSON_PRONOUNS or low == "it" else "other")
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    if subj.pos_ == "PROPN":
        return "propn"
    return "noun:" + lemma_of(subj)


def _bucket(rate: float) -> str:
    return str(min(9, int(rate * 10)))


def features(tok: Token, subject: Token | None, frame: str | None = None,
             quotes: list[tuple[int, int]] | None = None) -> list[str]:
    """The facts about a candidate cue verb that the model weighs, as feature names. With
    ``quotes`` (the article's quotation spans, ``newslens.quotes.find_quotes``), "inside a
    quote" is read from them, so that a quote running over several sentences counts; without,
    from the quotation marks before the verb in its sentence."""
    frame = frame or cue_frame(tok)
    kind = frame.partition(":")[0]
    lemma = lemma_of(tok)
    doc = tok.doc
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    subj = _subject_class(subject, passive)
    subj_kind = subj.partition(":")[0]
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    out = [
        BIAS,
        "lemma=" + lemma,
        "frame=" + frame,
        "lemma+frame=" + lemma + "|" + frame,
        "tag=" + tok.tag_,
        "dep=" + tok.dep_,
        "dep+frame=" + tok.dep_ + "|" + kind,
        "subj=" + subj,
        "subjkind=" + subj_kind,
        "lemma+subjkind=" + lemma + "|" + subj_kind,
        "frame+subjkind=" + kind + "|" + subj_kind,
        "rate=" + _bucket(cue_rate(tok)),
        "frame_rate=" + _bucket(frame_rate(tok, frame)),
        "frame_rate+kind=" + _bucket(frame_rate(tok, frame)) + "|" + kind,
        "head=" + (lemma_of(tok.head) if tok.head.i != tok.i else "<root>"),
        "lemma+tag=" + lemma + "|" + tok.tag_,
        "lemma+dep=" + lemma + "|" + tok.dep_,
        "prev=" + (doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"),
        "next=" + (doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "</s>"),
    ]
    out += ["aux=" + a for a in aux]
    if any(c.dep_ == "neg" for c in tok.children):
        out.append("neg")
    if passive:
        out.append("passive")
    comp = frame_complement(tok, kind) if kind in ("ccomp", "xcomp", "dobj") else None
    if comp is not None:
        mark = next((c.lower_ for c in comp.children if c.dep_ in ("mark", "aux") and c.i < comp.i), "-")
        out += ["comp_mark=" + mark, "comp_lemma=" + lemma_of(comp), "comp_pos=" + comp.pos_,
                "lemma+comp_pos=" + lemma + "|" + comp.pos_,
                "comp_len=" + str(min(4, (comp.right_edge.i - comp.left_edge.i) // 4))]
        if any(t.text in QUOTE_TOKENS for t in doc[comp.left_edge.i : comp.right_edge.i + 1]):
            out.append("comp_quote")
        if kind == "dobj":
            out.append("lemma+obj=" + lemma + "|" + lemma_of(comp))
    if tok.head.i != tok.i:
        out += ["head_rate=" + _bucket(cue_rate(tok.head)) + "|" + tok.dep_]
    if comp is not None and kind == "dobj":
        out += ["obj_class=" + _subject_class(comp, False)]
        out += ["obj_child=" + c.dep_ + ":" + (c.lower_ if c.dep_ == "prep" else c.pos_)
                for c in comp.children if c.dep_ in ("prep", "acl", "ccomp", "relcl")]
    out += ["between=" + t.lower_ for t in tok.rights if t.dep_ in ("advmod", "prt", "npadvmod")]
    sent = sent_of(tok)
    marks = [t for t in sent if t.text in QUOTE_TOKENS]
    if marks:
        out.append("sent_quote")
    if quotes is not None:
        inside = any(a <= tok.idx < b for a, b in quotes)
    else:
        inside = sum(1 for t in marks if t.i < tok.i) % 2 == 1
    if inside:
        out += ["in_quote", "lemma+in_quote=" + lemma, "subj+in_quote=" + subj]
    if tok.i == sent.start or (tok.i - sent.start) < 3:
        out.append("sent_start")
    return out


def weights() -> dict[str, float]:
    """The trained weights (``data/cue_model.csv``)."""
    return load_weights(MODEL_FILE)


def probability(feats: list[str]) -> float:
    """The model's probability that a verb with these features is a cue."""
    return logistic(score(weights(), feats))


def cue_probability(tok: Token, subject: Token | None, frame: str | None = None,
                    quotes: list[tuple[int, int]] | None = None) -> float:
    """How likely ``tok``, with this subject (the speaker, or None), is a cue here."""
    return probability(features(tok, subject, frame, quotes))
