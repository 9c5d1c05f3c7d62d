"""Lines a web page sets inside a story that a reader copying it from the browser takes along
and that are no part of it: advertisement markers ("Advertisement · Scroll to continue",
"Story continues below advertisement"), sign-up prompts ("Sign up here."), and links to other
stories, on their own line ("READ MORE: EU unveils 19th sanctions package") or as a list under
a "Read more:" line. They are taken out of a plain text (a page read as HTML has them taken
out already); captions and credits stay, as they may say who said what."""
from __future__ import annotations

import re

#: A page's prompt to sign up for its newsletter ("Sign up for our newsletter", "... for our daily
#: newsletter"), as a pattern to build others with.
SIGN_UP_PROMPT = r"sign up for (?:our|the) (?:[\w ]{1,40} )?newsletter"
#: A line that is only an advertisement's marker or a prompt to sign up or read on.
_MARKER = re.compile(
    r"(?:advertisement|advertisement\s*[·•|-]\s*scroll to continue|scroll to continue(?: with content)?|"
    r"skip advertisement|story continues below(?: this)? advertisement|continue reading(?: the main story| below)?|"
    r"sign up here\.?|" + SIGN_UP_PROMPT + r"[^\n]{0,60}|subscribe now\.?|"
    r"click here to (?:subscribe|sign up|read more)[^\n]{0,40}|share this article|share on (?:facebook|twitter|x))",
    re.IGNORECASE)
#: A line that links to other stories: "Read more:" alone (a list follows), or with one title.
_LINKS_LABEL = re.compile(r"(?:read more|also read|related(?: stories| coverage| articles)?|more on this story|"
                          r"recommended|you may also like|most read)\s*[:|]?", re.IGNORECASE)
_LINK_LINE = re.compile(r"(?:read more|also read|related)\s*:\s*(?P<title>\S.{0,200})", re.IGNORECASE)
#: Most lines a list of links under its label takes.
_MAX_LINKS = 8
#: The credit line an embedded post (a tweet, an X post) keeps in a copied page, after the post's
#: words or on a line of its own: "— Radosław Sikorski (@sikorskiradek) September 10, 2025". It
#: stays in the text: it says who wrote the post (``newslens.post_rules``).
POST_CREDIT = re.compile(r"(?P<dash>[—–-])[ \t]*(?P<name>[^\n()—–]{0,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)"
                         r"(?:[ \t]*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}))?")


def _title_like(line: str) -> bool:
    """A story's title as a link shows it: short, no sentence's full stop at its end."""
    words = line.split()
    return 0 < len(words) <= 16 and not line.rstrip().endswith((".", "?", "!", ":", ";", ",")) \
        and not line.rstrip().endswith(("”", '"')) and line[:1].isupper()


def without_page_furniture(text: str) -> tuple[str, int]:
    """The text without the lines of its page (see the module's docstring), and how many lines
    were taken out. A blank line left doubled by a line taken out is one blank line."""
    lines = text.split("\n")
    keep: list[str] = []
    dropped = 0
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        link = _LINK_LINE.fullmatch(line)
        if _MARKER.fullmatch(line) or (link and _title_like(link["title"])):
            dropped += 1
            i += 1
            continue
        if _LINKS_LABEL.fullmatch(line):
            j = i + 1
            while j < len(lines) and j - i <= _MAX_LINKS and _title_like(lines[j].strip()):
                j += 1
            if j > i + 1:  # a label with its links under it (a label alone might be a heading)
                dropped += j - i
                i = j
                continue
        keep.append(lines[i])
        i += 1
    if not dropped:
        return text, 0
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", "\n".join(keep)).strip(), dropped
