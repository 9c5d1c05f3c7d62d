"""The first sheet of an Excel workbook (``.xlsx``), as researchers keep a corpus of coded
articles: its header row and its rows of cells as text. Read with the standard library (the
workbook's zip package and its XML parts)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from xml.etree import ElementTree

from .office_packages import package_xml

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_COLUMN = re.compile(r"[A-Z]+")


class NotAWorkbook(ValueError):
    """The bytes are no Excel workbook, or its first sheet cannot be read."""


def _first_sheet_part(data: bytes) -> str:
    """Where the workbook's first sheet lies in the package ("xl/worksheets/sheet1.xml")."""
    book = package_xml(data, "xl/workbook.xml", NotAWorkbook, "an Excel (.xlsx)")
    sheet = book.find(f"{_MAIN}sheets/{_MAIN}sheet")
    if sheet is None:
        raise NotAWorkbook("the workbook has no sheet")
    rels = package_xml(data, "xl/_rels/workbook.xml.rels", NotAWorkbook, "an Excel (.xlsx)")
    wanted = sheet.get(f"{_REL}id")
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        if rel.get("Id") == wanted:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    raise NotAWorkbook("the workbook's first sheet is not in the package")


def _shared_strings(data: bytes) -> list[str]:
    """The workbook's table of strings its cells point to (a rich string's runs joined)."""
    root = package_xml(data, "xl/sharedStrings.xml", NotAWorkbook, "an Excel (.xlsx)", optional=True)
    if root is None:
        return []  # (a workbook of numbers and inline strings has none)
    return ["".join(t.text or "" for t in si.iter(f"{_MAIN}t")) for si in root.iter(f"{_MAIN}si")]


def _column_index(ref: str) -> int:
    """A cell reference's column, counted from 0 ("C7": 2, "AA1": 26)."""
    letters = _COLUMN.match(ref)
    index = 0
    for ch in letters.group(0) if letters else "A":
        index = index * 26 + ord(ch) - 64
    return index - 1


def _cell_text(cell: ElementTree.Element, shared: list[str]) -> str:
    """A cell's value as text: a shared or inline string, or the number or formula result."""
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))
    value = cell.findtext(f"{_MAIN}v") or ""
    if kind == "s":
        try:
            return shared[int(value)]
        except (ValueError, IndexError):
            return ""
    return value


def sheet_rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """The first sheet's header row and each row below it as {header: cell text}; empty rows
    are passed over."""
    sheet = package_xml(data, _first_sheet_part(data), NotAWorkbook, "an Excel (.xlsx)")
    shared = _shared_strings(data)
    table: list[list[str]] = []
    for row in sheet.iter(f"{_MAIN}row"):
        cells: list[str] = []
        for k, cell in enumerate(row.iter(f"{_MAIN}c")):
            index = _column_index(cell.get("r", "")) if cell.get("r") else k
            cells.extend([""] * (index + 1 - len(cells)))
            cells[index] = _cell_text(cell, shared)
        if any(c.strip() for c in cells):
            table.append(cells)
    if not table:
        raise NotAWorkbook("the first sheet is empty")
    header = [h.strip() for h in table[0]]
    return header, [dict(zip(header, cells)) for cells in table[1:]]


def excel_date(value: str) -> str:
    """A date cell's number (days since 30 December 1899, as Excel counts) as YYYY-MM-DD; any
    other value as it is."""
    if re.fullmatch(r"\d{5}(?:\.\d+)?", value.strip()):
        return (date(1899, 12, 30) + timedelta(days=int(float(value)))).isoformat()
    return value
