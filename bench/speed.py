"""Speed and memory of newslens against bare spaCy, on the same texts in the same run.

    .venv/bin/python bench/speed.py [--articles ../shared/articles] [--repeat 5]
                                    [--workers 2] [--report] [--memory 500,1000,2000]

Prints:
- words/s of bare ``nlp.pipe`` (the English model alone) and of ``analyze`` end to end (model,
  project components, every concern), in CPU seconds of this process, best of three
  alternating runs; and ``analyze`` with ``--workers`` processes in wall time, scaled to the
  same clock (wall time on this machine swings by a quarter with other load);
- where ``analyze`` spends its time, step by step (sourcing among them);
- with ``--report``: the wall time of ``newslens report`` over the articles folder;
- with ``--memory``: peak resident memory of a fresh process analysing N articles (the
  articles repeated) while streaming results to JSON Lines, for each N.
Nothing here is cached: every parse is a real parse.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

import newslens
from newslens import analysis as AN
from newslens import config
from newslens.entities import acronym_records, build_entities
from newslens.pipeline import build, make_doc


def _stream_job(paths: list[str], n: int, out: str) -> None:
    """Child process: analyse n articles (cycling over paths), one JSON line each."""
    base = newslens.load_many(paths)

    def items():
        for i in range(n):
            a = base[i % len(base)]
            yield newslens.Article(id=f"{a.id}-{i}", text=a.text, date=a.date, outlet=a.outlet,
                                   paragraphs=a.paragraphs)

    with open(out, "w", encoding="utf-8") as fh:
        for an in AN.analyze_many(items(), cache=False):
            fh.write(json.dumps(an.to_dict(), ensure_ascii=False) + "\n")


def peak_memory_mb(paths: list[str], n: int) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of a fresh process streaming n analyses to a JSONL file."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        code = (f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parent)!r}); "
                f"import speed, resource; speed._stream_job({paths!r}, {n}, {out!r}); "
                f"print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
        t0 = time.perf_counter()
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return int(res.stdout.strip().splitlines()[-1]) / 1024, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default=str(config.PROJECT_ROOT.parent / "shared" / "articles"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--report", action="store_true", help="also time `newslens report` over --articles")
    ap.add_argument("--memory", default="", help="comma-separated article counts for the memory test")
    args = ap.parse_args()
    sources = [str(config.SEEDS_DIR)] + ([args.articles] if Path(args.articles).exists() else [])
    arts = newslens.load_many(sources) * args.repeat
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(arts)} articles, {words:,} words (model {config.model_name()}, {os.cpu_count()} cores)")

    bare = spacy.load(config.model_name())
    ours = build()
    comp = ours.get_pipe("newslens_entities")
    list(bare.pipe(texts[:5]))
    list(AN.analyze_many(arts[:5], cache=False))

    def timed(fn) -> float:
        """CPU seconds of this process (wall time here swings by a quarter with other load)."""
        t0 = time.process_time()
        fn()
        return time.process_time() - t0

    def wall(fn) -> float:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    # end to end, alternating bare and ours and keeping the faster of each
    t_bare = t_e2e = float("inf")
    for _ in range(3):
        t_bare = min(t_bare, timed(lambda: list(bare.pipe(texts, batch_size=16))))
        t_e2e = min(t_e2e, timed(lambda: sum(1 for _ in AN.analyze_many(arts, cache=False))))
    rows = [("bare nlp.pipe", t_bare), ("analyze, end to end", t_e2e)]
    if args.workers > 1:
        t_wall_bare = wall(lambda: list(bare.pipe(texts, batch_size=16)))
        rows.append((f"analyze, {args.workers} processes (wall)",
                     wall(lambda: sum(1 for _ in AN.analyze_many(arts, n_process=args.workers, cache=False)))
                     * t_bare / t_wall_bare))
    print(f"\n{'(CPU seconds)':<28}{'seconds':>10}{'words/s':>12}{'vs bare':>10}")
    for label, t in rows:
        print(f"{label:<28}{t:>10.2f}{words / t:>12,.0f}{t_bare / t:>10.2f}")

    # where the time goes: the model, our component, each concern (measured one by one)
    docs: list = []
    stage = {"spaCy model": timed(lambda: docs.extend(ours.pipe(
        (make_doc(ours, a.text, a.date) for a in arts), batch_size=16, disable=["newslens_entities"])))}
    stage["entity component"] = timed(lambda: [comp(d) for d in docs])
    stage["entities"] = 0.0
    for a, doc in zip(arts, docs):
        t = time.perf_counter()
        records = {"entities": build_entities(doc), "acronyms": acronym_records(doc)}
        stage["entities"] += time.perf_counter() - t
        for name, fn in AN.EXTRACTORS:
            t = time.perf_counter()
            records[name] = fn(doc, a, records)
            stage[name] = stage.get(name, 0.0) + time.perf_counter() - t
    total = sum(stage.values())
    print("\nwhere analyze spends its time:")
    for name, t in stage.items():
        print(f"  {name:<26}{t:>8.3f} s  {100 * t / total:>5.1f}%")
    print(f"  sourcing adds {100 * stage['attributions'] / (total - stage['attributions']):.1f}% "
          f"to analyze without it")

    if args.report and Path(args.articles).exists():
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, NEWSLENS_CACHE=os.path.join(tmp, "cache"))
            t0 = time.perf_counter()
            res = subprocess.run([sys.executable, "-m", "newslens", "report", args.articles, "--out",
                                  os.path.join(tmp, "reports")], capture_output=True, text=True, env=env)
            print(f"\nnewslens report over {args.articles}: {time.perf_counter() - t0:.0f} s wall, exit {res.returncode}")

    if args.memory:
        print("\npeak memory, streaming analyses to JSON Lines in a fresh process:")
        for n in [int(x) for x in args.memory.split(",") if x.strip()]:
            mb, secs = peak_memory_mb(sources, n)
            print(f"  {n:>6} articles: {mb:>7.0f} MB peak RSS, {secs:>6.0f} s")
    _ = resource  # imported for the child's use
    return 0


if __name__ == "__main__":
    sys.exit(main())
