from __future__ import annotations

import newslens
from newslens import pipeline
from newslens.doctools import text_of


def test_a_line_break_ends_a_sentence_and_a_closing_quote_stays_with_its_sentence():
    doc = pipeline.nlp()('"To transform a company took a lot of bold moves."\n\n'
                         '"What kept me going," she said, "is the fact."\nNext line here. And more.')
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == '"To transform a company took a lot of bold moves."'
    assert sents[1] == '"What kept me going," she said, "is the fact."'
    assert sents[2:] == ["Next line here.", "And more."]


def test_paragraph_component_runs_before_the_parser():
    names = pipeline.nlp().pipe_names
    assert names.index("newslens_paragraphs") < names.index("parser")


def test_a_rank_before_a_name_does_not_end_the_sentence():
    doc = pipeline.nlp()("Pentagon spokesman Navy Capt. Jeff Davis said the strike was lawful. "
                         "Air Force 1st Lt. Tyler Livingston and Col. Rob Manning agreed.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Pentagon spokesman Navy Capt. Jeff Davis said the strike was lawful.",
                     "Air Force 1st Lt. Tyler Livingston and Col. Rob Manning agreed."]
    assert "Capt." in [t.text for t in doc]


def test_a_civil_title_before_a_name_does_not_end_the_sentence():
    doc = pipeline.nlp()("In the April issue of The Atlantic, Pres. Obama admits the intervention was a mistake. "
                         "Sec. Rubio and Atty. Gen. Bondi disagreed.")
    assert [s.text.strip() for s in doc.sents] == [
        "In the April issue of The Atlantic, Pres. Obama admits the intervention was a mistake.",
        "Sec. Rubio and Atty. Gen. Bondi disagreed."]


def test_a_quotation_mark_glued_to_the_words_around_it_is_split_off():
    words = [t.text for t in pipeline.nlp()('Rao said,“Look, the deal is done,”Modi said. He is 5\'10" tall.')]
    assert words[:5] == ["Rao", "said", ",", "“", "Look"]
    assert words[10:14] == [",", "”", "Modi", "said"]
    assert "5'10" in words  # a measure keeps its mark


def test_a_quote_glued_to_its_frame_is_attributed():
    from newslens import analyze, Article
    from newslens.articles import paragraph_spans
    text = "The envoy said,“We will not sign the pact this year.”"
    found = analyze(Article(id="t", text=text, paragraphs=paragraph_spans(text))).records["attributions"]
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [("The envoy", "said")]
    assert found[0]["content"]["text"].startswith("We will not sign the pact")


def test_a_no_break_space_is_read_as_a_space_and_kept_in_the_text():
    text = "Officials have\u00a0acknowledged that the\u2009deal failed."
    nlp_ = pipeline.nlp()
    doc = nlp_(pipeline.make_doc(nlp_, text))
    assert not any(t.is_space for t in doc)  # no token of its own between "have" and its verb
    verb = next(t for t in doc if t.text == "acknowledged")
    assert [c.text for c in verb.children if c.dep_ == "aux"] == ["have"]
    assert text_of(doc) == text  # offsets and records' texts are the article's
    a = newslens.analyze(newslens.Article(id="t", text=text, paragraphs=[[0, len(text)]]))
    cue = a.records["attributions"][0]["cue"]
    assert cue["text"] == "have\u00a0acknowledged" == text[cue["start"]:cue["end"]]


def test_a_name_after_an_office_is_a_person_though_the_model_says_body():
    from newslens.pipeline import nlp

    doc = nlp()("Ukraine's foreign ministry spokesman Oleg Nikolenko wrote that the talks had failed.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Oleg Nikolenko"] == [("Oleg Nikolenko", "PERSON")]
    # a body's name after the same word stays a body
    doc = nlp()("The spokesman Foreign Office said it.")
    assert all(e.label_ != "PERSON" for e in doc.ents)


def test_an_interview_label_is_no_part_of_a_name():
    from newslens.pipeline import nlp

    doc = nlp()("Intro line.\n\nQ. Critics say the mission is too far. Why?\n\nA. Because nobody else would.\n\n"
                "Q. Mary Okafor said so.")
    assert [(e.text, e.label_) for e in doc.ents if "Q." in e.text] == []


def test_a_description_the_model_took_for_the_verb_is_repaired_into_the_subject():
    from newslens.pipeline import nlp

    doc = nlp()("Officials privy to the negotiations said Ankara had withdrawn its offer.")
    said = next(t for t in doc if t.lower_ == "said")
    assert said.dep_ == "ROOT" and [t.text for t in said.lefts if t.dep_ == "nsubj"] == ["Officials"]
    assert [t.text for t in next(t for t in doc if t.text == "Officials").subtree][-1] == "negotiations"
    # a clause set off by a comma is a clause of its own
    doc = nlp()("Officials met on Monday, said one of them.")
    assert next(t for t in doc if t.lower_ == "said").dep_ in ("ROOT", "parataxis", "ccomp")
    assert next(t for t in doc if t.text == "Officials").head.lower_ == "met"


def test_a_name_the_model_left_untagged_after_an_office_is_a_person():
    from newslens.pipeline import nlp

    doc = nlp()("External Affairs Ministry spokesperson Randhir Jaiswal said the talks had failed.")
    assert ("Randhir Jaiswal", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    doc = nlp()("Spokesperson Randhir Jaiswal said the talks had failed.")
    assert ("Randhir Jaiswal", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_paragraphs_first_words_are_not_cut_into_sentences_of_their_own():
    from newslens.pipeline import nlp

    doc = nlp()("France, Germany push EU on defence bonds\n\nParis and Berlin on Monday called on the European "
                "Union to issue joint bonds.")
    assert [s.text.strip() for s in doc.sents][1].startswith("Paris and Berlin on Monday called")


def test_a_frame_cut_in_two_inside_the_speakers_names_is_joined():
    from newslens.pipeline import nlp

    doc = nlp()('France, Germany push EU on defence bonds\n\nParis and Berlin on Monday called on the European Union '
                'to issue joint bonds to finance defence spending, in a rare show of unity on fiscal policy.\n\n'
                '"Europe must be able to defend itself," French President Emmanuel Macron and German Chancellor '
                'Friedrich Merz said in a joint statement. The two leaders said the bonds should be modest in size.')
    assert any(s.text.startswith('"Europe') and s.text.rstrip().endswith("statement.") for s in doc.sents)


def test_a_semicolon_in_a_headline_ends_a_sentence_but_not_in_the_body():
    doc = pipeline.nlp()("Manila says talks on the shoal failed; Beijing blames the coast guard\n\n"
                         "The minister said the talks failed; the envoy disagreed.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[:2] == ["Manila says talks on the shoal failed;", "Beijing blames the coast guard"]
    assert "The minister said the talks failed; the envoy disagreed." in sents


def test_both_clauses_of_a_headline_joined_by_a_semicolon_are_reports():
    found = newslens.analyze(newslens.Article(
        id="t", text="Manila says talks on the shoal failed; Beijing reports sinking 3 boats\n\nThe talks ended on Monday."
    )).records["attributions"]
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [("Manila", "says"), ("Beijing", "reports")]


def test_two_names_opening_a_headline_with_a_comma_are_both_its_subject():
    from newslens.pipeline import nlp

    doc = nlp()("Kenya, Ethiopia agree to reopen border crossings\n\nThe crossings closed in 2021.")
    assert (doc[0].dep_, doc[2].dep_, doc[2].head.i) == ("nsubj", "conj", 0)
    assert doc[0].head.text == "agree"
    # a sentence is left as the model reads it
    doc = nlp()("Nairobi, Kenya said on Monday that the crossings would reopen.")
    assert (doc[0].dep_, doc[2].dep_) == ("nsubj", "nsubj")


def test_names_of_several_words_opening_a_headline_with_a_comma_are_both_its_subject():
    from newslens.pipeline import nlp

    doc = nlp()("South Korea, Japan agree to resume security dialogue\n\nThe talks ended on Monday.")
    assert (doc[1].dep_, doc[0].head.i, doc[3].dep_, doc[3].head.i) == ("nsubj", 1, "conj", 1)


def test_a_headline_pair_read_as_an_apposition_is_repaired_but_a_title_is_not():
    from newslens.pipeline import nlp

    doc = nlp()("Russia, Ukraine agree on prisoner swap\n\nThe talks ended on Monday.")
    assert (doc[0].dep_, doc[2].dep_, doc[2].head.i) == ("nsubj", "conj", 0)
    doc = nlp()("Lammy, Foreign Secretary, says talks will go on\n\nThe talks ended on Monday.")
    assert not any(t.dep_ == "conj" and t.head.i == 0 for t in doc)


def test_a_known_name_the_model_tagged_as_an_adjective_opens_a_headline_pair_but_an_adjective_does_not():
    from newslens.pipeline import nlp

    doc = nlp()("Trump, Xi agree one-year truce on tariffs\n\nThe talks ended on Thursday.")
    assert (doc[0].dep_, doc[2].dep_, doc[2].head.i) == ("nsubj", "conj", 0)
    doc = nlp()("Angry, Trump lashes out at judges\n\nThe ruling came on Friday.")
    assert not any(t.dep_ == "conj" and t.head.i == 0 for t in doc)


def test_a_description_between_commas_the_model_made_a_second_subject_is_repaired_into_an_apposition():
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    # the parse the model gives some such sentences, built by hand: two subjects of "vowed"
    words = ["Ines", "Marlow", ",", "the", "head", "of", "the", "agency", ",", "vowed", "to", "act", "."]
    heads = [1, 9, 9, 4, 9, 4, 7, 5, 4, 9, 11, 9, 9]
    deps = ["compound", "nsubj", "punct", "det", "nsubj", "prep", "det", "pobj", "punct", "ROOT", "aux", "xcomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PART", "VERB", "PUNCT"]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert [t.text for t in doc[9].children if t.dep_ == "nsubj"] == ["Marlow"]
    assert doc[4].dep_ == "appos" and doc[4].head.text == "Marlow"
    assert [t.text for t in doc[1].subtree][-1] == ","  # the name's phrase runs over its apposition
    # an aside set off by commas is left alone
    words = ["Hawaii", ",", "as", "one", "adviser", "noted", ",", "rarely", "gets", "storms", "."]
    heads = [8, 8, 5, 4, 5, 8, 8, 8, 8, 8, 8]
    deps = ["nsubj", "punct", "mark", "det", "nsubj", "advcl", "punct", "advmod", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "SCONJ", "NUM", "NOUN", "VERB", "PUNCT", "ADV", "VERB", "NOUN", "PUNCT"]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert doc[0].dep_ == "nsubj" and doc[0].head.text == "gets"


def test_a_list_the_model_split_into_two_subjects_is_repaired_into_one():
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    # "The family, neighbours and local leaders have demanded ...", parsed as the model may
    words = ["The", "family", ",", "neighbours", "and", "local", "leaders", "have", "demanded", "answers", "."]
    heads = [1, 8, 8, 8, 3, 6, 3, 8, 8, 8, 8]
    deps = ["det", "nsubj", "punct", "nsubj", "cc", "amod", "conj", "aux", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "NOUN", "CCONJ", "ADJ", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert [t.text for t in doc[8].children if t.dep_ == "nsubj"] == ["family"]
    assert doc[3].dep_ == "conj" and doc[3].head.text == "family"
    assert [t.text for t in doc[1].subtree] == words[:7]


def test_an_object_the_model_labelled_as_the_complement_is_repaired_into_the_object():
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    # "Hale called both Ruiz and Lopez crazy.", parsed as the model may: two complements
    words = ["Hale", "called", "both", "Ruiz", "and", "Lopez", "crazy", "."]
    heads = [1, 1, 3, 1, 3, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "oprd", "cc", "conj", "oprd", "punct"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "CCONJ", "PROPN", "ADJ", "PUNCT"]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert [(t.text, t.dep_) for t in doc[1].children if t.dep_ in ("dobj", "oprd")] == [("Ruiz", "dobj"), ("crazy", "oprd")]


def test_the_lone_complement_of_a_verb_of_naming_with_a_quoted_name_is_repaired_into_the_object():
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    # 'Hale called the plan's costs “absurd.”', parsed as the model may: the quoted name hung on
    # the subject, the plan's costs the only complement
    words = ["Hale", "called", "the", "plan", "'s", "costs", "“", "absurd", ".", "”"]
    heads = [1, 1, 3, 5, 3, 1, 7, 0, 1, 1]
    deps = ["nsubj", "ROOT", "det", "poss", "case", "oprd", "punct", "amod", "punct", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT", "ADJ", "PUNCT", "PUNCT"]

    def repaired(words, heads, deps, pos):
        doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos,
                                lemmas=[w.lower() if w != "called" else "call" for w in words]))
        return [(t.text, t.dep_) for t in doc[1].children if t.dep_ in ("dobj", "oprd")]

    assert repaired(words, heads, deps, pos) == [("costs", "dobj")]
    # no quoted name: "Palin called a delegate candidate" is a telephone call, left as parsed
    unquoted = (words[:6] + ["."], heads[:6] + [1], deps[:6] + ["punct"], pos[:6] + ["PUNCT"])
    assert repaired(*unquoted) == [("costs", "oprd")]
    # the quoted name right after the verb is the complement itself ("which Cook called “crap”")
    words = ["which", "Cook", "called", "“", "crap", "”"]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=[2, 2, 2, 4, 2, 4],
                            deps=["dobj", "nsubj", "ROOT", "punct", "oprd", "punct"],
                            pos=["PRON", "PROPN", "VERB", "PUNCT", "NOUN", "PUNCT"],
                            lemmas=["which", "cook", "call", "“", "crap", "”"]))
    assert doc[4].dep_ == "oprd"


def test_a_second_speaker_after_and_that_the_model_hung_on_the_first_report_is_its_own():
    from newslens.pipeline import nlp

    # "4 in 10 said" read as a clause of the first "said"
    doc = nlp()("Half said they were worried, and 4 in 10 said Trump would do best.")
    assert (doc[10].dep_, doc[10].head.i, doc[6].head.i) == ("conj", 1, 1)
    # "one in four" read as a second item of "the farmers", the second "said" with no subject
    doc = nlp()("One in three said the party does not care about the farmers and one in four said it was hostile.")
    said = doc[16]
    assert (said.dep_, said.head.i) == ("conj", 3)
    assert [t.text for t in said.children if t.dep_ == "nsubj"] == ["one"]
    # a report inside what was said, opened by "that", stays inside it
    doc = nlp()("Officials said the talks had stalled and that both sides said they would return.")
    assert doc[10].head.text == "stalled"


def test_a_second_act_of_the_speaker_after_and_is_joined_to_the_verb_of_saying():
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    words = ["Ruiz", "said", "the", "militia", "was", "armed", ",", "and", "accused", "Kenya", "."]
    heads = [1, 1, 3, 4, 1, 4, 4, 4, 4, 8, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct", "cc", "conj", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "CCONJ", "VERB", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "VBD", "JJ", ",", "CC", "VBD", "NNP", "."]
    lemmas = ["Ruiz", "say", "the", "militia", "be", "armed", ",", "and", "accuse", "Kenya", "."]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas))
    assert [(doc[i].head.i, doc[i].dep_) for i in (8, 7, 6)] == [(1, "conj"), (1, "cc"), (1, "punct")]
    # an act in the tense of the clause said stays in it: "said he spoke to Kenya and asked ..."
    words = ["Ruiz", "says", "he", "spoke", "to", "Kenya", "and", "asked", "it", "."]
    heads = [1, 1, 3, 1, 3, 4, 3, 3, 7, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "cc", "conj", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "PRON", "PUNCT"]
    tags = ["NNP", "VBZ", "PRP", "VBD", "IN", "NNP", "CC", "VBD", "PRP", "."]
    lemmas = ["Ruiz", "say", "he", "speak", "to", "Kenya", "and", "ask", "it", "."]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas))
    assert doc[7].head.i == 3


def test_a_subject_read_into_an_opening_phrase_or_clause_is_the_verbs_again():
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    # "After talks between the two, the office announced that ...": "office" joined to "two"
    words = ["After", "talks", "between", "the", "two", ",", "the", "office", "announced", "that", "it", "would",
             "meet", "."]
    heads = [8, 0, 1, 4, 2, 4, 7, 4, 8, 12, 12, 12, 8, 8]
    deps = ["prep", "pobj", "prep", "det", "pobj", "punct", "det", "conj", "ROOT", "mark", "nsubj", "aux", "ccomp",
            "punct"]
    pos = ["ADP", "NOUN", "ADP", "DET", "NUM", "PUNCT", "DET", "NOUN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"]
    tags = ["IN", "NNS", "IN", "DT", "CD", ",", "DT", "NN", "VBD", "IN", "PRP", "MD", "VB", "."]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags))
    assert (doc[7].head.i, doc[7].dep_, doc[0].dep_) == (8, "nsubj", "prep")
    # the speaker is the phrase after the comma, not after the hyphen of "front-runner": "On a visit
    # with front-runner Jane Doe, former president John Doe said it."
    words = ["On", "a", "visit", "with", "front", "-", "runner", "Jane", "Doe", ",", "former", "president", "John",
             "Doe", "said", "it", "."]
    spaces = [True, True, True, True, False, False, True, True, False, True, True, True, True, True, True, False,
              False]
    heads = [14, 2, 0, 2, 6, 14, 8, 8, 3, 8, 11, 13, 13, 8, 14, 14, 14]
    deps = ["prep", "det", "pobj", "prep", "amod", "punct", "compound", "compound", "pobj", "punct", "amod",
            "compound", "compound", "appos", "ROOT", "dobj", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "ADJ", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PROPN",
           "PROPN", "VERB", "PRON", "PUNCT"]
    tags = ["IN", "DT", "NN", "IN", "JJ", "HYPH", "NN", "NNP", "NNP", ",", "JJ", "NN", "NNP", "NNP", "VBD", "PRP",
            "."]
    doc = repair_parses(Doc(nlp().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags))
    assert [t.text for t in doc[14].children if t.dep_ == "nsubj"] == ["Doe"]
    assert doc[13].head.i == 14 and doc[8].head.i == 3
    # so too an opening clause: "When talks ended in Paris, the ministers said it."
    words = ["When", "talks", "ended", "in", "Paris", ",", "the", "ministers", "said", "it", "."]
    heads = [2, 2, 8, 2, 3, 4, 7, 4, 8, 8, 8]
    deps = ["advmod", "nsubj", "advcl", "prep", "pobj", "punct", "det", "conj", "ROOT", "dobj", "punct"]
    pos = ["SCONJ", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT"]
    tags = ["WRB", "NNS", "VBD", "IN", "NNP", ",", "DT", "NNS", "VBD", "PRP", "."]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags))
    assert (doc[7].head.i, doc[7].dep_, doc[2].dep_) == (8, "nsubj", "advcl")
    # a verb in its base form may be an order, which has no subject: the phrase is left as it is
    words = ["At", "the", "summit", ",", "the", "leaders", "agree", "."]
    heads = [6, 2, 0, 2, 5, 2, 6, 6]
    deps = ["prep", "det", "pobj", "punct", "det", "appos", "ROOT", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    tags = ["IN", "DT", "NN", ",", "DT", "NNS", "VB", "."]
    doc = repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags))
    assert doc[5].head.i == 2


def test_a_subject_the_model_read_as_one_more_item_of_a_list_is_the_second_verbs():
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    # "the talks stalled within days and rebel leaders voiced anger": "leaders" joined to "days"
    words = ["Talks", "stalled", "within", "days", "and", "rebel", "leaders", "voiced", "anger", "."]
    heads = [1, 1, 1, 2, 3, 6, 3, 1, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "cc", "compound", "conj", "conj", "dobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "CCONJ", "NOUN", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "IN", "NNS", "CC", "NN", "NNS", "VBD", "NN", "."]

    def repaired(words, heads, deps, pos, tags, lemmas=None):
        return repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas))

    doc = repaired(words, heads, deps, pos, tags)
    assert [(doc[i].head.i, doc[i].dep_) for i in (6, 4)] == [(7, "nsubj"), (1, "cc")]
    # the list an object of the verb is the second clause's subject as a whole: no repair
    words = ["Data", "showed", "the", "firm", "and", "its", "units", "lost", "money", "."]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "poss", "conj", "conj", "dobj", "punct"]
    heads = [1, 1, 3, 1, 3, 6, 3, 1, 7, 1]
    pos = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "PRON", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "CC", "PRP$", "NNS", "VBD", "NN", "."]
    lemmas = ["datum", "show", "the", "firm", "and", "its", "unit", "lose", "money", "."]
    doc = repaired(words, heads, deps, pos, tags, lemmas)
    assert (doc[6].head.i, doc[6].dep_) == (3, "conj")
    # but the object of a verb that takes no clause is no subject of the verb after it
    words = ["Oslo", "tested", "a", "drone", "and", "Bern", "condemned", "it", "."]
    heads = [1, 1, 3, 1, 3, 3, 1, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "conj", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "CC", "NNP", "VBD", "PRP", "."]
    lemmas = ["Oslo", "test", "a", "drone", "and", "Bern", "condemn", "it", "."]
    doc = repaired(words, heads, deps, pos, tags, lemmas)
    assert (doc[5].head.i, doc[5].dep_) == (6, "nsubj")
    # "and" before the verb too: two verbs of one subject ("bought apples and pears and left")
    words = ["She", "bought", "from", "Al", "and", "Bo", "and", "left", "."]
    heads = [1, 1, 1, 2, 3, 3, 1, 1, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "cc", "conj", "punct"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "CCONJ", "VERB", "PUNCT"]
    tags = ["PRP", "VBD", "IN", "NNP", "CC", "NNP", "CC", "VBD", "."]
    doc = repaired(words, heads, deps, pos, tags)
    assert (doc[5].head.i, doc[5].dep_) == (3, "conj")


def test_a_participle_set_off_after_the_subject_is_not_the_sentences_verb():
    from newslens.pipeline import nlp

    doc = nlp()("NATO's target of 2 percent of GDP, agreed at the Wales summit in 2014, should be a floor, "
                "not a ceiling.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    agreed = next(t for t in doc if t.text == "agreed")
    assert root.lemma_ == "be" and agreed.dep_ == "acl"
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == ["target"]



def test_a_title_opening_with_under_is_part_of_the_speakers_name():
    from newslens.pipeline import nlp

    doc = nlp()('"The network is closed," said Under Secretary of Commerce for Industry Alan Estevez.')
    said = next(t for t in doc if t.text == "said")
    [subject] = [c for c in said.children if c.dep_ == "nsubj"]
    assert subject.text == "Estevez" and doc[subject.left_edge.i].text == "Under"
    opening = nlp()("Under Secretary of State for Arms Control Bonnie Jenkins said the talks would resume.")
    said = next(t for t in opening if t.text == "said")
    [subject] = [c for c in said.children if c.dep_ == "nsubj"]
    assert opening[subject.left_edge.i].text == "Under"
    # "under" the preposition is left alone
    plain = nlp()("Under the deal, Tehran said it would cut enrichment.")
    assert plain[0].dep_ == "prep"


def _repaired(rows):
    """The parse repairs applied to a Doc built by hand from (word, head, dep, tag, pos, lemma)
    rows, as the model may parse a sentence."""
    from spacy.tokens import Doc
    from newslens.parse_repairs import repair_parses
    from newslens.pipeline import nlp

    words, heads, deps, tags, pos, lemmas = (list(col) for col in zip(*rows))
    return repair_parses(Doc(nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas))


def test_a_list_of_places_the_model_made_an_apposition_is_repaired_into_a_list():
    # "Chad, Sierra Leone and Gabon left the bloc.": the rest of the list an apposition of its first item
    doc = _repaired([("Chad", 6, "nsubj", "NNP", "PROPN", "Chad"), (",", 0, "punct", ",", "PUNCT", ","),
                     ("Sierra", 3, "compound", "NNP", "PROPN", "Sierra"), ("Leone", 0, "appos", "NNP", "PROPN", "Leone"),
                     ("and", 3, "cc", "CC", "CCONJ", "and"), ("Gabon", 3, "conj", "NNP", "PROPN", "Gabon"),
                     ("left", 6, "ROOT", "VBD", "VERB", "leave"), ("the", 8, "det", "DT", "DET", "the"),
                     ("bloc", 6, "dobj", "NN", "NOUN", "bloc"), (".", 6, "punct", ".", "PUNCT", ".")])
    assert doc[3].dep_ == "conj" and {t.text for t in doc[0].conjuncts} == {"Leone", "Gabon"}
    # a name and its description are left alone: "Lagos, Nigeria's capital and port, grew."
    doc = _repaired([("Lagos", 7, "nsubj", "NNP", "PROPN", "Lagos"), (",", 0, "punct", ",", "PUNCT", ","),
                     ("Nigeria", 4, "poss", "NNP", "PROPN", "Nigeria"), ("'s", 2, "case", "POS", "PART", "'s"),
                     ("capital", 0, "appos", "NN", "NOUN", "capital"), ("and", 4, "cc", "CC", "CCONJ", "and"),
                     ("port", 4, "conj", "NN", "NOUN", "port"), ("grew", 7, "ROOT", "VBD", "VERB", "grow"),
                     (".", 7, "punct", ".", "PUNCT", ".")])
    assert doc[4].dep_ == "appos"


def test_what_one_calls_on_someone_to_do_is_the_verbs_complement():
    # "We call on the junta to immediately end violence.": the infinitive read as a purpose
    doc = _repaired([("We", 1, "nsubj", "PRP", "PRON", "we"), ("call", 1, "ROOT", "VBP", "VERB", "call"),
                     ("on", 1, "prep", "IN", "ADP", "on"), ("the", 4, "det", "DT", "DET", "the"),
                     ("junta", 2, "pobj", "NN", "NOUN", "junta"), ("to", 7, "aux", "TO", "PART", "to"),
                     ("immediately", 7, "advmod", "RB", "ADV", "immediately"), ("end", 1, "advcl", "VB", "VERB", "end"),
                     ("violence", 7, "dobj", "NN", "NOUN", "violence"), (".", 1, "punct", ".", "PUNCT", ".")])
    assert doc[7].dep_ == "xcomp"
    # a purpose after another verb is left alone: "They met on Monday to discuss trade."
    doc = _repaired([("They", 1, "nsubj", "PRP", "PRON", "they"), ("met", 1, "ROOT", "VBD", "VERB", "meet"),
                     ("on", 1, "prep", "IN", "ADP", "on"), ("Monday", 2, "pobj", "NNP", "PROPN", "Monday"),
                     ("to", 5, "aux", "TO", "PART", "to"), ("discuss", 1, "advcl", "VB", "VERB", "discuss"),
                     ("trade", 5, "dobj", "NN", "NOUN", "trade"), (".", 1, "punct", ".", "PUNCT", ".")])
    assert doc[5].dep_ == "advcl"


def test_an_opening_name_the_model_made_a_modifier_of_the_verb_is_its_subject():
    # "Putin and Kim sign pact", the names read as a modifier of "sign"
    doc = _repaired([("Putin", 3, "nmod", "NNP", "PROPN", "Putin"), ("and", 0, "cc", "CC", "CCONJ", "and"),
                     ("Kim", 0, "conj", "NNP", "PROPN", "Kim"), ("sign", 3, "ROOT", "VBP", "VERB", "sign"),
                     ("pact", 3, "dobj", "NN", "NOUN", "pact")])
    assert doc[0].dep_ == "nsubj"
    # a verb with a subject of its own is left alone: "Friday Kim signs pact"
    doc = _repaired([("Friday", 2, "npadvmod", "NNP", "PROPN", "Friday"), ("Kim", 2, "nsubj", "NNP", "PROPN", "Kim"),
                     ("signs", 2, "ROOT", "VBZ", "VERB", "sign"), ("pact", 2, "dobj", "NN", "NOUN", "pact")])
    assert doc[0].dep_ == "npadvmod"


def test_a_second_participle_joined_to_the_first_ones_clause_is_joined_to_the_first():
    # "a resolution demanding that Russia withdraw and calling for peace", "calling" joined to "withdraw"
    doc = _repaired([("a", 1, "det", "DT", "DET", "a"), ("resolution", 1, "ROOT", "NN", "NOUN", "resolution"),
                     ("demanding", 1, "acl", "VBG", "VERB", "demand"), ("that", 5, "mark", "IN", "SCONJ", "that"),
                     ("Russia", 5, "nsubj", "NNP", "PROPN", "Russia"), ("withdraw", 2, "ccomp", "VB", "VERB", "withdraw"),
                     ("and", 5, "cc", "CC", "CCONJ", "and"), ("calling", 5, "conj", "VBG", "VERB", "call"),
                     ("for", 7, "prep", "IN", "ADP", "for"), ("peace", 8, "pobj", "NN", "NOUN", "peace")])
    assert doc[7].head.text == "demanding" and doc[6].head.text == "demanding"


def test_an_object_hung_on_the_adjective_that_judges_it_is_the_verbs_object():
    # "NATO called Moscow's rhetoric dangerous", "rhetoric" a modifier of "dangerous"
    doc = _repaired([("NATO", 1, "nsubj", "NNP", "PROPN", "NATO"), ("called", 1, "ROOT", "VBD", "VERB", "call"),
                     ("Moscow", 5, "poss", "NNP", "PROPN", "Moscow"), ("'s", 2, "case", "POS", "PART", "'s"),
                     ("rhetoric", 5, "npadvmod", "NN", "NOUN", "rhetoric"), ("dangerous", 1, "oprd", "JJ", "ADJ", "dangerous")])
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "called") and doc[2].head.text == "rhetoric"


def test_talks_after_that_read_as_a_verb_is_the_clauses_subject():
    # "told reporters that talks were advanced", "talks" a verb with "that" its subject
    doc = _repaired([("Misri", 1, "nsubj", "NNP", "PROPN", "Misri"), ("told", 1, "ROOT", "VBD", "VERB", "tell"),
                     ("reporters", 1, "dobj", "NNS", "NOUN", "reporter"), ("that", 4, "nsubj", "IN", "SCONJ", "that"),
                     ("talks", 1, "ccomp", "VBZ", "VERB", "talk"), ("were", 1, "ccomp", "VBD", "AUX", "be"),
                     ("advanced", 5, "acomp", "JJ", "ADJ", "advanced")])
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "were") and (doc[3].dep_, doc[3].head.text) == ("mark", "were")


def test_a_verb_of_saying_tagged_a_plural_noun_before_its_clause_is_a_verb_again():
    # "But Trump claims that he lied.", "claims" a plural noun and "Trump" its modifier
    words = [("But", 2, "cc", "CC", "CCONJ", "but"), ("Trump", 2, "compound", "NNP", "PROPN", "Trump"),
             ("claims", 2, "ROOT", "NNS", "NOUN", "claim"), ("that", 5, "mark", "IN", "SCONJ", "that"),
             ("he", 5, "nsubj", "PRP", "PRON", "he"), ("lied", 2, "ccomp", "VBD", "VERB", "lie"),
             (".", 2, "punct", ".", "PUNCT", ".")]
    doc = _repaired(words)
    assert (doc[2].pos_, doc[2].tag_, doc[1].dep_) == ("VERB", "VBZ", "nsubj")
    # a noun with its own determiner is a noun ("the Trump claims that ..."), and so is a noun
    # whose "-s" form is not a verb of saying ("Trump tariffs that ...")
    doc = _repaired([("the", 2, "det", "DT", "DET", "the")] + words[1:])
    assert doc[2].pos_ == "NOUN"
    doc = _repaired([(w, h, d, t, p, "tariff" if w == "claims" else l) for w, h, d, t, p, l in words])
    assert doc[2].pos_ == "NOUN"


def test_the_doc_cache_key_changes_with_the_cue_lexicon_the_repairs_read(tmp_path, monkeypatch):
    import shutil

    from newslens import cache, config

    for name in ("gazetteer.csv", "cue_lexicon.csv", "cue_class_rates.csv", "cue_additions.csv"):
        if (config.DATA_DIR / name).exists():
            shutil.copy(config.DATA_DIR / name, tmp_path / name)
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    cache.data_fingerprint.cache_clear()
    before = cache.data_fingerprint()
    with open(tmp_path / "cue_lexicon.csv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    cache.data_fingerprint.cache_clear()
    try:
        assert cache.data_fingerprint() != before
    finally:
        cache.data_fingerprint.cache_clear()
