from __future__ import annotations

import pytest

import newslens
from newslens.errors import EmptyFileError
from newslens.markdown_text import front_matter, inline_text, markdown_to_text

CLIPPED = """---
title: "Seoul and Tokyo agree to resume shuttle diplomacy"
source: "https://news.example.org/asia/seoul-tokyo-shuttle"
author:
  - "[[Staff Reporter]]"
published: 2025-08-24
site_name: Example News
tags: [clippings, korea]
---

# Seoul and Tokyo agree to resume shuttle diplomacy

![Leaders shake hands](https://img.example.org/lee-ishiba.jpg)

**TOKYO** – South Korean President Lee Jae-myung and Japanese Prime Minister
Shigeru Ishiba agreed on Saturday to resume regular visits, the presidential
office said in a statement.

> "We will not let history stand in the way of the future," Lee told
> reporters after the talks.

## What they agreed

- Annual summits in each capital
- A joint study on [hydrogen supply chains](https://news.example.org/tag/hydrogen)
"""


def test_front_matter_gives_title_date_address_and_site_and_skips_lists():
    meta, body = front_matter(CLIPPED)
    assert meta == {"title": "Seoul and Tokyo agree to resume shuttle diplomacy",
                    "url": "https://news.example.org/asia/seoul-tokyo-shuttle",
                    "date": "2025-08-24", "outlet": "Example News"}
    assert body.lstrip().startswith("# Seoul and Tokyo")
    assert front_matter("No front matter here.\n---\n") == ({}, "No front matter here.\n---\n")


@pytest.mark.parametrize("line, words", [
    ("The [Camp David summit](https://example.org/cd \"title\") was held in 2023.",
     "The Camp David summit was held in 2023."),
    ("Photo: ![a map](map.png) of the strait", "Photo: of the strait"),
    ("She called it **a *very* serious** breach.", "She called it a very serious breach."),
    ("It was __not__ a ceasefire, said _Le Monde_.", "It was not a ceasefire, said Le Monde."),
    (r"Tokyo was \*not\* seeking bases (see note\_2).", "Tokyo was *not* seeking bases (see note_2)."),
    ("Exports rose 5%[^1] &amp; imports fell.<br>", "Exports rose 5% & imports fell."),
    ("Run `newslens extract` on ~~old~~ new files, see <https://example.org/a>.",
     "Run newslens extract on old new files, see https://example.org/a."),
    ("A snake_case_name and 2*3*4 stay as written.", "A snake_case_name and 2*3*4 stay as written."),
])
def test_inline_marks_go_and_the_words_stay(line, words):
    assert inline_text(line) == words


def test_paragraph_lines_join_and_blocks_keep_lines_of_their_own():
    text, meta = markdown_to_text(CLIPPED)
    assert text.split("\n\n") == [
        "Seoul and Tokyo agree to resume shuttle diplomacy",
        "TOKYO – South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed "
        "on Saturday to resume regular visits, the presidential office said in a statement.",
        "\"We will not let history stand in the way of the future,\" Lee told reporters after the talks.",
        "What they agreed",
        "- Annual summits in each capital",
        "- A joint study on hydrogen supply chains",
    ]
    assert meta["title"] == "Seoul and Tokyo agree to resume shuttle diplomacy"


def test_title_falls_back_on_the_first_heading_and_tables_rules_and_breaks_are_read():
    text, meta = markdown_to_text(
        "Talks on the tariff schedule\n============================\n\n"
        "| Country | Tariff |\n|---|---:|\n| India | 50% |\n\n"
        "First line of an address,  \nsecond line of it.\n\n***\n\n"
        "[1]: https://example.org/ref\n"
        "[^2]: Figures from the commerce ministry.\n")
    assert meta == {"title": "Talks on the tariff schedule"}
    assert text.split("\n\n") == ["Talks on the tariff schedule", "Country | Tariff", "India | 50%",
                                  "First line of an address,", "second line of it.",
                                  "2. Figures from the commerce ministry."]


def test_a_markdown_file_loads_as_its_plain_text_and_its_speakers_are_found(tmp_path):
    path = tmp_path / "shuttle.md"
    path.write_text(CLIPPED, encoding="utf-8")
    article = newslens.load(path)
    assert path.read_text(encoding="utf-8") == CLIPPED  # the input file is never modified
    assert (article.title, article.date, article.outlet) == (
        "Seoul and Tokyo agree to resume shuttle diplomacy", "2025-08-24", "Example News")
    assert "**" not in article.text and "](" not in article.text and ">" not in article.text
    atts = newslens.analyze(article).records["attributions"]
    lee = next(a for a in atts if a["cue"] and a["cue"]["text"] == "told")
    assert lee["source"]["text"] == "Lee"
    assert lee["content"]["text"].startswith("We will not let history stand in the way of the future")
    office = next(a for a in atts if a["cue"] and a["cue"]["text"].startswith("said"))
    assert office["source"]["text"] == "the presidential office"
    assert office["content"]["text"].endswith("agreed on Saturday to resume regular visits")


def test_folder_index_overrides_front_matter_and_an_empty_markdown_file_is_named(tmp_path):
    (tmp_path / "index.csv").write_text("id,title\nshuttle,Index title\n", encoding="utf-8")
    (tmp_path / "shuttle.md").write_text(CLIPPED, encoding="utf-8")
    assert newslens.load(tmp_path / "shuttle.md").title == "Index title"
    empty = tmp_path / "empty.markdown"
    empty.write_text("---\ntitle: Nothing below\n---\n\n![only a picture](a.png)\n", encoding="utf-8")
    with pytest.raises(EmptyFileError) as err:
        newslens.load(empty)
    assert "empty.markdown" in str(err.value)
