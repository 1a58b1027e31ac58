"""Where the body starts and what it keeps, on layouts the samples do not show."""
from __future__ import annotations

import pytest

from bnnews import parse
from bnnews.text import normalize


@pytest.mark.parametrize("question,answer", [
    ("প্রশ্ন: বর্তমান অর্থনীতির অবস্থা কেমন?", "উত্তর: মূল্যস্ফীতি এখনো উচ্চ, তবে কিছুটা কমেছে।"),
    ("প্রশ্ন : ব্যাংক খাত কেমন চলছে?", "উত্তর : সংস্কার জরুরি, তবে তা ধাপে ধাপে করতে হবে।"),
    ("Q: How is the economy doing?", "A: Inflation is still high, but it has eased a little since June."),
])
def test_an_interviews_first_question_is_the_bodys_first_paragraph(question, answer):
    a = parse(f"সাক্ষাৎকার\n'অর্থনীতি ঘুরে দাঁড়াতে সময় লাগবে'\nসাক্ষাৎকার নিয়েছেন: জাহিদ হোসেন\n"
              f"২৮ নভেম্বর ২০২৫, ১০:১৫ এএম\n\n{question}\n\n{answer}\n")
    assert a.body == (question, answer)
    assert a.headline == "'অর্থনীতি ঘুরে দাঁড়াতে সময় লাগবে'"
    assert a.other == ()


def test_a_question_with_no_interview_label_under_the_headline_is_still_a_subhead():
    a = parse("চালের দাম কেন বাড়ছে\nনিজস্ব প্রতিবেদক\n২৮ নভেম্বর ২০২৫, ১০:১৫ এএম\n\nসরকার কী করছে?\n\n"
              "ঢাকার বাজারে আজ চালের দাম আবারও বেড়েছে বলে জানিয়েছেন ব্যবসায়ীরা।\n")
    assert a.body == ("ঢাকার বাজারে আজ চালের দাম আবারও বেড়েছে বলে জানিয়েছেন ব্যবসায়ীরা।",)


BODY = "ঢাকা বিশ্ববিদ্যালয়ে বৃক্ষরোপণ কর্মসূচি অনুষ্ঠিত হয়েছে। উপাচার্য প্রধান অতিথি হিসেবে উপস্থিত ছিলেন।"


@pytest.mark.parametrize("byline,author", [("প্রতিবেদক: রাশেদুল ইসলাম", "রাশেদুল ইসলাম"), ("ঢাকা প্রতিনিধি", None)])
def test_a_byline_after_the_body_is_the_desk_when_the_header_has_none(byline, author):
    a = parse(f"২৮ নভেম্বর ২০২৫, ১৫:২০\nবিশ্ববিদ্যালয়ে বৃক্ষরোপণ কর্মসূচি অনুষ্ঠিত\n{BODY}\n{byline}\n")
    assert (a.desk, a.author, a.links) == (byline, author, ())


def test_a_byline_after_the_body_of_a_page_with_a_desk_is_a_credit_not_a_link():
    a = parse(f"বিশ্ববিদ্যালয়ে বৃক্ষরোপণ কর্মসূচি অনুষ্ঠিত\nনিজস্ব প্রতিবেদক\n২৮ নভেম্বর ২০২৫, ১৫:২০\n{BODY}\n"
              "প্রতিবেদক: রাশেদুল ইসলাম\nআরও খবর\nরাজশাহীতে শীতের প্রকোপ বাড়ছে\nখুলনায় সবজির দাম কমেছে\n")
    assert a.desk == "নিজস্ব প্রতিবেদক"
    assert a.links == ("রাজশাহীতে শীতের প্রকোপ বাড়ছে", "খুলনায় সবজির দাম কমেছে")
    assert [(o.kind, o.text) for o in a.other if o.kind == "signature"] == [("signature", "প্রতিবেদক: রাশেদুল ইসলাম")]


def _wrap_body(text: str, width: int) -> str:
    """The page as `lynx -dump` prints it: each body paragraph wrapped at
    `width` and set apart by blank lines."""
    import textwrap
    a = parse(text)
    out = []
    for line in text.split("\n"):
        if line.strip() and line.strip() in a.body:
            out += ["", textwrap.fill(line.strip(), width, break_on_hyphens=False), ""]
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("width", [64, 72, 80])
@pytest.mark.parametrize("name", ["seed_north_korea_defence_pact.txt", "bulletless_related_list_print_version.txt",
                                  "english_outlet_name_byline.txt", "updated_before_published.txt",
                                  # one paragraph broken once, set apart by blank lines
                                  "doubled_desk_forenoon.txt", "doubled_desk_kicker_after_date_subhead.txt",
                                  # a footer's follow prompt left unwrapped, longer than any width
                                  "wb_anandabazar_style_ist.txt"])
def test_a_page_wrapped_at_a_fixed_width_gives_the_same_record(name, width):
    from conftest import SAMPLES
    text = (SAMPLES / name).read_text(encoding="utf-8")
    a, b = parse(text), parse(_wrap_body(text, width))
    assert (b.headline, b.desk, b.published, b.body, b.links) == (a.headline, a.desk, a.published, a.body, a.links)
    assert any(w.startswith("hard_wrapped: ") for w in b.warnings)
    # Every line of the wrapped page is in a block: the joined ones where their paragraph is.
    lines = _wrap_body(text, width).split("\n")
    placed = {n for blk in b.blocks for n in range(blk.first, blk.last + 1)}
    assert all(k in placed for k, s in enumerate(lines, 1) if s.strip())


WRAPPED = """বন্যায় পানিবন্দি লাখো মানুষ
সিলেট প্রতিনিধি
প্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০

টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে
পড়েছে লাখো মানুষ। জেলা প্রশাসন জানিয়েছে, অন্তত ৫০টি
আশ্রয়কেন্দ্র খোলা হয়েছে এবং সেখানে শুকনো খাবার বিতরণ
করা হচ্ছে।

স্থানীয় বাসিন্দারা বলছেন, গত তিন দিনে পানি বেড়েছে
অস্বাভাবিক হারে। অনেকে গবাদিপশু নিয়ে উঁচু সড়কে
আশ্রয় নিয়েছেন।
"""


def test_a_wrapped_dump_is_joined_back_into_paragraphs():
    a = parse(WRAPPED)
    assert (a.headline, a.desk) == ("বন্যায় পানিবন্দি লাখো মানুষ", "সিলেট প্রতিনিধি")
    assert a.body == (
        "টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে লাখো মানুষ। জেলা প্রশাসন জানিয়েছে, "
        "অন্তত ৫০টি আশ্রয়কেন্দ্র খোলা হয়েছে এবং সেখানে শুকনো খাবার বিতরণ করা হচ্ছে।",
        "স্থানীয় বাসিন্দারা বলছেন, গত তিন দিনে পানি বেড়েছে অস্বাভাবিক হারে। অনেকে গবাদিপশু নিয়ে উঁচু সড়কে আশ্রয় নিয়েছেন।")
    assert a.warnings == ("hard_wrapped: 5 lines joined",)
    assert a.other == ()


def test_a_word_broken_at_its_hyphen_is_joined_without_a_space():
    a = parse("Students protest tuition hike\nStaff Correspondent\nPublished: 28 November 2025, 11:40\n\n"
              "Leaders of the July uprising and the Anti-\nDiscrimination Student Movement marched on\n"
              "Friday to the secretariat in Dhaka.\n\nThey demanded that the new fees be withdrawn\n"
              "before the start of the next academic year.\n")
    assert a.body == ("Leaders of the July uprising and the Anti-Discrimination Student Movement marched on "
                      "Friday to the secretariat in Dhaka.",
                      "They demanded that the new fees be withdrawn before the start of the next academic year.")


@pytest.mark.parametrize("page", [
    # Paragraphs one a line, short enough to look wrapped: each ends a sentence.
    "চালের দাম কমেছে\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০\n"
    "ঢাকার বাজারে আজ চালের দাম কেজিতে দুই টাকা কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।\n"
    "তবে সবজির দাম এখনো চড়া, ক্রেতারা অস্বস্তিতে আছেন।\n",
    # A subhead over a short paragraph, with no blank line between.
    "চালের দাম কমেছে\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০\n"
    "সরকারি গুদামে মজুত বাড়ায় বাজারে সরবরাহ বেড়েছে, দাম কমার পেছনে এটাই\n"
    "ঢাকার বাজারে আজ চালের দাম কেজিতে দুই টাকা কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।\n",
    # Paragraphs set apart by blank lines, a short subhead right over one.
    "চালের দাম কমেছে\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০\n\nবাজারে ফিরছে স্বস্তি\n"
    "ঢাকার বাজারে আজ চালের দাম কেজিতে দুই টাকা কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।\n\n"
    "তবে সবজির দাম এখনো চড়া, ক্রেতারা অস্বস্তিতে আছেন।\n",
    # Related titles one a line.
    "চালের দাম কমেছে\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০\n"
    "ঢাকার বাজারে আজ চালের দাম কেজিতে দুই টাকা কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।\n"
    "আরও খবর\nসরকার সাধারণ শিক্ষার্থীদের কাছে ছাত্র রাজনীতিকে বিষিয়ে তুলেছে: সালাম\n"
    "রাজনীতিতে আসছেন কৃতি শ্যানন?\nকমলগঞ্জে মণিপুরিদের হোলি উৎসব\n",
])
def test_pages_that_only_look_wrapped_are_left_as_they_are(page):
    assert not any(w.startswith("hard_wrapped") for w in parse(page).warnings)


def test_a_bangla_word_broken_at_its_hyphen_after_a_vowel_sign():
    a = parse("নীতিনির্ধারকদের বৈঠক আজ\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ১১:৪০\n\n"
              "সরকারের শীর্ষ পর্যায়ের কর্মকর্তা ও সংশ্লিষ্ট মন্ত্রণালয়ের নীতি-\n"
              "নির্ধারকেরা আজ সচিবালয়ে বৈঠকে বসবেন বলে জানা গেছে, সেখানে বাজেট\n"
              "নিয়ে আলোচনা হবে।\n\nবৈঠকে অর্থ উপদেষ্টা সভাপতিত্ব করবেন এবং সব মন্ত্রণালয়ের সচিবেরা\n"
              "উপস্থিত থাকবেন বলে জানিয়েছেন কর্মকর্তারা।\n")
    assert a.body[0] == ("সরকারের শীর্ষ পর্যায়ের কর্মকর্তা ও সংশ্লিষ্ট মন্ত্রণালয়ের নীতি-নির্ধারকেরা আজ সচিবালয়ে "
                         "বৈঠকে বসবেন বলে জানা গেছে, সেখানে বাজেট নিয়ে আলোচনা হবে।")


def test_a_byline_under_a_standfirst_is_the_desk():
    # bdnews24: HEADLINE / a standfirst ending with a danda / DESK / OUTLET /
    # English labels. The standfirst leads the body (as the lead sample's
    # does); the byline and the outlet's name under it are the desk's lines.
    a = parse("দেশে ডেঙ্গুতে আরও ৫ মৃত্যু\n২৪ ঘণ্টায় হাসপাতালে ভর্তি হয়েছেন ৮৫০ জন।\nনিজস্ব প্রতিবেদক\n"
              "বিডিনিউজ টোয়েন্টিফোর ডটকম\nPublished : 29 Nov 2025, 06:10 PM\n"
              "ডেঙ্গু আক্রান্ত হয়ে দেশে আরও পাঁচজনের মৃত্যু হয়েছে। এ নিয়ে চলতি বছর মৃতের সংখ্যা দাঁড়াল ৩৫০ জনে।\n")
    assert a.desk == "নিজস্ব প্রতিবেদক"
    assert a.body == ("২৪ ঘণ্টায় হাসপাতালে ভর্তি হয়েছেন ৮৫০ জন।",
                      "ডেঙ্গু আক্রান্ত হয়ে দেশে আরও পাঁচজনের মৃত্যু হয়েছে। এ নিয়ে চলতি বছর মৃতের সংখ্যা দাঁড়াল ৩৫০ জনে।")
    assert a.published.datetime == "2025-11-29T18:10+06:00"
    assert a.other == ()
    blocks = {b.kind: (b.first, b.last) for b in a.blocks}
    assert blocks["desk"] == (3, 4)


def test_the_outlets_name_under_a_header_byline_is_the_desks_line():
    a = parse("দেশে ডেঙ্গুতে আরও ৫ মৃত্যু\nনিজস্ব প্রতিবেদক\nবিডিনিউজ টোয়েন্টিফোর ডটকম\n"
              "Published : 29 Nov 2025, 06:10 PM\n"
              "ডেঙ্গু আক্রান্ত হয়ে দেশে আরও পাঁচজনের মৃত্যু হয়েছে। এ নিয়ে চলতি বছর মৃতের সংখ্যা দাঁড়াল ৩৫০ জনে।\n")
    assert (a.desk, a.other) == ("নিজস্ব প্রতিবেদক", ())


def test_the_outlet_and_place_under_a_writer_label_finish_the_byline():
    a = parse("বাংলাদেশে কেন বাড়ছে শিশুশ্রম?\nলেখা: তানভীর আহমেদ\nবিবিসি নিউজ বাংলা, ঢাকা\n২৯ নভেম্বর ২০২৫\n"
              "বাংলাদেশে শিশুশ্রম নিরসনে নানা উদ্যোগ নেওয়া হলেও পরিস্থিতি বদলায়নি বলে মনে করছেন বিশেষজ্ঞরা।\n")
    assert (a.desk, a.author, a.place) == ("লেখা: তানভীর আহমেদ, বিবিসি নিউজ বাংলা, ঢাকা", "তানভীর আহমেদ", "ঢাকা")
    assert a.other == ()


def test_tags_under_an_english_topic_label_are_menu_lines():
    a = parse("BNP to join polls under caretaker government\nStaff Correspondent\nSat Nov 29, 2025 08:15 PM\n"
              "The BNP today said it would take part in the next national election only under a caretaker.\n"
              "Related topic\nBNP\nElection\n")
    assert [(o.kind, o.text) for o in a.other] == [("label", "Related topic"), ("menu", "BNP"), ("menu", "Election")]
    assert a.links == ()


def test_a_wrapped_line_that_opens_with_a_number_or_holds_a_date_is_no_list_item_or_date_line():
    # The wrap put `63.` first on a line (no list item), and a sentence with
    # `published on … Sunday (28 December)` is no date line over the paragraph.
    page = ("EC registers two new political parties\nTBS Report\n\n"
            "According to information published on the EC's official website on Sunday (28 December), the\n"
            "Bangladesh Nizam-e-Islam Party has been registered as a new political party with registration number\n"
            "63. The party has been allotted the electoral symbol \"Book\". Sarwar Kamal Azizi is the president of\n"
            "the party, while Musa bin Izhar serves as its secretary general.\n")
    a = parse(page)
    assert len(a.body) == 1 and a.body[0].startswith("According to information published")
    assert "registration number 63. The party" in a.body[0]
    assert a.other == ()


def test_a_live_blogs_entry_stamp_is_no_published_date():
    # Only an updated date is printed: the first entry's bare clock is not
    # taken for a published one (formats.md §6.2: none is invented).
    a = parse("লাইভ আপডেট\nবিপিএল ফাইনাল: রংপুর বনাম চট্টগ্রাম\nস্পোর্টস ডেস্ক\nআপডেট: ২৯ নভেম্বর ২০২৫, ২১:৩০\n"
              "২১:৩০\nম্যাচ শেষ: ৩০ রানে জিতে চ্যাম্পিয়ন রংপুর রাইডার্স।\n২০:৪৫\nশেষ ওভারে দরকার ৩৫ রান।\n")
    assert a.published is None and a.updated.datetime == "2025-11-29T21:30+06:00"
    assert len(a.body) == 2


_ENTRIES = ("রাত ১০.১২, ২৩শে নভেম্বর : রাজ্যে নতুন করে শৈত্যপ্রবাহ\n"
            "কলকাতায় তাপমাত্রা নামল ১২ ডিগ্রিতে। আবহাওয়া দফতর জানিয়েছে আরও নামবে।\n"
            "রাত ৯.৪০, ২৩শে নভেম্বর : দার্জিলিংয়ে তুষারপাত\n"
            "দার্জিলিংয়ে মরসুমের প্রথম তুষারপাত হয়েছে। পর্যটকেরা ভিড় জমিয়েছেন।\n")


def test_live_blog_entries_are_not_a_hard_wrapped_paragraph():
    # Short entries of near-equal length under their `TIME, DATE : TITLE`
    # lines look like a wrapped paragraph; a wrap never opens a line with a
    # date and a colon.
    a = parse("শৈত্যপ্রবাহে কাঁপছে রাজ্য, দিনভর খবর\n" + _ENTRIES)
    assert not any(w.startswith("hard_wrapped") for w in a.warnings)
    assert a.headline == "শৈত্যপ্রবাহে কাঁপছে রাজ্য, দিনভর খবর"
    assert a.body == ("কলকাতায় তাপমাত্রা নামল ১২ ডিগ্রিতে। আবহাওয়া দফতর জানিয়েছে আরও নামবে।",
                      "দার্জিলিংয়ে মরসুমের প্রথম তুষারপাত হয়েছে। পর্যটকেরা ভিড় জমিয়েছেন।")
    assert any(o.text.startswith("রাত ৯.৪০") for o in a.other)


def test_a_live_blog_entry_under_no_other_title_gives_the_headline():
    # (a page stored from its last entry on: no title of its own)
    a = parse(_ENTRIES.split("রাত ৯.৪০")[0])
    assert a.headline == "রাজ্যে নতুন করে শৈত্যপ্রবাহ"
    assert a.published.time == "22:12" and a.published.date is None  # no year printed: none invented
    assert "no_headline" not in a.warnings


def test_a_media_players_text_is_no_paragraph():
    a = parse("নদীভাঙনে বিলীন হচ্ছে গ্রাম\nভিডিও ডেস্ক\nপ্রকাশিত: ২৯ নভেম্বর ২০২৫, ০৫:৩০ পিএম\n"
              "Your browser doesn’t support HTML5 video.\nপদ্মার ভাঙনে গত এক সপ্তাহে বিলীন হয়েছে শতাধিক বাড়িঘর।\n")
    assert a.body == ("পদ্মার ভাঙনে গত এক সপ্তাহে বিলীন হয়েছে শতাধিক বাড়িঘর।",)


def test_a_second_articles_header_ends_the_first_ones_body():
    # A crawl that scrolled on into the next article: its TITLE / DESK /
    # labelled DATE closes this body; its byline is no related title.
    a = parse("চট্টগ্রামে পাহাড়ধসে নিহত ৪\nচট্টগ্রাম প্রতিনিধি\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ০৯:১০\n"
              "টানা বৃষ্টিতে চট্টগ্রামের আকবর শাহ এলাকায় পাহাড়ধসে একই পরিবারের চারজন নিহত হয়েছেন।\n"
              "ফায়ার সার্ভিস জানিয়েছে, উদ্ধার অভিযান চলছে।\nএমআর\nপরবর্তী খবর\nসিলেটে বন্যা পরিস্থিতির অবনতি\n"
              "সিলেট প্রতিনিধি\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ০৮:০০\n"
              "টানা বৃষ্টিতে সিলেটের নিম্নাঞ্চল প্লাবিত হয়েছে। পানিবন্দি হয়ে পড়েছে হাজারো মানুষ।\n")
    assert a.body == ("টানা বৃষ্টিতে চট্টগ্রামের আকবর শাহ এলাকায় পাহাড়ধসে একই পরিবারের চারজন নিহত হয়েছেন।",
                      "ফায়ার সার্ভিস জানিয়েছে, উদ্ধার অভিযান চলছে।")
    assert a.published.datetime == "2025-11-29T09:10+06:00"
    kinds = {o.text: o.kind for o in a.other}
    assert (kinds["পরবর্তী খবর"], kinds["সিলেট প্রতিনিধি"]) == ("label", "signature")


def test_an_unbulleted_list_after_a_bulleted_one_is_not_joined_to_it():
    # `- ` items (whose wrapped lines join the item above, as in the seed),
    # then a label and a list of its own without bullets: its titles stay apart.
    a = parse("জ্বালানি তেলের দাম লিটারে ৫ টাকা বাড়ল\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "সরকার ডিজেল ও কেরোসিনের দাম লিটারে ৫ টাকা বাড়িয়েছে। মধ্যরাত থেকে নতুন দাম কার্যকর হবে।\n"
              "- সীতাকুণ্ডে ট্রেনে কাটা পড়ে যুবকের মৃত্যু\n- কর্ণফুলীতে নৌকাডুবি, নিখোঁজ ২\nসর্বাধিক পঠিত\n"
              "রাজধানীতে বাসচাপায় শিক্ষার্থী নিহত\nডেঙ্গুতে আরও ৫ মৃত্যু\n")
    assert a.links == ("সীতাকুণ্ডে ট্রেনে কাটা পড়ে যুবকের মৃত্যু", "কর্ণফুলীতে নৌকাডুবি, নিখোঁজ ২",
                       "রাজধানীতে বাসচাপায় শিক্ষার্থী নিহত", "ডেঙ্গুতে আরও ৫ মৃত্যু")


_LOOSE_HEADER = "রংপুরে ধান কাটার উৎসব শুরু\nনিজস্ব প্রতিবেদক, রংপুর\nপ্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n\n"
_LOOSE = ("রংপুর অঞ্চলে এবার আমন ধানের বাম্পার ফলন হয়েছে, কৃষকেরা মাঠে ব্যস্ত",
          "জেলার পীরগাছা উপজেলার কৃষক আব্দুল করিম বলেন, এবার দাম ভালো পাওয়ার আশা করছি",
          "কৃষি বিভাগ বলছে, আগামী দুই সপ্তাহের মধ্যে ধান কাটা শেষ হবে")
_RELATED = "\n\nআরও পড়ুন\nদিনাজপুরে আলুর দাম কমেছে\nগাইবান্ধায় নদীভাঙন বাড়ছে\n"


def test_short_paragraphs_that_all_lost_their_danda_are_still_the_body():
    a = parse(_LOOSE_HEADER + "\n\n".join(_LOOSE) + _RELATED)
    assert a.body == _LOOSE
    assert a.links == ("দিনাজপুরে আলুর দাম কমেছে", "গাইবান্ধায় নদীভাঙন বাড়ছে")
    assert "no_body" not in a.warnings


def test_the_last_paragraph_without_its_danda_before_a_related_label_is_body_not_a_link():
    first = "জেলার কৃষক আব্দুল করিম বলেন, এবার দাম ভালো পাওয়ার আশা করছি। খরচ উঠে যাবে বলে মনে করছেন তিনি।"
    a = parse(_LOOSE_HEADER + first + "\n\n" + _LOOSE[2] + _RELATED)
    assert a.body == (first, _LOOSE[2])
    assert _LOOSE[2] not in a.links


def test_one_long_paragraph_that_lost_its_danda_is_the_body_alone():
    """A page whose only paragraph has no closing punctuation (twenty words or
    more under the desk) has it as its body, not a subhead; a shorter line
    there is still no paragraph."""
    para = ("মহাসড়কের পাশে বাঁশের বেড়া উচ্ছেদের পর থেকে সেখানে ছবি তোলায় ব্যস্ত এলাকার মানুষ "
            "তারা বলছে এখন জায়গাটি অনেক সুন্দর লাগছে")
    a = parse(f"মহাসড়কের পাশে বেড়া উচ্ছেদ\n\nনিজস্ব প্রতিনিধি\n\n{para}\nLeave a Reply\n")
    assert a.body == (para,) and "no_body" not in a.warnings
    a = parse(f"মহাসড়কের পাশে বেড়া উচ্ছেদ\n\nনিজস্ব প্রতিনিধি\n\n{_LOOSE[2]}\nLeave a Reply\n")
    assert a.body == ()


_COMMENTED = ("রংপুরে ধান কাটার উৎসব শুরু\n\nনিজস্ব প্রতিবেদক, রংপুর\n\n{date}"
              "রংপুর অঞ্চলে এবার আমন ধানের বাম্পার ফলন হয়েছে। কৃষকেরা মাঠে ধান কাটায় ব্যস্ত।\n"
              "কৃষি বিভাগ বলছে, আগামী দুই সপ্তাহের মধ্যে ধান কাটা শেষ হবে।\n\n{head}\n\n"
              "রফিকুল ইসলাম\n২৫ নভেম্বর ২০২৫, ১০:১৫ এএম\nখুব ভালো খবর। কৃষকেরা ন্যায্য দাম পেলে আরও ভালো হবে।\n\n"
              "সালমা বেগম\n২ ঘণ্টা আগে\nসরকারের উচিত কৃষকদের পাশে দাঁড়ানো।\n\nমন্তব্য করুন\n")


@pytest.mark.parametrize("head", ["মন্তব্য (২)", "২টি মন্তব্য", "পাঠকের মন্তব্য", "2 Comments"])
def test_readers_comments_are_no_body_and_their_times_no_dates(head):
    """A comment section under the story (its head, then each commenter's
    name, time and text): the widget's text, `footer`, never the body; its
    times are no dates of the story, even on a page that prints none."""
    a = parse(_COMMENTED.format(date="প্রকাশিত: ০৯:৫২ পিএম, ২৪ নভেম্বর ২০২৫\n\n", head=head))
    assert len(a.body) == 2 and a.published.date == "2025-11-24" and a.updated is None
    assert [o.kind for o in a.other][1:8] == ["footer"] * 4 + ["clock", "footer", "label"]  # (an age stays a clock)
    a = parse(_COMMENTED.format(date="", head=head))
    assert len(a.body) == 2 and a.published is None and a.updated is None


def test_a_comment_heading_with_no_comment_times_under_it_keeps_the_related_list():
    a = parse(_LOOSE_HEADER + "কৃষি বিভাগ বলছে, আগামী দুই সপ্তাহের মধ্যে ধান কাটা শেষ হবে।\n\nমন্তব্য\n"
              "দিনাজপুরে আলুর দাম কমেছে\nগাইবান্ধায় নদীভাঙন বাড়ছে\n")
    assert a.links == ("দিনাজপুরে আলুর দাম কমেছে", "গাইবান্ধায় নদীভাঙন বাড়ছে")


_VERSE = ("নদীর কাছে ফিরে যাই রোজ সন্ধ্যাবেলা", "জলের ভেতর খুঁজি হারানো শৈশব", "মাঝির গান ভেসে আসে দূর থেকে",
          "আমি দাঁড়িয়ে থাকি একা", "কাশবনে হাওয়া লাগে, দোলে সাদা ফুল", "মনে পড়ে মায়ের মুখ, উঠোনের আলো")
_POET = "নদীর কাছে ফেরা\n\nমাহমুদ হাসান\n\nপ্রকাশিত: ১০:০০, ২৮ নভেম্বর ২০২৫\n\n"


@pytest.mark.parametrize("last", ["তবুও নদীকেই বাসি ভালো।", "তবুও নদীকেই বাসি ভালো"])
def test_a_poem_s_verse_under_the_byline_is_the_body(last):
    """A literature page: stanzas of short lines under the date, closed by a
    danda or not at all, are the body; the title over the poet is the headline."""
    stanzas = "\n".join(_VERSE[:4]) + "\n\n" + "\n".join(_VERSE[4:]) + "\n" + last
    a = parse(_POET + stanzas + "\n\nসম্পাদক: আবুল কালাম\n")
    assert a.headline == "নদীর কাছে ফেরা" and a.desk == "মাহমুদ হাসান"
    assert a.body == _VERSE + (last,) and a.links == ()


_RHYMED = ("কুয়াশা নামে নদীর বুকে", "শিশির ঝরে ঘাসের মুখে", "মায়ের হাতে পিঠার ঘ্রাণ",
           "খেজুর রসে ভরে প্রাণ", "উত্তুরে হাওয়া কাঁপায় গা", "আগুন পোহায় ছেলে মা")


@pytest.mark.parametrize("above,desk", [
    (["শীতের কবিতা", "মাহমুদ হাসান"], "মাহমুদ হাসান"),  # the title, the poet's name alone
    (["শীতের কবিতা"], None),  # the title alone over verse that rhymes
    (["সাহিত্য", "শীতের কবিতা", "মাহমুদ হাসান"], "মাহমুদ হাসান"),  # under the section's menu
])
def test_a_poem_with_no_date_or_byline_over_it(above, desk):
    a = parse("\n".join(above + list(_RHYMED)) + "\n")
    assert (a.headline, a.desk, a.body) == ("শীতের কবিতা", desk, _RHYMED)
    assert "listing_page" not in a.warnings


def test_short_lines_each_set_apart_under_the_date_are_no_verse():
    # One a stanza: no two lines run together, so they are not read as a poem
    # (on a page whose header lines do run together: a dump with a blank line
    # after every line could be a poem's, double-spaced).
    head = _POET.replace("\n\n", "\n", 2)
    a = parse(head + "\n\n".join(_VERSE) + "\n\nতবুও নদীকেই বাসি ভালো।\n")
    assert a.body == ("তবুও নদীকেই বাসি ভালো।",)


def test_a_digest_of_stories_with_read_more_after_whole_paragraphs_is_one_body():
    """prothomalo's morning digest: an intro, then five stories, each a subhead
    and a paragraph of whole sentences closed by `বিস্তারিত পড়ুন...`. The
    paragraphs are the body (the cue cut off), not related links."""
    items = [("খাল দখল করে দোকান নির্মাণ", "নগরীর একটি খাল দখল করে দোকান নির্মাণ করা হয়েছে। এতে জলাবদ্ধতা বাড়ছে।"),
             ("নদীভাঙনে বিলীন স্কুল", "উজানের ঢলে একটি প্রাথমিক বিদ্যালয় নদীতে বিলীন হয়েছে। শিক্ষার্থীরা মাঠে ক্লাস করছে।"),
             ("বাজারে সবজির দাম চড়া", "টানা বৃষ্টিতে সরবরাহ কমায় সবজির দাম বেড়েছে। কেজিপ্রতি ১০ থেকে ২০ টাকা বেড়েছে।")]
    intro = "শুভ সকাল। গতকালের অনেক আলোচিত সংবাদ হয়তো আপনার চোখ এড়িয়ে গেছে। পড়ুন আলোচিত পাঁচ খবর।"
    text = "সকালেই পড়ুন আলোচিত ৫ খবর\n\nপ্রথম আলো ডেস্ক\n\n" + intro + "\n\n" + "\n\n".join(
        f"{t}\n\n{p} বিস্তারিত পড়ুন..." for t, p in items)
    a = parse(text)
    assert a.body == (intro,) + tuple(x for t, p in items for x in (t, p)) and a.links == ()


def test_teasers_cut_off_in_mid_sentence_after_the_body_stay_links():
    a = parse(_LOOSE_HEADER + "কৃষি বিভাগ বলছে, আগামী দুই সপ্তাহের মধ্যে ধান কাটা শেষ হবে।\n\n"
              "দিনাজপুরে আলুর দাম কমেছে\nআলুর দাম কেজিতে পাঁচ টাকা কমেছে, তবে চাষিরা…বিস্তারিত পড়ুন\n")
    assert len(a.body) == 1


def test_a_schedule_s_last_heading_and_its_item_without_a_danda_are_body():
    """amadersamoy's `কোথায় কী আয়োজন`: headings with a colon, each over one
    item; the last item lost its danda at the page's end. Both stay body."""
    a = parse("ঢাকার আজ কোথায় কী আয়োজন\n\nঅনলাইন ডেস্ক\n২৭ নভেম্বর ২০২৩, ০৮:৪৭\n\n"
              "প্রতিদিন রাজধানীতে নানা ধরনের কর্মসূচি আয়োজন করা হয়। জেনে নিন কোথায় কী আয়োজন।\n\n"
              "ঐক্যজোটের কর্মসূচি:\n\nদুপুর ১২টায় জাতীয় প্রেসক্লাবে সংবাদ সম্মেলন।\n\n"
              "জাতীয় পার্টির কর্মসূচি:\n\nবিকেলে ৪টায় দলের চেয়ারম্যানের সংবাদ সম্মেলন\n")
    assert a.body[-2:] == ("জাতীয় পার্টির কর্মসূচি:", "বিকেলে ৪টায় দলের চেয়ারম্যানের সংবাদ সম্মেলন") and a.links == ()


def test_related_titles_without_a_header_are_no_loose_body():
    # Without a desk or date line above them, long title lines stay what they were.
    titles = "\n".join(_LOOSE)
    assert parse("সর্বশেষ খবর\n" + titles + "\n").body == ()


_LIST_HEAD = "বাজেটে যা থাকছে\nনিজস্ব প্রতিবেদক\nপ্রকাশিত: ১০:১৫ এএম, ২৯ নভেম্বর ২০২৫\n\n"
_ITEMS = ("১. করমুক্ত আয়সীমা বাড়ছে", "২. মোবাইল সেবায় শুল্ক কমছে", "৩) বিদ্যুৎ খাতে ভর্তুকি কমানো হবে")


def test_a_lead_that_opens_a_list_with_a_colon_is_the_first_paragraph():
    lead = "আগামী অর্থবছরের বাজেটে বেশ কিছু পরিবর্তন আসছে। এর মধ্যে উল্লেখযোগ্য হলো:"
    last = "অর্থমন্ত্রী বলেন, বাজেট হবে জনবান্ধব।"
    a = parse(_LIST_HEAD + "\n".join((lead,) + _ITEMS + (last,)) + "\n")
    assert a.body == (lead,) + _ITEMS + (last,)
    assert a.other == ()


def test_a_list_after_the_last_paragraph_under_its_colon_is_body_not_related_links():
    first = "আগামী অর্থবছরের বাজেটে বেশ কিছু পরিবর্তন আসছে। অর্থমন্ত্রী বলেন, বাজেট হবে জনবান্ধব।"
    intro = "এর মধ্যে উল্লেখযোগ্য পরিবর্তনগুলো হলো:"
    a = parse(_LIST_HEAD + "\n".join((first, intro) + _ITEMS) + "\n\nসম্পর্কিত খবর\nবাজেট অধিবেশন শুরু ৫ জুন\n")
    assert a.body == (first, intro) + _ITEMS
    assert a.links == ("বাজেট অধিবেশন শুরু ৫ জুন",)


@pytest.mark.parametrize("title", ["রাশিফল: ২৯ নভেম্বর ২০২৫", "নামাজের সময়সূচি: ২৯ নভেম্বর ২০২৫", "বাজারদর (২৯ নভেম্বর ২০২৫)"])
def test_a_topic_and_its_date_over_a_labelled_date_line_are_the_title(title):
    a = parse(f"{title}\nপ্রকাশিত: ১২:০১ এএম, ২৮ নভেম্বর ২০২৫\n\nমেষ: আজ আপনার দিনটি ভালো যাবে। কর্মক্ষেত্রে সাফল্য আসবে।\n")
    assert a.headline == title
    assert a.published.datetime == "2025-11-28T00:01+06:00"
    assert "no_headline" not in a.warnings


def test_a_topic_and_its_date_stay_the_title_over_subheads_of_a_word():
    # a horoscope: TOPIC: DATE / desk / date, then each sign a line over its paragraph
    signs = ("মেষ", "আজ কর্মক্ষেত্রে নতুন সুযোগ আসতে পারে। পরিবারের সঙ্গে সময় কাটাবেন।",
             "বৃষ", "অর্থভাগ্য ভালো। তবে খরচের দিকে নজর দিন।")
    a = parse("রাশিফল: ২৪ নভেম্বর ২০২৫\nঅনলাইন ডেস্ক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৬:০০\n\n" + "\n".join(signs) + "\n")
    assert (a.headline, a.desk, a.body) == ("রাশিফল: ২৪ নভেম্বর ২০২৫", "অনলাইন ডেস্ক", signs)
    # with a title of its own over the date lines, that title stays the headline
    a = parse("আজকের রাশিফল\nঅনলাইন ডেস্ক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৬:০০\n\n" + "\n".join(signs) + "\n")
    assert (a.headline, a.body) == ("আজকের রাশিফল", signs)  # the first sign's head too, as the others'
    # one short line under the date with no other heads in the body stays out of it
    a = parse("আজকের রাশিফল\nঅনলাইন ডেস্ক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৬:০০\n\nমেষ\n" + signs[1] + "\n" + signs[3] + "\n")
    assert a.body == (signs[1], signs[3])


def test_the_first_entrys_head_of_a_timeline_is_the_bodys():
    # DATE / HEAD / TEXT under the header: the first head (four words) is the body's as the others are
    a = parse("আন্দোলনের সময়রেখা\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:৩০\n\n"
              "১ জুলাই, ২০২৪\nকোটা সংস্কার আন্দোলন শুরু\nশিক্ষার্থীরা ঢাকা বিশ্ববিদ্যালয়ে বিক্ষোভ শুরু করেন। পরে তা ছড়িয়ে পড়ে।\n"
              "১৬ জুলাই, ২০২৪\nরংপুরে প্রথম মৃত্যু\nপুলিশের গুলিতে রংপুরে এক শিক্ষার্থী নিহত হন। আন্দোলন তীব্র হয়।\n")
    assert a.body[0] == "কোটা সংস্কার আন্দোলন শুরু" and "রংপুরে প্রথম মৃত্যু" in a.body


def test_the_first_sections_head_run_into_a_print_pages_date_is_the_bodys():
    # kalerkantho's print page: the date glued to the line under it, here the first section's head
    a = parse("kalerkantho\nইতিকাফের প্রস্তুতি\nমুফতি আমজাদ হোসাইন হেলালী\n৩১ মার্চ, ২০২৪ ০১:১৮ইতিকাফের পরিচয়\n"
              "ইতিকাফ শব্দটি আরবি। অভিধানে এর শাব্দিক অর্থ উল্লেখ করা হয়েছে।\nইতিকাফের ফজিলত\n"
              "ইতিকাফ অনেক ফজিলতের আমল। নবী রমজানে শেষ ১০ দিন ইতিকাফ করতেন।\n")
    assert a.published.datetime == "2024-03-31T01:18+06:00"
    assert a.body[:2] == ("ইতিকাফের পরিচয়", "ইতিকাফ শব্দটি আরবি। অভিধানে এর শাব্দিক অর্থ উল্লেখ করা হয়েছে।")


@pytest.mark.parametrize("line", ["তারিখ: ২৯ নভেম্বর ২০২৫", "ঢাকা: ২৯ নভেম্বর ২০২৫"])
def test_a_label_or_a_place_before_a_date_keeps_it_a_date_line(line):
    a = parse(f"{line}\nপ্রকাশিত: ১২:০১ এএম, ২৮ নভেম্বর ২০২৫\n\nমেষ: আজ আপনার দিনটি ভালো যাবে। কর্মক্ষেত্রে সাফল্য আসবে।\n")
    assert a.headline is None


def test_long_titles_under_a_site_clock_are_no_loose_body():
    # A homepage's clock over its list of titles: the clock says nothing of paragraphs.
    a = parse("ঢাকা, শুক্রবার ২৮ নভেম্বর ২০২৫\nপ্রচ্ছদ\n"
              "রাজধানীতে যানজট নিরসনে নতুন পরিকল্পনা নিয়ে কাজ শুরু করেছে ঢাকা উত্তর সিটি করপোরেশন\n"
              "চট্টগ্রামে পাহাড়ধসে দুই শিশুর মৃত্যু\n"
              "নির্বাচন কমিশনের সঙ্গে রাজনৈতিক দলগুলোর সংলাপ শুরু হচ্ছে আগামী সপ্তাহ থেকে ঢাকায়\n")
    assert a.body == ()


_MATCH_HEAD = "সাকিবের ব্যাটে জয় পেল বাংলাদেশ\nক্রীড়া প্রতিবেদক\nআপডেট : ২৮ নভেম্বর ২০২৫, ২২:১৫\n\n"
_MATCH_BODY = ("শেষ ওভারে দরকার ছিল ৯ রান। প্রথম বলেই ছক্কা মেরে ম্যাচ শেষ করে দেন সাকিব আল হাসান।",
               "টস জিতে আগে ব্যাট করে আফগানিস্তান ১৫৪ রান তোলে। জবাবে ৪ বল হাতে রেখে জয় পায় বাংলাদেশ।")
_SCORECARD = ("আফগানিস্তান: ২০ ওভারে ১৫৪/৭ (গুরবাজ ৪৫, নবী ৩২; তাসকিন ৩/২৮)",
              "বাংলাদেশ: ১৯.২ ওভারে ১৫৮/৫ (সাকিব ৬১*, লিটন ৩৮; রশিদ ২/২৪)",
              "ফল: বাংলাদেশ ৫ উইকেটে জয়ী", "ম্যান অব দ্য ম্যাচ: সাকিব আল হাসান")


@pytest.mark.parametrize("heading", ["সংক্ষিপ্ত স্কোর", "সংক্ষিপ্ত স্কোর:", "Brief scores:"])
def test_a_match_reports_scorecard_is_body_not_related_links(heading):
    tail = "\n\nএএইচ\nআরও পড়ুন\nমাশরাফি: আমরা জিতব\n"
    a = parse(_MATCH_HEAD + "\n".join(_MATCH_BODY + (heading,) + _SCORECARD) + tail)
    assert a.body == _MATCH_BODY + (heading,) + _SCORECARD
    assert a.links == ("মাশরাফি: আমরা জিতব",)


def test_titles_after_a_paragraph_without_a_scorecards_heading_stay_links():
    a = parse(_MATCH_HEAD + "\n".join(_MATCH_BODY) + "\n\nআরও পড়ুন\nফল: বাংলাদেশ ৫ উইকেটে জয়ী\nমাশরাফি: আমরা জিতব\n")
    assert a.body == _MATCH_BODY
    assert len(a.links) == 2


def test_a_cookie_banner_and_a_themes_navigation_are_no_header_or_body():
    a = parse("Skip to content\nToggle navigation\nSearch for:\nMenu\n"
              "We use cookies to improve your experience. By continuing you agree to our cookie policy.\nAccept\n"
              "ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৮ নভেম্বর ২০২৫, ০৯:৩০\n"
              "রাজধানীতে আজ সকালে বৃষ্টি হয়েছে, যা অনেক মানুষের দুর্ভোগ বাড়িয়েছে বলে জানিয়েছেন স্থানীয়রা।\n"
              "Your browser does not support the video tag.\nJavaScript is disabled in your browser.\nBack to top\n")
    assert a.headline == normalize("ঢাকায় বৃষ্টিতে জলাবদ্ধতা, দুর্ভোগে নগরবাসী")
    assert a.desk == normalize("নিজস্ব প্রতিবেদক")
    assert len(a.body) == 1 and a.links == ()
    kinds = {o.text: o.kind for o in a.other}
    assert kinds["We use cookies to improve your experience. By continuing you agree to our cookie policy."] == "footer"
    assert kinds["Skip to content"] == kinds["Accept"] == kinds["Back to top"] == "menu"
    assert kinds["Your browser does not support the video tag."] == "share"


_AJKER = ("Ajker Patrika\nনাটোরে জেঁকে বসেছে শীত\n{bullets}প্রতিনিধি, ইবি\nআপডেট : ২২ নভেম্বর ২০২৫, ০৯: ৪০\n"
          "সংঘর্ষের সময় তোলা একটি দৃশ্য। ছবি: সংগৃহীত\nসংঘর্ষের সময় তোলা একটি দৃশ্য। ছবি: সংগৃহীত\n"
          "এদিকে তীব্র শীতের কারণে বেড়েছে ঠাণ্ডাজনিত রোগ।\nশ্বাসকষ্ট, ডায়রিয়া, নিউমোনিয়াসহ নানা ধরনের শিবজনিত রোগ।\n"
          "সরজমিনে নাটোর শহর এলাকা ঘুরে দেখা যায়, শহর প্রায় ফাঁকা।\n")
_AJKER_BODY = ("এদিকে তীব্র শীতের কারণে বেড়েছে ঠাণ্ডাজনিত রোগ।", "শ্বাসকষ্ট, ডায়রিয়া, নিউমোনিয়াসহ নানা ধরনের শিবজনিত রোগ।",
               "সরজমিনে নাটোর শহর এলাকা ঘুরে দেখা যায়, শহর প্রায় ফাঁকা।")


@pytest.mark.parametrize("bullets", [
    "  • উত্তরের জেলা নাটোরে জেঁকে বসেছে শীত\n",
    # a long summary point whose last sentence has no danda, an abbreviation's
    # full stop inside it: still a summary, not the body's first paragraph
    "  • শীত নিয়ে কথা বলেছেন জেলা স্বাস্থ্য কর্মকর্তা ডা. রফিকুল ইসলাম, তিনি বলেছেন হাসপাতালে রোগীর চাপ বেড়েছে এবং "
    "শিশু ও বয়স্কদের সাবধানে রাখতে হবে বলে পরামর্শ দিয়েছেন তিনি\n",
])
def test_summary_points_and_a_doubled_caption_over_short_paragraphs(bullets):
    # ajkerpatrika (formats.md §1a): the caption printed twice breaks off
    # without a danda, like a wrapped line: the short paragraphs under it are
    # no hard-wrapped dump.
    a = parse(_AJKER.format(bullets=bullets))
    assert a.body == _AJKER_BODY and not any(w.startswith("hard_wrapped") for w in a.warnings)
    assert (a.headline, a.desk, a.updated.datetime) == ("নাটোরে জেঁকে বসেছে শীত", "প্রতিনিধি, ইবি", "2025-11-22T09:40+06:00")
    assert [o.kind for o in a.other] == ["menu", "summary", "caption", "caption"]


def test_a_first_paragraph_that_tells_a_date_with_a_label_word_as_its_verb_is_no_date_line():
    # `… গত ২৪ ডিসেম্বর প্রকাশ করা হয়েছে।`: a sentence, not a byline and a date.
    a = parse("৭১ ভুয়া মুক্তিযোদ্ধার সনদ বাতিল\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ ডিসেম্বর ২০২৫, ১০:১৫\n"
              "এ সংক্রান্ত গেজেট গত ২৪ ডিসেম্বর প্রকাশ করা হয়েছে।\nপ্রজ্ঞাপনে বলা হয়, তাদের সনদ বাতিল করা হলো।\n")
    assert (a.desk, a.published.datetime) == ("নিজস্ব প্রতিবেদক", "2025-12-29T10:15+06:00")
    assert a.body[0] == "এ সংক্রান্ত গেজেট গত ২৪ ডিসেম্বর প্রকাশ করা হয়েছে।"


@pytest.mark.parametrize("page,body", [
    # Related titles under `আরও পড়ুন` break off without a danda over a short
    # paragraph: no hard-wrapped dump.
    ("চট্টগ্রামকে হারিয়ে বিপিএল শুরু রংপুরের\nঅনলাইন ডেস্ক\nপ্রকাশিত: ২১:৩৯, ২ ডিসেম্বর ২০২৫\n"
     "বড় জয় দিয়ে বিপিএলের এবার আসর শুরু করলো রংপুর রাইডার্স।\nআরও পড়ুন\n"
     "স্কুলে অর্ধবার্ষিক পরীক্ষা হবে জুনে, বার্ষিক নভেম্বরে\nমামুনুল হককে আসন ছেড়ে শুভকামনা জানালেন মোবারক\n"
     "রংপুরের বোলাররাই আসল কাজ করে দিয়েছিলেন।\n",
     ("বড় জয় দিয়ে বিপিএলের এবার আসর শুরু করলো রংপুর রাইডার্স।", "রংপুরের বোলাররাই আসল কাজ করে দিয়েছিলেন।")),
    # A print page's desk and date line between the title and a short first
    # paragraph is never part of a wrapped paragraph.
    ("এবার এনসিপি ছাড়ার ঘোষণা দিলেন মওলানা ভাসানীর নাতি\n"
     "  রফিকুল ইসলাম, খুলনা    ১০ ফেব্রুয়ারি ২০২৫, ০০:৩৮ | প্রিন্ট সংস্করণ\n"
     "জাতীয় নাগরিক পার্টি (এনসিপি) ছাড়ার ঘোষণা দিচ্ছেন একের পর এক নেতা।\nপ্রতীকী ছবি\n"
     "রোববার রাতে নিজের ফেসবুক অ্যাকাউন্টে দেওয়া এক পোস্টে সিদ্ধান্ত জানান তিনি।\n",
     ("জাতীয় নাগরিক পার্টি (এনসিপি) ছাড়ার ঘোষণা দিচ্ছেন একের পর এক নেতা।",
      "রোববার রাতে নিজের ফেসবুক অ্যাকাউন্টে দেওয়া এক পোস্টে সিদ্ধান্ত জানান তিনি।")),
])
def test_lines_that_break_off_without_a_danda_but_are_no_wrapped_paragraph(page, body):
    a = parse(page)
    assert a.body == body and not any(w.startswith("hard_wrapped") for w in a.warnings)


_INTERVIEW = ("সাক্ষাৎকার\nনির্বাচন নিয়ে সংশয় এখনো কাটেনি\nসাক্ষাৎকার নিয়েছেন রাফসান গালিব\n"
              "প্রকাশ: ২৯ নভেম্বর ২০২৫, ০৮:০০\n"
              "বদিউল আলম মজুমদার সুজনের সম্পাদক। আসন্ন নির্বাচন নিয়ে তাঁর সঙ্গে কথা হয়।\n"
              "নির্বাচন কি সময়মতো হবে বলে মনে করেন?\n"
              "আমি আশাবাদী। তবে দলগুলোর মধ্যে আস্থার সংকট আছে।\n"
              "{thanks}")


@pytest.mark.parametrize("thanks", [
    ("আপনাকে ধন্যবাদ।", "আপনাকেও ধন্যবাদ।"),
    ("প্রথম আলো: সময় দেওয়ার জন্য ধন্যবাদ।", "বদিউল আলম মজুমদার: আপনাকেও ধন্যবাদ।"),
    ("Thank you.",),
])
def test_the_thanks_that_close_an_interview_are_its_last_turns_not_related_links(thanks):
    # (Prothom Alo's interviews: the credit `সাক্ষাৎকার নিয়েছেন NAME` with no
    # colon over the date, and two short turns of thanks at the end.)
    a = parse(_INTERVIEW.format(thanks="\n".join(thanks) + "\n"))
    assert a.body[-len(thanks):] == thanks and a.links == ()
    assert (a.kicker, a.author) == ("সাক্ষাৎকার", "রাফসান গালিব")


def test_short_related_titles_after_an_interview_stay_links():
    a = parse(_INTERVIEW.format(thanks="আরও পড়ুন\nধন্যবাদ জানাল ইসি\nভোটের তারিখ ঘোষণা\n"))
    assert a.links == ("ধন্যবাদ জানাল ইসি", "ভোটের তারিখ ঘোষণা")


_WEATHER = ("আবহাওয়া\nদেশের চার বিভাগে বৃষ্টির সম্ভাবনা\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ০৯:৩০\n"
            "দেশের চার বিভাগে আজ হালকা থেকে মাঝারি বৃষ্টি হতে পারে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।\n"
            "গতকাল দেশের সর্বোচ্চ তাপমাত্রা ছিল টেকনাফে ৩২ দশমিক ৫ ডিগ্রি সেলসিয়াস।\n{tail}")


@pytest.mark.parametrize("facts,after", [
    (("সূর্যাস্ত: সন্ধ্যা ৫টা ১২ মিনিট", "সূর্যোদয়: ভোর ৬টা ২৫ মিনিট"), ""),
    (("ঢাকা: সর্বোচ্চ ২৮, সর্বনিম্ন ১৮", "চট্টগ্রাম: সর্বোচ্চ ৩০, সর্বনিম্ন ২১", "সিলেট: সর্বোচ্চ ২৬, সর্বনিম্ন ১৬"),
     "© সর্বস্বত্ব সংরক্ষিত\n"),
    # a table of prices or rates: a name, a figure and its unit
    (("২২ ক্যারেট: ২,১৫,৩৪৫ টাকা", "২১ ক্যারেট: ২,০৫,৫৮৭ টাকা", "সনাতন পদ্ধতি: ১,৪৬,০৮১ টাকা"), ""),
    (("মার্কিন ডলার ১২২.৫০ টাকা", "ইউরো ১৪১.২০ টাকা", "ভারতীয় রুপি ১.৪৫ টাকা"), ""),
    # an election's results: a heading over each city's figures
    (("রাজশাহী সিটি করপোরেশন", "মোট কেন্দ্র: ১৩৮", "নৌকা প্রতীকে এইচ এম খায়রুজ্জামান লিটন: ১,৪২৪ ভোট",
      "সিলেট সিটি করপোরেশন", "মোট কেন্দ্র: ১৩৪", "প্রাপ্ত কেন্দ্র : ০২"), ""),
])
def test_figures_under_their_names_after_the_last_paragraph_are_body_not_links(facts, after):
    # a weather report's foot: the sun's times, each city's temperatures
    a = parse(_WEATHER.format(tail="\n".join(facts) + "\n" + after))
    assert a.body[-len(facts):] == facts and a.links == ()


@pytest.mark.parametrize("tail,links", [
    # one such line alone, or titles over more lines of the page: related titles
    ("বাজেট: ৭ লাখ ৯০ হাজার কোটি টাকা\nবিএনপির সমাবেশ আজ\nতিন দিনের ছুটি শুরু\n",
     ("বাজেট: ৭ লাখ ৯০ হাজার কোটি টাকা", "বিএনপির সমাবেশ আজ", "তিন দিনের ছুটি শুরু")),
    ("বাজেট: ৭ লাখ ৯০ হাজার কোটি টাকা\nবিএনপির সমাবেশ আজ\n",
     ("বাজেট: ৭ লাখ ৯০ হাজার কোটি টাকা", "বিএনপির সমাবেশ আজ")),
])
def test_titles_with_a_figure_after_a_colon_stay_links(tail, links):
    assert parse(_WEATHER.format(tail=tail)).links == links


def test_a_press_releases_credit_under_its_title_is_the_desk():
    a = parse("ঢাকা ব্যাংকের নতুন শাখা উদ্বোধন\nবিজ্ঞপ্তি\nপ্রকাশিত: ১১:২০ এএম, ২৯ নভেম্বর ২০২৫\n"
              "ঢাকা ব্যাংকের ১১৫তম শাখা শ্রীপুরে উদ্বোধন করা হয়েছে।\nএ সময় ব্যাংকের কর্মকর্তারা উপস্থিত ছিলেন।\n"
              "বিজ্ঞপ্তি/এমএইচ\n")
    assert (a.headline, a.desk, a.author, a.place) == ("ঢাকা ব্যাংকের নতুন শাখা উদ্বোধন", "বিজ্ঞপ্তি", None, None)
    assert a.body[0].startswith("ঢাকা ব্যাংকের ১১৫তম")


@pytest.mark.parametrize("lead,body,desk", [
    # the title again at the head of the first paragraph, over its byline or dateline
    ("পর্দার আড়ালে নতুন খেলা: রাজনীতিতে নতুন গুঞ্জন নিজস্ব প্রতিবেদক: দেশের রাজনীতিতে আবারও গুঞ্জন শুরু হয়েছে।",
     "দেশের রাজনীতিতে আবারও গুঞ্জন শুরু হয়েছে।", "নিজস্ব প্রতিবেদক"),
    ("পর্দার আড়ালে নতুন খেলা: রাজনীতিতে নতুন গুঞ্জন ঢাকা: দেশের রাজনীতিতে আবারও গুঞ্জন শুরু হয়েছে।",
     "ঢাকা: দেশের রাজনীতিতে আবারও গুঞ্জন শুরু হয়েছে।", None),
    # a lead that goes on from the title's words keeps them
    ("পর্দার আড়ালে নতুন খেলা: রাজনীতিতে নতুন গুঞ্জন ছড়িয়েছে। দেশের রাজনীতিতে আবারও গুঞ্জন শুরু হয়েছে।",
     "পর্দার আড়ালে নতুন খেলা: রাজনীতিতে নতুন গুঞ্জন ছড়িয়েছে। দেশের রাজনীতিতে আবারও গুঞ্জন শুরু হয়েছে।", None),
])
def test_the_title_printed_again_over_the_first_paragraphs_byline_leaves_it(lead, body, desk):
    a = parse("ঢাকা, রবিবার, ১০ আগস্ট ২০২৫, ২৬ শ্রাবণ ১৪৩২\n\nপর্দার আড়ালে নতুন খেলা: রাজনীতিতে নতুন গুঞ্জন\n\n"
              f"{lead}\nআগামী নির্বাচন ঘিরে সরকার প্রস্তুতিতে ব্যস্ত।\n")
    assert (a.headline, a.desk, a.body[0]) == ("পর্দার আড়ালে নতুন খেলা: রাজনীতিতে নতুন গুঞ্জন", desk, body)
    assert a.published is None  # the site's clock is no date of the story


_LETTER = ("চিঠিপত্র\nগ্রামের রাস্তা সংস্কার চাই\n২৯ নভেম্বর ২০২৫\n"
           "আমাদের গ্রামের প্রধান সড়কটি দীর্ঘদিন সংস্কার হয়নি। বর্ষায় চলাচল প্রায় অসম্ভব হয়ে পড়ে।\n{tail}")


@pytest.mark.parametrize("tail,desk,signatures,links", [
    # a letter's writer, over who and where they are
    ("রহিম উদ্দিন\nশিক্ষার্থী, রাজশাহী বিশ্ববিদ্যালয়\n", "রহিম উদ্দিন", ["শিক্ষার্থী, রাজশাহী বিশ্ববিদ্যালয়"], ()),
    # alone, over the page's footer
    ("মো. রহিম উদ্দিন\n© সর্বস্বত্ব সংরক্ষিত\n", "মো. রহিম উদ্দিন", [], ()),
    # a blog's writer, over the day it was written (a date line, read as one)
    ("মো. রহিম উদ্দিন\n০২.১২.২০২৫।\n", "মো. রহিম উদ্দিন", [], ()),
    # related titles are no writer, however they end
    ("শিক্ষার্থীদের সড়ক অবরোধ\nসড়ক সংস্কারে বরাদ্দ বাড়ল\n", None, [],
     ("শিক্ষার্থীদের সড়ক অবরোধ", "সড়ক সংস্কারে বরাদ্দ বাড়ল")),
])
def test_a_writers_sign_off_after_the_body_is_the_byline(tail, desk, signatures, links):
    a = parse(_LETTER.format(tail=tail))
    assert (a.desk, a.links) == (desk, links) and a.author == desk
    assert [o.text for o in a.other if o.kind == "signature"] == signatures


def test_a_photo_storys_captions_are_its_body_credited_or_not():
    a = parse("ছবি\nশীতের সকালে কুয়াশায় ঢাকা রাজধানী\nনিজস্ব আলোকচিত্রী\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ০৯:০০\n"
              "১ / ৮\nশনিবার সকালে ঘন কুয়াশায় ঢেকে যায় রাজধানী।\n"
              "২ / ৮\nকুয়াশার মধ্যে হেডলাইট জ্বালিয়ে চলছে যানবাহন। ছবি: সাজিদ হোসেন\n"
              "৩ / ৮\nশীত নিবারণে আগুন পোহাচ্ছেন শ্রমজীবী মানুষ।\n")
    assert a.body == ("শনিবার সকালে ঘন কুয়াশায় ঢেকে যায় রাজধানী।",
                      "কুয়াশার মধ্যে হেডলাইট জ্বালিয়ে চলছে যানবাহন। ছবি: সাজিদ হোসেন",
                      "শীত নিবারণে আগুন পোহাচ্ছেন শ্রমজীবী মানুষ।")
    assert (a.desk, a.author) == ("নিজস্ব আলোকচিত্রী", None)  # a photographer's role, no name


def test_a_photo_story_whose_every_caption_is_credited_has_them_as_its_body():
    captions = ["ভোরে কুয়াশায় ঢেকে যায় হাতিরঝিল। ছবি: সাজিদ হোসেন",
                "কুয়াশার মধ্যে হেডলাইট জ্বালিয়ে চলছে বাস। ছবি: সাজিদ হোসেন",
                "শীত থেকে বাঁচতে আগুন পোহাচ্ছেন শ্রমজীবী মানুষ। ছবি: সাজিদ হোসেন"]
    a = parse("ছবিতে দেখুন\nশীতের সকালে কুয়াশায় ঢাকা শহর\nনিজস্ব আলোকচিত্রী\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ০৯:০০\n"
              + "".join(f"{k} / ৫\n{c}\n" for k, c in zip("১২৩", captions)))
    assert a.body == tuple(captions) and "no_body" not in a.warnings
    assert [o.kind for o in a.other] == ["counter"] * 3


def test_a_credited_caption_in_an_article_stays_a_caption():
    a = parse("কুয়াশায় ঢাকা রাজধানী\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ০৯:০০\n"
              "শনিবার সকালে ঘন কুয়াশায় ঢেকে যায় রাজধানী। যান চলাচল ব্যাহত হয়।\n"
              "কুয়াশার মধ্যে হেডলাইট জ্বালিয়ে চলছে যানবাহন। ছবি: সাজিদ হোসেন\n"
              "আবহাওয়া অফিস বলছে, আরও কয়েক দিন কুয়াশা থাকতে পারে।\n")
    assert [o.kind for o in a.other] == ["caption"] and len(a.body) == 2


@pytest.mark.parametrize("page,standfirst", [
    ("Economy\nRemittance inflow hits record $3.2b in November\n{sf}\nTBS Report\n"
     "29 November, 2025, 10:30 am\nLast modified: 29 November, 2025, 11:05 am\n"
     "Migrant workers sent home $3.2 billion in November, the highest ever in a single month.\n"
     "The inflow was 18% higher than in the same month last year, officials said.\n",
     "Remittance inflow rose 18% year-on-year as the gap between formal and informal exchange rates narrowed"),
    ("অর্থনীতি\nনভেম্বরে রেকর্ড প্রবাসী আয়\n{sf}\nনিজস্ব প্রতিবেদক\n"
     "২৯ নভেম্বর ২০২৫, ১০:৩০\nআপডেট: ২৯ নভেম্বর ২০২৫, ১১:০৫\n"
     "নভেম্বরে প্রবাসীরা ৩২০ কোটি ডলার পাঠিয়েছেন, যা এক মাসে সর্বোচ্চ।\n"
     "গত বছরের একই মাসের তুলনায় এই আয় ১৮ শতাংশ বেশি।\n",
     "প্রবাসী আয় বছরের ব্যবধানে ১৮ শতাংশ বেড়েছে, কারণ ব্যাংক ও খোলাবাজারে ডলারের দামের ব্যবধান কমেছে অনেকখানি"),
])
def test_a_long_standfirst_without_a_full_stop_over_the_byline_and_date_is_no_paragraph(page, standfirst):
    # TBS: TITLE / STANDFIRST / DESK / DATE / `Last modified: …`; the standfirst
    # is the header's (`summary`), and the date under the byline is the published one.
    a = parse(page.format(sf=standfirst))
    assert len(a.body) == 2 and standfirst not in a.body
    assert (a.published.datetime, a.updated.datetime) == ("2025-11-29T10:30+06:00", "2025-11-29T11:05+06:00")
    assert [o.kind for o in a.other if o.text == standfirst] == ["summary"]


_BRIEF = ("Advertisement\n২০ এপ্রিল ২০২৪\n\nটুকরো খবর\n\n"
          "সীমান্ত চুক্তি বাস্তবায়নের দাবিতে সরব হল ছিটমহল বিনিময় সমন্বয় কমিটি। শুক্রবার কোচবিহার শহরের অন্তত "
          "৩০টি জায়গায় এই দাবিতে ব্যানার লাগিয়েছে কমিটি।\n\nশেষ আপডেট: ০১ নভেম্বর ২০১৪ ০২:২৭\nShare: Save:\n\n"
          "সীমান্ত চুক্তি বাস্তবায়নের দাবি বাড়ছে\n\nনিজস্ব সংবাদদাতা • কোচবিহার\n\n"
          "সীমান্ত চুক্তি বাস্তবায়নের দাবিতে সরব হল ছিটমহল বিনিময় সমন্বয় কমিটি। শুক্রবার কোচবিহার শহরের অন্তত "
          "৩০টি জায়গায় এই দাবিতে ব্যানার লাগিয়েছে কমিটি। অধিকাংশ ব্যানার লেখা হয়েছে বাংলায়।\n\n"
          "কমিটির সম্পাদক জানান, দ্রুত চুক্তি বাস্তবায়ন না হলে আন্দোলন আরও জোরদার করা হবে।\n")


def test_a_teaser_over_the_storys_own_date_title_and_desk_is_no_paragraph():
    # anandabazar's `টুকরো খবর`: the site's date, the column, a teaser, then the
    # story's `শেষ আপডেট`, its share buttons, its title, its desk and its body.
    a = parse(_BRIEF)
    assert (a.headline, a.desk, a.place) == ("সীমান্ত চুক্তি বাস্তবায়নের দাবি বাড়ছে", "নিজস্ব সংবাদদাতা • কোচবিহার",
                                             "কোচবিহার")
    assert len(a.body) == 2 and a.body[0].endswith("বাংলায়।")
    # the site's date atop the page is later than the story's last update: its clock
    assert (a.published, a.updated.datetime) == (None, "2014-11-01T02:27+05:30")
    kinds = {o.text: o.kind for o in a.other}
    assert (kinds["২০ এপ্রিল ২০২৪"], kinds["Share: Save:"], kinds["টুকরো খবর"]) == ("clock", "share", "menu")


def test_a_standfirst_under_its_title_over_the_desk_and_date_still_leads_the_body():
    # (no title between it and the byline: the standfirst is the story's own)
    a = parse("সীমান্ত চুক্তি বাস্তবায়নের দাবি বাড়ছে\n" + _BRIEF.split("টুকরো খবর\n\n")[1].replace(
        "সীমান্ত চুক্তি বাস্তবায়নের দাবি বাড়ছে\n\n", ""))
    assert a.headline == "সীমান্ত চুক্তি বাস্তবায়নের দাবি বাড়ছে" and len(a.body) == 3


def test_a_short_title_over_a_standfirst_of_two_sentences_is_the_headline():
    # bdnews24: TITLE / STANDFIRST (two sentences, no closing mark) / NAME / DATE
    a = parse("ফেসবুক ছাড়া দিনগুলো\n\nচেকইন নেই, জন্মদিনের শুভেচ্ছা নেই। একেকটি দিন ফেসবুকহীন, কেমন যাচ্ছে তাদের দিন\n\n"
              "মাকসুদা আজীজ\nPublished : 25 Nov 2026, 10:00 AM\n\n"
              "পরিস্থিতি বদলাবে, সেই আশায় বসে আছে এই দেশের তরুণেরা। ফেসবুক ছাড়া যেন জীবন অচল।\n")
    assert (a.headline, a.kicker) == ("ফেসবুক ছাড়া দিনগুলো", None)
    assert [o.kind for o in a.other] == ["summary"]


_SP = ("Sangbad Pratidin\nPublished by: Sayani Sen{dates}\nবাঁকুড়ায় হাতির হানায় মৃত্যু কৃষকের\n"
       "{inline}: ধান পাহারা দিতে গিয়ে হাতির হানায় মৃত্যু হল এক কৃষকের। শুক্রবার রাতে ঘটনাটি ঘটেছে।\n"
       "বন দপ্তর সূত্রে খবর, এলাকায় একটি দলছুট হাতি ঘুরে বেড়াচ্ছে।\n"
       "Sangbad Pratidin News App: খবরের টাটকা আপডেট পেতে ডাউনলোড করুন সংবাদ প্রতিদিনের লাইফস্টাইল অ্যাপ\n")


@pytest.mark.parametrize("dates", [" | Posted: November 29, 2025 10:30 am", "\nPosted: November 29, 2025 10:30 am"])
def test_the_reporters_inline_byline_under_a_producers_credit_is_the_byline(dates):
    # Sangbad Pratidin: the web producer's `Published by: NAME`, then the
    # reporter's own `NAME, PLACE:` opening the body; the app's prompt at the foot
    a = parse(_SP.format(dates=dates, inline="টিটুন মল্লিক, বাঁকুড়া"))
    assert (a.desk, a.author, a.place) == ("টিটুন মল্লিক, বাঁকুড়া", "টিটুন মল্লিক", "বাঁকুড়া")
    assert a.published.datetime == "2025-11-29T10:30+05:30" and len(a.body) == 2
    assert [o.kind for o in a.other if o.text.startswith("Sangbad Pratidin News App")] == ["share"]


def test_an_outlets_inline_desk_under_a_producers_credit_leaves_the_credit_the_byline():
    a = parse(_SP.format(dates=" | Posted: November 29, 2025 10:30 am", inline="সংবাদ প্রতিদিন ডিজিটাল ডেস্ক"))
    assert (a.desk, a.author) == ("Published by: Sayani Sen", "Sayani Sen")
    assert a.body[0].startswith("ধান পাহারা")


def test_a_credit_with_a_second_colon_opening_the_first_paragraph_is_the_byline_not_a_caption():
    a = parse("সুন্দরবনের গহিনে একদিন\nপ্রকাশ: ২৯ নভেম্বর ২০২৫, ১০:৩০\n"
              "লেখা ও ছবি: রফিক হাসান: ভোরের আলো ফোটার আগেই আমাদের নৌকা ছাড়ল। চারদিকে ঘন কুয়াশা।\n"
              "দুপুরের দিকে আমরা কটকা পৌঁছালাম। সেখানে হরিণের দল দেখা গেল।\n")
    assert (a.desk, a.author, a.other) == ("লেখা ও ছবি: রফিক হাসান", "রফিক হাসান", ())
    assert a.body[0] == "ভোরের আলো ফোটার আগেই আমাদের নৌকা ছাড়ল। চারদিকে ঘন কুয়াশা।"


@pytest.mark.parametrize("fields", [
    ["মন্তব্য *", "নাম *", "ইমেইল *", "ওয়েবসাইট",
     "পরবর্তী সময়ে মন্তব্য করার জন্য আমার নাম, ইমেইল এবং ওয়েবসাইট এই ব্রাউজারে সংরক্ষণ করুন।"],
    ["Comment *", "Name *", "Email *", "Website",
     "Save my name, email, and website in this browser for the next time I comment."],
])
def test_a_comment_forms_fields_are_no_related_headlines(fields):
    # WordPress's comment form under the story, its labels in Bangla or English
    form = "\n".join(fields)
    a = parse("পদ্মায় ধরা পড়ল ২০ কেজির বাঘাইড়\nনিজস্ব প্রতিবেদক, রাজবাড়ী\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n"
              "রাজবাড়ীর গোয়ালন্দে পদ্মা নদীতে জেলের জালে ২০ কেজি ওজনের একটি বাঘাইড় মাছ ধরা পড়েছে।\n"
              "এই বিভাগের আরো খবর\nমন্তব্য করুন\nআপনার ইমেইল ঠিকানা প্রকাশ করা হবে না। * চিহ্নিত বিষয়গুলো আবশ্যক।\n"
              f"{form}\n")
    assert a.links == () and len(a.body) == 1
    assert [o.kind for o in a.other if o.text in fields] == ["footer"] * len(fields)


@pytest.mark.parametrize("glued,link", [
    ("।আরও পড়ুন: গাজীপুরে কারখানায় আগুন, নিহত ২", "গাজীপুরে কারখানায় আগুন, নিহত ২"),
    ("। আরো পড়ুন - কেন বাড়ছে চালের দাম?", "কেন বাড়ছে চালের দাম?"),
])
def test_a_related_link_run_into_a_paragraphs_end_is_a_link(glued, link):
    first = "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়"
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              f"{first}{glued}\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n")
    assert a.body == (first + "।", "পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।") and a.links == (link,)


def test_a_sentence_that_asks_to_read_on_stays_in_the_paragraph():
    # no label after a sentence's end: `পড়ুন` inside a sentence is the text's
    text = "বিশেষজ্ঞরা বলছেন, বইটি আরও পড়ুন: এমন পরামর্শ দেওয়ার আগে ভাবতে হবে। এ নিয়ে বিতর্ক চলছে।"
    a = parse(f"মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n{text}\n")
    assert a.body == (text,) and a.links == ()


@pytest.mark.parametrize("last,after", [
    ("এ ঘটনায় থানায় মামলা হয়েছে", ""),
    ("বিষয়টি নিশ্চিত করেছেন মিরপুর থানার ওসি মো. রফিক", "\nআরও পড়ুন\nগাজীপুরে কারখানায় আগুন\nসাভারে বাস উল্টে আহত ১০\n"),
])
def test_a_short_closing_sentence_without_its_danda_is_the_last_paragraph(last, after):
    # who confirmed it, or a verb in the perfect last: a report's sentence, no related title
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n\n"
              f"পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n\n{last}\n{after}")
    assert a.body[-1] == last and last not in a.links


def test_short_titles_after_the_body_stay_related_links():
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n\n"
              "আরও পড়ুন\nগাজীপুরে কারখানায় আগুন, নিহত ২\nসাভারে বাস উল্টে আহত ১০\n")
    assert a.links == ("গাজীপুরে কারখানায় আগুন, নিহত ২", "সাভারে বাস উল্টে আহত ১০") and len(a.body) == 1


def test_a_read_also_label_left_before_one_sentence_keeps_the_sentence():
    # the link's title lost, its label glued to a one-sentence paragraph: no title closes on a danda
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n\n"
              "আরও পড়ুন মাওলানা আবদুল হালিম বলেন, গতকাল দুটি দল যুক্ত হওয়ায় ১০ দলীয় জোট হয়।\n\n"
              "আরও পড়ুন: গাজীপুরে কারখানায় আগুন, নিহত ২\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n")
    assert a.body[1] == "মাওলানা আবদুল হালিম বলেন, গতকাল দুটি দল যুক্ত হওয়ায় ১০ দলীয় জোট হয়।"
    assert a.links == ("গাজীপুরে কারখানায় আগুন, নিহত ২",) and len(a.body) == 3


@pytest.mark.parametrize("first", ["সরকার ব্যর্থ হয়েছে।", "আমরা পুরোপুরি প্রস্তুত।"])
def test_a_short_first_sentence_under_the_date_opens_the_body(first):
    # two to four words closed by a danda, right under the date: no title or subhead
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              f"{first}\n\nরাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n")
    assert a.body[0] == first and len(a.body) == 2 and not a.other


def test_a_short_sentence_and_a_question_after_the_last_paragraph_stay_in_the_body():
    # a sentence of three words, then a closing question or exclamation: no related titles
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n\n"
              "এখন ধ্বংসটাই বাকি।\n\nএই যে ৫০ সেন্ট কমে উনি সুতাটা বিক্রি করলেন, লাভবান হলেন কে?\n")
    assert a.body[1:] == ("এখন ধ্বংসটাই বাকি।", "এই যে ৫০ সেন্ট কমে উনি সুতাটা বিক্রি করলেন, লাভবান হলেন কে?")
    assert a.links == ()
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n\n"
              "আজকে মনে হয় আর সূর্য উঠবে না!\n")
    assert a.body[-1] == "আজকে মনে হয় আর সূর্য উঠবে না!" and a.links == ()


@pytest.mark.parametrize("text", [
    "এখন ধ্বংসটাই বাকি.",
    "এরপর জেক ফ্রেজার-ম্যাকগার্ককেও ফেরান নিজের জাদুকরী ঘূর্ণিতে.",
    "এ সংক্রান্ত গেজেট গত ২৪ ডিসেম্বর প্রকাশ করা হয়েছে.",
])
def test_a_full_stop_typed_for_the_danda_closes_a_bangla_sentence(text):
    # (its last word no abbreviation: `খ্রি.` still closes a date line, `ডা.` a name)
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫ খ্রি.\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে. ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়.\n\n"
              f"{text}\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি.\n")
    assert text in a.body and a.published.date == "2025-11-24" and a.links == ()


def test_short_sentences_after_furniture_inside_the_story_stay_in_the_body():
    # an ad, or a read-also link, between paragraphs: the short sentences after it are the story's
    a = parse("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n\n"
              "আরো পড়ুন\nসাভারে বাস উল্টে আহত ১০\n\nএটি আনন্দের দিন।\n\n"
              "এসময় আসামি আদালতকে জিজ্ঞেসা করেন, আপনি কি কিছু বললেন?\n\n"
              "পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n\nবিজ্ঞাপন\n\nএখন ধ্বংসটাই বাকি।\n")
    assert a.links == ("সাভারে বাস উল্টে আহত ১০",)
    assert a.body[1:] == ("এটি আনন্দের দিন।", "এসময় আসামি আদালতকে জিজ্ঞেসা করেন, আপনি কি কিছু বললেন?",
                          "পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।", "এখন ধ্বংসটাই বাকি।")


@pytest.mark.parametrize("mark", ["।", "."])
@pytest.mark.parametrize("between", ["দলের নেতারা বলছেন, সময় এসেছে নতুন করে ভাবার\n",
                                     "  • দুই দফায় আলোচনা হবে\n  • সিদ্ধান্ত আসবে আগামী সপ্তাহে\n"])
def test_a_title_closed_by_a_danda_over_a_subhead_or_bullets_is_no_paragraph(mark, between):
    title = f"নির্বাচন কমিশনের নতুন সিদ্ধান্ত নিয়ে আলোচনা শুরু{mark}"
    a = parse(f"{title}\n{between}নিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
              "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n")
    assert (a.headline, a.desk, len(a.body)) == (title, "নিজস্ব প্রতিবেদক", 1)


_WRAP_HEAD = "মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"


@pytest.mark.parametrize("wrapped,para", [
    # a sentence's last words a date's (`সময় ২৯ ডিসেম্বর।`): still the sentence's
    ("তফসিল অনুযায়ী, সংসদ নির্বাচনে প্রার্থীদের মনোনয়নপত্র জমা দেওয়ার শেষ\nসময় ২৯ ডিসেম্বর।",
     "তফসিল অনুযায়ী, সংসদ নির্বাচনে প্রার্থীদের মনোনয়নপত্র জমা দেওয়ার শেষ সময় ২৯ ডিসেম্বর।"),
    # a sentence that tells a date after a verb's words opens a paragraph
    ("দশম শ্রেণির নির্বাচনি পরীক্ষা শুরু হবে ২৮ অক্টোবর, চলবে ১০ নভেম্বর\nপর্যন্ত।",
     "দশম শ্রেণির নির্বাচনি পরীক্ষা শুরু হবে ২৮ অক্টোবর, চলবে ১০ নভেম্বর পর্যন্ত।"),
    # a first line that reads as a date line, words of the sentence after its date
    ("রোববার (২১ ডিসেম্বর) বিকেল ৪টায় সার্বিয়ার উদ্দেশ্যে\nদেশত্যাগ করেন তারা।",
     "রোববার (২১ ডিসেম্বর) বিকেল ৪টায় সার্বিয়ার উদ্দেশ্যে দেশত্যাগ করেন তারা।"),
    # a middle line that reads as a date line, words of the sentence before its date
    ("রাজধানীর গুলিস্তানের জিরো পয়েন্টের খদ্দর বাজার শপিং\nকমপ্লেক্সের আটতলা ভবনের ছাদে শুক্রবার (২৬ ডিসেম্বর) সকাল\n"
     "থেকে আগুন জ্বলছে।",
     "রাজধানীর গুলিস্তানের জিরো পয়েন্টের খদ্দর বাজার শপিং কমপ্লেক্সের আটতলা ভবনের ছাদে শুক্রবার (২৬ ডিসেম্বর) সকাল "
     "থেকে আগুন জ্বলছে।"),
    # a first line that ends with a date label's word, no date on it
    ("দেশের মাধ্যমিক ও নিম্নমাধ্যমিক বিদ্যালয়ের ২০২৬ শিক্ষাবর্ষের শিক্ষাপঞ্জি প্রকাশ\nকরেছে শিক্ষা মন্ত্রণালয়।",
     "দেশের মাধ্যমিক ও নিম্নমাধ্যমিক বিদ্যালয়ের ২০২৬ শিক্ষাবর্ষের শিক্ষাপঞ্জি প্রকাশ করেছে শিক্ষা মন্ত্রণালয়।"),
    # an inline byline with a photo's credit run in after it (a scraper's join), wrapped
    ("অন্য দুনিয়া ডেস্ক || ছবি: সংগৃহীত দক্ষিণের একটি শহরে পোষা বিড়াল খুঁজতে\nগিয়ে নতুন এক অভিজ্ঞতার মুখোমুখি হন এক তরুণ।",
     "অন্য দুনিয়া ডেস্ক || ছবি: সংগৃহীত দক্ষিণের একটি শহরে পোষা বিড়াল খুঁজতে গিয়ে নতুন এক অভিজ্ঞতার মুখোমুখি হন এক তরুণ।"),
    # a list item wrapped
    ("* বাংলাদেশে অবস্থানরত সকল বিদেশির ওয়ার্ক পারমিট যাচাই\nকরতে হবে।",
     "* বাংলাদেশে অবস্থানরত সকল বিদেশির ওয়ার্ক পারমিট যাচাই করতে হবে।"),
    # a question of twelve words or more
    ("কিন্তু সবার মনে প্রশ্ন একটাই, এটা কি ইতিহাসের পুনরাবৃত্তি নাকি শুধু\nপ্রদর্শনীর নাটক?",
     "কিন্তু সবার মনে প্রশ্ন একটাই, এটা কি ইতিহাসের পুনরাবৃত্তি নাকি শুধু প্রদর্শনীর নাটক?"),
])
def test_wrapped_paragraphs_whose_lines_look_like_other_things_are_joined(wrapped, para):
    first = ("জাতীয় নাগরিক পার্টি (এনসিপি) থেকে নিজের পদত্যাগ করার কোনো যৌক্তিকতা\n"
             "দেখছেন না বলে মন্তব্য করেছেন দলটির সিনিয়র যুগ্ম আহ্বায়ক।")
    a = parse(_WRAP_HEAD + first + "\n\n" + wrapped + "\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি এবং তদন্ত শুরু\nহয়েছে।\n")
    assert a.body[1] == para and len(a.body) == 3 and not a.links


def test_a_site_date_under_a_long_title_on_a_wrapped_page_is_no_wrapped_line():
    # `ঢাকা, শনিবার, DATE` under a title that breaks off at a dump's width: the site's date
    a = parse("রাজধানীতে তিন দিনের বৃষ্টির পূর্বাভাস দিয়েছে আবহাওয়া অফিস\nঢাকা, শনিবার, ২৯ নভেম্বর ২০২৫\n"
              "নিজস্ব প্রতিবেদক\n\n" + "জাতীয় নাগরিক পার্টি (এনসিপি) থেকে নিজের পদত্যাগ করার কোনো যৌক্তিকতা\n"
              "দেখছেন না বলে মন্তব্য করেছেন দলটির সিনিয়র যুগ্ম আহ্বায়ক।\n\n"
              "পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি এবং তদন্ত শুরু\nহয়েছে।\n")
    assert a.headline == "রাজধানীতে তিন দিনের বৃষ্টির পূর্বাভাস দিয়েছে আবহাওয়া অফিস"
    assert ("clock", "ঢাকা, শনিবার, ২৯ নভেম্বর ২০২৫") in [(o.kind, o.text) for o in a.other] and len(a.body) == 2


def test_a_wrapped_first_paragraph_under_an_images_alt_text_is_joined():
    # `Image` over the body is a picture's alt text, no label over a list of titles
    a = parse("শিরোনাম\n\nআমি পদত্যাগ করার কোনো যৌক্তিকতা দেখছি না\n\nরংপুর প্রতিনিধি\n\nImage\n\n"
              "জাতীয় নাগরিক পার্টি (এনসিপি) থেকে নিজের পদত্যাগ করার কোনো যৌক্তিকতা\n"
              "দেখছেন না বলে মন্তব্য করেছেন দলটির সিনিয়র যুগ্ম আহ্বায়ক সামান্তা\nশারমিন।\n\n"
              "রোববার (২৮ ডিসেম্বর) সন্ধ্যায় নিজের ফেসবুক আইডিতে এক পোস্টে তিনি এমন\nমন্তব্য করেছেন।\n")
    assert a.body[0].endswith("সামান্তা শারমিন।") and len(a.body) == 2


def test_a_sentences_last_words_after_a_slash_are_no_signature():
    a = parse(_WRAP_HEAD + "রপ্তানি খাতসমূহের সক্ষমতা প্রক্ষেপণ করার লক্ষ্যে একটি বিশেষ অঞ্চল\n"
              "তৈরি/নির্মাণ করা হয়েছে।\n\nমেলায় সম্ভাবনাময় সেক্টর/পণ্যভিত্তিক সেমিনার আয়োজনের উদ্যোগ\n"
              "নেওয়া হয়েছে।\n")
    assert len(a.body) == 2 and not [o for o in a.other if o.kind == "signature"]


def test_an_english_sentence_full_of_names_is_a_paragraph():
    # most of its words capitalised by a name, three in lower case: a sentence, no title
    a = parse("Three held over killing in Narayanganj\nStaff Correspondent\nPublished: 24 Nov 2025, 09:52 AM\n\n"
              "Police arrested three people on Sunday over the killing of a madrasa teacher in Narayanganj.\n\n"
              "The case is being investigated by the Detective Branch, officials said.\n\n"
              "He has been identified as Kari Muaz bin Abdul Rahman.\n\nRelated News\nReserves rise above $25 billion\n")
    assert a.body[-1] == "He has been identified as Kari Muaz bin Abdul Rahman." and len(a.body) == 3
    assert a.links == ("Reserves rise above $25 billion",)


_STORY = ("মিরপুরে বাসে আগুন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২\n\n"
          "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।\n\n")


@pytest.mark.parametrize("furniture", ["আরো পড়ুন\nসাভারে বাস উল্টে আহত ১০", "আরও পড়ুন: সাভারে বাস উল্টে আহত ১০",
                                       "আরো পড়ুন\nদিনাজপুরে আলুর দাম কমেছে"])
def test_closing_sentences_after_a_read_also_link_near_the_end_stay_in_the_body(furniture):
    """The story's last sentences after its read-also link, over the share row:
    a danda's sentence and a question tied to it are no related titles."""
    a = parse(_STORY + furniture + "\n\nএখন ধ্বংসটাই বাকি।\n\n"
              "কিন্তু সবার মনে প্রশ্ন একটাই, এটা কি ইতিহাসের পুনরাবৃত্তি নাকি শুধু প্রদর্শনীর নাটক?\n\n"
              "শেয়ার করুন\n")
    assert a.links == (furniture.split("\n")[-1].split(": ")[-1],)
    assert a.body[-2:] == ("এখন ধ্বংসটাই বাকি।",
                           "কিন্তু সবার মনে প্রশ্ন একটাই, এটা কি ইতিহাসের পুনরাবৃত্তি নাকি শুধু প্রদর্শনীর নাটক?")


@pytest.mark.parametrize("question", ["তবে প্রশ্ন থেকে যায়, এর দায় কে নেবে?",
                                      "এই যে সুতাটা কম দামে বিক্রি করলেন, লাভবান হলেন কে?"])
def test_a_question_tied_to_the_sentence_before_is_no_related_title(question):
    a = parse(_STORY + "আরো পড়ুন\nসাভারে বাস উল্টে আহত ১০\n\n" + question + "\n\n"
              "পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n")
    assert a.links == ("সাভারে বাস উল্টে আহত ১০",) and question in a.body


def test_related_titles_that_end_in_a_verb_stay_links_under_their_label():
    a = parse(_STORY + "আরও পড়ুন\nদিনাজপুরে আলুর দাম কমেছে\nকেন বাড়ছে চালের দাম?\n")
    assert a.links == ("দিনাজপুরে আলুর দাম কমেছে", "কেন বাড়ছে চালের দাম?") and len(a.body) == 1


def test_a_bar_typed_for_the_danda_after_a_sentences_verb_is_the_danda():
    """formats.md §6.14: ASCII `|` as a danda, glued to the sentence's last
    word. The sentences read as sentences (the short last one had become a
    related title) and the body has the danda; a bar after a byline or set
    apart by spaces stays a separator."""
    a = parse("সীমান্তের পশুহাটে দর পতন\nবেনাপোল প্রতিনিধি| প্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:৩০\n"
              "এবারও সরকার কোটি টাকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে| স্থানীয়রা এমন অভিযোগ করেছেন|\n"
              "ব্যবসায়ীদের ক্ষতি অনেক বেশি| এমন প্রশ্ন অনেকের|\nএমন প্রশ্ন অনেকের|\n"
              "বিষয়টি তদন্ত করা হবে|\nআরও পড়ুন\nসাভারে বাস উল্টে আহত ১০\n")
    assert a.body == ("এবারও সরকার কোটি টাকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে। স্থানীয়রা এমন অভিযোগ করেছেন।",
                      "ব্যবসায়ীদের ক্ষতি অনেক বেশি। এমন প্রশ্ন অনেকের।", "এমন প্রশ্ন অনেকের।",
                      "বিষয়টি তদন্ত করা হবে।")
    assert (a.desk, a.published.date, a.links) == ("বেনাপোল প্রতিনিধি", "2025-11-24", ("সাভারে বাস উল্টে আহত ১০",))
    # a title closed by a bar keeps it as printed
    c = parse("ব্যক্তিগত ও রাজনৈতিক যত চ্যালেঞ্জ নেতার সামনে|\nবেনাপোল প্রতিনিধি\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:৩০\n"
              "এবারও সরকার কোটি টাকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে| স্থানীয়রা এমন অভিযোগ করেছেন|\n")
    assert c.headline == "ব্যক্তিগত ও রাজনৈতিক যত চ্যালেঞ্জ নেতার সামনে|" and c.body[0].endswith("করেছেন।")
    b = parse("জাতীয়|\nসীমান্তের পশুহাটে দর পতন\nবেনাপোল প্রতিনিধি | প্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:৩০\n"
              "এবারও সরকার কোটি টাকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে। স্থানীয়রা এমন অভিযোগ করেছেন।\n")
    assert (b.kicker, b.headline, b.desk) == ("জাতীয়", "সীমান্তের পশুহাটে দর পতন", "বেনাপোল প্রতিনিধি")


def test_a_two_word_sentence_closed_by_a_bar_on_a_page_that_types_bars_for_dandas_gets_the_danda():
    """`রাজনীতিতে সংকট|` alone under paragraphs closed by bars: a sentence (it
    had stayed with its bar, a subhead); `জাতীয়|` over the title stays the
    section's separator."""
    a = parse("জাতীয়|\nসীমান্তের পশুহাটে দর পতন\nবেনাপোল প্রতিনিধি\nপ্রকাশ: ২৪ নভেম্বর ২০২৫, ১০:৩০\n"
              "এবারও সরকার কোটি টাকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে| স্থানীয়রা এমন অভিযোগ করেছেন|\n"
              "রাজনীতিতে সংকট|\nব্যবসায়ীদের ক্ষতি অনেক বেশি| বিষয়টি তদন্ত করা হবে|\n")
    assert a.body == ("এবারও সরকার কোটি টাকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে। স্থানীয়রা এমন অভিযোগ করেছেন।",
                      "রাজনীতিতে সংকট।", "ব্যবসায়ীদের ক্ষতি অনেক বেশি। বিষয়টি তদন্ত করা হবে।")
    assert (a.kicker, a.headline) == ("জাতীয়", "সীমান্তের পশুহাটে দর পতন")


@pytest.mark.parametrize("glued,kind", [("Advertisement", "ad"), (" বিজ্ঞাপন", "ad"), ("শেয়ার করুন", "share"),
                                        (" Google News-এ ফলো করুন", "share"), (" ছবি: সংগৃহীত", "caption")])
def test_furniture_a_scraper_glued_to_a_paragraphs_end_is_cut_off(glued, kind):
    """Text nodes joined with no break: the paragraph is the body's, the
    furniture after its last sentence is set apart with its kind."""
    para = "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। ফায়ার সার্ভিসের দুটি ইউনিট ঘটনাস্থলে যায়।"
    a = parse(_STORY.split("\n\n")[0] + "\n\n" + para + glued + "\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n")
    assert a.body == (para, "পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।")
    assert (kind, glued.strip()) in [(o.kind, o.text) for o in a.other]


@pytest.mark.parametrize("glue", [" ", ""])
@pytest.mark.parametrize("label", ["আরও পড়ুন:", "আরো পড়ুন :", "আরও পড়ুনঃ"])
def test_a_read_also_link_run_into_a_paragraph_is_a_link_and_the_paragraph_stays_whole(glue, label):
    """An inline read-also box whose text node a scraper joined to the
    paragraph before (`… করেছেন। আরও পড়ুন: TITLE`): the paragraph is the
    body's, the title a related link, in the page's order."""
    # (a paragraph of one sentence: read whole, it had been the header's summary)
    para = "রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে।"
    a = parse(_STORY.split("\n\n")[0] + "\n\n" + para + glue + label + " গাজীপুরে কারখানায় আগুন, নিহত ২"
              + "\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\nআরও পড়ুন\nসাভারে বাস উল্টে আহত ১০\n")
    assert a.body == (para, "পুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।")
    assert a.links == ("গাজীপুরে কারখানায় আগুন, নিহত ২", "সাভারে বাস উল্টে আহত ১০")
    assert [o.kind for o in a.other] == ["label"]


def test_a_read_also_label_in_a_sentence_is_no_glued_link():
    para = "বিস্তারিত জানতে প্রতিবেদনটি আরও পড়ুন: সেখানে সব তথ্য দেওয়া আছে।"
    a = parse(_STORY.split("\n\n")[0] + "\n\n" + para + "\n")
    assert a.body == (para,) and a.links == ()


@pytest.mark.parametrize("glued,kind", [("শেয়ার করুন", "share"), (" বিজ্ঞাপন", "ad")])
def test_furniture_glued_to_a_two_word_sentence_closed_by_a_danda_is_cut_off(glued, kind):
    a = parse(_STORY + "রাজনীতিতে সংকট।" + glued + "\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n")
    assert "রাজনীতিতে সংকট।" in a.body and (kind, glued.strip()) in [(o.kind, o.text) for o in a.other]


def test_a_photos_caption_of_one_sentence_and_its_credit_stays_a_caption():
    cap = "রাজধানীর মিরপুরে আগুন নেভানোর চেষ্টা করছেন ফায়ার সার্ভিসের কর্মীরা। ছবি: সংগৃহীত"
    a = parse(_STORY + cap + "\n\nপুলিশ জানায়, এ ঘটনায় কেউ হতাহত হয়নি।\n")
    assert ("caption", cap) in [(o.kind, o.text) for o in a.other] and cap not in a.body


def test_bars_and_glued_furniture_are_read_in_an_html_pages_blocks_too():
    a = parse("<html><body><h1>মিরপুরে বাসে আগুন</h1>\n<p>নিজস্ব প্রতিবেদক</p>\n<p>প্রকাশ: ২৪ নভেম্বর ২০২৫, ০৯:৫২</p>\n"
              "<p>রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। দুটি ইউনিট ঘটনাস্থলে যায়।Advertisement</p>\n"
              "<p>এবারও সরকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে| স্থানীয়রা এমন অভিযোগ করেছেন|</p>\n</body></html>\n")
    assert a.body == ("রাজধানীর মিরপুরে একটি বাসে আগুন লাগার ঘটনা ঘটেছে। দুটি ইউনিট ঘটনাস্থলে যায়।",
                      "এবারও সরকার রাজস্ব আয় থেকে বঞ্চিত হচ্ছে। স্থানীয়রা এমন অভিযোগ করেছেন।")
    assert ("ad", "Advertisement", 4) in [(o.kind, o.text, o.line) for o in a.other]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_related_stories_printed_title_title_teaser_without_bullets(gap):
    """bdnewsclub: under `সম্পর্কিত সংবাদ` each story's title twice (the link,
    the picture's alt text) over its lead, `Read more` glued to a lead cut off:
    one link a story, the repeat and the lead set apart."""
    a = parse(_STORY + "সম্পর্কিত সংবাদ\n" + gap.join([
        "মাসুমা খান আর নেই", "মাসুমা খান আর নেই", "একটি প্রতিষ্ঠানের সাবেক প্রধানের সহধর্মিণী মাসুমা খান মারা গেছেন বলে জানিয়েছে পরিবার।",
        "রাজধানীতে স্বস্তির বৃষ্টি", "রাজধানীতে স্বস্তির বৃষ্টি",
        "বেশ কিছুদিন ধরে চলা অসহনীয় গরমের পর আজ বিকেলে রাজধানীতে বৃষ্টি হয়েছে। নগরবাসীর মধ্যে Read more"]) + "\n")
    assert a.links == ("মাসুমা খান আর নেই", "রাজধানীতে স্বস্তির বৃষ্টি") and len(a.body) == 1
    assert [o.kind for o in a.other] == ["label", "repeat", "teaser", "repeat", "teaser"]


# An explainer whose paragraphs trail off with `…`: each looks like a teaser
# cut off when alone, but they are one story's, run on under its title.
_TRAILING = ["শীত এলেই ত্বক শুষ্ক হয়ে যায়। বাতাসে আর্দ্রতা কমে যাওয়ায় ত্বক টানটান লাগে, অনেকের ঠোঁট ফেটে যায়। তাই এ সময় বাড়তি যত্ন দরকার…",
             "প্রথমত, গোসলের পর পরই ময়েশ্চারাইজার লাগাতে হবে। ত্বক একটু ভেজা থাকতেই লাগালে তা বেশি কাজ করে। খুব গরম পানিতে গোসল না করাই ভালো…",
             "দ্বিতীয়ত, প্রচুর পানি পান করুন। শীতে তৃষ্ণা কম লাগে বলে অনেকে পানি কম খান, এতে ত্বক আরও শুষ্ক হয়…",
             "তৃতীয়ত, রোদে বের হলে সানস্ক্রিন ব্যবহার করুন। শীতের রোদও ত্বকের ক্ষতি করতে পারে।"]
_SKIN = "শীতে ত্বকের যত্ন কীভাবে নেবেন"


@pytest.mark.parametrize("header", [[], ["লাইফস্টাইল ডেস্ক", "প্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:০০"]])
def test_paragraphs_that_trail_off_under_a_title_are_the_body_each_on_its_own(header):
    a = parse("\n".join([_SKIN] + header + _TRAILING))
    assert a.headline == _SKIN and a.body == tuple(_TRAILING)
    assert "listing_page" not in a.warnings and not any(w.startswith("hard_wrapped") for w in a.warnings)
    assert a.other == ()


def test_a_paragraph_that_trails_off_inside_the_body_stays_in_it():
    body = [_TRAILING[3], _TRAILING[1], "চতুর্থত, রাতে ঘুমানোর আগে ঠোঁটে পেট্রোলিয়াম জেলি লাগান। এতে ঠোঁট ফাটা কমবে।"]
    a = parse("\n".join([_SKIN, "লাইফস্টাইল ডেস্ক", "প্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:০০"] + body))
    assert a.body == tuple(body)


def test_an_excerpt_that_repeats_the_first_paragraph_cut_off_stays_out_of_the_body():
    # a WordPress excerpt over the post: the first paragraph's opening, cut off with `…`
    first = _TRAILING[0].replace("দরকার…", "দরকার।")
    a = parse("\n".join([_SKIN, "লাইফস্টাইল ডেস্ক", "প্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:০০",
                         first[:80].rstrip() + "…", first, _TRAILING[3]]))
    assert a.body == (first, _TRAILING[3])
    assert [o.kind for o in a.other] == ["summary"]


def test_a_related_storys_teaser_right_over_the_body_stays_out_of_it():
    teaser = "ঠোঁট ফাটা শীতের সাধারণ সমস্যা। কয়েকটি ঘরোয়া উপায়ে সহজেই এর প্রতিকার পাওয়া যায়, জেনে নিন সেগুলো…"
    a = parse("\n".join([_SKIN, "লাইফস্টাইল ডেস্ক", "প্রকাশ: ২৮ নভেম্বর ২০২৬, ১০:০০", "আরও পড়ুন",
                         "শীতে ঠোঁট ফাটা রোধের উপায়", teaser, _TRAILING[3]]))
    assert a.body == (_TRAILING[3],)
    assert teaser not in a.body


_PRAYER_INTRO = "প্রতিটি মুসলমানের জন্য দৈনিক পাঁচ ওয়াক্ত নামাজ ফরজ। যত ব্যস্ততাই থাকুক, ওয়াক্তমতো নামাজ আদায় করতে হবে।"


@pytest.mark.parametrize("table", [
    # radiotoday: `NAME: TIME।` rows, the next day's Fajr with its date in brackets, then a
    # second table brought in by a colon, its groups headed `বিয়োগ করতে হবে:`
    ["ঢাকা ও তার আশপাশের এলাকার নামাজের সময়সূচি:", "জোহর: ১১ টা ৫৩ মিনিট।", "আসর: ৩ টা ৩৬ মিনিট।",
     "ফজর: ৫ টা ০২ মিনিট (২৯ নভেম্বর)", "বিভাগীয় শহরের জন্য যেসব বিভাগে সময় যোগ-বিয়োগ করতে হবে:",
     "বিয়োগ করতে হবে:", "চট্টগ্রাম: -০৫ মিনিট", "সিলেট: -০৬ মিনিট", "যোগ করতে হবে:", "খুলনা: +০৩ মিনিট"],
    # bartatv: the sentence closed by a dash, a heading, `NAME HH: MM মিনিট` rows (read alone,
    # each a clock time after a word)
    ["ঢাকা ও তার আশপাশের এলাকার নামাজের সময়সূচি তুলে ধরা হলো-", "নামাজের সময়সূচি", "ফজর ০৫: ০২ মিনিট",
     "জোহর ১১: ৫৩ মিনিট", "আসর ০৩: ৩৬ মিনিট", "মাগরিব ০৫: ১২ মিনিট",
     "উল্লিখিত সময়ের সঙ্গে যেসব বিভাগের সময় যোগ-বিয়োগ করতে হবে, সেগুলো হলো:-", "বিয়োগ করতে হবে-",
     "চট্টগ্রাম: ০৫ মিনিট", "সিলেট: ০৬ মিনিট"],
    # jagonews-like: `ফজর (রোববার, ২৯ নভেম্বর): ৫টা ০২ মিনিট।`, a day and a time after the name
    ["ঢাকা ও আশপাশের এলাকার নামাজের সময়সূচি-", "জোহর: ১১টা ৫৩ মিনিট।", "এশা: ৬টা ৩১ মিনিট।",
     "ফজর (রোববার, ২৯ নভেম্বর): ৫টা ০২ মিনিট।"],
])
@pytest.mark.parametrize("header", [["ধর্ম ডেস্ক", "প্রকাশিত: ০৫:০০ এএম, ২৮ নভেম্বর ২০২৬"], ["ধর্ম ডেস্ক"]])
def test_a_table_of_times_brought_in_by_a_colon_or_a_dash_stays_in_the_body(table, header):
    """A prayer-time page: each row a time (or a day and a time) after its
    name, the table brought in by a sentence closed by a colon or a dash.
    Every row is the story's: no row is a related title, and no row's time is
    the page's date."""
    a = parse("\n".join(["আজকের নামাজের সময়সূচি"] + header + [_PRAYER_INTRO] + table + ["সূত্র: ইসলামিক ফাউন্ডেশন"]))
    assert a.body == (_PRAYER_INTRO, *table) and a.links == ()
    assert (a.published.datetime if a.published else None) == ("2026-11-28T05:00+06:00" if len(header) == 2 else None)
    assert [o.kind for o in a.other] == ["signature"]
