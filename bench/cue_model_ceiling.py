"""How much better a richer judge of cue verbs does than ``newslens.cue_model`` on PolNeAR dev.

    .venv/bin/python bench/cue_model_ceiling.py --polnear ../shared/polnear [--tensor]

The candidates and labels are those of ``bench/build_cue_model.py`` (verbs that govern a clause,
an open complement, an object or a content preposition; a positive lies in an annotated Cue).
Every model is trained on train and scored on dev; each line prints dev log loss and precision /
recall / F1 of "is a cue" at the threshold sourcing uses (``CUE_MIN_PROBABILITY``):

- ``logistic``: the shipped model (string features, L2-penalised logistic regression);
- ``logistic + lemma pairs``: the same with each feature also paired with the verb's lemma,
  so that every fact can weigh differently for each verb;
- ``hidden layer``: a network with one hidden layer (ReLU) over the same features, which can
  weigh combinations of facts;
- with ``--tensor``: ``logistic + tok2vec``, the shipped features plus the 96 numbers the
  English pipeline's tok2vec layer gives the verb in context (the articles are parsed again for
  them, a few minutes). Nothing here changes ``data/``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brat_attributions import read_split  # noqa: E402
from build_cue_model import candidates  # noqa: E402
from linear_fit import adam_step, encode, feature_index, fit, scores  # noqa: E402

from newslens import config  # noqa: E402
from newslens.linear import BIAS  # noqa: E402
from newslens.rule_thresholds import CUE_MIN_PROBABILITY  # noqa: E402


def report(name: str, p: np.ndarray, y: np.ndarray) -> None:
    loss = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
    pred = p >= CUE_MIN_PROBABILITY
    tp = float((pred & (y == 1)).sum())
    pr, rc = tp / max(1, pred.sum()), tp / max(1, y.sum())
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    print(f"  {name:<26} log loss {loss:.3f}   P {100 * pr:5.1f}  R {100 * rc:5.1f}  F1 {100 * f:5.1f}")


def logistic(tr: list[list[str]], ytr: np.ndarray, dv: list[list[str]], l2: float = 3.0) -> np.ndarray:
    index = feature_index(tr, 2)
    ids, starts = encode(tr, index)
    w = fit(ids, starts, ytr, len(index), l2)
    d_ids, d_starts = encode(dv, index)
    return 1 / (1 + np.exp(-scores(w, d_ids, d_starts)))


def with_lemma_pairs(rows: list[list[str]]) -> list[list[str]]:
    out = []
    for row in rows:
        lemma = next((f for f in row if f.startswith("lemma=")), "lemma=?")
        out.append(row + [lemma + "&" + f for f in row if not f.startswith(("lemma", BIAS))])
    return out


def hidden_layer(tr: list[list[str]], ytr: np.ndarray, dv: list[list[str]], size: int = 16,
                 epochs: int = 5, seed: int = 0) -> np.ndarray:
    """One hidden ReLU layer over summed feature embeddings, plus the linear term; Adam on
    mini-batches of 256 with a small L2 penalty."""
    index = feature_index(tr, 2)
    rng = np.random.default_rng(seed)
    params = {"E": rng.normal(0, 0.05, (len(index), size)), "w": np.zeros(len(index)), "v": rng.normal(0, 0.1, size)}
    moments: dict = {}
    rows_tr = [[index[f] for f in row if f in index] for row in tr]

    def forward(batch: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        ids = np.array([i for row in batch for i in row], dtype=np.int64)
        owner = np.repeat(np.arange(len(batch)), [len(row) for row in batch])
        h = np.zeros((len(batch), size))
        np.add.at(h, owner, params["E"][ids])
        lin = np.bincount(owner, weights=params["w"][ids], minlength=len(batch))
        return 1 / (1 + np.exp(-(np.maximum(h, 0) @ params["v"] + lin))), h, ids, owner

    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(rows_tr))
        for k in range(0, len(order), 256):
            pick = order[k:k + 256]
            p, h, ids, owner = forward([rows_tr[i] for i in pick])
            g = (p - ytr[pick]) / len(pick)
            gh = np.outer(g, params["v"]) * (h > 0)
            grad_e = np.zeros_like(params["E"])
            np.add.at(grad_e, ids, gh[owner])
            grads = {"v": np.maximum(h, 0).T @ g, "E": grad_e,
                     "w": np.bincount(ids, weights=g[owner], minlength=len(index))}
            grads = {key: grad + 1e-4 * params[key] for key, grad in grads.items()}
            step += 1
            adam_step(params, grads, moments, step, 0.01)
    rows_dv = [[index[f] for f in row if f in index] for row in dv]
    return np.concatenate([forward(rows_dv[k:k + 1024])[0] for k in range(0, len(rows_dv), 1024)])


def tensors(polnear: str, split: str, expected: int) -> np.ndarray:
    """The tok2vec vector of every candidate verb of a split, in the order of ``candidates``
    (the articles parsed again, since the parse cache keeps no vectors)."""
    from newslens import pipeline
    from newslens.cues import cue_frame

    nlp = pipeline.nlp()
    out = []
    for art in read_split(polnear, split):
        doc = pipeline.make_doc(nlp, art.text)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        out += [doc.tensor[t.i] for t in doc if t.pos_ == "VERB" and cue_frame(t) != "none"]
    if len(out) != expected:
        raise SystemExit(f"{split}: {len(out)} verbs parsed again, {expected} candidates: the parse cache is stale")
    return np.array(out, dtype=float)


def logistic_dense(tr: list[list[str]], ytr: np.ndarray, dv: list[list[str]], dense_tr: np.ndarray,
                   dense_dv: np.ndarray, l2: float = 3.0, steps: int = 400) -> np.ndarray:
    """The shipped features plus standardised dense columns, full-batch Adam."""
    index = feature_index(tr, 2)
    mu, sd = dense_tr.mean(0), dense_tr.std(0) + 1e-6
    dense_tr, dense_dv = (dense_tr - mu) / sd, (dense_dv - mu) / sd
    ids, starts = encode(tr, index)
    owner = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(ids))))
    params = {"w": np.zeros(len(index)), "u": np.zeros(dense_tr.shape[1])}
    moments: dict = {}
    n = len(ytr)
    for step in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(scores(params["w"], ids, starts) + dense_tr @ params["u"])))
        g = p - ytr
        grads = {"w": np.bincount(ids, weights=g[owner], minlength=len(index)) / n + l2 / n * params["w"],
                 "u": dense_tr.T @ g / n + l2 / n * params["u"]}
        adam_step(params, grads, moments, step, 0.05)
    d_ids, d_starts = encode(dv, index)
    return 1 / (1 + np.exp(-(scores(params["w"], d_ids, d_starts) + dense_dv @ params["u"])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--tensor", action="store_true", help="also try the tok2vec vectors (parses train and dev again)")
    args = ap.parse_args()
    tr, ytr_list, _ = candidates(args.polnear, "train")
    dv, ydv_list, _ = candidates(args.polnear, "dev")
    ytr, ydv = np.array(ytr_list, dtype=float), np.array(ydv_list, dtype=float)
    print(f"PolNeAR: {len(ytr)} candidate verbs in train, {len(ydv)} in dev ({100 * ydv.mean():.1f}% cues); "
          f"threshold {CUE_MIN_PROBABILITY}")
    report("logistic", logistic(tr, ytr, dv), ydv)
    report("logistic + lemma pairs", logistic(with_lemma_pairs(tr), ytr, with_lemma_pairs(dv)), ydv)
    report("hidden layer (16)", hidden_layer(tr, ytr, dv), ydv)
    if args.tensor:
        report("logistic + tok2vec", logistic_dense(tr, ytr, dv, tensors(args.polnear, "train", len(tr)),
                                                   tensors(args.polnear, "dev", len(dv))), ydv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
