from __future__ import annotations

import quopri

import pytest

import newslens
from input_helpers import refused
from newslens.saved_page import NotASavedPage, saved_page

PAGE = ("<!doctype html><html><head><title>Egypt says Nile dam talks have failed | World News</title>"
        "<meta property='og:site_name' content='Example World News'>"
        "<meta property='article:published_time' content='2025-12-20T10:00:00Z'></head><body>"
        "<nav>Home | World | Business</nav><article><h1>Egypt says Nile dam talks with Ethiopia have failed</h1>"
        "<p>CAIRO, Dec 20 (Reuters) - Egypt said on Tuesday that talks with Ethiopia over the dam had ended "
        "without agreement.</p><p>“Egypt will not accept any unilateral filling of the dam,” Foreign Minister "
        "Badr Abdelatty told reporters in Cairo.</p><p>Ethiopia rejected the accusation. A spokesperson for its "
        "foreign ministry said Egypt was clinging to “colonial-era treaties”.</p></article>"
        "<footer>© 2025 Example</footer></body></html>")


def mhtml(page: str, address: str = "https://news.example.com/world/nile-dam-talks") -> bytes:
    """A page as Chrome saves it: the browser's header, the page quoted-printable with no charset
    on its part (its bytes UTF-8), then an image part."""
    boundary = "----MultipartBoundary--abc----"
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {address}\r\n"
            f"Subject: Egypt says Nile dam talks have failed | World News\r\nDate: Tue, 01 Dec 2026 07:38:27 GMT\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            f"\tboundary=\"{boundary}\"\r\n\r\n\r\n--{boundary}\r\nContent-Type: text/html\r\n"
            f"Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {address}\r\n\r\n{body}\r\n--{boundary}\r\nContent-Type: image/png\r\n"
            f"Content-Transfer-Encoding: base64\r\nContent-Location: {address}/logo.png\r\n\r\niVBORw0KGgo=\r\n"
            f"--{boundary}--\r\n").encode("ascii")


def test_a_saved_page_is_its_html_and_the_address_it_came_from():
    assert saved_page(mhtml(PAGE)) == (PAGE.encode("utf-8"), None, "https://news.example.com/world/nile-dam-talks")
    assert saved_page(mhtml(PAGE, address="file:///home/analyst/nile.html"))[2] is None


@pytest.mark.parametrize("ext", [".mhtml", ".mht"])
def test_a_saved_page_loads_as_its_article_not_as_the_browsers_message(tmp_path, ext):
    path = tmp_path / f"nile{ext}"
    path.write_bytes(mhtml(PAGE))
    article = newslens.load(path)
    assert (article.title, article.date, article.outlet, article.url) == (
        "Egypt says Nile dam talks with Ethiopia have failed", "2025-12-20", "Example World News",
        "https://news.example.com/world/nile-dam-talks")
    assert "Home | World" not in article.text and "“Egypt will not accept" in article.text
    said = {(a["source"]["text"], a["cue"]["text"]) for a in newslens.analyze(article).records["attributions"]}
    assert ("Foreign Minister Badr Abdelatty", "told") in said


@pytest.mark.parametrize("data, problem", [
    (b"Egypt said the talks had failed.", "no MIME header"),
    (b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nJust text.", "no web page"),
])
def test_what_is_no_saved_page_says_so_naming_the_file(tmp_path, data, problem):
    refused(tmp_path, "broken.mhtml", data, saved_page, NotASavedPage, problem)
