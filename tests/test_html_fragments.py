from __future__ import annotations

import json

import pytest

import newslens
from newslens.html_fragments import fragment_text, has_markup

FEED_TEXT = ('<p class="lead">Ukraine and the United States signed a minerals deal in Washington on '
             'Wednesday, the Ukrainian economy ministry said.</p>\n<script>track("x")</script>'
             '<p>&#8220;This is a fair deal,&#8221; Deputy Prime Minister Yulia Svyrydenko said '
             'on&nbsp;X.<br/>The fund will be run <em>jointly</em>.</p><!-- ad slot -->'
             '<blockquote>&ldquo;Partnership, not aid,&rdquo; the US Treasury said.</blockquote>')


def test_a_fragment_reads_as_paragraphs_with_its_quotation_marks():
    text, had_markup = fragment_text(FEED_TEXT)
    assert had_markup
    assert text.split("\n\n") == [
        "Ukraine and the United States signed a minerals deal in Washington on Wednesday, "
        "the Ukrainian economy ministry said.",
        "“This is a fair deal,” Deputy Prime Minister Yulia Svyrydenko said on X.\nThe fund will be run jointly.",
        "“Partnership, not aid,” the US Treasury said.",
    ]


@pytest.mark.parametrize("text, expected", [
    ("China&#8217;s envoy said &quot;no&quot;.", "China’s envoy said \"no\"."),
    ("Tariffs of 5% on AT&T and R&D spending, <b>said one.", "Tariffs of 5% on AT&T and R&D spending, <b>said one."),
    ("If x < 3 and y > 4 the deal holds.", "If x < 3 and y > 4 the deal holds."),
])
def test_text_without_markup_only_has_its_entities_decoded(text, expected):
    assert not has_markup(text)
    assert fragment_text(text) == (expected, False)


def test_a_feed_record_with_html_is_read_as_text_and_its_quotes_are_found(tmp_path):
    path = tmp_path / "feed.jsonl"
    raw = json.dumps({"id": "minerals", "date": "2025-04-30", "text": FEED_TEXT}) + "\n"
    path.write_text(raw, encoding="utf-8")
    [article] = newslens.load_many(path)
    assert path.read_text(encoding="utf-8") == raw
    assert "<" not in article.text and "&#" not in article.text
    assert "the text held HTML tags; they were taken out" in article.warnings
    atts = newslens.analyze(article).records["attributions"]
    direct = {a["source"]["text"]: a["content"]["text"] for a in atts if a["quote"] == "direct"}
    assert direct["Deputy Prime Minister Yulia Svyrydenko"] == "This is a fair deal,"
    assert direct["the US Treasury"] == "Partnership, not aid,"


def test_a_line_break_inside_markup_is_a_space_a_blank_line_and_a_br_still_break():
    text = ("<p>Foreign Minister Badr\nAbdelatty told reporters the talks\n   had failed.</p>"
            "<p>Line one<br>line two</p>\n\nA paragraph written apart <b>by</b> a blank line.")
    assert fragment_text(text) == ("Foreign Minister Badr Abdelatty told reporters the talks had failed.\n\n"
                                   "Line one\nline two\n\nA paragraph written apart by a blank line.", True)
