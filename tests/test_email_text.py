from __future__ import annotations

from email.message import EmailMessage

import pytest

import newslens
from newslens.articles import load_items
from newslens.email_text import pasted_header, without_signature
from newslens.errors import EmptyFileError

BODY = ("Good morning. Here is what you need to know today.\n\n"
        "Seoul and Washington released a joint fact sheet on Friday, and presidential policy chief "
        "Kim Yong-beom said the document \"removes the uncertainty\" for Korean exporters.\n\n"
        "-- \nYou are receiving this because you subscribed. Unsubscribe | Manage preferences\n")


def message(body: str, subtype: str = "plain") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Asia Security Brief <brief@example.org>"
    msg["To"] = "reader@example.org"
    msg["Subject"] = "Fwd: Daily Brief - 18 November 2025"
    msg["Date"] = "Tue, 18 Nov 2025 07:02:11 +0800"
    msg.set_content(body, subtype=subtype)
    return msg.as_bytes()


def test_a_saved_message_reads_as_its_body_with_subject_date_and_sender(tmp_path):
    path = tmp_path / "brief.eml"
    path.write_bytes(message(BODY))
    article = newslens.load(path)
    assert (article.title, article.date, article.outlet) == (
        "Daily Brief - 18 November 2025", "2025-11-18", "Asia Security Brief")
    assert article.text.startswith("Good morning.") and "Unsubscribe" not in article.text
    said = next(a for a in newslens.analyze(article).records["attributions"] if a["cue"]["text"] == "said")
    assert said["source"]["text"] == "presidential policy chief Kim Yong-beom"


def test_a_message_with_only_html_is_read_as_a_page_and_one_with_no_text_is_named(tmp_path):
    html = ("<html><body><h1>Daily Brief</h1><p>Seoul and Washington released a joint fact sheet on "
            "Friday setting out the terms of their tariff deal, officials said.</p><p>Presidential policy "
            "chief Kim Yong-beom said the document removed the uncertainty for exporters.</p></body></html>")
    path = tmp_path / "brief.eml"
    path.write_bytes(message(html, "html"))
    article = newslens.load(path)
    assert "<p>" not in article.text and "joint fact sheet" in article.text
    assert article.title == "Daily Brief - 18 November 2025"
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"From: a@example.org\nSubject: nothing\nContent-Type: image/png\n\n\x89PNG")
    with pytest.raises(EmptyFileError) as err:
        newslens.load(empty)
    assert "empty.eml" in str(err.value)


def test_a_pasted_header_gives_metadata_and_is_no_part_of_the_text():
    pasted = ("From: Gulf Policy Notes <notes@example.org>\nSent: Tuesday, November 18, 2025 7:02 AM\n"
              "To: Analysts\nSubject: RE: FW: Riyadh and Washington sign defence pact\n\n" + BODY)
    text, meta = pasted_header(pasted)
    assert meta["title"] == "Riyadh and Washington sign defence pact"
    assert (meta["outlet"], meta["date"]) == ("Gulf Policy Notes", "2025-11-18")
    assert text.startswith("Good morning.") and not text.rstrip().endswith("preferences")


@pytest.mark.parametrize("text", [
    "From the start, the talks were difficult.\nSubject: tariffs.",
    "To: whom it may concern\nThe ministry said nothing.",
    "Subject: tariffs",
])
def test_text_that_only_looks_like_a_header_is_left_alone(text):
    assert pasted_header(text) == (text, {})


def test_a_dash_line_early_in_the_text_is_no_signature():
    text = "--\nThe minister said the deal was close.\n\nTalks resume on Monday in Geneva, officials said."
    assert without_signature(text) == text


def test_the_pasted_dates_are_read_when_the_article_is_loaded(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text("From: Notes <n@example.org>\nSent: Tuesday, November 18, 2025 7:02 AM\n"
                    "Subject: Defence pact signed\n\n" + BODY, encoding="utf-8")
    article = newslens.load(path)
    assert (article.title, article.date, article.outlet) == ("Defence pact signed", "2025-11-18", "Notes")
    assert article.text.startswith("Good morning.")


def test_documents_attached_to_a_message_are_its_articles_and_a_cover_note_is_not(tmp_path):
    from pdf_maker import Line, column, make_pdf
    release = make_pdf([[Line("Ministry welcomes the Chagos treaty", 72, 730, 20)]
                        + column([["The Ministry of Foreign Affairs welcomed the signing of the treaty on Thursday,",
                                   "and the spokesperson said it would enter into force after ratification."]],
                                 top=690)])

    def with_attachments(body: str) -> bytes:
        msg = EmailMessage()
        msg["From"] = "MFA Press Office <press@mfa.example.gov>"
        msg["Subject"] = "Press release"
        msg["Date"] = "Thu, 22 May 2025 10:00:00 +0000"
        msg.set_content(body)
        msg.add_attachment(release, maintype="application", subtype="pdf", filename="release 22-05.pdf")
        msg.add_attachment(b"not a word file", maintype="application", subtype="octet-stream", filename="annex.docx")
        msg.add_attachment(b"\x89PNG", maintype="image", subtype="png", filename="logo.png")
        return msg.as_bytes()

    path = tmp_path / "press.eml"
    cover = "Dear colleagues,\n\nPlease find attached today's press release.\n\nPress Office"
    path.write_bytes(with_attachments(cover))
    release_article, annex = load_items(path)
    assert (release_article.id, release_article.title, release_article.date, release_article.outlet) == (
        "press-release-22-05", "Ministry welcomes the Chagos treaty", "2025-05-22", "MFA Press Office")
    assert "read from the message's attachment release 22-05.pdf" in release_article.warnings
    assert isinstance(annex, newslens.InputError) and "attachment annex.docx: not a Word" in str(annex)
    path.write_bytes(with_attachments(BODY.split("-- ")[0] * 6))  # a newsletter of its own, with the release
    assert [a.id for a in load_items(path) if isinstance(a, newslens.Article)] == [
        "press", "press-release-22-05"]
