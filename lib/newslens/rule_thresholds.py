"""How sure each sourcing rule must be before it reads a cue, each measured on PolNeAR train:
the cue model's probability for a verb and what it governs, and how often a word must be a cue
(``cues.cue_rate``) in a frame ("as X reported", a passive with an agent, an adjective after a
copula, an unmarked clause)."""
from __future__ import annotations

#: A verb that governs an open complement ("wants to ..."), an object ("criticised the plan")
#: or a preposition ("called for talks") is a cue when the cue model (``newslens.cue_model``)
#: finds it about as likely a cue as not: on PolNeAR train, 0.45 gives higher source, cue,
#: content and triple F1 than 0.5 (and 0.4 less content on dev). Swept for each of the three
#: alone, 0.40 or 0.43 for an object gains triples and loses cues, 0.43 for an open complement
#: gains cues and triples and loses content, and 0.40 or 0.50 for a preposition loses cues and
#: triples.
CUE_MIN_PROBABILITY = 0.45
#: ... and a verb that governs a clause ("said that ...", "believes the deal will hold"): on
#: PolNeAR train, 0.42 gives higher source, cue, content and triple F1 than 0.45 (0.40 to 0.43
#: are within a few attributions of each other; 0.38 and 0.35 lower).
CLAUSE_CUE_MIN_PROBABILITY = 0.42
#: ... and a verb that is itself the clause of another word, whatever it governs ("It's clear
#: that the Republican insiders do not understand ...", "The real story is that half of the
#: voters opted for Trump", "Rubio's team isn't likely to help Rubio convince anyone ..."): the
#: cue model weighs that position at -0.9 (``dep=ccomp``), learned over every verb in such a
#: clause, most of them inside what another verb reports, which PolNeAR seldom marks (train: 123
#: cues in 5,331; under a word that reports nothing, 315 in 3,185). Swept on PolNeAR train and
#: dev together, 0.26 gives the highest source, cue, content and triple F1 (train alone: 0.24 to
#: 0.30 within 15 attributions of each other and each better than the frames' 0.42 / 0.45; 0.20
#: lower).
CLAUSE_VERB_CUE_MIN_PROBABILITY = 0.26


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
#: The confidence of "was quoted as saying" (the cue model, which sees few such passives, puts
#: it under the threshold: PolNeAR train marks every active "quoted X as saying" it has).
QUOTED_AS_CONFIDENCE = 0.9


#: How sure the cue model must be of a passive with no agent and nothing it governs ("The plan
#: was widely criticized", "Sanders was declared the winner"): a report with no source. On
#: PolNeAR train, 0.6 gives higher source, cue, content and triple F1 than 0.65 (0.55: more
#: triples, fewer cues).
UNSOURCED_PASSIVE_MIN_PROBABILITY = 0.6
