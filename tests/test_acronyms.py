from newslens.acronyms import find_definitions, match_long_form


def shorts(text):
    return [(a.short, a.long) for a in find_definitions(text)]


def test_long_form_then_short_form_in_parentheses():
    text = "The two sides are discussing the Basic Exchange and Cooperation Agreement (BECA) this week."
    [a] = find_definitions(text)
    assert (a.short, a.long) == ("BECA", "Basic Exchange and Cooperation Agreement")
    assert text[a.long_start:a.long_end] == a.long and text[a.short_start:a.short_end] == "BECA"


def test_short_form_or_long_form():
    text = "CAATSA, or Countering America's Adversaries Through Sanctions Act, was passed in 2017."
    assert shorts(text) == [("CAATSA", "Countering America's Adversaries Through Sanctions Act")]


def test_short_form_then_long_form_in_parentheses():
    assert shorts("They signed the ZZTA (Zeta Zone Trade Accord) yesterday.") == [("ZZTA", "Zeta Zone Trade Accord")]


def test_letters_need_not_all_be_initials():
    assert match_long_form("COMCASA", "Communications Compatibility and Security Agreement") == \
        "Communications Compatibility and Security Agreement"


def test_parenthetical_that_is_not_an_acronym_is_ignored():
    assert shorts("He spoke to reporters (briefly) and left (IE).") == []
    assert shorts("India and the United States (Washington) met.") == []


def test_first_definition_only():
    text = "the Quick Reaction Force (QRF) and later the Quick Reaction Force (QRF) again"
    assert len(find_definitions(text)) == 1


def test_a_first_letter_is_taken_from_the_capitalised_word_not_the_and_after_it():
    text = "The two navies are negotiating an Acquisition and Cross-Servicing Agreement (ACSA) this year."
    assert shorts(text) == [("ACSA", "Acquisition and Cross-Servicing Agreement")]
    assert shorts("They signed an Agreement on Security (AS) today.") == [("AS", "Agreement on Security")]
