"""A post embedded in an article, with its credit line: the one credited wrote its words."""
from __future__ import annotations

from attribution_helpers import atts, saying


def test_a_post_above_its_credit_line_is_its_authors_direct_quote():
    text = ("Poland asked NATO for consultations on Wednesday.\n\n"
            "We are invoking Article 4 of the NATO treaty. https://t.co/abc123\n\n"
            "— Radosław Sikorski (@sikorskiradek) September 10, 2025\n\n"
            "The alliance met on Thursday.")
    a = saying(text, "We are invoking")
    assert (a["rule"], a["source"]["text"], a["cue"]["text"], a["quote"]) == (
        "embedded_post", "Radosław Sikorski", "—", "direct")
    assert a["content"]["text"] == "We are invoking Article 4 of the NATO treaty."  # (not the link)
    assert a["source"]["kind"] == "named_person"


def test_a_post_and_its_credit_on_one_line_leave_the_pages_markup_and_prompts_out():
    text = ("The foreign ministry replied within the hour.\n\n"
            '<tweet id="1" author="@MFA">We reject these claims entirely. pic.twitter.com/xyz SIGN UP FOR OUR '
            "NEWSLETTER — Foreign Ministry (@MFA) March 3, 2024</tweet>.\n")
    a = saying(text, "We reject")
    assert (a["source"]["text"], a["content"]["text"]) == ("Foreign Ministry", "We reject these claims entirely.")
    # the post starts after the page's tag, not after any ">" in its words
    a = saying('<tweet id="2">Growth > 3% this year is our aim. — Finance Ministry (@MinFin) March 3, 2024</tweet>\n',
               "Growth")
    assert a["content"]["text"] == "Growth > 3% this year is our aim."


def test_a_handle_in_running_prose_or_after_a_hyphen_is_no_credit_line():
    text = ("The minister — Radosław Sikorski (@sikorskiradek) — met the envoy in Warsaw.\n\n"
            "A Warsaw-based analyst (@jank) followed the talks.")
    assert [a for a in atts(text) if a["rule"] == "embedded_post"] == []
