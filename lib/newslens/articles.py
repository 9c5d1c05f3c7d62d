"""Load articles (plain text, HTML, JSON / JSON Lines, folders) into clean text plus metadata.

Input files are only ever read. Every problem with a file is raised as an
:class:`~newslens.errors.InputError` naming the file; soft problems (a repeated lead, a text
cut mid-sentence, no date) become ``Article.warnings``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import config
from .docx_text import NotADocx, docx_text
from .email_text import message_attachments, parse_message, pasted_header, read_message
from .errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    InputError,
    MalformedJSONError,
    MissingTextError,
    NewslensError,
    UnsupportedFormatError,
)
from .html_fragments import fragment_text
from .line_wrap import set_in_columns, unwrap_hard_wrapped
from .markdown_text import markdown_to_text
from .news_exports import split_export
from .news_feeds import NotAFeed, feed_records
from .odt_text import NotAnOdt, odt_text
from .pdf_text import NotAPdf, pdf_text
from .rtf_text import NotRtf, rtf_text
from .saved_page import NotASavedPage, saved_page
from .spreadsheet import NotAWorkbook, excel_date, sheet_rows
from .web_copy import without_page_furniture

TEXT_EXTENSIONS = {".txt", ".text"}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}
EMAIL_EXTENSIONS = {".eml"}
#: Documents read into plain text first (a Word or OpenDocument package, Rich Text, a PDF), then
#: read as a text file is.
DOCUMENT_EXTENSIONS = {".docx", ".odt", ".rtf", ".pdf"}
#: A PDF, a saved web page, a message or a workbook may be this many times larger than the size
#: limit (images, fonts and attachments are no text); the text read from a PDF is held to the limit.
WITH_MEDIA_SIZE_FACTOR = 10
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
#: A web page a browser saved as one file ("Webpage, Single File").
SAVED_PAGE_EXTENSIONS = {".mhtml", ".mht"}
JSON_EXTENSIONS = {".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
#: News feeds saved as files (RSS, Atom), one article an item.
FEED_EXTENSIONS = {".rss", ".atom", ".xml"}
#: Workbooks whose first sheet is a table of articles.
WORKBOOK_EXTENSIONS = {".xlsx"}
#: Tables of articles, one row each, as scrapers and databases write them (not a folder's index).
TABLE_EXTENSIONS = {".csv", ".tsv"}
SUPPORTED_EXTENSIONS = (TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | EMAIL_EXTENSIONS | DOCUMENT_EXTENSIONS
                        | HTML_EXTENSIONS | SAVED_PAGE_EXTENSIONS | JSON_EXTENSIONS | JSONL_EXTENSIONS
                        | FEED_EXTENSIONS | TABLE_EXTENSIONS | WORKBOOK_EXTENSIONS)
#: A folder may carry a metadata table with one row per article file (id = file stem).
INDEX_NAME = "index.csv"


@dataclass
class Article:
    """One article: clean text, paragraph offsets, metadata and warnings."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    credit: str | None = None
    language: str = "en"
    paragraphs: list[list[int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The ``article`` object of the JSON contract."""
        return asdict(self)

    @property
    def words(self) -> int:
        return len(self.text.split())


# ---------------------------------------------------------------------------------------------
# text helpers (pure functions)

#: Characters no reader sees: zero-width ones and the soft hyphen a page sets inside long words
#: ("Lav\xadrov", "sanc\xadtions"); the line and paragraph separators and a PDF's form feed
#: (a new page) are breaks; a typeset ligature is its letters ("Foreign A\ufb00airs", as a PDF
#: or text copied from one may write it).
_ZERO_WIDTH = {**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None),
               0x2028: "\n", 0x2029: "\n\n", 0x0C: "\n",
               **{0xFB00 + i: letters for i, letters in enumerate(("ff", "fi", "fl", "ffi", "ffl", "st", "st"))}}
_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+", re.IGNORECASE)
_CREDIT_TAG = re.compile(r"\s*\(([A-Z][A-Za-z&.]{0,11})\)\s*$")
_PHOTO_CREDIT = re.compile(
    r"^((?:[A-Z][A-Z.'\-]+\s+){1,4}via\s+(?:Getty Images|Reuters|AP|AFP|PTI|ANI|Shutterstock))\s+"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE_IN_TEXT = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_SENTENCE_END = tuple('.!?"”’\')]…:')


#: A low opening mark (the German and Central European convention: „so“, ‚so‘) and the marks
#: that may close it, up to the next low mark or the line's end.
_LOW_QUOTE = {"„": re.compile(r"„([^„\n]*?)([“”\"])"),
              "‚": re.compile(r"‚(?=\w)([^‚\n]*?)([‘’'])(?!\w)")}
_ENGLISH_PAIR = {"„": "“”", "‚": "‘’"}


def low_quotes_as_english(text: str) -> str:
    """The same text with each low-opened quote („…“, „…", ‚…‘) in English marks (“…”, ‘…’),
    one character for one, so that offsets stay put and every rule reads one convention; a low
    mark with no closing mark on its line becomes an opening mark alone."""
    for low, pattern in _LOW_QUOTE.items():
        if low not in text:
            continue
        opening, closing = _ENGLISH_PAIR[low]
        text = pattern.sub(lambda m, o=opening, c=closing: o + m.group(1) + c, text)
        if low == "„":  # (a lone "‚" may be a comma-like mark, not a quote)
            text = text.replace(low, opening)
    return text


def clean_text(raw: str) -> str:
    """Normalise line ends, invisible characters and low-opened quotation marks
    (``low_quotes_as_english``); keep everything else as written."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH)
    text = text.replace("\u00a0", " ")
    text = unicodedata.normalize("NFC", text)
    text = low_quotes_as_english(text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def paragraph_spans(text: str) -> list[list[int]]:
    """[start, end] of each paragraph: blank-line separated, or line separated if none are."""
    sep = re.compile(r"\n\s*\n") if re.search(r"\n\s*\n", text) else re.compile(r"\n")
    spans, start = [], 0
    for m in list(sep.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if chunk.strip():
            spans.append([start + lead, start + trail])
        if m:
            start = m.end()
    return spans


def parse_date(value: Any) -> str | None:
    """A date written any common way, as YYYY-MM-DD, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, _date):
        return value.isoformat()[:10]
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return _date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser  # slow import; only when needed

    parsed = dateparser.parse(s, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def find_date_in_text(text: str, head_chars: int = 600) -> str | None:
    """The first written date in the head of the text that dates the article: one opening its line
    or nearly (datelines, 'Published May 14, 2019', 'Rawalpindi - May 10, 2025'), or one in the
    headline or the lead ('... met in Washington on April 11, 2022'); not one further down, which
    is as likely the date of something past ('the award rendered by the Arbitral Tribunal on 12
    July 2016' in a statement of 2024)."""
    head = text[:head_chars]
    lines = [m.start() for m in re.finditer(r"\S[^\n]*", head)]
    lead_end = lines[2] if len(lines) > 2 else len(head)  # (the headline and the lead)
    for m in _DATE_IN_TEXT.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if m.start() < lead_end or len(head[line_start:m.start()].split()) <= 3:
            return parse_date(m.group(0))
    return None


def english_score(text: str) -> float:
    """Share of word tokens that are common English function words (about 0.3-0.5 for English)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0.0
    return sum(w in STOP_WORDS for w in words) / len(words)


def text_warnings(text: str, paragraphs: list[list[int]]) -> list[str]:
    """Soft problems of a clean text, as sentences a reader understands."""
    warnings: list[str] = []
    if text and not text.rstrip().endswith(_SENTENCE_END):
        warnings.append("text ends mid-sentence (truncated excerpt?)")
    if paragraphs:
        lead = text[paragraphs[0][0] : paragraphs[0][1]].strip()
        first_sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
        probe = first_sentence if len(first_sentence) >= 40 else lead
        if len(probe) >= 40:
            pos = text.find(probe, paragraphs[0][1])
            if pos >= 0:
                warnings.append(f"lead repeated later in the text (at character {pos})")
    if english_score(text) < 0.15:
        warnings.append("text does not look English")
    return warnings


def split_plain_header(text: str) -> tuple[str, dict[str, str]]:
    """Take metadata a plain-text file carries in its first line: ``date YYYY-MM-DD``, a
    photo credit ('NAME via Getty Images') and a credit tag closing the lead ('(IE)')."""
    meta: dict[str, str] = {}
    m = _DATE_PREFIX.match(text)
    if m:
        meta["date"] = m.group(1)
        text = text[m.end() :]
        pm = _PHOTO_CREDIT.match(text)
        if pm:
            meta["credit"] = pm.group(1).strip()
            text = text[pm.end() :]
    first_nl = text.find("\n")
    first_line = text if first_nl < 0 else text[:first_nl]
    cm = _CREDIT_TAG.search(first_line)
    if cm and len(first_line) > 40:
        meta.setdefault("credit", cm.group(1))
        text = first_line[: cm.start()] + text[len(first_line) :]
    return text, meta


#: Lines a web page puts above its headline ("An official website of the United States
#: Government Here's how you know", "Skip to main content").
_PAGE_CHROME = re.compile(r"(?i)official website|here.s how you know|skip to (?:main )?content|cookies|"
                          r"sign in|subscribe|^menu\b|^share\b")
#: A photo's caption or credit ("... Vladimir Putin. Photo: AFP/File", "(Photo: Twitter/...)").
_CAPTION = re.compile(r"(?i)\b(?:photo|image|picture|file photo)\s*(?::|credit)|\(photo\b")
_TITLE_LINES_TRIED = 3


def guess_title(text: str, outlet: str | None = None) -> str | None:
    """A line near the top that reads like a headline: short, no closing full stop, text after
    it. Page furniture, photo captions, section labels of one or two words ("Media Center"; but
    "Ukraine: Sanctions", a debate's title, is one), lines set in columns, dates and the outlet's
    own name ("Daily Planet News Network") are passed over (the first three lines but those set in
    columns and dates); the first line that reads like a sentence ends the search (the article has
    no headline)."""
    name = re.split(r"[(,]", outlet or "")[0]  # "The Daily Planet (dailyplanet.in), wire copy"
    own = {w for w in name.lower().split() if w not in ("the", "news")}
    lines = [ln.strip() for ln in text.split("\n")]
    tried = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if tried == _TITLE_LINES_TRIED or not any(lines[i + 1:]):
            return None
        if set_in_columns(line) or _DATE_IN_TEXT.fullmatch(line):
            continue  # a document's head set in columns, "United Nations      S/2025/712", or a date: not tried
        tried += 1
        words = line.lower().split()
        if _PAGE_CHROME.search(line) or _CAPTION.search(line) or len(words) < (2 if ": " in line else 3) \
                or (own and own <= set(words) and len(words) <= len(own) + 3):
            continue
        if 10 <= len(line) <= 160 and not line.endswith((".", ":", ",")):
            return line
        return None
    return None


# ---------------------------------------------------------------------------------------------
# reading files

def _read_bytes(path: Path, binary: bool = False, limit: int | None = None) -> bytes:
    """The file's bytes, after checks on its size (``limit``, the configured one by default) and
    (unless ``binary``, a package such as ``.docx``) that it holds text."""
    if not path.exists():
        raise InputError(path, "no such file")
    size = path.stat().st_size
    limit = config.MAX_FILE_BYTES if limit is None else limit
    if size > limit:
        raise FileTooLargeError(path, f"file is {size:,} bytes, over the limit of {limit:,} bytes")
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError(path)
    head = data[:8192]
    if binary or utf16_of(data):
        return data
    if b"\x00" in head:
        raise BinaryFileError(path, "file looks binary (NUL bytes), not text")
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in head)
    if controls / max(len(head), 1) > 0.05:
        raise BinaryFileError(path, "file looks binary (control characters), not text")
    return data


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def utf16_of(data: bytes) -> str | None:
    """The codec of a text in UTF-16, as Windows Notepad ("Unicode") and Excel ("Unicode Text")
    save it: by its byte order mark, or, without one, by the zero byte beside most characters of
    its head (a text in Latin letters); None for any other text."""
    if data[:2] in _UTF16_BOMS:
        return "utf-16"
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 8 or b"\x00" not in head:
        return None  # (most text: counted no further)
    odd_zero = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
    even_zero = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
    if odd_zero > 0.9 * pairs and even_zero < 0.1 * pairs:
        return "utf-16-le"
    if even_zero > 0.9 * pairs and odd_zero < 0.1 * pairs:
        return "utf-16-be"
    return None


def _in_charset(data: bytes, charset: str | None) -> str | None:
    """The bytes in the charset their container declares, or None (none, unknown or wrong)."""
    try:
        return data.decode(charset) if charset else None
    except (LookupError, UnicodeDecodeError):
        return None


def _media_bytes(path: Path) -> bytes:
    """The bytes of a file that may carry images, fonts or attachments beside its text: held to
    ``WITH_MEDIA_SIZE_FACTOR`` times the size limit."""
    return _read_bytes(path, binary=True, limit=WITH_MEDIA_SIZE_FACTOR * config.MAX_FILE_BYTES)


def decode(data: bytes, path: Path, warnings: list[str]) -> str:
    """UTF-8 (with or without BOM) or UTF-16 (``utf16_of``); otherwise cp1252 or latin-1, with a
    warning."""
    if codec := utf16_of(data):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            raise InputError(path, f"cannot decode text: it looks like UTF-16 ({codec}) but is not") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        warnings.append(f"not UTF-8: decoded as {enc}")
        return text
    raise InputError(path, "cannot decode text")  # unreachable: latin-1 decodes anything


def _finish(
    *,
    id: str,
    raw_text: str,
    path: Path | None,
    meta: dict[str, Any],
    warnings: list[str],
    plain: bool,
    markup: bool = True,
) -> Article:
    """An Article from raw text: HTML a text still carries (``markup``: not for a page or Markdown,
    read as such already) taken out, cleaned, a plain file's header read, a web page's lines taken
    out (not from a page read as HTML, which has none), hard wraps joined."""
    if markup:
        raw_text, had_tags = fragment_text(raw_text)
        if had_tags:
            warnings = warnings + ["the text held HTML tags; they were taken out"]
    text = clean_text(raw_text)
    header: dict[str, str] = {}
    if plain:
        text, header = split_plain_header(text)
        text = clean_text(text)
    if not text:
        raise EmptyFileError(path or id, "record text is empty")
    if plain or markup:  # (a page read as HTML has none)
        text, dropped = without_page_furniture(text)
        if dropped:
            warnings = warnings + [f"{dropped} line(s) of the web page (advertisements, sign-up prompts, links to "
                                   "other stories) were taken out"]
    text, wrap_width = unwrap_hard_wrapped(text)
    if wrap_width:
        warnings = warnings + [f"lines cut at about {wrap_width} characters were joined back into paragraphs"]
    title = meta.get("title") or (guess_title(text, meta.get("outlet") or meta.get("sitename")) if plain else None)
    given = [d for d in (meta.get("date"), header.get("date")) if d]
    valid = [parse_date(d) for d in given]
    date = next((d for d in valid if d), None) or find_date_in_text(text)
    paragraphs = paragraph_spans(text)
    warnings = warnings + text_warnings(text, paragraphs)
    # a date the metadata gives that is no date ("2024-13-45") is said, not used
    warnings += [f"date '{d}' is not a valid date; ignored" for d, v in zip(given, valid) if v is None]
    if not date:
        warnings.append("no date found")
    english = not any(w.startswith("text does not look English") for w in warnings)
    return Article(
        id=id,
        text=text,
        path=str(path) if path else None,
        title=(str(title).strip() or None) if title else None,
        date=date,
        outlet=meta.get("outlet") or meta.get("sitename") or None,
        url=meta.get("url") or None,
        credit=meta.get("credit") or header.get("credit"),
        language="en" if english else "unknown",
        paragraphs=paragraphs,
        warnings=warnings,
    )


def _folder_index(folder: Path) -> dict[str, dict[str, str]]:
    """Metadata rows from a folder's index.csv, keyed by id (the file stem)."""
    index = folder / INDEX_NAME
    if not index.is_file():
        return {}
    try:
        with index.open(newline="", encoding="utf-8") as fh:
            return {row["id"]: row for row in csv.DictReader(fh) if row.get("id")}
    except (OSError, UnicodeDecodeError, KeyError, csv.Error):
        return {}


def _index_meta(path: Path) -> dict[str, str]:
    """The metadata its folder's index.csv gives for ``path`` (title, date, outlet, url)."""
    row = _folder_index(path.parent).get(path.stem, {})
    return {k: v for k, v in row.items() if k in ("title", "date", "outlet", "url") and v}


def _html_article(path: Path, html: str, meta: dict[str, Any], warnings: list[str]) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        raise EmptyFileError(path, "no article text found in the HTML page")
    got = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = got.get("text") or ""
    if not text.strip():
        raise EmptyFileError(path, "no article text found in the HTML page")
    found = {"title": got.get("title"), "date": got.get("date"), "outlet": got.get("sitename"), "url": got.get("url")}
    return _finish(id=path.stem, raw_text=text, path=path, meta=_given_over(found, meta), warnings=warnings,
                   plain=False, markup=False)


def _record_or_error(path: Path, rec: Any, where: str, default_id: str, warnings: list[str]) -> Article | InputError:
    """One record's article, or the error that says why it cannot be read (the others still are)."""
    try:
        return _record_article(path, rec, where, default_id, warnings)
    except InputError as exc:
        return exc


def _record_article(path: Path, rec: Any, where: str, default_id: str, warnings: list[str]) -> Article:
    if not isinstance(rec, dict):
        raise MissingTextError(path, f"{where}: expected an object with 'text', got {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MissingTextError(path, f"{where}: record has no 'text'")
    article = _finish(
        id=str(rec.get("id") or default_id),
        raw_text=text,
        path=path,
        meta=rec,
        warnings=list(warnings),
        plain=False,
    )
    # what was noticed when the record's text was first read (a record newslens wrote out for its
    # notebooks: "lines were joined", "read from the message's attachment ..."), and the file
    noticed = rec.get("warnings")
    prior = [w for w in noticed if isinstance(w, str)] if isinstance(noticed, list) else []
    article.warnings = list(dict.fromkeys(prior + article.warnings))
    if isinstance(rec.get("path"), str) and rec["path"]:
        article.path = rec["path"]
    return article


#: A table's columns, as tools name them, and the record field each one fills.
_TABLE_COLUMNS = {"text": "text", "body": "text", "content": "text", "article_text": "text", "full_text": "text",
                  "title": "title", "headline": "title", "date": "date", "published": "date",
                  "publish_date": "date", "date_published": "date", "published_at": "date", "url": "url",
                  "link": "url", "outlet": "outlet", "source": "outlet", "publisher": "outlet",
                  "media_name": "outlet", "id": "id"}


def _table_articles(path: Path, text: str, warnings: list[str]) -> list[Article | InputError]:
    """One article per row of a CSV or TSV table (``_row_articles``)."""
    csv.field_size_limit(max(csv.field_size_limit(), config.MAX_FILE_BYTES))
    reader = csv.DictReader(io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    try:
        columns = _text_columns(path, list(reader.fieldnames or []))  # (before reading the rows)
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(path, f"malformed table at line {reader.line_num}: {exc}") from None
    return _row_articles(path, columns, rows, warnings)


def _text_columns(path: Path, header: list[str]) -> dict[str, str]:
    """The columns of a table's header that fill a record's fields, or ``MissingTextError`` when
    none is its text."""
    columns = {c: _TABLE_COLUMNS[c.strip().lower()] for c in header if c and c.strip().lower() in _TABLE_COLUMNS}
    if "text" not in columns.values():
        named = ", ".join(c for c in header if c) or "none"
        raise MissingTextError(path, f"the table has no text column ('text', 'body' or 'content'; its columns: "
                                     f"{named[:200]})")
    return columns


def _row_articles(path: Path, columns: dict[str, str], rows: list[dict[str, str]], warnings: list[str],
                  dates: Callable[[str], str] | None = None) -> list[Article | InputError]:
    """One article per row of a table whose ``columns`` (``_text_columns``) hold the text and
    the title, date, url, outlet and id (``dates`` reads a date cell, as a workbook stores it).
    A row that cannot be read is its error in its place."""
    if not rows:
        raise EmptyFileError(path, "the table has no rows")
    records = ({field: (dates(row[c]) if dates and field == "date" else row[c])
                for c, field in columns.items() if row.get(c)} for row in rows)
    return [_record_or_error(path, rec, f"row {n}", f"{path.stem}-{n}", warnings)
            for n, rec in enumerate(records, start=1)]


def _given_over(found: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """Metadata a file carries (a front matter, a message's header), with what the folder's
    index gives for it over it."""
    return {**found, **{k: v for k, v in given.items() if v}}


def load_file(path: str | Path, meta: dict[str, Any] | None = None) -> list[Article]:
    """All articles in one file: one for most, one per record for JSON / JSONL and tables, one
    per article for a news database's export. A record that cannot be read raises its error."""
    items = load_items(path, meta)
    bad = next((it for it in items if isinstance(it, InputError)), None)
    if bad is not None:
        raise bad
    return items  # type: ignore[return-value]


def _document_text(path: Path, ext: str, data: bytes, warnings: list[str]) -> tuple[str, dict[str, Any]]:
    """The text of a document's bytes (a PDF, a Word, OpenDocument or Rich Text file) and what the
    document itself says of its metadata (a PDF's title); a PDF's warnings added to ``warnings``."""
    if ext == ".pdf":
        try:
            read_pdf = pdf_text(data)
        except NotAPdf as exc:
            raise InputError(path, str(exc)) from None
        if len(read_pdf.text.encode("utf-8")) > config.MAX_FILE_BYTES:
            raise FileTooLargeError(path, f"the PDF's text is over the limit of {config.MAX_FILE_BYTES:,} bytes")
        if read_pdf.furniture:
            warnings.append(f"{read_pdf.furniture} line(s) set at the heads and feet of the PDF's pages (running "
                            "heads, page numbers) were taken out")
        if read_pdf.footnotes:
            warnings.append(f"{read_pdf.footnotes} line(s) of footnotes were moved after the text")
        return read_pdf.text, read_pdf.meta
    read = {".rtf": rtf_text, ".odt": odt_text}.get(ext, docx_text)
    try:
        return read(data), {}
    except (NotADocx, NotAnOdt, NotRtf) as exc:
        raise InputError(path, str(exc)) from None


def _text_articles(path: Path, stem: str, text: str, meta: dict[str, Any], warnings: list[str]) -> list[Article]:
    """The articles of a plain text (or a document's): those of a news database export, each with
    its own metadata, or the one text with the header a pasted message opens with read."""
    if (exported := split_export(text)) is not None:
        found = [(body, m) for body, m in exported if body.strip()]
        if not found:
            raise EmptyFileError(path, "the news database export holds no article text")
        return [_finish(id=f"{stem}-{i}", raw_text=body, path=path, meta=m, warnings=list(warnings), plain=False)
                for i, (body, m) in enumerate(found, start=1)]
    text, sent = pasted_header(text)
    return [_finish(id=stem, raw_text=text, path=path, meta=_given_over(sent, meta), warnings=warnings, plain=True)]


#: A message's text this short beside an attached document is a cover note ("Please find
#: attached today's press release ..."), not an article.
COVER_NOTE_WORDS = 80


def _message_items(path: Path, data: bytes, meta: dict[str, Any], warnings: list[str]) -> list[Article | InputError]:
    """The articles of a saved message: its text (unless it is a cover note), then each attached
    document (PDF, Word, OpenDocument, RTF) as an article of its own, the message's date and
    sender under what the document says; an attachment that cannot be read is its error in its
    place."""
    msg = parse_message(data)
    body, sent, is_html = read_message(msg)
    items: list[Article | InputError] = []
    attached = [(name, blob) for name, blob in message_attachments(msg)
                if Path(name).suffix.lower() in DOCUMENT_EXTENSIONS]
    for name, blob in attached:
        own = warnings + [f"read from the message's attachment {name}"]
        try:
            text, found = _document_text(path, Path(name).suffix.lower(), blob, own)
            if not text.strip():
                raise EmptyFileError(path, "no text")
            stem = re.sub(r"[^\w.-]+", "-", Path(name).stem).strip("-")  # ("release 22-05.pdf": release-22-05)
            items.extend(_text_articles(path, f"{path.stem}-{stem}", text,
                                        _given_over({**sent, **found}, meta), own))
        except InputError as exc:
            items.append(InputError(path, f"attachment {name}: {exc.detail}"))
    if body.strip() and not (attached and len(body.split()) < COVER_NOTE_WORDS):
        article = (_html_article(path, body, _given_over(sent, meta), warnings) if is_html else
                   _finish(id=path.stem, raw_text=body, path=path, meta=_given_over(sent, meta), warnings=warnings,
                           plain=True))
        items.insert(0, article)
    if not items:
        raise EmptyFileError(path, "the message has no text part")
    return items


def load_items(path: str | Path, meta: dict[str, Any] | None = None) -> list[Article | InputError]:
    """The articles of one file, as ``load_file``; a record of JSON, JSON Lines or a table that
    cannot be read is its error in its place, and the file's other records are still read. A
    problem with the whole file raises its error."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise UnsupportedFormatError(
            path, f"unsupported file extension '{ext or '(none)'}' (use one of {', '.join(sorted(SUPPORTED_EXTENSIONS))})"
        )
    meta = dict(meta or {})
    warnings: list[str] = []
    if ext in EMAIL_EXTENSIONS:
        return _message_items(path, _media_bytes(path), meta, warnings)
    if ext in WORKBOOK_EXTENSIONS:
        try:
            header, rows = sheet_rows(_media_bytes(path))
        except NotAWorkbook as exc:
            raise InputError(path, str(exc)) from None
        return _row_articles(path, _text_columns(path, header), rows, warnings, dates=excel_date)
    if ext in SAVED_PAGE_EXTENSIONS:
        try:
            payload, charset, address = saved_page(_media_bytes(path))
        except NotASavedPage as exc:
            raise InputError(path, str(exc)) from None
        page = _in_charset(payload, charset) or decode(payload, path, warnings)
        return [_html_article(path, page, _given_over({"url": address} if address else {}, meta), warnings)]
    if ext in DOCUMENT_EXTENSIONS:
        data = _media_bytes(path) if ext == ".pdf" else _read_bytes(path, binary=True)
        text, found = _document_text(path, ext, data, warnings)
        meta = _given_over(found, meta)
    else:
        text = decode(_read_bytes(path), path, warnings)
    if not text.strip():
        raise EmptyFileError(path)
    if ext in TEXT_EXTENSIONS | DOCUMENT_EXTENSIONS:
        return _text_articles(path, path.stem, text, meta, warnings)
    if ext in MARKDOWN_EXTENSIONS:
        text, front = markdown_to_text(text)
        if not text.strip():
            raise EmptyFileError(path, "no article text in the Markdown file")
        return [_finish(id=path.stem, raw_text=text, path=path, meta=_given_over(front, meta), warnings=warnings,
                        plain=True, markup=False)]
    if ext in HTML_EXTENSIONS:
        return [_html_article(path, text, meta, warnings)]
    if ext in TABLE_EXTENSIONS:
        return _table_articles(path, text, warnings)
    if ext in FEED_EXTENSIONS:
        try:
            records = feed_records(text)
        except NotAFeed as exc:
            raise InputError(path, str(exc)) from None
        return [_record_or_error(path, rec, f"item {i}", f"{path.stem}-{i}", warnings)
                for i, rec in enumerate(records, start=1)]
    if ext in JSON_EXTENSIONS:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MalformedJSONError(path, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        records = data if isinstance(data, list) else [data]
        if not records:
            raise MissingTextError(path, "JSON list holds no records")
        single = len(records) == 1
        return [
            _record_or_error(path, rec, f"record {i + 1}", path.stem if single else f"{path.stem}-{i + 1}", warnings)
            for i, rec in enumerate(records)
        ]
    articles: list[Article | InputError] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            articles.append(MalformedJSONError(path, f"malformed JSON at line {lineno}: {exc.msg}"))
            continue
        articles.append(_record_or_error(path, rec, f"line {lineno}", f"{path.stem}-{lineno}", warnings))
    if not articles:
        raise EmptyFileError(path, "no records in JSON Lines file")
    return articles


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the supported files inside folders named (recursive, sorted)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_EXTENSIONS
                and f.name != INDEX_NAME  # (the folder's metadata, not articles)
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            out.append(p)
    return out


def iter_load(paths: Iterable[str | Path] | str | Path) -> Iterator[Article | InputError]:
    """Articles from files and folders, in order; a bad file, or a bad record of a file of
    records, yields its error instead."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    taken: set[str] = set()
    for f in expand_paths(paths):
        try:
            items = load_items(f, _index_meta(f))
        except InputError as exc:
            yield exc
            continue
        except (OSError, ValueError) as exc:
            yield InputError(f, str(exc))
            continue
        for item in items:
            if isinstance(item, Article):
                _give_own_id(item, f, taken)
            yield item


def _give_own_id(art: Article, path: Path, taken: set[str]) -> None:
    """An id no earlier article of the batch has: "brief.docx" after "brief.eml" is "brief-docx"
    (then "brief-docx-2", ...), with a warning saying so; the id is then taken."""
    if art.id in taken:
        base = f"{art.id}-{path.suffix.lstrip('.').lower() or 'file'}"
        new, n = base, 1
        while new in taken:
            n += 1
            new = f"{base}-{n}"
        art.warnings.append(f"id '{art.id}' is another file's in this batch; this article is '{new}'")
        art.id = new
    taken.add(art.id)


def load(path: str | Path) -> Article:
    """The one article in ``path`` (a text, HTML or single-record JSON file)."""
    p = Path(path)
    if p.is_dir():
        raise InputError(p, "is a folder: use newslens.load_many() for several articles")
    articles = load_file(p, _index_meta(p))
    if len(articles) != 1:
        raise InputError(p, f"holds {len(articles)} articles: use newslens.load_many()")
    return articles[0]


def load_many(paths: Iterable[str | Path] | str | Path, *, strict: bool = False) -> list[Article]:
    """All articles in the files and folders named. Bad files are skipped (``strict``: raised)."""
    out = []
    for item in iter_load(paths):
        if isinstance(item, NewslensError):
            if strict:
                raise item
            continue
        out.append(item)
    return out
