"""Sourcing: who said what, named or anonymous, direct or paraphrased.

Attributions follow PolNeAR's conventions: the cue is the whole verb group ("has been
reported", "pointed out", "According to"); the content keeps "that" and leaves out quotation
marks and the recipient; the source keeps its modifiers ("the diplomatic source").

Rules, tried in this order (each attribution records the rule that found it):

``embedded_post``      a post embedded in the article with its credit line ("... — Radosław
                       Sikorski (@sikorskiradek) September 10, 2025"): the one credited wrote
                       the post's words, a direct quote; the dash is the cue
``transcript_turn``    a speaker label opening a paragraph (``SECRETARY POMPEO:``, ``Q:``)
``interview_turn``     a turn of an interview set out with dashes ("- What is ...?" / "- Indeed,
                       ..."): the answer is the interviewee's, the question the interviewer's,
                       both as the lead names them ("X told RIA Novosti about ...")
``statement_below``    a verb whose object announces the text after a colon ("issued the
                       following statement:"), or a reporting verb whose colon ends its
                       paragraph ("Limbaugh added:"): the quote there, or the rest of the
                       paragraph, or the next paragraph, with the reports the speaker makes
                       in it ("as you pointed out"); not "..., as the site notes:"
``according_to``       "according to X"; ``as_reported``: a bare "as has been reported by X"
``perspective``        a sentence opened by "To" and someone, set off by a comma ("To Moscow,
                       the expansion of NATO is a threat"): the rest of the sentence as they see it;
                       or by "By" and a reckoning ("By one estimate, 300 people died")
``quote_frame``        a direct quote with a reporting verb in its sentence ("..., X said");
                       ''doubled apostrophes'' count as quotation marks, and so do single
                       marks in an article that has no double ones ('We will act,' he said)
``punct_frame``        a quote with no verb to frame it, introduced by a name and a colon
                       ("Sanders on Twitter: “...”") or signed with a dash ("“...” ― Name");
                       a single headline "Name: words" (found with the transcript labels)
``headline_label``     an article's first line opened by who says it, when the transcript rule
                       did not take it ("Poll: Trump and Clinton hold narrow leads"),
                       signed after a dash ("Moscow ready to speed up deliveries - source"),
                       or a quote with its speaker after a colon ("'No deal': minister on ...")
``quote_continuation`` a quote with no speaker in its sentence, given to the previous speaker;
                       a quote right after its speaker's frame sentence ("“A,” she said. “B.”")
                       is a second part of that attribution. Run again after the complement
                       rule, which finds frames of quotes too short for ``quote_frame``; a
                       quote with an unattributed quote between it and the last speaker waits
                       for that run ('X made it clear that “...”' may give it another speaker)
``verb_parenthetical`` a cue verb governing nothing, beside the clause it frames ("..., Graham
                       said, since ...", "His leverage, they believe, is ..."); the content is
                       the sentence on both sides of it, up to a report of its own joined to it
``asked``              a question put by someone unnamed ("Asked if he was ever bullied, ..."):
                       no source, cue "Asked", the question as content
``criticism_received`` criticism the subject draws or faces ("The plan drew sharp criticism
                       from Democrats", "The clip has faced ridicule"): those it comes from,
                       if named, speak about the subject
``verb_complement``    a cue verb and what it governs: a clause ("X said that ..."), an open
                       complement ("X wants to ..."), an object ("X criticised the plan"), a
                       preposition ("X called for ..."); with a passive and no agent, or
                       "seems to", the subject belongs to the content and there is no source
                       (a verb of feeling excepted: "Leaders were angered that ..." is theirs);
                       read again, after the rules below, in a relative clause inside a source
                       another rule took ('"...," said X, who noted that ...'), whose relative
                       word is then its source
``passive_agent``      a cue verb in the passive with an agent and nothing it governs ("The
                       plan was criticized by Democrats"): the agent speaks about the subject
``unsourced_passive``  the same with no agent, when the cue model is sure of the verb ("The
                       plan was widely criticized as reckless", "The price was not disclosed"):
                       no source (but "is revered among diplomats" names those who hold it);
                       the subject, and what it was called, as content; not a verb with a modal
                       ("will be discussed" is a plan) nor one of asking ("was asked")
``in_document``        a sentence opened by the document that says it ("In an NBC News poll
                       released Monday, 50 percent ..."), when no verb rule took the sentence
                       or it is a poll (whose content holds what its respondents said); or a
                       result stated before the particular poll that found it ("Trump leads
                       by 9 points in the latest Fox poll"), not "in the polls" at large
``reported_adverb``    "reportedly" in a clause no verb rule took ("The FBI is reportedly
                       making arrangements ..."): no source, the clause around it as content
``noun_cue``           a cue noun with a possessor and a that-clause or a preposition
                       ("Russia's claim that ...", "the minister's criticism of ..."), or a view
                       set beside a clause ("In his view, ...", "..., in the minister's words")
``adjective_cue``      an adjective after a copula with a clause or a preposition and someone
                       who holds it ("was sure that ...", "has been critical of ..."); "It is
                       unclear whether ..." is the writer's hedge, not sourcing
``nested_complement``  a cue verb inside another attribution's indirect content ("X claimed
                       that ..., although he refused to pledge to ..."), when the cue model
                       is sure of it; its content stays inside the outer one's

Which words are cues, and how readily, comes from PolNeAR train (``bench/build_cue_lexicon.py``):
``data/cue_lexicon.csv`` gives each lemma's cue rate, ``data/cue_frames.csv`` the rate of a verb
or noun given what it governs ("urge" with an open complement is a cue 73% of the time), and
a rate measured on few cases is pulled toward the lemma's own. Whether a verb with a
complement is a cue in its sentence is judged by a logistic regression over those rates and
the verb's context (its subject, tense, complement, quotes): ``newslens.cue_model``, trained by
``bench/build_cue_model.py``. Whether a verb's cue runs over its object noun ("cast doubt on",
"raised questions about") is read from how often PolNeAR train's cues do
(``data/cue_objects.csv``, ``bench/build_cue_objects.py``). Where its content ends is chosen
among the sentence's word ends by ``newslens.content_model`` (``bench/build_content_model.py``),
the rule's own end winning ties.

A token belongs to at most one attribution's source or cue, and to one content except for
``nested_complement`` and an attribution that a reported clause governs ("to impose sanctions
as a deterrence to what it called “...”": the outer content runs over it). PolNeAR nests
attributions, and with the cue model deciding, letting a verb the model is sure of (p >= 0.8)
nest inside indirect content scores higher on PolNeAR dev (triple F1 68.3 against 68.0);
inside direct quotes it changes nothing, so it is not done.
A quote framed inside an "according to" content ("“...,” X said, according to RIA") nests too:
the content is RIA's, the quote X's.

Who each source is (kind, entity, side) is ``newslens.speakers``' part; once all rules have
run, every source is classified again in text order, so that "he" and "the envoy" go back to the
speakers before them whichever rule found those.

This module runs the rules in order and shows what they found (``to_frame``, ``summary``). The
rules are in ``quote_rules`` (transcripts, headlines, interviews, statements below, quote
frames, continuations), ``verb_rules`` (according to, parentheticals, questions, criticism
received, passive agents, adjectives, "reportedly"), ``complement_rules`` (a verb and what it
governs; nested reports), ``document_rules`` (what documents and polls say) and ``noun_rules``;
``rule_thresholds`` holds how sure each must be, and ``attribution_run`` the state one run
shares, recording each attribution. Their parts live beside them: ``quotes`` (where an
article's quotes are), ``speaker_labels`` (transcript labels, headline speakers, interview
leads), ``quote_frames`` (the verb that frames a quote, mixed quotes), ``subjects`` (who
speaks), ``complement_shapes`` (the shapes of what a cue verb governs), ``source_spans`` and
``cue_spans`` (where a source and a cue begin and end), and what they share, ``spans``,
``report_words`` and ``agreement_words``.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import pandas as pd
from spacy.tokens import Doc

from . import complement_rules, document_rules, noun_rules, post_rules, quote_rules, verb_rules
from .attribution_run import Run
from .doctools import text_of
from .source_authors import statement_author
from .source_spans import source_span
from .source_words import JOINT
from .spans import trim_edges
from .speaker_labels import interview_lead, label_core, label_speaker
from .speakers import classify_source

#: The rules in the order they run (see the module's docstring).
RULES: tuple[Callable[[Run], None], ...] = (
    post_rules.embedded_posts, quote_rules.transcripts, quote_rules.headline_label, quote_rules.interviews,
    quote_rules.statements_below,
    verb_rules.according_to, verb_rules.perspectives, quote_rules.quote_frames, quote_rules.early_continuations,
    verb_rules.parentheticals, verb_rules.questions, verb_rules.criticism_received, complement_rules.verb_complements,
    quote_rules.continuations, verb_rules.passive_agents, verb_rules.unsourced_passives,
    document_rules.in_documents, verb_rules.reported_adverbs,
    noun_rules.noun_cues, verb_rules.adjectives, complement_rules.relatives_in_sources,
    complement_rules.nested)


def extract(doc: Doc, article: Any, records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Attributions of the JSON contract, in text order."""
    run = Run(doc, article, records)
    for rule in RULES:
        rule(run)
    _end_sources_before_other_reports(run.found, doc)
    complement_rules.contents_before_set_against(run.found, doc)
    _reclassify_sources(run)
    return run.numbered()


def _reclassify_sources(run: Run) -> None:
    """Classify every source again, in the order of the text, now that all are found: a pronoun
    or a description ("he", "the envoy") goes back to the speakers before it whichever rule
    found them (the rules run by kind, not in text order: the quote frames before the verb
    complements), and a source cut short after its rule classified it is read as it ends. A
    quote continuation takes its speaker again from the attribution it continues."""
    turns: dict[str, dict[str, Any]] = {}  # a turn's label, without what is in brackets: its speaker
    for a in sorted(run.found, key=lambda a: (a["source"] or a["content"])["start"]):
        head = a.pop("_head", None)
        src = a.get("source")
        if src is not None and (head is None or src["start"] <= head.idx < src["end"]):
            a["source"] = classify_source(run.doc, src["start"], src["end"], head, run.entities, run.found,
                                          run.outlet, said=(a["content"]["start"], a["content"]["end"]),
                                          quotes=run.quotes)
            named = label_speaker(run.text[src["start"]:src["end"]], run.entities) \
                if a["rule"] == "transcript_turn" and a["source"]["kind"] != "named_person" else None
            if named is not None:  # "ALI VAEZ:", "Lord Collins of Highbury (Lab)": a person
                a["source"]["kind"], a["source"]["entity_id"] = named[0], named[1]
            answerer = _answerer(run, a) if a["rule"] == "transcript_turn" else None
            if answerer is not None:  # "A: We will not be intimidated." after "X spoke to Euronews"
                a["source"].update({k: answerer[k] for k in ("kind", "entity_id", "side")})
            if a["rule"] == "transcript_turn":
                _same_label_same_speaker(run.text, a["source"], turns)
        last = a.get("continues")
        if last is not None and a.get("speaker") is not None and (last.get("source") or last.get("speaker")):
            a["speaker"] = dict(last.get("source") or last["speaker"])


def _same_label_same_speaker(text: str, source: dict[str, Any], turns: dict[str, dict[str, Any]]) -> None:
    """A turn's label that an earlier turn's label named in brackets ("HOST (Maya Fischer):" ...
    "HOST:") is that speaker's: the later source takes the earlier one's kind, entity and side."""
    label = text[source["start"]:source["end"]]
    core = label_core(label).upper()
    earlier = turns.get(core)
    if earlier is not None and label.strip().upper() == core:
        source.update({k: earlier[k] for k in ("kind", "entity_id", "side")})
    elif source["kind"] == "named_person" and core and core != label.strip().upper():
        turns.setdefault(core, source)


def _answerer(run: Run, a: dict[str, Any]) -> dict[str, Any] | None:
    """For an "A:" or "Answer:" turn, the interviewee the lead names before the first turn
    ("Estonia's Foreign Minister Margus Tsahkna spoke to Euronews. Q: ... A: ..."), or the author
    a statement's title names ("Foreign Ministry Spokesperson's Remarks on ..."), as a source;
    None for any other turn or with neither."""
    if run.text[a["source"]["start"]:a["source"]["end"]].strip().upper() not in ("A", "ANSWER"):
        return None
    first = min(x["source"]["start"] for x in run.found if x["rule"] == "transcript_turn" and x.get("source"))
    lead = interview_lead(run.doc, first)
    if lead is None:
        author = statement_author(run.doc, run.entities)
        return {"kind": author[0], "entity_id": author[1], "side": author[2]} if author is not None else None
    s, e = source_span(lead[0])
    return classify_source(run.doc, s, e, lead[0], run.entities, [], run.outlet, quotes=run.quotes)


def _end_sources_before_other_reports(found: list[dict[str, Any]], doc: Doc) -> None:
    """'Mr. McConnell, who has endorsed Mr. Trump and criticized his campaign, said ...': a source
    whose words, set off by a comma, hold another attribution's cue ends before that comma (on
    PolNeAR train, annotators cut such a source there 16 times in 19)."""
    text = text_of(doc)
    cues = [a["cue"]["start"] for a in found if a.get("cue")]
    for a in found:
        src = a.get("source")
        if not src or a["rule"] == "transcript_turn":
            continue
        inner = [c for c in cues if src["start"] < c < src["end"]]
        comma = text.rfind(",", src["start"], min(inner)) if inner else -1
        if comma > src["start"]:
            s, e = trim_edges(text, src["start"], comma)
            if e > s:
                src["end"], src["text"] = e, text[s:e]


def _says_name(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` already: one of its words ("Rajnath" for Rajnath Singh)
    or its initials ("the U.S." for United States)."""
    if any(re.search(r"\b" + re.escape(w) + r"\b", text.lower()) for w in name.lower().split() if len(w) > 2):
        return True
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) > 1 and re.search(r"\b" + re.escape(initials) + r"\b", text.replace(".", "")) is not None


def _source_cell(a: dict[str, Any], names: dict[str, str]) -> str | None:
    """The source as a table shows it: a speaker named elsewhere in brackets, and the entity a
    pronoun or description stands for after it ("I (Michael R. Pompeo)", "the minister (S.
    Jaishankar)"), not when the source names it already ("Rajnath", "the US")."""
    if a.get("source"):
        text = a["source"]["text"]
        name = names.get(a["source"].get("entity_id") or "")
        return f"{text} ({name})" if name and not _says_name(text, name) else text
    if not a.get("speaker"):
        return None
    said = f"continues {a['continues']}: " if a.get("continues") else "named earlier: "
    return f"({said}{a['speaker']['text']})"


def _one_line(text: str) -> str:
    """Words that run over paragraphs, on one line of a table: a pilcrow where a paragraph ends."""
    return re.sub(r"\s*\n\s*", " ¶ ", text)


def to_frame(rows: list[dict[str, Any]], entities: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """One row per attribution: source, kind, side, cue, quote type, content, rule, confidence.
    With the article's ``entities``, a source that refers to one by a pronoun or a description
    shows its name too."""
    cols = ["id", "source", "kind", "side", "cue", "quote", "content", "paragraph", "rule", "confidence"]
    names = {x["id"]: x["name"] for x in entities or []}
    out = []
    for a in rows:
        src = a.get("source") or a.get("speaker")
        out.append({
            "id": a["id"],
            "source": _source_cell(a, names),
            "kind": src["kind"] if src else None,
            "side": src.get("side") if src else None,
            "cue": a["cue"]["text"] if a.get("cue") else None,
            "quote": a["quote"],
            "content": _one_line(" … ".join(a["content_parts_text"]) if a.get("content_parts_text")
                                 else a["content"]["text"]),
            "paragraph": a["paragraph"],
            "rule": a["rule"],
            "confidence": a["confidence"],
        })
    return pd.DataFrame(out, columns=cols)


#: Transcript labels of the ones who ask.
_ASKING_LABELS = {"Q", "QUESTION", "REPORTER", "JOURNALIST", "QUESTIONER"}


def summary(rows: list[dict[str, Any]]) -> str:
    """A sentence a reader can quote: how many attributions go to unnamed sources, which sides
    are heard, how many quotes are direct."""
    if not rows:
        return "No attributions found: the article speaks in its own voice throughout."
    df = to_frame(rows)
    n = len(df)
    # (a transcript's "Question:" turns are reporters asking, not unnamed sources)
    asked = sum(1 for r in rows if r.get("rule") == "transcript_turn" and (r.get("source") or {}).get("kind") == "anonymous"
                and (r["source"].get("text") or "").strip().upper() in _ASKING_LABELS)
    anon = int((df["kind"] == "anonymous").sum()) - asked
    named = int(df["kind"].isin(["named_person", "named_org"]).sum())
    direct = int((df["quote"] == "direct").sum())
    sides = sorted({c for s in df["side"].dropna().unique() for c in s.split(JOINT)})
    first = f"{anon} of {n} attributions go to unnamed sources, {named} to named people or bodies"
    papers = int(df["kind"].isin(["outlet", "document"]).sum())
    nobody = n - anon - named - papers - asked
    if papers:
        first += f", {papers} to news outlets or documents"
    if asked:
        first += f", {asked} {'is a question' if asked == 1 else 'are questions'} put by reporters"
    if nobody:
        first += f", {nobody} with no source named"
    parts = [first]
    parts.append(f"{direct} of {n} are direct quotes")
    if sides:
        parts.append("sides heard: " + ", ".join(sides))
    else:
        parts.append("no source is tied to a country")
    return "; ".join(parts) + "."
