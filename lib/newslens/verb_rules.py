"""The sourcing rules that start from a cue verb or phrase: "according to" and "as X
reported", frames set beside a clause, adjectives after a copula, questions put, criticism
received, passive agents and "reportedly" (see ``newslens.sourcing``). A verb and what it
governs, and reports nested in another's content, are ``complement_rules``; documents and polls
``document_rules``."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .attribution_run import Run
from .complement_shapes import comparative_as, rest_of_sentence
from .cue_model import cue_probability
from .cue_spans import OWN_OBJECTS, cue_group, with_adjuncts
from .cues import RAISING_VERBS, answer_word, content_prep, cue_frame, cue_rate, frame_rate, lemma_of
from .doctools import sent_of
from .position_words import PLACE_NOUNS
from .quote_frames import from_quote_start, parts_around, set_off
from .quotes import quote_kind
from .report_words import (ADDRESSING_VERBS, DOCUMENT_NOUNS, EXPERIENCER_VERBS, SAYING_THINGS,
                           can_speak, is_cue_verb, is_passive, mark_start)
from .rule_thresholds import (ADJ_MIN_RATE, ASIDE_MIN_RATE, AS_MIN_RATE, CUE_MIN_PROBABILITY, NEST_FRAME_MIN_RATE,
                              PASSIVE_MIN_RATE, UNSOURCED_PASSIVE_MIN_PROBABILITY)
from .source_spans import source_span
from .source_words import DOCUMENT_HEADS
from .spans import EDGE_CHARS, in_spans, subtree_span, trim_edges
from .subjects import (apposed_speaker, aside_phrase, frame_joined_on, free_relative_speaker, put_it_speaker,
                       stranded_speaker, subject_of, told_only, trailing_clause)


#: Adverbs that say a clause is someone's report without naming whose ("The FBI is reportedly
#: making arrangements ..."): PolNeAR train marks "reportedly" a cue 19 times in 29 ("allegedly" 2
#: in 12, "apparently" 5 in 35: those are the writer's hedges).
REPORT_ADVERBS = {"reportedly"}


#: A scene between a verb and the clause it reports ("at the time that ...", "on Monday that ...").
_SCENE_THEN_THAT = re.compile(r"(?:at|on|in|during|after|before|earlier|later|last|this)\s[^,;:.\"“”«»\s]"
                              r"[^,;:.\"“”«»]{0,40}?\s(?P<that>that)\s")


def according_to(run: Run) -> None:
    """'according to X' and 'as (has been) reported by X', outside quotes."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            # "according to show insiders": the parser may read the noun phrase as a verb's
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) \
                or next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ in ("VB", "VBP", "NN", "NNS")), None)
            if pobj is None or taken.hits(tok.idx, to.idx + 2) or in_spans(tok.idx, quotes):
                continue  # inside a quote it is the speaker's own sourcing (PolNeAR: 0 of 8)
            if pobj.lemma_.lower() in _ORDERS and not any(c.dep_ == "poss" for c in pobj.children) \
                    and tok.i > sent_of(tok).start + 1:
                continue  # "took part in the operation according to the order of Kim": by order, not by word
            clause = _clause_read_as_apposition(pobj, opens=tok.i == sent_of(tok).start)
            src_s, src_e = source_span(pobj, (clause.left_edge.idx - 1, len(text)) if clause is not None else None)
            phrase = (tok.idx, src_e)
            rest = rest_of_sentence(doc, sent_of(tok), phrase, clause_first=True)
            content = from_quote_start(rest, quotes, doc)
            if content is None or taken.hits(*content):
                continue
            quote, content = quote_kind(content, quotes)
            add("according_to", {"start": src_s, "end": src_e}, (tok.idx, to.idx + len(to.text)), content, quote, pobj)
        elif tok.lower_ == "per" and (tok.i == sent_of(tok).start or doc[tok.i - 1].text == ",") \
                and not in_spans(tok.idx, quotes) and not taken.hits(tok.idx, tok.idx + 3):
            # "Per a Philippine official briefed on the talks, the two sides agreed ...": as "according to"
            # (not "per day", "per capita": one who can tell, or a paper)
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None or not (can_speak(pobj) or pobj.ent_type_ in ("PERSON", "ORG")
                                    or pobj.lemma_.lower() in DOCUMENT_NOUNS):
                continue
            src_s, src_e = source_span(pobj)
            rest = rest_of_sentence(doc, sent_of(tok), (tok.idx, src_e), clause_first=True)
            content = from_quote_start(rest, quotes, doc)
            if content is None or taken.hits(*content):
                continue
            quote, content = quote_kind(content, quotes)
            cue = (tok.idx, tok.idx + len(tok.text))
            add("according_to", {"start": src_s, "end": src_e}, cue, content, quote, pobj)
        elif tok.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                and tok.dep_ == "advcl" and cue_rate(tok) >= AS_MIN_RATE and cue_frame(tok) == "none" \
                and not any(c.i > tok.i and c.dep_ in ("dobj", "dep", "attr", "oprd") for c in tok.children) \
                and not taken.hits(tok.idx, tok.idx + 1) \
                and not comparative_as(tok) and not in_spans(tok.idx, quotes) and not in_spans(tok.idx, run.turns):
            # a bare "as X noted", not "as Kim hails 'alliance'" (what is said follows), "as he
            # says his ...", "as bad as she said" or, inside a quote or a transcript's turn, the
            # speaker's own "As I said at the debate"
            agent = subject_of(tok)
            clause = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
            sent = sent_of(tok)
            rest = rest_of_sentence(doc, sent, clause)
            if rest is not None and rest[1] <= clause[0] and clause[1] < tok.head.idx < sent.end_char:
                # '..., and as Comey noted, people involved ... could still be ...': the clause
                # it sets off is the one after it, however long the words before
                after = trim_edges(text, clause[1], sent.end_char)
                rest = after if after[1] > after[0] else rest
            content = from_quote_start(rest, quotes)
            if content is None or taken.hits(*content):
                continue
            cue = cue_group(tok)
            where = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"), None) \
                if agent is None else None
            holder = next((g for g in where.children if g.dep_ == "pobj"), None) if where is not None else None
            if holder is not None:  # "as described in a 2015 Declaration of Friendship": the document
                agent, cue = holder, (cue[0], where.idx + len(where.text))
            elif agent is None and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                continue  # a bare participle, "as expected", "as promised": nobody is reported
            src = None  # "as has been reported": reports nobody names
            if agent is not None:
                s, e = trim_edges(text, *subtree_span(holder)) if holder is not None else source_span(agent)
                src = {"start": s, "end": e}
            quote, content = quote_kind(content, quotes)
            used_cues.add(tok.i)
            add("as_reported", src, cue, content, quote, agent)


#: Verbs that close a clause on their own, which the model may tag as nouns ("23 of 32 do").
_BARE_VERBS = {"do", "does", "did"}


#: What one acts "according to" (by its authority, not its word): "according to the order of ...".
_ORDERS = {"order", "orders", "instruction", "instructions", "directive", "directives", "command", "wish", "wishes"}


def _in_relative(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is in a relative clause or a participle phrase below ``top``."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _clause_read_as_apposition(pobj: Token, opens: bool = False) -> Token | None:
    """'Today, according to NATO's estimates, 23 of 32 do.': the rest of the sentence, which the
    parser hung on the source as an apposition (a number, or a phrase with a verb, set off by a
    comma and running to the sentence's end); None for a true apposition ("..., a think tank").
    When the phrase ``opens`` the sentence, whatever follows it to the end is the clause, verb or
    not ('According to Rush Limbaugh, the move reeks of fear', "reeks" tagged a noun)."""
    doc = pobj.doc
    sent = sent_of(pobj)
    for c in pobj.children:
        if c.dep_ != "appos" or c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",":
            continue
        if any(not (t.is_punct or t.is_space) for t in doc[c.right_edge.i + 1 : sent.end]):
            continue
        # a verb of its own ("23 of 32 do", the model taking "do" for a noun), not one in a relative
        # clause ("..., a lawmaker who attended the session", "..., one of the unions representing
        # them") or none ("..., 34"): those are true appositions
        if opens or any(t.pos_ in ("VERB", "AUX") and not _in_relative(t, c) or t.lower_ in _BARE_VERBS
                        for t in c.subtree):
            return c
    return None


#: Verbs of belief that, set off inside a sentence, say whose view the sentence is ("His
#: leverage, they believe, is not going anywhere"), though as verbs they rarely report.
_BELIEF_ASIDES = {"think", "believe"}


def _belief_aside(tok: Token, quotes: list[tuple[int, int]]) -> bool:
    """'..., many think, ...' outside a quote, with someone other than the speaking "I" or "we"
    before it (PolNeAR train marks 5 such asides in 6; "I think" is a speaker's hedge, left
    unmarked, and "(think Brexit)" an imperative)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return lemma_of(tok) in _BELIEF_ASIDES and not in_spans(tok.idx, quotes) \
        and subject is not None and subject.lower_ not in ("i", "we")


def parentheticals(run: Run) -> None:
    """Parenthetical cues: "..., Graham said, since ...", "But, he said, officials should ...".
    They run before the complements, so that in "The new missile, Iran said, was its
    longest-range yet, although experts may need weeks to verify ..." the sentence is Iran's."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        put_it = put_it_speaker(tok)  # 'as one diplomat put it, ...': "it" stands for what was said
        if tok.i in used_cues or not (put_it or is_cue_verb(tok, 0.5) or tok.dep_ == "parataxis" and (
                is_cue_verb(tok, ASIDE_MIN_RATE) or _belief_aside(tok, quotes))) or lemma_of(tok) in RAISING_VERBS:
            continue
        trailing = trailing_clause(tok)
        if tok.dep_ not in ("parataxis", "advcl", "ROOT", "conj") and not trailing:
            continue
        # '..., Verma told The Hindu on Thursday': whom he told is no object of its own
        told = told_only(tok) or put_it
        # '..., a source in the ministry told TASS': the speaker hung on the noun before
        # (or one with nothing of its own after it: "..., the ministry (MFA) said in a statement")
        stranded = stranded_speaker(tok) if put_it is None and (told is not None or (
            tok.dep_ == "conj" and not any(c.dep_ in OWN_OBJECTS for c in tok.children))) else None
        if tok.dep_ == "conj" and not frame_joined_on(tok, told) and stranded is None:
            continue
        if cue_frame(tok) != "none" and told is None:
            continue
        if answer_word(tok) is not None:
            continue  # "said as much on Tuesday, but ...": the answer is what was said, no aside
        subj = stranded or subject_of(tok)
        if subj is None or taken.hits(tok.idx, tok.idx + len(tok.text)):
            continue
        if free_relative_speaker(subj):
            continue  # "World reacts to the ceasefire deal: what leaders said": no aside
        (s, e), phrase = aside_phrase(tok, subj, told)
        if not set_off(doc, sent_of(tok), with_adjuncts(tok, phrase)):
            # 'To grasp the treaty, Judge Alvarez said, one should ...':
            # the parser hung the speaker on the last noun before it as an apposition
            subj = apposed_speaker(subj, tok)
            if subj is None:
                continue  # 'Diplomats were stung by the vote and warned ...' is no aside
            (s, e), phrase = aside_phrase(tok, subj, told)
            if not set_off(doc, sent_of(tok), with_adjuncts(tok, phrase)):
                continue
        # what was said is around the frame and the adverbs after its verb
        content = rest_of_sentence(doc, sent_of(tok), with_adjuncts(tok, phrase, adverbs_only=True))
        if content is not None and content[0] > phrase[1]:
            m = _SCENE_THEN_THAT.match(text, content[0], content[1])
            if m:  # '..., said on Friday that talks were going on': what was said begins at "that"
                content = (m.start("that"), content[1])
        around = parts_around(doc, sent_of(tok), phrase)
        if tok.dep_ == "parataxis" and tok.head.dep_ == "relcl" and content is not None:
            # "..., which, he said, only worsened the suffering": what was said is the relative
            # clause, from its relative word (as PolNeAR's annotators mark it)
            rs, re_ = subtree_span(tok.head)
            around = [trim_edges(text, rs, phrase[0], EDGE_CHARS), trim_edges(text, phrase[1], re_, EDGE_CHARS)]
            content = (around[0][0], around[-1][1])
        if trailing and content is not None:
            around = [(content[0], min(content[1], phrase[0]))]  # not "on Wednesday" after it
            content = trim_edges(text, *around[0], EDGE_CHARS)
        elif content is not None and len(around) > 1 and _gloss_after_frame(doc, tok, around[-1]):
            # "..., Misri announced on Monday, a breakthrough that could end ...": the writer's
            # gloss after the frame is not what was said
            around = around[:-1]
            content = trim_edges(text, around[0][0], min(content[1], around[0][1]), EDGE_CHARS)
        stop = _next_clause_start(tok.head, tok) if content is not None and len(around) > 1 else None
        if stop is not None and around[-1][0] < stop < around[-1][1]:
            # "His leverage, they believe, isn't going anywhere, and most don't expect ...": what
            # the frame says ends with the clause it sits in
            around = [*around[:-1], trim_edges(text, around[-1][0], stop, EDGE_CHARS)]
            content = (content[0], min(content[1], around[-1][1]))
        if content is None or taken.hits(*content) and not (
                cue_rate(tok) >= NEST_FRAME_MIN_RATE and run.holds_all(around)):
            continue
        both = len(around) > 1 and not taken.hits(*around[0])
        # a frame in mid-sentence says the whole of it ("The average benefit, it says, would
        # be $300": the subject on one side, the verb on the other)
        whole = (around[0][0], around[-1][1]) if both else content
        words = doc.char_span(*whole, alignment_mode="contract")
        # a sentence that ends with its frame says what comes before it ("Not at all, he said.",
        # "Sorry, Sanders said."), unless that is only the scene ("Then, last week, X called.")
        closing = whole[1] <= phrase[0] and not _only_scene(words) \
            and not text[phrase[1]:sent_of(tok).end_char].strip(" \n\t.!?\"'”’")
        if len(text[whole[0]:whole[1]].split()) < 3 and not closing:
            continue
        if in_spans(subj.idx, quotes):
            continue  # a speaker inside a quote is the parser's mistake
        verbless = words is None or not any(t.pos_ in ("VERB", "AUX") for t in words
                                            if not phrase[0] <= t.idx < phrase[1])
        if verbless and not closing:
            continue  # '... said in a phone interview': no statement, only the scene
        quote, content = quote_kind(content, quotes)
        used_cues.add(tok.i)
        parts = around if quote != "direct" and both else None
        if parts is not None:
            content = (parts[0][0], parts[-1][1])
        cue = cue_group(tok)
        if put_it is not None:
            cue = (cue[0], put_it.idx + len(put_it.text))
        add("verb_parenthetical", {"start": s, "end": e}, cue, content, quote, subj, parts=parts)


#: Adverbs that set a scene in time or order, not a statement ("Then, he called.").
_SCENE_ADVERBS = {"then", "later", "now", "again", "meanwhile", "instead", "still", "afterward", "afterwards",
                  "earlier", "finally", "first", "next", "today", "yesterday", "tonight"}


def _only_scene(words: Span | None) -> bool:
    """Whether ``words`` before a frame are only where and when it happened: phrases with a
    preposition, dates and times, and adverbs of time ("After the rally", "Then, last week")."""
    if words is None:
        return True
    if any(t.dep_ == "neg" or t.lower_ in ("no", "yes") for t in words):
        return False  # an answer: "Not for long, the minister said."
    tops = [t for t in words if not (t.is_punct or t.is_space) and not words.start <= t.head.i < words.end]
    return all(t.dep_ == "prep" or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _SCENE_ADVERBS for t in tops)


def _next_clause_start(verb: Token, aside: Token) -> int | None:
    """Where a report of its own joined to ``verb`` after a frame set inside its sentence begins,
    with its own subject (at the comma or the "and" before it), or None. (A clause that reports
    nothing goes on with what the frame says: "In a merger, he said, the brand would survive -
    and Fiorina would stay on top".)"""
    conj = next((c for c in verb.rights if c.dep_ == "conj" and c.i > aside.i and is_cue_verb(c, 0.5)
                 and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    if conj is None:
        return None
    cc = next((c for c in verb.children if c.dep_ == "cc" and aside.i < c.i < conj.i), None)
    start = cc if cc is not None else conj.left_edge
    before = verb.doc[start.i - 1]
    return (before if before.text in (",", ";") else start).idx


def _gloss_after_frame(doc: Doc, verb: Token, part: tuple[int, int]) -> bool:
    """Whether the words after a frame in mid-sentence (``part``) are, besides the frame verb's own
    time and place, only a noun phrase set beside the sentence ("..., Misri announced on Monday,
    a breakthrough that could end ..."): the writer's gloss, with no verb of the sentence."""
    words = doc.char_span(*part, alignment_mode="contract")
    if words is None:
        return False
    tops = [t for t in words if not t.is_punct and not t.is_space and (t.head.i < words.start or t.head.i >= words.end)
            and t.head.i != verb.i]
    return bool(tops) and all(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "appos", "npadvmod", "conj")
                              for t in tops)


def adjectives(run: Run) -> None:
    """Cue adjectives after a copula ("was sure that ...", "has been critical of ..."): the cue
    runs from the copula's group to the adjective (and its preposition); the source is the
    copula's subject, which must be there."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for adj in doc:
        if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or max(cue_rate(adj), frame_rate(adj, cue_frame(adj))) < ADJ_MIN_RATE:
            continue
        cop = adj.head
        comp = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp")), None)
        if comp is None:
            comp = next((c for c in cop.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        prep = content_prep(adj) if comp is None else None
        if comp is None and prep is not None:
            comp = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
        if comp is None or taken.hits(cop.idx, adj.idx + len(adj.text)):
            continue
        last = prep if prep is not None else adj
        cue = (cue_group(cop)[0], last.idx + len(last.text))
        content = subtree_span(comp)
        content = (min(content[0], mark_start(comp)), content[1])
        if prep is not None:
            content = (max(content[0], cue[1]), content[1])
        subj = subject_of(cop)
        # "It is unclear whether ...": nobody holds the view; it is the writer's own hedge
        # (``newslens.claims``), not sourcing. (PolNeAR train: 15 of 53 such were attributions.)
        # But "it can be hopeful about the waiver": "it" is the source.
        if subj is None or subj.dep_ == "expl" or subj.lower_ == "it" and prep is None:
            continue
        if subj.head.i != cop.i and subj.pos_ == "NOUN" and not can_speak(subj):
            # "Our approach ... is one of engagement, while being clear about our differences":
            # the subject lent by the main clause is no one who could be clear
            continue
        s, e = source_span(subj)
        src = {"start": s, "end": e}
        if content[1] <= content[0] or taken.hits(*content) or taken.hits(s, e):
            continue
        quote, content = quote_kind(content, quotes)
        add("adjective_cue", src, cue, content, quote, subj)


def _question_put_before_comma(asked: Token) -> tuple[int, int] | None:
    """What a fronted "Asked" asks when the parser gave it no clause of its own ("Asked to
    describe the device, O'Neill said", "Asked which county was his favorite, he demurred"): its
    words after it, past an adverb of when or how, up to the comma that closes the phrase; only
    for an "Asked" that opens its sentence (or follows "When")."""
    doc = asked.doc
    sent = sent_of(asked)
    before = [t for t in doc[sent.start : asked.i] if not t.is_punct]
    if any(t.lower_ != "when" for t in before):
        return None
    words = [t for t in asked.subtree if t.i > asked.i]
    while words and words[0].dep_ in ("advmod", "npadvmod") and words[0].head.i == asked.i:
        words = words[1:]  # "Asked later", "Asked Tuesday"
    end = asked.right_edge.i + 1
    if not words or end >= len(doc) or doc[end].text != ",":
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def questions(run: Run) -> None:
    """A question put by someone the text does not name ("Asked if he was ever bullied, the
    candidate said no", "When asked about the waiver, ..."): no source, cue "Asked", the
    question as content."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.lower_ != "asked" or tok.tag_ not in ("VBN", "VBD") or tok.dep_ != "advcl" or tok.i in used_cues \
                or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children):
            continue
        comp = next((c for c in tok.rights if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))), None)
        cue = (tok.idx, tok.idx + len(tok.text))
        if comp is not None:
            content = subtree_span(comp)
            content = (min(content[0], mark_start(comp)), content[1])
        else:
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "about" and c.i == tok.i + 1), None)
            obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if obj is not None:
                cue, content = (tok.idx, prep.idx + len(prep.text)), subtree_span(obj)
            else:  # "Asked to describe the device, ...", "Asked which county was his favorite, ..."
                put = _question_put_before_comma(tok)
                if put is None:
                    continue
                content = put
        if content[1] <= content[0] or taken.hits(*content) or taken.hits(*cue):
            continue
        used_cues.add(tok.i)
        quote, content = quote_kind(content, quotes)
        add("asked", None, cue, content, quote)


def criticism_received(run: Run) -> None:
    """'The proposal has drawn sharp criticism from Democrats', 'The clip has faced ridicule
    online': the subject is what the criticism is about (the content), those it comes from
    the source (none when unnamed), the verb group with the criticism the cue, as PolNeAR marks
    it (train and dev: "from" left out 6 times in 8, as a passive's "by" is); not the subject
    speaking about "criticism"."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if lemma_of(tok) not in _RECEIVING_VERBS or tok.pos_ != "VERB" or tok.i in used_cues \
                or in_spans(tok.idx, quotes):
            continue
        obj = next((c for c in tok.rights if c.dep_ == "dobj" and lemma_of(c) in _CRITICISM_NOUNS), None)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if obj is None or subj is None or subj.tag_ in ("WDT", "WP") or subj.i > tok.i:
            continue
        cue = (cue_group(tok)[0], obj.idx + len(obj.text))
        source, speaker = None, None
        frm = next((c for c in [*obj.rights, *tok.rights] if c.dep_ == "prep" and c.lower_ == "from"
                    and c.i == obj.i + 1), None)
        who = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
        if who is not None:
            s, e = source_span(who)
            source, speaker = {"start": s, "end": e}, who
        content = subtree_span(subj)
        if taken.hits(*content) or taken.hits(*cue) or (source and taken.hits(source["start"], source["end"])):
            continue
        quote, content = quote_kind(content, quotes)
        used_cues.add(tok.i)
        add("criticism_received", source, cue, content, quote, speaker)


def passive_agents(run: Run) -> None:
    """A cue verb in the passive with its agent and nothing it governs ("The plan was
    criticized by Democrats", "The story was first reported by the Post"): the agent is the
    source, the cue is the verb group without "by", the passive subject is the content (in a
    relative clause, the relative word; for a participle on a noun, "a practice criticized by
    ...", the noun phrase it describes)."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.i in used_cues or cue_frame(tok) != "none":
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        by_whom = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if by_whom is None:
            continue
        described = _described_by_participle(tok) if not is_passive(tok) else None
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if described is not None or (subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl"):
            # "a practice criticized by civil rights advocates", "the movement, which has been
            # accused by the government of ...": what is described (the relative word, as PolNeAR
            # marks it); only for verbs that are mostly cues (PolNeAR train: 26 of 49 such)
            if cue_rate(tok) < PASSIVE_MIN_RATE or _place_claimed(tok):
                continue
        elif subj is None or subj.i > tok.i or not is_passive(tok):
            continue
        elif cue_rate(tok) < PASSIVE_MIN_RATE \
                and cue_probability(tok, subject_of(tok), "none", quotes) < CUE_MIN_PROBABILITY:
            continue  # a rarer cue verb when the cue model finds it one here ("is supported by")
        cue = cue_group(tok)  # not "by": PolNeAR train leaves it out 149 times, puts it in 47
        src = source_span(by_whom)
        content = described if described is not None else subtree_span(subj)
        speaker = by_whom
        if lemma_of(tok) in EXPERIENCER_VERBS:
            # "Party leaders were angered by the remark": the subject feels it and speaks;
            # what angered them is the content, and the cue runs over "by" ("voters angered by
            # the remark": the voters)
            feels = subj if subj is not None else tok.head
            src = source_span(subj) if subj is not None else described
            content, speaker = subtree_span(by_whom), feels
            cue = (cue[0], agent.idx + len(agent.text))
        if taken.hits(*content) or taken.hits(min(cue[0], src[0]), max(cue[1], src[1])):
            continue
        quote, content = quote_kind(content, quotes)
        used_cues.add(tok.i)
        add("passive_agent", {"start": src[0], "end": src[1]}, cue, content, quote, speaker)


def _described_by_participle(verb: Token) -> tuple[int, int] | None:
    """The noun phrase a passive participle describes ("a practice criticized by ...", "Starr's
    remarks, first reported by the Times, ..."), up to the participle's own words; None when
    ``verb`` is no participle on a noun before it."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.i > verb.i:
        return None
    end = verb.left_edge.i
    while end > noun.left_edge.i and (verb.doc[end - 1].is_punct or verb.doc[end - 1].is_space):
        end -= 1
    words = verb.doc[noun.left_edge.i : end]
    return (words.start_char, words.end_char) if len(words) else None


#: Land and sea a state may claim as its own ("a Himalayan plateau claimed by Beijing").
_LAND = PLACE_NOUNS | {"plateau", "sea", "waters", "land", "islet", "reef", "shoal", "peninsula", "province", "valley",
                      "strait", "coast", "frontier", "enclave", "atoll", "archipelago"}


def _place_claimed(verb: Token) -> bool:
    """Whether ``verb`` is "claimed" of a place, held as one's own, not said: "a plateau claimed by
    Beijing and Bhutan", "islands, which are claimed by China"."""
    if lemma_of(verb) != "claim":
        return False
    place = verb.head if verb.dep_ in ("acl", "relcl") else None
    return place is not None and (place.ent_type_ in ("GPE", "LOC", "FAC") or place.lemma_.lower() in _LAND)


#: Pronouns and words for people that may open a sentence as the ones it speaks for ("To many,
#: ...", "To them, ...").
_VIEWERS = {"me", "him", "her", "us", "them", "many", "some", "others", "most", "everyone", "anyone", "all"}


def perspectives(run: Run) -> None:
    """'To Moscow, the expansion of NATO is a threat', 'To many in Delhi, the deal looks
    lopsided': a sentence opened by "To" and someone, set off by a comma, is said as they see it
    (PolNeAR: cue "To", the one it is to as source, the rest of the sentence as content; 8 of
    the 9 such sentences in train that name a person or a group; a country, which train never
    has there, is read as the group it stands for). So too a sentence opened by "By" and
    someone's count or estimate ("By one estimate, 300 people died", "By the Associated Press's
    tally, he now has 739"): the count is the source, as "according to" it would be."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for sent in doc.sents:
        first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        if first is None or first.lower_ not in ("to", "by") or first.dep_ != "prep" \
                or in_spans(first.idx, quotes):
            continue
        who = next((c for c in first.children if c.dep_ == "pobj"), None)
        if who is None or not _holds_a_view(first, who):
            continue
        end = who.right_edge.i + 1
        if end >= sent.end or doc[end].text != "," or taken.hits(first.idx, doc[end].idx):
            continue
        src = source_span(who, (doc[end].idx, len(text)))
        content = from_quote_start(trim_edges(text, doc[end].idx + 1, sent.end_char), quotes)
        words = doc.char_span(*content, alignment_mode="contract") if content and content[1] > content[0] else None
        if not words or not any(t.pos_ in ("VERB", "AUX") for t in words) or taken.hits(*content):
            continue
        quote, content = quote_kind(content, quotes)
        add("perspective", {"start": src[0], "end": src[1]}, (first.idx, first.idx + len(first.text)), content, quote,
            who)


#: What one counts or reckons by ("By one estimate, ...", "By his own account, ...").
_RECKONINGS = {"estimate", "count", "tally", "calculation", "reckoning", "account", "measure", "assessment",
               "analysis", "projection"}


def _holds_a_view(prep: Token, noun: Token) -> bool:
    """Whether "To" or "By" and its noun, opening a sentence, say whose view the sentence is: "To"
    someone who can hold one ('To Moscow', 'To many', not 'To date', 'To that'); "By" a reckoning
    someone made ('By the AP's tally', 'By some estimates', 'By his own account', not 'By
    contrast', nor 'By any measure' or 'By every measure', which are the writer's own)."""
    if prep.lower_ == "to":
        return can_speak(noun) or noun.ent_type_ == "GPE" or noun.lower_ in _VIEWERS
    return noun.lemma_.lower() in _RECKONINGS and not any(
        c.dep_ == "det" and c.lower_ in ("any", "every", "all", "this", "that") for c in noun.children)


def unsourced_passives(run: Run) -> None:
    """A cue verb in the passive with neither an agent nor anything it governs, when the cue
    model is sure of it ("The plan was widely criticized as reckless", "Sanders was declared
    the winner", "The price was not disclosed"): a report nobody is named for. No source, unless
    the view is held "among" someone or the report is made "in" a document ("was revealed in
    documents the FBI made public"); the cue is the verb group (with "as", or "in"); the content
    is the subject, with what it was called."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.i in used_cues or not is_passive(tok) \
                or any(c.dep_ == "agent" for c in tok.children) or cue_frame(tok) != "none":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.i > tok.i or subj.tag_ in ("WDT", "WP") or subj.lower_ == "that" \
                or lemma_of(tok) in ADDRESSING_VERBS or any(c.tag_ == "MD" for c in tok.children):
            # "which was criticized": the relative word alone says nothing; one "asked" is asked;
            # "Iran will be discussed" is a plan, not a report
            continue
        # what the subject was called: 'declared the winner', 'seen as a threat' ("as" is the cue's)
        named = next((c for c in tok.rights if c.dep_ in ("oprd", "attr")
                      or c.dep_ == "prep" and c.lower_ == "as" and c.n_lefts + c.n_rights > 0), None)
        if named is None and not cue_rate(tok) \
                or cue_probability(tok, subject_of(tok), "none", quotes) < UNSOURCED_PASSIVE_MIN_PROBABILITY:
            continue  # (a verb the lexicon does not list reports only what it calls something: "is seen as")
        cue = cue_group(tok)
        parts = [subtree_span(subj)]
        # 'Sanders is revered among Democratic activists': they hold the view (PolNeAR: "among" and all)
        holders = next((g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "among"
                        for g in c.children if g.dep_ == "pobj"), None)
        source = None
        if holders is not None:
            s, e = subtree_span(holders.head)
            source = {"start": s, "end": e}
        shown_in = _shown_in(tok) if holders is None else None
        if shown_in is not None:  # 'The episode was revealed last week in documents the FBI made public'
            s, e = source_span(shown_in)
            doing = next((c for c in shown_in.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)
            if doing is not None:  # "shown in a photograph using her phone": what it shows, not which
                e = trim_edges(text, s, doing.left_edge.idx)[1]
            source = {"start": s, "end": e}
            if shown_in.i > tok.i:  # (not "in which it was documented")
                cue = (cue[0], shown_in.head.idx + len(shown_in.head.text))
        if named is not None and named.dep_ == "prep":
            cue = (cue[0], named.idx + len(named.text))
            named = next(named.children)
        if named is not None:
            parts.append(subtree_span(named))
        content = (parts[0][0], parts[-1][1])
        if taken.hits(*content) or taken.hits(*cue) \
                or source is not None and taken.hits(source["start"], source["end"]):
            continue
        quote, content = quote_kind(content, quotes)
        used_cues.add(tok.i)
        add("unsourced_passive", source, cue, content, quote, holders if holders is not None else shown_in,
            parts=parts if len(parts) > 1 else None)


#: What a passive report may be made in: documents, things that carry words, and a few more ("was
#: articulated in a 2007 address", "is shown in the picture").
_MADE_IN = DOCUMENT_HEADS | DOCUMENT_NOUNS | SAYING_THINGS | {"address", "picture"}


def _shown_in(verb: Token) -> Token | None:
    """'The episode was revealed in documents made public by the FBI', 'the emails in which the
    deal is mentioned': the document or showing a passive report is made in (PolNeAR's source,
    the "in" joining the cue when it follows the verb), or the relative word standing for it."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        if (obj.tag_ == "WDT" and prep.i < verb.i) or (prep.i > verb.i and lemma_of(obj) in _MADE_IN):
            return obj
    return None


def reported_adverbs(run: Run) -> None:
    """'The FBI is reportedly making arrangements to interview her': a report with no source.
    The cue is the adverb; the content is the clause it sits in, in two parts around it."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.lower_ not in REPORT_ADVERBS or tok.dep_ != "advmod" or taken.hits(tok.idx, tok.idx + len(tok.text)):
            continue
        verb = tok.head
        if verb.i in used_cues:
            continue  # "reportedly said that ...": the verb's own report
        s, e = subtree_span(verb)
        sent = sent_of(tok)
        s, e = max(s, sent.start_char), min(e, sent.end_char)
        before = trim_edges(text, s, tok.idx, EDGE_CHARS + ".")
        after = trim_edges(text, tok.idx + len(tok.text), e, EDGE_CHARS + ".")
        parts = [p for p in (before, after) if p[1] > p[0]]
        if not parts or any(taken.hits(*p) for p in parts):
            continue
        content = (parts[0][0], parts[-1][1])
        quote, content = quote_kind(content, quotes)
        add("reported_adverb", None, (tok.idx, tok.idx + len(tok.text)), content, quote,
            parts=parts if len(parts) > 1 and quote != "direct" else None)


#: Verbs whose subject receives what their object names ("drew criticism", "has faced ridicule").
_RECEIVING_VERBS = {"draw", "face", "receive", "attract", "earn", "invite", "provoke"}


#: Objects of those that are criticism of the subject (PolNeAR: "has drawn harsh criticism",
#: "is drawing criticism", "has faced ridicule online": the subject is the content).
_CRITICISM_NOUNS = {"criticism", "ridicule", "backlash", "scrutiny", "condemnation", "rebuke", "derision",
                   "outrage", "complaint", "mockery", "censure"}
