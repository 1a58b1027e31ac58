"""The body: where it starts and ends (the first and last prose lines before
a hard break), and what its lines are (paragraphs, inline desks and
datelines, read-also links, captions, repeats).
"""
from __future__ import annotations

import re

from .. import boilerplate as bp
from ..byline import (bare_person, inline_desk, is_by_credit, is_desk_line, is_outlet_name, known_place, looks_like_person, names_outlet,
                      outlet_byline, split_byline, strip_terminator)
from ..dateline import might_be_dateline, read_line
from .._re import LazyPattern
from ..lexicon import boilerplate as lx_bp, nfc
from .glued import _bar_desk_date, _desk_then_date, _doubled_title, _glued_header
from .header import _LATIN_NAME, _read_header
from .page import _BN_FULL_STOP, _FIRST_DIGIT, _LABEL_HINTS, Layout, _Page, _is_prose, _is_title, _latin_title, _without_read_also, _words_over, double_spaced
from .patterns import (_AGENCY_CREDIT, _BANGLA, _DANDA_DATELINE, _EN_GLUED_DATE, _EN_OPENING_DATELINE,
                       _GLUED_DATE, _GLUED_WEEKDAY, _OPENING_DATELINE, _SITE_CLOCK_START)


def _ends_sentence(s: str) -> bool:
    return s.rstrip("\"'”’)» ")[-1:] in ("।", "॥", ".", "?", "!")


def _next_to_end(page: _Page, end: int, i: int) -> bool:
    """Line i follows the body's last paragraph, or only an ad, a photo's
    caption or a share row stands between (furniture inside the story)."""
    a, b = page.pos[end], page.pos[i]
    return b == a + 1 or b - a <= 3 and all(page.kind[page.idx[k]] in ("ad", "caption", "share")
                                            for k in range(a + 1, b))


def _after_read_also(page: _Page, end: int, i: int) -> bool:
    """Between the body's last paragraph and line i stand only a read-also
    label and the one or two titles under it, or the label and its title on
    one line (furniture inside the story)."""
    a, b = page.pos[end], page.pos[i]
    if not 1 <= b - a - 1 <= 3:
        return False
    between = page.idx[a + 1:b]
    first = page.lines[between[0]]
    if (m := bp.READ_ALSO_RE.match(first)) is None \
            or not (bp.READ_ALSO_TAIL in m.group() or m.group().lstrip("«←‹ ")[:4].lower() in ("read", "also", "see ")):
        return False  # (a link to the next story, `পরবর্তী খবর`, is no furniture inside this one)
    if m.end() < len(first):
        return len(between) == 1  # `আরও পড়ুন: TITLE` on one line
    return len(between) >= 2 and all(page.kind[j] is None and not _is_prose(page.lines[j])
                                     and not _said(page.lines[j], strict=True) for j in between[1:])


def _link_twice(page: _Page, i: int) -> bool:
    """`• TITLE` at i, the same title again under it (the link, then the
    picture's alt text): a related story's entry, no paragraph's."""
    j = page.next_nonblank(i)
    return j is not None and len(page.lines[j]) >= 10 and bp.strip_bullet(page.lines[i]) == page.lines[j]


def _said(s: str, strict: bool = False) -> bool:
    """A sentence, however short, no related title: closed by a danda (or a
    full stop typed for it), telling who said or did it (`এটি আনন্দের দিন।`,
    `… জিজ্ঞেসা করেন, আপনি কি কিছু বললেন?`), or a question or exclamation
    tied to the sentence before (`কিন্তু সবার মনে প্রশ্ন …?`) or of thirteen
    words or more (the corpus's titles that ask run to twelve). `strict`: not
    by a verb in the perfect alone (`দিনাজপুরে আলুর দাম কমেছে` may be a title)."""
    t = s.rstrip("\"'”’)» ")
    return t[-1:] in ("।", "॥") or _BN_FULL_STOP.search(t) is not None \
        or (any(c in s for c in _CLOSING_CUES) if strict else _closing_sentence(s)) \
        or t[-1:] in ("?", "!") and (s.startswith(_LINK_OPENERS) and s[:12].split(" ", 2)[0] in _LINK_OPENER_WORDS
                                     or s.startswith(_LINK_OPENERS_TWO) or s.count(" ") >= 12)


def _find_body(page: _Page) -> tuple[int | None, int | None]:
    lines = page.lines
    start = None
    after_ticker_label = False
    for i in page.idx:
        s = lines[i]
        kind = page.kind[i]
        if kind is None and _is_prose(s) and not (after_ticker_label and not _sentences(s)) \
                and not is_desk_line(s) and page.dateline(i) is None \
                and not (s[:1] in "•●▪-–" and bp.is_bullet(s) and not _ends_sentence(s)):
            # (a summary's bullet point that runs long, its last sentence with no danda,
            # does not open the body: ajkerpatrika's `  • …` under the headline)
            if len(s) <= 100 and _header_follows(page, i, past_subhead=True) and not _title_above(page, i):
                # `চালের দাম কমেছে, স্বস্তিতে ক্রেতারা।` / desk / date: a headline
                # that ends with a danda, not the first paragraph.
                continue
            if _header_below(page, i):
                # A teaser over the story's own header (anandabazar's `টুকরো খবর`:
                # LEAD / `শেষ আপডেট: DATE` / TITLE / DESK / BODY): not its first paragraph.
                continue
            if len(s) <= 250 and not _ends_sentence(s) and _header_follows(page, i) \
                    and (j := page.next_nonblank(i)) is not None and is_desk_line(page.lines[j]) \
                    and (k := page.next_nonblank(j)) is not None and page.dateline(k) is not None:
                # TITLE / a standfirst with no full stop / DESK / DATE (TBS): the
                # standfirst is the header's, not the first paragraph
                continue
            start = i
            break
        after_ticker_label = kind == "label" and bp.label_key(s) in bp.TICKER_LABELS
    if start is None:
        # No line ends like a sentence (a schedule, a list): the first long
        # line that is neither boilerplate nor a date starts the body.
        start = next((i for i in page.idx if len(lines[i]) >= 160 and lines[i][0] not in "{[<"
                      and page.kind[i] is None and page.dateline(i) is None), None)
    if start is None:
        # An RSS mirror's page: the headline, then a teaser cut off with
        # `… বিস্তারিত` (formats.md §1a, prothomalo mirrors): the teaser is the body.
        start = next((i for i in page.idx if len(lines[i]) >= 60 and bp.cut_read_more(lines[i])
                      and page.kind[i] is None and page.dateline(i) is None), None)
    if start is None and _gallery(page, page.idx):
        # A photo story whose every caption is credited (`… । ছবি: NAME`): its
        # first caption under a picture counter starts the body.
        start = next((i for i in page.idx if page.kind[i] == "caption" and ("।" in lines[i] or _is_prose(lines[i]))
                      and (k := page.pos[i]) > 0 and page.kind[page.idx[k - 1]] == "counter"), None)
    loose = False
    if start is None:
        # A page whose paragraphs all lost their closing danda, short ones
        # too: under a header, lines of ten words or more are paragraphs.
        start = _first_loose(page)
        loose = start is not None
    verse_end = None
    if (verse := _verse_above(page, start)) is not None:
        # A poem (a literature page): its short lines of verse under the date
        # or byline, down to the first line that closes a sentence, or alone.
        start, verse_end = verse
    if start is None:
        return None, None
    k = page.pos[start]
    if k >= 2:
        # A lead paragraph that lost its closing danda, right under the date
        # or desk line: fifteen words or more are no subhead.
        j, above = page.idx[k - 1], page.idx[k - 2]
        s = lines[j]
        if page.kind[j] is None and (s.count(" ") >= 14 or 1 <= s.count(" ") <= 3 and s[-1:] == "।") \
                and not bp.is_bullet(s) and _BANGLA.search(s) \
                and not is_desk_line(s) and page.dateline(j) is None \
                and (page.dateline(above) is not None or is_desk_line(lines[above])):
            # (... and a sentence of two to four words that a danda closes,
            # `সরকার ব্যর্থ হয়েছে।`: too short for prose, but no title or subhead)
            start = j
    if verse_end is None and (k := page.pos[start]) > 0 and lines[page.idx[k - 1]][-1] in _TRAIL_LAST:
        start = _trailing_paragraphs_above(page, start)
    end = start if verse_end is None else max(start, verse_end)
    gallery = None  # a photo story? (asked at its first caption)
    for i in page.idx:
        if i <= end:
            continue  # (the start, and lines a list or table that ran on already took)
        kind = page.kind[i]
        if kind == "signature" and "/" in lines[i]:
            # A slash signature closes the article (a source credit, `সূত্র: …`,
            # may stand between paragraphs, so it does not): a last paragraph
            # that does not end like a sentence still belongs to the body,
            # unless those lines are a header printed after the body.
            between = []
            for j in page.idx:
                if end < j < i:
                    if page.kind[j] == "label":
                        # Tags under their label (`ট্যাগ:` / `পাহাড়ধস`): not
                        # the body's last paragraph.
                        between = []
                        break
                    if page.kind[j] is None:
                        between.append(j)
            if between and not _looks_like_header(page, between):
                end = between[-1]
            break
        if kind == "footer" or (kind == "label" and bp.label_key(lines[i]) in bp.LIST_LABELS):
            break
        if kind is None and lines[i][:1] in "•●▪" and _link_twice(page, i):
            break  # `• TITLE` / TITLE / TEASER: related stories with their teasers, under the story
        if kind in ("counter", "label") and bp.is_comment_head(lines[i]) and comments_follow(page, i):
            break  # `মন্তব্য (২)`: the readers' comments follow, not the article
        if kind is None and (_is_prose(lines[i]) or (loose and _loose_paragraph(lines[i]))
                             or _whole_then_read_more(lines[i])):
            end = i
        elif kind is None and _next_to_end(page, end, i) and _last_loose(page, i):
            end = i
        elif kind is None and _after_read_also(page, end, i) and _said(lines[i], strict=True) \
                and _BANGLA.search(lines[i]):
            end = i  # `আরো পড়ুন` / TITLE / `এখন ধ্বংসটাই বাকি।`: the story goes on past its read-also link
        elif kind is None and _next_to_end(page, end, i) and 1 <= lines[i].count(" ") <= 2 \
                and (lines[i][-1:] == "।" or _BN_FULL_STOP.search(lines[i]) is not None) \
                and _BANGLA.search(lines[i]) is not None:
            end = i  # `এখন ধ্বংসটাই বাকি।`: a short sentence under a paragraph (no title closes on a danda)
        elif kind is None and page.pos[i] == page.pos[end] + 1 and _closing_thanks(lines[i]):
            end = i
        elif kind is None and page.pos[i] == page.pos[end] + 1 and (last := _facts_under(page, i)) is not None:
            end = last
        elif kind is None and page.pos[i] == page.pos[end] + 1 and (last := _list_under(page, i)) is not None:
            end = last
        elif kind is None and page.pos[i] == page.pos[end] + 1 and _brings_in_list(lines[end]) \
                and (last := _facts_under(page, i)) is not None:
            end = last  # `… সময়সূচি তুলে ধরা হলো-` / `ফজর ০৫: ০২ মিনিট` / …: the table it brings in
        elif kind is None and page.pos[i] == page.pos[end] + 1 and (last := _scorecard(page, i)) is not None:
            end = last
        elif kind is None and end > start and len(lines[i]) <= 80 and _next_article(page, i):
            break  # a second article's header (a crawl that scrolled on): the first one ends here
        elif kind == "caption" and ("।" in lines[i] or _is_prose(lines[i])) \
                and (gallery := _gallery(page, page.idx) if gallery is None else gallery):
            end = i  # a photo story's credited caption: what it says (read as body by _read_body)
    return start, end


_TRAIL_LAST = frozenset("….\"'”’)» ")


def _trailing_paragraphs_above(page: _Page, start: int) -> int:
    """The body's first line, moved up over paragraphs right above it that
    trail off with `…` (`… তাই এ সময় বাড়তি যত্ন দরকার…`): whole sentences
    before the mark and ten words or more, read as teasers cut off when
    alone, but the story's own when they run on into its first paragraph
    under its title or header. Not under a label (`আরও পড়ুন` / TITLE /
    TEASER…), and not a teaser that repeats the paragraph's opening (a
    WordPress excerpt over the post)."""
    lines, k = page.lines, page.pos[start]
    first = start
    while k >= 1:
        j = page.idx[k - 1]
        s = lines[j]
        if s[-1] not in _TRAIL_LAST:
            break  # (asked of every page: most lines above the body end otherwise)
        t = s.rstrip(" \"'”’)»")
        if page.kind[j] is not None or not t.endswith(("…", "...")) or "।" not in t or not _words_over(s, 9) \
                or bp.cut_read_more(s) is not None or is_desk_line(s) or page.dateline(j) is not None \
                or lines[start].startswith(t.rstrip(".… ")[:60]):
            break
        first, k = j, k - 1
    if first == start:
        return start
    if k == 0:
        return first
    above = page.idx[k - 1]
    s = lines[above]
    if page.dateline(above) is not None or is_desk_line(s):
        return first
    if page.kind[above] is not None or not 2 <= s.count(" ") + 1 <= 18 or s.rstrip(" \"'”’)»").endswith(("।", ".", "…")):
        return start
    # a title: the page's first line, or one under no label
    return first if k == 1 or page.kind[page.idx[k - 2]] != "label" else start


def _bracketed_place(text: str) -> str | None:
    """A dateline's place with brackets after it: `সিরাজগঞ্জ (বাসস)` (the agency
    before the date) is the place; `শ্রীমঙ্গল (মৌলভীবাজার)` (an upazila and
    its district) is the place as printed."""
    m = _BRACKETED.search(text)
    head = text[:m.start()].strip() if m else text
    if known_place(head) is None:
        return None
    return text.strip() if m and known_place(m.group(1).strip()) is not None else head


def _two_places(text: str) -> str | None:
    """`শিলিগুড়ি ও জলপাইগুড়ি`: two known places joined, as a dateline names them."""
    parts = _PLACE_JOIN.split(text.strip())
    return text.strip() if len(parts) == 2 and all(known_place(p) for p in parts) else None


_PLACE_JOIN = re.compile(r"\s+(?:ও|এবং)\s+|\s*,\s*")


def _whole_then_read_more(s: str) -> bool:
    """`… অভিযোগ স্থানীয়দের। বিস্তারিত পড়ুন...`: a paragraph of whole sentences
    with a link to the full story after it (a digest of the day's stories),
    not a teaser cut off in mid-sentence (`…বিস্তারিত`)."""
    cut = bp.cut_read_more(s) if s[-1:] in ".…ন" else None  # (পড়ুন, বিস্তারিত, `...` after them)
    return cut is not None and cut.rstrip()[-1:] in ("।", "?", "!") and _is_prose(cut.rstrip())


def comments_follow(page: _Page, i: int) -> bool:
    """Readers' comments under the head at i: a comment's time (a date line or
    an age) within the next six lines. A heading of that name with no time
    under it (`মন্তব্য` over the related list) opens no comments."""
    k = page.pos[i]
    return any(page.dateline(j) is not None or bp.is_age_line(page.lines[j]) for j in page.idx[k + 1:k + 7])


def _loose_paragraph(s: str) -> bool:
    """Ten words or more of Bangla: longer than a headline or a related title
    runs, so a paragraph even without its danda."""
    return _words_over(s, 9) and not s.endswith(("...", "…")) and not bp.is_bullet(s) \
        and _BANGLA.search(s) is not None


def _last_loose(page: _Page, i: int) -> bool:
    """Line i, right after a paragraph, is the last paragraph without its
    danda: ten words or more (or five, telling who confirmed or said it, or
    closed by a verb in the perfect: `বিষয়টি নিশ্চিত করেছেন ওসি মো. রফিক`,
    `এ ঘটনায় থানায় মামলা হয়েছে`; or a question or an exclamation of four:
    `আপনার দুর্ভোগটা কেমন হবে?`), and a label, a footer or the page's end
    after it (a related title would have more titles after it)."""
    s = page.lines[i]
    if not (_loose_paragraph(s) or _words_over(s, 4) and _closing_sentence(s)
            or _words_over(s, 3) and s.rstrip("”’\"'")[-1:] in ("?", "!")) \
            or is_desk_line(s) or page.dateline(i) is not None:
        return False
    j = page.next_nonblank(i)
    return j is None or page.kind[j] in ("label", "footer", "signature", "share")


# A story's closing sentence: who confirmed or told it, or a verb in the
# perfect last (titles say `হলো`, `করলেন`; a report `হয়েছে`, `করেছেন`).
_CLOSING_CUES = tuple(nfc(lx_bp.STORY_SENTENCE_CUES))
_LINK_OPENERS = tuple(w for w in nfc(lx_bp.SENTENCE_LINK_OPENERS) if " " not in w)
_LINK_OPENER_WORDS = frozenset(_LINK_OPENERS)
_LINK_OPENERS_TWO = tuple(w + " " for w in nfc(lx_bp.SENTENCE_LINK_OPENERS) if " " in w)
_PERFECT_LAST = tuple(nfc(["েছে", "েছেন"]))


def _closing_sentence(s: str) -> bool:
    return s.endswith(_PERFECT_LAST) or any(c in s for c in _CLOSING_CUES)


_GALLERY_COUNTER = re.compile(r"^[0-9০-৯]{1,3}\s?/\s?[0-9০-৯]{1,3}$")


def _gallery(page: _Page, lines_at: list[int]) -> bool:
    """Two picture counters (`১ / ৮`, `2/8`) or more among the lines: a photo story."""
    return sum(1 for j in lines_at if page.kind[j] == "counter" and _GALLERY_COUNTER.match(page.lines[j])) >= 2


_THANKS = tuple(lx_bp.INTERVIEW_THANKS)


def _closing_thanks(s: str) -> bool:
    """`আপনাকে ধন্যবাদ।`, `আপনাকেও ধন্যবাদ।`: the interviewer's and the
    guest's thanks that close an interview, too short to read as prose; a
    related title is no sentence of thanks."""
    return len(s) <= 60 and s.rstrip(" \"'”’")[-1:] in ("।", "!", ".") and any(w in s for w in _THANKS) \
        and s.count(" ") <= 7


_FACT = re.compile(r"^([^\s:ঃ]+(?: [^\s:ঃ]+){0,5})\s?[:ঃ]\s?(\S+(?: \S+){0,5})$")
# A row of a table of figures: a name, then a figure and at most two words of
# its unit (`মার্কিন ডলার ১২২.৫০ টাকা`, `২২ ক্যারেট ২,১৫,৩৪৫ টাকা`).
_FIGURE_ROW = re.compile(r"^\S+(?: \S+){0,4} [0-9০-৯][0-9০-৯,.]*(?: ?[^\s0-9০-৯]{1,12}){0,2}$")


def _fact(s: str) -> bool:
    """`NAME: FIGURE` (the figure with a digit) or a table's row of figures."""
    m = _FACT.match(s)
    if m is not None:
        return _DIGIT.search(m.group(2)) is not None
    return _FIGURE_ROW.match(s) is not None


def _facts_under(page: _Page, i: int) -> int | None:
    """Lines from i, right after a paragraph, that each give a figure under
    its name (`সূর্যাস্ত: সন্ধ্যা ৫টা ১২ মিনিট` / `সূর্যোদয়: ভোর ৬টা ২৫ মিনিট`,
    a weather report's foot; `২২ ক্যারেট: ২,১৫,৩৪৫ টাকা`; `মার্কিন ডলার
    ১২২.৫০ টাকা`, a table of rates), two or more, then the page's end or its
    furniture: the story's facts, not related titles. Returns the last line."""
    last = None
    n = 0
    j: int | None = i
    while j is not None and page.kind[j] is None and len(page.lines[j]) <= 80 \
            and ((dl := page.dateline(j)) is None or _item_with_date(page.lines[j], dl)):
        if _fact(page.lines[j]):
            last, n = j, n + 1
        elif (_table_heading(page.lines[j]) or _group_heading(page.lines[j])) and (k := page.next_nonblank(j)) is not None \
                and page.kind[k] is None and len(page.lines[k]) <= 80 and _fact(page.lines[k]):
            pass  # `রাজশাহী সিটি করপোরেশন` over its figures: a heading of the table
        else:
            break
        j = page.next_nonblank(j)
    # (or another table's sentence: `… যোগ-বিয়োগ করতে হবে:-` under the prayer times)
    if n < 2 or (j is not None and page.kind[j] not in ("label", "footer", "signature", "share", "counter")
                 and not (page.kind[j] is None and _brings_in_list(page.lines[j]) and page.dateline(j) is None)):
        return None
    return last


def _group_heading(s: str) -> bool:
    """A few words closed by a colon or a dash over a table's rows (`বিয়োগ
    করতে হবে:`, `যোগ করতে হবে–`): the heading of a group of them."""
    return s.count(" ") <= 5 and s.endswith((":", "ঃ", "—", "–", "-")) and _DIGIT.search(s) is None \
        and "\u0980" <= s.rstrip(":ঃ—–- ")[-1:] <= "\u09ff"


def _brings_in_list(s: str) -> bool:
    """A sentence closed by a colon or a dash that brings in what follows
    (`… পরিবর্তনগুলো হলো:`, `… তুলে ধরা হলো-`, `… করতে হবে—`)."""
    if not s.endswith((":", "ঃ", "—", "–", "-")) or not _words_over(s, 2):
        return False
    # (before a dash, a sentence's last word: no figure, no lone mark)
    return s[-1] not in "—–-" or "\u0980" <= s.rstrip(":—–- ")[-1:] <= "\u09ff" and _words_over(s, 4)


def _table_heading(s: str) -> bool:
    """A table's heading among its rows: a few words, no figure, no sentence."""
    return s.count(" ") <= 5 and not _ends_sentence(s) and _DIGIT.search(s) is None and not s.endswith((":", "ঃ"))


def _list_under(page: _Page, i: int) -> int | None:
    """Line i, right after a paragraph, ends with a colon and the items of a
    list follow it (`… পরিবর্তনগুলো হলো:` / `১. …` / `২. …`): the body's
    list; the last item's line. (A related list has a label over it, never
    a sentence.)"""
    s = page.lines[i]
    if not _brings_in_list(s) or len(s) > 400 or is_desk_line(s) or page.dateline(i) is not None:
        return None
    last = None
    j = page.next_nonblank(i)
    while j is not None and page.kind[j] is None and bp.is_bullet(page.lines[j]):
        last = j
        j = page.next_nonblank(j)
    if last is None and j is not None and page.kind[j] is None and (f := _facts_under(page, j)) is not None:
        # `… যোগ-বিয়োগ করতে হবে—` / `বিয়োগ করতে হবে–` / `চট্টগ্রাম: -০৫ মিনিট।`: a table
        # of figures under the sentence that brings it in
        return f
    if last is None and j is not None and page.kind[j] is None and _words_over(t := page.lines[j], 3) \
            and not is_desk_line(t) and page.dateline(j) is None \
            and ((k := page.next_nonblank(j)) is None or page.kind[k] in ("label", "footer", "signature", "share")):
        # `জাতীয় পার্টির কর্মসূচি:` / `বিকেলে ৪টায় সংবাদ সম্মেলন` at the page's end:
        # a schedule's last heading and its item, with no danda
        last = j
    return last


_SCORE_HEADINGS = frozenset(lx_bp.SCORE_HEADINGS)
_SCORE_LABELS = frozenset(lx_bp.SCORE_LABELS)
_DIGIT = re.compile("[0-9০-৯]")


def _scorecard(page: _Page, i: int) -> int | None:
    """Line i, right after a paragraph, heads a match's scorecard (`সংক্ষিপ্ত
    স্কোর`, `Brief scores:`): its lines, each with a figure or under a
    scorecard's label (`ম্যান অব দ্য ম্যাচ: NAME`), are the story's. Returns
    the card's last line."""
    s = page.lines[i]
    head, colon, rest = s.partition(":")
    if head.strip().lower() not in _SCORE_HEADINGS:
        return None
    last = i if rest.strip() else None  # `সংক্ষিপ্ত স্কোর: আফগানিস্তান ১৫৪/৭ …` on one line
    j = page.next_nonblank(i)
    while j is not None and page.kind[j] is None and len(page.lines[j]) <= 300:
        t = page.lines[j]
        label = t.partition(":")[0].strip().lower() if ":" in t else ""
        if not (_DIGIT.search(t) or label in _SCORE_LABELS) or is_desk_line(t):
            break
        last = j
        j = page.next_nonblank(j)
    return last


def _first_loose(page: _Page) -> int | None:
    """The first of two paragraphs or more without closing punctuation (or of
    one long one), under a desk or date line (a header there says the page is an article)."""
    lines = page.lines
    cands = [i for i in page.idx if page.kind[i] is None and _loose_paragraph(lines[i])
             and not is_desk_line(lines[i]) and page.dateline(i) is None]
    if len(cands) < 2 and not (cands and lines[cands[0]].count(" ") >= 19):
        return None  # (one paragraph of twenty words or more is the body alone)
    first = cands[0]
    # A byline or the page's own date line (not a site clock: a homepage's
    # clock over its list of titles says nothing of paragraphs).
    if not any(j < first and (is_desk_line(lines[j]) or ((dl := page.dateline(j)) is not None and not dl.clock))
               for j in page.idx):
        return None
    return first


def _sentences(s: str) -> bool:
    """Two sentences or more, each closed by a danda: a paragraph, even right
    under a ticker label, whose one-line ticker is headlines (which seldom end
    in a danda) run together."""
    return s.rstrip(" \"'”’)").endswith("।") and s.count("।") >= 2


_STAMP_LABELS = ("প্রকাশ", "আপডেট", "হালনাগাদ", "Published", "Updated")


def _next_article(page: _Page, i: int) -> bool:
    """TITLE / DESK / labelled DATE (or TITLE / labelled DATE) from line i:
    the header of another article, printed after this one's body."""
    lines = page.lines
    j = page.next_nonblank(i)
    k = page.next_nonblank(j) if j is not None else None
    if not any(x is not None and any(h in lines[x] for h in _STAMP_LABELS) for x in (j, k)):
        return False  # (asked first: most lines after a body have no date label under them)
    if _is_prose(lines[i]) or not _is_title(lines[i]) or is_desk_line(lines[i]):
        return False
    if j is not None and is_desk_line(lines[j]):
        j = k
    if j is None or (dl := page.dateline(j)) is None:
        return False
    return any(r in ("published", "updated") for r in dl.labels) and any(r.date for r in dl.readings)


_VERSE_WIDTH = 45


def _verse_above(page: _Page, start: int | None) -> tuple[int, int] | None:
    """The first and last lines of a poem's verse: four short lines or more
    (stanzas of two lines or more, set apart by blank lines) right under the
    date or byline line and over `start` (the first line that closes a
    sentence, or the page's end when none does). None when the lines there
    are no verse."""
    lines, idx = page.lines, page.idx
    end = page.pos[start] if start is not None else len(idx)
    while start is None and end > 0 and page.kind[idx[end - 1]] is not None:
        end -= 1  # (the tail's boilerplate under a poem with no full stop)
    if end < 5 or len(lines[idx[end - 1]]) > _VERSE_WIDTH or page.read_dateline(idx[end - 1]) is not None:
        return None  # (the common case, asked first: a long line or the date line over the body)
    short = 0  # (a first count with no pattern asked: most pages have one short line there)
    for j in reversed(idx[max(0, end - 8):end]):
        if page.kind[j] is None and len(lines[j]) <= _VERSE_WIDTH and page.read_dateline(j) is None:
            short += 1  # (the date line over the body, read before, stops the count)
        elif page.kind[j] not in _IN_VERSE:
            break
    if short < 4:
        return None
    k = end - 1
    run: list[int] = []
    while k >= 0 and (_verse_line(page, idx[k]) or page.kind[idx[k]] in _IN_VERSE and run):
        if page.kind[idx[k]] is None:
            run.append(idx[k])
        k -= 1
    if len(run) < 4:
        return None  # (the common case, with no byline asked for: one line over the body)
    run.reverse()
    # (a byline is as short as a line of verse: the run's first may be the anchor)
    while run and is_desk_line(lines[run[0]]):
        k = page.pos[run.pop(0)]
    if start is None and len(run) >= 6 and not _ends_sentence(lines[run[0]]) \
            and all(page.kind[idx[j]] is not None for j in range(k + 1)) \
            and (bare_person(lines[run[1]], max_words=4) or _rhymes([lines[j] for j in run[1:]])):
        # A poem with neither date nor byline over it (a section's menu at
        # most): its title, maybe the poet's name alone, then lines that
        # rhyme (or run on from the name).
        run.pop(0)
        if bare_person(lines[run[0]], max_words=4):
            run.pop(0)
    elif k < 0:
        return None
    else:
        anchor = idx[k]
        if page.dateline(anchor) is None and not is_desk_line(lines[anchor]):
            return None
    if len(run) < 4 or any(is_desk_line(lines[j]) for j in run):
        return None
    if start is None and len(run) < 6:
        return None  # (a poem with no full stop at all runs longer: short lines alone may be a list)
    # Stanzas, not a list of single lines set apart: two adjacent lines at least
    # (a blank line after every line of a double-spaced dump as good as none).
    gap = 2 if double_spaced(page) else 1
    if not any(b - a <= gap for a, b in zip(run, run[1:])):
        return None
    return run[0], run[-1]


# Boilerplate a crawl leaves between a poem's lines (an ad's placeholder).
_IN_VERSE = frozenset(["ad", "markup", "share", "caption", "separator"])


def _rhymes(lines: list[str]) -> bool:
    """Lines that end alike in pairs (`…নদীর বুকে` / `…ঘাসের মুখে`), next to
    each other (AABB) or every other (ABAB), from the first line or the
    second (under the poem's title), in two pairs of three or more: verse.
    (Titles end alike by chance in about one pair of four.)"""
    ends = [s.rstrip(" ,;!?।.-–—'\"’”")[-1:] for s in lines]
    for offset in (0, 1):
        e = ends[offset:]
        aabb = [(e[k], e[k + 1]) for k in range(0, len(e) - 1, 2)]
        abab = [(e[k + j], e[k + j + 2]) for k in range(0, len(e) - 3, 4) for j in (0, 1)]
        for pairs in (aabb, abab):
            if len(pairs) >= 3 and 3 * sum(x == y for x, y in pairs) >= 2 * len(pairs):
                return True
    return False


def _verse_line(page: _Page, i: int) -> bool:
    s = page.lines[i]
    return page.kind[i] is None and len(s) <= _VERSE_WIDTH and " " in s and not bp.is_bullet(s) \
        and _BANGLA.search(s) is not None and page.dateline(i) is None


def _title_above(page: _Page, i: int) -> bool:
    """A line above i that can be the headline (asked only in the rare case
    of a short sentence over a desk or date line)."""
    return any(j < i and page.kind[j] is None and _is_title(page.lines[j]) and page.dateline(j) is None
               and not is_desk_line(page.lines[j]) for j in page.idx)


def _header_follows(page: _Page, i: int, past_subhead: bool = False) -> bool:
    """The next line is a desk or a date line (with `past_subhead`, maybe
    under a subhead or summary bullets that close no sentence)."""
    j = page.next_nonblank(i)
    for _ in range(3 if past_subhead else 1):
        if j is None:
            return False
        s = page.lines[j]
        if is_desk_line(s) or page.dateline(j) is not None:
            return True
        if not past_subhead or len(s) > 120 or _is_prose(s) and not bp.is_bullet(s):
            return False
        j = page.next_nonblank(j)
    return False


def _date_label_hint(s: str) -> bool:
    """Cheap: a line that may be a labelled date line (a label's word and a digit)."""
    return len(s) <= 160 and any(h in s for h in _LABEL_HINTS) and _FIRST_DIGIT.search(s) is not None


def _header_below(page: _Page, i: int) -> bool:
    """A story's whole header among the few lines under i, with no paragraph
    between: a labelled date line, then a title, then a desk line; and a
    paragraph under them. (A standfirst under its title, over the desk and
    date, leads the body.)"""
    k = page.pos[i]
    below = page.idx[k + 1:k + 7]
    if not any(_date_label_hint(page.lines[j]) for j in below):
        return False  # (cheap: no labelled date line among them, no header)
    desk = date = title = False
    for j in below:
        s = page.lines[j]
        if page.kind[j] is None and _is_prose(s) and (len(s) > 100 or not is_desk_line(s) and page.dateline(j) is None):
            # (a long line is a paragraph: no desk or date line runs that long)
            return desk and date and title
        if page.kind[j] is None and is_desk_line(s):
            desk = True
        elif (dl := page.dateline(j)) is not None:
            date = date or bool(dl.labels and dl.readings)
        elif date and not desk and page.kind[j] is None and " " in s and _BANGLA.search(s) is not None:
            title = True
    return False


def _looks_like_header(page: _Page, region: list[int]) -> bool:
    return any(page.dateline(j) is not None or is_desk_line(page.lines[j]) for j in region)


_EN_READ_ALSO = frozenset(lx_bp.READ_ALSO_ALONE_EN)
_BRACKETED = re.compile(r"\(([^()]{2,30})\)")
# Lower-case Latin words with no sentence's end, commas or hyphens between.
_ALT_TEXT = re.compile(r"[a-z0-9]+(?:[ ,\-]+[a-z0-9]+){1,11}")
# `আরও পড়ুন` heads one to three titles (jagonews24); a fourth title-like
# line is more likely a subhead of the body.
_RELATED_TITLES = 3


def _item_with_date(s: str, dl) -> bool:
    """`ফজর (রোববার, ২৯ নভেম্বর): ৫টা ০২ মিনিট।`, `জোহর ১১: ৫৩ মিনিট`: a list's
    item or a short sentence that names its day or time after a word of its
    own (no label, no place) and closes with a danda or tells no year: no
    trailer or stamp of the story."""
    prefix = dl.prefix.strip(" (,:ঃ-–—")
    return bool(prefix) and not dl.labels and _BANGLA.search(prefix) is not None \
        and (s.rstrip(" )\"'”’").endswith("।") or all(r.date is None for r in dl.readings)) \
        and known_place(prefix.split(",")[0].strip()) is None


def _danda_dateline(s: str) -> re.Match | None:
    """`কলকাতা, ১২ এপ্রিল, ২০২৪। …`: a dateline that a danda closes, as a
    sentence of its own; only a known place, then a date read whole."""
    if "।" not in s[:60] or (m := _DANDA_DATELINE.match(s)) is None \
            or not known_place(m.group(1).split(",", 1)[0]):
        return None
    dl = read_line(m.group(1))
    return m if dl is not None and dl.readings and dl.readings[0].date and not dl.extra_words else None


def _read_body(page: _Page, body_lines: list[int], lay: Layout, dated: bool = False) -> list:
    """Body paragraphs; returns date readings printed inside the body region."""
    lines = page.lines
    found = []
    related_left = 0  # titles a `আরও পড়ুন` label may still head
    first = True
    seen: set[str] = set()
    skip: set[int] = set()  # lines an earlier one has placed
    for i in body_lines:
        if i in skip:
            continue
        s = lines[i]
        kind = page.kind[i]
        # Inside the body only a short line can be a date line (a trailer such
        # as `১১ সেপ্টেম্বর ২০২৪, ০৩:২৭পিএম, ঢাকা-বাংলাদেশ।`).
        if kind is None and len(s) <= 60 and (dl := page.dateline(i)) is not None and not _item_with_date(s, dl):
            lay.other[i] = "date"
            for r in dl.readings:
                found.append((r, [i], i))
            continue
        if (kind == "label" and bp.READ_ALSO_RE.match(s)) or (kind is not None and len(s) <= 12
                                                               and s.lower().rstrip(" :") in _EN_READ_ALSO):
            # `আরও পড়ুন`, and an English page's `READ MORE` alone on its line
            # (a teaser's end elsewhere): the titles under it are related links.
            lay.other[i] = "label"
            related_left = _RELATED_TITLES
            continue
        if kind == "caption" and ("।" in s or _is_prose(s)) and _gallery(page, body_lines):
            # A photo story (`১ / ৮` over each picture): its captions, credited
            # or not, are what it says.
            kind = None
        if kind is not None:
            lay.other[i] = kind
            continue
        if s[:1].islower() and s.isascii() and _ALT_TEXT.fullmatch(s) is not None \
                and any(_BANGLA.search(lines[j]) for j in body_lines[:6]):
            # `kasba police teacher clashes` among Bangla paragraphs: an
            # image's alt text or the page's keywords, left by the dump
            lay.other[i] = "markup"
            continue
        if len(s) <= 40 and lay.desk_text is None and not lay.desk and len(lay.body) == 1 and is_outlet_name(s) \
                and (j := page.next_nonblank(i)) is not None and len(lines[j]) <= 80 and (
                    page.dateline(j) is not None or is_desk_line(lines[j]) or looks_like_person(lines[j])
                    or _LATIN_NAME.match(lines[j]) is not None):
            # HEADLINE / STANDFIRST / `Hindustan Times Bangla` / NAME / DATE: the
            # outlet's masthead over the byline under the lead, no paragraph
            lay.other[i] = "menu"
            continue
        if len(s) <= 60 and lay.desk_text is None and not lay.desk and len(lay.body) <= 1 \
                and (k := page.pos[i]) > 0 and lay.other.get(p := page.idx[k - 1]) == "markup" \
                and lines[p].lower().startswith(s.lower() + " ") and lines[p][len(s):].strip().lower() in bp.PORTRAIT_ALTS:
            # `মুনির হাসান Contributor image` / `মুনির হাসান` / the writer's post (Prothom
            # Alo's columns, under the standfirst): the name under its portrait is the
            # byline, and a short line of the writer's post under it no paragraph.
            lay.desk, lay.desk_text = [i], s
            if lay.body and lay.body[0][1].endswith(" " + s):
                # (the standfirst over it, closing `… নিয়ে লিখেছেন NAME`: the header's)
                lay.other[lay.body.pop(0)[0]] = "summary"
            if (j := page.next_nonblank(i)) is not None and j in body_lines and len(lines[j]) <= 80 \
                    and lines[j].count(" ") <= 10 and not lines[j].endswith(("।", "?", "!")):
                # (`প্রথম আলোর ডিজিটাল ট্রান্সফরমেশন ও যুব...`: cut short, a sentence's mark or none)
                lay.other[j] = "signature"
                skip.add(j)
            continue
        if len(s) <= 80 and lay.desk_text is None and not lay.desk and len(lay.body) <= 1 \
                and not _is_prose(s) and (is_desk_line(s) or (looks_like_person(s) or _LATIN_NAME.match(s)) and (
                    (j := page.next_nonblank(i)) is not None and page.dateline(j) is not None)):
            # HEADLINE / a standfirst that ends with a danda / DESK / DATE: the
            # byline under the lead is the desk, not a paragraph.
            lay.desk, lay.desk_text = [i], strip_terminator(s)
            continue
        if lay.desk and page.pos[i] == page.pos[lay.desk[-1]] + 1 and len(s) <= 60 and outlet_byline(s) \
                and not is_desk_line(s):
            lay.desk.append(i)  # the outlet's name under the byline (`বিডিনিউজ টোয়েন্টিফোর ডটকম`)
            continue
        m = bp.READ_ALSO_RE.match(s)
        if m and m.end() < len(s):
            rest = s[m.end():].strip()
            if not (len(rest) >= 120 and rest.count("।") >= 2 and _is_prose(rest)
                    or rest.endswith("।") and _words_over(rest, 7) and _is_prose(rest)):
                lay.links.append((rest, [i]))
                continue
            # `আরও পড়ুন এর আগে … এসেছিল। … সংশ্লিষ্টরা।`: the label a scraper
            # left where the link's title was, before the paragraph's own
            # sentences (no title runs to two sentences, or closes on a danda):
            # the paragraph, without it
            s = rest
        if related_left and not _is_prose(s) and (_is_title(s) or _latin_title(s)) and not _said(s, strict=True):
            lay.links.append((s, [i]))
            related_left -= 1
            continue
        related_left = 0
        if bp.READ_ALSO_TAIL in s[-14:] and (cut := _without_read_also(s)) != s:
            s, related_left = cut, _RELATED_TITLES  # the next title lines are related links
        if first:
            first = False
            glued = _glued_header(s) if lay.headline is None and len(s) > 120 else None
            if glued is not None:
                head, desk, readings, s = glued
                lay.headline, lay.headline_text = i, head
                if desk and lay.desk_text is None:
                    lay.desk_text = desk
                    lay.desk.append(i)
                found += [(r, [i], i) for r in readings]
            elif (lay.headline is not None or _SITE_CLOCK_START.match(s)) and lay.desk_text is None and not dated \
                    and (dd := _desk_then_date(s)) is not None:
                # `নিজস্ব প্রতিবেদক প্রকাশিত: DATE BODY`: the byline and the date
                # run into the first paragraph (after a site clock on a page
                # stored without its headline: `ঢাকা সোমবার, DATE DESK প্রকাশ: …`).
                lay.desk_text, readings, s = dd
                lay.desk.append(i)
                found += [(r, [i], i) for r in readings]
            elif lay.headline is not None and lay.desk_text is None and not dated \
                    and (dd := _bar_desk_date(s)) is not None:
                # `বিশেষ প্রতিবেদক | ঢাকা | DATE BODY`, `🕘 প্রকাশের তারিখ: DATE📝
                # রিপোর্টার: [DESK] BODY`: set apart by bars or pictographs
                lay.desk_text, readings, s = dd
                lay.desk.append(i)
                found += [(r, [i], i) for r in readings]
            elif lay.headline is None and (twice := _doubled_title(s)) is not None:
                # radiomahananda: `TITLE TITLE BODY` on one line (formats.md §6.10).
                lay.headline, lay.headline_text = i, twice[0]
                s = twice[1]
            elif lay.headline is not None and len(h := lay.headline_text or lines[lay.headline]) >= 15 \
                    and s.startswith(h + " ") and (rest := s[len(h) + 1:].lstrip()) \
                    and (inline_desk(rest) is not None or _OPENING_DATELINE.match(rest) is not None
                         and known_place(_OPENING_DATELINE.match(rest).group(1))):
                # `TITLE নিজস্ব প্রতিবেদক: BODY`: the title printed again at the
                # head of the first paragraph, over its byline or dateline (a lead
                # that goes on from the title's words, `… নিহত হয়েছেন।`, keeps them)
                s = rest
            g = _GLUED_DATE.match(s) or (_EN_GLUED_DATE.match(s) if s[:1].isascii() else None)
            if g and (dl := read_line(g.group(1))) is not None and dl.readings \
                    and dl.readings[0].date and (dl.readings[0].time or g.re is _EN_GLUED_DATE) \
                    and not dl.prefix:
                # `১ মার্চ, ২০২৫ ০০:১৬ঢাকার …`: a print page's date glued to the
                # first sentence; the date goes to the dates, the rest is body.
                found.append((dl.readings[0], [i], i))
                s = s[g.end():].strip()
            elif (g := _GLUED_WEEKDAY.match(s)) is not None \
                    and (dl := read_line(g.group(1))) is not None and dl.readings \
                    and dl.readings[0].date and not dl.prefix and not dl.extra_words:
                found.append((dl.readings[0], [i], i))
                s = s[g.end():].strip()
            m = _OPENING_DATELINE.match(s) or (_EN_OPENING_DATELINE.match(s) if s[:1].isascii() else None) \
                or _danda_dateline(s)
            if m and might_be_dateline(m.group(1)):
                # `কলকাতা,30 জানুয়ারি: …`, `DHAKA, Dec 29 (BSS) - …`: the paragraph
                # keeps its dateline, and its date is a candidate for the published date.
                dl = read_line(m.group(1))
                if dl is not None and dl.readings and dl.extra_words <= 1:
                    found.append((dl.readings[0], [i], i))
                    # The place the dateline opens with is where the story was filed.
                    place = m.group(1).split(",")[0]
                    lay.dateline_place = known_place(place) or known_place(place.title()) \
                        or ("(" in place and _bracketed_place(place) or None)
                    if lay.desk_text is None and ((ag := _AGENCY_CREDIT.search(m.group(1))) is not None or (
                            (ag := _BRACKETED.search(m.group(1))) is not None and names_outlet(ag.group(1)))):
                        # `ঢাকা, ২৯ ডিসেম্বর (বাসস) :`: the agency is the story's credit,
                        # or the outlet (`(বাংলানিউজ২৪)`)
                        lay.desk_text = ag.group(1)
                        lay.desk.append(i)
            elif m:
                # `ঢাকা: …` (banglanews24, sarabangla): a known place alone, or
                # two (`শিলিগুড়ি ও জলপাইগুড়িঃ …`)
                lay.dateline_place = known_place(m.group(1)) or _two_places(m.group(1))
            desk = lay.desk_text
            if desk and len(s) > len(desk) + 20 and s.startswith(desk) \
                    and "\u0985" <= s[len(desk)] <= "\u09b9":
                # banglatribune: the byline printed again and glued to the first
                # word (`রাকিব হাসানঢাকার …`); it leaves the paragraph.
                s = s[len(desk):]
                if i not in lay.desk:
                    lay.desk.append(i)
            if desk and not lay.body and (":" in s[:60] or "ঃ" in s[:60]) and s[:s.find(" ")] in desk \
                    and (author := split_byline(desk)[0]) and s.startswith(author) \
                    and (rest := s[len(author):].lstrip())[:1] in (":", "ঃ") and len(rest) > 20:
                # risingbd: `হাসান মাহামুদ || রাইজিংবিডি.কম` over the date, then
                # `হাসান মাহামুদ : …` opening the body: the writer's name again
                s = rest[1:].lstrip()
                if i not in lay.desk:
                    lay.desk.append(i)
            got = inline_desk(s)
            if got is not None:
                desk, rest = got
                if lay.desk_text is None or lay.desk_text == desk:
                    lay.desk_text = desk
                    if i not in lay.desk:
                        lay.desk.append(i)
                    s = rest
                    if lay.dateline_place is None and (m := _OPENING_DATELINE.match(s) or _danda_dateline(s)) is not None \
                            and might_be_dateline(m.group(1)) and (dl := read_line(m.group(1))) is not None \
                            and dl.readings and dl.extra_words <= 1:
                        # `নিজস্ব প্রতিনিধি: কলকাতা, ২৪ নভেম্বর— …` (Ganashakti): the
                        # dateline after the inline byline, read as one that opens it
                        found.append((dl.readings[0], [i], i))
                        lay.dateline_place = known_place(m.group(1).split(",")[0])
                    if any(c in desk for c in "০১২৩৪৫৬৭৮৯0123456789"):
                        # `ব্যুরো নিউজ, ১৩ মার্চ, NAME: …`: a date inside the byline
                        # is a candidate for the published date.
                        for part in desk.split(","):
                            dl = read_line(part.strip())
                            if dl and dl.readings and dl.readings[0].month_day and not dl.extra_words:
                                found.append((dl.readings[0], [i], i))
                                break
                elif is_by_credit(lay.desk_text) and split_byline(desk)[0] is not None \
                        and not is_by_credit(desk):
                    # `Published by: NAME` over `টিটুন মল্লিক, বাঁকুড়া: …`: the web
                    # producer's credit over the reporter's own byline; the
                    # reporter's is the byline, the producer's a signature.
                    for j in lay.desk:
                        if page.dateline(j) is None:  # (on the date line, the line is the dates')
                            lay.other[j] = "signature"
                    lay.desk, lay.desk_text = [i], desk
                    s = rest
                elif is_by_credit(lay.desk_text) or lay.desk_text.startswith(("By ", "by ")) \
                        and split_byline(desk)[0] is None:
                    # `Published by: NAME` over `সংবাদ প্রতিদিন ডিজিটাল ডেস্ক: …`, a
                    # CMS's `By NAME` over `দ্য ওয়াল ব্যুরো: …`: the header's byline
                    # stays the byline, the outlet's desk leaves the paragraph.
                    lay.inline_desk = desk
                    s = rest
                elif lay.inline_desk is None and _colon_after(s, rest) and split_byline(lay.desk_text)[0] is None:
                    # `প্রতিবেদক : নিউজ ডেস্ক` (a CMS's field, no one named) over
                    # `ওয়ালি উল্লাহ সিরাজ : …` or `নিজস্ব প্রতিবেদক : …`: the
                    # paragraph's own byline leaves it; a reporter it names is the
                    # byline, the header's desk a signature.
                    if split_byline(desk)[0] is not None:
                        for j in lay.desk:
                            if page.dateline(j) is None:
                                lay.other[j] = "signature"
                        lay.desk, lay.desk_text = [i], desk
                    else:
                        lay.inline_desk = desk
                    s = rest
                elif lay.inline_desk is None and _colon_after(s, rest) and split_byline(desk)[0] is None:
                    # `রাকিব হাসান` over `নিজস্ব প্রতিবেদক : …`: the reporter's role
                    # (or desk) opening the paragraph is no part of it
                    lay.inline_desk = desk
                    s = rest
        if (cut := bp.cut_read_more(s)) is not None:
            s = cut.rstrip()  # the teaser's `… বিস্তারিত`: the text keeps its `…`
        if bp.READ_ALSO_TAIL in s and (un := _READ_ALSO_INSIDE.sub(" ", s)) != s:
            # `…ব্যাংকে।’ আরও পড়ুন বাংলাদেশ ব্যাংক …`: a scraper that joined the
            # page's text kept the label of a related link between two
            # sentences, the link's title lost; the sentences, without it
            s = un
        if bp.READ_ALSO_TAIL in s and (g := _READ_ALSO_GLUED.search(s)) is not None and g.start() > 0:
            # `…ঘটনাস্থলে যায়।আরও পড়ুন: TITLE` (a related link's label and title
            # run into the paragraph's end): the title is a link, not the text
            lay.links.append((g.group(1).strip(), [i]))
            s = s[:g.start()].rstrip()
        if s:
            if s in seen:
                # The lead printed twice (a summary box, then the body:
                # bmftelevision): the body keeps it once.
                lay.other[i] = "repeat"
                continue
            seen.add(s)
            lay.body.append((i, s))
    return found


# (a title: no sentence's end in it but a question's or an exclamation's last)
_READ_ALSO_GLUED = LazyPattern(lambda: nfc([r"(?<=[।?!’”'\"])\s*(?:আরও|আরো) পড়ুন\s*[:ঃ\-–]\s*"
                                            r"([^\s।?!][^।?!]{4,120}[?!]?)\s*$"])[0])
_READ_ALSO_INSIDE = LazyPattern(lambda: nfc([r"(?<=[।?!’”'\"])\s+(?:আরও|আরো) পড়ুন\s+(?![:ঃ\-–<>«»→])(?=\S)"])[0])


def _colon_after(s: str, rest: str) -> bool:
    """The byline opening paragraph s ends in a colon before `rest` (not in
    bars, after which a name may follow: `ক্রীড়া প্রতিবেদক || NAME …`)."""
    sep = s[:len(s) - len(rest)][-4:]
    return (":" in sep or "ঃ" in sep) and "|" not in sep


def _header_after_body(page: _Page, tail: list[int], lay: Layout, dates: list) -> set[int]:
    """Sites that print the body first: HEADLINE / desk / date after the body."""
    window = []
    for i in tail[:8]:
        if page.kind[i] in ("signature", "footer"):
            break
        window.append(i)
    anchor = next((i for i in window if page.dateline(i) is not None
                   or is_desk_line(page.lines[i])), None)
    if anchor is None:
        return set()
    k = window.index(anchor)
    if k == 0 or not _is_title(page.lines[window[k - 1]]):
        return set()
    start = k - 1
    while start > 0 and _is_title(page.lines[window[start - 1]]) and k - start < 2:
        start -= 1
    region = window[start:]
    # Stop the header at the first line that is neither date nor desk nor title.
    stop = len(region)
    for n, i in enumerate(region):
        if n > k - start and page.dateline(i) is None and not is_desk_line(page.lines[i]):
            stop = n
            break
    region = region[:stop]
    _read_header(page, region, lay, dates)
    return set(region)
