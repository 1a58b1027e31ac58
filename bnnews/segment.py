"""Page text -> a layout: which line is the headline, the desk, a date, a body
paragraph, a related link, or which kind of boilerplate.

The page is read in three regions. The *body* runs from the first prose
line (a paragraph that ends like a sentence) to the last prose line before a
hard break (a signature, a footer, a related-list label). The *header* is
what comes before the body; the *tail* is what comes after it. When the
header holds no headline and no date, the first lines of the tail are tried
as a header too (some sites print the body first).

Every non-blank line ends up in at least one field or in `other` with a kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import boilerplate as bp
from ._re import LazyPattern
from .byline import (_NAME_FIRST, ends_in_outlet, inline_desk, is_by_credit, is_desk_line, is_name_line,
                     known_place, looks_like_person, outlet_byline, several_names, split_byline, strip_terminator)
from .dateline import DateLine, Reading, might_be_dateline, read_line
from .lexicon import boilerplate as lx_bp
from .lexicon import bylines as lx
from .lexicon import calendar_words as cw
from .lexicon import nfc
from .listing import read_listing
from .zones import has_west_bengal_label

__all__ = ["Layout", "segment"]

_CLOSERS = "\"'”’)]»"
_BANGLA = re.compile("[\u0980-\u09ff]")
_LIST_SPLIT = " - "
_TICKER_MARKS = ("◈", "●", "♦")
_GLUED_DATE = re.compile(
    r"^([0-9০-৯]{1,2}\s?[^\s0-9০-৯,]{2,12},?\s[0-9০-৯]{4},?\s[0-9০-৯]{1,2}:[0-9০-৯]{2})"
    r"(?=[\u0985-\u09b9])")
# An English edition's date run into its first sentence: `December 29, 2025 His visit …`.
_EN_GLUED_DATE = re.compile(
    r"^((?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" [0-9]{1,2}, [0-9]{4})\s+(?=[A-Z])")
# A date line that ends in a weekday glued to the first sentence
# (`প্রকাশিত: ১২ ডিসেম্বর ২০২৩ মঙ্গলবারঢাকার …`, formats.md §6.6).
_GLUED_WEEKDAY = LazyPattern(lambda: r"^(.{6,80}?(?:%s))(?=[\u0985-\u09b9])" % "|".join(
    nfc([w for ws in cw.WEEKDAYS.values() for w in ws if not w.isascii()])))
# A ticker that carries its own label: `সর্বশেষ সংবাদ T | T`, `Breaking News: T`.
_TICKER_START = re.compile(
    r"^(?:সর্বশেষ সংবাদ|সংবাদ শিরোনাম|শিরোনাম|এই মুহূর্তে|ব্রেকিং নিউজ|Breaking News|Latest News)"
    r"\s*[:ঃ\-–|]+\s*\S", re.IGNORECASE)
_OPENING_DATELINE = re.compile(r"^(.{2,40}?)\s*[:ঃ]\s")
# An English wire dateline: `DHAKA, Dec 29, 2025 (BSS) - …`.
_EN_OPENING_DATELINE = re.compile(
    r"^([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?, [A-Z][a-z]{2,8}\.? [0-9]{1,2}(?:, [0-9]{4})?(?: \([A-Z]{2,8}\))?)"
    r"\s*[-–—:]\s")
# The agency's name in parentheses inside a dateline: `(বাসস)`, `(BSS)`, `(UNB)`.
_AGENCY_CREDIT = LazyPattern(lambda: r"\((%s)\)" % "|".join(re.escape(a) for a in sorted(
    nfc(lx.AGENCIES), key=len, reverse=True)))
# mzamin copies put the whole header on the body's line: `KICKER HEADLINE
# DESK (N মিনিট আগে) DATE share-buttons BODY` (formats.md §1a).
_GLUED_AGE = LazyPattern(
    r"\s\((?:[0-9০-৯]{1,3}|এক)\s?(?:সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন|সপ্তাহ|মাস|বছর)\s?আগে\)\s*")
_SHARE_RUN = LazyPattern(r"(?:[A-Za-z][\w.]*\s+)*?(?:[A-Za-z]+\s+sharing\s+button\s*)+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _desk_words() -> tuple[frozenset, frozenset]:
    """Role words, and the role or place words that may stand before one."""
    return frozenset(nfc(lx.ROLE_WORDS)), frozenset(nfc(lx.ROLE_ONLY + lx.PLACES))


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
    headline_text: str | None = None  # when the headline is part of a line
    listing: bool = False  # a tag/category/author listing, not an article
    dateline_place: str | None = None  # `কলকাতা, 18 সেপ্টেম্বর : BODY`
    inline_desk: str | None = None  # a desk opening the body under another byline
    # Dated readings of header lines taken for a site clock (reading, lines):
    # the published date when one is below the headline and no other date is.
    clock_dates: list = field(default_factory=list)


def _date_run(rest: str, label: str = "") -> tuple[Reading, int] | None:
    """The longest run of words opening `rest` that reads as a date alone
    (after `label`, which gives it its role): (reading, length of the run)."""
    words = rest.split(" ", 12)
    for k in range(min(len(words), 10), 1, -1):
        run = " ".join(words[:k])
        dl = read_line(label + run)
        if dl and dl.readings and dl.readings[0].date and not dl.extra_words and not dl.prefix:
            return dl.readings[0], len(run)
    return None


def _head_and_desk(before: str) -> tuple[list[str], str | None]:
    """The words before a glued date: the headline's, and the desk at their
    end (a role word with the role or place words before it: `স্টাফ
    রিপোর্টার`, `চট্টগ্রাম প্রতিনিধি`; and a name before a comma: `তারিক চয়ন,
    স্টাফ রিপোর্টার`)."""
    head_words = before.split()
    desk = None
    roles, qualifiers = _desk_words()
    if len(head_words) > 2 and head_words[-1] in roles:
        k = 1
        while k < 3 and len(head_words) - k > 2 and head_words[-k - 1] in qualifiers:
            k += 1
        if len(head_words) - k > 4 and head_words[-k - 1].endswith(","):
            k += 2
        desk = " ".join(head_words[-k:])
        head_words = head_words[:-k]
    return head_words, desk


def _glued_header(s: str) -> tuple[str, str | None, Reading, str] | None:
    """`HEADLINE DESK (১০ মিনিট আগে) DATE … BODY` on one line -> (headline,
    desk or None, the date, body), or None when the line is not one."""
    m = _GLUED_AGE.search(s, 0, 400) if s.find("আগে)", 0, 400) >= 0 else None
    if m is None:
        return _glued_labelled(s)
    before, rest = s[:m.start()].strip(), s[m.end():]
    got = _date_run(rest)
    if got is None:
        return None
    reading, cut = got
    body = rest[cut:].lstrip(" ,")
    share = _SHARE_RUN.match(body)
    if share:
        body = body[share.end():]
    head_words, desk = _head_and_desk(before)
    if not head_words or not body:
        return None
    return " ".join(head_words), desk, reading, body.strip()


# A page whose line breaks were lost: `HEADLINE নিজস্ব প্রতিবেদক প্রকাশিত: DATE BODY`.
_GLUED_LABEL = LazyPattern(lambda: r"(?<![\u0980-\u09ffA-Za-z])(?:%s)\s*[:ঃ]\s*" % "|".join(
    nfc(cw.GLUED_HEADER_LABELS)))


def _glued_labelled(s: str, body: bool = True) -> tuple[str, str | None, Reading, str] | None:
    """`HEADLINE [DESK] LABEL: DATE BODY` on one line (a dump that lost its line
    breaks) -> (headline, desk or None, the date, body), or None. With `body`
    False the date closes the line (`HEADLINE DESK LABEL: DATE`, the header
    run together), and the body returned is ""."""
    if s.find(":", 12, 300) < 0 and s.find("ঃ", 12, 300) < 0:
        return None  # (a label has its colon: one cheap test before the pattern)
    m = _GLUED_LABEL.search(s, 0, 300)
    if m is None or m.start() < 12 or (got := _labelled_date(s, m)) is None:
        return None
    reading, rest = got
    head_words, desk = _byline_at_end(strip_terminator(s[:m.start()].strip(" |,")))
    if len(head_words) < 2 or (not _is_prose(rest) if body else rest.strip(" ।.|")):
        return None
    return " ".join(head_words), desk, reading, rest.strip()


def _desk_then_date(s: str) -> tuple[str, Reading, str] | None:
    """`DESK LABEL: DATE BODY`: a first paragraph that opens with the byline
    and the date (their line breaks lost) -> (desk, the date, body), or None."""
    if s.find(":", 4, 120) < 0 and s.find("ঃ", 4, 120) < 0:
        return None
    m = _GLUED_LABEL.search(s, 0, 120)
    if m is None or m.start() < 4:
        return None
    desk = strip_terminator(s[:m.start()].strip(" |,"))
    if _FIRST_DIGIT.search(desk) is not None or not is_desk_line(desk):
        # A site clock may come first (`ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ স্পোর্টস
        # ডেস্ক প্রকাশ: …`, samakal: `… ২০২৫ সেকান্দার আলী প্রকাশ: …`): the
        # byline is the longest run of words at the end, with no digit, that
        # reads as one, or as a person's name after the clock.
        words = desk.split()
        clock = _FIRST_DIGIT.search(desk) is not None
        desk = next((" ".join(words[-k:]) for k in range(min(6, len(words) - 1), 0, -1)
                     if _FIRST_DIGIT.search(" ".join(words[-k:])) is None
                     and (is_desk_line(" ".join(words[-k:]))
                          or clock and 2 <= k <= 4 and is_name_line(" ".join(words[-k:]))
                          and _FIRST_DIGIT.search(words[-k - 1]) is not None)), None)
        if desk is None:
            return None
    got = _labelled_date(s, m)
    if got is None:
        return None
    reading, rest = got
    return (desk, reading, rest.strip()) if _is_prose(rest) else None


def _labelled_date(s: str, m: re.Match) -> tuple[Reading, str] | None:
    """The date after the label `m` found in s, and the text after the date."""
    got = _date_run(s[m.end():], s[m.start():m.end()])
    if got is None:
        return None
    reading, cut = got
    return reading, s[m.end() + cut:].lstrip(" ,|")


def _byline_at_end(before: str) -> tuple[list[str], str | None]:
    """The headline's words and the byline that closes a run of words
    (`… পানিও শেখ আহসানুল করিম, বাগেরহাট`, `… শিল্প নিজস্ব প্রতিবেদক, রংপুর`,
    `… ৯০ শতাংশ জগন্নাথ বিশ্ববিদ্যালয় প্রতিনিধি`, `… প্রস্তুতি মুফতি আমজাদ হোসাইন হেলালী`)."""
    words = before.split()
    roles = _desk_words()[0]
    tail: list[str] = []  # a place or beat after the role: `, রংপুর`, `, স্পোর্টস`, `(স্পোর্টস)`
    if words and words[-1].startswith("(") and words[-1].endswith(")"):
        tail, words = words[-1:], words[:-1]
    else:
        comma = next((j for j in range(len(words) - 1, max(len(words) - 3, 0), -1)
                      if words[j - 1].endswith(",")), None)
        if comma is not None and words[-1] not in roles:  # (`NAME, ROLE` keeps its role)
            tail, words = words[comma:], words[:comma]
    if words and words[-1].rstrip(",") in roles and len(words) > 2:
        k = 1
        # The role and the word that qualifies it (`নিজস্ব প্রতিবেদক`,
        # `শিল্প-সাহিত্য ডেস্ক`, `ডিপ্লোম্যাটিক করেসপন্ডেন্ট`, `বগুড়া প্রতিনিধি`);
        # a district's or an institution's name before that (`বাগেরহাট জেলা
        # প্রতিনিধি`, `জগন্নাথ বিশ্ববিদ্যালয় প্রতিনিধি`).
        if len(words) - k > 2 and not words[-k - 1].endswith(","):
            k += 1
            if len(words) - k > 2 and (words[-k] in _NAMED_INSTITUTIONS or (
                    words[-k] in _NAMED_QUALIFIERS and known_place(words[-k - 1]))):
                k += 1
            elif words[-1].isascii():
                while k < 4 and len(words) - k > 2 and words[-k - 1] in _EN_DESK_WORDS:
                    k += 1  # `Star Online Report`, `Our Special Correspondent`
        if words[-k - 1:-k] and words[-k - 1].endswith(","):
            # `NAME, ROLE`: the name before the comma (a person's by its marks,
            # else its last two or three words that read as a name)
            rest = words[:-k]
            n = _person_at_end(rest, comma=True) or next(
                (j for j in (3, 2) if len(rest) - j >= 2 and is_name_line(" ".join(rest[-j:]).rstrip(","))), 0)
            k += n
        return words[:-k], " ".join(words[-k:] + tail)
    if tail and known_place(" ".join(tail)) and (n := _person_at_end(words, comma=True)):
        return words[:-n], " ".join(words[-n:] + tail)  # `NAME, PLACE`
    words = words + tail
    if (n := _person_at_end(words)):
        return words[:-n], " ".join(words[-n:])
    return words, None


_NAMED_QUALIFIERS = frozenset(nfc(["জেলা", "উপজেলা"]))
_EN_DESK_WORDS = frozenset(["Star", "Online", "Staff", "TBS", "Tribune", "Our", "Own", "Special", "Senior",
                            "Diplomatic", "Business", "Sports", "City", "International", "National", "UNB", "BSS"])
_NAMED_INSTITUTIONS = frozenset(nfc(["বিশ্ববিদ্যালয়", "কলেজ", "মেডিকেল"]))


def _person_at_end(words: list[str], comma: bool = False) -> int:
    """How many of the last 2-4 words are a person's name (0 when none are),
    leaving two or more words before them; the longest name that opens with
    an honorific wins, else the shortest (`পানিও শেখ আহসানুল করিম`: শেখ …)."""
    found = []
    for k in (2, 3, 4):
        if len(words) - k < 2:
            break
        name = " ".join(words[-k:])
        if comma:
            name = name.rstrip(",")
        if looks_like_person(name):
            found.append((k, name))
    for k, name in reversed(found):  # the longest that opens with an honorific (শাহ মোহাম্মদ …)
        if name.startswith(_NAME_FIRST):
            return k
    return found[0][0] if found else 0


def _doubled_title(s: str) -> tuple[str, str] | None:
    """`TITLE TITLE BODY` (the second copy maybe glued to the body's first
    word) -> (TITLE, BODY); the title is 3 to 20 words."""
    # Only the first 41 words can hold both copies; the rest stays one piece
    # (a first paragraph runs to hundreds of words).
    first = s[:s.find(" ")]
    if not first or s.find(f" {first} ") < 0:
        return None  # the first word never recurs: no second copy
    words = s.split(" ", 41)
    for k in range(3, min(20, (len(words) - 1) // 2) + 1):
        if words[k] != first or words[:k - 1] != words[k:2 * k - 1]:
            continue
        last, nxt = words[k - 1], words[2 * k - 1]
        if nxt == last:
            rest = " ".join(words[2 * k:])
        elif nxt.startswith(last) and len(nxt) > len(last):
            rest = " ".join([nxt[len(last):]] + words[2 * k:])
        else:
            continue
        if rest and _is_prose(rest):
            return " ".join(words[:k]), rest
    return None


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


def _is_prose(line: str) -> bool:
    """A paragraph: ends like a sentence and has a few words, or is long."""
    t = line.rstrip(_CLOSERS_SPACE)
    if bp.READ_ALSO_TAIL in t[-14:]:
        t = _without_read_also(t)
    if not t or t.endswith(("...", "…")):  # a truncated title or teaser
        return False
    last = t[-1]
    if last in "।॥":
        return _words_over(t, 3)
    if last == "?" or last == "!":
        # Headlines ask and exclaim too; a question is a paragraph when it is
        # long or follows another sentence.
        return len(t) >= 110 or ("।" in t and _words_over(t, 7))
    if last in "|.":
        if len(t) >= 60:
            return _words_over(t, 7)
        # A short sentence of an English page (`The Met office forecast more
        # rain over the next two days.`): six words or more, not a title.
        return last == "." and len(t) >= 35 and _words_over(t, 5) and _not_title_case(t)
    if len(t) < 100:
        return False
    if _BANGLA.search(t) is None:
        # An English paragraph cut off without its full stop: long, many words, not a title.
        return _words_over(t, 14) and _not_title_case(t)
    return len(t) >= 220 and ("।" in t or ". " in t)


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
        s = self.lines[i]
        dl = None
        if len(s) <= 240 and _date_first(s) and might_be_dateline(s):
            dl = read_line(s)
            if dl is not None and (not _mostly_date(dl) or not dl.readings and ends_in_outlet(s)):
                dl = None
        d[i] = dl
        return dl

    def next_nonblank(self, i: int) -> int | None:
        k = self.pos[i] + 1
        return self.idx[k] if k < len(self.idx) else None


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


def _mostly_date(dl: DateLine) -> bool:
    """A date line, not a sentence or title that mentions a date."""
    if not dl.readings and not dl.labels:
        # `১৩ আশ্বিন ১৪২৭`: a masthead date in the Bangla or Hijri calendar only.
        return dl.clock and dl.extra_words <= 1 and not dl.prefix
    if dl.extra_words > 4:
        return False
    pre = strip_terminator(dl.prefix.strip("(|[ ,"))
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
    # `ঢাকা,` or `আজ` before a site date; anything longer is a title.
    return len(pre.split()) <= 2 and (labelled or full or dl.clock)


def _join_broken_date(page: _Page, i: int, dl: DateLine) -> tuple[DateLine, list[int]]:
    """A date broken over lines (`প্রকাশিত:` / `১৭ নভেম্বার ২০২৪, ১৫:০৮`)."""
    needs = not dl.readings or all(r.date is None and r.month_day is not None for r in dl.readings)
    if not needs:
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
        text = f"{text} {page.lines[j]}"
        used.append(j)
        joined = read_line(text)
        if joined and joined.readings and any(r.date for r in joined.readings):
            return joined, used
    return dl, [i]


def segment(lines: list[str]) -> Layout:
    """Lay out a page given as stripped, canonical lines ('' for blank lines)."""
    page = _Page(lines)
    lay = Layout()
    if not page.idx:
        return lay
    listing = read_listing(lines)
    if listing is not None:
        links, other = listing
        lay.listing = True
        lay.links = [(title, [i]) for title, i in links]
        lay.other = other
        return lay
    page.classify()
    body_start, body_end = _find_body(page)
    if body_start is None:
        header = list(page.idx)
        tail: list[int] = []
    else:
        header = [i for i in page.idx if i < body_start]
        tail = [i for i in page.idx if i > body_end]
    dates: list[tuple[Reading, list[int], int]] = []  # reading, lines, order
    _read_header(page, header, lay, dates)
    if body_start is not None:
        body_lines = [i for i in page.idx if body_start <= i <= body_end]
        tail_dates = _read_body(page, body_lines, lay, dated=bool(dates))
        if lay.headline is None and not dates:
            used = _header_after_body(page, tail, lay, dates)
            tail = [i for i in tail if i not in used]
        tail_dates += _read_tail(page, tail, lay)
    else:
        tail_dates = []
    if lay.headline is not None and dates and "label" in lay.other.values():
        dates = _without_site_date(page, lay, dates)
    _choose_dates(lay, dates, tail_dates)
    return lay


def _without_site_date(page: _Page, lay: Layout, dates: list) -> list:
    """An empty date label under the headline (`Date:` with nothing after it,
    biswabanglasangbad) says the page prints no date of its own: an
    unlabelled date above the headline is then the site's (a `clock`)."""
    h = lay.headline
    if not any(i > h and lay.other.get(i) == "label" and bp.label_key(page.lines[i]) in _DATE_LABEL_KEYS
               for i in page.idx):
        return dates
    site = [d for d in dates if d[0].role == "plain" and max(d[1]) < h]
    for d in site:
        for j in d[1]:
            lay.other[j] = "clock"
    return [d for d in dates if d not in site]


_SITE_CLOCK_STARTS = tuple(nfc(["আজ", "ঢাকা", "Dhaka"]))
_DATE_LABEL_KEYS = frozenset(nfc(["date", "তারিখ", "প্রকাশিত", "প্রকাশ", "published", "প্রকাশের সময়",
                                  "প্রকাশের তারিখ"]))


def _find_body(page: _Page) -> tuple[int | None, int | None]:
    lines = page.lines
    start = None
    after_ticker_label = False
    for i in page.idx:
        s = lines[i]
        kind = page.kind[i]
        if kind is None and _is_prose(s) and not after_ticker_label \
                and not is_desk_line(s) and page.dateline(i) is None:
            if len(s) <= 100 and _header_follows(page, i) and not _title_above(page, i):
                # `চালের দাম কমেছে, স্বস্তিতে ক্রেতারা।` / desk / date: a headline
                # that ends with a danda, not the first paragraph.
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
    if start is None:
        return None, None
    end = start
    for i in page.idx:
        if i <= start:
            continue
        kind = page.kind[i]
        if kind == "signature" and "/" in lines[i]:
            # A slash signature closes the article (a source credit, `সূত্র: …`,
            # may stand between paragraphs, so it does not): a last paragraph
            # that does not end like a sentence still belongs to the body,
            # unless those lines are a header printed after the body.
            between = [j for j in page.idx if end < j < i and page.kind[j] is None]
            if between and not _looks_like_header(page, between):
                end = between[-1]
            break
        if kind == "footer" or (kind == "label" and bp.label_key(lines[i]) in bp.LIST_LABELS):
            break
        if kind is None and _is_prose(lines[i]):
            end = i
    return start, end


def _title_above(page: _Page, i: int) -> bool:
    """A line above i that can be the headline (asked only in the rare case
    of a short sentence over a desk or date line)."""
    return any(j < i and page.kind[j] is None and _is_title(page.lines[j]) and page.dateline(j) is None
               and not is_desk_line(page.lines[j]) for j in page.idx)


def _header_follows(page: _Page, i: int) -> bool:
    """The next line is a desk or a date line."""
    j = page.next_nonblank(i)
    return j is not None and (is_desk_line(page.lines[j]) or page.dateline(j) is not None)


def _looks_like_header(page: _Page, region: list[int]) -> bool:
    return any(page.dateline(j) is not None or is_desk_line(page.lines[j]) for j in region)


def _read_header(page: _Page, header: list[int], lay: Layout, dates: list) -> None:
    lines = page.lines
    cls: dict[int, str] = {}
    prev_ticker_label = False
    after_label: list[int] = []
    for i in header:
        s = lines[i]
        kind = page.kind[i]
        if kind in ("counter", "share") and (dl := page.dateline(i)) is not None \
                and any(r in ("published", "updated") for r in dl.labels):
            kind = None  # `প্রকাশিত হয়েছে : … | সংবাদটি 0 View` is a date line
        if kind is not None:
            cls[i] = kind
        elif (dl := page.dateline(i)) is not None:
            cls[i] = "clock" if dl.clock else "date"
        elif is_desk_line(s):
            cls[i] = "desk"
        elif len(s) > 160 or sum(s.count(m) for m in _TICKER_MARKS) >= 2 \
                or s.count(" | ") >= 2 or _TICKER_START.match(s):
            cls[i] = "ticker"
        elif prev_ticker_label and _BANGLA.search(s) is not None:
            # The line after `শিরোনাম` is its ticker (in Bangla), unless the ticker was
            # left out of the dump (loaded by script) and this is the headline:
            # decided below, by whether a headline candidate follows.
            cls[i] = "ticker"
            after_label.append(i)
        elif bp.is_bullet(s):
            cls[i] = "bullet"
        elif _BANGLA.search(s) is None:
            cls[i] = "latin"
        else:
            cls[i] = "cand"
        prev_ticker_label = kind == "label" and bp.label_key(s) in bp.TICKER_LABELS
    # The last headline candidate of the header, found once: asked for every
    # line after a ticker label, a scan per line would be quadratic.
    last_cand = max((j for j in header if cls[j] == "cand" and (not _short(lines[j]) or (
        _anchor_next(page, cls, j) and not looks_like_person(lines[j])))
        # An English title right over the date or desk (`BATB AGM Notice`) is one too.
        or cls[j] == "latin" and _anchor_next(page, cls, j) and _latin_title(lines[j])), default=-1) \
        if after_label else -1
    for i in after_label:
        if last_cand <= i and _BANGLA.search(lines[i]) is not None and not bp.is_bullet(lines[i]):
            cls[i] = "cand"
    for k, i in enumerate(header):
        # A section's name alone over the headline (formats.md §6.11: `জাতীয়`,
        # `বিনোদন`) is its kicker; in a run of menu items it stays a menu item.
        if cls[i] == "menu" and k + 1 < len(header) and cls[header[k + 1]] == "cand" \
                and not _short(lines[header[k + 1]]) and bp.is_section_name(lines[i]) \
                and (k == 0 or (cls[header[k - 1]] not in ("cand", "bullet") and not (
                    cls[header[k - 1]] == "menu" and bp.is_section_name(lines[header[k - 1]])))):
            cls[i] = "cand"
    _place_header(page, header, cls, lay, dates)


def _anchor_next(page: _Page, cls: dict[int, str], j: int) -> bool:
    """The line after j is a desk or date line: j, however short, is a title
    (`ছোটপর্দায় আজকের খেলা` / `স্পোর্টস ডেস্ক`), unless it is a name (the byline)."""
    k = page.next_nonblank(j)
    return k is not None and cls.get(k) in ("desk", "date")


def _runs(page: _Page, header: list[int], cls: dict[int, str]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in header:
        if cls[i] not in ("cand", "latin"):
            continue
        if runs and page.pos[runs[-1][-1]] + 1 == page.pos[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    bangla = [r for r in runs if any(cls[i] == "cand" for i in r)]
    if bangla:
        return bangla
    # A page whose only title is in English (`BATB AGM Notice`).
    for r in runs:
        for i in r:
            if page.lines[i].count(" ") >= 2:
                cls[i] = "cand"
    return [r for r in runs if any(cls[i] == "cand" for i in r)]


# A personal name in Latin letters: 2-4 capitalised words (`Asif Howladar`,
# `Md. Abdur Rahman`).
_LATIN_NAME = LazyPattern(r"^(?:Md\.?|Mohammad|Dr\.?) ?[A-Z][a-z]+(?:[ -][A-Z][a-z'.]+){0,3}$"
                         r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z'.]+){1,3}$")


def _byline_name(s: str) -> bool:
    """A bare line taken for the author's name beside the title or the desk:
    a person's name by its marks (an honorific, a common family name), or
    two words of a name; a longer phrase is more likely a subhead
    (`প্রথম সপ্তাহেই রেকর্ড ভিড়` over `আনন্দবাজার অনলাইন সংবাদদাতা`)."""
    if not is_name_line(s):
        return several_names(s)
    t = strip_terminator(s)
    # `দৈনিক নয়া দিগন্ত`: an outlet's name stands as the byline on aggregators.
    return t.count(" ") == 1 or t.startswith(_DAILY) or looks_like_person(t) or outlet_byline(t)


_DAILY = nfc(["দৈনিক "])[0]
# Case endings and clitics of common nouns (`শীতের`, `বাজারে`, `সপ্তাহেই`): names rarely end so.
_NOUN_ENDINGS = tuple(nfc(["ের", "েরা", "েই", "তে", "কে", "ে", "য়", "রা", "টি", "গুলো"]))


_WB_HEADER_MARKS = tuple(nfc(lx.WEST_BENGAL_MARKS))


def _west_bengal_header(page: _Page, header: list[int]) -> bool:
    """A West Bengal outlet's header: its name, or the `শেষ আপডেট` label."""
    return any(m in page.lines[i] for i in header for m in _WB_HEADER_MARKS) \
        or any(has_west_bengal_label(page.lines[i]) for i in header)


def _plain_person(s: str) -> bool:
    """A person's name by its marks, with no case ending on any word (not
    a headline that opens with a name: `শেখ হাসিনার বিরুদ্ধে মামলা`)."""
    return looks_like_person(s) and not any(w.endswith(_NOUN_ENDINGS) or w.endswith("র")
                                            for w in strip_terminator(s).split())


def _uninflected_name(s: str) -> bool:
    """Three words of a name line with no case ending on any word."""
    t = strip_terminator(s)
    return is_name_line(t) and t.count(" ") == 2 and not any(w.endswith(_NOUN_ENDINGS) for w in t.split())


def _short(s: str) -> bool:
    return s.count(" ") <= 2 and len(s) <= 30


def _place_header(page: _Page, header: list[int], cls: dict[int, str], lay: Layout,
                  dates: list) -> None:
    lines = page.lines
    # Date lines first: they decide which lines are anchors.
    consumed: set[int] = set()
    for i in header:
        if i in consumed:
            continue
        if cls[i] in ("date", "clock"):
            if (dl := page.dateline(i)) is None:
                lay.other[i] = "clock"  # a story's age (`৮ ঘণ্টা আগে`): no date of its own
                continue
            dl, used = _join_broken_date(page, i, dl)
            for j in used:
                consumed.add(j)
                cls[j] = cls[i]
            if cls[i] == "date":
                for r in dl.readings:
                    dates.append((r, used, len(dates)))
                if not dl.readings:
                    cls[i] = "label"
                elif dl.prefix and lay.desk_text is None:
                    pre = strip_terminator(dl.prefix.strip("(|[ ,"))
                    if pre and (is_desk_line(pre) or is_name_line(pre)):
                        lay.desk = [i]
                        lay.desk_text = pre
            else:
                for j in used:
                    lay.other[j] = "clock"
                if not page.lines[i].startswith(_SITE_CLOCK_STARTS):
                    # A date alone; a running clock (with its time), `আজ …` or a
                    # city's clock (`ঢাকা, …`, `Dhaka, …`: formats.md §6.1) is the site's.
                    lay.clock_dates += [(r, used) for r in dl.readings if r.date and r.time is None]
    runs = _runs(page, header, cls)
    anchors = [i for i in header if cls[i] in ("desk", "date")]
    in_header = set(header)  # membership for _prev_in/_next_in, asked once per anchor
    headline_run = None
    prefer = None
    seen: dict[str, int] = {}
    tickers = {lines[i] for i in header if cls[i] == "ticker"} if "ticker" in cls.values() else ()
    for i in header:
        # A headline printed twice; a short line that repeats is a section or
        # column name (janakantha: COLUMN / AUTHOR / date / COLUMN / TITLE).
        if cls[i] == "cand" and not _short(lines[i]):
            if lines[i] in seen:
                first = seen[lines[i]]
                headline_run = next(r for r in runs if first in r)
                break
            if lines[i] in tickers:
                # The ticker of latest stories holds this one too: the title
                # that repeats a ticker item is the headline, and the titles
                # before it in its run are the rest of the ticker.
                headline_run = next(r for r in runs if i in r)
                for j in headline_run[:headline_run.index(i)]:
                    if not _short(lines[j]):
                        cls[j] = "ticker"
                headline_run = [j for j in headline_run if cls[j] != "ticker"]
                prefer = i
                break
            seen[lines[i]] = i
    if headline_run is None and runs:
        if anchors:
            before = [r for r in runs if r[-1] < anchors[0]]
            headline_run = before[-1] if before else next(
                (r for r in runs if r[0] > anchors[0]), runs[-1])
            names = all(_plain_person(lines[i]) for i in headline_run)
            if (names or all(_short(lines[i]) for i in headline_run)) \
                    and any(_byline_name(lines[i]) for i in headline_run):
                # Only a column name or a byline before the date (janakantha:
                # COLUMN / AUTHOR / date / COLUMN / HEADLINE): the title is later,
                # and after a person's name alone it may be short.
                # (A person's name after the date is the byline, not a title:
                # TITLE / DATE / `মুফতি আমজাদ হোসাইন হেলালী` / subhead.)
                later = [r for r in runs if r[0] > headline_run[-1]
                         and any((names or not _short(lines[i])) and not looks_like_person(lines[i]) for i in r)]
                if later:
                    headline_run = later[0]
        else:
            headline_run = runs[-1]
    if headline_run is not None and prefer is None \
            and len(two := [i for i in headline_run if cls[i] == "cand"][:2]) == 2 and _short(lines[two[0]]) \
            and " " in lines[two[0]] and not bp.is_section_name(lines[two[0]]) and not _short(lines[two[1]]) \
            and _west_bengal_header(page, header):
        # West Bengal outlets print a subhead under the headline and their
        # kicker is a section's name or an English tag (anandabazar: `Kolkata
        # News` / HEADLINE / SUBHEAD / DESK): a short title of two or three
        # words first is the headline there.
        prefer = two[0]
    if headline_run is not None:
        _pick_headline(page, headline_run, cls, lay, prefer)
    # A bare name line next to the headline is the byline when no desk line is.
    desk_lines = [i for i in header if cls[i] == "desk"]
    if lay.desk_text is None and desk_lines:
        # The desk line nearest the headline, one after it before one above it.
        h = lay.headline if lay.headline is not None else -1
        d = min(desk_lines, key=lambda i: (abs(i - h), i < h))
        lay.desk = [d]
        prev = _prev_in(page, in_header, d)
        if prev is not None and cls.get(prev) == "cand" and prev != lay.headline \
                and prev != lay.kicker and _byline_name(lines[prev]) \
                and (lay.headline is None or lines[prev] != lines[lay.headline]):  # not the headline again
            lay.desk = [prev, d]
            lay.desk_text = f"{strip_terminator(lines[prev])}, {strip_terminator(lines[d])}"
            cls[prev] = "desk"
        else:
            lay.desk_text = strip_terminator(lines[d])
    elif lay.desk_text is None and lay.headline is not None:
        nxt = _next_in(page, in_header, lay.headline)
        by_date = _prev_in(page, in_header, anchors[0]) if anchors and anchors[0] < lay.headline else None
        if by_date is not None and cls.get(by_date) == "cand" and by_date != lay.kicker \
                and _plain_person(lines[by_date]):
            # AUTHOR / DATE / TITLE (janakantha): the name over the date.
            lay.desk = [by_date]
            lay.desk_text = strip_terminator(lines[by_date])
        elif nxt is not None and cls.get(nxt) == "cand" and nxt != lay.kicker and (_byline_name(lines[nxt]) or (
                _next_in(page, in_header, nxt) in anchors and _uninflected_name(lines[nxt]))):
            # (Between the headline and the date line, three words with no
            # case ending are a name too: `মিরাজ মাহবুব ইফতি`.)
            lay.desk = [nxt]
            lay.desk_text = strip_terminator(lines[nxt])
        elif nxt is not None and cls.get(nxt) in ("latin", "cand") and lines[nxt].isascii() \
                and (_LATIN_NAME.match(lines[nxt]) or several_names(lines[nxt])) and nxt != lay.kicker \
                and ((after := _next_in(page, in_header, nxt)) is None or after in anchors):
            # An English page: a bare name between the headline and the date
            # or the body.
            lay.desk = [nxt]
            lay.desk_text = lines[nxt]
        elif (prev := _prev_in(page, in_header, lay.headline)) is not None and cls.get(prev) == "cand" \
                and prev != lay.kicker and looks_like_person(lines[prev]):
            lay.desk = [prev]  # `রাকিব হাসান` / TITLE: a person's name right above the title
            lay.desk_text = strip_terminator(lines[prev])
        else:
            # A bare name right above the date line is the byline; or right
            # under it, when the date follows the headline (TITLE / DATE / NAME).
            for a in anchors:
                near = [_prev_in(page, in_header, a)]
                if lay.headline is not None and a > lay.headline:
                    near.append(_next_in(page, in_header, a))
                j = next((j for j in near if j is not None and cls.get(j) == "cand" and j not in (
                    lay.headline, lay.kicker) and _byline_name(lines[j])), None)
                if j is not None:
                    lay.desk = [j]
                    lay.desk_text = strip_terminator(lines[j])
                    break
    if lay.headline is not None and lay.headline_text is None and not any(d[0].date for d in dates) \
            and len(lines[lay.headline]) > 30 and (got := _glued_labelled(lines[lay.headline], body=False)):
        # `HEADLINE নিজস্ব প্রতিবেদক প্রকাশিত: DATE` on one line: the header run together.
        head, desk, reading, _ = got
        lay.headline_text = head
        if desk and lay.desk_text is None:
            lay.desk, lay.desk_text = [lay.headline], desk
        dates.append((reading, [lay.headline], len(dates)))
    if lay.desk and lay.desk_text is not None:
        _desk_continued(page, in_header, cls, lay)
    # Everything else in the header gets its kind.
    for i in header:
        if i == lay.headline or i == lay.kicker or i in lay.desk or i in lay.other:
            continue
        c = cls[i]
        if c == "date":
            continue  # placed by _choose_dates
        if c in ("cand", "latin", "bullet"):
            if lay.headline is not None and lines[i] == lines[lay.headline]:
                lay.other[i] = "repeat"
            elif c == "bullet":
                lay.other[i] = "summary" if lay.headline is not None and i > lay.headline else "menu"
            elif lay.headline is not None and i > lay.headline and not _short(lines[i]):
                lay.other[i] = "summary"
            elif lay.headline is None or i < lay.headline:
                lay.other[i] = "menu" if _short(lines[i]) else "unknown"
            else:
                lay.other[i] = "unknown"
        elif c == "desk":
            lay.other[i] = "unknown"
        else:
            lay.other[i] = c


_ROLE_LABEL = tuple(nfc(["পদবী,", "পদবি,"]))


def _desk_continued(page: _Page, in_header: set, cls: dict[int, str], lay: Layout) -> None:
    """The line under the byline that finishes it: BBC Bangla's `পদবী, ROLE`
    under `লেখা, NAME`, or a place alone (`লেখা: NAME` / `ঢাকা`)."""
    j = _next_in(page, in_header, max(lay.desk))
    if j is None or j in (lay.headline, lay.kicker) or cls.get(j) not in ("cand", "desk", "menu", "latin"):
        return
    s = page.lines[j]
    if s.startswith(_ROLE_LABEL):
        more = s[s.index(",") + 1:].strip()
    elif len(s) <= 30 and known_place(strip_terminator(s)) and split_byline(lay.desk_text)[1] is None:
        more = strip_terminator(s)
    else:
        return
    if more:
        lay.desk = lay.desk + [j]
        lay.desk_text = f"{lay.desk_text}, {more}"
        cls[j] = "desk"


def _pick_headline(page: _Page, run: list[int], cls: dict[int, str], lay: Layout,
                   prefer: int | None = None) -> None:
    lines = page.lines
    bangla = [i for i in run if cls[i] == "cand"]
    head = prefer if prefer is not None else next((i for i in bangla if not _short(lines[i])), None)
    if head is None and len(bangla) == 1:
        head = bangla[0]
    if head is None:
        head = max(bangla, key=lambda i: len(lines[i]))
    k = run.index(head)
    if k > 0 and cls[run[k - 1]] == "cand" and lay.desk_text is None and looks_like_person(lines[head]) \
            and not looks_like_person(lines[run[k - 1]]):
        # `ইতিকাফের প্রস্তুতি` / `মুফতি আমজাদ হোসাইন হেলালী` / date: a short
        # title over its author's name (columns); the name is the byline.
        head = run[k - 1]
    elif k + 1 < len(run) and cls[run[k + 1]] == "cand" and lay.desk_text is None \
            and looks_like_person(lines[head]) and not looks_like_person(lines[run[k + 1]]):
        head = run[k + 1]  # the author's name above a short title
    lay.headline = head
    k = run.index(head)
    before = run[k - 1] if k > 0 else None
    after = run[k + 1] if k + 1 < len(run) else None
    # The headline printed twice in a row is a repeat, not a kicker.
    if before is not None and lines[before] == lines[head]:
        before = None
    if after is not None and lines[after] == lines[head]:
        after = None
    if before is not None and lay.desk_text is None and looks_like_person(lines[before]):
        before = None  # the author's name above the title: the byline, placed later
    if before is not None and cls[before] == "cand":
        lay.kicker = before
    elif after is not None and not (lay.desk_text is None and (
            is_name_line(lines[after]) or _LATIN_NAME.match(lines[after]) or several_names(lines[after]))):
        lay.kicker = after
    elif before is not None:
        lay.kicker = before


def _prev_in(page: _Page, region: set[int], i: int) -> int | None:
    k = page.pos[i] - 1
    if k < 0:
        return None
    j = page.idx[k]
    return j if j in region else None


def _next_in(page: _Page, region: set[int], i: int) -> int | None:
    j = page.next_nonblank(i)
    return j if j is not None and j in region else None


# `আরও পড়ুন` heads one to three titles (jagonews24); a fourth title-like
# line is more likely a subhead of the body.
_RELATED_TITLES = 3


def _read_body(page: _Page, body_lines: list[int], lay: Layout, dated: bool = False) -> list:
    """Body paragraphs; returns date readings printed inside the body region."""
    lines = page.lines
    found = []
    related_left = 0  # titles a `আরও পড়ুন` label may still head
    first = True
    seen: set[str] = set()
    for i in body_lines:
        s = lines[i]
        kind = page.kind[i]
        # Inside the body only a short line can be a date line (a trailer such
        # as `১১ সেপ্টেম্বর ২০২৪, ০৩:২৭পিএম, ঢাকা-বাংলাদেশ।`).
        if kind is None and len(s) <= 60 and (dl := page.dateline(i)) is not None:
            lay.other[i] = "date"
            for r in dl.readings:
                found.append((r, [i], i))
            continue
        if kind == "label" and bp.READ_ALSO_RE.match(s):
            lay.other[i] = "label"
            related_left = _RELATED_TITLES
            continue
        if kind is not None:
            lay.other[i] = kind
            continue
        m = bp.READ_ALSO_RE.match(s)
        if m and m.end() < len(s):
            lay.links.append((s[m.end():].strip(), [i]))
            continue
        if related_left and not _is_prose(s) and _is_title(s):
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
                head, desk, reading, s = glued
                lay.headline, lay.headline_text = i, head
                if desk and lay.desk_text is None:
                    lay.desk_text = desk
                    lay.desk.append(i)
                found.append((reading, [i], i))
            elif lay.headline is not None and lay.desk_text is None and not dated \
                    and (dd := _desk_then_date(s)) is not None:
                # `নিজস্ব প্রতিবেদক প্রকাশিত: DATE BODY`: the byline and the date
                # run into the first paragraph.
                lay.desk_text, reading, s = dd
                lay.desk.append(i)
                found.append((reading, [i], i))
            elif lay.headline is None and (twice := _doubled_title(s)) is not None:
                # radiomahananda: `TITLE TITLE BODY` on one line (formats.md §6.10).
                lay.headline, lay.headline_text = i, twice[0]
                s = twice[1]
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
            m = _OPENING_DATELINE.match(s) or (_EN_OPENING_DATELINE.match(s) if s[:1].isascii() else None)
            if m and might_be_dateline(m.group(1)):
                # `কলকাতা,30 জানুয়ারি: …`, `DHAKA, Dec 29 (BSS) - …`: the paragraph
                # keeps its dateline, and its date is a candidate for the published date.
                dl = read_line(m.group(1))
                if dl is not None and dl.readings and dl.extra_words <= 1:
                    found.append((dl.readings[0], [i], i))
                    # The place the dateline opens with is where the story was filed.
                    place = m.group(1).split(",")[0]
                    lay.dateline_place = known_place(place) or known_place(place.title())
                    if lay.desk_text is None and (ag := _AGENCY_CREDIT.search(m.group(1))) is not None:
                        # `ঢাকা, ২৯ ডিসেম্বর (বাসস) :`: the agency is the story's credit.
                        lay.desk_text = ag.group(1)
                        lay.desk.append(i)
            elif m:
                # `ঢাকা: …` (banglanews24, sarabangla): a known place alone.
                lay.dateline_place = known_place(m.group(1))
            desk = lay.desk_text
            if desk and len(s) > len(desk) + 20 and s.startswith(desk) \
                    and "\u0985" <= s[len(desk)] <= "\u09b9":
                # banglatribune: the byline printed again and glued to the first
                # word (`রাকিব হাসানঢাকার …`); it leaves the paragraph.
                s = s[len(desk):]
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
                    if any(c in desk for c in "০১২৩৪৫৬৭৮৯0123456789"):
                        # `ব্যুরো নিউজ, ১৩ মার্চ, NAME: …`: a date inside the byline
                        # is a candidate for the published date.
                        for part in desk.split(","):
                            dl = read_line(part.strip())
                            if dl and dl.readings and dl.readings[0].month_day and not dl.extra_words:
                                found.append((dl.readings[0], [i], i))
                                break
                elif is_by_credit(lay.desk_text):
                    # `Published by: NAME` over `সংবাদ প্রতিদিন ডিজিটাল ডেস্ক: …`: the
                    # credit stays the byline, the desk leaves the paragraph.
                    lay.inline_desk = desk
                    s = rest
        if (cut := bp.cut_read_more(s)) is not None:
            s = cut.rstrip()  # the teaser's `… বিস্তারিত`: the text keeps its `…`
        if s:
            if s in seen:
                # The lead printed twice (a summary box, then the body:
                # bmftelevision): the body keeps it once.
                lay.other[i] = "repeat"
                continue
            seen.add(s)
            lay.body.append((i, s))
    return found


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


def _read_tail(page: _Page, tail: list[int], lay: Layout) -> list:
    lines = page.lines
    found = []
    link_lines = []
    # An English page (its headline all ASCII): its related titles are English too.
    english = lay.headline is not None and lines[lay.headline].isascii()
    tags = False  # under a tag label: short lines are tags
    for i in tail:
        s = lines[i]
        kind = page.kind[i]
        if tags and kind in (None, "menu") and len(s) <= 40 and s.count(" ") <= 3 and not _ends_sentence(s):
            lay.other[i] = "menu"
            continue
        tags = kind == "label" and bp.label_key(s) in _TAG_LABELS
        if kind is None and (dl := page.dateline(i)) is not None:
            lay.other[i] = "date"
            for r in dl.readings:
                found.append((r, [i], i))
            continue
        if kind == "signature" and might_be_dateline(s):
            dl = read_line(s)
            if dl is not None:
                for r in dl.readings:
                    found.append((r, [i], i))
        m = bp.READ_ALSO_RE.match(s)
        if m and m.end() < len(s) and kind in (None, "label"):
            lay.links.append((s[m.end():].strip(), [i]))  # `আরও পড়ুন: TITLE`
            continue
        if kind is not None:
            lay.other[i] = kind
            continue
        if s.startswith(_AUTHOR_NOTE) or (len(s) <= 30 and bp.is_initials(s)):
            # `লেখক: অধ্যাপক, …`: who the writer is; `এমএইচ`: the desk's initials
            lay.other[i] = "signature"
            continue
        if _ends_sentence(s) or not (_is_title(s) or bp.is_bullet(s) or english and _latin_title(s)):
            lay.other[i] = "unknown"
            continue
        link_lines.append(i)
    _links(page, link_lines, lay)
    return found


_AUTHOR_NOTE = tuple(nfc(lx_bp.AUTHOR_NOTE_PREFIXES))
_TAG_LABELS = frozenset(nfc(lx_bp.TAG_LABELS))


def _links(page: _Page, link_lines: list[int], lay: Layout) -> None:
    lines = page.lines
    bullets = sum(1 for i in link_lines if bp.is_bullet(lines[i]))
    bulleted = bullets >= 2 and bullets * 2 >= len(link_lines)
    spaced = None  # a blank line after every line? (asked only when it matters)
    prev = None
    for i in link_lines:
        s = lines[i]
        if bp.is_bullet(s) or not bulleted:
            lay.links.append((bp.strip_bullet(s) if bp.is_bullet(s) else s, [i]))
        elif prev is not None and page.pos[prev] + 1 == page.pos[i] and lay.links and (
                prev + 1 == i or (spaced := _double_spaced(page) if spaced is None else spaced)):
            # A wrapped title: the continuation joins the item above, and a
            # ` - ` inside it starts the next item.
            parts = s.split(_LIST_SPLIT)
            text, where = lay.links[-1]
            lay.links[-1] = (f"{text} {parts[0].strip()}".strip(), where + [i])
            for p in parts[1:]:
                if p.strip():
                    lay.links.append((p.strip(), [i]))
        else:
            lay.links.append((s, [i]))
        prev = i


def _double_spaced(page: _Page) -> bool:
    """A dump with a blank line after every line: the next non-blank line is
    as good as adjacent."""
    idx = page.idx
    return len(idx) > 3 and all(b - a >= 2 for a, b in zip(idx, idx[1:]))


def _choose_dates(lay: Layout, dates: list, tail_dates: list) -> None:
    """Published and updated from the readings; the rest become `date` lines."""
    dated = [d for d in dates if d[0].date or d[0].time or d[0].month_day]
    tail_dated = [d for d in tail_dates if d[0].date or d[0].time or d[0].month_day]
    # A labelled line wins wherever it is printed (bdnews24 prints
    # `Published :` after the lead paragraph).
    pub = next((d for d in dated + tail_dated if d[0].role == "published"), None)
    upd = next((d for d in dated + tail_dated if d[0].role == "updated"), None)
    plain = [d for d in dated if d[0].role == "plain"]
    labelled_below = lay.headline is not None and any(
        d[0].role in ("published", "updated") and min(d[1]) > lay.headline for d in dated + tail_dated)
    if lay.headline is not None and (len(plain) > 1 or plain and labelled_below):
        # An unlabelled date above the headline, with another below it (or a
        # labelled one), is a site date (the crawl day), not the article's.
        after = [d for d in plain if max(d[1]) > lay.headline]
        if after or labelled_below:
            for d in plain:
                if max(d[1]) < lay.headline:
                    for j in d[1]:
                        lay.other[j] = "clock"
            plain = after
    if pub is None and plain:
        pub = plain[0]
        if upd is None and len(plain) > 1:
            upd = plain[1]
    if pub is None:
        # The `বাংলাদেশ সময়:` trailer, printed after the body or (rarely) in
        # the header, then any date after the body.
        trail = [d for d in tail_dated if d[0].role in ("trailer", "plain")] + [
            d for d in dated if d[0].role == "trailer"]
        trail.sort(key=lambda d: d[0].role != "trailer")
        if trail:
            pub = trail[0]
    if pub is None and upd is None and lay.headline is not None:
        # A date line that reads like a site clock (`২৪ নভেম্বর ২০২৫ খ্রিস্টাব্দ,
        # ৯ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ`) but is printed under the headline, with
        # no other date on the page, is the article's: a site's clock stands
        # above the headline.
        below = [(r, where) for r, where in lay.clock_dates if min(where) > lay.headline]
        if below:
            pub = (below[0][0], below[0][1], 0)
            for j in pub[1]:
                lay.other.pop(j, None)
    lay.published = (pub[0], pub[1]) if pub else None
    lay.updated = (upd[0], upd[1]) if upd else None
    used = set()
    for d in (pub, upd):
        if d:
            used.update(d[1])
    for _, where, _ in dates + tail_dates:
        for j in where:
            if j not in used and j not in lay.other and j not in lay.desk:
                lay.other[j] = "date"
