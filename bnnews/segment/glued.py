"""Pages that lost their line breaks: a header run together on one line
(`HEADLINE BYLINE প্রকাশ: DATE BODY`), a desk and date run into the first
paragraph, a byline or a person's name at the end of a run of words.
"""
from __future__ import annotations

import re

from .._re import LazyPattern
from ..boilerplate import PICTOGRAPH
from ..byline import (_BEATS, _NAME_FIRST, _NAME_LAST, _NOT_NAME as _NOT_NAME_WORDS, _PLACES as _PLACE_SET, is_desk_line,
                      is_name_line, known_place, looks_like_person, strip_terminator)
from ..dateline import WEEKDAY_OF, Reading, read_line
from ..lexicon import bylines as lx_by, calendar_words as cw, nfc, trie_pattern
from .page import _FIRST_DIGIT, _is_prose
from .patterns import _GLUED_AGE, _SHARE_RUN, _SITE_CLOCK_START, _desk_words

_DAY_PARTS = frozenset(nfc(["সকালে", "বিকেলে", "বিকালে", "দুপুরে", "সন্ধ্যায়", "রাতে", "ভোরে"]))
_MONTH_WORDS = sorted(set(nfc([w for ws in cw.MONTHS.values() for w in ws if not w.isascii() or len(w) > 3])))


def _date_run(rest: str, label: str = "") -> tuple[tuple[Reading, ...], int] | None:
    """The longest run of words opening `rest` that reads as a date alone
    (after `label`, which gives it its role): (its readings, length of the
    run). A run may hold the updated date too (`প্রকাশ: DATE | TIME | আপডেট:
    DATE | TIME`, samakal)."""
    words = rest.split(" ", 16)
    for k in range(min(len(words), 14), 1, -1):
        run = " ".join(words[:k])
        dl = read_line(label + run)
        if dl and dl.readings and dl.readings[0].date and not dl.extra_words and not dl.prefix:
            # (the readings must reach the run's end: `… ০০:৪৯ ২৪ ঘণ্টার ব্যবধানে`,
            # `… ২০২৫ ডিসেম্বরের শেষ সপ্তাহে` open the body with a number or a month)
            if (label + run)[max(r.end for r in dl.readings):].strip(" ,|।;") and k > 2:
                continue
            if words[k - 1].rstrip(",") in WEEKDAY_OF and (
                    k < len(words) and (words[k][:1] == "(" or words[k] in _DAY_PARTS)
                    or "weekday_mismatch" in dl.readings[-1].warnings):
                continue  # `… ২০:৪৯ রোববার (২৮ ডিসেম্বর) …`, `সোমবার বিকেলে`: the body's day
            if k < len(words) and words[k][:1] == "(" and words[k - 2].rstrip(",") in WEEKDAY_OF:
                continue  # `… রোববার বিকেলে (২৮ ডিসেম্বর) …`
            return dl.readings, len(run)
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


def _glued_header(s: str) -> tuple[str, str | None, tuple[Reading, ...], str] | None:
    """`HEADLINE DESK (১০ মিনিট আগে) DATE … BODY` on one line -> (headline,
    desk or None, the date, body), or None when the line is not one."""
    m = _GLUED_AGE.search(s, 0, 400) if s.find("আগে)", 0, 400) >= 0 else None
    if m is None:
        return _glued_labelled(s) or _glued_desk_date(s)
    before, rest = s[:m.start()].strip(), s[m.end():]
    got = _date_run(rest)
    if got is None:
        return None
    readings, cut = got
    body = rest[cut:].lstrip(" ,")
    share = _SHARE_RUN.match(body)
    if share:
        body = body[share.end():]
    head_words, desk = _head_and_desk(before)
    if not head_words or not body:
        return None
    return " ".join(head_words), desk, readings, body.strip()


# A page whose line breaks were lost: `HEADLINE নিজস্ব প্রতিবেদক প্রকাশিত: DATE BODY`.
_GLUED_LABEL = LazyPattern(lambda: r"(?<![\u0980-\u09ffA-Za-z])(?:%s)\s*[:ঃ]\s*" % "|".join(
    nfc(cw.GLUED_HEADER_LABELS)))


def _glued_labelled(s: str, body: bool = True) -> tuple[str, str | None, tuple[Reading, ...], str] | None:
    """`HEADLINE [DESK] LABEL: DATE BODY` on one line (a dump that lost its line
    breaks) -> (headline, desk or None, the date, body), or None. With `body`
    False the date closes the line (`HEADLINE DESK LABEL: DATE`, the header
    run together), and the body returned is ""."""
    if s.find(":", 12, 300) < 0 and s.find("ঃ", 12, 300) < 0:
        return None  # (a label has its colon: one cheap test before the pattern)
    m = _GLUED_LABEL.search(s, 0, 300)
    if m is None or m.start() < 12 or (got := _labelled_date(s, m)) is None:
        return None
    readings, rest = got
    head_words, desk = _byline_at_end(strip_terminator(s[:m.start()].strip(" |,")))
    if (desk is None or not is_desk_line(desk)) and body and (
            (after := _byline_at_start(rest)) is not None or desk is None and (after := _person_at_start(rest)) is not None):
        # `HEADLINE প্রকাশ: DATE নিজস্ব প্রতিবেদক BODY`: the byline under the date; all
        # before the label is the headline's, its closing marks and a name that
        # ends it too (`… অতঃপর...`, `… যোগ দিচ্ছেন আসিফ মাহমুদ`)
        head_words = s[:m.start()].strip(" |,").split()
        desk, rest = after
    if len(head_words) < 2 or (not _is_prose(rest) if body else rest.strip(" ।.|")):
        return None
    if _SITE_CLOCK_START.match(s) and _FIRST_DIGIT.search(" ".join(head_words[:4])) is not None \
            and _date_run(" ".join(head_words[1:]).lstrip(" ,")) is not None:
        # `ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ স্পোর্টস ডেস্ক প্রকাশ: …` (samakal): a site
        # clock opens the run, no headline (the byline and date are read below it).
        return None
    return " ".join(head_words), desk, readings, rest.strip()


# Where an unlabelled date may start inside a run-together header: a day and
# a month (`২৪ নভেম্বর`), a month and a day (`নভেম্বর ২৪,`), or a clock
# before them (`১৪৫৯ ঘণ্টা, মার্চ ৩১`, `১০:১২, ২৪ নভেম্বর`).
_DATE_START = LazyPattern(lambda: r"(?<![\u0980-\u09ffA-Za-z0-9])(?:[0-9০-৯]{1,2}(?:লা|রা|ঠা|ই|শে)?\s?(?:%s)"
                          r"|(?:%s)\s[0-9০-৯]{1,2},|[0-9০-৯]{4}\s?ঘণ্টা,\s|[0-9০-৯]{1,2}:[0-9০-৯]{2}"
                          r"(?:\s?(?:এএম|পিএম))?,\s)" % ((trie_pattern(_MONTH_WORDS),) * 2))


def _glued_desk_date(s: str, body: bool = True) -> tuple[str, str | None, tuple[Reading, ...], str] | None:
    """`HEADLINE DESK DATE BODY` on one line with no label before the date:
    read only when a desk or byline closes the words before the date, and
    prose follows it (with `body` False, nothing does: the header alone)."""
    for m in _DATE_START.finditer(s, 12, 300):  # (a title may hold a date: `মেলা শুরু ১৫ এপ্রিল`)
        # The byline first: it is cheaper to read than the date, and rarer.
        head_words, desk = _byline_at_end(strip_terminator(s[:m.start()].strip(" |,-–—")))
        head = " ".join(head_words).rstrip(" ,|-–—")
        if len(head.split()) < 2 or (desk is None and not body) or (got := _date_run(s[m.start():])) is None:
            continue
        readings, cut = got
        if desk is None and len(head_words) <= 2 and _SITE_CLOCK_START.match(s):
            # `ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ স্পোর্টস ডেস্ক প্রকাশ: …` (samakal): a
            # site clock opens the run, no headline over a desk (see _glued_labelled)
            return None
        rest = s[m.start() + cut:].lstrip(" ,|")
        if desk is None or not is_desk_line(desk):
            # `HEADLINE DATE নিজস্ব প্রতিবেদক BODY`: the byline under the date, else no header
            # (a bare name before the date is then the headline's: `…‘গুজব’: খলিলুর রহমান`)
            after = _byline_at_start(rest)
            if after is None and desk is None:
                continue
            if after is not None:
                head = f"{head} {desk}" if desk is not None else head
                desk, rest = after
        if _is_prose(rest) if body else not rest.strip(" ।.|"):
            return head, desk, readings, rest.strip()
    return None


_AS = frozenset(nfc(lx_by.AS_WORDS))


def _byline_at_start(rest: str) -> tuple[str, str] | None:
    """(the byline, the body) when a run of words after a header's date opens
    with a desk of two or three words that ends on a role (`নিজস্ব প্রতিবেদক`,
    `অনলাইন ডেস্ক`, `রংপুর প্রতিনিধি`), maybe with its place after a comma
    (`নিজস্ব প্রতিবেদক, রংপুর`); no sentence opens so."""
    words = rest.split(" ", 6)
    roles = _desk_words()[0]
    for k in (2, 3):
        if len(words) <= k or words[k - 1].rstrip(",:ঃ") not in roles:
            continue
        desk = " ".join(words[:k])
        nxt = words[k].rstrip(":ঃ,")
        if nxt in _AS:
            return None  # `ছাত্র প্রতিনিধি হিসেবে …`: a sentence about a representative
        if words[k - 1].endswith(",") and (known_place(nxt) or nxt.lower() in _BEATS):
            desk, k = f"{desk} {words[k]}", k + 1  # `নিজস্ব প্রতিবেদক, রংপুর`, `স্টাফ করেসপন্ডেন্ট, স্পোর্টস`
        elif nxt.startswith("(") and nxt.endswith(")") and nxt[1:-1].lower() in _BEATS | _PLACE_SET:
            desk, k = f"{desk} {words[k]}", k + 1  # `স্টাফ করেসপন্ডেন্ট (স্পোর্টস)`
        if is_desk_line(desk):
            return strip_terminator(desk), " ".join(words[k:]).lstrip(" :ঃ-–")
    for k in (2, 3):
        # `রফিকুল ইসলাম, খুলনা`: a person's name, then the place after a comma
        if len(words) > k + 1 and words[k - 1].endswith(",") and is_name_line(" ".join(words[:k]).rstrip(",")) \
                and known_place(words[k].rstrip(":ঃ,")):
            return f"{' '.join(words[:k])} {words[k].rstrip(':ঃ')}", " ".join(words[k + 1:]).lstrip(" :ঃ-–")
    words = rest.split(" ", 10)
    for k in (2, 3, 4):
        # `ইসমাইল হোসেন স্বপন, গেস্ট করেসপন্ডেন্ট`: a person's name, then a role
        # after a comma (a place after the role, `ইতালি থেকে:`, opens the body,
        # as it does when the byline has a line of its own)
        if len(words) <= k + 1 or not words[k - 1].endswith(",") \
                or not is_name_line(" ".join(words[:k]).rstrip(",")):
            continue
        for r in (1, 2, 3):
            if len(words) > k + r and words[k + r - 1].rstrip(",:ঃ") in roles:
                desk = strip_terminator(" ".join(words[:k + r]))
                if is_desk_line(desk):
                    return desk, " ".join(words[k + r:]).lstrip(" :ঃ-–")
    return None


_SAYS = tuple(nfc(lx_by.SAYING_VERBS))


def _person_at_start(rest: str) -> tuple[str, str] | None:
    """(name, body) when a run of words after a labelled date opens with a
    person's name alone (`মুফতি আমজাদ হোসাইন হেলালী`, `আলম শাইন`): a title
    first or a family name last marks it, the longest such run of two to four
    words, no word said twice (`খাদেমুল ইসলাম ইসলাম ধর্মে …`: the second opens
    the body). Not a name that a sentence opens with: one followed by its age
    in parentheses, a comma, or a verb of saying (`ড. ইউনূস বলেছেন, …`)."""
    words = rest.split(" ", 7)
    for k in (4, 3, 2):
        if len(words) <= k + 2:
            continue
        cand = words[:k]
        if any(a == b for a, b in zip(cand, cand[1:])) or any(w in _NOT_NAME_WORDS for w in cand) \
                or any(cand[j] in _NAME_LAST and cand[j + 1] not in _NAME_LAST for j in range(1, k - 1)):
            continue  # (`আলম শাইন উদয় ঘোষাল …`: a family name inside, then another name's first word)
        name = " ".join(cand)
        nxt = words[k]
        if not is_name_line(name) or not looks_like_person(name) or nxt.startswith(("(", "-", "–")) \
                or name.endswith((",", "।", ":")) or nxt.startswith(_SAYS) or any(w in _POSITIONS for w in cand) \
                or nxt.endswith("।") or any(w.endswith(_CASE_ENDINGS) for w in cand) \
                or any(w.rstrip(",।").endswith(_FINITE) for w in words[k:k + 3]):
            continue  # (`হাসান মাহমুদ খেলতে নেমেছেন …`: the name is the first sentence's subject)
        return name, " ".join(words[k:])
    return None


_POSITIONS = frozenset(nfc(lx_by.POSITION_WORDS))
# Case endings no name word takes (`সিরাজগঞ্জে শহরে আব্দুর রহমান …`): a noun's
# singular ones (names may end in রা, `সায়রা`, or in টি).
_CASE_ENDINGS = tuple(e for e in nfc(lx_by.NOUN_ENDINGS) if e not in nfc(["েরা", "রা", "টি", "গুলো"]))
_FINITE = tuple(nfc(lx_by.FINITE_VERB_ENDINGS))


def _desk_then_date(s: str) -> tuple[str, tuple[Reading, ...], str] | None:
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
    readings, rest = got
    return (desk, readings, rest.strip()) if _is_prose(rest) else None


def _labelled_date(s: str, m: re.Match) -> tuple[tuple[Reading, ...], str] | None:
    """The date after the label `m` found in s, and the text after the date."""
    got = _date_run(s[m.end():], s[m.start():m.end()])
    if got is None:
        return None
    readings, cut = got
    return readings, s[m.end() + cut:].lstrip(" ,|")


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
        if words[k - 1].endswith(("।", "॥", ".")):
            return None  # a sentence printed twice (BBC Bangla's bodies repeat each paragraph): no title
        if rest and _is_prose(rest):
            return " ".join(words[:k]), rest
    return None


# Pictographs some sites set before their stamps and bylines (`🕘 প্রকাশের
# তারিখ: …📝 রিপোর্টার: …`, `📍 নিজস্ব প্রতিবেদক | …`): read as separators.
_PICTOGRAPH = re.compile(f"[{PICTOGRAPH}]\ufe0f?")
_BARS = re.compile(r"(?:\s*\|\s*){2,}")
_REPORTER_LABEL = LazyPattern(lambda: r"^(?:%s)\s*[:ঃ]\s*" % "|".join(nfc(["রিপোর্টার", "প্রতিবেদক", "প্রতিবেদন",
                                                                        "লেখক", "Reporter"])))


_LABELS_FIRST = tuple(nfc(cw.GLUED_HEADER_LABELS))


def _without_pictographs(s: str) -> str:
    """The first words of a paragraph with their pictographs as ` | `."""
    head = _PICTOGRAPH.sub(" | ", s[:200])
    return _BARS.sub(" | ", head).strip(" |") + s[200:]


_TIME_AFTER_DESK = LazyPattern(lambda: nfc([
    r"\s[০-৯0-9]{1,2}[:ঃ.][০-৯0-9]{2}\s?(?:এএম|পিএম|AM|PM|am|pm|পূর্বাহ্ণ|অপরাহ্ণ|পূর্বাহ্ন|অপরাহ্ন)?$"])[0])
_MONTH_FIRST = frozenset(_MONTH_WORDS)


def _bar_desk_date(s: str) -> tuple[str, tuple[Reading, ...], str] | None:
    """The byline and the date run into the first paragraph, set apart by bars
    (and pictographs) -> (desk, the date, body), or None:
    `বিশেষ প্রতিবেদক | ঢাকা | ১২ অক্টোবর ২০২৫ BODY`,
    `📍 নিজস্ব প্রতিবেদক | ১৩ অক্টোবর ২০২৫, ঢাকা BODY`,
    `🕘 প্রকাশের তারিখ: ৯ অক্টোবর ২০২৫📝 রিপোর্টার: [নিজস্ব প্রতিবেদক] BODY`."""
    if _PICTOGRAPH.search(s, 0, 120) is not None:
        s = _without_pictographs(s)
    if s[:2] == "| ":
        s = s[2:]  # `| DESK TIME | DATE BODY`: a bar before the byline too (peoplesnews24)
    if " | " not in s[:120] and not s.startswith(_LABELS_FIRST):
        return None
    m = _GLUED_LABEL.match(s)
    if m is not None:
        # LABEL: DATE | রিপোর্টার: [DESK] BODY
        got = _date_run(s[m.end():], s[:m.end()])
        if got is None:
            return None
        readings, cut = got
        rest = s[m.end() + cut:].lstrip(" ,|")
        r = _REPORTER_LABEL.match(rest)
        if r is not None and rest[r.end():r.end() + 1] == "[" and (close := rest.find("]", r.end())) > 0:
            desk = rest[r.end() + 1:close].strip()
            body = rest[close + 1:].strip()
        elif (by := _byline_at_start(rest[r.end():] if r else rest)) is not None:
            desk, body = by
        else:
            return None
        return (desk, readings, body) if desk and is_desk_line(desk) and _is_prose(body) else None
    parts = s.split(" | ", 3)
    clock = ""
    if len(parts) >= 2 and (t := _TIME_AFTER_DESK.search(parts[0])) is not None:
        # `নিউজ রুম এডিটর ৬:৩০ অপরাহ্ণ | নভেম্বর ২৮, ২০২৬ BODY`: the time after the byline
        clock, parts[0] = parts[0][t.start():].strip(), parts[0][:t.start()]
    desk = strip_terminator(parts[0])
    if len(parts) < 2 or not is_desk_line(desk) or _FIRST_DIGIT.search(desk) is not None:
        return None
    k = 1
    if len(parts) > 2 and known_place(parts[1].strip()) and _FIRST_DIGIT.match(parts[2]):
        k, desk = 2, f"{desk} | {parts[1].strip()}"  # DESK | PLACE | DATE BODY
    if not _FIRST_DIGIT.match(parts[k]) and parts[k].split(" ", 1)[0].rstrip(",") not in _MONTH_FIRST:
        return None  # (a date opens with its day, or with its month's name: `নভেম্বর ২৮, ২০২৬`)
    rest = " | ".join(parts[k:])
    if clock:
        rest = f"{clock} | {rest}"
    got = _date_run(rest)
    if got is None:
        return None
    readings, cut = got
    body = rest[cut:].lstrip(" ,|")
    place = body.split(" ", 1)[0]
    if known_place(place) and " " in body:
        body = body.split(" ", 1)[1]  # DESK | DATE, PLACE BODY: the place the story is filed from
    return (desk, readings, body.strip()) if _is_prose(body) else None
