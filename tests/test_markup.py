"""The markup dump tools leave in a page (Markdown, lynx, a metadata header, HTML), off line by line."""
from __future__ import annotations

import textwrap

import pytest

from bnnews import parse
from bnnews.markup import looks_like_markdown, plain_line
from test_body import WRAPPED

MD = """[![প্রথম আলো](https://example.com/logo.png)](https://example.com/)

* [বাংলাদেশ](https://example.com/bangladesh)
* [রাজনীতি](https://example.com/politics)

# বন্যায় পানিবন্দি লাখো মানুষ

**সিলেট প্রতিনিধি**

প্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০

![বন্যার পানিতে ডুবে আছে সড়ক। ছবি: সংগৃহীত](https://example.com/img.jpg)

টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। জেলা প্রশাসন জানিয়েছে, অন্তত **৫০টি আশ্রয়কেন্দ্র** খোলা হয়েছে।

স্থানীয় বাসিন্দারা বলছেন, গত তিন দিনে পানি বেড়েছে অস্বাভাবিক হারে।

## আরও পড়ুন

* [সুনামগঞ্জেও বন্যার শঙ্কা](https://example.com/news/2)
* [কুড়িগ্রামে নদীভাঙন](https://example.com/news/3)
"""

JINA = """Title: বন্যায় পানিবন্দি লাখো মানুষ | প্রথম আলো

URL Source: https://www.prothomalo.com/bangladesh/district/abc123

Published Time: 2025-11-28T05:40:00.000Z

Markdown Content:
বন্যায় পানিবন্দি লাখো মানুষ
===============

সিলেট প্রতিনিধি

টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। জেলা প্রশাসন জানিয়েছে, অন্তত ৫০টি আশ্রয়কেন্দ্র খোলা হয়েছে।

* * *

*   [সুনামগঞ্জেও বন্যার শঙ্কা](https://www.prothomalo.com/x)
"""


def test_a_markdown_page_reads_as_its_text():
    a = parse(MD)
    assert (a.headline, a.desk) == ("বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি")
    assert a.published.datetime == "2025-11-28T11:40+06:00"
    assert a.body == ("টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। জেলা প্রশাসন জানিয়েছে, অন্তত ৫০টি আশ্রয়কেন্দ্র খোলা হয়েছে।",
                      "স্থানীয় বাসিন্দারা বলছেন, গত তিন দিনে পানি বেড়েছে অস্বাভাবিক হারে।")
    assert a.links == ("সুনামগঞ্জেও বন্যার শঙ্কা", "কুড়িগ্রামে নদীভাঙন")
    assert ("caption", "বন্যার পানিতে ডুবে আছে সড়ক। ছবি: সংগৃহীত") in [(o.kind, o.text) for o in a.other]
    assert a.warnings == ("markdown",)


def test_jina_readers_header_gives_the_title_date_and_url():
    a = parse(JINA)
    assert (a.headline, a.desk) == ("বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি")
    assert a.published.datetime == "2025-11-28T05:40:00+00:00"  # fractional seconds and Z read
    assert a.links == ("সুনামগঞ্জেও বন্যার শঙ্কা",)
    assert {o.text for o in a.other if o.kind == "markup"} >= {"Markdown Content:", "* * *"}
    # Its URL Source is the page's URL: a page with no date line takes the URL's date.
    b = parse(JINA.replace("Published Time: 2025-11-28T05:40:00.000Z", "").replace(
        "abc123", "2025/11/28/abc123"))
    assert (b.published.date, "date_from_url" in b.warnings) == ("2025-11-28", True)


@pytest.mark.parametrize("line,text", [
    ("# বন্যায় পানিবন্দি লাখো মানুষ", "বন্যায় পানিবন্দি লাখো মানুষ"),
    ("## Heading ##", "Heading"),
    ("[সুনামগঞ্জেও বন্যার শঙ্কা](https://example.com/news/2)", "সুনামগঞ্জেও বন্যার শঙ্কা"),
    ("[![alt text](https://x/y.png)](https://x/)", "alt text"),
    ("![](https://x/y.png)", ""),  # an image with no text is markup only
    # Jina Reader numbers the images: the number is no part of the alt text.
    ("[![Image 1: logo](https://x/l.png)](https://x/)", "logo"),
    ("![Image 2: প্রধান উপদেষ্টা। ছবি: সংগৃহীত](https://x/a.jpg)", "প্রধান উপদেষ্টা। ছবি: সংগৃহীত"),
    ("![Image 3](https://x/y.jpg)", ""),
    ("![Image of a cat](https://x/c.jpg)", "Image of a cat"),
    ("* [বাংলাদেশ](https://example.com/bangladesh)", "- বাংলাদেশ"),
    ("অন্তত **৫০টি** আশ্রয়কেন্দ্র _খোলা_ হয়েছে", "অন্তত ৫০টি আশ্রয়কেন্দ্র খোলা হয়েছে"),
    ("> উদ্ধৃতি", "উদ্ধৃতি"),
    ("১০\\. মো\\_রহমান", "১০. মো_রহমান"),  # escapes
    ("snake_case_word stays", "snake_case_word stays"),
    ("---", ""),
    ("Wikipedia (https://en.wikipedia.org/wiki/Dhaka_(city))", "Wikipedia (https://en.wikipedia.org/wiki/Dhaka_(city))"),
    ("[Dhaka](https://en.wikipedia.org/wiki/Dhaka_(city)) is big", "Dhaka is big"),
])
def test_plain_line(line, text):
    assert plain_line(line) == text


@pytest.mark.parametrize("head,md", [
    ("# Title\n\n[a](https://x)", True),
    ("Title: X\nURL Source: https://x\n\nMarkdown Content:\n", True),
    ("শিরোনাম\nনিজস্ব প্রতিবেদক\n# একটি হ্যাশ\nপ্রথম অনুচ্ছেদ।", False),  # one construct is not enough
    ("শিরোনাম\nনিজস্ব প্রতিবেদক\nপ্রথম অনুচ্ছেদ।", False),
])
def test_looks_like_markdown(head, md):
    assert looks_like_markdown(head) is md


# The wrapped page of test_body as `lynx -dump` prints it: indented, a mark
# before each link, the addresses listed at the end.
LYNX = ("   [1]প্রথম আলো\n\n     * [2]বাংলাদেশ\n\n" + textwrap.indent(WRAPPED, "   ")
        + "\n   আরও পড়ুন\n     * [4]সুনামগঞ্জেও বন্যার শঙ্কা\n     * [5]কুড়িগ্রামে নদীভাঙন\n\nReferences\n\n"
        "   1. https://www.prothomalo.com/\n   2. https://www.prothomalo.com/bangladesh\n"
        "   4. https://www.prothomalo.com/x\n   5. https://www.prothomalo.com/y\n")


def test_a_lynx_dump_loses_its_link_marks_and_keeps_its_paragraphs():
    a = parse(LYNX)
    assert (a.headline, a.desk) == ("বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি")
    assert len(a.body) == 2 and a.body[1].endswith("আশ্রয় নিয়েছেন।")
    assert a.links == ("সুনামগঞ্জেও বন্যার শঙ্কা", "কুড়িগ্রামে নদীভাঙন")
    assert [o.text for o in a.other if o.kind == "markup"][:2] == ["References", "1. https://www.prothomalo.com/"]
    assert not any("[" in o.text for o in a.other)


def test_a_page_with_a_references_heading_of_its_own_keeps_its_brackets():
    a = parse("শিরোনাম এখানে\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৫\n"
              "গবেষণায় [১] দেখা গেছে যে বন্যার ঝুঁকি বাড়ছে, বলেছেন বিশেষজ্ঞরা।\nReferences\nএকটি বই, ২০২০\n")
    assert "[১]" in a.body[0]


HTML = """<!DOCTYPE html>
<html lang="bn">
<head>
<title>বন্যায় পানিবন্দি লাখো মানুষ | প্রথম আলো</title>
<script>var x = "<p>নয়</p>";</script>
</head>
<body>
<nav><ul><li><a href="/">প্রচ্ছদ</a></li><li><a href="/about">আমাদের কথা</a></li></ul></nav>
<article>
<h1>বন্যায় পানিবন্দি লাখো মানুষ</h1>
<div class="byline"><span>সিলেট প্রতিনিধি</span></div>
<time datetime="2025-11-28T11:40:00+06:00">প্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০</time>
<p>টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে।&nbsp;পানিবন্দি হয়ে পড়েছে লাখো মানুষ।</p>
<p>স্থানীয় বাসিন্দারা বলছেন, গত তিন দিনে পানি বেড়েছে অস্বাভাবিক হারে।</p>
</article>
<footer>© ২০২৫ প্রথম আলো</footer>
</body>
</html>
"""


@pytest.mark.parametrize("minified", [False, True])
def test_an_html_page_reads_one_line_a_block(minified):
    a = parse(HTML.replace("\n", "") if minified else HTML)
    assert (a.headline, a.desk) == ("বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি")
    assert a.published.datetime == "2025-11-28T11:40+06:00"
    assert a.body == ("টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে লাখো মানুষ।",
                      "স্থানীয় বাসিন্দারা বলছেন, গত তিন দিনে পানি বেড়েছে অস্বাভাবিক হারে।")
    assert a.warnings == ("looks_like_html",)
    kinds = {o.text: o.kind for o in a.other}
    assert kinds["প্রচ্ছদ"] == "menu" and kinds["© ২০২৫ প্রথম আলো"] == "footer"
    assert not any("নয়" in o.text and o.kind != "markup" for o in a.other)  # a script's text is no text
    if minified:  # every block is on the one input line
        assert {(b.first, b.last) for b in a.blocks} == {(1, 1)}
    else:  # each block is on the line it starts on; tags alone are markup
        lines = {b.kind: (b.first, b.last) for b in a.blocks}
        assert (lines["headline"], lines["desk"], lines["body"]) == ((10, 10), (11, 11), (13, 14))
        assert [o.line for o in a.other if o.kind == "markup"][:3] == [1, 2, 3]


FRONT = """---
title: "বন্যায় পানিবন্দি লাখো মানুষ"
author: সিলেট প্রতিনিধি
url: https://www.prothomalo.com/bangladesh/2025/11/27/abc
hostname: prothomalo.com
description: টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত
date: 2025-11-28
tags: বন্যা;সিলেট
---
টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে লাখো মানুষ।
"""


def test_trafilaturas_metadata_header_gives_title_author_and_date():
    a = parse(FRONT)
    assert (a.headline, a.desk, a.published.date) == ("বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি", "2025-11-28")
    assert a.body == ("টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে লাখো মানুষ।",)
    assert [o.line for o in a.other] == [1, 4, 5, 6, 8, 9]  # the rest of the header is markup
    # With no date in it, the header's url gives the date.
    b = parse(FRONT.replace("date: 2025-11-28\n", ""))
    assert (b.published.date, "date_from_url" in b.warnings) == ("2025-11-27", True)


def test_a_rule_over_the_page_is_no_header():
    a = parse("---\nবন্যায় পানিবন্দি লাখো মানুষ\nসিলেট প্রতিনিধি\n---\n"
              "টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে লাখো মানুষ।\n")
    assert (a.headline, a.desk) == ("বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি")


def test_an_html_paragraph_over_two_input_lines_is_no_markup():
    a = parse("<html><body>\n<h1>শিরোনাম এখানে লেখা</h1>\n<p>নিজস্ব প্রতিবেদক</p>\n"
              "<p>প্রথম অনুচ্ছেদটি এখানে শুরু হলো এবং\nদ্বিতীয় লাইনে গিয়ে শেষ হলো।</p>\n</body></html>\n")
    assert a.body == ("প্রথম অনুচ্ছেদটি এখানে শুরু হলো এবং দ্বিতীয় লাইনে গিয়ে শেষ হলো।",)
    assert [o.line for o in a.other if o.kind == "markup"] == [1, 6]  # the tags alone; line 5 holds text


_WAYBACK_TOP = ("The Wayback Machine - https://web.archive.org/web/20240315123456/"
                "https://www.jagonews24.com/national/news/2024/03/14/12345\n")
_TOOLBAR = ("33 captures\n15 Mar 2024 - 20 Nov 2025\nFeb MAR Apr\n15\n2023 2024 2025\nsuccess\nfail\n"
            "About this capture\nCOLLECTED BY\nCollection: Common Crawl\nTIMESTAMPS\n")
_PAGE = ("ফার্মগেটে বাসে আগুন\nনিজস্ব প্রতিবেদক\n"
         "রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।\n")


@pytest.mark.parametrize("toolbar", ["", _TOOLBAR])
def test_the_wayback_machines_banner_and_toolbar_are_the_archives(toolbar):
    # Its capture dates are no dates of the page: the date comes from the
    # archived page's own address, and no banner line is taken for a title.
    a = parse(_WAYBACK_TOP + toolbar + _PAGE)
    assert (a.headline, a.kicker, a.desk) == ("ফার্মগেটে বাসে আগুন", None, "নিজস্ব প্রতিবেদক")
    assert a.published.date == "2024-03-14" and "date_from_url" in a.warnings
    assert [o.kind for o in a.other] == ["crawl"] * (1 + toolbar.count("\n"))


_GOOGLE_CACHE = ("This is Google's cache of https://www.jagonews24.com/national/news/2024/03/14/12345. It is a snapshot "
                 "of the page as it appeared on 15 Mar 2024 10:10:11 GMT. The current page could have changed in the meantime. "
                 "Learn more.\nFull version Text-only version View source\nTip: To quickly find your search term on this page, "
                 "press Ctrl+F or ⌘-F (Mac) and use the find bar.\n")
_ARCHIVE_TODAY = ("archive.today webpage capture\n"
                  "Saved from https://www.jagonews24.com/national/news/2024/03/14/12345 search 15 Mar 2024 10:10:11 UTC\n"
                  "All snapshots from host www.jagonews24.com\nWebpage Screenshot share download .zip report bug or abuse\n")


@pytest.mark.parametrize("banner", [_GOOGLE_CACHE, _ARCHIVE_TODAY])
def test_google_caches_and_archive_todays_banners_are_the_archives(banner):
    # As the Wayback Machine's: crawl lines, the capture's date no date of the page,
    # the archived page's address its URL (which dates a page that prints no date)
    a = parse(banner + _PAGE)
    assert (a.headline, a.kicker, a.desk) == ("ফার্মগেটে বাসে আগুন", None, "নিজস্ব প্রতিবেদক")
    assert a.body[0].startswith("রাজধানীর ফার্মগেটে")
    assert a.published.date == "2024-03-14" and "date_from_url" in a.warnings
    assert [o.kind for o in a.other] == ["crawl"] * banner.count("\n")


def test_a_wayback_address_given_as_the_url_dates_the_page_by_its_own_address():
    archived = "https://web.archive.org/web/20240315123456/https://www.prothomalo.com/bangladesh/abc123"
    assert parse(_PAGE, url=archived).published is None  # the capture's timestamp is no date of the page
    a = parse(_PAGE, url="https://web.archive.org/web/20240315123456/https://www.anandabazar.com/2024/03/14/x")
    assert (a.published.date, a.published.tz) == ("2024-03-14", "+05:30")  # and its host is the outlet's


_HEAD = """<!DOCTYPE html>
<html lang="bn"><head><meta charset="utf-8"><title>রাজধানীতে বাসে আগুন | প্রথম আলো</title>
{meta}
</head><body>
<h1>রাজধানীতে বাসে আগুন</h1>
<div class="byline">নিজস্ব প্রতিবেদক</div>
{dateline}<p>রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।</p>
</body></html>
"""


@pytest.mark.parametrize("meta", [
    '<meta property="article:published_time" content="2025-11-24T21:52:00+06:00">\n'
    '<meta property="article:modified_time" content="2025-11-24T22:10:00+06:00">',
    '<meta content="2025-11-24T21:52:00+06:00" itemprop="datePublished">\n'
    "<meta itemprop='dateModified' content='2025-11-24T22:10:00+06:00'>",
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-11-24T21:52:00+06:00", '
    '"dateModified": "2025-11-24T22:10:00+06:00"}</script>',
])
def test_an_html_pages_head_dates_it_when_it_prints_no_date_line(meta):
    a = parse(_HEAD.format(meta=meta, dateline=""))
    assert (a.published.datetime, a.updated.datetime) == ("2025-11-24T21:52:00+06:00", "2025-11-24T22:10:00+06:00")
    assert "published_from_meta" in a.warnings and "updated_from_meta" in a.warnings


def test_a_printed_date_line_wins_over_the_head_and_the_canonical_address_is_the_url():
    meta = ('<meta property="article:published_time" content="2025-11-20T10:00:00+06:00">\n'
            '<link rel="canonical" href="https://www.jagonews24.com/national/news/2025/11/24/1">')
    a = parse(_HEAD.format(meta=meta, dateline="<p>প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫</p>\n"))
    assert a.published.datetime == "2025-11-24T21:52+06:00" and "published_from_meta" not in a.warnings
    a = parse(_HEAD.format(meta=meta.split("\n")[1], dateline=""))
    assert (a.published.date, a.warnings[-1]) == ("2025-11-24", "date_from_url")


@pytest.mark.parametrize("head", ['<meta property="og:title" content="রাজধানীতে বাসে আগুন">',
                                  "<title>রাজধানীতে বাসে আগুন | প্রথম আলো</title>"])
def test_an_html_page_with_no_title_in_its_body_takes_its_heads(head):
    a = parse(f"<html><head>{head}</head><body><div>নিজস্ব প্রতিবেদক</div>"
              "<p>রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।</p></body></html>")
    assert (a.headline, a.desk) == ("রাজধানীতে বাসে আগুন", "নিজস্ব প্রতিবেদক")
    assert "headline_from_meta" in a.warnings and "no_headline" not in a.warnings


def test_a_time_elements_datetime_dates_a_page_that_prints_an_age():
    a = parse("<html><body><h1>রাজধানীতে বাসে আগুন</h1><div>নিজস্ব প্রতিবেদক</div>"
              '<time datetime="2025-11-24T21:52:00+06:00">২ ঘণ্টা আগে</time>'
              "<p>রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।</p></body></html>")
    assert a.published.datetime == "2025-11-24T21:52:00+06:00" and "published_from_meta" in a.warnings


@pytest.mark.parametrize("author,desk", [("নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক"), ("Kailash Sarkar", "Kailash Sarkar"),
                                         ("রফিকুল ইসলাম", "রফিকুল ইসলাম"), ("admin", None),
                                         ("https://www.facebook.com/someone", None)])
def test_an_html_page_with_no_byline_in_its_body_takes_its_heads_author(author, desk):
    a = parse(f'<html><head><meta name="author" content="{author}"></head><body><h1>রাজধানীতে বাসে আগুন</h1>'
              "<p>রাজধানীর ফার্মগেটে একটি বাসে আগুন দেওয়া হয়েছে। ফায়ার সার্ভিস আগুন নিয়ন্ত্রণে এনেছে।</p></body></html>")
    assert a.desk == desk and ("desk_from_meta" in a.warnings) == (desk is not None)


_BODY = ("রাজধানীতে আজ সকাল থেকে তীব্র যানজট দেখা দিয়েছে। অফিসগামী মানুষ দুর্ভোগে পড়েছেন।\n"
         "ট্রাফিক পুলিশ বলছে, কয়েকটি সড়কে সংস্কারকাজ চলায় এ অবস্থা।\n")


@pytest.mark.parametrize("header,desk,published,crawl", [
    ("Title: রাজধানীতে তীব্র যানজট\nAuthor: নিজস্ব প্রতিবেদক\nDate: 2025-11-29T10:30:00+06:00\n"
     "URL: https://www.prothomalo.com/bangladesh/capital/abc123\n\n", "নিজস্ব প্রতিবেদক", "2025-11-29T10:30:00+06:00",
     ["URL: https://www.prothomalo.com/bangladesh/capital/abc123"]),
    ("শিরোনাম: রাজধানীতে তীব্র যানজট\nলেখক: নিজস্ব প্রতিবেদক\nতারিখ: ২৯ নভেম্বর ২০২৫\nবিভাগ: রাজধানী\n\n",
     "নিজস্ব প্রতিবেদক", "2025-11-29", ["বিভাগ: রাজধানী"]),
    # the body's first paragraph after `body:` on the header's last line
    ("headline: রাজধানীতে তীব্র যানজট\npublished_at: 2025-11-29 10:30:00\nsource: prothomalo\nbody: ", None,
     "2025-11-29T10:30:00+06:00", ["source: prothomalo"]),
])
def test_a_scrapers_key_value_header_without_fences(header, desk, published, crawl):
    a = parse(header + _BODY)
    assert (a.headline, a.desk, a.kicker) == ("রাজধানীতে তীব্র যানজট", desk, None)
    assert (a.published.datetime or a.published.date) == published
    assert a.body[0].startswith("রাজধানীতে আজ") and len(a.body) == 2
    assert [o.text for o in a.other if o.kind == "crawl"] == crawl


def test_a_header_with_no_date_dates_the_page_by_its_url():
    a = parse("Title: রাজধানীতে তীব্র যানজট\nURL: https://www.jagonews24.com/national/news/2025/11/29/1234\n\n" + _BODY)
    assert (a.headline, a.published.date, "date_from_url" in a.warnings) == ("রাজধানীতে তীব্র যানজট", "2025-11-29", True)


def test_a_tickers_title_label_over_a_page_is_no_field_header():
    # `শিরোনাম:` with headlines after it is a ticker (formats.md §4), and no byline or date key follows
    a = parse("শিরোনাম: বাজেট পাস আজ • বিপিএলের সূচি ঘোষণা\nরাজধানীতে তীব্র যানজট\nনিজস্ব প্রতিবেদক\n"
              "প্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n" + _BODY)
    assert (a.headline, a.desk) == ("রাজধানীতে তীব্র যানজট", "নিজস্ব প্রতিবেদক")


@pytest.mark.parametrize("mark", ["> ", ">", "> > "])
def test_a_page_quoted_whole_reads_as_the_page(mark):
    from conftest import SAMPLES
    text = (SAMPLES / "seed_north_korea_defence_pact.txt").read_text(encoding="utf-8")
    a, b = parse(text), parse("\n".join(mark + s for s in text.split("\n")))
    assert (b.headline, b.desk, b.published, b.body, b.links) == (a.headline, a.desk, a.published, a.body, a.links)


def test_a_one_line_page_quoted_whole():
    from conftest import SAMPLES
    text = (SAMPLES / "mzamin_copy_one_line_page.txt").read_text(encoding="utf-8")
    a, b = parse(text), parse("\n".join("> " + s if s else s for s in text.split("\n")))
    assert (b.headline, b.desk, b.published, b.body) == (a.headline, a.desk, a.published, a.body)


def test_a_quoted_line_inside_a_page_keeps_its_mark():
    a = parse("রাজধানীতে তীব্র যানজট\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n" + _BODY
              + "> যানজট নিরসনে কাজ চলছে, বললেন ট্রাফিক কর্মকর্তা।\n")
    assert a.body[-1] == "> যানজট নিরসনে কাজ চলছে, বললেন ট্রাফিক কর্মকর্তা।"


def test_section_links_under_a_readers_title_are_menu_not_summary():
    """Jina Reader prints the site's menu as bullets of a word or two under
    the title; a summary's points are sentences."""
    page = "\n".join(["Title: ঢাকায় তিন দিনের বৃষ্টির পূর্বাভাস", "", "Markdown Content:",
                      "ঢাকায় তিন দিনের বৃষ্টির পূর্বাভাস", "===============", "",
                      "*   [জাতীয়](https://example.com/national)", "*   [রাজনীতি](https://example.com/politics)", "",
                      "*   সাগরে লঘুচাপের কারণে সারা দেশে বৃষ্টি হতে পারে", "",
                      "নিজস্ব প্রতিবেদক", "", "প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫", "",
                      "রাজধানীসহ দেশের বিভিন্ন জায়গায় আগামী তিন দিন বৃষ্টি হতে পারে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।"])
    a = parse(page)
    kinds = {o.text: o.kind for o in a.other}
    assert (kinds["- জাতীয়"], kinds["- রাজনীতি"]) == ("menu", "menu")
    assert kinds["- সাগরে লঘুচাপের কারণে সারা দেশে বৃষ্টি হতে পারে"] == "summary"
    assert (a.headline, a.desk) == ("ঢাকায় তিন দিনের বৃষ্টির পূর্বাভাস", "নিজস্ব প্রতিবেদক")
