"""The XML body of an office document's zip package (a Word ``.docx``, an OpenDocument ``.odt``),
read with the standard library, or the reader's own error saying what is wrong."""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

#: Largest body part read (an XML bomb or a corrupt size stops here).
MAX_BODY_BYTES = 50_000_000


def package_xml(data: bytes, part: str, error: type[ValueError], kind: str) -> ElementTree.Element:
    """The parsed ``part`` of the zip package ``data``; ``error`` (naming the package's ``kind``,
    "a Word (.docx)") when the bytes are no zip package, the part is missing, too large or not
    well-formed XML."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo(part)
            if info.file_size > MAX_BODY_BYTES:
                raise error(f"document body of {info.file_size:,} bytes is too large")
            body = package.read(info)
    except KeyError:
        raise error(f"no document body ({part}) in the package") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise error(f"not {kind} package: {exc}") from None
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise error(f"the document body is not well-formed XML: {exc}") from None
