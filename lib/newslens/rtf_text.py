"""The text of a Rich Text Format file (``.rtf``), the form Factiva downloads articles in by
default. Read with the standard library: paragraphs and line breaks as lines, the document's
tables of fonts, colours and styles, its pictures, fields' instructions, headers and footers
left out, escaped and Unicode characters decoded."""
from __future__ import annotations

import re

#: A control word with its number, an escaped byte, a control symbol, a brace, line ends (no text
#: in RTF), or a run of text.
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+"
                    rb"|([^\\{}\r\n]+)")
#: Groups whose content is no text of the document.
_SKIPPED = {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"header", b"headerl", b"headerr", b"headerf",
            b"footer", b"footerl", b"footerr", b"footerf", b"object", b"themedata", b"colorschememapping",
            b"datastore", b"latentstyles", b"listtable", b"listoverridetable", b"rsidtbl", b"generator",
            b"xmlnstbl", b"mmathPr", b"fldinst", b"filetbl", b"revtbl", b"pgdsctbl", b"listtext", b"pntext",
            b"bkmkstart", b"bkmkend", b"footnote", b"field_instruction", b"shpinst", b"nonshppict"}
#: Control words that stand for a character.
_CHARACTERS = {b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"row": "\n", b"cell": " ", b"tab": " ",
               b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“",
               b"rdblquote": "”", b"bullet": "•", b"emspace": " ", b"enspace": " "}
_SYMBOLS = {b"~": " ", b"-": "", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}", b"\n": "\n", b"\r": "\n"}


class NotRtf(ValueError):
    """The bytes are no Rich Text Format document."""


def rtf_text(data: bytes) -> str:
    """The text of an RTF document, its lines as the document breaks them."""
    if not data.lstrip().startswith(b"{\\rtf"):
        raise NotRtf("not a Rich Text Format file (it does not open with '{\\rtf')")
    encoding = "cp1252"
    m = re.search(rb"\\ansicpg(\d{3,5})", data[:2000])
    if m:
        encoding = f"cp{int(m[1])}"
        try:
            "".encode(encoding)
        except LookupError:
            encoding = "cp1252"
    out: list[str] = []
    pending = bytearray()  # bytes of \'hh escapes, decoded together (a character may take two)
    stack: list[tuple[bool, int]] = []
    skip, uc = False, 1
    to_skip = 0  # characters to pass over after a \uN (its stand-in for old readers)
    first_in_group = False

    def flush() -> None:
        if pending:
            if not skip:
                out.append(pending.decode(encoding, errors="replace"))
            pending.clear()

    for tok in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = tok.groups()
        was_first, first_in_group = first_in_group, False
        if hexbyte is not None:
            if to_skip:
                to_skip -= 1
                continue
            pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            stack.append((skip, uc))
            first_in_group = True
            continue
        if brace == b"}":
            skip, uc = stack.pop() if stack else (False, 1)
            to_skip = 0
            continue
        if symbol is not None:
            if symbol == b"*" and was_first:
                skip = True  # an optional destination: no text a reader sees
            elif to_skip:
                to_skip -= 1
            elif not skip:
                out.append(_SYMBOLS.get(symbol, ""))
            continue
        if word is not None:
            if word in _SKIPPED:
                skip = True
            elif word == b"uc" and arg is not None:
                uc = int(arg)
            elif word == b"u" and arg is not None:
                if not skip:
                    n = int(arg)
                    out.append(chr(n + 65536 if n < 0 else n))
                to_skip = uc
            elif word in _CHARACTERS and not skip:
                out.append(_CHARACTERS[word])
            continue
        if text is not None and not skip:
            chunk = text
            if to_skip:
                cut = min(to_skip, len(chunk))
                chunk, to_skip = chunk[cut:], to_skip - cut
            out.append(chunk.decode(encoding, errors="replace"))
    flush()
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
