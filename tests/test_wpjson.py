"""WordPress REST posts (formats.md §1c, family G) decoded into pages."""
from __future__ import annotations

import json

import pytest

from bnnews import parse
from bnnews.wpjson import wp_post_page


def _post(**kw):
    post = {"title": {"rendered": "বন্যায় পানিবন্দি মানুষ"}, "content": {"rendered": "<p>প্রথম অনুচ্ছেদ।</p>"}}
    post.update(kw)
    return json.dumps(post)


@pytest.mark.parametrize("date,gmt,want", [
    ("2023-12-21T14:34:31", "2023-12-21T08:34:31", "2023-12-21T14:34:31+06:00"),
    ("2023-12-21T14:34:31", "2023-12-21T09:04:31", "2023-12-21T14:34:31+05:30"),
    ("2023-12-21T14:34:31", "2023-12-21T14:34:31", "2023-12-21T14:34:31+00:00"),
    # A draft's GMT is all zeros: no offset can be read from it.
    ("2023-12-21T14:34:31", "0000-00-00T00:00:00", "2023-12-21T14:34:31"),
    ("2023-12-21T14:34:31", None, "2023-12-21T14:34:31"),
])
def test_the_gmt_twin_gives_the_offset(date, gmt, want):
    page = wp_post_page(_post(date=date, date_gmt=gmt))
    assert page.splitlines()[1] == f"Published: {want}"


@pytest.mark.parametrize("text", [
    "not json", "[]", '{"title": "x"}', json.dumps([json.loads(_post()), json.loads(_post())]),
    '{"content": {"rendered": "<p>x</p>"}}', "[1, 2]",
])
def test_anything_but_one_post_is_not_decoded(text):
    assert wp_post_page(text) is None


def test_a_list_of_one_post_is_decoded():
    assert wp_post_page(f"[{_post()}]").splitlines()[0] == "বন্যায় পানিবন্দি মানুষ"


def test_parse_reads_the_post_and_warns_that_it_was_json():
    a = parse(_post(date="2024-08-15T21:05:44", date_gmt="2024-08-15T15:05:44",
                    modified="2024-08-16T09:12:03",
                    content={"rendered": "<p><strong>নিজস্ব প্রতিবেদক:</strong> এক &amp; দুই।</p>"
                                         "<script>var x = '<p>';</script><p>জেলা প্রশাসন জানিয়েছে, আশ্রয়কেন্দ্রে শুকনো খাবার বিতরণ চলছে।</p>"}))
    assert a.headline == "বন্যায় পানিবন্দি মানুষ"
    assert a.desk == "নিজস্ব প্রতিবেদক"
    assert a.body == ("এক & দুই।", "জেলা প্রশাসন জানিয়েছে, আশ্রয়কেন্দ্রে শুকনো খাবার বিতরণ চলছে।")
    assert a.published.datetime == "2024-08-15T21:05:44+06:00"
    # `modified` has no GMT twin here: it is in the site's zone, read from `date`.
    assert a.updated.datetime == "2024-08-16T09:12:03+06:00"
    assert a.warnings == ("wordpress_json",)


def test_other_json_is_flagged_not_decoded():
    a = parse('{"text": "একটি লেখা", "id": 3}')
    assert "looks_like_json" in a.warnings and "wordpress_json" not in a.warnings
