"""The notebooks are written by ``scripts/make_notebooks.py``: an edit made in a notebook alone is
lost the next time the script runs, so the two must agree."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("make_notebooks", ROOT / "scripts" / "make_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


@pytest.mark.parametrize("name", sorted(SCRIPT.NOTEBOOKS))
def test_each_notebook_is_what_the_script_writes(name):
    written = SCRIPT.nb(name, SCRIPT.NOTEBOOKS[name])
    on_disk = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    assert [(c.cell_type, c.source) for c in on_disk.cells] == [(c.cell_type, c.source) for c in written.cells], (
        f"notebooks/{name}.ipynb differs from scripts/make_notebooks.py: edit the script and run it")
