"""What the position patterns share while reading one article (``Finder``: its entities,
attributions, lexicons and the positions found so far) and a stance verb read in its sentence
(``StanceWord``)."""
from __future__ import annotations

from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from .attribution_run import content_spans
from .cues import purpose_of_terms
from .doctools import asks, sent_of, talks_misread, text_of, word_lemma
from .gazetteer import default_gazetteer
from .position_actors import a_good_of_its_own, actor_country
from .position_grammar import (agent_of, agent_pobj, evidence_start, is_conditional, is_negated, lexicon_entry,
                               object_of, subject_of)
from .position_words import ACTION_OF_STANCE, CAPACITY_NOUNS, noun_lexicon, verb_lexicon
from .report_words import SPEAKING_VERBS
from .source_authors import statement_author
from .source_spans import past_dateline_text
from .source_words import JOINT, entity_country


class Finder:
    """What the position patterns share while they read one article: its Doc, entities,
    attributions and lexicons, the positions found so far and the verbs already read as part of
    another's position."""

    def __init__(self, doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> None:
        self.doc = doc
        # agreements found by name or description but not in the gazetteer stand as entities of
        # their own, so that a stance on "the signing of the Memorandum of Understanding on
        # Maritime Security" is on the memorandum, not on a name inside it
        # ... and so do those the gazetteer's name does not fit ("a so-called 123 agreement" in a story
        # on Saudi Arabia is not India's and the United States'): the mention is theirs, not the entity's
        named = {x["id"]: x["name"] for x in records.get("entities", []) if x["type"] == "AGREEMENT"}
        own = [a for a in records.get("agreements", []) if a.get("mentions")
               and (a.get("entity_id") is None or a["entity_id"] in named and a["name"] != named[a["entity_id"]])]
        taken = {tuple(m) for a in own for m in a["mentions"]}
        # ... while a gazetteer agreement is also where the text describes it ("the 1997 treaty"
        # after the Ottawa Convention)
        described = {a["entity_id"]: [list(m) for m in a["mentions"]] for a in records.get("agreements", [])
                     if a.get("mentions") and a.get("entity_id") in named and a["name"] == named[a["entity_id"]]}
        self.entities = [
            dict(x, mentions=sorted({tuple(m) for m in x["mentions"] + described.get(x["id"], [])
                                     if tuple(m) not in taken}))
            if x["type"] == "AGREEMENT" else x
            for x in records.get("entities", [])] + [
            {"id": None, "name": a["name"], "type": "AGREEMENT", "mentions": [list(m) for m in a["mentions"]],
             "country": None, "role": None} for a in own]
        self.atts = records.get("attributions", [])
        self.author = statement_author(doc, records.get("entities", []))
        outlet = getattr(article, "outlet", None)
        outlet_entry = default_gazetteer().by_name(outlet) if outlet else None
        self.outlet_country = outlet_entry.country if outlet_entry else None
        self.vlex, self.nlex = verb_lexicon(), noun_lexicon()
        self.found: list[dict[str, Any]] = []
        self.used: set[int] = set()

    def att_at(self, pos: int) -> dict[str, Any] | None:
        """The attribution whose content holds the character at ``pos``; of several, the innermost
        ("Marles said a review concluded that it should proceed": the review's)."""
        holding = [(ce - cs, k, a) for k, a in enumerate(self.atts) for cs, ce in content_spans(a) if cs <= pos < ce]
        return min(holding, key=lambda x: x[:2])[2] if holding else None

    def emit(self, actor_tok: Token | None, actor: tuple | None, target: tuple | None, stance: str, action: str,
             ev_tokens: list[Token], how: str, conf: float) -> None:
        """Record a position: the actor is ``actor`` or the country of ``actor_tok`` (or, with
        neither, of the speaker of the quote around the evidence); none without actor or target."""
        if not target or not target[0] or (target[1] is None and a_good_of_its_own(target[0])):
            return  # ("vowed to defend its sovereignty": a good of no one named)
        att = self.att_at(ev_tokens[0].idx)
        if actor is None and actor_tok is not None:
            actor = actor_country(actor_tok, self.entities, att, self.outlet_country)
            if not actor[0] and (actor_tok.lower_ in ("he", "she", "we") or actor_tok.pos_ in ("NOUN", "PROPN")):
                # "He warned against unilateral measures", "We strongly condemn the attack", "The
                # Prime Ministers condemned the attack": the subject is itself a source, and
                # sourcing has told whose side it speaks for (a "we" or a plural may speak for
                # several: each takes the stance)
                plural = actor_tok.lower_ == "we" or actor_tok.tag_ in ("NNS", "NNPS")
                own = next((a["source"] for a in self.atts if a.get("source")
                            and a["source"]["start"] <= actor_tok.idx < a["source"]["end"]
                            and a["source"]["start"] == actor_tok.left_edge.idx
                            and a["source"].get("side") and (JOINT not in a["source"]["side"] or plural)), None)
                if own is not None:
                    actor = (own["side"], own.get("entity_id"), "the side sourcing gives the subject")
        elif actor is None and att is not None:
            # no subject inside a quote ("Just cannot wish away ..."): the speaker's side
            actor = actor_country(None, self.entities, att, self.outlet_country)
        elif actor is None and self.author is not None and self.author[2]:
            # no subject in a statement that names its author ("Communique of the ... Peace and
            # Security Council ... 1. Strongly condemns the offensive ..."): the author's
            actor = (self.author[2], self.author[1] if JOINT not in self.author[2] else None, "the statement's author")
        if not actor or not actor[0] or actor[0] == target[0]:
            return
        body = next((x for x in self.entities if x["id"] == target[1]), None) if target[1] else None
        if body is not None and body["type"] == "ORG" and entity_country(body) == actor[0]:
            return  # "U.S. diplomats warned the State Department": a country's own body is no foreign target
        if JOINT in actor[0]:  # "We, the Foreign Ministers of France, Germany and ...": each of them
            for country in actor[0].split(JOINT):
                self.emit(None, (country, None, actor[2]), target, stance, action, ev_tokens, how, conf)
            return
        sent = sent_of(ev_tokens[0])
        text = text_of(self.doc)
        if asks(text[sent.start_char:sent.end_char]):
            return  # "Would Ukraine agree to a ceasefire along the front line?" takes no stance
        s = max(sent.start_char, min(t.idx for t in ev_tokens))
        e = min(sent.end_char, max(t.idx + len(t.text) for t in ev_tokens))
        s = past_dateline_text(text, s, e)  # not "Mexico City, Feb 3 (EFE).- Mexican President ..."
        while e > s and text[e - 1] in " ,.;\n\t":
            e -= 1
        self.found.append({
            "actor": {"name": actor[0], "entity_id": actor[1]},
            "target": {"name": target[0], "entity_id": target[1]},
            "stance": stance,
            "action": action,
            "evidence": {"text": text[s:e], "start": s, "end": e},
            "attribution_id": att["id"] if att else None,
            "confidence": conf if "inferred" not in (actor[2] or "") else round(conf * 0.6, 2),
            "rule": how,
            "actor_basis": actor[2],
        })


class StanceWord(NamedTuple):
    """A verb (or adjective) of the stance lexicon as this sentence uses it."""
    v: Token
    entry: dict[str, str]
    lemma: str
    subj: Token | None
    negated: bool
    stance: str
    action: str
    first: Token  # where its evidence starts
    xcomp: Token | None  # the infinitive (or a demand's that-clause) it governs
    obj: Token | None
    agent: Token | None = None  # who does it, for a passive ("was backed by France")


#: Words of being pledged to doing something ("committed to concluding").
_PLEDGED = {"commit", "committed", "dedicated", "devoted"}
#: What one is left with ("left us no choice"), which "leave" does not give up.
_NO_WAY_OUT = {"choice", "option", "alternative", "room", "way"}


def stance_word(v: Token, f: Finder) -> StanceWord | None:
    """``v`` read as a stance word, or None: not in the lexicon, in a condition, negated where the
    lexicon gives no turned stance, or a demand that is none ("will call on the Prime Minister",
    "a spokesperson, asked about the plans")."""
    if v.pos_ not in ("VERB", "AUX", "ADJ") or word_lemma(v) not in f.vlex or v.i in f.used or talks_misread(v) \
            or purpose_of_terms(v) or (v.lemma_.lower() in SPEAKING_VERBS and v.head.lemma_.lower() == "decline"):
        return None  # ("spoke on condition of anonymity to discuss the talks", "declined to discuss the
        # details": no talks held)
    entry = lexicon_entry(v, f.vlex)
    if entry is None or is_conditional(v):
        return None  # ("new sanctions if Moscow did not agree to a ceasefire": no stance taken)
    if v.dep_ == "acl" and v.head.lemma_.lower() in CAPACITY_NOUNS:
        return None  # "degrading the Houthis' ability to threaten shipping": what one can do, not a stance
    subj = subject_of(v)
    negated = is_negated(v)
    stance, action = entry["stance"], entry["action"]
    if negated:
        if not entry["negated"]:
            return None
        stance = entry["negated"]
        action = ACTION_OF_STANCE.get(stance, action)
    xcomp = next((c for c in v.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))), None)
    if xcomp is None and v.lemma_.lower() in _PLEDGED:
        # "remained committed to concluding a trade deal": the doing pledged is the commitment's
        xcomp = next((g for c in v.rights if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if v.lemma_.lower() == "tell" and xcomp is None:
        return None  # "told reporters that ...": only "told Britain to stop meddling" is a demand
    if xcomp is None and entry["action"] == "DEMAND":
        # "pressure the Turkish government into cancelling the purchase": what it is pushed into
        xcomp = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "into"
                      for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if xcomp is None and entry["action"] == "DEMAND":
        # "demanded that Washington lift restrictions on chip sales": what is demanded (and with
        # no "that", a bare verb: "demands Russia withdraw from Ukraine")
        xcomp = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and (c.tag_ == "VB" or any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children))), None)
    obj = object_of(v)
    if v.lemma_.lower() == "leave" and any(
            (c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _NO_WAY_OUT)
            or (c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in _NO_WAY_OUT for g in c.children))
            for c in v.children):
        # "Iran has left us no choice", "Russia had been left with no choice": what one is left
        # with, not what one leaves
        return None
    if v.lemma_.lower() == "welcome" and obj is not None and (obj.ent_type_ == "PERSON" or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in v.children)):
        return None  # "welcomed Philippine Defense Secretary Teodoro to the Pentagon": a host's welcome
    if entry["particle"] == "on" and action == "DEMAND" and xcomp is None:
        return None  # "will call on the Prime Minister" is a visit; "called on India to stop ..." a demand
    if action == "DEMAND" and (any(c.dep_ == "auxpass" for c in v.children)
                               or (v.tag_ == "VBN" and v.dep_ in ("advcl", "acl"))):
        # "a spokesperson, asked about the plans, ...": the one asked demands nothing (nor takes
        # the stance of what they are asked to do: "voters were asked to approve a new state")
        f.used.update(c.i for c in v.children if c.dep_ == "xcomp")
        return None
    if action == "DEMAND" and obj is not None and obj.head.lower_ == "about":
        return None  # "asked about the plans" is a question, not a demand
    if v.lemma_.lower() == "commit" and obj is not None and obj.dep_ == "dobj":
        return None  # "had committed genocide": a crime done, no commitment
    first = evidence_start(v, subj)
    agent = agent_of(v)
    described = agent_pobj(v) if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN") else None
    if agent is None and described is not None and described.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        # "The resolution, put forward by Britain and Norway, ...", "a plan backed by France": the
        # agent takes the stance on the noun the participle describes
        subj, obj, agent = described, v.head, described
        first = evidence_start(v, subj)
    elif agent is not None and subj is not None and subj.dep_ == "nsubjpass":
        # "Sanctions were imposed on Russia by the EU", "The resolution was backed by France":
        # the agent takes the stance, on what it is taken on
        subj, obj = agent, obj if obj is not None and obj.dep_ != "nsubjpass" and obj.head.lower_ != "by" else subj
    else:
        agent = None
        if subj is not None and subj.dep_ == "nsubjpass" and action == "ACCUSE":
            return None  # "Both sides have been accused of atrocities": who accuses them is not said
    return StanceWord(v, entry, word_lemma(v), subj, negated, stance, action, first, xcomp, obj, agent)


def demanding_speaker(f: Finder, v: Token) -> tuple[str, str | None, str] | None:
    """The actor for what the speaker around ``v`` says someone should or must do: the one side
    the speaker speaks for, or None (respondents of a poll, a joint statement)."""
    src = (f.att_at(v.idx) or {}).get("source") or {}
    if not src.get("side") or JOINT in src["side"]:
        return None
    return src["side"], src.get("entity_id"), "the source, who demands it"
