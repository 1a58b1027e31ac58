"""Shared test helpers: the sample loader and the golden-file switch.

Run `pytest --update-golden tests/test_samples.py` to rewrite tests/golden/
from the current parser on purpose; review the diff before committing it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
DATA = ROOT / "tests" / "data"
CORPUS = ROOT.parent / "shared" / "corpus"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.json from the current parser")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def sample_names() -> list[str]:
    return sorted(p.stem for p in SAMPLES.glob("*.txt"))


def read_tsv(name: str) -> list[dict]:
    """A table from tests/data (copied from shared/reference) as dicts."""
    lines = [x for x in (DATA / name).read_text(encoding="utf-8").splitlines()
             if not x.startswith("# ")]  # a comment line, not the `#` column header
    head = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t")
        cells += [""] * (len(head) - len(cells))
        rows.append(dict(zip(head, cells)))
    return rows


# One sentence of body text, for tests that compose a page around a header.
BODY = "রাজধানীর সড়কে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে বলে জানিয়েছেন যাত্রীরা।"


def page(*header: str) -> str:
    """A page of the given header lines, then the one body sentence."""
    return "\n".join([*header, BODY])
