"""bnnews: Bangla news page dumps -> clean, structured records.

>>> from bnnews import parse
>>> a = parse("শিরোনাম এখানে লেখা\\nনিজস্ব প্রতিবেদক, রংপুর\\nপ্রকাশিত: ১০ নভেম্বর ২০২৪\\n\\nপ্রথম অনুচ্ছেদটি এখানে শেষ হলো।")
>>> a.headline, a.desk, a.place, a.published.date
('শিরোনাম এখানে লেখা', 'নিজস্ব প্রতিবেদক, রংপুর', 'রংপুর', '2024-11-10')
"""
from .article import parse
from .digits import to_ascii_digits, to_bangla_digits
from .model import OTHER_KINDS, SCHEMA, WARNINGS, Article, Block, OtherLine, Stamp
from .text import normalize

__version__ = "0.1.0"

__all__ = [
    "parse", "normalize", "to_ascii_digits", "to_bangla_digits",
    "find_numbers", "parse_number", "Number", "find_dates", "parse_date", "Temporal",
    "Article", "Stamp", "OtherLine", "Block", "SCHEMA", "OTHER_KINDS", "WARNINGS",
    "__version__",
]

# Loaded on first use, so that `bnnews parse` does not pay for them at start-up.
_LAZY = {"find_numbers": "numbers", "parse_number": "numbers", "Number": "numbers",
         "find_dates": "dates", "parse_date": "dates", "Temporal": "dates"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'bnnews' has no attribute {name!r}")
