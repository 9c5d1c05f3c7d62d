"""Several articles in one text file, as news databases export them for research.

- Factiva: each article closed by its accession number ("Document LBA0000020251118el8i00001"),
  the headline over a word count ("612 words"), the date, the source's name and code, the
  language and a copyright line, then the text; or the same with field codes ("HD", "PD", "SN",
  "LP", "TD", each article closed by "AN Document ...").
- Nexis Uni: each article closed by "End of Document", the headline over the source's name and
  the date, fields such as "Length:" and "Byline:", the text after a line "Body", and index
  fields after it ("Classification", "Load-Date:").

``split_export`` gives each article's text and metadata (title, date as written, outlet);
None for a file that is no such export.
"""
from __future__ import annotations

import re

_FACTIVA_END = re.compile(r"^[ \t]*(?:AN[ \t]+)?Document[ \t]+[A-Za-z0-9]{12,40}[ \t]*$", re.M)
_NEXIS_END = re.compile(r"^[ \t]*End of Document[ \t]*$", re.M)
_WORD_COUNT = re.compile(r"\d[\d,]*\s+words", re.I)
_DATE = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}")
_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s*(?:[AP]M|GMT|UTC|ET|[A-Z]{2,4}))?", re.I)
_SOURCE_CODE = re.compile(r"[A-Z0-9]{2,10}")
_COPYRIGHT = re.compile(r"(?:\(c\)|©|copyright\b)", re.I)
_LANGUAGE = re.compile(r"(?:English|ENGLISH)")
_BYLINE = re.compile(r"By\s+\S", re.I)
#: Factiva's field codes, each opening a line.
_FIELD = re.compile(r"(HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN)(?:[ \t]+(.*))?")
#: Nexis Uni's fields before and after the text.
_NEXIS_FIELD = re.compile(r"(?:Section|Length|Byline|Dateline|Highlight|Edition|Copyright)\b:?")
_NEXIS_AFTER = re.compile(r"(?:Classification|Load-Date:|Graphic|Notes|Language:|Publication-Type:)")


def _blocks(text: str, end: re.Pattern[str]) -> list[str]:
    return [b.strip() for b in end.split(text) if b.strip()]


def _paragraphs(lines: list[str], join: bool = False) -> str:
    """Lines as paragraphs: a blank line between two, stray blank lines gone; with ``join``, the
    lines of one paragraph as one."""
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in lines)).strip()
    return re.sub(r"(?<=\S)\n(?=\S)", " ", text) if join else text


def _factiva_fields(lines: list[str]) -> tuple[str, dict[str, str]]:
    fields: dict[str, list[str]] = {}
    code = None
    for line in lines:
        m = _FIELD.fullmatch(line.rstrip())
        if m and not line[:1].isspace():
            code = m[1]
            fields.setdefault(code, []).append(m[2] or "")
        elif code is not None:
            fields[code].append(line)
    get = lambda c: " ".join(x.strip() for x in fields.get(c, []) if x.strip())  # noqa: E731
    meta = {"title": get("HD"), "date": get("PD"), "outlet": get("SN")}
    body = _paragraphs(fields.get("LP", []) + [""] + fields.get("TD", []), join=True)
    return body, {k: v for k, v in meta.items() if v}


def _factiva(block: str) -> tuple[str, dict[str, str]]:
    lines = block.split("\n")
    if _FIELD.fullmatch(lines[0].rstrip()) and lines[0].startswith("HD"):
        return _factiva_fields(lines)
    count = next((i for i, line in enumerate(lines[:15]) if _WORD_COUNT.fullmatch(line.strip())), None)
    if count is None:
        return block, {}
    meta = {"title": " ".join(x.strip() for x in lines[:count] if x.strip() and not _BYLINE.match(x.strip()))}
    start = count + 1
    for i in range(count + 1, min(count + 12, len(lines))):
        line = lines[i].strip()
        if not line:
            continue
        if _DATE.fullmatch(line) and "date" not in meta:
            meta["date"] = line
        elif _COPYRIGHT.match(line):
            start = i + 1
            break
        elif _LANGUAGE.fullmatch(line):
            start = i + 1
        elif not _TIME.fullmatch(line) and not _SOURCE_CODE.fullmatch(line) and "outlet" not in meta \
                and not line.lower().startswith("page "):
            meta["outlet"] = line
    return _paragraphs(lines[start:]), {k: v for k, v in meta.items() if v}


def _nexis(block: str) -> tuple[str, dict[str, str]]:
    lines = block.split("\n")
    head = [(i, line.strip()) for i, line in enumerate(lines[:12]) if line.strip()]
    meta: dict[str, str] = {}
    if head:
        meta["title"] = head[0][1]
    if len(head) > 1 and not _NEXIS_FIELD.match(head[1][1]) and not _DATE.search(head[1][1]):
        meta["outlet"] = head[1][1]
    when = next((_DATE.search(line)[0] for _, line in head[1:4] if _DATE.search(line)), None)
    if when:
        meta["date"] = when
    body_at = next((i for i, line in enumerate(lines) if line.strip() == "Body"), None)
    if body_at is None:  # no "Body" line: the text starts after the last field of the head
        fields = [i for i, line in enumerate(lines[:20]) if _NEXIS_FIELD.match(line.strip())]
        body_at = fields[-1] if fields else (head[2][0] if len(head) > 2 else 0)
    end = next((i for i in range(body_at + 1, len(lines)) if _NEXIS_AFTER.match(lines[i].strip())), len(lines))
    return _paragraphs(lines[body_at + 1 : end]), meta


def split_export(text: str) -> list[tuple[str, dict[str, str]]] | None:
    """Each article of a Factiva or Nexis Uni export, as (text, metadata), in order; None when
    the text is no such export (no article is closed the way either closes them)."""
    if _FACTIVA_END.search(text):
        return [_factiva(b) for b in _blocks(text, _FACTIVA_END)]
    if _NEXIS_END.search(text):
        return [_nexis(b) for b in _blocks(text, _NEXIS_END)]
    return None
