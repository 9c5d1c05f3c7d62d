from __future__ import annotations

import textwrap

import pytest

import newslens
from newslens.line_wrap import unwrap_hard_wrapped

LEAD = ("Japan and the Philippines signed a reciprocal access agreement in Manila on Monday, "
        "allowing each country's forces to train on the other's soil, Defence Minister Gilberto "
        "Teodoro said after the ceremony, calling it a milestone for the alliance.")
SECOND = ("\"This is not aimed at any third country,\" a Japanese foreign ministry official told "
          "reporters, speaking on condition of anonymity because he was not authorised to brief "
          "the press. China's embassy in Manila did not respond to a request for comment.")


def wrapped(*paragraphs: str, width: int = 72, blank: bool = True) -> str:
    return ("\n\n" if blank else "\n").join(textwrap.fill(p, width) for p in paragraphs)


def test_hard_wrapped_paragraphs_are_joined_and_blank_lines_kept():
    text, width = unwrap_hard_wrapped(wrapped(LEAD, SECOND))
    assert 60 <= width <= 72
    assert text == LEAD + "\n\n" + SECOND


def test_without_blank_lines_a_line_that_stops_early_ends_its_paragraph():
    text, _ = unwrap_hard_wrapped(wrapped(LEAD, SECOND, blank=False))
    assert text.split("\n") == [LEAD, SECOND]


def test_one_paragraph_per_line_is_left_as_written():
    original = LEAD + "\n" + SECOND + "\n" + LEAD.upper()
    assert unwrap_hard_wrapped(original) == (original, 0)


def test_labels_list_items_and_indented_lines_start_their_own_line():
    question = "QUESTION: " + "Will the agreement be ratified by the Diet before the end of the year? " * 2
    answer = "MINISTER IWAYA: " + "We expect the Diet to take it up in the extraordinary session. " * 3
    items = ["- joint exercises with live fire", "- disaster relief", "    An indented new paragraph."]
    source = wrapped(question, answer, blank=False) + "\n" + "\n".join(items)
    lines = unwrap_hard_wrapped(source)[0].split("\n")
    assert lines[0] == question.strip() and lines[1] == answer.strip()
    assert lines[2:] == items


@pytest.mark.parametrize("lines, found", [
    # a compound keeps its hyphen
    (["The two governments agreed to expand their cooperation in anti-",
      "submarine warfare and to hold their next two-plus-two meeting in",
      "Tokyo next spring, according to a joint statement released after",
      "the talks ended in Manila on Monday with a working dinner hosted",
      "by the Philippine president."],
     ["The two governments agreed to expand their cooperation in anti-submarine warfare and to hold their "
      "next two-plus-two meeting in Tokyo next spring, according to a joint statement released after the talks "
      "ended in Manila on Monday with a working dinner hosted by the Philippine president."]),
    # a word the text writes whole elsewhere is closed; with no such evidence the hyphen stays
    (["The Security Council welcomed the resumption of direct negoti-",
      "ations between the parties and called on both to refrain from uni-",
      "lateral steps; the negotiations are to resume in Geneva next month",
      "under the auspices of the Secretary-General's personal envoy and",
      "with the support of the co-chairs of the international conference."],
     ["direct negotiations between", "from uni-lateral steps"]),
])
def test_a_word_broken_at_its_hyphen_stays_one_word(lines, found):
    text, _ = unwrap_hard_wrapped("\n".join(lines))
    assert "\n" not in text and all(words in text for words in found)  # (the first case: the whole text)


def test_loading_a_hard_wrapped_file_reads_whole_sentences(tmp_path):
    path = tmp_path / "wrapped.txt"
    raw = wrapped(LEAD, SECOND)
    path.write_text(raw, encoding="utf-8")
    article = newslens.load(path)
    assert path.read_text(encoding="utf-8") == raw  # the input file is never modified
    assert article.text == LEAD + "\n\n" + SECOND
    assert any("joined back into paragraphs" in w for w in article.warnings)
    atts = newslens.analyze(article).records["attributions"]
    said = next(a for a in atts if a["cue"] and a["cue"]["text"] == "said")
    assert said["source"]["text"] == "Defence Minister Gilberto Teodoro"
    assert said["content"]["text"].startswith("Japan and the Philippines signed")
    assert said["content"]["text"].endswith("on the other's soil")
    anonymous = next(a for a in atts if a["source"] and a["source"]["kind"] == "anonymous")
    assert anonymous["source"]["text"].startswith("a Japanese foreign ministry official")


PDF_PAGES = """United Nations                                              S/2025/712
Security Council                                    Distr.: General

The Government of Guyana considers the incursion a flagrant
violation of international law and of the Order of the International
Court of Justice of 1 December 2023, which directed Venezuela to
refrain from taking any action that would modify the situation

25-18765 (E)    171125                                            1/2
*2518765*
\fS/2025/712

prevailing in the territory under dispute. Guyana calls on the
Security Council to remain seized of the matter and urges Venezuela
to withdraw its vessels immediately.

- 2 -
"""


def test_a_page_break_inside_a_sentence_goes_and_lines_set_in_columns_stay():
    text, width = unwrap_hard_wrapped(newslens.articles.clean_text(PDF_PAGES))
    assert width
    assert text.split("\n\n") == [
        "United Nations                                              S/2025/712\n"
        "Security Council                                    Distr.: General",
        "The Government of Guyana considers the incursion a flagrant violation of international law and "
        "of the Order of the International Court of Justice of 1 December 2023, which directed Venezuela "
        "to refrain from taking any action that would modify the situation prevailing in the territory "
        "under dispute. Guyana calls on the Security Council to remain seized of the matter and urges "
        "Venezuela to withdraw its vessels immediately.",
    ]


def test_a_page_number_between_sentences_goes_and_the_paragraphs_stay_apart():
    lines = ["The Council welcomed the agreement between the two governments and",
             "called on both parties to implement every one of its provisions in",
             "full and in good faith, without any further delay or conditions.",
             "",
             "- 2 -",
             "",
             "It decided to remain actively seized of the matter and asked the",
             "Secretary-General to report on its implementation within ninety days."]
    text, _ = unwrap_hard_wrapped("\n".join(lines))
    assert text.split("\n\n") == [" ".join(lines[:3]), " ".join(lines[-2:])]


def test_a_year_alone_on_its_line_is_no_page_number():
    lines = ["2019", "",
             "India and the United States signed the Communications Compatibility and",
             "Security Agreement at their first two-plus-two dialogue in New Delhi,",
             "giving India access to encrypted American military communications.", "",
             "2020", "",
             "The two countries signed the Basic Exchange and Cooperation Agreement,",
             "the last of the four foundational agreements, at the third dialogue."]
    text, width = unwrap_hard_wrapped("\n".join(lines))
    assert width and text.startswith("2019\n\nIndia and") and "\n\n2020\n\nThe two countries" in text
