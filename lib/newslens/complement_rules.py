"""The sourcing rule that reads a verb and what it governs (``verb_complements``): a clause, an
open complement ("wants to ..."), an object ("criticised the plan") or a preposition ("called
for talks"), when the cue model finds the verb a cue there; and reports nested in another's
content (``nested``)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .attribution_run import Run, Taken, content_spans
from .complement_shapes import (QUESTION_WORDS, expletive_it, feels, for_clause, governed_by, made_clear,
                                misread_that, no_new_clause, object_complement_end, question_put, second_report,
                                split_subject, subject_read_as_object, told_clause, unmarked_clause)
from .content_model import choose_end as choose_content_end
from .cue_model import cue_probability
from .cue_spans import (CATENATIVES, catenative_of, closing_words_end, concludes_agreement, cue_group, infinitive_to,
                        leading_time, leads_to_report, leads_to_saying, manner_adverb_end, named_as, noun_cue_end,
                        quoted_as, quoting_as, raised_report, recognises_a_state, time_after)
from .cues import (QUOTE_TOKENS, RAISING_VERBS, SETTING_PREPS, answer_word, asks_anonymity, clause_of_statement,
                   complements, content_prep, cue_frame, frame_complement, lemma_of, purpose_of_terms, terms_aside)
from .doctools import asks, sent_of, talks_misread, text_of
from .quote_frames import object_said_of
from .quotes import CLOSING_MARKS, quote_kind
from .report_words import (ADDRESSING_VERBS, DOCUMENT_NOUNS, EXPERIENCER_VERBS, SAYING_THINGS, can_speak,
                           discourse_marker, is_cue_verb, is_date_phrase, is_passive, light_report, mark_start)
from .rule_thresholds import (CLAUSE_CUE_MIN_PROBABILITY, CLAUSE_VERB_CUE_MIN_PROBABILITY, CUE_MIN_PROBABILITY,
                              NEST_MIN_PROBABILITY, QUOTED_AS_CONFIDENCE)
from .source_spans import (closes_its_sentence, relative_report, relative_speaker, relative_word_and_speaker,
                           source_span)
from .spans import EDGE_CHARS, in_spans, record_spans, span_record, subtree_span, trim_edges
from .subjects import (finite_verb_read_as_modifier, free_relative_speaker, linked_participle, speakers_after_quote,
                       stranded_speaker, subject_of)


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


def _aimed_at(prep: Token) -> bool:
    """Whether a preposition after a verb and its object says what the words were aimed at ("took
    a shot at Clinton"), not when or where they were said ("released a statement at the outset
    of the convention", "made the remark during a debate")."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and not is_date_phrase(prep) and (prep.lower_ not in SETTING_PREPS or prep.lower_ == "at") \
        and lemma_of(obj) not in _OCCASIONS | _TIMES_OF


#: Words for a point in a time or an event ("at the outset of", "at the end of").
_TIMES_OF = {"outset", "start", "beginning", "end", "close", "height", "time", "moment", "conclusion"}


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


def _addressed(verb: Token, speaker: Token | None) -> bool:
    """Whether the verb's subject is a name the sentence opens with, set off by a comma before a
    verb in the bare form: someone addressed, the verb a request or thanks to them ("Ali Vaez,
    thank you", "Minister, tell us ...")."""
    if speaker is None or speaker.i > verb.i or verb.tag_ not in ("VB", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    doc = verb.doc
    return speaker.left_edge.i == sent_of(verb).start and doc[speaker.i + 1].text == "," \
        and verb.i == speaker.i + 2 and speaker.pos_ == "PROPN"


def _time_saw(tok: Token, subject: Token | None) -> bool:
    """"Its first phase saw the release of ...", "2023 witnessed ...": a time or an occasion as
    the subject of "see" is where something happened, not who sees it."""
    return (subject is not None and lemma_of(tok) in _HAPPENING_VERBS
            and (subject.ent_type_ in ("DATE", "TIME", "EVENT") or lemma_of(subject) in _OCCASIONS))


#: Verbs whose passive subject holds the view the verb reports, as with the verbs of feeling
#: ("Voters are split on whether ...", "Diplomats are mystified that ...").
_HOLDING_PASSIVES = {"split", "divide", "mystify"}
#: ... and those that do so unless they say what the subject was brought to do ("was persuaded
#: that the deal would hold", not "was persuaded to run").
_BROUGHT_TO_BELIEVE = {"persuade", "convince"}


def _holds_view(verb: Token, frame: str) -> bool:
    """Whether the passive ``verb``'s subject holds the view it reports ("are split on whether",
    "was persuaded that", "is assured of winning"; not "was assured that ...", which she was told)."""
    lemma = lemma_of(verb)
    return lemma in _HOLDING_PASSIVES or (lemma in _BROUGHT_TO_BELIEVE and not frame.startswith("xcomp")) \
        or (lemma == "assure" and frame == "prep:of")


def _complement(run: Run, tok: Token, taken: Taken, min_probability: float | None = None,
                within: tuple[int, int] | None = None, rule: str = "verb_complement") -> None:
    """One verb: if it is a cue, record it with what it governs (cut to ``within``); the
    cue model's probability is the attribution's confidence, which must reach
    ``min_probability`` (by default, the threshold for the verb's frame)."""
    doc, text, quotes, _, used_cues, found, add = run.state()
    frame = cue_frame(tok)
    called_for = for_clause(tok) if frame in ("none", "xcomp") else None
    if called_for is not None:  # "called for the United States to step up ...": as "called for"
        frame = "prep:for"
    unmarked = unmarked_clause(tok) if frame == "none" or (frame == "dobj" and clause_of_statement(tok) is not None) \
        else None  # ("told a regular briefing that China had ...": the briefing is who heard it)
    if unmarked is not None:  # "said after the summit he would not sign ...": as "said"
        frame = "ccomp"
    answer = answer_word(tok) if frame in ("none", "dobj") and unmarked is None else None
    if answer is not None and frame == "dobj" and answer.lower_ not in ("same", "much"):
        answer = None  # "said yes" read as an object is an object
    if answer is not None:  # "Everyone but Hewlett said yes": the answer is what was said
        frame = "ccomp"
    kind, _, word = frame.partition(":")
    if frame == "none" or (kind == "xcomp" and (lemma_of(tok) in CATENATIVES or raised_report(tok) is not None)) \
            or discourse_marker(tok) or leads_to_report(tok):
        return  # "tries to draw a contrast": the cue runs on to the verb it leads to; "That said, ..."
    if light_report(tok) is not None:
        return  # "issued a statement calling ...": the participle reports, with this verb in its cue
    if kind in ("dobj", "prep") and concludes_agreement(tok):
        return  # "The two countries have concluded a security pact": the agreement's status
    if kind == "dobj" and recognises_a_state(tok):
        return  # "France recognised Palestine": a stance on a state, not a report
    if kind == "dobj" and lemma_of(tok) in _MEETING_VERBS:
        return  # "Wang also met Prime Minister Narendra Modi": whom one met is not what one said (PolNeAR: never)
    if talks_misread(tok):
        return  # "Gaza ceasefire talks resume": the talks are a noun
    speaker = subject_of(tok)
    if speaker is None and kind == "ccomp" and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        # "The two sides have reached ..., the Department of Foreign Affairs (DFA) said": the
        # parser hung the speaker on the last noun of what was said
        speaker = stranded_speaker(tok)
    if kind == "xcomp" and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and not finite_verb_read_as_modifier(tok):
        return  # "a hypersonic glide vehicle said to reach Mach 5": said by no one named (not the sentence's subject)
    if _asked_of(tok, speaker):
        return  # "Why does China oppose it?": a question about a view, not one reported
    if (speaker is not None and free_relative_speaker(speaker)) or (
            kind == "ccomp" and any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < tok.i for c in tok.children)):
        return  # "World reacts to the ceasefire deal: what leaders said": a free relative, not a report
    if _time_saw(tok, speaker):
        return  # "Its first phase saw the release of 33 hostages": what happened, not a view
    if lemma_of(tok) == "recall" and any(c.dep_ == "dobj" and lemma_of(c) in _CALLED_BACK for c in tok.children):
        return  # "Khartoum recalled its ambassador": called back, not remembered
    if speaker is not None and in_spans(speaker.idx, quotes) and not in_spans(tok.idx, quotes):
        return  # 'wearing a T-shirt with the words "I can't breathe," as Garner said': not "I"
    if speaker is not None and in_spans(speaker.idx, run.labels):
        return  # "SECRETARY POMPEO: Thank you.": the parser takes the label for a subject
    if _addressed(tok, speaker):
        return  # "Ali Vaez, thank you.": the one spoken to, not a speaker
    probability = cue_probability(tok, speaker, frame, quotes)
    if speaker is not None and speaker.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" and tok.head.ent_type_ == "GPE":
        # "Beijing, which called it interference": the model weighs "which" as a subject like any
        # other; the one it stands for is named
        probability = max(probability, cue_probability(tok, tok.head, frame, quotes))
    if quoted_as(tok) is not None or quoting_as(tok) is not None:
        # "was quoted as saying", "quoted Kim as saying": a report whatever the model makes of it
        probability = max(probability, QUOTED_AS_CONFIDENCE)
    if min_probability is None:
        min_probability = CLAUSE_CUE_MIN_PROBABILITY if kind == "ccomp" else CUE_MIN_PROBABILITY
        if tok.dep_ == "ccomp":  # ("It's clear that the insiders do not understand what is happening")
            min_probability = CLAUSE_VERB_CUE_MIN_PROBABILITY
    if probability < min_probability:
        return
    prep = None
    if called_for is not None:
        prep, comp = called_for
    elif kind == "prep":
        prep = content_prep(tok)  # (what the frame was read from)
        comp = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    elif unmarked is not None:
        comp = unmarked[0]
    elif answer is not None:
        comp = answer
    else:
        comp = frame_complement(tok, kind)
        if kind == "ccomp":
            comp = _clause_past_misread_name(comp)
    if kind == "ccomp" and comp.i < tok.i and speaker is not None and not _may_say(speaker) \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in speaker.children) \
            and is_cue_verb(comp) and any(c.dep_ == "nsubj" and c.i < comp.i for c in comp.children):
        # "Anutin told reporters Thailand would halt the release of 18 prisoners, a key step agreed
        # under the deal": the parser hung a whole report, its speaker and all, on a participle
        # after it; a step says nothing
        return
    if asks_anonymity(tok) or purpose_of_terms(tok) \
            or (kind == "xcomp" and comp.lemma_ in ("name", "identify") and any(c.dep_ == "auxpass" for c in comp.children)):
        # "a senior official said, requesting anonymity", "who requested anonymity to discuss the
        # talks", "who asked not to be named": how the speaker spoke, not what
        return
    put = (question_put(tok, comp) or told_clause(tok, comp)) if kind == "dobj" else None
    if put is not None:  # "asked the students if they were ...": whom he asked is not what
        comp, kind = put, "ccomp"
    # whose subject belongs to the content: "the deal seems to be dead", and a passive with
    # nobody named as agent, "Obama's veto is expected to come before Friday" (no source)
    framed, addressed, passive_it = None, None, False
    if kind == "xcomp" and tok.lemma_ in RAISING_VERBS:
        framed = speaker
    elif speaker is None:
        framed = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if framed is not None and framed.lower_ == "it" and kind == "ccomp":
            framed, passive_it = None, True  # "It must be recalled that ...": "it" holds nothing said
        elif framed is not None and (lemma_of(tok) in EXPERIENCER_VERBS or _holds_view(tok, frame)):
            # "Party leaders were angered that ...": they feel it; "Voters are split on whether
            # ...", "She is assured of winning ...": they hold the view
            speaker, framed = framed, None
        elif framed is not None and lemma_of(tok) in ADDRESSING_VERBS:
            framed, addressed = None, framed  # "Clinton was asked about the border": she is asked
    expletive = passive_it or (speaker is not None and expletive_it(tok, speaker)) \
        or (speaker is None and framed is None and _opens_without_subject(tok, quotes))
    if expletive:  # "It seems that ...", "It is hard to imagine ...", "Lacks ..., and extols ...": nobody is named
        speaker = None
    if speaker is None and framed is None and addressed is None and not expletive:
        return
    if tok.lemma_ == "call" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("on", "upon") \
            and kind != "xcomp":
        return  # "call on the Prime Minister" is a visit; "called on Trump to stop" is a demand
    cue = cue_group(tok)
    if linked_participle(tok):  # "we are convinced this is ...": the cue runs from the copula
        cue = (cue_group(tok.head)[0], cue[1])
    lead = catenative_of(tok)
    if lead is not None:  # "has yet to explain", "tried on Tuesday to make the case" (words between too)
        cue = (cue_group(lead)[0], cue[1])
    when = time_after(tok, cue[1], comp)
    if when is not None:  # "said Monday that ...", "announced this week that ..."
        cue = (cue[0], when)
    said = made_clear(tok, comp) if kind in ("ccomp", "oprd", "dobj") else None
    if said is not None:  # "has made it clear that ...": the cue runs over "it clear"
        cue = (cue[0], max(cue[1], said[0].idx + len(said[0].text)))
        comp = said[1]
    if kind == "dobj" and speaker is not None and feels(tok, comp):
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
    if called_for is not None:  # the clause after "for" is what is called for
        content = (prep.idx + len(prep.text), content[1])
    named = named_as(tok, prep) if prep is not None else None
    if named is not None:  # "referred to the sanctions as “economic warfare”": and what they were called
        content = (content[0], max(content[1], subtree_span(named)[1]))
    if unmarked is not None:  # the clause begins with its subject; "after the convention" is the scene
        first = unmarked[1].left_edge
        that = doc[first.i - 1] if first.i > 0 else None
        # (or with its "that", which the parser may make the clause's object: "told a briefing that Lai was ...",
        # or the word of an indirect question: "have not said when they would ...")
        opener = that is not None and that.head == unmarked[0] and that.lower_ in QUESTION_WORDS | {"that"}
        content = ((that if opener else first).idx, content[1])
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
        if misread is not None and (misread_that(tok, misread) or subject_read_as_object(misread, comp)):
            # 'warned that any levy on steel under the new rules ... would be ruinous': the
            # parser split the clause, its subject read as the verb's object
            content = (misread.left_edge.idx, content[1])
        split = split_subject(tok, comp)
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
        content = (content[0], object_complement_end(tok, comp, content[1]))
        if misread_that(tok, comp):  # 'warned that any levy on steel ... would be ruinous'
            content = (content[0], trim_edges(text, content[0], sent_of(tok).end_char, EDGE_CHARS + ".")[1])
    if cue[0] <= comp.idx < cue[1]:  # "have expressed misgivings about the deal": content follows the cue
        words = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        last = words[-1] if words is not None and len(words) else None
        if last is not None and last.dep_ == "prep" and last.head.i == tok.i and _aimed_at(last):
            # "took a shot at Clinton": the parser hung the cue's preposition on the verb
            content = (content[0], max(content[1], subtree_span(last)[1]))
        rest = trim_edges(text, cue[1], max(content[1], cue[1]))
        if rest[1] - rest[0] < 3:
            return
        content = rest
    cue = (cue[0], manner_adverb_end(tok, cue[1], content[0]))
    if kind == "ccomp" and comp.i < tok.i:  # 'The deal is dead, the ministry said Monday in a statement.'
        cue = (cue[0], closing_words_end(tok, cue[1]))
        if speaker is not None and content[0] <= speaker.idx < content[1]:
            # what was said ends at the comma before the speaker the parser hung on it
            content = trim_edges(text, content[0], speaker.left_edge.idx, EDGE_CHARS + ".")
        if speaker is not None and content[1] < speaker.left_edge.idx:
            # the parser hung the clause's tail on the verb ("has taken up with the United States the
            # issue of visa delays, Minister X said"): it runs on to the comma before the speaker
            gap = text[content[1]:speaker.left_edge.idx]
            comma = gap.rstrip().rfind(",")
            if comma > 0 and not any(ch in gap[:comma] for ch in "\n\"“”;:") and gap[:comma].strip():
                content = trim_edges(text, content[0], content[1] + comma, EDGE_CHARS + ".")
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
            and no_new_clause(doc, content[1], sent_end):
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
        second = second_report(tok, comp)
        if second is not None:  # "Six in 10 said she is honest, and half said the same of him"
            content = (content[0], min(content[1], second))
        aside = terms_aside(doc, content[0], content[1])
        if aside is not None:  # "said the talks had stalled, speaking on condition of anonymity"
            content = trim_edges(text, content[0], aside)
        own = _own_report_after(tok, comp, content)
        if own is not None:  # "is calling major donors himself, asking them to host events": a report of its own
            content = trim_edges(text, content[0], own)
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
    if kind == "ccomp" and comp.i > tok.i:
        gloss = _writers_gloss(doc, content)
        if gloss is not None:  # "said it will terminate the pact, a move that deepens the dispute"
            content = trim_edges(text, content[0], gloss, EDGE_CHARS)
    quote, content = quote_kind(content, quotes)
    used_cues.add(tok.i)
    if src is None and not is_passive(tok) and framed is None and not expletive:
        return  # the subject is inside the content ("which she plans to do"): not a frame
    add(rule, src, cue, content, quote, subj, parts=parts, extra={"confidence": round(probability, 2)})


def _opens_without_subject(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``verb`` is in a sentence that opens with its verb and has no subject, a list's item
    or a caption ('Calls men derogatory names, like "pigs"', "Lacks even the basic understanding
    of foreign policy, and extols the virtues of Putin"): what it reports has nobody named, as
    PolNeAR marks it. Not a frame the parser split from the quote before it ('... ." wrote a man
    calling himself Paul'), nor words inside a quote."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    if verb.tag_ not in ("VBZ", "VBD") or head.dep_ != "ROOT" or head.tag_ not in ("VBZ", "VBD") \
            or in_spans(verb.idx, quotes) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for t in (verb, head) for c in t.children):
        return False
    sent = sent_of(head)
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.i != head.i:
        return False
    before = next((t for t in reversed(verb.doc[: sent.start]) if not t.is_space), None)
    return before is None or before.text not in CLOSING_MARKS and before.text not in QUOTE_TOKENS


#: Words that open a clause set against what was said ("..., although he again refused to pledge").
_SET_AGAINST_MARKS = {"although", "though", "while", "whereas"}


def _own_report_after(verb: Token, comp: Token, content: tuple[int, int]) -> int | None:
    """Where what ``verb`` reports ends when a participle of its own follows it after a comma
    and reports something itself ("is even calling major donors himself, asking them to host
    events"): at that comma; or when it says how, by a report of its own ("pitched himself to
    voters by telling them that ..."): at "by" (PolNeAR train and dev: the participle is a cue
    9 times in 13); or when a clause set against it reports on its own ("claimed that paying no
    taxes was smart, although he again refused to pledge to ..."): at "although" (11 times in 15).
    None when there is none."""
    doc = verb.doc
    reports = lambda v: cue_frame(v) != "none" and is_cue_verb(v, 0.5)  # noqa: E731
    # (or leads to one: "..., going on to say that ..."; and the parser may hang it on the clause
    # said: "said the plan was bad, adding that ...")
    heads = [verb, comp] if comp.dep_ == "ccomp" and comp.head.i == verb.i else [verb]
    part = next((c for h in heads for c in h.rights if c.dep_ == "advcl" and c.tag_ == "VBG"
                 and c.i > (comp.right_edge.i if h.i == verb.i else comp.i)
                 and content[0] < c.idx < content[1] and doc[c.left_edge.i - 1].text == ","
                 and (reports(c) or leads_to_saying(c))), None)
    if part is not None:
        return doc[part.left_edge.i - 1].idx
    means = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "by" and c.i > comp.right_edge.i
                  and content[0] < c.idx < content[1]
                  and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and reports(g) for g in c.children)), None)
    if means is not None:
        return means.idx
    # a clause set against it comes after what was said (not "showed that although Clinton has
    # touted her experience, voters rated her lower", where it opens what was said)
    words = doc.char_span(*content, alignment_mode="contract")
    conceded = next((m for v in (words or []) if v.dep_ == "advcl" and v.pos_ == "VERB" and reports(v)
                     and any(c.dep_ == "nsubj" for c in v.children)
                     for m in v.children if m.dep_ == "mark" and m.lower_ in _SET_AGAINST_MARKS
                     and content[0] < m.idx and m.i > comp.i > verb.i), None)
    return conceded.idx if conceded is not None else None


#: Nouns of the writer's gloss set after a report ("..., a move that deepens the dispute").
_GLOSS_NOUNS = {"move", "step", "decision", "development", "sign", "blow", "setback", "shift", "escalation",
                "reversal", "rebuke", "signal", "turnaround", "u-turn"}


def _writers_gloss(doc: Doc, content: tuple[int, int]) -> int | None:
    """Where the writer's gloss at the end of what was said begins (its comma): "a move", "a
    step", ... set beside the clause after a comma and running to its end ("said it will
    terminate the pact, a move that deepens the dispute"); None without one."""
    span = doc.char_span(*content, alignment_mode="contract")
    for t in span if span is not None else []:
        if t.dep_ == "appos" and t.lemma_.lower() in _GLOSS_NOUNS and t.left_edge.i > span.start \
                and doc[t.left_edge.i - 1].text == "," and all(x.is_punct for x in doc[t.right_edge.i + 1 : span.end]) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return doc[t.left_edge.i - 1].idx
    return None


def _may_say(speaker: Token) -> bool:
    """Whether the subject of a verb after what it says may be who says it: someone who can
    speak, a name, a pronoun, or a paper with words on it ("..., the report said")."""
    return can_speak(speaker) or speaker.pos_ in ("PROPN", "PRON") \
        or speaker.lemma_.lower() in DOCUMENT_NOUNS | SAYING_THINGS


#: Verbs of meeting someone, whose object is no content.
_MEETING_VERBS = {"meet", "visit", "host"}
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
        return cue is not None and governed_by(cue.root, comp)

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


def nested(run: Run) -> None:
    """Reported speech inside reported speech ("X claimed that ..., although he refused to
    pledge to ..."): PolNeAR's annotators often mark them too. A verb inside another
    attribution's indirect content is a cue of its own when the cue model is sure of it
    (``NEST_MIN_PROBABILITY``); its content stays inside the outer one's. Not inside what
    "according to" gives ("According to the broadcaster, the minister said that ..."), nor a
    to-infinitive ("called Machado to express gratitude"): PolNeAR's guidelines annotate only
    the outermost attribution, and there its annotators kept to them (train: 11 such nested
    reports marked in 40, and 1 in 8)."""
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
    for outer in [a for a in found if a["quote"] != "direct" and a.get("cue") and a["rule"] != "according_to"]:
        # every part of it ("X agreed to a truce, mediators said, though aid groups voiced doubt ...")
        spans = [doc.char_span(*part, alignment_mode="contract") for part in content_spans(outer)]
        for span, tok in [(span, tok) for span in spans if span is not None for tok in span]:
            if tok.i in used_cues or tok.pos_ != "VERB" or quoted.hits(tok.idx, tok.idx + len(tok.text)) \
                    or infinitive_to(tok) is not None:
                continue
            n = len(found)
            sure = None if relative_report(tok) or relative_speaker(tok) or _set_against(tok) \
                else NEST_MIN_PROBABILITY
            _complement(run, tok, fixed, sure, within=(span.start_char, span.end_char),
                             rule="nested_complement")
            for a in found[n:]:
                for t in (fixed, quoted):
                    t.add(*record_spans(a))
                _end_before_next_report(outer, a, doc)


def relatives_in_sources(run: Run) -> None:
    """A report in a relative clause inside a source another rule found ('"...," said Mr.
    Ekovich, who noted that the clubs had closed', '... said a Texas consultant who said he would
    not vote for Mr. Cruz'): that rule took the source's words, so the verb is read here as if it
    had not. PolNeAR's annotators mark such a report apart, its relative word the source, and end
    the outer source before it: on train, of the sources we found whose relative clause holds a
    gold cue, 39 of 39 end at the clause's comma, and of those with no comma 14 before the
    relative word, none after it."""
    doc, text, quotes, _, used_cues, found, _ = run.state()
    for outer in list(found):
        src = outer.get("source")
        span = doc.char_span(src["start"], src["end"], alignment_mode="contract") if src else None
        if span is None or outer["rule"] == "transcript_turn":
            continue
        for tok in span:
            if tok.dep_ != "relcl" or tok.pos_ != "VERB" or tok.i in used_cues or tok.head.i < span.start \
                    or tok.left_edge.i <= span.start or in_spans(tok.idx, quotes) or tok.idx >= src["end"]:
                continue
            first = doc[tok.left_edge.i]
            set_off = doc[first.i - 1].text == ","
            if not set_off and not (first.tag_ in ("WP", "WDT") and first.dep_ in ("nsubj", "nsubjpass")):
                continue  # ("the deal the minister signed"): no relative word to speak
            others = Taken()  # every word given away but the outer source's
            for a in found:
                others.add(*(sp for sp in record_spans(a) if a is not outer or sp != (src["start"], src["end"])))
            if others.hits(tok.idx, tok.idx + len(tok.text)):
                continue
            n = len(found)
            _complement(run, tok, others, within=(first.idx, tok.right_edge.idx + len(tok.right_edge)))
            if len(found) > n:
                s, e = trim_edges(text, src["start"], doc[first.i - 1].idx if set_off else first.idx)
                if e > s:
                    src["end"], src["text"] = e, text[s:e]


def contents_before_set_against(found: list[dict[str, Any]], doc: Doc) -> None:
    """An indirect content that runs on over another speaker's report set against it, however
    that report was found ('Vietnam's trade ministry said the framework was "an important
    milestone", while U.S. Trade Representative Jamieson Greer said ...'), ends before it, as a
    nested one does (``_end_before_next_report``)."""
    for outer in [a for a in found if a["quote"] != "direct" and a.get("cue") and a.get("source")]:
        for inner in found:
            src = inner.get("source")
            if inner is not outer and src and src["start"] != outer["source"]["start"] \
                    and outer["content"]["start"] < src["start"] < outer["content"]["end"]:
                _end_before_next_report(outer, inner, doc)


def _set_against(verb: Token) -> bool:
    """Whether ``verb`` opens a clause with a speaker of its own set against the one before it
    (", while China has urged New Delhi to ...", ", whereas others argue ..."): a statement of
    its own more than one nested in the first."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i \
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children) \
        and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","


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
