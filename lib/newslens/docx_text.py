"""The text of a Word document (``.docx``): what a news database exports, or a briefing an
analyst is sent. Read with the standard library: the document's paragraphs, in order, a blank
line between two (a line break inside one is a line break; a tab a space)."""
from __future__ import annotations

from xml.etree import ElementTree

from .office_packages import package_xml

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The part of the package that holds the document's body.
_BODY_PART = "word/document.xml"


class NotADocx(ValueError):
    """The bytes are no Word document: not a zip package, or one without a document body."""


def _paragraph_text(p: ElementTree.Element) -> str:
    parts: list[str] = []
    for el in p.iter():
        if el.tag == f"{_W}t" and el.text:
            parts.append(el.text)
        elif el.tag == f"{_W}tab":
            parts.append(" ")
        elif el.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts).strip()


def docx_text(data: bytes) -> str:
    """The paragraphs of a ``.docx`` package's body as plain text."""
    root = package_xml(data, _BODY_PART, NotADocx, "a Word (.docx)")
    paragraphs = (_paragraph_text(p) for p in root.iter(f"{_W}p"))
    return "\n\n".join(p for p in paragraphs if p)
