"""Where a cue begins and ends: the verb group (auxiliaries, negation, particles, catenatives
such as "tries to draw", "was quoted as saying", the turn in "began by saying") and the time,
manner and occasion a closing frame carries ("said in a statement on Monday")."""
from __future__ import annotations

from spacy.tokens import Token

from .agreement_words import AGREEMENT_HEADS, status_lexicon
from .cues import (RAISING_VERBS, clause_object_in_cue, content_prep, cue_frame, cue_rate, lemma_of, noun_clause,
                   object_in_cue)
from .doctools import sent_of, text_of
from .report_words import SUBJECT_ADJECTIVES, is_cue_verb, is_date_phrase, light_verb
from .spans import is_time, is_token, paragraph_of


#: Verbs that PolNeAR's annotators take into the cue together with the verb they lead to
#: ("tries to draw", "continue to ignore", "has yet to explain"): in train, "to" and that verb
#: are in the cue 332 times in all xcomp cues, and for these lemmas mostly ("failed to
#: prosecute": 7 of 7 in train and dev; "managed to", "scrambled to", "moved to": 3 of 3 each in
#: train). Not "attempt" (6 of 8) nor "proceed": on train, "attempted" alone is a cue more often
#: than the verb it leads to is one.
CATENATIVES = {"try", "continue", "have", "go", "use", "need", "tend", "begin", "start", "struggle", "fail",
               "manage", "scramble", "move", "avoid", "resist"}


#: Verbs of a turn in an exchange that lead to what was said through "by" ("began by saying",
#: "responded to the tweet by calling"): PolNeAR train puts them in the cue 13 times in 13 when
#: they have no object of their own ("began her speech by slamming" keeps "slamming" alone, 5 of 9).
TURN_VERBS = {"begin", "open", "respond", "reply", "follow", "conclude", "continue", "start", "end", "close",
              "finish", "react", "answer", "counter"}

#: Verbs that lead through a preposition to what is (or is not) said, and go in its cue ("pivoted
#: to arguing", "refrained from endorsing", "stopped short of calling", "steered clear of
#: criticizing"). PolNeAR train and dev have these verbs, and "avoid" and "resist" (catenatives
#: above: "avoided directly criticizing"), in 29 cues, and no cue that leaves one out before the
#: verb it leads to.
_LEADING_PREPS = {("pivot", "to"), ("refrain", "from"), ("stop", "of"), ("steer", "of"), ("shy", "from")}


#: Words that float after a plural subject ("Bush and Cruz both said", "have all urged").
_FLOATING_QUANTIFIERS = {"both", "all", "each"}


def floating_quantifier(word: Token, verb: Token) -> bool:
    """'Richards and Menendez both stressed', 'Carson and Fiorina have all characterized': a
    quantifier between a subject and its verb. PolNeAR's cue takes it (16 times in the 19 train
    and dev attributions where this test holds); not when it is the subject ('And both vowed')."""
    if word.lower_ not in _FLOATING_QUANTIFIERS or word.i == 0 or word.dep_ in ("nsubj", "nsubjpass"):
        return False
    on_verb = word.head.i == verb.i and word.dep_ in ("dep", "advmod", "predet", "det", "nmod")
    on_subject = word.dep_ == "appos" and word.head.dep_ in ("nsubj", "nsubjpass") and word.head.head.i == verb.i
    before = word.doc[word.i - 1]
    return (on_verb or on_subject) and (before.pos_ in ("NOUN", "PROPN", "PRON") or before.text == ")"
                                        or (before.head.i == verb.i and before.dep_ in ("aux", "auxpass")))


def _verb_word(word: Token, verb: Token) -> bool:
    """A word of the verb's own group before it: an auxiliary, a negation, an adverb ("has also
    said", "did not immediately respond") or an adverbial "since" ("has since said")."""
    if word.head.i != verb.i or word.is_punct:  # (the parser may take a dash for an auxiliary)
        return False
    return word.dep_ in ("aux", "auxpass", "neg") \
        or (word.dep_ == "advmod" and word.pos_ == "ADV" and word.tag_ != "WRB") \
        or (word.lower_ == "since" and not (word.n_lefts or word.n_rights))


def _between_auxiliary_and_verb(verb: Token) -> set[int]:
    """The words of a phrase set between a verb's first auxiliary and the verb ("have in the past
    said", "had last month charged"), whether the parser hung it on the verb or the auxiliary."""
    auxiliaries = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and not c.is_punct]
    if not auxiliaries:
        return set()
    first = auxiliaries[0].i
    return {t.i for h in [verb, *auxiliaries] for c in h.children
            if c.dep_ in ("prep", "npadvmod", "advmod") and first < c.left_edge.i and c.i < verb.i for t in c.subtree}


def cue_group(tok: Token) -> tuple[int, int]:
    """Char span of the verb group: auxiliaries and negation before the verb, particle after
    ("has been reported", "pointed out", "shot back", "did not say"). A refusal is the cue alone:
    "declined" (to comment on the report), as PolNeAR train and dev mark it 29 times in 33."""
    doc = tok.doc
    left, right = tok.i, tok.i
    j = tok.i - 1  # the verb's own words right before it: "has also said", "did not immediately respond"
    inside = _between_auxiliary_and_verb(tok)
    while j >= max(0, tok.i - 6) and (j in inside or floating_quantifier(doc[j], tok) or _verb_word(doc[j], tok)):
        left = j
        j -= 1
    while left < tok.i and doc[left].dep_ == "advmod" and (left == 0 or doc[left].is_sent_start or doc[left - 1].is_space
                                                          or (doc[left - 1].is_punct and doc[left - 1].text != ",")):
        left += 1  # "Later said ...": a sentence adverb, not part of the cue ("X, a spokesman, also said" keeps it)
    outer = light_verb(tok)
    if outer is not None:  # "issued a statement calling"
        left = min(left, doc.char_span(*cue_group(outer), alignment_mode="expand")[0].i)
    quoted = quoted_as(tok)
    if quoted is not None:  # "was quoted as saying"
        left = min(left, doc.char_span(*cue_group(quoted), alignment_mode="expand")[0].i)
    lead = catenative_of(tok)
    # (a lead through a preposition takes the words between: "responded to the tweet by calling")
    if lead is not None and (tok.dep_ == "pcomp"
                             or all(doc[k].dep_ in ("aux", "advmod", "prt", "neg", "acomp")
                                    for k in range(lead.i + 1, tok.i))):
        left = min(left, doc.char_span(*cue_group(lead), alignment_mode="expand")[0].i)  # "went on to say"
    for c in tok.rights:
        if (c.dep_ == "prt" or _answering_back(c)) and c.i <= tok.i + 2:
            right = max(right, c.i)  # "pointed out", "shot back"
        if c.i == tok.i + 1 and named_as(tok, c) is not None:
            right = max(right, c.i)  # "referred to the strikes as ...": "referred to"
    return doc[left].idx, doc[right].idx + len(doc[right].text)


#: Prepositions a verb names something with before what it calls it ("referred to the strikes as
#: a provocation", "spoke of the talks as frank").
_NAMING_PREPS = {"to", "of"}


def named_as(verb: Token, prep: Token) -> Token | None:
    """'referred to the strikes as “a grave provocation”': the verb's "as" right after the object
    of ``prep`` ("to", "of"), which says what the object was called; None when there is none."""
    if prep.dep_ != "prep" or prep.lower_ not in _NAMING_PREPS or prep.head.i != verb.i:
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    return next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i == obj.right_edge.i + 1
                 and any(g.dep_ == "pobj" for g in c.children)), None)


def _answering_back(tok: Token) -> bool:
    """Whether ``tok`` is the "back" of an answer ("shot back:", "fired back at"), not of a time
    ("said back in October")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "advmod" and tok.lower_ == "back" and tok.n_lefts + tok.n_rights == 0 \
        and (nxt is None or nxt.is_punct or nxt.lower_ in ("at", "against"))


def infinitive_to(verb: Token) -> Token | None:
    """The "to" of a to-infinitive ("to express gratitude"), or None when ``verb`` is none."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)


def raised_by_passive(verb: Token) -> Token | None:
    """The subject of a passive verb of report or belief whose infinitive ``verb`` is ("The
    official is understood to have told reporters ...", "He is said to have warned ..."): the one
    who is said to have spoken."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children) \
            or infinitive_to(verb) is None:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def catenative_of(tok: Token) -> Token | None:
    """The catenative verb an open complement hangs on ("has yet to explain", "went on to say"),
    the passive it is raised by ("is understood to have told"), or the copula of an adjective it
    hangs on ("was able to tout"), whose verb group opens the cue."""
    head = tok.head
    if head.i >= tok.i:
        return None
    if tok.dep_ == "xcomp" and (lemma_of(head) in CATENATIVES or is_token(raised_report(head), tok)):
        return head
    if raised_by_passive(tok) is not None:
        return head  # "is understood to have told" (its subject is who told: ``subjects.subject_of``)
    if tok.dep_ == "advcl" and lemma_of(head) in CATENATIVES \
            and infinitive_to(tok) is not None:
        return head  # "went on to explain", which the parser may read as a purpose clause
    if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in SUBJECT_ADJECTIVES and head.dep_ == "acomp" \
            and head.head.i < head.i:
        return head.head  # "was able to consistently tout"
    if _leads_right_into(head, tok):
        return head  # "interjected to say", "hesitated to repeat", "might stop to consider"
    return prepositional_lead(tok)


def _leads_right_into(head: Token, tok: Token) -> bool:
    """Whether ``tok`` is a to-infinitive right after a verb of its own subject ("interjected to
    say", "hesitated to repeat", "has been working to emphasize"), with nothing but adverbs
    between, when the infinitive is the cue. PolNeAR's cue opens at that verb: of the 26 such
    cues on train and dev, 14 match the gold so and 1 from "to" (not a copula, whose subject the
    gold may take too: "his task is to recommend"; nor "seem", ``raised_report``)."""
    if tok.dep_ not in ("xcomp", "advcl") or head.pos_ != "VERB" or lemma_of(head) == "be" \
            or lemma_of(head) in RAISING_VERBS:  # ("appears to contradict": ``raised_report``)
        return False
    to = infinitive_to(tok)
    if to is None:
        return False
    between = tok.doc[head.i + 1 : to.i]
    return all(t.dep_ in ("advmod", "neg", "prt") and t.head.i == head.i for t in between)


def prepositional_lead(tok: Token) -> Token | None:
    """The verb of a turn that ``tok`` says how it was taken ("began by saying", "responded to
    the tweet by calling", "followed up by asking"), or that leads to it through a preposition
    ("pivoted to arguing", "refrained from endorsing"), whose verb group opens the cue; None when
    a verb of a turn has an object of its own ("began her speech by slamming")."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.i >= prep.i:
        return None
    lead = prep.head
    if lead.dep_ == "advmod" and lead.lower_ in ("clear", "short") and lead.head.i < lead.i:
        lead = lead.head  # "steered clear of", "stopped short of"
    if lead.pos_ != "VERB":
        return None
    if (lemma_of(lead), prep.lower_) in _LEADING_PREPS:
        return lead
    if prep.lower_ != "by" or lemma_of(lead) not in TURN_VERBS or any(c.dep_ == "dobj" for c in lead.children):
        return None
    return lead


def leads_to_report(verb: Token) -> bool:
    """Whether ``verb`` leads, through a preposition, to a verb of report whose cue it opens
    ("pivoted to arguing", "responded by saying"): then that verb is the cue, not this one."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in verb.children if c.dep_ == "advmod" for p in c.children if p.dep_ == "prep"]
    return any(is_token(prepositional_lead(g), verb) and cue_rate(g) >= LED_REPORT_MIN_RATE
               for c in preps for g in c.children if g.dep_ == "pcomp")


#: How often a verb a lead goes to must be a cue for the lead to give up being one of its own.
LED_REPORT_MIN_RATE = 0.5


def leads_to_saying(verb: Token) -> bool:
    """Whether ``verb`` is a catenative whose open complement is a verb of report ("going on to
    say that ...", "went on to claim ..."): the two report as one."""
    return lemma_of(verb) in CATENATIVES and any(c.dep_ == "xcomp" and c.pos_ == "VERB"
                                                 and cue_rate(c) >= LED_REPORT_MIN_RATE for c in verb.children)


#: How often a verb after "seems to" must be a cue for the two to be one cue ("seemed to blame").
RAISED_REPORT_MIN_RATE = 0.5


def raised_report(verb: Token) -> Token | None:
    """'Cruz seemed to blame the network', 'She appeared to imply that ...': the reporting verb
    that "seem" or "appear" leads to, when it reports something of its own. Then the subject
    speaks and the cue runs from "seemed" to it (PolNeAR train: 29 of 31 such cues have the
    subject as source), unlike "the deal seems to be dead", where the subject is what is framed."""
    if lemma_of(verb) not in RAISING_VERBS:
        return None
    x = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ == "VERB"), None)
    if x is None or cue_rate(x) < RAISED_REPORT_MIN_RATE or cue_frame(x) == "none":
        return None
    return x


#: Adverbs after a cue verb that turn the argument rather than say how it was said.
_SENTENCE_ADVERBS = {"however", "basically", "actually", "though", "instead", "meanwhile", "therefore", "still",
                     "too", "then", "now", "here", "there"}


def manner_adverb_end(verb: Token, cue_end: int, content_start: int) -> int:
    """Where a cue ends that an adverb of the verb's follows right before what it reports ("noted
    repeatedly that ...", "shot back that ...", "said privately that ..."): after the adverb,
    as PolNeAR marks it (train: 17 times in 19); else ``cue_end``."""
    doc = verb.doc
    between = doc.char_span(cue_end, content_start, alignment_mode="expand") if content_start > cue_end else None
    if between is None:
        return cue_end
    words = [t for t in between if not t.is_space]
    if len(words) == 1 and words[0].dep_ == "advmod" and words[0].head.i == verb.i and words[0].pos_ == "ADV" \
            and words[0].tag_ != "WRB" and words[0].lower_ not in _SENTENCE_ADVERBS:
        return words[0].idx + len(words[0].text)
    return cue_end


def colon_ends_paragraph(verb: Token, paragraphs: list[list[int]]) -> bool:
    """'Limbaugh added:' at the end of a paragraph: a reporting verb (a cue at least half the
    time in PolNeAR) whose colon closes its paragraph, so that the next one is what it says."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ":" or not is_cue_verb(verb, 0.5):
        return False
    colon = doc[verb.i + 1]
    end = paragraphs[paragraph_of(paragraphs, colon.idx)][1]
    return not text_of(doc)[colon.idx + 1:end].strip()


#: What a state recognises when it recognises another ("recognised Palestine", "recognise the
#: annexation", "recognise Kosovo's independence").
_RECOGNISED = {"state", "statehood", "independence", "sovereignty", "government", "annexation", "regime",
               "republic", "country", "junta", "authority"}


def recognises_a_state(verb: Token) -> bool:
    """'France recognised Palestine', 'Does Kazakhstan recognise Israel?', 'will never recognise
    the annexation': recognition of a state, a government or a claim to land, which is a
    position (``newslens.positions``), not a report of what someone holds true."""
    if lemma_of(verb) not in ("recognise", "recognize"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.ent_type_ in ("GPE", "NORP") or lemma_of(obj) in _RECOGNISED)


def concludes_agreement(verb: Token) -> bool:
    """'have concluded the Industrial Security Annex', 'signed the defence pact', 'signed a joint
    declaration', 'concluded negotiations on ...': a verb that makes an agreement signed
    (``newslens.agreements``' status words) with the agreement (or a declaration) as its object,
    or that ends the talks on one. That is the agreement's state, which the agreements table
    shows, not something said. (An agreement "to allow Mexican trucks ..." states its terms, and a
    declaration "saying ..." its words: PolNeAR marks those reports.)"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        obj = verb.head  # "The Mercosur agreement, which the EU concluded with Argentina, ..."
    if obj is None or any(c.dep_ in ("acl", "ccomp") for c in obj.children):
        return False
    signed = lemma_of(obj) in AGREEMENT_HEADS + _SIGNED_PAPERS and status_lexicon().get(lemma_of(verb)) == "signed"
    return signed or (lemma_of(verb) in _ENDING_VERBS and lemma_of(obj) in _TALKS)


#: Papers other than agreements that are signed rather than said ("a joint declaration").
_SIGNED_PAPERS = ("declaration", "communique", "communiqué")
#: Verbs that end talks, and the talks they end ("concluded negotiations on a trade deal").
_ENDING_VERBS = {"conclude", "complete", "finish", "finalise", "finalize"}
_TALKS = {"negotiation", "negotiations", "talk", "talks", "consultation", "consultations"}


def leading_time(comp: Token, start: int) -> tuple[int, int] | None:
    """'said Tuesday his actions were legal', 'said on Thursday he would cut tariffs': the parser
    hangs the day on the reported clause, which it then opens. Returns where the time phrase ends
    and where the clause starts after it, or None."""
    doc = comp.doc
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None:
        return None
    when = next((c for c in comp.children if (is_time(c) or _on_a_day(c)) and c.left_edge.i == first[0].i), None)
    if when is None or when.right_edge.i + 1 >= comp.i:
        return None
    after = doc[when.right_edge.i + 1]
    if after.is_punct or (after.lower_ == "that" and after.dep_ == "mark"):
        return None
    return when.right_edge.idx + len(when.right_edge.text), after.idx


def _on_a_day(prep: Token) -> bool:
    """'on Thursday', 'on Oct 9': a preposition of time with a date as its object."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "in") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _in_a_statement(prep: Token) -> bool:
    """'in a statement', 'in a written statement': the document a closing cue was made in, which
    PolNeAR's annotators put in the cue (train and dev: 34 times, left out 18; "in an interview"
    only 22 times in 59, so an occasion stays out)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return (prep.dep_ == "prep" and prep.lower_ == "in" and obj is not None and obj.lemma_ == "statement"
            and all(g.dep_ in ("det", "amod", "compound", "poss") and g.i < obj.i for g in obj.children))


def time_after(verb: Token, end: int, comp: Token) -> int | None:
    """Where a cue ends that its time follows directly, before what it reports ("said Monday
    that", "announced this week that"): PolNeAR's annotators put it in the cue more often
    than not."""
    for c in verb.rights:
        if is_time(c) and c.left_edge.idx <= end + 1 and c.left_edge.i > verb.i and c.right_edge.i < comp.left_edge.i:
            last = c.right_edge
            return last.idx + len(last.text)
    return None


def closing_words_end(verb: Token, end: int) -> int:
    """Where a cue that closes a sentence ends: after its time and manner ("said Monday", "said
    then", "said sarcastically", "said with a smile": PolNeAR train and dev put "with ..." in the
    cue 7 times in 7) and the statement it was made in ("said in a statement") when
    they follow the verb directly and end the sentence. (An occasion, "said in an interview", is
    in PolNeAR's cues less often than not: left out. So is a time of more than one word, "he said
    last month", "tweeted Friday afternoon": PolNeAR train puts one in the cue 3 times in 19.)"""
    doc = verb.doc
    last = None
    nxt = verb.i + 1
    for c in verb.rights:
        # (the phrase's head is the next word: a time headed by a later word, "last month", is
        # left out, as measured above)
        if c.i != nxt or not (is_time(c) or c.dep_ == "advmod" and c.pos_ == "ADV" or _in_a_statement(c)
                              or (c.dep_ == "prep" and c.lower_ == "with")):  # "said with a smile"
            break
        last = c.right_edge
        nxt = last.i + 1
    rest = doc[nxt : sent_of(verb).end]
    if last is None or any(not (t.is_punct or t.is_space) for t in rest):
        return end
    return last.idx + len(last.text)


def _quote_verb_of(verb: Token) -> Token | None:
    """The verb of quoting ("quote", "cite") that a "saying" hangs on through "as", or None."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.tag_ != "VBG":
        return None
    quoting = verb.head.head
    return quoting if lemma_of(quoting) in ("quote", "cite") else None


def quoted_as(verb: Token) -> Token | None:
    """'The minister was quoted as saying that ...': the passive "quoted" (or "cited") that
    "saying" hangs on through "as", or None."""
    quoting = _quote_verb_of(verb)
    return quoting if quoting is not None and any(c.dep_ == "auxpass" for c in quoting.children) else None


def quoting_as(verb: Token) -> Token | None:
    """'KCNA quoted leader Kim Jong Un as saying ...': the active "quoted" (or "cited") that
    "saying" hangs on through "as", whose object is the one quoted, or None."""
    quoting = _quote_verb_of(verb)
    return quoting if quoting is not None and not any(c.dep_ == "auxpass" for c in quoting.children) else None


def with_adjuncts(verb: Token, phrase: tuple[int, int], adverbs_only: bool = False) -> tuple[int, int]:
    """A frame with the time, manner and occasion right after its verb ("Stumpf explained
    earlier in the committee hearing", "the senator said then"). ``adverbs_only``: its adverbs
    of time and manner ("As we have said many times"), not a phrase it governs ("the two sides
    argued over whether ...") nor a question word ("would not say when, or whether, ...": what
    was not said)."""
    deps = ("advmod", "npadvmod") if adverbs_only else ("advmod", "npadvmod", "prep", "agent")
    end = phrase[1]
    for c in verb.rights:
        if c.idx < end:
            continue
        if c.dep_ not in deps or (adverbs_only and c.tag_ == "WRB") or text_of(verb.doc)[end:c.left_edge.idx].strip():
            break
        end = c.right_edge.idx + len(c.right_edge.text)
    return phrase[0], end


#: What a verb governs when it says something of its own, not frames the words around it.
OWN_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd")


#: Prepositions after an object noun that open what the noun reports ("concern about").
_NOUN_CONTENT_PREPS = {"about", "over", "into"}


#: Nouns of a course of action that a verb lays out, with what is planned after them, and the verbs
#: that lay one out.
_PLAN_NOUNS = {"plan", "proposal", "blueprint"}
_LAYING_OUT = {"outline", "unveil", "lay", "issue", "announce", "present", "propose", "offer", "release", "put",
               "sketch", "introduce", "detail", "submit", "float", "roll", "table", "publish", "set", "draft"}


def _a_plan_to(obj: Token) -> bool:
    """Whether ``obj`` is "a plan" (or "a proposal") that a verb lays out, with a to-infinitive of
    what is planned: PolNeAR marks "unveiled a proposal", "laid out a plan" as the cue and the
    infinitive as what was said (but "announced her plan to ...", with the possessor, keeps the
    plan in what was said, and one withdrawn is no cue)."""
    return obj.lemma_.lower() in _PLAN_NOUNS and obj.head.lemma_.lower() in _LAYING_OUT \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) \
        and any(c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in obj.rights)


def _someone_elses(obj: Token) -> bool:
    """Whether ``obj`` is said to be someone's by name ("Trump's comments", "the judge's decision"):
    then it is another's words that the verb takes up, which PolNeAR keeps in what was said
    ("has slammed | Trump's comments about ..."). A pronoun may be the speaker's own ("offered
    his thoughts on"), so it does not count."""
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in obj.children)


def noun_cue_end(obj: Token) -> int:
    """Where the cue ends when a verb's object is itself what reports (PolNeAR: "expressed deep
    concern about ...", "highlighted his message that ..."): after the noun when it has a
    that-clause, after the preposition that opens its content; else at the verb (-1), as when the
    object is someone else's by name."""
    if obj.pos_ != "NOUN" or _someone_elses(obj):
        return -1
    if _a_plan_to(obj):  # "outlined a plan to overhaul corporate taxes"
        return obj.idx + len(obj.text)
    if noun_clause(obj) is not None:
        return obj.idx + len(obj.text) if clause_object_in_cue(obj) else -1
    if object_in_cue(obj.head, obj):  # "cast doubt on", "took issue with", "raised questions about"
        nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None  # on the noun or on the verb
        prep = nxt if nxt is not None and nxt.dep_ == "prep" and nxt.head.i in (obj.i, obj.head.i) \
            and any(g.dep_ in ("pobj", "pcomp") for g in nxt.children) else None
        if prep is not None and not is_date_phrase(prep):
            return prep.idx + len(prep.text)
    # ('expressed "grave concern" over the treaty', 'expressed outrage over'; not 'welcomed the
    # entry into force of')
    prep = content_prep(obj) or next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in _NOUN_CONTENT_PREPS
                                      and (c.lower_ != "into" or object_in_cue(obj.head, obj))
                                      and all(t.is_punct for t in obj.doc[obj.i + 1 : c.i])), None)
    if prep is not None and prep.lower_ in _NOUN_CONTENT_PREPS \
            and not is_date_phrase(prep):
        return prep.idx + len(prep.text)
    return -1
