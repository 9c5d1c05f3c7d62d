"""The XML body of an office document's zip package (a Word ``.docx``, an OpenDocument ``.odt``),
read with the standard library, or the reader's own error saying what is wrong."""
from __future__ import annotations

import io
import zipfile
from typing import Literal, overload
from xml.etree import ElementTree

#: Largest body part read (an XML bomb or a corrupt size stops here).
MAX_BODY_BYTES = 50_000_000


@overload
def package_xml(data: bytes, part: str, error: type[ValueError], kind: str,
                optional: Literal[False] = False) -> ElementTree.Element: ...
@overload
def package_xml(data: bytes, part: str, error: type[ValueError], kind: str,
                optional: Literal[True]) -> ElementTree.Element | None: ...


def package_xml(data: bytes, part: str, error: type[ValueError], kind: str,
                optional: bool = False) -> ElementTree.Element | None:
    """The parsed ``part`` of the zip package ``data``; ``error`` (naming the package's ``kind``,
    "a Word (.docx)") when the bytes are no zip package, the part is missing (None instead when
    it is ``optional``), too large or not well-formed XML."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo(part)
            if info.file_size > MAX_BODY_BYTES:
                raise error(f"document body of {info.file_size:,} bytes is too large")
            body = package.read(info)
    except KeyError:
        if optional:
            return None
        raise error(f"no document body ({part}) in the package") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise error(f"not {kind} package: {exc}") from None
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise error(f"the document body is not well-formed XML: {exc}") from None
