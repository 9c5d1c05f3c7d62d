from __future__ import annotations

import io

import pytest

import newslens
from newslens import config
from newslens.errors import FileTooLargeError, InputError
from newslens.pdf_text import NotAPdf, pdf_text
from pdf_maker import Line, column, make_pdf

HEADLINE = [Line("Egypt says Nile dam talks with Ethiopia have", 72, 730, 20),
            Line("failed, warns it will defend its water rights", 72, 706, 20)]
STORY = [
    ["CAIRO, Dec 20 (Reuters) - Egypt said on Tuesday that talks with Ethiopia over",
     "the Grand Ethiopian Renaissance Dam had ended without agreement and that it",
     "would take all measures under international law to protect its water."],
    ["The Egyptian irrigation ministry said in a statement that Addis Ababa had",
     "backtracked on every understanding reached during four rounds of negoti-",
     "ations, and blamed Ethiopia for the collapse of the negotiations."],
    ["Ethiopia rejected the accusation."],
    ["A spokesperson for its foreign ministry said Egypt was clinging to colonial-",
     "era treaties and that filling the reservoir was a sovereign right."],
]
JOINED = [
    "CAIRO, Dec 20 (Reuters) - Egypt said on Tuesday that talks with Ethiopia over the Grand Ethiopian "
    "Renaissance Dam had ended without agreement and that it would take all measures under international "
    "law to protect its water.",
    "The Egyptian irrigation ministry said in a statement that Addis Ababa had backtracked on every "
    "understanding reached during four rounds of negotiations, and blamed Ethiopia for the collapse of the "
    "negotiations.",
    "Ethiopia rejected the accusation.",
    "A spokesperson for its foreign ministry said Egypt was clinging to colonial-era treaties and that filling "
    "the reservoir was a sovereign right.",
]


def paragraphs(data: bytes) -> list[str]:
    return pdf_text(data).text.split("\n\n")


def test_paragraphs_come_from_the_gaps_between_lines_and_the_headline_from_the_largest_type():
    read = pdf_text(make_pdf([HEADLINE + column(STORY, top=670)]))
    headline = "Egypt says Nile dam talks with Ethiopia have failed, warns it will defend its water rights"
    assert read.text.split("\n\n") == [headline] + JOINED  # "negoti-ations" closed: the text writes it whole
    assert read.meta == {"title": headline} and read.furniture == read.footnotes == 0


def test_first_line_indents_open_paragraphs_even_after_a_paragraph_of_one_line():
    lines = column(STORY, top=670, gap=0, indent=22)
    assert paragraphs(make_pdf([HEADLINE + lines]))[1:] == JOINED


def test_a_line_that_stops_short_ends_its_paragraph_where_neither_gaps_nor_indents_tell():
    flat = [["India and China agreed on Monday to resume direct flights between the two countries",
             "and to restart the pilgrimage this summer, the foreign ministry said."],
            ["By our Special Correspondent"],
            ["The two sides will hold an early meeting on rivers."],
            ["Opposition leaders questioned the timing of the announcement and said the talks",
             "were held without consulting Parliament."]]
    got = paragraphs(make_pdf([column(flat, gap=0)]))
    assert got == [" ".join(p) for p in flat]


def test_running_heads_and_page_numbers_are_left_out_and_a_sentence_goes_on_over_the_page():
    head = lambda n: [Line("Middle East Brief  |  December 2025", 72, 760, 11),  # noqa: E731
                      Line(f"Page {n} of 2", 280, 40, 9)]
    first = column([["Diplomats familiar with the talks said the main sticking point remained how",
                     "much water Ethiopia would release during prolonged droughts, and that"]], top=700)
    second = column([["Washington had brokered a draft deal in 2020 that Ethiopia refused to sign."]], top=700)
    read = pdf_text(make_pdf([head(1) + first, head(2) + second]))
    assert read.text == ("Diplomats familiar with the talks said the main sticking point remained how much water "
                    "Ethiopia would release during prolonged droughts, and that Washington had brokered a draft "
                    "deal in 2020 that Ethiopia refused to sign.")
    assert read.furniture == 4


def test_footnote_marks_go_and_footnotes_move_after_the_text_a_paragraph_runs_on_past():
    first = [Line("Russia said in September that it would keep to the treaty's central limits after it", 72, 700),
             Line("expires,", 72, 687), Line("1", 111, 691, 7),
             Line(" provided that the United States did the same", 114, 687),
             Line("1 Kremlin, remarks at a meeting of the Security Council of the Russian Federation,", 72, 90, 8),
             Line("September 22, 2025.", 72, 80, 8), Line("2 Remarks to reporters.", 72, 70, 8),
             Line("14", 300, 40, 11)]
    second = [Line("and that the offer was worth considering.", 72, 700), Line("2", 270, 704, 7),
              Line("15", 300, 40, 11)]
    read = pdf_text(make_pdf([first, second]))
    assert read.text.split("\n\n") == [
        "Russia said in September that it would keep to the treaty's central limits after it expires, provided "
        "that the United States did the same and that the offer was worth considering.",
        "1 Kremlin, remarks at a meeting of the Security Council of the Russian Federation, September 22, 2025.",
        "2 Remarks to reporters."]
    assert (read.footnotes, read.furniture) == (3, 2)


def test_a_transcripts_turns_of_one_line_are_paragraphs_of_their_own():
    turns = [["Q: Would Ukraine agree to a ceasefire along the current front line?"],
             ["Sybiha: A ceasefire without guarantees is only a pause for Russia to rearm. We will not",
              "accept a frozen conflict."],
             ["Q: What is plan B?"], ["Sybiha: There is no plan B."], ["Q: Are you worried about Hungary?"],
             ["Sybiha: Prime Minister Orban has his own interests."]]
    assert paragraphs(make_pdf([column(turns)])) == [" ".join(t) for t in turns]


def test_heads_that_carry_their_pages_number_go_but_a_time_at_a_pages_foot_stays():
    pages = [[Line(f"Chapter 2: The talks {n + 6}" if n % 2 else f"{n + 6}", 72, 760)]
             + column([[f"Paragraph {n} of the report says the talks went on in Geneva this week."]], top=700)
             for n in (1, 2, 3)]
    pages[0].append(Line("7:48 GMT - Talks resume", 72, 70))  # (7 on page 1, as the heads' numbers go)
    read = pdf_text(make_pdf(pages))
    assert read.text.split("\n\n")[:2] == ["Paragraph 1 of the report says the talks went on in Geneva this week.",
                                            "7:48 GMT - Talks resume"]
    assert "Chapter" not in read.text and " 8 " not in read.text and read.furniture == 3


def test_a_headline_set_high_is_no_running_head_even_when_it_opens_with_its_pages_number():
    pages = [[Line("7 killed in Gaza as truce talks stall", 72, 740, 20)]
             + column([["Seven people were killed in strikes on Gaza on Sunday, health officials said."]], top=690)
             + [Line("7", 300, 40)],
             column([["Mediators said the talks would resume in Cairo next week."]], top=700) + [Line("8", 300, 40)]]
    read = pdf_text(make_pdf(pages))
    assert read.meta == {"title": "7 killed in Gaza as truce talks stall"} and read.furniture == 2


def test_a_un_documents_head_keeps_its_columns_apart_and_is_no_title(tmp_path):
    head = [Line("United Nations", 72, 750), Line("S/RES/2803 (2025)", 400, 750, 14),
            Line("Security Council", 72, 730, 14), Line("Distr.: General", 400, 730),
            Line("17 November 2025", 400, 716)]
    body = column([["Resolution 2803 (2025)"],
                   ["Adopted by the Security Council at its 10046th meeting, on 17 November 2025"],
                   ["The Security Council,"],
                   ["Welcoming the Comprehensive Plan to End the Gaza Conflict dated 29 September 2025,",
                    "and the historic Declaration for Enduring Peace and Prosperity of 13 October 2025,"],
                   ["1. Decides to remain seized of the matter."]], top=680)
    path = tmp_path / "s-res-2803.pdf"
    path.write_bytes(make_pdf([head + body]))
    article = newslens.load(path)
    assert article.text.startswith("United Nations    S/RES/2803 (2025)\n\nSecurity Council    Distr.: General")
    assert (article.title, article.date) == ("Resolution 2803 (2025)", "2025-11-17")
    found = [(a["source"]["text"] if a["source"] else None, a["cue"]["text"] if a["cue"] else None)
             for a in newslens.analyze(article).records["attributions"]]
    assert found == [("The Security Council", "Welcoming"), ("The Security Council", "Decides")]


def test_a_browsers_print_header_and_footer_in_small_type_are_left_out():
    page = ([Line("12/1/26, 6:48 AM     Egypt says Nile dam talks have failed", 24, 770, 8)] + HEADLINE
            + column(STORY[:1], top=670) + [Line("https://example.com/world/nile-dam-talks     1/1", 24, 17, 8)])
    read = pdf_text(make_pdf([page]))
    assert "AM" not in read.text and "https" not in read.text and read.furniture == 2


def test_a_paragraph_goes_on_from_one_column_to_the_next():
    left = column([["Sudan, which lies between the two, has", "called for a legally binding deal and"]], x=72)
    right = column([["urged both sides to return to talks.", "Egypt relies on the Nile for its water."]], x=320)
    assert paragraphs(make_pdf([left + right])) == [
        "Sudan, which lies between the two, has called for a legally binding deal and urged both sides to "
        "return to talks. Egypt relies on the Nile for its water."]


def test_the_title_field_is_the_title_when_the_first_page_sets_no_headline():
    data = make_pdf([column(STORY[2:3])], title="Ethiopia rejects Egypt's accusation")
    assert pdf_text(data).meta == {"title": "Ethiopia rejects Egypt's accusation"}
    assert pdf_text(make_pdf([column(STORY[2:3])], title="Microsoft Word - draft3.docx")).meta == {}
    assert pdf_text(make_pdf([column(STORY[2:3])], title="B02.html")).meta == {}


@pytest.mark.parametrize("data, problem", [
    (b"This is a text file given the wrong name.", "not a PDF file"),
    (make_pdf([[], []]), "no text on its 2 page(s): a scanned document?"),
    (make_pdf([column(STORY)])[:300], "cannot be read"),
])
def test_what_is_no_readable_pdf_says_what_it_is(data, problem, caplog):
    with pytest.raises(NotAPdf, match=problem.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        pdf_text(data)
    assert not caplog.records  # (pypdf's own messages on what it repaired stay out of the way)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_pdf_locked_with_a_password_is_refused_and_one_only_protected_is_read(algorithm):
    from pypdf import PdfReader, PdfWriter

    def encrypted(user_password: str) -> bytes:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([column(STORY)]))))
        writer.encrypt(user_password, owner_password="owner", algorithm=algorithm)
        buf = io.BytesIO()
        writer.write(buf)
        return buf.getvalue()

    with pytest.raises(NotAPdf, match="locked with a password"):
        pdf_text(encrypted("secret"))
    # (an official PDF often has an owner's password against copying and none to open it)
    assert pdf_text(encrypted("")).text.split("\n\n") == JOINED


def test_a_pdf_loads_as_an_article_and_its_sources_are_found(tmp_path):
    path = tmp_path / "nile.pdf"
    path.write_bytes(make_pdf([HEADLINE + column(STORY, top=670) + [Line("Page 1", 290, 40, 9)]]))
    before = path.read_bytes()
    article = newslens.load(path)
    assert article.title.startswith("Egypt says Nile dam talks") and article.text.split("\n\n")[1:] == JOINED
    assert any("heads and feet" in w for w in article.warnings)
    sources = {a["source"]["text"] for a in newslens.analyze(article).records["attributions"] if a["source"]}
    assert {"Egypt", "The Egyptian irrigation ministry", "A spokesperson for its foreign ministry"} <= sources
    assert path.read_bytes() == before
    assert [a.id for a in newslens.load_many(tmp_path)] == ["nile"]


def test_a_bad_pdf_names_the_file_and_a_batch_goes_on(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(make_pdf([[]]))
    (tmp_path / "story.pdf").write_bytes(make_pdf([column(STORY)]))
    with pytest.raises(InputError, match=r"scan\.pdf: no text on its 1 page\(s\)"):
        newslens.load(tmp_path / "scan.pdf")
    assert [a.id for a in newslens.load_many(tmp_path)] == ["story"]


def test_a_pdf_may_be_larger_than_the_size_limit_but_not_its_text(tmp_path, monkeypatch):
    data = make_pdf([column(STORY)])
    path = tmp_path / "large.pdf"
    path.write_bytes(data)
    monkeypatch.setattr(config, "MAX_FILE_BYTES", len(data) // 2)
    assert newslens.load(path).text.startswith("CAIRO")
    monkeypatch.setattr(config, "MAX_FILE_BYTES", 100)
    with pytest.raises(FileTooLargeError, match="large.pdf"):
        newslens.load(path)
