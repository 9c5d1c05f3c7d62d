"""Helpers the sourcing tests share: run the whole analysis on a text written for a test and
read its attributions."""
from __future__ import annotations

import newslens
from newslens import pipeline
from newslens.articles import paragraph_spans


def atts(text, outlet=None):
    """The attributions newslens finds in ``text`` (an article dated 2019-06-25)."""
    art = newslens.Article(id="t", text=text, date="2019-06-25", outlet=outlet, paragraphs=paragraph_spans(text))
    return newslens.analyze(art).records["attributions"]


def parse(text):
    """The newslens pipeline's parse of a sentence written for a test."""
    return pipeline.nlp()(text)


def one(text, **kw):
    """The one attribution newslens finds in ``text`` (the test fails if it finds another number)."""
    found = atts(text, **kw)
    assert len(found) == 1, [(a["rule"], a["content"]["text"]) for a in found]
    return found[0]


def saying(text, opening, **kw):
    """The attribution newslens finds in ``text`` whose content opens with ``opening`` (the test
    fails, listing what it found, if there is none)."""
    found = atts(text, **kw)
    hits = [a for a in found if a["content"]["text"].startswith(opening)]
    assert hits, [(a["rule"], a["content"]["text"]) for a in found]
    return hits[0]


def named(text):
    """The attributions of ``text`` as (source cell of the table, entity name of the source)."""
    an = newslens.analyze(newslens.Article(id="t", text=text, paragraphs=paragraph_spans(text)))
    names = {x["id"]: x["name"] for x in an.records["entities"]}
    return list(zip(an.attributions["source"],
                    [names.get((a["source"] or {}).get("entity_id")) for a in an.records["attributions"]]))
