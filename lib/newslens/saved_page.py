"""A web page saved by a browser as one file (``.mhtml``, ``.mht``: Chrome's and Edge's "Webpage,
Single File"): a MIME message whose first HTML part is the page, with the address it was saved
from. Its header's subject, date and sender are the browser's (the page's title, the day it was
saved, "<Saved by Blink>"), not the article's: the page itself says those."""
from __future__ import annotations

import email
import email.policy


class NotASavedPage(ValueError):
    """The bytes are no saved web page: not a MIME message, or one without an HTML part."""


def saved_page(data: bytes) -> tuple[bytes, str | None, str | None]:
    """The bytes of the page a saved file holds, the charset its part declares (Chrome declares
    none), and the web address it was saved from (None for a page saved from a file on disk)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.get("MIME-Version") and not message.is_multipart():
        raise NotASavedPage("not a saved web page (no MIME header)")
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        address = (part.get("Content-Location") or message.get("Snapshot-Content-Location") or "").strip()
        return payload, part.get_content_charset(), address if address.startswith("http") else None
    raise NotASavedPage("no web page (HTML part) in the saved file")
