from __future__ import annotations

import pytest

from conftest import analyze_text
from newslens.claims import find_hedges, numbers_frame, verify_first
from newslens.quantities import parse_quantities, resolve_date


def claims(text, date="2019-06-25"):
    return analyze_text(text, date).records["claims"]


def claim_texts(text):
    """The claims' texts of an article of several paragraphs (a headline, a byline, a body)."""
    import newslens
    from newslens.articles import paragraph_spans

    art = newslens.Article(id="t", text=text, paragraphs=paragraph_spans(text))
    return [c["text"] for c in newslens.analyze(art).records["claims"]]


def one(text, date="2019-06-25"):
    found = claims(text, date)
    assert len(found) == 1, [c["text"] for c in found]
    return found[0]


@pytest.mark.parametrize("text,kind", [
    ("India signed the deal with Russia in October.", "event"),
    ("The two sides are discussing the agreement.", "event"),
    ("The minister will visit Washington next week.", "plan"),
    ("India to stand firm on the deal with Russia.", "plan"),
    ("The last batch is due by the end of 2027.", "plan"),
    # a modal with a date ahead, over a frame set inside what is said
    ("The deal could reportedly be signed as early as next month.", "plan"),
    ("The next day, the minister resigned.", "event"),
    ("The missile can hit targets up to 400 km away.", "quantity"),
    ("The deal is worth $5 billion.", "quantity"),
    ("This missile deal is very important for India.", "evaluation"),
    ("It is one of the world's most lethal missiles.", "evaluation"),
    ('"Japan is our closest partner," the minister told reporters.', "evaluation"),
    ("This is the most important partnership of the century.", "evaluation"),
    # a rank by size or number, which data can check
    ("India is the world's largest importer of arms.", "quantity"),
    ("India is the world's most populous country.", "quantity"),
    # a superlative that names what, and "at least", do not judge
    ("The last treaty between the two largest powers expired on Thursday.", "event"),
    ("At least 40 people were killed in the strikes.", "event"),
    ("The US has threatened India with sanctions.", "position"),
    ("These sanctions are meant to deter buyers of Russian arms.", "event"),
    ("India is a large country with many languages.", "background"),
    # how things stand, told in a count large enough to be a statistic; not the count of who
    ("North Korea holds an estimated 50 warheads and some 1,200 ballistic missiles.", "quantity"),
    ("Officials of the two countries meet every month.", "background"),
])
def test_kinds(text, kind):
    assert one(text)["kind"] == kind


def test_sentence_with_two_assertions_is_split():
    found = claims("India bought the missiles in 2018 and the US imposed sanctions in 2019.")
    assert [c["text"] for c in found] == ["India bought the missiles in 2018", "the US imposed sanctions in 2019."]


def test_shared_subject_is_not_split():
    assert len(claims("India has succumbed to US pressure and has given up oil purchases from Iran.")) == 1


@pytest.mark.parametrize("text,hedge", [
    ("The deal was reportedly signed.", "reportedly"), ("The visit is being termed as preparatory.", "is being termed"),
    ("India may sign the deal.", "may"), ("The deal is likely to go ahead.", "likely"),
    ("If the talks fail, sanctions follow.", "If"),
    ("It is unclear whether India will get a waiver.", "unclear"),
    ("It is not clear when the talks resume.", "not clear"),
])
def test_hedges(text, hedge):
    hedges, boosters, certainty = find_hedges(text)
    assert hedge in hedges and certainty < 0.7


def test_boosters_and_the_month_may():
    hedges, boosters, certainty = find_hedges("The deal is clearly very important and was signed in May.")
    assert boosters == ["clearly", "very"] and hedges == [] and certainty > 0.7


def test_anonymous_sourcing_is_a_hedge_and_own_voice_is_not():
    c = one("Officials said that the talks had collapsed.")
    assert "anonymous source" in c["hedges"] and c["attribution_id"] is not None
    c2 = one("The talks collapsed on Monday.")
    assert c2["attribution_id"] is None and c2["hedges"] == []


@pytest.mark.parametrize("text,value,unit", [
    ("the $ 5 billion deal", 5e9, "USD"), ("a USD 5.4 billion contract", 5.4e9, "USD"),
    ("Rs 500 crore", 5e9, "INR"), ("Rs 20 lakh", 2e6, "INR"), ("up to 400 km", 400, "km"),
    ("grew 12 per cent", 12, "%"), ("a five-billion-dollar deal", 5e9, "USD"), ("for three years", 3, "year"),
    ("five regiments of the system", 5, "count:regiments"), ("48 Mi-17 helicopters", 48, "count:helicopters"),
    # plurals without an "s"
    ("killed at least 25 people", 25, "count:people"), ("three children", 3, "count:children"),
    # a unit after a word is the unit, not a count of it; time stays counted
    ("a zone of 200 nautical miles", 200, "nmi"), ("some 4,000 total kilometres", 4000, "km"),
    ("two more years", 2, "count:years"),
    # weights in words, and pounds that weigh rather than pay
    ("a stockpile of 182 kilograms", 182, "kg"), ("about 90 kilos", 90, "kg"),
    ("carried 700 pounds of explosives", 700, "lb"), ("a fine of 500 pounds", 500, "GBP"),
    ("10 million pounds in aid", 1e7, "GBP"),
    # shares written as words
    ("two-thirds of the chamber", 66.67, "%"), ("three quarters of voters", 75, "%"),
])
def test_quantities(text, value, unit):
    [q] = parse_quantities(text)
    assert q["value"] == pytest.approx(value) and q["unit"] == unit


def test_pounds_beside_a_weight_are_a_weight():
    found = parse_quantities("The plant holds 40 kg (88 pounds) of fuel and 3 tonnes (6,600 pounds) of waste.")
    assert [(q["text"], q["unit"]) for q in found] == [
        ("40 kg", "kg"), ("88 pounds", "lb"), ("3 tonnes", "t"), ("6,600 pounds", "lb")]


def test_no_quantity_in_years_dates_and_model_numbers():
    assert parse_quantities("In 2016 on June 26 the S-400 and AK-203 and the two countries") == []


@pytest.mark.parametrize("expr,future,expected", [
    ("on Wednesday", True, "2019-06-26"), ("in May", False, "2019-05"), ("yesterday", None, "2019-06-24"),
    ("last year", None, "2018"), ("October 27, 2020", None, "2020-10-27"), ("next month", None, "2019-07"),
    ("on Monday", False, "2019-06-24"), ("in 2016", None, "2016"), ("in March", True, "2020-03"),
])
def test_dates_resolved_against_article_date(expr, future, expected):
    assert resolve_date(expr, "2019-06-25", future=future) == expected


def test_claim_dates_follow_tense():
    plan = one("Jaishankar will meet Pompeo on Wednesday in New Delhi.")
    assert plan["dates"] == [{"text": "Wednesday", "value": "2019-06-26"}]
    event = one("India gave up oil purchases from Iran when a waiver ran out in May.")
    assert event["dates"][0]["value"] == "2019-05"


def test_repeats():
    text = ("India has given up oil purchases from Iran after US pressure.\n\nThe minister met Pompeo.\n\n"
            "India has given up oil purchases from Iran after US pressure.")
    found = claims(text)
    assert found[-1]["repeat_of"] == found[0]["id"] and found[0]["repeat_of"] is None
    assert all(c["id"] != found[-1]["id"] for c in verify_first(found))


def test_checkworthy_ranks_specific_consequential_claims_over_opinion_and_scheduling():
    found = claims("The US imposed $2 billion in sanctions on Turkey on Monday. The visit will be useful. "
                   "The minister will travel on Friday.")
    by_text = {c["text"][:12]: c["checkworthy"] for c in found}
    assert by_text["The US impos"] > by_text["The visit wi"] and by_text["The US impos"] > by_text["The minister"]
    assert all(0 <= c["checkworthy"] <= 1 for c in found)


def test_seed_gold_claims(seed_analysis, gold):
    """The gold's checkable claims rank in the top third; its quantities come out right."""
    ranked = verify_first(seed_analysis.records["claims"], n=10_000)
    third = len(ranked) / 3
    for g in gold["claims"]["checkable"]:
        pos = next((i for i, c in enumerate(ranked) if g[:40] in c["text"] or c["text"][:40] in g), None)
        assert pos is not None and pos < third, (g[:50], pos, third)
    found = [q for c in seed_analysis.records["claims"] for q in c["quantities"]]
    for q in gold["claims"]["quantities"]:
        assert any(f["text"] == q["text"] and f["value"] == q["value"] and f["unit"] == q["unit"] for f in found), q


def test_numbers_table_writes_amounts_as_a_reader_would_and_marks_unresolved_dates():
    text = "India signed a $2.2-billion deal for four frigates last week."
    dated = numbers_frame(claims(text)).set_index("text")["value"].to_dict()
    assert "2,200,000,000" in dated.values() and "4" in dated.values()
    assert any(v.startswith("2019-06") for v in dated.values())
    undated = numbers_frame(claims(text, date=None))
    dates = undated[undated["unit"] == "date"]["value"]
    assert len(dates) and (dates == "?").all()


def test_a_byline_is_no_claim():
    text = ("Jets deal near\n\nBy Anna Lee and Omar Aziz\n\nIndia and France are close to a deal for 26 jets.\n\n"
            "By March the talks had stalled twice.")
    texts = claim_texts(text)
    assert not any(t.startswith("By Anna") for t in texts)
    assert any(t.startswith("By March") for t in texts)


def test_a_dateline_cut_off_as_a_sentence_is_no_claim():
    text = ("Ottawa widens sanctions on shipping firms\n\nOTTAWA, March 4 (Wire) - Canada on Tuesday imposed sanctions "
            "on 14 shipping companies, the foreign ministry said.")
    texts = claim_texts(text)
    assert not any(t.startswith("OTTAWA") and len(t.split()) < 6 for t in texts), texts
    assert any("imposed sanctions" in t for t in texts), texts


def test_a_claim_is_linked_to_the_attribution_that_frames_it_however_long_the_frame():
    c = one("One of the two officials, who asked not to be named because the talks are private, said the list "
            "could be published next week.")
    assert c["attribution_id"] is not None
    assert "anonymous source" in c["hedges"]
    # a clause whose subject the parser read as the verb's object is still what was said
    c = one("Analysts at the bank said the 15% rate, while lower than feared, would still cut growth by half a point.")
    assert c["attribution_id"] is not None


def test_a_dateline_of_two_cities_is_no_claim():
    text = ("Truce extended\n\nLIMA/SANTIAGO, Aug 11 (Wire) - The two governments extended their fishing truce for "
            "another 90 days on Monday, averting a return to naval patrols while negotiators work on a broader accord.")
    texts = claim_texts(text)
    assert not any(t.startswith("LIMA/SANTIAGO") and len(t.split()) < 6 for t in texts), texts


def test_a_dateline_that_opens_a_sentence_is_no_part_of_the_claim():
    text = ("Frigates for Estonia\n\nBy Staff Reporter\n\nTAIPEI, Oct 26 — The United States has approved the sale of "
            "missile systems to Estonia, the Pentagon said on Friday.\n\n"
            "New Delhi, April 24 (Newswire): India on Wednesday suspended a 1960 water treaty with Pakistan.")
    texts = claim_texts(text)
    assert any(t.startswith("The United States has approved") for t in texts), texts
    assert any(t.startswith("India on Wednesday suspended") for t in texts), texts


def _conjoined_parse(last_clause: list[str], last_heads: list[int], last_deps: list[str]):
    """'The package includes radar equipment, <last clause> .' as the parser reads some such
    sentences: the last clause's verb a conjunct of the first's."""
    from spacy.tokens import Doc
    from newslens import pipeline

    words = ["The", "package", "includes", "radar", "equipment", ","] + last_clause + ["."]
    heads = [1, 2, 2, 4, 2, 2] + [h + 6 for h in last_heads] + [2]
    deps = ["det", "nsubj", "ROOT", "compound", "dobj", "punct"] + last_deps + ["punct"]
    pos = {"includes": "VERB", "said": "VERB", "bought": "VERB"}
    lemmas = {"includes": "include", "said": "say", "bought": "buy"}
    return Doc(pipeline.nlp().vocab, words=words, heads=heads, deps=deps,
               pos=[pos.get(w, "NOUN" if w.islower() else "PROPN") if w.isalpha() else "PUNCT" for w in words],
               lemmas=[lemmas.get(w, w.lower()) for w in words])


def test_a_speaker_and_verb_closing_a_sentence_are_no_claim_of_their_own():
    from newslens.claims import claim_units

    frame = _conjoined_parse(["the", "agency", "said", "in", "a", "statement"], [1, 2, -4, 2, 5, 3],
                             ["det", "nsubj", "conj", "prep", "det", "pobj"])
    assert len(claim_units(frame)) == 1
    clause = _conjoined_parse(["the", "navy", "bought", "the", "rest"], [1, 2, -4, 4, 2],
                              ["det", "nsubj", "conj", "det", "dobj"])
    assert len(claim_units(clause)) == 2


def test_questions_claim_nothing_and_speaker_labels_are_not_part_of_a_claim():
    text = ("Regular briefing of the Foreign Ministry\n\n"
            "AFP: Will the foreign minister visit Europe this month?\n\n"
            "Spokesperson Lin Hai: The Chinese vessel acted in accordance with the law. I have no information "
            "on travel to release at the moment.")
    texts = claim_texts(text)
    assert not any(t.endswith("?") for t in texts), texts
    assert "The Chinese vessel acted in accordance with the law." in texts, texts
    assert not any(t.startswith("Spokesperson") for t in texts), texts


def test_an_agencys_city_and_date_cut_off_by_a_stop_is_no_claim():
    texts = claim_texts("Russia offers more jets to India, source says\n\n"
                        "MOSCOW, February 11. /TASS/. Russia is ready to supply India with additional fighter jets, "
                        "a source told TASS.")
    assert not any(t.startswith("MOSCOW") for t in texts), texts
    assert any(t.startswith("Russia is ready") for t in texts), texts


def test_a_wires_sign_off_line_claims_nothing():
    text = ("Talks resume in Doha\n\nMediators said the talks would resume on Monday in the Qatari capital.\n\n"
            "(Reporting by Lena Ortiz and Sam Reyes; Editing by Mark Hollis)\n\nAdditional reporting by Tom Bell in Cairo")
    found = [c["text"] for c in claims(text)]
    assert any("talks would resume" in t for t in found)
    assert not any("Reporting" in t or "Editing" in t or "reporting" in t for t in found)


def test_a_bulleted_key_point_is_a_claim_without_its_bullet():
    found = [c["text"] for c in claims("Key points:\n• Allies commit to spend 4% of GDP on defence by 2030\n"
                                       "• Two members secure exemptions")]
    assert "Allies commit to spend 4% of GDP on defence by 2030" in found


def test_a_claim_made_of_two_reports_of_one_speaker_is_that_speakers():
    text = ("Russia's deputy envoy said that sanctions would only make matters worse and called for "
            "“respect for Sudan's sovereignty”.")
    an = analyze_text(text, "2025-01-01")
    claim = next(c for c in an.records["claims"] if "sanctions" in c["text"])
    att = next(a for a in an.records["attributions"] if a["id"] == claim["attribution_id"])
    assert att["source"]["text"] == "Russia's deputy envoy" and att["cue"]["text"] == "said"


def test_the_number_of_those_who_say_it_is_no_quantity_of_the_claim_but_a_poll_share_is():
    c = one("According to three officials briefed on the talks, the United States presented a new plan.")
    assert c["quantities"] == []
    c = one("In the survey, 38 percent of respondents said the talks would fail.")
    assert [q["unit"] for q in c["quantities"]] == ["%"]


def test_air_strikes_that_killed_people_are_an_event_not_a_capability():
    assert one("At least 40 people were killed in air strikes overnight.")["kind"] == "event"
    assert one("The missile can strike targets up to 400 km away.")["kind"] == "quantity"


@pytest.mark.parametrize("text,kind", [
    ("The so-called ruling is illegal, null and void.", "evaluation"),
    ("The coast guard's operation was professional and restrained.", "evaluation"),
    # what something was named is not what is claimed: the rejection is an event
    ('The ministry on Friday rejected what it termed "irresponsible and provocative" remarks by the envoy.', "event"),
])
def test_words_of_diplomatic_judgement_make_an_evaluation(text, kind):
    assert one(text)["kind"] == kind


def test_a_press_releases_paragraph_numbers_and_date_line_are_no_claims():
    found = claims("The two ministers met in Male on Friday.\n\n3. The minister reiterated support for the projects."
                   "\n\nNew Delhi\nAugust 11, 2024")
    assert [c["text"] for c in found] == ["The two ministers met in Male on Friday.",
                                          "The minister reiterated support for the projects."]


def test_how_long_something_has_gone_on_is_no_quantity():
    assert one("For three decades, Europe has assumed that the United States would underwrite its defence.")["kind"] \
        != "quantity"



def test_a_second_clause_is_cut_at_its_own_and_not_at_an_or_before_it():
    assert claim_texts("Peru does not accept or recognize the ruling, and we will never accept any claim based on "
                       "it.") == ["Peru does not accept or recognize the ruling",
                                  "we will never accept any claim based on it."]


def test_a_claim_with_its_frame_set_inside_it_is_held_by_that_frame():
    text = "From there, two of the officials said, the cargo was driven across the border into Chad."
    [c] = claims(text)
    atts = analyze_text(text, "2019-06-25").records["attributions"]
    assert c["attribution_id"] == atts[0]["id"] and atts[0]["rule"] == "verb_parenthetical"


def test_a_wires_note_that_a_claim_was_not_checked_is_a_hedge():
    c = one("Moscow says it captured the village of Novoselivka, a claim that could not be independently verified.")
    assert "could not be independently verified" in c["hedges"]


def test_a_claim_the_next_sentence_says_could_not_be_checked_is_hedged():
    found = claims("Moscow said it had taken the village of Avdiivka. The claim could not be independently verified.")
    assert "not independently verified" in found[0]["hedges"]
    plain = claims("Moscow said it had taken the village of Avdiivka. Fighting went on overnight.")
    assert "not independently verified" not in plain[0]["hedges"]
    apart = claims("Moscow said it had taken the village of Avdiivka.\n\nThe claim could not be verified.")
    assert "not independently verified" not in apart[0]["hedges"]


@pytest.mark.parametrize("text,expected", [
    ("More than half of Chad's population needs aid.", [("More than half", 50.0, "%")]),
    ("Nearly a third of the voters stayed home.", [("Nearly a third", 33.33, "%")]),
    # a half of a year is a span of time, not a share
    ("Exports fell in the second half of the year.", []),
])
def test_shares_in_words(text, expected):
    assert [(q["text"], q["value"], q["unit"]) for q in parse_quantities(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The treaty lets more than three dozen signatories fly over each other.", [("three dozen signatories", 36.0,
                                                                                 "count:signatories")]),
    ("Two dozen countries signed the letter.", [("Two dozen countries", 24.0, "count:countries")]),
    ("A dozen drones were shot down.", [("A dozen drones", 12.0, "count:drones")]),
])
def test_dozens_multiply_once(text, expected):
    assert [(q["text"], q["value"], q["unit"]) for q in parse_quantities(text)] == expected


def test_a_quote_that_opens_the_claim_is_held_by_its_speaker_however_long_what_follows():
    c = one('"We see no progress at all," the EU envoy Tomas Berg said after a long meeting with the Serbian '
            "president and the Kosovo prime minister in Brussels on Thursday evening.")
    assert c["attribution_id"] is not None


@pytest.mark.parametrize("text,expected", [
    ("Riyadh may cut output by up to 500,000 barrels per day (bpd).", [("500,000 barrels per day", 500000.0,
                                                                         "barrel/day")]),
    ("The plant will ship 4 million tonnes a year of LNG.", [("4 million tonnes a year", 4000000.0, "t/year")]),
    ("The tanks held 5 million barrels in March.", [("5 million barrels", 5000000.0, "barrel")]),
])
def test_amounts_per_day_or_year_are_rates(text, expected):
    assert [(q["text"], q["value"], q["unit"]) for q in parse_quantities(text)] == expected


def test_a_statement_s_signature_line_is_no_claim():
    texts = claim_texts("The Secretary-General condemns the attack on peacekeepers in Lebanon.\n\n"
                        "Farhan Haq, Deputy Spokesperson for the Secretary-General\n\nNew York, 3 March 2025")
    assert texts == ["The Secretary-General condemns the attack on peacekeepers in Lebanon."], texts
    # (a headline of two names is one)
    texts = claim_texts("Macron, Meloni clash over migrant boats\n\nThe two leaders spoke on Friday.")
    assert texts[0] == "Macron, Meloni clash over migrant boats", texts


def test_footnotes_are_no_claims_and_their_marks_no_part_of_one():
    texts = claim_texts("The treaty caps each side at 1,550 deployed warheads.[2] Washington has not replied.[4]\n\n"
                        "Notes\n[2] U.S. Department of State, Aggregate Numbers, 2023.\n[4] Remarks to reporters, "
                        "September 2025.")
    assert texts == ["The treaty caps each side at 1,550 deployed warheads.", "Washington has not replied."], texts


@pytest.mark.parametrize("text", [
    "(Signed) Seyed Abbas Araghchi\nMinister for Foreign Affairs of the Islamic Republic of Iran",
    "Answered by Lord Collins of Highbury",
    "— Radosław Sikorski (@sikorskiradek) September 10, 2025",
])
def test_lines_that_sign_a_letter_an_answer_or_a_post_are_no_claims(text):
    texts = claim_texts("Poland asked NATO for consultations on Wednesday.\n\n" + text)
    assert texts == ["Poland asked NATO for consultations on Wednesday."], texts


@pytest.mark.parametrize("text,expected", [
    ("Poland invokes NATO Article 4 after Russian drones enter its airspace", []),
    ("the resolution, under Resolution 2231 after three years", [("three years", "year")]),
    ("passed by 444 votes to 72 with 82 abstentions",
     [("444 votes", "count:votes for"), ("72", "count:votes against"), ("82 abstentions", "count:abstentions")]),
])
def test_a_numbered_name_is_no_count_and_a_count_skips_no_preposition(text, expected):
    assert [(q["text"], q["unit"]) for q in parse_quantities(text)] == expected


@pytest.mark.parametrize("text,claim", [
    # a release's masthead: its number, issuer, date line and a note in brackets
    ("Communiqué No. 312\nMinistry of Foreign Affairs\nMexico City, September 3, 2025\n\nThe two delegations agreed to "
     "establish a security group.\n\n(Translated from Spanish)\n\n23 October 2025",
     "The two delegations agreed to establish a security group."),
    # a wire's correction note (cut in two by its ";"), a release's embargo and its contact line
    ("FOR IMMEDIATE RELEASE\n\n(Corrects spelling of minister's name in paragraph 2; adds quote from the ministry in "
     "paragraph 5)\n\nThe two navies held joint drills off Palawan on Sunday.\n\nMedia contact: press@example.org, "
     "(202) 555-0101",
     "The two navies held joint drills off Palawan on Sunday."),
    # a photo's caption and a link to another story
    ("Photo: The two leaders shake hands after the signing. (Reuters)\n\nThe two leaders signed the truce on Sunday."
     "\n\nREAD MORE: How the border war began\n\nPhoto caption: Soldiers at a checkpoint in July.",
     "The two leaders signed the truce on Sunday."),
])
def test_the_lines_around_a_story_are_no_claims(text, claim):
    assert claim_texts(text) == [claim], claim_texts(text)


def test_a_word_in_lower_case_after_a_bracket_goes_on_its_sentence():
    from newslens import pipeline
    nlp_ = pipeline.nlp()
    text = "Representatives Ann Wagner (R-Mo.) and Joe Wilson (R-S.C.) today introduced a bill. (It has 40 cosponsors.)"
    doc = pipeline.paragraph_breaks(pipeline.make_doc(nlp_, text))
    after = [t for t in doc if t.i > 0 and doc[t.i - 1].text == ")"]
    assert [(t.text, t.is_sent_start) for t in after] == [("and", False), ("today", False)], after
    texts = claim_texts("Representatives Ann Wagner (R-Mo.) and Joe Wilson (R-S.C.) today introduced a bill to "
                        "sanction the junta's arms suppliers.")
    assert len(texts) == 1 and texts[0].endswith("arms suppliers."), texts


def test_a_vote_s_tally_counts_the_votes_for_and_against():
    for text, expected in (("The assembly voted 25-24 on Wednesday to approve the bill.", [25.0, 24.0]),
                           ("The motion passed by 32 votes to 9.", [32.0, 9.0])):
        found = [(q["value"], q["unit"]) for q in parse_quantities(text)]
        assert found == [(expected[0], "count:votes for"), (expected[1], "count:votes against")], found
    assert parse_quantities("Imports doubled between 2015-19 and 2020-24.") == []


def test_a_claim_that_opens_with_a_frame_and_goes_on_with_the_speaker_s_second_act_is_the_speaker_s():
    found = claims("The Egyptian foreign ministry said the move was \"a flagrant violation of international law\" and "
                   "rejected any attempt to displace Palestinians from Gaza into Sinai.")
    assert found[0]["attribution_id"] is not None, found[0]


def test_a_word_ending_like_a_currency_code_is_no_currency():
    found = [(q["text"], q["unit"]) for q in parse_quantities("It covers 821 missiles and the others 50 tanks.")]
    assert found == [("821 missiles", "count:missiles"), ("50 tanks", "count:tanks")], found
    assert [q["unit"] for q in parse_quantities("a deal worth Rs 500 crore")] == ["INR"]
    # (a dollar with a country's letter before it is that country's)
    found = [(q["text"], q["unit"]) for q in parse_quantities("tariffs on C$30 billion ($20.7 billion) and A$368bn")]
    assert found == [("C$30 billion", "CAD"), ("$20.7 billion", "USD"), ("A$368bn", "AUD")], found


def test_a_letter_s_salutation_and_signature_block_and_a_signature_in_capitals_are_no_claims():
    texts = claim_texts("Dear Minister Wadephul,\n\nWe write to urge you to reconsider the decision to close the "
                        "consulate.\n\nSincerely,\n\nAnna Keller\nChair, Committee on Foreign Affairs\n\nJonas Brandt\n"
                        "Member of Parliament")
    assert texts == ["We write to urge you to reconsider the decision to close the consulate."], texts
    texts = claim_texts("Sec. 3. Termination.\n\nThe tariff shall end one year after the last purchase.\n\n"
                        "DONALD J. TRUMP\n\nTHE WHITE HOUSE,\nMarch 24, 2025.")
    assert texts == ["The tariff shall end one year after the last purchase."], texts
    # (but a headline in capitals is a claim, with a line in capitals over it or not)
    for text in ("TRUMP SIGNS TRADE DEAL WITH JAPAN\n\nThe deal was signed on Monday.",
                 "EXCLUSIVE\n\nTRUMP SIGNS TRADE DEAL WITH JAPAN\n\nThe deal was signed on Monday."):
        assert claim_texts(text)[0] == "TRUMP SIGNS TRADE DEAL WITH JAPAN", claim_texts(text)


def test_a_tally_in_favour_and_against_and_a_signed_by_line():
    text = "adopted by a vote of 91 in favour to 12 against, with 57 abstentions"
    found = [(q["text"], q["unit"]) for q in parse_quantities(text)]
    assert found == [("91 in favour", "count:votes for"), ("12 against", "count:votes against"),
                     ("57 abstentions", "count:abstentions")], found
    assert [q["unit"] for q in parse_quantities("won 141 votes and 32 abstentions")] == ["count:votes",
                                                                                         "count:abstentions"]
    texts = claim_texts("We urge all parties to agree to a truce.\n\nSigned by the foreign ministers of:\nNorway\n"
                        "Japan")
    assert texts == ["We urge all parties to agree to a truce."], texts
