"""Build the cue lexicons from evidence: how often a word is (part of) a cue in PolNeAR train.

    .venv/bin/python bench/build_cue_lexicon.py --polnear ../shared/polnear

``data/cue_lexicon.csv``: for every lemma (with coarse part of speech), its occurrences in the
train texts and how many of them fall inside an annotated Cue span; lemmas that are cues at
least ``--min-count`` times with a cue rate of at least ``--min-rate`` are kept.

``data/cue_frames.csv``: the same for verbs, nouns and adjectives, split by what the word governs in the
parse (``newslens.cues.cue_frame``: a clause, an open complement, an object, a preposition
or nothing; for nouns also whether a possessor is there), so that "wants to" can be a cue while
"wants" alone is not, and "his comments about" while "comments" alone is not. Frames seen at least
``--min-frame`` times are kept when the lemma is in the lexicon or the frame's rate is 0.1 or
more.

``data/cue_class_rates.csv``: verbs of a class listed in ``data/cue_classes.csv`` (judging,
urging, retorting, complaining: "castigated", "implored", "retorted") that train sees fewer than
``--min-measured`` times get the rate their class has in train, pooled over all its members: a
word too rare in US campaign news to be measured ("lauded", "chastised", "deplored") is no
less a cue in foreign-policy news. Only counts are written; no PolNeAR text is.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brat_attributions import read_split  # noqa: E402

from newslens import config  # noqa: E402
from newslens.cues import cue_frame  # noqa: E402


def write(path: str, fields: list[str], rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def class_rates(path: str, total: Counter, cue: Counter, lexicon: set[tuple[str, str]],
                min_measured: int) -> list[dict]:
    """Rows for the verbs of each class in ``path`` (columns class, lemma) that train has seen
    fewer than ``min_measured`` times and the lexicon does not list: the class's cue rate,
    pooled over all its members' occurrences as verbs; ``cue`` and ``total`` are the verb's own
    counts."""
    with open(path, newline="", encoding="utf-8") as fh:
        members = [(r["class"], r["lemma"]) for r in csv.DictReader(fh)]
    pooled: dict[str, list[int]] = {}
    for cls, lemma in members:
        k = pooled.setdefault(cls, [0, 0])
        k[0] += cue[(lemma, "VERB")]
        k[1] += total[(lemma, "VERB")]
    rows = []
    for cls, lemma in members:
        key = (lemma, "VERB")
        if total[key] < min_measured and key not in lexicon and pooled[cls][1]:
            rows.append({"lemma": lemma, "pos": "VERB", "class": cls, "cue": cue[key], "total": total[key],
                         "rate": round(pooled[cls][0] / pooled[cls][1], 3)})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--polnear", default=str(config.PROJECT_ROOT.parent / "shared" / "polnear"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-rate", type=float, default=0.2)
    ap.add_argument("--min-frame", type=int, default=5)
    ap.add_argument("--out", default=str(config.DATA_DIR / "cue_lexicon.csv"))
    ap.add_argument("--frames-out", default=str(config.DATA_DIR / "cue_frames.csv"))
    ap.add_argument("--classes", default=str(config.DATA_DIR / "cue_classes.csv"))
    ap.add_argument("--min-measured", type=int, default=5)
    ap.add_argument("--classes-out", default=str(config.DATA_DIR / "cue_class_rates.csv"))
    args = ap.parse_args()
    arts = read_split(args.polnear, "train")
    nlp = spacy.load(config.model_name(), disable=["ner"])
    total, cue = Counter(), Counter()
    ftotal, fcue = Counter(), Counter()
    for art, doc in zip(arts, nlp.pipe((a.text for a in arts), batch_size=16)):
        cue_chars = [False] * (len(art.text) + 1)
        for att in art.attributions:
            for s, e in att.cue:
                for i in range(s, min(e, len(art.text))):
                    cue_chars[i] = True
        for tok in doc:
            if tok.is_punct or tok.is_space:
                continue
            key = (tok.lemma_.lower(), tok.pos_)
            total[key] += 1
            cue[key] += cue_chars[tok.idx]
            if tok.pos_ in ("VERB", "NOUN", "ADJ"):
                fkey = key + (cue_frame(tok),)
                ftotal[fkey] += 1
                fcue[fkey] += cue_chars[tok.idx]
    rows = []
    for key, n in cue.items():
        rate = n / total[key]
        if n >= args.min_count and rate >= args.min_rate:
            rows.append({"lemma": key[0], "pos": key[1], "cue": n, "total": total[key], "rate": round(rate, 3)})
    rows.sort(key=lambda r: (-r["cue"], r["lemma"]))
    write(args.out, ["lemma", "pos", "cue", "total", "rate"], rows)
    lexicon = {(r["lemma"], r["pos"]) for r in rows}
    frows = []
    for fkey, n in ftotal.items():
        rate = fcue[fkey] / n
        if n >= args.min_frame and (fkey[:2] in lexicon or rate >= 0.1):
            frows.append({"lemma": fkey[0], "pos": fkey[1], "frame": fkey[2], "cue": fcue[fkey], "total": n,
                          "rate": round(rate, 3)})
    frows.sort(key=lambda r: (-r["cue"], r["lemma"], r["frame"]))
    write(args.frames_out, ["lemma", "pos", "frame", "cue", "total", "rate"], frows)
    crows = class_rates(args.classes, total, cue, lexicon, args.min_measured)
    write(args.classes_out, ["lemma", "pos", "class", "cue", "total", "rate"], crows)
    print(f"{len(arts)} train articles; {len(rows)} cue lemmas written to {args.out}; "
          f"{len(frows)} word frames to {args.frames_out}; {len(crows)} rare class verbs to {args.classes_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
