"""The header: the lines before the body, classified, then placed (headline,
kicker, desk, dates, the kinds of the rest).
"""
from __future__ import annotations

import bisect

from .. import boilerplate as bp
from .._re import LazyPattern
from ..byline import (_CLAUSE_ENDINGS, bare_person, has_role, inline_desk, is_agency_name, is_by_credit, is_desk_line,
                      is_name_line, known_place, looks_like_person, is_outlet_name,
                      names_site, outlet_byline, several_names, split_byline, strip_terminator)
from ..dateline import WEEKDAY_OF
from ..lexicon import boilerplate as lx_bp, bylines as lx, nfc
from ..zones import has_west_bengal_label
from .glued import _byline_at_end, _glued_desk_date, _glued_labelled
from .page import (_FIRST_DIGIT, Layout, _Page, title_runs_on, _is_prose, _join_broken_date, _latin_title, _letter_spaced, _titled_name, _next_in, _prev_in, _short, bare_clock_by_date,
                   byline_before, double_spaced)
from .patterns import _BANGLA, _SITE_CLOCK_START, _TICKER_MARKS, _TICKER_START, _TITLE_SITE


def _read_header(page: _Page, header: list[int], lay: Layout, dates: list) -> None:
    lines = page.lines
    printed: set[str] | None = None
    for i in header:
        s = lines[i]
        if " > " in s and page.kind[i] is None and len(s) <= 300 and s.count(" > ") >= 2:
            if printed is None:
                printed = set(lines)
            if s[s.rfind(" > ") + 3:].strip() in printed:
                # `বাংলা নিউজ > ঘরে বাইরে > TITLE` over TITLE printed again: a breadcrumb
                # trail that ends in the story's title, whatever the site calls its home
                page.kind[i] = "menu"
    cls: dict[int, str] = {}
    prev_ticker_label = False
    after_label: list[int] = []
    for i in header:
        s = lines[i]
        kind = page.kind[i]
        if kind in ("counter", "share") and (dl := page.dateline(i)) is not None \
                and (any(r in ("published", "updated") for r in dl.labels)
                     or kind == "counter" and len(dl.readings) == 1 and dl.readings[0].date is not None):
            # `প্রকাশিত হয়েছে : … | সংবাদটি 0 View` is a date line, and so is a
            # theme's `জাতীয়, 23 January 2023, 1163 Views,` (a section, the date, the count)
            kind = None
        elif kind == "caption" and (dl := page.dateline(i)) is not None and dl.readings \
                and dl.readings[0].start == 0 and dl.readings[0].date and dl.readings[0].time:
            kind = None  # `৩১ মার্চ, ২০২৪ ০৩:০২ফাইল ছবি`: a print page's date glued to the photo's credit
        elif kind == "caption" and s.startswith(_VIDEO_LABELS) and "cand" not in cls.values() \
                and _video_title(s):
            kind = None  # `ভিডিও: বন্যায় ভাসছে সিলেট` over the byline: a video page's title, its kicker in it
        if kind is not None:
            cls[i] = kind
        elif (dl := page.dateline(i)) is not None:
            cls[i] = "clock" if dl.clock else "date"
        elif is_desk_line(s):
            # (an agency's or broadcaster's name alone atop the page, over its
            # title: the masthead (`ভয়েস অফ আমেরিকা`, `বাসস`), not the byline)
            cls[i] = "menu" if i == header[0] and len(header) >= 3 and _agency_masthead(s) else "desk"
        elif len(s) > 160 and not (s[:1] in "•●" and bp.is_bullet(s)) \
                or sum(s.count(m) for m in _TICKER_MARKS) >= 2 \
                or s.count(" | ") >= 2 and not _site_title(s) or _TICKER_START.match(s):
            # (a long line is a ticker of joined headlines; a long bullet point, a summary's)
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
    if "cand" not in cls.values() and "latin" not in cls.values():
        _title_over_desk(page, header, cls)
    for k in range(len(header) - 1):
        i, j = header[k], header[k + 1]
        if cls[i] == "cand" and cls[j] in ("cand", "latin") and len(lines[i]) > len(lines[j]) >= 10 \
                and lines[i].endswith(lines[j]):
            # `হোমভবিষ্যত প্রযুক্তিইন্টারনেট … কী?` / `ইন্টারনেট … কী?`: a breadcrumb
            # run together and ending in the title, over the title
            cls[i] = "menu"
    # The headline candidates of the header and its date and desk lines, found
    # once: asked for every line after a ticker label, a scan per line would be
    # quadratic.
    # (A person's name over the date or desk is the byline, however long, and
    # a short line over it the title.)
    bylines = {j for j in header if cls[j] == "cand" and _anchor_next(page, cls, j) and looks_like_person(lines[j])} \
        if after_label else set()
    cands = [j for j in header if cls[j] == "cand" and j not in bylines and (
        _anchor_next(page, cls, j) or not _short(lines[j]) or page.next_nonblank(j) in bylines)
        # An English title right over the date or desk (`BATB AGM Notice`) is one too.
        or cls[j] == "latin" and _anchor_next(page, cls, j) and _latin_title(lines[j])] if after_label else []
    stops = [j for j in header if cls[j] in ("date", "desk")] if after_label else []
    for i in after_label:
        # A candidate after the date or desk line is a subhead or a caption (the
        # ticker left out: `শিরোনাম` / HEADLINE / DATE / DESK / caption).
        stop = stops[k] if (k := bisect.bisect_right(stops, i)) < len(stops) else len(lines)
        later_cand = (k := bisect.bisect_right(cands, i)) < len(cands) and cands[k] < stop
        if (not later_cand or len(lines[i]) <= 60 and _subheads_after(page, header, cls, i)) \
                and _BANGLA.search(lines[i]) is not None and not bp.is_bullet(lines[i]):
            # (a short title over a subhead of thirteen words or more is the
            # headline too: no ticker runs that short)
            cls[i] = "cand"
        elif cls[i] == "ticker":
            _ticker_block(page, header, cls, i, stop)
    titled = [i for i in header if cls[i] == "cand" and (" - " in lines[i] or " | " in lines[i] or " – " in lines[i])]
    for i in titled:
        # `TITLE - মেহেন্দিগঞ্জ সংবাদ।। Mehendiganj Sangbad` (the page's <title>)
        # over TITLE printed as the story's: the story's is the headline.
        if (m := _TITLE_SITE.match(lines[i])) is not None and names_site(m.group(2).strip(), m.group(1)) \
                and any(cls[j] == "cand" and lines[j] == m.group(1).strip() for j in header if j > i):
            cls[i] = "repeat"
            lay.other[i] = "repeat"
    first = next((i for i in header if cls[i] == "cand"), None)
    if first is not None and is_outlet_name(lines[first]) and any(cls[j] == "cand" for j in header if j > first):
        cls[first] = "menu"  # `দ্য ডেইলি স্টার বাংলা` over the headline: the outlet's masthead
    for k, i in enumerate(header):
        # A section's name alone over the headline (formats.md §6.11: `জাতীয়`,
        # `বিনোদন`) is its kicker; in a run of menu items it stays a menu item.
        # (Over a short line, only when a desk or date line follows that, or a
        # column's author over one: `খেলা` / `রংপুরের দাপুটে জয়` / DESK, `মতামত` /
        # TITLE / NAME / DATE, not `খেলা` / `ক্রিকেট` / `ফুটবল`.)
        if cls[i] == "menu" and k + 1 < len(header) and cls[header[k + 1]] in ("cand", "latin") \
                and (not _short(lines[header[k + 1]])
                     or k + 2 == len(header) and k >= 1  # (Bartaman: masthead / SECTION / TITLE / the body)
                     or k + 2 < len(header) and (cls[header[k + 2]] in ("desk", "date") or (
                         cls[header[k + 2]] == "cand" and looks_like_person(lines[header[k + 2]])
                         and k + 3 < len(header) and cls[header[k + 3]] in ("desk", "date")))) \
                and bp.is_section_name(lines[i]) \
                and (k == 0 or (cls[header[k - 1]] not in ("cand", "bullet", "latin") and not (
                    _section_item(lines, header, cls, k - 1) and _section_item(lines, header, cls, k - 2)))):
            # (`Sports` over an English edition's title is its kicker too; so is
            # a breadcrumb's last section, `মতামত` / `সাক্ষাৎকার` / TITLE: two
            # sections alone are no menu, three or more are.)
            cls[i] = cls[header[k + 1]]
        elif cls[i] == "label" and k + 1 < len(header) and cls[header[k + 1]] == "cand" \
                and not _short(lines[header[k + 1]]) and bp.label_key(lines[i]) in _KICKER_LABELS \
                and (k == 0 or cls[header[k - 1]] not in ("cand", "bullet", "latin")):
            # `ভিডিও` over a video page's title: its kicker, not a list's label
            cls[i] = "cand"
    _place_header(page, header, cls, lay, dates)


def _section_item(lines: list[str], header: list[int], cls: dict[int, str], k: int) -> bool:
    return k >= 0 and cls[header[k]] == "menu" and bp.is_section_name(lines[header[k]])


_KICKER_LABELS = frozenset(nfc([w.lower() for w in lx_bp.KICKER_WORDS]))


def _title_over_desk(page: _Page, header: list[int], cls: dict[int, str]) -> None:
    """TITLE / DESK / DATE where the title ends in a role's word (`ঢাকায় আসছেন
    জাতিসংঘের বিশেষ প্রতিনিধি`, `ইসির নতুন প্রতিবেদন`): with no other
    headline line in the header, the first of two desk lines in a row is the
    title when it runs to three words or more (in one part, or `NAME, PLACE`
    over a role's line: `তারেক রহমান, লন্ডন` / `নিজস্ব প্রতিবেদক`; a byline
    stacked over its outlet or place has its name, role or outlet in parts)."""
    desks = [i for i in header if cls[i] == "desk"]
    if len(desks) < 2:
        return
    first, second = desks[0], desks[1]
    s = page.lines[first]
    if page.next_nonblank(first) == second and s.count(" ") >= 2 and not any(c in s for c in "|:ঃ;।") \
            and ("," not in s or has_role(page.lines[second]) and not any(has_role(p.strip()) for p in s.split(","))) \
            and not is_outlet_name(s) and not is_outlet_name(page.lines[second]) \
            and split_byline(page.lines[second])[0] is None:
        cls[first] = "cand"


def _desk_over(page: _Page, header: list[int], cls: dict[int, str], i: int) -> bool:
    """The header line right over line i is a desk line."""
    k = page.pos[i] - 1
    return k >= 0 and (j := page.idx[k]) in cls and cls[j] == "desk"


def _ticker_block(page: _Page, header: list[int], cls: dict[int, str], i: int, stop: int) -> None:
    """`Breaking News` / T1 / T2 / blank / TITLE / DESK: a ticker printed as a
    block of items, one a line, set apart by a blank line. The items after
    the first are ticker too when another title follows the block before the
    date or desk (where none does, the block's last line is the headline,
    as it is when the block runs into the date or desk with no blank line)."""
    lines = page.lines
    if double_spaced(page):
        # (a blank line after every line: the block's end does not show, so
        # its items run to the last title before the date or desk)
        later = [k for k in header if i < k < stop and cls[k] == "cand"]
        k = 0
        while k + 1 < len(later) and page.pos[later[k]] == page.pos[i] + k + 1 and len(lines[later[k]]) <= 120:
            cls[later[k]] = "ticker"
            k += 1
        return
    j = i + 1
    block = []
    while j < len(lines) and lines[j] and cls.get(j) == "cand" and len(lines[j]) <= 120:
        block.append(j)
        j += 1
    if len(block) >= 2 and j == stop:
        # (no blank line after the block: it runs into the date or desk, and
        # its last item is the title they belong to, or the item over a
        # person's name over them: the byline)
        items = block[:-1] if looks_like_person(lines[block[-1]]) else block
        for k in items[:-1]:
            cls[k] = "ticker"
        return
    if not block or j >= len(lines) or lines[j] or j > stop:
        return
    if any(cls[k] == "cand" and k not in block for k in header if j < k < stop):
        for k in block:
            cls[k] = "ticker"


def _subheads_after(page: _Page, header: list[int], cls: dict[int, str], i: int) -> bool:
    """Every headline candidate after line i is a subhead's length (thirteen
    words or more), and one at least stands right under it."""
    j = _next_past(page, set(header), i, cls)
    if j is None or cls.get(j) != "cand" or page.lines[j].count(" ") < 12:
        return False
    return all(page.lines[k].count(" ") >= 12 or _byline_name(page.lines[k])
               for k in header if k > i and cls.get(k) == "cand")


def _title_over_section(page: _Page, runs: list, name_run: list[int], cls: dict[int, str]) -> list[int] | None:
    """TITLE / `মতামত` / AUTHOR / DATE (a column): a name alone over the
    date, a section's name over it, and a title over that. The title's run,
    when only page furniture stands between it and the name (a section's
    name, a label, share buttons, a photo's credit, a reading time: TITLE /
    `শেয়ার করুন` / NAME / DATE)."""
    k = runs.index(name_run)
    if len(name_run) != 1 or k == 0:
        return None
    prev = runs[k - 1]
    between = page.idx[page.pos[prev[-1]] + 1:page.pos[name_run[0]]]
    if not between or any(cls.get(b) not in _FURNITURE for b in between):
        return None
    lines = page.lines
    # (A short title will do when furniture, not a section's name, stands
    # between: `দাম বাড়ল` / `শেয়ার করুন` / NAME / DATE.)
    short_ok = any(not bp.is_section_name(lines[b]) for b in between)
    return prev if any((short_ok or not _short(lines[i])) and not looks_like_person(lines[i]) for i in prev) else None


_FURNITURE = frozenset(["menu", "label", "share", "caption", "counter", "ad", "separator"])


def _byline_before_repeat(page: _Page, header: list[int], cls: dict[int, str], lay: Layout) -> None:
    """bd-pratidin's columns: TITLE / BYLINE / `প্রিন্ট ভার্সন` / TITLE again. The
    one line between the title and its repeat, short and no sentence, is the
    byline, whatever words it holds (`সৈয়দ বোরহান কবীর. নির্বাহী পরিচালক,
    পরিপ্রেক্ষিত`, `বঙ্গবীর কাদের সিদ্দিকী বীরউত্তম`)."""
    lines, h = page.lines, lay.headline
    again = next((j for j in header if j > h and lines[j] == lines[h]), None)
    if again is None:
        return
    between = [j for j in header if h < j < again and cls.get(j) in ("cand", "latin", "desk")]
    if len(between) != 1 or not any(cls.get(j) == "label" for j in header if h < j < again):
        return
    s = lines[between[0]]
    if (s.count(" ") <= 5 or is_desk_line(s)) and not s.endswith(("।", "?", "!")) and _FIRST_DIGIT.search(s) is None:
        # (six words at most, as a name and designation run: a subhead there runs longer)
        lay.desk, lay.desk_text = [between[0]], strip_terminator(s)



def _title_over_subhead(page: _Page, runs: list, run: list[int], cls: dict[int, str]) -> list[int] | None:
    """TITLE / `প্রিন্ট` / SUBHEAD / DATE: the run above `run` when page
    furniture (no section's name) parts them and `run` opens with a subhead,
    a line of thirteen words or more, or one much longer than a title of
    three words or more over it, with at most a byline under it."""
    lines = page.lines
    if not all(_byline_name(lines[i]) or cls.get(i) == "desk" or lines[i].isascii()
               and _LATIN_NAME.match(lines[i]) is not None for i in run[1:]):
        return None
    k = runs.index(run)
    if k == 0:
        return None
    title = runs[k - 1]
    if not all(cls.get(b) in _FURNITURE and not bp.is_section_name(lines[b])
               for b in page.idx[page.pos[title[-1]] + 1:page.pos[run[0]]]):
        return None
    if not any(not looks_like_person(lines[i]) for i in title):
        return None
    sub, top = lines[run[0]], lines[title[-1]]
    return title if sub.count(" ") >= 12 or top.count(" ") >= 2 and len(sub) > 1.3 * len(top) else None


def _past_furniture(page: _Page, region: set, i: int, cls: dict[int, str], step) -> int | None:
    """The line of the region next to i (`step` is _next_in or _prev_in), past
    page furniture (share buttons, a photo's credit, a reading time: TITLE /
    `শেয়ার করুন` / NAME)."""
    j = step(page, region, i)
    for _ in range(3):
        if j is None or cls.get(j) not in _FURNITURE:
            return j
        j = step(page, region, j)
    return j


def _next_past(page: _Page, region: set, i: int, cls: dict[int, str]) -> int | None:
    return _past_furniture(page, region, i, cls, _next_in)


def _prev_past(page: _Page, region: set, i: int, cls: dict[int, str]) -> int | None:
    return _past_furniture(page, region, i, cls, _prev_in)


def _anchor_next(page: _Page, cls: dict[int, str], j: int) -> bool:
    """The line after j is a desk or date line: j, however short, is a title
    (`ছোটপর্দায় আজকের খেলা` / `স্পোর্টস ডেস্ক`), unless it is a name (the byline)."""
    k = page.next_nonblank(j)
    return k is not None and cls.get(k) in ("desk", "date")


_TITLE_SEPARATOR = LazyPattern(r"\s[|\-–—]\s")


def _after_date(line: str, dl) -> str | None:
    """The byline printed after the date on its line, set apart by a bar, a
    dash or `By` (`DATE | নিজস্ব প্রতিবেদক`, `DATE By NAME`), or None."""
    end = max(r.end for r in dl.readings)
    tail = line[end:]
    if len(tail) < 4 or not any(c in tail[:4] for c in "|–-—B") and " by " not in tail[:5]:
        return None
    tail = tail.strip(" |,–-—")
    if not tail or len(tail) > 60 or any(c.isdigit() for c in tail):
        return None
    return tail if is_desk_line(tail) or looks_like_person(tail) else None


_TITLE_BY_NAME = LazyPattern(r"^(.{10,}?)\s+by\s+([^\s,:;|।0-9০-৯]+(?:\s[^\s,:;|।0-9০-৯]+){1,3})$")


def _title_and_byline(text: str) -> tuple[str, str] | None:
    """A date line's prefix that holds the title and the byline (`TITLE |
    নিজস্ব প্রতিবেদক`, `TITLE নিজস্ব প্রতিবেদক`) -> (title, byline), or None."""
    parts = _TITLE_SEPARATOR.split(text)
    if len(parts) >= 2 and (is_desk_line(parts[-1]) or " | " in text and _titled_name(text.rstrip(" |"))) \
            and len(" ".join(parts[:-1]).split()) >= 3 and not is_desk_line(" ".join(parts[:-1])):
        return " - ".join(parts[:-1]).strip(), strip_terminator(parts[-1])
    head_words, desk = _byline_at_end(text)
    if desk is not None and len(head_words) >= 3:
        return " ".join(head_words).rstrip(" ,|-–"), desk
    return None


def _summary_between(page: _Page, header: list[int], cls: dict[int, str], a: int, b: int) -> bool:
    """Only summary bullets (one at least) between header lines a and b."""
    between = [i for i in header if page.pos[a] < page.pos[i] < page.pos[b]]
    return bool(between) and all(cls[i] == "bullet" for i in between)


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


def _desk_under(page: _Page, a: int) -> bool:
    """A desk or byline line right under line a (a date line)."""
    j = page.next_nonblank(a)
    return j is not None and is_desk_line(page.lines[j])


_VIDEO_LABELS = tuple(nfc(["ভিডিও:", "ভিডিও :"]))


def _video_title(s: str) -> bool:
    """The words after `ভিডিও:` make a title, not a credit (a name, an
    outlet, `সংগৃহীত`)."""
    rest = s.split(":", 1)[1].strip()
    return len(rest.split()) >= 3 and not looks_like_person(rest) and not is_outlet_name(rest) \
        and not is_desk_line(rest)


def _site_title(s: str) -> bool:
    """`TITLE | SECTION | SITE`, a <title>: one title with the site's name
    last, no ticker of three headlines."""
    parts = s.split(" | ")
    return len(parts) == 3 and names_site(parts[2].strip(), parts[0].strip()) and len(parts[1].split()) <= 2


def _byline_name(s: str) -> bool:
    """A bare line taken for the author's name beside the title or the desk:
    a person's name by its marks (an honorific, a common family name), or
    two words of a name; a longer phrase is more likely a subhead
    (`প্রথম সপ্তাহেই রেকর্ড ভিড়` over `আনন্দবাজার অনলাইন সংবাদদাতা`)."""
    if not is_name_line(s):
        return several_names(s)
    t = strip_terminator(s)
    # `দৈনিক নয়া দিগন্ত`: an outlet's name stands as the byline on aggregators.
    # (`— NAME`, `---  NAME`: a dash before a name signs it, as under a column's title)
    # (two words with a case ending are no name: `সেলফিতে নিষেধাজ্ঞা`, a title's second line)
    # (`কামরুল হাসান শায়ক |`: a name closed by the bar its date stood after, up to four words)
    return (t.count(" ") == 1 or s[-1:] == "|" and t.count(" ") <= 3) \
        and not any(w.endswith(_CLAUSE_ENDINGS) for w in t.split()) \
        or t.startswith(_DAILY) or looks_like_person(t) or outlet_byline(t) \
        or s[:1] in "-–—" and _no_label_word(t) and not any(w.endswith(_NOUN_ENDINGS) for w in t.split())


_DAILY = nfc(["দৈনিক "])[0]


def _name_closed(s: str) -> bool:
    """A name of two to four words closed by a byline's mark no title ends
    with (`NAME::`, `NAME :-`, `NAMEঃ`), or by a colon after a name its marks
    tell (`মোঃ রফিকুল ইসলাম:`)."""
    t = s.rstrip()
    if t.endswith(("::", ":-", ":–", "ঃ")):
        return _byline_name(t) and 1 <= strip_terminator(t).count(" ") <= 3
    return t.endswith(":") and looks_like_person(strip_terminator(t))



# One Latin word in camel case or with digits: `NewsOne24`, `DhakaPost`, `bdnews24`.
_SITE_NAME_TOKEN = LazyPattern(r"[A-Za-z]*(?:[a-z][A-Z]|[A-Za-z][0-9])[A-Za-z0-9]*")
_SITE_WORDS = ("news", "24", "post", "times", "bangla", "tv", "bd", "online", "barta", "khabor")


_SLOGAN_ENDS = tuple(nfc(lx_bp.SLOGAN_ENDS))
_SLOGAN_PHRASES = tuple(nfc(lx_bp.SLOGAN_PHRASES))


def _slogan(s: str) -> bool:
    """A site's slogan: a short line that ends on a slogan's word or holds its phrase."""
    return s.count(" ") <= 6 and not s.endswith(("।", "?", "!", ":")) and (
        s.rstrip(" -–|").endswith(_SLOGAN_ENDS) or any(p in s for p in _SLOGAN_PHRASES))


def _agency_masthead(s: str) -> bool:
    """An agency's, a broadcaster's or an outlet's name alone (`বাসস`, `ভয়েস অফ আমেরিকা`)."""
    return is_agency_name(s) or is_outlet_name(s)


def _masthead(s: str) -> bool:
    """An outlet's name alone on its line (`প্রথম আলো`, `দৈনিক সকালের খবর`)."""
    return is_outlet_name(s) or s.startswith(_DAILY) and s.count(" ") <= 3 and _FIRST_DIGIT.search(s) is None \
        and not s.endswith(("।", "?", "!", ":", "ঃ"))


_NOUN_ENDINGS = tuple(nfc(lx.NOUN_ENDINGS))


_WB_HEADER_MARKS = tuple(nfc(lx.WEST_BENGAL_MARKS))


def _west_bengal_header(page: _Page, header: list[int]) -> bool:
    """A West Bengal outlet's header: its name, or the `শেষ আপডেট` label."""
    return any(m in page.lines[i] for i in header for m in _WB_HEADER_MARKS) \
        or any(has_west_bengal_label(page.lines[i]) for i in header)


_SENTENCE_BREAK = LazyPattern(r"[।!?]\s+\S")


def _two_sentences(s: str) -> bool:
    """Two sentences or more, seven words at least: a standfirst's, not a title's."""
    return s.count(" ") >= 6 and _SENTENCE_BREAK.search(s) is not None


def _lead_like(s: str) -> bool:
    """Whole sentences, fifteen words or more: a lead or teaser, not a title."""
    return s.count(" ") >= 14 and s.endswith(("।", "."))


def _plain_person(s: str) -> bool:
    """A person's name by its marks, with no case ending on any word (not
    a headline that opens with a name: `শেখ হাসিনার বিরুদ্ধে মামলা`)."""
    return looks_like_person(s) and not any(w.endswith(_NOUN_ENDINGS) or w.endswith("র")
                                            for w in strip_terminator(s).split())


def _name_over_repeated_title(page: _Page, cls: dict[int, str], i: int, head: int) -> bool:
    """NAME / TITLE / DATE / TITLE (janakantha's columns): three words of a
    name with no case ending or news label, over a title the page prints
    again under its date line, are the author's, not a kicker."""
    lines = page.lines
    if not (_uninflected_name(lines[i]) and _no_label_word(lines[i]) and not bp.is_section_name(lines[i])):
        return False
    nxt = page.next_nonblank(head)
    if nxt is None or cls.get(nxt) != "date":
        return False
    again = page.next_nonblank(nxt)
    return again is not None and lines[again] == lines[head]


def _uninflected_name(s: str) -> bool:
    """Three words of a name line with no case ending on any word."""
    t = strip_terminator(s)
    return is_name_line(t) and t.count(" ") == 2 and not any(w.endswith(_NOUN_ENDINGS) for w in t.split())


_NEWS_LABEL_WORDS = frozenset(nfc(lx.NEWS_LABEL_WORDS))


def _no_label_word(s: str) -> bool:
    """No word of a news label (`ব্রেকিং নিউজ`, `লাইভ আপডেট`) and no genitive
    (`পাঠকের অনুভূতি`): a line that may be the name over a role line."""
    return not any(w in _NEWS_LABEL_WORDS or (w.endswith(_GENITIVE) and w not in _FAMILY_NAMES)
                   for w in strip_terminator(s).split())


_GENITIVE = nfc(["ের"])[0]
_FAMILY_NAMES = frozenset(nfc(lx.NAME_LAST))  # `কাদের` ends like a genitive


def _weekday_alone(s: str) -> bool:
    """`শুক্রবার` (or `Friday,`) alone on a line."""
    if len(s) > 16:
        return False
    w = s.strip(" ,|-–").lower()
    return len(w) > 3 and w in WEEKDAY_OF


def _with_weekday_line(page: _Page, header: list[int], consumed: set[int], used: list[int]) -> list[int]:
    """A weekday alone on the line over or under a date is part of it."""
    k = page.pos[used[0]]
    if k > 0 and (j := page.idx[k - 1]) in header and j not in consumed and _weekday_alone(page.lines[j]):
        return [j, *used]
    j = page.next_nonblank(used[-1])
    if j is not None and j in header and _weekday_alone(page.lines[j]):
        return [*used, j]
    return used


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
            if bare_clock_by_date(page, i):
                lay.other[i] = "date"
                continue
            dl, used = _join_broken_date(page, i, dl)
            used = _with_weekday_line(page, header, consumed, used)
            for j in used:
                consumed.add(j)
                cls[j] = cls[i]
            if cls[i] == "date":
                for r in dl.readings:
                    dates.append((r, used, len(dates)))
                if not dl.readings:
                    cls[i] = "label"
                elif dl.prefix and lay.desk_text is None:
                    pre = byline_before(dl)
                    if pre and is_by_credit(pre) and any(cls.get(j) == "desk" for j in header):
                        # `নিজস্ব প্রতিবেদক` / `Published By: NAME | Last Updated: …`: the web
                        # producer's credit beside the reporter's own byline is no byline
                        pre = None
                    # (an English name before a labelled date: `Reaz Ahmad | Published: …`)
                    if pre and (is_desk_line(pre) or is_name_line(pre) or outlet_byline(pre)
                                or dl.labels and " | " in pre and _titled_name(pre)  # `TITLE | NAME | প্রকাশিত: …`
                                or dl.labels and is_outlet_name(pre)  # `ABP Ananda Last Updated: …`
                                or dl.labels and pre.isascii()
                                and _LATIN_NAME.match(pre) is not None
                                or dl.labels and not dl.extra_words and is_name_line(" ".join(pre.split()[:2]))
                                and len(pre.split()) <= 5):
                        # (a name, then where the reporter is: `রাহাত শরীফ টাঙ্গাইল ভূয়াপুরে প্রকাশিত: …`)
                        lay.desk = [i]
                        lay.desk_text = pre
                elif lay.desk_text is None and (tail := _after_date(page.lines[i], dl)) is not None:
                    # `Last updated: নভেম্বর ২৯, ২০২৫ By NAME`, `প্রকাশ: DATE | নিজস্ব
                    # প্রতিবেদক`, `DATE, TIME | NAME, PLACE`: the byline after the date
                    lay.desk = [i]
                    lay.desk_text = tail
            else:
                for j in used:
                    lay.other[j] = "clock"
                if _SITE_CLOCK_START.match(page.lines[i]) is None:
                    # A date alone; a running clock (with its time), `আজ …` or a
                    # city's clock (`ঢাকা, …`, `Dhaka, …`: formats.md §6.1) is the site's.
                    lay.clock_dates += [(r, used) for r in dl.readings if r.date and r.time is None]
                elif page.lines[i][:1] in "ঢD" and _desk_over(page, header, cls, i):
                    # ... unless a byline stands right over it, under the headline,
                    # and it tells the time with no weekday (`UNB` / `Dhaka, November
                    # 26, 2025 21:52`, an agency's dateline; a site's clock names the
                    # day): taken when the page prints no other date
                    lay.clock_dates += [(r, used) for r in dl.readings if r.date and r.time and r.weekday is None]
    for k, i in enumerate(header[1:], 1):
        if cls[i] == "cand" and cls[header[k - 1]] == "label" and page.pos[i] == page.pos[header[k - 1]] + 1 \
                and strip_terminator(page.lines[header[k - 1]]).lower() in _WRITER_LABELS and is_name_line(page.lines[i]):
            cls[i] = "desk"  # `পোস্টটি যিনি লিখেছেন` / `লেখক:` over a name: the byline
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
            if lines[i] in seen and _caption_twice(page, cls, anchors, seen[lines[i]], i):
                cls[seen[lines[i]]] = cls[i] = "caption"
                lay.other[seen[lines[i]]] = lay.other[i] = "caption"
                runs = _runs(page, header, cls)
                continue
            if lines[i] in seen:
                first = seen[lines[i]]
                headline_run = next(r for r in runs if first in r)
                prefer = first  # (the line printed twice, not a longer one beside it)
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
            if (lead := [i for i in headline_run if cls[i] == "cand"]) and _lead_like(lines[lead[-1]]) \
                    and (under := next((r for r in runs if r[0] > lead[-1]
                                        and any(cls[a] == "date" for a in anchors if lead[-1] < a < r[0])
                                        and cls.get(_next_past(page, in_header, r[-1], cls)) == "desk"
                                        and not any(_lead_like(lines[i]) for i in r)), None)) is not None:
                # LEAD / `শেষ আপডেট: DATE` / TITLE / DESK (anandabazar's `টুকরো খবর`):
                # a teaser of whole sentences over the date is no title; the
                # title is the line right over the desk.
                headline_run = under
            if len(before) >= 2 and len(headline_run) == 1 and _byline_name(lines[headline_run[0]]) \
                    and _summary_between(page, header, cls, before[-2][-1], headline_run[0]):
                # TITLE / • SUMMARY / NAME / DATE (ajkerpatrika, formats.md §1a): the
                # name under the summary bullets is the byline; the title is above them.
                headline_run = before[-2]
            shorts = all(_short(lines[i]) for i in headline_run)
            names = False
            if (shorts or len(headline_run) == 1) and any(_byline_name(lines[i]) for i in headline_run) \
                    and ((names := all(_plain_person(lines[i]) for i in headline_run)) or shorts):
                # Only a column name or a byline before the date (janakantha:
                # COLUMN / AUTHOR / date / COLUMN / HEADLINE): the title is later,
                # and after a person's name alone it may be short.
                # (A person's name after the date is the byline, not a title:
                # TITLE / DATE / `মুফতি আমজাদ হোসাইন হেলালী` / subhead.)
                later = [r for r in runs if r[0] > headline_run[-1]
                         and any((names or not _short(lines[i])) and not looks_like_person(lines[i]) for i in r)]
                if later and not names and (looks_like_person(lines[later[0][0]]) and _prev_past(
                        page, in_header, later[0][0], cls) in anchors or len(headline_run) == 1 and any(
                        cls[a] == "desk" and headline_run[-1] < a < later[0][0] for a in anchors)):
                    # TITLE / DATE / NAME / subhead / a pull quote (inqilab): the name
                    # opens the run after the date, or a desk line stands between
                    # (TITLE / DATE / DESK / pull quote); the short line before the
                    # date is the title, no byline.
                    later = []
                if later:
                    headline_run = later[0]
                elif (earlier := _title_over_section(page, runs, headline_run, cls)) is not None:
                    if cls.get(page.next_nonblank(headline_run[0])) != "desk" and not (
                            is_outlet_name(lines[headline_run[0]]) and any(
                                cls[a] == "desk" for a in anchors if a > headline_run[0])):
                        # (over a role's line, NAME / ROLE are joined below; an outlet's
                        # name is no byline when a desk line stands under it)
                        cls[headline_run[0]] = "desk"
                    headline_run = earlier
        else:
            headline_run = runs[-1]
            word = [i for i in headline_run if cls[i] == "cand"]
            if len(word) == 1 and " " not in lines[word[0]] \
                    and all(i == word[0] or len(lines[i]) <= 3 for i in headline_run) \
                    and (earlier := [r for r in runs[:-1] if any(cls[i] == "cand" and " " in lines[i] for i in r)]):
                # TITLE / `Published` / `on` / `পেনিনসুলা` (a theme's byline whose
                # date the dump lost): one word alone last is no headline
                headline_run = earlier[-1]
    if headline_run is not None and prefer is None \
            and (title_run := _title_over_subhead(page, runs, headline_run, cls)) is not None:
        headline_run = title_run
    if headline_run is not None and prefer is None and len(headline_run) >= 2 \
            and len(two := [i for i in headline_run if cls[i] == "cand"][:2]) == 2 and _short(lines[two[0]]) \
            and " " in lines[two[0]] and not bp.is_section_name(lines[two[0]]) and not _letter_spaced(lines[two[0]]) \
            and not _short(lines[two[1]]) \
            and (lines[two[1]].count(" ") >= 12 or _west_bengal_header(page, header)):
        # West Bengal outlets print a subhead under the headline and their
        # kicker is a section's name or an English tag (anandabazar: `Kolkata
        # News` / HEADLINE / SUBHEAD / DESK): a short title of two or three
        # words first is the headline there. Anywhere, a line of thirteen
        # words or more under it is a subhead: headlines run that long once
        # in three hundred (bdnewspaperscraper), subheads most of the time.
        prefer = two[0]
    if headline_run is not None and prefer is None and not anchors and len(runs) == 1 \
            and len(cands := [i for i in headline_run if cls[i] == "cand"]) == 1 and cands == [header[-1]] \
            and bare_person(lines[cands[0]]) and _no_label_word(lines[cands[0]]) \
            and (b := page.next_nonblank(cands[0])) is not None \
            and _is_prose(lines[b]) and lines[b].count(" ") >= 14:
        # A columnist's name alone right over the first paragraph, no title
        # and no date (an opinion page stored without its heading): the byline.
        cls[cands[0]] = "desk"
        headline_run = None
    if headline_run is not None and prefer is None \
            and len(cands := [i for i in headline_run if cls[i] == "cand"]) == 1 \
            and (p := page.pos[cands[0]]) > 0 and cls.get(page.idx[p - 1]) == "desk" \
            and (is_outlet_name(lines[cands[0]]) or outlet_byline(lines[cands[0]]) and " " not in lines[cands[0]]) \
            and not any(cls[i] == "cand" for i in header if i > cands[0]):
        # `নিউজ ডেস্ক` / `সাময়িকী.কম` over the body (a dump that lost the
        # title): the outlet's name under the desk is the desk's, no headline.
        cls[cands[0]] = "menu"
        lay.other[cands[0]] = "menu"
        headline_run = None
    if headline_run is not None:
        _pick_headline(page, headline_run, cls, lay, prefer)
    if lay.headline is not None and lay.desk_text is None and not lay.desk and " by " in lines[lay.headline] \
            and (m := _TITLE_BY_NAME.match(lines[lay.headline])) is not None and is_name_line(m.group(2)) \
            and _BANGLA.search(m.group(1)) is not None:
        # `TITLE by NAME` (a blog that mirrors columns: `মুদ্রানীতি ও প্রবৃদ্ধি by মাহফুজ কবীর`)
        lay.headline_text, lay.desk_text = m.group(1), m.group(2)
        lay.desk = [lay.headline]
    if lay.headline is None and len(lay.desk) == 1 and lay.desk_text and cls.get(lay.desk[0]) == "date":
        # `HEADLINE | DESK | প্রকাশিত: DATE`: the header run together on one line.
        split = _title_and_byline(lay.desk_text)
        if split is not None:
            lay.headline = lay.desk[0]
            lay.headline_text, lay.desk_text = split
    # A bare name line next to the headline is the byline when no desk line is.
    desk_lines = [i for i in header if cls[i] == "desk"]
    if lay.desk_text is None and desk_lines:
        # The desk line nearest the headline, one after it before one above it.
        h = lay.headline if lay.headline is not None else -1
        d = min(desk_lines, key=lambda i: (abs(i - h), i < h))
        lay.desk = [d]
        prev = _prev_in(page, in_header, d)
        if prev is not None and prev != lay.headline and prev != lay.kicker and (
                cls.get(prev) == "cand" and _byline_name(lines[prev]) and _no_label_word(lines[prev])
                and not is_outlet_name(lines[prev])  # (`প্রথম আলো` over the desk: the outlet's, no one's name)
                # an English page: `Reaz Ahmad` / `Senior Correspondent`
                or cls.get(prev) == "latin" and lines[prev].isascii() and _LATIN_NAME.match(lines[prev]) is not None
                and has_role(strip_terminator(lines[d]))) \
                and (lay.headline is None or lines[prev] != lines[lay.headline]):  # not the headline again
            lay.desk = [prev, d]
            lay.desk_text = f"{strip_terminator(lines[prev])}, {strip_terminator(lines[d])}"
            cls[prev] = "desk"
        else:
            lay.desk_text = strip_terminator(lines[d])
    elif lay.desk_text is None and lay.headline is not None:
        nxt = _next_past(page, in_header, lay.headline, cls)
        if nxt is not None and cls.get(nxt) in ("cand", "latin") and lines[nxt].count(" ") >= 7 \
                and not _byline_name(lines[nxt]):
            nxt = _next_past(page, in_header, nxt, cls)  # TITLE / SUBHEAD / NAME: past the subhead
        if nxt is not None and cls.get(nxt) == "menu" and bp.is_section_name(lines[nxt]):
            nxt = _next_in(page, in_header, nxt)  # TITLE / `Analysis` / NAME: a column's section between
        by_date = _prev_past(page, in_header, anchors[0], cls) if anchors and anchors[0] < lay.headline else None
        if by_date is not None and cls.get(by_date) == "cand" and by_date != lay.kicker \
                and _plain_person(lines[by_date]):
            # AUTHOR / DATE / TITLE (janakantha): the name over the date.
            lay.desk = [by_date]
            lay.desk_text = strip_terminator(lines[by_date])
        elif nxt is not None and cls.get(nxt) == "cand" and nxt != lay.kicker and not is_outlet_name(lines[nxt]) \
                and (_byline_name(lines[nxt]) or (
                    _next_past(page, in_header, nxt, cls) in anchors and _uninflected_name(lines[nxt]))):
            # (Between the headline and the date line, three words with no
            # case ending are a name too: `মিরাজ মাহবুব ইফতি`.)
            lay.desk = [nxt]
            lay.desk_text = strip_terminator(lines[nxt])
        elif nxt is not None and cls.get(nxt) == "bullet" and _next_past(page, in_header, nxt, cls) in anchors \
                and (name := strip_terminator(bp.strip_bullet(lines[nxt]))) \
                and (is_desk_line(name) or _byline_name(name) and _no_label_word(name)
                     or name.isascii() and _LATIN_NAME.match(name) is not None):
            # TV9 Bangla's list under the title: `- NAME` / `- Updated on: DATE` / `- TIME`
            lay.desk = [nxt]
            lay.desk_text = name
        elif nxt is not None and cls.get(nxt) in ("cand", "latin") and nxt != lay.kicker \
                and ((after := _next_past(page, in_header, nxt, cls)) is None or after in anchors) \
                and (outlet_byline(strip_terminator(lines[nxt])) or strip_terminator(lines[nxt]) == _REPORT) \
                and not (after is not None and _desk_under(page, after)):  # (a byline under the date is the page's)
            # An outlet standing as the byline (`মাগুরা প্রতিদিন ডটকম`, an aggregator's
            # `বিবিসি নিউজ বাংলা`) or WB's `প্রতিবেদন`, alone between the headline
            # and the date line (formats.md §2).
            lay.desk = [nxt]
            lay.desk_text = strip_terminator(lines[nxt])
        elif nxt is not None and cls.get(nxt) in ("latin", "cand") and lines[nxt].isascii() \
                and (_LATIN_NAME.match(lines[nxt]) or several_names(lines[nxt])) and nxt != lay.kicker \
                and ((after := _next_past(page, in_header, nxt, cls)) is None or after in anchors):
            # An English page: a bare name between the headline and the date
            # or the body.
            lay.desk = [nxt]
            lay.desk_text = lines[nxt]
        elif (prev := _prev_past(page, in_header, lay.headline, cls)) is not None and cls.get(prev) == "cand" \
                and prev != lay.kicker and (looks_like_person(lines[prev])
                                            or _name_over_repeated_title(page, cls, prev, lay.headline)):
            lay.desk = [prev]  # `রাকিব হাসান` / TITLE: a person's name right above the title
            lay.desk_text = strip_terminator(lines[prev])
        else:
            # A bare name right above the date line is the byline; or right
            # under it, when the date follows the headline (TITLE / DATE / NAME).
            for a in anchors:
                near = [_prev_past(page, in_header, a, cls)]
                if lay.headline is not None and a > lay.headline:
                    near.append(nxt := _next_past(page, in_header, a, cls))
                    if nxt is not None and lines[nxt] == lines[lay.headline]:
                        near.append(_next_past(page, in_header, nxt, cls))  # TITLE / DATE / TITLE again / NAME
                j = next((j for j in near if j is not None and j not in (lay.headline, lay.kicker)
                          and (lay.headline is None or lines[j] != lines[lay.headline])  # (not the title again)
                          # (`প্রথম আলো` / DATE / DESK: the outlet's name, the byline under the date)
                          and not (is_outlet_name(lines[j]) and _desk_under(page, a)) and (
                    cls.get(j) == "cand" and _byline_name(lines[j])
                    # an English page: TITLE / SUBHEAD / `Reaz Ahmad` / DATE
                    or cls.get(j) == "latin" and lines[j].isascii() and _LATIN_NAME.match(lines[j]))), None)
                if j is not None:
                    lay.desk = [j]
                    lay.desk_text = strip_terminator(lines[j])
                    break
    if lay.headline is not None and lay.headline_text is None and not any(d[0].date for d in dates) \
            and len(lines[lay.headline]) > 30 and (got := _glued_labelled(lines[lay.headline], body=False)
                                                   or _glued_desk_date(lines[lay.headline], body=False)):
        # `HEADLINE নিজস্ব প্রতিবেদক প্রকাশিত: DATE` on one line: the header run together.
        head, desk, readings, _ = got
        lay.headline_text = head
        if desk and lay.desk_text is None:
            lay.desk, lay.desk_text = [lay.headline], desk
        dates += [(r, [lay.headline], len(dates) + k) for k, r in enumerate(readings)]
    if lay.desk and lay.desk_text is not None:
        _desk_continued(page, in_header, cls, lay)
    if lay.kicker is None and lay.headline is not None and anchors and anchors[0] > lay.headline:
        # saradin prints its kicker after the date, over the subhead (formats.md
        # §1c D: HEADLINE / DESK / DATE / KICKER / SUBHEAD): a short line there
        # with a longer one under it.
        k = _next_in(page, in_header, anchors[-1])
        n = _next_in(page, in_header, k) if k is not None else None
        if k is not None and n is not None and cls.get(k) == "cand" and cls.get(n) == "cand" \
                and _short(lines[k]) and not _short(lines[n]) and not _byline_name(lines[k]):
            lay.kicker = k
    if not lay.desk and lay.headline is not None:
        # `কলকাতা` alone right over or under the date, below the title (formats.md
        # §2, a West Bengal page's desk): the place the report is filed from,
        # not a section's name.
        for a in (i for i in anchors if cls[i] == "date" and i > lay.headline):
            j = next((j for j in (_prev_in(page, in_header, a), _next_in(page, in_header, a))
                      if j is not None and j > lay.headline and cls.get(j) == "menu" and len(lines[j]) <= 20
                      and known_place(strip_terminator(lines[j])) == strip_terminator(lines[j])), None)
            if j is not None:
                lay.desk, lay.desk_text = [j], strip_terminator(lines[j])
                break
    if not lay.desk and lay.headline is not None and lay.kicker is None and lay.headline_wrap is None \
            and lay.headline_text is None and _name_closed(lines[lay.headline]):
        # `ইমাম খাইর::` under the date, over the body, on a page whose title was
        # lost: a name closed by a byline's mark is the byline, no title
        lay.desk, lay.desk_text = [lay.headline], strip_terminator(lines[lay.headline])
        lay.headline = None
    if not lay.desk and lay.headline is not None:
        _byline_before_repeat(page, header, cls, lay)
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
                # (a bullet of a word or two under the title is a section's link, no point
                # of a summary: `- জাতীয়` / `- রাজনীতি` in a reader's Markdown)
                lay.other[i] = "summary" if lay.headline is not None and i > lay.headline \
                    and len(lines[i].lstrip("•●▪◦*-–·> ").split()) >= 3 else "menu"
            elif lay.headline is not None and i > lay.headline and not lay.desk and c == "cand" \
                    and _prev_in(page, in_header, i) == lay.headline and is_outlet_name(lines[i]):
                # TITLE / `দৈনিক নয়া দিগন্ত` / body: the outlet's name as the byline
                # (an aggregator's copy, formats.md §2)
                lay.desk, lay.desk_text = [i], lines[i]
            elif lay.headline is not None and i > lay.headline and not _short(lines[i]):
                if lay.desk_text is None and (got := inline_desk(lines[i])) is not None:
                    # `জি ২৪ ঘণ্টা ডিজিটাল ব্যুরো: একনজরে দেখে নিন …` over a live
                    # blog's entries: the byline that opens a standfirst
                    lay.desk, lay.desk_text = [i], got[0]
                    continue
                lay.other[i] = "summary"
            elif lay.headline is None or i < lay.headline:
                lay.other[i] = "menu" if _short(lines[i]) else "unknown"
            else:
                # (an outlet's name alone under the title, over the byline: its masthead)
                lay.other[i] = "menu" if is_outlet_name(lines[i]) else "unknown"
        elif c == "desk":
            lay.other[i] = "unknown"
        else:
            lay.other[i] = c


_ROLE_LABEL = tuple(nfc(["পদবী,", "পদবি,"]))
_WRITER_LABELS = frozenset(nfc(lx.WRITER_LINE_LABELS))
_REPORT = nfc(["প্রতিবেদন"])[0]


def _desk_continued(page: _Page, in_header: set, cls: dict[int, str], lay: Layout) -> None:
    """The line under the byline that finishes it: BBC Bangla's `পদবী, ROLE`
    under `লেখা, NAME`, or a place alone (`লেখা: NAME` / `ঢাকা`)."""
    j = _next_in(page, in_header, max(lay.desk))
    if j is not None and cls.get(j) == "date" and (k := _next_in(page, in_header, j)) is not None \
            and cls.get(k) in ("cand", "menu") and len(page.lines[k]) <= 30 \
            and known_place(strip_terminator(page.lines[k])) and split_byline(lay.desk_text)[1] is None:
        j = k  # DESK / DATE / `ঢাকা`: the place alone under the date finishes the byline
    if j is None or j in (lay.headline, lay.kicker) or cls.get(j) not in ("cand", "desk", "menu", "latin"):
        return
    s = page.lines[j]
    if s.startswith(_ROLE_LABEL):
        more = s[s.index(",") + 1:].strip()
    elif len(s) <= 30 and known_place(strip_terminator(s)) and split_byline(lay.desk_text)[1] is None:
        more = strip_terminator(s)
    elif len(s) <= 60 and outlet_byline(s) and not is_desk_line(s):
        lay.desk = lay.desk + [j]  # the outlet's name under the byline: its line, not its text
        cls[j] = "desk"
        if (k := _next_in(page, in_header, j)) is not None and cls.get(k) in ("cand", "menu") \
                and len(page.lines[k]) <= 30 and known_place(p := strip_terminator(page.lines[k])) == p \
                and split_byline(lay.desk_text)[1] is None:
            # barta24: `স্টাফ করেসপন্ডেন্ট` / `বার্তাটোয়েন্টিফোর.কম` / `ঢাকা`: the place under them
            lay.desk = lay.desk + [k]
            lay.desk_text = f"{lay.desk_text}, {p}"
            cls[k] = "desk"
        return
    elif len(s) <= 60 and s.count(",") == 1 and outlet_byline((parts := s.split(","))[0].strip()) \
            and known_place(strip_terminator(parts[1])) and split_byline(lay.desk_text)[1] is None:
        more = strip_terminator(s)  # `লেখা: NAME` / `বিবিসি নিউজ বাংলা, ঢাকা`: the outlet and the place
    else:
        return
    if more:
        lay.desk = lay.desk + [j]
        lay.desk_text = f"{lay.desk_text}, {more}"
        cls[j] = "desk"


def _caption_twice(page: _Page, cls: dict[int, str], anchors: list[int], first: int, second: int) -> bool:
    """A photo's alt text and caption, one line printed twice in a row under
    the title (kalbela: byline and dates, TITLE, then `রাজধানীর বুড়িগঙ্গা
    নদীর একাংশ` twice): the title is the line over them, no kicker of theirs.
    Only when a title of four words or more stands right over the pair and
    the byline or date is printed before that title; a headline printed twice
    (an image's alt, then the h1) has its byline and date after it."""
    pos = page.pos
    if pos[second] != pos[first] + 1 or pos[first] == 0:
        return False
    above = page.idx[pos[first] - 1]
    if cls.get(above) != "cand" or _short(page.lines[above]) or page.lines[above].count(" ") < 3 \
            or page.lines[above].endswith((":", "ঃ", "|")):
        return False
    return bool(anchors) and anchors[0] < above and not any(above < a < first for a in anchors)


# A reported clause (`… বলছেন, …`): a standfirst's, no title's (a title quotes, then names the speaker).
_SAYS = tuple(nfc(lx_bp.REPORTING_CUES + ["বলছেন,", "জানাচ্ছেন,"]))


def _pick_headline(page: _Page, run: list[int], cls: dict[int, str], lay: Layout,
                   prefer: int | None = None) -> None:
    lines = page.lines
    bangla = [i for i in run if cls[i] == "cand"]
    if len(bangla) > 1 and prefer is None:
        # `বিডিনিউজ টোয়েন্টিফোর ডটকম` under a short title: the outlet's byline, not the title
        bangla = [i for i in bangla if not is_outlet_name(lines[i])] or bangla
    if len(bangla) > 1 and prefer is None and (slogans := [i for i in bangla if _slogan(lines[i])]) \
            and len(slogans) < len(bangla) \
            and slogans[0] == next((i for i in bangla if i > bangla[0] or not _masthead(lines[i])), None):
        # `চট্টগ্রামের মাটি ও মানুষের পত্রিকা` / TITLE / byline: the site's slogan over
        # the title (under the site's name too: `দৈনিক সকালবেলা` / SLOGAN / TITLE)
        slogans += [i for i in bangla if i < slogans[0]]  # (the site's name over its slogan)
        bangla = [i for i in bangla if i not in slogans]
        for i in slogans:
            lay.other[i] = "menu"
            cls[i] = "menu"
        run = [i for i in run if i not in slogans]
    if prefer is None and len(bangla) == 3 and bangla[1] == bangla[0] + 1 and _masthead(lines[bangla[0]]) \
            and not _masthead(lines[bangla[1]]) and not _short(lines[bangla[1]]) and lines[bangla[1]].count(" ") <= 5 \
            and not lines[bangla[1]].endswith(("।", "?", "!", ":", "ঃ")) \
            and len(lines[bangla[2]]) > len(lines[bangla[1]]) and lines[bangla[2]].count(" ") >= 3 \
            and not looks_like_person(lines[bangla[2]]):
        # `দৈনিক সবুজ বাংলা` / `দেশ ও জনতার পক্ষে অবিচল` / TITLE over the byline:
        # the line under the site's name is its slogan, whatever its words
        # (the lexicon's slogans are caught above); the longer line under it the title.
        for i in bangla[:2]:
            lay.other[i] = "menu"
            cls[i] = "menu"
        run = [i for i in run if i not in bangla[:2]]
        bangla = bangla[2:]
    head = prefer if prefer is not None else next((i for i in bangla if not _short(lines[i])), None)
    if prefer is None and len(bangla) == 2 and head == bangla[0] and not lines[bangla[0] + 1] \
            and lines[head].count(" ") <= 3 and lines[head].count(" ") < lines[bangla[1]].count(" ") <= 11 \
            and not looks_like_person(lines[head]):
        # `বদলে যাওয়া উত্তরের জনপদ` / (blank) / TITLE (banglatribune's series):
        # a line of four words set apart over a longer title is its kicker (a
        # subhead runs longer, or right under its title: anandabazar)
        head = bangla[1]
    if prefer is None and head is not None and head != bangla[0] \
            and (_two_sentences(lines[head]) or any(c in lines[head] for c in _SAYS)) \
            and (earlier := [i for i in bangla if i < head and " " in lines[i] and not bp.is_section_name(lines[i])
                             and not looks_like_person(lines[i]) and not _two_sentences(lines[i])]):
        # `ফেসবুক ছাড়া দিনগুলো` / `চেকইন নেই, … নেই। … তাদের দিন!` / DESK / DATE
        # (bdnews24): a short title over a standfirst of two sentences, or of one
        # that reports what someone says (`দলের নেতারা বলছেন, …`), is the headline
        head = earlier[-1]
    if head is None and len(bangla) == 1:
        head = bangla[0]
    if head is None:
        head = max(bangla, key=lambda i: len(lines[i]))
    k = run.index(head)
    if k > 0 and cls[run[k - 1]] == "cand" and lay.desk_text is None \
            and (looks_like_person(lines[head]) or several_names(lines[head])) \
            and not looks_like_person(lines[run[k - 1]]):
        # `ইতিকাফের প্রস্তুতি` / `মুফতি আমজাদ হোসাইন হেলালী` / date: a short
        # title over its author's name (columns); the name is the byline.
        head = run[k - 1]
    elif k + 1 < len(run) and cls[run[k + 1]] == "cand" and lay.desk_text is None \
            and looks_like_person(lines[head]) and not looks_like_person(lines[run[k + 1]]):
        head = run[k + 1]  # the author's name above a short title
    k = run.index(head)
    if k > 0 and run[k - 1] + 1 == head and cls[run[k - 1]] == "cand" and title_runs_on(lines[run[k - 1]]) \
            and not lines[run[k - 1]].endswith(("।", ".", "?", "!", ":", "ঃ", "|")):
        # `বাঁধ ভাঙা ঘিরে` / `ক্ষোভ, তদন্তে সেচদপ্তর` (Bartaman's titles in two
        # lines): a short first line that cannot end a title is no kicker; the
        # title starts there (and its second line is joined to it later)
        head = run[k - 1]
    lay.headline = head
    k = run.index(head)
    before = run[k - 1] if k > 0 else None
    # The headline printed twice in a row is a repeat, not a kicker.
    if before is not None and lines[before] == lines[head]:
        before = None
    if before is not None and lay.desk_text is None and (looks_like_person(lines[before])
                                                         or _name_over_repeated_title(page, cls, before, head)):
        before = None  # the author's name above the title: the byline, placed later
    if before is not None and lines[before].isascii() and lines[before].islower():
        before = None  # `kzai`, `jibon dip`: an image's or ad's name in lower case, no kicker
    if before is not None and (p := page.pos[before]) >= 2 and " " not in lines[before] \
            and all(" " not in lines[j] and len(lines[j]) <= 20 for j in page.idx[p - 2:p]):
        before = None  # `… সাহিত্য` / `জীবনযাপন` / `প্রকৃতি` / TITLE: the end of a menu, no kicker
    if before is not None and len(lines[before]) > len(lines[head]) + 8 \
            and lines[before].startswith(lines[head]) and lines[before][len(lines[head]):].lstrip()[:1] in "।|:-–,":
        # `X । Y` over `X` (cbna24: the full title, then its first part again
        # over a photo): the full title is the headline, the part a repeat
        lay.headline, head, before = before, before, None
    if before is not None and _SITE_NAME_TOKEN.fullmatch(lines[before]) is not None \
            and any(w in lines[before].lower() for w in _SITE_WORDS):
        # `NewsOne24`, `BanglaNews24`: the site's name as its logo prints it, no kicker
        lay.other[before] = "menu"
        before = None
    if before is not None and (p := page.pos[before]) >= 1 and _masthead(lines[page.idx[p - 1]]) \
            and before - 1 == page.idx[p - 1] and not bp.is_section_name(lines[before]) \
            and lines[before].lower() not in _KICKER_LABELS and 1 <= lines[before].count(" ") <= 4 \
            and not _letter_spaced(lines[before]) \
            and not lines[before].endswith((":", "ঃ", "|")):
        # `দৈনিক সকালের খবর` / `সত্য প্রকাশে আপোষহীন` / TITLE: the outlet's
        # slogan under its masthead, no kicker of the story (one word there,
        # `দক্ষিণবঙ্গ`, is a section the lists may not know)
        lay.other[before] = "menu"
        before = None
    # The kicker is printed over the headline; a line under it is a subhead
    # (formats.md §1: anandabazar, old inqilab), placed later as `summary`.
    if before is not None:
        lay.kicker = before
    elif k == 0 and (p := page.pos[head]) >= 2 and page.kind[page.idx[p - 1]] == "caption" \
            and bp.is_section_name(lines[sec := page.idx[p - 2]]) and page.kind[sec] in (None, "menu") \
            and sec not in lay.desk:
        # `রাজ্য` / a photo's caption / TITLE (Bartaman): the section over the
        # story's picture is its kicker still
        lay.kicker = sec
        lay.other.pop(sec, None)
