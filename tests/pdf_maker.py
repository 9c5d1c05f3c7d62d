"""Small PDF files for the tests, written by hand: each page a list of lines set in Helvetica
at a given place and size, as a word processor or a browser sets them down."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Line:
    """A line of text set with its baseline's left end at (``x``, ``y``) in points."""

    text: str
    x: float
    y: float
    size: float = 11.0


def _string(text: str) -> bytes:
    data = text.encode("cp1252")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[Line]], title: str | None = None, height: float = 792.0) -> bytes:
    """A PDF of ``pages`` (each a list of lines; an empty list is a page with no text, as a
    scan has none), with ``title`` in its document information."""
    objects: list[bytes] = []
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        ops = b"".join(b"BT /F1 %.1f Tf 1 0 0 1 %.1f %.1f Tm " % (ln.size, ln.x, ln.y) + _string(ln.text) + b" Tj ET\n"
                       for ln in lines)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 %d] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (height, page_ids[i] + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream")
    info_id = None
    if title is not None:
        objects.append(b"<< /Title " + _string(title) + b" >>")
        info_id = len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info_id is not None:
        trailer += b" /Info %d 0 R" % info_id
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def column(paragraphs: list[list[str]], x: float = 72.0, top: float = 700.0, size: float = 11.0,
           leading: float = 13.0, gap: float = 8.0, indent: float = 0.0) -> list[Line]:
    """Paragraphs (each a list of its lines) set down a column: ``leading`` between lines,
    ``gap`` more between paragraphs, each first line ``indent`` points in."""
    out: list[Line] = []
    y = top
    for para in paragraphs:
        for k, text in enumerate(para):
            out.append(Line(text, x + (indent if k == 0 else 0.0), y, size))
            y -= leading
        y -= gap
    return out
