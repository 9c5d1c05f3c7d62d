"""Who a source is (``newslens.speakers``): its kind, the entity it names or stands for (a
pronoun's or a description's antecedent) and the side it speaks for, on sentences written
for these tests."""
from __future__ import annotations

import pytest

from newslens import sourcing

import newslens
from attribution_helpers import atts, named, one
from conftest import analyze_text


def test_the_article_s_own_outlet_is_an_outlet():
    a = one("As reported by Daily Planet Online earlier, the pact is ready.", outlet="Daily Planet Online")
    assert a["source"]["kind"] == "outlet"


def test_pronoun_source_linked_to_person():
    found = atts("Narendra Modi spoke in Osaka on Friday. He said that India would buy the system.")
    a = found[-1]
    assert a["source"]["text"] == "He" and a["source"]["kind"] == "named_person"
    modi = newslens.analyze(newslens.Article(id="t", text="Narendra Modi spoke.")).records["entities"][0]
    assert modi["name"] == "Narendra Modi" and a["source"]["entity_id"] is not None


def test_an_office_with_the_goes_to_the_person_named_with_that_title_before():
    text = ("Defence Minister Anil Rao and US Defence Secretary John Miles signed the pact on Monday.\n\n"
            "The pact is a big step for both navies, the US Defence Secretary said.\n\n"
            "The minister said the navy would buy six ships.\n\n"
            "A minister said the deal was done.")
    assert [name for _, name in named(text)] == ["John Miles", "Anil Rao", None]
    kinds = [(a["source"]["kind"], a["source"]["side"]) for a in atts(text)]
    assert kinds == [("named_person", "United States"), ("named_person", None), ("anonymous", None)]
    # an office nobody was named with before is still a person, not an organisation
    a = one("The pact is a big step for both navies, the French Defence Minister said.")
    assert (a["source"]["kind"], a["source"]["entity_id"]) == ("named_person", None)


def test_a_pronoun_goes_to_the_person_who_is_the_subject_since_the_last_speaker():
    found = named("Donald Trump said that the talks went well. Later, Anil Mehta gave a briefing "
                   "in Osaka. He said that the two sides discussed trade.")
    assert found[-1] == ("He (Anil Mehta)", "Anil Mehta")
    found = named("Donald Trump said that the talks went well with Narendra Modi. He added that the "
                   "two countries are friends.")  # a person named but not as a subject: the speaker goes on
    assert found[-1][1] == "Donald Trump"


def test_he_after_one_unnamed_official_is_that_official_not_a_person_named_before():
    found = atts("Prime Minister Lena Ortiz said that the border would stay open. A senior customs official "
                 "complained that the checks were slow. He said that trucks waited for days.")
    he = found[-1]["source"]
    assert he["text"] == "He" and (he["kind"], he["entity_id"]) == ("anonymous", None)
    # several officials are no "he": it goes back to the person named before them
    found = named("Prime Minister Lena Ortiz said that the border would stay open. Customs officials "
                   "complained that the checks were slow. She said that trucks would move faster.")
    assert found[-1] == ("She (Lena Ortiz)", "Lena Ortiz")


def test_the_table_names_what_a_source_stands_for_unless_it_names_it_already():
    names = {"E1": "United States", "E2": "Rajnath Singh"}
    cell = lambda text, eid: sourcing._source_cell({"source": {"text": text, "entity_id": eid}}, names)  # noqa: E731
    assert cell("he", "E2") == "he (Rajnath Singh)"
    assert cell("Rajnath", "E2") == "Rajnath" and cell("the U.S.", "E1") == "the U.S."
    assert cell("Washington", None) == "Washington"


def test_it_goes_to_a_body_named_as_a_subject_before_it():
    found = named("Narendra Modi spoke first. The European Union was silent for a week. It said on Monday "
                   "that the missile test had failed.")
    assert found[-1] == ("It (European Union)", "European Union")


def test_it_goes_to_a_document_that_is_the_subject_since_the_last_body_spoke():
    found = atts("Moscow on Monday vetoed a draft resolution on Yemen.\n\nThe Norwegian-drafted text won 13 "
                 "votes. It would have demanded that the warring parties cease hostilities.")
    it = next(a for a in found if a["source"] and a["source"]["text"] == "It")
    assert it["source"]["kind"] == "document" and it["source"]["entity_id"] is None
    # with no document since, the body that spoke is still what "it" is
    found = atts("Moscow on Monday vetoed a draft resolution on Yemen.\n\nIt said the draft would have demanded "
                 "that the warring parties cease hostilities.")
    it = next(a for a in found if a["source"] and a["source"]["text"] == "It")
    assert it["source"]["kind"] == "named_org"


def test_a_relative_pronoun_speaks_for_what_its_clause_hangs_on():
    found = named("Senator Harry Reid, who said the deal was dead, left the chamber early.")
    assert found[0] == ("who (Harry Reid)", "Harry Reid")
    a = atts("Senator Harry Reid, who said the deal was dead, left the chamber early.")[0]
    assert a["source"]["kind"] == "named_person"


def test_only_he_she_it_and_they_are_linked_to_an_antecedent():
    found = named("Donald Trump said that the talks went well. You might say that the deal is done.")
    assert found[-1][1] is None and found[-1][0] == "You"


def test_description_linked_to_person_by_role():
    found = atts("Dr S Jaishankar met Pompeo on Wednesday. The minister said that the deal would go ahead.")
    a = found[-1]
    assert a["source"]["kind"] == "named_person" and a["source"]["side"] == "India"


@pytest.mark.parametrize("text,kind,side", [
    ("A US State Department official said that the deal was a mistake.", "anonymous", "United States"),
    ("Indian diplomatic sources said that the deal would go ahead.", "anonymous", "India"),
    ("The Ministry of External Affairs said that the talks were useful.", "named_org", "India"),
    ("A report by the Congressional Research Service said that ties had improved.", "document", "United States"),
    ("Mike Pompeo said that the United States wanted a waiver.", "named_person", "United States"),
    # a leader the gazetteer knows, in any of the spellings of the name
    ("President Volodymyr Zelenskiy said that the front was holding.", "named_person", "Ukraine"),
    # (the head of a body of several countries speaks for the body, as its foreign-policy chief does the EU's)
    ("Mr Guterres said that the convoys must be let through.", "named_person", "United Nations"),
    ("Rutte said that the alliance would defend every inch of its territory.", "named_person", "NATO"),
    # a country's body, named by the country
    ("Japan's coast guard said that the ships had left.", "named_org", "Japan"),
    ("Ukraine's security service said that the strike had been planned for months.", "named_org", "Ukraine"),
    ("Ukrainian intelligence said Russia was preparing a new offensive.", "named_org", "Ukraine"),
    # a body of several countries speaks for itself
    ('"The door to diplomacy remains open," said Kaja Kallas, the EU\'s foreign policy chief.', "named_person",
     "European Union"),
    ("A NATO official said the drills were routine.", "anonymous", "NATO"),
    ("The African Union said it supported the talks.", "named_org", "African Union"),
    # an armed group is a side of its own
    ("A Hamas official told AFP the group was studying the proposal.", "anonymous", "Hamas"),
    ("Houthi spokesman Yahya Saree said the group had targeted a ship.", "named_person", "Houthis"),
    # a national body is not the UN's
    ("A spokesperson for the National Security Council said the talks had stalled.", "anonymous", None),
    # a document named with a person is a document
    ("A memo prepared for the defence minister, Clara Voss, recommends that the deal go ahead.", "document", None),
    # where a diplomat serves is not whom they speak for
    ("One European ambassador in Riyadh believes the kingdom is overplaying its hand.", "anonymous", None),
    ("Western diplomats in Beijing said the talks had stalled.", "anonymous", None),
    ("A spokesman at the Chinese embassy in Washington said the claims were false.", "anonymous", "China"),
    # an academic or an expert speaks for no government, whatever country the description names
    ('"Hanoi is testing Beijing," said Tran Van Minh, a professor at Vietnam National University.', "named_person",
     None),
    ("Analysts at the Seoul-based Asan Institute said the launch was a test of a new engine.", "anonymous", None),
    # a news agency its state runs speaks for the state; one that reports, for no one
    ("KCNA said the exercises were a rehearsal for invasion.", "outlet", "North Korea"),
    ("Reuters said the exercises had ended.", "outlet", None),
    # a family name with the article of an Arabic name is no body the gazetteer knows
    ("A senior Houthi official, Abdul Karim al-Houthi, wrote that the attacks would go on.", "named_person",
     "Houthis"),
    # a country's allies are not its voice; an alliance's are
    ("Two U.S. allies said the drills were a provocation.", "anonymous", None),
    ("NATO allies said the drills were a provocation.", "named_org", "NATO"),
    # the top holder of a country's office is one person
    ("The top U.S. commander in the Pacific told lawmakers that the threat was growing.", "named_person",
     "United States"),
    ("A top U.S. official told lawmakers that the threat was growing.", "anonymous", "United States"),
    # an intelligence agency is no newsroom; a society named with a nationality is no government
    ("The swap involved 24 people, Turkey's intelligence agency MIT said.", "named_org", "Turkey"),
    ("The Federation of American Scientists estimates that Russia has 4,380 warheads.", "named_org", None),
    ("OPEC+ said it would extend its output cuts.", "named_org", "OPEC+"),
])
def test_source_kind_and_side(text, kind, side):
    a = one(text)
    assert (a["source"]["kind"], a["source"]["side"]) == (kind, side)


def test_a_dateline_the_parser_made_the_subject_gives_way_to_the_speaker():
    text = ("Tokyo : Foreign Minister Taro Kono and Defence Minister Takeshi Iwaya "
            "on March 4, 2019, welcomed Secretary of Defense Mark Esper here for the annual security talks.")
    a = atts(text)[0]
    assert a["source"]["text"].startswith("Foreign Minister Taro Kono") and a["source"]["kind"] == "named_person"


def test_a_place_the_outlets_name_contains_is_not_the_outlet():
    text = "India has made it clear that it will buy the missiles. The Daily Planet reported that talks went on."
    found = atts(text, outlet="Daily Planet of India (dailyplanet.in)")
    kinds = {a["source"]["text"]: a["source"]["kind"] for a in found}
    assert kinds["India"] != "outlet"
    assert kinds["The Daily Planet"] == "outlet"


def test_an_office_the_parser_takes_for_a_body_is_a_person():
    text = ("Raksha Mantri Anil Verma met the envoy in Paris on Monday. "
            "The Raksha Mantri said that the talks had gone well.")
    a = next(a for a in atts(text) if a["source"]["text"] == "The Raksha Mantri")
    assert a["source"]["kind"] == "named_person"


def test_they_after_several_speakers_refers_to_them_not_to_a_place_before():
    text = ("Paris: Foreign Minister Anne Leroy and Defence Minister Paul Brun met their Indian "
            "counterparts on Monday.\n\nBoth Ministers welcomed the new naval pact.\n\n"
            "They said that the pact would be signed in March.")
    found = {a["source"]["text"]: a["source"] for a in atts(text)}
    assert found["Both Ministers"]["kind"] == "named_person"
    assert found["They"]["kind"] == "named_person"
    assert found["They"]["entity_id"] is None  # "Both Ministers" names no one entity; not Paris


def test_the_two_leaders_are_people_the_article_named():
    text = ("Prime Minister Lena Holt met President Omar Sadiq in Rome. "
            "The two leaders said that trade would double by 2030.")
    a = next(a for a in atts(text) if a["source"]["text"] == "The two leaders")
    assert a["source"]["kind"] == "named_person"


@pytest.mark.parametrize("text,side", [
    ("The Indian minister and her US counterpart said that the pact would be signed soon.", "India + United States"),
    ("The Indian and French ministers said that the pact would be signed soon.", "India + France"),
    ("Foreign Minister Anne Leroy and Defence Minister Paul Brun of France said that talks went on.", "France"),
    # several of the countries named after "of"; one of neither after "to"
    ("Foreign ministers of India, the United States, Japan and Australia said that the talks went well.",
     "India + United States + Japan + Australia"),
    ("The US envoy to India and Nepal said that the talks went well.", "United States"),
])
def test_a_source_joined_from_several_countries_speaks_for_each(text, side):
    assert one(text)["source"]["side"] == side


def test_a_country_named_inside_a_modifier_does_not_make_a_source_joint():
    side = one("The envoy to India and Nepal said that the talks went well.")["source"]["side"]
    assert side is None or "+" not in side


def test_they_after_a_joint_source_speaks_for_both_sides():
    text = ("The Indian minister and her French counterpart said that the pact was ready. "
            "They added that it would be signed in March.")
    found = {a["source"]["text"]: a["source"] for a in atts(text)}
    assert found["They"]["side"] == "India + France"


def test_the_two_sides_are_the_two_countries_the_article_is_about():
    text = ("India and France met in Delhi on Monday. India wants the jets; France wants a deal. "
            "The two sides said that talks on the pact would go on.")
    a = next(a for a in atts(text) if a["source"]["text"] == "The two sides")
    assert a["source"]["kind"] == "named_org" and a["source"]["side"] == "India + France"
    lone = next(a for a in atts("The two sides said that talks would go on.") if a["source"])
    assert lone["source"]["kind"] == "anonymous" and lone["source"]["side"] is None


def test_the_same_unnamed_speaker_again_keeps_their_side():
    text = ("A Chinese foreign ministry spokesperson said that Beijing opposed the pact. "
            "The spokesperson added that talks should go on. A spokesperson for the airline said that flights were normal.")
    sides = [(a["source"]["text"], a["source"]["side"]) for a in atts(text)]
    assert ("The spokesperson", "China") in sides
    assert ("A spokesperson for the airline", None) in sides


def test_a_described_office_of_another_country_is_not_the_person_named_before():
    text = ("Prime Minister Narendra Modi said that the talks went well. "
            "The Australian Prime Minister noted that a deal was close.")
    found = {a["source"]["text"]: a["source"] for a in atts(text)}
    other = found["The Australian Prime Minister"]
    assert other["side"] == "Australia" and other["kind"] == "named_person"
    assert other["entity_id"] != found["Prime Minister Narendra Modi"]["entity_id"]


@pytest.mark.parametrize("text,kind,side", [
    ("China's foreign ministry said that the group would fail.", "named_org", "China"),
    ("The US administration said that talks would resume.", "named_org", "United States"),
    ("Beijing's ambassador in Canberra said that the group would fail.", "named_person", "China"),
    ("The Chinese ambassador said that the group would fail.", "named_person", "China"),
    ("A Chinese ambassador said that the group would fail.", "anonymous", "China"),
    ("Officials in Beijing said that the group would fail.", "anonymous", "China"),
    ("The Chinese side said that the group would fail.", "named_org", "China"),
    ("Israeli Prime Minister Benjamin Netanyahu's office said that a delegation would go to Cairo.", "named_org",
     "Israel"),
    ("The office of Pakistani Prime Minister Shehbaz Sharif said that the move was an act of war.", "named_org",
     "Pakistan"),
])
def test_a_countrys_body_or_one_holder_office_is_named(text, kind, side):
    src = one(text)["source"]
    assert (src["kind"], src["side"]) == (kind, side)


def test_a_pronoun_keeps_the_side_its_speaker_was_given():
    text = "Former Indian ambassador Ravi Kant said that the group was useful. He added that it was not an alliance."
    he = next(a for a in atts(text) if a["source"]["text"] == "He")["source"]
    assert he["side"] == "India" and he["kind"] == "named_person"


@pytest.mark.parametrize("text", ["Indian media reported that the first regiment was deployed in Punjab.",
                                  "The state press said that the talks had failed."])
def test_the_media_and_the_press_are_outlets(text):
    assert one(text)["source"]["kind"] == "outlet"


def test_data_and_findings_are_documents_but_a_party_figure_is_a_person():
    found = atts("According to the data, Peru remained the largest buyer. According to the findings, the rate rose "
                 "sharply last year. A senior party figure said the rate rose.")
    kinds = {a["source"]["text"]: a["source"]["kind"] for a in found}
    assert kinds == {"the data": "document", "the findings": "document", "A senior party figure": "anonymous"}


def test_a_speaker_found_by_a_later_rule_is_still_the_antecedent_of_a_pronoun_before_it_in_the_rules():
    # the quote frame ("he said") is found before the complement that names the speaker
    text = ("Canada's High Commissioner to India said the talks were in their final stretch. "
            "\"We will not set an artificial deadline,\" he said. The envoy added that both sides were flexible.")
    sides = [(a["source"]["text"], a["source"]["kind"], a["source"]["side"]) for a in atts(text)]
    assert sides == [("Canada's High Commissioner to India", "named_person", "Canada"),
                     ("he", "named_person", "Canada"), ("The envoy", "named_person", "Canada")]


def test_an_envoy_is_not_a_police_commissioner_named_before():
    text = ("The city's police commissioner said that the march was peaceful. "
            "The envoy said that the embassy would stay open.")
    envoy = next(a for a in atts(text) if a["source"]["text"] == "The envoy")
    assert envoy["source"]["kind"] == "anonymous"


def test_an_office_of_a_named_body_is_held_by_one_person():
    kinds = {}
    for text in ("Labour's shadow defence secretary said the plan was late.", "A Labour spokesman said the plan was late."):
        a = one(text)
        kinds[a["source"]["text"]] = a["source"]["kind"]
    assert kinds == {"Labour's shadow defence secretary": "named_person", "A Labour spokesman": "anonymous"}


def test_a_countrys_representative_is_one_person_who_speaks_for_it():
    text = ("The representative of Uruguay said the text was unbalanced. He added that his delegation would abstain. "
            "A representative of the company said that the plant was safe.")
    got = [(a["source"]["text"], a["source"]["kind"], a["source"]["side"]) for a in atts(text)]
    assert got == [("The representative of Uruguay", "named_person", "Uruguay"), ("He", "named_person", "Uruguay"),
                   ("A representative of the company", "anonymous", None)]


def test_a_name_takes_the_country_of_the_title_it_was_introduced_with():
    text = ("Russian Ambassador to Peru Ivan Sokolov arrived in Lima on Monday. "
            "Sokolov said that the deal was on track. Maria Lopez said that it was not.")
    sides = {a["source"]["text"]: a["source"]["side"] for a in atts(text)}
    assert sides == {"Sokolov": "Russia", "Maria Lopez": None}


@pytest.mark.parametrize("intro", [
    "Sokolov met the Foreign Minister of Mauritius, Anil Ramdass, in Lima.",
    "Sokolov came at the invitation of Foreign Minister of Mauritius, H.E. Mr. Anil Ramdass.",
])
def test_a_name_set_after_a_comma_beside_its_title_takes_its_country(intro):
    sides = {a["source"]["text"]: a["source"]["side"] for a in atts(intro + " Ramdass said the talks went well.")}
    assert sides["Ramdass"] == "Mauritius", sides


def test_the_head_of_a_named_body_is_one_person():
    kinds = [a["source"]["kind"] for a in atts(
        "The head of the Lima chamber of commerce told reporters that trade would grow. "
        "A leader of Hamas said that the talks were over.")]
    assert kinds == ["named_person", "anonymous"]


def test_the_same_body_again_is_named_and_a_body_is_nobodys_office():
    text = ("Seoul's foreign ministry said that the talks would resume. \"Both sides want progress,\" the "
            "ministry said.")
    srcs = [a["source"] for a in atts(text)]
    assert [(s["kind"], s["side"]) for s in srcs] == [("named_org", "South Korea")] * 2
    text = ("Foreign Ministry spokeswoman Olga Petrova said that the talks had failed. According to the ministry, "
            "the envoys will meet again.")
    last = atts(text)[-1]["source"]
    assert last["text"] == "the ministry" and last["kind"] != "named_person"


@pytest.mark.parametrize("text, kind, side", [
    ("Seoul said that it would respond in kind.", "named_org", "South Korea"),
    ("The Jakarta Post reported that the ferry had sunk.", "outlet", None),
    ("A professor at Harvard said that the sanctions had failed.", "anonymous", None),
    ("Foreign Ministry spokesperson Randhir Jaidev said that the talks had failed.", "named_person", None),
])
def test_who_a_source_is_from_capitals_newspaper_names_scholars_and_titled_names(text, kind, side):
    src = one(text)["source"]
    assert (src["kind"], src["side"]) == (kind, side)


@pytest.mark.parametrize("text, side", [
    ("Analysts at the Institute for Japan Studies said that the talks had stalled.", None),
    ("The special envoy for Iran said that the talks would resume.", None),
    ("The US special envoy for Iran said that the talks would resume.", "United States"),
    ("Sources with knowledge of the Iran talks said that a deal was close.", None),
    ("Officials familiar with Iran's offer said that it came late.", None),
    ("Sources close to the Iranian government said that a deal was close.", "Iran"),
    ("A joint Indian-Japanese statement said that the sides welcomed the deal.", "India + Japan"),
    ("A spokesperson for the Indian embassy in Washington said that the visit would go ahead.", "India"),
    ("A spokesman for Japan's foreign ministry said that the visit would go ahead.", "Japan"),
    ("A Downing Street spokesperson said that the visit would go ahead.", "United Kingdom"),
    ("The Elysee said that the visit would go ahead.", "France"),
])
def test_a_country_a_source_works_on_or_knows_of_is_not_its_side(text, side):
    assert one(text)["source"]["side"] == side


def test_a_name_inside_the_quote_a_pronoun_frames_is_not_the_pronouns_antecedent():
    text = ('Ambassador Lena Ortiz said the talks would resume. "Minister Aziz Khan was wrong about the date," '
            'she said.')
    first, second = atts(text)
    assert second["source"]["text"] == "she" and second["source"]["entity_id"] == first["source"]["entity_id"]
    # nor a name in a quote before it that it does not frame
    text = ('Ambassador Lena Ortiz said the talks were late. "Minister Aziz Khan was wrong about the date." She '
            'added that the envoys would meet again.')
    found = atts(text)
    assert found[-1]["source"]["text"] == "She" and found[-1]["source"]["entity_id"] == found[0]["source"]["entity_id"]


def test_a_dateline_of_city_and_country_before_a_dash_is_no_part_of_the_speaker():
    a = one("Muscat, Oman – Oman's Ministry of Foreign Affairs says the talks have reached a critical stage.")
    assert a["source"]["text"] == "Oman's Ministry of Foreign Affairs" and a["source"]["side"] == "Oman"


def test_a_countrys_military_is_a_named_body():
    src = one("The Turkish military said that it had struck two depots.")["source"]
    assert (src["kind"], src["side"]) == ("named_org", "Turkey")


def test_an_official_of_a_body_takes_the_side_of_that_body_named_before():
    text = ("Oman's foreign ministry said that the talks would resume. A senior ministry official told reporters "
            "that the envoys would meet in Muscat.")
    assert [a["source"]["side"] for a in atts(text)] == ["Oman", "Oman"]


def test_a_body_inside_what_a_pronoun_source_said_is_not_its_antecedent():
    text = ("Oman has offered to host the talks, according to officials familiar with them. Tehran has also "
            "sought guarantees on the venue, they said.")
    last = atts(text)[-1]["source"]
    assert last["text"] == "they" and last["kind"] == "anonymous" and last["side"] != "Iran"


def test_a_release_or_report_put_out_by_an_outlet_or_agency_is_a_document():
    assert one("According to a PIB release, the ministers met twice.")["source"]["kind"] == "document"
    assert one("A Reuters report said that the ministers met twice.")["source"]["kind"] == "document"
    assert one("Reuters reported that the ministers met twice.")["source"]["kind"] == "outlet"


def test_a_named_agency_is_a_body_not_an_outlet_and_the_agency_after_it_too():
    found = atts("The International Atomic Energy Agency said that the stockpile had grown. The agency said that "
                 "inspectors were barred.")
    assert [a["source"]["kind"] for a in found] == ["named_org", "named_org"]
    assert one("The Korean Central News Agency said that the test had succeeded.")["source"]["kind"] == "outlet"
    assert one("A news agency said that the test had succeeded.")["source"]["kind"] == "outlet"


def test_a_headline_with_two_countries_side_by_side_speaks_for_both():
    text = "S. Korea, Japan agree to resume security dialogue\n\nThe two governments announced the talks on Monday."
    a = atts(text)[0]
    assert a["source"]["text"] == "S. Korea, Japan" and a["source"]["side"] == "South Korea + Japan"


@pytest.mark.parametrize("text, kind", [
    ("The leaders welcomed the entry into force of the pact.", "named_person"),
    ("The two leaders welcomed the entry into force of the pact.", "named_person"),
    ("The leaders of the G20 welcomed the entry into force of the pact.", "anonymous"),
    ("Ministers welcomed the entry into force of the pact.", "anonymous"),
])
def test_the_leaders_of_a_joint_statement_are_the_people_named_before(text, kind):
    assert one(text)["source"]["kind"] == kind


@pytest.mark.parametrize("text, side", [
    ("Iran-backed militias said the base had been hit twice.", None),
    ("A Russia-funded broadcaster said the base had been hit twice.", None),
    # (the group speaks for itself, not for Iran)
    ("Hezbollah, which is backed by Iran, said it had fired rockets at a base.", "Hezbollah"),
    ("The Saudi-led coalition said it had intercepted a drone over the port.", "Saudi Arabia"),
])
def test_a_country_that_backs_a_group_is_not_the_side_the_group_speaks_for(text, side):
    assert one(text)["source"]["side"] == side


def test_armed_groups_are_named_bodies_of_no_country_and_sides_of_their_own():
    src = one("The Houthis said they had fired two missiles at a ship.")["source"]
    assert (src["kind"], src["side"]) == ("named_org", "Houthis")


@pytest.mark.parametrize("text, kind, side", [
    # a body named in the plural is a body, not an office's holders
    ("The Joint Chiefs of Staff (JCS) said that the missile flew 1,100 kilometers.", "named_org", None),
    # a country in a field of study names what a university studies
    ("Kang Dae-sung, a professor at the Institute of Japanese Studies, said that the talks would fail.",
     "named_person", None),
    # a surname one letter off a known one, after another first name, is someone else
    ("David Schulz, a lawyer, said that the case was weak.", "named_person", None),
    ("Olaf Schulz said that the case was weak.", "named_person", "Germany"),
    # a country's leader is one person, though not named
    ("Peru's leader said the bloc should let members negotiate deals on their own.", "named_person", "Peru"),
])
def test_bodies_fields_of_study_and_near_miss_names(text, kind, side):
    src = one(text)["source"]
    assert (src["kind"], src["side"]) == (kind, side)


@pytest.mark.parametrize("text, kind, side", [
    ("Statement by the Ministry of Foreign Affairs of Japan\n\nWe strongly protest the incursion into our waters.",
     "named_org", "Japan"),
    ("Statement from the National Security Advisor on the dialogue\n\nI reaffirmed that our commitment is ironclad.",
     "named_person", None),
    # no statement named in the first line: "we" is nobody the text names
    ("Talks end in Manila\n\nWe strongly protest the incursion into our waters.", "anonymous", None),
])
def test_i_and_we_in_a_statement_are_its_author(text, kind, side):
    src = atts(text)[0]["source"]
    assert (src["kind"], src["side"]) == (kind, side)


@pytest.mark.parametrize("text, side", [
    # what a body did to a country, said of it in a clause, is not whom it speaks for
    # (the African Union speaks for itself, not for Mali)
    ("The African Union, which suspended Mali in 2021, said it backed the talks.", "African Union"),
    ("The mission, which has kept troops in Somalia since 2007, said the attack was repelled.", None),
    # whom the clause says it belongs to or works for is
    ("An adviser who works for the Kenyan government said the attack was repelled.", "Kenya"),
    ("A coalition, which represents thousands of Kenyans abroad, said the vote was flawed.", "Kenya"),
    ("An aide who works in the Kenyan foreign ministry said the vote was flawed.", "Kenya"),
])
def test_a_country_acted_on_in_a_clause_on_the_source_is_not_its_side(text, side):
    assert one(text)["source"]["side"] == side


def test_the_agency_is_the_body_named_agency_before_it_unless_that_is_a_newsroom():
    found = atts("Iran limited its cooperation with the International Atomic Energy Agency (IAEA) in June. "
                 "The agency estimates that Iran holds 440 kilograms of enriched uranium.")
    src = next(a["source"] for a in found if a["source"]["text"] == "The agency")
    assert src["kind"] == "named_org" and src["entity_id"] is not None
    news = atts("The Yonhap News Agency carried the report on Monday. The agency said that the launch failed.")
    assert next(a["source"] for a in news if a["source"]["text"] == "The agency")["kind"] == "outlet"


def test_leaders_a_clause_on_the_source_acts_on_are_not_sides_it_speaks_for():
    src = one("US President Donald Trump, who hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President "
              "Ilham Aliyev, said the two countries had committed to peace.")["source"]
    assert src["side"] == "United States"


def test_a_news_agency_the_model_takes_for_a_person_is_an_outlet():
    found = atts("An adviser to the supreme leader said on Saturday that Tehran would block the route, according to "
                 "Tasnim news agency.")
    src = next(a["source"] for a in found if a["cue"]["text"].lower() == "according to")
    assert src["text"] == "Tasnim news agency" and src["kind"] == "outlet"


@pytest.mark.parametrize("text,kind", [
    ("Public broadcaster DR reported that three people had carried out influence operations.", "outlet"),
    ("C Raja Mohan, a visiting professor at a Singapore think tank, said the Quad has survived.", "named_person"),
])
def test_a_name_described_as_a_newsroom_or_a_person_is_of_that_kind(text, kind):
    assert one(text)["source"]["kind"] == kind


def test_a_ministry_under_a_dateline_is_the_datelines_countrys():
    text = ("Port dispute\n\nLISBON (AP) — Portugal lodged a protest on Tuesday over the seizure of a fishing boat, "
            "the foreign ministry said.\n\nThe embassy said it was following the case.")
    by_source = {a["source"]["text"]: a["source"] for a in atts(text)}
    assert by_source["the foreign ministry"]["kind"] == "named_org"
    assert by_source["the foreign ministry"]["side"] == "Portugal"
    assert by_source["The embassy"]["side"] is None  # an embassy stands in another country's capital


def test_the_top_diplomat_is_the_foreign_minister_named_before():
    found = atts('Ruritanian Foreign Minister Anton Velko said the talks were over. '
                 '"We will not return," the top Ruritanian diplomat said.')
    assert found[1]["source"]["text"] == "the top Ruritanian diplomat"
    assert found[1]["source"]["entity_id"] == found[0]["source"]["entity_id"] is not None
    assert found[1]["source"]["kind"] == "named_person"


def test_two_leaders_named_together_speak_for_both_countries_however_parsed():
    text = ("UK and France agree returns deal\n\nKeir Starmer and Emmanuel Macron have agreed a pilot scheme "
            "under which arrivals will be returned to France.")
    src = next(a["source"] for a in atts(text) if a["source"]["text"] == "Keir Starmer and Emmanuel Macron")
    assert src["side"] == "United Kingdom + France"


def test_the_three_countries_are_those_last_named_together():
    found = atts("Japan, South Korea and Australia on Monday condemned the launch. The three countries said "
                 "in a joint statement that the test violated Security Council resolutions.")
    src = next(a["source"] for a in found if a["source"]["text"] == "The three countries")
    assert (src["kind"], src["side"]) == ("named_org", "Japan + South Korea + Australia")
    # a count that no list before matches names no one
    found = atts("Japan and Australia condemned the launch. The three countries said the test was illegal.")
    assert next(a["source"] for a in found if a["source"]["text"] == "The three countries")["side"] is None


def test_the_minister_is_the_person_named_after_a_title_with_for_and_a_comma():
    found = atts("The Minister for Overseas Aid, Clara Voss, today announced a new fund.\n\n"
                 "Speaking in Accra, the Minister said the fund would open in May.")
    assert found[1]["source"]["text"] == "the Minister"
    assert found[1]["source"]["entity_id"] == found[0]["source"]["entity_id"] is not None


def test_an_office_of_a_body_is_not_the_body():
    found = atts("Briefing the Council, the Under-Secretary-General for Humanitarian Affairs said that famine "
                 "had been confirmed. \"They cannot wait,\" she said.")
    assert [(a["source"]["text"], a["source"]["kind"], a["source"]["entity_id"]) for a in found] == [
        ("the Under-Secretary-General for Humanitarian Affairs", "named_person", None), ("she", "named_person", None)]


@pytest.mark.parametrize("text,side", [
    ("The NATO secretary general warned that Russia could test the alliance's resolve.", "NATO"),
    ("The IAEA director general said inspectors had returned to the plant.", "IAEA"),
])
def test_the_head_of_a_body_named_before_the_office_is_one_person(text, side):
    src = one(text)["source"]
    assert (src["kind"], src["side"]) == ("named_person", side)


def test_a_signed_headline_speaker_speaks_for_the_country_named_in_the_label():
    # the parser hangs "Indian official" on the headline's "on": the "on" is not the label's
    text = "No decision yet on S-400 waiver - Indian official\n\nBy Staff\n\nThe talks went on."
    src = next(a["source"] for a in atts(text) if a["rule"] == "headline_label")
    assert (src["text"], src["side"]) == ("Indian official", "India")


@pytest.mark.parametrize("text,side", [
    ("We, the Foreign Ministers of Kenya, Ghana, Peru and Chile, met in Lima and said the talks were useful.",
     "Kenya + Ghana + Peru + Chile"),
    # the parser joins the later countries to "Ministers" itself
    ("The Foreign Ministers of Australia, India and Japan said the talks were useful.", "Australia + India + Japan"),
])
def test_ministers_of_several_countries_speak_for_all_of_them(text, side):
    assert atts(text)[0]["source"]["side"] == side


def test_the_ministers_after_several_who_spoke_are_those_several():
    text = ("We, the Foreign Ministers of Kenya, Ghana and Peru, said in Lima that the talks were useful.\n\n"
            "The Ministers noted that trade had doubled.")
    found = atts(text)
    src = next(a["source"] for a in found if a["source"]["text"] == "The Ministers")
    assert src["side"] == "Kenya + Ghana + Peru"


def test_a_titles_initials_are_the_person_it_was_written_before():
    found = atts("External Affairs Minister Dr. S. Jaishankar visited Colombo on Monday. EAM said that India would "
                 "stand by Sri Lanka.")
    a = next(x for x in found if x["source"]["text"] == "EAM")
    assert (a["source"]["kind"], a["source"]["side"]) == ("named_person", "India")
    # initials of nothing written before stay what they were
    a = one("EAM said that India would stand by Sri Lanka.")
    assert a["source"]["kind"] != "named_person"


def test_an_opinion_pieces_i_is_its_writer():
    text = ("Europe must pay for its own defence\n\nBy Karin Holm\n\nFor decades Europe relied on Washington. "
            "I believe European governments must now spend more.")
    a = next(x for x in atts(text) if x["source"]["text"] == "I")
    assert a["source"]["kind"] == "named_person" and a["source"]["entity_id"] is not None



def test_the_institute_after_an_institute_named_before_is_that_body():
    found = atts("The Lowy Institute said on Monday that Pacific aid fell by 8 percent. The institute said the "
                 "fall was the largest in a decade.")
    second = found[-1]["source"]
    assert second["text"] == "The institute" and second["kind"] == "named_org"
    assert second["entity_id"] == found[0]["source"]["entity_id"] is not None


def test_we_of_a_spokespersons_comment_is_that_spokespersons():
    text = ("Comment by Foreign Ministry Spokeswoman Maria Zakharova on the closure of a consulate\n\n"
            "We regard this step as an unfriendly act. We warn that it will not go unanswered.")
    found = atts(text)
    we = [a["source"] for a in found if a["source"] and a["source"]["text"] == "We"]
    assert we and all(s["kind"] == "named_person" and s["side"] == "Russia" for s in we)


def test_he_goes_to_a_person_named_beside_the_subject_since_the_last_speaker():
    text = ("Ben-Gvir quits cabinet\n\nNetanyahu said the truce would hold. Israel's security minister Itamar "
            "Ben-Gvir resigned on Sunday. He said the deal was a surrender.")
    he = [a["source"] for a in atts(text) if a["source"] and a["source"]["text"] == "He"]
    names = {e["id"]: e["name"] for e in analyze_text(text).records["entities"]}
    assert he and names[he[0]["entity_id"]] == "Itamar Ben-Gvir"


def test_the_office_holders_of_several_named_countries_are_people_not_anonymous():
    src = atts("The foreign ministers of Chile and Peru said the talks were useful.")[0]["source"]
    assert src["kind"] == "named_person" and src["side"] == "Chile + Peru"
    assert atts("Ministers said the talks were useful.")[0]["source"]["kind"] == "anonymous"


def test_a_spokesperson_of_no_body_named_speaks_for_the_body_of_the_sentence_before():
    found = atts("China's embassy in Canberra rejected the report. A spokesperson, Wei Lan, said the claims "
                 "were baseless.")
    assert found[-1]["source"]["side"] == "China"
    found = atts("The weather was bad. A spokesperson, Wei Lan, said the claims were baseless.")
    assert found[-1]["source"]["side"] is None


def test_plural_descriptions_and_the_we_that_introduces_a_joint_statement():
    found = atts("President Putin spoke with President Erdogan. The two leaders discussed Syria. "
                 "The presidents agreed to meet again.")
    assert found[-1]["source"]["side"] == "Russia + Turkey" and found[-1]["source"]["entity_id"] is None
    found = atts("We, the Foreign Ministers of Peru and Chile, and the High Representative of the European Union, "
                 "reaffirm our commitment to the rule of law.")
    assert found[0]["source"]["kind"] == "named_person"
    assert found[0]["source"]["side"] == "Peru + Chile + European Union"


def test_a_first_person_possessive_in_a_turn_is_the_speaker_and_a_side_is_the_first_country_named():
    found = atts("Question: Will Russia talk?\n\nSergey Lavrov: We welcome the talks. Our position is that the war must end.")
    assert (found[-1]["source"]["text"], found[-1]["source"]["side"]) == ("Our", "Russia")
    found = atts("Peru condemned the strike. Chile's foreign minister Ana Diaz, who met Peru's ambassador Luis "
                 "Soto, said the strike was a crime.")
    assert found[-1]["source"]["side"] == "Chile"


def test_a_byline_names_a_person_though_the_model_calls_the_name_a_body():
    found = atts("The Quad must act\n\nBy Shashi Tharoor\n\nI believe the Quad should set itself goals.")
    assert found[-1]["source"]["kind"] == "named_person" and found[-1]["source"]["entity_id"] is not None


def test_eu_officials_and_institutions_speak_for_the_eu():
    found = atts("High Representative Josep Borrell said the package would keep up the pressure.")
    assert found[0]["source"]["side"] == "European Union"
    found = atts("The European Commission said the measures were working.")
    assert found[0]["source"]["side"] == "European Union"


def test_an_answer_turn_is_the_interviewees_the_lead_names():
    found = atts("Estonia's foreign minister on Russia\n\nEstonia's Foreign Minister Margus Tsahkna spoke to "
                 "Euronews in Tallinn.\n\nQ: Should NATO send troops?\n\nA: That is a decision for the alliance.")
    answer = [a for a in found if a["rule"] == "transcript_turn"][-1]
    assert (answer["source"]["text"], answer["source"]["kind"], answer["source"]["side"]) == ("A", "named_person",
                                                                                              "Estonia")


def test_a_body_under_a_dateline_and_a_name_after_a_description_take_their_sides():
    found = atts("SEOUL (Yonhap) -- North Korea fired a missile on Sunday. The Joint Chiefs of Staff said the missile "
                 "flew 1,000 km.")
    assert found[-1]["source"]["side"] == "South Korea"
    found = atts("BEIJING (Xinhua) -- China imposed curbs on Friday, in response to the sale to Taiwan, the Ministry "
                 "of Foreign Affairs said.")
    assert found[-1]["source"]["side"] == "China"
    found = atts("The U.S. special envoy for Sudan said the war had killed 150,000 people. Tom Perriello told "
                 "lawmakers that 12 million people had fled.")
    assert found[-1]["source"]["side"] == "United States"
    # (not after a plural description, nor across a sentence)
    found = atts("U.S. officials said the war had killed 150,000 people. Tom Perriello told lawmakers that 12 "
                 "million people had fled.")
    assert found[-1]["source"]["side"] is None


def test_a_document_that_speaks_is_it_and_the_diplomat_is_the_diplomat_named_before():
    found = atts("The report says Beijing is expanding its silo fields. It estimates that China has 500 missiles.")
    assert found[-1]["source"]["kind"] == "document"
    found = atts("Russian Deputy Foreign Minister Sergey Ryabkov told TASS that talks were off. \"The Americans must "
                 "change course,\" the diplomat stressed.")
    assert found[-1]["source"]["entity_id"] == found[0]["source"]["entity_id"] is not None


def test_a_minister_named_after_a_portfolio_and_the_minister_after_them():
    found = atts("The issue was raised, Minister of State for External Affairs V Muraleedharan said on Thursday. In a "
                 "written reply, the minister said the wait had come down.")
    assert found[-1]["source"]["entity_id"] == found[0]["source"]["entity_id"] is not None
    # (a title before another person's name is not the one described)
    found = atts("Today the Secretary spoke with Foreign Minister Wang Yi of China. The Secretary said the talks "
                 "were frank.")
    assert found[-1]["source"]["side"] != "China"


def test_it_is_understood_closing_a_sentence_and_a_subject_read_as_an_object():
    found = atts("Aukus deal\n\nAustralia will buy five US submarines under the Aukus pact, before building a new "
                 "class of boats with Britain, it is understood.\n\nThe figure is large.")
    assert [(a["cue"]["text"], a["content"]["text"][:18]) for a in found] == [("is understood", "Australia will buy")]
    found = atts("The Guardian understands the plan, to be announced by the three leaders on Monday, will cost A$368bn.")
    assert found[0]["content"]["text"].startswith("the plan, to be announced")


def test_a_national_body_under_a_dateline_capitalised_or_not():
    found = atts("RIYADH, Oct 1 (SPA) -- The Council of Ministers reaffirmed the Kingdom's support for a Palestinian "
                 "state. The Cabinet condemned the attacks.")
    assert [a["source"]["side"] for a in found] == ["Saudi Arabia", "Saudi Arabia"]


def test_a_wires_bureau_abroad_is_not_whose_ministry_speaks():
    found = atts("DUBAI, Oct 26 (Reuters) - Iran said it had the right to respond. \"Iran is entitled to defend "
                 "itself,\" the foreign ministry said in a statement.")
    assert found[-1]["source"]["side"] is None
    found = atts("MANILA (Reuters) - The Philippines lodged a protest on Monday, the foreign ministry said.")
    assert found[-1]["source"]["side"] == "Philippines"
    found = atts("ISLAMABAD: Talks will resume next week, the Foreign Office said.")
    assert found[-1]["source"]["side"] == "Pakistan"


def test_an_armed_attack_is_no_cue_and_the_four_leaders_speak_for_their_countries():
    found = atts("Israeli jets struck Iran, in retaliation for Iran's Oct. 1 ballistic missile attack on Israel.")
    assert [a for a in found if a["rule"] == "noun_cue"] == []
    found = atts("Leaders of the United States, India, Japan and Australia announced a new initiative on Saturday. "
                 "\"We are concerned,\" "
                 "the four leaders said.")
    assert found[-1]["source"]["side"] == "United States + India + Japan + Australia"


def test_the_seat_of_a_treaty_organisation_is_no_side():
    found = atts("Robert Floyd, executive secretary of the treaty organisation in Vienna, said he was disappointed.")
    assert found[0]["source"]["side"] is None


def test_a_body_that_is_its_countrys_speaks_for_the_country_before():
    found = atts("Iran dismissed the report on Friday. Its Supreme National Security Council said any strike "
                 "would meet a response. The council added that talks were over.")
    assert [a["source"]["side"] for a in found[1:]] == ["Iran", "Iran"]


@pytest.mark.parametrize("text,side", [
    ("Niger's junta said on Monday it would expel the envoy.", "Niger"),
    ("Lebanon's civil defence agency said nine people had died.", "Lebanon"),
])
def test_a_junta_or_an_agency_of_a_country_is_its_body(text, side):
    found = one(text)
    assert (found["source"]["kind"], found["source"]["side"]) == ("named_org", side)


def test_plural_bodies_after_several_countries_bodies_speak_for_them_all():
    found = atts("The military governments of Guinea and Gabon said on Sunday they would hold talks. "
                 "In a statement, the juntas said the talks would start in May.")
    assert found[-1]["source"]["side"] == "Guinea + Gabon"


def test_a_headline_that_opens_with_a_list_of_countries_is_no_dateline():
    found = atts("Sudan, Chad and Libya sign border pact\n\n"
                 "The three countries signed the pact on Monday, the foreign ministry said.")
    assert found[-1]["source"]["side"] is None
    found = atts("KHARTOUM, May 4 (Reuters) - Sudan signed the pact on Monday, the foreign ministry said.")
    assert found[-1]["source"]["side"] == "Sudan"


@pytest.mark.parametrize("text,side", [
    # one who has left a body does not speak for it, nor does a think tank with a country's word in its name
    ("Jana Novak, a former NATO official now at the European Council on Foreign Relations, said the plan was "
     "sound.", None),
    ("A former EU envoy said the plan was sound.", None),
    ("Bonnie Glaser, managing director of the German Marshall Fund's Indo-Pacific program, said the plan was sound.",
     None),
    ("An EU envoy said the plan was sound.", "European Union"),
])
def test_former_officials_and_think_tanks_speak_for_no_side(text, side):
    assert one(text)["source"]["side"] == side


@pytest.mark.parametrize("text,side", [
    # a country's opposition speaks for no government, however it is put
    ("Opposition lawmakers in Tokyo criticized the arrangement.", None),
    ("The leader of the opposition in Caracas said the vote was rigged.", None),
    ("Venezuela's opposition said it would boycott the talks.", None),
    # ... but opposition to something is a stance, not a speaker
    ("Chile's foreign minister said opposition to the deal was growing.", "Chile"),
    ("Lawmakers in Tokyo criticized the arrangement.", "Japan"),
])
def test_the_opposition_speaks_for_no_side(text, side):
    assert one(text)["source"]["side"] == side


def test_the_countries_counted_are_the_several_named_before():
    # (the subject before, not the last list named: entities.both_countries would read "Russia and Belarus")
    found = atts("Lithuania, Latvia, Estonia and Poland announced they would leave the treaty, saying the threat from "
                 "Russia and Belarus had grown. \"Russia is a threat,\" the defence ministers of the four countries said.")
    assert found[-1]["source"]["side"] == "Lithuania + Latvia + Estonia + Poland"
    # ... not when the count differs, nor when the words say which countries they are
    found = atts("Lithuania, Latvia, Estonia and Poland announced they would leave the treaty. \"Russia is a threat,\" "
                 "the defence ministers of the three countries said.")
    assert found[-1]["source"]["side"] is None
    found = atts("India and Japan signed the pact. The three Baltic states said they were pleased.")
    assert found[-1]["source"]["side"] is None


def test_an_aide_speaks_for_the_side_of_the_person_whose_aide_they_are():
    found = atts("Ukrainian President Volodymyr Zelenskiy said Kyiv was ready. \"Everything must be done,\" his "
                 "spokesman Serhii Nykyforov quoted him as saying.")
    assert found[-1]["source"]["side"] == "Ukraine"
    # (a lawyer is no aide)
    found = atts("Ukrainian President Volodymyr Zelenskiy said Kyiv was ready. His lawyer said the case was closed.")
    assert found[-1]["source"]["side"] is None


def test_a_ministry_spokesperson_speaks_for_the_country_of_the_ministry_named_with_it():
    found = atts("Kenya's foreign ministry summoned Tanzania's high commissioner over the deportations, a ministry "
                 "spokeswoman said.")
    assert found[-1]["source"]["side"] == "Kenya"


def test_in_a_digest_each_item_has_its_own_dateline():
    text = ("WORLD BRIEFING\n\nSEOUL — South Korea and Japan agreed on Monday to resume talks, the foreign "
            "ministry said.\n\nHANOI — Vietnam protested to China over the detention of 10 fishermen, the foreign "
            "ministry said.\n")
    assert [a["source"]["side"] for a in atts(text)] == ["South Korea", "Vietnam"]


def test_we_in_a_speech_given_in_full_is_the_speakers_country():
    text = ("Full text: Prime Minister's address\n\nFollowing is the full text of the address delivered by the Prime "
            "Minister of Pakistan, Shehbaz Sharif, at the United Nations General Assembly.\n\nWe demand an immediate "
            "ceasefire.")
    assert atts(text)[-1]["source"]["side"] == "Pakistan"


def test_an_answer_under_a_title_naming_whose_remarks_they_are_is_theirs():
    text = ("Foreign Ministry Spokesperson's Remarks on the Arms Sale\n\nQuestion: What is your comment?\n\n"
            "Answer: We firmly oppose the sale.")
    answer = next(a for a in atts(text) if a["source"]["text"] == "Answer")
    assert answer["source"]["kind"] == "named_person"


def test_the_e3_is_a_grouping():
    assert one('"We remain committed to diplomacy," the E3 ministers said.')["source"]["side"] == "E3"


def test_an_op_ed_by_two_writers_we_is_the_first_writers_government():
    found = atts("Why the Quad matters\n\nBy Penny Wong and Marise Payne\n\nWe believe the Quad gives the region "
                 "choices.")
    assert (found[0]["source"]["text"], found[0]["source"]["side"]) == ("We", "Australia")


def test_an_officials_op_ed_we_is_the_officials_government():
    found = atts("The Indo-Pacific needs partners\n\nBy Penny Wong\n\nWe do not ask Pacific countries to choose.")
    assert (found[0]["source"]["text"], found[0]["source"]["side"]) == ("We", "Australia")
    found = atts("The West must wake up\n\nBy Jane Doe\n\nWe believe the war will go on.")
    assert found[0]["source"]["side"] is None


def test_an_official_of_a_body_named_before_with_its_leader_or_country():
    found = atts("The Biden administration is drafting new export controls, the paper reported. A senior "
                 "administration official said no decision had been made.")
    assert found[-1]["source"]["side"] == "United States"


@pytest.mark.parametrize("text,side", [
    ("The Quadrilateral Security Dialogue, or Quad, met in Tokyo.\n\nThe group says it works for an open Indo-Pacific.",
     "Quad"),
    ("ASEAN leaders call for calm in Myanmar\n\nThe leaders said they remained gravely concerned.", "ASEAN"),
])
def test_a_grouping_named_before_speaks_through_the_group_and_its_leaders(text, side):
    assert atts(text)[-1]["source"]["side"] == side


def test_their_bodies_speak_for_the_several_before():
    found = one("Chile and Peru did not sign the declaration, which their governments said was too weak.")
    assert found["source"]["side"] == "Chile + Peru"


def test_it_after_a_persons_office_is_the_office_not_a_subject_inside_what_it_said():
    found = atts("Chilean President Ana Vidal's office said Chile had accepted the proposal, but that Peru had "
                 "rejected it. It said talks would stop until Peru agreed.")
    assert found[-1]["source"]["side"] == "Chile"


@pytest.mark.parametrize("text", [
    "“We are tired,” says Olena, 52, who sells potatoes from her car.",
    "“Talks? With whom?” asks Serhiy, who taught history for thirty years.",
])
def test_a_first_name_with_an_age_or_a_who_is_a_person(text):
    assert one(text)["source"]["kind"] == "named_person"


def test_the_two_heads_of_state_are_the_two_named_before():
    found = atts("Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev, and the two "
                 "heads of state agreed to deepen their partnership.")
    assert found[-1]["source"]["side"] == "China + Kazakhstan"


def test_the_ministry_alone_is_the_ministry_a_source_of_a_country_named_before():
    found = atts("Polish Foreign Ministry spokesman Pawel Nowak said the talks were over. "
                 "Deputy Foreign Minister Jan Lis summoned the envoy on Monday, the ministry said.")
    ministry = next(a for a in found if a["source"]["text"] == "the ministry")
    assert ministry["source"]["side"] == "Poland"


def test_a_specialist_in_a_country_does_not_speak_for_it():
    a = one('"The sanctions will bite," said Anna Berg, a Russia specialist at Uppsala University.')
    assert a["source"]["text"].startswith("Anna Berg") and a["source"]["side"] is None


def test_the_taliban_government_speaks_for_afghanistan_the_taliban_for_themselves():
    found = atts("The Taliban government's spokesman, Zabihullah Mujahid, said the border was calm. "
                 "The Taliban said they would respond.")
    assert [a["source"]["side"] for a in found] == ["Afghanistan", "Taliban"]


def test_a_copy_an_outlet_has_seen_is_a_document_not_the_outlet():
    a = one("The plan would cap the army at 800,000, according to a copy seen by Reuters.")
    assert a["source"]["text"] == "a copy seen by Reuters" and a["source"]["kind"] == "document"


def test_an_outlet_a_persons_clause_names_does_not_make_the_source_an_outlet():
    a = one("A senior Saudi official, who spoke to Reuters on condition of anonymity, said the pact was defensive.")
    assert a["source"]["kind"] == "anonymous" and a["source"]["side"] == "Saudi Arabia"


def test_one_of_a_joint_source_speaks_later_for_their_own_side():
    found = atts("EU trade commissioner Anna Varga and Chile's foreign minister Luis Soto said the talks were over. "
                 '"This is a strong signal," Varga said.')
    assert found[-1]["source"]["text"] == "Varga" and found[-1]["source"]["side"] == "European Union"


def test_the_body_by_the_last_word_of_its_name_is_that_body():
    found = atts("The agreement will cut tariffs, according to the European Commission. "
                 "The Commission estimates that exports could rise by half.")
    assert [a["source"]["side"] for a in found] == ["European Union", "European Union"]


def test_congo_alone_is_the_drc_and_the_m23_speaks_for_itself():
    found = atts("Congo's foreign minister said the truce was holding. An M23 spokesman said the deal did not concern the group.")
    assert [a["source"]["side"] for a in found] == ["Democratic Republic of the Congo", "M23"]


def test_the_subject_of_an_infinitive_is_no_antecedent_of_it():
    found = atts('The agreement calls for the "disarmament" of armed groups and for Rwanda to end its measures within '
                 "90 days. It also commits the two countries to open their border.")
    it = next(a for a in found if a["source"]["text"] == "It")
    assert it["source"]["kind"] == "document" and it["source"]["side"] is None


def test_where_a_source_is_based_is_not_whom_it_speaks_for():
    found = atts("The Global Trade Research Initiative, a New Delhi-based think tank, said dairy was kept out. "
                 "A Beijing-based Western diplomat said the talks had stalled.")
    assert [a["source"]["side"] for a in found] == [None, None]


def test_the_several_a_source_names_with_including_are_its_sides():
    a = one("Several European countries, including Portugal and Belgium, have said they will recognise the state.")
    assert a["source"]["side"] == "Portugal + Belgium"


def test_a_statement_put_out_by_a_source_speaks_for_its_side_and_so_does_its_it():
    found = atts("The Central Military Commission of the Workers' Party of Korea released a written statement on "
                 "April 28 confirming the deployment. The statement said the units had fought bravely. "
                 "It said the deployment conformed to the treaty.")
    assert [a["source"]["side"] for a in found] == ["North Korea"] * 3, [(a["source"]["text"], a["source"]["side"]) for a in found]
    assert found[0]["cue"]["text"].endswith("confirming")


def test_a_persons_name_alone_taken_for_a_body_is_that_person():
    found = atts("Chinese Foreign Minister Wang Yi arrived on Monday. According to a readout issued by the Chinese "
                 "foreign ministry, Wang told National Security Adviser Ajit Doval that China and India should be "
                 '"partners rather than rivals".')
    wang = next(a for a in found if a["source"]["text"] == "Wang")
    assert wang["source"]["kind"] == "named_person" and wang["source"]["side"] == "China"


def test_a_ruling_is_a_document():
    a = one("A 2016 arbitral ruling found that the sweeping claims had no legal basis.")
    assert a["source"]["kind"] == "document"


def test_a_royal_title_with_the_names_the_person_named_with_it_before():
    found = atts("Morocco's King Mohammed VI received the envoy on Monday. The King said the plan was serious.")
    king = found[-1]["source"]
    assert king["kind"] == "named_person" and king["side"] == "Morocco", king
    # (and a title the model takes for a name on its own)
    found = atts("Qatar's Emir Sheikh Tamim bin Hamad Al Thani hosted the talks. The Emir said the truce must hold.")
    assert found[-1]["source"]["side"] == "Qatar", found[-1]["source"]


def test_the_court_after_an_international_court_is_that_court():
    found = atts("Lawyers for Armenia filed a case at the International Court of Justice last year. The case was "
                 "admissible, the court said on Friday.")
    court = found[-1]["source"]
    assert court["text"] == "the court" and court["kind"] == "named_org", court
    # (a country's court named by nothing before is still nobody named)
    assert one("The court said the law was valid.")["source"]["kind"] == "anonymous"


@pytest.mark.parametrize("text", [
    "Republican Senator Jim Risch said the sale should go ahead.",
    "Democratic Rep. Gregory Meeks said the sale should go ahead.",
    "Sen. Jim Risch (R-Idaho) said the sale should go ahead.",
])
def test_a_member_of_congress_by_party_speaks_for_the_united_states(text):
    assert one(text)["source"]["side"] == "United States"


def test_the_government_after_his_majesty_s_government_is_the_uk():
    found = atts("To ask His Majesty's Government what representations they have made.\n\n"
                 "The Government has been clear that the sanctions are unacceptable.")
    gov = found[-1]["source"]
    assert gov["kind"] == "named_org" and gov["side"] == "United Kingdom", gov


def test_a_titled_description_goes_to_the_person_with_its_words_of_office():
    found = atts("Foreign Secretary Juan Ramón de la Fuente met the Secretary of State of the United States, Marco "
                 "Rubio, in Mexico City.\n\nThe Foreign Secretary said Mexico would not accept unilateral action.")
    src = found[-1]["source"]
    assert src["side"] == "Mexico", src


def test_a_presidential_office_under_a_dateline_is_that_country_s():
    a = one("SEOUL, Nov. 14 (Yonhap) -- South Korea and the United States released a joint fact sheet on Friday, "
            "the presidential office said.")
    assert a["source"]["kind"] == "named_org" and a["source"]["side"] == "South Korea", a["source"]


def test_a_fact_sheet_is_a_document():
    a = one("The fact sheet said the United States had approved the plan.")
    assert a["source"]["kind"] == "document", a["source"]


def test_the_council_after_the_council_of_the_eu_is_the_eu_s():
    found = atts("Council of the EU\n\nPress release\n\nThe Council today adopted a package of sanctions, which "
                 "bans imports of Russian gas, the Council said.")
    assert found and found[-1]["source"]["side"] == "European Union", found


def test_a_body_word_the_model_takes_for_a_name_is_no_person():
    found = atts("Location: Mali\n\nThe Department of State's travel advisory for Mali is Level 4: Do Not Travel. "
                 "The Embassy urges U.S. citizens to depart Mali immediately using commercial aviation.")
    assert found and found[-1]["source"]["kind"] != "named_person", found


def test_an_ethiopian_leader_by_his_own_name_is_himself():
    found = atts("Ethiopian Prime Minister Abiy Ahmed spoke on Monday. Abiy told parliament that Ethiopia could not "
                 "remain landlocked.")
    assert found[-1]["source"]["kind"] == "named_person" and found[-1]["source"]["side"] == "Ethiopia", found[-1]


def test_a_body_named_after_a_person_is_the_body():
    a = one("The Ronald Reagan Presidential Foundation said the advertisement misrepresented the address.")
    assert a["source"]["kind"] == "named_org", a["source"]


def test_both_men_after_two_leaders_speak_for_both_countries():
    found = atts("President Donald Trump and Russian President Vladimir Putin met in Alaska on Friday. Both men said "
                 "the talks had been productive.")
    assert found[-1]["source"]["side"] == "United States + Russia", found[-1]["source"]


def test_her_government_is_her_country_s():
    found = atts("Moldovan President Maia Sandu said the result was clear. Her government said police had found a "
                 "network paid from abroad.")
    assert found[-1]["source"]["kind"] == "named_org" and found[-1]["source"]["side"] == "Moldova", found[-1]


@pytest.mark.parametrize("text,side", [
    ("Democratic senators have said the swap helps foreign investors.", "United States"),
    ("Ontario Premier Doug Ford said he would pull the advertisement.", "Canada"),
    ("Leaders of the Group of 20 said the debt burden of poor countries must be eased.", "G20"),
])
def test_sides_from_a_party_a_province_or_a_grouping_s_long_name(text, side):
    assert one(text)["source"]["side"] == side


def test_a_name_used_by_its_first_word_alone_is_that_person():
    found = atts("Chinese Vice Foreign Minister Sun Weidong met the delegation on Monday.\n\nIn remarks carried by "
                 "state news agency Xinhua, Sun said the talks had been frank.")
    assert found[-1]["source"]["kind"] == "named_person" and found[-1]["source"]["side"] == "China", found[-1]


def test_they_after_a_country_s_forces_speaks_for_that_country():
    found = atts("Venezuela's foreign ministry rejected the designation. Since September, U.S. forces have struck "
                 "more than 20 vessels they say were carrying drugs.")
    assert found[-1]["source"]["side"] == "United States", found[-1]


def test_the_secretary_general_of_a_un_statement_speaks_for_the_un():
    text = ("Statement attributable to the Spokesperson for the Secretary-General\n\nThe Secretary-General welcomes "
            "the signing of the agreement. The United Nations stands ready to support its implementation.")
    assert atts(text)[0]["source"]["side"] == "United Nations", atts(text)
    # (with no body named, none)
    assert one("The Secretary-General said the talks would resume.")["source"]["side"] is None


def test_a_body_voicing_a_country_s_condemnation_speaks_for_that_country():
    a = atts("Statement by the Ministry of Foreign Affairs\n\nThe Ministry of Foreign Affairs expresses the Kingdom "
             "of Saudi Arabia's condemnation of the approval of new settlements.")[0]
    assert a["source"]["side"] == "Saudi Arabia", a["source"]


def test_a_government_or_ministry_of_a_named_republic_is_a_named_body_of_that_country():
    for text, country in (("The Government of the Republic of Moldova said it would not recognise the vote.",
                           "Moldova"),
                          ("The Ministry of Foreign Affairs of Kazakhstan said it would not recognise the vote.",
                           "Kazakhstan")):
        src = one(text)["source"]
        assert (src["kind"], src["side"]) == ("named_org", country), src


def test_a_title_in_the_plural_before_two_names_is_the_second_name_s_too():
    found = atts("U.S. Representatives Ann Wagner (R-Mo.) and Gregory Meeks (D-N.Y.) introduced the bill. "
                 "Representative Meeks said the junta must be held to account.")
    assert found[-1]["source"]["side"] == "United States", found[-1]["source"]
    # (a title in the singular is the first name's alone)
    found = atts("Chinese President Xi Jinping and Marta Kos met in Beijing. Kos said the talks were useful.")
    assert found[-1]["source"]["side"] is None, found[-1]["source"]


def test_a_turn_label_named_in_brackets_before_is_that_person_again():
    found = atts("HOST (Dana Keller): Welcome to the programme. Is the truce holding?\n\n"
                 "OMAR SAID: Mostly, though both sides report violations.\n\n"
                 "HOST: And what comes next?\n\nOMAR SAID: A second round of talks in Cairo.")
    turns = [a["source"] for a in found if a["rule"] == "transcript_turn"]
    assert turns[2]["kind"] == "named_person" and turns[2]["entity_id"] == turns[0]["entity_id"], turns


def test_a_party_known_by_its_leader_is_a_body():
    src = atts("Orban's Fidesz party boycotted the vote, calling it a provocation.")[0]["source"]
    assert src["kind"] == "named_org", src


def test_someone_unnamed_who_works_for_a_named_person_is_not_that_person():
    for text in ("A lawyer for Imran Khan said he would appeal.", "An aide to Zelensky said the plan was dead.",
                 "Netanyahu's spokesman said the talks would go on."):
        src = one(text)["source"]
        assert (src["kind"], src["entity_id"]) == ("anonymous", None), (text, src)
    # (an aide or a spokesman speaks for the leader's country; a lawyer does not)
    assert one("An aide to Zelensky said the plan was dead.")["source"]["side"] == "Ukraine"
    assert one("A lawyer for Imran Khan said he would appeal.")["source"]["side"] is None
    src = one("Sources close to Putin said the talks would go on.")["source"]
    assert (src["kind"], src["entity_id"], src["side"]) == ("anonymous", None, "Russia"), src
    # (but a leader's office is the leader's)
    src = one("The office of Prime Minister Shehbaz Sharif said the talks would go on.")["source"]
    assert src["kind"] == "named_org", src


def test_a_country_s_office_is_a_named_body_and_a_court_paper_a_document():
    src = one("South Korea's presidential office said it looked forward to the visit.")["source"]
    assert src["kind"] == "named_org", src
    src = one("According to the indictment, the men shipped the chips through Malaysia.")["source"]
    assert src["kind"] == "document", src


def test_a_letter_s_we_is_those_who_sign_it():
    found = atts("Dear Secretary,\n\nWe urge you to reconsider the decision to close the consulate.\n\nSincerely,\n\n"
                 "Jeanne Shaheen\nUnited States Senator")
    assert found[0]["source"]["kind"] == "named_person" and found[0]["source"]["side"] == "United States", found


def test_a_country_in_the_name_of_an_institute_the_model_did_not_tag_is_not_its_side():
    src = one("Research by the China Africa Research Initiative found no case in which China had seized a port.")[
        "source"]
    assert src["side"] is None, src


def test_one_of_a_group_that_spoke_before_speaks_for_the_group_s_side():
    found = atts("Three U.S. officials said the sanctions were ready. The measures could come next week, one of the "
                 "officials said. Another cautioned that no decision had been made.")
    assert [a["source"]["side"] for a in found] == ["United States"] * 3, [a["source"] for a in found]
    found = atts("Two Indian government sources said the flights would resume. The other said the details were "
                 "still being worked out.")
    assert found[-1]["source"]["side"] == "India", found[-1]["source"]
    assert one("One of the officials said the talks failed.")["source"]["side"] is None


def test_a_un_agency_speaks_for_the_united_nations():
    for text in ("The World Food Programme says 25 million people face acute hunger.",
                 "UNHCR chief Filippo Grandi said the crisis was getting worse."):
        assert one(text)["source"]["side"] == "United Nations", one(text)["source"]


@pytest.mark.parametrize("text, side", [
    ("European Climate Commissioner Wopke Hoekstra said the deal was weak.", "European Union"),
    ("European Commissioner for Trade Anna Novak said the deal was good.", "European Union"),
    ("European officials said the deal was weak.", None),
    ("A former European Commissioner, now at a think tank, said the deal was weak.", None),
])
def test_a_european_commissioner_speaks_for_the_eu_but_a_former_one_or_european_officials_do_not(text, side):
    assert one(text)["source"]["side"] == side
