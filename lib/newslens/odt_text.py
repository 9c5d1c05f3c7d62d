"""The text of an OpenDocument text file (``.odt``): what LibreOffice writes, and the open format
some governments publish statements and consultations in. Read with the standard library: the
document's headings and paragraphs in order, a blank line between two; a footnote's mark is
left out of its sentence and the footnote itself set after the text."""
from __future__ import annotations

from xml.etree import ElementTree

from .office_packages import package_xml

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
#: The part of the package that holds the document's body.
_CONTENT_PART = "content.xml"


class NotAnOdt(ValueError):
    """The bytes are no OpenDocument text: not a zip package, or one without a body."""


def _inline(el: ElementTree.Element, notes: list[str]) -> str:
    """The text of a paragraph or heading: spaces and tabs as written, line breaks as breaks, a
    footnote's body put aside in ``notes`` (its mark left out)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif child.tag == f"{_TEXT}tab":
            parts.append(" ")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag == f"{_TEXT}note":
            mark = child.findtext(f"{_TEXT}note-citation") or ""
            body = child.find(f"{_TEXT}note-body")
            if body is not None:
                text = " ".join(_inline(p, notes) for p in body.iter() if p.tag in (f"{_TEXT}p", f"{_TEXT}h"))
                notes.append(f"{mark} {text}".strip())
        else:
            parts.append(_inline(child, notes))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(el: ElementTree.Element, notes: list[str]) -> list[str]:
    """The headings and paragraphs under ``el``, in document order (those of lists and tables
    included; a footnote's are not)."""
    out: list[str] = []
    for child in el:
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            out.append(_inline(child, notes).strip())
        elif child.tag != f"{_TEXT}note":
            out.extend(_blocks(child, notes))
    return out


def odt_text(data: bytes) -> str:
    """The headings and paragraphs of an ``.odt`` package's body as plain text, then its
    footnotes."""
    root = package_xml(data, _CONTENT_PART, NotAnOdt, "an OpenDocument (.odt)")
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise NotAnOdt("the package holds no text document (office:text)")
    notes: list[str] = []
    blocks = [b for b in _blocks(body, notes) if b]
    return "\n\n".join(blocks + notes)
