"""The page as the segmenter sees it (`_Page`: lines, their boilerplate kinds,
their date lines), the `Layout` it fills in, and the tests of a single
line (prose, title, date first) that every region shares.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import boilerplate as bp
from .._memo import line_memo
from ..lexicon import boilerplate as lx_bp, bylines as lx_by, nfc
from ..byline import (ends_in_outlet, is_desk_line, is_name_line, is_outlet_name, known_place, looks_like_person,
                      outlet_byline, strip_terminator)
from ..dateline import DateLine, Reading, might_be_dateline, read_line
from .patterns import _BANGLA, _CLOSERS, _INTERVIEW_TURN


@dataclass
class Layout:
    """Line indices (0-based) of each field, and the kinds of the rest."""

    headline: int | None = None
    kicker: int | None = None
    desk: list[int] = field(default_factory=list)
    desk_text: str | None = None
    published: tuple[Reading, list[int]] | None = None
    updated: tuple[Reading, list[int]] | None = None
    body: list[tuple[int, str]] = field(default_factory=list)
    links: list[tuple[str, list[int]]] = field(default_factory=list)
    other: dict[int, str] = field(default_factory=dict)
    date_warnings: list[str] = field(default_factory=list)
    headline_text: str | None = None  # when the headline is part of a line, or of two
    headline_wrap: int | None = None  # the second line of a headline wrapped in two
    listing: bool = False  # a tag/category/author listing, not an article
    dateline_place: str | None = None  # `কলকাতা, 18 সেপ্টেম্বর : BODY`
    inline_desk: str | None = None  # a desk opening the body under another byline
    # Dated readings of header lines taken for a site clock (reading, lines):
    # the published date when one is below the headline and no other date is.
    clock_dates: list = field(default_factory=list)


def _without_read_also(text: str) -> str:
    """The paragraph without a `আরও পড়ুন` label glued to its end."""
    m = bp.READ_ALSO_END.search(text)
    return text[:m.start()].rstrip() if m and m.start() > 0 else text


def _words_over(t: str, k: int) -> bool:
    """At least k spaces in t: `count` would scan a long paragraph to its end."""
    if len(t) < 400:
        return t.count(" ") >= k
    i = -1
    for _ in range(k):
        i = t.find(" ", i + 1)
        if i < 0:
            return False
    return True


_CLOSERS_SPACE = _CLOSERS + " "


_DATE_ABBREVIATIONS = tuple(nfc(["খ্রি.", "খ্রী.", "ইং.", "হি.", "বাং.", "এ.এম.", "পি.এম.", "a.m.", "p.m.",
                                   "A.M.", "P.M."]))


def _is_prose(line: str) -> bool:
    """A paragraph: ends like a sentence and has a few words, or is long."""
    t = line.rstrip(_CLOSERS_SPACE)
    if bp.READ_ALSO_TAIL in t[-14:]:
        t = _without_read_also(t)
    if not t or t.endswith(("...", "…")):  # a truncated title or teaser
        return False
    last = t[-1]
    if last == "." and t.endswith(_DATE_ABBREVIATIONS) \
            or last == "|" and t.rstrip(" |")[-1:].isdigit() and any(h in t for h in _LABEL_HINTS):
        # `… ২৯ সেপ্টেম্বর ২০১৬ খ্রি.`, `… ১০:১২ পি.এম.`: a date line's
        # abbreviation, not a sentence's full stop; `প্রকাশিত:… | হালনাগাদ:… ২০১৩ |`:
        # a date line's separator, not a danda typed as `|`.
        last = " "
    if last in "।॥":
        return _words_over(t, 3)
    if last == "?" or last == "!":
        # Headlines ask and exclaim too; a question is a paragraph when it is
        # long, follows another sentence, or is an interviewer's turn.
        return len(t) >= 110 or ("।" in t and _words_over(t, 7)) \
            or (last == "?" and t[0] in "প্উQA" and _INTERVIEW_TURN.match(t) is not None)
    if last == ":" or last == "ঃ":
        # A paragraph that opens a list (`… উল্লেখযোগ্য হলো:`): a sentence
        # before it, or many words; a label or a byline is short.
        return len(t) >= 60 and (("।" in t and _words_over(t, 7)) or _words_over(t, 11))
    if last == "." and len(t) >= 12 and "\u0980" <= t[-2] <= "\u09ff" and _BN_FULL_STOP.search(t) is not None:
        # A Bangla sentence closed by a full stop typed for the danda (`… বাকি.`),
        # its last word no abbreviation (`ডা.`, `মো.`, `খ্রি.`): as a danda closes it.
        return _words_over(t, 3)
    if last in "|.":
        if len(t) >= 60:
            return _words_over(t, 7)
        # A short sentence of an English page (`The Met office forecast more
        # rain over the next two days.`, `Temperature may fall slightly.`):
        # four words or more, not a title nor a prompt (`Follow us on Facebook.`).
        # (names in it may make most words capitalised: `He has been identified as
        # Kari Muaz bin Abdul Rahman.`; three words in lower case make a sentence too)
        return last == "." and len(t) >= 24 and _words_over(t, 3) \
            and (_not_title_case(t) or sum(1 for w in t.split() if w[:1].islower()) >= 3) \
            and not t.startswith(_PROMPTS)
    if len(t) < 100:
        return False
    if _BANGLA.search(t) is None:
        # An English paragraph cut off without its full stop: long, many words, not a title.
        return _words_over(t, 14) and _not_title_case(t)
    # A paragraph of several sentences whose last lost its danda.
    return (len(t) >= 220 or _words_over(t, 14)) and ("।" in t or ". " in t)


_PROMPTS = tuple(lx_bp.PROMPT_FIRST_WORDS)
# The last word before a final full stop, four Bangla letters or more (no abbreviation's).
_BN_FULL_STOP = re.compile(r"(?:^|\s)[\u0980-\u09ff\u200c\u200d]{4,}\.$")


def _not_title_case(t: str) -> bool:
    """Most words start in lower case (a sentence, not `Dhaka Rain Update.`)."""
    words = t.split()
    return sum(1 for w in words if w[:1].isupper()) * 2 < len(words)


def _ends_sentence(line: str) -> bool:
    """After the body a title may end in ?, ! or ...; only a danda ends prose."""
    t = line.rstrip(_CLOSERS + " ")
    return (t[-1:] in ("।", "॥") and t.count(" ") >= 3) or len(t) > 220


def _latin_title(line: str) -> bool:
    """A related title on an English page: three words or more, not a sentence."""
    return 4 <= len(line) <= 220 and line.count(" ") >= 2 and line[0].isalnum() \
        and not line.rstrip().endswith(".")


def _is_title(line: str) -> bool:
    """A line that can be a headline or a related title."""
    return 4 <= len(line) <= 220 and _BANGLA.search(line) is not None


class _Page:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.idx = [i for i, s in enumerate(lines) if s]
        self.pos = {i: k for k, i in enumerate(self.idx)}
        self.kind: list[str | None] = []  # boilerplate kind per line, by `classify`
        self._date: dict[int, DateLine | None] = {}

    def classify(self) -> None:
        """The boilerplate kind of every line, at once: every region reads
        them, and a list look-up is cheaper than a cached method call."""
        kind = bp.boiler_kind
        self.kind = [kind(s) if s else None for s in self.lines]

    def dateline(self, i: int) -> DateLine | None:
        """The date line at i, when the line is (mostly) a date."""
        d = self._date
        if i in d:
            return d[i]
        d[i] = dl = _line_dateline(self.lines[i])
        return dl

    def read_dateline(self, i: int) -> DateLine | None:
        """The date line at i if it was read already, else None (nothing is read)."""
        return self._date.get(i)

    def next_nonblank(self, i: int) -> int | None:
        k = self.pos[i] + 1
        return self.idx[k] if k < len(self.idx) else None


@line_memo
def _line_dateline(s: str) -> DateLine | None:
    """The date line a line is (mostly), or None: asked of the line alone."""
    dl = None
    if len(s) <= 240 and _date_first(s) and might_be_dateline(s):
        dl = read_line(s)
        if dl is not None and (not _mostly_date(dl) or not dl.readings and ends_in_outlet(s)
                               or dl.prefix and dl.extra_words >= 2 and (s.endswith(("।", "॥"))
                                                                         or _BN_FULL_STOP.search(s) is not None)
                               or not dl.readings and dl.prefix and not s.endswith((":", "ঃ", "|"))
                               and not (dl.clock and not dl.extra_words)):
            # (`এ সংক্রান্ত গেজেট গত ২৪ ডিসেম্বর প্রকাশ করা হয়েছে।`: a sentence that
            # tells a date, its label word a verb's; `বিপিএল ফাইনালের লাইভ আপডেট`:
            # a title that ends on a label's word, with no colon after it; but
            # `ঢাকা, বুধবার, ১২ অগ্রহায়ণ ১৪৩২` is a site's clock in the Bangla calendar)
            dl = None
        if dl is None and s.count(" | ") >= 2:
            # `by নিজস্ব সংবাদদাতা | এপ্রিল ১, ২০২৫, ১৯:৩৫ | SECTION, SECTION`: the
            # byline and the date, then the story's sections after a last bar
            head = s.rsplit(" | ", 1)[0]
            if (got := read_line(head)) is not None and got.readings and not got.extra_words and _mostly_date(got):
                dl = got
    return dl


def double_spaced(page: _Page) -> bool:
    """A dump with a blank line after every line: the next non-blank line is
    as good as adjacent."""
    idx = page.idx
    return len(idx) > 3 and all(b - a >= 2 for a, b in zip(idx, idx[1:]))


_FIRST_DIGIT = re.compile("[0-9০-৯]")
_LABEL_HINTS = ("প্রকাশ", "আপডেট", "হালনাগাদ", "Published", "Updated", "সময়", "তারিখ")


def _date_first(line: str) -> bool:
    """Cheap: a date line has its date near the start, or a label. A title
    that ends in a date (`… বিক্রি শুরু ১৪ মার্চ`) is not worth reading."""
    m = _FIRST_DIGIT.search(line)
    if m is None:
        return len(line) <= 40
    # A byline may come first: `খোরশেদ আলম সাগর, ডিস্ট্রিক্ট করেসপন্ডেন্ট | ১৭২৮ ঘণ্টা, …`.
    return m.start() <= 40 or any(h in line for h in _LABEL_HINTS) \
        or (m.start() <= 90 and is_desk_line(line[:m.start()]))


def byline_before(dl: DateLine) -> str:
    """What a date line prints before its date, as a byline: without the
    brackets and bars around it, and without the outlet's name after it
    (`Curated by NAME | এই সময় ডিজিটাল | Updated: …`)."""
    pre = strip_terminator(dl.prefix.strip("(|[ ,•"))
    if " | " in pre and is_outlet_name(pre.rsplit(" | ", 1)[1]):
        pre = pre.rsplit(" | ", 1)[0]
    if pre.endswith((" on", " at")) and pre[:1].isascii():
        pre = pre[:-3].rstrip()  # `Posted by admin on November 24, 2025`: the word before the date
    return pre


_TODAY = frozenset(nfc(["আজ", "আজকে", "আজকের"]))


def _mostly_date(dl: DateLine) -> bool:
    """A date line, not a sentence or title that mentions a date."""
    if not dl.readings and not dl.labels:
        # `১৩ আশ্বিন ১৪২৭`: a masthead date in the Bangla or Hijri calendar only,
        # maybe after the city (`ঢাকা, বুধবার, ১২ অগ্রহায়ণ ১৪৩২`).
        # (`আজ ২৬শে আষাঢ়, ১৪৩২ বঙ্গাব্দ`, `• আজ …`: today's, the site's clock)
        pre = dl.prefix.strip("•●◈|,:ঃ ")
        return dl.clock and dl.extra_words <= 1 and (not pre or pre in _TODAY or known_place(pre) is not None)
    if dl.extra_words > 4:
        return False
    pre = byline_before(dl)
    if not dl.readings:
        # A bare label (`প্রকাশিত:`, the date on the next line) is the whole
        # line, or follows a byline; a label word inside other words is not
        # one (`ঢাকা পোস্ট ডেস্ক`: পোস্ট is also a label).
        return not dl.extra_words and (not pre or is_desk_line(pre) or is_name_line(pre))
    labelled = bool(dl.labels)
    full = any(r.date or r.time for r in dl.readings)
    if not pre:
        return labelled or full or dl.extra_words == 0
    if is_desk_line(pre):
        return labelled or full
    if is_name_line(pre):
        # `ফারুক হোসাইন | প্রকাশের সময় : …`; without a label a few words
        # before a date are more likely a title (`টিভিতে আজকের খেলা - …`),
        # unless they read as a person's name, or a bar sets them off
        # (`আলম শাইন | ০৯৪১ ঘণ্টা, মার্চ ১৫, ২০২৪`).
        return labelled or (full and (looks_like_person(pre) or dl.prefix.rstrip().endswith("|")))
    # `ঢাকা,` or `আজ` before a site date; anything longer is a title. An
    # English word before the label with words between it and the date is a
    # headline's kicker (`Weather Update : সুলতান মেলা শুরু ১৫ এপ্রিল`, formats.md §1b).
    if pre.isascii() and dl.extra_words and pre[-1:].isalpha():
        return False
    if not dl.extra_words and dl.prefix.endswith(",") and outlet_byline(pre):
        return True  # `মেহেরপুর নিউজ, ১৬ মে:`: a local outlet's credit and the day it files, a wire's dateline
    if labelled and " | " in pre and not dl.extra_words and _titled_name(pre):
        return True  # `TITLE | NAME | প্রকাশিত: DATE`: the header run together on one line, a writer's name in it
    # (A byline the lists do not know may stand before a label, a date and
    # its clock with nothing after: `রাহাত শরীফ টাঙ্গাইল ভূয়াপুরে প্রকাশিত: DATE, TIME`.)
    return len(pre.split()) <= 2 and (labelled or full or dl.clock) or labelled and not dl.extra_words \
        and len(pre.split()) <= 5 and any(r.date and r.time for r in dl.readings)


def _titled_name(pre: str) -> bool:
    """`TITLE | NAME`: a title of three words or more, then a person's name of
    two to four words after the last bar."""
    title, name = pre.rsplit(" | ", 1)
    return 1 <= name.count(" ") <= 3 and title.count(" ") >= 2 and is_name_line(name) \
        and (looks_like_person(name) or name.count(" ") == 1)


def _join_broken_date(page: _Page, i: int, dl: DateLine) -> tuple[DateLine, list[int]]:
    """A date broken over lines (`প্রকাশিত:` / `১৭ নভেম্বার ২০২৪, ১৫:০৮`), and
    its clock on the line under it (`২৮ নভেম্বর ২০২৫` / `১০:৩০ পিএম`)."""
    dl, used = _join_label_date(page, i, dl)
    if dl.readings and all(r.date is not None and r.time is None for r in dl.readings):
        return _clock_under_date(page, dl, used)
    return dl, used


def _clock_under_date(page: _Page, dl: DateLine, used: list[int]) -> tuple[DateLine, list[int]]:
    """A date with no clock, then a marked clock alone (`১০:৩০ পিএম`, `রাত ১০টা`)
    with no label of its own (`আপডেট: ১১:৩০` is another stamp): one stamp.
    A bare `১০:৩০` may be a video's length and is left alone."""
    j = page.next_nonblank(used[-1])
    if j is None or len(page.lines[j]) > 30 or _BARE_CLOCK.fullmatch(page.lines[j]) is not None:
        return dl, used
    below = page.dateline(j)
    if below is None or below.labels or len(below.readings) != 1 or below.readings[0].time is None \
            or below.readings[0].month_day is not None or below.extra_words:
        return dl, used
    joined = read_line(" ".join(page.lines[k] for k in used) + " " + page.lines[j])
    if joined is not None and len(joined.readings) == len(dl.readings) \
            and all(r.date and r.time for r in joined.readings[-1:]):
        return joined, used + [j]
    return dl, used


def _join_label_date(page: _Page, i: int, dl: DateLine) -> tuple[DateLine, list[int]]:
    needs = not dl.readings or all(r.date is None and r.month_day is not None for r in dl.readings)
    if not needs:
        if len(dl.readings) == 1 and dl.readings[0].date is None and dl.readings[0].month_day is None \
                and dl.readings[0].time is not None:
            return _clock_over_date(page, i, dl)
        return dl, [i]
    text = page.lines[i]
    used = [i]
    j = i
    for _ in range(2):
        j = page.next_nonblank(j)
        if j is None or len(page.lines[j]) > 60:
            break
        if dl.readings and (own := page.dateline(j)) is not None and any(r.date for r in own.readings):
            break  # a day and month, then a full date line of its own (`Dhaka, Nov 28` / `Published: …`)
        if is_desk_line(page.lines[j]) or (not dl.readings and (own := page.dateline(j)) is not None and own.labels):
            break  # a byline between (`আপডেট` / DESK / `প্রকাশিত: …`), or a stamp with its own label
        text = f"{text} {page.lines[j]}"
        used.append(j)
        joined = read_line(text)
        if joined and joined.readings and any(r.date for r in joined.readings):
            if joined.readings[-1].time is None and (k := page.next_nonblank(j)) is not None \
                    and _BARE_CLOCK.fullmatch(page.lines[k]) is not None \
                    and (timed := read_line(f"{text} {page.lines[k]}")) is not None \
                    and len(timed.readings) == len(joined.readings) and timed.readings[-1].time is not None:
                # `প্রকাশিত` / `২৪ নভেম্বর ২০২৫` / `০৯:৫২`: under its label, the
                # clock is the stamp's (a bare clock under a date alone may be a
                # video's length, and stays apart)
                return timed, used + [k]
            return joined, used
    return dl, [i]


_BARE_CLOCK = re.compile(r"[0-9০-৯]{1,2}[:ঃ.][0-9০-৯]{2}(?:[:ঃ.][0-9০-৯]{2})?")


def bare_clock_by_date(page: _Page, i: int) -> bool:
    """`০২:৩৫` alone, with no label or am/pm, over or under a date with no
    clock: as often a video's length as the time; the date is the stamp."""
    if _BARE_CLOCK.fullmatch(page.lines[i]) is None:
        return False
    k = page.pos[i]
    return _date_below(page, i) is not None or (k > 0 and _plain_date(page, page.idx[k - 1]))


def _plain_date(page: _Page, j: int) -> bool:
    """A short date line with dates and no clock."""
    if len(page.lines[j]) > 60 or (dl := page.dateline(j)) is None or not dl.readings:
        return False
    return all(r.time is None and r.date is not None for r in dl.readings)


def _date_below(page: _Page, i: int) -> int | None:
    """The next line, when it is a short date line with dates and no clock."""
    j = page.next_nonblank(i)
    return j if j is not None and _plain_date(page, j) else None


def _clock_over_date(page: _Page, i: int, dl: DateLine) -> tuple[DateLine, list[int]]:
    """A labelled clock over a date with no clock (`প্রকাশিত: ০৯:৫২ পিএম` /
    `২৪ নভেম্বর ২০২৫`): one stamp printed time first over two lines."""
    j = _date_below(page, i)
    if j is None or _BARE_CLOCK.fullmatch(page.lines[i]) is not None:
        return dl, [i]
    joined = read_line(f"{page.lines[i]} {page.lines[j]}")
    if joined is not None and len(joined.readings) == 1 and joined.readings[0].date and joined.readings[0].time:
        return joined, [i, j]
    return dl, [i]


def _short(s: str) -> bool:
    return len(s) <= 30 and (s.count(" ") <= 2 or _letter_spaced(s))


def _letter_spaced(s: str) -> bool:
    return len(s) <= 30 and _LETTER_SPACED.fullmatch(s) is not None


# `হ য ব র ল` (Bartaman's section for children): a name printed letter by
# letter, as short as a word, whatever its spaces
_LETTER_SPACED = re.compile(r"(?:\S{1,2} ){3,}\S{1,2}")


def _prev_in(page: _Page, region: set[int], i: int) -> int | None:
    k = page.pos[i] - 1
    if k < 0:
        return None
    j = page.idx[k]
    return j if j in region else None


def _next_in(page: _Page, region: set[int], i: int) -> int | None:
    j = page.next_nonblank(i)
    return j if j is not None and j in region else None


_RUN_ON_LAST = frozenset(nfc(lx_by.TITLE_RUN_ON_LAST))
_PARTICIPLE = tuple(nfc(lx_by.PARTICIPLE_ENDINGS))
_QUESTION_WORD = nfc([" কি "])[0]


def title_runs_on(first: str) -> bool:
    """A title's first line that cannot end it: its last word a conjunction,
    a postposition or a participle, or a question with no mark yet (`… কি
    শেষে` / `হার মানবে …?`)."""
    last = first.rsplit(" ", 1)[-1]
    return last in _RUN_ON_LAST or last.endswith(_PARTICIPLE) or _QUESTION_WORD in f" {first} "
