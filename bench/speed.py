"""Speed of newslens against bare spaCy on the same texts in the same run.

    .venv/bin/python bench/speed.py [--articles ../shared/articles] [--repeat 5]

Prints words/s of bare ``nlp.pipe`` (the English model alone), of the newslens pipeline
(model + project components), and of full ``analyze`` (pipeline + every concern), the ratios,
and what each concern adds to ``analyze`` time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

import newslens
from newslens import analysis as AN
from newslens import config
from newslens.entities import acronym_records, build_entities
from newslens.pipeline import build, make_doc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", default=str(config.PROJECT_ROOT.parent / "shared" / "articles"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    sources = [config.SEEDS_DIR] + ([args.articles] if Path(args.articles).exists() else [])
    arts = newslens.load_many(sources) * args.repeat
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(arts)} articles, {words:,} words (model {config.model_name()})")

    bare = spacy.load(config.model_name())
    ours = build()
    list(bare.pipe(texts[:5]))
    list(ours.pipe(make_doc(ours, t, None) for t in texts[:5]))

    t0 = time.perf_counter()
    list(bare.pipe(texts, batch_size=16))
    t_bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    docs = list(ours.pipe((make_doc(ours, a.text, a.date) for a in arts), batch_size=16))
    t_pipe = time.perf_counter() - t0

    stage = {"entities": 0.0}
    for a, doc in zip(arts, docs):
        t = time.perf_counter()
        records = {"entities": build_entities(doc), "acronyms": acronym_records(doc)}
        stage["entities"] += time.perf_counter() - t
        for name, fn in AN.EXTRACTORS:
            t = time.perf_counter()
            records[name] = fn(doc, a, records)
            stage[name] = stage.get(name, 0.0) + time.perf_counter() - t
    t_analyze = t_pipe + sum(stage.values())

    print(f"{'stage':<28}{'seconds':>10}{'words/s':>12}{'vs bare':>10}")
    for label, t in (("bare nlp.pipe", t_bare), ("newslens pipeline", t_pipe), ("analyze (all concerns)", t_analyze)):
        print(f"{label:<28}{t:>10.2f}{words / t:>12,.0f}{t_bare / t:>10.2f}")
    print("\nwhat each step adds to analyze time:")
    for name, t in [("project components", t_pipe - t_bare)] + list(stage.items()):
        print(f"  {name:<26}{t:>8.3f} s  {100 * t / t_analyze:>5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
