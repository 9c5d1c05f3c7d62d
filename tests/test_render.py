"""HTML pieces for the notebooks and reports (newslens.render)."""
from __future__ import annotations

import newslens
from newslens import render


def test_highlight_escapes_text_labels_and_tooltips():
    html = render.highlight("<b>Pompeo</b> said", [(3, 9, "<i>", "x\"y")])
    assert "<b>" not in html and "&lt;b&gt;" in html and "&lt;i&gt;" in html and 'title="x&quot;y"' in html


def test_a_nested_attribution_shows_its_source_and_cue_inside_the_outer_content():
    text = "Trump claimed that paying no taxes was smart, although he insisted that he would release his returns."
    an = newslens.analyze(newslens.Article(id="t", text=text))
    spans = render.attribution_spans(an)
    labels = {(text[s:e], label) for s, e, label, *_ in spans}
    assert ("he", "source") in labels and ("insisted", "cue") in labels
    assert all(text[s:e].strip() for s, e, *_ in spans)
    html = render.highlight(text, spans)
    assert html.count(">he<sub") == 1 and html.count(">insisted<sub") == 1


def test_a_span_over_several_paragraphs_is_marked_in_each_with_its_label_once():
    text = "Q: Will you sign?\n\nI will.\n\nBut not today."
    paragraphs = [[0, 17], [19, 26], [28, 42]]
    html = render.highlight(text, [(3, 42, "content")], paragraphs=paragraphs)
    assert html.count("<mark") == 3 and html.count("<sub") == 1
    assert ">Will you sign?</mark>" in html and "not today.<sub" in html
