"""newslens: the analyst's workbook for foreign-policy news.

Public API::

    import newslens
    art = newslens.load("seeds/000_a5dbcc9a4791840e.txt")
    a = newslens.analyze(art)          # or a path
    a.entities, a.attributions, a.claims, a.agreements, a.positions   # DataFrames
    a.to_dict()                          # the JSON contract
"""
from __future__ import annotations

from .analysis import Analysis, analyze, analyze_many
from .articles import Article, iter_load, load, load_many
from .config import default_seed
from .errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    InputError,
    MalformedJSONError,
    MissingTextError,
    ModelNotFoundError,
    NewslensError,
    UnsupportedFormatError,
)
from .pipeline import nlp

__version__ = "0.1.0"

__all__ = [
    "Analysis", "Article", "BinaryFileError", "EmptyFileError", "FileTooLargeError", "InputError",
    "MalformedJSONError", "MissingTextError", "ModelNotFoundError", "NewslensError",
    "UnsupportedFormatError", "analyze", "analyze_many", "default_seed", "iter_load", "load",
    "load_many", "nlp",
]
