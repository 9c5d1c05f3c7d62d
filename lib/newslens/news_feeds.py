"""News feeds saved as files (RSS 2.0, RSS 1.0/RDF, Atom: ``.rss``, ``.atom``, ``.xml``): each item
is an article, its full text (``content:encoded``, Atom's ``content``) or else its summary as the
text (read from its HTML), with its title, link, date and the feed's title as the outlet. Read with the standard
library; a feed that declares entities is refused (no entity expansion)."""
from __future__ import annotations

import email.utils
from typing import Any
from xml.etree import ElementTree

from .html_fragments import fragment_text


class NotAFeed(ValueError):
    """The text is no news feed: not well-formed XML, or XML of another kind."""


def _local(tag: str) -> str:
    """A tag's name without its namespace, in lower case ("{...}encoded": "encoded")."""
    return tag.rsplit("}", 1)[-1].lower()


def _child(el: ElementTree.Element, *names: str) -> ElementTree.Element | None:
    """The first child of ``el`` with one of these local names, in the order named."""
    for name in names:
        for child in el:
            if _local(child.tag) == name:
                return child
    return None


def _text(el: ElementTree.Element | None) -> str:
    """An element's text; Atom's XHTML content is its markup, read later as HTML is."""
    if el is None:
        return ""
    if len(el):
        return "".join(ElementTree.tostring(c, encoding="unicode") for c in el)
    return (el.text or "").strip()


def _date(value: str) -> str:
    """An RFC 822 date ("Tue, 02 Dec 2025 07:38:27 GMT") as YYYY-MM-DD; other forms as written."""
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def _link(item: ElementTree.Element) -> str:
    """An item's page: RSS's <link> text, or Atom's <link href> that is no enclosure."""
    for child in item:
        if _local(child.tag) == "link":
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                return href
            if not href and (child.text or "").strip():
                return child.text.strip()
    return ""


def feed_records(text: str) -> list[dict[str, Any]]:
    """One record per item of the feed (``text``, ``title``, ``url``, ``date``, ``outlet``), or
    ``NotAFeed`` naming what is wrong."""
    if "<!ENTITY" in text[:10_000]:
        raise NotAFeed("the feed declares entities, which are not expanded: refused")
    try:
        root = ElementTree.fromstring(text.lstrip("\ufeff"))
    except ElementTree.ParseError as exc:
        raise NotAFeed(f"not well-formed XML: {exc}") from None
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "rdf"):
        raise NotAFeed(f"XML whose root is <{kind}>, not a news feed (RSS or Atom)")
    channel = _child(root, "channel") if kind != "feed" else root
    outlet = _text(_child(channel, "title")) if channel is not None else ""
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        raise NotAFeed("the feed has no items")
    records = []
    for item in items:
        body = _text(_child(item, "encoded", "content")) or _text(_child(item, "description", "summary"))
        body = fragment_text(body)[0]  # (a feed's text is HTML by custom: read here, with no warning)
        when = _text(_child(item, "pubdate", "published", "date", "updated"))
        records.append({"text": body, "title": _text(_child(item, "title")), "url": _link(item),
                        "date": _date(when) if when else "", "outlet": outlet})
    return records
