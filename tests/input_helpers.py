"""What the tests of the readers of one input format share."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

import newslens
from newslens.errors import InputError


def refused(tmp_path: Path, name: str, data: bytes, read: Callable[[bytes], object], error: type[Exception],
            problem: str) -> None:
    """``read`` raises ``error`` saying ``problem`` on ``data``; loading it as the file ``name``
    raises an input error naming the file and the problem."""
    with pytest.raises(error, match=problem):
        read(data)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=f"{name}: .*{problem}"):
        newslens.load(path)
