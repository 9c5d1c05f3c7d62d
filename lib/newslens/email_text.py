"""An article that came by e-mail: a newsletter saved as ``.eml``, or a message pasted with its
header lines ("From: ...", "Sent: ...", "Subject: ...").

The header gives the metadata (the subject is the title, the date the date, the sender's name
the outlet) and is no part of the text; nor is the signature below a "-- " line at the end.
"""
from __future__ import annotations

import email
import email.policy
import email.utils
import re
from email.message import EmailMessage

#: A header line as mail programs write and paste it.
_HEADER_LINE = re.compile(r"(?P<key>From|To|Cc|Bcc|Sent|Date|Subject|Reply-To)\s*:[ \t]*(?P<value>.*)", re.I)
#: What a reply or a forward puts before a subject.
_REPLY_MARK = re.compile(r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)+", re.I)
#: The line that opens a signature (RFC 3676: "-- "; pasted, often without its space).
_SIGNATURE = re.compile(r"^--[ \t]*$", re.M)
#: How far into the text a signature may start: only its last part is the signature.
_SIGNATURE_FROM = 0.5


def _sender_name(value: str) -> str | None:
    name, address = email.utils.parseaddr(value)
    return name.strip().strip("\"'") or None


def _date_of(value: str) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value.strip() or None  # ("Tuesday, November 18, 2025 7:02 AM": read as any date)


def header_meta(header: dict[str, str]) -> dict[str, str]:
    """Title, date and outlet from a message's header fields (keys in lower case)."""
    meta: dict[str, str] = {}
    subject = _REPLY_MARK.sub("", header.get("subject", "")).strip()
    if subject:
        meta["title"] = subject
    when = header.get("date") or header.get("sent")
    if when and (date := _date_of(when)):
        meta["date"] = date
    sender = _sender_name(header.get("from", ""))
    if sender:
        meta["outlet"] = sender
    return meta


def without_signature(body: str) -> str:
    """The body without a signature that a "-- " line opens in its second half."""
    cut = [m.start() for m in _SIGNATURE.finditer(body) if m.start() >= _SIGNATURE_FROM * len(body)]
    return body[: cut[-1]].rstrip() if cut else body


def pasted_header(text: str) -> tuple[str, dict[str, str]]:
    """The text after the header lines a pasted message opens with, and their metadata; the
    text unchanged and no metadata when it does not open with at least two of them, one of
    them "From" or "Subject"."""
    lines = text.lstrip().split("\n")
    header: dict[str, str] = {}
    n = 0
    while n < len(lines) and (m := _HEADER_LINE.fullmatch(lines[n].strip())):
        header.setdefault(m["key"].lower(), m["value"].strip())
        n += 1
    if n < 2 or not ({"from", "subject"} & header.keys()):
        return text, {}
    return without_signature("\n".join(lines[n:]).strip()), header_meta(header)


def parse_message(data: bytes) -> EmailMessage:
    """A saved message (``.eml``), parsed once for ``read_message`` and ``message_attachments``."""
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def read_message(msg: EmailMessage) -> tuple[str, dict[str, str], bool]:
    """The body of a saved message (``parse_message``), its metadata, and whether the body is HTML
    (a message with no plain-text part); the body is empty when the message has no text."""
    header = {k.lower(): str(v) for k, v in msg.items()}
    meta = header_meta(header)
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", meta, False
    try:
        body = part.get_content()
    except (LookupError, ValueError):
        body = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
    html = part.get_content_subtype() == "html"
    return (body if html else without_signature(body)), meta, html


def message_attachments(msg: EmailMessage) -> list[tuple[str, bytes]]:
    """The files a saved message carries (attached, or inline with a name), as (name, bytes)."""
    out: list[tuple[str, bytes]] = []
    for part in msg.walk():
        name = part.get_filename()
        if not name or part.is_multipart() or part.get_content_disposition() not in ("attachment", "inline"):
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            out.append((name, payload))
    return out
