"""Train the content-end model (``newslens.content_model``) on PolNeAR train; report it on dev.

    .venv/bin/python bench/build_content_model.py --polnear ../shared/polnear [--l2 3]

The sourcing rules run on every article with the model switched off, and each time the
complement rule proposes a content, the proposal is recorded with its candidate ends. A
proposal is a training case when an annotated attribution has its cue over the same verb and
its content starts where ours does (edge punctuation trimmed, as ``attribution.py`` does); the
annotated end, if it is among the candidates, is the positive and every other candidate a
negative. The model is a logistic regression over ``newslens.content_model.end_features``
(``linear_fit.py``); the chosen end is the best-scoring candidate. (Fitting it as a softmax
choice among each proposal's candidates instead scored no better on dev: 80.7-81.2%.) Writes
``data/content_end_model.csv`` (feature, weight; no PolNeAR text) and prints, for train and dev,
how often the proposal and how often the model's choice are the annotated end.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import trim  # noqa: E402
from brat_attributions import read_split  # noqa: E402
from linear_fit import encode, feature_index, fit, scores, write_weights  # noqa: E402

import newslens  # noqa: E402
from newslens import complement_rules, config  # noqa: E402
from newslens.articles import paragraph_spans  # noqa: E402
from newslens.content_model import MODEL_FILE, candidate_ends, end_features  # noqa: E402

Case = tuple[list[list[str]], int, int]  # candidates' features, index of the annotated end, of the proposal


def cases(polnear: str, split: str) -> list[Case]:
    arts = read_split(polnear, split)
    proposals: list[tuple] = []

    def record(doc, start, proposal, verb, comp):
        proposals.append((doc, start, proposal, verb, comp))
        return proposal

    original = complement_rules.choose_content_end
    complement_rules.choose_content_end = record
    try:
        docs_props = []
        articles = [newslens.Article(id=a.name, text=a.text, paragraphs=paragraph_spans(a.text)) for a in arts]
        for art, an in zip(arts, newslens.analyze_many(articles)):
            docs_props.append((art, proposals[:]))
            proposals.clear()
    finally:
        complement_rules.choose_content_end = original
    out: list[Case] = []
    for art, props in docs_props:
        text = art.text
        golds = []
        for g in art.attributions:
            if g.cue and g.content:
                cs = trim(text, (min(s for s, _ in g.content), max(e for _, e in g.content)))
                golds.append((g.cue, cs))
        for doc, start, proposal, verb, comp in props:
            t_start = trim(text, (start, proposal))[0]
            gold = next((cs for cue, cs in golds if cs[0] == t_start
                         and any(s <= verb.idx < e for s, e in cue)), None)
            if gold is None:
                continue
            cands = candidate_ends(doc, start, verb)
            ends = [trim(text, (start, t.idx + len(t.text)))[1] for t in cands]
            if gold[1] not in ends or len(cands) < 2:
                continue
            prop = next((t for t in reversed(cands) if t.idx < proposal), None)
            feats = [end_features(t, prop, verb, comp) for t in cands]
            p_end = trim(text, (start, proposal))[1]
            out.append((feats, ends.index(gold[1]), ends.index(p_end) if p_end in ends else -1))
    return out


def report(name: str, data: list[Case], w: np.ndarray, index: dict[str, int]) -> None:
    right_prop = right_model = 0
    for feats, gold, prop in data:
        ids, starts = encode(feats, index)
        choice = int(np.argmax(scores(w, ids, starts)))
        right_model += choice == gold
        right_prop += prop == gold
    n = len(data)
    print(f"{name}: {n} proposals with the annotated start; end right: proposal {100 * right_prop / n:.1f}%, "
          f"model {100 * right_model / n:.1f}%")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-weight", type=float, default=0.01)
    ap.add_argument("--out", default=str(config.DATA_DIR / MODEL_FILE))
    args = ap.parse_args()
    train, dev = cases(args.polnear, "train"), cases(args.polnear, "dev")
    rows = [row for feats, _, _ in train for row in feats]
    index = feature_index(rows, args.min_count)
    y = np.array([float(k == gold) for feats, gold, _ in train for k in range(len(feats))])
    ids, starts = encode(rows, index)
    w = fit(ids, starts, y, len(index), args.l2)
    report("train", train, w, index)
    report("dev", dev, w, index)
    n = write_weights(args.out, index, w, args.min_weight)
    print(f"wrote {n} weights to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
