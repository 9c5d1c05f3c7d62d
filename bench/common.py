"""What the benchmarks share: where ../shared is, and the seed's gold annotations."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from newslens import config


def parse_shared_args(doc: str | None) -> Path:
    """The ``--shared`` folder (default: ``../shared`` beside the project)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(config.PROJECT_ROOT.parent / "shared"))
    return Path(ap.parse_args().shared)


def seed_gold(shared: Path) -> dict[str, Any] | None:
    """The seed's gold annotations, or None when ../shared/gold is not here."""
    path = shared / "gold" / "seed.gold.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
