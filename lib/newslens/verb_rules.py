"""The sourcing rules that start from a cue verb or phrase: "according to" and "as X
reported", frames set beside a clause, a verb and what it governs (judged by the cue model),
adjectives after a copula, reports nested in another's content, questions put, criticism
received, passive agents, documents and "reportedly" (see ``newslens.sourcing``)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from .attribution_run import Run, Taken, content_spans
from .content_model import choose_end as choose_content_end
from .cue_model import cue_probability
from .cue_spans import (CATENATIVES, catenative_of, closing_words_end, concludes_agreement, cue_group, leading_time,
                        manner_adverb_end, noun_cue_end, quoted_as, quoting_as, raised_report, time_after, with_adjuncts)
from .cues import (SETTING_PREPS, asks_anonymity, clause_of_statement, complements, content_prep, cue_frame, cue_rate,
                   frame_rate, lemma_of, purpose_of_terms, terms_aside)
from .doctools import asks, sent_of, talks_misread, text_of
from .quote_frames import from_quote_start, object_said_of, parts_around, set_off
from .quotes import CLOSE, OPEN, quote_kind
from .report_words import (ADDRESSING_VERBS, DOCUMENT_NOUNS, ELECTION_POLL_WORDS, ELECTION_RESULT_LEMMAS,
                           EXPERIENCER_VERBS, POLL_NOUNS, RAISING_VERBS, SUBJECT_ADJECTIVES, discourse_marker,
                           is_cue_verb, is_date_phrase, is_passive, light_report, mark_start)
from .source_spans import (closes_its_sentence, relative_report, relative_speaker, relative_word_and_speaker,
                           source_span)
from .spans import EDGE_CHARS, in_spans, record_spans, span_record, subtree_span, trim_edges
from .subjects import (apposed_speaker, aside_phrase, frame_joined_on, put_it_speaker, speakers_after_quote,
                       stranded_speaker, subject_of, told_only, trailing_clause)


#: A verb that governs a clause, an open complement ("wants to ..."), an object ("criticised
#: the plan") or a preposition ("called for talks") is a cue when the cue model
#: (``newslens.cue_model``) finds it about as likely a cue as not: on PolNeAR train, 0.45 gives
#: higher source, cue, content and triple F1 than 0.5 (and 0.4 less content on dev).
CUE_MIN_PROBABILITY = 0.45


#: ... and inside another attribution's reported speech.
NEST_MIN_PROBABILITY = 0.8


#: How often a verb set off beside a sentence ("..., Politico reported, ...") must be a cue for it
#: to frame a sentence that holds attributions found before: "reported" (0.67) does; at 0.5,
#: PolNeAR train gained a wrong one, a crowd that "applauded" (0.55) after a sentence of reports.
NEST_FRAME_MIN_RATE = 0.6


#: How often a verb must be a cue (PolNeAR train) for "X was criticized by Y" to be Y's report
#: about X: on train, verbs at 0.5 or more with a passive subject and an agent are cues in 42
#: of 61 such sentences; below, 53 of 484. A rarer verb is read when the cue model finds it a
#: cue there (``CUE_MIN_PROBABILITY``: "The plan is supported by most governors").
PASSIVE_MIN_RATE = 0.5


#: How often a verb must be a cue for a clause the parser hung on it as adverbial, or a one-word
#: answer after it ("said yes"), to be what it reports.
UNMARKED_MIN_RATE = 0.5


#: ... an adjective after a copula with a clause or a preposition ("was sure that", "critical of"),
#: by the adjective's rate or its rate in that frame, whichever is higher.
ADJ_MIN_RATE = 0.2


#: ... a verb in a bare "as X reported" clause.
AS_MIN_RATE = 0.5


#: ... a verb the parser set beside the sentence with its own subject ("..., the institute
#: estimates, the steepest rise since ...": "estimate" is a cue 0.44 of the time on train).
ASIDE_MIN_RATE = 0.4


#: Adverbs that say a clause is someone's report without naming whose ("The FBI is reportedly
#: making arrangements ..."): PolNeAR train marks "reportedly" a cue 19 times in 29 ("allegedly" 2
#: in 12, "apparently" 5 in 35: those are the writer's hedges).
REPORT_ADVERBS = {"reportedly"}


#: A scene between a verb and the clause it reports ("at the time that ...", "on Monday that ...").
_SCENE_THEN_THAT = re.compile(r"(?:at|on|in|during|after|before|earlier|later|last|this)\s[^,;:.\"“”«»\s]"
                              r"[^,;:.\"“”«»]{0,40}?\s(?P<that>that)\s")


#: The confidence of "was quoted as saying" (the cue model, which sees few such passives, puts
#: it under the threshold: PolNeAR train marks every active "quoted X as saying" it has).
QUOTED_AS_CONFIDENCE = 0.9


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
            clause = _clause_read_as_apposition(pobj)
            src_s, src_e = source_span(pobj, (clause.left_edge.idx - 1, len(text)) if clause is not None else None)
            phrase = (tok.idx, src_e)
            rest = rest_of_sentence(doc, sent_of(tok), phrase, clause_first=True)
            content = from_quote_start(rest, quotes)
            if content is None or taken.hits(*content):
                continue
            quote, content = quote_kind(content, quotes)
            add("according_to", {"start": src_s, "end": src_e}, (tok.idx, to.idx + len(to.text)), content, quote, pobj)
        elif tok.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                and tok.dep_ == "advcl" and cue_rate(tok) >= AS_MIN_RATE and cue_frame(tok) == "none" \
                and not any(c.i > tok.i and c.dep_ in ("dobj", "dep", "attr", "oprd") for c in tok.children) \
                and not taken.hits(tok.idx, tok.idx + 1) \
                and not _comparative_as(tok) and not in_spans(tok.idx, quotes) and not in_spans(tok.idx, run.turns):
            # a bare "as X noted", not "as Kim hails 'alliance'" (what is said follows), "as he
            # says his ...", "as bad as she said" or, inside a quote or a transcript's turn, the
            # speaker's own "As I said at the debate"
            agent = subject_of(tok)
            clause = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
            content = from_quote_start(rest_of_sentence(doc, sent_of(tok), clause), quotes)
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


def _in_relative(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is in a relative clause or a participle phrase below ``top``."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _clause_read_as_apposition(pobj: Token) -> Token | None:
    """'Today, according to NATO's estimates, 23 of 32 do.': the rest of the sentence, which the
    parser hung on the source as an apposition (a number, or a phrase with a verb, set off by a
    comma and running to the sentence's end); None for a true apposition ("..., a think tank")."""
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
        if any(t.pos_ in ("VERB", "AUX") and not _in_relative(t, c) or t.lower_ in _BARE_VERBS for t in c.subtree):
            return c
    return None


def parentheticals(run: Run) -> None:
    """Parenthetical cues: "..., Graham said, since ...", "But, he said, officials should ...".
    They run before the complements, so that in "The new missile, Iran said, was its
    longest-range yet, although experts may need weeks to verify ..." the sentence is Iran's."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        put_it = put_it_speaker(tok)  # 'as one diplomat put it, ...': "it" stands for what was said
        if tok.i in used_cues or not (put_it or is_cue_verb(tok, 0.5) or tok.dep_ == "parataxis"
                                      and is_cue_verb(tok, ASIDE_MIN_RATE)) or lemma_of(tok) in RAISING_VERBS:
            continue
        trailing = trailing_clause(tok)
        if tok.dep_ not in ("parataxis", "advcl", "ROOT", "conj") and not trailing:
            continue
        # '..., Verma told The Hindu on Thursday': whom he told is no object of its own
        told = told_only(tok) or put_it
        # '..., a source in the ministry told TASS': the speaker hung on the noun before
        stranded = stranded_speaker(tok) if told is not None and put_it is None else None
        if tok.dep_ == "conj" and not frame_joined_on(tok, told) and stranded is None:
            continue
        if cue_frame(tok) != "none" and told is None:
            continue
        if _answer_word(tok) is not None:
            continue  # "said as much on Tuesday, but ...": the answer is what was said, no aside
        subj = stranded or subject_of(tok)
        if subj is None or taken.hits(tok.idx, tok.idx + len(tok.text)):
            continue
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
        if content is None or taken.hits(*content) and not (
                cue_rate(tok) >= NEST_FRAME_MIN_RATE and run.holds_all(around)):
            continue
        both = len(around) > 1 and not taken.hits(*around[0])
        # a frame in mid-sentence says the whole of it ("The average benefit, it says, would
        # be $300": the subject on one side, the verb on the other)
        whole = (around[0][0], around[-1][1]) if both else content
        if len(text[whole[0]:whole[1]].split()) < 3:
            continue
        if in_spans(subj.idx, quotes):
            continue  # a speaker inside a quote is the parser's mistake
        words = doc.char_span(*whole, alignment_mode="contract")
        verbless = words is None or not any(t.pos_ in ("VERB", "AUX") for t in words
                                            if not phrase[0] <= t.idx < phrase[1])
        if verbless and not (whole[1] <= phrase[0] and not text[phrase[1]:sent_of(tok).end_char].strip(" .!?\"'”’")):
            # '... said in a phone interview': no statement, only the scene; but a sentence that
            # ends with its frame says what comes before it ("Not at all, he said.")
            continue
        quote, content = quote_kind(content, quotes)
        used_cues.add(tok.i)
        parts = around if quote != "direct" and both else None
        if parts is not None:
            content = (parts[0][0], parts[-1][1])
        cue = cue_group(tok)
        if put_it is not None:
            cue = (cue[0], put_it.idx + len(put_it.text))
        add("verb_parenthetical", {"start": s, "end": e}, cue, content, quote, subj, parts=parts)


def _completed_after(verb: Token, date: Token) -> bool:
    """Whether the verb's object goes on after a date set between ("thanked Germany on Sunday for
    the air defence systems", "urged partners on Friday to sign")."""
    after = next((c for c in verb.rights if c.i > date.right_edge.i), None)
    return after is not None and after.left_edge.i == date.right_edge.i + 1 and (
        after.dep_ == "prep" and after.lower_ in ("for", "of", "with", "as", "over", "about")
        or after.dep_ in ("xcomp", "oprd"))


def _clause_past_misread_name(comp: Token) -> Token:
    """The that-clause the parser hung on a name it took for the verb's clause ("said in a
    statement carried by the state news agency IRNA that the talks would continue": "IRNA" read
    as a clause, the real one as its own), else ``comp``."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children) or not comp.text[:1].isupper():
        return comp
    after = next((c for c in comp.children if c.dep_ == "ccomp" and c.i > comp.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == comp.i + 1 for m in c.children)), None)
    return after if after is not None else comp


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


def verb_complements(run: Run) -> None:
    """Cue verbs and what they govern (indirect speech, belief, intention)."""
    closing = [t for t in run.doc if closes_its_sentence(t)]
    first = {t.i for t in closing}
    for tok in closing + [t for t in run.doc if t.i not in first]:
        if tok.i in run.used_cues or tok.pos_ != "VERB" or run.taken.hits(tok.idx, tok.idx + len(tok.text)):
            continue
        _complement(run, tok, run.taken)


#: Verbs whose subject can be a time or an occasion in which something happened ("The year saw
#: a rise in attacks", "The summit witnessed ...").
_HAPPENING_VERBS = {"see", "witness", "mark"}
#: Times and occasions.
_OCCASIONS = {"year", "month", "week", "weekend", "day", "decade", "period", "phase", "stage", "round", "era",
              "century", "quarter", "summit", "meeting", "session", "visit", "conference", "election", "talks"}


#: Those a government calls back ("recalled its ambassador"), which "recall" does not report.
_CALLED_BACK = {"ambassador", "envoy", "diplomat", "troops", "force", "staff", "mission", "delegation", "consul",
                "representative", "team"}


def _asked_of(verb: Token, speaker: Token | None) -> bool:
    """Whether the verb is that of a question put about its subject, the auxiliary before the
    subject and the sentence ending in a question mark, a question of why or how ("Why does
    China oppose it?") or one to the reader ("Would you vote for her?"). (PolNeAR marks "Has he
    ever called for ...?": a yes-or-no question about someone is left to the rules.)"""
    if speaker is None or speaker.i > verb.i:
        return False
    sent = sent_of(verb)
    if not sent.text.rstrip().rstrip("\"”'’").endswith("?"):
        return False
    if not any(c.dep_ == "aux" and c.i < speaker.left_edge.i for c in verb.children):
        return False
    return speaker.lower_ == "you" or any(t.tag_ in ("WRB", "WP", "WDT") for t in verb.doc[sent.start : speaker.i])


def _time_saw(tok: Token, subject: Token | None) -> bool:
    """"Its first phase saw the release of ...", "2023 witnessed ...": a time or an occasion as
    the subject of "see" is where something happened, not who sees it."""
    return (subject is not None and lemma_of(tok) in _HAPPENING_VERBS
            and (subject.ent_type_ in ("DATE", "TIME", "EVENT") or lemma_of(subject) in _OCCASIONS))


def _complement(run: Run, tok: Token, taken: Taken, min_probability: float = CUE_MIN_PROBABILITY,
                within: tuple[int, int] | None = None, rule: str = "verb_complement") -> None:
    """One verb: if it is a cue, record it with what it governs (cut to ``within``); the
    cue model's probability is the attribution's confidence."""
    doc, text, quotes, _, used_cues, found, add = run.state()
    frame = cue_frame(tok)
    for_clause = _for_clause(tok) if frame in ("none", "xcomp") else None
    if for_clause is not None:  # "called for the United States to step up ...": as "called for"
        frame = "prep:for"
    unmarked = _unmarked_clause(tok) if frame == "none" else None
    if unmarked is not None:  # "said after the summit he would not sign ...": as "said"
        frame = "ccomp"
    answer = _answer_word(tok) if frame in ("none", "dobj") and unmarked is None else None
    if answer is not None and frame == "dobj" and answer.lower_ not in ("same", "much"):
        answer = None  # "said yes" read as an object is an object
    if answer is not None:  # "Everyone but Hewlett said yes": the answer is what was said
        frame = "ccomp"
    kind, _, word = frame.partition(":")
    if frame == "none" or (kind == "xcomp" and (lemma_of(tok) in CATENATIVES or raised_report(tok) is not None)) \
            or discourse_marker(tok):
        return  # "tries to draw a contrast": the cue runs on to the verb it leads to; "That said, ..."
    if light_report(tok) is not None:
        return  # "issued a statement calling ...": the participle reports, with this verb in its cue
    if kind in ("dobj", "prep") and concludes_agreement(tok):
        return  # "The two countries have concluded a security pact": the agreement's status
    if talks_misread(tok):
        return  # "Gaza ceasefire talks resume": the talks are a noun
    speaker = subject_of(tok)
    if kind == "xcomp" and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):
        return  # "a hypersonic glide vehicle said to reach Mach 5": said by no one named (not the sentence's subject)
    if _asked_of(tok, speaker):
        return  # "Why does China oppose it?": a question about a view, not one reported
    if _time_saw(tok, speaker):
        return  # "Its first phase saw the release of 33 hostages": what happened, not a view
    if lemma_of(tok) == "recall" and any(c.dep_ == "dobj" and lemma_of(c) in _CALLED_BACK for c in tok.children):
        return  # "Khartoum recalled its ambassador": called back, not remembered
    if speaker is not None and in_spans(speaker.idx, quotes) and not in_spans(tok.idx, quotes):
        return  # 'wearing a T-shirt with the words "I can't breathe," as Garner said': not "I"
    if speaker is not None and in_spans(speaker.idx, run.labels):
        return  # "SECRETARY POMPEO: Thank you.": the parser takes the label for a subject
    probability = cue_probability(tok, speaker, frame, quotes)
    if speaker is not None and speaker.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" and tok.head.ent_type_ == "GPE":
        # "Beijing, which called it interference": the model weighs "which" as a subject like any
        # other; the one it stands for is named
        probability = max(probability, cue_probability(tok, tok.head, frame, quotes))
    if quoted_as(tok) is not None or quoting_as(tok) is not None:
        # "was quoted as saying", "quoted Kim as saying": a report whatever the model makes of it
        probability = max(probability, QUOTED_AS_CONFIDENCE)
    if probability < min_probability:
        return
    prep = None
    if for_clause is not None:
        prep, comp = for_clause
    elif kind == "prep":
        prep = next(c for c in tok.rights if c.dep_ == "prep" and c.lower_ == word and c.i <= tok.i + 2)
        comp = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    elif unmarked is not None:
        comp = unmarked[0]
    elif answer is not None:
        comp = answer
    else:
        comp = next(c for c in complements(tok) if c.dep_ == kind)
        if kind == "ccomp":
            comp = _clause_past_misread_name(comp)
    if asks_anonymity(tok) or purpose_of_terms(tok) \
            or (kind == "xcomp" and comp.lemma_ in ("name", "identify") and any(c.dep_ == "auxpass" for c in comp.children)):
        # "a senior official said, requesting anonymity", "who requested anonymity to discuss the
        # talks", "who asked not to be named": how the speaker spoke, not what
        return
    put = (_question_put(tok, comp) or _told_clause(tok, comp)) if kind == "dobj" else None
    if put is not None:  # "asked the students if they were ...": whom he asked is not what
        comp, kind = put, "ccomp"
    # whose subject belongs to the content: "the deal seems to be dead", and a passive with
    # nobody named as agent, "Obama's veto is expected to come before Friday" (no source)
    framed, addressed = None, None
    if kind == "xcomp" and tok.lemma_ in RAISING_VERBS:
        framed = speaker
    elif speaker is None:
        framed = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if framed is not None and lemma_of(tok) in ADDRESSING_VERBS:
            framed, addressed = None, framed  # "Clinton was asked about the border": she is asked
        elif framed is not None and lemma_of(tok) in EXPERIENCER_VERBS:
            speaker, framed = framed, None  # "Party leaders were angered that ...": they feel it
    expletive = speaker is not None and _expletive_it(tok, speaker)
    if expletive:  # "It seems that ...", "It is hard to imagine ...": nobody is named
        speaker = None
    if speaker is None and framed is None and addressed is None and not expletive:
        return
    if tok.lemma_ == "call" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("on", "upon") \
            and kind != "xcomp":
        return  # "call on the Prime Minister" is a visit; "called on Trump to stop" is a demand
    cue = cue_group(tok)
    lead = catenative_of(tok)
    if lead is not None:  # "has yet to explain", "tried on Tuesday to make the case" (words between too)
        cue = (cue_group(lead)[0], cue[1])
    when = time_after(tok, cue[1], comp)
    if when is not None:  # "said Monday that ...", "announced this week that ..."
        cue = (cue[0], when)
    said = _made_clear(tok, comp) if kind in ("ccomp", "oprd", "dobj") else None
    if said is not None:  # "has made it clear that ...": the cue runs over "it clear"
        cue = (cue[0], max(cue[1], said[0].idx + len(said[0].text)))
        comp = said[1]
    if kind == "dobj" and speaker is not None and _feels(tok, comp):
        # "That rattled the minister": the one who feels it speaks; what rattled is the content
        s, e = subtree_span(speaker)
        content = trim_edges(text, s, e)
        # the one who feels it, up to a relative clause set off ("some analysts, who pointed out ...")
        rel = next((c for c in comp.rights if c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","), None)
        who = source_span(comp, (rel.left_edge.idx - 1, len(text)) if rel is not None else None)
        if not taken.hits(*content) and not taken.hits(*who) and content[1] > content[0]:
            used_cues.add(tok.i)
            s, e = who
            quote, content = quote_kind(content, quotes)
            add(rule, {"start": s, "end": e}, cue, content, quote, comp,
                extra={"confidence": round(probability, 2)})
        return
    if prep is not None:
        cue = (cue[0], max(cue[1], prep.idx + len(prep.text)))
    elif kind == "dobj":
        cue = (cue[0], max(cue[1], noun_cue_end(comp)))
    content = subtree_span(comp)
    content = (min(content[0], mark_start(comp)), content[1])
    short_answer = answer is not None and answer.lower_ != "same"
    if short_answer:  # "said as much in an interview": the answer alone, not where it was
        # given ("said the same of Trump" says it of him)
        content = (doc[tok.i + 1].idx, answer.idx + len(answer.text))
    aside_end = _aside_before_that(comp)
    if aside_end is not None:  # "reported, citing the defence ministry, that ...": the clause is from "that"
        content = (aside_end, content[1])
    if for_clause is not None:  # the clause after "for" is what is called for
        content = (prep.idx + len(prep.text), content[1])
    if unmarked is not None:  # the clause begins with its subject; "after the convention" is the scene
        content = (unmarked[1].left_edge.idx, content[1])
    relative = relative_word_and_speaker(tok) if kind in ("ccomp", "xcomp") else None
    if relative is not None:  # "which aid groups say killed 30 people": from "which" on
        content = (relative[0].idx, content[1])
    if kind == "ccomp":  # 'said on Friday that talks were going on and a contract ...'
        # (the parser may also take that "that" for the relative clause's object of a preposition)
        that = next((t for c in tok.rights if c.dep_ == "prep" and c.i < comp.left_edge.i for t in c.subtree
                     if t.lower_ == "that" and t.dep_ in ("mark", "pobj") and t.head.dep_ == "relcl"), None)
        if that is not None:
            content = (that.idx, content[1])
        misread = next((c for c in tok.children if c.dep_ == "dobj" and c.i < comp.left_edge.i), None)
        if misread is not None and (_misread_that(tok, misread) or _subject_read_as_object(misread, comp)):
            # 'warned that any levy on steel under the new rules ... would be ruinous': the
            # parser split the clause, its subject read as the verb's object
            content = (misread.left_edge.idx, content[1])
        split = _split_subject(tok, comp)
        if split is not None:  # 'said pressing issues, trade, terrorism were discussed'
            content = (split.left_edge.idx, content[1])
    obj, on = object_said_of(tok, comp) if kind == "xcomp" else (None, None)
    if on is not None:  # "called on Trump to stop ...": "on" is the cue's
        cue = (cue[0], max(cue[1], on.idx + len(on.text)))
    if obj is not None:  # "urged his colleagues to reject the deal": the object is part of it
        content = (min(content[0], obj.left_edge.idx), content[1])
    if framed is not None:
        content = (min(content[0], subtree_span(framed)[0]), content[1])
    if kind == "dobj" and comp.tag_ in ("WP", "WDT") and comp.i < tok.i:
        # "what she called a “rant”": the relative word alone says nothing; PolNeAR's content
        # runs from it over the name given
        content = (content[0], max(content[1], tok.right_edge.idx + len(tok.right_edge.text)))
    elif kind == "dobj":  # "blamed Clinton for her vote", "described the test as a threat"
        content = (content[0], _object_complement_end(tok, comp, content[1]))
        if _misread_that(tok, comp):  # 'warned that any levy on steel ... would be ruinous'
            content = (content[0], trim_edges(text, content[0], sent_of(tok).end_char, EDGE_CHARS + ".")[1])
    if cue[0] <= comp.idx < cue[1]:  # "declined to comment on the report": content follows the cue
        rest = trim_edges(text, cue[1], max(content[1], cue[1]))
        if rest[1] - rest[0] >= 3:
            content = rest
        elif kind == "xcomp":  # a bare refusal, "A spokesman declined to comment.": PolNeAR's
            cue = (cue[0], trim_edges(text, cue[0], comp.left_edge.idx)[1])  # cue "declined", content "to comment"
        else:
            return
    cue = (cue[0], manner_adverb_end(tok, cue[1], content[0]))
    if kind == "ccomp" and comp.i < tok.i:  # 'The deal is dead, the ministry said Monday in a statement.'
        cue = (cue[0], closing_words_end(tok, cue[1]))
    if kind == "ccomp" and comp.i > tok.i:
        when = leading_time(comp, content[0])
        if when is not None:  # "said Tuesday his actions were legal": the day is the cue's,
            # unless a recipient comes between ("told African-Americans this weekend he ...")
            if not text[cue[1]:content[0]].strip():
                cue = (cue[0], when[0])
            content = (when[1], content[1])
    sent_end = sent_of(tok).end_char
    if tok.dep_ in ("relcl", "acl"):  # "Reid, who said the deal was dead, left": the clause ends first
        sent_end = min(sent_end, tok.right_edge.idx + len(tok.right_edge.text))
    if comp.i > tok.i and content[1] < sent_end and not short_answer \
            and _no_new_clause(doc, content[1], sent_end):
        # the parser hung a long complement's tail elsewhere: it runs on, but not into the
        # cue verb's own words ("... during a campaign stop", ", but stopped short of ...")
        tail_end = next((t.idx for t in doc[comp.right_edge.i + 1 : sent_of(tok).end]
                         if (t.head.i == tok.i and t.dep_ in ("cc", "conj"))
                         or (t.dep_ == "prep" and t.lower_ in SETTING_PREPS)
                         or (kind == "dobj" and t.head.i == tok.i and t.dep_ == "prep" and is_date_phrase(t)
                             and not _completed_after(tok, t))),
                        sent_end)  # (not "on Tuesday" after the object: "confirmed the deal on Tuesday")
        content = (content[0], max(content[1], trim_edges(text, content[0], tail_end)[1]))
    if comp.i > tok.i and cue[1] <= content[0] and not short_answer:
        # the content model may end it elsewhere in the sentence (an answer is one word or two)
        content = (content[0], choose_content_end(doc, content[0], content[1], tok, comp))
        second = _second_report(tok, comp)
        if second is not None:  # "Six in 10 said she is honest, and half said the same of him"
            content = (content[0], min(content[1], second))
        aside = terms_aside(doc, content[0], content[1])
        if aside is not None:  # "said the talks had stalled, speaking on condition of anonymity"
            content = trim_edges(text, content[0], aside)
    main = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass") else None
    if main is not None and content[0] < main.idx < content[1]:
        # "A petition calling on the government to cancel the deal got 500,000 signatures": the
        # parser ran the participle's clause into the sentence's own verb, which ends it
        stop = min([main.idx] + [c.idx for c in main.children
                                 if c.dep_ in ("aux", "auxpass", "neg") and c.i < main.i])
        content = trim_edges(text, content[0], stop)
    if within is not None:
        content = trim_edges(text, max(content[0], within[0]), min(content[1], within[1]), EDGE_CHARS + ".")
    if taken.hits(*content) and not _nests_all(run, content, comp, taken):
        # 'She said fathers would not be eligible, and ... the mother replied, "..."': the
        # complement runs into another attribution; keep what comes before it
        content = taken.free_head(*content)
        m = list(re.finditer(r"(,\s*(and|but)\b|;)", text[content[0]:content[1]]))
        if m:  # it ends with the last clause before the other attribution's
            content = (content[0], content[0] + m[-1].start())
        content = trim_edges(text, *content, EDGE_CHARS + ".")
        if len(text[content[0]:content[1]].split()) < 3 or taken.hits(*content):
            return
    if any(c.tag_ in ("WP", "WDT") and c.i < tok.i for c in tok.children) \
            and text[content[0]:content[1]].rstrip().endswith("?"):
        return  # "What did the President tell you?" asks what was said
    if _asks_to_say(tok, speaker):
        return  # "Can you say whether the Secretary raised ...?" asks for a report, gives none
    subj = speaker if framed is None else None
    src = None
    parts = None
    if subj is not None:
        s, e = source_span(subj, (cue[0], content[1]) if subj.i == tok.head.i and tok.dep_ == "acl" else None)
        if not (s < content[1] and content[0] < e):
            src = {"start": s, "end": e}
        elif content[0] < s and cue[1] < content[1] and doc[tok.i].idx > e \
                and any(t.tag_ in ("WDT", "WP") for t in doc.char_span(content[0], s, alignment_mode="expand") or []):
            # "which Ms. Okafor says she is trying hard to keep open": the frame sits
            # inside what was said; the content is in two parts around it
            src = {"start": s, "end": e}
            parts = [trim_edges(text, content[0], s), trim_edges(text, cue[1], content[1], EDGE_CHARS + "._")]
    if src is not None and kind == "ccomp" and comp.i < tok.i:
        split = speakers_after_quote(doc, content, src["start"])
        if split is not None:  # '"...," French President A and German Chancellor B said'
            content, src = (content[0], split[0]), {"start": split[1], "end": src["end"]}
    quote, content = quote_kind(content, quotes)
    used_cues.add(tok.i)
    if src is None and not is_passive(tok) and framed is None and not expletive:
        return  # the subject is inside the content ("which she plans to do"): not a frame
    add(rule, src, cue, content, quote, subj, parts=parts, extra={"confidence": round(probability, 2)})


#: Verbs by which a reporter asks someone to say something ("Can you confirm that ...?").
_ASKED_TO_SAY = {"say", "tell", "confirm", "deny", "explain", "comment", "describe", "elaborate", "clarify",
                 "specify", "share", "update", "address", "announce", "characterize", "characterise"}


def _asks_to_say(verb: Token, speaker: Token | None) -> bool:
    """"Can you say whether ...?", "Will you confirm that ...?": a question put to the one who
    is to speak (the subject "you", after the auxiliary that opens the question), with a verb
    of saying; "Do you think ...?" asks a view, which PolNeAR marks as one."""
    if speaker is None or speaker.lower_ != "you" or lemma_of(verb) not in _ASKED_TO_SAY \
            or not asks(sent_of(verb).text):
        return False
    return any(c.dep_ == "aux" and c.i < speaker.i for c in verb.children)


def _nests_all(run: Run, content: tuple[int, int], comp: Token, taken: Taken) -> bool:
    """Whether every attribution found earlier that ``content`` runs into is one the
    complement governs: its cue is a word of the complement's own subtree, not a verb the
    parser joined to it ("to expel the envoy in answer to what it called “...”",
    "which state news media claimed now allows ..."). PolNeAR nests such an attribution
    inside the content; a sibling ('..., and the mother replied, "..."') still cuts it."""
    if taken is not run.taken:
        return False
    s, e = content

    def governed(a: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
        if not a.get("cue") or any(x < s or b > e for x, b in spans):
            return False
        cue = run.doc.char_span(a["cue"]["start"], a["cue"]["end"], alignment_mode="expand")
        return cue is not None and _governed_by(cue.root, comp)

    hits = run.running_into([content])
    return bool(hits) and all(governed(a, spans) for a, spans in hits)


def _aside_before_that(comp: Token) -> int | None:
    """Where a reported clause begins when the parser hung an aside of the report on it, between
    the verb and the clause's "that" ("State media reported, citing the defence ministry, that
    two drones had been downed"): at "that". None when nothing is set off before the "that"."""
    mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0 or comp.doc[mark.i - 1].text != ",":
        return None
    aside = [c for c in comp.children if c.i < mark.i and c.dep_ in ("advcl", "prep", "npadvmod", "advmod")]
    return mark.idx if aside else None


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
        s, e = source_span(subj)
        src = {"start": s, "end": e}
        if content[1] <= content[0] or taken.hits(*content) or taken.hits(s, e):
            continue
        quote, content = quote_kind(content, quotes)
        add("adjective_cue", src, cue, content, quote, subj)


def nested(run: Run) -> None:
    """Reported speech inside reported speech ("X claimed that ..., although he refused to
    pledge to ..."): PolNeAR nests them. A verb inside another attribution's indirect
    content is a cue of its own when the cue model is sure of it (``NEST_MIN_PROBABILITY``);
    its content stays inside the outer one's."""
    doc, text, quotes, _, used_cues, found, _ = run.state()
    # words a nested report may not take (others' sources and cues, and what it finds), and
    # the same with the quotes, where no verb is a cue of its own (but a quoted phrase in
    # what the inner cue governs is part of its content: 'warned that the deal could
    # "undermine regional stability"')
    fixed, quoted = Taken(), Taken()
    quoted.add(*quotes)
    for a in found:
        for t in (fixed, quoted):
            t.add(*record_spans(a, ("source", "cue")))
    for outer in [a for a in found if a["quote"] != "direct" and a.get("cue")]:
        # every part of it ("X agreed to a truce, mediators said, though aid groups voiced doubt ...")
        spans = [doc.char_span(*part, alignment_mode="contract") for part in content_spans(outer)]
        for span, tok in [(span, tok) for span in spans if span is not None for tok in span]:
            if tok.i in used_cues or tok.pos_ != "VERB" or quoted.hits(tok.idx, tok.idx + len(tok.text)):
                continue
            n = len(found)
            sure = CUE_MIN_PROBABILITY if relative_report(tok) or relative_speaker(tok) or _set_against(tok) \
                else NEST_MIN_PROBABILITY
            _complement(run, tok, fixed, sure, within=(span.start_char, span.end_char),
                             rule="nested_complement")
            for a in found[n:]:
                for t in (fixed, quoted):
                    t.add(*record_spans(a))
                _end_before_next_report(outer, a, doc)


def _set_against(verb: Token) -> bool:
    """Whether ``verb`` opens a clause with a speaker of its own set against the one before it
    (", while China has urged New Delhi to ...", ", whereas others argue ..."): a statement of
    its own more than one nested in the first."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i \
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children) \
        and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","


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


def criticism_received(run: Run) -> None:
    """'The proposal has drawn sharp criticism from Democrats', 'The clip has faced ridicule
    online': the subject is what the criticism is about (the content), those it comes from
    the source (none when unnamed), the verb group with the criticism (and "from") the cue,
    as PolNeAR marks it; not the subject speaking about "criticism"."""
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
            cue = (cue[0], frm.idx + len(frm.text))
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
    source, the cue is the verb group without "by", the passive subject is the content."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or tok.i in used_cues or cue_frame(tok) != "none" \
                or not is_passive(tok):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        by_whom = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if by_whom is None or subj is None or subj.tag_ in ("WDT", "WP") or subj.i > tok.i:
            continue  # "which was criticized by ...": the relative word alone says nothing
        if cue_rate(tok) < PASSIVE_MIN_RATE \
                and cue_probability(tok, subject_of(tok), "none", quotes) < CUE_MIN_PROBABILITY:
            continue  # a rarer cue verb when the cue model finds it one here ("is supported by")
        cue = cue_group(tok)  # not "by": PolNeAR train leaves it out 149 times, puts it in 47
        src = source_span(by_whom)
        content = subtree_span(subj)
        speaker = by_whom
        if lemma_of(tok) in EXPERIENCER_VERBS:
            # "Party leaders were angered by the remark": the subject feels it and speaks;
            # what angered them is the content, and the cue runs over "by"
            src, content, speaker = source_span(subj), subtree_span(by_whom), subj
            cue = (cue[0], agent.idx + len(agent.text))
        if taken.hits(*content) or taken.hits(min(cue[0], src[0]), max(cue[1], src[1])):
            continue
        quote, content = quote_kind(content, quotes)
        used_cues.add(tok.i)
        add("passive_agent", {"start": src[0], "end": src[1]}, cue, content, quote, speaker)


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


def _expletive_it(verb: Token, subj: Token) -> bool:
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


def _end_before_next_report(outer: dict[str, Any], inner: dict[str, Any], doc: Doc) -> None:
    """The outer content ends before a report nested in it that PolNeAR's annotators mark apart:
    the same speaker's next statement, set off by a comma or joined by "and" or "but" ('He
    claimed that X, adding that Y', 'She said X but insisted that Y'), or another speaker's, set
    against the first by ", while" or ", whereas" ('Some experts believe X, while others argue
    that Y')."""
    if outer.get("content_parts") or not inner.get("source"):
        return
    text = text_of(doc)
    cs, src_start = outer["content"]["start"], inner["source"]["start"]
    if outer.get("source") and src_start == outer["source"]["start"]:
        if not inner.get("cue"):
            return
        cut = re.search(r"(?:,\s*|\s+(?:and|but)\s+|,\s*(?:and|but)\s+)$", text[cs:inner["cue"]["start"]])
    elif cs < src_start <= outer["content"]["end"]:
        cut = re.search(r",\s*(?:while|whereas)\s+$", text[cs:src_start], re.IGNORECASE)
    else:
        return
    if cut is not None and cut.start() > 0:
        s, e = trim_edges(text, cs, cs + cut.start(), EDGE_CHARS + ".")
        if e > s:
            outer["content"] = span_record(doc, s, e)


def _governed_by(tok: Token, comp: Token) -> bool:
    """Whether ``tok`` lies in ``comp``'s subtree by a chain of subordinate links: no verb on
    the way up is a conjunct, which would make it a statement beside the complement."""
    while tok.i != comp.i:
        if (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _feels(verb: Token, obj: Token) -> bool:
    """Whether an active verb of feeling (``EXPERIENCER_VERBS``) has for object someone who feels
    it ("has angered the party's leaders"), not a clause or a thing."""
    return lemma_of(verb) in EXPERIENCER_VERBS and not is_passive(verb) and obj.dep_ == "dobj" \
        and obj.pos_ in ("NOUN", "PROPN", "PRON") and obj.i > verb.i and obj.lower_ not in ("it", "that", "this") \
        and not any(c.dep_ == "prt" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "csubj") for c in verb.children)  # ("rattled off", "careful not to anger X")


#: Verbs that put a question to someone ("asked the minister whether ...").
_ASKING_VERBS = {"ask", "question", "press", "quiz"}


def _question_put(verb: Token, obj: Token) -> Token | None:
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


def _told_clause(verb: Token, obj: Token) -> Token | None:
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


def _made_clear(verb: Token, comp: Token) -> tuple[Token, Token] | None:
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


def _split_subject(verb: Token, comp: Token) -> Token | None:
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


def _misread_that(verb: Token, obj: Token) -> bool:
    """'warned that any new tariff on the bloc ... would be ruinous': the parser read
    the complementiser as a determiner and the clause's subject as the verb's object. True when
    the object opens with that 'that' right after the verb and a finite verb follows the object
    in the sentence (or the noun is plural: 'that sanctions' is never a determiner's)."""
    first = obj.left_edge
    if first.lower_ != "that" or first.dep_ != "det" or first.i != verb.i + 1 or obj.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    rest = verb.doc[obj.right_edge.i + 1 : sent_of(verb).end]
    return obj.tag_ in ("NNS", "NNPS") or any(t.tag_ in ("MD", "VBZ", "VBD", "VBP") for t in rest)


def _subject_read_as_object(obj: Token, comp: Token) -> bool:
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


def _object_complement_end(verb: Token, obj: Token, end: int) -> int:
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


def _second_report(verb: Token, comp: Token) -> int | None:
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


def _no_new_clause(doc: Doc, start: int, end: int) -> bool:
    """True if the text between start and end opens no clause of its own (no subject other than
    a relative pronoun): the parser then has only attached a long complement's tail elsewhere."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.lower_ not in ("which", "who", "that", "whom")
                   for t in span)


def _for_clause(verb: Token) -> tuple[Token, Token] | None:
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


def _unmarked_clause(verb: Token) -> tuple[Token, Token] | None:
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
    return None


#: The one-word answers PolNeAR takes for what was said ("said yes", "said so").
_ANSWER_WORDS = {"yes", "no", "so"}


def _answer_word(verb: Token) -> Token | None:
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
    return nxt if nxt.head.i == verb.i and nxt.lower_ in _ANSWER_WORDS and nxt.dep_ in ("intj", "advmod", "dobj") else None


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


def _comparative_as(verb: Token) -> bool:
    """'as bad as she said', 'as well as I could have expected': a comparison, not a report."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    return mark is not None and mark.i > 0 and (verb.head.pos_ in ("ADJ", "ADV")
                                                or verb.doc[mark.i - 1].pos_ in ("ADJ", "ADV"))
