from __future__ import annotations

import io
import zipfile

import pytest

import newslens
from newslens.docx_text import NotADocx, docx_text
from newslens.errors import InputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(*paragraphs: str) -> bytes:
    """A minimal Word package whose body holds ``paragraphs`` (a '|' is a line break inside one,
    each paragraph split in two runs to be joined again)."""
    def runs(text: str) -> str:
        half = len(text) // 2
        parts = [text[:half], text[half:]]
        return "".join("<w:r>" + "<w:br/>".join(f'<w:t xml:space="preserve">{x}</w:t>' for x in part.split("|"))
                       + "</w:r>" for part in parts)
    body = "".join(f"<w:p>{runs(p)}</w:p>" if p else "<w:p/>" for p in paragraphs)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_a_word_documents_paragraphs_are_its_text():
    data = docx("Seoul and Tokyo agree to resume shuttle diplomacy", "",
                "The presidential office said the leaders agreed to meet twice a year.",
                "Line one|line two")
    assert docx_text(data) == ("Seoul and Tokyo agree to resume shuttle diplomacy\n\n"
                               "The presidential office said the leaders agreed to meet twice a year.\n\n"
                               "Line one\nline two")


def test_a_word_file_loads_and_a_nexis_export_in_it_is_split(tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(docx("Talks resume in Geneva", "Ukrainian and US officials met in Geneva on Sunday, "
                          "and Secretary of State Marco Rubio said the talks had made progress."))
    article = newslens.load(path)
    assert article.title == "Talks resume in Geneva"
    said = next(a for a in newslens.analyze(article).records["attributions"] if a["cue"]["text"] == "said")
    assert said["source"]["text"] == "Secretary of State Marco Rubio"
    export = tmp_path / "nexis.docx"
    export.write_bytes(docx("Japan, US sign rare earths framework", "Example Times", "October 28, 2025 Tuesday",
                            "Body", "Japan and the United States signed a framework on Tuesday, officials said.",
                            "Load-Date: October 28, 2025", "End of Document",
                            "Trump, Xi agree trade truce", "Example Post", "October 30, 2025 Thursday", "Body",
                            "The two leaders agreed on Thursday to a one-year truce, officials said.",
                            "End of Document"))
    assert [(a.id, a.title, a.date) for a in newslens.load_many(export)] == [
        ("nexis-1", "Japan, US sign rare earths framework", "2025-10-28"),
        ("nexis-2", "Trump, Xi agree trade truce", "2025-10-30")]


@pytest.mark.parametrize("content, problem", [
    (b"This is plain text saved with the wrong name.", "not a Word (.docx) package"),
    (None, "no document body"),
])
def test_a_broken_word_file_is_named_with_its_problem(tmp_path, content, problem):
    if content is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
        content = buf.getvalue()
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        newslens.load(path)
    assert "bad.docx" in str(err.value) and problem in str(err.value)
    with pytest.raises(NotADocx):
        docx_text(content)
