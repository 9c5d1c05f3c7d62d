from __future__ import annotations

import pytest

import newslens
from newslens.web_copy import without_page_furniture

STORY = """BRUSSELS, Dec 3 - EU countries agreed on Wednesday to phase out Russian gas imports by 2027.

Advertisement · Scroll to continue

"This is a historic day for Europe," the energy commissioner said.

Read more:
EU unveils 19th sanctions package against Russia
Hungary vows to fight Russian gas ban in court

READ MORE: How the gas ban will work

Hungary opposed the plan.

Sign up here."""


def test_advertisements_prompts_and_links_to_other_stories_go():
    text, dropped = without_page_furniture(STORY)
    assert dropped == 6
    assert text == ("BRUSSELS, Dec 3 - EU countries agreed on Wednesday to phase out Russian gas imports by 2027.\n\n"
                    "\"This is a historic day for Europe,\" the energy commissioner said.\n\n"
                    "Hungary opposed the plan.")


@pytest.mark.parametrize("text", [
    "Related coverage\n\nThe minister said the talks would resume on Monday.",  # a label with no links under it
    "Advertisement revenue fell, the company said.\n\nIt blamed the war.",
    "Read more: the report said sanctions were working.",  # (a sentence, and a link line is a title)
    "The photo caption read: Advertisement.",
])
def test_lines_that_only_resemble_page_furniture_stay(text):
    assert without_page_furniture(text) == (text, 0)


def test_a_copied_page_loads_without_its_furniture_and_says_so(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text(STORY, encoding="utf-8")
    article = newslens.load(path)
    assert "Advertisement" not in article.text and "sanctions package" not in article.text
    assert any("6 line(s) of the web page" in w for w in article.warnings)
    positions = newslens.analyze(article).records["positions"]
    assert not any("sanctions package" in p["evidence"]["text"] for p in positions)


@pytest.mark.parametrize("prompt", ["Sign up for our newsletter", "SIGN UP FOR OUR DAILY NEWSLETTER"])
def test_a_prompt_to_sign_up_for_the_newsletter_goes(prompt):
    text = "Hungary opposed the plan.\n\n" + prompt + "\n\nPoland backed it."
    assert without_page_furniture(text) == ("Hungary opposed the plan.\n\nPoland backed it.", 1)
