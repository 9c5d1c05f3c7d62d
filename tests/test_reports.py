"""`newslens report`: several articles, one bad one, the cache, exit status, the index, escaping,
self-contained pages, and a real headless Chromium looking at the result."""
from __future__ import annotations

import re
import shutil

import pytest

import newslens
from newslens import config, reports
from newslens.reports import index_html, make_self_contained, run_reports, ReportResult

# (the loader takes out the markup of a text with two or more tags of a news page, so the text
# holds one such tag, tags of no news page, and a script written as entities, which it decodes:
# all of it reaches the pages as text, which must be escaped)
PAYLOAD = (
    "<script>document.title='PWNED';window.__pwned=1</script> Pact <img src=x onerror=\"window.__pwned=2\">\n\n"
    "date 2020-01-02 India and Russia signed the S-400 deal, officials said. "
    "<iframe src=\"javascript:window.__pwned=3\">click me</iframe> The deal was worth $5 billion.\n\n"
    "“<script>window.__pwned=4</script> We will never abandon the deal,” the minister said. "
    "&lt;script&gt;window.__pwned=5&lt;/script&gt;"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "payload.txt").write_text(PAYLOAD, encoding="utf-8")
    shutil.copy(config.default_seed(), inputs / "seed.txt")
    (inputs / "bad.json").write_text("{not json", encoding="utf-8")
    # a file of records with one bad record: the good one is reported, the bad one named
    (inputs / "mixed.jsonl").write_text('{"id": "mixed-good", "text": "The minister said the talks went well."}\n'
                                        '{"id": "mixed-bad", "title": "no text"}\n', encoding="utf-8")
    out = root / "reports"
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWSLENS_CACHE", str(root / "cache"))
    code = run_reports([str(inputs)], out=out)
    yield {"root": root, "out": out, "code": code, "inputs": inputs}
    mp.undo()


def test_exit_status_and_bad_article_reported(built):
    assert built["code"] == 1  # one input failed
    index = (built["out"] / "index.html").read_text(encoding="utf-8")
    assert "bad" in index and "malformed JSON" in index
    assert "seed" in index and "payload" in index
    assert "<td>mixed</td>" in index and "line 2: record has no" in index


def test_pages_for_every_good_article(built):
    for aid in ("payload", "seed", "mixed-good"):
        pages = sorted(p.name for p in (built["out"] / aid).glob("*.html"))
        assert pages == ["00_article.html", "01_sourcing.html", "02_claims.html", "03_agreements.html", "04_positions.html"]
    assert (built["out"] / "05_corpus.html").exists()


def test_the_payload_reaches_the_analysis_with_its_markup():
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "payload.txt"
        path.write_text(PAYLOAD, encoding="utf-8")
        text = newslens.load(path).text
    for raw in ("<script>document.title='PWNED'", "<img src=x", '<iframe src="javascript:',
                "window.__pwned=4</script>", "<script>window.__pwned=5</script>"):
        assert raw in text


def test_article_text_is_escaped_everywhere(built):
    for page in built["out"].rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>document.title='PWNED'" not in html, page
        assert "window.__pwned=4</script>" not in html, page
        assert "<img src=x" not in html, page
        assert '<iframe src="javascript:' not in html.lower(), page
        assert "window.__pwned=5</script>" not in html, page


def test_pages_load_nothing_from_the_network(built):
    for page in built["out"].rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I), page


def test_cache_means_no_reparse(built, monkeypatch):
    monkeypatch.setenv("NEWSLENS_CACHE", str(built["root"] / "cache"))
    assert list((built["root"] / "cache" / "docs").glob("*.spacy"))

    def boom(*a, **k):
        raise AssertionError("reparsed")

    monkeypatch.setattr(newslens.analysis, "parse", boom)
    a = newslens.analyze(built["inputs"] / "seed.txt")
    assert a.records["entities"]


def test_index_escapes_titles():
    html = index_html([ReportResult("x<y", summary={"title": "<script>alert(1)</script>", "agreements": []})], None)
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_make_self_contained_drops_remote_scripts():
    html = '<script src="https://cdn.example/require.js"></script><link rel="stylesheet" href="https://x/y.css"><p>ok</p>'
    assert make_self_contained(html) == "<p>ok</p>"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_in_headless_chromium(built):
    sync_api = pytest.importorskip("playwright.sync_api")
    pages = sorted(built["out"].rglob("*.html"))
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            for page_path in pages:
                page = browser.new_page(viewport={"width": 1300, "height": 900})
                requests, errors, dialogs = [], [], []
                page.on("request", lambda r: requests.append(r.url))
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                page.goto(page_path.as_uri())
                page.wait_for_load_state("load")
                assert all(u.startswith(("file://", "data:")) for u in requests), (page_path, requests)
                assert errors == [], (page_path, errors)
                assert page.evaluate("typeof window.__pwned") == "undefined", page_path
                assert page.title() != "PWNED" and dialogs == []
                sizes = page.evaluate("Array.from(document.images).map(i => [i.naturalWidth, i.getBoundingClientRect().width])")
                assert all(w > 0 and bw > 0 for w, bw in sizes), (page_path, sizes)
                if page_path.name in ("index.html", "01_sourcing.html") or page_path.parent.name == "payload":
                    shot = built["out"] / f"screenshot-{page_path.parent.name}-{page_path.stem}.png"
                    page.screenshot(path=str(shot), full_page=True)
                    assert shot.stat().st_size > 1000
                page.close()
        finally:
            browser.close()
    # the payload's pages have plots, so images were really checked somewhere
    assert any("<img" in p.read_text(encoding="utf-8") for p in pages)


def _fake_papermill(monkeypatch, errors):
    """papermill.execute_notebook raising ``errors`` in turn, then writing an empty notebook."""
    import nbformat
    import papermill

    calls = []

    def fake(src, dst, **kw):
        calls.append(src)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        nbformat.write(nbformat.v4.new_notebook(), dst)

    monkeypatch.setattr(papermill, "execute_notebook", fake)
    return calls


def test_a_kernel_that_fails_to_start_is_started_again(monkeypatch, tmp_path):
    from newslens import reports
    calls = _fake_papermill(monkeypatch, [RuntimeError("Kernel died before replying to kernel_info")])
    assert reports.execute(tmp_path / "n.ipynb", {}).cells == []
    assert len(calls) == 2
    calls = _fake_papermill(monkeypatch, [RuntimeError("Kernel died before replying to kernel_info")] * 5)
    with pytest.raises(RuntimeError):
        reports.execute(tmp_path / "n.ipynb", {})
    assert len(calls) == reports.KERNEL_START_ATTEMPTS


def test_an_error_in_a_cell_is_not_retried(monkeypatch, tmp_path):
    from newslens import reports
    calls = _fake_papermill(monkeypatch, [RuntimeError("a cell raised this")])
    with pytest.raises(RuntimeError):
        reports.execute(tmp_path / "n.ipynb", {})
    assert len(calls) == 1


def test_a_notebook_run_keeps_the_kernels_log_off_the_console(tmp_path, capfd):
    """The kernel's own log (a warning about local TCP on every start) does not reach the
    terminal of someone running ``make report``; what the notebook computes still comes back."""
    import nbformat

    from newslens.reports import execute

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("article_path = None", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print(6 * 7)")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "tiny.ipynb"
    nbformat.write(nb, path)
    executed = execute(path, {"article_path": "x"})
    assert executed.cells[-1].outputs[0]["text"].strip() == "42"
    assert "IPKernelApp" not in capfd.readouterr().err


def test_an_article_written_out_for_the_notebooks_keeps_its_warnings_and_its_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "<p>The envoy said the talks had failed.</p><p>Officials agreed.</p>"}\n'
                    '{"text": "The minister said the truce held."}\n', encoding="utf-8")
    first = newslens.load_many(feed)[0]
    assert "the text held HTML tags; they were taken out" in first.warnings
    written = reports._article_input(first, tmp_path / "_inputs", single_in_file=False)
    again = newslens.load(written)
    assert again.warnings == first.warnings and again.path == str(feed) and again.text == first.text
