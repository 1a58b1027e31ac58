"""The same page dumped another way gives the same record.

Crawls and converters change what is not content: line endings, a byte-order
mark, indentation, blank lines, runs of spaces, the encoding of the nukta
letters. Every sample page, changed in each of these ways, must keep its
headline, desk, author, place, dates, body and links.
"""
from __future__ import annotations

import pytest

from bnnews import parse
from conftest import SAMPLES, sample_names


def _crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def _bom(t: str) -> str:
    return "\ufeff" + t


def _trailing_spaces(t: str) -> str:
    return "\n".join(s + "  " if s else s for s in t.split("\n"))


def _tab_indent(t: str) -> str:
    return "\n".join("\t" + s if s else s for s in t.split("\n"))


def _space_indent(t: str) -> str:
    return "\n".join("   " + s for s in t.split("\n"))


def _double_spaced_lines(t: str) -> str:
    return "\n\n".join(t.split("\n"))


def _blank_margins(t: str) -> str:
    return "\n\n\n" + t + "\n\n\n"


def _doubled_word_spaces(t: str) -> str:
    return t.replace(" ", "  ")


def _precomposed_nukta(t: str) -> str:
    return t.replace("\u09af\u09bc", "\u09df").replace("\u09a1\u09bc", "\u09dc").replace("\u09a2\u09bc", "\u09dd")


CHANGES = [_crlf, _bom, _trailing_spaces, _tab_indent, _space_indent, _double_spaced_lines,
           _blank_margins, _doubled_word_spaces, _precomposed_nukta]
FIELDS = ("headline", "kicker", "desk", "author", "place", "published", "updated", "body", "links")


def _record(text: str) -> dict:
    d = parse(text).to_dict()
    return {f: d[f] for f in FIELDS}


def _pages() -> list[str]:
    # JSON and HTML inputs are not line dumps; their layout is not free.
    return [n for n in sample_names()
            if not (SAMPLES / f"{n}.txt").read_text(encoding="utf-8").lstrip("\ufeff \n").startswith(("{", "<"))]


@pytest.mark.parametrize("change", CHANGES, ids=[c.__name__.lstrip("_") for c in CHANGES])
@pytest.mark.parametrize("name", _pages())
def test_a_page_dumped_another_way_gives_the_same_record(name, change):
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    assert _record(change(text)) == _record(text)
