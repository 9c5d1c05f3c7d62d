"""Text that still carries HTML: a feed's record whose text is "<p>...</p><p>...</p>", a scraped
text with its quotation marks as entities ("&#8220;We will not ...&#8221;").

Left as they are, the tags run the paragraphs together and the entities hide every quotation
mark, so that no quote is found. ``fragment_text`` turns block tags into paragraph breaks, drops
the other tags and what scripts and styles hold, and decodes the entities; a text with no tags
only has its entities decoded.
"""
from __future__ import annotations

import html
import re

_BLOCK_TAGS = "p|div|h[1-6]|li|ul|ol|blockquote|figcaption|figure|section|article|header|footer|tr|table|dd|dt|pre"
_INLINE_TAGS = "br|a|span|em|strong|b|i|u|small|sup|sub|img|cite|q|abbr|time|mark|font"
#: A tag the fragments of news pages use, with its attributes: ``<p class="lead">``, ``</a>``.
_TAG = re.compile(rf"</?(?:{_BLOCK_TAGS}|{_INLINE_TAGS})(?:\s[^<>]*)?/?>", re.I)
_BLOCK = re.compile(rf"</?(?:{_BLOCK_TAGS})(?:\s[^<>]*)?/?>", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: Fewest tags for a text to be read as HTML (one "<b>" may be a typo; two tags are markup).
MIN_TAGS = 2


def has_markup(text: str) -> bool:
    """Whether the text holds HTML tags (at least ``MIN_TAGS`` of those news pages use)."""
    return len(_TAG.findall(text, 0, 200_000)) >= MIN_TAGS


def fragment_text(text: str) -> tuple[str, bool]:
    """The text a reader of the fragment sees, and whether it held markup. Paragraphs come
    apart by a blank line; spaces inside a paragraph, and a line break in the markup, are one
    space (``<br>`` is a line break)."""
    if not has_markup(text):
        return (html.unescape(text) if _ENTITY.search(text) else text), False
    text = _COMMENT.sub("", _HIDDEN.sub("", text))
    # (a line break in markup is a space, as a browser shows it; a blank line still parts paragraphs)
    text = "\n\n".join(re.sub(r"\s*\n\s*", " ", chunk) for chunk in re.split(r"\n[ \t]*\n", text))
    text = _BREAK.sub("\n", text)
    text = _BLOCK.sub("\n\n", text)
    text = _TAG.sub("", text)
    text = re.sub(r"<[A-Za-z!/][^<>]*>", "", text)  # any other tag
    text = html.unescape(text)
    paragraphs = (re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in re.split(r"\n[ \t]*\n", text))
    lines = ("\n".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs)
    return "\n\n".join(p for p in lines if p), True
