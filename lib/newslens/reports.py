"""Rerun the notebooks on articles (papermill) and render them to self-contained HTML (nbconvert).

``newslens report PATH... --out reports/`` writes, for each article, one HTML page per
article notebook (00-04) under ``reports/<article id>/``, the corpus notebook (05) over all
articles, and ``reports/index.html``. One bad article is reported and skipped; the exit status
is non-zero if any failed.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import config
from .articles import Article, iter_load
from .errors import InputError, NewslensError
from .io import atomic_write_text
from .render import esc

ARTICLE_NOTEBOOK = re.compile(r"^0[0-4]_.+\.ipynb$")
CORPUS_NOTEBOOK = "05_corpus.ipynb"
_EXTERNAL_SCRIPT = re.compile(r"<script[^>]*\bsrc=[\"']?(?:https?:)?//[^>]*>\s*</script>", re.IGNORECASE)
_EXTERNAL_LINK = re.compile(r"<link[^>]*\bhref=[\"']?(?:https?:)?//[^>]*>", re.IGNORECASE)
_MATHJAX_BLOCK = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL)


@dataclass
class ReportResult:
    """What happened to one article."""

    article_id: str
    pages: dict[str, str] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def article_notebooks() -> list[Path]:
    return sorted(p for p in config.NOTEBOOKS_DIR.glob("*.ipynb") if ARTICLE_NOTEBOOK.match(p.name))


def make_self_contained(html: str) -> str:
    """Drop everything that would load from the network (require.js, MathJax, fonts, CDNs)."""
    html = _MATHJAX_BLOCK.sub("", html)
    html = _EXTERNAL_SCRIPT.sub("", html)
    html = _EXTERNAL_LINK.sub("", html)
    return html


def render_html(notebook: Any, *, with_code: bool = False) -> str:
    """An executed notebook as one HTML page with images embedded and nothing fetched."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = not with_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.mathjax_url = ""
    exporter.require_js_url = ""
    body, _ = exporter.from_notebook_node(notebook)
    return make_self_contained(body)


#: What jupyter_client says when a kernel fails to start (several starting at once on a busy
#: machine may collide on their ports): the notebook never ran, so it is started again.
_KERNEL_START_FAILURES = ("Kernel died before replying to kernel_info", "Kernel didn't respond in")
KERNEL_START_ATTEMPTS = 3


#: The kernels' own log stays quiet: it says on every run that the kernel talks over local TCP
#: without encryption, and now and then that the interrupt jupyter_client sends a kernel as it
#: shuts it down was caught. An error in a cell still fails the notebook, with its traceback.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]


def execute(notebook: Path, parameters: dict[str, Any]) -> Any:
    """Run a notebook through papermill with ``parameters``; return the executed notebook. A
    kernel that fails to start is started again (``KERNEL_START_ATTEMPTS`` in all); an error in
    a cell is not retried."""
    import nbformat
    import papermill

    attempt = 1
    while True:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / notebook.name
            try:
                papermill.execute_notebook(
                    str(notebook), str(out), parameters=parameters, kernel_name="python3",
                    cwd=str(notebook.parent), progress_bar=False, log_output=False,
                    extra_arguments=KERNEL_ARGUMENTS,
                )
                return nbformat.read(out, as_version=4)
            except RuntimeError as exc:
                if attempt >= KERNEL_START_ATTEMPTS or not any(m in str(exc) for m in _KERNEL_START_FAILURES):
                    raise
                attempt += 1


def _article_input(article: Article, workdir: Path, single_in_file: bool) -> str:
    """A path the notebooks can load: the file itself (when it holds this article alone, under
    the id it gives it), or the record written out alone, with the warnings its reading gave and
    the file it came from."""
    if single_in_file and article.path and article.id == Path(article.path).stem:
        return str(Path(article.path).resolve())
    path = workdir / f"{article.id}.json"
    rec = {k: getattr(article, k) for k in ("id", "title", "date", "outlet", "url", "text", "warnings", "path")}
    atomic_write_text(path, json.dumps(rec, ensure_ascii=False))
    return str(path)


def _safe_id(article_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", article_id) or "article"


def summarize(article_path: str) -> dict[str, Any]:
    """The index row of one article."""
    from .analysis import analyze
    from .articles import load
    from .corpus import source_kind

    a = analyze(load(article_path))
    atts = a.records.get("attributions", [])
    anon = sum(source_kind(r) == "anonymous" for r in atts)
    return {
        "id": a.article.id,
        "title": a.article.title,
        "date": a.article.date,
        "outlet": a.article.outlet,
        "attributions": len(atts),
        "share_anonymous": (anon / len(atts)) if atts else None,
        "agreements": [f"{g['name']}: {g['status']}" for g in a.records.get("agreements", [])],
        "positions": len(a.records.get("positions", [])),
        "warnings": len(a.article.warnings),
    }


def index_html(results: list[ReportResult], corpus_page: str | None) -> str:
    """The index page: one row per article, escaped."""
    rows = []
    for r in results:
        s = r.summary
        if r.error:
            rows.append(f"<tr><td>{esc(r.article_id)}</td><td colspan='7' class='err'>failed: {esc(r.error)}</td></tr>")
            continue
        share = "" if s.get("share_anonymous") is None else f"{100 * s['share_anonymous']:.0f}%"
        links = " · ".join(f"<a href='{esc(href)}'>{esc(name.split('_', 1)[-1])}</a>" for name, href in r.pages.items())
        rows.append(
            "<tr>"
            f"<td>{esc(s.get('title') or r.article_id)}<br><small>{esc(r.article_id)}</small></td>"
            f"<td>{esc(s.get('date') or '')}</td><td>{esc(s.get('outlet') or '')}</td>"
            f"<td>{esc(s.get('attributions'))}</td><td>{esc(share)}</td>"
            f"<td>{'<br>'.join(esc(x) for x in s.get('agreements', []))}</td>"
            f"<td>{esc(s.get('positions'))}</td><td>{links}</td>"
            "</tr>"
        )
    corpus = f"<p><a href='{esc(corpus_page)}'>Corpus view (05)</a> over all articles.</p>" if corpus_page else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newslens reports</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<style>body{{font-family:sans-serif;margin:2em;max-width:80em}} table{{border-collapse:collapse}}
td,th{{border-bottom:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}} .err{{color:#a00}}</style>
</head><body><h1>newslens reports</h1>{corpus}
<table><thead><tr><th>article</th><th>date</th><th>outlet</th><th>attributions</th><th>anonymous</th>
<th>agreements (status)</th><th>positions</th><th>pages</th></tr></thead><tbody>
{''.join(rows)}
</tbody></table></body></html>
"""


def _run_one(task: tuple[str, str, str, bool]) -> tuple[str, str | None]:
    """Worker: execute one notebook on one article and write its HTML page. (page, error)"""
    nb_path, art_path, page, with_code = task
    try:
        executed = execute(Path(nb_path), {"article_path": art_path})
        atomic_write_text(page, render_html(executed, with_code=with_code))
        return page, None
    except Exception as exc:  # noqa: BLE001 - reported per article, never stops the batch
        lines = [x for x in str(exc).strip().splitlines() if x.strip()]
        return page, (lines[-1] if lines else type(exc).__name__)


def run_reports(paths: list[str], *, out: Path, with_code: bool = False, workers: int = 1, jobs: int | None = None) -> int:
    """Run every article notebook on every article, render HTML, write the index. Exit status.

    Articles are parsed once, up front (``nlp.pipe``, ``workers`` processes), into the parse
    cache the notebooks then read; notebooks run ``jobs`` at a time (default: the CPU count).
    """
    import os
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing as mp

    from tqdm import tqdm

    from .analysis import analyze_many

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    items = list(iter_load(paths))
    per_file: dict[str, int] = {}  # items of each file (a bad record of a file of records counts too)
    for it in items:
        if it.path:
            per_file[it.path] = per_file.get(it.path, 0) + 1
    good = [it for it in items if isinstance(it, Article)]
    # parse everything once; the notebooks' kernels then read the cache
    print(f"newslens: parsing {len(good)} article(s)", file=sys.stderr)
    for _ in analyze_many(good, n_process=workers, on_error=lambda err: None):
        pass  # (an article a step fails on is reported below, by its own summary)
    notebooks = article_notebooks()
    results: list[ReportResult] = []
    ok_inputs: list[str] = []
    tasks: list[tuple[str, str, str, bool]] = []
    by_page: dict[str, ReportResult] = {}
    workdir = out / "_inputs"
    for it in items:
        if isinstance(it, InputError):
            print(f"newslens: skipped {it}", file=sys.stderr)
            results.append(ReportResult(Path(it.path).stem, error=it.detail))
            continue
        res = ReportResult(it.id)
        results.append(res)
        try:
            art_path = _article_input(it, workdir, per_file.get(it.path or "", 0) == 1)
            res.summary = summarize(art_path)
        except (NewslensError, Exception) as exc:  # noqa: BLE001
            res.error = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            print(f"newslens: failed {it.id}: {res.error}", file=sys.stderr)
            continue
        folder = out / _safe_id(it.id)
        for nb in notebooks:
            page = str(folder / f"{nb.stem}.html")
            tasks.append((str(nb), art_path, page, with_code))
            by_page[page] = res
            res.pages[nb.stem] = f"{folder.name}/{nb.stem}.html"
        ok_inputs.append(art_path)
    jobs = max(1, jobs or os.cpu_count() or 1)
    bar = tqdm(total=len(tasks), desc="notebooks", unit="page", disable=len(tasks) < 2, file=sys.stderr)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("spawn")) as pool:
        for page, err in pool.map(_run_one, tasks):
            bar.update(1)
            if err:
                res = by_page[page]
                res.error = res.error or err
                print(f"newslens: failed {res.article_id} ({Path(page).stem}): {err}", file=sys.stderr)
    bar.close()
    for r in results:
        if r.error:
            ok_inputs = [p for p in ok_inputs if Path(p).stem != r.article_id]
    corpus_page = None
    corpus_nb = config.NOTEBOOKS_DIR / CORPUS_NOTEBOOK
    if corpus_nb.exists() and ok_inputs:
        try:
            executed = execute(corpus_nb, {"article_paths": ok_inputs})
            atomic_write_text(out / "05_corpus.html", render_html(executed, with_code=with_code))
            corpus_page = "05_corpus.html"
        except Exception as exc:  # noqa: BLE001
            print(f"newslens: corpus notebook failed: {exc}", file=sys.stderr)
    atomic_write_text(out / "index.html", index_html(results, corpus_page))
    failed = [r for r in results if r.error]
    print(f"newslens: {len(results) - len(failed)} article(s) reported, {len(failed)} failed; "
          f"open {out / 'index.html'}", file=sys.stderr)
    return 1 if failed else 0
