from __future__ import annotations

import pytest

from newslens import attribution_run, complement_shapes, cue_spans, pipeline, quote_frames, sourcing, subjects
from newslens.articles import paragraph_spans
from newslens.doctools import sent_of
from newslens.quotes import find_quotes
from newslens.sourcing import summary

import newslens
from attribution_helpers import atts, one, parse, saying


def test_indirect_speech_keeps_that_and_whole_verb_group():
    a = one("While there is no agenda, officials have clarified that all issues are on the table.")
    assert a["source"]["text"] == "officials" and a["source"]["kind"] == "anonymous"
    assert a["cue"]["text"] == "have clarified"
    assert a["content"]["text"] == "that all issues are on the table"
    assert a["quote"] == "indirect" and a["rule"] == "verb_complement"


def test_recipient_is_neither_source_nor_content():
    a = one("Diplomatic sources told Reuters that the waiver was likely to be granted.")
    assert a["source"]["text"] == "Diplomatic sources"
    assert a["cue"]["text"] == "told"
    assert a["content"]["text"] == "that the waiver was likely to be granted"


def test_whom_a_closing_frame_told_is_not_what_it_told_when_the_speakers_are_a_list():
    # the "and" inside the speakers' phrase does not join the clause before to the verb
    a = one("Her support is particularly strong among the most active wing of the unions, teachers and "
            "union officials told POLITICO.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("teachers and union officials", "told")
    assert a["content"]["text"] == "Her support is particularly strong among the most active wing of the unions"
    # a clause closed by its own colon is not what the list of subjects after it says
    found = atts("Days after the senator tapped Kaine as her running mate, the push for Bobby Scott began: The Black "
                 "Caucus, former governor L. Douglas Wilder - himself the state's first black governor since "
                 "Reconstruction - the state's congressional delegation, and Lt. Gov. Ralph Northam (D), who is "
                 "running for governor, all lined up behind him.")
    assert not any(a["content"]["text"].startswith("Days after") for a in found), found


def test_direct_quote_with_verb_after_and_inverted_subject():
    a = one("“We meet all the requirements under which the waiver can be given,” pointed out the source.")
    assert a["cue"]["text"] == "pointed out" and a["source"]["text"] == "the source"
    assert a["quote"] == "direct"
    assert a["content"]["text"].startswith("We meet") and "“" not in a["content"]["text"]


def test_direct_quote_with_verb_before_and_colon():
    a = one("The minister said: “We will never abandon the deal with Russia.”")
    assert a["cue"]["text"] == "said" and a["source"]["text"] == "The minister"
    assert a["content"]["text"] == "We will never abandon the deal with Russia."


def test_quote_running_across_sentences_and_paragraphs():
    text = ("“The first paragraph of the statement runs on. It has two sentences.\n\n"
            "“The second paragraph continues the same quote,” the spokesperson said.")
    found = atts(text)
    assert len(found) >= 1
    said = [a for a in found if a["cue"] and a["cue"]["text"] == "said"]
    assert said and said[0]["quote"] == "direct"


def test_odd_quote_count_never_swallows_the_article():
    text = ("He said “this quote never closes and runs on.\n\n"
            "Officials said that the talks would continue next week.")
    quotes = find_quotes(text, paragraph_spans(text))
    assert all("Officials" not in text[s:e] for s, e in quotes)
    assert any(a["content"]["text"] == "that the talks would continue next week" for a in atts(text))


def test_quote_without_speaker_goes_to_previous_speaker():
    text = ("“India fulfils all the legal requirements for a waiver,” the diplomatic source explained.\n\n"
            "“This missile deal is very important for India and it will not leave it.”")
    found = atts(text)
    assert [a["rule"] for a in found] == ["quote_frame", "quote_continuation"]
    cont = found[1]
    assert cont["source"] is None and cont["speaker"]["text"] == "the diplomatic source"
    assert cont["continues"] == found[0]["id"] and cont["speaker"]["kind"] == "anonymous"


def test_a_quote_that_is_only_part_of_a_later_paragraph_is_no_continuation():
    text = ("“India fulfils all the legal requirements for a waiver,” the diplomatic source explained.\n\n"
            "The deal, which critics call “a threat to the whole partnership between the two countries”, was signed in 2018.")
    found = atts(text)
    assert not any(a["rule"] == "quote_continuation" for a in found)
    # the quote sits in the subject of "was signed", which does not frame it; "call" does
    inner = next(a for a in found if "a threat" in a["content"]["text"])
    assert (inner["source"]["text"], inner["cue"]["text"]) == ("critics", "call")


@pytest.mark.parametrize("text,source,content", [
    ("According to sources, this visit is preparatory in nature.", "sources", "this visit is preparatory in nature"),
    ("The deal is off for now, according to a government report.", "a government report", "The deal is off for now"),
    # a short name in brackets is the source's, though the parser hangs it on "According"
    ("According to the Office for the Coordination of Disaster Relief (OCDR), only 12 per cent of the appeal has "
     "been funded.", "the Office for the Coordination of Disaster Relief (OCDR)",
     "only 12 per cent of the appeal has been funded"),
    # the parser reads the clause as the source's apposition ("reeks" a noun)
    ("According to veteran radio host Tom Varga, the plan reeks of panic and haste.", "veteran radio host Tom Varga",
     "the plan reeks of panic and haste"),
])
def test_according_to_either_side(text, source, content):
    a = one(text)
    assert a["cue"]["text"].lower() == "according to"
    assert a["source"]["text"] == source and a["content"]["text"] == content


def test_according_to_followed_by_quote_is_direct():
    a = one("According to the source, “This agreement lays out protocols for sharing geospatial data.”")
    assert a["quote"] == "direct" and a["content"]["text"].startswith("This agreement")


def test_as_reported_by_outlet():
    a = one("And as has been reported by Reuters earlier, the annex is all vetted and ready for being inked.")
    assert a["cue"]["text"] == "has been reported"
    assert a["source"]["text"] == "Reuters" and a["source"]["kind"] == "outlet"
    assert a["content"]["text"] == "the annex is all vetted and ready for being inked"


def test_as_noted_is_a_report_but_not_a_comparison_or_a_speakers_own_aside():
    a = one("As the minister noted, the deal is far from done.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == ("the minister", "noted", "the deal is far from done")
    assert not any(a["rule"] == "as_reported" for a in atts("If the insult was as bad as she said, he would resign."))
    found = atts('He told the crowd: "As I said at the last summit, there is a treaty for that."')
    assert not any(a["rule"] == "as_reported" for a in found)


def test_as_noted_before_a_clause_frames_that_clause_however_long_the_words_before_it():
    for text, content in [
            ("Officials can still get in plenty of trouble for mishandling classified material at home or abroad, "
             "and as the director noted, people involved could face sanctions.",
             "people involved could face sanctions"),
            ("There are questions about how much advice the envoy was lending to the minister while he was running "
             "the agency, given that, as The Times reported on Saturday, he is an adviser.", "he is an adviser")]:
        a = next(a for a in atts(text) if a["rule"] == "as_reported")
        assert a["content"]["text"] == content, a["content"]
    # after its clause, it frames the clause before
    a = one("The talks on the border dispute were long and hard for both sides, as the minister noted.")
    assert a["content"]["text"] == "The talks on the border dispute were long and hard for both sides"


def test_mixed_quote():
    a = one("The minister said that India would “never abandon” its old friends.")
    assert a["quote"] == "mixed" and a["content"]["text"].startswith("that India")


def test_transcript_turns():
    text = ("SECRETARY POMPEO: Thank you. It is great to be here.\n\n"
            "We spent the morning on trade and visas.\n\n"
            "QUESTION: Will India get a waiver?\n\n"
            "FOREIGN MINISTER JAISHANKAR: We discussed it at length.")
    turns = [a for a in atts(text) if a["rule"] == "transcript_turn"]
    assert [t["source"]["text"] for t in turns] == ["SECRETARY POMPEO", "QUESTION", "FOREIGN MINISTER JAISHANKAR"]
    assert all(t["cue"] is None and t["quote"] == "direct" for t in turns)
    assert "We spent the morning" in turns[0]["content"]["text"]
    assert turns[0]["source"]["kind"] == "named_person"


def test_quoted_transcript_turn_ends_before_the_next_quoted_label():
    text = ('"HOST: Will the minister be at the summit?\n\n'
            '"AIDE: He will not be going to the summit next week.\n\n'
            '"HOST: Thank you, sir.')
    turns = [a for a in atts(text) if a["rule"] == "transcript_turn"]
    assert [t["content"]["text"] for t in turns] == [
        "Will the minister be at the summit?", "He will not be going to the summit next week.", "Thank you, sir."]


def test_headline_with_colon_is_not_a_transcript():
    text = "Pat Smith: Voters Are Worried\n\nThe pollster said that voters were worried about the economy."
    assert not [a for a in atts(text) if a["rule"] == "transcript_turn"]


def test_a_turn_holds_the_reports_made_in_it():
    text = ("TAPPER: Governor, what did the President tell you?\n\n"
            "FALLIN: He said that the tariffs would be lifted next month.\n\n"
            "TAPPER: Thank you, Governor.")
    found = atts(text)
    assert [a["source"]["text"] for a in found if a["rule"] == "transcript_turn"] == ["TAPPER", "FALLIN", "TAPPER"]
    said = next(a for a in found if a["rule"] == "verb_complement")
    assert (said["source"]["text"], said["cue"]["text"]) == ("He", "said")
    assert not [a for a in atts("SECRETARY POMPEO: Thank you all for coming.\n\nQUESTION: Will India get a waiver?")
                if a["rule"] == "verb_complement"]  # the label is nobody's subject
    assert said["content"]["text"] == "that the tariffs would be lifted next month"


def test_a_quote_inside_a_turn_does_not_go_on_the_previous_speaker():
    text = ("WALLACE: Will she be at the debate?\n\n"
            "PENCE: Yes, she will. I told her myself.\n\n"
            "\u201cWe will all be there tomorrow night and ready.\u201d\n\n"
            "WALLACE: Thank you.")
    assert not [a for a in atts(text) if a["rule"] == "quote_continuation"]


def test_a_title_case_line_with_a_role_in_its_label_is_a_headline():
    text = ("BBC Director On Election: \u2018We Do Not Pay Parties To Take Part In Debates.\u2019\n\n"
            "Alan Price said that the broadcaster would not pay anyone. He said the debate drew a record audience.")
    found = atts(text)
    assert not [a for a in found if a["rule"] == "transcript_turn"]
    head = next(a for a in found if a["rule"] == "headline_label")
    assert head["source"]["text"] == "BBC Director" and "\n" not in head["content"]["text"]
    assert len([a for a in found if a["rule"] == "verb_complement"]) == 2


def test_sections_written_about_the_people_they_name_are_not_turns():
    text = ("Olaf Berg: Rail fares Some bold plans do get adopted, and Mr. Berg put forward one of them.\n\n"
            "Anne Dupont: Pensions Last spring, Senator Anne Dupont proposed that every worker "
            "should be able to save more.\n\n"
            "NATO: TROOPS TO STAY IN THE EAST The alliance has been weighing its options.")
    assert not [a for a in atts(text) if a["rule"] == "transcript_turn"]


def test_a_clause_before_a_colon_is_not_what_the_next_verb_reports():
    text = ("The map has hardly moved over the last three votes: 38 states have voted "
            "for one party in each contest since 2006.")
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"]) == ("38 states", "have voted for")
    assert a["content"]["text"] == "one party in each contest since 2006"
    # a report put first and closed with a comma is still the verb's
    b = one("The deal is dead, the minister said on Friday.")
    assert b["content"]["text"] == "The deal is dead"


def test_an_unclosed_quote_at_the_very_end_of_a_text_is_read_without_error():
    found = atts("She said the crowd should know that \u201cthis is not who we are.")
    assert found and found[-1]["content"]["end"] <= len("She said the crowd should know that \u201cthis is not who we are.")


def test_a_title_in_quotes_is_not_what_the_verb_reports_when_a_clause_follows():
    a = one("Sanders said on ABC's \u201cThis Week With George Stephanopoulos\u201d that he would look "
            "at such legislation.")
    assert a["cue"]["text"] == "said" and a["content"]["text"] == "that he would look at such legislation"
    text = ("On Tuesday\u2019s episode of \u201cThe Steve Harvey Morning Show,\u201d the nominee said she "
            "wanted to speak \u201cdirectly to white people\u201d about it.")
    said = next(a for a in atts(text) if a["cue"]["text"] == "said")
    assert "content_parts" not in said or not said["content_parts"]  # the show is no first part
    assert "Steve Harvey" not in said["content"]["text"]


@pytest.mark.parametrize("text,cue,content", [
    ("In a clip that is never discussed by either party, you can see that it was reported live on CNN.",
     "can see", "that it was reported live on CNN"),
    ("Not only is the vote a year away, nobody knows who the candidates will be.",
     "knows", "who the candidates will be"),
    ("The more the parties drift apart, the more voters fear the other candidate.",
     "fear", "the other candidate"),
])
def test_a_clause_before_a_verb_with_its_own_clause_or_object_is_not_reported(text, cue, content):
    a = next(a for a in atts(text) if a["cue"]["text"] == cue)
    assert a["content"]["text"] == content
    assert not [b for b in atts("His work permit was still valid, so he continued to extend it.")
                if b["content"]["text"].startswith("His work permit")]


@pytest.mark.parametrize("text,cue", [
    ("He was kind and responsible, an airport official told The New York Times.", "told"),
    ("The jets will arrive by 2026, the wire service quoted a defence official in Paris as saying.", "quoted"),
])
def test_a_clause_before_a_verb_of_telling_or_quoting_is_still_reported(text, cue):
    a = next(a for a in atts(text) if a["cue"]["text"] == cue)
    assert a["content"]["start"] == 0


def _built(words, heads, deps, **attrs):
    """A parse given by hand, so that a test does not hang on what the model makes of a sentence
    (``attrs``: lemmas, pos, ents and the like, as ``Doc`` takes them)."""
    from spacy.tokens import Doc
    return Doc(pipeline.nlp().vocab, words=words, heads=heads, deps=deps, **attrs)


@pytest.mark.parametrize("words,heads,deps,kept", [
    # a fronted report, closed with a comma: still the verb's
    ("The deal is dead , Francis said .".split(), [1, 2, 6, 6, 6, 6, 6, 6],
     ["det", "nsubj", "ccomp", "acomp", "punct", "nsubj", "ROOT", "punct"], True),
    # a clause that opens with "while": set beside the verb's, not reported by it
    ("While critics scoffed , Francis said .".split(), [2, 2, 5, 5, 5, 5, 5],
     ["mark", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"], False),
    # joined to the verb's clause by "so"
    ("I was lost , so I felt .".split(), [1, 6, 1, 6, 6, 6, 6, 6],
     ["nsubj", "ccomp", "acomp", "punct", "advmod", "nsubj", "ROOT", "punct"], False),
])
def test_which_clause_before_a_verb_is_what_it_reports(words, heads, deps, kept):
    from newslens.cues import complements
    doc = _built(words, heads, deps)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    assert any(c.dep_ == "ccomp" for c in complements(verb)) is kept


def test_a_quote_after_a_colon_belongs_to_the_frame_after_it():
    text = ("The minister stressed the need for patience and resolve: \u201cChange takes time and "
            "when you have waited, wait again,\u201d she said.")
    said = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert (said["source"]["text"], said["cue"]["text"]) == ("she", "said")
    assert said["content"]["text"].startswith("Change takes time") and said["quote"] == "direct"


def test_declined_to_comment():
    a = one("The embassy declined to comment on the report.")  # PolNeAR: the refusal alone is the cue
    assert a["cue"]["text"] == "declined" and a["content"]["text"] == "to comment on the report"
    a = one("The senator declined to say whether he would back the deal.")
    assert a["cue"]["text"] == "declined" and a["content"]["text"] == "to say whether he would back the deal"
    bare = one("A spokesman for the embassy declined to comment.")  # a refusal is worth a row (PolNeAR's split)
    assert (bare["source"]["text"], bare["cue"]["text"], bare["content"]["text"]) == (
        "A spokesman for the embassy", "declined", "to comment")


def test_noun_cue():
    found = atts("Russia's claim that the deal is legal is wrong.")
    a = next(a for a in found if a["rule"] == "noun_cue")
    assert a["content"]["text"] == "that the deal is legal"
    # the possessor whole, as PolNeAR's annotators mark it, and still the country
    assert a["source"]["text"] == "Russia's" and a["source"]["entity_id"] is not None


def test_parenthetical_cue():
    a = one("But, he said, local officials should be vigilant.")
    assert a["cue"]["text"] == "said" and a["content"]["text"] == "local officials should be vigilant"


def test_a_sentence_that_ends_with_its_frame_says_the_words_before_it():
    # at the end of a paragraph too, and however short
    text = ("Clinton offered to debate in Brooklyn. Sorry, Sanders said.\n\nPeople like Scott, he said.\n\n"
            "Absolutely not, the minister said.\n\nThe talks resumed.")
    found = [(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in atts(text)]
    for said in [("Sanders", "said", "Sorry"), ("he", "said", "People like Scott"),
                 ("the minister", "said", "Absolutely not")]:
        assert said in found, found
    # but only the scene before a verb is no statement
    for text in ("Then, last week, the envoy called.\n\nThe talks resumed.",
                 "In primary after primary this cycle, Democratic voters just are not showing up.\n\nIt is late."):
        assert not any(a["rule"] == "verb_parenthetical" for a in atts(text)), text


def test_parenthetical_cue_content_on_both_sides():
    """PolNeAR: the frame set in the middle splits one content in two parts."""
    a = one("To avoid delays, she said, border officers should work faster.")
    assert a["cue"]["text"] == "said"
    assert a["content_parts_text"] == ["To avoid delays", "border officers should work faster"]
    assert attribution_run.content_spans(a) == [tuple(p) for p in a["content_parts"]]


def test_a_belief_set_off_in_a_sentence_says_whose_view_it_is():
    a = one("His leverage, they believe, is not going anywhere.")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"]) == ("verb_parenthetical", "they", "believe")
    assert a["content_parts_text"] == ["His leverage", "is not going anywhere"]
    # not the speaker's own hedge inside a quote, nor an imperative
    found = atts('"Some sort of amnesty, I think, is part of his plan," the senator said.')
    assert [a["cue"]["text"] for a in found] == ["said"], found
    assert not any(a["cue"]["text"] == "think" for a in atts(
        "Investors may bring money home rather than risk shifting rules in Europe (think Brexit, for example)."))


def test_a_frame_set_in_a_sentence_says_the_clause_it_sits_in_not_a_report_joined_to_it():
    found = atts("The plan, officials said, is dead, and most voters say a revival is unlikely.")
    a = next(a for a in found if a["cue"]["text"] == "said")
    assert a["content_parts_text"] == ["The plan", "is dead"]
    assert any(a["cue"]["text"] == "say" and a["content"]["text"] == "a revival is unlikely" for a in found)
    # a clause that reports nothing goes on with what was said
    a = one("In a merger, he said, the brand would survive - and its chief would stay on top.")
    assert a["content_parts_text"] == ["In a merger", "the brand would survive - and its chief would stay on top"]


def test_a_parenthetical_frame_inside_a_relative_clause_says_that_clause():
    """PolNeAR: "..., which, his advisers believe, would lead to ..." has the relative clause as content."""
    found = atts("The convoy stopped near the border crossing, which, the ministry said, had been shelled "
                         "twice that week.")
    a = next(x for x in found if x["rule"] == "verb_parenthetical")
    assert a["source"]["text"] == "the ministry"
    assert a["content_parts_text"] == ["which", "had been shelled twice that week"]


@pytest.mark.parametrize("text, cue, content", [
    ("State media reported, citing the defence ministry, that two drones had been downed.", "reported",
     "that two drones had been downed"),
    ("The director further stated, while testifying before Congress, that the figures were wrong.", "further stated",
     "that the figures were wrong"),
])
def test_an_aside_between_the_verb_and_that_is_no_part_of_what_was_said(text, cue, content):
    a = next(x for x in atts(text) if x["cue"]["text"] == cue)
    assert a["content"]["text"] == content


def test_quote_frame_is_the_verb_governing_the_quote():
    a = one('The official said Iran had shown "open contempt for the agreed limits."')
    assert a["cue"]["text"] == "said" and a["source"]["text"] == "The official"
    assert a["quote"] == "mixed" and a["content"]["text"].startswith("Iran had shown")


def test_a_quote_in_what_a_later_frame_says_is_not_the_outer_verbs():
    # the parser hangs the second quote, through "calling", on "says", which reported its own clause
    found = atts("On his tax returns, he says he would release them on Friday, calling them “very boring tax "
                 "returns” because “I remain one of the poorest members of the Senate.”")
    said = [a for a in found if a["cue"]["text"] == "says"]
    assert len(said) == 1 and said[0]["content"]["text"] == "he would release them on Friday"


def test_a_verb_of_saying_right_before_a_quote_frames_it_when_the_parser_hung_it_higher():
    # the parser hangs the quote on "concludes"; "saying" has no words of its own but the quote
    found = atts("The spot concludes with footage of Trump saying during the debate last week, “That makes me "
                 "smart,” when Clinton blasted him for not paying income tax.")
    quoted = next(a for a in found if a["content"]["text"].startswith("That makes me smart"))
    assert quoted["cue"]["text"] == "saying" and quoted["source"]["text"] == "Trump"


def test_a_verb_of_saying_inside_the_quotes_clause_does_not_take_it_from_its_speaker():
    # "telling" hangs on the quote's own verb, so the quote's words are all it has for a subject
    found = atts("Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get "
                 "a little carried away, have you noticed that?”")
    quoted = next(a for a in found if "Some people get" in a["content"]["text"])
    assert quoted["source"]["text"] == "Clinton"


def test_reported_speech_ends_with_its_paragraph():
    a = one("Her campaign said Clinton will address the comments\n\n___\n\n5 p.m.\n\nTrump spoke.")
    assert a["content"]["text"] == "Clinton will address the comments"
    assert "\n" not in a["content"]["text"] and not a["content"]["text"].endswith("_")


def test_source_does_not_reach_back_over_a_paragraph_break():
    a = one("10:40 a.m.\n\nDonald Trump said that the debate was rigged against him.")
    assert a["source"]["text"] == "Donald Trump"


def test_no_attribution_in_plain_narration():
    assert atts("The S-400 can hit targets up to 400 km away. India bought five units.") == []


def test_summary_sentence():
    found = atts("Officials said that the deal was off. Mike Pompeo said that talks would go on.")
    s = summary(found)
    assert "1 of 2 attributions go to unnamed sources" in s and "United States" in s
    assert "No attributions" in summary([])
    s = summary(atts("Asked if India would buy the S-400, the minister said the deal was done. "
                     "According to the report, talks will resume."))
    assert s.startswith("1 of 3 attributions go to unnamed sources, 0 to named people or bodies, "
                        "1 to news outlets or documents, 1 with no source named;")


def test_seed_gold_attributions(seed_analysis, gold):
    """Every non-optional gold attribution is found (content overlapping by half) with the right kind."""
    ours = seed_analysis.records["attributions"]
    text = seed_analysis.article.text
    missing = []
    for g in gold["attributions"]:
        if g.get("optional"):
            continue
        gs = text.find(g["content"]["text"])
        assert gs >= 0
        ge = gs + len(g["content"]["text"])
        hit = None
        for a in ours:
            s, e = a["content"]["start"], a["content"]["end"]
            if min(e, ge) - max(s, gs) >= 0.5 * (ge - gs):
                hit = a
        src = (hit or {}).get("source") or (hit or {}).get("speaker") or {}
        if not hit or src.get("kind") != g["source_kind"] or hit["quote"] != g["quote"]:
            missing.append(g["content"]["text"][:40])
    assert not missing


def test_quote_interrupted_by_its_frame_is_one_attribution_in_two_parts():
    text = "“I think she will win the vote,” Gillibrand replied. “She has been clear about that for a long time.”"
    a = one(text)
    assert a["rule"] == "quote_frame" and a["source"]["text"] == "Gillibrand"
    parts = [text[s:e] for s, e in a["content_parts"]]
    assert parts == ["I think she will win the vote,", "She has been clear about that for a long time."]


def test_prepositional_content():
    a = one("The senator called for new sanctions on Russia.")
    assert a["cue"]["text"] == "called for" and a["content"]["text"] == "new sanctions on Russia"
    assert a["source"]["text"] == "The senator"


def test_prepositional_content_after_a_particle_and_a_time():
    a = one("Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa.")
    assert (a["cue"]["text"], a["content"]["text"]) == ("spoke out Tuesday about", "the death of Terence Crutcher in Tulsa")
    a = one("The minister spoke on Tuesday about the deal with Russia.")  # a time with its preposition
    assert (a["cue"]["text"], a["content"]["text"]) == ("spoke on Tuesday about", "the deal with Russia")
    # whom one talked to is not what was talked about
    a = one("The minister talked with reporters about the deal with Russia.")
    assert (a["cue"]["text"], a["content"]["text"]) == ("talked with reporters about", "the deal with Russia")


def test_quote_introduced_by_a_colon_in_the_paragraph_before():
    a = one("The minister told reporters on Monday:\n\n“We will never abandon the deal with Russia. It matters to us.”")
    assert (a["source"]["text"], a["cue"]["text"], a["quote"]) == ("The minister", "told", "direct")
    assert a["content"]["text"].startswith("We will never abandon")


def test_doubled_apostrophes_are_quotation_marks():
    text = "''There is no evidence this would have any effect,'' Mr. Burman said."
    assert find_quotes(text) == [(2, text.index(",''") + 1)]
    a = one(text)
    assert a["quote"] == "direct" and a["source"]["text"] == "Mr. Burman"
    assert find_quotes("the rock 'n' roll singer's band") == []


def test_complement_running_into_another_attribution_keeps_its_own_clause():
    found = atts('She said workers who quit would not be eligible for the bonus, and when pressed, '
                 'the manager replied, "It is meant to reward the people who stayed."')
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["content"]["text"] == "workers who quit would not be eligible for the bonus"
    assert any(a["cue"]["text"] == "replied" and a["quote"] == "direct" for a in found)


def test_speaker_the_parser_hung_on_a_phrase_before_the_verb():
    text = ("In a March 2016 session with the editorial board of the Boston Globe Trump said "
            "that trade with China may need to be limited.")
    said = next(t for t in parse(text) if t.text == "said")
    assert not any(c.dep_ == "nsubj" for c in said.children)  # (what the model makes of it)
    a = one(text)
    assert a["source"]["text"] == "Trump" and a["cue"]["text"] == "said"


def test_by_saying_takes_the_subject_of_the_verb_before():
    found = atts("The president answered critics on Wednesday by saying his refusal was a manufactured issue.")
    a = next(a for a in found if a["cue"]["text"] == "saying")
    assert a["source"]["text"] == "The president" and a["content"]["text"].startswith("his refusal")


@pytest.mark.parametrize("text,verb,subject", [
    ("The minister resigned over his handling of the crisis and for claiming that the army had won.",
     "claiming", "minister"),
    ("The envoy was praised for his work on the treaty and for insisting that the talks continue.",
     "insisting", "envoy"),
])
def test_participle_after_a_second_preposition_takes_the_subject_of_the_verb(text, verb, subject):
    """'... for his role in ... and for saying that ...': the parser joins the second
    preposition to the first or to the verb; whoever did the one did the other."""
    tok = next(t for t in parse(text) if t.text == verb)
    assert tok.head.dep_ == "conj"  # (what the model makes of it)
    found = subjects.subject_of(tok)
    assert found is not None and found.text == subject


def test_cue_keeps_the_adverbs_of_its_verb_group():
    """PolNeAR's cues include 'also', 'repeatedly', 'not' but not a sentence adverb."""
    assert one("The minister has also said that the deal is final.")["cue"]["text"] == "has also said"
    assert one("The minister also said that the deal is final.")["cue"]["text"] == "also said"
    assert one("The embassy has repeatedly declined to comment on the report.")["cue"]["text"] == \
        "has repeatedly declined"
    a = one("Later, the minister said that the deal is final.")
    assert a["cue"]["text"] == "said"
    a = one("Libby Schaaf, the mayor of Oakland, also said that the deal is final.")
    assert a["cue"]["text"] == "also said" and a["source"]["text"] == "Libby Schaaf, the mayor of Oakland"


def test_what_a_verb_governs_decides_if_it_is_a_cue():
    """'urged them to' is a cue in PolNeAR far more often than 'urged' alone; the frame rates say so."""
    from newslens.cues import cue_frame, frame_rate
    doc = newslens.analyze(newslens.Article(id="t", text="The senator urged colleagues to reject the deal.")).doc
    urged = next(t for t in doc if t.lower_ == "urged")
    assert cue_frame(urged) == "xcomp" and frame_rate(urged, "xcomp") >= 0.5
    a = one("The senator urged colleagues to reject the deal.")
    assert a["cue"]["text"] == "urged" and "reject the deal" in a["content"]["text"]


def test_a_verb_by_a_quote_with_nobody_speaking_is_no_attribution():
    assert atts('The paper, titled "How to Foster Long-Term Innovation Investment", came out in May.') == []


def test_object_of_an_urging_verb_is_part_of_the_content():
    a = one("The senator urged his colleagues to reject the deal.")
    assert a["source"]["text"] == "The senator" and a["content"]["text"] == "his colleagues to reject the deal"


def test_seems_frames_its_own_subject_with_no_source():
    a = one("The deal seems to be dead after the vote.")
    assert a["cue"]["text"] == "seems" and a["source"] is None
    assert a["content"]["text"] == "The deal seems to be dead after the vote"


@pytest.mark.parametrize("text, content", [
    # an adjective after "seem" (the model labels it "oprd") is framed as "to be" is
    ("The ceasefire seemed fragile after the strikes on Friday.", "The ceasefire seemed fragile"),
    ("The minister seemed confident that the deal would hold.",
     "The minister seemed confident that the deal would hold"),
])
def test_seems_with_an_adjective_frames_its_own_subject_with_no_source(text, content):
    a = one(text)
    assert (a["source"], a["cue"]["text"], a["content"]["text"]) == (None, "seemed", content)


@pytest.mark.parametrize("text,cue", [
    ("It now seems inevitable that Rubio and Cruz will direct their fire at Trump.", "now seems"),
    ("It appears that the premier had sent a wave of relief through the party.", "appears"),
    ("It is important to note that the high court has ruled only on interim requests.", "to note"),
])
def test_an_it_that_stands_for_a_clause_is_no_source(text, cue):
    a = one(text)
    assert a["cue"]["text"] == cue and a["source"] is None
    assert a["content"]["text"].startswith("that ")


def test_an_it_that_names_something_stays_the_source():
    assert one("It said supporters of the group had been suspended.")["source"]["text"] == "It"
    assert complement_shapes.expletive_it(*_verb_and_it("It is likely to warn that rates will rise.", "warn")) is False
    assert complement_shapes.expletive_it(*_verb_and_it("It is hard to imagine that rates will rise.", "imagine")) is True


def _verb_and_it(text, lemma):
    doc = parse(text)
    return next(t for t in doc if t.lemma_ == lemma), doc[0]


def test_complement_tail_stops_at_the_cue_verbs_own_words():
    # (a scene after it, "during a campaign stop", is left to the content model: PolNeAR's
    # annotators take it into the content more often than not, 54 times against 34 in train)
    # (what he stopped short of is a report of his own, and PolNeAR's cue for it begins at
    # "stopped short of", 3 times in 3 in train and dev)
    for text, said in (("Obama described the law as a crazy system, but stopped short of calling for its repeal.",
                        "the law as a crazy system"),
                       ("Obama said the law was a crazy system, but stopped short of calling for its repeal.",
                        "the law was a crazy system")):
        found = atts(text)
        assert [a["content"]["text"] for a in found] == [said, "its repeal"]
        assert found[1]["source"]["text"] == "Obama" and found[1]["cue"]["text"] == "stopped short of calling for"


def test_short_quote_before_its_frame_is_the_first_part():
    a = one("“That,” he added, “is going to make the next winter a lot harder for all of us.”")
    assert a["cue"]["text"] == "added"
    assert a["content_parts_text"] == ["That,", "is going to make the next winter a lot harder for all of us."]


def test_frame_in_the_next_sentence_fragment_after_a_question():
    a = one("“Does anyone know what the trade policy of the ruling coalition is?” Okafor asked.")
    assert a["source"]["text"] == "Okafor" and a["cue"]["text"] == "asked" and a["quote"] == "direct"


def test_frame_inside_a_relative_clause_splits_the_content():
    a = one("The plant, which Ms. Okafor says she is trying everything she can to keep open, lost money.")
    assert a["source"]["text"] == "Ms. Okafor" and a["cue"]["text"] == "says"
    assert a["content_parts_text"][0] == "which" and a["content_parts_text"][1].startswith("she is trying everything")


def test_passive_cue_without_agent_frames_its_subject():
    a = one("Macron's reply is expected to come before the summit on Friday.")
    assert a["cue"]["text"] == "is expected" and a["source"] is None
    assert a["content"]["text"].startswith("Macron's reply")
    b = one("It was reported by the newspaper that the deal was signed.")
    assert b["source"]["text"] == "the newspaper" and b["content"]["text"] == "that the deal was signed"


def test_noun_cue_with_a_preposition():
    found = atts("The opposition leader's criticism of the defence deal dominated the debate.")
    a = next(a for a in found if a["rule"] == "noun_cue")
    assert a["source"]["text"] == "The opposition leader's" and a["cue"]["text"] == "criticism of"
    assert a["content"]["text"] == "the defence deal"


def test_parenthetical_frame_owns_the_sentence_before_later_verbs():
    found = atts("The new missile, Iran said, was its longest-range yet, although it may take "
                 "several weeks to verify how far it flew.")
    assert [a["source"]["text"] for a in found] == ["Iran"]
    assert found[0]["content_parts_text"][0] == "The new missile"


def test_source_stops_at_its_verb_when_an_apposition_hangs_after_it():
    a = one("A group representing dock workers endorsed the mayor on Thursday, another "
            "sign of organized labor rallying behind the incumbent.")
    assert a["source"]["text"] == "A group representing dock workers" and a["cue"]["text"] == "endorsed"


def test_a_frame_seen_few_times_is_pulled_toward_the_word_rate():
    """'withdrew waivers' is no attribution: 'withdraw' with an object was a cue in only a handful
    of PolNeAR cases, too few to outweigh a word that is rarely a cue."""
    from newslens.cues import frame_rate
    text = "Brussels imposed tariffs on steel and later withdrew exemptions for six countries."
    doc = newslens.analyze(newslens.Article(id="t", text=text)).doc
    withdrew = next(t for t in doc if t.lower_ == "withdrew")
    assert frame_rate(withdrew, "dobj") < 0.3
    assert atts(text) == []


def test_as_clause_must_be_a_bare_report():
    a = one("As has been reported by Financial Express Online, the agreement is ready for signing.")
    assert a["rule"] == "as_reported" and a["source"]["text"] == "Financial Express Online"
    b = one("As the minister told reporters that talks had failed, the markets fell sharply.")
    assert b["rule"] == "verb_complement" and b["content"]["text"] == "that talks had failed"


def test_colon_and_dash_introductions():
    a = one("Bernie Sanders on Twitter: “We will not stop fighting for working families.”")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["quote"]) == ("punct_frame", "Bernie Sanders", ":", "direct")
    b = one("“The minister stands for everything that is wrong with our politics.” ― Dana Wells\n\nMore text.")
    assert (b["source"]["text"], b["cue"]["text"]) == ("Dana Wells", "―")
    assert atts("Headline: “This is a title and not anybody's speech.”") == []


def test_source_leaves_out_a_participle_or_like_after_a_comma_but_keeps_a_relative_clause():
    a = one("Scholz, speaking to a farmers group in Bavaria, said that the deal was a disaster.")
    assert a["source"]["text"] == "Scholz"
    a = one("Mr. Pompeo, who visited Delhi last week, said that India would get a waiver.")
    assert a["source"]["text"] == "Mr. Pompeo, who visited Delhi last week"


def test_an_objects_complement_belongs_to_the_content():
    a = one("Senators blamed the ministry for the delay in the talks.")
    assert a["cue"]["text"] == "blamed" and a["content"]["text"] == "the ministry for the delay in the talks"


@pytest.mark.parametrize("text,cue,start", [
    ("The governor is even thinking about using the 60,000-seat football stadium for a rally, a far bigger venue "
     "than the convention hall.", "is even thinking about", "using the 60,000-seat football stadium"),
    ("The bank pointed to the referendum result as an example of rising sentiment against trade that risks "
     "undermining investment, a key factor driving the economy for years.", "pointed to", "the referendum result"),
])
def test_a_phrase_after_the_verbs_preposition_and_a_comma_is_not_its_object(text, cue, start):
    # the parser hangs the closing phrase on the verb as its object; the preposition governs
    a = one(text)
    assert a["cue"]["text"] == cue and a["content"]["text"].startswith(start)


def test_a_reporting_noun_as_object_joins_the_cue():
    a = one("Diplomats have expressed deep concern about the sanctions.")
    assert a["cue"]["text"] == "have expressed deep concern about" and a["content"]["text"] == "the sanctions"


@pytest.mark.parametrize("text, cue, content", [
    ("The senator has slammed Trump's comments about immigrants.", "has slammed", "Trump's comments about immigrants"),
    ("The prime minister rejects the judge's remarks about the deal.", "rejects",
     "the judge's remarks about the deal"),
    ("Environmentalists welcomed India's announcement that it would invest in solar power.", "welcomed",
     "India's announcement that it would invest in solar power"),
])
def test_another_persons_words_as_object_stay_in_the_content(text, cue, content):
    a = one(text)
    assert a["cue"]["text"] == cue and a["content"]["text"] == content


def test_reported_speech_inside_reported_speech_is_nested_and_stays_inside():
    outer, inner = atts("Trump claimed that paying no taxes was smart, and that his lawyers had insisted that he "
                        "would release his returns.")
    assert outer["rule"] == "verb_complement" and outer["cue"]["text"] == "claimed"
    assert inner["rule"] == "nested_complement" and inner["source"]["text"] == "his lawyers"
    assert inner["content"]["text"] == "that he would release his returns"
    assert outer["content"]["start"] <= inner["content"]["start"] and inner["content"]["end"] <= outer["content"]["end"]
    assert 0.8 <= inner["confidence"] <= 1


def test_a_direct_quote_holds_no_nested_attribution():
    found = atts("“We told them that the deal is dead,” the minister said.")
    assert [a["rule"] for a in found] == ["quote_frame"]


def test_transcript_quoted_paragraph_by_paragraph():
    text = ('"HOST: Do you really think the two deals are the same?\n\n'
            '"AIDE: Well, look, the question really is why the other side signed it.')
    found = atts(text)
    assert [(a["rule"], a["source"]["text"]) for a in found] == [("transcript_turn", "HOST"), ("transcript_turn", "AIDE")]
    assert found[1]["content"]["text"].startswith("Well, look")


def test_a_headline_with_a_name_and_a_colon_is_an_attribution():
    text = ("Pompeo: India Will Get a Waiver on Iranian Oil\n\n"
            "The secretary of state arrived in Delhi on Tuesday for talks with the foreign minister.")
    a = one(text)
    assert a["rule"] == "headline_label" and a["source"]["text"] == "Pompeo" and a["cue"]["text"] == ":"
    assert a["content"]["text"] == "India Will Get a Waiver on Iranian Oil"


def test_dash_signatures_on_consecutive_lines_each_name_their_own_quote():
    text = ("“The sanctions will hurt ordinary people more than the government.” ― Maria Lopez\n"
            "“Nobody in this town believes the deal will last the year.” ― Carlos Ruiz")
    found = atts(text)
    assert [(a["rule"], a["source"]["text"]) for a in found] == [("punct_frame", "Maria Lopez"), ("punct_frame", "Carlos Ruiz")]


def test_a_closing_mark_typed_as_an_opening_one_opens_the_quote():
    text = ("”The sanctions will hurt ordinary people more than the government.” ― Maria Lopez\n"
            "He called the plan ”a disaster for the region” on Monday.")
    quotes = [text[s:e] for s, e in find_quotes(text, paragraph_spans(text))]
    assert quotes == ["The sanctions will hurt ordinary people more than the government.",
                      "a disaster for the region"]
    assert [(a["source"]["text"], a["content"]["text"]) for a in atts(text) if a["rule"] == "punct_frame"] == [
        ("Maria Lopez", "The sanctions will hurt ordinary people more than the government.")]
    assert find_quotes("The word” ends here and ” stands alone.") == []


def test_an_excerpt_cut_after_the_cue_gives_no_attribution():
    found = atts("The pact is a big step for both navies, officials said.\n\nThe admiral said the")
    assert [a["content"]["text"] for a in found] == ["The pact is a big step for both navies"]


def test_a_dateline_joined_to_the_subject_is_not_part_of_the_source():
    assert one("New Delhi : External Affairs Minister Sushma Swaraj said that the talks went well."
               )["source"]["text"] == "External Affairs Minister Sushma Swaraj"
    assert one("WASHINGTON (Reuters) - The State Department said on Monday that the talks went well."
               )["source"]["text"] == "The State Department"
    assert one("WASHINGTON ― The State Department said on Monday that the talks went well."
               )["source"]["text"] == "The State Department"


def test_a_closing_cue_takes_its_time_and_manner_but_not_its_occasion():
    assert one("“The deal is dead and buried,” the minister said Monday.")["cue"]["text"] == "said Monday"
    assert one("“The deal is dead and buried,” the minister said sarcastically.")["cue"]["text"] == "said sarcastically"
    assert one("“The deal is dead and buried,” the minister said with a smile.")["cue"]["text"] == "said with a smile"
    assert one("“The deal is dead and buried,” the minister said in an interview.")["cue"]["text"] == "said"
    # a time of more than one word stays out (PolNeAR train: in the cue 3 times in 19)
    assert one("“The deal is dead and buried,” the minister said last month.")["cue"]["text"] == "said"


def test_a_cue_takes_the_time_that_follows_it_before_the_report():
    a = one("The ministry announced this week that the deal was signed.")
    assert a["cue"]["text"] == "announced this week" and a["content"]["text"] == "that the deal was signed"
    a = one("Trump said on Monday that the deal was dead.")  # a time with a preposition stays out
    assert a["cue"]["text"] == "said" and a["content"]["text"] == "that the deal was dead"


def test_a_cue_before_a_quote_takes_the_statement_it_was_made_in():
    a = one("The ministry said in a statement: “The deal is dead and buried.”")
    assert (a["rule"], a["cue"]["text"], a["content"]["text"]) == (
        "quote_frame", "said in a statement", "The deal is dead and buried.")
    # the that-clause after it, which the parser can hang on "statement", stays out of the cue
    a = one("Council on American-Islamic Relations National Executive Director Nihad Awad says in a statement "
            "that Trump’s “inflammatory rhetoric has crossed the line from spreading hatred to inciting violence.”")
    assert (a["cue"]["text"], a["content"]["text"][:30]) == ("says in a statement", "that Trump’s “inflammatory rhe")


def test_a_closing_cue_takes_the_statement_it_was_made_in():
    assert one("“The deal is dead and buried,” the ministry said in a statement.")["cue"]["text"] == \
        "said in a statement"
    assert one("“The deal is dead and buried,” the ministry said Monday in a written statement."
               )["cue"]["text"] == "said Monday in a written statement"
    # a statement described at length is where the cue was made, not part of it
    assert one("“The deal is dead and buried,” the ministry said in a statement released by its "
               "spokesman.")["cue"]["text"] == "said"


def test_a_catenative_verb_joins_the_cue_of_the_verb_it_leads_to():
    a = one("Trump has tried to blame Clinton for the crisis.")
    assert a["cue"]["text"] == "has tried to blame" and a["content"]["text"] == "Clinton for the crisis"
    a = one("The senator continued to criticize the nuclear deal with Iran.")
    assert a["cue"]["text"] == "continued to criticize" and a["content"]["text"] == "the nuclear deal with Iran"
    a = one("The mayor failed to condemn the attack on the embassy.")
    assert a["cue"]["text"] == "failed to condemn" and a["content"]["text"] == "the attack on the embassy"
    a = one("The envoy scrambled to condemn the attack on the embassy.")
    assert a["cue"]["text"] == "scrambled to condemn" and a["content"]["text"] == "the attack on the embassy"
    a = one("The minister has avoided directly criticizing the sanctions on India.")
    assert a["cue"]["text"] == "has avoided directly criticizing" and a["content"]["text"] == "the sanctions on India"
    a = one("The envoy could not resist pointing out that the deal was signed.")
    assert a["cue"]["text"] == "could not resist pointing out" and a["content"]["text"] == "that the deal was signed"
    a = one("Officials want to delay the vote.")  # 'want' is no catenative: "to" begins the content
    assert a["cue"]["text"] == "want" and a["content"]["text"] == "to delay the vote"


def test_an_adjective_after_a_copula_can_be_the_cue():
    a = one("Senators have been critical of the deal with Russia.")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == \
        ("adjective_cue", "Senators", "have been critical of", "the deal with Russia")
    # nobody holds the view: the writer's own hedge (see claims), not an attribution
    assert atts("It is unclear whether India will get a waiver.") == []
    assert atts("The weather was clear on Monday.") == []


def test_quote_after_that_keeps_that_and_stays_direct():
    a = one("He said that “some of the things they are asking you to do are ridiculous.”")
    assert a["content"]["text"].startswith("that “some of the things")
    assert a["quote"] == "direct"


def test_mixed_quote_begins_with_the_reported_clause_even_when_misparsed():
    a = atts("The mayor tells her voters at a Leeds rally to “go to your station and vote” and then "
             "“go check another station and make sure it’s all above board.”")[0]
    assert a["content"]["text"].startswith("to “go to your station")
    assert a["content"]["text"].endswith("all above board")
    assert a["quote"] == "mixed"


def test_verb_after_a_quote_that_reports_its_own_clause_is_not_the_quote_frame():
    found = atts('Kerr Putney, the police chief, said that the footage did not give "absolute definitive '
                 'visual evidence," but he said that the other evidence "supports what we have heard" about it.')
    first = next(a for a in found if "absolute" in a["content"]["text"])
    assert first["source"]["text"].startswith("Kerr Putney")
    assert first["content"]["text"].startswith("that the footage")


def test_short_quote_straight_after_the_frame_continues_the_attribution():
    a = one('"No, this is not a game," Ito said at the time. "We mean it."')
    assert a["content_parts_text"] == ["No, this is not a game,", "We mean it."]


def test_short_quote_after_another_sentence_is_not_a_continuation():
    found = atts('"No, this is not a game," Ito said. He then left the room. "Shame."')
    assert len(found) == 1 and "content_parts" not in found[0]


def test_quote_in_the_middle_of_a_sentence_framed_after_it_starts_with_the_sentence():
    a = one('The new clinics are "not keeping up with the need," says Maria Lind, head of the nurses union.')
    assert a["content"]["text"].startswith("The new clinics are")
    assert a["source"]["text"].startswith("Maria Lind") and a["quote"] == "mixed"


def test_a_conjunction_after_a_quote_separates_it_from_a_later_verb():
    found = atts('She said she speaks about migration because "you deal with the problems in your town," '
                 'though she noted she has also voted for border controls.')
    first = next(a for a in found if "problems" in a["content"]["text"])
    assert first["cue"]["text"] == "said"


def test_calling_on_someone_to_act_is_a_demand_and_calling_on_someone_is_a_visit():
    a = one("Nair called on the governor to stop attacking the press and apologize.")
    assert a["cue"]["text"] == "called on"
    assert a["content"]["text"] == "the governor to stop attacking the press and apologize"
    assert atts("The visiting US leader will call on Prime Minister Narendra Modi.") == []


def test_candidate_roundup_headings_are_not_transcript_turns():
    body = ("Bavarian premier Karl Huber has led former finance minister Eva Stein in nearly every "
            "regional poll in Bavaria this year, often by ten points, and his rivals know it well.")
    body2 = ("Former finance minister Eva Stein would go a long way to making herself the "
             "clear favourite if she somehow managed to win the Bavarian vote on Sunday night.")
    found = atts(f"Huber: Win in a walk.\n\n{body}\n\nStein: Keep it close.\n\n{body2}")
    assert not [a for a in found if a["rule"] == "transcript_turn"]


def test_newsroom_labels_and_tallies_are_not_speakers():
    found = atts("BYLINE: Amber Phillips.\n\nUPDATE: The story was changed on Friday to add a comment.\n\n"
                 "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.")
    assert not [a for a in found if a["rule"] == "transcript_turn"]


def test_upper_case_labels_that_take_turns_are_speakers():
    found = atts("KATE BOULDUAN: Why not debate?\n\nJOEL BENENSON: This is a man who said he would never run "
                 "a negative ad.\n\nBOULDUAN: You guys were open to more debates.\n\nBENENSON: He does not get to decide.")
    assert [a["source"]["text"] for a in found if a["rule"] == "transcript_turn"] == [
        "KATE BOULDUAN", "JOEL BENENSON", "BOULDUAN", "BENENSON"]


def test_words_before_a_frame_set_off_by_commas_belong_to_the_quote():
    a = one('Sooner or later, the Kerala chief minister told reporters, "the plan will work."')
    assert a["content_parts_text"] == ["Sooner or later", "the plan will work."]
    assert a["source"]["text"] == "the Kerala chief minister"
    b = one('In a statement, the ministry said, "We will not go back on the deal."')
    assert b["content"]["text"] == "We will not go back on the deal." and "content_parts" not in b
    c = one("The shipyard, she said, is ''doing far better than it has in a decade.''")
    assert c["content_parts_text"] == ["The shipyard", "is ''doing far better than it has in a decade."]
    assert c["quote"] == "mixed"


def test_object_of_a_verb_naming_something_opens_the_mixed_quote():
    a = one("The senator called him “the weakest foreign minister in our history.”")
    assert a["content"]["text"].startswith("him “the weakest")


def test_a_quote_is_not_framed_by_a_verb_in_the_next_paragraph():
    text = ('She stood by her choice. "If you are not moving, you are falling behind," she said. '
            '"To turn a ministry around takes many hard calls and some luck."\n\n'
            '"What kept me at it in those years," she said, "is that I trusted my staff."')
    first = saying(text, "If you are not moving")
    assert first["content_parts_text"][1].startswith("To turn a ministry around")


def test_a_long_speaker_after_a_quote_still_frames_it():
    a = atts('"I really dislike this way of talking about turnout that puts all the blame on young people," '
             'Tom Varga Jr., an editor at a Budapest weekly, said on Twitter. "Young people have done their part."')[0]
    assert a["rule"] == "quote_frame" and a["source"]["text"] == "Tom Varga Jr., an editor at a Budapest weekly"
    assert a["content_parts_text"][1] == "Young people have done their part."


def test_the_quotes_last_words_taken_for_a_subject_do_not_hide_the_speaker():
    a = one('"She would be a fine envoy. One of the sharpest minds in the whole ministry," '
            'Rep. Anna M. Torres (D-Tex.) said in a phone interview.')
    assert a["rule"] == "quote_frame" and a["source"]["text"].startswith("Rep. Anna M. Torres")


def test_a_frame_the_parser_split_from_its_question_still_frames_it():
    a = one('“Who would have believed that we would have received almost 14 million votes?” '
            'Trump said, looking out on the cheering crowd of supporters in the hall.')
    assert a["rule"] == "quote_frame" and a["source"]["text"] == "Trump"
    assert a["content"]["text"].startswith("Who would have believed")


def test_a_speaker_with_a_conjoined_apposition_and_a_quoted_phrase_running_on_still_frame_the_quote():
    a = one("''Their aim is quite plain: to look like an honest source of news,'' "
            "Anne Moreau, a senior fellow at a Paris institute and a former envoy to Moscow, said of the channel.")
    assert a["rule"] == "quote_frame" and a["source"]["text"].startswith("Anne Moreau")
    b = one("''I respect the design'' of the ministry's plan, Mr. Berg said.")
    assert b["rule"] == "quote_frame" and b["source"]["text"] == "Mr. Berg"


def test_a_quote_with_a_reporting_verb_and_speaker_of_its_own_is_no_continuation():
    text = '“This narrative is pushed by the media,” Malkia Cyril told The Huffington Post.'
    doc = parse(text)
    quotes = find_quotes(text)
    assert quote_frames.has_own_frame(doc, *quotes[0], quotes, used=set())
    told = next(t.i for t in doc if t.text == "told")
    assert not quote_frames.has_own_frame(doc, *quotes[0], quotes, used={told})


def test_reported_speech_in_a_relative_clause_ends_with_the_clause():
    a = one("Harry Reid, who said the deal was dead, left the room.")
    assert a["content"]["text"] == "the deal was dead"


def test_a_date_after_the_verb_is_not_the_speaker():
    doc = parse("“We will get justice,” said Monday the police chief.")
    said = next(t for t in doc if t.text == "said")
    subj = subjects.inverted_subject(said)
    assert subj is None or subj.ent_type_ not in ("DATE", "TIME")


def test_a_date_after_the_speaker_is_not_part_of_the_source():
    a = one("Modi this week also hinted he would consider naming Mr. Rao.")
    assert a["source"]["text"] == "Modi"


def test_a_parenthetical_frame_stands_apart_from_its_sentence():
    doc = parse("The fact, the senator said then, is that the minister had misled his party.")
    said = next(t for t in doc if t.text == "said")
    phrase = (doc[3].idx, said.idx + len(said.text))  # "the senator said"
    assert not quote_frames.set_off(doc, sent_of(said), phrase)  # "then" follows
    assert quote_frames.set_off(doc, sent_of(said), cue_spans.with_adjuncts(said, phrase))
    found = atts("Port officials were angered by the decision and predicted trouble at other terminals.")
    assert not [x for x in found if x["rule"] == "verb_parenthetical"]


def test_a_verb_conjoined_to_a_passive_shares_its_subject_not_its_agent():
    found = atts("Port officials were angered by the decision and predicted that it would slow other terminals.")
    a = next(x for x in found if x["cue"]["text"] == "predicted")
    assert a["source"]["text"] == "Port officials"


@pytest.mark.parametrize("text", [
    # the clause's verb hung on "if": the verb's only complement is the misread object
    "Senior diplomats have warned that imposition of tariffs on Brazil under a new law if it buys the "
    "jet fighters from Russia could be ruinous for the ties.",
    # the clause's verb hung on the reporting verb beside the misread object
    "Senior diplomats have warned that imposition of tariffs on Brazil under the new rules if it sells "
    "the jets to Iran could be ruinous for the ties.",
])
def test_that_read_as_a_determiner_still_opens_the_reported_clause(text):
    assert next(t for t in parse(text) if t.lower_ == "that").dep_ == "det"  # the parser's misreading
    a = one(text)
    assert a["content"]["text"].startswith("that imposition of tariffs")
    assert a["content"]["text"].endswith("could be ruinous for the ties")


def test_the_speakers_own_addition_is_a_statement_of_its_own():
    outer, inner = atts("She said that the two sides discussed how to keep the peace in Sudan, "
                        "adding the fighting would hurt Egypt.")
    assert outer["content"]["text"] == "that the two sides discussed how to keep the peace in Sudan"
    assert inner["cue"]["text"] == "adding" and inner["source"]["text"] == "She"
    assert inner["content"]["text"] == "the fighting would hurt Egypt"


def test_the_speakers_next_report_joined_by_and_or_but_ends_the_first():
    outer, inner = atts("The minister said her country would buy the missiles but insisted that it had "
                        "no quarrel with Washington.")
    assert outer["content"]["text"] == "her country would buy the missiles"
    assert inner["cue"]["text"] == "insisted" and inner["source"]["text"] == "The minister"
    assert inner["content"]["text"] == "that it had no quarrel with Washington"
    # a second verb that reports nothing stays in what was said
    a = one("The minister said her country would buy the missiles and pay for them in roubles.")
    assert a["content"]["text"] == "her country would buy the missiles and pay for them in roubles"


def test_a_scene_between_the_verb_and_that_is_not_what_was_said():
    # the parser reads "that" as the mark of a relative clause on "time", or as its object
    for text, content in (
            ("The head of the shipyard, Ivan Petrov, said at the time that discussions were ongoing "
             "and a deal with Brazil will be signed.",
             "that discussions were ongoing and a deal with Brazil will be signed"),
            ("The head of the shipyard, Ivan Petrov, said at the time that talks were going on "
             "and a deal with Brazil would be signed.",
             "that talks were going on and a deal with Brazil would be signed")):
        a = one(text)
        assert a["content"]["text"] == content
    from newslens.verb_rules import _SCENE_THEN_THAT
    text = "at the time that talks were going on"
    assert text[_SCENE_THEN_THAT.match(text).start("that"):] == "that talks were going on"
    assert _SCENE_THEN_THAT.match("after a long pause, that was it") is None
    assert _SCENE_THEN_THAT.match("at that in a news conference Monday") is None  # "that" the pronoun


def test_it_before_an_adjective_with_a_preposition_is_a_speaker_not_an_expletive():
    found = atts("The country is hopeful about the waiver. But it can hardly be hopeful about the deal.")
    assert [(a["source"] or {}).get("text") for a in found] == ["The country", "it"]
    assert atts("It is unclear whether the waiver will come.") == []  # no source: no attribution


def test_a_sentence_opened_by_the_document_that_says_it():
    a = one("In a Gallup poll released Monday, 44 percent of respondents chose the mayor.")
    assert (a["rule"], a["cue"]["text"], a["source"]["text"], a["source"]["kind"]) == (
        "in_document", "In", "a Gallup poll released Monday", "document")
    assert a["content"]["text"] == "44 percent of respondents chose the mayor"
    b = one("In a statement, the ministry said the talks had failed.")
    assert b["rule"] == "verb_complement" and b["source"]["text"] == "the ministry"
    assert atts("In order to secure the waiver, India signed the agreement with Washington.") == []


def test_a_poll_holds_what_its_respondents_said():
    found = atts("In a Levada Center survey released on Tuesday, 60 percent of Russians said they backed talks.")
    assert [(a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("in_document", "a Levada Center survey released on Tuesday", "In",
         "60 percent of Russians said they backed talks"),
        ("verb_complement", "60 percent of Russians", "said", "they backed talks")]
    # a statement is how the ministry spoke, not a second source
    assert [a["rule"] for a in atts("In a statement, the ministry said the talks had failed.")] == ["verb_complement"]


def test_a_result_stated_before_the_poll_that_found_it():
    found = atts("Support for joining the alliance rose to 76 percent in a Gallup poll published in June. "
                 "In March, the president had 38 percent support in the latest KIIS poll.")
    assert [(a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("in_document", "a Gallup poll published in June", "in", "Support for joining the alliance rose to 76 percent"),
        ("in_document", "the latest KIIS poll", "in", "the president had 38 percent support")]
    # at the end of a paragraph too
    a = one("Support for the deal fell to 40 percent in a Levada poll.\n\nThe talks resume on Monday.")
    assert (a["source"]["text"], a["content"]["text"]) == ("a Levada poll", "Support for the deal fell to 40 percent")
    # what is set after a comma is not the poll's
    a = one("Support for the aid fell to 52 percent in a Forsa poll published on Tuesday, down from 61 percent.")
    assert (a["source"]["text"], a["content"]["text"]) == (
        "a Forsa poll published on Tuesday", "Support for the aid fell to 52 percent")
    # a to-infinitive after the poll is the poll's, wherever the parser hangs it
    text = "The governor did not receive a bump in one of the first post-debate polls to emerge."
    emerge = next(t for t in parse(text) if t.text == "emerge")
    assert emerge.dep_ == "advcl" and emerge.head.text == "receive"  # (what the model makes of it)
    a = one(text)
    assert (a["source"]["text"], a["content"]["text"]) == (
        "one of the first post-debate polls", "The governor did not receive a bump")
    # the polls at large, a poll someone took part in, a result that goes on after the poll
    assert atts("The ruling party has slipped in the polls.") == []
    assert atts("Only a fifth of those who took part in the survey were women.") == []
    assert atts("The ruling party rose three points in the survey to 29 percent.") == []


@pytest.mark.parametrize("text", [
    "In the 2019 Lok Sabha polls, the ruling alliance won 353 seats.",
    "In this poll, the ruling alliance won 353 seats.",
    "The ruling alliance won 353 seats in the 2019 Lok Sabha poll.",
    "Turnout rose to 67 percent in the general election poll held in May.",
    "The regional party won a majority in the last poll.",
    "The opposition was routed in the assembly polls.",
])
def test_a_poll_that_is_an_election_is_no_source(text):
    assert [a for a in atts(text) if a["rule"] == "in_document"] == []


def test_a_pollster_or_a_share_of_those_asked_makes_a_poll_a_source():
    found = atts("Labour fell to 20 percent in the latest YouGov poll. "
                 "Support for the deal rose to 60 percent in the national poll released on Monday.")
    assert [a["source"]["text"] for a in found if a["rule"] == "in_document"] == [
        "the latest YouGov poll", "the national poll released on Monday"]


def test_a_question_put_by_someone_unnamed_has_no_source():
    found = atts("Asked if he was ever threatened, the opposition candidate said no.")
    q = next(a for a in found if a["rule"] == "asked")
    assert q["source"] is None and q["cue"]["text"] == "Asked" and q["content"]["text"] == "if he was ever threatened"
    b = atts("Asked about the waiver, the minister said India would decide.")
    assert [(a["rule"], a["cue"]["text"]) for a in b] == [("asked", "Asked about"), ("verb_complement", "said")]
    # the tagger may read a sentence's opening "Asked" as a past tense
    c = atts("Asked what the agreement would cost, the minister replied: “We will know that next year.”")
    assert [(a["rule"], a["cue"]["text"], a["content"]["text"]) for a in c][0] == \
        ("asked", "Asked", "what the agreement would cost")


def test_a_name_given_with_what_is_reported_with_the_name():
    a = one("She had been suspended after what she called a “prank,” a series of online posts.")
    assert a["cue"]["text"] == "called" and a["source"]["text"] == "she"
    assert " … ".join(a.get("content_parts_text") or [a["content"]["text"]]) == "what … a “prank"


def test_open_complement_after_an_object_belongs_to_the_object():
    """'forced India to wonder if ...': India wonders, not the developments that forced it."""
    found = atts("The new tariffs have once more forced Canada to wonder if it can still count on the exemption.")
    a = next(a for a in found if "wonder" in a["cue"]["text"])
    assert a["source"]["text"] == "Canada" and a["content"]["text"].startswith("if it can")


def test_content_does_not_end_before_its_own_verb():
    """A relative clause inside the reported clause's subject is not where the content ends."""
    a = one("At a forum in the capital, economists and diplomats yesterday warned that any new tariff on "
            "Japan, which is now a key trading partner, could be ruinous for the relationship and so there "
            "is an urgent need to stop it.")
    assert "could be ruinous" in a["content"]["text"]


def test_according_to_after_a_quote_frame_takes_the_whole_quote_and_nests_the_speaker():
    text = ('"The work is going to plan. The first ships will arrive by the end of May," '
            "Deputy Director Pavel Orlov said at the fair in Kazan, according to TASS.")
    found = atts(text)
    outer = next(a for a in found if a["rule"] == "according_to")
    assert outer["source"]["text"] == "TASS"
    assert outer["content"]["text"].startswith('"The work is going to plan')  # (mixed: it keeps the mark)
    inner = next(a for a in found if a["rule"] == "quote_frame")
    assert inner["source"]["text"] == "Deputy Director Pavel Orlov" and inner["cue"]["text"].startswith("said")
    assert inner["content"]["text"].startswith("The work") and inner["content"]["text"].endswith("May,")


@pytest.mark.parametrize("text, opening, speaker", [
    # the question ends a sentence of its own before the frame; its speaker keeps it, nested inside
    ("“Is this a priority for them because it is an election year?” O’Malley said at a press conference, "
     "according to the Las Vegas Sun.", "“Is this a priority", "O’Malley"),
    ('"What does that mean? Why now? " Kim asked, according to a transcript.', '"What does that mean?', "Kim"),
    # not a quote before a clause that says something of its own
    ("“Is it over?” The talks collapsed on Monday, according to Reuters.", "The talks collapsed", None),
])
def test_according_to_after_a_frame_takes_the_quote_that_ends_its_own_sentence(text, opening, speaker):
    found = atts(text)
    outer = next(a for a in found if a["rule"] == "according_to")
    assert outer["content"]["text"].startswith(opening)
    speakers = [a["source"]["text"] for a in found if a["rule"] == "quote_frame"]
    assert speakers == ([speaker] if speaker else []), found


def test_a_clause_with_a_quote_inside_an_according_to_keeps_the_whole_clause():
    found = atts("The witness said the order was meant to “avoid affecting the outcome of the vote,” "
                 "according to the report.")
    assert [(a["rule"], a["source"]["text"]) for a in found] == [("according_to", "the report")]
    assert found[0]["content"]["text"].startswith("The witness said the order was meant to “avoid")


def test_a_clause_with_a_quote_before_a_closing_frame_is_what_the_closing_speaker_said():
    a = next(a for a in atts("Polling shows that “the public is not comfortable with the military "
                             "dimension,” said Sylke Tempel, the editor of a magazine.") if a["cue"]["text"] == "said")
    assert a["source"]["text"] == "Sylke Tempel, the editor of a magazine"
    assert a["content"]["text"].startswith("Polling shows that") and a["quote"] == "mixed"


def test_a_verb_right_after_a_quote_frames_it_even_when_the_parser_gives_it_a_clause():
    # a long speaker after the verb, whose description ends in a name that reads like a clause
    a = one('"What\'s shaping up is a fight for the ages," said Ann Ruiz, a Macron confidant who '
            'heads the pro-Macron group Defend the Republic.')
    assert a["cue"]["text"] == "said" and a["source"]["text"].startswith("Ann Ruiz, a Macron confidant")
    assert a["content"]["text"].startswith("What's shaping up")
    # a participle after the quote reports its own clause
    found = atts('In a statement, Siemens said: "The rail unit did very well five years ago," adding '
                 'that its value doubled in less than a year.')
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["content"]["text"].startswith("The rail unit")


@pytest.mark.parametrize("text, source, cue", [
    # the speaker made the subject of a participle after it ("asked about")
    ('"I am not going to call it a mistake, so drop it," said retired general Paul '
     'Mercer, asked about his claims that he had been offered a post.',
     "retired general Paul Mercer", "said"),
    # the speaker's description read as a clause ("rabbi" as a verb) with the name its subject
    ("Dov Klein, a Miami, Fla., rabbi helping to organize the protest, said he and other "
     "rabbis were alarmed about the decision.",
     "Dov Klein, a Miami, Fla., rabbi helping to organize the protest", "said"),
])
def test_a_speaker_the_parser_misread_is_still_the_source(text, source, cue):
    a = next(a for a in atts(text) if a["cue"]["text"] == cue)
    assert a["source"]["text"] == source and a["source"]["kind"] == "named_person"


def test_a_relative_clause_that_reports_is_not_part_of_the_source():
    for text, source in (
            ('"It is a bad deal for the workers," said Jo Pike, 31, from Leeds, who said the mayor '
             'is best placed to get big money out of local politics.', "Jo Pike, 31, from Leeds"),
            # the clause may hang on a word inside the source
            ('"It is a bad deal for the workers," said Ravi Menon, a senior analyst at Nomura, who '
             'notes that Tata Motors has vowed to cut costs.', "Ravi Menon, a senior analyst at Nomura")):
        quoted = next(a for a in atts(text) if a["rule"] == "quote_frame")
        assert quoted["source"]["text"] == source
    # other relative clauses stay, as PolNeAR's annotators mostly keep them
    a = one("Lena Ortiz, who was the embassy's press officer, said the plan would fail.")
    assert a["source"]["text"] == "Lena Ortiz, who was the embassy's press officer"


@pytest.mark.parametrize("text, source", [
    ('"We will not back down," a senior official, who spoke on condition of anonymity, said on Monday.',
     "a senior official"),
    ("The ministry's spokesman, who did not respond to a request for comment, has said the talks were stalled.",
     "The ministry's spokesman"),
    ("Tom Reyes, who requested anonymity to discuss private talks, said the deal was close.", "Tom Reyes"),
    ("The senator, who could not be reached for comment, has said the bill was dead.", "The senator"),
    ("The senator, who declined to address the charges, has said the bill was dead.", "The senator"),
    ("The senator, who did not reach a deal with the unions, has said the bill was dead.",
     "The senator, who did not reach a deal with the unions"),
    # not what a source declines that is no comment
    ("Jane Hoff, who declined to run again, said the plan was flawed.", "Jane Hoff, who declined to run again"),
    ("Jane Hoff, who did not return to the party, said the plan was flawed.",
     "Jane Hoff, who did not return to the party"),
])
def test_a_relative_clause_on_the_terms_of_speaking_is_not_part_of_the_source(text, source):
    a = next(a for a in atts(text) if a["cue"]["text"] in ("said", "has said", "said on Monday"))
    assert a["source"]["text"] == source


@pytest.mark.parametrize("text, content", [
    ('Lavrov referred to the sanctions as "economic warfare," adding that Moscow would respond.',
     'the sanctions as "economic warfare'),
    ('Trump referred to Rubio as "a bright, charismatic leader" during the debate.',
     'Rubio as "a bright, charismatic leader"'),
    ("The ministry spoke of the talks as constructive and frank.", "the talks as constructive and frank"),
])
def test_what_a_verb_refers_to_as_something_is_what_was_said(text, content):
    """PolNeAR: cue "referred to", content "Rubio as “a bright, charismatic leader”"."""
    a = next(a for a in atts(text) if a["cue"]["text"] in ("referred to", "spoke of"))
    assert a["content"]["text"].startswith(content)


def test_a_clause_opened_by_as_is_not_what_something_was_called():
    a = next(a for a in atts("The minister spoke of the talks as he left the room.") if a["cue"]["text"] == "spoke of")
    assert a["content"]["text"] == "the talks"


def test_what_someone_was_called_in_quotation_marks_is_reported_when_the_parse_loses_the_object():
    # the model hangs "Modi" and the quoted name on "times" and makes that the verb's only complement
    a = one("Within minutes, he called Modi “Chowkidar” multiple times.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("he", "called")
    assert a["content"]["text"].startswith("Modi “Chowkidar”")


def test_according_to_inside_a_quote_is_the_speakers_own_words():
    for text in ("“The deal, according to the minister, is dead,” he said.",
                 "“We ran the fund exactly according to the rules,” Wasserman Schultz said."):
        found = atts(text)
        assert [a["rule"] for a in found] == ["quote_frame"] and found[0]["cue"]["text"] == "said"
        assert "according to" in found[0]["content"]["text"]


@pytest.mark.parametrize("text,cue,content", [
    ("Brazil has made it clear that the sale will go on.", "has made it clear",
     "that the sale will go on"),
    ("The minister made clear that the deal was off.", "made clear", "that the deal was off"),
])
def test_made_it_clear_is_one_cue(text, cue, content):
    a = one(text)
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)


def test_quote_opening_inside_a_clause_does_not_continue_the_previous_speaker():
    """The clause framing the quote ('... made it clear that “...”') names another speaker,
    even where the parser hides it; the statement before did not say this."""
    found = atts("“We are the closest of friends,” read a joint communique once the treaty was ready.\n\n"
                 "Rao, at a press briefing with Kerry after the two ministers held talks in Delhi "
                 "yesterday, made it clear that “there is no plan for a naval base in India.”")
    assert not any("no plan" in a["content"]["text"] and a["rule"] == "quote_continuation" for a in found)


@pytest.mark.parametrize("text, cue", [
    # the parser makes "held" the sentence's verb with both subjects, and "made" a loose dependent
    ("Rao, at a press briefing with Kerry after the two ministers held talks in Delhi yesterday, "
     "made it clear that “there is no plan for a naval base in India.”", "made it clear"),
    # ... or makes the clause in the aside a clause that "said" governs from before it
    ("Rao, at a joint news conference after the two ministers held talks in Delhi yesterday, said that "
     "the deal was on track.", "said"),
])
def test_the_speaker_before_an_aside_with_a_clause_of_its_own(text, cue):
    a = next(a for a in atts(text) if a["cue"] and a["cue"]["text"] == cue)
    assert a["source"]["text"] == "Rao"


def test_a_subject_before_a_participle_the_parser_took_for_the_verb_speaks():
    text = "Fans marching through the old town chanted \"We are the champions!\" and kept singing until late."
    doc = parse(text)
    assert next(t for t in doc if t.lower_ == "marching").dep_ == "ROOT"  # (what the model makes of it)
    a = next(a for a in atts(text) if a["cue"] and a["cue"]["text"] == "chanted")
    assert a["source"]["text"] == "Fans" and a["content"]["text"] == "We are the champions!"


def test_a_person_shown_doing_the_talking_speaks_not_the_one_showing_them():
    text = "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”"
    assert next(t for t in parse(text) if t.lower_ == "asking").dep_ == "xcomp"  # (hung on "uses")
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"]) == ("Hillary Clinton", "asking")


def test_a_quote_after_one_framed_by_a_clause_goes_on_that_speaker_s_words():
    """A later quote goes on the words of the speaker whose clause frames the quote before it
    (found by the complement rule, after the first look for continuations), not those of an
    earlier speaker."""
    found = atts("“We are the closest of friends,” read a joint communique once the treaty was ready.\n\n"
                 "Rao, at a press briefing with Kerry after the two ministers held talks in Delhi "
                 "yesterday, made it clear that “there is no plan for a naval base in India.”\n\n"
                 "“It is only about fuel and spare parts for each other’s ships.”")
    cont = next(a for a in found if a["rule"] == "quote_continuation")
    framed = next(a for a in found if "no plan" in a["content"]["text"])
    assert cont["speaker"]["text"] == "Rao" and cont["continues"] == framed["id"]


def test_quote_inside_a_reported_clause_is_framed_by_the_outermost_report():
    a = next(a for a in atts("Karen Olsen, head of the nurses union, said she hopes the strike "
                             "sends a signal that “hospitals cannot run without their staff.”")
             if "hospitals" in a["content"]["text"])
    assert a["cue"]["text"] == "said" and a["source"]["text"].startswith("Karen Olsen")
    assert a["content"]["text"].startswith("she hopes") and a["quote"] == "mixed"


@pytest.mark.parametrize("text,content", [
    ("The minister dismissed Latvia as being a mere “province of Moscow.”",
     "Latvia as being a mere “province of Moscow"),
    ('The senator called on the ministry to "really speak out about Iran on this."',
     'the ministry to "really speak out about Iran on this'),
])
def test_mixed_quote_keeps_the_object_it_is_said_of(text, content):
    a = one(text)
    assert a["content"]["text"].rstrip(".") == content and a["quote"] == "mixed"


@pytest.mark.parametrize("text,content", [
    ('The Japanese envoy praised Kenya for its "steady hand" in the talks.',
     'Kenya for its "steady hand" in the talks'),
    ('The ministry accused Oslo of "turning a forum for cooperation into a tool of pressure."',
     'Oslo of "turning a forum for cooperation into a tool of pressure'),
])
def test_a_quote_after_the_object_of_a_judgment_keeps_the_object(text, content):
    # what someone is praised, blamed or accused for is said of them
    a = one(text)
    assert a["content"]["text"].rstrip(".") == content and a["quote"] == "mixed"


@pytest.mark.parametrize("text,cue", [
    ("Moscow castigated NATO for expanding eastward.", "castigated"),
    ("The envoy lauded Ghana's role in the peace process.", "lauded"),
    ("Kyiv implored its allies to send more air defence.", "implored"),
    ("The spokesman retorted that the claims were baseless.", "retorted"),
])
def test_verbs_of_judging_and_urging_too_rare_in_train_are_cues(text, cue):
    assert one(text)["cue"]["text"] == cue


def test_mixed_quote_with_several_quoted_words_keeps_its_lead():
    a = next(a for a in atts('On the BBC\'s "Newsnight," Hale said that by refusing to use the word "invasion," '
                             'ministers are "pretending nothing happened at the border."') if a["source"]["text"] == "Hale")
    assert a["content"]["text"].startswith("that by refusing to use the word") and a["quote"] == "mixed"
    assert not a.get("content_parts")


def test_statement_calling_puts_the_issuing_verb_in_the_cue():
    a = one("On Saturday, the council issued a statement calling the test a clear violation of five resolutions.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("the council", "issued a statement calling")
    assert a["content"]["text"] == "the test a clear violation of five resolutions"


def test_the_one_asked_is_not_part_of_the_question():
    a = one("At a town meeting in Bavaria earlier this week, the chancellor was asked about the gas pipeline.")
    assert a["source"] is None and a["cue"]["text"] == "was asked about"
    assert a["content"]["text"] == "the gas pipeline"


def test_only_a_finite_verb_takes_its_speaker_after_it():
    found = atts('He will not reveal his plans. "Do you know my plan? I want to hold off until I see the king" '
                 "before discussing specifics.")
    assert not any(a["source"] and a["source"]["text"] == "specifics" for a in found)


def test_quote_in_a_clause_with_its_own_frame_is_not_the_next_verbs():
    found = atts('When Modi later spoke about the floods in Assam and said he would "rebuild every single village," '
                 "the crowd applauded loudly.")
    a = next(a for a in found if "rebuild" in a["content"]["text"])
    assert (a["source"]["text"], a["cue"]["text"]) == ("Modi", "said")


def test_went_on_to_say_is_one_cue_before_a_quote():
    a = one('Trump went on to say: "We are going to win this state by a lot."')
    assert (a["source"]["text"], a["cue"]["text"]) == ("Trump", "went on to say")


INTERVIEW = ("French Ambassador to Japan Paul Girard told Kyodo News about relations between Paris and Tokyo.\n\n"
             "- How would you describe French-Japanese relations today?\n\n"
             "- Well, I came to Tokyo two years ago. Our ties are excellent.\n\n"
             "On trade, too, the numbers keep growing.\n\n"
             "- Do US sanctions affect the S-400 deal?\n\n"
             "- No, they do not.")


def test_dash_interview_turns_go_to_the_people_the_lead_names():
    turns = [a for a in atts(INTERVIEW) if a["rule"] == "interview_turn"]
    assert [(t["speaker"]["text"], t["content"]["text"][:12]) for t in turns] == [
        ("Kyodo News", "How would yo"), ("French Ambassador to Japan Paul Girard", "Well, I came"),
        ("Kyodo News", "Do US sancti"), ("French Ambassador to Japan Paul Girard", "No, they do ")]
    assert all(t["source"] is None and t["cue"] is None and t["quote"] == "direct" for t in turns)
    assert turns[1]["content"]["text"].endswith("the numbers keep growing.")  # the answer runs to the next turn
    table = sourcing.to_frame([t for t in atts(INTERVIEW) if t["rule"] == "interview_turn"])
    assert table["source"].iloc[1] == "(named earlier: French Ambassador to Japan Paul Girard)"


def test_a_dashed_list_is_not_an_interview():
    text = ("The minister said the deal covers three areas.\n\n- Defence purchases?\n\n- Energy trade.\n\n- Space.")
    assert not any(a["rule"] == "interview_turn" for a in atts(text))


@pytest.mark.parametrize("text,cue,content", [
    ("The governor takes issue with the new audit office.", "takes issue with", "the new audit office"),
    ("The senator raised questions about the deal.", "raised questions about", "the deal"),
])
def test_cue_runs_over_an_object_that_annotators_keep_in_it(text, cue, content):
    a = one(text)
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)


def test_that_said_is_a_turn_of_the_argument_not_a_report():
    assert atts("That said, a defeat in her home region would be a bitter end to her campaign.") == []


@pytest.mark.parametrize("text", [
    "Let's say the ceasefire holds through the winter.",
    "Let us say the talks fail and the sanctions return.",
])
def test_lets_say_supposes_a_case_nobody_reports(text):
    assert atts(text) == []
    assert one("The minister said, “We will sign the deal next week.”")["source"]["text"] == "The minister"


def test_reported_content_keeps_an_attribution_it_governs_nested_inside():
    found = atts("The board voted to expel the member as a warning against what it called "
                 "“a grave breach of the rules of the chamber.”")
    outer = next(a for a in found if a["cue"]["text"] == "voted")
    inner = next(a for a in found if a["cue"]["text"] == "called")
    assert outer["content"]["text"].startswith("to expel the member")
    assert outer["content"]["end"] >= inner["content"]["end"] - 1
    assert inner["source"]["text"] == "it"


def test_reported_content_still_stops_before_a_statement_beside_it():
    text = ("She said fathers would not be eligible for the leave, and in the hall the mother "
            "replied, “That is not fair to anyone at all.”")
    said = next(a for a in atts(text) if a["cue"]["text"] == "said")
    assert "replied" not in said["content"]["text"]


def test_a_second_report_after_but_is_not_framed_by_the_first_verb():
    text = ('Mayor Alice Brandt said Friday that she thinks the report should be published but '
            'said "the question is the timing."')
    found = atts(text)
    assert found and not any(a["content"]["text"].startswith("said") for a in found)
    first = next(a for a in found if a["cue"]["start"] == text.index("said"))
    assert first["content"]["text"].startswith("that she thinks")
    assert first["source"]["text"] == "Mayor Alice Brandt"


@pytest.mark.parametrize("text, source", [
    ("About 4 in 10 say they expect the next mayor to cut taxes.", "About 4 in 10"),
    ("Six in 10 say the economy is the most important issue facing the country.", "Six in 10"),
])
def test_a_share_of_those_polled_is_the_source(text, source):
    a = one(text)
    assert a["source"]["text"] == source and a["cue"]["text"] == "say"


def test_a_speaker_the_parser_hung_on_the_phrase_before_is_the_source():
    # the parser joins the speaker to the phrase before it and leaves the verb with no subject
    text = ("Alarmed by the unrest in Nevada, Senator Mark Begich, the minority leader, said that he met "
            "with Mr. Sanders on Tuesday.")
    said = next(t for t in parse(text) if t.text == "said")
    assert not any(c.dep_ == "nsubj" for c in said.children)  # (what the model makes of it)
    a = one(text)
    assert a["source"]["text"] == "Senator Mark Begich, the minority leader" and a["cue"]["text"] == "said"


def test_a_speaker_set_off_after_an_opening_prepositional_phrase_is_the_verbs_subject():
    # the model makes "Tom Ortiz" an apposition of "Jane Ortiz" inside the phrase; the repair
    # (``parse_repairs``) makes him the subject again
    text = ("Tuesday in New York City, while out on the campaign trail for his daughter Democratic "
            "candidate Jane Ortiz, former president Tom Ortiz said his daughter was uniquely "
            "qualified to be president now.")
    said = next(t for t in parse(text) if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Ortiz"]
    a = one(text)
    assert a["source"]["text"] == "former president Tom Ortiz" and a["cue"]["text"] == "said"


def _tagged(rows: str):
    """A parse given by hand (``_built``), one "word lemma POS dep head [ENT]" per line, heads as indices."""
    cols = [r.split() for r in rows.strip().splitlines()]
    ents = [c[5] if len(c) > 5 else "O" for c in cols]
    return _built([c[0] for c in cols], [int(c[4]) for c in cols], [c[3] for c in cols],
                  lemmas=[c[1] for c in cols], pos=[c[2] for c in cols], ents=ents)


# '..., Olena Marchuk, the undersecretary for management, wrote': the name hung on "storage"
_CLOSING_FRAME_NAME_ON_NOUN = """
The the DET det 1
files file NOUN nsubjpass 3
were be AUX auxpass 3
placed place VERB ccomp 15
in in ADP prep 3
storage storage NOUN pobj 4
, , PUNCT punct 5
Olena Olena PROPN compound 8 B-PERSON
Marchuk Marchuk PROPN appos 5 I-PERSON
, , PUNCT punct 8
the the DET det 11
undersecretary undersecretary NOUN appos 8
for for ADP prep 11
management management NOUN pobj 12
, , PUNCT punct 15
wrote write VERB ROOT 15
. . PUNCT punct 15
"""
# 'Although ... in the budget, an official who spoke anonymously said Friday, ...': the speaker
# and its relative clause hung on "budget"
_SPEAKER_WITH_RELATIVE_ON_NOUN = """
There there PRON expl 1
is be VERB advcl 13
no no DET det 3
line line NOUN attr 1
in in ADP prep 3
the the DET det 6
budget budget NOUN pobj 4
, , PUNCT punct 6
an an DET det 9
official official NOUN appos 6
who who PRON nsubj 11
spoke speak VERB relcl 9
anonymously anonymously ADV advmod 11
said say VERB ROOT 13
Friday Friday PROPN npadvmod 13
, , PUNCT punct 13
talks talk NOUN nsubj 17
continue continue VERB ccomp 13
. . PUNCT punct 13
"""


@pytest.mark.parametrize("rows, verb, speaker", [
    (_CLOSING_FRAME_NAME_ON_NOUN, "wrote", "Olena Marchuk, the undersecretary for management"),
    (_SPEAKER_WITH_RELATIVE_ON_NOUN, "said", "an official who spoke anonymously"),
])
def test_a_speaker_set_off_before_the_verb_and_hung_on_a_noun_is_the_subject(rows, verb, speaker):
    doc = _tagged(rows)
    found = subjects.subject_of(next(t for t in doc if t.text == verb))
    assert found is not None and doc[found.left_edge.i : found.right_edge.i + 1].text.replace(" ,", ",") == speaker


def test_a_clause_before_a_speaker_hung_on_its_last_noun_ends_before_the_speaker():
    from newslens.analysis import _from_doc
    text = ("Two shipments sent to Warsaw were held in secure depots, Jan Novak, the undersecretary for "
            "logistics, wrote in a memo.")
    doc = parse(text)
    name, depots, wrote = (next(t for t in doc if t.text == w) for w in ("Novak", "depots", "wrote"))
    name.head, name.dep_ = depots, "appos"  # as the model parses some such sentences
    assert not any(c.dep_ == "nsubj" for c in wrote.children)
    a, = _from_doc(newslens.Article(id="t", text=text, paragraphs=paragraph_spans(text)), doc).records["attributions"]
    assert a["cue"]["text"] == "wrote" and a["source"]["text"] == "Jan Novak, the undersecretary for logistics"
    assert a["content"]["text"] == "Two shipments sent to Warsaw were held in secure depots"


@pytest.mark.parametrize("text, source", [
    ('"We will not back down," said Anna Berg, who led the delegation from 2015 to 2019, and has advised '
     'the minister since then.', "Anna Berg, who led the delegation from 2015 to 2019, and has advised the minister "
     "since then"),
    ('"The talks are over," said Marco Rossi, who served as ambassador to Moscow, and wrote a book about the war.',
     "Marco Rossi, who served as ambassador to Moscow, and wrote a book about the war"),
])
def test_a_relative_clause_on_an_inverted_speaker_goes_on_over_its_second_verb(text, source):
    a = one(text)  # (not a second attribution: "Rossi wrote a book about" "the war")
    assert a["source"]["text"] == source and a["cue"]["text"] == "said"


@pytest.mark.parametrize("text, first, second", [
    # a first quote too short for the quote-frame rule is found by the complement rule
    ("“I will,” Ingrid said to the radio. “I will, Olaf.”", "I will,", "I will, Olaf."),
    ('The meeting achieved "far too little," he added on Twitter. "Without new rules, the bloc '
     'risks a great deal."', 'The meeting achieved "far too little', "Without new rules, the bloc risks a great deal."),
])
def test_a_quote_after_the_frame_sentence_is_the_second_part(text, first, second):
    a = one(text)
    assert a["content_parts_text"] == [first, second]


def test_a_proposition_noun_with_a_that_clause_stays_in_the_content():
    a = one("The minister dismissed the idea that she had any ties to the firm.")
    assert a["cue"]["text"] == "dismissed"
    assert a["content"]["text"] == "the idea that she had any ties to the firm"


def test_a_saying_noun_with_a_that_clause_stays_in_the_cue():
    a = one("Clinton highlighted her message that the country is stronger together.")
    assert a["cue"]["text"] == "highlighted her message"
    assert a["content"]["text"] == "that the country is stronger together"


@pytest.mark.parametrize("text, source, cue, content", [
    ("The plan was sharply criticized by Democrats in the Senate.", "Democrats in the Senate",
     "was sharply criticized", "The plan"),
    ("The visa problem was first reported by The Hindu.", "The Hindu",
     "was first reported", "The visa problem"),
    # a rarer cue verb, read because the cue model finds it a cue with its agent
    ("The treaty is supported by most European governments.", "most European governments",
     "is supported", "The treaty"),
    # in a relative clause, the relative word is what PolNeAR marks as the content
    ("The deal, which was criticized by Democrats, passed on Tuesday.", "Democrats", "was criticized", "which"),
    # a participle on a noun: the noun phrase it describes
    ("The states combined the categories, a practice criticized by civil rights advocates.",
     "civil rights advocates", "criticized", "a practice"),
])
def test_a_passive_cue_with_its_agent_reports_about_its_subject(text, source, cue, content):
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (source, cue, content)
    assert a["rule"] == "passive_agent"


def test_a_participle_of_feeling_with_its_agent_has_the_one_who_feels_it_for_source():
    # the participle has no subject of its own: the noun it describes feels it
    a = next(x for x in atts("Hundreds of voters angered by the remark marched to the city hall.")
             if x["rule"] == "passive_agent")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == ("voters", "angered by", "the remark")


@pytest.mark.parametrize("text", [
    "The bridge was built by a French company in 1890.",  # not a cue verb
    "The bridge, which was built by a French company, opened in 1890.",
    # a place claimed is held as one's own, not said
    "The two armies faced off over a Himalayan plateau claimed by Beijing and Bhutan.",
    "The islands, which are claimed by both Japan and China, lie in the East China Sea.",
])
def test_a_passive_with_an_agent_that_reports_nothing_is_not_an_attribution(text):
    assert not [a for a in atts(text) if a["rule"] == "passive_agent"]


def test_a_quote_the_parser_hung_on_its_speakers_name_keeps_its_frame():
    # the parser hangs the opening mark and the quote on "Lopez", so the name's words seem to
    # run round the quote; none of them comes before it
    text = ("Few diplomats would ever admit this.\n\n“That’s a fair worry, because they’re very committed and "
            "very loyal,” Lopez, 52, told CNN Tuesday when asked about fears that her backers would not turn "
            "out if she loses the vote.")
    a = saying(text, "That’s a fair worry")
    assert (a["source"]["text"], a["cue"]["text"], a["rule"]) == ("Lopez, 52", "told", "quote_frame")


@pytest.mark.parametrize("text,cue,content,parts", [
    ("The price of the fighter jets was not disclosed.", "was not disclosed", "The price of the fighter jets", None),
    # what the subject was called is content too, in a part of its own; "as" is the cue's
    ("The new sanctions package was widely criticized as counterproductive.", "was widely criticized as",
     "The new sanctions package", ["The new sanctions package", "counterproductive"]),
    ("Moon was declared the winner of the runoff.", "was declared", "Moon", ["Moon", "the winner of the runoff"]),
])
def test_a_passive_report_with_no_agent_has_no_source(text, cue, content, parts):
    a = one(text)
    assert a["rule"] == "unsourced_passive" and a["source"] is None
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)
    assert a.get("content_parts_text") == parts


def test_those_among_whom_a_view_is_held_hold_it():
    a = one("The foreign minister is revered among younger diplomats.")
    assert (a["source"]["text"], a["source"]["kind"]) == ("among younger diplomats", "anonymous")
    assert (a["cue"]["text"], a["content"]["text"]) == ("is revered", "The foreign minister")


@pytest.mark.parametrize("text,source,cue", [
    ("The episode was revealed last week in documents made public by the FBI.",
     "documents made public by the FBI", "was revealed last week in"),
    ("All of this is powerfully documented in the film.", "the film", "is powerfully documented in"),
    # what the photograph shows is not which photograph it is
    ("She is famously shown in a photograph using her phone on a military plane.", "a photograph",
     "is famously shown in"),
])
def test_a_passive_report_made_in_a_document_has_the_document_for_its_source(text, source, cue):
    a = next(a for a in atts(text) if a["rule"] == "unsourced_passive")
    assert (a["source"]["text"], a["cue"]["text"], a["source"]["kind"]) == (source, cue, "document")


def test_a_passive_report_in_a_place_still_has_no_source():
    a = one("The sanctions package was widely criticized in the capital.")
    assert a["source"] is None and a["cue"]["text"] == "was widely criticized"


@pytest.mark.parametrize("text", [
    "Two soldiers were also wounded near the border.",  # not a verb of saying
    "Border security will be discussed at the summit.",  # a plan, not a report
    "The accord, which was widely praised, expires in 2026.",  # the relative word alone
])
def test_a_passive_that_reports_nothing_is_not_an_unsourced_report(text):
    assert not [a for a in atts(text) if a["rule"] == "unsourced_passive"]


def test_one_who_was_asked_is_not_what_was_asked():
    assert not [a for a in atts("The ambassador was asked about the missile tests.")
                if a["content"]["text"] == "The ambassador"]


@pytest.mark.parametrize("text,source,content", [
    ("To Moscow, the expansion of NATO is a threat to its security.", "Moscow",
     "the expansion of NATO is a threat to its security"),
    ("To many in Delhi, the deal looks lopsided.", "many in Delhi", "the deal looks lopsided"),
    ("To the envoy, who has served in Kabul, the withdrawal was a mistake.", "the envoy, who has served in Kabul",
     "the withdrawal was a mistake"),
    ("By one estimate, 300 people died in the clashes.", "one estimate", "300 people died in the clashes"),
    ("By his own account, the envoy met the rebels twice.", "his own account", "the envoy met the rebels twice"),
])
def test_a_sentence_opened_by_to_someone_or_by_a_reckoning_is_theirs(text, source, content):
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (source, text.split()[0], content)
    assert a["rule"] == "perspective"


@pytest.mark.parametrize("text", [
    "To date, no country has signed the protocol.",
    "To that, the minister replied with a shrug.",
    "To this end, the two sides set up a joint panel.",
    "By contrast, the talks in Doha stalled.",
    "By any measure, the summit was a failure.",  # the writer's own reckoning
    "By Tuesday, the troops had left the border town.",
    "To Beijing the delegation flew on Monday, and talks began at once.",  # no comma after the name
])
def test_to_or_by_opening_a_sentence_is_not_always_a_view(text):
    assert not [a for a in atts(text) if a["rule"] == "perspective"]


@pytest.mark.parametrize("text,cue", [
    ("The aide kept nodding, and as the minister spoke of “a new era of trust” and “our shared future,” "
     "the aide said yes, yes, over and over.", "spoke of"),
    ("As the minister talked about “a new era of trust” and “our shared future,” the aide said yes, "
     "over and over.", "talked about"),
])
def test_a_verb_that_says_its_own_answer_frames_no_quote_before_it(text, cue):
    a = saying(text, "a new era of trust")
    assert (a["source"]["text"], a["cue"]["text"]) == ("the minister", cue)
    yes = saying(text, "yes")
    assert (yes["source"]["text"], yes["cue"]["text"]) == ("the aide", "said")


def test_calling_for_someone_to_act_is_a_call_for_it():
    a = one("Scholz is calling for the European Union to play a bigger part in the talks.")
    assert a["cue"]["text"] == "is calling for" and a["source"]["text"] == "Scholz"
    assert a["content"]["text"] == "the European Union to play a bigger part in the talks"


def test_waiting_for_something_to_happen_is_not_a_report():
    assert atts("He waited for the bus to arrive before he left the station.") == []


def test_a_that_clause_hung_after_the_recipient_starts_at_that():
    a = one('He also told one of his young students on a regular basis that "force is the only way."')
    assert a["cue"]["text"] == "also told"
    assert a["content"]["text"].startswith('that "force is the only way')


def test_a_frame_in_mid_sentence_says_both_sides_even_when_one_has_no_verb():
    a = one("The average weekly benefit, he says, would be $300.")
    assert a["rule"] == "verb_parenthetical" and a["source"]["text"] == "he"
    assert a["content_parts_text"] == ["The average weekly benefit", "would be $300"]


def test_a_reported_clause_after_a_scene_phrase_is_still_what_was_said():
    a = one("Modi said after the election he would not accept Sharif's invitation if it were sent.")
    assert a["cue"]["text"] == "said"
    assert a["content"]["text"] == "he would not accept Sharif's invitation if it were sent"


def test_leaving_after_an_event_is_not_a_report():
    assert atts("He left after the meeting ended.") == []


def test_a_bare_participle_after_as_reports_nobody_but_as_has_been_reported_does():
    assert not [a for a in atts("As expected, the deal was signed on Friday in Delhi.") if a["rule"] == "as_reported"]
    a = one("As has been reported, the deal was signed on Friday in Delhi.")
    assert a["rule"] == "as_reported" and a["source"] is None and a["cue"]["text"] == "has been reported"


def test_a_dateline_set_off_by_two_hyphens_is_not_the_speaker():
    found = atts("WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell "
                 "an American story.")
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["source"]["text"] == "President Obama"
    found = atts("The senator -- a Republican from Ohio -- said the bill would fail.")
    assert found[0]["source"]["text"].startswith("The senator")


def test_a_dateline_with_a_state_a_date_or_an_agency_is_not_the_speaker():
    # the parser makes the place the subject ("COLUMBIA"), or hangs the date on the name
    for text, speaker in (
            ("COLUMBIA, S.C. - Sen. Amy Price said she would win the primary.", "Sen. Amy Price"),
            ("Dec 29 (Reuters) - Democratic presidential candidate Hillary Clinton said she would win.",
             "Democratic presidential candidate Hillary Clinton"),
            ("WASHINGTON -- President Obama on Thursday said he would veto the bill.", "President Obama"),
            ("Washington (AFP) – Democrat Hillary Clinton said she would win.", "Democrat Hillary Clinton")):
        assert one(text)["source"]["text"] == speaker
    # a speaker set off by dashes is still the speaker, not what follows the dash
    assert one("Obama -- and only Obama -- said the bill would fail.")["source"]["text"].startswith("Obama")
    a = one("Berg -- co-author of Reading The Chancellor, a book studying her speeches at party "
            "congresses -- said the leader tended to make news at those meetings.")
    assert a["source"]["text"].startswith("Berg -- co-author of Reading The Chancellor")
    # a label before a colon gives way whatever it is
    assert one("The Latest: Orban urges voters to watch the count.")["source"]["text"] == "Orban"


def test_a_hyphenated_speaker_keeps_the_whole_word():
    assert one("His ex-wife said he was a good father.")["source"]["text"] == "His ex-wife"


def test_a_subject_the_parser_splits_into_several_is_kept_whole():
    a = one("During the talks, PM Kishida and President Biden stressed on discussing three issues.")
    assert a["source"]["text"] == "PM Kishida and President Biden"
    doc = parse("During the talks, PM Kishida and President Biden stressed on discussing three issues.")
    assert sum(t.dep_ == "nsubj" for t in doc) > 1  # (what the model makes of it)


def test_as_described_in_a_document_gives_the_document_as_source():
    a = one('Such cooperation now reaches "into every field of science and culture," '
            'as described in a 2016 Japan-France Declaration of Friendship.')
    assert a["rule"] == "as_reported" and a["cue"]["text"] == "described in"
    assert a["source"]["text"] == "a 2016 Japan-France Declaration of Friendship"
    assert a["source"]["kind"] == "document"


def test_a_source_keeps_its_quantity_and_paired_conjunction_but_not_a_focus_adverb():
    def source(sentence):
        return one(sentence)["source"]["text"]
    assert source("Both the minister and his deputy said that the sanctions should stay."
                  ) == "Both the minister and his deputy"
    assert source("Nearly half of the voters said that the deal was a mistake.") == "Nearly half of the voters"
    assert source("Even China said that the test was a provocation.") == "China"
    assert source("But officials said that the talks would go on.") == "officials"
    # "even" hung on a word inside the phrase ("the region's"), not on its head
    assert source("Even the region's most cautious diplomats said that the test was a provocation."
                  ) == "the region's most cautious diplomats"


def test_a_like_phrase_gives_examples_of_a_plural_source_and_sets_a_single_one_beside_others():
    a = one("Critics of the plan, like Senators Anna Berg and Tom Ortiz, say the deal needs more oversight.")
    assert a["source"]["text"] == "Critics of the plan, like Senators Anna Berg and Tom Ortiz"
    a = one("Clinton, like Obama, has said that the deal needs more oversight.")
    assert a["source"]["text"] == "Clinton"


def test_a_contracted_has_before_a_participle_is_the_perfect_not_a_passive():
    # the parser reads "He's said" as "He is said"
    a = one("He's said that the deal is dead.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == ("He", "'s said", "that the deal is dead")
    raised = one("He's said to be ill.")  # a true passive: nobody is named as saying it
    assert raised["source"] is None


def test_a_report_joined_to_the_reported_clause_is_the_first_speakers():
    # the parser joins "implied" to "had touched"; the one who implies is the one who conceded
    found = atts("Trump conceded that Lewandowski had touched the reporter but implied that it was her fault.")
    implied = next(a for a in found if a["cue"]["text"] == "implied")
    assert implied["source"]["text"] == "Trump" and implied["content"]["text"] == "that it was her fault"
    # a clause with a subject of its own is still part of what was said
    a = one("He said the minister was wrong and the deal was dead.")
    assert a["content"]["text"] == "the minister was wrong and the deal was dead"


def test_a_participle_after_a_quoted_clause_is_the_speakers_next_report():
    found = atts('The senator stressed that "the only path is to get the two sides talking again," '
                 'suggesting that a deal would take months.')
    suggesting = next(a for a in found if a["cue"]["text"] == "suggesting")
    assert suggesting["source"]["text"] == "The senator"


def test_a_reporting_participle_after_an_object_is_a_report_of_its_own():
    found = atts("The party chairman is even calling major donors himself, asking them to host events in their states.")
    assert [(a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("is even calling", "major donors himself"), ("asking", "them to host events in their states")]
    assert {a["source"]["text"] for a in found} == {"The party chairman"}


def test_a_short_quote_before_its_frame_opens_a_quote_that_goes_on_after_it():
    text = '"Safety," said Grimm, a local farmer. "Safety for the whole country, everybody."'
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"], a["quote"]) == ("Grimm, a local farmer", "said", "direct")
    assert [text[s:e] for s, e in a["content_parts"]] == ["Safety,", "Safety for the whole country, everybody."]
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in atts("“Really,” she added.")] == [
        ("she", "added", "Really,")]
    # a quoted phrase inside a sentence is not such a part
    found = atts('He blamed a "bad earpiece," claiming that he had disavowed them. "Nobody listens."')
    assert not any(a["rule"] == "quote_frame" for a in found)


def test_a_frame_that_splits_a_sentence_with_a_long_speaker_keeps_both_parts():
    # the speaker's description runs long, with a clause of its own, before the quote goes on
    text = ('"The danger," said Maria Okafor, an economist who directs the Lagos Policy Forum, '
            '"is that the currency falls again before the vote."')
    a = one(text)
    assert a["source"]["text"] == "Maria Okafor, an economist who directs the Lagos Policy Forum"
    assert [text[s:e] for s, e in a["content_parts"]] == [
        "The danger,", "is that the currency falls again before the vote."]
    # a quote in a report that follows the frame is that report's, not a part of the first
    found = atts('"We see no link to the strike," the governor said, adding that it would take '
                 '"several more days" to know.')
    first = next(a for a in found if a["cue"]["text"] == "said")
    assert first["content"]["text"] == "We see no link to the strike,"
    assert not first.get("content_parts") or len(first["content_parts"]) == 1
    # nor one in what the speaker's description says he said
    found = atts('"It is over," said Tanaka, who said there were "too many unanswered questions" left.')
    first = next(a for a in found if a["cue"]["text"] == "said" and a["source"]["text"].startswith("Tanaka"))
    assert first["content"]["text"] == "It is over,"
    assert not first.get("content_parts") or len(first["content_parts"]) == 1


def test_a_short_quote_before_a_frame_that_says_what_it_answered_is_speech():
    # "when asked ...", like "of the plan", sets the quote (when, in answer to what)
    for text in ['The mayor spoke. "Absolutely," he said when asked by a reporter whether he would stay.',
                 'The mayor spoke. "Never," she said after being pressed on the plan.',
                 'The actress spoke. "Really," she said when the TV interviewer expressed shock.']:
        a = next(a for a in atts(text) if a["rule"] == "quote_frame")
        assert (a["cue"]["text"], a["content"]["text"]) == ("said", text.split('"')[1]), text


def test_a_short_quote_right_after_its_frame_is_all_that_was_said():
    for text, source, cue, content in [
            ("Asked whether she would run again, the senator shook her head and said, “No.”",
             "the senator", "said", "No."),
            ("The moderator then asked, “With what money?”", "The moderator", "then asked", "With what money?"),
            ('The minister told reporters: "Absolutely not."', "The minister", "told", "Absolutely not."),
            ('The protesters chanted, "Bring them home!"', "The protesters", "chanted", "Bring them home!")]:
        a = next(a for a in atts(text) if a["rule"] == "quote_frame")
        assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"], a["quote"]) == (
            source, cue, content, "direct"), text
    # a title after the book it is in is no speech
    found = atts("The general wrote in his memoir, “Long Shadows.”")
    assert not any(a["rule"] == "quote_frame" for a in found)


def test_a_name_after_a_closing_verb_speaks_even_when_the_model_does_not_know_it():
    # "Skelly" is read as an adverb by the small model, and as no person
    found = atts("“Having access to the voter file and two people who understand it is valuable,” said Skelly, "
                 "explaining that he had worked with both.")
    a = next(a for a in found if a["cue"] and a["cue"]["text"] == "said")
    assert (a["source"]["text"], a["cue"]["text"]) == ("Skelly", "said")
    assert a["content"]["text"].startswith("Having access")


def test_a_described_speaker_between_a_quote_and_its_verb_speaks():
    # the parser hangs "asked" on "old" (and tags it a participle); the phrase still names who asked
    a = next(a for a in atts("“Who will pay for the new port?” the 43-year-old asked in the interview.")
             if a["rule"] == "quote_frame")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "the 43-year-old", "asked", "Who will pay for the new port?")
    # a clause between them is no speaker
    found = atts("“Who will pay for the new port?” the mayor who opened it asked in the interview.")
    assert all(a["source"] is None or a["source"]["text"] != "the mayor who opened it asked" for a in found)


def test_a_title_in_the_words_before_a_frame_is_not_part_of_the_quote_the_frame_opens():
    text = ("Speaking on Radio Kano’s “Morning Desk with Aisha,” the governor said “the border will stay "
            "closed until the talks are over.”")
    a = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert (a["source"]["text"], a["cue"]["text"]) == ("the governor", "said")
    assert a["content"]["text"] == "the border will stay closed until the talks are over."
    assert not a.get("content_parts") or len(a["content_parts"]) == 1
    # a quote that opens its sentence (or a clause set off by a dash) is the frame's first part
    text = "He turned on the plan - “We tried that,” he said, “and it failed twice.” - and left the room."
    a = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert [text[s:e] for s, e in a["content_parts"]] == ["We tried that,", "and it failed twice."]


def test_a_verb_that_reported_its_own_clause_does_not_frame_a_later_quote():
    text = ("The minister noted that the summit would open on Monday and quoted the charter’s “first article” "
            "-- “All members shall settle their disputes by peaceful means.”")
    found = {(a["cue"]["text"], a["content"]["text"]) for a in atts(text)}
    assert ("noted", "that the summit would open on Monday") in found
    assert ("quoted", "All members shall settle their disputes by peaceful means.") in found
    # nor one that reported its own object, the quote in a later predicate of its subject
    text = ("The minister is once again questioning the fairness of the vote count, encouraging her supporters to "
            "visit polling stations on the day to make sure everything is “on the up and up.”")
    found = {(a["cue"]["text"], a["content"]["text"]) for a in atts(text)}
    assert ("is once again questioning", "the fairness of the vote count") in found
    assert any(cue == "encouraging" and content.endswith("on the up and up") for cue, content in found)
    # a second clause of the same report, after "and", is still the verb's
    text = ("The spokesman said that the border was calm, and he had “no reason at all to expect any trouble "
            "this week.”")
    a = one(text)
    assert a["cue"]["text"] == "said"
    assert a["content"]["text"].startswith("that the border was calm, and he had")


def test_a_later_predicate_after_the_verbs_own_object_frames_the_quote():
    # the parser hangs the quote on "brushed aside"; the participle between is the frame
    text = ("The senator's office brushed aside the governor's remarks, telling reporters, “Nobody in this office "
            "has ever asked the governor for anything.”")
    found = {(a["cue"]["text"], a["content"]["text"]) for a in atts(text)}
    assert ("telling", "Nobody in this office has ever asked the governor for anything.") in found
    assert not any(cue.startswith("brushed") and content.startswith("Nobody") for cue, content in found)
    # the quote after a verb with its own object and a second verb joined by "and"
    text = ("Beaming at the crowd, the mayor drew cheers as she thanked her home city and then roared, “Tonight, "
            "you have shown the whole country what this place can do.”")
    a = saying(text, "Tonight")
    assert (a["source"]["text"], a["cue"]["text"]) == ("she", "then roared"), a


def test_a_verb_in_a_clause_of_time_before_the_sentence_verb_does_not_frame_the_quote():
    text = ("After the former governor attacked the senator during a debate, the senator shot back, “I could have "
            "stayed home, but I chose to serve my state.”")
    a = saying(text, "I could have")
    assert (a["source"]["text"], a["cue"]["text"]) == ("the senator", "shot back"), a
    # a "back" of time is no part of the cue
    a = one("The envoy said back in October that the talks had stalled.")
    assert a["cue"]["text"] == "said"


def test_a_clause_of_time_the_parser_read_as_what_was_said_is_not():
    # the parser makes "as ... booed" the verb's clause; the quote before is what he said
    text = ('The governor did not name his rival until the end. "He never paid the loans back," he said as some in '
            'the crowd booed.')
    a = next(a for a in atts(text) if a["cue"]["text"] == "said")
    assert a["content"]["text"] == "He never paid the loans back,"
    # the verb's own clause opens with "since": the clause after the comma is the sentence's
    a = next(a for a in atts("Yet, a full year since the businessman announced his candidacy for governor, here we "
                             "are.") if a["cue"]["text"] == "announced")
    assert a["content"]["text"] == "his candidacy for governor"
    # a clause with a clause of time between it and the verb was not said by the verb's subject
    text = ("The race jumped into the headlines last month after a local group unearthed old columns Bradley wrote "
            "while a student.")
    assert not any(a["cue"]["text"] == "wrote" and a["content"]["text"].startswith("The race") for a in atts(text))


def test_a_short_quote_before_a_frame_that_says_what_it_was_about_is_what_was_said():
    a = next(a for a in atts('"Not a chance," the minister said of the prospect of the opposition parties returning '
                             'to the talks.') if a["cue"]["text"].startswith("said"))
    assert (a["rule"], a["cue"]["text"], a["content"]["text"]) == ("quote_frame", "said", "Not a chance,")


def test_a_phrase_set_off_after_the_verbs_preposition_is_not_its_object():
    # the parser makes "anyone" the object of "warned", across the dash
    a = one("The activist warned of a bitter battle that could split the party if the leadership tries to hand the "
            "nomination to the governor — or anyone other than the two frontrunners, for that matter.")
    assert a["cue"]["text"] == "warned of"
    assert a["content"]["text"].startswith("a bitter battle"), a["content"]


def test_a_question_of_function_words_is_still_what_was_asked():
    a = one("“But why?” the reporter asked him.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == ("the reporter", "asked", "But why?")


def test_a_plan_laid_out_is_part_of_the_cue_and_what_is_planned_is_what_was_said():
    a = one("The senator outlined a plan to overhaul corporate taxes.")
    assert (a["cue"]["text"], a["content"]["text"]) == ("outlined a plan", "to overhaul corporate taxes")
    # not a plan of someone's own, nor one withdrawn
    a = one("The minister announced her plan to support farmers.")
    assert (a["cue"]["text"], a["content"]["text"]) == ("announced", "her plan to support farmers")
    assert not any(a["cue"]["text"].endswith("a proposal")
                   for a in atts("He had to withdraw a proposal to create a single-payer system."))


def test_a_quote_that_ends_with_a_quote_inside_it_is_framed():
    # a space between the inner quote's closing mark and the outer one's
    text = ("\"Picture the crowd at the gate, the guards waiting while someone shouts, 'We have to let them in "
            "now,' \" said the former minister during the second debate, suggesting that she had seen it herself.")
    a = saying(text, "Picture")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"]) == ("quote_frame", "the former minister", "said")


def test_a_quote_after_a_colon_is_not_framed_by_appear():
    text = ("As the columnist reported after the police appeared to have abandoned the scene:\n\n\"For example, "
            "the government has done almost nothing with the evidence it recovered during the raid.\"")
    a = saying(text, "For example")
    assert (a["source"]["text"], a["cue"]["text"]) == ("the columnist", "reported")


def test_a_speaker_with_a_relative_clause_right_before_the_verb_frames_the_quote():
    # the parser reads "tweeted" as a participle on the name, and the quote as the name's clause
    text = ("“The campaign needs a plan for winning back rural voters,” Ana Ruiz, the pollster who founded the "
            "survey site tweeted on Wednesday.")
    a = one(text)
    assert (a["rule"], a["cue"]["text"]) == ("quote_frame", "tweeted")
    assert a["source"]["text"].startswith("Ana Ruiz")


def test_a_relative_clause_on_the_speaker_and_the_quote():
    # a verb in a relative clause on the speaker of a later frame does not frame the quote
    text = ("“The agents are under a lot of pressure and are working around the clock,” an intelligence source, "
            "who was not authorized to speak on the record, told the paper.")
    a = one(text)
    assert a["cue"]["text"] == "told" and a["source"]["text"].startswith("an intelligence source")
    # but one that reports, in a clause of its own, the words the quote opens in frames it
    text = ('Roffman, who estimates that his legal costs were "in the seven figures," described the strain as '
            '"horrendous."')
    found = {(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in atts(text)}
    assert ("who", "estimates", 'that his legal costs were "in the seven figures') in found, found
    assert not any(cue == "described" and "seven figures" in content for _, cue, content in found)


def test_words_inside_another_quote_are_not_the_speaker():
    text = ("When someone in the audience shouted, “Smith,” Jones joked, again using an exaggerated accent, “Amen, "
            "brother! Come on up and get baptized!”")
    a = saying(text, "Amen")
    assert (a["source"]["text"], a["cue"]["text"]) == ("Jones", "joked")
    # a participle the parser hung on the verb of a quote before it speaks for the sentence's subject
    text = ("The senator hardly settled the matter, treating the governor's jab first as a compliment -- ''That "
            "makes me smart'' -- and, when pressed after the debate, asserting, ''Of course, I pay my taxes.''")
    a = saying(text, "Of course")
    assert (a["source"]["text"], a["cue"]["text"]) == ("The senator", "asserting")


def test_a_verb_that_goes_on_with_the_quoted_clause_does_not_frame_it():
    # (the parser hangs "told" on the quoted clause, and "supporting" after the quote inside it)
    text = ("The backing comes just days after Trump told The Washington Post he was “not quite there yet” on "
            "supporting Ryan, who will face challenges.")
    a = next(a for a in atts(text) if "not quite there yet" in a["content"]["text"])
    assert (a["source"]["text"], a["cue"]["text"]) == ("Trump", "told"), a


def test_a_verb_of_naming_frames_the_quote_it_names_its_object_with():
    a = next(a for a in atts('Japan branded North Korea an "outlaw nation in the neighborhood." Russia insisted '
                             'that Pyongyang "stop it."') if a["source"]["text"] == "Japan")
    assert (a["cue"]["text"], a["content"]["text"]) == ("branded", 'an "outlaw nation in the neighborhood')
    a = one("The prime minister cast the candidate as “divisive, stupid and wrong” in a debate.")
    assert (a["cue"]["text"], a["content"]["text"]) == ("cast", "the candidate as “divisive, stupid and wrong”")


def test_a_trade_before_a_name_after_a_quote_is_part_of_the_speaker():
    # the tagger reads "screenwriter" as a verb; it is the speaker's trade
    text = ('"Just read the statement. I am amazed at how it manages to insult every reader in the country," '
            'screenwriter Cole Haddon wrote on Twitter.')
    a = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert (a["source"]["text"], a["cue"]["text"]) == ("screenwriter Cole Haddon", "wrote")


def test_an_indirect_question_after_a_verb_of_saying_is_what_was_or_was_not_said():
    # the parser reads "when they would ..." as a clause of time
    a = one("Lawmakers have not said when they would take up the reauthorization.")
    assert (a["cue"]["text"], a["content"]["text"]) == ("have not said", "when they would take up the reauthorization")
    # a clause of time after a verb that says nothing is no report
    assert atts("The minister smiled when the talks ended.") == []


def test_a_one_word_answer_is_what_was_said():
    found = atts("Everyone on the board but the chairman said yes.")
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("Everyone on the board but the chairman", "said", "yes")]
    assert one("He said so.")["content"]["text"] == "so"
    assert one("He said so many things about the deal.")["content"]["text"] != "so"  # "so" is not his answer


def test_as_much_is_the_answer_alone():
    # "as much" says the same again; where and when it was said are not what was said
    a = one("The Kenyan envoy said as much in an interview with a Nairobi radio station on Friday.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == ("The Kenyan envoy", "said", "as much")
    a = one("Senior officials in Ankara acknowledged as much in a briefing for reporters.")
    assert a["content"]["text"] == "as much"
    assert one("The minister said so in a television interview.")["content"]["text"] == "so"
    # the clause after "but" is no statement of the first speaker's
    found = atts("The foreign minister said as much on Tuesday, but no vote was held.")
    assert [(a["source"]["text"], a["content"]["text"]) for a in found] == [("The foreign minister", "as much")]


def test_a_date_after_the_cue_is_when_it_was_said_not_what():
    assert all(a["content"]["text"] != "Monday" for a in atts("The minister said so on Monday."))
    a = one("The minister commented on the deal on Monday.")
    assert a["content"]["text"].startswith("the deal")


def test_a_question_about_what_was_said_is_no_report():
    assert not [a for a in atts("Governor, what did the President tell you?") if a["rule"] == "verb_complement"]


def test_a_source_ends_before_a_clause_of_it_that_reports_on_its_own():
    found = atts("Mr. McConnell, who has criticized the campaign, said that the party would stay united.")
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["source"]["text"] == "Mr. McConnell"
    # a relative clause that reports nothing stays in the source, as PolNeAR keeps it
    a = one("Mr. McConnell, who leads the Senate majority, said that the party would stay united.")
    assert a["source"]["text"] == "Mr. McConnell, who leads the Senate majority"


def test_a_report_in_a_relative_clause_of_a_quotes_speaker_is_an_attribution_of_its_own():
    # the quote frame took the speaker's words first; the relative clause's report is still read
    found = atts("\u201cThe talks are over,\u201d said Meera Iyer, who thinks often about the cost of the "
                 "sanctions to farmers.")
    got = [(a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found]
    assert got == [("quote_frame", "Meera Iyer", "said", "The talks are over,"),
                   ("verb_complement", "who", "thinks often about", "the cost of the sanctions to farmers")]
    # one that reports nothing stays in the source
    a = one('"The talks are over," said Meera Iyer, who traveled from Pune to attend the summit.')
    assert a["source"]["text"] == "Meera Iyer, who traveled from Pune to attend the summit"
    # with no comma, the source ends before the relative word; with none, nothing is read
    found = atts('"The talks are over," said Ravi Menon, a trade consultant in Delhi who said he would not vote for '
                 'the pact.')
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [
        ("Ravi Menon, a trade consultant in Delhi", "said"), ("who", "said")]
    a = one('"The talks are over," said Ravi Menon, a trade consultant the minister hired last year.')
    assert a["source"]["text"] == "Ravi Menon, a trade consultant the minister hired last year"


def test_a_dash_signature_after_a_no_break_space_or_on_the_next_line_names_the_quote():
    text = ("“The sanctions will hurt ordinary people more than the government.”\xa0― Maria Lopez\xa0\n"
            "“Nobody in this town believes the deal will last the year.”\n\n- Carlos Ruiz.\n\n"
            "“The talks were a waste of everybody's time.” ―\xa0Nell Carden Grey")
    found = [(a["rule"], a["source"]["text"], a["cue"]["text"]) for a in atts(text)]
    assert found == [("punct_frame", "Maria Lopez", "―"), ("punct_frame", "Carlos Ruiz", "-"),
                     ("punct_frame", "Nell Carden Grey", "―")]


def test_a_dash_after_a_quote_that_opens_prose_or_a_list_signs_nothing():
    text = ("He promised “a tremendous plan for the region.”\n\n"
            "- Reduce the tariffs on steel imports from India.\n\n"
            "“The talks were a waste of everybody's time.” ― a remark heard often in the capital this week")
    assert [a for a in atts(text) if a["rule"] == "punct_frame"] == []


BODY = "\n\nThe figures were published on Tuesday, a week before the vote in the state legislature."


@pytest.mark.parametrize("headline, source, kind", [
    ("Poll: Modi and Gandhi hold narrow leads in Uttar Pradesh.", "Poll", "document"),
    ("EXCLUSIVE – Rahul Gandhi: Don’t Trust the Sanctions Waiver.", "Rahul Gandhi", "named_person"),
    ("Jaishankar to Pompeo: India will decide its own oil purchases.", "Jaishankar", "named_person"),
    # a document with whose it is, where the word alone would be a kicker ("Editorial:", "REPORT:")
    ("IG report: State was inaccurate on the sanctions waiver.", "IG report", "document"),
    ("WSJ editorial: India must not give up its Iranian oil.", "WSJ editorial", "document"),
])
def test_a_headline_opened_by_who_says_it_is_an_attribution(headline, source, kind):
    a = next(a for a in atts(headline + BODY) if a["rule"] == "headline_label")
    assert (a["source"]["text"], a["source"]["kind"], a["cue"]["text"]) == (source, kind, ":")
    assert a["content"]["text"] == headline[headline.index(":") + 2:].rstrip(".")


def test_a_name_before_a_headline_quoted_in_single_marks_is_its_speaker():
    # the article quotes in double marks; the headline in single ones, as US papers do
    text = ("Carly Fiorina: 'Bill Clinton's fair game.'\n\n\"Of course he is fair game,\" Fiorina told "
            "\"Fox and Friends\" on Monday.")
    a = next(a for a in atts(text) if a["rule"] == "headline_label")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "Carly Fiorina", ":", "Bill Clinton's fair game.")
    # a place before such a quote is the story's setting, not its speaker
    text = "Syria: 'rebels advance'\n\n\"We are close,\" a commander told reporters on Monday."
    assert not any(a["rule"] == "headline_label" for a in atts(text))


def test_a_headline_in_single_marks_quotes_in_an_article_that_quotes_in_double_ones():
    body = '\n\n"We are close," a commander told reporters on Monday.'
    a = next(a for a in atts("Erdogan slams EU over migrants: 'We will open the gates'" + body)
             if a["cue"]["text"] == "slams")
    assert (a["source"]["text"], a["content"]["text"], a["quote"]) == ("Erdogan", "We will open the gates", "direct")
    # a quote that is only part of what the label's speaker says keeps the rest
    a = next(a for a in atts("Bill Clinton: Hillary 'Better Qualified to Be President Than I Was'" + body)
             if a["rule"] == "headline_label")
    assert (a["source"]["text"], a["content"]["text"], a["quote"]) == (
        "Bill Clinton", "Hillary 'Better Qualified to Be President Than I Was", "mixed")  # (as mixed quotes end)


@pytest.mark.parametrize("text, source", [
    # a name the model cannot read in a title-case headline, but does in the article below it
    ("Factcheckr: Modi Is Right About Oil Imports From Iran.\n\nThe fact-checking site Factcheckr found on "
     "Monday that the claim was true.", "Factcheckr"),
    # ... even when its last word alone would be a kicker ("Watch:")
    ("Sanctions Watch: India Paid Russia For The S-400 Last Year.\n\nThe contracts were studied by Sanctions "
     "Watch, a group in Washington, for a year.", "Sanctions Watch"),
])
def test_a_headline_label_the_article_names_below_is_its_speaker(text, source):
    a = next(a for a in atts(text) if a["rule"] == "headline_label")
    assert (a["source"]["text"], a["source"]["kind"], a["cue"]["text"]) == (source, "named_org", ":")
    # a label the article does not name below stays a kicker
    other = "Bombshell" + text[text.index(":"):text.index("\n")] + "\n\nOfficials studied the contracts for a year."
    assert not [a for a in atts(other) if a["rule"] == "headline_label"]


@pytest.mark.parametrize("headline", [
    "The Latest: Modi and Gandhi hold narrow leads in Uttar Pradesh.",
    "Breaking: The vote in Uttar Pradesh is delayed by a week.",
    "NEW DELHI: Modi and Gandhi hold narrow leads in Uttar Pradesh, the figures show.",
    "Rahul Gandhi: Reformer or another typical career politician?",
    "Modi and Gandhi: A tortured relationship in two acts.",
    "Silence Over Sanctions: the vote in Uttar Pradesh is delayed by a week.",
    "India-U.S. Relations: Issues for Congress",
    "Special Report: The vote in Uttar Pradesh is delayed by a week.",
    "EDITORIAL: The vote in Uttar Pradesh is delayed by a week.",
])
def test_a_headline_label_that_names_no_speaker_is_not_an_attribution(headline):
    assert not [a for a in atts(headline + BODY) if a["cue"] and a["cue"]["text"] == ":"]


@pytest.mark.parametrize("text, source", [
    ("“Nobody claims that all is well,” Priya Nair, a senior outside Modi adviser, said in Pune.",
     "Priya Nair, a senior outside Modi adviser"),
    ("\"The S-400 purchase does not change our operations in the region,\" said Pentagon spokesman Navy Capt. "
     "Jeff Davis, who was asked about India.", "Pentagon spokesman Navy Capt. Jeff Davis"),
])
def test_a_speaker_the_parser_hung_on_the_quote_or_on_nothing_still_speaks(text, source):
    a = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert a["source"]["text"] == source and a["cue"]["text"].startswith("said")


def test_an_opening_mark_typed_for_a_closing_one_ends_the_quote():
    text = "“It's unusual,“ said Rahul Verma, an attorney. “I think it is.”"
    assert [text[s:e] for s, e in find_quotes(text)] == ["It's unusual,", "I think it is."]
    assert find_quotes("He said “the deal is “dead” and buried.") == [(9, 21), (22, 26)]


def test_a_quote_inside_a_quote_in_the_same_marks_is_part_of_it():
    text = "He called it “a “deal” of sorts” and “a mess”."
    assert [text[s:e] for s, e in find_quotes(text)] == ["a “deal” of sorts", "a mess"]
    # readers' comments, each signed after a dash: each goes to its own name
    text = ("Readers wrote in after the debate.\n\n"
            "“He was rude and he did not answer the questions. It was a poor night for him.” ― Maria Lopez\n\n"
            "“As a young voter I would rather live in what he calls “chaos” than vote for him.” ― Ana Ruiz")
    found = [(a["source"]["text"], a["content"]["text"][:10]) for a in atts(text) if a["rule"] == "punct_frame"]
    assert found == [("Maria Lopez", "He was rud"), ("Ana Ruiz", "As a young")]


@pytest.mark.parametrize("text, content", [
    ("The reporter asked the minister if India would keep buying Iranian oil.", "if India would keep buying Iranian oil"),
    ("The lieutenant asked the recruits if they were always so calm.", "if they were always so calm"),
    ("Radio host Karan Thapar asked Jaishankar about remarks he had made the day before.",
     "about remarks he had made the day before"),
])
def test_whom_a_question_is_put_to_is_not_the_question(text, content):
    a = one(text)
    assert a["cue"]["text"] == "asked" and a["content"]["text"] == content


def test_what_was_told_is_the_clause_after_whom_it_was_told_to():
    a = one("Prime Minister Narendra Modi told the audience at his rally for farmers that he and the finance "
            "minister had multiple conversations on Thursday.")
    assert a["cue"]["text"] == "told"
    assert a["content"]["text"] == "that he and the finance minister had multiple conversations on Thursday"
    b = next(a for a in atts("“Get your flags ready because we’ve got an election to win!” he told the cheering crowd.")
             if a["rule"] == "quote_frame")
    assert (b["source"]["text"], b["cue"]["text"]) == ("he", "told")
    assert b["content"]["text"].startswith("Get your flags ready")


def test_a_that_clause_read_as_relative_to_whom_it_was_told_is_what_was_told():
    # the parser hangs "that China firmly opposes ..." on "briefing" as if it said which briefing
    a = one("The ministry's spokesperson told a regular briefing that China firmly opposes the move.")
    assert a["content"]["text"] == "that China firmly opposes the move"
    # a noun's own that-clause stays with it
    a = one("The senator questioned the idea that the treaty was dead.")
    assert a["content"]["text"] == "the idea that the treaty was dead"


def test_seeming_to_report_is_a_report_by_the_subject():
    a = one("The minister appeared to suggest that the talks on the S-400 deal might not resume this year.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("The minister", "appeared to suggest")
    assert a["content"]["text"] == "that the talks on the S-400 deal might not resume this year"
    b = one("The deal seems to be dead.")  # what seems so is framed, and nobody speaks
    assert b["source"] is None and b["cue"]["text"] == "seems"


def test_q_and_a_labels_are_transcript_turns_and_name_nobody():
    text = ("The minister spoke to the paper in Delhi. The interview has been edited for length.\n\n"
            "Q: What did you tell your American counterpart about the S-400 deal?\n\n"
            "A: I told him that India decides its own defence purchases and always will.")
    turns = [(a["source"]["text"], a["source"]["kind"]) for a in atts(text) if a["rule"] == "transcript_turn"]
    assert turns == [("Q", "anonymous"), ("A", "anonymous")]
    briefing = ("MR PRICE: We have made our position on the sanctions clear to our partners in Delhi.\n\n"
                "QUESTION: Will India get a waiver for the S-400 deal?\n\n"
                "MR PRICE: I am not going to get ahead of the Secretary on that question today.")
    kinds = {(a["source"]["text"], a["source"]["kind"]) for a in atts(briefing) if a["rule"] == "transcript_turn"}
    assert kinds == {("MR PRICE", "named_person"), ("QUESTION", "anonymous")}


def test_a_name_right_before_a_colon_and_a_quote_introduces_it_unless_it_is_a_byline():
    text = ("The timing does not surprise Indian defence analyst Rahul Bedi: “Historically, buyers of Russian arms "
            "have seen the biggest waivers from Washington.”")
    a = next(a for a in atts(text) if a["rule"] == "punct_frame")
    assert (a["source"]["text"], a["cue"]["text"]) == ("Indian defence analyst Rahul Bedi", ":")
    byline = ("DEFENCE BEAT—“The deal is on,” by Times’ Rahul Bedi: “The Indian Air Force will get its first S-400 "
              "squadron by the end of next year.”")
    assert not [a for a in atts(byline) if a["rule"] == "punct_frame"]


def test_a_name_set_off_by_a_dash_before_a_colon_speaks_not_the_verb_before_it():
    text = ("The ceasefire held overnight. Analysts weigh the risks - Anna Kowalczyk: “The lull will not last past "
            "the winter.” More from Tomas Varga: “Both armies are rearming.”")
    assert [(a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in atts(text)] == [
        ("punct_frame", "Anna Kowalczyk", ":", "The lull will not last past the winter."),
        ("punct_frame", "Tomas Varga", ":", "Both armies are rearming.")]
    # without a name the model knows after the dash, the quote is not dropped but left to the verbs
    text = "She said the partner was firm - at one point even telling the client: “You must ask her, not me.”"
    assert [a["rule"] for a in atts(text) if a["quote"] == "direct"] == ["quote_frame"]


def test_a_verb_after_a_quote_frames_it_even_when_a_later_quote_is_hung_on_it():
    text = ('"The Indian people do not agree with the sanctions," Tharoor said, suggesting a few questions, '
            'including, "Mr. Pompeo, do you really think that Delhi will give up a deal it signed?"')
    found = [(a["cue"]["text"], a["content"]["text"][:20]) for a in atts(text) if a["rule"] == "quote_frame"]
    assert found[0] == ("said", "The Indian people do")
    assert found[1][0] == "suggesting"


@pytest.mark.parametrize("text, source, cue, content", [
    ("The minister went on to explain that the S-400 deal was not negotiable.", "The minister", "went on to explain",
     "that the S-400 deal was not negotiable"),
    ("The senator was able to consistently tout his record on defence jobs.", "The senator",
     "was able to consistently tout", "his record on defence jobs"),
])
def test_a_cue_hung_on_a_catenative_or_an_adjective_speaks_for_the_subject(text, source, cue, content):
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (source, cue, content)


@pytest.mark.parametrize("text, cue, content", [
    ("The Chinese envoy responded by saying that the sanctions were illegal.", "responded by saying",
     "that the sanctions were illegal"),
    ("The minister began by talking about the S-400 deal.", "began by talking about", "the S-400 deal"),
    ('At the briefing, the envoy responded to the question by saying: "We will not give it up."',
     "responded to the question by saying", "We will not give it up."),
    ("The envoy has so far refrained from criticizing the sanctions.", "has so far refrained from criticizing",
     "the sanctions"),
    ("The envoy quickly pivoted to arguing that the sanctions would fail.", "quickly pivoted to arguing",
     "that the sanctions would fail"),
])
def test_a_verb_that_leads_to_a_report_through_a_preposition_opens_its_cue(text, cue, content):
    a = one(text)
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)


def test_a_verb_with_an_object_of_its_own_stays_out_of_the_cue_after_by():
    a = one("The minister began her speech by criticizing the sanctions on Iran.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("The minister", "criticizing")


def test_a_participle_on_a_speaking_noun_is_that_nouns_report():
    a = one("A petition calling on the government to cancel the S-400 deal got 500,000 signatures.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("A petition", "calling on")
    assert a["content"]["text"] == "the government to cancel the S-400 deal"  # not the sentence's own verb
    b = one("Protest groups demanding an end to the sanctions marched to the embassy.")
    assert (b["source"]["text"], b["cue"]["text"], b["content"]["text"]) == (
        "Protest groups", "demanding", "an end to the sanctions")
    assert atts("The rules limiting imports of Iranian oil have been in force since May.") == []


def test_called_for_someone_to_act_takes_for_into_the_cue_and_someone_into_the_content():
    a = one("The senator called for female officers to wear shorter hair that showed more discipline.")
    assert (a["cue"]["text"], a["content"]["text"]) == (
        "called for", "female officers to wear shorter hair that showed more discipline")


def test_a_participle_on_an_object_that_speaks_for_nobody_is_the_subjects_report():
    a = one("The prime minister would have a hard time vetoing a bill that cuts fuel taxes.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "The prime minister", "vetoing", "a bill that cuts fuel taxes")


def test_of_two_subjects_set_apart_the_nearer_speaks():
    text = "''That, sadly,'' he said, ''is how things now stand in Delhi.''"
    a = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert (a["source"]["text"], a["cue"]["text"]) == ("he", "said")
    assert [text[s:e] for s, e in a["content_parts"]] == [
        "That, sadly,", "is how things now stand in Delhi."]


def test_titles_and_a_name_between_a_quote_and_its_verb_are_the_speaker_even_when_mistagged():
    from spacy.tokens import Doc
    words = ["“", "We", "will", "comply", ",", "”", "Tulsa", "police", "Chief", "Chuck", "Jordan", "said", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(pipeline.nlp().vocab, words=words, spaces=[False, True, True, False, False, True, True, True, True, True,
                                                          True, False, False],
              pos=pos, ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    quote_end = doc[4].idx + 1
    head, (s, e) = subjects.name_before_verb(doc[11], quote_end)  # the tagger took "Tulsa" for a verb
    assert head.text == "Jordan" and doc.text[s:e] == "Tulsa police Chief Chuck Jordan"
    words_with_verb = Doc(pipeline.nlp().vocab, words=["“", "No", ",", "”", "Jordan", "insisted", "and", "said", "."],
                          pos=["PUNCT", "INTJ", "PUNCT", "PUNCT", "PROPN", "VERB", "CCONJ", "VERB", "PUNCT"],
                          ents=["O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    assert subjects.name_before_verb(words_with_verb[7], words_with_verb[2].idx + 1) is None


def test_a_verb_that_opens_its_sentence_before_a_quote_has_the_name_after_it_as_speaker():
    text = ("Analysts say the plan would make the deal harder. Said Bedi: “I don’t get the sense the ministry is "
            "the least bit interested in reform.”")
    a = saying(text, "I don’t")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"]) == ("quote_frame", "Bedi", "Said")


def test_a_dateline_in_capitals_is_not_part_of_what_was_said():
    assert one("WASHINGTON ― The S-400 deal is a turning point for ties with Moscow, Pompeo said on Monday."
               )["content"]["text"] == "The S-400 deal is a turning point for ties with Moscow"
    assert one("US-India ties are strong, the minister said.")["content"]["text"] == "US-India ties are strong"


def test_a_quoted_title_after_the_verb_is_not_the_speaker():
    text = ("“He is quite right. There is a deep gap between this government and frankly the minister "
            "and our army,” Bipin Rawat, a top BJP surrogate, said Thursday morning on Zee News’s “Morning Desk.”")
    a = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert a["source"]["text"] == "Bipin Rawat, a top BJP surrogate"


def test_a_verb_after_a_quote_inside_a_report_before_it_does_not_frame_the_quote():
    text = ("Jaishankar said the talks “should be over by the summer,” referring to the round due in Geneva. "
            "The minister said he “values the patience and care” shown by the Russian side.")
    found = atts(text)
    first = next(a for a in found if "summer" in a["content"]["text"])
    assert (first["source"]["text"], first["cue"]["text"]) == ("Jaishankar", "said")
    assert first["content"]["text"].startswith("the talks")
    second = next(a for a in found if "patience" in a["content"]["text"])
    assert (second["source"]["text"], second["cue"]["text"]) == ("The minister", "said")


def test_a_frame_the_parser_joined_on_with_and_still_frames_the_sentence():
    a = one("In nearby Jamnagar, the old refinery is holding on, but it is under heavy pressure from cheap imports, "
            "said the plant's general manager, Arun Mehta.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("the plant's general manager, Arun Mehta", "said")
    assert a["content"]["text"].startswith("In nearby Jamnagar, the old refinery is holding on")
    # a second predicate with words of its own and a clause before it frames nothing
    text = ("The couple from Kabul has lived in this town for two years, and though they know hardly any Hindi, "
            "their faces said a lot.")
    assert not [a for a in atts(text) if a["rule"] == "verb_parenthetical"]


def test_a_relative_clause_that_reports_is_found_inside_another_report():
    text = "The minister criticised the sanctions, which he said had harmed the farm economy."
    inner = next(a for a in atts(text) if a["rule"] == "nested_complement")
    assert (inner["source"]["text"], inner["cue"]["text"]) == ("he", "said")
    assert [text[s:e] for s, e in inner["content_parts"]] == ["which", "had harmed the farm economy"]


def test_a_speaker_the_parser_hung_on_the_opening_phrase_is_the_subject():
    a = one("In addition to the ministry, a group of retired generals and former diplomats have vouched for "
            "the pact's value.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("a group of retired generals and former diplomats",
                                                      "have vouched for")
    text = ("In a statement to the Hindu, his senior policy adviser, Arvind Rao, said the waiver would "
            "come by March.")
    assert one(text)["source"]["text"] == "his senior policy adviser, Arvind Rao"
    # a place set off inside the opening phrase is not the speaker
    text = ("At a rally in St. Louis, Missouri, 58-year-old Meena Joshi also railed against the deal, "
            "and explained how much it upset her.")
    assert all((a["source"] or {}).get("text") != "Missouri" for a in atts(text))


def test_a_quote_that_opens_its_sentence_is_said_by_the_noun_after_the_next_verb():
    for text, source, cue in (("“Modi is a disgrace,” read one placard.", "one placard", "read"),
                              ("“INDIA SAYS NO,” blared the front page of the Tribune.", "the front page of the Tribune",
                               "blared"),
                              ("“Please keep your phones switched off,” begins a message played before every rally.",
                               "a message played before every rally", "begins")):
        a = one(text)
        assert (a["rule"], a["source"]["text"], a["cue"]["text"]) == ("quote_frame", source, cue)
    # no comma closing a quoted sentence, or a verb that opens a sentence after it: no frame
    assert atts("“Sita” is my eldest daughter.") == []
    text = "The count goes on.\n\nRead the latest updates below:\n\n“The talks in Delhi went on until late.”"
    assert [a for a in atts(text) if a["source"]] == []


def test_the_one_a_verb_of_feeling_moves_is_the_source():
    a = one("The remark has angered the party's top leaders.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "the party's top leaders", "has angered", "The remark")
    found = atts("The waiver worried some analysts and diplomats, who pointed out that it would expire in May.")
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [
        ("some analysts and diplomats", "worried"), ("who", "pointed out")]
    a = one("Party leaders were angered by the remark.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "Party leaders", "were angered by", "the remark")
    # a phrasal verb with another sense keeps its subject as the source
    a = one("Mr. Modi quickly rattled off his usual lines about the deal.")
    assert a["source"]["text"] == "Mr. Modi"


def test_a_verb_whose_object_announces_the_text_after_a_colon():
    a = one("The minister made the following comment: “For young people leaving school, there is no work.”")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["quote"]) == (
        "statement_below", "The minister", "made the following comment:", "direct")
    assert a["content"]["text"].startswith("For young people")
    text = ("The embassy released the following statement:\n\nIndia and the United States held talks in Delhi on "
            "Monday.\n\nThe talks end today.")
    a = next(a for a in atts(text) if a["rule"] == "statement_below")
    assert a["content"]["text"] == "India and the United States held talks in Delhi on Monday"


def test_a_reporting_verb_whose_colon_ends_its_paragraph_says_the_next():
    text = ("Pressed on the sanctions, the minister added:\n\nNo government in Delhi will sign a deal written in "
            "another capital. We will answer it.\n\nThe talks resumed on Monday.")
    a = one(text)
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["quote"]) == (
        "statement_below", "the minister", "added:", "indirect")
    assert a["content"]["text"] == "No government in Delhi will sign a deal written in another capital. We will answer it"
    # a verb that is rarely a cue announces a list, not speech
    assert atts("The delegation included:\n\nThree ministers, two generals and an envoy.") == []


def test_a_statement_below_its_frame_keeps_the_reports_it_makes_itself():
    # the speaker's own "as you pointed out" is part of what he added, not a report that takes it
    text = ("The governor added:\n\nIt is typical of the minister. The same way, as you very aptly pointed "
            "out, people jumped to conclusions in the capital.\n\nThe talks resumed on Monday.")
    a = next(a for a in atts(text) if a["rule"] == "statement_below")
    assert (a["source"]["text"], a["cue"]["text"]) == ("The governor", "added:")
    assert a["content"]["text"].startswith("It is typical") and a["content"]["text"].endswith("in the capital")
    # but "as X notes:" reports the clause it closes, not the paragraph after it
    text = ("Few documents shaped the movement more, as the foundation's website notes:\n\n"
            "In the fall of 1960, some 90 young activists met in Sharon.")
    a = one(text)
    assert (a["rule"], a["cue"]["text"], a["content"]["text"]) == (
        "as_reported", "notes", "Few documents shaped the movement more")


def test_a_report_in_a_phrase_before_a_passive_clause_is_its_subjects():
    a = one("After saying the talks had failed, the minister was flown back to Delhi.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "the minister", "saying", "the talks had failed")
    a = next(a for a in atts("Modi said little about the envoy, apart from saying that the talks went well.")
             if a["cue"]["text"] == "saying")  # the phrase hangs on an adverb
    assert (a["source"]["text"], a["content"]["text"]) == ("Modi", "that the talks went well")


def test_according_to_in_mid_sentence_frames_the_side_that_is_a_clause():
    a = one("Some 59 percent of voters view the pact unfavorably, according to a Mint poll last week - "
            "virtually the same as the figure for the visa deal in May.")
    assert (a["rule"], a["content"]["text"]) == ("according_to", "Some 59 percent of voters view the pact unfavorably")


def test_a_frame_set_off_in_a_sentence_holds_the_attributions_inside_it():
    text = ("In a meeting with bankers, Politico reported, according to sources in the room, the minister tried to "
            "calm fears by telling them he was not going to cut rates.")
    found = atts(text)
    assert [(a["rule"], a["source"]["text"]) for a in found][:2] == [
        ("verb_parenthetical", "Politico"), ("according_to", "sources in the room")]
    assert [text[s:e] for s, e in found[0]["content_parts"]][0] == "In a meeting with bankers"


def test_a_frame_set_off_holds_a_quote_that_ends_the_sentence():
    # the quote's record ends after its closing period; the part of the sentence it lies in does not
    for text, who, believers, first in (
            ('During her four years as envoy, Ms. Rao said, a majority of farmers have come to believe '
             '"that the river will not return." Rainfall has fallen by half since 2010.',
             "Ms. Rao", "a majority of farmers", "During her four years as envoy"),
            ('In his two terms as mayor, Mr. Silva said, most residents have come to believe '
             '"that the canal is worth its cost." Rainfall has fallen by half since 2010.',
             "Mr. Silva", "most residents", "In his two terms as mayor")):
        found = atts(text)
        assert [(a["rule"], a["source"]["text"]) for a in found] == [
            ("verb_parenthetical", who), ("quote_frame", believers)]
        assert [text[s:e] for s, e in found[0]["content_parts"]][0] == first
        assert text[slice(*found[0]["content_parts"][1])].startswith(believers + " have come to believe")


def test_the_speaker_of_an_as_aside_the_parser_read_as_a_preposition():
    # (also when the parser reads "as" as a clause's mark and sees two subjects)
    for text, who, cue, first in (
            ("The treaty, as one of the minister's legal advisers pointed out, normally does not cover naval vessels.",
             "one of the minister's legal advisers", "pointed out", "The treaty"),
            ("Iran, as two of the minister's advisers noted, normally does not sell oil at a discount.",
             "two of the minister's advisers", "noted", "Iran"),
            ("Kashmir, as one of the army's senior officers pointed out, normally does not see back-to-back attacks.",
             "one of the army's senior officers", "pointed out", "Kashmir")):
        a = one(text)
        assert (a["source"]["text"], a["cue"]["text"]) == (who, cue)
        assert [text[s:e] for s, e in a["content_parts"]][0] == first
    # where the model tags the "one" a number (after another "one of" before it), all the same
    text = ("Waves crashed on the rocks below the house, the sea churned by one of two storms spinning close to "
            "the coast. Guam, as one of the governor's climate advisers pointed out, normally does not get "
            "back-to-back storms.")
    assert one(text)["source"]["text"] == "one of the governor's climate advisers"


@pytest.mark.parametrize("text, cue, content", [
    # an adverb between the cue verb and what it reports is the cue's ...
    ("The ambassador noted repeatedly that the pipeline had been delayed.", "noted repeatedly",
     "that the pipeline had been delayed"),
    ("Beijing shot back that the patrols were illegal.", "shot back", "that the patrols were illegal"),
    ("The spokesman said privately that the visit was off.", "said privately", "that the visit was off"),
    # ... but a sentence adverb turns the argument; it is not how the thing was said
    ("The minister said however that no date had been set.", "said", "that no date had been set"),
    # a day before an unmarked reported clause is the cue's, not what was said ...
    ("The minister said Friday the deal was dead.", "said Friday", "the deal was dead"),
    # ... and after a recipient it is neither
    ("The president told voters this weekend he would consider it an insult.", "told",
     "he would consider it an insult"),
    ("The general told senators Tuesday his troops were ready.", "told", "his troops were ready"),
])
def test_what_comes_between_the_cue_verb_and_what_it_reports(text, cue, content):
    a = one(text)
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)


def test_seem_and_appear_frame_no_quote_and_no_aside():
    # "seemed" is how the writer reads the speaker; the quote is framed by the verb it leads to
    a = one("“We are ready,” the general seemed to suggest on Tuesday.")
    assert (a["rule"], a["source"]["text"], a["content"]["text"]) == ("quote_frame", "the general", "We are ready,")
    assert a["cue"]["text"].endswith("suggest")
    # "it seems" set off in a sentence is a hedge, not a source
    assert atts("The deal, it seems, is dead.") == []


def test_a_clause_with_no_subject_after_a_closing_verb_is_how_it_was_said():
    a = one("“We will not sign,” the minister said, seeming annoyed.")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "quote_frame", "the minister", "said", "We will not sign,")


def test_concluding_an_agreement_is_its_state_not_a_report():
    # the agreements table shows that the annex is signed; nobody is quoted
    assert atts("Japan and Canada have concluded the Information Security Annex, which will ease arms trade.") == []
    assert atts("The two navies signed a logistics pact in Delhi on Monday.") == []
    # an agreement with its terms spelt out states them, as PolNeAR marks it
    a = one("The two states signed an accord to let lorries cross the frontier.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("The two states", "signed")


def test_a_short_quoted_question_before_its_frame_is_speech():
    a = one("“Is it over?” she said, but her husband had already left the room.")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"], a["quote"]) == (
        "quote_frame", "she", "said", "Is it over?", "direct")
    # a short quoted phrase with no question or cry is still a scare quote
    assert all(a["rule"] != "quote_frame" for a in atts(
        "“Reckless,” the minister said, but the talks went on all the same."))


def test_an_aside_whose_speaker_the_parser_hung_on_the_noun_before_it():
    text = "To understand the real Nehru, Chief Justice Chandrachud said, one should visit this library."
    a = one(text)
    assert (a["rule"], a["source"]["text"], a["cue"]["text"]) == ("verb_parenthetical", "Chief Justice Chandrachud", "said")
    assert [text[s:e] for s, e in a["content_parts"]] == ["To understand the real Nehru", "one should visit this library"]


def test_reportedly_marks_a_report_with_no_source():
    text = "The navy is reportedly preparing a second carrier group for the Gulf."
    a = one(text)
    assert (a["rule"], a["source"], a["cue"]["text"], a["quote"]) == ("reported_adverb", None, "reportedly", "indirect")
    assert [text[s:e] for s, e in a["content_parts"]] == ["The navy is", "preparing a second carrier group for the Gulf"]
    # on a verb that reports of its own, it is part of that verb's cue
    a = one("The envoy reportedly said that the talks were over.")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"]) == ("verb_complement", "The envoy", "reportedly said")


def test_a_noun_cue_runs_over_its_own_modifiers():
    a = one("The envoy's effusive praise of the pact surprised Delhi.")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "noun_cue", "The envoy's", "effusive praise of", "the pact")


def test_an_aside_that_names_whom_it_was_told_to():
    # the parser joins "told" to the sentence's verb and hangs the recipient on it as an object
    for text, content in (
            ("Delhi would accept the waiver terms, but only if it can be shown that they protect its oil imports, "
             "Anil Verma told The Hindu on Thursday.",
             "Delhi would accept the waiver terms, but only if it can be shown that they protect its oil imports"),
            ("The navy could send a second carrier, but only if the cabinet agrees that the risk is worth it, "
             "Anil Verma told reporters on Monday.",
             "The navy could send a second carrier, but only if the cabinet agrees that the risk is worth it")):
        a = atts(text)[0]
        assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
            "verb_parenthetical", "Anil Verma", "told", content)


def test_whom_a_warning_is_given_to_with_its_topic_is_no_aside():
    # the parser hangs "of 'catastrophe'" on the council; "warns" is no aside framing the "as" clause
    text = "Lavrov warns Security Council of 'catastrophe' as Gaza aid runs short\n\nThe talks ended on Monday."
    found = newslens.analyze(newslens.Article(id="t", text=text)).records["attributions"]
    assert [a["rule"] for a in found] == ["verb_complement"]
    assert "catastrophe" in found[0]["content"]["text"] and "Gaza" not in found[0]["content"]["text"]


def test_a_clause_the_parser_read_as_a_noun_phrase_before_an_inverted_frame():
    # the parser makes "The plan ... appeals" a second subject of "said"
    a = one("The plan to cut fuel duty appeals to rural drivers, said Meera Rao, an economist at Pune University.")
    assert a["source"]["text"] == "Meera Rao, an economist at Pune University"
    assert a["cue"]["text"] == "said"
    assert a["content"]["text"] == "The plan to cut fuel duty appeals to rural drivers"


def test_a_quoted_phrase_that_runs_on_to_its_frame():
    a = one('The vote in Oslo marks "a turning point" for the alliance, said Lars Holm, a member of parliament.')
    assert a["source"]["text"] == "Lars Holm, a member of parliament"
    assert a["content"]["text"] == 'The vote in Oslo marks "a turning point" for the alliance'
    assert a["quote"] == "mixed"
    b = one("“We admire the ambition” of the budget, the minister said.")
    assert b["content"]["text"].endswith("of the budget") and b["source"]["text"] == "the minister"
    # a report of its own between the quote and the frame keeps the quote alone
    c = atts("“We admire the ambition” of the budget, Rao argued in Delhi, the minister said.")
    assert not any(x["content"]["text"].endswith("the budget") and x["cue"]["text"] == "said" for x in c)


def test_a_closing_frame_is_read_before_the_verbs_of_the_clause_it_reports():
    # the parser joins "could be convinced" to the first clause; read first, it would leave the
    # closing "told" nothing but the words before it
    a = one("Ortiz could back the treaty, but only if he could be convinced that it is a sound business "
            "decision, Sen. Priya Rao told The Hindu on Thursday.")
    assert a["source"]["text"] == "Sen. Priya Rao" and a["cue"]["text"] == "told"
    assert a["content"]["text"].startswith("Ortiz could back the treaty, but only if")
    assert a["content"]["text"].endswith("a sound business decision")


def test_said_the_same_reports_the_same():
    a = one("Last year, 30 percent said the same of the opposition.")
    assert a["source"]["text"] == "30 percent" and a["cue"]["text"] == "said"
    assert a["content"]["text"] == "the same of the opposition"


def test_a_second_report_beside_the_first_ends_its_content():
    # the parser hangs the second "said" on the first; what the voters said ends before it
    found = atts("Six in 10 voters said the mayor is honest, and three-quarters said she is decisive.")
    first = next(a for a in found if a["source"]["text"] == "Six in 10 voters")
    assert first["content"]["text"] == "the mayor is honest"


def test_a_source_starts_after_a_dash_that_ends_the_clause_before_it():
    a = one("The fight over the budget is familiar - Prime Minister Narendra Modi has vowed to cut the deficit, "
            "and the opposition wants more spending.")
    assert a["source"]["text"] == "Prime Minister Narendra Modi" and a["cue"]["text"] == "has vowed"


def test_a_dash_the_parser_made_a_subject_is_not_the_speaker():
    found = atts("When Rao noted that Modi has occasionally not paid anything in state taxes ― as was true for "
                 "the few years his returns were made public ― Modi boasted, “That makes me smart.”")
    boast = next(a for a in found if a["cue"]["text"] == "boasted")
    assert boast["source"]["text"] == "Modi"


def test_a_horizontal_bar_at_the_edge_of_what_was_said_is_trimmed():
    assert one("The minister said the plan would fail ― and it did.")["content"]["text"] == "the plan would fail"


def test_a_person_set_off_after_an_opening_phrase_is_the_speaker():
    from spacy.tokens import Doc, Span
    # the parse the model gives 'With 50 days until the election, Minyon Moore, ... called ...'
    words = ["With", "50", "days", "until", "the", "election", ",", "Anita", "Desai", ",", "an", "adviser", ",",
             "called", "it", "a", "disaster", "."]
    heads = [13, 2, 0, 2, 5, 13, 5, 8, 5, 8, 11, 8, 8, 13, 16, 16, 13, 13]
    deps = ["prep", "nummod", "pobj", "prep", "det", "nsubj", "punct", "compound", "appos", "punct", "det",
            "appos", "punct", "ROOT", "nsubj", "det", "ccomp", "punct"]
    pos = ["ADP", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
           "PUNCT", "VERB", "PRON", "DET", "NOUN", "PUNCT"]
    doc = Doc(parse("x").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 7, 9, label="PERSON")]
    assert subjects.subject_of(doc[13]).text == "Desai"
    doc.ents = []  # an apposition that names nobody leaves the subject as it is
    assert subjects.subject_of(doc[13]).text == "election"


def test_the_means_a_speaker_uses_is_not_the_speaker():
    a = one("The ministers used strong words to condemn the attack.")
    assert a["source"]["text"] == "The ministers" and a["content"]["text"] == "the attack"
    # whom a verb pushes to act is who acts
    b = one("The crisis forced India to admit that the deal was dead.")
    assert b["source"]["text"] == "India" and b["content"]["text"] == "that the deal was dead"


def test_a_clause_of_time_after_a_closing_frame_sets_the_scene():
    found = atts("“You must step down,” Rao told the chairman, after he admitted under questioning he hadn’t been "
                 "held accountable.")
    told = next(a for a in found if a["cue"]["text"] == "told")
    assert told["source"]["text"] == "Rao" and told["content"]["text"].startswith("You must step down")


def test_a_time_inside_what_completes_the_object_does_not_cut_it():
    a = one("The senator has tried to use the ad against Rao, accusing him of being away when urgent "
            "reports came in during the floods.")
    assert a["content"]["text"].startswith("him of being away when urgent reports came in")


def test_a_time_inside_what_a_noun_reports_keeps_the_preposition_in_the_cue():
    a = one("Rao expressed concern about what happened during the night of the attack.")
    assert a["cue"]["text"] == "expressed concern about"
    assert a["content"]["text"] == "what happened during the night of the attack"


def test_as_someone_put_it_frames_the_sentence_around_it():
    a = one("The treaty is finished, as one envoy put it.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("one envoy", "put it")
    assert a["content"]["text"] == "The treaty is finished"
    b = one("As Priya Rao, a trade lawyer, recently put it, the tariffs are a tax on farmers.")
    assert b["cue"]["text"] == "recently put it" and b["content"]["text"] == "the tariffs are a tax on farmers"


def test_a_quantifier_floating_after_the_subject_is_part_of_the_cue():
    a = one("Narendra Modi and Shinzo Abe have both supported the plan.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("Narendra Modi and Shinzo Abe", "have both supported")
    b = one("But Rao and Mehta both stressed that the deal was dead.")
    assert (b["source"]["text"], b["cue"]["text"]) == ("Rao and Mehta", "both stressed")
    c = one("And both vowed to fight.")  # the quantifier that is the subject stays the source
    assert (c["source"]["text"], c["cue"]["text"]) == ("both", "vowed")


def test_since_inside_the_verb_group_is_part_of_the_cue():
    a = one("The minister has since said that the deal is dead.")
    assert a["cue"]["text"] == "has since said"


def test_a_phrase_between_the_auxiliary_and_the_verb_is_part_of_the_cue():
    assert one("Officials have in the past said that the deal is dead.")["cue"]["text"] == "have in the past said"
    assert one("Police had last month charged that the man lied.")["cue"]["text"] == "had last month charged"
    # a phrase before the verb group is not ("In the past, officials said ...")
    assert one("In the past, officials said that the deal was dead.")["cue"]["text"] == "said"


def test_a_participle_after_a_statement_and_its_day_is_in_the_cue():
    a = one("The ministry released a statement Wednesday evening, saying the talks had failed.")
    assert a["cue"]["text"] == "released a statement Wednesday evening, saying"
    assert a["content"]["text"] == "the talks had failed"


def test_according_to_a_noun_phrase_the_parser_read_as_a_verb():
    a = one("The minister repeatedly demeaned women, according to show insiders.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("show insiders", "according to")
    assert a["content"]["text"] == "The minister repeatedly demeaned women"


def test_a_signature_is_the_whole_run_of_names_when_the_model_sees_only_its_first():
    from spacy.tokens import Doc
    words = ["Nora", "Vance", "Whitby", "\n"]
    doc = Doc(pipeline.nlp().vocab, words=words, spaces=[True, True, False, False],
              pos=["PROPN", "PROPN", "PROPN", "SPACE"], ents=["B-PERSON", "O", "O", "O"])
    (s, e), head = quote_frames.dash_signer(doc, 0, len(doc.text))
    assert doc.text[s:e] == "Nora Vance Whitby" and head.text == "Whitby"
    doc = Doc(pipeline.nlp().vocab, words=["Nora", "Vance", ",", "Leeds"], spaces=[True, False, True, False],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN"], ents=["B-PERSON", "I-PERSON", "O", "B-GPE"])
    (s, e), _ = quote_frames.dash_signer(doc, 0, len(doc.text))
    assert doc.text[s:e] == "Nora Vance"  # the model's name, when the run is no longer


def test_a_dash_the_parser_takes_for_an_auxiliary_stays_out_of_the_cue():
    a = one("The report ― which draws on interviews with diplomats and officials, among others ― explains "
            "how the talks failed.")
    assert a["cue"]["text"] == "explains" and a["content"]["text"] == "how the talks failed"


def test_a_frame_with_a_report_of_its_own_keeps_what_it_closes_apart_from_the_quote_after():
    found = atts('The two leaders will meet next week, the spokesman said, adding, "Both must come to the table."')
    assert [(a["rule"], a["cue"]["text"], a["content"]["text"], a["quote"]) for a in found] == [
        ("verb_complement", "said", "The two leaders will meet next week", "indirect"),
        ("quote_frame", "adding", "Both must come to the table.", "direct")]


def test_a_relative_clause_whose_pronoun_speaks_nests_in_the_content_that_holds_it():
    found = atts("The minister criticized senators who say the treaty is already dead.")
    assert [(a["rule"], a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("verb_complement", "The minister", "criticized", "senators who say the treaty is already dead"),
        ("nested_complement", "who", "say", "the treaty is already dead")]


def test_as_someone_put_it_after_a_quote_frames_the_quote():
    found = atts('Several senators share her worries, mainly because the only test for the program is a '
                 '"lawful source of investment income," as a Treasury memo put it.')
    q = next(a for a in found if a["quote"] == "direct")
    assert (q["source"]["text"], q["cue"]["text"]) == ("a Treasury memo", "put it")
    assert not [a for a in found if a["cue"]["text"] == "share" and "lawful" in a["content"]["text"]]
    # a quote that completes a verb before it stays that verb's
    b = atts('The senator often pledges to "make the economy work for everyone, not just the rich," as she put it.')
    assert [(a["cue"]["text"], a["source"]["text"]) for a in b] == [("often pledges", "The senator")]


def test_those_a_passive_feeling_verb_describes_are_the_source_of_what_they_feel_about():
    a = one("Party leaders were angered that the minister had misled them.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == \
        ("Party leaders", "were angered", "that the minister had misled them")


@pytest.mark.parametrize("text, source, content", [
    ("The voters are split on whether the next president should be an outsider.", "The voters",
     "whether the next president should be an outsider"),
    ("Clinton is now assured of winning at least 334 delegates.", "Clinton", "winning at least 334 delegates"),
    ("The senators were persuaded that the treaty would hold.", "The senators", "that the treaty would hold"),
    # told, not holding a view: the subject is whom it was said to, with no source named
    ("The allies were assured that Washington would defend them.", None, "that Washington would defend them"),
    # brought to do something: the subject belongs to what is reported
    ("He was persuaded to support the senator after a meeting.", None, "He was persuaded to support the senator"),
])
def test_a_passive_whose_subject_holds_the_view_has_it_for_source(text, source, content):
    a = one(text)
    assert (a["source"]["text"] if a["source"] else None) == source
    assert a["content"]["text"].startswith(content)


@pytest.mark.parametrize("text, source, cue, content", [
    ("The plan quickly drew harsh criticism from both parties in the chamber.", "both parties in the chamber",
     "quickly drew harsh criticism", "The plan"),  # (the agent's "from" is not the cue's)
    ("The video has faced ridicule since it came out on Tuesday.", None, "has faced ridicule", "The video"),
])
def test_criticism_a_subject_draws_is_about_the_subject(text, source, cue, content):
    a = one(text)
    assert a["rule"] == "criticism_received"
    assert ((a["source"] or {}).get("text"), a["cue"]["text"], a["content"]["text"]) == (source, cue, content)


def test_a_source_does_not_end_with_a_dangling_conjunction():
    # the parser hangs the second conjunct on something else: the source keeps the first only
    found = atts("The envoy faced heavy criticism from regional newspapers and leftwing student activists.")
    assert [a["source"]["text"] for a in found] == ["regional newspapers"]


def test_a_report_that_closes_its_sentence_takes_its_closing_words_into_the_cue_quoted_or_not():
    a = one("The deal is dead and buried, the ministry said Monday in a statement.")
    assert (a["cue"]["text"], a["content"]["text"], a["quote"]) == \
        ("said Monday in a statement", "The deal is dead and buried", "indirect")


def test_names_outlet_takes_whole_names_or_leading_words():
    from newslens.speakers import names_outlet
    assert names_outlet("Daily Planet", "Daily Planet Online")
    assert names_outlet("the Daily Planet's", "The Daily Planet")
    assert not names_outlet("India", "Times of India")
    assert names_outlet("Sputnik", "Sputnik News")
    assert not names_outlet("India", "India Today")
    assert not names_outlet("Planet", "Online Planet")
    assert not names_outlet("Daily Planet", None)


def test_a_listed_subject_the_parser_splits_off_stays_in_what_was_said():
    for text in ("In a joint statement, the envoys said pressing global issues, including the famine, "
                 "the war in Sudan, climate finance were discussed.",
                 "At a joint briefing, they said pressing regional issues, including the border dispute, "
                 "the quest for a stable Sahel, piracy, migration were discussed."):
        a = one(text)
        assert a["content"]["text"].startswith("pressing") and a["content"]["text"].endswith("were discussed")


def test_summary_names_each_country_of_a_joint_source_once():
    s = summary(atts("The Indian minister and her US counterpart said that the pact was ready. "
                     "Indian officials said that it would be signed in March."))
    assert "sides heard: India, United States." in s


def test_a_nested_reports_content_runs_over_a_quoted_phrase():
    for text, said in [('As the ministry reported, the envoy also warned that the pact could '
                        '"weaken the whole alliance."', "that the pact could \"weaken the whole alliance"),
                       ('Trump claimed that the deal was smart, and that his lawyers had insisted that the talks had '
                        '"cleared the air" on trade.', "that the talks had \"cleared the air\" on trade")]:
        inner = next(a for a in atts(text) if a["rule"] == "nested_complement")
        assert inner["content"]["text"] == said


@pytest.mark.parametrize("text,said", [
    ("OSLO, May 9 (Newswire) - Norway will send two frigates to the Baltic, officials said.",
     "Norway will send two frigates to the Baltic"),
    ("NEW DELHI, June 5 - India will buy the jets, officials said.", "India will buy the jets"),
    ("Smith, Jones - the two rivals met on Monday, officials said.", "Smith, Jones - the two rivals met on Monday"),
    ("US approves arms sale\n\nBy Staff Reporter\n\nTAIPEI, Oct 26 — The United States has approved the sale of "
     "missile systems to Estonia, the Pentagon said on Friday.",
     "The United States has approved the sale of missile systems to Estonia"),
    ("Lima, April 24 (Newswire): Peru on Monday agreed to buy two frigates, the minister announced.",
     "Peru on Monday agreed to buy two frigates"),
])
def test_a_wire_dateline_is_not_what_was_said(text, said):
    assert one(text)["content"]["text"] == said


def test_an_agency_credit_left_by_a_city_parsed_apart_is_not_what_was_said():
    text = ("Headline\n\nTOKYO (Wire) - Japan is considering fresh sanctions against North Korea after the launch, "
            "two government officials said on Wednesday.\n")
    a = next(a for a in atts(text) if a["cue"]["text"] == "said")
    assert a["content"]["text"] == "Japan is considering fresh sanctions against North Korea after the launch"


def test_a_transcript_label_that_is_an_office_is_a_person_and_their_own_as_i_said_no_report():
    text = ("Q: Will the navy join the exercise next year?\n\n"
            "Foreign Secretary: As I noted, these decisions are taken by consensus.\n\n"
            "Q: And on trade?\n\nForeign Secretary: Work is going on.")
    found = atts(text)
    turns = [a for a in found if a["rule"] == "transcript_turn" and a["source"]["text"] == "Foreign Secretary"]
    assert len(turns) == 2 and all(t["source"]["kind"] == "named_person" for t in turns)
    assert not any(a["rule"] == "as_reported" for a in found)


@pytest.mark.parametrize("text,source,cue,content", [
    ("Anil Verma spoke to reporters in Delhi. In his view, the pact is a step forward.",
     "his", "view", "the pact is a step forward"),
    ("The deal is a mistake, in the minister's words.", "the minister's", "words", "The deal is a mistake"),
])
def test_in_someones_view_is_their_report(text, source, cue, content):
    a = next(a for a in atts(text) if a["rule"] == "noun_cue")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (source, cue, content)
    if source == "his":
        assert a["source"]["kind"] == "named_person" and a["source"]["entity_id"] is not None


def test_a_view_inside_the_clause_is_not_a_report():
    assert not any(a["rule"] == "noun_cue" for a in atts("Her standing grew in his view of the race."))


def test_a_speaker_the_parser_hangs_on_the_noun_before_the_verb_of_telling():
    a = one("Oslo is ready to send two frigates to the Baltic, a source in the defence ministry told the agency on Friday.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "a source in the defence ministry", "told", "Oslo is ready to send two frigates to the Baltic")


@pytest.mark.parametrize("head,source", [
    ("Oslo ready to send frigates to the Baltic - source", "source"),
    ("Norway will not give up the frigate deal — minister", "minister"),
    ("Oslo may buy more jets – officials", "officials"),
    ("Norway and Sweden sign defence pact - Newswire Agency", None),
    ("Talks on the pact resume in Oslo - Analysis", None),
    # a body that speaks, not a news agency crediting the story (the gazetteer knows Reuters)
    ("Norway and Sweden agree on frigate deal - Kremlin", "Kremlin"),
    ("Norway and Sweden agree on frigate deal - Reuters", None),
])
def test_a_headline_signed_after_a_dash(head, source):
    found = [a for a in atts(head + "\n\nThe talks went on for a week.") if a["rule"] == "headline_label"]
    if source is None:
        assert found == []
    else:
        [a] = found
        assert a["source"]["text"] == source and a["content"]["text"] == head.rsplit(" ", 2)[0]


@pytest.mark.parametrize("text, source", [
    ("A foreign ministry spokesperson, asked about the plans, said Tokyo welcomed any step that raises the cost "
     "of the programme.", "A foreign ministry spokesperson"),
    ("The ambassador, contacted by phone, said the talks were over.", "The ambassador"),
    # the parser hangs the closing comma on the participle
    ("China's foreign ministry spokesperson, asked at a regular briefing in Beijing, said countries should not "
     "\"form small circles\" that harm others' interests.", "China's foreign ministry spokesperson"),
])
def test_a_participle_set_off_before_the_verb_leaves_the_speaker_its_subject(text, source):
    a = one(text)
    assert a["source"]["text"] == source and a["cue"]["text"] == "said"


def test_a_quote_that_ends_a_that_clause_after_a_warning_is_mixed():
    a = one('The editorial warned that new sanctions would "only harden positions on the peninsula".')
    assert a["quote"] == "mixed" and a["cue"]["text"] == "warned"
    assert a["content"]["text"].startswith("that new sanctions would")
    b = one('The minister warned: "Sanctions will only harden positions on the peninsula."')
    assert b["quote"] == "direct" and b["content"]["text"].startswith("Sanctions")


def test_a_report_set_against_another_speakers_ends_before_while():
    found = atts("Some analysts believe the embargo has done little to slow the programme, "
                 "while others argue that enforcement is what matters.")
    outer = next(a for a in found if a["cue"]["text"] == "believe")
    inner = next(a for a in found if a["cue"]["text"] == "argue")
    assert outer["content"]["text"] == "the embargo has done little to slow the programme"
    assert inner["source"]["text"] == "others" and inner["content"]["text"] == "that enforcement is what matters"
    # a contrasting clause that reports nothing stays in what was said
    kept = one("Some analysts believe the embargo has done little, while the programme grew.")
    assert kept["content"]["text"] == "the embargo has done little, while the programme grew"


def test_a_quote_framed_before_it_is_not_given_to_the_next_sentence():
    found = atts('Asked about sanctions on the generals, a ministry spokesman said that "every option is still '
                 'open". He did not elaborate.')
    a = next(a for a in found if a["rule"] == "quote_frame")
    assert a["source"]["text"] == "a ministry spokesman" and a["cue"]["text"] == "said"
    # a quote that opens its sentence still takes the frame the parser split off after it
    b = one("“Is anybody listening to the region?” The envoy asked.")
    assert b["source"]["text"] == "The envoy" and b["cue"]["text"] == "asked"


def test_a_relative_clause_that_reports_has_the_speaker_not_the_relative_word():
    text = "The ministry condemned the shelling of a camp near the border, which aid groups say killed at least 30 people."
    inner = next(a for a in atts(text) if a["cue"]["text"] == "say")
    assert inner["source"]["text"] == "aid groups"
    assert inner["content_parts_text"] == ["which", "killed at least 30 people"]


def test_an_agency_label_between_two_turns_of_a_recurring_speaker_is_a_turn():
    text = ("Regular briefing of the ministry\n\n"
            "Spokesperson: Good afternoon. I have one announcement about the minister's visit to Lima.\n\n"
            "AFP: A newspaper reported that the new port could host warships. Can you confirm that?\n\n"
            "Spokesperson: The port is a commercial project. Our cooperation with the region is open.\n")
    turns = [(a["source"]["text"], a["content"]["text"][:12]) for a in atts(text) if a["rule"] == "transcript_turn"]
    assert turns == [("Spokesperson", "Good afterno"), ("AFP", "A newspaper "), ("Spokesperson", "The port is ")]


def test_an_aside_frame_keeps_its_adverbs_out_of_what_was_said():
    a = one("As we have said many times, our cooperation with the region is open and transparent.")
    assert a["content"]["text"] == "our cooperation with the region is open and transparent"
    text = ("Spokesperson: Thank you for coming.\n\nQ: Is the port military?\n\n"
            "Spokesperson: As we have said many times, our cooperation with the region is open and transparent.\n")
    inner = next(a for a in atts(text) if a["cue"] and a["cue"]["text"] == "have said")
    assert inner["content"]["text"] == "our cooperation with the region is open and transparent"


def test_single_quotation_marks_quote_in_an_article_that_has_no_double_ones():
    a = one("'We will not stand by while the shipping lanes are attacked,' the minister told MPs.")
    assert a["quote"] == "direct" and a["rule"] == "quote_frame"
    assert a["content"]["text"].startswith("We will not stand by") and a["cue"]["text"] == "told"
    b = one("‘The ministers’ decision comes weeks too late,’ she said. ‘The navy is stretched thin.’")
    assert b["content_parts_text"] == ["The ministers’ decision comes weeks too late,", "The navy is stretched thin."]
    c = one("The officer said the navy had 'no spare ships' to send.")
    assert c["quote"] == "mixed"
    assert find_quotes("Britain's ministers don't agree.") == []


def test_single_marks_inside_double_quotes_are_no_quotes_of_their_own():
    text = '"The word \'never\' means never, and the talks are over now," the envoy said.'
    (s, e), = find_quotes(text)
    assert text[s:e] == "The word 'never' means never, and the talks are over now,"


def test_a_quote_framed_by_a_passive_with_no_agent_has_no_source():
    a = one('The new defence chief has been called "the architect of the southern strategy" for years.')
    assert a["source"] is None and a["cue"]["text"] == "has been called"
    # but one who is quoted, or shown speaking, is the speaker
    b = one('The general was quoted as saying, "The border will stay closed until the talks resume."')
    assert b["source"]["text"] == "The general"


def test_a_relative_that_whose_noun_cannot_speak_is_no_speaker_of_a_quote():
    found = atts('The networks are standing in the way, he said, by building "a bubble of denial and fear" '
                 'that scares voters away.')
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [("he", "said")]
    # a thing with words on it still says what it says
    a = next(a for a in atts('The campaign released a video that said, "Our schools will be the best in the nation."')
             if a["rule"] == "quote_frame")
    assert a["source"]["text"] == "that" and a["content"]["text"].startswith("Our schools")


def test_q_and_a_paragraphs_with_stops_are_turns_and_the_label_is_no_part_of_a_source():
    text = ("Kenya's minister on the mission\n\n"
            "Q. Critics say Kenya should not lead a mission so far from home. Why does it?\n\n"
            "A. Because nobody else would. We will not leave before the job is done.\n")
    found = atts(text)
    assert [(a["source"]["text"], a["content"]["text"][:12]) for a in found if a["rule"] == "transcript_turn"] == \
        [("Q", "Critics say "), ("A", "Because nobo")]
    inner = next(a for a in found if a["rule"] != "transcript_turn")
    assert inner["source"]["text"] == "Critics"
    # one "A." alone is an initial, not an answer
    assert all(a["rule"] != "transcript_turn" for a in atts("Intro.\n\nA. Sharma said the talks were over.\n"))


@pytest.mark.parametrize("headline", [
    "'We will not be rushed': Kenya's foreign minister on the Haiti mission",
    "“We will not be rushed”: Kenya's foreign minister",
])
def test_a_headline_that_opens_with_a_quote_names_its_speaker_after_the_colon(headline):
    text = headline + "\n\nThe minister spoke to this newspaper in Nairobi on Monday about the mission.\n"
    a = next(a for a in atts(text) if a["rule"] == "headline_label")
    assert a["source"]["text"] == "Kenya's foreign minister" and a["content"]["text"] == "We will not be rushed"
    assert a["quote"] == "direct"


def test_a_headline_quote_before_a_colon_and_a_topic_is_no_attribution():
    text = "“Fortress Europe”: the new border rules explained\n\nThe rules take effect in May, officials said.\n"
    assert all(a["rule"] != "headline_label" for a in atts(text))


def test_a_title_case_dateline_with_its_agency_is_not_what_was_said():
    a = one("Lima, Mar 3 (Newswire).- Peru will buy two frigates from Korea, officials said.")
    assert a["content"]["text"] == "Peru will buy two frigates from Korea"


def test_a_document_a_body_failed_to_adopt_speaks_for_itself_not_for_the_body():
    a = one("The council failed to adopt a draft resolution calling for an immediate truce in the region.")
    assert a["source"]["text"] == "a draft resolution" and a["source"]["kind"] == "document"
    assert a["cue"]["text"] == "calling for"
    b = one("The council adopted a resolution calling for an immediate truce in the region.")
    assert b["source"]["text"] == "The council" and b["cue"]["text"] == "adopted a resolution calling for"


def test_a_frame_at_the_end_that_the_parser_hung_on_the_verb_before_it_closes_the_sentence():
    a = one("Ankara considers the new export rules an act of hostility, Trade Ministry spokeswoman Elif Demir "
            "said on Tuesday.")
    assert a["source"]["text"] == "Trade Ministry spokeswoman Elif Demir" and a["cue"]["text"] == "said"
    assert a["content"]["text"] == "Ankara considers the new export rules an act of hostility"


@pytest.mark.parametrize("text, source", [
    ("Officials privy to the negotiations said Ankara had withdrawn its offer.", "Officials privy to the negotiations"),
    ("Officials privy to the negotiations said Ankara had withdrawn its offer to Athens through the envoys.",
     "Officials privy to the negotiations"),
    ("People briefed on the plan said the ceasefire would start on Friday.", "People briefed on the plan"),
])
def test_a_speaker_described_by_a_word_the_tagger_took_for_a_verb_is_the_subject_of_said(text, source):
    a = one(text)
    assert a["source"]["text"] == source and a["cue"]["text"] == "said" and a["source"]["kind"] == "anonymous"


@pytest.mark.parametrize("text, source", [
    ("In the words of a defence ministry spokesman, the army \"has never crossed the border.\"",
     "a defence ministry spokesman"),
    ("The talks will collapse within a week, in the words of one European negotiator.", "one European negotiator"),
    ("In the view of most economists, the sanctions have failed.", "most economists"),
])
def test_in_the_words_of_someone_is_their_report(text, source):
    a = one(text)
    assert a["source"]["text"] == source and a["rule"] == "noun_cue"


def test_asking_not_to_be_named_is_no_report():
    found = atts('"We have told them twice in clear terms," a senior diplomat said, requesting anonymity.')
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [("a senior diplomat", "said")]


def test_a_dateline_of_date_and_agency_is_not_what_was_said():
    # (the parser leaves the city out of the clause here, so what is left begins with the date)
    text = ("Two neighbours agree to resume security dialogue\n\nSEOUL, Nov. 20 (Wire) -- South Korea and Japan "
            "agreed Thursday to resume their vice-ministerial security dialogue, suspended since 2018, the "
            "foreign ministry said.")
    a = next(a for a in atts(text) if a["cue"]["text"] == "said")
    assert a["content"]["text"].startswith("South Korea and Japan agreed")


def test_asking_not_to_be_named_is_how_a_source_spoke_not_what_it_said():
    found = atts("A diplomat close to the talks, who asked not to be named, said the sequencing remained the "
                 "main sticking point.")
    assert [a["cue"]["text"] for a in found] == ["said"]


def test_a_parliament_records_labels_with_constituency_party_and_office_are_turns():
    text = ("Defence questions\n\n"
            "Ms Clara Hughes (Leeds North) (Lab): When will the next package of shells reach the front line?\n\n"
            "The Minister for the Armed Forces (Mr Owen Price): The honourable Member is right to ask. The first "
            "tranche arrived on Friday.\n\n"
            "Ms Hughes: I thank the Minister for that answer.\n\n"
            "Mr Price: It is a pleasure.")
    turns = [a for a in atts(text) if a["rule"] == "transcript_turn"]
    assert [a["source"]["text"] for a in turns] == [
        "Ms Clara Hughes (Leeds North) (Lab)", "The Minister for the Armed Forces (Mr Owen Price)", "Ms Hughes", "Mr Price"]
    assert turns[1]["source"]["kind"] == "named_person"
    assert turns[1]["source"]["entity_id"] == turns[3]["source"]["entity_id"] is not None


def test_a_un_record_with_the_chair_in_capitals_is_a_transcript():
    text = ("Security Council, 10021st meeting\n\n"
            "The PRESIDENT: I give the floor to the representative of Norway.\n\n"
            "Ms. HAUGEN (Norway): Norway welcomes the report and calls for full access for aid convoys.\n\n"
            "The PRESIDENT: I thank the representative of Norway.")
    turns = [a for a in atts(text) if a["rule"] == "transcript_turn"]
    assert [a["source"]["text"] for a in turns] == ["The PRESIDENT", "Ms. HAUGEN (Norway)", "The PRESIDENT"]


@pytest.mark.parametrize("text, cue, content", [
    ("A senior official, speaking on condition of anonymity to discuss internal talks, said the offer still stood.",
     "said", "the offer still stood"),
    ("A diplomat, who requested anonymity to describe the closed meeting, said Hungary was holding out.",
     "said", "Hungary was holding out"),
    ("Two officials said the talks had stalled, speaking on condition of anonymity because they were not "
     "authorised to discuss the matter.", "said", "the talks had stalled"),
])
def test_why_a_source_asked_for_anonymity_is_neither_a_report_nor_content(text, cue, content):
    assert [(a["cue"]["text"], a["content"]["text"]) for a in atts(text)] == [(cue, content)]


@pytest.mark.parametrize("text, source, content", [
    ("The talks have stalled, an official said on condition of anonymity to discuss the negotiations.",
     "an official", "The talks have stalled"),
    ("The talks had stalled, he said, on condition of anonymity to speak freely about the negotiations.",
     "he", "The talks had stalled"),
    ("The talks, a senior official said on condition of anonymity, have stalled over the border.",
     "a senior official", ["The talks", "have stalled over the border"]),
    ("The talks, an official said on condition of anonymity to discuss the negotiations, have stalled.",
     "an official", ["The talks", "have stalled"]),
])
def test_what_was_said_on_condition_of_anonymity_is_the_clause_the_frame_sets_off(text, source, content):
    a = one(text)  # not "to discuss the negotiations", which says why the speaker asked for anonymity
    said = a.get("content_parts_text") or a["content"]["text"]
    assert (a["source"]["text"], a["cue"]["text"], said) == (source, "said", content)


def test_a_text_the_subject_voted_down_speaks_for_itself():
    calling = next(a for a in atts("Moscow vetoed every draft calling for a halt to the fighting.")
                   if a["cue"]["text"].startswith("call"))
    assert (calling["source"]["text"], calling["content"]["text"]) == ("every draft", "a halt to the fighting")
    found = atts("For months, one delegation blocked every draft resolution calling for a truce.")
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("every draft resolution", "calling for", "a truce")]


def test_a_clause_whose_subject_the_parser_took_for_the_object_is_said_whole():
    a = one("Analysts at the bank said the 15% rate, while lower than feared, would still cut growth by half a point.")
    assert a["content"]["text"].startswith("the 15% rate, while lower than feared")


def test_a_that_clause_the_parser_split_in_two_before_a_quote_is_one_content():
    found = atts('Kremlin aide Yuri Ushakov has told reporters that the five-hour meeting between Vladimir Putin '
                 'and US envoys Steve Witkoff and Jared Kushner was "useful, constructive and very substantive".')
    assert [a["content"]["text"] for a in found] == [
        'that the five-hour meeting between Vladimir Putin and US envoys Steve Witkoff and Jared Kushner was '
        '"useful, constructive and very substantive"']


@pytest.mark.parametrize("text, content", [
    ('But he said "no compromise version" had yet been found.', '"no compromise version" had yet been found'),
    ("He said 'no final text' had been agreed on Ukraine's borders.", "'no final text' had been agreed on Ukraine's borders"),
    ("He said \u201cno final text\u201d had been agreed.", "\u201cno final text\u201d had been agreed"),
])
def test_a_mixed_content_that_opens_with_a_quote_keeps_its_opening_mark(text, content):
    assert one(text)["content"]["text"] == content


def test_the_rest_of_a_sentence_read_as_an_apposition_of_according_to_is_content_not_source():
    a = one("Ten years ago only three members met the alliance's target. Today, according to NATO's own "
            "estimates, 23 of 32 do. That is progress.")
    assert (a["source"]["text"], a["content"]["text"]) == ("NATO's own estimates", "23 of 32 do")
    # so too at the end of a paragraph, with the line break after it
    a = atts("Allies pledged to spend 2 percent. Today, according to NATO's estimates, 23 of 32 do.\n\n"
             "The summit opens on Tuesday.")[-1]
    assert (a["source"]["text"], a["content"]["text"]) == ("NATO's estimates", "23 of 32 do")
    # a true apposition with a relative clause in it stays the source's
    a = atts("The soldiers were moved to the border, according to Lee Min-ho, a lawmaker who attended the "
             "briefing.\n\nThe ministry declined to comment.")[0]
    assert (a["source"]["text"], a["content"]["text"]) == (
        "Lee Min-ho, a lawmaker who attended the briefing", "The soldiers were moved to the border")


def test_the_speaker_of_as_someone_told_me_is_the_whole_phrase():
    text = ("European governments should stop treating the Ukraine war as someone else's problem. They should agree "
            "on joint borrowing for defence, as the European Commission has proposed, and they should do it this "
            "year.\n\nAs a former colleague at the foreign ministry in Stockholm once told me: \"Deterrence is what "
            "you can show, not what you can promise.\"")
    a = next(a for a in atts(text) if a["rule"] == "quote_frame")
    assert a["source"]["text"] == "a former colleague at the foreign ministry in Stockholm"


def test_they_after_an_unnamed_many_is_not_a_country_named_before():
    text = ("Europe cannot wait for Washington to decide its future. European governments should stop treating the "
            "war as someone else's problem. They should agree on joint borrowing for defence.")
    a = next(a for a in atts(text) if a["source"]["text"] == "They")
    assert a["source"]["side"] is None and a["source"]["entity_id"] is None


def test_the_two_leaders_speak_for_the_countries_of_the_two_people_named_before():
    text = ("Prime Minister Narendra Modi held talks with President Prabowo Subianto of Indonesia in New Delhi. "
            "The two leaders held talks on trade. They welcomed the progress in the partnership. Both leaders "
            "condemned terrorism in all its forms.")
    found = atts(text)
    sides = {a["source"]["text"]: (a["source"]["kind"], a["source"]["side"]) for a in found}
    assert sides["They"] == sides["Both leaders"] == ("named_person", "India + Indonesia")
    # with nobody named, the two ministers speak for no country the text names
    found = atts("The Foreign Minister spoke today with Brazil's Foreign Minister about the war in Sudan. The two "
                 "ministers agreed to press for an immediate ceasefire.")
    assert [a["source"]["side"] for a in found if a["source"]["text"] == "The two ministers"] == [None]


def test_a_city_in_ordinary_case_with_its_agency_is_a_dateline_and_news_agencies_are_outlets():
    text = ("Iran hangs man convicted of spying\n\n"
            "Tehran (AFP) - Iran on Monday executed a man convicted of spying for Israel, the judiciary's Mizan "
            "Online website reported.\n\n"
            "The man was accused of helping agents attack a facility in Isfahan, Mizan said.")
    found = atts(text)
    assert found[0]["content"]["text"].startswith("Iran on Monday executed")
    assert [a["source"]["kind"] for a in found] == ["outlet", "outlet"]


def test_a_that_clause_after_said_at_the_briefing_is_what_was_said_even_when_parsed_as_relative():
    a = one('The ministry spokesperson said at the weekly briefing that India-US relations rested on "a strong '
            'foundation of shared interests" and that the tariff issue was being addressed through dialogue.')
    assert a["quote"] == "mixed"
    assert a["content"]["text"].startswith("that India-US relations rested on") and a["content"]["text"].endswith(
        "through dialogue")


def test_a_place_and_colon_opening_a_paragraph_is_a_dateline_not_content():
    text = ("India, US to sign defence framework\n\n"
            "New Delhi: India and the United States are likely to sign a new framework this month, it is learnt.")
    a = next(a for a in atts(text) if a["cue"]["text"] == "is learnt")
    assert a["content"]["text"].startswith("India and the United States")


def test_a_passive_joined_to_a_clause_reported_after_it_is_the_clause_not_a_report_of_the_speaker():
    found = atts("The framework will replace the one signed in 2015 and is expected to cover co-production of "
                 "anti-tank missiles, sources said.")
    assert [(a["source"]["text"] if a["source"] else None, a["cue"]["text"]) for a in found
            if a["source"] and a["source"]["text"] == "sources"] == [("sources", "said")]
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["content"]["text"].endswith("co-production of anti-tank missiles")


def test_a_records_note_on_the_sitting_ends_the_last_turn_and_tables_show_paragraphs_on_one_line():
    text = ("Security Council, 10021st meeting\n\n"
            "The PRESIDENT: I give the floor to the representative of Norway.\n\n"
            "Ms. HAUGEN (Norway): Norway welcomes the report.\n\nWe call for full access for aid convoys.\n\n"
            "The meeting rose at 12.40 p.m.")
    found = atts(text)
    last = [a for a in found if a["rule"] == "transcript_turn"][-1]
    assert last["content"]["text"].endswith("aid convoys.")
    table = sourcing.to_frame(found)
    assert "Norway welcomes the report. ¶ We call for full access for aid convoys." in table["content"].tolist()


def test_a_spy_agency_is_no_news_agency_and_the_agency_after_it_is_the_same():
    found = atts("SEOUL (AP) - North Korea has sent 3,000 more troops to Russia, South Korea's spy agency said "
                 "Thursday. About 11,000 troops were sent last year, the agency estimated.")
    assert [(a["source"]["text"], a["source"]["kind"], a["source"]["side"]) for a in found] == [
        ("South Korea's spy agency", "named_org", "South Korea"), ("the agency", "named_org", "South Korea")]
    assert one("The state news agency KCNA said the launch was a success.")["source"]["kind"] == "outlet"


def test_a_headline_quote_from_an_interview_with_someone_is_theirs():
    text = ("'Europe must decide what kind of power it wants to be': an interview with Kaja Kallas\n\n"
            "The EU's foreign policy chief spoke to our correspondent in Brussels.")
    a = atts(text)[0]
    assert (a["rule"], a["source"]["text"], a["source"]["kind"]) == ("headline_label", "Kaja Kallas", "named_person")


def test_an_agency_dateline_with_a_stop_is_not_the_source_and_where_talks_are_held_is_no_side():
    found = atts("Mexico rejects tariffs\n\nMexico City, Feb 3 (EFE).- Mexican President Claudia Sheinbaum on "
                 "Monday rejected the tariffs and said her government would respond with dignity.")
    assert {a["source"]["text"] for a in found if a["cue"]["text"] == "said"} == {"Mexican President Claudia Sheinbaum"}
    a = one("Economy Minister Marcelo Ebrard, who will lead the negotiations in Washington, said Mexico was "
            "prepared to review the trade agreement.")
    assert a["source"]["side"] != "United States"


def test_a_headline_kicker_is_not_what_was_said():
    text = "Exclusive: Oman ready to host new talks, sources say\n\nOman is ready to host the talks, diplomats said."
    a = atts(text)[0]
    assert a["content"]["text"] == "Oman ready to host new talks"


def test_a_dateline_with_the_day_before_the_month_and_a_year_is_not_what_was_said():
    a = one("Kyiv, 3 March 2024 (Wire) - Ukraine expects new air defence systems this month, President Anna Koval said.")
    assert a["content"]["text"] == "Ukraine expects new air defence systems this month"


@pytest.mark.parametrize("text, cue", [
    ("Officials in Riyadh have so far declined to confirm the talks.", "have so far declined"),
    ("The ministry has only very recently said that the talks would resume.", "has only very recently said"),
])
def test_an_adverb_phrase_between_the_auxiliary_and_the_verb_is_part_of_the_cue(text, cue):
    assert one(text)["cue"]["text"] == cue


def test_according_to_reports_the_clause_a_joined_clause_after_it_hangs_on():
    a = one("The ceasefire is holding, according to the UN, although sporadic shelling continues near the border.")
    assert a["content"]["text"] == "The ceasefire is holding"
    a = one("According to the UN, the ceasefire is holding although sporadic shelling continues.")
    assert a["content"]["text"] == "the ceasefire is holding although sporadic shelling continues"


@pytest.mark.parametrize("text, source, cue, content", [
    ("Ankara's position is that the islands were never Greek.", "Ankara's", "position is",
     "that the islands were never Greek"),
    ("The ministry's view has long been that the sanctions are illegal.", "The ministry's", "view has long been",
     "that the sanctions are illegal"),
])
def test_a_view_that_is_that_clause_is_its_holders_report(text, source, cue, content):
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (source, cue, content)


def test_a_noun_that_is_no_view_is_no_report():
    assert atts("The problem is that the talks failed.") == []


@pytest.mark.parametrize("text, source, cue, content", [
    ("The minister was quoted as saying that the talks had failed.", "The minister", "was quoted as saying",
     "that the talks had failed"),
    ("The ambassador was cited as saying the embassy would close.", "The ambassador", "was cited as saying",
     "the embassy would close"),
])
def test_someone_quoted_as_saying_is_the_speaker(text, source, cue, content):
    a = one(text)
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (source, cue, content)


def test_speakers_named_after_a_quote_are_the_source_not_part_of_the_quote():
    text = ('Leaders meet in Rome\n\nParis and Berlin on Monday called for joint bonds.\n\n"Europe must be able to '
            'defend itself," French President Emmanuel Macron and German Chancellor Friedrich Merz said in a joint '
            'statement.')
    a = saying(text, "Europe")
    assert a["source"]["text"] == "French President Emmanuel Macron and German Chancellor Friedrich Merz"
    assert a["quote"] == "direct" and a["source"]["side"] == "France + Germany"


def test_a_clause_at_the_end_that_governs_another_is_no_frame():
    assert atts("Labor laws would toughen, student debt would decline, and health care would be more accessible.") == []


def test_reported_speech_cut_before_a_quote_frame_leaves_no_dangling_and():
    found = atts('The envoy said the truce would hold and called for "calm on both sides".')
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["content"]["text"] == "the truce would hold"


def test_a_quote_after_called_for_has_called_for_as_its_cue():
    found = atts('The envoy said the truce would hold and called for "calm on both sides".')
    call = next(a for a in found if a["content"]["text"] == "calm on both sides")
    assert (call["rule"], call["cue"]["text"]) == ("quote_frame", "called for")
    a = one('The senator called for "an end to this madness" on Monday.')
    assert a["cue"]["text"] == "called for"


def test_guillemets_frame_a_quote_as_other_marks_do():
    found = atts("The treaty, he said, was an answer to «the reckless policy of the bloc near our borders».")
    a = found[0]
    assert (a["rule"], a["quote"]) == ("quote_frame", "mixed")
    assert [p for p in a["content_parts_text"]] == ["The treaty", "was an answer to «the reckless policy of the bloc "
                                                                  "near our borders»"]


@pytest.mark.parametrize("text,content", [
    ('The minister said the deal "fully complies with the law".', 'the deal "fully complies with the law"'),
    ("The minister said the deal «fully complies with the law».", "the deal «fully complies with the law»"),
])
def test_a_quote_that_ends_reported_speech_keeps_its_closing_mark(text, content):
    assert one(text)["content"]["text"] == content


def test_a_persons_document_is_a_document_linked_to_that_person():
    found = atts("Senator Ann Ruiz spoke on Monday. Ann Ruiz's tweet said the vote had been rigged.")
    a = next(x for x in found if x["cue"]["text"] == "said")
    assert a["source"]["kind"] == "document" and a["source"]["entity_id"] is not None


def test_a_headline_signed_after_a_colon_is_its_sources():
    text = "Seoul to expand drills with the U.S.: sources\n\nThe drills will start in March."
    a = next(x for x in atts(text) if x["rule"] == "headline_label")
    assert (a["source"]["text"], a["cue"]["text"]) == ("sources", ":")
    assert a["content"]["text"] == "Seoul to expand drills with the U.S."
    # a label before the colon is still the label: "Analysis" says nothing
    assert not [x for x in atts("Analysis: why the drills matter to Tokyo\n\nThe drills start in March.")
                if x["rule"] == "headline_label"]


def test_reported_speech_ending_in_initials_keeps_their_stop():
    assert one("The minister said the drills would be held with the U.S.")["content"]["text"] == \
        "the drills would be held with the U.S."


def test_time_given_to_someone_to_announce_something_is_no_announcement():
    found = atts("Regional leaders on Sunday gave the army council six months to announce a timetable for "
                 "elections, warning that sanctions would be tightened if it failed to do so.")
    assert [a["cue"]["text"] for a in found] == ["warning"]


def test_the_infinitive_of_an_urged_object_after_a_day_is_part_of_the_content():
    text = ("Brazil, Argentina clash over Mercosur-EU trade deal at summit\n\n"
            "MONTEVIDEO, Dec 6 (Wire) - Brazil's President Luiz Inácio Lula da Silva urged South American partners "
            "on Friday to sign the long-delayed trade agreement with the European Union, while Argentina's leader "
            "said the bloc should let members negotiate deals on their own.")
    urged = next(a for a in atts(text) if a["cue"]["text"] == "urged")
    assert urged["content"]["text"] == ("South American partners on Friday to sign the long-delayed trade agreement "
                                        "with the European Union")


def test_a_source_that_quotes_in_its_relative_clause_keeps_the_closing_mark():
    a = one('Senator Ana Ruiz, who has called the bloc "a prison", said the deal was welcome.')
    assert a["source"]["text"] == 'Senator Ana Ruiz, who has called the bloc "a prison"'


def test_a_dateline_is_not_what_was_said_when_the_frame_splits_the_content():
    text = ("Two neighbours agree to reopen a border\n\nNAIROBI (Wire) — Kenya and Somalia agreed on Monday to reopen "
            "their border crossings, the Kenyan News Agency reported, more than three years after the two neighbours "
            "closed them.")
    a = next(a for a in atts(text) if a["cue"]["text"] == "reported")
    assert a["content"]["text"].startswith("Kenya and Somalia agreed"), a["content"]["text"]
    assert all(not t.startswith("NAIROBI") for t in a.get("content_parts_text", []))


def test_a_dateline_with_a_colon_is_not_a_speaker_label():
    # (the city named again in the body, as a speaker's name would be)
    text = ("Border talks resume\n\nNEW DELHI: India and Nepal have agreed to set up a joint boundary commission, "
            "officials said after the talks in New Delhi.")
    found = atts(text)
    assert not any(a["rule"] == "transcript_turn" for a in found), found
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [("officials", "said")]


def test_places_that_take_turns_are_speakers():
    text = ("Council debate\n\nCHINA: We oppose the draft resolution in its present form.\n\n"
            "RUSSIA: We share those concerns and will abstain.\n\nCHINA: We will vote against it.")
    turns = [a for a in atts(text) if a["rule"] == "transcript_turn"]
    assert [a["source"]["text"] for a in turns] == ["CHINA", "RUSSIA", "CHINA"]



def test_on_and_a_day_before_an_infinitive_is_when_not_whom():
    a = one("The two delegations agreed on Monday to exchange 500 prisoners each.")
    assert (a["cue"]["text"], a["content"]["text"]) == ("agreed", "to exchange 500 prisoners each")
    a = one("The senator called on the ministers to resign.")
    assert a["cue"]["text"] == "called on" and a["content"]["text"].startswith("the ministers to resign")


@pytest.mark.parametrize("text", [
    "The official spoke on condition of anonymity because he was not authorised to brief the media.",
    "Two diplomats spoke on background after the meeting ended.",
    "Its first phase saw the release of 33 hostages and about 1,900 prisoners.",
    "The year witnessed a sharp rise in attacks on shipping.",
])
def test_terms_of_speaking_and_what_a_time_saw_are_not_attributions(text):
    assert atts(text) == []


def test_a_person_who_sees_something_as_something_still_speaks():
    assert one("Critics in Parliament saw the deal as a surrender to Washington.")["source"]["text"] == "Critics in Parliament"


def test_a_quote_inside_a_clause_with_its_own_subject_and_auxiliary_is_a_mixed_quote_of_the_verb_after():
    found = atts('Beijing would take "firm and resolute measures" to defend its interests, the spokeswoman warned.')
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"], a["quote"]) for a in found] == [
        ("the spokeswoman", "warned", 'Beijing would take "firm and resolute measures" to defend its interests', "mixed")]


def test_notifying_a_body_that_something_is_so_is_a_report():
    a = one("Britain, France and Germany notified the Security Council that they were triggering the snapback.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "Britain, France and Germany", "notified", "that they were triggering the snapback")


def test_a_that_clause_the_parser_hung_on_the_statement_is_what_was_said():
    found = atts('The prime minister\'s office said in a statement that Israel would send a delegation "to examine the '
                 'proposal" but insisted that Hamas must be disarmed.')
    said = next(a for a in found if a["cue"]["text"].startswith("said"))
    assert said["content"]["text"] == 'that Israel would send a delegation "to examine the proposal"'
    assert said["quote"] == "mixed"


def test_what_a_source_said_of_a_relative_pronoun_is_the_clause_not_the_pronoun():
    found = atts("The ministry urged Moscow to stop its military cooperation with Pyongyang, which it said violated "
                 "UN Security Council resolutions.")
    inner = next(a for a in found if a["cue"]["text"] == "said")
    assert inner["content"]["text"] == "violated UN Security Council resolutions"


def test_as_with_a_verb_that_has_its_own_object_frames_nothing():
    text = ("Defence treaty takes effect as Kim hails 'alliance'\n\nSEOUL, Dec 5 (Wire) -- A mutual defence treaty "
            "took effect on Wednesday, state media said.")
    assert not any(a["rule"] == "as_reported" for a in atts(text))


def test_concern_expressed_in_quotation_marks_over_something_is_in_the_cue():
    a = one('The foreign ministry expressed "grave concern" over the treaty.')
    assert (a["cue"]["text"], a["content"]["text"]) == ('expressed "grave concern" over', "the treaty")
    entry = one("The two leaders welcomed the entry into force of the Defence Cooperation Agreement signed last year.")
    assert entry["cue"]["text"] == "welcomed"


def test_a_shot_taken_at_someone_is_aimed_at_them_though_the_parser_hangs_at_on_the_verb():
    a = one("Modi took some swipes at the opposition.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == ("Modi", "took some swipes at",
                                                                              "the opposition")
    # where or when a statement was made is not what it said
    assert not atts("The ministry released a statement at the outset of the summit.")


def test_recalling_an_ambassador_is_no_report():
    found = atts("Khartoum, which recalled its ambassador in March, has criticised Kenya.")
    assert all(a["cue"]["text"] != "recalled" for a in found), found
    assert one("The minister recalled that the treaty was signed in 1960.")["cue"]["text"] == "recalled"


def test_a_phrase_set_off_after_the_frame_is_not_what_was_said():
    a = next(a for a in atts("The navy sank a second vessel near the coast, killing three people, the president said on "
                             "Monday, an escalation that the neighbours condemned as an \"execution\".")
             if a["cue"]["text"] == "said")
    assert a["content"]["text"] == "The navy sank a second vessel near the coast, killing three people"


def test_concern_over_a_quoted_phrase_is_in_the_cue_of_a_mixed_quote():
    a = one('The joint statement expressed serious concern over "dangerous and provocative actions" at sea.')
    assert a["cue"]["text"] == "expressed serious concern over"
    assert a["content"]["text"].startswith('"dangerous and provocative actions"')


def test_a_press_release_label_opening_the_headline_names_nobody():
    text = ("Press release: UK announces new sanctions against shadow fleet\n\n"
            "The UK has today announced sanctions against 100 oil tankers.")
    found = atts(text)
    assert not any(a["source"] and a["source"]["text"] == "Press release" for a in found), found
    assert any(a["cue"]["text"] == "announces" and a["source"]["text"] == "UK" for a in found), found


def test_talks_in_a_headline_that_resume_are_no_cue():
    text = "Gaza ceasefire talks resume in Cairo as mediators push for a deal\n\nNegotiators met on Sunday, officials said."
    assert not any(a["cue"]["text"] == "talks" for a in atts(text))


def test_a_recordings_timestamp_before_a_label_still_opens_a_turn():
    found = atts("Podcast: the sanctions question\n\n[00:00:12] HOST (Mira Talbot): Are the sanctions working?\n\n"
                 "[00:00:20] OSKAR BRANDT: Only in part. I think the cap is leaking badly.\n\n"
                 "[00:01:02] HOST (Mira Talbot): Why is that?\n\n"
                 "[00:01:09] OSKAR BRANDT: Because the tankers change flags every month.\n\n"
                 "Oskar Brandt is a fellow at a Berlin institute.")
    turns = [a for a in found if a["rule"] == "transcript_turn"]
    assert [t["source"]["text"] for t in turns] == ["HOST (Mira Talbot)", "OSKAR BRANDT"] * 2
    assert turns[1]["content"]["text"].startswith("Only in part.")
    assert all(t["source"]["kind"] == "named_person" for t in turns)
    think = next(a for a in found if a["cue"] and a["cue"]["text"] == "think")
    assert think["source"]["entity_id"] == turns[1]["source"]["entity_id"] is not None


def test_a_parliaments_name_lines_open_the_turns_below_them():
    found = atts("Trade: Export Controls\n\nLady Fenwick of Dalby (Con)\n\n"
                 "To ask the Government what steps they are taking on export controls.\n\n"
                 "Lord Ashcombe of Wray (Lab)\n\n"
                 "My Lords, we have added twelve firms to the list. We will publish the review in the spring.\n\n"
                 "Lady Fenwick of Dalby (Con)\n\n"
                 "My Lords, I am grateful to the Minister, but the list is still too short.")
    turns = [a for a in found if a["rule"] == "transcript_turn"]
    assert [t["source"]["text"] for t in turns] == ["Lady Fenwick of Dalby (Con)", "Lord Ashcombe of Wray (Lab)",
                                                     "Lady Fenwick of Dalby (Con)"]
    assert turns[1]["content"]["text"] == "My Lords, we have added twelve firms to the list. We will publish the review in the spring."
    assert all(t["source"]["kind"] == "named_person" and t["cue"] is None for t in turns)


def test_one_name_line_alone_is_a_caption_not_a_turn():
    found = atts("Minister visits the port\n\nMr Alan Pryce (Dover)\n\nThe minister toured the new customs hall on Friday.")
    assert not [a for a in found if a["rule"] == "transcript_turn"]


def test_neither_after_a_report_of_both_sides_is_the_next_verbs_subject():
    found = atts("Both sides have signalled they could accept a cap, but neither wants to move first.")
    wants = next(a for a in found if a["cue"]["text"] == "wants")
    assert wants["source"]["text"] == "neither"
    # "neither" that pairs two verbs is no subject
    assert [a["source"]["text"] for a in atts("The ministry said it would neither confirm nor deny the report.")] \
        == ["The ministry"]


def test_a_headline_description_is_the_person_the_story_names_with_it():
    found = atts("Niger's army chief vows to fight on after talks fail\n\n"
                 "Niger's army chief, General Moussa Kabore, has rejected a truce proposed by the African Union.\n\n"
                 "Kabore said the plan would reward the rebels.")
    head = next(a for a in found if a["source"]["start"] < 20)
    named = next(a for a in found if a["source"]["text"] == "Kabore")
    assert head["source"]["kind"] == "named_person"
    assert head["source"]["entity_id"] == named["source"]["entity_id"] is not None
    other = atts("Niger's army chief vows to fight on after talks fail\n\n"
                 "Niger's foreign minister, Amina Sall, said the army chief had not been consulted.")
    assert next(a for a in other if a["source"]["start"] < 20)["source"]["kind"] == "anonymous"


def test_told_a_briefing_that_reports_the_clause_the_parser_hung_on_the_briefing():
    a = atts('Foreign ministry spokeswoman Lin Hua told a regular press briefing that Tanaka\'s remarks had '
             '"seriously interfered in our internal affairs" and demanded that Tokyo retract them.')[0]
    assert a["cue"]["text"] == "told" and a["quote"] == "mixed"
    assert a["content"]["text"] == 'that Tanaka\'s remarks had "seriously interfered in our internal affairs"'


def test_a_that_clause_quoted_whole_keeps_both_its_marks():
    a = atts('"We are ready," he told reporters, adding that "nobody should doubt our resolve".')[1]
    assert a["cue"]["text"] == "adding"
    assert a["content"]["text"] == 'that "nobody should doubt our resolve"'


def test_a_poll_keeps_the_date_that_names_it_a_person_does_not():
    a = one("A Gallup poll in March found that most voters backed the treaty.")
    assert a["source"]["text"] == "A Gallup poll in March"
    b = one("The ambassador on Monday said that the treaty would be ratified.")
    assert b["source"]["text"] == "The ambassador"


@pytest.mark.parametrize("text,source,first_part", [
    ("Part of the difficulty in monitoring the border, say analysts like Ana Ruiz, a former customs officer, "
     "is the terrain.", "analysts like Ana Ruiz, a former customs officer", "Part of the difficulty in monitoring the border"),
    ("The talks, said the minister, would resume.", "the minister", "The talks"),
])
def test_a_frame_with_its_speaker_after_the_verb_inside_the_sentence(text, source, first_part):
    a = one(text)
    assert a["source"]["text"] == source and a["rule"] == "verb_parenthetical"
    assert a["content_parts_text"][0] == first_part


def test_a_subject_with_an_apposition_before_said_is_no_inverted_frame():
    a = one("Ukraine's former defence minister, Oleksii Petrenko, said the man who replaced him, Ivan Kovalenko, "
            "should resign.")
    assert a["source"]["text"] == "Ukraine's former defence minister, Oleksii Petrenko"


@pytest.mark.parametrize("text", [
    "Attorney General Ana Ruiz (D), the governor's rival in the coming election, called Friday for releasing the files.",
    "Senator Mark Hale (R), Lopez's opponent in the upcoming Senate race, called Monday for an inquiry, "
    'saying that voters "deserve answers."',
    "One of the doctors who signed the letter called the host a fraud.",
])
def test_a_verb_the_model_took_for_a_participle_on_the_subjects_apposition(text):
    called = next(a for a in atts(text) if a["cue"] and a["cue"]["text"].startswith("called"))
    assert called["source"]["text"].split(",")[0] in ("Attorney General Ana Ruiz (D)", "Senator Mark Hale (R)",
                                                      "One of the doctors who signed the letter")
    assert called["content"]["text"] in ("releasing the files", "an inquiry", "the host a fraud")


@pytest.mark.parametrize("text,content", [
    ("Asked which county was his favorite, he demurred.", "which county was his favorite"),
    ("Asked to describe the device, the commissioner said nothing.", "to describe the device"),
])
def test_a_fronted_asked_without_a_clause_of_its_own_asks_its_words_up_to_the_comma(text, content):
    asked = next(a for a in atts(text) if a["rule"] == "asked")
    assert asked["source"] is None and asked["cue"]["text"] == "Asked"
    assert asked["content"]["text"] == content


def test_asked_inside_a_sentence_is_no_fronted_question():
    assert not [a for a in atts("The envoy, asked twice, said nothing.") if a["rule"] == "asked"]


@pytest.mark.parametrize("text,source", [
    ("Majorities of voters in three states going to the polls Sunday say they back the accord.",
     "Majorities of voters in three states going to the polls Sunday"),
    ("Activists clamoring to block the nominee say they are suddenly in the midst of a surge.",
     "Activists clamoring to block the nominee"),
])
def test_a_participle_describing_the_speakers_is_no_verb_of_the_sentence(text, source):
    a = one(text)
    assert a["source"]["text"] == source and a["cue"]["text"] == "say"


def test_what_opens_the_sentence_is_no_part_of_a_described_speaker():
    found = atts("But while lawmakers are happily backing the delay, several aides privy to the talks say the "
                 "unions pushed for it.")
    say = next(a for a in found if a["cue"]["text"] == "say")
    assert say["source"]["text"] == "several aides privy to the talks"


def test_two_shares_of_a_poll_each_say_their_own_part():
    found = atts("One in three said the party does not care about the farmers and one in four said it was hostile.")
    assert [(a["source"]["text"], a["content"]["text"]) for a in found] == [
        ("One in three", "the party does not care about the farmers"), ("one in four", "it was hostile")]


def test_an_as_speaker_tagged_as_a_number_keeps_its_whole_phrase():
    from spacy.tokens import Doc
    from newslens.pipeline import nlp
    from newslens.source_spans import source_span

    # "Hawaii, as one of the advisers pointed out, rarely floods.", with the model tagging "one" a
    # number (as it may after another "one of" before it): the speaker is the whole phrase
    words = ["Hawaii", ",", "as", "one", "of", "the", "advisers", "pointed", "out", ",", "rarely", "floods", "."]
    heads = [7, 7, 7, 2, 3, 6, 4, 7, 7, 7, 11, 7, 7]
    deps = ["nsubj", "punct", "prep", "pobj", "prep", "det", "pobj", "ROOT", "prt", "punct", "advmod", "advcl",
            "punct"]
    pos = ["PROPN", "PUNCT", "ADP", "NUM", "ADP", "DET", "NOUN", "VERB", "ADP", "PUNCT", "ADV", "VERB", "PUNCT"]
    doc = Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos,
              ents=["B-GPE", "O", "O", "B-CARDINAL"] + ["O"] * 9)
    s, e = source_span(doc[3])
    assert doc.text[s:e] == "one of the advisers"


def test_a_country_speaking_in_a_relative_clause_is_weighed_as_the_country():
    # "which" alone is a weak subject for the cue model; the country it stands for is not
    a = one("The decision angered Beijing, which called it interference in its internal affairs.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("which", "called")
    assert a["source"]["side"] == "China"


def test_a_sentence_that_ends_with_its_frame_says_what_comes_before_it_verb_or_not():
    a = one("Will the sanctions stay? Not for long, the minister said.")
    assert (a["source"]["text"], a["content"]["text"]) == ("the minister", "Not for long")
    # a frame followed by where it was said is still no statement
    assert atts("The minister said in a television interview.") == []


@pytest.mark.parametrize("text, cue, source", [
    ("Europeans trigger UN sanctions snapback on Iran as nuclear talks stall\n\nBy Staff Reporter\n\n"
     "VIENNA, Aug 28 - Britain, France and Germany on Thursday triggered the process to restore "
     "United Nations sanctions on Iran, accusing Tehran of violating the 2015 nuclear deal.\n",
     "accusing", "Britain, France and Germany"),
    # (the speaker joined to the dateline's place as a second subject)
    ("EU agrees to phase out Russian gas imports\n\nBy Kate Abnett\n\n"
     "BRUSSELS, Dec 3 (Reuters) - European Union countries and lawmakers agreed on Wednesday to phase out "
     "imports of Russian gas by late 2027.", "agreed", "European Union countries and lawmakers"),
])
def test_a_dateline_the_parser_made_a_subject_is_not_in_the_source(text, cue, source):
    a = next(a for a in atts(text) if a["cue"]["text"] == cue)
    assert a["source"]["text"] == source


def test_a_frame_inside_a_sentence_read_as_a_participle_on_its_speaker():
    # the model hangs "announced" on "Misri" and "Misri" on "Ladakh" as one more place; the gloss
    # after the frame ("a breakthrough that ...") is the writer's, not the secretary's
    found = atts("India and China have agreed on a patrolling arrangement in eastern Ladakh, Foreign Secretary "
                 "Vikram Misri announced on Monday, a breakthrough that could end a four-year standoff.")
    a = next(a for a in found if a["rule"] == "verb_parenthetical")
    assert (a["source"]["text"], a["cue"]["text"]) == ("Foreign Secretary Vikram Misri", "announced")
    assert a["content"]["text"] == "India and China have agreed on a patrolling arrangement in eastern Ladakh"
    assert not a.get("content_parts")


def test_a_speaker_set_against_the_first_by_while_has_a_report_of_its_own():
    found = atts("Manila has insisted that the shoal is Philippine territory, while Beijing has urged Manila "
                 "to put the dispute in its proper place.")
    assert [(a["source"]["text"], a["content"]["text"]) for a in found] == [
        ("Manila", "that the shoal is Philippine territory"),
        ("Beijing", "Manila to put the dispute in its proper place")]
    # a clause of "while" that opens what is said is part of it
    a = one("The poll finds that, while most voters like the mayor, few trust her.")
    assert a["content"]["text"].startswith("that, while most voters")


@pytest.mark.parametrize("text,content", [
    ("Beijing confirmed the deal on Tuesday.", "the deal"),
    # what the object is thanked for, after the day, is still part of it
    ("The president thanked Norway on Sunday for the new field hospital.",
     "Norway on Sunday for the new field hospital"),
])
def test_a_date_after_the_object_is_when_not_what(text, content):
    assert one(text)["content"]["text"] == content


def test_a_name_the_parser_took_for_the_clause_is_not_what_was_said():
    a = one("The ministry said in a statement carried by the state news agency IRNA that the talks would continue.")
    assert a["content"]["text"] == "that the talks would continue"


def test_over_introduces_what_a_feeling_is_about():
    a = one("Tokyo is deeply concerned over the drills near the island.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "Tokyo", "is deeply concerned over", "the drills near the island")


def test_the_one_an_agency_quotes_as_saying_something_says_it_inside_the_agencys_report():
    found = atts("State news agency KCNA quoted leader Kim Jong Un as saying the test was a warning to enemies.")
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("State news agency KCNA", "quoted", "leader Kim Jong Un as saying the test was a warning to enemies"),
        ("leader Kim Jong Un", "saying", "the test was a warning to enemies")]


def test_a_report_in_the_part_of_a_content_after_its_frame_is_found_inside_it():
    # (the parser also reads "aid agencies" as one more item of "hours")
    text = ("Both militias agreed on Sunday to a ten-day truce, Qatari mediators said, though past truces "
            "collapsed within hours and aid agencies voiced doubt that this one would last.")
    inner = [a for a in atts(text) if a["rule"] == "nested_complement"]
    assert ("aid agencies", "voiced doubt", "that this one would last") in [
        (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in inner]


def test_a_subject_inside_a_quote_does_not_speak_the_verb_outside_it():
    # the parser takes "I" in the quote for the subject of the "said" after it
    text = ("Strikes, the union leader said, are acts of loyalty, whether it was marching on the capital in the "
            "1980s or holding a sign with the words ''I need bread,'' as Ana Ruiz, bleeding on a road near Lima, "
            "said before she died.")
    assert [a["source"]["text"] for a in atts(text)] == ["the union leader"]


def test_a_headline_credited_after_a_dash_leaves_the_credit_out_of_what_is_said():
    a = one("Norway says it will buy the frigates - Reuters\n\nThe talks went on for a week.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == ("Norway", "says", "it will buy the frigates")


def test_a_question_asking_someone_to_say_is_no_report():
    text = ("QUESTION: Can you say whether the minister raised the tariffs? Will you confirm that the talks have "
            "stalled?\nMR LEE: The talks continue.")
    assert not [a for a in atts(text) if a["source"] and a["source"]["text"].lower() == "you"]


def test_the_agent_of_an_active_verb_the_parser_misread_is_no_speaker():
    text = ("The Council, at its meeting held on 3 May 2024:\n\n1. Strongly condemns the offensive by the rebel "
            "group on the capital and demands that the rebels withdraw;")
    assert not any(a["source"] and "rebel group" in a["source"]["text"] for a in atts(text))


def test_summary_counts_a_transcripts_questions_apart_from_unnamed_sources():
    text = ("Question: Will Russia talk?\n\nSergey Lavrov: We welcome the talks.\n\nQuestion: And Egypt?\n\n"
            "Sergey Lavrov: Cairo plays a constructive role.")
    line = sourcing.summary(atts(text))
    assert line.startswith("0 of 4 attributions go to unnamed sources, 2 to named people or bodies, 2 are questions "
                           "put by reporters")


@pytest.mark.parametrize("text,content", [
    # the that-clause the parser hung on the opinion or ruling it was said in
    ("The court said in a 2019 advisory opinion that the occupation was unlawful and should end 'as rapidly as "
     "possible'.", "that the occupation was unlawful and should end 'as rapidly as possible"),
    # guillemets, which the content model was not trained on, are quotation marks all the same
    ("Defence Minister Florence Parly said France would not stay in Mali «at any cost».",
     "France would not stay in Mali «at any cost»"),
])
def test_opinions_and_guillemets(text, content):
    assert one(text)["content"]["text"] == content


def test_a_headline_verb_taken_for_the_subject_of_the_next():
    found = atts("Guinea junta expels French ambassador, accuses Paris of meddling\n\nThe envoy left on Monday.")
    assert (found[0]["source"]["text"], found[0]["cue"]["text"]) == ("Guinea junta", "accuses")


@pytest.mark.parametrize("text,source", [
    ("Speaking on behalf of the Group of 77 and China, the representative of Uganda said the meeting was vital.",
     "the representative of Uganda"),
    ('Speaking for the "A3 plus" - Algeria, Mozambique, Sierra Leone and Guyana - the representative of Mozambique '
     "said the vote was a setback.", "the representative of Mozambique"),
])
def test_a_speaker_after_an_opening_participle_of_whom_they_speak_for(text, source):
    found = one(text)
    assert (found["source"]["text"], found["source"]["kind"]) == (source, "named_person")


def test_a_rarer_verb_set_off_beside_the_sentence_frames_it():
    # ("estimate" is a cue 0.44 of the time on PolNeAR train)
    found = one("Asian arms imports rose by 12% last year to $40 billion, the Stockholm institute estimates, the "
                "steepest rise in a decade.")
    assert (found["source"]["text"], found["cue"]["text"]) == ("the Stockholm institute", "estimates")


def test_the_items_of_a_list_are_said_by_its_lead():
    text = ("Chilean Foreign Minister Ana Ruiz and Japanese Foreign Minister Hiro Sato met in Tokyo on Monday.\n\n"
            "The Ministers:\n\n"
            "• welcomed the progress in trade talks;\n\n"
            "• condemned the missile launches by North Korea.\n")
    found = atts(text)
    assert [(a["source"]["text"], a["cue"]["text"], a["source"]["side"]) for a in found] == [
        ("The Ministers", "welcomed", "Chile + Japan"), ("The Ministers", "condemned", "Chile + Japan")]


def test_a_document_label_before_a_title_is_no_attribution():
    assert atts("Joint Press Release: 3rd Chile-Japan Economic Dialogue\n\nThe ministers met in Tokyo.") == []
    assert [a["rule"] for a in atts("Report: Chile to buy Japanese frigates\n\nThe deal is worth $2bn.")] == [
        "headline_label"]


def test_attacks_on_things_are_armed_not_words():
    assert [a for a in atts("The strikes answered the group's attacks on Red Sea shipping.") if a["rule"] == "noun_cue"] == []
    assert one("Trump's attacks on Clinton have grown sharper.")["rule"] == "noun_cue"


@pytest.mark.parametrize("text,n", [
    ("Why does China oppose the Quad?", 0),  # a question about a view, not one reported
    ("Would you vote for her?", 0),
    ("Has he ever called for changing the rules?", 1),  # (PolNeAR marks a yes-or-no question about someone)
])
def test_questions_about_views(text, n):
    assert len(atts(text)) == n


def test_a_thing_said_to_be_so_is_said_by_no_one_named():
    # (the parser joins "said" to the sentence's verb: "sets aside ... and said")
    assert atts("It also sets aside ¥300 billion for a hypersonic glide vehicle said to reach speeds above Mach 5.") == []


def test_an_as_phrase_before_a_frame_is_not_its_speaker():
    found = one("Brazil will not join OPEC+ as a full member, Mines and Energy Minister Alexandre Silveira said on "
                "Tuesday.")
    assert (found["source"]["text"], found["content"]["text"]) == (
        "Mines and Energy Minister Alexandre Silveira", "Brazil will not join OPEC+ as a full member")
    # ("as the minister, X, said" is the frame's own "as")
    found = one("Chile will not join the bloc, as the minister, Ana Ruiz, said on Tuesday.")
    assert found["source"]["text"] == "the minister, Ana Ruiz"


def test_a_name_in_capitals_that_labels_turns_is_a_person():
    found = atts("[00:00:14] KATE LANDRY: Is Kyiv ready to sign one?\n\n[00:00:21] ANDRII SYBIHA: We have been ready "
                 "for a long time.\n\n[00:00:30] STATE DEPARTMENT: No comment.")
    kinds = {a["source"]["text"]: a["source"]["kind"] for a in found if a["rule"] == "transcript_turn"}
    assert kinds["KATE LANDRY"] == "named_person"
    assert kinds.get("STATE DEPARTMENT") != "named_person"


def test_the_one_a_cleft_sentence_puts_in_focus_is_the_source():
    assert one("It was Russia that rejected it.")["source"]["text"] == "Russia"


def test_the_items_of_a_list_a_colon_announces_are_one_attribution_in_parts():
    text = ("The committee said:\n\nThe Government should conclude the trade agreement by next year.\n\n"
            "The Government should not sell arms to the Gulf states.\n\nThe chair said the report was fair.")
    first = atts(text)[0]
    assert (first["source"]["text"], first["cue"]["text"]) == ("The committee", "said:")
    assert first["content_parts_text"] == ["The Government should conclude the trade agreement by next year",
                                           "The Government should not sell arms to the Gulf states"]


def test_a_bodys_findings_listed_after_a_colon_are_its_words():
    text = ("The Foreign Affairs Committee published its report on Wednesday. Its conclusions include:\n\n"
            "The Government should conclude the trade agreement by next year.\n\nThe chair said the report was fair.")
    found = atts(text)
    listed = next(a for a in found if a["rule"] == "statement_below")
    assert (listed["source"]["text"], listed["cue"]["text"], listed["content"]["text"]) == (
        "Its", "conclusions include:", "The Government should conclude the trade agreement by next year")


def test_a_speakers_name_hung_on_a_dateline_in_capitals_is_whole():
    found = atts("Solomon Islands defends China security pact as Australia voices concern\n\nHONIARA, April 20 - "
                 "Solomon Islands Prime Minister Manasseh Sogavare on Wednesday defended a security agreement his "
                 "government signed with China.")
    assert found[-1]["source"]["text"] == "Solomon Islands Prime Minister Manasseh Sogavare"


@pytest.mark.parametrize("text", [
    "Thailand's prime minister accused Cambodia of having started the hostilities, a charge Phnom Penh denies.",
    "Ukraine has accused Russia of using chemical weapons, a charge Moscow denies.",
])
def test_a_charge_denied_at_the_end_of_a_sentence_is_denied_by_the_name(text):
    found = atts(text)
    denied = next(a for a in found if a["cue"]["text"] == "denies")
    assert (denied["source"]["text"], denied["content"]["text"]) == (text.split("a charge ")[1].split(" denies")[0],
                                                                       "a charge")
    assert any(a["cue"]["text"].endswith("accused") for a in found)



def test_a_second_that_clause_with_a_quote_stays_in_the_first_report():
    # ("and that Lisbon hoped for ..." is the same report as "the treaty was sound", not a
    # statement beside it, though its quote is framed by a verb of its own)
    found = atts('Mendes said the treaty was sound and that Portugal hoped for "a swift ratification of the accord".')
    outer = next(a for a in found if a["source"]["text"] == "Mendes")
    assert outer["content"]["text"].startswith("the treaty was sound")
    assert outer["content"]["text"].rstrip('".').endswith("a swift ratification of the accord")


def test_a_that_clause_after_in_a_notice_holds_its_quotes():
    # (the parser hangs the that-clause on "notice"; its quotes are the embassy's words within it)
    a = one('The embassy said in a notice that the leaders had made "provocative remarks" on Kosovo, which had '
            '"severely damaged the atmosphere" and posed "significant risks" to Serbian nationals.')
    assert a["content"]["text"].startswith("that the leaders had made")
    assert "significant risks" in a["content"]["text"] and a["quote"] == "mixed"


def test_a_quote_inside_a_long_sentence_framed_at_its_end_is_mixed_into_the_whole():
    a = one('Saudi Arabia and Pakistan have signed a "Strategic Mutual Defence Agreement" under which an attack on '
            'either country will be treated as an attack on both, the two governments said, deepening their partnership.')
    assert a["source"]["text"] == "the two governments" and a["quote"] == "mixed"
    assert a["content"]["text"].startswith("Saudi Arabia and Pakistan have signed")
    assert a["content"]["text"].endswith("an attack on both")


@pytest.mark.parametrize("text", [
    "Chile and Peru on Tuesday concluded negotiations on a fisheries agreement.",
    "The two ministers signed a joint declaration on the conclusion of the talks in Lima.",
])
def test_ending_talks_or_signing_a_declaration_reports_nothing(text):
    assert atts(text) == []


def test_a_declaration_signed_with_its_words_is_a_report():
    a = one("The leaders signed a declaration saying the war must end.")
    assert a["content"]["text"] == "the war must end"


def test_a_day_after_on_before_the_reported_clause_is_not_what_is_reported():
    a = one("Trump said on Thursday he would cut tariffs on Chinese goods.")
    assert a["content"]["text"] == "he would cut tariffs on Chinese goods"


def test_acting_according_to_an_order_is_no_report():
    found = atts("The units took part in the operation according to the order of the commander, officials said.")
    assert not any(a["rule"] == "according_to" for a in found), found


def test_a_briefing_told_is_who_heard_not_what_was_said():
    a = one("Spokesperson Ana Ruiz told a regular briefing that Lima had indisputable sovereignty over the islands.")
    assert a["content"]["text"] == "that Lima had indisputable sovereignty over the islands"


def test_a_frame_after_a_long_fronted_clause_is_its_speakers_and_the_clause_runs_to_the_comma():
    a = one("The government has taken up with Canada the issue of long waiting times for visa appointments for "
            "Indian nationals, Minister of State for External Affairs Kirti Vardhan Singh said on Thursday.")
    assert a["source"]["text"] == "Minister of State for External Affairs Kirti Vardhan Singh"
    assert a["content"]["text"].endswith("for Indian nationals")


def test_a_noun_the_parser_took_for_a_clause_is_not_what_is_reported_after_an_infinitive():
    # (the headline parser makes "remarks" a verb and its clause the complement of "tells")
    found = atts("China tells citizens to avoid Japan as row over Takaichi's Taiwan remarks deepens\n\n"
                 "BEIJING (Reuters) - China on Friday advised its citizens against travelling to Japan.")
    tells = next(a for a in found if a["cue"]["text"] == "tells")
    assert tells["content"]["text"].startswith("citizens to avoid Japan")


def test_a_leaders_administration_is_a_body_not_a_person():
    found = atts("The Trudeau government said in June that it would not renew the contract.")
    a = next(x for x in found if x["cue"]["text"] == "said")
    assert a["source"]["kind"] == "named_org"


def test_a_spokesperson_for_its_ministry_speaks_for_the_country_it_stands_for():
    found = atts("Chile rejected the claim. A spokesperson for its foreign ministry said Peru was "
                 "misreading the 1929 treaty.")
    a = next(x for x in found if x["cue"]["text"] == "said")
    assert a["source"]["side"] == "Chile"


def test_its_ministry_is_the_countrys_body():
    found = atts("Chile rejected the claim. Its foreign ministry said Peru was misreading the 1929 treaty.")
    a = next(x for x in found if x["cue"]["text"] == "said")
    assert (a["source"]["kind"], a["source"]["side"]) == ("named_org", "Chile")


def test_brussels_speaking_is_the_european_union():
    a = one("Brussels says the subsidies distort the market for steel.")
    assert (a["source"]["text"], a["source"]["side"]) == ("Brussels", "European Union")


def test_a_speaker_the_parser_hung_on_what_was_said_still_speaks_and_what_was_said_ends_before_it():
    # (the parser hangs the speaker on "Shoal" and its verb on "reached", or makes the clause its complement)
    for place in ("Second Thomas Shoal", "Ayungin Shoal"):
        text = (f"MANILA - The two sides have reached an understanding on the resupply of troops stationed at {place}, "
                "the Department of Foreign Affairs (DFA) said in a statement on Sunday.")
        found = atts(text)
        a = next(x for x in found if x["cue"]["text"].startswith("said"))
        assert a["source"]["text"] == "the Department of Foreign Affairs (DFA)"
        assert a["content"]["text"].endswith(f"stationed at {place}")
        assert not any(x["cue"]["text"] == "have reached" for x in found), found


def test_a_ministry_named_as_a_department_is_the_datelines_countrys():
    text = ("MANILA - The two sides have reached an understanding on the resupply of troops, "
            "the Department of Foreign Affairs said on Sunday.")
    a = next(x for x in atts(text) if x["cue"]["text"] == "said")
    assert a["source"]["side"] == "Philippines"


def test_a_step_after_a_whole_report_is_not_its_speaker():
    found = atts("Prime Minister Anutin told reporters Thailand would halt the release of 18 prisoners of war, "
                 "a key step agreed under the deal.")
    assert not any(a["source"] and a["source"]["text"] == "a key step" for a in found), found


def test_the_statement_said_is_the_source_that_said_in_a_statement():
    text = ("MANILA - The two sides agreed to resume talks, the Department of Foreign Affairs said in a statement. "
            "The statement said the deal would not prejudice the positions of either side.")
    a = next(x for x in atts(text) if x["source"]["text"] == "The statement")
    assert a["source"]["side"] == "Philippines"


def test_a_joint_statement_carried_by_an_agency_is_the_two_governments_not_the_agencys():
    text = ("Oman and Qatar have signed a defence pact, the two governments said. The pact was signed in Muscat, "
            "according to a joint statement carried by the Oman News Agency.")
    a = next(x for x in atts(text) if x["cue"]["text"].lower() == "according to")
    assert a["source"]["side"] == "Oman + Qatar"


def test_a_verb_joined_to_a_frame_inside_the_sentence_goes_on_from_the_sentences_subject():
    found = atts('Both countries affirmed "respect for the sovereignty of states", the statement said, and agreed '
                 "to activate a security pact signed in 2001.")
    a = next(x for x in found if x["cue"]["text"] == "agreed")
    assert a["source"]["text"] == "Both countries"


def test_both_sides_after_two_parties_in_their_sentence_are_those_two():
    text = ("India and Norway signed the trade pact in March. India is also negotiating a trade agreement with the "
            "European Union, and both sides have said they hope to conclude the talks by the end of the year.")
    a = next(x for x in atts(text) if x["source"] and x["source"]["text"] == "both sides")
    assert a["source"]["side"] == "India + European Union"


def test_the_writers_gloss_after_what_was_said_is_not_what_was_said():
    a = one("Chile said on Monday it would leave the fisheries pact with Peru, a move that deepens a row over "
            "anchovy quotas.")
    assert a["content"]["text"] == "it would leave the fisheries pact with Peru"


def test_what_leaders_said_after_a_headline_is_no_report_of_the_headline():
    found = atts("World reacts to Israel-Hamas ceasefire deal: what leaders said\n\nLeaders welcomed the truce on "
                 "Thursday.")
    assert not any(a["content"]["text"].startswith("World reacts") for a in found), found


def test_a_round_up_of_what_they_said_under_labels_is_no_statement_below():
    text = ("Leaders welcomed the truce. Here is what they said:\n\nEGYPT\nPresident Sisi said Cairo would keep "
            "working to make the truce hold.\n\nTURKEY\nForeign Minister Fidan said the truce was an important step.")
    found = atts(text)
    assert not any(a["rule"] == "statement_below" for a in found), found
    assert sum(a["cue"]["text"] == "said" for a in found) == 2, found


def test_a_statement_of_a_summit_is_where_it_was_made_not_what_it_says():
    found = atts("Chairman's Statement of the 46th ASEAN Summit\n\n1. We gathered in Kuala Lumpur for the summit.")
    assert not any(a["rule"] == "noun_cue" for a in found), found


def test_a_persons_aide_speaks_for_the_persons_side_even_after_other_paragraphs():
    text = ("The newspaper reported on Sunday that Trump had advised Putin not to escalate the war.\n\n"
            "Trump's communications director Steven Cheung declined to comment on \"private calls\".")
    a = next(x for x in atts(text) if x["source"] and "Cheung" in x["source"]["text"])
    assert a["source"]["side"] == "United States"


def test_what_was_said_begins_after_its_cue():
    a = one('Trump\'s communications director Steven Cheung declined to comment on "private calls between '
            'President Trump and other world leaders".')
    assert a["cue"]["end"] <= a["content"]["start"], (a["cue"]["text"], a["content"]["text"])


def test_government_sources_under_a_dateline_are_that_countrys():
    a = next(x for x in atts("NEW DELHI: India and China will hold talks on the border soon, top government sources "
                             "told ANI on Saturday.") if x["cue"]["text"] == "told")
    assert a["source"]["side"] == "India"


def test_a_parliament_speaks_for_its_country():
    a = one("The Bundestag said on Friday that the accession protocols had been approved.")
    assert a["source"]["side"] == "Germany"


def test_a_party_whose_clause_names_others_calls_on_parliament_itself():
    a = one("The pro-Kurdish DEM Party, which has acted as an intermediary between Ocalan and the government, "
            "called on parliament to pass laws that would allow militants to return to political life.")
    assert a["cue"]["text"] == "called on" and a["source"]["kind"] == "named_org"


def test_the_pkk_speaks_for_itself():
    a = one("The Kurdistan Workers Party (PKK) said on Monday it would dissolve itself.")
    assert a["source"]["side"] == "Kurdistan Workers' Party"


def test_a_newspapers_commentary_is_a_document():
    a = one('A commentary in the state-owned Ta Kung Pao newspaper called the sale "spineless grovelling".')
    assert a["source"]["kind"] == "document"


def test_the_members_of_a_world_body_do_not_speak_for_it():
    a = one("More than 140 of the 193 UN member states have said the vote was legitimate.")
    assert a["source"]["side"] is None


def test_a_release_under_an_issuers_line_speaks_for_the_issuer():
    text = ("Press Statement: Condemning the Missile Launch\n\nOffice of the Spokesperson\nU.S. Department of State\n"
            "November 7, 2025\n\nThe launch violates Security Council resolutions. We call on all member states to "
            "implement the resolutions.")
    a = next(x for x in atts(text) if x["source"] and x["source"]["text"] == "We")
    assert a["source"]["side"] == "United States"


def test_a_fact_sheet_s_headings_in_capitals_are_no_speakers():
    text = ("BUILDING NEW TRADE ROUTES: The two governments opened a rail corridor through the Caucasus.\n\n"
            "EXPANDING ENERGY TIES: The ministers agreed to double gas deliveries by 2030.\n\n"
            "PROTECTING SHARED WATERS: Both sides will patrol the lake together.")
    assert not [a for a in atts(text) if a["rule"] == "transcript_turn"], atts(text)
    # (names in capitals still take turns)
    text = "HOST: Welcome back to the programme.\n\nKEATING: Thank you for having me."
    assert len([a for a in atts(text) if a["rule"] == "transcript_turn"]) == 2


def test_recognising_a_state_is_no_report():
    assert atts("Norway recognised Palestine on Tuesday.") == []
    assert atts("Does Uzbekistan already recognise Israel?") == []
    assert atts("Moscow will never recognise the annexation.") == []
    # (recognising a problem is holding something true)
    assert [a["content"]["text"] for a in atts("The minister recognised the problem.")] == ["the problem"]


def test_a_footnote_mark_ends_the_sentence_it_closes():
    found = atts("Russia suspended the inspections in 2023.[5] Without them, each side will guess, the analyst said.")
    assert [a["content"]["text"] for a in found] == ["Without them, each side will guess"], found


def test_a_passive_cue_after_it_has_what_follows_that_for_content():
    a = one("It must be recalled that Iran took remedial measures only after a year.")
    assert a["source"] is None and a["content"]["text"] == "that Iran took remedial measures only after a year", a


def test_a_subject_lent_by_the_main_clause_that_cannot_speak_is_no_source():
    assert atts("Our policy is one of engagement, while being clear about our differences with Beijing.") == []
    # (a speaker's own "being clear" still is one)
    assert len(atts("The minister was clear that the sanctions must be lifted.")) == 1


def test_a_letter_s_we_speaks_for_the_country_its_title_names():
    text = ("Letter dated 3 May 2024 from the Permanent Representative of Armenia to the United Nations addressed "
            "to the Secretary-General\n\nExcellency,\n\nWe call on the Council to condemn the shelling.")
    assert atts(text)[-1]["source"]["side"] == "Armenia", atts(text)


def test_a_letters_kicker_is_no_source_of_the_headline():
    found = atts("Letters: Canberra should not sign away its sovereignty\n\nSir, — Your editorial argues that the "
                 "pact is worth its price.")
    assert not any(a["rule"] == "headline_label" for a in found), found


def test_a_frame_the_model_read_as_a_relative_clause_reports_what_came_before():
    found = atts("Chinese and Philippine officials met in Manila this week to discuss tensions at the Second Thomas "
                 "Shoal, the Philippine Daily Inquirer reported on Thursday, citing two diplomats familiar with the "
                 "meeting.")
    by_cue = {a["cue"]["text"]: a for a in found}
    assert by_cue["reported"]["source"]["text"] == "the Philippine Daily Inquirer", found
    assert by_cue["reported"]["content"]["text"].startswith("Chinese and Philippine officials met"), found
    assert by_cue["citing"]["source"]["text"] == "the Philippine Daily Inquirer", found


def test_per_a_source_is_according_to_it():
    a = atts("Per a Philippine official briefed on the talks, the two sides agreed to keep the deal in place.")[0]
    assert a["rule"] == "according_to" and a["source"]["text"] == "a Philippine official briefed on the talks", a
    assert atts("Output rose 5 per cent. Per capita income fell.") == []


def test_one_said_to_have_told_something_is_its_source():
    a = one("The official is understood to have told reporters that no new agreement was signed.")
    assert (a["source"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "The official", "is understood to have told", "that no new agreement was signed"), a


def test_whom_one_met_is_not_what_one_said():
    for text in ("Chinese Foreign Minister Wang Yi visited Delhi. Wang also met Prime Minister Narendra Modi, who "
                 "said he looked forward to visiting Tianjin.",
                 "Indian Prime Minister Narendra Modi visited Beijing. Modi also met President Xi Jinping, who said "
                 "he looked forward to visiting Delhi."):
        found = atts(text)
        assert [a["cue"]["text"] for a in found] == ["said"], found


def test_a_whose_clause_after_the_subject_is_not_the_main_clause():
    a = one("Argentina, whose president Javier Milei is a close ally of Trump, said it did not support the "
            "declaration.")
    assert a["source"]["text"].startswith("Argentina") and a["source"]["side"] == "Argentina", a["source"]


def test_a_verb_in_the_phrase_set_off_after_the_speaker_is_not_what_was_said():
    # the model makes "uses", "spoke", "opposed" what was said, with the speaker as its subject
    for text, speaker in [
            ("Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said "
             "Mr. Trump was a candidate very much in the spirit of Silicon Valley.", "Mr. Slinker"),
            ("One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, "
             "said the message was that the race would go on.", "One attendee"),
            ("Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump during the Republican "
             "presidential primaries, last week said Trump was seeking to start a movement.", "Beck")]:
        a = next(a for a in atts(text) if a["cue"]["text"].endswith("said"))
        assert a["source"]["text"].startswith(speaker), a["source"]
        assert a["content"]["text"].split()[:2] == text.split(" said ")[1].split()[:2], a["content"]


def test_someone_addressed_before_a_request_or_thanks_is_no_speaker():
    assert atts("Omar Said, thank you.") == []
    assert one("Omar Said, who advises the government, thinks the truce will hold.")["cue"]["text"] == "thinks"


def test_a_quote_glossed_in_brackets_is_said_with_its_translation():
    a = one('"Nous ne céderons pas" ("We will not give in"), Macron wrote on X.')
    assert a["content"]["text"] == "Nous ne céderons pas", a["content"]
    assert [t for t in a["content_parts_text"]] == ["Nous ne céderons pas", "We will not give in"], a


def test_a_relative_clause_after_of_which_is_not_what_the_verb_before_says():
    a = one("Baku confirmed its readiness to sign the peace agreement, the text of which was agreed in March.")
    assert not a["content"]["text"].startswith("the text of which"), a["content"]


def test_a_relative_clause_after_the_verb_is_the_noun_before_its_comma_s():
    a = one("The estimates come from the Stockholm International Peace Research Institute (SIPRI), which said "
            "arms imports doubled.")
    assert a["source"]["kind"] == "named_org" and a["source"]["entity_id"] is not None, a["source"]


def test_a_quote_in_single_marks_runs_on_into_the_next_paragraph_that_opens_with_a_mark():
    text = ("The minister spoke to parliament on Monday.\n\n'We will not abandon our allies,' she said.\n\n"
            "'That is why we are ready to send ships to the region.\n\n'But there must be a clear mandate.'")
    found = atts(text)
    assert any(a["content"]["text"].startswith("That is why we are ready") for a in found), \
        [a["content"]["text"] for a in found]


def test_a_past_verb_of_saying_after_a_described_subject_is_the_sentence_s_verb():
    a = one("The so-called Unity bloc, led by exiled businessman Ivan Petrov, called the arrests a witch hunt.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("The so-called Unity bloc", "called"), a


def test_a_past_act_after_a_clause_with_a_modal_is_the_speaker_s_not_what_was_said():
    found = atts('The prime minister said the target would be "unreasonable" and secured a clause giving Madrid '
                 "flexibility.")
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["content"]["text"] == 'the target would be "unreasonable"', said["content"]


def test_what_was_said_ends_before_another_speaker_set_against_it_whatever_found_them():
    found = atts('The ministry said the deal was "an important milestone", while the trade representative said it '
                 'would "open the market as never before".')
    first = next(a for a in found if a["source"]["text"] == "The ministry")
    assert "while" not in first["content"]["text"], first["content"]


ASSEMBLY_RESOLUTION = """Resolution adopted by the General Assembly on 24 February 2025

The General Assembly,

Recalling its resolutions on the territorial integrity of Ukraine,

Expressing concern that the war continues to have devastating consequences,

1. Reaffirms its commitment to the sovereignty of Ukraine, notes that the fighting has displaced millions, \
and calls upon all Member States to support a just and lasting peace;

2. Demands that the parties cease hostilities without delay;

3. Decides to remain seized of the matter."""


def test_a_resolutions_clauses_are_said_by_the_body_its_opening_line_names():
    found = {(a["cue"]["text"], a["source"]["text"], a["source"]["kind"]) for a in atts(ASSEMBLY_RESOLUTION)}
    assert {("notes", "The General Assembly", "named_org"), ("calls upon", "The General Assembly", "named_org"),
            ("Demands", "The General Assembly", "named_org")} <= found
    assert not any(src.startswith(("Reaffirms", "1.")) for _, src, _ in found)


def test_a_capitalised_opening_verb_without_a_body_line_above_has_no_such_speaker():
    text = ("Expressing concern over the talks, diplomats met in Geneva.\n\n"
            "Welcomes all around: the minister said the deal was close.")
    assert all(a["source"]["text"] not in ("The General Assembly", "The Security Council") for a in atts(text))
    plain = ("The Security Council, which met on Monday, heard a briefing.\n\n"
             "Notes from the meeting show that the envoy said the truce was holding.")
    assert not any(a["source"] and a["source"]["text"].startswith("The Security Council") for a in atts(plain))


def test_a_participle_after_a_copula_speaks_for_the_copulas_subject():
    # the parser makes "convinced" the complement of "are", with the subject on "are"
    a = one("After living in different parts of the world, we are convinced this is the only country in which "
            "one can come from zero.")
    assert a["source"]["text"] == "we" and a["cue"]["text"] == "are convinced"
    assert a["content"]["text"].startswith("this is the only country")


def test_a_sentence_that_opens_with_its_verb_reports_with_nobody_named():
    # an item of a list of charges, with no subject: PolNeAR marks no source
    a = one("Lacks even the basic understanding of foreign policy, and extols the virtues of Russian President "
            "Vladimir Putin and other dictators.")
    assert a["source"] is None and a["cue"]["text"].startswith("extols")
    assert a["content"]["text"].endswith("other dictators")


def test_a_frame_the_parser_split_from_its_quote_is_no_sentence_without_subject():
    from spacy.tokens import Doc
    from newslens.complement_rules import _opens_without_subject

    def frame_after(mark: str) -> bool:
        # '"Go home!" wrote a man.' read as two sentences, "a man" the object of "wrote"
        words = [mark, "Go", "home", "!", mark, "wrote", "a", "man", "."]
        heads = [1, 1, 1, 1, 1, 5, 7, 5, 5]
        deps = ["punct", "ROOT", "advmod", "punct", "punct", "ROOT", "det", "dobj", "punct"]
        pos = ["PUNCT", "VERB", "ADV", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
        tags = ["``", "VB", "RB", ".", "''", "VBD", "DT", "NN", "."]
        doc = Doc(pipeline.nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
        return _opens_without_subject(doc[5], [])

    assert not frame_after("''")  # the verb frames the quote before it
    assert frame_after("-")  # no quote before it: a sentence that opens with its verb


def test_a_report_made_by_way_of_another_ends_before_by():
    # "by telling them that ..." says how he pitched himself, and is a report of its own
    found = atts("He recently pitched himself to African-Americans by telling them that their lives are about "
                 "as terrible as can be.")
    pitched = next(a for a in found if a["cue"]["text"].endswith("pitched"))
    assert "telling" not in pitched["content"]["text"]
    telling = next(a for a in found if a["cue"]["text"] == "telling")
    assert telling["source"]["text"] == "He" and telling["content"]["text"].startswith("that their lives")


def test_a_clause_set_against_a_report_that_reports_on_its_own_is_not_in_it():
    found = atts("He claimed that paying no income taxes was smart, although he again refused to pledge to release "
                 "his tax returns before the election.")
    claimed = next(a for a in found if a["cue"]["text"] == "claimed")
    assert claimed["content"]["text"] == "that paying no income taxes was smart"
    refused = next(a for a in found if "refused" in a["cue"]["text"])
    assert refused["source"]["text"] == "he" and refused["content"]["text"].startswith("to pledge")


def test_a_clause_set_against_a_report_that_reports_nothing_stays_in_it():
    a = one("She said the deal was fair, although prices rose sharply in the months after it was signed.")
    assert a["content"]["text"].endswith("after it was signed")


def test_a_clause_set_against_the_rest_inside_what_was_said_stays_in_it():
    # the "although" clause opens what the poll showed; it is not set against the report
    found = atts("The poll showed that although Clinton has touted her governmental experience as a key part of "
                 "her campaign, voters rated her lower on honesty.")
    showed = next(a for a in found if a["cue"]["text"] == "showed")
    assert showed["content"]["text"].endswith("voters rated her lower on honesty")


@pytest.mark.parametrize("text, second", [
    # the parser hangs the participle on the clause said, not on "said"
    ("She said that the two sides agreed on the plan, adding that talks would resume.", "adding"),
    # a participle that leads to the report ("going on to say")
    ("Sanders said the plan was bad, going on to say that the country has spent years fighting racism.",
     "going on to say"),
])
def test_a_second_report_after_a_comma_is_not_in_what_was_said_first(text, second):
    found = atts(text)
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert second.split()[0] not in said["content"]["text"]
    other = next(a for a in found if a["cue"]["text"] == second)
    assert other["source"]["text"] == said["source"]["text"] and other["rule"] == "verb_complement"


@pytest.mark.parametrize("text, source, cue", [
    ("In a statement announcing the pick, the Association of Flight Attendants called Clinton a champion.",
     "a statement", "announcing"),
    ("Despite polls showing her well behind, Clinton campaigned vigorously in the state.", "polls", "showing"),
    # whose the document is, when it says so
    ("In her statement condemning the test, Clinton defended her record as secretary of state.", "her",
     "condemning"),
])
def test_a_document_in_a_phrase_says_what_its_participle_reports(text, source, cue):
    a = next(x for x in atts(text) if x["cue"]["text"] == cue)
    assert a["source"]["text"] == source


def test_a_that_clause_after_an_aside_is_what_the_frame_before_it_reports():
    # the parser makes "wants" (opened by "that") the sentence's verb and the frame a clause of it
    a = one("The Republican nominee continues to insist, most recently in a Labor Day interview with ABC News, "
            "that he really, really wants to release his taxes.")
    assert (a["source"]["text"], a["cue"]["text"]) == ("The Republican nominee", "continues to insist")
    assert a["content"]["text"].startswith("that he really")


def test_a_second_act_after_a_perfect_the_tagger_took_for_a_past_is_the_speakers():
    # "he'd battled" is "he had battled": "called" is not in the tense of the clause said
    found = atts("Rendell said he’d battled pneumonia three times and called it a common ailment.")
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert "called" not in said["content"]["text"]
    called = next(a for a in found if a["cue"]["text"] == "called")
    assert called["source"]["text"] == "Rendell"


@pytest.mark.parametrize("probability, clause, obj", [(0.43, True, False), (0.41, False, False), (0.46, True, True)])
def test_a_verb_that_governs_a_clause_needs_less_of_the_cue_model_than_one_with_an_object(
        monkeypatch, probability, clause, obj):
    """The cue model's threshold depends on what the verb governs: a clause
    (``CLAUSE_CUE_MIN_PROBABILITY``) or an object (``CUE_MIN_PROBABILITY``)."""
    from newslens import complement_rules, rule_thresholds
    assert rule_thresholds.CLAUSE_CUE_MIN_PROBABILITY < 0.43 < rule_thresholds.CUE_MIN_PROBABILITY < 0.46
    monkeypatch.setattr(complement_rules, "cue_probability", lambda *args, **kw: probability)
    found = atts("The minister believes the deal will hold. The ambassador criticised the new tariffs.")
    assert any(a["cue"]["text"] == "believes" for a in found) == clause
    assert any(a["cue"]["text"] == "criticised" for a in found) == obj


@pytest.mark.parametrize("probability, embedded, main", [(0.3, True, False), (0.2, False, False), (0.5, True, True)])
def test_a_verb_that_is_the_clause_of_another_word_needs_less_of_the_cue_model(monkeypatch, probability, embedded, main):
    """A verb the parser makes the clause of another word ("It is no secret that Tehran wants
    ...") is a cue at ``CLAUSE_VERB_CUE_MIN_PROBABILITY``, below the threshold of its frame."""
    from newslens import complement_rules, rule_thresholds
    assert 0.2 < rule_thresholds.CLAUSE_VERB_CUE_MIN_PROBABILITY < 0.3 < rule_thresholds.CLAUSE_CUE_MIN_PROBABILITY
    monkeypatch.setattr(complement_rules, "cue_probability", lambda *args, **kw: probability)
    found = atts("It is no secret that Tehran wants the sanctions lifted. The minister believes the deal will hold.")
    wants = [a for a in found if a["cue"]["text"] == "wants"]
    assert bool(wants) == embedded and (not wants or wants[0]["source"]["text"] == "Tehran")
    assert any(a["cue"]["text"] == "believes" for a in found) == main


@pytest.mark.parametrize("text, content", [
    ("According to the state broadcaster, the defence minister said that the border would stay closed until March.",
     "the defence minister said that the border would stay closed until March"),
    ("According to two officials, the envoy told the committee that sanctions were not working.",
     "the envoy told the committee that sanctions were not working"),
])
def test_a_report_inside_what_according_to_gives_is_not_read_apart(text, content):
    # PolNeAR annotates the outermost attribution only (train: 11 of 40 such inner reports marked)
    assert [(a["rule"], a["source"]["text"], a["content"]["text"]) for a in atts(text)] == [
        ("according_to", text[13:].split(",")[0], content)]


@pytest.mark.parametrize("text", [
    "Aides said she hesitated to repeat the claim that the vote was rigged.",
    "The minister said that the envoy flew to Geneva on Monday to express concern about the talks.",
])
def test_a_to_infinitive_inside_a_report_is_no_report_of_its_own(text):
    assert [a["rule"] for a in atts(text)] == ["verb_complement"]



@pytest.mark.parametrize("text, cue", [
    ("The envoy hesitated to repeat his earlier criticism of the sanctions.", "hesitated to repeat"),
    ("The ministry has been working to emphasize the defence side of the partnership.",
     "has been working to emphasize"),
    ('The Kremlin wanted to show that "sanctions do not work."', "wanted to show"),
])
def test_a_verb_right_before_the_infinitive_that_reports_opens_the_cue(text, cue):
    assert one(text)["cue"]["text"] == cue


def test_an_object_between_a_verb_and_the_infinitive_keeps_the_verb_out_of_the_cue():
    cue = one("The campaign paid a studio to broadcast a film about the deal.")["cue"]["text"]
    assert cue.startswith("to broadcast")
