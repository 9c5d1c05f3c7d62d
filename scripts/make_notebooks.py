"""Write the numbered notebooks from the cell lists below (outputs empty).

Run after editing: ``.venv/bin/python scripts/make_notebooks.py``. The notebooks stay thin:
a parameters cell, calls into newslens, tables, figures and a few sentences for the reader.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent.parent / "notebooks"

PARAMS = '''# Parameters (papermill replaces this cell's values). None means the seed article.
article_path = None'''

LOAD = '''import newslens
import pandas as pd
from IPython.display import HTML, Markdown, display
from newslens import plots, render

pd.set_option("display.max_colwidth", 300)
analysis = newslens.analyze(article_path or newslens.default_seed())
article = analysis.article
display(Markdown(f"**{render.esc(article.title or article.id)}** — {render.esc(article.outlet or 'outlet unknown')}, {article.date or 'date unknown'}"))'''


def nb(name: str, cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    """A notebook of these cells; cell ids are fixed by the notebook's name and the cell's place,
    so that rewriting an unchanged notebook changes nothing."""
    book = new_notebook()
    for kind, src in cells:
        if kind == "md":
            book.cells.append(new_markdown_cell(src))
        elif kind == "params":
            book.cells.append(new_code_cell(src, metadata={"tags": ["parameters"]}))
        else:
            book.cells.append(new_code_cell(src))
    for k, cell in enumerate(book.cells):
        cell["id"] = f"{name[:2]}-{k:02d}"
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (newslens)", "language": "python"}
    book.metadata["language_info"] = {"name": "python"}
    return book


NOTEBOOKS: dict[str, list[tuple[str, str]]] = {
    "00_article": [
        ("md", "# 00 · The article\n\nWhat the article is (metadata and warnings about the text itself) and what it names: "
               "people, governments, bodies, weapon systems, agreements, laws and events, each mapped to one "
               "canonical entity. Change `article_path` below, or rerun with papermill, to look at another article."),
        ("params", PARAMS),
        ("code", LOAD),
        ("md", "## Metadata and warnings\n\nWarnings are about the input: a truncated excerpt, a lead repeated at the "
               "end, a missing date or a misspelt name all change how far the rest can be trusted."),
        ("code", '''display(HTML(render.metadata_table({
    "id": article.id, "title": article.title, "date": article.date, "outlet": article.outlet,
    "url": article.url, "credit": article.credit, "words": article.words,
    "paragraphs": len(article.paragraphs), "file": article.path,
})))
display(HTML(render.warnings_list(article.warnings)))'''),
        ("md", "## Entities\n\nOne row per real-world thing, under its canonical name, with every form the text uses "
               "(`aliases`). Role and country come from the project's gazetteer (`data/gazetteer.csv`)."),
        ("code", "analysis.named_entities.fillna(\"\")"),
        ("md", "## The text, with entities marked\n\nHover a mark to see the canonical name. Weapon systems, agreements "
               "and laws have their own colours."),
        ("code", '''display(HTML(render.legend(render.TYPE_COLORS)))
display(HTML(render.highlight(article.text, render.entity_spans(analysis), paragraphs=article.paragraphs)))'''),
        ("md", "## Acronyms defined in the text\n\nA definition in the text makes an agreement or law the gazetteer has "
               "never seen one entity with its expansion."),
        ("code", "analysis.acronyms"),
        ("md", "## Entities by type"),
        ("code", "_ = plots.entities_by_type(analysis.named_entities)"),
        ("code", '''# Checks that keep this notebook honest when it is rerun on another article.
assert analysis.article.text, "the article has no text"
assert set(analysis.named_entities["type"]) <= set(render.TYPE_COLORS) | {"PRODUCT", "WORK_OF_ART", "LANGUAGE"}'''),
    ],
    "01_sourcing": [
        ("md", "# 01 · Sourcing: who is talking\n\nEvery statement, belief or intention the article ascribes to "
               "someone: the **source** (with its modifiers), the **cue** (the verb group or phrase that introduces it) "
               "and the **content**, direct or paraphrased. Spans follow PolNeAR's annotation guidelines; each row says "
               "which rule found it and how confident it is (for a verb and what it governs, the probability that "
               "the cue model, trained on PolNeAR, gives the verb being a cue in its sentence)."),
        ("params", PARAMS),
        ("code", LOAD),
        ("md", "## In one sentence"),
        ("code", """from newslens import sourcing
display(Markdown(render.esc(sourcing.summary(analysis.records["attributions"]))))"""),
        ("md", "## Attributions\n\n`kind` is one of named_person, named_org, anonymous, outlet, document. A quote with no "
               "speaker in its own sentence is given to the previous speaker (`quote_continuation`), and the turns of an "
               "interview set out with dashes to the people its lead names (`interview_turn`); the source column then "
               "shows that speaker in brackets. A pronoun or a description (\"he\", \"I\" in a transcript turn, \"the "
               "minister\") is followed by the name of the person or body it stands for, where the text lets us tell. "
               "`side` is the country the source speaks for where the text or the gazetteer says so, or the body "
               "of several countries (the EU, NATO, the UN, the African Union) or the armed group (Hamas, the "
               "Houthis) it speaks for; a source of "
               "several parts from different countries (\"the Indian and US ministers\") speaks for all of them, joined "
               "with +."),
        ("code", "analysis.attributions.fillna(\"\")"),
        ("md", "## The text, with sources, cues and content marked\n\nHover a mark for the attribution's id, rule and quote type."),
        ("code", """display(HTML(render.legend(render.ROLE_COLORS)))
display(HTML(render.highlight(article.text, render.attribution_spans(analysis), render.ROLE_COLORS, article.paragraphs)))"""),
        ("md", "## The sourcing mix"),
        ("code", "_ = plots.sourcing_overview(analysis.attributions)"),
        ("code", """# Checks that keep this notebook honest when it is rerun on another article.
df = analysis.attributions
assert df.empty or set(df["kind"].dropna()) <= {"named_person", "named_org", "anonymous", "outlet", "document"}
assert df.empty or set(df["quote"]) <= {"direct", "indirect", "mixed"}"""),
    ],
    "03_agreements": [
        ("md", "# 03 · Agreements: which pacts, in what state\n\nEvery treaty, pact, memorandum, annex and deal the article "
               "names, under one canonical name (old names and acronyms included), and those it only describes (\"an "
               "agreement on patrolling\", \"a trade deal\": marked *described, not named* in the notes), with the status "
               "the article reports **at its date** (signed, ready_to_sign, under_negotiation, proposed, mentioned) and "
               "the words that say so. "
               "Where the project's record (`data/agreements.csv`) knows the agreement, its signing date and source are shown beside it."),
        ("params", PARAMS),
        ("code", LOAD),
        ("md", "## The agreements"),
        ("code", "analysis.agreements.fillna(\"\")"),
        ("md", "## The article beside the record\n\nThe coloured dot is what the article reports at its date; the black "
               "diamond is when the record says the agreement was signed. A dot that is not green before a diamond is a "
               "story the record later overtook; one after a diamond is an article that lags the record."),
        ("code", "_ = plots.agreement_timeline(analysis.records[\"agreements\"], article.date)"),
        ("md", "## Evidence in the text"),
        ("code", """spans = [(a["evidence"]["start"], a["evidence"]["end"], a["status"], a["name"]) for a in analysis.records["agreements"]]
display(HTML(render.legend(plots.STATUS_COLORS)))
display(HTML(render.highlight(article.text, spans, plots.STATUS_COLORS, article.paragraphs)))"""),
        ("md", "## The record\n\nThe signing date, place and public source of each agreement this article names that the "
               "project's record (`data/agreements.csv`) knows."),
        ("code", """from newslens import agreements
known = {a["reference"]["id"] for a in analysis.records["agreements"] if a.get("reference")}
record = agreements.record_frame()
record = record[record["id"].isin(known)][["name", "full_name", "parties", "kind", "date_signed", "place", "source"]]
if record.empty:
    display(Markdown(f"The record ({len(agreements.records())} agreements) knows none of the agreements this article names."))
else:
    display(record)"""),
        ("code", """# Checks that keep this notebook honest when it is rerun on another article.
assert set(analysis.agreements["status"]) <= {"signed", "ready_to_sign", "under_negotiation", "proposed", "mentioned"}"""),
    ],
    "02_claims": [
        ("md", "# 02 · Claims: what is asserted, by whom, how sure\n\nEvery assertion of the article, ranked by how much a "
               "fact-checker should look at it first (`checkworthy`, 0 to 1: specific, checkable, consequential and "
               "unattributed or anonymously sourced claims rank high; opinion and scheduling low). Each row says who makes "
               "the claim (a source, or the outlet's own voice), how it is hedged, and the numbers and dates it rests on, "
               "with dates resolved against the article's date."),
        ("params", PARAMS),
        ("code", LOAD),
        ("md", "## Verify first"),
        ("code", """from newslens import claims
for c in claims.verify_first(analysis.records["claims"], 5):
    display(Markdown(f"- **{c['checkworthy']:.2f}** · {c['kind']} · {render.esc(c['text'])}"))"""),
        ("md", "## All claims, ranked"),
        ("code", "analysis.claims.fillna(\"\")"),
        ("md", "## Own voice or attributed"),
        ("code", "_ = plots.claims_by_voice(analysis.claims)"),
        ("md", "## Quantities and dates\n\nAmounts are normalised (crore = 10^7, lakh = 10^5; $ and USD as USD); dates are "
               "resolved against the article date, looking forward for plans and back for events (\"?\" where one cannot be, as "
               "when the article has no date)."),
        ("code", "claims.numbers_frame(analysis.records[\"claims\"])"),
        ("md", "## Repeats\n\nClaims the article makes twice (a lead repeated as the last paragraph, for instance)."),
        ("code", """df = analysis.claims
df[df["repeat_of"].notna()][["id", "claim", "repeat_of"]]"""),
        ("code", """# Checks that keep this notebook honest when it is rerun on another article.
assert analysis.claims.empty or analysis.claims["checkworthy"].between(0, 1).all()
assert set(analysis.claims["kind"]) <= {"event", "plan", "quantity", "evaluation", "position", "background"}"""),
    ],
    "04_positions": [
        ("md", "# 04 · Policy positions: who stands where on what\n\nEach row is an actor (a government, or the people, "
               "bodies and sources that speak for it, or a body of no one country such as NATO), a target (a country, deal, weapon system, law or issue) and a stance "
               "(support, oppose, threaten, concede, negotiate), with the event-coding category of the words that say it "
               "(`action`: SUPPORT, DEMAND, THREATEN, COERCE, REJECT, YIELD, CONSULT ...) and the evidence. A position voiced "
               "inside a quote carries the attribution that reports it."),
        ("params", PARAMS),
        ("code", LOAD),
        ("md", "## In a few sentences"),
        ("code", """from newslens import positions
for line in positions.summary(analysis.records["positions"]):
    display(Markdown("- " + render.esc(line)))"""),
        ("md", "## Positions, with evidence and source"),
        ("code", "analysis.positions.fillna(\"\")"),
        ("md", "## Actor × target"),
        ("code", "_ = plots.stance_matrix(analysis.positions)"),
        ("md", "## The picture as a network"),
        ("code", "_ = plots.stance_network(analysis.positions)"),
        ("code", """# Checks that keep this notebook honest when it is rerun on another article.
assert set(analysis.positions["stance"]) <= {"support", "oppose", "threaten", "concede", "negotiate"}"""),
    ],
    "05_corpus": [
        ("md", "# 05 · The corpus: many articles side by side\n\nSourcing, agreements and stances compared across "
               "articles and outlets. `article_paths` takes files and folders; by default the seed folder. Rerun with "
               "`newslens report FOLDER` to build this page over your own articles."),
        ("params", "# Parameters (papermill replaces this cell's values). None means the seed folder.\narticle_paths = None"),
        ("code", """import newslens
import pandas as pd
from IPython.display import HTML, Markdown, display
from newslens import config, corpus, plots, render

pd.set_option("display.max_colwidth", 200)
analyses = corpus.analyze_corpus(article_paths or [config.SEEDS_DIR])
display(Markdown(f"**{len(analyses)} article(s)**"))"""),
        ("md", "## The articles"),
        ("code", "corpus.articles_table(analyses).fillna(\"\")"),
        ("md", "## Who is quoted, article by article and outlet by outlet"),
        ("code", "_ = plots.stacked_counts(corpus.sources_by_article(analyses), \"Attributions by source kind, per article (date order)\", plots.KIND_COLORS)"),
        ("code", "_ = plots.stacked_counts(corpus.sourcing_by_outlet(analyses), \"Sourcing mix by outlet\", plots.KIND_COLORS)"),
        ("md", "## Entities over time\n\nMentions of the most mentioned people, places, bodies, weapons and agreements, per article."),
        ("code", "corpus.entities_over_time(analyses)"),
        ("md", "## Agreements across articles, beside the record\n\nAn agreement reported under discussion in one year and "
               "signed in a later one shows as a dot changing colour; the black diamond is the record's signing date."),
        ("code", """status = corpus.agreement_status(analyses)
_ = plots.corpus_agreements(status)"""),
        ("code", "status.fillna(\"\")"),
        ("md", "## Stances that change between articles"),
        ("code", "corpus.stance_changes(analyses).fillna(\"\")"),
        ("code", """# Checks that keep this notebook honest when it is rerun on other articles.
assert len(analyses) >= 1, "no readable article"
"""),
    ],
}


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        nbformat.write(nb(name, cells), HERE / f"{name}.ipynb")
        print("wrote", HERE / f"{name}.ipynb")


if __name__ == "__main__":
    main()
