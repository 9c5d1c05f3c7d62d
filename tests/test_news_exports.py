from __future__ import annotations

import pytest

import newslens
from newslens.errors import EmptyFileError
from newslens.news_exports import split_export

FACTIVA = """India, US sign 10-year defence framework
By Staff Reporter
612 words
31 October 2025
09:45 GMT
Example Daily
EXDLY
English
Copyright 2025 Example Media Ltd. All rights reserved.

KUALA LUMPUR, Oct 31 -- India and the United States signed a 10-year defence framework on Friday, \
Defence Minister Rajnath Singh said.

"This framework will guide our defence relationship," Singh said.

Document EXDLY00020251031elav0000a


Thailand, Cambodia sign peace declaration
398 words
26 October 2025
Example Wire
EXWIRE
English
(c) 2025 Example Wire. All Rights Reserved.

Thailand and Cambodia signed an expanded ceasefire declaration on Sunday, officials said.

Document EXWIRE0020251026elaq00011
"""

FACTIVA_FIELDS = """HD
   Philippines, Japan access pact takes effect
WC   350 words
PD   11 September 2025
SN   Example Wire
SC   EXWIRE
LA   English
CY   (c) 2025 Example Wire
LP
   MANILA, Sept 11 -- The Reciprocal Access Agreement between Japan and the
   Philippines entered into force on Thursday, the foreign ministry said.

TD
   China's foreign ministry said the region did not need "closed blocs".

AN   Document EXWIRE0020250911el9b0002d
"""

NEXIS = """Japan, US sign rare earths framework
Example Times
October 28, 2025 Tuesday
Copyright 2025 Example Times Group All Rights Reserved

Section: WORLD; Pg. 4
Length: 420 words
Byline: A. Correspondent

Body


Japan and the United States signed a framework on rare earths on Tuesday, a government spokesman said.

Classification

Language: ENGLISH

Load-Date: October 28, 2025


End of Document


Trump, Xi agree one-year trade truce
Example Post
October 30, 2025 Thursday

Length: 300 words

Body

Donald Trump and Xi Jinping agreed on Thursday to a one-year truce in their trade war, officials said.

Load-Date: October 31, 2025


End of Document
"""


def test_a_factiva_export_is_split_into_its_articles_with_their_metadata():
    found = split_export(FACTIVA)
    assert [m for _, m in found] == [
        {"title": "India, US sign 10-year defence framework", "date": "31 October 2025", "outlet": "Example Daily"},
        {"title": "Thailand, Cambodia sign peace declaration", "date": "26 October 2025", "outlet": "Example Wire"},
    ]
    first, second = (text for text, _ in found)
    assert first.startswith("KUALA LUMPUR, Oct 31 --") and first.endswith("Singh said.")
    assert "Document" not in first + second and "Copyright" not in first + second


def test_factiva_with_field_codes_reads_the_lead_and_the_text_as_paragraphs():
    [(text, meta)] = split_export(FACTIVA_FIELDS)
    assert meta == {"title": "Philippines, Japan access pact takes effect", "date": "11 September 2025",
                    "outlet": "Example Wire"}
    assert text.split("\n\n") == [
        "MANILA, Sept 11 -- The Reciprocal Access Agreement between Japan and the Philippines entered into "
        "force on Thursday, the foreign ministry said.",
        "China's foreign ministry said the region did not need \"closed blocs\".",
    ]


def test_a_nexis_export_is_split_and_its_index_fields_are_no_text():
    found = split_export(NEXIS)
    assert [m for _, m in found] == [
        {"title": "Japan, US sign rare earths framework", "outlet": "Example Times", "date": "October 28, 2025"},
        {"title": "Trump, Xi agree one-year trade truce", "outlet": "Example Post", "date": "October 30, 2025"},
    ]
    assert [text for text, _ in found] == [
        "Japan and the United States signed a framework on rare earths on Tuesday, a government spokesman said.",
        "Donald Trump and Xi Jinping agreed on Thursday to a one-year truce in their trade war, officials said.",
    ]


@pytest.mark.parametrize("text", [
    "The minister said the Document of Understanding was signed.\n\nEnd of the talks came on Monday.",
    "Talks ended.\nDocument 12\nThe ministry said more would follow.",
])
def test_ordinary_text_is_no_export(text):
    assert split_export(text) is None


def test_loading_an_export_gives_one_article_each_and_an_empty_one_is_named(tmp_path):
    path = tmp_path / "factiva.txt"
    path.write_text(FACTIVA, encoding="utf-8")
    articles = newslens.load_many(path)
    assert [(a.id, a.date, a.outlet) for a in articles] == [
        ("factiva-1", "2025-10-31", "Example Daily"), ("factiva-2", "2025-10-26", "Example Wire")]
    said = next(x for x in newslens.analyze(articles[0]).records["attributions"] if x["quote"] == "indirect")
    assert said["source"]["text"] == "Defence Minister Rajnath Singh"
    empty = tmp_path / "empty.txt"
    empty.write_text("End of Document\n\nEnd of Document\n", encoding="utf-8")
    with pytest.raises(EmptyFileError) as err:
        newslens.load_many(empty, strict=True)
    assert "empty.txt" in str(err.value)
