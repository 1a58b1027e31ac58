"""Real pages from ../shared/corpus (skipped when the corpus is absent)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import CORPUS, ROOT

DEDUP = CORPUS / "bd-article-crawler" / "derived_dedup_by_url.jsonl"
pytestmark = pytest.mark.skipif(not DEDUP.exists(), reason="shared/corpus is not present")


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_real", ROOT / "bench" / "eval_real.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bd_pratidin_fields():
    ev = _eval_module()
    rows = [json.loads(x) for x in DEDUP.read_text(encoding="utf-8").splitlines() if x.strip()]
    cases = [(*c, r["url"]) for r in rows if r["site"] == "bdpratidin"
             for c in [ev.bdpratidin_case(r)] if c is not None]
    res = ev.score(cases, ["headline", "desk", "published", "body", "links_from_signature"], False)
    share = {f: h / n for f, (h, n) in res.items()}
    assert share["headline"] >= 0.9
    assert share["desk"] >= 0.9
    assert share["published"] >= 0.9
    assert share["body"] >= 0.75
    assert share["links_from_signature"] >= 0.9


def test_every_corpus_page_parses_and_accounts_for_its_lines():
    from bnnews import parse
    for path in CORPUS.rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for row in data[:300]:
            text = "\n".join(str(row.get(k, "")) for k in ("title", "headline", "author", "date",
                                                          "content", "article"))
            a = parse(text)
            covered = {n for b in a.blocks for n in range(b.first, b.last + 1)}
            lines = text.split("\n")
            assert all(n in covered for n, s in enumerate(lines, 1) if s.strip())


def test_english_bylines_and_boilerplate_around_real_pages(capsys):
    ev = _eval_module()
    ev.english_desks(CORPUS / "bdnewspaperscraper" / "articles-2025-12-29.json", False)
    rows = [json.loads(x) for x in DEDUP.read_text(encoding="utf-8").splitlines() if x.strip()]
    pages = [c[0] for r in rows for c in [ev.bdpratidin_case(r) if r["site"] == "bdpratidin"
                                          else ev.banglanews24_case(r)] if c is not None]
    ev.boilerplate_injected(pages, variants=2)
    ev.desk_and_date_on_one_line(rows)
    ev.header_orders(rows)
    out = capsys.readouterr().out.splitlines()
    desk_hits, desk_n = map(int, out[1].split()[1].split("/"))
    same, n = map(int, out[3].split()[4].split("/"))
    glued, m = map(int, out[5].split()[4].split("/"))
    ordered, k = map(int, out[7].split()[4].split("/"))
    assert ordered / k >= 0.99
    assert desk_hits / desk_n >= 0.9
    assert same == n
    assert glued == m


def test_real_pages_with_their_line_breaks_lost(capsys):
    ev = _eval_module()
    rows = [json.loads(x) for x in DEDUP.read_text(encoding="utf-8").splitlines() if x.strip()]
    ev.line_breaks_lost(rows)
    same, n = map(int, capsys.readouterr().out.splitlines()[1].split()[4].split("/"))
    assert same / n >= 0.95
