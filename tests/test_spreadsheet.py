from __future__ import annotations

import io
import zipfile

import pytest

import newslens
from input_helpers import refused
from newslens.articles import iter_load
from newslens.spreadsheet import NotAWorkbook, excel_date, sheet_rows

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(rows: list[list[object]]) -> bytes:
    """A workbook whose first sheet holds ``rows``: strings as shared strings (the first column's
    as inline strings), numbers as numbers, None as no cell."""
    shared: list[str] = []
    body = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if value is None:
                continue
            if isinstance(value, str) and c == 0:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
            elif isinstance(value, str):
                shared.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                                      f'<sheet name="Coded" sheetId="1" r:id="rId7"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId7" Type="{REL}/worksheet" Target="worksheets/coded.xml"/></Relationships>')
        z.writestr("xl/worksheets/coded.xml", f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(body)}</sheetData>'
                                              "</worksheet>")
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">'
                   + "".join(f"<si><r><t>{s[:3]}</t></r><r><t>{s[3:]}</t></r></si>" for s in shared) + "</sst>")
    return buf.getvalue()


ROWS = [["Headline", "Published", "Body", "Coder"],
        ["Seoul and Washington finalise trade fact sheet", 45982,
         "Presidential policy chief Kim Yong-beom said the document removed the uncertainty.", "AK"],
        [None, None, None, None],
        ["No text", 45983, None, "AK"]]


def test_the_first_sheet_of_a_workbook_is_its_header_and_rows():
    header, rows = sheet_rows(xlsx(ROWS))
    assert header == ["Headline", "Published", "Body", "Coder"]
    assert rows[0] == {"Headline": "Seoul and Washington finalise trade fact sheet", "Published": "45982",
                       "Body": "Presidential policy chief Kim Yong-beom said the document removed the uncertainty.",
                       "Coder": "AK"}
    assert len(rows) == 2  # (the empty row is passed over)
    assert (excel_date("45982"), excel_date("2025-11-21")) == ("2025-11-21", "2025-11-21")


def test_each_row_of_a_workbook_is_an_article_and_a_row_with_no_text_is_reported(tmp_path):
    path = tmp_path / "coded.xlsx"
    path.write_bytes(xlsx(ROWS))
    article, missing = iter_load([path])
    assert (article.id, article.title, article.date) == (
        "coded-1", "Seoul and Washington finalise trade fact sheet", "2025-11-21")
    said = next(a for a in newslens.analyze(article).records["attributions"] if a["cue"]["text"] == "said")
    assert said["source"]["text"] == "Presidential policy chief Kim Yong-beom"
    assert isinstance(missing, newslens.InputError) and "row 2" in str(missing)


@pytest.mark.parametrize("data, problem", [
    (b"not a workbook", "not an Excel"),
    (xlsx([["Headline", "Coder"], ["A title", "AK"]]), "no text column"),
])
def test_what_is_no_table_of_articles_says_so_naming_the_file(tmp_path, data, problem):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(data)
    with pytest.raises(newslens.InputError, match=f"bad.xlsx: .*{problem}"):
        newslens.load(path)
    if problem.startswith("not"):
        refused(tmp_path, "bad.xlsx", data, sheet_rows, NotAWorkbook, problem)
