"""Who speaks: the subject of a reporting verb, the agent of a passive, an inverted speaker
("..., said the minister"), and the speakers the parser puts in the wrong place (a name set
off after a quote, a speaker inside an opening phrase or an aside)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cue_spans import (OWN_OBJECTS, cue_group, leads_to_saying, quoted_as, quoting_as, raised_by_passive,
                        with_adjuncts)
from .cues import CONTENT_PREPS, QUOTE_TOKENS, cue_rate, ground_rule, lemma_of, purpose_of_terms
from .doctools import list_lead, sent_of, text_of
from .quotes import CLOSE, OPEN
from .report_words import (ADDRESSING_VERBS, DOCUMENT_NOUNS, SAYING_THINGS, SUBJECT_ADJECTIVES, can_speak,
                           contracted_perfect, is_cue_verb, is_date_phrase, light_verb, not_carried_out)
from .resolution_text import body_saying
from .source_spans import MISPARSED_DEPS, past_dateline, past_opening_phrase, relative_word_and_speaker, source_span
from .source_words import ANONYMOUS_HEADS, OUTLET_HEADS
from .spans import is_time, last_word, trim_edges


#: Verbs whose object is the means the subject acts with, not who acts: "used blunt language
#: to denounce", "took the opportunity to say", "made a point to thank".
_OWN_MEANS_VERBS = {"use", "take", "seize", "make", "spend"}


def speakers_after_quote(doc: Doc, content: tuple[int, int], source_start: int) -> tuple[int, int] | None:
    """'"Europe must defend itself," French President A and German Chancellor B said': the parser
    ran the quote's clause on over the first speakers. When the content ends, after its quote's
    closing mark and comma, with words that have no verb and run up to the source, returns
    (where the content ends, where the source starts); None otherwise."""
    text = text_of(doc)
    close = max(text.rfind(mark, content[0], content[1]) for mark in CLOSE)
    if close < 0 or text.rfind(",", content[0], close + 1) < 0 or text[content[0]:content[0] + 1] not in OPEN:
        return None
    rest = trim_edges(text, close + 1, content[1])
    if rest[1] <= rest[0] or text[rest[1]:source_start].strip():
        return None
    words = doc.char_span(*rest, alignment_mode="expand")
    if words is None or any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.ent_type_ == "PERSON" for t in words):
        return None
    return close + 1, rest[0]


#: Determiners that stand alone as a verb's subject, which the parser may hang on the verb
#: without calling them one ("but neither wants to move first"); not "both", which pairs what
#: follows more often ("She both documents the boom and ...").
_PRONOUN_DETERMINERS = {"neither", "either", "each", "none"}


def free_relative_speaker(speaker: Token) -> bool:
    """Whether a subject is that of a free relative ("World reacts to the truce: what leaders
    said"): it says what is said is "what", no report of the words around it."""
    return any(c.dep_ == "det" and c.tag_ in ("WP", "WDT") for c in speaker.children)


def finite_verb_read_as_modifier(verb: Token) -> bool:
    """Whether a past-tense verb the parser hung on the sentence's root noun, after a comma, is
    the sentence's own verb ("The DEM Party, which has acted as an intermediary ..., called on
    parliament to ..."), not a participle describing the noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" \
        and verb.head.pos_ in ("NOUN", "PROPN") and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ == "relcl" and c.i < verb.i for c in verb.head.children)


def _person_shown(verb: Token) -> Token | None:
    """'The ad uses footage of Hillary Clinton asking, “...”': a participle right after a person
    named as what something shows ("of" a noun) is that person's doing, though the parser hangs
    it on the sentence's verb, whose subject would then speak."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl") or verb.i == 0:
        return None
    person = verb.doc[verb.i - 1]
    if person.ent_type_ != "PERSON" or person.dep_ != "pobj" or person.head.lower_ != "of" \
            or person.head.head.pos_ != "NOUN":
        return None
    return person


def subject_of(verb: Token) -> Token | None:
    """The speaker of a cue verb: its subject, the agent of a passive, or a conjoined verb's."""
    quoted = quoted_as(verb)
    if quoted is not None:  # "The minister was quoted as saying ...": the minister
        return next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
    quoting = quoting_as(verb)
    if quoting is not None:  # "KCNA quoted leader Kim Jong Un as saying ...": the one quoted says it
        return next((c for c in quoting.children if c.dep_ == "dobj" and c.i < verb.i), None)
    body = body_saying(verb)
    if body is not None:  # "The Security Council, ... 1. Endorses the plan, ... and calls on ...": the Council
        return body
    outer = light_verb(verb)
    if outer is not None:  # "the Council issued a statement calling ...": the Council
        return subject_of(outer)
    raised = raised_by_passive(verb)
    if raised is not None:  # "The official is understood to have told reporters that ...": the official
        return raised
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    words = [c for c in subjects if not c.is_punct or c.text == "-"]  # ("ex-wife": the hyphen may be one)
    if words and len(words) < len(subjects):  # "... made public ― Trump boasted": a dash is no subject
        subjects = words
    aside = _as_speaker(verb)
    if aside is not None:  # "Hawaii, as one of his advisers pointed out, rarely gets ...": the adviser
        return aside
    relative = relative_word_and_speaker(verb)
    if relative is not None:  # "which aid groups say killed ...": the groups, not "which"
        return relative[1]
    cleft = _cleft_focus(verb, subjects)
    if cleft is not None:  # "It was Russia that rejected it": Russia
        return cleft
    if subjects:
        inverted = _inverted_second_subject(verb, subjects)
        if inverted is not None:
            return inverted
        before = [c for c in subjects if c.i < verb.i]
        if len(before) > 1 and (any(t.is_punct or t.lower_ == "as"
                                    for t in verb.doc[before[-2].right_edge.i + 1 : before[-1].left_edge.i])
                                or (before[-2].right_edge.text == "," and before[-1].ent_type_ == "PERSON"
                                    and before[-1].right_edge.i + 1 == verb.i)):
            # two subjects set apart ("Hawaii, as one of the advisers pointed out, ...", '"That,"
            # he said', "... the issue of visa delays, Minister X said", the comma the first's
            # last word): the nearer speaks; two side by side are one name the parser split
            return past_dateline(before[-1])
        return past_opening_phrase(past_dateline(subjects[0]))
    lead = list_lead(verb)
    if lead is not None:  # "The Ministers: • welcomed ...": the list's lead says it
        return lead
    alone = next((c for c in verb.children if c.dep_ in ("preconj", "det") and c.i < verb.i
                  and c.lower_ in _PRONOUN_DETERMINERS), None) \
        if not any(c.dep_ in ("cc", "conj") and c.i > verb.i for c in verb.children) else None
    # (not "would neither confirm nor deny it", where "neither" pairs the verbs)
    if alone is not None:  # "Both sides have signalled they could live with it, but neither wants ...": neither
        return alone
    if contracted_perfect(verb):
        return next(c for c in verb.children if c.dep_ == "nsubjpass")
    for c in verb.children:
        # (only of a passive: "Strongly condemns the offensive by the M23", the parser's "agent"
        # of an active verb with no subject, is what is condemned)
        if c.dep_ == "agent" and verb.tag_ == "VBN":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _after_comma(verb) \
            and verb.head.dep_ == "ccomp" and is_cue_verb(verb.head.head, 0.5) \
            and (cue_rate(verb) >= 0.5 or leads_to_saying(verb)):
        # "She said that the two sides agreed on X, adding that ...": she adds, not the
        # countries; so too after a quote ('He stressed that "the way is to talk," suggesting ...')
        return subject_of(verb.head.head)
    outer = _coordinated_report(verb)
    if outer is not None:  # "Trump conceded that X had touched Y but implied ...": Trump implied
        return subject_of(outer)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not_carried_out(verb.head):
        # "vetoed every draft calling for a truce" (the parser hangs the participle on the verb):
        # the draft calls for it, not the one who vetoed it
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.i), None)
        if obj is not None and obj.pos_ == "NOUN":
            return obj
    shown = _person_shown(verb)
    if shown is not None:  # "The ad uses footage of Hillary Clinton asking, ...": Clinton asks
        return shown
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") \
            and (verb.dep_ != "advcl" or verb.tag_ == "VBG"):  # "..., saying that": the head's subject
        if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
            return None  # "The deal will ... and is expected to ...": nobody named expects it
        frame = verb.head
        framed_by = next((c for c in frame.children if c.dep_ == "nsubj" and c.i < frame.i), None)
        if verb.dep_ == "conj" and frame.dep_ == "parataxis" and frame.head.pos_ in ("VERB", "AUX") \
                and framed_by is not None and _after_comma(framed_by.left_edge) and is_cue_verb(frame, 0.5):
            # 'Both countries affirmed "...", the statement said, and agreed to ...': the parser
            # joined the verb to the frame set inside the sentence; it goes on from the sentence's
            return subject_of(frame.head)
        if verb.dep_ == "conj":  # "diplomats were stung by the vote and warned ...": the diplomats
            shared = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            if shared is not None and not any(c.dep_ == "nsubj" for c in verb.head.children):
                return past_dateline(shared)
        if verb.dep_ == "xcomp" and verb.head.lemma_ not in _OWN_MEANS_VERBS:
            # "forced India to wonder if ...": India wonders; not "used blunt language to denounce ..."
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
        return subject_of(verb.head)
    if finite_verb_read_as_modifier(verb):
        # "The pro-Kurdish DEM Party, which has acted as an intermediary ..., called on parliament
        # to ...": the parser made the sentence's verb a modifier of its subject
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        # "voters saying they want a ban", "a petition calling on him to ...", "a group backing
        # Rubio": the noun speaks; a message a subject put out speaks for the subject ("Trump
        # posted a message on Twitter reading ...")
        noun = verb.head
        lemma = noun.lemma_.lower()
        if lemma in DOCUMENT_NOUNS and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # (a draft the Council "failed to adopt" says it, not the Council)
            return noun if not_carried_out(noun.head) else subject_of(noun.head)
        if can_speak(noun):
            return noun
        if noun.dep_ == "pobj" and lemma in (DOCUMENT_NOUNS | SAYING_THINGS) - _SPOKEN_EVENTS:
            # "In a statement announcing the pick, the union called ...", "Despite polls showing her
            # well behind, ...": the document says it, or whose it is ("In her statement condemning")
            return next((c for c in noun.children if c.dep_ == "poss"), noun)
        clause = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
        if clause is not None and clause.pos_ in ("VERB", "AUX") and clause.i < noun.i:
            return subject_of(clause)  # "held a news conference announcing", "was heard on a microphone telling"
        return None  # "softer language calling for ...": no speaker
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in SUBJECT_ADJECTIVES \
            and verb.head.dep_ == "acomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head.head)  # "was able to consistently tout his record": the senator
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        if any(c.dep_ == "dative" and c.i < verb.i for c in verb.head.children):
            return None  # "gave the junta six months to announce a timetable": the junta is to, if anyone
        return subject_of(verb.head)  # "went on to explain that ...", "flew to Delhi to discuss the deal"
    prep = _verbs_preposition(verb)
    if prep is not None:  # "responded by saying that"; "appeared ... and for saying that"
        outer = prep.head
        if outer.dep_ == "advmod" and outer.pos_ == "ADV":
            outer = outer.head  # "refuses to discuss it, aside from saying ...": who refuses
        if outer.pos_ in ("VERB", "AUX"):  # "After saying her foot was swollen, she was rushed to hospital": she
            return subject_of(outer) or next((c for c in outer.children if c.dep_ == "nsubjpass"), None)
    if linked_participle(verb):
        # "we are convinced this is the only country", "Pfizer is well known for making ...":
        # a participle after a copula, with the copula's subject
        return subject_of(verb.head)
    for c in verb.lefts:
        if c.dep_ == "ccomp" and _description_as_clause(c):
            # "Omar Haddad, a Lyon, France, teacher helping to plan the strike, said":
            # the parser made the description a clause with the name its subject
            return c
    return _subject_in_opening_phrase(verb) or _misparsed_subject(verb) or _subject_of_aside_clause(verb) \
        or _subject_before_participle(verb) or _subject_of_participle_aside(verb)


#: Verbs that link a subject to a participle describing it ("are convinced", "seemed resigned").
_LINKING_VERBS = {"be", "seem", "appear", "become", "remain", "feel", "look", "sound", "get"}


def _verbs_preposition(verb: Token) -> Token | None:
    """The preposition through which a participle hangs on a verb ("responded by saying"), the
    first of two joined ones ("for his role in promoting ... and for saying that ..."), or one the
    parser joined to the verb itself as a conjunct; None when ``verb`` is no such participle."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    while prep.dep_ == "conj" and prep.pos_ == "ADP" and prep.head.pos_ == "ADP":
        prep = prep.head
    return prep if prep.dep_ == "prep" or (prep.dep_ == "conj" and prep.pos_ == "ADP") else None


def linked_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle the parser made the complement of a linking verb ("we are
    convinced that ...", "she seemed resigned to ..."), which speaks for the linking verb's subject."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ in _LINKING_VERBS


#: Occasions of speaking, whose speaker is not the occasion ("in a speech defending the deal").
_SPOKEN_EVENTS = {"speech", "interview", "briefing", "testimony"}


def _cleft_focus(verb: Token, subjects: list[Token]) -> Token | None:
    """The one a cleft sentence puts in focus as the verb's subject ("It was Russia that rejected
    it"): the noun after "it is" when the parser made the verb a clause of "is" with "that" or
    "who" for its subject; else None. (Parsed as a relative clause on the noun, "It was the
    minister who said ...", the relative word stays the source, as in "Reid, who said ...".)"""
    if len(subjects) != 1 or subjects[0].lower_ not in ("that", "who") or verb.dep_ != "ccomp":
        return None
    be = verb.head
    if be.lemma_ != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return None
    focus = next((c for c in be.children if c.dep_ == "attr" and c.i < verb.i), None)
    return focus if focus is not None and focus.pos_ in ("PROPN", "NOUN", "PRON") else None


def _subject_before_participle(verb: Token) -> Token | None:
    """'Fans marching through the old town chanted “...”': the parser took the participle
    for the sentence's verb and hung the real one on it as an adverbial clause. The
    participle's subject is the verb's, when nothing (no "when", "as", no comma) sets the verb
    apart."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ != "VBG" or head.dep_ != "ROOT" \
            or head.i > verb.i or any(c.dep_ in ("mark", "advmod", "aux") and c.i < verb.i for c in verb.children):
        return None
    if any(t.is_punct for t in verb.doc[head.i : verb.i]):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def _subject_of_aside_clause(verb: Token) -> Token | None:
    """'Rao, at a news conference after the two ministers held talks, made it clear that ...':
    the parser made the clause inside the aside the sentence's verb, gave it both subjects and
    hung the reporting verb on it as a loose dependent, or made it a clause the reporting verb
    governs from before it. The first subject, set off by a comma, is the reporting verb's."""
    if verb.dep_ == "dep" and verb.head.i < verb.i:
        clause = verb.head
    else:
        clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    if len(subjects) < 2:
        return None
    first = subjects[0]
    after = first.right_edge.i + 1
    return first if after < len(verb.doc) and verb.doc[after].text == "," else None


def _subject_of_participle_aside(verb: Token) -> Token | None:
    """'A ministry spokesperson, asked about the plans, said that ...': the parser read the
    participle set off by commas as a clause the reporting verb governs, with the speaker its
    subject. A bare participle (no auxiliary) between commas, right before the verb, gives its
    subject back when that subject names someone who speaks."""
    doc = verb.doc
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or doc[clause.i - 1].text != "," or subj.right_edge.i not in (clause.i - 2, clause.i - 1):
        return None  # the subject's own phrase, then the comma, then the participle
    comma = clause.right_edge if clause.right_edge.text == "," else doc[clause.right_edge.i + 1]
    if comma.text != "," or comma.i + 1 != verb.i:  # (the parser may hang the closing comma on it)
        return None
    return subj if can_speak(subj) or subj.pos_ == "PROPN" else None


def _inverted_second_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """'The plan to cut taxes appeals to older voters, said Alan Abramowitz': when the parser
    cannot read the clause before the comma as one, it makes it a noun phrase and a second
    subject of the verb. The speaker is the subject right after the verb; what comes before is
    what was said."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    after = next((c for c in subjects if c.i > verb.i and c.left_edge.i == verb.i + 1), None)
    if after is None or not any(c.i < verb.i for c in subjects):
        return None
    return after


def _subject_in_opening_phrase(verb: Token) -> Token | None:
    """'In a letter to the Tribune, her chief of staff, Maria Lind, said': the parser
    made the speaker an apposition to the last noun of the phrase that opens the sentence. The
    apposition is taken as the subject of a verb that has none when it follows a comma and it,
    like the phrase, ends right before the verb (a comma, auxiliaries and adverbs of the verb
    aside): not "At an event in Salem, Ohio, 62-year-old Brenda Johnson railed against ...",
    where the parser hung the name elsewhere."""
    if verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].text == "," or doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg", "advmod")):
        i -= 1
    for prep in verb.lefts:
        if prep.dep_ != "prep" or last_word(prep) != i:
            continue
        return next((t for t in prep.subtree if t.dep_ == "appos" and t.head.dep_ == "pobj"
                     and t.pos_ in ("NOUN", "PROPN") and t.i > 0 and doc[t.left_edge.i - 1].text == ","
                     and last_word(t) == i), None)
    return None


def _as_speaker(verb: Token) -> Token | None:
    """'Hawaii, as one of his advisers pointed out, ...': the parser read "as" as a preposition
    and its speaker as its object, leaving the verb the sentence's subject. The object is the
    speaker when "as" follows a comma and its phrase ends right before the verb. (The parser may
    also hang "as" on the subject before it: "Guam, as one of ...".)"""
    doc = verb.doc
    on_subject = [g for c in verb.lefts if c.dep_ == "nsubj" for g in c.rights]
    for c in list(verb.lefts) + on_subject:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > 0 and doc[c.i - 1].text == "," \
                and max(t.i for t in c.subtree) == verb.i - 1:
            return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON", "NUM")),
                        None)
    return None


def _description_as_clause(c: Token) -> bool:
    """Whether a "clause" before a verb is a name and its description the parser misread: its
    head is a noun, or a plural present verb ("rabbi" as VBP) whose subject is one name."""
    subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
    doc = c.doc
    if subj is None or subj.ent_type_ not in ("PERSON", "ORG") or c.right_edge.i + 2 != c.head.i \
            or doc[c.right_edge.i + 1].text != ",":
        return False
    return c.pos_ in ("NOUN", "PROPN") or (c.tag_ == "VBP" and subj.tag_ == "NNP")


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes right before ``tok``, or before the quotation mark before it."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].text in QUOTE_TOKENS:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _coordinated_report(verb: Token) -> Token | None:
    """'The minister conceded that his aide had met the envoy but implied that ...': the parser
    joins the second verb to the reported clause ("had touched") when it is the speaker's next
    report, joined to the first ("conceded"). A verb with no subject of its own, joined to the
    clause a reporting verb governs, is that verb's conjunct: the reporting verb is returned
    (on PolNeAR train the source is the reporting verb's subject 34 times in 37). What the
    first verb reports runs over the second unless the second is found as a cue of its own
    (``nested``, then ``_end_before_next_report``): cutting it at every such verb lowered
    content F1 on train and dev by 0.3 to 0.5."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    outer = verb.head.head
    if outer.i > verb.head.i or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "The framework will replace ... and is expected to cover ..., sources said"
    return outer if outer.pos_ == "VERB" and is_cue_verb(outer, 0.5) else None


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it"}


def _misparsed_subject(verb: Token) -> Token | None:
    """'In a meeting with the board Trump said that ...': the parser sometimes hangs the speaker
    on the phrase before it. A name, a subject pronoun or a number ("4 in 10") right before a
    reporting verb that has a complement clause is taken as its subject; so is a name set off by
    commas just before it ("Alarmed by the unrest, Senator Harry Reid, the leader, said")."""
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "neg", "advmod") and doc[i].head.i == verb.i:
        i -= 1
    if i < 0:
        return None
    prev = doc[i]
    if prev.lower_ in _SUBJECT_PRONOUNS and prev.pos_ == "PRON":
        return prev
    if prev.text == "," and i > 0:  # "Alarmed by the unrest in Nevada, Senator Reid, the leader, said"
        prev = _set_off_name(doc[i - 1])
        if prev is None:
            return None
    else:
        described = _set_off_name(prev)
        if described is not None and described.i < prev.i and described.dep_ == "appos" and can_speak(described):
            return described  # "Although ... with Sanders's team, a White House official who spoke anonymously said"
    as_phrase = next((a for a in prev.ancestors if a.dep_ == "pobj" and a.head.lower_ == "as"
                      and a.head.head.i == verb.i and a.right_edge.i == prev.i), None)
    if as_phrase is not None:  # "As a former colleague in Stockholm once told me: ...": the colleague
        return as_phrase
    if prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
            and prev.dep_ in MISPARSED_DEPS + ("appos", "conj"):
        return prev
    if prev.pos_ == "NUM" and prev.head.i == verb.i and prev.dep_ in ("nummod", "npadvmod", "nsubj", "dep"):
        return prev  # 'About 4 in 10 say they want ...': a share of those polled, hung on the verb
    return None


def apposed_speaker(subj: Token, verb: Token) -> Token | None:
    """The apposition of a verb's subject that sits right before the verb after a comma (', Chief
    Justice Roberts said'), a person or organisation the model recognises: the speaker the
    parser hung on the noun before it."""
    doc = verb.doc
    start = doc.char_span(*cue_group(verb), alignment_mode="expand")[0].i
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i + 1 == start), None)
    if appos is None or appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].text != ",":
        return None
    return appos if appos.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") else None


def stranded_speaker(verb: Token) -> Token | None:
    """'Russia is ready to speed up deliveries to India, a source in the defence sphere told
    TASS': the parser hung the speaker on the noun before it (an apposition of "India") and left
    the verb with no subject. The noun phrase that ends right before the verb, after a comma,
    when it names someone who can speak (``can_speak``)."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = doc.char_span(*cue_group(verb), alignment_mode="expand")[0].i
    if start == 0:
        return None
    noun = doc[start - 1]
    if noun.text == ")" and start >= 4 and doc[start - 3].text == "(":
        noun = doc[start - 4]  # "..., the Department of Foreign Affairs (DFA) said": past its acronym
    while noun.head.i < start and noun.head.i != noun.i and noun.dep_ in ("pobj", "prep", "compound", "amod", "nummod"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("appos", "conj", "npadvmod") \
            or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun if can_speak(noun) else None


#: Verbs whose "of" gives what the one addressed is told ("warned the council of a famine",
#: "reminded them of the deadline"), not who the one addressed is ("told the head of the agency").
_OF_TOPIC_VERBS = {"warn", "remind", "inform", "assure", "advise"}


def _topic_of_recipient(verb: Token, prep: Token) -> bool:
    """Whether a preposition the parser hung on a verb's recipient is what the verb tells them:
    "about" or "against" ("told reporters about the plan", "warned Seoul against ..."), or "of"
    after "warn", "remind", ... with no name after it ("warned the council of a catastrophe")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("about", "against"):
        return True
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ == "of" and lemma_of(verb) in _OF_TOPIC_VERBS and obj is not None and obj.pos_ != "PROPN"


def told_only(verb: Token) -> Token | None:
    """The recipient of a verb of telling that governs nothing else ("Verma told The Hindu on
    Thursday"): a person, an organisation or a pronoun as its object. None otherwise."""
    if lemma_of(verb) not in ADDRESSING_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and not is_date_phrase(c) for c in verb.rights):
        return None  # "asked the court for quick action", "telling few people about it"
    objects = [c for c in verb.children if c.dep_ in OWN_OBJECTS]
    if len(objects) != 1 or objects[0].dep_ not in ("dobj", "dative") or objects[0].i < verb.i:
        return None
    whom = objects[0]
    if any(_topic_of_recipient(verb, c) for c in whom.children):
        return None  # "warns Security Council of 'catastrophe'": the parser hung the topic on whom
    if whom.ent_type_ in ("PERSON", "ORG", "NORP") or whom.pos_ == "PRON" \
            or whom.lemma_.lower() in ANONYMOUS_HEADS | OUTLET_HEADS | {"audience", "crowd"}:
        return whom
    return None


def put_it_speaker(verb: Token) -> Token | None:
    """'As one diplomat put it, the deal is dead', 'as Rao put it:': the "it" of "put it", which
    stands for the words around the frame; PolNeAR's cue is "put it"."""
    if verb.lemma_ != "put" or verb.i + 1 >= len(verb.doc):
        return None
    it = verb.doc[verb.i + 1]
    if it.lower_ != "it" or it.head.i != verb.i or it.dep_ != "dobj":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    led_by_as = subj is not None and subj.left_edge.i > 0 and verb.doc[subj.left_edge.i - 1].lower_ == "as"
    colon = it.i + 1 < len(verb.doc) and verb.doc[it.i + 1].text == ":"
    return it if led_by_as or colon else None


def trailing_clause(verb: Token) -> bool:
    """'Moscow considers the package an act of war, spokeswoman Maria Zakharova said on Monday':
    the parser made the frame at the sentence's end a clause of the verb before it (a frame that
    governs no clause of its own: not "..., student debt would decline, and care would ...")."""
    sent = sent_of(verb)
    return verb.dep_ == "ccomp" and verb.head.i < verb.i and verb.head.dep_ == "ROOT" \
        and all(t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1 : sent.end]) \
        and not any(c.dep_ in ("conj", "ccomp", "xcomp", "advcl", "dobj") for c in verb.children)


def aside_phrase(verb: Token, subj: Token, told: Token | None) -> tuple[tuple[int, int], tuple[int, int]]:
    """The speaker's span and the whole aside's span of a frame set off in a sentence: the speaker
    and the verb group, with whom it was told to and when ("Verma told The Hindu on Thursday")
    and an "as" that opens it ("Iran, as two of his advisers noted, ...")."""
    doc = verb.doc
    s, e = source_span(subj)
    group = cue_group(verb)
    phrase = (min(s, group[0]), max(e, group[1]))
    if told is not None and told.i > verb.i:
        phrase = with_adjuncts(verb, (phrase[0], max(phrase[1], told.right_edge.idx + len(told.right_edge.text))))
    lead = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if lead is not None and lead.lower_ == "as" and (lead.head.i == verb.i or lead.i == subj.head.i) \
            and lead.idx < phrase[0]:
        phrase = (lead.idx, phrase[1])
    # (with whom it cites: "..., the Philippine Daily Inquirer reported on Thursday, citing two
    # diplomats familiar with the meeting", no more of what was reported)
    citing = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
              and c.lemma_.lower() in ("cite", "quote")]
    # (and the terms it was said on: "..., a senior official said on condition of anonymity to
    # discuss the talks, ...")
    terms = [c for c in verb.rights if (c.dep_ == "prep" and ground_rule(c)) or purpose_of_terms(c)]
    if citing or terms:
        last = max(citing + terms, key=lambda c: c.i).right_edge
        phrase = (phrase[0], max(phrase[1], last.idx + len(last.text)))
    return (s, e), phrase


def frame_joined_on(verb: Token, told: Token | None) -> bool:
    """'..., but it is under pressure, said the chief executive': a frame the parser joined to the
    sentence's verb. It has a subject of its own and governs nothing of its own, except whom it
    was told to (``told``) and a clause before it, which is part of what was told."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ not in OWN_OBJECTS + ("advcl", "cc", "mark"):
            continue
        if told is not None and (c.i == told.i or (c.dep_ == "advcl" and c.i < verb.i)):
            continue
        return False
    return True


def _set_off_name(last: Token) -> Token | None:
    """The name a phrase set off by commas ends on ("..., Senator Harry Reid, the minority
    leader,", "..., Patrick F. Kennedy, the undersecretary for management,"): from its last word
    up through appositions, modifiers and phrases of the noun (the highest that still ends on
    that word) to the name, which must follow a comma or open the sentence."""
    doc = last.doc
    ends = {last.i} | ({last.i + 1} if last.i + 1 < len(doc) and doc[last.i + 1].text == "," else set())
    tok, found = last, None  # (the closing comma may hang on the name)
    while True:
        left = tok.left_edge.i
        if tok.pos_ in ("NOUN", "PROPN") and (left == sent_of(tok).start or doc[left - 1].text == ","):
            found = tok
        if tok.dep_ not in _SET_OFF_DEPS or tok.head.i >= tok.i or tok.head.right_edge.i not in ends:
            return found
        tok = tok.head


#: How the words of a phrase set off by commas hang on its name.
_SET_OFF_DEPS = ("appos", "compound", "amod", "det", "pobj", "prep", "poss", "nummod", "relcl", "acl", "dobj",
                 "advcl", "advmod")


def inverted_subject(verb: Token) -> Token | None:
    """'..., pointed out the source': the parser often makes the speaker an object after the verb.
    Only a finite verb is inverted so ('“...” before discussing specifics' is not)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.tag_ == "VB" and (verb.i == sent_of(verb).start or any(c.dep_ == "aux" for c in verb.children)):
        # a bare "VB" in mid-sentence is a past form the tagger missed ('“...,” read one'), not
        # one that opens its sentence ("Read the latest updates below:")
        return None
    for c in verb.rights:
        if c.ent_type_ in ("DATE", "TIME"):
            continue  # '..., said Monday Tulsa police Chief Chuck Jordan'
        if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dep", "oprd") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    while nxt is not None and nxt.dep_ in ("compound", "amod", "det") and nxt.head.i > nxt.i:
        nxt = nxt.head  # '..., said retired neurosurgeon Ben Carson, asked about ...': a later verb's subject
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON" and nxt.head.i > verb.i:
        return nxt
    return None


def _person_at(tok: Token) -> Span | None:
    """The person named at ``tok``, as the model recognises it."""
    return next((x for x in tok.doc.ents if x.label_ == "PERSON" and x.start <= tok.i < x.end), None)


def name_after_verb(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """'"...," said navy spokesman Cmdr. Alan Reyes, who ...': after a finite closing
    verb, titles and names up to a person the model recognises, which the parser hung on
    something else (here on "Capt.", tagged as punctuation). The speaker and its span, with any
    apposition after the name ("..., said Larry Noble, an attorney with ...")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    start = verb.i + 1
    while start < len(doc) and is_time(doc[start]):
        start += 1  # "said Monday Tulsa police Chief Chuck Jordan"
    for t in doc[start : start + 8]:
        ent = _person_at(t) if t.pos_ == "PROPN" else None
        if ent is not None:
            root = ent[-1]
            end = max([ent.end_char] + [c.right_edge.idx + len(c.right_edge)
                                        for c in root.children if c.dep_ == "appos"])
            return root, trim_edges(text_of(doc), doc[start].idx, end)
        if t.is_punct and t.text in _NAME_ENDS and t.i > start and _bare_name(doc[start : t.i]):
            # '"...," said Skelly, explaining ...': a name the model did not recognise, alone
            # between the verb and the punctuation that closes it
            return doc[t.i - 1], (doc[start].idx, t.idx)
        if not (t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or t.is_title and t.text.endswith(".") and len(t) <= 5
                or _bare_name(doc[t.i : t.i + 1])):
            return None  # ("Capt.", "Lt.": a rank the tagger may take for punctuation)
    return None


#: What may close a name set right after a closing verb.
_NAME_ENDS = {",", ".", ";", "—", "–"}


#: Capitalised words after a verb that are times, not names ("said Tuesday", "said Later").
_NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
              "yesterday", "later", "earlier", "again", "then", "now"}


def _bare_name(words: Span) -> bool:
    """Capitalised words and nothing else ("Skelly", which the tagger may take for an adverb, "Ann
    Selzer"), none of them a date or a time."""
    return len(words) <= 4 and all(
        t.text[:1].isupper() and any(ch.islower() for ch in t.text) and t.pos_ in ("PROPN", "NOUN", "ADV", "ADJ", "X")
        and t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in _NOT_NAMES for t in words)


def name_before_verb(verb: Token, quote_end: int) -> tuple[Token, tuple[int, int]] | None:
    """'“...,” Priya Nair, a senior outside adviser to the premier, said at ...': the words between a
    quote and its closing verb, when the parser made them part of the quote's clause (or of
    nothing). They must name a person the model recognises, with only titles before the name,
    and hold no verb."""
    doc, text = verb.doc, text_of(verb.doc)
    span = doc.char_span(quote_end, verb.idx, alignment_mode="contract")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words or len(words) > 20 or any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ and not _title_word(t)
                                           for t in words):
        return None  # (a name the tagger took for a verb is still a name: "Tulsa")
    ent = next((e for e in map(_person_at, words) if e is not None), None)
    if ent is None and phrase_before_closing_verb(words, verb):
        return words[-1], trim_edges(text, words[0].idx, words[-1].idx + len(words[-1]))
    if ent is None or any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") and not t.ent_type_ and not _title_word(t)
                          for t in words if t.i < ent.start):
        return None  # (titles before the name: "Tulsa police Chief Chuck Jordan")
    return ent[-1], trim_edges(text, words[0].idx, words[-1].idx + len(words[-1]))


#: Endings of the words for a trade or an office ("screenwriter", "governor", "economist").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _title_word(tok: Token) -> bool:
    """A lower-case word for a trade or office the tagger took for a verb ('screenwriter Cole
    Haddon wrote'), right before a name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.is_lower and tok.lower_.endswith(_AGENT_ENDINGS) and len(tok) > 4 and tok.tag_ in ("VB", "VBP", "NN") \
        and nxt is not None and nxt.pos_ == "PROPN"


def phrase_before_closing_verb(words: list[Token], verb: Token) -> bool:
    """'“...?” the 43-year-old asked', '“...,” the two wrote': a short noun phrase with a
    determiner, alone between a quote and its closing verb, names who spoke even when the
    parser hung the verb on it (and read the past tense as a participle). The verb must be a
    finite report."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    return len(words) <= 6 and finite and is_cue_verb(verb, 0.5) \
        and words[0].pos_ in ("DET", "PRON") and words[0].dep_ in ("det", "poss") \
        and all(t.pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "PART") or t.dep_ == "poss" for t in words) \
        and words[-1].pos_ in ("NOUN", "ADJ", "PROPN", "NUM")
