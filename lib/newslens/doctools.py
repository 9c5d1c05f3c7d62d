"""Doc lookups that do not rescan the Doc: spaCy rebuilds ``Doc.text`` and walks the whole Doc
for ``Token.sent`` on every call, which made them the largest cost of the concern modules."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "newslens.sent_starts"
_TEXT = "newslens.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Make ``text_of`` give ``text``, the article's own text, for a Doc parsed from a copy of
    it that differs only character for character (``newslens.pipeline.INLINE_SPACES``), so that
    every span's text is the article's."""
    if len(text) != len(doc.text):
        raise ValueError("the parsed text and the article's text differ in length")
    doc.user_data[_TEXT] = text


def sent_starts(doc: Doc) -> list[int]:
    """Token index where each sentence starts, computed once per Doc."""
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data[_KEY] = starts
    return starts


def sent_of(tok: Token) -> Span:
    """The sentence holding ``tok`` (as ``tok.sent``, without rescanning the Doc)."""
    doc = tok.doc
    starts = sent_starts(doc)
    k = bisect_right(starts, tok.i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k] : end]


def asks(text: str) -> bool:
    """Whether a stretch of text (a sentence, a claim) is a question: it ends with a question mark,
    before any closing quotation marks or brackets. A question asks; it states nothing."""
    return text.rstrip().rstrip("\"'”’»)]").endswith("?")


def sent_of_span(span: Span) -> Span:
    """The sentence holding the start of ``span``."""
    return sent_of(span[0])


#: What talks do in a headline ("Gaza ceasefire talks resume in Cairo").
_TALKS_DO = {"resume", "stall", "begin", "start", "end", "collapse", "continue", "open", "fail", "break", "falter",
             "restart", "conclude", "enter", "drag", "progress", "stumble", "hit", "yield", "founder", "intensify"}


def talks_misread(tok: Token) -> bool:
    """'Gaza ceasefire talks resume in Cairo': the model reads a headline's noun "talks" as the
    verb, with its subject the words before and the verb after as its object."""
    doc = tok.doc
    return tok.lower_ == "talks" and tok.pos_ == "VERB" and 0 < tok.i < len(doc) - 1 \
        and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and doc[tok.i + 1].lower_ in _TALKS_DO


#: The model's lemmas that belong to another word, by the word's form ("hoped", "hopes" and
#: "hoping" are lemmatised "hop").
_LEMMA_SLIPS = {("hop", "hoped"): "hope", ("hop", "hopes"): "hope", ("hop", "hoping"): "hope"}


def word_lemma(tok: Token) -> str:
    """A word's lemma in lower case, with the model's known slips mended ("hoped": "hope"). The
    stance and status lexicons key on it; the cue lexicon keys on the model's own lemmas, as it
    was measured on PolNeAR with them."""
    lemma = tok.lemma_.lower()
    return _LEMMA_SLIPS.get((lemma, tok.lower_), lemma)


#: Marks that open the items of a list, at the start of a line.
BULLETS = {"•", "·", "▪", "◦", "‣", "●", "■", "-", "–", "—", "*"}


def list_lead(verb: Token) -> Token | None:
    """The head noun of the line that leads a list ("The Ministers:") for the verb that opens one
    of its items with no subject of its own ("• welcomed the progress ..."), or None."""
    doc = verb.doc
    sent = sent_of(verb)
    if sent.root.i != verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = [t for t in doc[max(0, sent.start - 3) : sent.start] if not t.is_space]
    if not before or before[-1].text not in BULLETS:
        return None
    text = text_of(doc)
    end = before[-1].idx
    while True:  # back over the list's other items to the line that leads it
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line[:1] in BULLETS or not line:
            if line_start == 0:
                return None
            end = line_start - 1
            continue
        break
    if not line.endswith(":"):
        return None
    lead = doc.char_span(line_start, line_start + len(line.rstrip(":").rstrip()), alignment_mode="expand")
    if lead is None or len(lead) > 8 or lead.root.pos_ not in ("NOUN", "PROPN"):
        return None
    return lead.root
