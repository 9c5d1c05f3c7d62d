"""The sourcing rule for a post embedded in the article (a tweet, an X post), as a copied page
keeps it: the post's words, then its credit line, "— Radosław Sikorski (@sikorskiradek)
September 10, 2025", on the same line or on a line of its own. The one credited wrote the words:
the name is the source, the dash the cue, the post's words a direct quote."""
from __future__ import annotations

import re

from .attribution_run import Run
from .markdown_text import HTML_TAG
from .spans import trim_edges
from .web_copy import POST_CREDIT, SIGN_UP_PROMPT

#: What a post's words end with that is no part of what it says: a link, a picture's link, and
#: the page's prompt to sign up that a copy may run into the credit.
_TRAILING_LINK = re.compile(r"(?:\s*(?:(?:https?://|pic\.twitter\.com/|t\.co/)\S*|" + SIGN_UP_PROMPT + r"))+\s*$",
                            re.IGNORECASE)
#: Fewest words a post's text must have to be read as one.
MIN_POST_WORDS = 2


def _post_text(text: str, dash: int) -> tuple[int, int] | None:
    """The words of the post whose credit begins at ``dash``: before it on its line (after any
    markup the page left, '<tweet ...>'), or, when the credit is a line of its own, the last
    line of text above it."""
    line_start = text.rfind("\n", 0, dash) + 1
    if text[line_start:dash].strip():
        tags = list(HTML_TAG.finditer(text, line_start, dash))
        s, e = (tags[-1].end() if tags else line_start), dash
    else:
        above = text[:line_start].rstrip()
        if not above:
            return None
        s, e = text.rfind("\n", 0, len(above)) + 1, len(above)
    e = s + len(_TRAILING_LINK.sub("", text[s:e]))
    s, e = trim_edges(text, s, e, " \t\n")
    return (s, e) if len(text[s:e].split()) >= MIN_POST_WORDS else None


def embedded_posts(run: Run) -> None:
    """A post embedded in the article, with its credit line (see the module's docstring)."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for m in POST_CREDIT.finditer(text):
        dash = m.start("dash")
        if dash > 0 and not text[dash - 1].isspace() and m.group("dash") == "-":
            continue  # a hyphen inside a word credits nothing (a dash right after a link does)
        line_end = text.find("\n", m.end())
        if HTML_TAG.sub("", text[m.end() : len(text) if line_end < 0 else line_end]).strip(" \t.,;"):
            continue  # "The minister — Radosław Sikorski (@sikorskiradek) — wrote ...": a credit ends its line
        content = _post_text(text, dash)
        if content is None:
            continue
        name = m.group("name").strip()
        s = m.start("name") + m.group("name").index(name) if name else m.start("handle") - 1
        e = s + len(name) if name else m.end("handle")
        if taken.hits(*content) or taken.hits(s, e):
            continue
        head = doc.char_span(s, e, alignment_mode="expand")
        add("embedded_post", {"start": s, "end": e}, (dash, dash + 1), content, "direct",
            head.root if head is not None else None)
