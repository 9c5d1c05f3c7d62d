from __future__ import annotations

import json
from pathlib import Path

import pytest

import newslens
from newslens import config

SHARED = config.PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_analysis() -> newslens.Analysis:
    return newslens.analyze(newslens.default_seed())


@pytest.fixture(scope="session")
def gold() -> dict:
    path = SHARED / "gold" / "seed.gold.json"
    if not path.exists():
        pytest.skip("../shared/gold is not present on this machine")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared_articles() -> Path:
    path = SHARED / "articles"
    if not path.is_dir():
        pytest.skip("../shared/articles is not present on this machine")
    return path


def analyze_text(text: str, date: str | None = "2019-06-25") -> newslens.Analysis:
    """Analyse a sentence written for a test."""
    return newslens.analyze(newslens.Article(id="t", text=text, date=date, paragraphs=[[0, len(text)]]))
