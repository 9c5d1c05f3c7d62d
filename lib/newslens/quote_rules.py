"""The sourcing rules that start from quotation marks and speaker labels: transcript turns,
headline labels, dash-set interviews, statements announced with a colon, quotes framed by a
reporting verb, and quotes that go on the previous speaker (see ``newslens.sourcing``)."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .attribution_run import Run, Taken, content_end, content_spans, set_parts
from .cue_spans import closing_words_end, colon_ends_paragraph, cue_group, noun_cue_end
from .cues import content_prep, cue_frame, lemma_of
from .doctools import sent_of, text_of
from .headlines import first_line, title_lines
from .quote_frames import (closes_its_frame, frame_verb, has_own_frame, inside_clause, lead_before_frame,
                           lead_before_quote, mixed_lead, opens_framed_quote, punct_introduction,
                           quote_after_frame, tail_before_frame, whole_paragraph)
from .quotes import CLOSING_MARKS, MIN_QUOTE_WORDS, OPENING_MARKS, quote_kind
from .report_words import DOCUMENT_NOUNS, EXPERIENCER_VERBS, SAYING_THINGS, can_speak, is_cue_verb, is_passive
from .source_spans import source_span
from .source_words import ANONYMOUS_HEADS, OUTLET_HEADS
from .spans import EDGE_CHARS, in_spans, paragraph_of, trim_edges
from .speaker_labels import (CAPS_HEADING, DASH_TURN, HONORIFIC_START, LABEL, MAX_HEADLINE_CHARS, NAME_LINE,
                             QA_DOTTED, ROLE, end_of_turn, headline_speaker, interview_lead, is_heading,
                             is_speaker_label, label_head, named_labels, names_own_label)
from .speakers import classify_source
from .subjects import inverted_subject, name_after_verb, name_before_verb, put_it_speaker, subject_of


#: A record's note on the sitting itself, no one's words: "The meeting rose at 12.40 p.m.", "The
#: sitting was suspended", "(The House adjourned)".
PROCEDURAL_NOTE = re.compile(r"\(?(?:The )?(?:meeting|sitting|session|House|Committee|Council|Chamber) "
                             r"(?:rose|adjourned|ended|closed|was (?:suspended|adjourned|resumed|closed|called to order))\b")


def _name_lines(run: Run) -> dict[int, tuple[int, int, int, int]]:
    """The paragraphs that are a parliament's name lines over the speech of the paragraph after
    them ("Lord Collins of Highbury (Lab)" then "My Lords, ..."), by paragraph start: (label
    start, label end, turn start, first paragraph's end); none unless the record sets two or more
    speakers so (one alone is a caption)."""
    text, paragraphs = run.text, run.paragraphs
    found = {k: m for k, (ps, pe) in enumerate(paragraphs) if (m := NAME_LINE.fullmatch(text, ps, pe))}
    if len(found) < 2:
        return {}
    out = {}
    for k, m in found.items():
        ps = paragraphs[k][0]
        if k + 1 >= len(paragraphs) or k + 1 in found or not (
                HONORIFIC_START.match(text, ps) or is_speaker_label(m.group("label"), run.doc, ps, run.entities)):
            continue
        out[ps] = (ps, m.end("label"), paragraphs[k + 1][0], paragraphs[k + 1][1])
    return out


def transcripts(run: Run) -> None:
    """Transcripts: speaker labels open paragraphs, a turn runs to the next label."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    labels = []
    # "Q. ..." and "A. ..." paragraphs (an interview set out with stops, not colons) are turns
    # when both are there
    dotted = {ps: m for ps, pe in run.paragraphs if (m := QA_DOTTED.match(text, ps, pe))}
    if {m.group("label") for m in dotted.values()} != {"Q", "A"}:
        dotted = {}
    name_lines = _name_lines(run)
    for ps, pe in run.paragraphs:
        if ps in dotted:
            m = dotted[ps]
            labels.append((m.start("label"), m.end("label"), m.end(), pe))
            continue
        if ps in name_lines:
            labels.append(name_lines[ps])
            continue
        m = LABEL.match(text[ps:pe])  # ('"PENCE: ...': a transcript quoted paragraph by paragraph)
        said = text[ps + m.end():pe].split("\n", 1)[0] if m else ""
        if m and re.search(r"[^\W\d_]", said) \
                and is_speaker_label(m.group("label"), doc, ps + m.start("label"), run.entities):
            # ("Clinton: 1,769." in a tally is a count, not a turn)
            labels.append((ps + m.start("label"), ps + m.end("label"), ps + m.end(), pe))
    labels = named_labels(labels, doc, run.entities)
    if not labels:
        return
    # a turn runs to the next label, or to a record's note on the sitting before it ("The meeting
    # rose at 12.40 p.m.")
    notes = [ps for ps, pe in run.paragraphs if PROCEDURAL_NOTE.match(text, ps, pe)]
    nexts = [lab[0] for lab in labels[1:]] + [len(text)]
    ends = [end_of_turn(run.paragraphs, lab[3], min([nxt] + [n for n in notes if n > lab[3]]))
            for lab, nxt in zip(labels, nexts)]
    if 2 * sum(is_heading(text, lab, run.paragraphs) or names_own_label(text, lab)
                          or CAPS_HEADING.match(text, lab[2]) is not None for lab in labels) >= len(labels):
        # "Sanders: Win in a walk." over a paragraph about him, "Marco Rubio: Retirement
        # accounts Two years ago, Senator Marco Rubio ...": a roundup, not a transcript
        return
    headlines = title_lines(text)
    # a "Name: words" line is a headline, not a turn: a line in title case ("CNN President On
    # Trump: ‘We Do Not Pay ...’") with a label that is not in capitals, or the only label,
    # unless that is in capitals (SECRETARY POMPEO:) or names a role (Shri Arindam Bagchi,
    # Official Spokesperson:)
    def colon(lab: tuple[int, int, int, int]) -> bool:  # "Name: ...", not a name line over the speech
        return ":" in text[lab[1]:lab[2]]

    lines = [lab for lab in labels if not text[lab[0]:lab[1]].isupper() and colon(lab)
             and any(a <= lab[0] < b for a, b in headlines)]
    turns = [(lab, end) for lab, end in zip(labels, ends) if lab not in lines]
    spoken = [text[a:b].isupper() or ROLE.search(text[a:b]) for (a, b, _, _), _ in turns]
    if len(turns) == 1 and not spoken[0] and colon(turns[0][0]):
        lines, turns = lines + [turns[0][0]], []
    for ls, le, cs, pe in lines:  # "Pompeo: India will get a waiver": the colon introduces what he said
        if ls == run.first_line:
            continue  # the article's own headline: headline_label
        line_end = text.find("\n", cs)
        content = trim_edges(text, cs, pe if line_end < 0 else min(pe, line_end), EDGE_CHARS + ".")
        colon = text.index(":", le)
        if content[1] > content[0] and not taken.hits(ls, content[1]):
            quote, content = quote_kind(content, quotes)
            add("punct_frame", {"start": ls, "end": le}, (colon, colon + 1), content, quote, label_head(doc, ls, le))
    for (ls, le, cs, pe), turn_end in turns:
        add("transcript_turn", {"start": ls, "end": le}, None, (cs, turn_end), "direct", label_head(doc, ls, le))


#: Papers whose label heads a title, not words said ("Joint Press Release: ...", "Transcript: ...").
_TITLED_PAPERS = {"release", "statement", "transcript", "readout", "communique", "communiqué", "sheet", "declaration"}


def headline_label(run: Run) -> None:
    """A headline that opens with who says it ("Poll: Trump and Clinton hold narrow leads",
    "Macron to farmers: tariffs will not rise") or, with no such label, ends with it after a
    dash (``_headline_signed``). Only the article's first line, when it stands alone; the
    label must name a speaker (``headline_speaker``)."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    line = first_line(text, MAX_HEADLINE_CHARS)
    if line is None:
        return
    start, end = line
    m = re.match(r"(?P<label>[^:\n]{1,60}?)\s*(?P<colon>:)\s+(?=\S)", text[start:end])
    if m is not None and _headline_quoted(run, start, end, start + m.start("colon")):
        return
    if m is None or len(text[start + m.end():end].split()) <= 3 < len(m.group("label").split()):
        _headline_signed(run, start, end)  # (or "N. Korea fires missile toward East Sea: JCS")
        return
    colon = start + m.start("colon")
    content = trim_edges(text, start + m.end(), end, EDGE_CHARS + ".")
    if taken.hits(start, end) or len(text[content[0]:content[1]].split()) < 2:
        return
    quote, quoted = quote_kind(content, quotes)
    if quote == "direct" and any(ch.isalnum() for ch in text[content[0]:quoted[0]]):
        quote = "mixed"  # "Bill Clinton: Hillary 'Better Qualified ...'": who the quote is about is said too
    else:
        content = quoted
    if text[content[1] - 1] == "?" and quote != "direct":
        return  # "Ted Cruz: Constitutional conservative or career politician?" asks about him
    speaker = headline_speaker(doc, start, start + m.end("label"), quoted=quote == "direct")
    said = doc.char_span(content[0], content[1], alignment_mode="expand")
    if speaker is not None and speaker[1].lemma_.lower() in _TITLED_PAPERS and quote != "direct" and said is not None \
            and not any(t.pos_ in ("VERB", "AUX") for t in said):
        return  # "Joint Press Release: 5th India-Australia Foreign Ministers' Framework Dialogue": a title
    if speaker is not None:
        (ss, se), head = speaker
        add("headline_label", {"start": ss, "end": se}, (colon, colon + 1), content, quote, head)


def _headline_quoted(run: Run, start: int, end: int, colon: int) -> bool:
    """A headline that opens with a quote and names after a colon who said it ("'We will not
    be rushed': Kenya's foreign minister on the Haiti mission", "“No compromise”: PM"): the
    speaker runs to "on", "over", "about", "to" or the end. True when it recorded one."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    quote = next(((a, b) for a, b in quotes if start < a <= start + 2), None)  # its mark opens the line
    if quote is None or text[quote[1]:colon].strip(" " + CLOSING_MARKS) != "" or taken.hits(start, end):
        return False
    rest = colon + 1
    topic = re.search(r"\s(?:on|over|about|to)\s", text[rest:end])
    speaker = headline_speaker(doc, *trim_edges(text, rest, rest + topic.start() if topic else end))
    if speaker is None:
        return False
    (ss, se), head = speaker
    add("headline_label", {"start": ss, "end": se}, (colon, colon + 1), quote, "direct", head)
    return True


def _headline_signed(run: Run, start: int, end: int) -> None:
    """A headline that ends with who says it after a dash ("Moscow ready to speed up S-400
    deliveries - source", "... — minister"): a person or a speaking noun, not a news agency
    crediting the story ("... - Reuters"); or after a colon, as Korean wires sign theirs ("N.
    Korea fires missile toward East Sea: JCS", "...: sources"), where a body or an agency is the
    source too."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    m = re.match(r"(?P<content>.+?\S)(?:\s+(?P<dash>[-–—―]{1,2})|\s*(?P<colon>:))\s*(?P<label>[^-–—―:]{1,40}?)\s*$",
                 text[start:end])
    if m is None or taken.hits(start, end) or len(m.group("content").split()) < 3 \
            or any(a < start + m.end("content") and start < b for a, b in quotes):
        return  # ('"..." ― Name': a signed quote, the dash rule's)
    label = doc.char_span(start + m.start("label"), start + m.end("label"), alignment_mode="expand")
    if label is None or len(label) > 5 or any(t.pos_ in ("VERB", "AUX", "CCONJ", "PRON", "ADP") for t in label):
        return
    head = label[-1]
    speaks = head.ent_type_ in ("PERSON", "NORP") or lemma_of(head) in ANONYMOUS_HEADS | {"sources"} \
        or ROLE.fullmatch(head.text) is not None
    if m.group("colon"):
        if not (speaks or head.ent_type_ in ("ORG", "GPE") or head.pos_ == "PROPN"):
            return
    elif head.lemma_.lower() in OUTLET_HEADS or not (speaks or _signing_body(run, label)):
        # ("China says it will retaliate - Xinhua": the credit or the label is nobody's words)
        taken.add((start + m.start("dash"), start + m.end("label")))
        return  # "... - Reuters" credits the story; "... - Analysis" labels it
    ss, se = label.start_char, label.end_char
    content = trim_edges(text, start + m.start("content"), start + m.end("content"), EDGE_CHARS + ".")
    quote, content = quote_kind(content, quotes)
    mark = "dash" if m.group("dash") else "colon"
    add("headline_label", {"start": ss, "end": se}, (start + m.start(mark), start + m.end(mark)), content, quote,
        head)


def _signing_body(run: Run, label: Span) -> bool:
    """A body or a country that signs a headline after a dash ("Putin, Erdogan discuss grain
    corridor - Kremlin"), not a newsroom crediting the story ("... - Reuters", which the
    gazetteer knows for a news agency)."""
    head = label[-1]
    if head.ent_type_ not in ("ORG", "GPE"):
        return False
    src = classify_source(run.doc, label.start_char, label.end_char, head, run.entities, run.found, run.outlet)
    return src["kind"] != "outlet"


def interviews(run: Run) -> None:
    """An interview set out as turns that open with a dash ("- What is your assessment ...?"
    / "- Indeed, ..."), after a lead that names who spoke to whom ("Ambassador Nikolai
    Kudashev told RIA Novosti about ..."): each answer is the interviewee's, each question
    the interviewer's. The turn has no source or cue of its own; ``speaker`` names the one
    the lead names, as for a quote continuation."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    turns = [(ps, pe) for ps, pe in run.paragraphs if DASH_TURN.match(text[ps:pe])]
    asks = [t for t in turns if text[t[0]:t[1]].rstrip().endswith("?")]
    if len(turns) < 2 or not asks or len(asks) == len(turns):
        return
    lead = interview_lead(doc, turns[0][0])
    if lead is None:
        return
    people = {}
    for role, tok in zip(("answer", "question"), lead):
        if tok is not None:
            s, e = source_span(tok)
            people[role] = classify_source(doc, s, e, tok, run.entities, found, run.outlet, quotes=quotes)
    ends = [t[0] for t in turns[1:]] + [len(text)]
    for (ps, pe), nxt in zip(turns, ends):
        speaker = people.get("question" if (ps, pe) in asks else "answer")
        turn_end = end_of_turn(run.paragraphs, pe, nxt)
        cs = ps + DASH_TURN.match(text[ps:pe]).end()
        if speaker is None or taken.hits(cs, turn_end):
            continue
        add("interview_turn", None, None, (cs, turn_end), "direct", extra={"speaker": dict(speaker)})


#: Nouns of what a body concluded or asks for, whose list a colon opens ("Its conclusions
#: include:", "The committee's key recommendations are:").
_FINDING_NOUNS = {"conclusion", "recommendation", "finding", "demand", "proposal", "point", "term", "condition",
                  "priority", "outcome", "decision", "pledge", "commitment"}


def _findings_listed(tok: Token, paragraphs: list[list[int]]) -> Token | None:
    """The possessor whose findings a paragraph-closing "include:" or "are:" lists ("Its" of "Its
    conclusions include:"), or None."""
    doc = tok.doc
    if tok.lemma_ not in ("include", "be") or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return None
    noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in _FINDING_NOUNS
                 and c.tag_ == "NNS"), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    end = paragraphs[paragraph_of(paragraphs, doc[tok.i + 1].idx)][1]
    return owner if owner is not None and not text_of(doc)[doc[tok.i + 1].idx + 1:end].strip() else None


#: The most words a paragraph of a list announced by a colon has.
_MAX_ITEM_WORDS = 80


def _items_after(text: str, paragraphs: list[list[int]], k: int, taken: Taken) -> list[tuple[int, int]]:
    """The paragraphs from ``k`` on that read as the items of one list: the first, and each next
    one that opens with the same two words ("The Government should ...") and is no longer than
    a list's item, until one that does not or whose words another attribution took."""
    first = trim_edges(text, *paragraphs[k], EDGE_CHARS + "._")  # (as reported speech is trimmed)
    opening = text[first[0]:first[1]].lower().split()[:2]
    items = [first]
    for ps, pe in paragraphs[k + 1:]:
        item = trim_edges(text, ps, pe, EDGE_CHARS + "._")
        words = text[item[0]:item[1]].split()
        if len(opening) < 2 or [w.lower() for w in words[:2]] != opening or len(words) > _MAX_ITEM_WORDS \
                or taken.hits(*item):
            break
        items.append(item)
    return items


def statements_below(run: Run) -> None:
    """'The ministry issued the following statement:', 'Sanders made the following comment:':
    a verb whose object announces the text after the colon; or a reporting verb whose colon
    ends its paragraph ('Limbaugh added:'), or a body's findings listed ('Its conclusions
    include:', source "Its"). What it announces is the quote
    that opens there, else the rest of the paragraph, else (the colon ending it) the next
    paragraph, with the paragraphs after it that are items of the same list ("The Government
    should ..." twice more: one attribution in parts); the cue runs from the verb to the colon."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for tok in doc:
        owner = _findings_listed(tok, run.paragraphs)
        if owner is not None:
            verb, after = tok, tok.i + 1
        elif tok.lower_ == "following":
            noun = tok.head if tok.dep_ == "amod" else tok  # "tweeted the following:"
            verb = noun.head
            after = noun.i + 1  # (the parser may hang what follows the colon on the noun)
            if noun.dep_ != "dobj":
                continue
        elif colon_ends_paragraph(tok, run.paragraphs) and not any(c.dep_ == "mark" for c in tok.children):
            # "Limbaugh added:" and the next paragraph (not '..., as the website notes:', whose
            # report is the clause it closes, ``verb_rules.according_to``)
            verb, after = tok, tok.i + 1
        else:
            continue
        if verb.pos_ != "VERB" or verb.i in used_cues or after >= len(doc) \
                or doc[after].text != ":" or in_spans(tok.idx, quotes):
            continue
        subj = owner if owner is not None else subject_of(verb)
        if subj is None:
            continue
        colon = doc[after]
        k = paragraph_of(run.paragraphs, colon.idx)
        content = trim_edges(text, colon.idx + 1, run.paragraphs[k][1])
        items: list[tuple[int, int]] = []
        if content[1] <= content[0] and k + 1 < len(run.paragraphs):
            items = _items_after(text, run.paragraphs, k + 1, taken)
            content = items[0]
        first_line = text[content[0]:content[1]].split("\n")[0].strip()
        if 0 < len(first_line.split()) <= 5 and first_line.isupper():
            continue  # "Here is what they said:" over a round-up, each part under a label ("UNITED NATIONS")
        quoted = next(((qs, qe) for qs, qe in quotes if content[0] <= qs <= content[0] + 1), None)
        if quoted is not None:
            content, items = quoted, []
        src = source_span(subj) if owner is None else (owner.idx, owner.idx + len(owner.text))
        cue = (owner.head.idx if owner is not None else cue_group(verb)[0], colon.idx + 1)  # ("conclusions include:")
        if content[1] <= content[0] or taken.hits(*content) or taken.hits(src[0], cue[1]):
            continue
        used_cues.add(verb.i)
        kind, content = quote_kind(content, quotes)
        if len(items) > 1:
            content = (items[0][0], items[-1][1])
        add("statement_below", {"start": src[0], "end": src[1]}, cue, content, kind, subj,
            parts=items if len(items) > 1 else None)


#: A dash set between a headline-like phrase and the name that introduces a quote.
_DASH_THEN_NAME = re.compile(r"\s[-–—―]\s+[^-–—―:\n]+:\s*[\"“‘']?$")


def _named_after_a_dash(text: str, verb: Token, qs: int) -> bool:
    """Whether the quote is introduced by a name and a colon set off by a dash after the verb
    ("Pollsters weigh in - Carl Bialik: “...”"): the name, not the verb's subject, speaks."""
    return verb.idx < qs and _DASH_THEN_NAME.search(text, verb.idx, qs) is not None


#: How many words a quote's sentence may run on after it to a frame when words come before it too.
_LONG_TAIL = 40


def quote_frames(run: Run) -> None:
    """Direct quotes with a reporting verb in their sentence."""
    doc, text, quotes, taken, used_cues, found, add = run.state()
    # '“...,” X said, according to RIA': X's quote nests inside RIA's content
    framed = {(a["content"]["start"], a["content"]["end"]) for a in found if a["rule"] in ("according_to", "as_reported")}
    for qi, (qs, qe) in enumerate(quotes):
        verb = None
        if len(text[qs:qe].split()) < MIN_QUOTE_WORDS:
            verb = frame_verb(doc, qs, qe, quotes, used_cues)
            if not (opens_framed_quote(doc, qi, quotes, verb) or closes_its_frame(doc, qs, qe, verb)):
                continue
        if taken.hits(qs, qe):
            # (a framing content that is the quote alone was trimmed when it was added)
            inside = trim_edges(text, qs, qe) in framed or any(a <= qs and qe <= b for a, b in framed)
            if not inside or any(qs < b and a < qe for a, b in taken.regions if (a, b) not in framed):
                continue
        if verb is None:
            verb = frame_verb(doc, qs, qe, quotes, used_cues)
        intro = punct_introduction(doc, qs, qe, run.paragraphs) \
            if verb is None or _named_after_a_dash(text, verb, qs) else None
        if intro is not None:  # "Sanders on Twitter: “...”", "“...” ― Sonya Herridge"
            (src_s, src_e), mark, head = intro
            add("punct_frame", {"start": src_s, "end": src_e}, mark, (qs, qe), "direct", head)
            continue
        if verb is None:
            continue
        # a subject inside quotation marks after the verb is a title, not a speaker ('said
        # on Sunday on the BBC’s “The World This Weekend.”')
        titled = lambda t: t is not None and t.idx > verb.idx and in_spans(t.idx, quotes)  # noqa: E731
        subj = subject_of(verb)
        if subj is None or titled(subj) or qs <= subj.idx < qe:  # (the parser may take the quote's last words too)
            # (not the subject of a passive with no agent: 'The new chief has been called "the
            # architect of the strategy"' names nobody who calls him that; but one who "was
            # quoted", "is shown saying", "were thrilled" speaks)
            named_by = ("nsubj", "nsubjpass") if lemma_of(verb) in EXPERIENCER_VERBS | _DEPICTING_VERBS \
                else ("nsubj",)
            other = next((c for c in verb.children if c.dep_ in named_by and not qs <= c.idx < qe
                          and not titled(c)), None)
            opens = verb.i == sent_of(verb).start  # 'Said Ellis: “...”'
            subj = other or (inverted_subject(verb) if verb.idx > qe or opens else subj)
            subj = None if titled(subj) else subj
        if subj is not None and not (qs <= subj.idx < qe) and in_spans(subj.idx, quotes):
            subj = _speaker_outside_quotes(verb, subj, quotes)  # ('When someone shouted, “Cruz,” Beck joked')
            if subj is None:
                continue
        if subj is not None and _mute_relative(subj):
            continue  # 'a "bubble of denial" that scares voters': the bubble says nothing
        src = None
        if subj is not None and not (qs <= subj.idx < qe):
            s, e = source_span(subj, (qs, qe))
            if s == verb.idx:  # 'Said Ellis: “...”', which the parser reads as a name
                s = trim_edges(text, verb.idx + len(verb.text), e)[0]
            src = {"start": s, "end": e}
        elif verb.idx > qe:  # the parser hung the speaker on the quote or on nothing
            named = name_after_verb(verb) or name_before_verb(verb, qe)
            if named is not None:
                subj, (s, e) = named
                src = {"start": s, "end": e}
        used_cues.add(verb.i)
        content, quote = (qs, qe), "direct"
        if verb.idx < qs:
            lead = mixed_lead(verb, doc, qs, qe)
            if lead is not None and not taken.hits(lead[0], qe):
                # 'that the South has “treated me well”' (its closing mark too, if the text has one)
                content = (lead[0], max(lead[1], min(qe + 1, len(text))))
                # 'told X that “The US administration has ...”': the whole clause is quoted
                only_that = re.fullmatch(r"\s*that\W*", text[lead[0]:qs]) and lead[1] <= qe + 1
                quote = "direct" if only_that else "mixed"
        if src is None and not is_passive(verb):
            continue  # a verb near a quote with nobody speaking ("labeled", "titled"): no attribution
        parts = None
        cue = cue_group(verb)
        put_it = put_it_speaker(verb)
        if put_it is not None:  # '..., as one memo put it': "it" stands for the quote
            cue = (cue[0], put_it.idx + len(put_it.text))
        frame_start = min(cue[0], src["start"] if src else cue[0])
        if verb.idx < qs and qi > 0 and not taken.hits(*quotes[qi - 1]) and quotes[qi - 1][1] <= frame_start \
                and text[quotes[qi - 1][1]:frame_start].strip(" ," + CLOSING_MARKS) == "" \
                and text[max(cue[1], src["end"] if src else 0):qs].strip(" ,:" + OPENING_MARKS) == "" \
                and sent_of(verb).start_char <= quotes[qi - 1][0] \
                and text[sent_of(verb).start_char:quotes[qi - 1][0]].rstrip(" " + OPENING_MARKS)[-1:] \
                in ("", *"-–—:;("):
            # "“That,” he added, “promises to ...”" (the first part opens its sentence or a clause set
            # off by a dash, not 'Tuesday on WTMJ’s “Midday,” Ryan said “...”': a title in a phrase)
            parts = [quotes[qi - 1], (qs, qe)]
            content = (parts[0][0], qe)
        elif verb.idx > qe and (rest := quote_after_frame(doc, qi, quotes, verb)) is not None \
                and not taken.hits(*rest) and lead_before_quote(doc, qs, quotes) is None:
            parts = [(qs, qe), rest]  # '"The risk," said X, an economist who ..., "is that ..."'
            content = (qs, rest[1])
        elif verb.idx > qe and qi > 0 and not taken.hits(*quotes[qi - 1]) and _glossed(text, quotes[qi - 1], (qs, qe)):
            parts = [quotes[qi - 1], (qs, qe)]  # '"Fidèle à ... Palestine" ("True to ... Palestine"), Macron wrote'
            content = (parts[0][0], qe)
        frame = doc.char_span(frame_start, cue[0], alignment_mode="expand") if verb.idx < qs else None
        own_report = frame is not None and any(is_cue_verb(t, 0.5) for t in frame)
        if verb.idx < qs and parts is None and quote == "direct" and src is not None and not own_report:
            # (not 'X, the spokesman said, adding, “...”': what comes first is what he said)
            split = lead_before_frame(doc, sent_of(verb), frame_start, max(cue[1], src["end"]), qs)
            if split is not None and not taken.hits(*split[0]):
                # 'Sooner or later, the mayor told reporters, "the plan will work"'
                lead, rest = split
                parts, content, quote = [lead, (rest, qe)], (lead[0], qe), "mixed"
        on = content_prep(verb) if verb.idx < qs else None
        if on is not None and on.idx >= cue[1] and on.idx < qs < on.right_edge.idx + len(on.right_edge.text) \
                and cue_frame(verb) == f"prep:{on.lower_}":
            cue = (cue[0], on.idx + len(on.text))  # 'called for “respect for ...”': as "called for talks"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None) if quote == "mixed" else None
        said_of = noun_cue_end(obj) if obj is not None and obj.idx >= cue[1] and obj.left_edge.idx <= content[0] + 2 else -1
        if said_of > cue[1] and said_of < content[1]:
            # 'expressed "serious concern" over "dangerous actions"': as 'expressed concern over'
            cue = (cue[0], said_of)
            content = trim_edges(text, said_of, content[1], " \t\n")
        if verb.idx < qs:  # 'Sanders said in a statement: “...”': the document it was said in is the cue's
            where = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "in"
                          and c.idx <= cue[1] + 1), None)
            said_in = next((g for g in where.children if g.dep_ == "pobj"), None) if where is not None else None
            # up to what was said: 'says in a statement that Trump’s “...”' (the parser may hang
            # the that-clause on "statement")
            last = max((t for t in where.subtree if t.idx < content[0]), key=lambda t: t.i, default=None) \
                if where is not None else None
            end = last.idx + len(last.text) if last is not None else content[0]
            if said_in is not None and said_in.lemma_.lower() in DOCUMENT_NOUNS and end < content[0]:
                cue = (cue[0], end)
        if verb.idx > qe:  # '"...," he said in an interview on Monday': the closing words are the cue's
            cue = (cue[0], closing_words_end(verb, cue[1]))  # (its start, and frame_start, stay)
            whole = parts is None and quote == "direct"
            tail = tail_before_frame(doc, qe, frame_start) if whole else None
            before = lead_before_quote(doc, qs, quotes) if whole else None
            if tail is None and before is not None:
                # a quote inside the sentence the frame reports, words on both sides ('have signed a
                # "Strategic Mutual Defence Agreement" under which ..., the two governments said'):
                # a longer run after it is still theirs
                tail = tail_before_frame(doc, qe, frame_start, max_words=_LONG_TAIL)
            closing = text[qe:frame_start].strip(" ," + CLOSING_MARKS) == "" or tail is not None
            lead = before if closing else None
            if lead is not None and not taken.hits(lead, qs):
                content, quote = (lead, qe), "mixed"  # 'Mills "got an immunity agreement," Jordan said'
            if tail is not None and not taken.hits(qe, tail):
                # '“I admire the mechanics” of the tax plan, Mr. Holtz said': the quoted phrase runs on
                content, quote = (content[0], tail), "mixed"
        add("quote_frame", src, cue, content, quote, subj, parts=parts)


def _speaker_outside_quotes(verb: Token, subj: Token, quotes: list[tuple[int, int]]) -> Token | None:
    """The speaker of a frame whose subject, as the parser has it, lies inside another quote:
    words a quote holds speak nothing there. The name between that quote and the verb ('When
    someone shouted, “Cruz,” Beck joked, “...”'), or for a participle the parser hung on the
    quote's verb, the subject of the sentence's own verb ('treating her remark as a compliment --
    "That makes me smart" -- and asserting, "..."'); None when there is neither."""
    end = next((b for a, b in quotes if a <= subj.idx < b), None)
    named = name_before_verb(verb, end) if end is not None and end <= verb.idx else None
    if named is not None:
        return named[0]
    if verb.tag_ != "VBG":
        return None
    unquoted = lambda t: t.pos_ in ("VERB", "AUX") and not in_spans(t.idx, quotes)  # noqa: E731
    outer = next((a for a in verb.ancestors if unquoted(a)), None) or next(
        (c for a in verb.ancestors for c in a.children
         if c.i < verb.i and c.dep_ in ("ccomp", "advcl") and unquoted(c)), None)
    speaker = subject_of(outer) if outer is not None else None
    return None if speaker is None or in_spans(speaker.idx, quotes) else speaker


def early_continuations(run: Run) -> None:
    """``continuations`` before the complement rule, which may still frame a quote: a quote
    with a quote nobody was given yet between it and the last speaker waits for the later run
    ('X made it clear that “...”' may make X the speaker it goes on)."""
    _continuations(run, wait_for_frames=True)


def continuations(run: Run) -> None:
    """Quotes nobody was given in their sentence: the previous speaker goes on."""
    _continuations(run, wait_for_frames=False)


def _continuations(run: Run, wait_for_frames: bool) -> None:
    doc, text, quotes, taken, used_cues, found, add = run.state()
    for qs, qe in quotes:
        if taken.hits(qs, qe) or not text[qs:qe].strip() or in_spans(qs, run.turns):
            continue  # (a quote in a turn with no frame of its own is the turn's speaker's)
        prev = [a for a in found if content_end(a) <= qs and (a.get("source") or a.get("speaker"))]
        if not prev:
            continue
        last = max(prev, key=content_end)
        if wait_for_frames and any(content_end(last) <= a and b <= qs and not taken.hits(a, b)
                                   for a, b in quotes):
            continue  # a quote nobody was given yet stands between (see ``early_continuations``)
        if has_own_frame(doc, qs, qe, quotes, used_cues):
            continue  # '“...,” Dana Wells, ... and who also appears in the report, told the Guardian'
        if inside_clause(doc, qs):
            continue  # 'Rao, at a news conference ..., made it clear that “there is no ...”'
        if len(text[qs:qe].split()) < MIN_QUOTE_WORDS + 2:
            # a short quote goes on only straight after its speaker's frame
            # ("“No, this is not a game,” Ito said at the time. “We mean it.”")
            frame_end = max([content_end(last)] + [last[r]["end"] for r in ("cue", "source") if last.get(r)])
            gap = doc.char_span(frame_end, qs, alignment_mode="contract") if frame_end < qs else None
            if last["quote"] not in ("direct", "mixed") or "\n" in text[frame_end:qs] or (gap is not None and (
                    len(text[frame_end:qs].split()) > 5 or any(t.pos_ in ("VERB", "AUX") for t in gap))):
                continue
        para = paragraph_of(run.paragraphs, qs)
        gap = para - paragraph_of(run.paragraphs, content_end(last) - 1)
        if gap > 2 or (gap > 0 and not whole_paragraph(text, run.paragraphs[para], qs, qe)):
            # a later paragraph goes on the speaker's words when it is a quote and nothing
            # else: PolNeAR train has 3 such in 184 quotes that are part of a paragraph
            continue
        if para == paragraph_of(run.paragraphs, content_end(last) - 1) and last["quote"] in ("direct", "mixed"):
            # "“A,” she said. “B.”": one attribution in two parts (PolNeAR's convention)
            set_parts(last, content_spans(last) + [(qs, qe)], text)
            taken.add((qs, qe))
            continue
        speaker = dict(last.get("source") or last["speaker"])
        add("quote_continuation", None, None, (qs, qe), "direct",
            extra={"speaker": speaker, "continues": last})


#: Verbs whose passive subject is shown or heard speaking ("was quoted as saying", "is shown
#: telling", "was heard shouting"): that subject is the speaker.
_DEPICTING_VERBS = {"quote", "show", "hear", "see", "film", "record", "overhear", "photograph", "videotape"}


#: What stands between a quote and its translation in brackets: '"..." ("...")'.
_GLOSS_OPENING = re.compile(r"[\s\"”’»]*\(\s*[\"“‘«]?")
_GLOSS_CLOSING = re.compile(r"[\"”’»]?\s*\)")


def _glossed(text: str, quote: tuple[int, int], gloss: tuple[int, int]) -> bool:
    """Whether ``gloss`` is ``quote`` given again in brackets right after it, as a translation is."""
    return _GLOSS_OPENING.fullmatch(text, quote[1], gloss[0]) is not None \
        and _GLOSS_CLOSING.match(text, gloss[1]) is not None


def _mute_relative(subj: Token) -> bool:
    """A relative "that" or "which" whose noun cannot say anything: not someone who speaks, a
    document or a name ("a bubble that scares", not "a statement that said" or "the panel, which
    warned")."""
    if subj.tag_ != "WDT" or subj.head.dep_ not in ("relcl", "acl"):
        return False
    noun = subj.head.head
    return not (can_speak(noun) or noun.lemma_.lower() in DOCUMENT_NOUNS | SAYING_THINGS or noun.pos_ == "PROPN")
