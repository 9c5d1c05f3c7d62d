"""Agreement detection and status accuracy on what we can label.

    .venv/bin/python bench/agreements.py [--shared ../shared]

Gold: the seed's agreements from ``shared/gold/seed.gold.json``, and the labels below for the
articles in ``shared/articles`` whose topics name agreements, written by reading each article
(name as our canonical name, status as the article reports it at its date). Prints detection
precision / recall / F1 and status accuracy on the agreements found, per article and overall.
Articles of this field that are not here (held out) are measured separately, not by this file.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import parse_shared_args, seed_gold  # noqa: E402

import newslens  # noqa: E402
from newslens import config  # noqa: E402

# (canonical name, status) per article, read off the text
LABELS: dict[str, list[tuple[str, str]]] = {
    "B07": [("S-400 deal", "mentioned")],  # the deal is in the news, no step taken
    "B09": [("LEMOA", "signed")],  # the two defence ministers sign it
    "B10": [("BECA", "signed"), ("LEMOA", "signed"), ("COMCASA", "signed")],
    "B11": [("Industrial Security Agreement", "signed"), ("trade deal", "under_negotiation")],  # the trade deal: talks, no progress
    "B12": [("JCPOA", "mentioned")],  # the nuclear deal, named by description
    "B13": [("S-400 deal", "signed")],  # a joint statement welcomes the concluded contract
    "B14": [("S-400 deal", "signed")],  # Turkey's purchase, the systems deployed already
    "B15": [("S-400 deal", "signed")],  # India signed it in 2018
    "B17": [("BECA", "signed"), ("COMCASA", "signed"), ("GSOMIA", "signed"), ("LEMOA", "signed")],
    "B19": [("S-400 deal", "ready_to_sign"), ("Talwar-class frigates deal", "mentioned")],
    "B20": [("S-400 deal", "mentioned")],  # the leaders did not discuss it
}


def main() -> int:
    shared = parse_shared_args(__doc__)
    cases: list[tuple[str, Path, list[tuple[str, str]]]] = []
    g = seed_gold(shared)
    if g:
        cases.append(("seed", config.default_seed(), [(a["name"], a["status"]) for a in g["agreements"]]))
    for aid, labels in LABELS.items():
        p = shared / "articles" / f"{aid}.txt"
        if p.exists():
            cases.append((aid, p, labels))
    if not cases:
        print("no labelled articles found under", shared)
        return 1
    tp = n_pred = n_gold = status_ok = 0
    print(f"{'article':<8}{'gold':>5}{'found':>6}{'right':>6}{'status ok':>10}  misses / extras / wrong status")
    for aid, path, labels in cases:
        found = {a["name"]: a["status"] for a in newslens.analyze(path).records["agreements"]}
        gold = dict(labels)
        hits = [n for n in gold if n in found]
        ok = [n for n in hits if found[n] == gold[n]]
        tp += len(hits); n_pred += len(found); n_gold += len(gold); status_ok += len(ok)
        notes = [f"-{n}" for n in gold if n not in found] + [f"+{n}" for n in found if n not in gold]
        notes += [f"{n}: {found[n]} (gold {gold[n]})" for n in hits if found[n] != gold[n]]
        print(f"{aid:<8}{len(gold):>5}{len(found):>6}{len(hits):>6}{len(ok):>10}  {'; '.join(notes)}")
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"\ndetection: precision {100 * p:.1f}  recall {100 * r:.1f}  F1 {100 * f:.1f}  "
          f"({tp} right of {n_pred} found, {n_gold} gold)")
    print(f"status accuracy on agreements found: {100 * status_ok / tp if tp else 0:.1f}% ({status_ok}/{tp})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
