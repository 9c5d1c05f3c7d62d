"""The package's own exceptions: every bad input names the file and the problem."""
from __future__ import annotations

from pathlib import Path


class NewslensError(Exception):
    """Base class of every error newslens raises on purpose."""


class InputError(NewslensError):
    """An input file that cannot be read as an article."""

    problem = "cannot be read"

    def __init__(self, path: str | Path, detail: str | None = None) -> None:
        self.path = str(path)
        self.detail = detail or self.problem
        super().__init__(f"{self.path}: {self.detail}")


class EmptyFileError(InputError):
    problem = "file is empty or only whitespace"


class BinaryFileError(InputError):
    problem = "file looks binary, not text"


class UnsupportedFormatError(InputError):
    problem = "unsupported file extension"


class MalformedJSONError(InputError):
    problem = "malformed JSON"


class MissingTextError(InputError):
    problem = "record has no 'text'"


class FileTooLargeError(InputError):
    problem = "file is larger than the limit"


class AnalysisError(NewslensError):
    """A step of the analysis failed on one article (a fault of newslens, not of the input): the
    article and the step are named, and a batch goes on without it."""

    def __init__(self, article: str, step: str, cause: BaseException) -> None:
        self.path = article
        self.detail = f"the {step} step failed ({type(cause).__name__}: {cause}); please report it"
        super().__init__(f"{self.path}: {self.detail}")


class ModelNotFoundError(NewslensError):
    """The configured spaCy pipeline is not installed."""
