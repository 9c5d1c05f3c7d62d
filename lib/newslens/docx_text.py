"""The text of a Word document (``.docx``): what a news database exports, or a briefing an
analyst is sent. Read with the standard library: the document's paragraphs, in order, a blank
line between two (a line break inside one is a line break; a tab a space)."""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The part of the package that holds the document's body.
_BODY_PART = "word/document.xml"
#: Largest body part read (an XML bomb or a corrupt size stops here).
MAX_BODY_BYTES = 50_000_000


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
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo(_BODY_PART)
            if info.file_size > MAX_BODY_BYTES:
                raise NotADocx(f"document body of {info.file_size:,} bytes is too large")
            body = package.read(info)
    except KeyError:
        raise NotADocx("no document body (word/document.xml) in the package") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise NotADocx(f"not a Word (.docx) package: {exc}") from None
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise NotADocx(f"the document body is not well-formed XML: {exc}") from None
    paragraphs = (_paragraph_text(p) for p in root.iter(f"{_W}p"))
    return "\n\n".join(p for p in paragraphs if p)
