"""`parse(text) -> Article`: the layout of a page, read into a record."""
from __future__ import annotations

import datetime as _dt
import re

from .boilerplate import PICTOGRAPH, PLACEHOLDERS, cut_read_more, is_age_line
from .byline import (_ENGLISH_OUTLET_SET, OUTLET_TAILS, is_desk_line, is_outlet_name, looks_like_person, names_outlet,
                     names_site, split_byline, strip_terminator, undouble, unglue_outlet, unwrap)
from .dateline import Reading, read_line
from .lexicon import boilerplate as lx_bp, bylines as lx, calendar_words as lx_cw
from .lexicon import nfc, trie_pattern
from ._re import LazyPattern
from .model import Article, Block, OtherLine, Stamp
from .markup import (field_header, front_matter, looks_like_markdown, lynx_references, might_open_field_header,
                     plain_lines, source_url, unquote, wayback_toolbar)
from .segment import segment
from .segment.patterns import _TITLE_SITE
from .segment.unwrap import _PART_STARTS, join_wrapped
from .text import normalize
from .zones import bangladesh_offset as _bangladesh
from .zones import INDIA, has_west_bengal_label, resolve_tz

__all__ = ["parse", "resolve_tz"]

# (the crawl's date cut short to its month too: etvbharat's ` date 2022-05 …`)
_CRAWL_PREFIX = re.compile(r"^[ \t]*date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?=\s|$)")
_WAYBACK_PREFIX = re.compile(r"^(?:https?://)?(?:web\.)?archive\.org/web/\d+[a-z_]*/")
# `/2024/03/31/`, `2024-03-31`, and compact `20240331` (also `wb20210130123`,
# where an article number follows the date).
_URL_DATE = LazyPattern(
    r"(?<![0-9])((?:19|20)[0-9]{2})([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12][0-9]|3[01])(?![0-9])"
    r"|(?<![0-9])((?:19|20)[0-9]{2})()(0[1-9]|1[0-2])()(0[1-9]|[12][0-9]|3[01])"
)
_WB_MARKS = tuple(nfc(lx.WEST_BENGAL_MARKS))
_WB_MARK = LazyPattern(lambda: trie_pattern(list(_WB_MARKS)))
_WB_PLACES = frozenset(nfc(lx.WEST_BENGAL_PLACES))
# A first paragraph opening with a West Bengal place as its dateline
# (`কলকাতা: …`, `শিলিগুড়ি ,…`).
_WB_DATELINE = LazyPattern(lambda: rf"(?:{trie_pattern(list(_WB_PLACES))})\s?[:,ঃ]")
# `কলকাতা ২৮ নভেম্বর ২০২৫ ১৯:১২`: a date line that opens with the place.
_WB_DATE_PLACE = LazyPattern(lambda: rf"(?:{trie_pattern(list(_WB_PLACES))})[\s,]+[0-9০-৯]")
_BD_MARKS = tuple(nfc(lx.BANGLADESH_MARKS))
# Bullets and pictographs before a byline (`• নিজস্ব প্রতিবেদক`, `✍️ NAME`) are no part of it.
_LEADING_MARKS = re.compile(r"^[^\w(]+")
# A day and month closing a byline's place (`ডেস্ক রিপোর্ট, ঢাকা ১৬ অক্টোবর
# BODY`, formats.md §2): the date is read as a date line, not kept in the desk.
_DESK_DATE_TAIL = LazyPattern(lambda: r"(?<=\S)\s+[0-9০-৯]{1,2}(?:ই|শে|লা|রা|ঠা)?\s?(?:%s)(?:,?\s?[0-9০-৯]{4})?$"
                              % "|".join(nfc([w for ws in lx_cw.MONTHS.values() for w in ws if not w.isascii()])))
_BD_DESK = _BD_MARKS + tuple(nfc(lx.BANGLADESH_DESK_WORDS))


def _host_pattern(hosts: list[str], tld: str) -> LazyPattern:
    """A URL (with or without its scheme) on one of `hosts` or under `tld`."""
    names = "|".join(re.escape(h) for h in hosts)
    return LazyPattern(rf"^(?:[a-z]+:)?(?://)?(?:[^/?#]*\.)?(?:{names})(?:\.[^/?#]*)?(?=[/?#:]|$)"
                       rf"|^(?:[a-z]+:)?(?://)?[^/?#]*\.{tld}(?::[0-9]+)?(?=[/?#]|$)", re.IGNORECASE)


_WB_HOST = _host_pattern(lx.WEST_BENGAL_HOSTS, "in")
_BD_HOST = _host_pattern(lx.BANGLADESH_HOSTS, "bd")
_HTML = LazyPattern(r"<(?:html|head|body|div|p|span|a|script|meta|br|!DOCTYPE|rss|feed|item|entry)\b", re.IGNORECASE)
_ENTITY = LazyPattern(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_CAPTION_LEAD = LazyPattern(r"(?:ফাইল ছবি|প্রতীকী ছবি|ছবি|File [Pp]hoto|Photo)\s*[:ঃ।|]?\s+")
# A print page glues the outlet to the headline: `HEADLINE-দৈনিক বাংলার অধিকার`.
_SITE_SUFFIX = LazyPattern(r"\s*[-–|]\s*দৈনিক(?:\s+[^\s\-–|]+){1,3}$")
# A <title>'s outlet after the headline: `HEADLINE | প্রথম আলো`, `HEADLINE - Jago News 24`.
_SITE_TITLE = LazyPattern(r"^(\S.{1,30}?)\s+(?:\||-|–|—|::)\s+(\S.{7,})$")
_WORD_OUTLETS = frozenset(nfc(lx.WORD_OUTLET_NAMES))
_LATIN_BYLINE = LazyPattern(r"(?:Md\.? |Dr\.? )?[A-Z][a-z]+(?: [A-Z][a-z'.-]+){1,3}")
# The section's name a <title> prints between the title and the site (one or two words).
_TITLE_SECTION = LazyPattern(r"^(.{8,}?)\s+\|\s+[^\s|০-৯0-9]+(?: [^\s|০-৯0-9]+)?$")
# An English kicker on the headline's line: up to five Latin words, a colon,
# then the Bangla headline.
_EN_KICKER = LazyPattern(r"^([A-Za-z][A-Za-z0-9'&.\-]*(?: [A-Za-z0-9'&.\-]+){0,4})\s?[:ঃ]\s*((?:[‘“'\"«]\s?)?[\u0980-\u09ff].*)$")
_BN_KICKER = LazyPattern(r"^([\u0980-\u09ff]+(?: [\u0980-\u09ff]+)?)\s?[:ঃ|]\s*(\S.{9,})$")
_KICKER_WORDS = frozenset(nfc(lx_bp.KICKER_WORDS + lx_bp.SECTIONS))
_MOJIBAKE = ("à¦", "à§", "Ã ¦")
_TITLE_DATE = LazyPattern(r"^(.{6,}?)\s+[:ঃ|\-–]\s+(\S.{5,40})$")
_TODAYS = tuple(nfc(["আজকের ", "আজ "]))
_TODAYS_TITLE_DATE = LazyPattern(r"^(.{6,}?),\s*(\S.{5,40})$")
# A live blog's entry: `রাত ১০.১২, ২৩শে নভেম্বর : TITLE` (bengalbyte).
_DATE_TITLE = LazyPattern(r"^(\S.{4,40}?)\s*[:ঃ]\s+(\S.{5,})$")


# A literal pattern: `re` finds it faster than `in` does in Bangla text.
_DOUBLE_SPACE = re.compile("  ")


_BN_LETTER = re.compile("[\u0980-\u09ff]")
# ASCII `|` typed for the danda, glued to the sentence's last word (formats.md
# §6.14: `… বঞ্চিত হচ্ছে| স্থানীয়রা …`); a bar set apart by spaces separates.
_PIPE_DANDA = re.compile(r"(?<=[\u0980-\u09ff”’\"')])\|(?=\s|$)")
# (a verb's ending, or a negation or clitic after it: `যাবে না`, `হয়েছেই`, `গেছেও`)
_PIPE_VERB_ENDS = tuple(nfc(lx_bp.FINITE_VERB_ENDINGS + ["না", "ই", "ও"]))


def _pipe_dandas(s: str) -> str | None:
    """The line with each `|` glued to a sentence's last word made the danda:
    one of them after a verb or four words or more of Bangla, the others after
    two words at least (or a line of one sentence of three words); None
    otherwise (`DESK| DATE`, `জাতীয়|`: a separator)."""
    if " | " in s or s.count(" ") < 2:
        return None
    start = 0
    strong = False
    for m in _PIPE_DANDA.finditer(s):
        run = s[start:m.start()].strip()
        words = run.count(" ") + 1
        if words < 2 or _BN_LETTER.search(run[-3:]) is None:
            return None
        strong = strong or words >= 4 or run.endswith(_PIPE_VERB_ENDS)
        start = m.end()
    # (a line of one short sentence, `এমন প্রশ্ন অনেকের|`: three words at least)
    return _PIPE_DANDA.sub("।", s) if strong or start == len(s) and s.count(" ") >= 2 and s.count("|") == 1 else None


# Page furniture a scraper glued to a paragraph's last sentence (text nodes
# joined with no break: `…ঘটনাস্থলে যায়।Advertisement`, `… যায়। ছবি: সংগৃহীত`).
_GLUED_FURNITURE = LazyPattern(lambda: r"(?<=[।.!?’”\"'])\s?(?P<f>%s)$" % "|".join(
    re.escape(w) for w in sorted(nfc(list(_FURNITURE_KIND)), key=len, reverse=True)))
_FURNITURE_KIND = {nfc([w])[0]: kind for kind, ws in lx_bp.GLUED_FURNITURE.items() for w in ws}
_FURNITURE_LAST = tuple({k[-2:] for k in _FURNITURE_KIND})


# A pictograph (or several) that opens a line: decoration, dropped.
_LEAD_PICTOGRAPH = re.compile(f"(?:[{PICTOGRAPH}]\ufe0f?\u200d?)+\\s*")
# A reporter's address or handle after the byline (`রফিক হাসান, ঢাকা |
# rafiq@example.com`, `NAME | ইমেইল: …`, `NAME | @handle`).
# An image's alt text left after a byline (a verified badge).
_BADGE_TAIL = re.compile(r"\s+(?:[Vv]erif(?:y|ied)(?: [Ii]con| [Bb]adge)?|[Vv]erified [Aa]ccount)$")
_BADGE_ENDS = frozenset(["Icon", "icon", "fied", "adge", "ount"])
_BYLINE_TAILS = OUTLET_TAILS | _BADGE_ENDS  # (one look-up for most lines)
_CONTACT_TAIL = re.compile(r"\s*[|,;–-]\s*(?:(?:ইমেইল|ই-মেইল|ইমেল|[Ee]-?mail)\s*[:ঃ]?\s*)?"
                           r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})\s*$")
# A vowel sign typed twice (`জয়পুুরহাট`, formats.md §6.14) is never Bangla
# spelling. It is written once in header-length lines, where it would keep a
# place or desk word from being known; searching whole paragraphs for it
# would cost more than the rest of the canonical form.
_DOUBLED_SIGN = LazyPattern("([\u09be-\u09cc\u09d7])\\1+")
_HEADER_LINE = 160


def _one_space(s: str) -> str:
    """Runs of spaces as one space (literal replaces: a split and join of a
    long paragraph costs ten times as much)."""
    while "  " in s:
        s = s.replace("  ", " ")
    return s


def _stamp(r: Reading, page_offset, user_offset) -> Stamp:
    date = f"{r.date[0]:04d}-{r.date[1]:02d}-{r.date[2]:02d}" if r.date else None
    time = None
    if r.time is not None:
        h, m, s = r.time
        time = f"{h:02d}:{m:02d}" + (f":{s:02d}" if s is not None else "")
    if r.zone:
        tz = r.zone
    elif page_offset:
        tz = page_offset
    elif user_offset is not None:
        tz = user_offset(r.date, r.time)
    else:
        tz = _bangladesh(r.date, r.time)
    dt = f"{date}T{time}{tz}" if date and time else None
    return Stamp(r.raw.strip(), date, time, dt, tz)


def _crawl_time(crawled) -> _dt.datetime | None:
    """`crawled` as a datetime; ISO text is read (`Z` too); ValueError else."""
    if crawled is None or isinstance(crawled, _dt.datetime):
        return crawled
    if isinstance(crawled, _dt.date):
        raise ValueError(f"crawl time without its time of day: {crawled.isoformat()}")
    text = str(crawled).strip()
    try:
        when = _dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise ValueError(f"not an ISO date and time: {text!r}") from None
    if len(text) <= 10:
        raise ValueError(f"crawl time without its time of day: {text!r}")
    return when


# An age line's label says which stamp it is (the date lines' own table).
_UPDATE_WORDS = LazyPattern(lambda: "|".join(re.escape(w) for w in sorted(nfc(lx_cw.UPDATED_LABELS), key=len, reverse=True)),
                            re.IGNORECASE)


def _short_barred(lines: list[str], barred: dict[int, str]) -> None:
    """On a page that types bars for dandas (two paragraphs at least), a
    sentence of two words alone on its line under its first such paragraph
    (`রাজনীতিতে সংকট|`) closes with the danda too; above it, `জাতীয়|` or
    `সারা দেশ|` is a section's separator and stays."""
    for i in range(min(barred) + 1, len(lines)):
        s = lines[i]
        if i not in barred and s.count(" ") == 1 and s.endswith("|") and _BN_LETTER.search(s[-4:-1]) is not None \
                and s.count("|") == 1:
            barred[i] = s
            lines[i] = s[:-1] + "।"


def _line_fixes(s: str, i: int, at: int, glued_off: dict, barred: dict) -> str:
    """Line i (input line `at`) without the furniture a scraper glued to its
    last sentence (kept in `glued_off[at]`), and with the bars typed for
    dandas made dandas (the line as printed kept in `barred[i]`)."""
    if len(s) >= 24 and s.endswith(_FURNITURE_LAST) and (g := _GLUED_FURNITURE.search(s)) is not None \
            and (s.count(" ", 0, g.start()) >= (2 if s[g.start() - 1:g.start()] != "।" else 1)
                 if _FURNITURE_KIND[g["f"]] != "caption"
                 else s.count("।", 0, g.start()) >= 2 or s.count(" ", 0, g.start()) >= 24):
        # (an ad's or a prompt's words after a sentence of three words or more, or of two that
        # a danda closes, `রাজনীতিতে সংকট।শেয়ার করুন`; a credit after one sentence is a
        # photo's caption: a paragraph holds two or more)
        glued_off[at] = (_FURNITURE_KIND[g["f"]], g["f"])
        s = s[:g.start()].rstrip()
    elif s.find(_READ_WORD, len(s) - 300) >= 0 and (r := _GLUED_READ_ALSO.search(s)) is not None and s.count(" ", 0, r.start()) >= 2 \
            and " " in r["t"].strip():
        # `… প্রত্যাশা ছিল। আরও পড়ুন: TITLE`: a related story's link run into the
        # paragraph (an inline read-also box, its text node joined to the one
        # before): the paragraph, and the title a link (`link` in glued_off)
        glued_off[at] = ("link", r["t"].strip())
        s = s[:r.start()].rstrip()
    if "|" in s and (d := _pipe_dandas(s)) is not None:
        barred[i] = s
        s = d
    return s


_READ_WORD = nfc(["পড়ুন"])[0]
# (a sentence's end, the label, then a title with no danda of its own: of two words or
# more, asked after the match, where it costs no backtracking)
_GLUED_READ_ALSO = LazyPattern(lambda: r"(?<=[।?!’”\"'])\s?(?:%s)\s*[:ঃ]\s*(?P<t>[^।\s][^।]*)$" % "|".join(
    re.escape(w) for w in nfc(lx_bp.GLUED_READ_ALSO)))


def _after(stamp: Stamp, crawled: _dt.datetime) -> bool:
    """The stamp tells a time later than the crawl (a day later, for a date
    alone: the crawl's day may be the next in the page's zone)."""
    if stamp.datetime is not None:
        try:
            when = _dt.datetime.fromisoformat(stamp.datetime)
        except ValueError:
            return False
        if when.tzinfo is None or crawled.tzinfo is None:
            return when.replace(tzinfo=None) > crawled.replace(tzinfo=None)
        return when > crawled
    if stamp.date is not None:
        try:
            return _dt.date.fromisoformat(stamp.date) > crawled.date() + _dt.timedelta(days=1)
        except ValueError:
            return False
    return False


_DAY_WORD_STAMP = LazyPattern(lambda: r"(?:%s)\s*[:ঃ]?\s*(?:%s),?" % (
    "|".join(re.escape(w) for w in sorted(nfc(lx_cw.PUBLISHED_LABELS + lx_cw.UPDATED_LABELS), key=len, reverse=True)),
    "|".join(re.escape(w) for w in sorted(nfc(lx_cw.TODAY + lx_cw.YESTERDAY
                                              + [w for ws in lx_cw.WEEKDAYS.values() for w in ws]),
                                          key=len, reverse=True))), re.IGNORECASE)


def _from_crawl(raw: str, crawled: _dt.datetime, zone: str | None) -> Stamp | None:
    """The stamp an age or a relative day (`২ ঘণ্টা আগে`, `গতকাল, রাত ১০:৩০`)
    tells, counted from the crawl time in the page's zone; None when it
    tells no day."""
    from .dates import find_dates  # (only for pages that tell their date so)
    for t in find_dates(raw, ref=crawled, tz=zone):
        v = t.value or ""
        if t.kind == "datetime" and len(v) >= 22 and v[:4].isdigit() and v[-6] in "+-":
            return Stamp(t.text, v[:10], v[11:-6], v, v[-6:])
        if t.kind == "date" and len(v) == 10 and v[:4].isdigit():
            tz = zone or _bangladesh((int(v[:4]), int(v[5:7]), int(v[8:])), None)
            return Stamp(t.text, v, None, None, tz)
    return None


def _bangladeshi(lines: list[str], head: str, lay, url: str | None) -> bool:
    """A Bangladeshi outlet's page: its host, its name or the `বাংলাদেশ সময়`
    label, or banglanews24's `HHMM ঘণ্টা` stamp."""
    if url and _BD_HOST.search(url.strip()):
        return True
    for got in (lay.published, lay.updated):
        if got is not None and ("ঘণ্টা" in got[0].raw or "ঘন্টা" in got[0].raw):
            return True
    if any(m in head for m in _BD_MARKS) or (lay.desk_text and any(m in lay.desk_text for m in _BD_DESK)):
        return True
    # The trailer and the signature come after the body.
    tail = "\n".join(lines[-15:])
    return any(m in tail for m in _BD_MARKS)


def _west_bengal(lines: list[str], lay, place: str | None, url: str | None = None) -> bool:
    if url and _WB_HOST.search(url.strip()):
        return True
    head_end = lay.body[0][0] if lay.body else len(lines)
    head = "\n".join(lines[:min(head_end, 40)])
    if has_west_bengal_label(head) or _WB_MARK.search(head) is not None:
        return True
    if lay.desk_text and _WB_MARK.search(lay.desk_text) is not None \
            or lay.inline_desk and _WB_MARK.search(lay.inline_desk) is not None:
        return True
    # The outlet's name in a trailer after the body (`Sangbad Pratidin Digital: … অ্যাপ`),
    # or anandabazar's `শেষ আপডেট` on a date line printed after it.
    tail_dates = [lines[got[1][0]] for got in (lay.published, lay.updated)
                  if got is not None and got[1][0] >= head_end]
    if any(has_west_bengal_label(s) for s in tail_dates) and not _bangladeshi(lines, head, lay, url):
        return True
    if lay.body and any(s and _WB_MARK.search(s) is not None for s in lines[max(lay.body[-1][0] + 1, len(lines) - 15):]) \
            and not _bangladeshi(lines, head, lay, url):
        return True
    wb_place = place in _WB_PLACES
    if not wb_place and lay.body:
        wb_place = _WB_DATELINE.match(lay.body[0][1][:40]) is not None
    if not wb_place:
        wb_place = any(got is not None and _WB_DATE_PLACE.match(lines[got[1][0]]) is not None
                       for got in (lay.published, lay.updated))
    # A West Bengal place alone (a desk's place, a `কলকাতা:` dateline) is
    # also where a Dhaka outlet's correspondent files from.
    return wb_place and not _bangladeshi(lines, head, lay, url)


# An image's alt text or file name glued to the title it stands over
# (`moulvibazar mapকমলগঞ্জে …`, `img_2025-11-24কমলগঞ্জে …`): lower-case ASCII,
# then a Bangla word of its own (not `BNPর`, a case ending on an acronym).
_GLUED_ALT = re.compile(r"^[a-z0-9][a-z0-9 _.\-]{3,40}[a-z0-9](?=[\u0985-\u09b9\u09dc-\u09df][\u0980-\u09ff]{2})")


def _without_glued_alt(headline: str) -> str:
    m = _GLUED_ALT.match(headline) if headline[:1].islower() and headline[:1].isascii() else None
    return headline[m.end():] if m is not None and m.end() < len(headline) - 10 else headline


def _without_outlet(headline: str) -> str:
    """The headline without an outlet's name its <title> added: after it
    (`TITLE | প্রথম আলো`, with the section's before it, `TITLE | জাতীয় |
    কালের কণ্ঠ`, or in both scripts, `TITLE - প্রথম আলো - Prothom Alo`), or
    before it (`প্রথম আলো | TITLE`)."""
    if not (" | " in headline or " - " in headline or " – " in headline or " — " in headline
            or " :: " in headline):
        return headline
    title = headline
    for _ in range(2):
        m = _TITLE_SITE.match(title)
        if m is None or not names_site(m.group(2).strip(), m.group(1).strip()):
            break
        title = m.group(1).strip()
        if (sec := _TITLE_SECTION.match(title)) is not None:
            title = sec.group(1).strip()
    if title == headline and (m := _SITE_TITLE.match(headline)) is not None \
            and (is_outlet_name(m.group(1)) and m.group(1) not in _WORD_OUTLETS or m.group(1) in _ENGLISH_OUTLET_SET):
        title = m.group(2).strip()
    return title


def _date_closing_title(headline: str) -> Reading | None:
    """The full date that closes `TITLE : DATE` or `TITLE - DATE`, if any."""
    m = _TITLE_DATE.match(headline)
    if m is None and headline.startswith(_TODAYS):
        # `আজকের নামাজের সময়সূচি, ২৮ নভেম্বর ২০২৬`: a daily page's title names its
        # day after a comma (another title's closing date is its topic's)
        m = _TODAYS_TITLE_DATE.match(headline)
    if m is None:
        return None
    dl = read_line(m.group(2))
    if dl is None or not dl.readings or dl.prefix or dl.extra_words or dl.readings[0].date is None:
        return None
    return dl.readings[0]


def _date_opening_title(headline: str) -> tuple[Reading, str] | None:
    """(the date, the title) of `DATE : TITLE`, when what opens the line is a
    date (with a day and month) and nothing else."""
    m = _DATE_TITLE.match(headline) if headline[:1] in _DIGITS_AND_PARTS or headline[:2] in _PART_STARTS else None
    if m is None:
        return None
    dl = read_line(m.group(1))
    if dl is None or not dl.readings or dl.prefix or dl.extra_words or dl.labels:
        return None
    r = dl.readings[0]
    return (r, m.group(2)) if r.month_day is not None else None


_DIGITS_AND_PARTS = frozenset("0123456789০১২৩৪৫৬৭৮৯")


def _link_title(s: str) -> str:
    """`…হাজারRead More`: a "read more" glued to the end of a related title
    (formats.md §6.12), or an aggregator's `~OUTLET`, is not part of the title."""
    cut = cut_read_more(s)
    if cut:
        s = cut.rstrip()
    if "~" in s and (k := s.rfind("~")) > 0 and is_outlet_name(s[k + 1:]):
        s = s[:k].rstrip()  # `TITLE ~কালবেলা`: an aggregator's credit to the outlet
    return s


def _page_url(url: str) -> str:
    """The page's own address: a Wayback Machine address without the
    archive's part (its timestamp is when the copy was made, its host no
    outlet's)."""
    return _WAYBACK_PREFIX.sub("", url.strip()) if "archive.org/web/" in url else url


def _url_date(url: str) -> tuple[int, int, int] | None:
    """`/2024/03/31/`, `20240331`, `nPID=20190516` -> (2024, 3, 31)."""
    for m in _URL_DATE.finditer(_page_url(url)):
        if m.group(1):
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        else:
            y, mo, d = int(m.group(5)), int(m.group(7)), int(m.group(9))
        try:
            _dt.date(y, mo, d)
        except ValueError:
            continue
        return y, mo, d
    return None


def _decode_reference(m: re.Match) -> str:
    import html  # only for pages that hold a reference (start-up time)
    return html.unescape(m.group())


def _unmojibake(text: str) -> tuple[str, bool] | None:
    """UTF-8 that was decoded as Latin-1 or Windows-1252, decoded again: (the
    text, whether every garbled line came back). Line by line when the page
    as a whole does not round-trip (a scraper's title decoded right over a
    body decoded wrong); a line whose round trip is not exact stays as it is.
    None when no line came back."""
    whole = _round_trip(text)
    if whole is not None:
        return whole, True
    lines = text.split("\n")  # (no UTF-8 sequence holds a line feed's byte)
    fixed = left = 0
    for i, line in enumerate(lines):
        if any(m in line for m in _MOJIBAKE):
            back = _round_trip(line)
            if back is None:
                left += 1
            else:
                lines[i], fixed = back, fixed + 1
    return ("\n".join(lines), not left) if fixed else None


def _round_trip(text: str) -> str | None:
    try:
        # (cp1252's letters for 0x80-0x9f back to their bytes; the five bytes it
        # leaves undefined, as browsers and WHATWG decoders pass them on, are
        # already their own code points: `à§\x8d` is the virama)
        return text.translate(_CP1252_BYTES).encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


_CP1252_BYTES = {ord(bytes([b]).decode("cp1252")): b for b in range(0x80, 0xa0)
                 if b not in (0x81, 0x8d, 0x8f, 0x90, 0x9d)}


def _blocks(assign: dict[int, list[str]]) -> tuple[Block, ...]:
    """Runs of lines with one kind; blank lines do not break a run."""
    runs: list[list] = []  # [kind, first, last]: Blocks are made once, at the end
    open_at: dict[str, list] = {}
    prev: list[str] = []
    for i in sorted(assign):
        kinds = assign[i]
        for kind in kinds:
            run = open_at.get(kind)
            if run is not None and kind in prev:
                run[2] = i + 1
            else:
                run = open_at[kind] = [kind, i + 1, i + 1]
                runs.append(run)
        prev = kinds
    return tuple(Block(k, a, b) for k, a, b in runs)


_KICKER_TAIL = "|>»:ঃ-–—/"
_GLUED_HOME = re.compile(r"^(?:Home|HOME|home)\s*[>»/]?\s*(?=[\u0980-\u09ff])")


def parse(text: str, *, source: str | None = None, url: str | None = None,
          tz: str | None = None, crawled=None) -> Article:
    """Parse one page dump into an `Article`. Never raises on any `str`.

    `source` is copied into the record; `url` is a fallback for the date
    when the page prints none; `tz` (an offset or a zone name) is used for
    pages that print no zone and carry no West Bengal marks (the default is
    Bangladesh time). An invalid `tz` raises ValueError. `crawled` (a
    datetime or ISO text, `2025-11-24T04:30:00Z`) is when the page was
    fetched: a page that tells its date only as an age (`২ ঘণ্টা আগে`) or
    as yesterday or a weekday is dated from it (warning `date_from_crawl`);
    it never stands in for a date the page does not tell. An invalid
    `crawled` raises ValueError.
    """
    user_offset = resolve_tz(tz)
    crawled = _crawl_time(crawled)
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    warnings: list[str] = []
    head = text[:2000].lstrip("\ufeff \t\r\n")
    if head[:1] in "{[" and '"' in head[:200]:
        from .wpjson import wp_post_page  # json and html are imported only for JSON input
        page = wp_post_page(text.lstrip("\ufeff"))
        if page is not None:
            # Lines are then those of the decoded page, not of the JSON.
            text = page
            warnings.append("wordpress_json")
        else:
            warnings.append("looks_like_json")
    elif "<" in head and (head.startswith("<") and _HTML.search(head) or len(_HTML.findall(head)) >= 3):
        warnings.append("looks_like_html")
    elif ("]" in head or "#" in head) and ("](" in head or "# " in head) and looks_like_markdown(head):
        # (A one-letter test first: a search for two letters in Bangla text costs microseconds.)
        warnings.append("markdown")
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark (also in the way of the Latin-1 round trip below)
    if ("à" in text or "Ã" in text) and any(m in text[:20000] for m in _MOJIBAKE):
        repaired = _unmojibake(text)
        warnings.append("mojibake: repaired" if repaired is not None and repaired[1] else "mojibake")
        if repaired is not None:
            text = repaired[0]
    t = normalize(text)
    if "&" in t and "looks_like_html" not in warnings and _ENTITY.search(t) is not None:
        # A scraper that kept the HTML's character references on a text page
        # (`England&#039;s`, `&ldquo;…&rdquo;`): the characters they stand for.
        t = normalize(_ENTITY.sub(_decode_reference, t))
    # Runs of spaces and tabs inside a line (HTML dumps, `যুগান্তর ডেস্ক    DATE`)
    # become one space: labels, desks and titles are then matched as printed.
    # (One pass over the page: spaces never run across a line end.)
    if "\t" in t:
        t = t.replace("\t", " ")
    if _DOUBLE_SPACE.search(t) is not None:
        t = _one_space(t)
    if "\r" in t:  # one scan when there is none, rather than two replaces
        t = t.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = t.split("\n")
    other_extra: list[OtherLine] = []
    first = next((i for i, s in enumerate(raw_lines) if s.strip()), None)
    if first is not None and (m := _CRAWL_PREFIX.match(raw_lines[first])):
        other_extra.append(OtherLine(first + 1, "crawl", m.group().strip()))
        raw_lines[first] = raw_lines[first][m.end():]
    lines = [s.strip() for s in raw_lines]
    quote_marks: dict[int, str] = {}
    if head[:1] == ">" and (unquoted := unquote(lines)) is not None:
        # `> TITLE` / `> DESK` / …: a page quoted whole (a mark alone is markup)
        quote_marks = {i: s for i, s in enumerate(lines) if s and not unquoted[i]}
        lines = unquoted
    placeholders: dict[int, str] = {}  # a scraper's `Unknown` for a field it did not find
    if head.startswith(("The Wayback", "This is Google", "archive.")) and (wayback := wayback_toolbar(lines)) is not None:
        # An archived copy: the archive's banner and toolbar (its capture
        # dates are no dates of the page) are crawl lines; the page's own
        # address is its URL.
        url = url or wayback[0]
        for i in wayback[1]:
            placeholders[i] = lines[i]
            lines[i] = ""
    barred: dict[int, str] = {}  # lines whose bars were read as dandas, as printed
    glued_off: dict[int, tuple[str, str]] = {}  # furniture cut off a paragraph's end: (kind, text)
    html = "looks_like_html" in warnings
    for i, s in enumerate(lines):
        if not html and len(s) >= 8:
            lines[i] = s = _line_fixes(s, i, i, glued_off, barred)
        if s and s[0] >= "\u2600" and (p := _LEAD_PICTOGRAPH.match(s)) is not None and p.end() < len(s):
            # `🕘 প্রকাশিত: …`, `✍️ নিজস্ব প্রতিবেদক`, `👉 আরও পড়ুন: …`: a pictograph
            # that decorates a line is no part of what the line says
            lines[i] = s = s[p.end():]
        if "@" in s and len(s) <= 120 and (c := _CONTACT_TAIL.search(s)) is not None and c.start() > 0 \
                and (is_desk_line(rest := s[:c.start()]) or looks_like_person(rest)
                     or rest.startswith(("By ", "by ")) and is_desk_line(rest)):
            lines[i] = s = rest  # the byline without the reporter's address: no part of the byline
        if len(s) <= 80 and (end4 := s[-4:]) in _BYLINE_TAILS:
            if end4 in _BADGE_ENDS:
                if (b := _BADGE_TAIL.search(s)) is not None and b.start() > 0 and is_desk_line(s[:b.start()]):
                    lines[i] = s = s[:b.start()]  # `আই নিউজ বিডি ডেস্ক Verify Icon`: a badge's alt text after the byline
            elif (unglued := unglue_outlet(s)) is not None:
                lines[i] = s = unglued  # `NAMEবিডিনিউজ টোয়েন্টিফোর ডটকম`: the byline run into the outlet
        if len(s) < _HEADER_LINE and _DOUBLED_SIGN.search(s) is not None:
            lines[i] = _DOUBLED_SIGN.sub(r"\1", s)
        elif len(s) <= 9 and s and s.lower() in PLACEHOLDERS:
            # (out of the layout, as a blank line: it fills a field's place, the desk's or the date's)
            placeholders[i] = s
            lines[i] = ""
    if len(barred) >= 2:
        _short_barred(lines, barred)
    markup: dict[int, str] = dict(quote_marks)
    if head.startswith("---") and (front := front_matter(lines)) is not None:
        lines, markup, front_url = front  # trafilatura's `---` / `title: …` / `---` header
        url = url or front_url
    elif "markdown" not in warnings and might_open_field_header("\n".join(lines[:40]) if quote_marks else head) \
            and (fields := field_header(lines)) is not None:
        # a scraper's `Title: …` / `Author: …` / `Date: …` header with no fences
        lines, field_lines, field_url = fields
        url = url or field_url
        for i, s in field_lines.items():
            placeholders[i] = s
    if "R" in t and "References" in t and (lynx := lynx_references(lines)) is not None:
        lines, more = lynx  # `[12]TITLE`: a lynx dump's link marks, and its list of addresses
        markup.update(more)
    if "markdown" in warnings:
        # A reader's or crawler's Markdown: the markup off, one line still one line.
        url = url or source_url(lines)
        lines, more = plain_lines(lines)
        markup.update(more)
    src: list[int] | None = None  # the input line each line read starts on, when not its own (HTML)
    meta: dict[str, str] = {}  # an HTML page's head: the dates its CMS stamped it with
    if "looks_like_html" in warnings:
        # An HTML page: one line a block of text (a heading, a paragraph, a list
        # item, a cell), kept with the input line it starts on, minified or
        # not; input lines that hold markup only are kept in `other`.
        from .htmltext import html_lines, html_meta  # html.parser is imported only for HTML input
        if text.count("<item") + text.count("<entry") >= 2:
            warnings.append("feed_items")  # several stories in one record: `convert` reads one a record
        meta = html_meta("\n".join(lines))
        url = url or meta.get("url")
        blocks = html_lines("\n".join(lines))
        src = [first for first, _, _ in blocks]
        has_text = {i for first, last, _ in blocks for i in range(first, last + 1)}
        markup.update({i: s for i, s in enumerate(lines) if s and i not in has_text})
        lines = [normalize(s) for _, _, s in blocks]
        for i, s in enumerate(lines):
            if len(s) >= 8:
                lines[i] = _line_fixes(s, i, src[i], glued_off, barred)
    joined: dict[int, list[int]] = {}
    if (unwrapped := join_wrapped(lines)) is not None:
        # A dump wrapped at a fixed width: each paragraph back on one line.
        lines, joined = unwrapped
        warnings.append(f"hard_wrapped: {sum(map(len, joined.values()))} lines joined")
    lay = segment(lines)
    if lay.listing:
        warnings.append("listing_page")

    headline = lay.headline_text or (lines[lay.headline] if lay.headline is not None else None)
    if lay.headline is not None and headline == lines[lay.headline] and lay.headline in barred:
        headline = barred[lay.headline]  # (a title keeps its bar as printed: it closes no sentence of the body)
    if headline is None and meta.get("title"):
        # An HTML page whose body prints no title: its head's (`og:title`, `<title>`).
        headline = normalize(meta["title"])
        warnings.append("headline_from_meta")
    if headline is not None and "দৈনিক" in headline:
        headline = _SITE_SUFFIX.sub("", headline) or headline
    if headline is not None:
        headline = _without_outlet(_without_glued_alt(headline))
        if lay.headline is not None and headline != lines[lay.headline]:
            for i, kind in list(lay.other.items()):
                if kind in ("summary", "unknown", "menu") and lines[i] == headline:
                    lay.other[i] = "repeat"  # the page's own heading under its <title>
    kicker = lines[lay.kicker] if lay.kicker is not None else None
    if kicker is not None and kicker[-1:] in _KICKER_TAIL:
        # `জাতীয় |`, `খেলা >`: the separator a site prints after the section is no part of it.
        kicker = kicker.rstrip(_KICKER_TAIL + " ") or kicker
    if kicker is not None and kicker[:1] in "Hh" and (home := _GLUED_HOME.match(kicker)) is not None:
        kicker = kicker[home.end():]  # `Homeসাক্ষাতকার`: a breadcrumb's Home glued to the section
    kicker_line = lay.kicker
    if kicker is None and headline is not None and headline[:1].isascii() and headline[:1].isalpha():
        m = _EN_KICKER.match(headline)
        if m:  # `Weather Update : কলকাতায় …` (formats.md §1b): an English kicker
            kicker, headline, kicker_line = m.group(1), m.group(2), lay.headline
    if kicker is None and headline is not None and (m := _BN_KICKER.match(headline)) is not None \
            and m.group(1) in _KICKER_WORDS:
        # `ভিডিও | TITLE`, `এক্সক্লুসিভ: TITLE`: a kicker printed in the headline's line
        # (a person before a colon is a quote's speaker, and stays).
        kicker, headline, kicker_line = m.group(1), m.group(2), lay.headline
    if headline is not None and lay.published is None and lay.updated is None \
            and (opening := _date_opening_title(headline)) is not None:
        # `রাত ১০.১২, ২৩শে নভেম্বর : TITLE` (a live blog's entry): the date is
        # the published date, the rest the headline. A day alone, with no time
        # (`২৯ নভেম্বর: ইতিহাসের এই দিনে`), is the title's own topic too: the
        # title is kept as printed.
        lay.published = (opening[0], [lay.headline])
        if opening[0].time is not None:
            headline = opening[1]
    if headline is not None and lay.published is None and lay.updated is None \
            and (reading := _date_closing_title(headline)) is not None:
        # `আজকের আলোচিত ছবি : DATE` (jagonews24 photo pages), `TOPIC - December
        # 29, 2025` (topic pages): the page's only date closes its title, which
        # is kept as printed.
        lay.published = (reading, [lay.headline])
    desk = lay.desk_text
    if desk is None and (by := meta.get("author")) and not by.startswith("http") \
            and (is_desk_line(by) or looks_like_person(by) or _LATIN_BYLINE.fullmatch(by)):
        # An HTML page whose body prints no byline: its head's, when it reads as one
        # (a CMS account, `admin`, or a profile's address is none).
        desk = normalize(by)
        warnings.append("desk_from_meta")
    if desk and not desk[:1].isalpha():
        desk = _LEADING_MARKS.sub("", unwrap(desk))  # `[নিজস্ব প্রতিবেদক]`, `• NAME`
    desk = undouble(desk) if desk else None
    if desk and desk.endswith(".") and not desk.endswith("..") and len(desk.rsplit(" ", 1)[-1]) > 4 \
            and is_desk_line(desk):
        desk = desk[:-1]  # `নিউজ ডেস্ক.`: a full stop typed after the byline, no abbreviation's
    if desk and " | " in desk:
        byline, outlet = (p.strip() for p in desk.rsplit(" | ", 1))
        if names_outlet(outlet) and byline and (is_desk_line(byline) or looks_like_person(byline)):
            # `NAME, ROLE | বাংলানিউজটোয়েন্টিফোর.কম` (formats.md §1a): the outlet
            # after the byline is the page's, not the byline's.
            desk = strip_terminator(byline)
    if desk and (cap := _CAPTION_LEAD.match(desk)) is not None and is_desk_line(desk[cap.end():]):
        desk = desk[cap.end():]  # `ফাইল ছবি সমকাল প্রতিবেদক`: a photo's credit run into the byline
    if desk and "," in desk and (t := _DESK_DATE_TAIL.search(desk)) is not None:
        desk = desk[:t.start()].rstrip(" ,")  # (`নিজস্ব সংবাদদাতা , মানিকচক , DATE :`: a space before its comma too)
    author, place = split_byline(desk) if desk else (None, None)
    if desk and "," in desk and lay.published is not None and lay.published[0].raw in desk:
        # `ব্যুরো নিউজ, ১৩ মার্চ, NAME:` (formats.md §2): the date, read as
        # the published date, is no part of the byline.
        parts = [p.strip() for p in desk.split(",")]
        if lay.published[0].raw in parts and len(parts) > 2:
            desk = ", ".join(p for p in parts if p != lay.published[0].raw)
    if place is None:
        place = lay.dateline_place
    if place is None and lay.inline_desk:
        place = split_byline(lay.inline_desk)[1]  # `নিজস্ব সংবাদদাতা, বারাসত: BODY` under a credit
    page_offset = INDIA if _west_bengal(lines, lay, place, url and _page_url(url)) else None
    published = updated = None
    for name in ("published", "updated"):
        got = getattr(lay, name)
        if got is None:
            continue
        reading, _ = got
        stamp = _stamp(reading, page_offset, user_offset)
        warnings.extend(w for w in reading.warnings if w not in warnings)
        if name == "published":
            published = stamp
        else:
            updated = stamp
    for name in ("published", "updated"):
        # No date line on an HTML page: the one its head gives (`article:published_time`, JSON-LD's
        # `datePublished`), as the page states it.
        key = "published" if name == "published" else "modified"
        if (published if name == "published" else updated) is None and key in meta \
                and (dl := read_line(meta[key])) is not None and dl.readings and dl.readings[0].date:
            stamp = _stamp(dl.readings[0], page_offset, user_offset)
            if name == "published":
                published = stamp
            else:
                updated = stamp
            warnings.append(f"{name}_from_meta")
    url_date = _url_date(url) if url else None
    crawl_lines: list[tuple[int, str]] = []
    age = None  # the page's age line over its body (`প্রকাশ: ২ ঘণ্টা আগে`), or a listing's first
    if published is None and updated is None:
        first_body = lay.body[0][0] if lay.body and not lay.listing else len(lines)
        age = next((i for i, kind in sorted(lay.other.items()) if kind == "clock"
                    and (i < first_body or lay.listing) and is_age_line(lines[i].strip())), None)
        if age is None and not lay.listing:
            # `প্রকাশ: গতকাল`, `Published: Yesterday`, `প্রকাশ: শনিবার`: a stamp that
            # tells only a day against today, which the crawl time would place
            age = next((i for i, kind in sorted(lay.other.items()) if i < first_body
                        and kind in ("label", "unknown", "summary", "clock") and len(lines[i]) <= 40
                        and _DAY_WORD_STAMP.fullmatch(lines[i].strip())), None)
            if age is not None:
                lay.other[age] = "clock"
    if crawled is not None and (published is None and updated is None or "date_relative" in warnings):
        zone = page_offset or tz or None
        if published is None and updated is None:
            # `প্রকাশ: ২ ঘণ্টা আগে` fetched at 04:30 UTC: 08:30 in Dhaka; both ages
            # on one line (`প্রকাশ: ৩ ঘণ্টা আগে | আপডেট: ১ ঘণ্টা আগে`), each its own
            for part in lines[age].strip().split(" | ") if age is not None and not lay.listing else ():
                if (got := _from_crawl(part.strip(), crawled, zone)) is None:
                    continue
                if _UPDATE_WORDS.search(part) is not None:
                    updated = updated or got
                    crawl_lines.append((age, "updated"))
                else:
                    published = published or got
                    crawl_lines.append((age, "published"))
            if crawl_lines:
                del lay.other[age]  # (the line is the date's now, no clock)
                warnings.append("date_from_crawl")
        else:
            for name, got in (("published", published), ("updated", updated)):
                if got is not None and got.date is None and (new := _from_crawl(got.raw, crawled, zone)) is not None:
                    # `প্রকাশিত: গতকাল, রাত ১০:৩০`: yesterday of the crawl's day
                    if name == "published":
                        published = new
                    else:
                        updated = new
                    warnings.append("date_from_crawl")
            if "date_from_crawl" in warnings:
                warnings.remove("date_relative")
    if published is None and updated is None:
        warnings.append("no_date_line")
        if age is not None:
            # `প্রকাশ: ২ ঘণ্টা আগে`: an age, not a date (over the body: the ages of
            # related stories under it are not the page's)
            warnings.append("date_relative")
        if url_date:
            y, mo, d = url_date
            tz_used = page_offset or (user_offset(url_date, None) if user_offset
                                      else _bangladesh(url_date, None))
            published = Stamp(url, f"{y:04d}-{mo:02d}-{d:02d}", None, None, tz_used)
            warnings.append("date_from_url")
    elif published is not None and published.date is None and url_date and lay.published \
            and lay.published[0].month_day == url_date[1:]:
        # `কলকাতা,30 জানুয়ারি:` prints no year; a URL with the same day and
        # month supplies it.
        r = lay.published[0]
        published = _stamp(Reading(r.role, r.raw, r.start, r.end, url_date, r.month_day, r.time,
                                   r.zone, r.part, r.weekday, ()), page_offset, user_offset)
        warnings.append("date_from_url")
    if crawled is not None:
        for name, got in (("published", published), ("updated", updated)):
            if got is not None and _after(got, crawled):
                warnings.append(f"after_crawl: {name}")
    if headline is None:
        warnings.append("no_headline")
    if not lay.body:
        warnings.append("no_body")

    assign: dict[int, list[str]] = {}

    def put(i: int, kind: str) -> None:
        kinds = assign.setdefault(i, [])
        if kind not in kinds:
            kinds.append(kind)

    if lay.kicker is not None:
        put(lay.kicker, "kicker")
    elif kicker_line is not None:
        put(kicker_line, "kicker")
    if lay.headline is not None:
        put(lay.headline, "headline")
    if lay.headline_wrap is not None:
        put(lay.headline_wrap, "headline")
    for i in lay.desk:
        put(i, "desk")
    if lay.published:
        for i in lay.published[1]:
            put(i, "published")
    if lay.updated:
        for i in lay.updated[1]:
            put(i, "updated")
    for at, kind in crawl_lines:
        put(at, kind)
    for i, _ in lay.body:
        put(i, "body")
    for _, where in lay.links:
        for i in where:
            put(i, "links")
    other = list(other_extra)
    for i, kind in sorted(lay.other.items()):
        if i in assign and kind in ("date", "unknown"):
            continue
        put(i, kind)
        other.append(OtherLine((src[i] if src else i) + 1, kind, lines[i]))
    for i, s in enumerate(lines):
        if s and i not in assign:  # nothing is silently lost
            put(i, "unknown")
            other.append(OtherLine((src[i] if src else i) + 1, "unknown", s))
    for first, rest in joined.items():
        for i in rest:  # the lines joined into a paragraph are where it is
            for kind in assign.get(first, ()):
                put(i, kind)
    if src is not None:  # the blocks are of input lines
        assign, read = {}, assign
        for i, kinds in read.items():
            for kind in kinds:
                put(src[i], kind)
    for i, s in markup.items():
        put(i, "markup")
        other.append(OtherLine(i + 1, "markup", s))
    if other_extra:
        put(other_extra[0].line - 1, "crawl")
    links = [_link_title(s) for s, _ in lay.links]
    glued_links = []
    for i, (kind, s) in glued_off.items():  # (lines of the input)
        if kind == "link":
            put(i, "links")
            glued_links.append((i, s))
            continue
        put(i, kind)
        other.append(OtherLine(i + 1, kind, s))
    if glued_links:  # (in the page's order among the others)
        at = [(src[where[0]] if src else where[0]) if where else -1 for _, where in lay.links]
        links = [s for _, s in sorted([*zip(at, links), *glued_links], key=lambda x: x[0])]
    for i, s in placeholders.items():
        put(i, "crawl")
        other.append(OtherLine(i + 1, "crawl", s))
    other.sort(key=lambda o: o.line)
    return Article(
        source=source,
        headline=headline,
        kicker=kicker,
        desk=desk,
        author=author,
        place=place,
        published=published,
        updated=updated,
        body=tuple(s for _, s in lay.body),
        links=tuple(links),
        other=tuple(other),
        warnings=tuple(warnings),
        blocks=_blocks(assign),
    )
