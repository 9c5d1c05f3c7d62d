from __future__ import annotations

import io
import zipfile

import pytest

import newslens
from input_helpers import refused
from newslens.odt_text import NotAnOdt, odt_text

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def odt(body: str) -> bytes:
    """A minimal OpenDocument text package whose body is ``body`` (text:* elements)."""
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>'
           f"{body}</office:text></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", xml)
    return buf.getvalue()


STATEMENT = (
    '<text:h text:outline-level="1">UK and Mauritius sign Chagos treaty</text:h>'
    "<text:p>The Foreign Secretary said the treaty<text:note text:note-class=\"footnote\">"
    "<text:note-citation>1</text:note-citation><text:note-body><text:p>Treaty Series No. 3 (2025).</text:p>"
    "</text:note-body></text:note> secured the base on Diego Garcia<text:s text:c=\"2\"/>for 99 years.</text:p>"
    "<text:list><text:list-item><text:p>Mauritius gains sovereignty;</text:p></text:list-item>"
    "<text:list-item><text:p>the UK keeps<text:tab/>the base.</text:p></text:list-item></text:list>"
    "<text:p>Line one<text:line-break/>line two</text:p><text:p/>"
)


def test_an_odts_headings_paragraphs_and_lists_are_its_text_and_its_footnotes_come_after():
    assert odt_text(odt(STATEMENT)) == (
        "UK and Mauritius sign Chagos treaty\n\n"
        "The Foreign Secretary said the treaty secured the base on Diego Garcia  for 99 years.\n\n"
        "Mauritius gains sovereignty;\n\nthe UK keeps the base.\n\nLine one\nline two\n\n"
        "1 Treaty Series No. 3 (2025).")


def test_an_odt_loads_as_an_article(tmp_path):
    path = tmp_path / "chagos.odt"
    path.write_bytes(odt(STATEMENT))
    article = newslens.load(path)
    assert article.title == "UK and Mauritius sign Chagos treaty"
    said = next(a for a in newslens.analyze(article).records["attributions"] if a["cue"]["text"] == "said")
    assert said["source"]["text"] == "The Foreign Secretary"
    assert said["content"]["text"].startswith("the treaty secured the base")


@pytest.mark.parametrize("data, problem", [
    (b"plain text, not a package", "not an OpenDocument"),
    (odt("<text:p>x</text:p>").replace(b"content.xml", b"contents.xm"), "no document body"),
])
def test_what_is_no_odt_says_so_naming_the_file(tmp_path, data, problem):
    refused(tmp_path, "bad.odt", data, odt_text, NotAnOdt, problem)
