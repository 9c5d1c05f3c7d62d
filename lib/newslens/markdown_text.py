"""Read an article saved as Markdown (a read-later app's export, a web clipper's note) as the
plain text a reader sees, with the metadata its front matter gives.

What goes: the front matter block (its title, date, address and site are kept as metadata),
heading marks, emphasis, link targets (the link's words stay), images, quote and list marks,
table rules, HTML tags and entities, escapes, footnote marks. Lines of one paragraph are joined,
as Markdown reads them, so that a sentence wrapped over several lines stays one sentence;
headings, list items, quoted paragraphs and table rows keep lines of their own.
"""
from __future__ import annotations

import html
import re

#: Front matter keys, as web clippers and static-site tools spell them, and the metadata field
#: each one fills.
FRONT_MATTER_KEYS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "date_published": "date", "pubdate": "date",
    "published_at": "date", "created": "date",
    "source": "url", "url": "url", "link": "url", "canonical_url": "url",
    "site": "outlet", "site_name": "outlet", "sitename": "outlet", "publisher": "outlet",
    "outlet": "outlet",
}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_RULE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]^]+\]:\s+\S+.*$")
_FOOTNOTE_DEFINITION = re.compile(r"^\s{0,3}\[\^(\w+)\]:\s*")

_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)|!\[[^\]]*\]\[[^\]]*\]")
_LINKED_IMAGE = re.compile(r"\[\s*\]\((?:[^()\s]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]^]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_FOOTNOTE_MARK = re.compile(r"\[\^\w+\]")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                       r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`\n]+?)`+")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
#: An HTML tag left in a text ("<span class=...>", "</tweet>").
HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    """The metadata a front matter block opening the text gives, and the text after it."""
    m = _FRONT_MATTER.match(raw)
    if not m:
        return {}, raw
    meta: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        field = FRONT_MATTER_KEYS.get(key.strip().lower()) if sep and not line[:1].isspace() else None
        value = value.strip().strip("\"'").strip()
        if field and value and not value.startswith(("[", "{", "|", ">")):
            meta.setdefault(field, value)
    return meta, raw[m.end():]


#: Escaped characters stand in the private use area while the marks are taken out.
_HIDDEN = 0xE000


def inline_text(line: str) -> str:
    """One line's words without Markdown's inline marks, links, tags and entities."""
    line = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), line)
    line = _IMAGE.sub("", line)
    line = _LINKED_IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REFERENCE_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _FOOTNOTE_MARK.sub("", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):  # emphasis inside strong emphasis
        line = _STRONG.sub(r"\2", line)
        line = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
    line = _STRIKE.sub(r"\1", line)
    line = HTML_TAG.sub("", line)
    line = "".join(chr(ord(c) - _HIDDEN) if _HIDDEN <= ord(c) < _HIDDEN + 128 else c for c in line)
    return _SPACES.sub(" ", html.unescape(line))


def _block_lines(body: str) -> list[tuple[str, str]]:
    """Each source line as (kind, text): blank, heading, item (a list item), own (another line
    that stands alone: a table row, code, a footnote), quote (a line of a quoted paragraph), text
    (a paragraph's line) or text_break (one that ends in a hard break)."""
    out: list[tuple[str, str]] = []
    in_code = False
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_code = not in_code
            out.append(("blank", ""))
            continue
        if in_code:
            out.append(("own", line.strip()))
            continue
        if not line.strip() or _RULE.match(line) or _LINK_DEFINITION.match(line) or _TABLE_RULE.match(line):
            out.append(("blank", ""))
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _SETEXT_RULE.match(nxt) and (not out or out[-1][0] == "blank") and not _BULLET.match(line):
            out.append(("heading", line.strip()))
            continue
        if _SETEXT_RULE.match(line) and out and out[-1][0] == "heading":
            continue
        heading = _HEADING.match(line)
        if heading:
            out.append(("heading", heading.group(1)))
            continue
        footnote = _FOOTNOTE_DEFINITION.match(line)
        if footnote:
            out.append(("own", f"{footnote.group(1)}. {line[footnote.end():].strip()}"))
            continue
        if _QUOTE_MARK.match(line):
            inner = line
            while _QUOTE_MARK.match(inner):
                inner = _QUOTE_MARK.sub("", inner, count=1)
            out.append(("quote", inner.strip()) if inner.strip() else ("blank", ""))
            continue
        if "|" in line.strip()[1:-1] and line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out.append(("own", " | ".join(cells)))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            out.append(("item", "- " + line[bullet.end():].strip()))
            continue
        if _NUMBERED.match(line):
            out.append(("item", line.strip()))
            continue
        hard_break = line.endswith("  ") or line.rstrip().endswith("\\")
        text = line.strip().rstrip("\\").rstrip()
        out.append(("text_break" if hard_break else "text", text))
    return out


def markdown_to_text(raw: str) -> tuple[str, dict[str, str]]:
    """The plain text of a Markdown article, paragraphs apart by a blank line, and the metadata
    of its front matter (``title`` falls back on a heading that opens the text)."""
    meta, body = front_matter(raw.replace("\r\n", "\n").replace("\r", "\n"))
    body = _BREAK_TAG.sub("  \n", body)
    paragraphs: list[str] = []
    open_kind: str | None = None  # the kind of line the last paragraph may still take
    for kind, line in _block_lines(body):
        if kind == "blank":
            open_kind = None
            continue
        text = inline_text(line).strip()
        if not text:
            continue
        if kind == "heading" and not paragraphs and "title" not in meta:
            meta["title"] = text
        joins = (kind in ("text", "text_break") and open_kind in ("text", "item")) or \
                (kind == "quote" and open_kind == "quote")
        if joins and paragraphs:
            paragraphs[-1] = paragraphs[-1] + " " + text
        else:
            paragraphs.append(text)
        # (a list item's lazy continuation joins it; a heading, a line of its own or a hard break
        # takes nothing after it)
        open_kind = kind if kind in ("text", "quote", "item") else None
    return "\n\n".join(paragraphs), meta
