"""Tag, category and author listings (formats.md §1c, family F) are not articles."""
from __future__ import annotations

import pytest

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


_STREAM = [
    ("লোডশেডিং বাড়তে পারে গ্রীষ্মে",
     "চাহিদা অনুযায়ী বিদ্যুৎ উৎপাদন বাড়ছে না। ফলে আসন্ন গ্রীষ্মে ঘন ঘন লোডশেডিংয়ের আশঙ্কা রয়েছে।", "১৪ ঘণ্টা আগে"),
    ("সমুদ্রসম্পদ কাজে লাগানোর তাগিদ প্রধানমন্ত্রীর",
     "প্রধানমন্ত্রী আজ সমুদ্রসম্পদ আহরণের ওপর জোর দিয়েছেন। প্রতিবেশীদের সঙ্গে বন্ধুত্ব রাখার কথাও বলেছেন।",
     "১ ঘণ্টা আগে"),
    ("ইউরোপীয় কমিশন সহযোগিতা বাড়াবে",
     "ইউরোপীয় কমিশনের প্রেসিডেন্ট আগামী বছরগুলোতে একসঙ্গে কাজ করার আগ্রহ প্রকাশ করেছেন বলে জানা গেছে।", "28m ago"),
]


def test_a_front_pages_stream_of_stories_is_a_listing():
    # TITLE / TEASER / AGE, three times: the titles are links, no article
    a = parse("\n".join(["সর্বশেষ"] + [line for story in _STREAM for line in story]))
    assert "listing_page" in a.warnings
    assert a.links == tuple(t for t, _, _ in _STREAM)
    assert a.headline is None and a.body == ()
    assert [o.kind for o in a.other] == ["label"] + ["teaser", "clock"] * 3


def test_the_age_first_and_a_live_blog_under_its_byline():
    a = parse("\n".join(line for t, te, age in _STREAM for line in (age, t, te)))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _STREAM)  # each title once
    # under a byline and a stamp the same shape is a live blog's entries: an article
    b = parse("\n".join(["বিপিএল ফাইনালের লাইভ আপডেট", "স্পোর্টস ডেস্ক", "প্রকাশিত: ২৯ নভেম্বর ২০২৫, ১৮:০০"]
                        + [line for t, te, age in _STREAM for line in (age, t, te)]))
    assert "listing_page" not in b.warnings and b.headline == "বিপিএল ফাইনালের লাইভ আপডেট"


def test_a_days_page_of_teasers_cut_off_with_read_more_is_a_listing():
    # kalaroanews: the day's date, `বর্তমানে দিন হিসাবে দেখছেন`, then TITLE / TEASER…বিস্তারিত পড়ুন
    stories = [(t, te.rstrip("।") + "বিস্তারিত পড়ুন") for t, te, _ in _STREAM]
    a = parse("\n".join(["শুক্রবার, অক্টোবর ৫, ২০১৮", "বর্তমানে দিন হিসাবে দেখছেন"]
                       + [line for story in stories for line in story]))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in stories)
    assert [o.kind for o in a.other] == ["date", "label"] + ["teaser"] * 3 and a.published is None


def test_an_article_with_its_related_stories_under_it_is_no_listing():
    lead = ("রাজধানীতে আজ সকালে টানা বৃষ্টিতে বিভিন্ন এলাকায় জলাবদ্ধতা তৈরি হয়েছে এবং অফিসগামী মানুষ চরম দুর্ভোগে "
            "পড়েছেন বলে জানা গেছে।")
    a = parse("\n".join([lead] + [line for story in _STREAM for line in story]))
    assert "listing_page" not in a.warnings and a.body[0] == lead
    assert "date_relative" not in a.warnings  # the related stories' ages are not the page's date


def test_a_year_archive_with_read_more_lines_is_a_listing():
    # britbanglanews: `Yearly Archives: 2023`, then TITLE / TEASER … / `Read More »`, unbulleted
    lines = ["DON'T MISS", "Home » 2023", "", "Yearly Archives: 2023", ""]
    for t, te, _ in _STREAM:
        lines += [t, "", f"{t} {te.rstrip('।')} ...", "", "Read More »", ""]
    a = parse("\n".join(lines))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _STREAM)


def test_a_month_archive_of_titles_printed_twice_is_a_listing():
    # A WordPress theme's `Monthly Archives:` under its clock: each title twice
    # (the link, the image's alt text), a teaser with the desk glued, `... Read More »`
    lines = ["Sunday , 29 November 2026", "ব্রেকিং নিউজ", "", "Monthly Archives: November 2026", ""]
    for t, te, _ in _STREAM:
        lines += [t, "", t, "", f"নিজস্ব প্রতিবেদকঃ {te.rstrip('।')} ... Read More »", ""]
    a = parse("\n".join(lines))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _STREAM)
    assert a.published is None and a.headline is None and a.body == ()
    kinds = [o.kind for o in a.other]
    assert kinds[:3] == ["clock", "menu", "label"] and kinds.count("repeat") == len(_STREAM)


@pytest.mark.parametrize("stamps", [["10 July 2024, 18:00 PM", "10 July 2024, 08:13 AM", "9 July 2024, 18:00 PM"],
                                    ["২৯ নভেম্বর ২০২৫, ১০:১৫", "২৮ নভেম্বর ২০২৫, ২১:৪০", "২৮ নভেম্বর ২০২৫"]])
def test_an_author_page_stamping_each_story_with_its_date_is_a_listing(stamps):
    """thedailystar's author page: TITLE / TEASER / DATE, the date where a
    front page prints the age. The dates are `date` lines, none published;
    under a byline and a stamp the same shape stays an article."""
    stories = [line for (t, te, _), d in zip(_STREAM, stamps) for line in (t, te, d)]
    a = parse("\n".join(stories))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _STREAM)
    assert [o.kind for o in a.other] == ["teaser", "date"] * 3 and a.published is None
    b = parse("\n".join(["বিপিএল ফাইনালের লাইভ আপডেট", "স্পোর্টস ডেস্ক", "প্রকাশিত: ২৯ নভেম্বর ২০২৫, ১৮:০০"] + stories))
    assert "listing_page" not in b.warnings


def test_a_tag_page_of_titles_each_with_its_date_is_a_listing():
    """TITLE / DATE four times, no teasers: a tag's page; not an article whose
    headline is the first title (and whose `updated` was an older story's date)."""
    titles = ["সুনামগঞ্জে বন্যা পরিস্থিতির অবনতি", "কুড়িগ্রামে নদীভাঙনে ঘর হারাল শতাধিক পরিবার",
              "সিলেটে আশ্রয়কেন্দ্রে খাবারের সংকট", "বন্যার পানি নামতে শুরু করেছে"]
    stamps = ["২৮ নভেম্বর ২০২৫, ১০:১৫", "২৭ নভেম্বর ২০২৫, ০৯:৪০", "২৬ নভেম্বর ২০২৫, ১৮:২০", "২৫ নভেম্বর ২০২৫, ০৮:০০"]
    a = parse("ট্যাগ: বন্যা\n\n" + "\n\n".join(f"{t}\n{d}" for t, d in zip(titles, stamps)))
    assert "listing_page" in a.warnings and a.links == tuple(titles)
    assert a.published is None and a.headline is None



_DIGEST = [("দেশী-বিদেশী চার প্রতিষ্ঠান বিনিয়োগ করবে ১১ কোটি ডলার", "Bonik Barta",
            "মিরসরাইয়ে বেপজা অর্থনৈতিক অঞ্চলে ১১ কোটি ডলার বিনিয়োগ করবে চারটি প্রতিষ্ঠান। এতে সাড়ে সাত হাজার মানুষের কর্মসংস্থান হতে পারে।"),
           ("রাস্তার পাশে জ্বালানি বিক্রি কয়েক দিন বন্ধ থাকবে", "প্রথম আলো",
            "রাস্তার পাশে জ্বালানি বিক্রি কয়েক দিনের জন্য বন্ধ রাখা হবে বলে জানিয়েছেন স্বরাষ্ট্র উপদেষ্টা।"),
           ("ব্লক মার্কেটে ৬৪ কোটি টাকার লেনদেন", "The Financial Express",
            "দেশের প্রধান পুঁজিবাজারে গতকাল ব্লক মার্কেটে ৬৪ কোটি টাকার লেনদেন হয়েছে। সবচেয়ে বেশি লেনদেন হয়েছে ব্যাংকের শেয়ারে।")]


def test_a_digest_of_other_outlets_stories_is_a_listing():
    """A news flash (a ministry's clipping page): the day's date between the
    days before and after it, then TITLE / OUTLET / SUMMARY for each story.
    Not an article whose desk is the first outlet, its body the rest."""
    head = ["06-Nov-2025", "Friday 07 November 2025", "08-Nov-2025"]
    a = parse("\n\n".join(head + [line for story in _DIGEST for line in story]))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _DIGEST)
    assert (a.headline, a.desk, a.published, a.body) == (None, None, None, ())
    assert [o.kind for o in a.other] == ["date"] * 3 + ["teaser"] * 6


_TV9 = [("Kolkata Metro: ফের বিভ্রাট মেট্রোয়, দুর্ভোগে নিত্যযাত্রীরা",
         "Kolkata Metro: সোমবার সকালে অফিস টাইমে হঠাৎই থমকে যায় মেট্রো পরিষেবা। প্রায় আধঘণ্টা আটকে থাকেন যাত্রীরা।",
         "Nov 23, 2026", "12:33 pm"),
        ("Weather Update: শীতের আমেজ বাড়বে সপ্তাহান্তে",
         "Weather Update: আলিপুর আবহাওয়া দফতর জানিয়েছে, সপ্তাহান্তে তাপমাত্রা আরও দুই থেকে তিন ডিগ্রি নামতে পারে।",
         "Nov 22, 2026", "9:02 pm"),
        ("Durga Puja: পুজোর আগে কুমোরটুলিতে ব্যস্ততা তুঙ্গে",
         "Durga Puja: প্রতিমা তৈরির কাজে দিনরাত এক করে খাটছেন শিল্পীরা। এবার বিদেশেও পাড়ি দিচ্ছে বহু প্রতিমা।",
         "Nov 20, 2026", "1:14 pm")]
_BIO = "দীর্ঘ পনেরো বছর ধরে খবরের খোঁজে ঘুরে বেড়াচ্ছি। সংবাদপত্র, ডিজিটাল হয়ে এখন টিভি। আন্তর্জাতিক সম্পর্কে বিশেষ আগ্রহ।"


@pytest.mark.parametrize("bullet", ["- ", ""])
def test_an_author_page_closing_each_story_with_a_block_of_stamps_is_a_listing(bullet):
    # TV9 Bangla's author page: the writer's note, then TITLE / TEASER /
    # `- TV9 Bangla` / `- Updated on: DATE` / `- TIME` for each story
    lines = [_BIO]
    for t, te, d, tm in _TV9:
        lines += [t, te, "- TV9 Bangla", f"{bullet}Updated on: {d}", f"{bullet}{tm}"]
    a = parse("\n".join(lines))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _, _ in _TV9)
    assert (a.headline, a.updated, a.body) == (None, None, ())
    assert [o.kind for o in a.other].count("date") == 6


def test_an_article_over_related_stories_with_stamp_blocks_stays_an_article():
    lines = ["মেট্রোয় ফের বিভ্রাট, দুর্ভোগে যাত্রীরা", "নিজস্ব প্রতিবেদন", "Updated on: Nov 24, 2026",
             _BIO.replace("।", "", 1) + " সোমবার সকালে মেট্রো পরিষেবা থমকে যায় বলে জানিয়েছেন যাত্রীরা।"]
    for t, te, d, tm in _TV9:
        lines += [t, te, "- TV9 Bangla", f"- Updated on: {d}", f"- {tm}"]
    a = parse("\n".join(lines))
    assert "listing_page" not in a.warnings and a.headline == "মেট্রোয় ফের বিভ্রাট, দুর্ভোগে যাত্রীরা"


def test_an_aggregators_titles_credited_with_a_tilde_are_links_without_the_outlet():
    # `TITLE ~OUTLET` / TEASER cut off with `[…]`: an aggregator's page of other outlets' stories
    outlets = ["কালবেলা", "বিবিসি বাংলা", "The Daily Star"]
    lines = ["খবরের সংকলন"]
    for (t, _, te), o in zip(_DIGEST, outlets):
        lines += [f"{t} ~{o}", te.rstrip("।") + " […]"]
    a = parse("\n\n".join(lines))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _DIGEST)


def test_a_tilde_before_no_outlet_stays_in_the_title():
    lines = ["খবরের সংকলন"] + [x for t, _, te in _DIGEST for x in (t + " ~২ ঘণ্টা", te.rstrip("।") + " […]")]
    a = parse("\n\n".join(lines))
    assert a.links == tuple(t + " ~২ ঘণ্টা" for t, _, _ in _DIGEST)


def test_an_article_over_stories_credited_to_outlets_stays_an_article():
    a = parse("\n".join(["বেপজায় নতুন বিনিয়োগ", "নিজস্ব প্রতিবেদক", "প্রকাশ: ০৭ নভেম্বর ২০২৫, ১০:০০",
                         "বেপজায় নতুন বিনিয়োগ এসেছে। এতে কর্মসংস্থান বাড়বে বলে আশা করা হচ্ছে।"]
                        + [line for story in _DIGEST for line in story]))
    assert "listing_page" not in a.warnings and a.desk == "নিজস্ব প্রতিবেদক"


_CUT = ["কলকাতা পুরসভার আর্থিক পরিস্থিতি যে ভালো নয়, সেটা আগেই জানিয়েছেন মেয়র। শনিবার শিল্পোদ্যোগীদের এগিয়ে আসার আহ্বান জানালেন...",
        "ফের একবার কলকাতা পুরসভার ডেপুটি মেয়রের দায়িত্ব নিলেন দীর্ঘদিনের কাউন্সিলর। তাঁর হাতে থাকছে পুরসভার স্বাস্থ্য...",
        "কলকাতা: ক্রমশ শক্তি বাড়াচ্ছে সাগরে ঘনীভূত নিম্নচাপ। কালীপুজোর দিনই বঙ্গোপসাগরে তৈরি হবে ঘূর্ণিঝড়। …"]


@pytest.mark.parametrize("page,kinds", [
    ("\n".join(_CUT + ["কলকাতা কর্পোরেশনের নব নির্বাচিত কাউন্সিলররা শুক্রবার শপথ নেবেন। দুপুর ২টো থেকে শুরু হবে অনুষ্ঠান।"]),
     ["teaser"] * 4),
    ("কলকাতা পুরসভা\n-\n" + "\n-\n".join(_CUT), ["menu", "separator", "teaser", "separator", "teaser", "separator", "teaser"]),
])
def test_a_tag_page_of_cut_off_teasers_without_titles_is_a_listing(page, kinds):
    """West Bengal portals' tag pages whose dump lost the titles: no teaser
    cut off with `...` is the headline."""
    a = parse(page)
    assert "listing_page" in a.warnings and (a.headline, a.body, a.links) == (None, (), ())
    assert [o.kind for o in a.other] == kinds


@pytest.mark.parametrize("more", ["Read More →", "Read More", "…বিস্তারিত পড়ুন"])
def test_a_tag_page_of_teasers_cut_off_by_a_glued_read_more_is_a_listing(more):
    """ritambangla's tag pages: titles lost, each teaser closed by its link
    glued to its last word (`…ছিল।Read More →`)."""
    teasers = [t.rstrip(".… ") + more for t in _CUT]
    a = parse("\n\n".join(teasers))
    assert "listing_page" in a.warnings and (a.headline, a.body, a.links) == (None, (), ())
    assert [o.kind for o in a.other] == ["teaser"] * 3


def test_paragraphs_closed_by_a_glued_read_more_under_a_title_and_byline_stay_an_article():
    a = parse("পুরসভার বাজেট পেশ\nনিজস্ব সংবাদদাতা, কলকাতা\n" + "\n".join(t.rstrip(".… ") + "Read More →" for t in _CUT))
    assert "listing_page" not in a.warnings and a.headline == "পুরসভার বাজেট পেশ" and len(a.body) == 3


def test_cut_off_paragraphs_under_a_title_and_byline_stay_an_article():
    a = parse("পুরসভার বাজেট পেশ\nনিজস্ব সংবাদদাতা, কলকাতা\n" + "\n".join(_CUT))
    assert "listing_page" not in a.warnings and a.headline == "পুরসভার বাজেট পেশ"


_TITLES = ["রাজধানীতে তীব্র যানজট, দুর্ভোগে যাত্রীরা", "বাজারে সবজির দাম কমেছে", "নদীভাঙনে বিলীন শতাধিক বাড়ি",
           "শীতের আগমনে বাড়ছে ঠান্ডাজনিত রোগ", "বিপিএলের সূচি ঘোষণা", "মেট্রোরেলের নতুন স্টেশন চালু"]


def test_a_section_page_of_titles_alone_is_a_listing():
    # a section page dumped as its stories' titles under its menu: no paragraph, byline or date
    a = parse("\n".join(["প্রচ্ছদ", "জাতীয়"] + _TITLES))
    assert "listing_page" in a.warnings and a.links == tuple(_TITLES)
    assert a.headline is None and [o.kind for o in a.other] == ["menu", "menu"]


@pytest.mark.parametrize("extra", [["নিজস্ব প্রতিবেদক"], ["প্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:০০"]])
def test_titles_under_a_byline_or_a_date_are_no_listing(extra):
    a = parse("\n".join(_TITLES[:1] + extra + _TITLES[1:]))
    assert "listing_page" not in a.warnings and a.headline == _TITLES[0]


def test_a_poems_rhyming_lines_are_no_titles():
    verse = ["কুয়াশা নামে নদীর বুকে", "শিশির ঝরে ঘাসের মুখে", "মায়ের হাতে পিঠার ঘ্রাণ",
             "খেজুর রসে ভরে প্রাণ", "উত্তুরে হাওয়া কাঁপায় গা", "আগুন পোহায় ছেলে মা"]
    a = parse("\n".join(["শীতের কবিতা"] + verse))
    assert "listing_page" not in a.warnings and a.links == ()



def test_a_tag_page_of_titles_printed_twice_stamped_with_ages_and_dates_is_a_listing():
    # TITLE / TITLE (the image's alt text) / TEASER or none / `১৫ ঘণ্টা আগে` or `০৩ আগস্ট ২০২৫`:
    # the newest stories stamped with their ages, the older with their dates
    t1, t2, t3 = "শরীয়তপুরকে ঢাকায় রাখতে স্মারকলিপি", "সরকারের জমি ব্যক্তির হাতে দিচ্ছে প্রশাসন", \
        "জেলা প্রশাসন কি জবাবদিহির ঊর্ধ্বে?"
    teaser = "আহ্বায়ক বলেন, আমাদের জেলার প্রতিটি মানুষ ঢাকার সঙ্গে ওতপ্রোতভাবে জড়িত। বিভাজন হবে আত্মঘাতী।"
    a = parse("\n\n".join([t1, t1, teaser, "১৫ ঘণ্টা আগে", t2, t2, "০৩ আগস্ট ২০২৫", t3, t3, "০৮ জানুয়ারি ২০২৫"]))
    assert "listing_page" in a.warnings and a.links == (t1, t2, t3)
    assert (a.headline, a.published, a.body) == (None, None, ())
    assert [o.kind for o in a.other] == ["repeat", "teaser", "clock", "repeat", "date", "repeat", "date"]



_FRONT = [("রাজধানীতে বোমা হামলায় যুবক নিহত",
           "মগবাজারে দুর্বৃত্তদের ছোড়া বোমার বিস্ফোরণে এক যুবক নিহত হয়েছেন। বুধবার (২৪ ডিসেম্বর) সন্ধ্যায় এ ঘটনা ঘটে।"),
          ("নির্বাচনে অংশ নিতে পারবে না দলটি : প্রেস সচিব",
           "আগামী সংসদ নির্বাচনে দলটির অংশগ্রহণের সুযোগ নেই বলে সরকারের অবস্থান স্পষ্ট করেছেন প্রেস সচিব।"),
          ("নেতার দেশে ফেরা ঘিরে ট্রাফিক নির্দেশনা",
           "নেতার দেশে ফেরাকে কেন্দ্র করে ট্রাফিক নির্দেশনা দিয়েছে মহানগর পুলিশ। বুধবার (২৪ ডিসেম্বর) এ নির্দেশনা দেওয়া হয়।"),
          ("ভবন নির্মাণের প্রকল্পে অনিয়মের অভিযোগ",
           "একটি সরকারি ভবন নির্মাণ প্রকল্পে অনিয়মের অভিযোগ উঠেছে। মঙ্গলবার (২৩ ডিসেম্বর) স্থানীয়রা মানববন্ধন করেন।")]


def test_a_front_page_of_whole_teasers_is_a_listing():
    # timenewsbd24's home page: the logo's name, then TITLE / LEAD four times, no byline or date;
    # the leads tell their day as news leads do
    a = parse("TimeNewsBD-Logo-H90\n\n" + "\n\n".join(f"{t}\n\n{p}" for t, p in _FRONT))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _FRONT)
    assert (a.headline, a.kicker, a.body) == (None, None, ())
    assert [o.kind for o in a.other] == ["menu"] + ["teaser"] * 4


@pytest.mark.parametrize("header", ["নিজস্ব প্রতিবেদক", "প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১০:০০"])
def test_an_article_with_subheads_under_a_byline_or_date_stays_an_article(header):
    t0, p0 = _FRONT[0]
    a = parse(f"{t0}\n{header}\n{p0}\n" + "\n".join(f"{t}\n{p}" for t, p in _FRONT[1:]))
    assert "listing_page" not in a.warnings and a.headline == t0 and len(a.body) == 7



def test_an_author_page_of_cut_teasers_each_over_its_date_is_a_listing():
    # kalbela's author page: the writer's name, then TEASER... / DATE, with no titles
    teasers = ["বিশাল বঙ্গোপসাগরের তীরে বিশ্বের সবচেয়ে বড় বদ্বীপ রাষ্ট্র বাংলাদেশ ১৯৭১ সালে জন্ম নেয়। এ রাষ্ট্রের উত্তরে...",
               "ভাষা আন্দোলনের ইতিহাস আমাদের জাতীয় জীবনের সবচেয়ে গুরুত্বপূর্ণ অধ্যায়গুলোর একটি। এই আন্দোলনের পথ ধরেই...",
               "নারীর ক্ষমতায়নে গত কয়েক দশকে বাংলাদেশ উল্লেখযোগ্য অগ্রগতি অর্জন করেছে। তবে এখনো অনেক চ্যালেঞ্জ রয়ে গেছে..."]
    dates = ["২২ ফেব্রুয়ারি ২০২৪, ১২:০০ এএম", "২০ ফেব্রুয়ারি ২০২৪, ১২:০০ এএম", "০৮ মার্চ ২০২৪, ১২:০০ এএম"]
    a = parse("\n".join(["কাজী শায়লা সুলতানা"] + [x for pair in zip(teasers, dates) for x in pair]))
    assert "listing_page" in a.warnings and (a.headline, a.published, a.links) == (None, None, ())
    assert [o.kind for o in a.other] == ["menu"] + ["teaser", "date"] * 3



def test_an_aggregators_stories_stamped_with_date_and_outlet_under_many_menus_are_a_listing():
    # bengalinfo: a long menu, then `• TITLE` / `NAME: TEASER ...` / `১৯ জুন ২০২৫ প্রতিদিন` (the date, then the outlet)
    menu = ["BENGAL INFO", "• News", "• ক্যালেন্ডার", "• Hospitals", "• KOLKATA WEATHER", "• খেলা | ব্যবসা | বিনোদন | রাজ্য"]
    stories = [("প্রথম বছরেই আই লিগ জিতে লক্ষ্য আইএসএল", "দুলাল দে: ক্লাবের বয়স মাত্র তিন বছর। তার মধ্যেই সুপার লিগে ওঠার হাতছানি দলটির সামনে ...",
                "১৯ জুন ২০২৫ প্রতিদিন"),
               ("বাংলা সাহিত্যে নক্ষত্রপতন, প্রয়াত কথাসাহিত্যিক", "ডিজিটাল ডেস্ক: বহু জনপ্রিয় উপন্যাসের স্রষ্টা তিনি। সেই কিংবদন্তি সাহিত্যিক প্রয়াত হলেন ...",
                "১৬ সেপ্টেম্বর ২০২৫ প্রতিদিন"),
               ("অভিজাত আবাসনে মহিলার রহস্যমৃত্যু", "অর্ণব আইচ: অভিজাত আবাসনে মহিলার রহস্যমৃত্যু। আবাসনের সামনে থেকে উদ্ধার রক্তাক্ত দেহ ...",
                "২৬ জুন ২০২৫ প্রতিদিন")]
    a = parse("\n".join(menu + ["• " + stories[0][0]] + list(stories[0][1:])
                        + [x for story in stories[1:] for x in story]))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in stories)
    assert (a.headline, a.published, a.body) == (None, None, ())



_GLUED = [("প্রথম বছরেই আই লিগ জিতে লক্ষ্য আইএসএল",
           "দুলাল দে: ক্লাবের বয়স মাত্র তিন বছর। তার মধ্যেই সুপার লিগে ওঠার হাতছানি দলটির সামনে ...",
           "১৯ জুন ২০২৫ আনন্দবাজার"),
          ("বাংলা সাহিত্যে নক্ষত্রপতন, প্রয়াত কথাসাহিত্যিক",
           "ডিজিটাল ডেস্ক: বহু জনপ্রিয় উপন্যাসের স্রষ্টা তিনি। সেই কিংবদন্তি সাহিত্যিক প্রয়াত হলেন ...",
           "১৬ সেপ্টেম্বর ২০২৫ এই সময়"),
          ("অভিজাত আবাসনে মহিলার রহস্যমৃত্যু",
           "অর্ণব আইচ: অভিজাত আবাসনে মহিলার রহস্যমৃত্যু। আবাসনের সামনে থেকে উদ্ধার রক্তাক্ত দেহ ...",
           "২৬ জুন ২০২৫ সংবাদ প্রতিদিন")]


def test_an_aggregators_stamps_glued_to_the_next_stories_titles_are_a_listing():
    """bengalinfo dumped with no break between a story's stamp (date, outlet)
    and the next story's title: `১৯ জুন ২০২৫ আনন্দবাজারTITLE`. The glued
    titles are links; the first story's title was the headline, its teaser
    the body."""
    menu = ["BENGAL INFO", "• News", "• ক্যালেন্ডার", "• KOLKATA WEATHER"]
    page = menu + ["• " + _GLUED[0][0], _GLUED[0][1]]
    for (_, _, stamp), (title, teaser, _) in zip(_GLUED, _GLUED[1:]):
        page += [stamp + title, teaser]
    a = parse("\n".join(page + [_GLUED[-1][2]]))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _GLUED)
    assert (a.headline, a.published, a.body) == (None, None, ())
    assert [o.kind for o in a.other] == ["menu"] * 4 + ["teaser"] * 3 + ["date"]


def test_a_date_before_an_outlets_name_with_its_case_ending_is_no_glued_title():
    # `প্রথম আলোর প্রতিবেদনে`: the name declined, not a title glued to it
    body = ["২৪ নভেম্বর ২০২৫ প্রথম আলোর প্রতিবেদনে বলা হয়, নদীভাঙনে শতাধিক পরিবার ঘর হারিয়েছে এবং তারা খোলা আকাশের নিচে আছে।",
            "২৫ নভেম্বর ২০২৫ প্রথম আলোতে প্রকাশিত আরেক খবরে জানা যায়, ত্রাণ পৌঁছায়নি এখনো অনেক গ্রামে এবং মানুষ কষ্টে আছে।",
            "স্থানীয় প্রশাসন বলছে, দ্রুত ত্রাণ পাঠানো হবে এবং ক্ষতিগ্রস্তদের তালিকা তৈরি করা হচ্ছে সব ইউনিয়নে।"]
    a = parse("\n".join(["নদীভাঙনে ঘর হারাল শতাধিক পরিবার", "নিজস্ব প্রতিবেদক", ""] + body))
    assert "listing_page" not in a.warnings and a.headline == "নদীভাঙনে ঘর হারাল শতাধিক পরিবার"
    assert len(a.body) == 3


_RANGPUR = [("নদীভাঙনে বিলীন শতাধিক বসতবাড়ি",
             "তিস্তার ভাঙনে গত এক সপ্তাহে শতাধিক বসতবাড়ি নদীগর্ভে বিলীন হয়েছে। ভাঙন ঠেকাতে জরুরি ব্যবস্থার দাবি জানিয়েছেন স্থানীয়রা...",
             "২৩ মার্চ ২০২১"),
            ("হিমাগারে আলু রাখার জায়গা নেই",
             "উত্তরাঞ্চলের হিমাগারগুলোতে আলু রাখার জায়গা ফুরিয়ে গেছে। কৃষকেরা বাধ্য হয়ে কম দামে আলু বিক্রি করছেন...",
             "২২ মার্চ ২০২১"),
            ("বোরো চাষে সেচ সংকট",
             "পানির স্তর নেমে যাওয়ায় বোরো চাষে সেচ দিতে হিমশিম খাচ্ছেন কৃষকেরা। অনেক নলকূপে পানি উঠছে না...",
             "২১ মার্চ ২০২১")]
_DESK_NOTE = ("নিজস্ব প্রতিবেদক বাংলাদেশের বিভিন্ন স্থান থেকে সরাসরি তথ্য সংগ্রহ করে পাঠকের কাছে সঠিক ও "
              "নির্ভরযোগ্য সংবাদ পৌঁছে দেয়। তারা ঘটনার প্রকৃত তথ্য ও বিশ্লেষণ তুলে ধরে।")


def test_an_author_page_under_its_header_and_the_writers_note_is_a_listing():
    """rangpurdaily's author page: `Author: নিজস্ব প্রতিবেদক`, a paragraph on
    who that is, then TITLE / TEASER... / DATE. The note under the listing's
    header is no article above the stories; the header is its `label`."""
    page = "Author: নিজস্ব প্রতিবেদক\n\n" + _DESK_NOTE + "\n\n" + "\n\n".join("\n".join(s) for s in _RANGPUR)
    a = parse(page)
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _, _ in _RANGPUR)
    assert (a.headline, a.published, a.body) == (None, None, ())
    kinds = [o.kind for o in a.other]
    assert kinds[0] == "label" and kinds[2:] == ["teaser", "date"] * 3


def test_an_article_under_an_author_line_over_dated_related_stories_stays_an_article():
    page = ("নদীভাঙনে দিশেহারা তিস্তাপারের মানুষ\nAuthor: নিজস্ব প্রতিবেদক\n\n" + _DESK_NOTE + "\n\n"
            + _DESK_NOTE.replace("নিজস্ব প্রতিবেদক", "স্থানীয় প্রশাসন") + "\n\n"
            + "\n\n".join("\n".join(s) for s in _RANGPUR))
    a = parse(page)
    assert "listing_page" not in a.warnings and a.headline == "নদীভাঙনে দিশেহারা তিস্তাপারের মানুষ"


_TWICE = [("রাশিয়ার বাইরে যাচ্ছেন পুতিন",
           "টানা চার মাস ধরে ইউক্রেনে সামরিক অভিযান চালাচ্ছে রাশিয়া। সোমবার (২৭ জুন) এক প্রতিবেদনে এই তথ্য জানিয়েছে রয়টার্স।"),
          ("চালের দাম কমেছে কেজিতে দুই টাকা",
           "রাজধানীর পাইকারি বাজারে চালের দাম কেজিতে দুই টাকা কমেছে। রবিবার (২৬ জুন) কারওয়ান বাজার ঘুরে এ চিত্র দেখা গেছে।"),
          ("বন্যায় পানিবন্দি লাখো মানুষ",
           "সিলেট ও সুনামগঞ্জে বন্যায় লাখো মানুষ পানিবন্দি হয়ে আছেন। শনিবার (২৫ জুন) পানি কিছুটা কমলেও দুর্ভোগ কমেনি।")]


def test_a_section_page_of_titles_printed_twice_over_whole_teasers_is_a_listing():
    """dhakawire24's `বিশেষ সংবাদ`: TITLE / TITLE (the image's alt text) /
    TEASER, with no ages or dates; not an article headed by the first story
    whose body runs the others' titles and teasers together."""
    page = "বিশেষ সংবাদ\n\n\n" + "\n\n".join(f"{t}\n\n{t}\n\n{te}" for t, te in _TWICE)
    a = parse(page)
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _TWICE)
    assert (a.headline, a.body) == (None, ())
    assert [o.kind for o in a.other] == ["menu"] + ["repeat", "teaser"] * 3


def test_an_authors_page_of_bulleted_titles_printed_twice_over_whole_stories_is_a_listing():
    """madhyom's author pages: `Author: NAME`, then for each story `• TITLE` /
    TITLE (the alt text, no bullet) / `DESK: TEASER` / a paragraph more; not
    an article headed by the first story whose body runs the others in."""
    page = "Author: জগন্নাথ চট্টোপাধ্যায়\n\n" + "\n\n".join(
        f"  • {t}\n\n    {t}\n\n    মাধ্যম নিউজ ডেস্ক: {te}\n\n    {te}" for t, te in _TWICE)
    a = parse(page)
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _TWICE)
    assert (a.headline, a.body) == (None, ())
    assert [o.kind for o in a.other] == ["label"] + ["repeat", "teaser", "teaser"] * 3


def test_a_tag_page_of_titles_printed_twice_each_over_its_byline_and_teaser_is_a_listing():
    # madhyom's tag pages: `• TITLE` / TITLE / NAME (or a desk) / TEASER
    names = ["তানিয়া বন্দ্যোপাধ্যায় পাল", "মাধ্যম নিউজ ডেস্ক", "সুশান্ত দাস"]
    page = "Tag: Bengali news\n\nBengali news\n\n" + "\n\n".join(
        f"  • {t}\n\n    {t}\n\n    {n}\n\n    {te}" for (t, te), n in zip(_TWICE, names))
    a = parse(page)
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _TWICE)
    assert [o.kind for o in a.other] == ["label", "menu"] + ["repeat", "teaser", "teaser"] * 3


def test_an_article_over_related_stories_printed_twice_stays_an_article():
    body = ("সিলেটে বন্যা পরিস্থিতির অবনতি হয়েছে। নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে বলে জানিয়েছে পানি উন্নয়ন বোর্ড।\n\n"
            "জেলা প্রশাসন জানিয়েছে, আশ্রয়কেন্দ্রগুলোতে শুকনা খাবার ও বিশুদ্ধ পানি পাঠানো হচ্ছে এবং আরও কেন্দ্র খোলা হবে।")
    page = "সিলেটে বন্যা পরিস্থিতির অবনতি\n\n" + body + "\n\nআরও পড়ুন\n\n" \
        + "\n\n".join(f"{t}\n\n{t}\n\n{te}" for t, te in _TWICE)
    a = parse(page)
    assert "listing_page" not in a.warnings and a.headline == "সিলেটে বন্যা পরিস্থিতির অবনতি"
    assert a.body[:2] == tuple(body.split("\n\n"))


_MORE_CUT = [("কৃষি পর্যটনের বিকাশ: যথাযথ ব্যবস্থাপনা জরুরি",
              "গ্রামের খেত, খামার আর বাগান ঘুরে দেখার আগ্রহ বাড়ছে শহরের মানুষের। এ আগ্রহকে কাজে লাগাতে পারলে কৃষকের আয় বাড়বে, তবে দরকার"),
             ("নির্বাচনের রোডম্যাপ নিয়ে ধোঁয়াশা",
              "নির্বাচনের সময় নিয়ে রাজনৈতিক দলগুলোর মধ্যে নানা মত দেখা যাচ্ছে। সরকারের পক্ষ থেকে স্পষ্ট রোডম্যাপ না আসায়"),
             ("ক্রমেই সঙ্কুচিত হচ্ছে শালবন",
              "শালবন মানেই ময়মনসিংহ, টাঙ্গাইল এবং গাজীপুর জেলার বিশাল বনভূমির কথা মনে করিয়ে দেয়। মূলত শাল গাছের আধিক্যের")]


@pytest.mark.parametrize("more", ["Read more", "Read More", "বিস্তারিত পড়ুন", "Continue Reading", "View more"])
def test_a_section_page_of_teasers_cut_with_no_mark_each_closed_by_read_more_is_a_listing(more):
    """abekshan, azkerbangladesh: TITLE / TEASER cut off mid-sentence with no
    `…` / `Read more` alone; not an article headed by the first title whose
    `Read more` opened a list of the others."""
    a = parse("উপ-সম্পাদকীয়\n\n" + "\n\n".join(f"{t}\n\n{te}\n\n{more}" for t, te in _MORE_CUT))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _MORE_CUT)
    assert (a.headline, a.body) == (None, ())
    assert [o.kind for o in a.other] == ["menu"] + ["teaser", "menu"] * 3


def test_an_article_over_related_teasers_closed_by_read_more_stays_an_article():
    body = ("সিলেটে বন্যা পরিস্থিতির অবনতি হয়েছে। নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে বলে জানিয়েছে পানি উন্নয়ন বোর্ড।\n\n"
            "জেলা প্রশাসন জানিয়েছে, আশ্রয়কেন্দ্রগুলোতে শুকনা খাবার ও বিশুদ্ধ পানি পাঠানো হচ্ছে এবং আরও কেন্দ্র খোলা হবে।")
    a = parse("সিলেটে বন্যা পরিস্থিতির অবনতি\n\nনিজস্ব প্রতিবেদক\n\n" + body + "\n\n"
              + "\n\n".join(f"{t}\n\n{te}\n\nRead more" for t, te in _MORE_CUT))
    assert "listing_page" not in a.warnings and a.headline == "সিলেটে বন্যা পরিস্থিতির অবনতি"
    assert a.body[:2] == tuple(body.split("\n\n"))


def test_a_themes_masthead_image_slots_are_menu_and_leave_the_listing_whole():
    # cns24news: `Left Image` / `Center Logo` / `Right Image` over a section's TITLE / TEASER...
    # (a title that ends with a danda is no link: the three others must be most of the page)
    stories = [(t, te.rstrip("।") + "...") for t, _, te in _DIGEST]
    stories.insert(1, ("বনের পশুকে নয়, মনের পশুকে কোরবানি দিন।",
                       "মুসলমানদের দুটি ধর্মীয় উৎসবের মধ্যে দ্বিতীয় বৃহত্তম উৎসব হচ্ছে কোরবানির ঈদ। প্রতি বছরের ন্যায়..."))
    a = parse("Left Image\nCenter Logo\nRight Image\nHome সম্পাদকীয়\n\nসম্পাদকীয়\n\n"
              + "\n\n".join(f"{t}\n\n{te}" for t, te in stories))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in stories if not t.endswith("।"))
    assert [o.kind for o in a.other][:3] == ["menu"] * 3


def test_an_aggregators_outlet_title_and_age_is_a_listing():
    # Google News: OUTLET / TITLE / AGE for each story
    stories = [("প্রথম আলো", "সিলেটে বন্যা পরিস্থিতির অবনতি, পানিবন্দি লাখো মানুষ", "২ ঘণ্টা আগে"),
               ("যুগান্তর", "বন্যায় সিলেটে দুর্ভোগ চরমে", "৩ ঘণ্টা আগে"),
               ("কালের কণ্ঠ", "সিলেটে নদীর পানি বিপৎসীমার ওপরে", "৫ ঘণ্টা আগে")]
    a = parse("\n".join(x for story in stories for x in story))
    assert "listing_page" in a.warnings and a.links == tuple(t for _, t, _ in stories)
    assert (a.headline, a.kicker) == (None, None)
    assert [o.kind for o in a.other] == ["menu", "clock"] * 3


_BYLINED = ["খেলাধুলা ডেস্ক || স্কোরবোর্ডের চিত্র দেখলে রীতিমতো বিস্ময় জন্মাবে! ওপেনিংয়ে এক ব্যাটারের ১০৩ রান। পরের পাঁচ ব্যাটসম্যান কেউ দুই অঙ্কের ঘরে যেতে পারেননি। অথচ",
            "খেলাধুলা প্রতিবেদক || লক্ষ্য আহমরি বড় ছিল না। রংপুর বিভাগ সবকটি উইকেট হারিয়ে ১৪৩ রানে গুটিয়ে যায়। রাজশাহীর প্রয়োজন ছিল সতর্ক ব্যাটিং। কিন্তু",
            "খেলাধুলা ডেস্ক || নভেম্বরে একটি জাতীয় ফুটবল দল প্রতিবেশী দেশ সফর করবে। সেখানে বিশ্ব চ্যাম্পিয়নরা ম্যাচও খেলবে তা নিশ্চিত করেছে ফেডারেশন। এজন্য"]


def test_a_section_page_of_teasers_each_opening_with_its_byline_is_a_listing():
    """prothomdak: teasers with no titles, each opening with a desk and cut off
    mid-sentence with no mark; not an article whose desk is the first one's."""
    a = parse("\n".join(_BYLINED))
    assert "listing_page" in a.warnings and (a.desk, a.body, a.links) == (None, (), ())
    assert [o.kind for o in a.other] == ["teaser"] * 3


def test_teasers_whose_bylines_close_with_a_double_danda_are_a_listing():
    # dailykhulnarkagoj's day archive: `NAME,ROLE।।LEAD ..বিস্তারিত পড়ুন`, the byline's mark a double danda
    teasers = [b.replace(" || ", "।।", 1) + " ..বিস্তারিত পড়ুন" for b in _BYLINED]
    a = parse("\n".join(teasers))
    assert "listing_page" in a.warnings and (a.desk, a.body, a.links) == (None, (), ())
    assert [o.kind for o in a.other] == ["teaser"] * 3
    # whole paragraphs under the same bylines stay an article
    paras = [p.replace(" || ", "।। ", 1).rsplit("।", 1)[0] + "।" for p in _BYLINED]
    a = parse("খেলার খবর এক নজরে\n" + "\n".join(paras))
    assert "listing_page" not in a.warnings


def test_an_article_whose_paragraphs_end_is_no_teaser_list():
    paras = [p.rsplit("।", 1)[0] + "।" for p in _BYLINED]  # whole paragraphs
    a = parse("খেলার খবর এক নজরে\n" + "\n".join(paras))
    assert "listing_page" not in a.warnings and a.desk == "খেলাধুলা ডেস্ক"


def test_a_bureaus_page_of_leads_each_under_the_same_dateline_is_a_listing():
    # banglanews24's Tripura page: `আগরতলা (ত্রিপুরা): LEAD`, one a story
    leads = ["আগরতলা (ত্রিপুরা): ছাত্র ভর্তিকে কেন্দ্র করে উত্তাল হয়ে উঠেছে রাজধানীর একটি ঐতিহ্যবাহী স্কুল।",
             "আগরতলা (ত্রিপুরা): রাজ্যের প্রায় আট হাজার হেক্টর জমিতে আনারস চাষ হচ্ছে। গত দুই বছরে আগ্রহ বেড়েছে।",
             "আগরতলা (ত্রিপুরা): রাজ্যে স্বেচ্ছায় রক্তদানে নতুন ইতিহাস সৃষ্টি করল একটি জেলা কমিটি।"]
    a = parse("\n".join(leads))
    assert "listing_page" in a.warnings and (a.headline, a.body, a.place) == (None, (), None)
    assert [o.kind for o in a.other] == ["teaser"] * 3


def test_a_story_from_one_city_whose_first_paragraph_has_the_dateline_stays_an_article():
    a = parse("ত্রিপুরায় আনারস চাষে আগ্রহ বাড়ছে\nআগরতলা (ত্রিপুরা): রাজ্যের প্রায় আট হাজার হেক্টর জমিতে আনারস চাষ হচ্ছে।\n"
              "গত দুই বছর ধরে রাজ্যে আনারস চাষে চাষিদের আগ্রহ বেড়েছে উল্লেখযোগ্য হারে।\n"
              "কৃষি দপ্তর জানিয়েছে, রপ্তানির সুযোগও তৈরি হচ্ছে।\n")
    assert "listing_page" not in a.warnings and a.headline == "ত্রিপুরায় আনারস চাষে আগ্রহ বাড়ছে"


def test_teasers_whose_read_more_is_glued_to_the_next_title_are_a_listing():
    """fastbangla's archive: `Desk Report: TEASER…` / `Read MoreNEXT TITLE`, the
    day's `Read MoreDay: September 21, 2025`; the glued titles are links."""
    page = ("Desk Report: Hamas is releasing photos of the remaining hostages in its possession. They call it a farewell photo…\n"
            "Read MoreDay: September 21, 2025\n"
            "Ninety more killed in airstrikes in Gaza\n"
            "Desk Report: The army launched a massive attack across the Gaza Strip on Saturday, the health ministry said…\n"
            "Read MoreRaid on a house in Chittagong, 23 bags of evidence seized\n"
            "Desk Report: The Anti-Corruption Commission has recovered 23 bags of evidence about assets abroad on Sunday…\n"
            "Read MoreI have confidence to play in the final, says captain\n"
            "Desk Report: The captain said he has confidence in the team ahead of the final after three days of practice…\n"
            "Read More\n")
    a = parse(page)
    assert "listing_page" in a.warnings and (a.headline, a.desk, a.published, a.body) == (None, None, None, ())
    assert a.links == ("Ninety more killed in airstrikes in Gaza", "Raid on a house in Chittagong, 23 bags of evidence seized",
                       "I have confidence to play in the final, says captain")


_NO_DAYS = [("ঘাটে ফেরি কম, দুই পাড়ে যানবাহনের দীর্ঘ সারি",
             "নদীর নাব্যতা কমে যাওয়ায় ফেরি চলাচল সীমিত করা হয়েছে। ঘাটের দুই পাড়ে কয়েকশ যানবাহন পারের অপেক্ষায় আছে।"),
            ("বইমেলার স্টল বরাদ্দ শুরু",
             "আগামী মাসে শুরু হতে যাওয়া বইমেলার স্টল বরাদ্দের কাজ শুরু হয়েছে। প্রকাশকদের সঙ্গে বৈঠক করেছে আয়োজক কমিটি।"),
            ("হাসপাতালে নতুন আইসিইউ চালু",
             "জেলা সদর হাসপাতালে দশ শয্যার নতুন আইসিইউ চালু হয়েছে। সিভিল সার্জন এর উদ্বোধন করেন।"),
            ("আলুর দামে স্বস্তি ফিরছে",
             "নতুন আলু বাজারে আসায় দাম কমতে শুরু করেছে। পাইকারি বাজারে প্রতি কেজি আলু বিক্রি হচ্ছে ত্রিশ টাকায়।"),
            ("টেস্ট দলে ফিরলেন অভিজ্ঞ পেসার",
             "চোট কাটিয়ে টেস্ট দলে ফিরেছেন অভিজ্ঞ পেসার। নির্বাচকেরা বলছেন, তাঁর অভিজ্ঞতা দলকে সাহায্য করবে।")]
_EXPLAINER = [("বন্যার সময় যা করবেন",
               "বন্যার পানি বাড়তে থাকায় উপকূলের মানুষ আতঙ্কে আছেন। বন্যার সময় কিছু সতর্কতা মেনে চললে ঝুঁকি কমানো যায়।"),
              ("আগে থেকে শুকনো খাবার রাখুন",
               "বন্যা শুরুর আগেই চিড়া, মুড়ি, গুড়ের মতো শুকনো খাবার সংগ্রহ করে রাখুন। বন্যায় রান্নার সুযোগ না-ও থাকতে পারে।"),
              ("বিশুদ্ধ পানি নিশ্চিত করুন",
               "বন্যার পানিতে ডায়রিয়ার ঝুঁকি বাড়ে। পানি ফুটিয়ে বা বিশুদ্ধকরণ ট্যাবলেট দিয়ে পান করুন।"),
              ("আশ্রয়কেন্দ্রের ঠিকানা জেনে রাখুন",
               "নিকটস্থ আশ্রয়কেন্দ্র কোথায় তা আগেই জেনে রাখুন। বন্যার পানি দ্রুত বাড়লে দেরি না করে সেখানে চলে যান।"),
              ("জরুরি নম্বর সঙ্গে রাখুন",
               "বন্যার সময় বিদ্যুৎ ও মোবাইল নেটওয়ার্ক বিঘ্নিত হতে পারে। জরুরি নম্বরগুলো কাগজে লিখে সঙ্গে রাখুন।")]


def test_a_front_page_whose_leads_tell_no_day_is_a_listing_when_each_tells_its_own_story():
    """TITLE / LEAD five times, no byline, date or day in the leads: each lead
    shares words with its own title and hardly any with the others', and the
    first title's words are in no other lead. A front page, not an article."""
    a = parse("\n".join(f"{t}\n{p}" for t, p in _NO_DAYS))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _NO_DAYS)
    assert (a.headline, a.body) == (None, ())


def test_an_explainer_with_subheads_stays_an_article():
    # the headline's words (বন্যা) run through every section: one story
    a = parse("\n".join(f"{t}\n{p}" for t, p in _EXPLAINER))
    assert "listing_page" not in a.warnings and a.headline == "বন্যার সময় যা করবেন" and len(a.body) == 9


_SITE_NOTE = ("দৈনিক সকালবেলা বাংলাদেশের একটি জনপ্রিয় ও নির্ভরযোগ্য গণমাধ্যম, যা প্রতিদিন পাঠকদের কাছে সর্বশেষ খবর, "
              "বিশ্লেষণ ও ঘটনার পেছনের সত্য তুলে ধরার লক্ষ্যে কাজ করে। ২০০৪ সালে প্রিন্ট সংস্করণ হিসেবে এর যাত্রা শুরু।")


def test_a_front_page_under_the_sites_note_on_itself_is_a_listing():
    # dailynayadiganta's home page: the site's note on itself, then TITLE / LEAD, no title over the note
    a = parse("\n".join([_SITE_NOTE] + [f"{t}\n{p}" for t, p in _NO_DAYS]))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _NO_DAYS)
    assert (a.headline, a.body) == (None, ())
    assert a.other[0].kind == "teaser"


def test_a_body_only_explainer_with_subheads_stays_an_article():
    # no title over it: the opening paragraph names what every section tells (ত্বক), one story
    text = ("শীতে ত্বক শুষ্ক ও রুক্ষ হয়ে যায়। এ সময় ত্বকের বাড়তি যত্ন নেওয়া জরুরি।\n"
            "ময়েশ্চারাইজার ব্যবহার করুন\nগোসলের পর ত্বক শুকিয়ে যাওয়ার আগেই ময়েশ্চারাইজার লাগান। এতে আর্দ্রতা থাকে।\n"
            "বেশি করে পানি পান\nশীতে তৃষ্ণা কম লাগে বলে অনেকে পানি কম পান করেন। এতে ত্বক আরও শুষ্ক হয়।\n"
            "গরম পানিতে গোসল নয়\nবেশি গরম পানি ত্বকের প্রাকৃতিক তেল নষ্ট করে। তাই কুসুম গরম পানিতে গোসল করুন।\n"
            "সানস্ক্রিন ভুলবেন না\nশীতেও সূর্যের অতিবেগুনি রশ্মি ত্বকের ক্ষতি করে। বাইরে সানস্ক্রিন ব্যবহার করুন।\n")
    a = parse(text)
    assert "listing_page" not in a.warnings and len(a.body) == 9


_POSTS = [("সোমবার, ৭ অক্টোবর, ২০২৪", "অন্তর্বর্তীকালীন সরকারের গন্তব্য?", None),
          ("শুক্রবার, ১৩ সেপ্টেম্বর, ২০২৪", "সাংবাদিক, সাংবাদিকতা ও সংবাদপত্র",
           "সাংবাদিক ও সংবাদপত্র একে অপরের পরিপূরক। একটি ছাড়া অন্যটিকে কল্পনাই করা যায় না।"),
          ("বৃহস্পতিবার, ২২ আগস্ট, ২০২৪", "সংস্কারের দিকে মনোযোগ বাড়ুক",
           "চলতি বছর আগস্টের প্রথম সপ্তাহে এক নতুন ইতিহাস সৃষ্টি হয়েছে। রাজনীতির পট পরিবর্তন হয়েছে।")]


def test_a_blogs_posts_under_their_dates_are_a_listing():
    """Blogger's front page: the blog's name, then DATE / TITLE / EXCERPT (the
    excerpt maybe left out), the newest first: the titles are links."""
    a = parse("\n".join(["শুরুতেই প্রধান সম্পাদকের কথা"] + [x for post in _POSTS for x in post if x]))
    assert "listing_page" in a.warnings and a.links == tuple(t for _, t, _ in _POSTS)
    assert (a.headline, a.published, a.body) == (None, None, ())


def test_a_timelines_entries_oldest_first_are_no_listing():
    # DATE / TITLE / TEXT three times, the oldest first: one story's timeline, not a listing
    entries = [("১ জুলাই, ২০২৪", "কোটা সংস্কার আন্দোলন শুরু",
                "শিক্ষার্থীরা কোটা সংস্কারের দাবিতে ঢাকা বিশ্ববিদ্যালয়ে বিক্ষোভ শুরু করেন। পরে তা ছড়িয়ে পড়ে।"),
               ("১৬ জুলাই, ২০২৪", "রংপুরে প্রথম মৃত্যু",
                "পুলিশের গুলিতে রংপুরে এক শিক্ষার্থী নিহত হন। এরপর আন্দোলন আরও তীব্র হয়।"),
               ("৫ আগস্ট, ২০২৪", "সরকারের পতন", "গণ-অভ্যুত্থানের মুখে সরকারপ্রধান পদত্যাগ করেন। রাজপথে নামে লাখো মানুষ।")]
    a = parse("\n".join(x for e in entries for x in e))
    assert "listing_page" not in a.warnings and a.links == ()
    a = parse("\n".join(x for e in reversed(entries) for x in e))  # the newest first: a listing
    assert "listing_page" in a.warnings and a.links == tuple(t for _, t, _ in reversed(entries))


_BULLETED = [("নিরাপদ সড়কের দাবি কেন বারবার উপেক্ষিত",
              "সড়ক দুর্ঘটনায় প্রতিদিন গড়ে বহু মানুষ প্রাণ হারাচ্ছেন। অথচ নিরাপদ সড়কের দাবি বারবার উপেক্ষিত হচ্ছে।"),
             ("শিক্ষায় বিনিয়োগ বাড়াতে হবে",
              "শিক্ষা খাতে বাজেট বরাদ্দ জিডিপির অনুপাতে এখনো দক্ষিণ এশিয়ার মধ্যে সবচেয়ে কম পর্যায়ে রয়ে গেছে।"),
             ("জলবায়ু পরিবর্তনের ঝুঁকিতে উপকূল",
              "উপকূলীয় এলাকার লাখো মানুষ লবণাক্ততা ও জলোচ্ছ্বাসের কারণে বাস্তুচ্যুত হওয়ার ঝুঁকিতে রয়েছেন।")]


def test_a_section_page_of_bulleted_titles_each_over_its_teaser_is_a_listing():
    # The Daily Star's section pages: `  • TITLE` / `    TEASER`
    a = parse("মতামত\n" + "\n".join(f"  • {t}\n\n    {te}\n" for t, te in _BULLETED))
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _BULLETED)
    assert [o.kind for o in a.other] == ["menu"] + ["teaser"] * 3 and a.body == ()


def test_an_article_whose_bulleted_points_each_open_a_paragraph_stays_an_article():
    a = parse("বাজেটের তিন চ্যালেঞ্জ\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ১০ জুন ২০২৫, ১০:০০\n"
              + "\n".join(f"• {t}\n{te}" for t, te in _BULLETED))
    assert "listing_page" not in a.warnings and a.headline == "বাজেটের তিন চ্যালেঞ্জ"


def test_related_stories_with_their_teasers_under_an_article_leave_the_body():
    # `আরও পড়ুন` / `• TITLE` / TITLE / `DESK: TEASER`, three times, under the story:
    # the titles are links, once each; the repeats and teasers no paragraphs
    page = ("ফের তলব ইডির, হাজিরা ২ নভেম্বর\nমাধ্যম নিউজ ডেস্ক\nপ্রকাশিত: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
            "রাজ্যের বিধায়ক-ঘনিষ্ঠ তাপস মণ্ডলকে ফের তলব করল এনফোর্সমেন্ট ডিরেক্টরেট। তাকে হাজিরা দিতে বলা হয়েছে।\n\n"
            "কিছুদিন আগেই শিক্ষক নিয়োগ দুর্নীতিতে গ্রেফতার হয়েছেন পর্ষদের প্রাক্তন সভাপতি।\n\nআরও পড়ুন\n\n"
            + "\n\n".join(f"  • {t}\n\n    {t}\n\n    মাধ্যম নিউজ ডেস্ক: {te}" for t, te in _TWICE))
    a = parse(page)
    assert "listing_page" not in a.warnings and len(a.body) == 2
    assert a.links == tuple(t for t, _ in _TWICE)
    assert [o.kind for o in a.other] == ["label"] + ["repeat", "teaser"] * 3


_STORIES = [
    ("ব্যাংকে আগামী বছর ছুটি ২৪ দিন",
     "আগামী বছর দেশের ব্যাংকগুলোতে মোট ২৪ দিন ছুটি থাকবে। আজ রোববার কেন্দ্রীয় ব্যাংক এ ছুটির তালিকা প্রকাশ করেছে। "
     "কেন্দ্রীয় ব্যাংকের একটি বিভাগ থেকে এ সংক্রান্ত একটি প্রজ্ঞাপন জারি করা হয়েছে। প্রজ্ঞাপনে বলা হয়েছে, "
     "সাপ্তাহিক ছুটির বাইরে এসব দিন লেনদেন বন্ধ থাকবে।"),
    ("দারিদ্র্য বিমোচনে নতুন পরিকল্পনার তাগিদ",
     "সাবেক এক গভর্নর বলেছেন, দারিদ্র্য বিমোচনে সরকার যে পথে হেঁটেছিল, বর্তমানে তা কিছুটা খেই হারিয়ে ফেলেছে। "
     "সংস্থাটিকে সেই অভাব পূরণ করতে নতুন পরিকল্পনা নিতে হবে। আজ রাজধানীতে এক সেমিনারে তিনি এসব কথা বলেন।"),
    ("নতুন শেয়ার ছাড়বে চামড়া খাতের কোম্পানি",
     "পুঁজিবাজারে তালিকাভুক্ত চামড়া খাতের একটি কোম্পানি নতুন শেয়ার ছাড়ার সিদ্ধান্ত নিয়েছে। কোম্পানিটি নতুন শেয়ার "
     "ইস্যু করে মূলধন বাড়াবে। রোববার (১৩ নভেম্বর) স্টক এক্সচেঞ্জ সূত্রে এ তথ্য জানা গেছে। কোম্পানির পর্ষদ সভায় "
     "এ সিদ্ধান্ত হয়েছে।"),
    ("সূচকের বড় পতনে লেনদেন শেষ",
     "সপ্তাহের প্রথম কর্মদিবস রোববার স্টক এক্সচেঞ্জে মূল্য সূচকের বড় পতনে লেনদেন শেষ হয়েছে। এদিন বেশিরভাগ "
     "কোম্পানির শেয়ারের দাম কমেছে। একই সঙ্গে কমেছে লেনদেনের পরিমাণও। বাজার বিশ্লেষকেরা বলছেন, বিনিয়োগকারীদের "
     "আস্থার সংকট কাটেনি।"),
]


@pytest.mark.parametrize("words", [20, 25, 30])
@pytest.mark.parametrize("titles", [True, False])
def test_a_section_page_whose_teasers_are_cut_at_one_word_count_is_a_listing(words, titles):
    """thedailysky's category pages: WordPress cuts every excerpt at the same
    number of words and prints no mark, so the cuts fall mid-sentence
    (`… বিভাগ থেকে`); the titles over them are links, or lost in the dump."""
    lines = ["ব্যবসা-অর্থনীতি"]
    for title, text in _STORIES:
        lines += [title] if titles else []
        lines.append(" ".join(text.split()[:words]))
    a = parse("\n".join(lines))
    assert "listing_page" in a.warnings and (a.headline, a.body) == (None, ())
    assert a.links == (tuple(t for t, _ in _STORIES) if titles else ())
    assert [o.kind for o in a.other].count("teaser") == 4


def test_an_article_whose_paragraphs_have_one_word_count_but_end_whole_stays_an_article():
    paras = [" ".join(text.split()[:22]) + " বলে জানা গেছে।" for _, text in _STORIES]
    a = parse("ব্যাংক ও পুঁজিবাজারের খবর\nনিজস্ব প্রতিবেদক\n" + "\n".join(paras))
    assert "listing_page" not in a.warnings and len(a.body) == 4


def test_a_story_whose_paragraphs_lost_their_dandas_stays_an_article_under_its_header():
    paras = [" ".join(text.split()[:25]) for _, text in _STORIES]
    a = parse("ব্যাংক ও পুঁজিবাজারের খবর\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:৩০\n" + "\n".join(paras))
    assert "listing_page" not in a.warnings and a.headline == "ব্যাংক ও পুঁজিবাজারের খবর" and len(a.body) == 4


_WHOLE_STORIES = [
    ("Woman found dead at her rented home in Khulna",
     ["A 45-year-old woman who had recently returned from abroad was found dead at her rented house in Khulna city.",
      "Police said the body was recovered from a locked room.", "No case has been filed yet."], "4 days ago"),
    ("Candidates told to remove campaign materials within two days",
     ["The Election Commission has directed all aspirants to remove their campaign materials within 48 hours."],
     "5 days ago"),
    ("মেট্রোর ছাদে যুবক, বন্ধ ছিল চলাচল",
     ["রোববার রাতে এক যুবক ট্রেনের ছাদে উঠে পড়লে মেট্রোরেল চলাচল বন্ধ হয়ে যায়।",
      "রাতে আর চলাচল শুরু হয়নি বলে কর্তৃপক্ষ জানিয়েছে।"], "৬ দিন আগে"),
]


def test_a_section_page_of_whole_stories_each_closed_by_its_age_is_a_listing():
    """UNB's category pages print every story whole: its title, its
    paragraphs (short ones too), its age; one article's body had run them together."""
    lines = ["Bangladesh"]
    for title, paras, age in _WHOLE_STORIES:
        lines += [title, *paras, age]
    a = parse("\n".join(lines))
    assert "listing_page" in a.warnings and (a.headline, a.body) == (None, ())
    assert a.links == tuple(t for t, _, _ in _WHOLE_STORIES)
    assert [o.kind for o in a.other].count("teaser") == 6


def test_an_article_over_its_related_stories_with_ages_stays_an_article():
    lines = ["ঢাকায় তিন দিনের বৃষ্টির পূর্বাভাস", "নিজস্ব প্রতিবেদক",
             "রাজধানীসহ দেশের বিভিন্ন জায়গায় আগামী তিন দিন বৃষ্টি হতে পারে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।",
             "সংশ্লিষ্ট খবর"]
    for title, paras, age in _WHOLE_STORIES:
        lines += [title, paras[0], age]
    a = parse("\n".join(lines))
    assert "listing_page" not in a.warnings and a.headline == "ঢাকায় তিন দিনের বৃষ্টির পূর্বাভাস"
    assert a.body[0].startswith("রাজধানীসহ")


def test_teasers_whose_view_more_link_is_glued_to_the_next_title_are_a_listing():
    # kolkata24x7's tag pages: TEASER… / `View More TITLE` (the link under a teaser, then the next story's title)
    page = ("শিলিগুড়ি: লাগাতার বৃষ্টিতে বিপর্যস্ত উত্তরের একাধিক জেলা। গত এক সপ্তাহের টানা বর্ষণে বন্যা পরিস্থিতি তৈরি হয়েছে…\n"
            "View More হু হু করে ঢুকছে নদীর জল, আতঙ্কে বাসিন্দারা\n"
            "কোচবিহার: টানা বৃষ্টিতে জলমগ্ন শহরের একাধিক ওয়ার্ড। বহু বাড়িতে জল ঢুকে গিয়েছে। পুরসভা ত্রাণ শিবির খুলেছে…\n"
            "View More জলমগ্ন কোচবিহার শহর, ত্রাণ শিবিরে ভিড়\n"
            "জলপাইগুড়ি: নদীর জল বিপদসীমার উপর দিয়ে বইছে। প্রশাসনের তরফে সতর্কতা জারি করা হয়েছে। বাসিন্দাদের সরানো…\n"
            "View More বিপদসীমার উপরে নদী, জারি সতর্কতা\n"
            "আলিপুরদুয়ার: টানা বৃষ্টিতে ভেঙেছে একাধিক সেতু। যোগাযোগ বিচ্ছিন্ন বহু গ্রাম। মেরামতের কাজ শুরু করেছে প্রশাসন…\n")
    a = parse(page)
    assert "listing_page" in a.warnings and a.body == ()
    assert a.links == ("হু হু করে ঢুকছে নদীর জল, আতঙ্কে বাসিন্দারা", "জলমগ্ন কোচবিহার শহর, ত্রাণ শিবিরে ভিড়",
                       "বিপদসীমার উপরে নদী, জারি সতর্কতা")


def test_a_section_page_that_cuts_some_leads_with_read_more_and_prints_others_whole_is_a_listing():
    # dhakamirror's category pages: TITLE / LEAD, two leads cut with `... Read more`, the others whole
    stories = [("Muggers kill one in Sylhet", "Unidentified muggers stabbed an employee of a shoe company to death "
                "before snatching Tk 4.25 lakh from him in the city yesterday."),
               ("Court asks govt to determine accused's mental state", "The High Court on Wednesday directed the "
                "government to transfer the prime accused to a hospital from jail. In response to a writ ... Read more"),
               ("Father commits suicide after killing daughter", "A young man allegedly committed suicide after "
                "killing his minor daughter at a residential hotel in the city on Wednesday, police said."),
               ("Low potato price hits growers hard", "Thousands of potato growers are facing hard times as they are "
                "incurring huge losses because of low prices. Experts said a bumper harvest, ... Read more")]
    a = parse("Saturday, November 29, 2025\n\n" + "\n\n".join(f"{t}\n\n{p}" for t, p in stories) + "\n")
    assert "listing_page" in a.warnings and a.body == () and a.links == tuple(t for t, _ in stories)


def test_an_explainer_whose_paragraphs_end_with_an_ellipsis_under_subheads_stays_an_article():
    paras = [("কেন বাড়ছে দাম", "বাজারে সরবরাহ কমায় চালের দাম বেড়েছে বলে জানিয়েছেন ব্যবসায়ীরা, তবে আমদানি বাড়লে দাম কমবে…"),
             ("কী বলছে সরকার", "খাদ্য মন্ত্রণালয় বলছে, মজুত পর্যাপ্ত আছে এবং আগামী মাসে খোলাবাজারে চাল বিক্রি শুরু হবে।"),
             ("ক্রেতারা কী বলছেন", "রাজধানীর একটি বাজারে কথা হয় কয়েকজন ক্রেতার সঙ্গে, তাঁরা বলছেন সংসার চালানো কঠিন হয়ে পড়ছে…")]
    a = parse("\n\n".join(f"{t}\n\n{p}" for t, p in paras) + "\n")
    # (an ellipsis is no link to the rest; the subhead `কী বলছে সরকার` ends in a family name but is no byline)
    assert "listing_page" not in a.warnings and a.desk is None


@pytest.mark.parametrize("stamp", ["September 7, 2023 at 11:30 am 0 comments", "September 7, 2023 at 11:30 am",
                                   "৭ সেপ্টেম্বর ২০২৩ ০ মন্তব্য"])
def test_a_category_page_of_titles_printed_twice_over_a_stamp_and_a_teaser_is_a_listing(stamp):
    """A WordPress theme's category page: TITLE / TITLE (the image's alt text) /
    the date with its count of comments / TEASER […] / `Read more ›`. The
    titles are the links, not the stamps; the second print is a repeat."""
    page = "খেলার সময়\n\n" + "\n\n".join(f"{t}\n\n{t}\n\n{stamp}\n\n{te.rstrip('।')} […]\n\nRead more ›"
                                           for t, te in _MORE_CUT)
    a = parse(page)
    assert "listing_page" in a.warnings and a.links == tuple(t for t, _ in _MORE_CUT)
    assert [o.kind for o in a.other] == ["menu"] + ["repeat", "date", "teaser", "menu"] * 3


def test_a_page_of_teasers_each_under_its_date_and_desk_and_over_view_more_is_a_listing():
    """bajroshakti: `2023-03-04ডেস্ক রিপোর্ট` / TEASER (whole) / `View more`, the
    titles lost in the dump: a listing with no links, no article whose
    headline is `View more` and whose body is the teasers."""
    a = parse("\n".join(f"2023-03-0{4 - k // 2}ডেস্ক রিপোর্ট\n{te}\nView more" for k, (_, te) in enumerate(_MORE_CUT)))
    assert "listing_page" in a.warnings and (a.headline, a.body, a.links, a.published) == (None, (), (), None)
    assert [o.kind for o in a.other] == ["date", "teaser", "menu"] * 3


@pytest.mark.parametrize("more", ["read more", "Read More", "বিস্তারিত পড়ুন"])
def test_a_page_of_teasers_each_closed_by_read_more_with_the_titles_lost_is_a_listing(more):
    """dailygrameendarpan: `DESK: TEASER` cut off with no mark / `read more`,
    again and again: the titles lost in the dump. The first teaser's inline
    desk is no byline of an article whose body is the other teasers."""
    teasers = [f"মোঃ আসাদুজ্জামান আসাদ: {_MORE_CUT[0][1]}", f"খেলাধুলাঃ {_MORE_CUT[1][1]}", f"খেলাধুলাঃ {_MORE_CUT[2][1]}"]
    a = parse("\n".join(f"{te}\n{more}" for te in teasers))
    assert "listing_page" in a.warnings and (a.headline, a.desk, a.body, a.links) == (None, None, (), ())
    assert [o.kind for o in a.other] == ["teaser", "menu"] * 3


def test_paragraphs_each_over_a_read_also_link_stay_an_article():
    paras = ["রাজধানীতে ডেঙ্গু পরিস্থিতির অবনতি হয়েছে। গত ২৪ ঘণ্টায় হাসপাতালে ভর্তি হয়েছেন আরও ৩০০ জন রোগী।",
             "স্বাস্থ্য অধিদপ্তর জানিয়েছে, চলতি বছর এ পর্যন্ত ডেঙ্গুতে আক্রান্ত হয়েছেন ২০ হাজারের বেশি মানুষ।",
             "বিশেষজ্ঞরা বলছেন, এডিস মশার প্রজননস্থল ধ্বংস না করলে পরিস্থিতি আরও খারাপ হতে পারে।",
             "সিটি করপোরেশন জানিয়েছে, প্রতিটি ওয়ার্ডে নিয়মিত ওষুধ ছিটানো হচ্ছে।"]
    titles = ["ডেঙ্গু প্রতিরোধে সিটি করপোরেশনের বিশেষ অভিযান", "হাসপাতালে শয্যা সংকট, মেঝেতে চিকিৎসা",
              "মশা মারতে নতুন ওষুধ আনছে সরকার"]
    a = parse("\n".join(x for p, t in zip(paras, titles) for x in (p, "আরও পড়ুন", t)) + "\n" + paras[3])
    assert "listing_page" not in a.warnings and a.body == tuple(paras) and a.links == tuple(titles)


def test_a_tag_page_of_stories_each_run_into_one_line_gives_the_titles_as_links():
    """indianprimetime: `SECTION TITLE Jul 30, 2021 NAME: PLACE: TEASER…`, a
    story a line. The titles before the stamps are links (the section's name
    that opens them left out); each line stays a teaser."""
    stories = [("শহর", "‘দুয়ারে গঙ্গার পর এবার দুয়ারে নর্দমার জল’, মেয়রকে কটাক্ষ বিরোধী নেতার", "Jul 30, 2021"),
               ("শহর", "পুজোর অনুদানের টাকা আসছে কোথা থেকে? তা নিয়ে মামলা উঠল হাইকোর্টে", "Jul 31, 2024"),
               ("রাজ্য", "জেলায় জেলায় বন্যা পরিস্থিতি, উদ্ধারে নামল বিপর্যয় মোকাবিলা বাহিনী", "২ আগস্ট ২০২৪")]
    teaser = "নিজস্ব প্রতিনিধিঃ কলকাতাঃ টানা বৃষ্টিতে শহরের বিভিন্ন এলাকা জলমগ্ন হয়ে পড়েছে। জল নামতেও সময় লাগছে…"
    a = parse("\n".join(f"{sec} {title} {stamp} {teaser}" for sec, title, stamp in stories))
    assert "listing_page" in a.warnings and a.links == tuple(t for _, t, _ in stories)
    assert [o.kind for o in a.other] == ["teaser"] * 3
