"""Tag, category and author listings (formats.md §1c, family F) are not articles."""
from __future__ import annotations

from bnnews import parse

_ITEM = ("  • {t}\n    {t}\n{teaser}\nRead More »\n")


def _listing(header="Category: জাতীয়"):
    items = [("প্রথম খবরের শিরোনাম", "প্রথম খবরের সারসংক্ষেপ এখানে কেটে দেওয়া হয়েছে […]"),
             ("দ্বিতীয় খবরের শিরোনাম", "দ্বিতীয় খবরের সারসংক্ষেপ এখানে শেষ হয়নি…"),
             ("তৃতীয় খবরের শিরোনাম", "তৃতীয় খবরের সারসংক্ষেপ, যা শেষে জোড়া লাগা।বিস্তারিত পড়ুন")]
    return header + "\n" + "".join(_ITEM.format(t=t, teaser=x) for t, x in items)


def test_a_listing_gives_links_and_no_article():
    a = parse(_listing())
    assert "listing_page" in a.warnings
    assert a.headline is None and a.body == ()
    assert a.links == ("প্রথম খবরের শিরোনাম", "দ্বিতীয় খবরের শিরোনাম", "তৃতীয় খবরের শিরোনাম")
    kinds = {o.kind for o in a.other}
    assert kinds == {"label", "repeat", "teaser", "menu"}
    # Every non-blank line is accounted for.
    assert len(a.other) + len(a.links) == sum(1 for s in _listing().splitlines() if s.strip())


def test_an_article_with_an_author_line_is_not_a_listing():
    page = ("খবরের শিরোনাম এখানে লেখা\nAuthor: রাকিব হাসান\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n"
            "এটি খবরের প্রথম অনুচ্ছেদ, যা দাঁড়ি দিয়ে শেষ হয়েছে বলে ধরা যায়।\n"
            "দ্বিতীয় অনুচ্ছেদেও আরও কিছু কথা লেখা আছে এবং এটি শেষ হয়েছে।\n"
            "• সম্পর্কিত খবর এক…\n• সম্পর্কিত খবর দুই…\n")
    a = parse(page)
    assert "listing_page" not in a.warnings
    assert a.headline == "খবরের শিরোনাম এখানে লেখা" and len(a.body) == 2
