"""The sourcing rule that starts from a cue noun: "Russia's claim that ...", "the minister's
criticism of ...", "In his view, ...", "Beijing's position is that ..." (see
``newslens.sourcing``)."""
from __future__ import annotations

from spacy.tokens import Token

from .attribution_run import Run
from .complement_shapes import rest_of_sentence
from .cues import content_prep, cue_frame, frame_rate, lemma_of, noun_clause
from .doctools import sent_of
from .quote_frames import from_quote_start, set_off
from .quotes import quote_kind
from .report_words import mark_start
from .spans import in_spans, subtree_span


#: How often (in PolNeAR train) a noun with a possessor and a 'that' clause or a preposition
#: ("his criticism of") must be a cue to be read as one.
NOUN_MIN_RATE = 0.3


def noun_cues(run: Run) -> None:
    """Cue nouns ('Russia's claim that ...', 'his criticism of ...', 'In his view, ...'). The
    source is the possessor with its "'s", as PolNeAR train's annotators mark it."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.pos_ != "NOUN" or taken.hits(tok.idx, tok.idx + len(tok.text)):
            continue
        if _in_view(run, tok) or _view_is_that(run, tok):
            continue
        frame = cue_frame(tok)
        if not frame.startswith("poss+") or frame == "poss+none" or frame_rate(tok, frame) < NOUN_MIN_RATE \
                or _armed_attack(tok):
            continue
        poss = next(c for c in tok.children if c.dep_ == "poss")
        s, e = subtree_span(poss)
        # the cue runs over the noun's own modifiers after the possessor ("his effusive praise
        # of", "Trump's earlier claim"), as PolNeAR marks it
        first = next((t for t in doc[poss.right_edge.i + 1 : tok.i] if t.dep_ != "case" and not t.is_punct), tok)
        if not all(t.dep_ in ("amod", "compound", "advmod", "punct", "cc", "conj", "npadvmod", "nummod")
                   for t in doc[first.i : tok.i]):
            first = tok
        cue = (first.idx, tok.idx + len(tok.text))
        clause = noun_clause(tok)
        if clause is not None:
            content = subtree_span(clause)
            content = (min(content[0], mark_start(clause)), content[1])
        else:
            prep = content_prep(tok)
            obj = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
            if prep.lower_ == "of" and (obj.lemma_.lower() in _OCCASIONS or obj.ent_type_ == "EVENT"):
                continue  # "Chairman's Statement of the 46th ASEAN Summit": where it was made, not what it says
            cue = (cue[0], prep.idx + len(prep.text))
            content = subtree_span(obj)
        if taken.hits(*content) or taken.hits(s, e):
            continue
        quote, content = quote_kind(content, quotes)
        add("noun_cue", {"start": s, "end": e}, cue, content, quote, poss)


#: Gatherings a statement is "of" ("the Chairman's Statement of the 46th ASEAN Summit").
_OCCASIONS = {"summit", "meeting", "session", "conference", "dialogue", "forum", "council", "assembly", "talks"}


#: Words that make an attack one of arms, not of words ("Iran's Oct. 1 ballistic missile attack on Israel").
_ARMED_WORDS = {"missile", "drone", "rocket", "air", "ballistic", "terrorist", "terror", "military", "suicide",
                "chemical", "nuclear", "artillery", "ground", "naval", "armed", "bomb", "cyber"}


def _armed_attack(tok: Token) -> bool:
    """Whether a noun of attack is an armed one: a weapon's or a date's word before it, or a place
    or a thing of the physical world attacked ("the attack on Israel", "attacks on shipping");
    PolNeAR's cue "attack" is a verbal one ("Trump's attack on Clinton")."""
    if tok.lemma_.lower() not in ("attack", "strike", "assault", "raid"):
        return False
    if any(t.lower_ in _ARMED_WORDS or t.ent_type_ in ("DATE", "TIME") for t in tok.doc[tok.left_edge.i : tok.i]):
        return True
    return any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in _PHYSICAL_TARGETS
               for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for g in c.children if g.dep_ == "pobj")


#: What arms attack ("attacks on Red Sea shipping", "strikes on military bases").
_PHYSICAL_TARGETS = {"shipping", "ship", "vessel", "tanker", "base", "troop", "force", "civilian", "hospital",
                     "infrastructure", "position", "target", "convoy", "facility", "plant", "refinery", "port",
                     "airport", "city", "town", "village", "camp", "embassy", "border", "pipeline", "grid"}


def _view_is_that(run: Run, tok: Token) -> bool:
    """"Beijing's position is that the islands are China's", "Sanders's point was that ...":
    a view noun with a possessor, the subject of "be" whose clause is the view. The possessor
    speaks; the cue runs from the noun over the verb ("position is"), as PolNeAR marks it.
    True when it recorded one."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    be = tok.head
    if poss is None or lemma_of(tok) not in STANCE_NOUNS or tok.dep_ != "nsubj" or be.lemma_ != "be" \
            or in_spans(tok.idx, quotes):
        return False
    clause = next((c for c in be.rights if c.dep_ == "ccomp"
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return False
    content = subtree_span(clause)
    content = (min(content[0], mark_start(clause)), content[1])
    s, e = subtree_span(poss)
    if taken.hits(*content) or taken.hits(s, e):
        return False
    first = doc[poss.right_edge.i + 1]
    if first.dep_ == "case":
        first = doc[first.i + 1]
    quote, content = quote_kind(content, quotes)
    add("noun_cue", {"start": s, "end": e}, (first.idx, be.idx + len(be.text)), content, quote, poss)
    return True


def _in_view(run: Run, tok: Token) -> bool:
    """'In his view, the grouping's value lies in ...', '..., in the minister's words', 'In the
    words of a spokesman, ...': a view noun with a possessor (or an "of"), in a phrase set
    beside the clause it frames. The possessor speaks, the noun is the cue (as PolNeAR's
    annotators mark it most often), the clause is what is said. True when it recorded one."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    prep = tok.head
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:  # "In the words of a ministry spokesman, ..."
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        poss = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if lemma_of(tok) not in VIEW_NOUNS or tok.dep_ != "pobj" or prep.lower_ != "in" or poss is None \
            or prep.head.pos_ not in ("VERB", "AUX") or in_spans(tok.idx, quotes):
        return False
    last = poss.right_edge if poss.i > tok.i else tok
    phrase = (prep.idx, last.idx + len(last.text))
    if any(t.is_punct for t in doc[prep.i : tok.i]) or not set_off(doc, sent_of(tok), phrase):
        return False  # "grew in his view of the race": part of the clause, not beside it
    content = from_quote_start(rest_of_sentence(doc, sent_of(tok), phrase, clause_first=True), quotes)
    s, e = subtree_span(poss)
    if content is None or taken.hits(*content) or taken.hits(s, e):
        return False
    quote, content = quote_kind(content, quotes)
    add("noun_cue", {"start": s, "end": e}, (tok.idx, tok.idx + len(tok.text)), content, quote, poss)
    return True


#: Nouns of a view that "In X's ..." sets beside what X holds ("In his view, ...").
#: Nouns for a view that "is that ..." ("Beijing's position is that ...", "his point was that ...").
STANCE_NOUNS = {"view", "position", "assessment", "stance", "stand", "argument", "belief", "contention", "point",
                "conclusion", "message", "line", "case", "claim", "hope", "fear", "concern", "worry", "understanding",
                "expectation", "insistence", "demand", "opinion", "suggestion", "thinking", "reasoning", "premise"}


VIEW_NOUNS = {"view", "opinion", "estimation", "judgment", "judgement", "word", "assessment", "telling", "reckoning"}
