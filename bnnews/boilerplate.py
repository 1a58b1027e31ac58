"""Line-level tests for boilerplate: which `other` kind a line is, if any.

Every test is cheap (set look-ups, one combined regex, the first and last
character) because it runs on most lines of every page.
"""
from __future__ import annotations

import re

from ._memo import line_memo
from ._re import LazyPattern
from .lexicon import boilerplate as bp
from .lexicon import bylines as _by
from .lexicon import nfc, trie_pattern

__all__ = ["boiler_kind", "is_bullet", "strip_bullet", "is_separator", "is_signature", "cut_read_more",
           "READ_ALSO_RE", "READ_ALSO_END", "READ_ALSO_TAIL", "TICKER_LABELS", "LIST_LABELS", "label_key"]


def label_key(line: str) -> str:
    """A line as a label look-up key: lower case, trailing colons and spaces gone."""
    return line.strip().strip("[]").rstrip(":ঃ-–").strip().lower()


def _keys(words) -> frozenset:
    return frozenset(label_key(w) for w in nfc(words))


_LABELS = _keys(bp.LABELS)
TICKER_LABELS = _keys(bp.TICKER_LABELS)
LIST_LABELS = _keys(bp.LIST_LABELS)
_MENU = _keys(bp.MENU)
_SECTIONS = _keys(bp.SECTIONS)
_SOCIAL = _keys(bp.SOCIAL)
_BULLET_CHARS = "•●▪◦*-– "
_SOCIAL_WORDS = frozenset(w for w in _SOCIAL if " " not in w)
_FONT_BUTTONS = _keys(bp.FONT_SIZE_BUTTONS)
_TOOLBAR_WORDS = frozenset(bp.TOOLBAR_WORDS)
_TOOLBAR_CUES = frozenset(bp.TOOLBAR_CUES)
_BUTTON_FIRST = frozenset(w[0] for w in _SOCIAL_WORDS | _FONT_BUTTONS)
_BUTTON_GAPS = re.compile(r"[\s|•·,]+")
_LANGUAGES = frozenset(nfc(bp.LANGUAGES))
# (each first letter's names: a line is asked only the names its letter opens)
_LANGUAGE_FIRST = {c: tuple(w for w in _LANGUAGES if w[0] == c) for c in {w[0] for w in _LANGUAGES}}
_SWITCHER_FIRST = ("English ", "ENGLISH ", "বাংলা ", "Bangla ", "Bengali ")  # (a long switcher opens with one)
_ADS = _keys(bp.ADS)


def _alt(words) -> str:
    return trie_pattern([w.lower() for w in words])


# One trie over every marker; the matched text names the kind.
_MARKER_KIND = {w.lower(): kind for kind, ws in (
    ("counter", bp.COUNTER), ("share", bp.SHARE), ("caption", bp.CAPTION), ("footer", bp.FOOTER))
    for w in nfc(ws)}
_SUBSTR = re.compile(_alt(list(_MARKER_KIND)))
# Pictographs that decorate lines (`🕘 প্রকাশিত: …`, `✍️ DESK`, `📍 ঢাকা`), not the marks
# lists use (♦ ➤ ➖): one class for every reader that sets them aside.
PICTOGRAPH = "\U0001F300-\U0001FAFF\u2600-\u265F\u2668-\u26FF\u2700-\u2775\u2B50\u231A\u231B\u23F0-\u23F3"
_PICTOGRAPHS_ONLY = re.compile(f"[{PICTOGRAPH}\ufe0f\u200d\\s]+")
READ_ALSO_RE = re.compile(f"^(?:[«←‹]\\s*)?(?:{_alt(bp.READ_ALSO + bp.PREV_NEXT)})\\s*[:ঃ.<>«»→›\\-–]*\\s*",
                          re.IGNORECASE)
# `…পড়েছেন।আরও পড়ুন`: the label glued to the end of a paragraph.
READ_ALSO_END = LazyPattern(f"(?:{_alt(bp.READ_ALSO)})\\s*[:ঃ.<>«»\\-–]*\\s*$", re.IGNORECASE)
READ_ALSO_TAIL = nfc(["পড়ুন"])[0]
_MENU_PREFIX = re.compile(
    r"(?:category|tag|tags|author|day|topic|topics|বিভাগ|ট্যাগ|বিষয়)\s*:|[0-9০-৯]{1,2}\.\s\S+$",
    re.IGNORECASE,
)
_SEPARATOR_CHARS = "-–—_=*•●◈♦➤►➖|.…~·:।॥ >»«`´"
_BULLET = re.compile(r"^(?:[-–](?![-–])|[•●◈♦➤►▪■*»]|=>|[0-9০-৯]{1,2}[).।](?![0-9০-৯]))\s*")
# `বিডিপ্রতিদিন/কবিরুল`, `(ঢাকাটাইমস/১১সেপ্টেম্বর/এলএম/এজে)`, `এমএ/`, and
# with a date: `কিউএনবি/আয়শা/২০ অগাস্ট ২০২৩,/বিকাল ৫:১৫`.
# (DW's `এসবি/কেএম (রয়টার্স, এএফপি)`: the editors' initials, then the agencies in brackets)
_SIGNATURE = LazyPattern(r"^\(?[^\s/()]+(?: [^\s/()]+){0,2}(?:/[^/()]{0,24}){1,5}\)?(?P<src> ?\([^()/]{2,40}\))?[।.]?$")
# A bare number, or a gallery counter `১ / ৩২`.
_LETTER = LazyPattern("[\u0985-\u09b9\u09dc-\u09dfA-Za-z]")
_COUNTER_ONLY = LazyPattern(r"^[0-9০-৯,]+(?:\s*/\s*[0-9০-৯]+|[.][0-9০-৯]+\s?[KkMm])?$")  # (`1.2K` too)
_PAGER = LazyPattern(r"^(?:[«‹]\s*)?(?:(?:[0-9০-৯]{1,3}\s+){2,}[0-9০-৯]{1,3}(?:\s+(?:…|\.\.\.)\s+[0-9০-৯]{1,4})?"
                     r"(?:\s+(?:পরবর্তী|পরের|Next|next)(?:\s*[»›])?)?"
                     r"|(?:Page|পৃষ্ঠা|পাতা)\s+[0-9০-৯]{1,4}\s*(?:of|/|এর)\s*[0-9০-৯]{1,4}"
                     r"|আগের পাতা|পরের পাতা|(?:Next|Previous) Page)(?:\s*[»›])?$")
_LINE_KIND = {k: kind for kind, ws in bp.LINE_KINDS.items() for k in _keys(ws)}
_MAKER_STARTS = tuple(nfc(bp.MAKER_STARTS))
_MAKER_FIRST = frozenset(w[0] for w in _MAKER_STARTS)
_PAGER_STARTS = tuple(nfc(["«", "‹", "Page", "পৃষ্ঠা", "পাতা", "আগের পাতা", "পরের পাতা", "Next Page", "Previous Page"]))
_PAGER_FIRST = frozenset("0123456789০১২৩৪৫৬৭৮৯«‹PNপআ")
_PAGER_DIGITS = re.compile(r"[0-9০-৯]{1,3} [0-9০-৯]")  # (a pager's first two page numbers; a date's second word is none)
_SHORT_AGE = LazyPattern(r"^[0-9]{1,2} ?[smhdwy](?: ?·)?$")
_COUNT_BEFORE = LazyPattern(r"[0-9০-৯][0-9০-৯,.]*\s?[kKmM]?\s$")
# Words of a prompt to follow or share (`Follow us on Google News`, `Share on WhatsApp`).
_PROMPT_CUE = LazyPattern(r"\b(?:follow|join|click|subscribe|share|like us|download|tap|get the latest|stay updated)\b"
                          r"|করুন|দিন|হোন|ক্লিক")
_SHARE_COUNT = LazyPattern(r"^[0-9০-৯][0-9০-৯,.]*\s?[kKmM]?\s*(?:shares?|শেয়ার)$", re.IGNORECASE)
# `০ মন্তব্য`, `12 Comments`, `মন্তব্য (৩)`: a comment or like count alone.
_COMMENT_COUNT = LazyPattern(lambda: r"^(?:[0-9০-৯][0-9০-৯,.]*\s?[kK]?\s*(?:টি\s?)?(?:%s)|(?:%s)\s*[:(]?\s*[0-9০-৯]+\)?)$"
                             % ("|".join(nfc(bp.COUNT_WORDS)), "|".join(nfc(bp.COUNT_WORDS))), re.IGNORECASE)
# A story's reading time (`২ মিনিটে পড়ুন`, `পড়তে লাগবে ৩ মিনিট`, `4 min read`)
# and an audio player's clock (`০:০০ / ২:৩০`): page furniture, counted.
_READING_TIME = LazyPattern(
    r"^(?:(?:পড়তে (?:লাগবে|সময়)|পড়ার সময়|reading time)\s*[:ঃ]?\s*)?(?:প্রায়\s)?[0-9০-৯]{1,2}\s?"
    r"(?:মিনিটে পড়ুন|মিনিটে পড়া যাবে|মিনিটের পড়া|মিনিট পড়া|মিনিট|min(?:ute)?s?(?: read)?)$"
    r"|^[0-9০-৯]{1,2}[:ঃ][0-9০-৯]{2}\s?/\s?[0-9০-৯]{1,2}[:ঃ][0-9০-৯]{2}$", re.IGNORECASE)
# `2 weeks ago 19`: a post's age with a view count.
_AGE_COUNTER = LazyPattern(r"^[0-9]+ (?:second|minute|hour|day|week|month|year)s? ago [0-9]+$", re.IGNORECASE)
# What is left of an image in a dump (formats.md §4): `unnamed (2)`, a camera
# file name `20251111 153750`, a path ending `.jpg)`, `![]()`, ` width=`.
_AGE_END = (nfc(["আগে"])[0], nfc(["আগে)"])[0], "ago", "ago)", "Ago")
_READING_FIRST = frozenset("পRr")  # পড়তে, পড়ার, প্রায়, Reading
# A post's age where its date would be (`আপডেট: ৫ মিনিট আগে`, mzamin's
# `(১০ মিনিট আগে)`, `Published: 3 hours ago`): a clock, read against the crawl.
_AGE_LINE = LazyPattern(lambda: r"^\(?(?:(?:(?:সর্বশেষ |শেষ )?আপডেট|প্রকাশিত|প্রকাশ"
                        r"|(?:Last )?[Uu]pdated|Published|Posted)\s*[:ঃ]?\s*)?(?:(?:[0-9০-৯]{1,4}|%s)\s?(?:%s)\s?আগে"
                        r"|(?:[0-9]{1,4}|an?|one) (?:second|minute|hour|day|week|month|year)s? ago"
                        r"|[0-9]{1,3} ?(?:s|m|h|d|w|mo|y|min|mins|hr|hrs) ago)\)?$"
                        % ("|".join(nfc(bp.AGE_COUNTS)), "|".join(nfc(bp.AGE_UNITS))), re.IGNORECASE)
_CREDIT_PREFIXES = tuple(nfc(bp.CREDIT_PREFIXES))
# (By first letter: প, স and ত open many lines, and a tuple of fifty prefixes costs a microsecond a line.)
_CREDIT_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _p in _CREDIT_PREFIXES:
    _CREDIT_BY_FIRST[_p[0]] = _CREDIT_BY_FIRST.get(_p[0], ()) + (_p,)
_EDITOR_NOTE_WORDS = tuple(nfc(bp.EDITOR_NOTE_WORDS))
_AUTHOR_NOTE_EN = tuple(bp.AUTHOR_NOTE_EN)
_IMAGE_JUNK = LazyPattern(
    r"^(?:unnamed(?: \([0-9]+\))?|[0-9]{8}[ _][0-9]{6}|!\[[^\]]*\]\([^)]*\)|width=.*|height=.*|(?:spot_img)+"
    r"|\S*\.(?:jpe?g|png|webp|gif)\)?"
    r"|\[(?:IMG|INLINE|BUTTON|IMAGE|\S*\.(?:jpe?g|png|webp|gif|svg))\])$", re.IGNORECASE)  # (lynx's and w3m's image marks)
_BBCODE = LazyPattern(r"^\[/?[a-z]{1,10}(?:=[^\]]{0,40})?\]$")
_TEMPLATE_TOKEN = LazyPattern(r"^[^\s_]+(?:_[^\s_]+)+$")
# A comment form's arithmetic question: `one × three =`, `5 + 2 = ?`.
_CAPTCHA = LazyPattern(r"^(?:[a-z]+|[0-9]+) ?[×x+\-] ?(?:[a-z]+|[0-9]+) ?= ?\??$", re.IGNORECASE)
# A contact address, or a domain alone on a line (the outlet's masthead or an
# advertiser's link).
_EMAIL = LazyPattern(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_DOMAIN = LazyPattern(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|bd|in|co|tv|news)/?$",
                     re.IGNORECASE)


# A "read more" at the end of a teaser or a related title; an ellipsis
# before it is kept (the text shows it was cut off).
_READ_MORE_TAIL = LazyPattern(
    r"\s*(?:(?<=…)\s*বিস্তারিত|(?<=\.\.)\s*বিস্তারিত|%s)\s*[»→]?$"
    % "|".join(re.escape(w) for w in nfc(bp.READ_MORE)))
_READ_MORE_LAST = ("More", "more", "MORE", "Reading", "reading", "পড়ুন", "বিস্তারিত", "»", "→")


def cut_read_more(text: str) -> str | None:
    """The text without a "read more" at its end (`…হাজারRead More`,
    `… বিস্তারিত`), or None when it has none."""
    if not text.endswith(_READ_MORE_LAST):
        if text[-1:] not in ".…" or not (text := text.rstrip(".… ")).endswith(_READ_MORE_LAST):
            return None  # (`বিস্তারিত পড়ুন...`: the cue with dots after it)
    m = _READ_MORE_TAIL.search(text)
    return text[:m.start()] if m is not None and m.start() > 0 else None


def is_separator(line: str) -> bool:
    # strip() returns at once on the first other character: no per-character
    # Python loop over a paragraph.
    return not line.strip(_SEPARATOR_CHARS)


# A story's own lines that hold a boilerplate marker (an office, a photo's
# credit, a prompt's words, an editor's title): what tells them from furniture.
_OFFICE = nfc(["অফিস"])[0]
_SENTENCE_LAST = frozenset("।?!.”’\"'")
_DESK_OPENING = LazyPattern(lambda: nfc([r".{2,40}(?:ডেস্ক|প্রতিবেদক|প্রতিনিধি|সংবাদদাতা)\s*(?:\|\||।।|॥|:|ঃ)\s*$"])[0])


# What an office's address holds and a story's paragraph does not: a postal
# code after a dash (`ঢাকা-১২১৫`), a phone, an email.
_IMPRINT_CUE = LazyPattern(lambda: nfc([r"-\s?[0-9০-৯]{4}|ফোন|মোবাইল|ইমেইল|ই-মেইল|@|\+৮৮০|\+880"])[0])


_ROLE_MARKERS = frozenset(nfc(bp.FOOTER_ROLE_MARKERS))
_VERB_ENDS = tuple(dict.fromkeys(nfc(bp.FINITE_VERB_ENDINGS)))
_PROSE_CUES = tuple(nfc(bp.STORY_SENTENCE_CUES))
# A finite verb in the past or perfect anywhere in the line (`অভিযোগ করেছেন`,
# `হয়েছে`): a story tells what happened; a prompt asks (`করুন`, `দিন`, `হোন`).
_PAST_VERB = LazyPattern(lambda: nfc([r"[\u0980-\u09ff](?:েছেন|েছে|েছিল|েছিলেন|িলেন|ছিলেন)(?=[\s,।])"])[0])


def _prose_sentence(line: str) -> bool:
    """Eight words or more closed by a danda after a finite verb, or telling
    what someone said or what happened: a story's sentence."""
    words = line[:-1].split()
    return len(words) >= 8 and (words[-1].endswith(_VERB_ENDS) or any(c in line for c in _PROSE_CUES)
                                or _PAST_VERB.search(line) is not None)


def _bureau(place: str) -> bool:
    """`খুলনা` before `অফিস :`: a city's bureau (an imprint's office is no city's)."""
    from .byline import known_place  # (only for the lines that hold `অফিস:`)
    return known_place(place) is not None


_DIGIT_CHARS = frozenset("0123456789০১২৩৪৫৬৭৮৯")
_BULLET_FIRST = frozenset("-–•●◈♦➤►▪■*»=0123456789০১২৩৪৫৬৭৮৯")


def is_bullet(line: str) -> bool:
    return line[:1] in _BULLET_FIRST and len(line) > 2 and _BULLET.match(line) is not None


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip()


_ENDS_IN_DATE = LazyPattern(r"[:ঃ|]\s*[0-9০-৯]{1,2}\s+\S+\s+[0-9০-৯]{4}$")
# `২৪/১১/২০২২`, and a month's name between the slashes (`২৯/নভে/২০২৫`, `29/Nov/2025`)
_NUMERIC_DATE = LazyPattern(r"[0-9০-৯]{1,2}/(?:[0-9০-৯]{1,2}|[^\s/0-9০-৯]{2,12})/[0-9০-৯]{2,4}")


_WRITER_CREDIT_FIRST = tuple(nfc(bp.WRITER_CREDIT_STARTS))
# `পরিবেশবিদ আবদুল হামিদ। পুরোনো ছবি` (kalbela): an old photo's caption, told
# only at the end after a sentence's stop (`সাকিবের পুরোনো ছবি ভাইরাল` is a title)
_OLD_PHOTO_END = LazyPattern(lambda: nfc([r"[।.|,;]\s*(?:পুরোনো|পুরনো|পুরানো|আর্কাইভ) ছবি$"])[0])
# `পাটনায় সমর্থকদের উচ্ছ্বাস (PTI)`: a photo's caption closed by the agency that
# took it, in brackets (a paragraph that credits an agency runs longer).
_BRACKET_CREDIT = LazyPattern(lambda: r"\S\s\((?:%s|Getty Images|Photo: [^()]{2,30}|ছবি[:ঃ] ?[^()]{2,30})\)$" % "|".join(
    re.escape(w) for w in sorted(nfc(_by.AGENCIES), key=len, reverse=True)))
# `… বর্ধমানে তোলা নিজস্ব চিত্র।`, `… — ফাইল চিত্র` (West Bengal papers call a
# photo চিত্র): the credit closes the caption, after a stop or a dash, or is
# the whole line (`নিজস্ব চিত্রনাট্য` in a sentence is no credit)
_CHITRA = nfc(["চিত্র"])[0]
_PICTURE_CREDIT_END = LazyPattern(
    lambda: nfc([r"(?:(?:^|[।.|,;:—–-]\s*)(?:নিজস্ব|ফাইল|প্রতীকী|প্রতিকী|সংগৃহীত)|\sনিজস্ব) চিত্র\s*[।.]?$"])[0])


def is_signature(line: str) -> bool:
    if " / " in line and len(line) <= 60 and line.count("/") == 1:
        # `খুলনা গেজেট / এনআইআর`: the outlet and the editor's initials, spaced
        before, after = line.split(" / ")
        return before.count(" ") <= 2 and "/" not in before and is_initials(after)
    return (
        "/" in line and len(line) <= 80 and "//" not in line and "http" not in line
        and (m := _SIGNATURE.match(line)) is not None
        and (m.group("src") is None or is_initials(line[line.index("/") + 1:m.start("src")].strip()))
        and _NUMERIC_DATE.search(line) is None  # `তারিখ: ২৮/০৪/২০২০ইং` is a date line
        # (`… তৈরি/নির্মাণ করা হয়েছে।`: a sentence's last words after a slash, three
        # or more, no initials)
        and not (line[-1:] in "।." and line.rsplit("/", 1)[1].count(" ") >= 2)
        # initials follow the slash; a numeric date (`২৪/১১/২০২২`) is not a signature
        and (_LETTER.search(line, line.index("/")) is not None
             or (line.endswith("/") and line.count("/") == 1 and len(line) <= 16 and " " not in line
                 and _LETTER.match(line) is not None))  # `এসএইচ/`: one desk's initials
    )


_LETTER_NAMES = tuple(sorted(nfc(bp.LETTER_NAMES), key=len, reverse=True))
_INITIALS_SPLIT = re.compile(r"[\s/,]+")


def _spelled_letters(word: str) -> int:
    """How many English letters' names spell `word` out (`এমএইচ` = 2), 0 when
    they do not."""
    n = 0
    todo = [(0, 0)]
    seen = set()
    while todo:  # a tiny search: names share prefixes (এ, এম, এমএ …)
        at, k = todo.pop()
        if at == len(word):
            n = max(n, k)
            continue
        for name in _LETTER_NAMES:
            if word.startswith(name, at) and (at + len(name), k + 1) not in seen:
                seen.add((at + len(name), k + 1))
                todo.append((at + len(name), k + 1))
    return n


def is_initials(line: str) -> bool:
    """A desk's initials alone on a line (`এমএইচ`, `এসকে/এমজে`, `MH/AR`):
    every part two or more letters spelled by their names, or in capitals."""
    t = line.strip().strip("()।.")
    if not t or len(t) > 30:
        return False
    parts = [p for p in _INITIALS_SPLIT.split(t) if p]
    return bool(parts) and len(parts) <= 4 and all(
        (p.isascii() and p.isalpha() and p.isupper() and 2 <= len(p) <= 4) or _spelled_letters(p) >= 2
        for p in parts)


def is_section_name(line: str) -> bool:
    """A section's name alone (`খেলা`, `জাতীয়`), which is a menu item in a
    run of them but the page's kicker alone over the headline."""
    key = line.strip().strip("[]").rstrip(":ঃ-–").strip().lower()
    return key in _SECTIONS and key not in _MENU


def _breadcrumb(key: str) -> bool:
    """`হোম / জাতীয় / শিক্ষা`, `Home > Bangladesh`: a trail that opens with
    home, or whose every step is a section's name."""
    parts = [p.strip() for p in key.replace(" > ", " / ").split(" / ")]
    return parts[0] in _HOME or all(p in _SECTIONS or p in _MENU for p in parts)


def _trail_to_title(low: str) -> bool:
    """`প্রথম পাতা » প্রধান সংবাদ » HEADLINE`, `হোম / জাতীয় / HEADLINE`: a
    breadcrumb trail that ends in the story's title (a longer line than a
    trail of sections): it opens with home or a section, its middle steps are
    short, and a `/` or `>` trail has three steps at least."""
    parts = [p.strip() for p in _TRAIL_SEP.split(low)]
    if len(parts) < 2 or (len(parts) < 3 and "»" not in low):
        return False
    return (parts[0] in _HOME or parts[0] in _SECTIONS or parts[0] in _MENU) \
        and all(0 < p.count(" ") + 1 <= 3 for p in parts[1:-1])


_TRAIL_SEP = re.compile(r" [»>/] |»")
_HOME = _keys(["হোম", "home", "প্রচ্ছদ", "homepage", "মূলপাতা", "মূল পাতা"])
_HOME_FIRST = frozenset(w[0] for w in _HOME)


# What an embedded social-media post leaves in a dump around its text: the
# Instagram frame's lines, a tweet's closing attribution (`— NAME (@handle)
# November 24, 2025`), a video player's `Watch on YouTube`.
# A PHP error the server printed into the page (a broken theme): `Warning: Use
# of undefined constant … in /home/…/config.php on line 7`.
_PHP_ERROR = LazyPattern(r"^(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)"
                         r" ?: .{0,400}? in (?:/|[A-Z]:\\).{0,300}?\.php(?: on line | at line |:)[0-9]+")
_PHP_FIRST = frozenset("WNDFPS")
_HEADER_IMAGE = LazyPattern(r"^(?:left|right|center|centre|top|header|footer|site|main|mobile|middle)"
                            r" (?:image|logo|banner)$")
_HEADER_IMAGE_ENDS = ("image", "logo", "banner")
_JSON_FIRST = frozenset('"{[,}')  # a JSON-LD fragment's line opens inside the JSON
_EMBED = LazyPattern(
    r"^(?:View this post on Instagram|View this (?:photo|video) on Instagram|A post shared by .{1,80}"
    r"|Watch (?:on|this video on) YouTube|[—–-]{1,2} ?[^()\n]{1,80} ?\(@\w{1,30}\)(?: .{0,40})?)$")


def _toolbar(line: str) -> bool:
    """`Decrease Font Size Increase Font Size Email this Article Print Friendly
    Version`: every word a toolbar button's, two of them font, print or email."""
    words = line.lower().split()
    return len(words) >= 4 and all(w in _TOOLBAR_WORDS for w in words) \
        and sum(1 for w in set(words) if w in _TOOLBAR_CUES) >= 2


def _buttons(key: str) -> str | None:
    """A row of buttons: share buttons (`share`) or a font-size switcher (`menu`)."""
    words = [w for w in _BUTTON_GAPS.split(key) if w]
    if len(words) >= 2:
        if all(w in _SOCIAL_WORDS for w in words):
            return "share"
        if all(w in _FONT_BUTTONS for w in words):
            return "menu"
    return None


# A city's temperature alone (a header widget): `ঢাকা ২৫° সে.`, `ঢাকা, ২৫ ডিগ্রি
# সেলসিয়াস`, `Dhaka 27°C Haze`, `২৭°সে`. (A headline says the temperature
# fell: `ঢাকায় তাপমাত্রা ৮ ডিগ্রিতে`.)
_WEATHER = re.compile(r"^(?:(?:ঢাকা|Dhaka|কলকাতা|Kolkata|চট্টগ্রাম|Chattogram|সিলেট|Sylhet)[,\s]+)?"
                      r"[0-9০-৯]{1,2}(?:[.][0-9০-৯])?\s?(?:°\s?(?:সে\.?|সেলসিয়াস|C|F)?|ডিগ্রি(?: সেলসিয়াস)?)"
                      r"(?:\s+[^\s।.!?0-9০-৯]+){0,3}\s*$")


_INDEX_TICK = re.compile(r"[0-9০-৯][0-9০-৯,.]*\s*[▲▼]|[▲▼]\s*[0-9০-৯]")


# The first words a run of menu items may open with (a section, a menu item,
# home, a list label, or the first word of one of several words).
_NAV_WORDS = frozenset(w.split(" ", 1)[0] for w in (*_SECTIONS, *_MENU, *_HOME, *_LABELS))
# ... as printed (Latin names capitalised or in capitals), asked before any call.
_MENU_ICONS = frozenset(["×", "✕", "☰", "≡"])
_NAV_FIRST = frozenset(v for w in _NAV_WORDS for v in (w, w.capitalize(), w.upper())) | _MENU_ICONS


def _nav_run(line: str) -> bool:
    """Three or more section and menu names and nothing else (an HTML
    page's <nav> with its items run into one line, whatever opens it).
    (Asked only of a line whose first word is in _NAV_FIRST.)"""
    if " | " in line:
        # `লগইন | রেজিস্ট্রেশন`, `জাতীয় | রাজনীতি | খেলা`: items set apart by bars
        parts = line.lower().split(" | ")
        # (`আমাদের সম্পর্কে | যোগাযোগ | বিজ্ঞাপন`: the footer's links, an ad's page among them)
        if all(p in _SECTIONS or p in _MENU or p in _HOME or p in _LABELS or p in _ADS and p != "ad" for p in parts):
            return True
    words = line.lower().replace(" | ", " ").split()
    if words and words[0] in _MENU_ICONS:
        words = words[1:]  # `× হোম জাতীয় …`: a mobile menu's close button first
    # (a list label among them, `সর্বশেষ`, is a menu item too)
    known = sum(1 for w in words if w in _SECTIONS or w in _MENU or w in _HOME or w in _LABELS)
    if len(words) >= 3 and known == len(words) and sum(1 for w in words if w in _SECTIONS) >= 2:
        return True
    # A site's whole menu run into one line: a dozen items or more, most of
    # them names the lists know (`আইন-অপরাধ`, `ফলোআপ` among them), no sentence.
    return len(words) >= 12 and 2 * known >= len(words) and sum(1 for w in words if w in _SECTIONS) >= 5 \
        and "।" not in line and not line.endswith((".", "?", "!"))


PLACEHOLDERS = frozenset(bp.PLACEHOLDERS)


_COMMENT_HEADS = _keys(bp.COMMENT_HEADS)
_COMMENT_WORDS = ("মন্তব্য", "কমেন্ট", "comment")


def is_comment_head(line: str) -> bool:
    """`মন্তব্য (২)`, `৩টি মন্তব্য`, `পাঠকের মন্তব্য`, `12 Comments`: the head of
    the readers' comments under a story."""
    key = label_key(line)
    return key in _COMMENT_HEADS or (len(line) <= 24 and any(w in key for w in _COMMENT_WORDS)
                                     and _COMMENT_COUNT.match(line) is not None)


def is_age_line(line: str) -> bool:
    """A post's age alone (`আপডেট: ৫ মিনিট আগে`, `3 hours ago`), or its ages
    set apart by a bar (`প্রকাশ: ৩ ঘণ্টা আগে | আপডেট: ১ ঘণ্টা আগে`): where a
    page prints no date but this, its date needs the crawl time."""
    if not line.endswith(_AGE_END):
        return False
    if " | " in line:
        return all(_AGE_LINE.match(p.strip()) is not None and p.strip().endswith(_AGE_END) for p in line.split(" | "))
    return _AGE_LINE.match(line) is not None


# The alt text a writer's portrait leaves after the name (Prothom Alo's columns;
# a Drupal blog's user picture, `রণদীপম বসু এর ছবি`, the template's `এর` apart).
PORTRAIT_ALTS = ("contributor image", "author image", "author photo", *nfc(["এর ছবি"]))
_PORTRAIT_ENDS = tuple(" " + w for w in PORTRAIT_ALTS)


@line_memo
def boiler_kind(line: str) -> str | None:
    """The `other` kind of a stripped, canonical line, or None if it may be content."""
    if not line.strip(_SEPARATOR_CHARS) or line[0] >= "\u2600" and _PICTOGRAPHS_ONLY.fullmatch(line):
        return "separator"  # (pictographs alone, `🌀🌀`, set sections apart too)
    if line.startswith("from ") and "http" in line:
        return "footer"  # an RSS mirror's credit: `from প্রথম আলো https://ift.tt/…`
    if line[0] in _PHP_FIRST and ".php" in line and _PHP_ERROR.match(line) is not None:
        return "markup"  # the server's error, printed over the page: no text of the page
    if line[0] in _JSON_FIRST and '"@' in line and ('"@type"' in line or '"@context"' in line) and line.count('": ') >= 2:
        return "markup"  # a page's JSON-LD (`"headline": "…", "datePublished": …, "@type": …`) dumped with its text
    n = len(line)
    if 60 < n <= 150 and line.startswith(_SWITCHER_FIRST) and all(w in _LANGUAGES for w in line.lower().split()):
        return "menu"  # an Indian network's switcher between its editions, in their scripts
    if n <= 60:
        key = line.strip().strip("[]").rstrip(":ঃ-–").strip().lower()  # label_key, inlined
        if key in PLACEHOLDERS and n <= 11:
            return "crawl"  # a scraper's placeholder for a field it did not find (`Unknown`, `None`)
        if key in _LABELS or key[-1:] == "|" and key.rstrip("| ") in _LABELS:
            return "label"  # (`Comments |`: a label at a bar's end; a section's `জাতীয় |` is the kicker)
        if key in _ADS:
            return "ad"
        if key in _MENU or key in _SECTIONS:
            return "menu"
        if " - " in key and (parts := key.split(" - ", 1))[0] in _LABELS and parts[1] in _SECTIONS:
            return "label"  # `সর্বশেষ - জাতীয়`: a list's label with its section
        k0 = key[:1]
        if k0 == "m" and key.startswith(("more from ", "more in ")) and key.count(" ") <= 4:
            return "label"  # `More from Bangladesh`: a section's list under the article
        if k0 in _MAKER_FIRST and key.startswith(_MAKER_STARTS) and key.count(" ") <= 6:
            return "footer"  # `Powered by WordPress`, `কারিগরি সহযোগিতায়: …`: the site's maker
        if key in _LINE_KIND:
            return _LINE_KIND[key]
        if key in _SOCIAL or (k0 in _BULLET_CHARS and key.lstrip(_BULLET_CHARS) in _SOCIAL):
            return "share"  # a share button's label, one per line
        if k0 in _BULLET_CHARS and key.lstrip(_BULLET_CHARS).strip() in _MENU:
            return "menu"  # `• Font increase`: a toolbar's buttons as list items
        if k0 in _LANGUAGE_FIRST and key.startswith(_LANGUAGE_FIRST[k0]) and " " in key \
                and all(w in _LANGUAGES for w in key.split()):
            return "menu"  # a language switcher
        if k0 in _HOME_FIRST and " " in key and key.split(" ", 1)[0] in _HOME \
                and all(w in _SECTIONS or w in _MENU for w in key.split()):
            return "menu"  # `হোম জাতীয় রাজনীতি`: a navigation bar run into one line (an HTML page's <nav>)
        if k0 in _BUTTON_FIRST and " " in key \
                and ((w1 := key.split(" ", 1)[0]) in _SOCIAL_WORDS or w1 in _FONT_BUTTONS) \
                and (kind := _buttons(key)) is not None:
            return kind  # `ফেসবুক টুইটার হোয়াটসঅ্যাপ`: share buttons in a row; `অ+ অ-`: font sizes
        # The pattern tests below run only where their first character or an
        # ASCII-only line allows a match: this branch sees every short line.
        first = line[0]
        if first in _DIGIT_CHARS and (_COUNTER_ONLY.match(line) or _AGE_COUNTER.match(line)):
            return "counter"
        if first in _DIGIT_CHARS and n <= 8 and _SHORT_AGE.match(line):
            return "clock"  # `2h ·`, `5m`: a social post's age
        if first in _PAGER_FIRST and (_PAGER_DIGITS.match(line) if first in _DIGIT_CHARS
                                      else line.startswith(_PAGER_STARTS)) and _PAGER.match(line) is not None:
            return "menu"  # `১ ২ ৩ ৪ ৫ পরবর্তী`, `Page 2 of 15`, `পৃষ্ঠা ২ / ১৫`: a listing's pages
        if first in _DIGIT_CHARS and _SHARE_COUNT.match(line):
            return "share"  # `1.2K shares`: a share button's count (`Rahman shares …` is a headline)
        if n <= 24 and _COMMENT_COUNT.match(line):
            return "counter"
        if n <= 40 and (first in _DIGIT_CHARS or first in _READING_FIRST) and _READING_TIME.match(line):
            return "counter"
        if line.endswith(_AGE_END) and is_age_line(line):
            return "clock"
        if ("°" in line or "ডিগ্রি" in line) and _WEATHER.match(line) is not None:
            return "clock"  # `ঢাকা ২৭°C আংশিক মেঘলা`: the site's weather widget, as its clock
        if ("▲" in line or "▼" in line) and _INDEX_TICK.search(line) is not None:
            return "ticker"  # `ডিএসইএক্স ৫২৩০.২৫ ▲ ১২.৫`: a share index's running figure
        if line[-1] in "=?" and _CAPTCHA.match(line):
            return "footer"  # a comment form's sum to solve (`one × three =`)
        if "_" in line and n <= 40 and _TEMPLATE_TOKEN.match(line) is not None:
            return "markup"  # `spot_imgspot_img`, `td_module_3`, `স্পট_আইএমজি`: a theme's token left in the text
        if line.isascii():
            if " " not in line and "logo" in key:
                return "menu"  # `TimeNewsBD-Logo-H90`, `site-logo`: the masthead image's name
            if key.startswith("site icon"):
                return "menu"  # `Site icon Jamuna Television`: an AMP page's masthead image, its alt text
            if key.endswith(_HEADER_IMAGE_ENDS) and _HEADER_IMAGE.match(key) is not None:
                return "menu"  # `Left Image` / `Center Logo` / `Right Image`: a theme's masthead slots
            if _IMAGE_JUNK.match(line) or line[0] == "[" and _BBCODE.match(line):
                return "markup"  # (`[justify]`, `[/caption]`: a forum's or a CMS's tag left in the text)
            if "@" in line and _EMAIL.match(line):
                return "footer"
            if "." in line and _DOMAIN.match(line):
                return "menu"
        if "»" in line or "›" in line or _MENU_PREFIX.match(line):
            return "menu"
        if (" / " in key or " > " in key) and _breadcrumb(key):
            return "menu"
        if "/" in line and is_signature(line):
            return "signature"
        if key.endswith(_PORTRAIT_ENDS):
            return "markup"  # `মুনির হাসান Contributor image`: the writer's portrait, its alt text
    if line[0] in "VAW—–-" and n <= 200 and _EMBED.match(line) is not None:
        return "markup"  # an embedded post's frame: `View this post on Instagram`, `— NAME (@handle) DATE`
    if 60 < n <= 200 and line[0] < "\u0980" and line.isascii() and _toolbar(line):
        return "menu"  # an article toolbar's buttons run into one line
    if n <= 300 and line[:line.find(" ")] in _NAV_FIRST and _nav_run(line):
        return "menu"  # `জাতীয় রাজনীতি অর্থনীতি সারাদেশ …`: a navigation bar run into one line
    first = line[0]
    if first == "#" and len(line) > 1 and all(w[:1] == "#" and len(w) > 1 for w in line.split()):
        return "menu"  # `#পাহাড়ধস #চট্টগ্রাম`: a story's hashtags, as its tags are
    if ((first == "[" or first == "(") and line[-1] in "])" or first == "*" and n <= 100) and n <= 200 \
            and any(w in line.lower() for w in _EDITOR_NOTE_WORDS):
        # `[প্রতিবেদনটি … হালনাগাদ করা হয়েছে]`: an editor's note on the report;
        # `(লেখাটি … থেকে অনূদিত)`, `*মতামত লেখকের নিজস্ব`: a column's note
        return "signature"
    if (first == "T" or first == "*") and n <= 300 and line.startswith(_AUTHOR_NOTE_EN):
        return "signature"  # `The writer is a professor at …`: who wrote it, after the body
    if n <= 80 and first in _CREDIT_BY_FIRST and line.startswith(_CREDIT_BY_FIRST[first]):
        return "signature"  # `সূত্র: রয়টার্স`, a source credit
    if n <= 80 and first in "([" and line[-1] in ")]" and (k1 := line[1:2]) in _CREDIT_BY_FIRST \
            and line[1:].startswith(_CREDIT_BY_FIRST[k1]):
        return "signature"  # `(সূত্র: প্রথম আলো)`: the credit in brackets
    if first == "h" and line.startswith(("http://", "https://")) and " " not in line:
        return "markup"  # a bare link (the page's own address, an embed)
    if n <= 250 and ("»" in line or " / " in line or " > " in line) and _trail_to_title(line.lower()):
        return "menu"
    if n <= 250 and (bar := line.find(" | ")) > 0 and line[:bar].lower() in _HOME:
        return "menu"  # `Home | সারা দেশ | মৌলভীবাজার জেলার সকল খবর`: a trail with bars
    if n > 220:
        # A paragraph. Only a caption whose credit closes it is boilerplate;
        # the full substring scan is kept for short lines, where it is cheap.
        tail = line[-60:].lower()
        if "ছবি" in tail or "photo" in tail or "image" in tail:
            m = _SUBSTR.search(tail)
            if m is not None and _MARKER_KIND[m.group()] == "caption":
                return "caption"
        return None
    m = _SUBSTR.search(line.lower())
    if m is None and line[-1] == "ি" and _OLD_PHOTO_END.search(line) is not None:
        return "caption"
    if m is None and line[-1] in "র।." and _CHITRA in line and _PICTURE_CREDIT_END.search(line) is not None:
        return "caption"
    if m is None and line[-1] == ")" and n <= 100 and line.count(" ") >= 2 and _BRACKET_CREDIT.search(line) is not None \
            and _DIGIT_CHARS.isdisjoint(line):
        return "caption"  # (`ঢাকা, ২৮ নভেম্বর (বাসস)` is an agency's dateline)
    if m is not None:
        kind = _MARKER_KIND[m.group()]
        # A body paragraph may mention a photo or a copyright in passing;
        # only a short line, or a long one that ends with the credit, is a caption.
        if kind == "caption" and n > 160 and m.start() < n - 60:
            return None
        if kind == "caption" and 0 < m.start() <= 48 and n - m.end() >= 60 \
                and _DESK_OPENING.match(line, 0, m.start()) is not None:
            # `অন্য দুনিয়া ডেস্ক || ছবি: CREDIT TEXT`: a paragraph opened by its inline
            # byline, a photo's credit run in after it (a scraper's join), no caption
            return None
        if kind in ("caption", "share") and 0 < m.start() and (kind == "share" or m.end() < n - 20) \
                and line[-1] == "।" and _prose_sentence(line):
            # `তিনি বলেন, ফাইল ছবি দেখে আসামিকে শনাক্ত করা হয়েছে।`: a photo, or a
            # prompt's words (`শেয়ার করতে গিয়ে`), in a story's sentence (a caption
            # opens with its credit or closes on it, a prompt is no reported sentence)
            return None
        if kind == "caption" and _ENDS_IN_DATE.search(line):
            return None  # `আজকের আলোচিত ছবি : ১২ ডিসেম্বর ২০২৩`: a photo page's title and date
        if kind == "caption" and line.startswith(_WRITER_CREDIT_FIRST) and (n <= 90 or line.count(":") >= 2):
            # (`লেখা ও ছবি: NAME: BODY`: the credit opening the first paragraph)
            return None  # `লেখা ও ছবি: NAME`, `লেখা: NAME, ছবি: NAME`: the writer's byline
        if kind == "footer" and m.group().startswith(_OFFICE) and m.start() <= 25 and n - m.end() >= 60 \
                and line[-1] in _SENTENCE_LAST and _bureau(line[:m.start()].strip()) \
                and _IMPRINT_CUE.search(line, m.end()) is None:
            return None  # `খুলনা অফিস : BODY`: a bureau's inline byline over its paragraph, no imprint
        if kind == "footer" and n >= 60 and m.start() > 0 and line[-1] == "।" and m.group() in _ROLE_MARKERS \
                and _prose_sentence(line):
            # `… ভারপ্রাপ্ত সম্পাদক মোজাম্মেল হোসেন বলেন, …।`: a paragraph that names an
            # editor or a phone, closed by a sentence's verb (an imprint closes on a name,
            # an address or `প্রকাশিত।`)
            return None
        if kind == "counter" and n > 80:
            return None
        if kind == "counter" and m.group().startswith(" view") and not _COUNT_BEFORE.search(line, 0, m.start() + 1):
            return None  # `Experts share views on …`: a headline; a counter is `1.2K views`
        if kind == "share" and m.group().isascii() and line.count(" ") >= 5 \
                and (m.end() - m.start()) * 2 < n and _PROMPT_CUE.search(line.lower()) is None \
                and not m.group().startswith(("your browser", "sharing button")):
            # (a media player's text and mzamin's `… sharing button` row are never headlines)
            return None  # `WhatsApp outage hits millions of users`: a headline, not a prompt
        return kind
    if n <= 80 and (m := READ_ALSO_RE.match(line)) is not None and m.end() == n:
        return "label"
    return None
