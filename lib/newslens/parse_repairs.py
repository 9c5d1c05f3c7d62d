"""Repairs of parses the small English model gets wrong in a way news text repeats.

``newslens_parse_repairs`` runs after the lemmatizer (and the headline re-parse). It changes only
heads and dependency labels, never tokens, so offsets and every later component hold; the tags
it sets are those of "deal" (or "pact", "accord") taken for a verb after the noun it goes with,
and of a verb of saying in "-s" taken for a plural noun between its subject and its clause
("But Trump claims that he should be the exception").

- A speaker described by a participle or an adjective the tagger took for a verb: in "Officials
  privy to the talks said ..." or "People briefed on the plan said ...", the model makes "privy"
  or "briefed" the sentence's verb and "said" a clause of it with no subject. The repair makes
  "said" the verb again, with "Officials privy to the talks" as its subject.
- Two names that open a headline, joined by a comma ("India, China agree on patrolling"): the
  model makes the first an adverb of the verb; the repair makes the two its subjects, as "India
  and China" would be.
- A name and the description set off by commas after it, which the model makes two subjects of
  the verb ("Ban Ki-moon, the secretary general of the United Nations, vowed ..."): the
  description becomes the name's apposition. So too a list's first item and the rest ("The
  family, protesters and civic leaders have been demanding ..."): the rest is joined to the first.
- A frame set inside the sentence with the terms its speaker spoke on ("The talks, a senior
  official said on condition of anonymity, have stalled"), which the model reads as the verb of
  the sentence, with two subjects and a clause with none: the first subject and the verb of
  saying go to that clause, as they do when the frame is bare.
- A frame set inside the sentence with its speaker after the verb ("Part of the problem, say
  experts like Paul Bauman, is the depth"), which the model reads as the fronted phrase saying
  a clause that opens with the speaker: the speaker becomes the verb's subject again and the
  fronted phrase the clause's.
- A sentence read as one noun phrase, its verb of saying taken for a participle on the last noun
  of the subject's apposition ("Roy Cooper (D), McCrory's opponent in the election, called
  Friday for ...", '"...," Nate Silver, the polling guru who founded the site tweeted'): the verb
  becomes the sentence's, with the name as its subject and a quote before the name as its clause.
- An object and its complement both labelled as the complement ("Graham called both Trump and
  Clinton “crazy”"): the first is the object. So too the only complement of a verb of naming
  when the name it gives is quoted and the verb has no object ('Beruff called Florida's
  standards “strong.”', 'he called Rubio “Little Marco” multiple times', the quoted name hung
  elsewhere): the noun named is the object.
- A second report joined by "and" that the model hung on the first one's content ("Half said
  they were worried, and 4 in 10 said ...", or "... about Latinos and one in four said ..." with
  "one in four" a second item of "Latinos"): the second verb is joined to the first, with its
  own speaker.
- A second act of a speaker, joined by "and", that the model hung on what the speaker said
  ("... said the militia was backed by foreign sponsors, and accused the UAE of ..."): the second
  verb is joined to the verb of saying.
- A frame set off inside a sentence that the model read as a participle on its speaker, and the
  speaker as one more item of the noun before it ("... in eastern Ladakh, Foreign Secretary
  Vikram Misri announced on Monday, a breakthrough ..."): the speaker becomes the verb's subject
  and the verb a parenthetical of the sentence's.
- A second clause's subject that the model read as one more item of a list in the first ("truces
  collapsed within hours and aid groups voiced doubt that ...", "groups" joined to "hours"): it
  becomes the subject of the second clause's verb.
- A participle set off by commas after the subject that the model took for the sentence's verb,
  with the sentence's own verb as a clause of it ("NATO's target, agreed at the Wales summit in
  2014, should be a floor"): the participle is the subject's, the clause the sentence's.
- A title that opens with "Under" ("Under Secretary of the Treasury for Terrorism and Financial
  Intelligence Brian Nelson"), which the model reads as the preposition: the word joins the
  title, and after a verb of saying ('"...," said Under Secretary X') the name is the verb's
  subject instead of the preposition's object.
- A list of places whose second item the model made an apposition of the first ("Mali, Burkina
  Faso and Niger quit ECOWAS", as if Burkina Faso and Niger were another name for Mali): the
  second item is joined to the first.
- A sentence's opening name that the model made a modifier of the verb, leaving it no subject
  (a headline's "Putin and Kim sign mutual defence pact"): the name becomes the subject.
- A second participle of a text or a speaker that the model joined to the clause the first one
  governs ("a resolution demanding that Russia withdraw its troops and calling for peace", as if
  Russia called for it): the second participle is joined to the first.
- An object the model hung on the adjective that judges it ("called Moscow's rhetoric dangerous
  and reckless", "rhetoric" a modifier of "dangerous" and "Moscow's" its possessor): the noun
  becomes the verb's object, with its possessor.
- The noun "talks" after "that", which the model read as a verb with "that" its subject and the
  clause's real verb a second clause of the verb of saying ("told reporters that talks on the
  purchase were at an advanced stage"): "talks" becomes that verb's subject.
- A clause's subject read as the object of a verb of saying or knowing, the clause's own verb
  joined to that verb ("The Guardian understands the plan, to be announced on Monday, will cost
  A$368bn"): the noun becomes the subject, the clause the verb's complement, and what is set off
  between them the noun's.
- A closing "it is understood" (or "it is learnt", "it is believed") that the model hung on the
  sentence's verb as a clause of its own: it becomes the sentence's verb, with what comes before
  it as its clause, as "..., officials said" is read.
- A clause opened by "that" that the model made the sentence's verb, with the frame before it
  (and an aside) hung on it ("The nominee continues to insist, most recently in an interview,
  that he wants to release his taxes"): no main clause opens with "that", so the frame becomes
  the sentence's verb again and the clause what its verb of saying reports.
- What one calls on someone to do, which the model hung on "call" as a clause of purpose ("we
  call on the military regime to immediately cease violence"): it becomes the verb's complement,
  as it is in "called on China to stop".
- A headline's first verb that the model made the subject of a second verb after a comma, the
  noun before it a modifier of it ("Mali junta expels French ambassador, accuses Paris of ..."):
  the noun becomes the first verb's subject, and the second verb is joined to the first.
- A noun the model made a complement of the verb, the word before it the object of the verb's
  preposition ("agreed to a ceasefire deal"): the noun becomes the preposition's object, the
  word before it its modifier. So too "deal" taken for a verb and made a second object beside
  the noun before it ("ready to sign a minerals deal").
- A subject set off by a comma or a dash after an opening participle, prepositional phrase or
  clause, which the model made part of it ("Speaking on behalf of the Group of 77, the
  representative of Uganda said"; "After a day of tensions between the two men, the Speaker's
  office announced"; "When ... the terror war, Obama and Clinton call them"): it becomes the
  verb's subject again.
- A second finite verb the model joined to a gerund inside the first one's phrase ("accused
  Rwanda of waging a war and called on ...", "called" joined to "waging"): it is joined to the
  first verb.
- A participle of report after a noun that the model joined to the sentence's verb ("sets aside
  ¥300 billion for a vehicle said to reach Mach 5"): it becomes a clause on the noun.
- An "as" phrase before a frame that the model read as the frame's "as" with the speaker an
  apposition of the phrase's noun ("will not join OPEC+ as a full member, Minister X said"): the
  phrase goes back to the clause before it, and the speaker is the verb's subject again.
- A speaker's name whose first words the model made an apposition of a dateline in capitals
  ("HONIARA, April 20 - Solomon Islands Prime Minister Manasseh Sogavare defended ...", "Solomon
  Islands" hung on "HONIARA"): they become part of the name.
- A closing "..., a charge Phnom Penh denies" that the model made the sentence's verb, with "a
  charge" its subject, the name its apposition and the clause before its complement: the clause
  is the sentence's again, and the name denies the charge.
- A relative clause set off by a comma whose relative word sits inside its subject ("..., the
  text of which was finalised on 13 March", "..., some of whom ..."), which the model hung on the
  verb before it as that verb's clause: it becomes a clause on the noun it describes.
- A relative clause set off by a comma after the verb that the model hung on the subject before
  the verb ("The figures come from the Stockholm International Peace Research Institute (SIPRI),
  which said ...", as if the figures said it): it goes on the noun before the comma.
- A verb of saying in "-s" tagged a plural noun between its subject and its clause ("But Trump
  claims that he should be the exception", "Trump" even read as a modifier of "claims"): it
  becomes the verb it is, with its subject.
- A second verb of a relative clause on an inverted frame's speaker that the model joined to the
  frame ('"...," said Al From, who helped found the DLC, and wrote a book ...', as if From said
  and wrote): it is joined to the relative clause's verb, and the speaker's phrase runs over it.
- A verb inside the phrase set off after a speaker that the model made the clause of the
  speaker's verb, with the speaker its subject and the verb left with none ("Mr. Slinker, whose
  start-up uses big data to help brands, said Mr. Trump was ...", "One attendee, who like others
  spoke on the condition of anonymity, said ..."): the speaker is the verb's subject again, and
  the clause is part of the speaker's phrase.
- A frame cut in two by a sentence break inside the speakers' names: '"Europe must act,"
  French President A and German Chancellor' | 'B said.' The quote's sentence is joined to the
  frame's, as the model parses it when the break is not there.
"""
from __future__ import annotations

import itertools

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .cues import NAMING_VERBS, QUOTE_TOKENS, cue_rate, lemma_of
from .gazetteer import default_gazetteer

#: Verbs of saying whose lost subject is repaired (the common ones after such a description).
SPEECH_LEMMAS = {"say", "tell", "add", "note", "confirm", "warn", "insist", "claim", "acknowledge", "believe"}
#: What the describing word may govern besides the clause: a phrase of where, on what, by whom.
_DESCRIPTION_DEPS = {"prep", "agent", "advmod", "npadvmod", "prt"}


def _described_speaker(verb: Token) -> tuple[Token, Token] | None:
    """(subject, describing word) when ``verb`` is a verb of saying the parser hung, with no
    subject of its own and no comma before it, as a clause on a describing word right after
    the subject ("Officials privy to the talks said"); None otherwise."""
    if verb.lemma_ not in SPEECH_LEMMAS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    if verb.dep_ in ("ccomp", "dep") and verb.head.dep_ == "ROOT":
        desc = verb.head  # "privy" the sentence's verb, "said" its clause (or an unlabelled dependent)
    elif verb.dep_ == "ROOT":  # or "Officials privy to the talks" a clause before "said"
        desc = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.right_edge.i + 1 == verb.i), None)
        if desc is None:
            return None
    else:
        return None
    if desc.i >= verb.i or desc.tag_ not in ("VBN", "VBD", "VBP", "JJ", "VBG"):
        return None  # ("Majorities of Democrats going to the polls Tuesday say ...")
    subjects = [c for c in desc.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i > desc.i or subjects[0].right_edge.i + 1 != desc.i:
        return None
    between = verb.doc[desc.i + 1 : verb.i]
    if any(t.is_punct for t in between):
        return None  # "Officials met on Monday, said one of them": a clause of its own
    allowed = _DESCRIPTION_DEPS | ({"xcomp", "advcl"} if desc.tag_ == "VBG" else set())  # ("clamoring to block ...")
    if any(c.i < verb.i and c.i > desc.i and c.dep_ not in allowed for c in desc.children):
        return None  # "Officials expect the talks said ...": an object is no description
    return subjects[0], desc


#: Marks a sentence may end with; a sentence that ends on a word was cut short.
_SENTENCE_ENDS = set(".!?:;\"”’'»)…")


def _cut_frame(first: Span, second: Span) -> bool:
    """Whether ``second`` ("B said in a statement.") finishes the frame that ``first`` ('"...,"
    French President A and German Chancellor') leaves off: ``first`` holds a quote closed with
    a comma and ends on a name word, nothing but a space between them, and ``second`` opens
    with its verb's subject, a name, and its verb is one of saying."""
    last = next((t for t in reversed(first) if not t.is_space), None)
    if last is None or last.text in _SENTENCE_ENDS or last.pos_ != "PROPN" or "\n" in first[-1].text_with_ws:
        return False
    text = first.text
    if not any(m in text for m in ('," ', ',” ')):
        return False
    root = second.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_ in SPEECH_LEMMAS and subject is not None and subject.left_edge.i == second.start \
        and second[0].pos_ == "PROPN"


#: Words of a title after a name and a comma ("Lammy, Foreign Secretary"), not a second name.
_TITLE_WORDS = {"Secretary", "Minister", "President", "Chief", "Spokesman", "Spokeswoman", "Spokesperson", "Envoy",
                "Ambassador", "Chancellor", "Premier", "Leader", "Chairman", "General", "Director", "Governor",
                "Senator", "Adviser", "Advisor"}


def _headline_pair(start: Token) -> tuple[Token, Token] | None:
    """(first name's last word, second name's last word) when the headline that ``start`` opens
    starts with two names joined by a comma and the second is the verb's subject ("India, China
    agree on ...", "South Korea, Japan agree ..."): the headlines' "and". None otherwise, and for
    a line that ends with a full stop (a sentence: "Paris, France said ...")."""
    doc = start.doc
    if start.i > 0 and "\n" not in doc[start.i - 1].text_with_ws:
        return None
    # the first name may have several words ("South Korea, Japan agree ...")
    # (or a name the gazetteer knows that the model tagged as an adjective: "Trump, Xi agree ...")
    words = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" or (
        t.text[:1].isupper() and t.is_alpha and default_gazetteer().known_as(t.text)), doc[start.i : start.i + 4]))
    if not words or words[-1].i + 2 >= len(doc):
        return None
    first = words[-1]
    comma = doc[first.i + 1]
    second = next((t for t in doc[comma.i + 1 : comma.i + 4] if t.dep_ == "nsubj"
                   or (t.dep_ == "appos" and t.head.i == first.i and first.dep_ == "nsubj")), None)
    if comma.text != "," or second is None or second.pos_ != "PROPN" or any(
            t.pos_ != "PROPN" for t in doc[comma.i + 1 : second.i]):
        return None
    comma_after = second.i + 1 < len(doc) and doc[second.i + 1].text == ","
    if comma_after or any(t.text in _TITLE_WORDS for t in doc[comma.i + 1 : second.i + 1]):
        return None  # "Lammy, Foreign Secretary, says ...": a title, not a second party
    if second.dep_ == "nsubj":
        verb = second.head
        if first.head.i not in (verb.i, second.i) or first.dep_ not in ("npadvmod", "appos", "nsubj", "dep", "compound",
                                                                       "advcl"):
            return None
    elif first.head.pos_ != "VERB":  # "Russia, Ukraine agree": the second read as the first's apposition
        return None
    line = doc.text[first.idx:].split("\n", 1)[0].rstrip()
    if not line or line[-1] in ".!?" or len(line.split()) > 20:
        return None
    return first, second


def _subjects_side_by_side(verb: Token) -> tuple[Token, Token, bool] | None:
    """(first, second, whether a comma closes the second) when the parser made two phrases set
    side by side with one comma between them two subjects of ``verb``, and only the verb's own
    words (an auxiliary, "not", an adverb) come between the second and the verb; None otherwise.
    The two repairs below tell what the two were: a name and its description, or a list."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return None
    first, second = subjects
    doc = verb.doc
    if [t.text for t in doc[first.right_edge.i + 1 : second.left_edge.i]] != [","]:
        return None
    words = list(doc[second.right_edge.i + 1 : verb.i])
    closed = second.right_edge.text == "," or (bool(words) and words[0].text == ",")
    if words and words[0].text == ",":
        words = words[1:]
    if any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in words):
        return None
    return first, second, closed


def _whose_clause_as_main(verb: Token) -> tuple[Token, Token] | None:
    """(the subject, the sentence's verb) when the parser made a "whose" clause set off after the
    subject the sentence's main clause and the real verb a conjunct of it ("Argentina, whose
    president Javier Milei is a close ally of Trump, said it did not support the declaration"):
    two subjects of ``verb``, the first a phrase of its own before a comma, the second opening
    with "whose", and a verb joined to ``verb`` after a comma with no subject of its own."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2 or verb.dep_ != "ROOT":
        return None
    first, second = subjects
    doc = verb.doc
    between = [t.text for t in doc[first.i + 1 : second.left_edge.i]]
    if between != [","] or not any(t.tag_ == "WP$" for t in doc[second.left_edge.i : second.i]) \
            or any(t.tag_ == "WP$" for t in first.subtree):
        return None
    main = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and doc[c.i - 1].text == ","
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    return (first, main) if main is not None else None


def _apposition_as_subject(verb: Token) -> tuple[Token, Token] | None:
    """(name, description) when the parser made a name and the description set off by commas
    after it two subjects of one verb ("Ban Ki-moon, the secretary general of the United
    Nations, vowed ..."): a proper name, a comma, a noun with a determiner, a comma, the verb's
    own words. None otherwise ("Hawaii, as one of the advisers pointed out, ...")."""
    found = _subjects_side_by_side(verb)
    if found is None:
        return None
    name, description, closed = found
    if not closed or name.pos_ != "PROPN" or description.pos_ != "NOUN" \
            or not any(c.dep_ == "det" for c in description.children):
        return None
    return name, description


#: What a source speaks on ("on condition of anonymity", "on background"). Not ``cues.ground_rule``:
#: the parse cache's fingerprint covers this file, not ``cues.py``, so a repair may not depend on its code.
_TERMS = {"condition", "background"}


def _frame_on_terms_as_main(verb: Token) -> tuple[Token, Token] | None:
    """(the sentence's subject, its verb) when the parser made a frame set inside a sentence, with
    the terms its speaker spoke on, the sentence's verb ("The talks, a senior official said on
    condition of anonymity, have stalled": "talks" and "official" two subjects of "said", and
    "have stalled" a clause of it with no subject). None otherwise."""
    found = _subjects_side_by_side(verb) if verb.lemma_ in SPEECH_LEMMAS else None
    if found is None or found[2]:
        return None
    first, _, _ = found
    if not any(c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i and any(
            g.dep_ == "pobj" and g.lower_ in _TERMS for g in c.children) for c in verb.children):
        return None
    doc = verb.doc
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and doc[c.left_edge.i - 1].text == ","), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
        return None
    return first, clause


def _list_as_subjects(verb: Token) -> tuple[Token, Token] | None:
    """(first, second) when the parser made the first item of a list and the rest two subjects of
    one verb ("The family, protesters and civic leaders have been demanding ..."): a noun, a
    comma, a noun with its own "and" or "or", then the verb's own words. None otherwise."""
    found = _subjects_side_by_side(verb)
    if found is None:
        return None
    first, second, _ = found
    if {first.pos_, second.pos_} - {"NOUN", "PROPN"} \
            or not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in second.children) \
            or not any(c.dep_ == "conj" for c in second.children):
        return None
    return first, second


def _inverted_frame(verb: Token) -> tuple[Token, Token, Token] | None:
    """(fronted phrase, speaker, clause) when a frame set inside a sentence with its speaker after
    the verb ("Part of the problem, say experts like Paul Bauman, is the depth") was read as the
    fronted phrase saying a clause that opens with the speaker: a verb of saying with no
    auxiliary, a comma before it, its one subject before that comma with no comma of its own,
    and a clause right after it whose subject is set off by a comma. None otherwise."""
    if verb.lemma_ not in SPEECH_LEMMAS or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    doc = verb.doc
    front = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(front) != 1 or any(c.dep_ in ("aux", "neg") for c in verb.children) or doc[verb.i - 1].text != "," \
            or front[0].right_edge.i not in (verb.i - 2, verb.i - 1) \
            or any(t.text == "," for t in doc[front[0].left_edge.i : verb.i - 1]):
        # (a phrase with an apposition or a list, whose closing comma is no frame's: "Mr. Trump's
        # former campaign manager, Corey Lewandowski, said the staff member ..., Paul Manafort, should")
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    # the speaker read as the clause's subject, or as the verb's second one ("The talks, said the
    # minister, would resume": a clause with no subject of its own)
    speaker = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
        (c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i), None)
    if speaker is None or speaker.left_edge.i != verb.i + 1 or speaker.i > clause.i:
        return None
    last = speaker.right_edge
    if not (last.text == "," or (last.i + 1 < clause.left_edge.i and doc[last.i + 1].text == ",")):
        return None
    return front[0], speaker, clause


#: Verbs of saying whose past form the model may take for a participle on the noun before it.
_REPORTS = SPEECH_LEMMAS | {"call", "urge", "accuse", "announce", "argue", "demand", "deny", "describe", "suggest",
                            "criticize", "criticise", "praise", "reject", "welcome", "predict", "vow", "pledge",
                            "tweet"}


def _verb_read_as_participle(sent: Span) -> tuple[Token, Token] | None:
    """(verb, subject) when the model took the main verb of a sentence for a participle on the
    last noun of the subject's apposition ("Attorney General Roy Cooper (D), McCrory's opponent
    in the upcoming election, called Friday for releasing the videos"), making the sentence a
    noun phrase, or the subject of a participle after it (", saying that ..."): a root that is a
    name, a noun (with no verb of its own outside relative clauses) or a participle with a
    subject, and a past form of saying inside the subject, after a comma or a relative clause
    ("One of the doctors who sent the letter called him a quack"). None otherwise."""
    root = sent.root
    relative = {t.i for r in sent if r.dep_ == "relcl" for t in r.subtree}
    # after a comma, or after a relative clause on the subject ("One of the doctors who sent the
    # letter called him a quack", '"...," Nate Silver, the polling guru who founded the site
    # tweeted'); tagged as a participle, or as a past with the model's reading of the sentence all
    # the same ("The so-called Victory bloc, led by X, called the detentions ...")
    verb = next((t for t in sent if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.lemma_ in _REPORTS
                 and (t.doc[t.i - 1].text == "," or t.head.i in relative or t.i - 1 in relative)), None)
    # (a quote before the name, that the model hung on it as a clause, is no verb of the sentence's)
    quoted = {t.i for c in root.children if c.dep_ == "ccomp" and c.i < root.i for t in c.subtree}
    if root.pos_ in ("PROPN", "NOUN", "NUM", "PRON"):
        subject = root
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in relative | quoted and t != verb for t in sent):
            return None  # the sentence has a verb of its own
    elif root.tag_ == "VBG":
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    else:
        return None
    if subject is None or verb is None or verb.i < subject.i or subject.i not in {a.i for a in verb.ancestors}:
        return None
    return verb, subject


def _set_off_frame(verb: Token, own: tuple[str, ...]) -> bool:
    """Whether ``verb`` could be a frame set off inside a sentence: a reporting verb in the past or
    present tense with nothing of its own to report (only ``own`` beside its time, place and
    marks), that a comma or the sentence's end follows."""
    if verb.tag_ not in ("VBD", "VBZ") or cue_rate(verb) < 0.5 \
            or any(c.dep_ not in own + ("prep", "npadvmod", "advmod", "punct") for c in verb.children):
        return False
    after = verb.right_edge.i + 1
    return after >= len(verb.doc) or verb.doc[after].text in (",", ".", ";")


def _frame_read_as_participle(verb: Token) -> tuple[Token, Token] | None:
    """(speaker, sentence verb) when the model read a frame set off inside a sentence as a
    participle on its speaker, and the speaker as one more item of the noun before it ("India
    and China have agreed on ... in eastern Ladakh, Foreign Secretary Vikram Misri announced on
    Monday, a breakthrough ..."): a reporting verb in the past or present tense with nothing of
    its own to report, on a name or noun after a comma, that a comma or the sentence's end
    follows. None otherwise."""
    speaker = verb.head
    if verb.dep_ != "acl" or speaker.dep_ not in ("conj", "appos", "npadvmod") \
            or speaker.pos_ not in ("PROPN", "NOUN") or speaker.left_edge.i == 0 \
            or verb.doc[speaker.left_edge.i - 1].text != ",":
        return None
    if not _set_off_frame(verb, ()):
        return None  # ("officials, briefed on the plan": a participle that says whom it is about)
    root = verb.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i > speaker.i:
        return None
    return speaker, root


def _frame_read_as_relative(verb: Token) -> Token | None:
    """The sentence's verb, when the model read a frame set off inside a sentence as a relative
    clause with no relative word on the noun before it ("... to discuss tensions at the Second
    Thomas Shoal, the Philippine Daily Inquirer reported on Thursday, citing two diplomats"): a
    reporting verb in the past or present tense whose subject follows a comma, with nothing of its
    own to report, that a comma or the sentence's end follows. None otherwise."""
    if verb.dep_ != "relcl" or not _set_off_frame(verb, ("nsubj",)):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    doc = verb.doc
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != "," \
            or any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in subj.subtree):
        return None
    root = verb.sent.root
    return root if root.pos_ in ("VERB", "AUX") and root.i < subj.i else None


def _second_speaker_in_content(verb: Token) -> tuple[Token, Token | None, Token] | None:
    """(first verb, second speaker or None, "and") when ``verb`` is a verb of saying the model hung
    as a second clause of another one, after "and", though it has a speaker of its own: "Half
    said they were worried, and 4 in 10 said Trump would do best" ("4 in 10 said" a clause of
    the first "said"), or "One in three said the party doesn't care about Latinos and one in four
    said it was hostile" ("one in four" a second item of "Latinos", the second "said" with no
    subject). The second speaker is given when the model put it inside the first clause."""
    if verb.lemma_ not in SPEECH_LEMMAS or verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    first = verb.head
    said = next((c for c in first.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if first.lemma_ not in SPEECH_LEMMAS or said is None or said.i < first.i:
        return None
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        start, speaker = verb.left_edge.i, None
    else:  # the speaker read as the last item of a list inside the first clause
        speaker = doc[verb.i - 1]
        while speaker.dep_ != "conj" and speaker.head.i < speaker.i:  # "four" -> "in" -> "one"
            speaker = speaker.head
        if speaker.dep_ != "conj" or speaker.right_edge.i != verb.i - 1 \
                or speaker.pos_ not in ("NUM", "NOUN", "PROPN", "PRON"):
            return None
        start = speaker.left_edge.i
    and_ = doc[start - 1] if start > 0 else None
    if and_ is None or and_.dep_ != "cc" or and_.lower_ != "and" or and_.head.i not in {t.i for t in said.subtree}:
        return None
    return first, speaker, and_


#: How often (in PolNeAR train) a word must be a cue for a second act of the speaker's.
_SECOND_ACT_MIN_RATE = 0.3


def _second_act_of_speaker(verb: Token) -> tuple[Token, Token] | None:
    """(verb of saying, "and") when ``verb`` is a second act of the speaker that the model hung on
    what the speaker said: "The representative of Sudan said the militia was backed by foreign
    sponsors, and accused the United Arab Emirates of arming it" (the accusing the militia's).
    It has no subject of its own, follows "and", is a word that reports (a cue in PolNeAR train
    at least ``_SECOND_ACT_MIN_RATE`` of the time) and has the tense of the verb of saying but
    not that of the clause said (or that clause is a "be"): in "said he spoke to Trump and asked
    him to ...", both acts are in what was said. On PolNeAR train, 16 of the 30 such verbs are the
    speaker's own report; the rest are in the clause said. Any verb in the past is such an act
    after a clause with a modal ("said it would be unreasonable and secured a clause ...")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    clause = verb.head
    said = clause.head
    # (a past after "had" or "'d" is a perfect the tagger took for a simple past: "said he'd battled ...")
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in clause.children)
    if clause.dep_ != "ccomp" or said.lemma_ not in SPEECH_LEMMAS or said.i > clause.i or said.tag_ != verb.tag_ \
            or (clause.lemma_ != "be" and clause.tag_ == verb.tag_ and not perfect):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    # (any verb in the past after a clause with a modal, which it cannot share: "said it would be
    # "unreasonable" and secured a clause allowing Madrid flexibility")
    modal = clause.tag_ == "VB" and verb.tag_ == "VBD" \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    if cue_rate(verb) < _SECOND_ACT_MIN_RATE and not modal:
        return None
    and_ = next((c for c in clause.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < verb.i), None)
    return (said, and_) if and_ is not None else None


#: How often (in PolNeAR train) a verb may be a cue and still be read as taking no clause.
_CLAUSE_VERB_RATE = 0.2


def _lone_named_object(verb: Token, complements: list[Token]) -> bool:
    """Whether the one complement of an active verb of naming is the thing named, the name it
    gives being quoted in or right after the complement's phrase ('called Florida's standards
    “strong.”') while the verb has no object. Not a participle naming something ('a group
    called “We the People”'), whose complement is the name."""
    if len(complements) != 1 or lemma_of(verb) not in NAMING_VERBS or verb.pos_ != "VERB":
        return False
    named, doc = complements[0], verb.doc
    if named.i < verb.i or named.pos_ not in ("PROPN", "NOUN", "PRON") or named.ent_type_ in ("DATE", "TIME") \
            or (verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN") \
            or any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return False
    # (a quoted name right after the verb is the complement itself: 'which Tim Cook called “total crap”')
    if doc[verb.i + 1].text in QUOTE_TOKENS:
        return False
    # (the name in or right after the noun's phrase: not a quote further on, '... called Friday for
    # releasing the videos, saying “...”')
    return any(t.text in QUOTE_TOKENS for t in doc[named.left_edge.i : min(named.right_edge.i + 3, verb.sent.end)])


def _subject_read_as_item(verb: Token) -> tuple[Token, Token] | None:
    """(subject, "and") when ``verb`` is a second clause's verb whose subject the model read as
    one more item of a list in the first clause: in "previous truces collapsed within hours and
    aid groups voiced doubt that ...", "groups" is joined to "hours" and "voiced" left with no
    subject. The verb is finite, joined to the first clause's verb, and follows the noun phrase
    directly, which follows "and" ("bought apples and pears and left" has "and" before the
    verb, and no repair), and the list is a preposition's object, or the object of a verb that
    takes no clause ("Seoul tested a drone and Pyongyang condemned it"): in "showed the
    businessman and his companies lost ...", the list is the second clause's subject, read as
    the object of a verb of showing."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    item = doc[verb.i - 1]
    while item.dep_ != "conj" and item.head.i > item.i and item.head.i < verb.i:  # "aid" -> "groups"
        item = item.head
    listed_in = item.head.dep_ == "pobj" or (item.head.dep_ == "dobj" and cue_rate(verb.head) < _CLAUSE_VERB_RATE)
    if item.dep_ != "conj" or item.right_edge.i != verb.i - 1 or item.pos_ not in ("NOUN", "PROPN") \
            or not listed_in or not (item.head == verb.head or verb.head.is_ancestor(item.head)) \
            or item.head.i < verb.head.i:
        return None
    and_ = doc[item.left_edge.i - 1] if item.left_edge.i > 0 else None
    if and_ is None or and_.lower_ != "and" or and_.head.i != item.head.i:
        return None
    return item, and_


def _participle_read_as_verb(verb: Token) -> tuple[Token, Token] | None:
    """(subject, clause) when ``verb`` is a participle set off by commas after the subject that
    the model took for the sentence's verb, and the sentence's own verb for a clause of it with
    no subject: "NATO's target of 2 percent, agreed at the Wales summit in 2014, should be a
    floor" ("agreed" the verb, "should be a floor" what was agreed). The verb has the subject
    before it with a comma between, no object, and the clause follows a comma and has a modal
    or auxiliary of its own."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.right_edge.i not in (verb.i - 2, verb.i - 1) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children) \
            or verb.doc[clause.left_edge.i - 1].text != "," \
            or not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    return subject, clause


def _title_under(tok: Token) -> tuple[Token, Token | None] | None:
    """(the title word, the name when it must become the verb's subject) when ``tok`` is the
    "Under" of "Under Secretary" that the model took for a preposition. The name is the proper
    noun that ends the preposition's phrase (the repairs run before names are found); it becomes the subject only after a
    verb of saying with none ('"...," said Under Secretary Nelson'). None otherwise ("Under the
    deal, ...")."""
    doc = tok.doc
    if tok.text != "Under" or tok.dep_ != "prep" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "Secretary":
        return None
    title = doc[tok.i + 1]
    name = tok.right_edge
    if not any(c.dep_ == "pobj" for c in tok.children):
        return title, None
    verb = tok.head
    if name.tag_ != "NNP" or verb.lemma_ not in SPEECH_LEMMAS or verb.i > tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return title, name


def _list_read_as_apposition(tok: Token) -> bool:
    """Whether ``tok`` is the second item of a list of places that the parser made an apposition
    of the first ("Mali, Burkina Faso and Niger"): an apposition right after a comma, with its
    own "and" or "or" and a further item, the three of them bare proper names (the entity
    recognizer runs after the repairs, so a name is told by its tags)."""
    if tok.dep_ != "appos" or not _bare_name(tok):
        return False
    first = tok.head
    if first.i > tok.i or not _bare_name(first) or tok.doc[tok.left_edge.i - 1].text != "," \
            or tok.doc[tok.left_edge.i - 2].i != first.i:
        return False
    items = [c for c in tok.children if c.dep_ == "conj"]
    return any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in tok.children) \
        and all(c.dep_ in ("cc", "conj", "punct") for c in tok.rights) \
        and bool(items) and all(_bare_name(c) and not list(c.rights) for c in items)


def _bare_name(tok: Token) -> bool:
    """A proper name with nothing but names (and "the") before it ("Burkina Faso", "the European
    Union"; the tagger may call a name a common noun, "Gabon", but not one without its capital)."""
    return tok.tag_ in ("NNP", "NN") and tok.text[:1].isupper() \
        and all(t.tag_ == "NNP" or t.lower_ == "the" for t in tok.subtree if t.i < tok.i)


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """The name that opens a sentence and that the parser hung on its verb as a modifier, the
    verb having no subject ("Putin and Kim sign mutual defence pact"), or None."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBP", "VBZ", "VBD") or verb.dep_ != "ROOT" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    name = next((c for c in verb.lefts if c.dep_ in ("nmod", "npadvmod", "dep") and c.pos_ == "PROPN"), None)
    if name is None or name.left_edge.i != verb.sent.start or name.right_edge.i + 1 != verb.i:
        return None
    return name


def _participle_joined_to_clause(tok: Token) -> Token | None:
    """The participle ``tok`` should be joined to, when the parser joined it to the verb of the
    clause an earlier participle governs ("demanding that Russia withdraw ... and calling for"),
    or None."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBG" or head.tag_ not in ("VB", "VBP", "VBZ", "VBD") \
            or head.dep_ not in ("ccomp", "xcomp") or head.head.tag_ != "VBG" or head.head.i >= head.i:
        return None
    return head.head


def _object_hung_on_complement(pred: Token) -> Token | None:
    """The noun the parser hung on an adjective complement ("dangerous" of "called Moscow's
    rhetoric dangerous") that is the verb's object, the verb having none; else None."""
    verb = pred.head
    if pred.dep_ != "oprd" or pred.pos_ != "ADJ" or verb.pos_ != "VERB" \
            or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    return next((c for c in pred.children if c.dep_ in ("npadvmod", "nsubj") and verb.i < c.i < pred.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _talks_read_as_verb(tok: Token) -> tuple[Token, Token] | None:
    """("that", the clause's verb) when the parser read the noun "talks" after "that" as a verb
    whose subject is "that", and hung the clause's verb beside it ("told reporters that talks on
    the purchase were at an advanced stage"); else None."""
    if tok.lower_ != "talks" or tok.pos_ != "VERB" or tok.dep_ != "ccomp":
        return None
    that = next((c for c in tok.lefts if c.dep_ == "nsubj" and c.lower_ == "that"), None)
    verb = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.right_edge.i
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    return (that, verb) if that is not None and verb is not None else None


#: Verbs of saying or knowing whose clause may open with a noun the parser takes for their object.
_CLAUSE_VERBS = SPEECH_LEMMAS | {"understand", "learn", "know", "think", "expect", "hear", "report"}


def _subject_read_as_object(verb: Token) -> tuple[Token, Token] | None:
    """(the noun, the clause's verb) when the parser made the subject of a verb of saying's clause
    its object and joined the clause's verb to it ("understands the plan, ..., will cost"), the
    joined verb having a modal, no subject of its own and a comma before it (the end of what is
    set off); else None."""
    if verb.lemma_ not in _CLAUSE_VERBS or verb.pos_ != "VERB":
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    joined = next((c for c in verb.rights if c.dep_ in ("conj", "ccomp") and c.pos_ == "VERB"), None)
    if noun is None or joined is None or joined.i < noun.i or verb.doc[joined.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in joined.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children) \
            or any(c.dep_ == "cc" for c in verb.children if noun.i < c.i < joined.i):
        return None
    return noun, joined


def _closing_frame_read_as_clause(verb: Token) -> Token | None:
    """The sentence's verb, when a closing passive frame with "it" ("..., it is understood.") was
    hung on it as a clause; else None."""
    root = verb.head
    if verb.dep_ != "advcl" or root.dep_ != "ROOT" or verb.i < root.i or verb.lemma_ not in _CLAUSE_VERBS | {"believe"} \
            or verb.tag_ != "VBN" or verb.doc[verb.left_edge.i - 1].text != "," \
            or not any(c.dep_ in ("nsubjpass", "nsubj") and c.lower_ == "it" for c in verb.children) \
            or any(not (t.is_punct or t.is_space) for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None
    return root


#: How often the verb a frame leads to must be a cue for a "that" clause to be what it reports.
_THAT_FRAME_MIN_RATE = 0.3


def _that_clause_read_as_main(verb: Token) -> tuple[Token, Token, Token] | None:
    """(the frame's top verb, the verb that reports, "that") when the model made a clause opened by
    "that" the sentence's verb and hung the frame before it on it as a clause ("The nominee continues
    to insist, most recently in an interview, that he wants to release his taxes"): no main clause
    opens with "that". The reporting verb is the one the frame leads to ("continues to insist");
    it must be a cue at least now and then, with no clause or object of its own. None otherwise."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((m for m in verb.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < verb.i), None)
    if mark is None:
        return None
    top = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("ccomp", "parataxis", "advcl")
                and c.right_edge.i < mark.i and c.pos_ in ("VERB", "AUX")), None)
    if top is None:
        return None
    said = top
    while (led := next((c for c in said.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)) is not None:
        said = led
    if cue_rate(said) < _THAT_FRAME_MIN_RATE or any(c.dep_ in ("ccomp", "dobj") for c in said.children):
        return None  # (not a frame that has what it reports: "Asked why ... the demand, in the bill, that ...")
    return top, said, mark


def _call_on_read_as_purpose(tok: Token) -> Token | None:
    """The to-infinitive after "call on X" that the parser made a clause of purpose ("call on the
    regime to immediately cease violence"), or None."""
    if tok.lemma_ != "call" or tok.pos_ != "VERB" or tok.i + 1 >= len(tok.doc) \
            or tok.doc[tok.i + 1].lower_ not in ("on", "upon") or tok.doc[tok.i + 1].head.i != tok.i:
        return None
    return next((c for c in tok.rights if c.dep_ == "advcl" and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
                 and c.left_edge.i == tok.doc[tok.i + 1].right_edge.i + 1), None)


def _first_verb_read_as_subject(tok: Token) -> Token | None:
    """The noun before a headline's first verb, when the parser made that verb the subject of a
    second verb after a comma and the noun a modifier of it ("Mali junta expels French
    ambassador, accuses Paris ...", "expels" the subject of "accuses"); else None."""
    verb = tok.head
    if tok.tag_ != "VBZ" or tok.dep_ != "nsubj" or verb.tag_ != "VBZ" or verb.i <= tok.i \
            or tok.doc[verb.i - 1].text != "," or tok.i == 0:
        return None
    noun = tok.doc[tok.i - 1]
    if noun.head.i != tok.i or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS") or noun.dep_ not in ("compound", "nmod"):
        return None
    return noun


def _subject_inside_opening_phrase(verb: Token) -> tuple[Token, Token, int] | None:
    """(the opening phrase, the subject inside it, where the subject's phrase starts) when the
    parser took a verb's subject, set off by a comma or a dash, for part of the participle, the
    prepositional phrase or the clause that opens the sentence ("Speaking on behalf of the Group
    of 77, the representative of Uganda said ...", the representative an apposition of the Group;
    "After a day of tensions between the two men, the Speaker's office announced ...", the
    office one more of the two men); else None. Only the verb's adverbs may stand between the
    phrase and the verb, and a prepositional phrase or a clause counts only before a finite
    verb, which must have a subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    own = [c for c in verb.lefts if c.dep_ in ("advmod", "aux", "neg")]
    end = verb.i - 1  # where the phrase must end: before the verb's own adverbs ("also railed")
    while (adverb := next((c for c in own if c.right_edge.i == end), None)) is not None:
        end = adverb.left_edge.i - 1
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")
    opening = next((c for c in verb.lefts if c.right_edge.i == end and (
        (c.dep_ in ("advcl", "csubj") and c.tag_ == "VBG" and c.left_edge.i == verb.sent.start)
        or (finite and (c.dep_ == "prep" or c.dep_ == "advcl" and c.left_edge.i == verb.sent.start)))), None)
    if opening is None:
        return None
    # (in a prepositional phrase, not at the hyphen of "front-runner": 'for his wife, front-runner
    # Hillary Clinton, former president Bill Clinton said')
    spaced = opening.tag_ != "VBG"
    found = [(_own_start(t, spaced), t) for t in opening.subtree if t.i > opening.i and t.right_edge.i == end
             and t.tag_ in ("NN", "NNS", "NNP", "NNPS") and t.dep_ in ("appos", "conj", "pobj")]
    found = [(start, t) for start, t in found if _sets_off(verb.doc[start - 1], spaced)]
    if not found:
        return None
    start, subject = min(found, key=lambda f: f[0])
    return opening, subject, start


def _sets_off(mark: Token, spaced: bool = False) -> bool:
    """Whether ``mark`` sets off a phrase: a comma or a dash, with ``spaced`` only a dash that
    has a space before it."""
    return mark.text in _SETTING_OFF and (not spaced or mark.text == ","
                                          or (mark.i > 0 and bool(mark.doc[mark.i - 1].whitespace_)))


#: Marks that set a subject off from an opening phrase.
_SETTING_OFF = {",", "-", "—", "–"}


def _own_start(t: Token, spaced: bool = False) -> int:
    """Where the noun phrase of ``t`` starts: its left edge, or the word after the last mark that
    sets it off inside its subtree ('for the "A3 plus" - A, B and C - the representative of ...',
    which the parser made one phrase); with ``spaced``, a dash counts only with a space before it."""
    marks = [i for i in range(t.left_edge.i, t.i) if _sets_off(t.doc[i], spaced)]
    return max(marks) + 1 if marks else t.left_edge.i


def _finite_joined_to_gerund(tok: Token) -> Token | None:
    """The finite verb a second finite verb should be joined to, when the parser joined it to a
    gerund inside the first one's phrase ("accused Rwanda of waging a war of aggression and called
    on ...", "called" joined to "waging"); else None."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ") or head.tag_ != "VBG" or head.dep_ != "pcomp":
        return None
    finite = head.head.head  # (the gerund's preposition, and the verb it hangs on)
    if head.head.dep_ != "prep" or finite.tag_ != tok.tag_ or finite.i >= head.i:
        return None
    return finite


#: Participles of a report that may follow a noun as a reduced relative ("a vehicle said to reach").
_RAISING_PARTICIPLES = {"said", "reported", "believed", "thought", "known", "alleged", "rumoured", "rumored"}


def _participle_read_as_second_verb(tok: Token) -> Token | None:
    """The noun a participle of report belongs to, when the parser joined it to the sentence's
    verb as a second verb ("sets aside ¥300 billion for a vehicle said to reach Mach 5"); else
    None."""
    if tok.dep_ != "conj" or tok.lower_ not in _RAISING_PARTICIPLES or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return None
    noun = tok.doc[tok.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or tok.doc[tok.i + 1].lower_ != "to" \
            or any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i) \
            or not any(c.dep_ == "xcomp" for c in tok.children):
        return None
    return noun


#: Nouns of a deal that the tagger may take for verbs ("a ceasefire deal").
_DEAL_WORDS = {"deal", "pact", "accord"}


def _noun_read_as_complement(tok: Token) -> Token | None:
    """The preposition whose object a noun should be, when the parser made the noun a complement
    of the verb and the word before it the object ("agreed to a ceasefire deal", "deal" the
    complement of "agreed" and "ceasefire" the object of "to"); else None."""
    if tok.dep_ != "xcomp" or tok.i == 0 or tok.head.pos_ != "VERB" \
            or not (tok.tag_ in ("NN", "NNS") or tok.tag_ in ("VB", "VBP") and tok.lower_ in _DEAL_WORDS):
        return None
    before = tok.doc[tok.i - 1]
    prep = before.head
    if before.dep_ != "pobj" or before.tag_ not in ("NN", "NNS") or prep.dep_ != "prep" or prep.head.i != tok.head.i:
        return None
    return prep


def _verb_read_as_noun(tok: Token) -> Token | None:
    """The subject of a verb of saying in "-s" that was tagged a plural noun though the parser
    gave it a clause after it ("But Trump claims that he should be the exception", "claims" an
    NNS with "that he should be ...", its clause): the subject the parser gave it right before
    it, or, when the noun is the sentence's root, the name it made the noun's modifier ("Trump"
    a compound of "claims"); else None."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and any(
        g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)), None)
    subj = next((c for c in tok.children if c.i == tok.i - 1 and (
        c.dep_ == "nsubj" or c.dep_ == "compound" and tok.dep_ == "ROOT" and c.pos_ in ("PROPN", "PRON")
        and not any(g.dep_ in ("det", "poss") for g in tok.children))), None)
    if subj is None or clause is None:
        return None
    return subj if cue_rate(tok, "VERB") >= _SAYING_RATE else None


#: How often (PolNeAR train) the verb must be a cue for a noun-tagged "-s" form to be read as it.
_SAYING_RATE = 0.5


def _deal_read_as_second_object(tok: Token) -> Token | None:
    """The noun before "deal" (or "pact", "accord") when the parser made both the objects of one
    verb, "deal" tagged as a verb ("ready to sign a minerals deal with the United States":
    "minerals" and "deal" each an object of "sign"); else None."""
    if tok.dep_ != "dobj" or tok.tag_ not in ("VB", "VBP") or tok.lower_ not in _DEAL_WORDS or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if before.dep_ != "dobj" or before.head.i != tok.head.i or before.tag_ not in ("NN", "NNS", "NNP"):
        return None
    return before


def _as_phrase_read_as_speaker(verb: Token) -> tuple[Token, Token, Token] | None:
    """("as", the noun after it, the speaker) when the model read "as a full member, Minister X
    said" as "as [a full member, Minister X] said": an "as" phrase of the clause before, then a
    frame whose speaker it made an apposition of the phrase's noun. The apposition set off by a
    comma is not closed by one before the verb, and the noun after "as" is indefinite ("as the
    minister, X, said" is a true "as" frame); else None."""
    if verb.dep_ not in ("advcl", "conj") or verb.lemma_.lower() not in SPEECH_LEMMAS or verb.head.i >= verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and mark is not None and c.i > mark.i), None)
    if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    speaker = next((c for c in noun.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)  # (no entities yet)
    doc = verb.doc
    if speaker is None or speaker.right_edge.i + 1 != verb.i or doc[noun.right_edge.i].text == "," \
            or doc[noun.i + 1].text != ",":
        return None
    return mark, noun, speaker


def _name_start_read_as_dateline_apposition(tok: Token) -> Token | None:
    """The speaker whose name's first words the model made an apposition of a dateline in
    capitals ("HONIARA, April 20 - Solomon Islands Prime Minister Manasseh Sogavare ... defended":
    "Solomon Islands" the apposition of "HONIARA", "Sogavare" a second subject); else None."""
    head = tok.head
    if tok.dep_ != "appos" or tok.tag_ not in ("NNP", "NNPS") or not head.is_upper or len(head.text) < 3 \
            or head.i != head.sent.start or head.dep_ != "nsubj":
        return None
    name = next((c for c in head.head.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    if name is None or name.tag_ != "NNP" or name.left_edge.i != tok.right_edge.i + 1:
        return None
    return name


#: Words for what someone is said to have done, which a wire's closing "a charge Moscow denies" refers to.
_CHARGE_NOUNS = {"charge", "claim", "accusation", "allegation", "assertion"}
#: Verbs of denying such a charge.
_DENYING = {"deny", "reject", "dispute", "dismiss", "rebut"}


def _charge_read_as_speaker(verb: Token) -> tuple[Token, Token, Token] | None:
    """(the clause before, the charge, the one who denies it) when the model read a closing "...,
    a charge Phnom Penh denies" as the sentence's verb with "a charge" for its subject, the name its
    apposition and the clause before a complement of the denial; else None."""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in _DENYING:
        return None
    noun = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i < verb.i
                 and c.lemma_.lower() in _CHARGE_NOUNS
                 and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and noun is not None and c.i < noun.i), None)
    if clause is None or verb.doc[noun.left_edge.i - 1].text != ",":
        return None
    # (the name the model hung on the charge, or made the verb's subject after it: "a charge Moscow denies")
    speaker = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None) if noun.dep_ == "nsubj" \
        else next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == noun.right_edge.i + 1), None)
    if speaker is None or speaker.tag_ not in ("NNP", "NNPS") or speaker.right_edge.i + 1 != verb.i:
        return None
    return clause, noun, speaker


def _relative_read_as_clause(verb: Token) -> Token | None:
    """The noun a relative clause describes when the parser made the clause (``verb``) a clause of
    the verb before it: its subject, set off by a comma, holds "of which" or "of whom" ("confirms
    its readiness to sign the Agreement, the text of which was finalised ..."). The noun is the
    phrase before the comma, climbed to its head noun below the earlier verb."""
    if verb.dep_ not in ("ccomp", "conj", "advcl") or verb.head.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or not any(t.tag_ in ("WDT", "WP", "WP$") and t.head.lower_ == "of"
                                  for t in subject.subtree):
        return None
    doc = verb.doc
    comma = subject.left_edge.i - 1
    if comma <= verb.head.i or doc[comma].text != ",":
        return None
    noun = doc[comma - 1]
    while noun.dep_ in ("pobj", "prep", "conj", "compound", "appos") and noun.head.i > verb.head.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and verb.head in noun.ancestors else None


def _relative_across_verb(verb: Token) -> Token | None:
    """The noun before the comma when ``verb`` is a clause opening ", which" or ", who" that the
    parser hung on a noun before the verb that governs that noun (a relative clause does not
    reach back across its noun's verb)."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    doc = verb.doc
    start = verb.left_edge
    if start.tag_ not in ("WDT", "WP") or start.i < 2 or doc[start.i - 1].text != ",":
        return None
    noun, governor = verb.head, verb.head.head
    if not noun.i < governor.i < start.i or governor.pos_ not in ("VERB", "AUX"):
        return None
    before = doc[start.i - 2]
    before = doc[before.i - 1] if before.text == ")" and before.i > 0 else before  # "(SIPRI),"
    while before.dep_ in ("appos", "compound") and before.head.i < before.i and before.head.i > governor.i:
        before = before.head  # ("the Stockholm ... Institute (SIPRI)": the institute)
    return before if before.pos_ in ("NOUN", "PROPN") and before.i > governor.i else None


#: Verbs of an inverted frame ('"...," said X, who ...', '..., wrote X, who ...').
_FRAME_LEMMAS = SPEECH_LEMMAS | {"write"}


def _relative_went_on_as_frame(verb: Token) -> Token | None:
    """The relative clause a second verb goes on, when ``verb`` is that verb and the parser joined
    it to an inverted frame instead ('"...," said Al From, who helped found the DLC, and wrote a
    book ...': "wrote" joined to "said"): a conjunct of a verb of saying after the verb's subject,
    which comes after the verb and has a relative clause, with "and" before the conjunct and no
    subject of its own."""
    frame = verb.head
    if verb.dep_ != "conj" or frame.lemma_ not in _FRAME_LEMMAS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    speaker = next((c for c in frame.children if c.dep_ == "nsubj" and frame.i < c.i < verb.i), None)
    relative = next((c for c in speaker.children if c.dep_ == "relcl"), None) if speaker is not None else None
    if relative is None or relative.left_edge.tag_ not in ("WP", "WDT"):
        return None
    doc = verb.doc
    between = [t for t in doc[speaker.right_edge.i + 1 : verb.i] if t.dep_ not in ("aux", "auxpass", "neg", "advmod")]
    return relative if [t.lower_ for t in between] in ([",", "and"], ["and"]) else None


def _set_off_phrase_read_as_said(verb: Token) -> tuple[Token, Token] | None:
    """(speaker, clause) when the model made a verb inside the phrase set off after ``verb``'s
    speaker a clause of ``verb`` before it, the speaker that clause's subject, and ``verb`` (a
    verb of saying with a clause or an object after it) has no subject: the speaker, a comma and
    an apposition or a relative clause of its own, then the clause and a comma, then only the
    verb's own words ("Mr. Slinker, whose latest start-up, Paradata, uses big data ..., said ...")."""
    if verb.lemma_ not in _REPORTS or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or not any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    speaker = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None) \
        if clause is not None else None
    doc = verb.doc
    if speaker is None or doc[speaker.i + 1].text != "," \
            or not any(c.dep_ in ("relcl", "appos") and c.i > speaker.i for c in speaker.children):
        return None
    own = {verb.i} | {t.i for c in verb.children if clause.right_edge.i < c.i < verb.i for t in c.subtree}
    if any(t.i not in own for t in doc[clause.right_edge.i + 1 : verb.i]) \
            or not (clause.right_edge.text == "," or doc[clause.right_edge.i + 1].text == ","):
        return None
    return speaker, clause


def _take_place(new: Token, old: Token) -> None:
    """Hang ``new`` where ``old`` hangs, as the sentence's root if ``old`` is."""
    if old.head.i == old.i:
        new.head, new.dep_ = new, "ROOT"
    else:
        new.head, new.dep_ = old.head, old.dep_


@Language.component("newslens_parse_repairs")
def repair_parses(doc: Doc) -> Doc:
    """Apply the repairs described in the module's docstring."""
    for tok in doc:
        pair = _headline_pair(tok)
        if pair is not None:
            first, second = pair
            verb = second.head if second.dep_ == "nsubj" else first.head
            for t in doc[tok.i : first.i]:
                t.head, t.dep_ = first, "compound"
            first.head, first.dep_ = verb, "nsubj"
            second.head, second.dep_ = first, "conj"
            doc[first.i + 1].head, doc[first.i + 1].dep_ = first, "punct"
    for tok in doc:
        under = _title_under(tok)
        if under is not None:  # '"...," said Under Secretary of the Treasury ... Brian Nelson'
            title, name = under
            if name is not None:
                name.head, name.dep_ = tok.head, "nsubj"
                if title.i != name.i:
                    title.head, title.dep_ = name, "compound"
            tok.head, tok.dep_ = title, "compound"
    for tok in doc:
        if _list_read_as_apposition(tok):  # "Mali, Burkina Faso and Niger quit ECOWAS"
            tok.dep_ = "conj"
        first = _participle_joined_to_clause(tok)
        if first is not None:  # "a resolution demanding that Russia withdraw ... and calling for peace"
            joint = tok.head
            for c in [c for c in joint.children if c.dep_ == "cc" and c.i < tok.i]:
                c.head = first
            tok.head = first
        talks = _talks_read_as_verb(tok)
        if talks is not None:  # "told reporters that talks on the purchase were at an advanced stage"
            that, verb = talks
            that.head, that.dep_ = verb, "mark"
            tok.head, tok.dep_ = verb, "nsubj"
        closing = _closing_frame_read_as_clause(tok)
        if closing is not None:  # "Australia will buy five submarines ..., it is understood."
            rest = [c for c in closing.children if c.i > tok.i]  # the full stop
            tok.head, tok.dep_ = tok, "ROOT"
            closing.head, closing.dep_ = tok, "ccomp"
            for c in rest:
                c.head = tok
        opened = _that_clause_read_as_main(tok)
        if opened is not None:  # "continues to insist, most recently in an interview, that he wants ..."
            top, said, that = opened
            for c in [c for c in tok.children if c.i < that.i and c.i != top.i]:
                c.head = top  # what stands before "that" is the frame's (an opening word, the comma)
            top.head, top.dep_ = top, "ROOT"
            tok.head, tok.dep_ = said, "ccomp"
        read = _subject_read_as_object(tok)
        if read is not None:  # "The Guardian understands the plan, to be announced on Monday, will cost A$368bn"
            noun, joined = read
            for c in [c for c in tok.children if noun.i < c.i < joined.i]:
                c.head, c.dep_ = noun, ("acl" if c.dep_ == "advcl" else c.dep_)
            noun.head, noun.dep_ = joined, "nsubj"
            joined.head, joined.dep_ = tok, "ccomp"
        opening = _subject_read_as_modifier(tok)
        if opening is not None:  # "Putin and Kim sign mutual defence pact"
            opening.dep_ = "nsubj"
        judged = _object_hung_on_complement(tok)
        if judged is not None:  # "called Moscow's rhetoric dangerous and reckless"
            for c in [c for c in tok.children if c.dep_ in ("poss", "det", "amod", "compound") and c.i < judged.i]:
                c.head = judged
            judged.head, judged.dep_ = tok.head, "dobj"
        noun = _first_verb_read_as_subject(tok)
        if noun is not None:  # "Mali junta expels French ambassador, accuses Paris of ..."
            second = tok.head
            for c in [c for c in tok.children if c.i < noun.i]:
                c.head, c.dep_ = noun, "compound"
            for c in [c for c in tok.children if c.i > tok.i and c.dep_ == "npadvmod"]:
                c.dep_ = "dobj"
            doc[second.i - 1].head = tok
            _take_place(tok, second)
            noun.head, noun.dep_ = tok, "nsubj"
            second.head, second.dep_ = tok, "conj"
        finite = _finite_joined_to_gerund(tok)
        if finite is not None:  # "accused Rwanda of waging a war ... and called on ..."
            for c in [c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]:
                c.head = finite
            tok.head = finite
        owner = _participle_read_as_second_verb(tok)
        if owner is not None:  # "a hypersonic glide vehicle said to reach speeds above Mach 5"
            tok.head, tok.dep_ = owner, "acl"
        prep = _noun_read_as_complement(tok)
        if prep is not None:  # "Israel and Hamas agreed to a ceasefire deal"
            before = doc[tok.i - 1]
            for c in [c for c in before.children if c.i < before.i]:
                c.head = tok
            before.head, before.dep_ = tok, "compound"
            tok.head, tok.dep_ = prep, "pobj"
            tok.tag_, tok.pos_ = "NN", "NOUN"  # (a tag a repair sets: "deal" taken for a verb)
        speaker = _verb_read_as_noun(tok)
        if speaker is not None:  # "But Trump claims that he should be the exception"
            tok.tag_, tok.pos_ = "VBZ", "VERB"
            speaker.dep_ = "nsubj"
        modifier = _deal_read_as_second_object(tok)
        if modifier is not None:  # "ready to sign a minerals deal with the United States"
            for c in [c for c in modifier.children if c.i < modifier.i]:
                c.head = tok
            modifier.head, modifier.dep_ = tok, "compound"
            tok.tag_, tok.pos_ = "NN", "NOUN"  # (a tag a repair sets: "deal" taken for a verb)
        purpose = _call_on_read_as_purpose(tok)
        if purpose is not None:  # "call on the military regime to immediately cease violence"
            purpose.dep_ = "xcomp"
        charge = _charge_read_as_speaker(tok)
        if charge is not None:  # "... accused Cambodia of having started the hostilities, a charge Phnom Penh denies."
            clause, noun, speaker = charge
            for c in [c for c in tok.children if c.i > speaker.i or c.i < clause.left_edge.i or c.i == noun.left_edge.i - 1]:
                c.head = clause  # (the full stop, and the comma before the charge)
            clause.head, clause.dep_ = clause, "ROOT"
            tok.head, tok.dep_ = clause, "parataxis"
            speaker.head, speaker.dep_ = tok, "nsubj"
            noun.head, noun.dep_ = tok, "dobj"
        name = _name_start_read_as_dateline_apposition(tok)
        if name is not None:  # "HONIARA, April 20 - Solomon Islands Prime Minister Manasseh Sogavare ... defended"
            tok.head, tok.dep_ = name, "compound"
        as_phrase = _as_phrase_read_as_speaker(tok)
        if as_phrase is not None:  # "Brazil will not join OPEC+ as a full member, Minister X said on Tuesday"
            mark, noun, speaker = as_phrase
            for c in [c for c in noun.children if noun.i + 1 < c.i < speaker.i and c.dep_ != "punct"]:
                c.head, c.dep_ = speaker, "nmod"  # ("Mines and Energy Minister": the speaker's title)
            speaker.head, speaker.dep_ = tok, "nsubj"
            mark.head, mark.dep_ = tok.head, "prep"
            noun.head, noun.dep_ = mark, "pobj"
            tok.dep_ = "parataxis"
        across = _relative_across_verb(tok)
        if across is not None:  # "The figures come from the Stockholm ... Institute (SIPRI), which said ..."
            tok.head = across
        described = _relative_read_as_clause(tok)
        if described is not None:  # "... sign the Agreement, the text of which was finalised on 13 March"
            tok.head, tok.dep_ = described, "relcl"
        relative = _relative_went_on_as_frame(tok)
        if relative is not None:  # '"...," said Al From, who helped found the DLC, and wrote a book'
            for t in doc[relative.right_edge.i + 1 : tok.i]:
                if t.head.i == tok.head.i:
                    t.head = relative
            tok.head = relative
    sents = list(doc.sents)
    for first, second in zip(sents, sents[1:]):
        if _cut_frame(first, second):
            first.root.head, first.root.dep_ = second.root, "ccomp"
    for sent in sents:
        found = _verb_read_as_participle(sent)
        if found is not None:  # "Roy Cooper (D), McCrory's opponent in the election, called Friday for ..."
            verb, subject = found
            root = sent.root
            stop = [t for t in root.children if t.i == sent.end - 1 and t.is_punct]
            # (and a quote before the name is what the verb reports: '"...," Nate Silver, ... tweeted')
            named = min([subject.i] + [c.left_edge.i for c in subject.lefts if c.dep_ not in ("ccomp", "punct")])
            stop += [t for t in root.children if t.i < named and (t.dep_ == "ccomp" or t.is_punct)]
            verb.head, verb.dep_ = verb, "ROOT"
            subject.head, subject.dep_ = verb, "nsubj"
            if doc[verb.i - 1].text == ",":
                doc[verb.i - 1].head = subject
            if root.i != subject.i:  # (", saying that ...": a participle of the verb)
                root.head, root.dep_ = verb, "advcl"
            for t in stop:
                t.head = verb
    for verb in doc:
        pair = _apposition_as_subject(verb)
        if pair is not None:  # "Ban Ki-moon, the secretary general of the United Nations, vowed ..."
            name, description = pair
            description.head, description.dep_ = name, "appos"
            comma = description.right_edge if description.right_edge.text == "," else doc[description.right_edge.i + 1]
            comma.head = name
        listed = _list_as_subjects(verb)
        if listed is not None:  # "The family, protesters and civic leaders have been demanding ..."
            first, second = listed
            second.head, second.dep_ = first, "conj"
            doc[second.left_edge.i - 1].head = first
    for verb in doc:
        inside = _subject_inside_opening_phrase(verb)
        if inside is not None:  # "Speaking on behalf of the Group of 77, the representative of Uganda said"
            opening, subject, start = inside
            before = [c for c in subject.lefts if c.i < start]  # ('the "A3 plus" ...', read as its modifiers)
            if before:
                main = max(before, key=lambda c: len(list(c.subtree)))
                main.head, main.dep_ = subject.head, subject.dep_
                for c in before:
                    if c.i != main.i:
                        c.head = main
            doc[start - 1].head = verb
            subject.head, subject.dep_ = verb, "nsubj"
            if opening.dep_ == "csubj":
                opening.dep_ = "advcl"
    for verb in doc:
        terms = _frame_on_terms_as_main(verb)
        if terms is not None:  # "The talks, a senior official said on condition of anonymity, have stalled."
            subject, clause = terms
            rest = [c for c in verb.children if c.i > clause.i]  # the full stop
            _take_place(clause, verb)
            subject.head, subject.dep_ = clause, "nsubj"
            doc[subject.right_edge.i + 1].head = verb  # the comma that opens the frame
            verb.head, verb.dep_ = clause, "parataxis"
            for c in rest:
                c.head = clause
    for verb in doc:
        inverted = _inverted_frame(verb)
        if inverted is not None:  # "Part of the problem, say experts like Paul Bauman, is ..."
            front, speaker, clause = inverted
            rest = [c for c in verb.children if c.i > clause.i]  # the full stop
            _take_place(clause, verb)
            speaker.head, speaker.dep_ = verb, "nsubj"
            front.head, front.dep_ = clause, "nsubj"
            verb.head, verb.dep_ = clause, "parataxis"
            for c in rest:
                c.head = clause
    for verb in doc:
        framed = _frame_read_as_participle(verb)
        if framed is not None:  # "..., Foreign Secretary Vikram Misri announced on Monday, ..."
            speaker, root = framed
            doc[speaker.left_edge.i - 1].head = verb
            speaker.head, speaker.dep_ = verb, "nsubj"
            verb.head, verb.dep_ = root, "parataxis"
    for verb in doc:
        set_off = _set_off_phrase_read_as_said(verb)
        if set_off is not None:  # "Mr. Slinker, whose start-up uses big data ..., said ..."
            speaker, clause = set_off
            speaker.head, speaker.dep_ = verb, "nsubj"
            clause.head, clause.dep_ = speaker, "relcl"
    for verb in doc:
        whose = _whose_clause_as_main(verb)
        if whose is not None:  # "Argentina, whose president Javier Milei is ..., said ..."
            subject, main = whose
            _take_place(main, verb)
            subject.head, subject.dep_ = main, "nsubj"
            verb.head, verb.dep_ = subject, "relcl"
            doc[main.i - 1].head = verb
    for verb in doc:
        root = _frame_read_as_relative(verb)
        if root is not None:  # "..., the Philippine Daily Inquirer reported on Thursday, citing ..."
            subj = next(c for c in verb.children if c.dep_ == "nsubj")
            doc[subj.left_edge.i - 1].head = verb
            verb.head, verb.dep_ = root, "parataxis"
            # (and the participle after it is the frame's: "..., citing two diplomats")
            for c in [c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                      and c.lemma_.lower() in ("cite", "quote") and c.left_edge.i == verb.right_edge.i + 2]:
                c.head = verb
    for verb in doc:
        second = _second_speaker_in_content(verb)
        if second is not None:  # "Half said they were worried, and 4 in 10 said Trump would do best"
            first, speaker, and_ = second
            if speaker is not None:
                speaker.head, speaker.dep_ = verb, "nsubj"
            verb.head, verb.dep_ = first, "conj"
            and_.head = first
            if doc[and_.i - 1].text == ",":
                doc[and_.i - 1].head = first
    for verb in doc:
        act = _second_act_of_speaker(verb)
        if act is not None:  # "said the militia was backed by foreign sponsors, and accused the UAE of ..."
            said, and_ = act
            verb.head = said
            and_.head = said
            if doc[and_.i - 1].text == ",":
                doc[and_.i - 1].head = said
    for verb in doc:
        misread = _participle_read_as_verb(verb)
        if misread is not None:  # "NATO's target, agreed at the Wales summit in 2014, should be a floor"
            subject, clause = misread
            later = [c for c in verb.children if c.i > clause.right_edge.i]  # the full stop
            commas = [c for c in verb.children if c.text == "," and c.i > verb.i]
            clause.head, clause.dep_ = clause, "ROOT"
            subject.head, subject.dep_ = clause, "nsubj"
            verb.head, verb.dep_ = subject, "acl"
            for c in later + commas[-1:]:
                c.head = clause
    for verb in doc:
        item = _subject_read_as_item(verb)
        if item is not None:  # "truces collapsed within hours and aid groups voiced doubt that ..."
            subject, and_ = item
            subject.head, subject.dep_ = verb, "nsubj"
            and_.head = verb.head
    for verb in doc:
        complements = [c for c in verb.children if c.dep_ == "oprd"]
        if len(complements) == 2 and complements[0].pos_ in ("PROPN", "NOUN", "PRON"):
            complements[0].dep_ = "dobj"  # "Graham called both Trump and Clinton “crazy”"
        elif _lone_named_object(verb, complements):
            complements[0].dep_ = "dobj"  # 'Beruff called Florida's standards “strong.”'
    for verb in doc:
        found = _described_speaker(verb)
        if found is None:
            continue
        subject, desc = found
        # the full stop, a clause after it, and what opens the sentence before the subject ("But
        # while Republicans support the delay, sources privy to the talks say ...") go to the verb
        later = [c for c in desc.children if c.i > verb.i or c.i < subject.left_edge.i]
        if verb.head.i == desc.i:
            verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        desc.head, desc.dep_ = subject, "acl"
        for c in later:
            c.head = verb
    return doc
