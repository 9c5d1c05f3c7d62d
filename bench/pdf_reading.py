"""How well newslens reads an article back from a PDF: the seed and the shared articles are
printed to PDF by Chromium in several page layouts, loaded again, and compared with the text
they were printed from.

    .venv/bin/python bench/pdf_reading.py [--articles ../shared/articles] [--layouts spaced,columns]
                                          [--chromium chromium] [--keep DIR]

Prints, for each layout:
- titles read right (the printed headline, which may wrap over two lines);
- paragraphs read back: cut inside (a paragraph split in two: the worst error, it splits a
  sentence), merged (two paragraphs or more read as one, where nothing on the page tells them
  apart), and exact;
- records of the analysis the same as from the text printed (the headline and the paragraphs,
  with the article's date and outlet): attributions (source, cue, content start), agreements
  (name, status) and positions (actor, stance, target).
Chromium is needed (Debian's package `chromium`; `.ci/run` installs it); nothing is downloaded.
"""
from __future__ import annotations

import argparse
import dataclasses
import html
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import newslens
from newslens import config
from newslens.articles import paragraph_spans

#: Page layouts: CSS for the printed page, and whether Chromium prints its own header and footer
#: (date, title, address, page numbers) as a browser's "Print to PDF" does.
LAYOUTS = {
    "spaced": ("body{font-family:serif;font-size:11pt} p{margin:0 0 .8em 0}", True),
    "large": ("body{font-family:sans-serif;font-size:17pt} p{margin:0 0 .6em 0;text-align:justify}", True),
    "indented": ("body{font-family:serif;font-size:12pt} p{margin:0;text-indent:2em;text-align:justify}", False),
    "flat": ("body{font-family:serif;font-size:12pt} p{margin:0}", False),
    "columns": ("body{font-family:serif;font-size:13pt} p{margin:0 0 .5em 0;text-align:justify} "
                ".b{column-count:2;column-gap:1cm}", False),
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _printed(article: newslens.Article) -> newslens.Article:
    """The article as it is printed: its headline (when it has one) and its paragraphs, each on
    one line, with the same metadata."""
    paragraphs = [_norm(article.text[s:e]) for s, e in article.paragraphs]
    if article.title and paragraphs and paragraphs[0] != _norm(article.title):
        paragraphs = [_norm(article.title)] + paragraphs
    text = "\n\n".join(paragraphs)
    return dataclasses.replace(article, text=text, paragraphs=paragraph_spans(text), warnings=[])


def _page(article: newslens.Article, css: str) -> str:
    """The printed article as a web page: the headline in large type, then the paragraphs."""
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    title = article.title or ""
    head = f"<h1>{html.escape(paragraphs.pop(0))}</h1>" if title else ""
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title><style>{css}</style></head>"
            f"<body>{head}<div class=b>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            + "</div></body></html>")


def _paragraph_counts(want: list[str], got: list[str]) -> Counter[str]:
    """How the paragraphs read back (``got``) stand to those printed (``want``), in order."""
    counts: Counter[str] = Counter()
    i = 0
    for g in got:
        k, joined = i, ""
        while k < len(want) and len(joined) < len(g):
            joined = _norm(joined + " " + want[k])
            k += 1
        if joined == g:
            counts["merged" if k - i > 1 else "exact"] += 1
            i = k
        else:
            counts["cut inside"] += 1
            i = next((j for j in range(i, len(want)) if g[:30] in want[j]), i) + 1
    return counts


def _records(analysis: newslens.Analysis) -> dict[str, Counter]:
    text = analysis.article.text
    span = lambda v: text[v["start"]:v["end"]] if isinstance(v, dict) and "start" in v else None  # noqa: E731
    recs = analysis.records
    return {
        "attributions": Counter((span(r.get("source")), span(r.get("cue")), (span(r.get("content")) or "")[:40])
                                for r in recs["attributions"]),
        "agreements": Counter((r.get("name"), r.get("status")) for r in recs["agreements"]),
        "positions": Counter(((r.get("actor") or {}).get("name"), r.get("stance"), (r.get("target") or {}).get("name"))
                             for r in recs["positions"]),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default=str(config.PROJECT_ROOT.parent / "shared" / "articles"))
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--chromium", default="chromium")
    ap.add_argument("--keep", help="keep the printed pages in this folder")
    args = ap.parse_args()
    chromium = shutil.which(args.chromium)
    if chromium is None:
        print(f"pdf_reading: {args.chromium} not found (install Debian's chromium)", file=sys.stderr)
        return 2
    sources = [config.default_seed()] + sorted(Path(args.articles).glob("*.txt"))
    articles = [_printed(a) for p in sources for a in newslens.load_many(p)]
    originals = {a.id: _records(newslens.analyze(a)) for a in articles}
    folder = Path(args.keep or tempfile.mkdtemp(prefix="newslens-pdf-"))
    print(f"{len(articles)} articles (the seed and {args.articles}), printed by {chromium}\n")
    print(f"{'layout':<10} {'titles':>7} {'paragraphs':>11} {'exact':>6} {'merged':>7} {'cut':>4}   "
          f"{'attributions':>14} {'agreements':>12} {'positions':>12}")
    for layout in args.layouts.split(","):
        css, header = LAYOUTS[layout]
        out = folder / layout
        out.mkdir(parents=True, exist_ok=True)
        titles, paragraphs, same, total = 0, Counter(), Counter(), Counter()
        for article in articles:
            page = out / f"{article.id}.html"
            page.write_text(_page(article, css), encoding="utf-8")
            pdf = out / f"{article.id}.pdf"
            cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}"]
            subprocess.run(cmd + ([] if header else ["--no-pdf-header-footer"]) + [page.resolve().as_uri()],
                           check=True, capture_output=True, timeout=120)
            # (the date and the outlet are the article's metadata, which a print-out does not carry)
            read = dataclasses.replace(newslens.load(pdf), date=article.date, outlet=article.outlet)
            titles += _norm(read.title or "") == _norm(article.title or "")
            want = [article.text[s:e] for s, e in article.paragraphs]
            paragraphs += _paragraph_counts(want, [_norm(read.text[s:e]) for s, e in read.paragraphs])
            for kind, got in _records(newslens.analyze(read)).items():
                total[kind] += sum(originals[article.id][kind].values())
                same[kind] += sum((got & originals[article.id][kind]).values())
        n = sum(paragraphs.values())
        cells = " ".join(f"{same[k]:>6}/{total[k]:<{w}}" for k, w in
                         (("attributions", 7), ("agreements", 5), ("positions", 5)))
        print(f"{layout:<10} {titles:>3}/{len(articles):<3} {n:>11} {paragraphs['exact']:>6} "
              f"{paragraphs['merged']:>7} {paragraphs['cut inside']:>4}   {cells}")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
