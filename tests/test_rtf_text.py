from __future__ import annotations

import pytest

import newslens
from newslens.errors import InputError
from newslens.rtf_text import NotRtf, rtf_text

RTF = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}" b"\n"
       rb"{\*\generator Riched20 10.0;}{\info{\title A title no reader sees}}{\header Page header\par}" b"\n"
       rb"\pard\plain\f0\fs20 Seoul and Tokyo agree to resume shuttle diplomacy\par" b"\n"
       rb"\par" b"\n"
       rb"TOKYO \endash  The leaders agreed on Saturday to meet twice a year, the presidential " b"\n"
       rb"office said.\par" b"\n"
       rb"\ldblquote We will not let history stand in the way,\rdblquote  Lee told reporters in " b"\n"
       rb"Caf\'e9 Seoul \u8212? a line{\field{\*\fldinst HYPERLINK http://x}{\fldrslt  with a link}}.\par" b"\n"
       rb"}")


def test_an_rtf_documents_text_keeps_its_paragraphs_and_characters():
    assert rtf_text(RTF) == (
        "Seoul and Tokyo agree to resume shuttle diplomacy\n\n"
        "TOKYO – The leaders agreed on Saturday to meet twice a year, the presidential office said.\n"
        "“We will not let history stand in the way,” Lee told reporters in Café Seoul — a line with a link.")


def test_an_rtf_file_loads_and_its_speakers_are_found(tmp_path):
    path = tmp_path / "shuttle.rtf"
    path.write_bytes(RTF)
    article = newslens.load(path)
    assert article.title == "Seoul and Tokyo agree to resume shuttle diplomacy"
    atts = newslens.analyze(article).records["attributions"]
    assert {(a["source"]["text"], a["cue"]["text"]) for a in atts} >= {("the presidential office", "said"),
                                                                       ("Lee", "told")}


def test_a_file_that_is_no_rtf_is_named_with_its_problem(tmp_path):
    path = tmp_path / "bad.rtf"
    path.write_bytes(b"Plain text saved with the wrong name.")
    with pytest.raises(InputError) as err:
        newslens.load(path)
    assert "bad.rtf" in str(err.value) and "Rich Text Format" in str(err.value)
    with pytest.raises(NotRtf):
        rtf_text(b"<html></html>")
