"""The words of agreements that several modules share: the nouns that head an agreement's name
("the defence pact", "an accord") or a description of one ("a trade deal"), the verbs that sign
one, and the words that give its status (``data/agreement_status.csv``: "sign", "ink" -> signed;
"negotiate" -> under_negotiation). Here, not in ``agreements``, because sourcing runs before
agreements and never imports it."""
from __future__ import annotations

import csv
from functools import lru_cache

from . import config

AGREEMENT_HEADS = ("agreement", "memorandum", "treaty", "accord", "pact", "annex", "annexe", "protocol",
                   "arrangement", "framework", "deal", "convention", "contract", "mou")
#: Heads of an agreement to stop fighting ("a ceasefire in Gaza", "rejects a truce with Hamas").
TRUCE_HEADS = {"ceasefire", "truce", "armistice"}
#: Heads of agreements an article describes without a name ("an agreement on patrolling along the
#: LAC", "the 1996 agreement on confidence-building measures", "a trade deal"); narrower than
#: ``AGREEMENT_HEADS``: "a broader framework", "an arrangement" described without a name are
#: seldom a deal.
DESCRIBED_HEADS = {"agreement", "deal", "pact", "accord", "treaty", "truce", "ceasefire", "memorandum", "mou", "swap"}
#: Verbs whose subject (or agent) makes an agreement its own.
SIGNING_VERBS = {"sign", "ink", "conclude", "ratify", "seal", "initial"}
#: Status words that say a state only as nouns: "came into force", not "Ukraine is forced into a bad deal".
STATUS_NOUNS_ONLY = {"force"}


@lru_cache(maxsize=1)
def status_lexicon() -> dict[str, str]:
    """Lemma -> status, from ``data/agreement_status.csv``."""
    with open(config.DATA_DIR / "agreement_status.csv", newline="", encoding="utf-8") as fh:
        return {row["word"]: row["status"] for row in csv.DictReader(fh)}
