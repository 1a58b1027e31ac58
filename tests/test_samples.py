"""Every sample page against its reviewed golden record (with the line map)."""
from __future__ import annotations

import json

import pytest

from bnnews import parse
from conftest import GOLDEN, SAMPLES, sample_names


@pytest.mark.parametrize("name", sample_names())
def test_sample_matches_golden(name, update_golden):
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    got = parse(text, source=f"samples/{name}.txt").to_dict(blocks=True)
    path = GOLDEN / f"{name}.json"
    if update_golden:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden file for {name}: run pytest --update-golden"
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want


def test_there_are_enough_samples():
    assert len(sample_names()) >= 16
