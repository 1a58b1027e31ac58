"""Listing pages: WordPress tag, category, author and date listings (formats.md
§1c, family F), and a front or section page's stream of stories.

A listing is not an article: `Tag: X`, then for each post a bulleted title,
the same title again (the image's alt text), a teaser cut off with `[…]`,
`…` or glued `বিস্তারিত পড়ুন`, and a `Read More »` line. `read_listing(lines)`
tells such a page apart and lays it out: the titles become links, the rest
goes to `other`; there is no headline and no body. A front or section page
(`TITLE` / `TEASER` / `১৪ ঘণ্টা আগে`, three times or more) is read the same way.
"""
from __future__ import annotations

import re
import unicodedata

from ._re import LazyPattern
from .boilerplate import boiler_kind, cut_read_more, is_age_line
from .byline import is_desk_line
from .lexicon import boilerplate as lx, calendar_words as cw
from .lexicon import nfc

__all__ = ["read_listing"]

_HEADER = LazyPattern(r"^(?:%s)\s?[:ঃ]\s*\S" % "|".join(re.escape(w) for w in nfc(lx.LISTING_HEADERS)),
                      re.IGNORECASE)
_ENDS = tuple(nfc(lx.TEASER_ENDS))
_MORE = frozenset(w for w in _ENDS if w[0].isalpha())
_MORE_LOWER = frozenset(w.lower().rstrip(" »") for w in _MORE)
_READ_ALSO_WORDS = frozenset(nfc(lx.GLUED_READ_ALSO))  # the read-also label's words alone
_MORE_ENDS = tuple(_MORE)  # `Read More`, `বিস্তারিত পড়ুন`: a link to the rest (for endswith)
_CUT_ENDS = tuple(w for w in _ENDS if not w[0].isalpha())  # `…`, `...`, `[…]`: a teaser cut off
_BULLET = LazyPattern(r"^(?:[•●▪◦*]|-(?=\s))\s*")
_BULLET_FIRST = frozenset("•●▪◦*-")


def read_listing(lines: list[str]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """(links as (title, line index), {line index: other kind}) for a listing
    page given as stripped lines; None when the page is not one."""
    return _wordpress_listing(lines) or _story_stream(lines)


_SENTENCE_END = ("।", ".", "…", "?", "!", "৷", "|")
_DIGITS = frozenset("0123456789০১২৩৪৫৬৭৮৯")
_STAMP_LABEL = LazyPattern(r"(?:%s)\s*[:ঃ]" % "|".join(nfc(["প্রকাশ", "আপডেট", "হালনাগাদ", "Published", "Updated"])))


def _title_like(s: str) -> bool:
    """A story's title in a stream: two to eighteen words, no sentence's end."""
    return 2 <= s.count(" ") + 1 <= 18 and not s.endswith(("।", ".", "৷"))


def _teaser_like(s: str) -> bool:
    """A story's teaser: eight words or more, closed by a sentence's end or cut off."""
    return s.count(" ") >= 7 and s.endswith(_SENTENCE_END)


def _story_stream(lines: list[str]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A front or section page: stories, each a title, a teaser and the story's
    age (`14h ago`, `১৪ ঘণ্টা আগে`), the age first or last; three or more, and
    most of the page."""
    nonblank = [i for i, s in enumerate(lines) if s]
    if len(nonblank) < 6:
        return _cut_teasers(lines, nonblank) or _byline_teasers(lines, nonblank) or _counted_teasers(lines, nonblank) \
            if len(nonblank) >= 3 else None
    ages = [k for k, i in enumerate(nonblank) if len(lines[i]) <= 40 and is_age_line(lines[i])]
    stamp = "clock"
    if len(ages) < 3:
        # An author's or section's page that stamps each story with its date
        # (`10 July 2024, 18:00 PM`, `২৪ নভেম্বর ২০২৫, ০৯:৫২`) instead of an age.
        # (A date line is read only where three short lines open with a digit.)
        # (a blog's date headers open with the weekday: `সোমবার, ৭ অক্টোবর, ২০২৪`)
        cands = [k for k, i in enumerate(nonblank) if len(lines[i]) <= 32 and (
            lines[i][:1] in _DIGITS or lines[i][:1] > "\u0980" and lines[i].split(",", 1)[0] in _WEEKDAY_WORDS)]
        dated = [k for k in cands if _listing_date(lines[nonblank[k]], outlet=True)] \
            if len(cands) + len(ages) >= 3 else []
        # (the newest stories stamped with their ages, the older with their dates)
        ages, stamp = (sorted(set(ages) | set(dated)), "mixed") if ages and dated else (dated, "date")
    if len(ages) < 3:
        return _teaser_stream(lines, nonblank) or _more_stream(lines, nonblank) or _twice_stream(lines, nonblank) \
            or _bullet_teasers(lines, nonblank) \
            or _digest_stream(lines, nonblank) or _stamp_blocks(lines, nonblank) or _cut_teasers(lines, nonblank) \
            or _byline_teasers(lines, nonblank) or _glued_stamps(lines, nonblank) or _counted_teasers(lines, nonblank)
    def title(i: int) -> bool:
        return _title_like(lines[i]) and not is_age_line(lines[i])
    def teaser(i: int) -> bool:
        return _teaser_like(lines[i])
    def twice(a: int, b: int) -> bool:
        return a >= 0 and lines[nonblank[a]] == lines[nonblank[b]] and nonblank[a] not in other
    def stamp_of(k: int) -> str:
        return stamp if stamp != "mixed" else ("clock" if is_age_line(lines[nonblank[k]]) else "date")
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    taken: set[int] = set()
    for k in ages:
        te = None
        if k >= 2 and title(nonblank[k - 2]) and teaser(nonblank[k - 1]) and nonblank[k - 2] not in other \
                and nonblank[k - 2] not in taken:
            # (not the story before's, read with its own stamp first: AGE / TITLE / TEASER)
            t, te = nonblank[k - 2], nonblank[k - 1]  # TITLE / TEASER / AGE
            if twice(k - 3, k - 2):
                other[nonblank[k - 3]] = "repeat"  # the title twice (the link, the image's alt text)
        elif k >= 2 and twice(k - 2, k - 1) and title(nonblank[k - 1]):
            t = nonblank[k - 1]  # TITLE / TITLE / AGE
            other[nonblank[k - 2]] = "repeat"
        elif k >= 2 and title(nonblank[k - 1]) and nonblank[k - 2] not in other \
                and _outlet(lines[nonblank[k - 2]]):
            t = nonblank[k - 1]  # OUTLET / TITLE / AGE: a news aggregator's stories (Google News)
            other[nonblank[k - 2]] = "menu"
        elif k + 2 < len(nonblank) and title(nonblank[k + 1]) and teaser(nonblank[k + 2]):
            t, te = nonblank[k + 1], nonblank[k + 2]  # AGE / TITLE / TEASER
        else:
            continue
        taken.add(t)
        links.append((_BULLET.sub("", lines[t], count=1), t))
        if te is not None:
            other[te] = "teaser"
        other[nonblank[k]] = stamp_of(k)
    if len(links) < 3 and stamp != "clock":
        # A tag's or archive's page of titles, each stamped with its date and
        # no teaser (TITLE / DATE, three times or more).
        links, other = [], {}
        for k in ages:
            if k >= 1 and title(nonblank[k - 1]) and nonblank[k - 1] not in other \
                    and (k < 2 or nonblank[k - 2] not in other or other[nonblank[k - 2]] in ("date", "clock")):
                links.append((lines[nonblank[k - 1]], nonblank[k - 1]))
                other[nonblank[k]] = stamp_of(k)
        if stamp == "date" and (after := _dated_titles(lines, nonblank, ages)) is not None \
                and len(after[0]) + sum(1 for v in after[1].values() if v == "teaser") > len(links):
            links, other = after  # DATE / TITLE [/ EXCERPT]: a blog's posts under their dates
        if len(links) < 3 or 2 * len(links) < 0.6 * len(nonblank):
            # (a time alone under each date: TITLE / TEASER / DATE / TIME; an author's
            # page of teasers cut off, each over its date, with no titles)
            # `DATE DESK` / TEASER / `View more`: the same, closed by a link to the story
            return _stamp_blocks(lines, nonblank) or _cut_teasers(lines, nonblank) or _more_stream(lines, nonblank)
    elif len(links) < 3 and (whole := _aged_stories(lines, nonblank, ages)) is not None:
        return whole
    elif len(links) < 3 or 3 * len(links) < 0.6 * sum(1 for i in nonblank if i >= min(t for _, t in links)):
        return None  # (most of the page from the first story on; what stands above it, _article_above judges)
    links.sort(key=lambda x: x[1])
    if _article_above(lines, nonblank, links[0][1]):
        return None  # a byline or a stamp over the stories: a live blog's page, whose entries have ages too
    if stamp != "clock" and _chronological([i for i, kind in sorted(other.items()) if kind == "date"], lines):
        return None  # the oldest first: a timeline's entries, one story; a listing shows the newest first
    return links, _rest(lines, nonblank, links, other)


def _chronological(stamps: list[int], lines: list[str]) -> bool:
    """Three dates or more, each later than the one before it."""
    from .dateline import read_line  # (only for the pages found to be listings)
    days = []
    for i in stamps:
        dl = read_line(lines[i])
        if dl is not None and dl.readings and dl.readings[0].date:
            days.append(dl.readings[0].date)
    return len(days) >= 3 and all(a < b for a, b in zip(days, days[1:]))


def _dated_titles(lines: list[str], nonblank: list[int],
                  stamps: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A blog's front page (Blogger's date headers): each post's date, then
    its title, then maybe its excerpt; three posts or more."""
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    at = set(stamps)
    for k in stamps:
        if k + 1 >= len(nonblank) or (k + 1) in at or not _title_like(s := lines[t := nonblank[k + 1]]) \
                or s.count(" ") >= 14 or is_age_line(s):
            continue
        nxt = k + 2
        if nxt < len(nonblank) and nxt not in at and not _teaser_like(lines[nonblank[nxt]]):
            continue  # (the title is followed by its excerpt, the next date or the page's end)
        links.append((s, t))
        other[nonblank[k]] = "date"
        if nxt < len(nonblank) and nxt not in at:
            other[nonblank[nxt]] = "teaser"
    return (links, other) if len(links) >= 3 else None


_WEEKDAY_WORDS = frozenset(nfc([w for ws in cw.WEEKDAYS.values() for w in ws]))


def _outlet(s: str) -> bool:
    from .byline import is_outlet_name  # (only for the pages with three ages or more)
    return len(s) <= 40 and is_outlet_name(s)


def _aged_stories(lines: list[str], nonblank: list[int], ages: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A section's page that prints each story whole, its title over its
    paragraphs and its age under them (UNB's category pages: TITLE / P / P /
    `4 days ago` / TITLE / P / `5 days ago` …); three stories or more, and
    the page from the first title on. The titles are links, the paragraphs
    `teaser`."""
    def para(i: int) -> bool:  # (a story's paragraph, short ones too: `No case has been filed yet.`)
        return lines[i].endswith(_SENTENCE_END) and lines[i].count(" ") >= 2

    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    start = 0
    for k in ages:
        run = nonblank[start:k]
        if start == 0:
            # (the first story: its paragraphs back from its age, and its title over them)
            j = len(run)
            while j > 0 and para(run[j - 1]):
                j -= 1
            run = run[j - 1:] if j > 0 else []
        if len(run) < 2 or not _title_like(lines[run[0]]) or is_age_line(lines[run[0]]) \
                or not all(para(i) for i in run[1:]):
            return None
        links.append((_BULLET.sub("", lines[run[0]], count=1), run[0]))
        other.update({i: "teaser" for i in run[1:]})
        other[nonblank[k]] = "clock"
        start = k + 1
    if len(links) < 3 or _article_above(lines, nonblank, links[0][1]):
        return None
    if any(i > nonblank[ages[-1]] and _teaser_like(lines[i]) for i in nonblank):
        return None  # (a paragraph after the last age: an article's own, with its related stories above)
    return links, _rest(lines, nonblank, links, other)


def _article_above(lines: list[str], nonblank: list[int], first: int, paragraphs: int = 1) -> bool:
    """A byline, a stamp or a paragraph (`paragraphs` of them) above the
    first story: an article (a live blog's, or one with its related stories
    under it), not a listing. Under a listing's own header (`Author: NAME`,
    `লেখক: NAME`) one paragraph is the writer's note or the section's."""
    above = [i for i in nonblank if i < first]
    headed = [i for i in above if (":" in lines[i] or "ঃ" in lines[i]) and _HEADER.match(lines[i])]
    if headed:
        above = [i for i in above if i not in headed]
        paragraphs = max(paragraphs, 2)
    return any(is_desk_line(lines[i]) or _STAMP_LABEL.search(lines[i]) for i in above) \
        or sum(1 for i in above if lines[i].count(" ") >= 14 and lines[i].endswith(_SENTENCE_END)) >= paragraphs


def _teaser_stream(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A date's or section's page of stories with no ages: each a title and
    a teaser cut off with `…বিস্তারিত পড়ুন`, `Read More`, `[…]` (kalaroanews)."""
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    cut = more = 0
    for k in range(1, len(nonblank)):
        t, te = nonblank[k - 1], nonblank[k]
        s = lines[te]
        # (a teaser cut off, or a whole lead of twelve words or more among them:
        # dhakamirror cuts some with `... Read more`, prints others whole)
        whole = not s.endswith(_ENDS)
        if (not whole and s.count(" ") >= 7 or whole and s.count(" ") >= 11 and not is_desk_line(lines[t])) \
                and 2 <= lines[t].count(" ") + 1 <= 18 \
                and not lines[t].endswith(_ENDS) and not lines[t].endswith(("।", ".")) and t not in other \
                and te not in other:
            # (`View More TITLE`: the link under a teaser glued to the next story's title)
            links.append((_GLUED_MORE_RE.sub("", lines[t], count=1).strip() or lines[t], t))
            other[te] = "teaser"
            if not whole:
                cut += 1
                more += s.endswith(_MORE_ENDS)
    # (three cut off, or two closed by a link's words, `Read more`: an article's
    # paragraphs may end with an ellipsis, never with a link to the rest)
    if len(links) < 3 or cut < 3 and more < 2:
        return None
    links += [(rest, i) for i in nonblank if i not in other and i not in {t for _, t in links}
              and lines[i].startswith(_GLUED_MORE) and _title_like(rest := _GLUED_MORE_RE.sub("", lines[i], count=1).strip())]
    links.sort(key=lambda x: x[1])
    # (most of the page, furniture aside: a menu, `Read More »` after each teaser)
    content = sum(1 for i in nonblank if lines[i].rstrip(" »›>").strip() not in _MORE and boiler_kind(lines[i]) is None)
    if 2 * len(links) < 0.6 * content:
        return None
    if _article_above(lines, nonblank, links[0][1]):
        return None
    return links, _rest(lines, nonblank, links, other)


def _more_stream(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A section's page whose teasers are cut off with no mark, each closed
    by a link to the whole story alone on its line (abekshan, azkerbangladesh:
    TITLE / TEASER / `Read more`); three or more, and most of the page."""
    mores = [k for k in range(1, len(nonblank)) if len(lines[nonblank[k]]) <= 20
             and lines[nonblank[k]].rstrip(" »›>.").strip().lower() in _MORE_LOWER]
    if len(mores) < 3:
        return None
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    untitled = 0
    after_more = {nonblank[k] for k in mores}
    for k in mores:
        t, te = nonblank[k - 2] if k >= 2 else None, nonblank[k - 1]
        if lines[te].count(" ") >= 7 and te not in other and (t is None or t in after_more) \
                and lines[nonblank[k]].rstrip(" »›>.") not in _READ_ALSO_WORDS:
            # TEASER / `read more` / TEASER / `read more` (dailygrameendarpan): the
            # titles lost in the dump, each teaser right under the link before
            # (`আরও পড়ুন` under a paragraph heads a related link more often than it closes a teaser)
            other[te], other[nonblank[k]] = "teaser", "menu"
            untitled += 1
            continue
        if t is None:
            continue
        stamp = repeat = None
        if k >= 3 and _counted_stamp(lines[t]):
            # TITLE / TITLE / `September 7, 2023 at 11:30 am 0 comments` / TEASER […] /
            # `Read more ›` (a WordPress theme's category page): the stamp and the
            # title's second print (the image's alt text) are the story's furniture
            stamp, t = t, nonblank[k - 3]
            if k >= 4 and lines[nonblank[k - 4]] == lines[t]:
                repeat, t = t, nonblank[k - 4]
        if lines[te].count(" ") >= 7 and t not in other and te not in other and stamp is None and _dated_desk(lines[t]):
            # `2023-03-04ডেস্ক রিপোর্ট` / TEASER / `View more` (bajroshakti): a story
            # whose title the dump lost, its date and desk over its teaser
            other[t], other[te], other[nonblank[k]] = "date", "teaser", "menu"
            untitled += 1
        elif lines[te].count(" ") >= 7 and _title_like(lines[t]) and t not in other and te not in other:
            links.append((_BULLET.sub("", lines[t], count=1), t))
            other[te] = "teaser"
            other[nonblank[k]] = "menu"
            if stamp is not None:
                other[stamp] = "date"
            if repeat is not None:
                other[repeat] = "repeat"
    stories = len(links) + untitled
    if stories < 3 or untitled > len(links) and links:
        return None
    content = sum(1 for i in nonblank if i not in other and boiler_kind(lines[i]) is None)
    first = min(other) if not links else links[0][1]
    if 2 * stories < 0.6 * content or _article_above(lines, nonblank, first):
        return None
    if not links:
        # (a listing with no links: what is not a story's is furniture above them or a teaser below)
        return [], {i: other.get(i) or boiler_kind(lines[i]) or ("menu" if i < first else "teaser") for i in nonblank}
    return links, _rest(lines, nonblank, links, other)


def _bullet_teasers(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A section's page of bulleted titles, each over its teaser (`  • TITLE` /
    `    TEASER`: The Daily Star's section pages); three or more, and most of
    the page."""
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    for k in range(len(nonblank) - 1):
        t, te = nonblank[k], nonblank[k + 1]
        s = lines[t]
        if s[:1] in "•●▪◦*-" and (m := _BULLET.match(s)) is not None and _title_like(s[m.end():]) \
                and _BULLET.match(lines[te]) is None and lines[te].count(" ") >= 7:
            links.append((s[m.end():], t))
            other[te] = "teaser"
    if len(links) < 3:
        return None
    content = sum(1 for i in nonblank if boiler_kind(lines[i]) is None)
    if 2 * len(links) < 0.6 * content or _article_above(lines, nonblank, links[0][1]):
        return None
    return links, _rest(lines, nonblank, links, other)


def _twice_stream(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A section's page of stories with no ages or dates, each title printed
    twice (the link, the image's alt text) over its teaser, whole or cut off
    (dhakawire24's `বিশেষ সংবাদ`); three or more, and most of the page."""
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    # (asked of most pages: the title twice is looked for first, a string comparison)
    for k in range(len(nonblank) - 2):
        t, r, te = nonblank[k], nonblank[k + 1], nonblank[k + 2]
        if (lines[t] == lines[r] or lines[t][:1] in _BULLET_FIRST and lines[t].endswith(lines[r])
                and _BULLET.sub("", lines[t], count=1) == lines[r]) \
                and t not in other and _title_like(lines[r]) and lines[te] != lines[r]:
            # (`• TITLE` / `TITLE`: madhyom's author pages bullet the link, not the alt text)
            if not _teaser_like(lines[te]):
                # TITLE / TITLE / `NAME` / TEASER: the story's byline over its teaser (madhyom's tag pages)
                if k + 3 >= len(nonblank) or lines[te].count(" ") > 4 or lines[te].endswith(_SENTENCE_END) \
                        or not _teaser_like(lines[nonblank[k + 3]]):
                    continue
                other[te] = "teaser"
                te = nonblank[k + 3]
            links.append((_BULLET.sub("", lines[t], count=1), t))
            other[r] = "repeat"
            other[te] = "teaser"
    if len(links) < 3:
        return None
    content = sum(1 for i in nonblank if i >= links[0][1] and boiler_kind(lines[i]) is None)
    if 3 * len(links) < 0.6 * content or _article_above(lines, nonblank, links[0][1]):
        return None
    return links, _rest(lines, nonblank, links, other)


def _rest(lines: list[str], nonblank: list[int], links: list[tuple[str, int]], other: dict[int, str]) -> dict[int, str]:
    """The kinds of a listing's other lines: furniture, its date lines, and
    (above the first story) menus, (below) teasers."""
    titles = {t for _, t in links}
    for i in nonblank:
        if i not in other and i not in titles:
            other[i] = "label" if i < links[0][1] and _HEADER.match(lines[i]) else \
                boiler_kind(lines[i]) or _listing_date(lines[i]) or ("menu" if i < links[0][1] else "teaser")
    return other


_STAMPISH = LazyPattern(r"[0-9০-৯]:[0-9০-৯]{2}|(?<![0-9০-৯])(?:19|20|১৯|২০)[0-9০-৯]{2}(?![0-9০-৯])")


def _stamp_blocks(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """An author's or section's page whose stories each close with a block
    of short stamp lines, the outlet's name, the date and the time, each
    maybe bulleted (TV9 Bangla: TITLE / TEASER / `- TV9 Bangla` / `- Updated
    on: Nov 23, 2026` / `- 12:33 pm`); three or more, and most of the page."""
    # (asked of most pages: three short lines with a year or a clock first)
    stamped = [k for k, i in enumerate(nonblank) if len(lines[i]) <= 40 and _STAMPISH.search(lines[i])]
    if len(stamped) < 3:
        return None
    stamped = [k for k in stamped if _stamp_line(lines[nonblank[k]])]
    blocks: list[list[int]] = []
    for k in stamped:
        if blocks and blocks[-1][-1] == k - 1:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    if len(blocks) < 3:
        return None
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    for block in blocks:
        a = block[0]
        while a > 2 and len(s := lines[nonblank[a - 1]]) <= 40 and _BULLET.match(s) and " " in s \
                and not s.endswith(_SENTENCE_END) and nonblank[a - 1] not in other:
            a -= 1  # the outlet's or writer's name over the stamp, bulleted as it is
        if a < 2:
            continue
        t, te = nonblank[a - 2], nonblank[a - 1]
        if t in other or not (_title_like(lines[t]) and _teaser_like(lines[te])):
            continue
        links.append((lines[t], t))
        other[te] = "teaser"
        for k in range(a, block[-1] + 1):
            other[nonblank[k]] = "date" if k in block else "menu"
    if len(links) < 3 or sum(1 for i in nonblank if i in other) + len(links) < 0.6 * len(nonblank):
        return None
    if _article_above(lines, nonblank, links[0][1], paragraphs=2):
        return None  # (one paragraph above the stories is the author's note on who they are)
    return links, _rest(lines, nonblank, links, other)


def _dated_desk(s: str) -> bool:
    """A story's date with its desk after it, glued or not (`2023-03-04ডেস্ক
    রিপোর্ট`), and nothing else."""
    if len(s) > 60 or not _STAMPISH.search(s):
        return False
    from .dateline import read_line  # (only for the pages with three links to whole stories)
    dl = read_line(s)
    if dl is None or not dl.readings or dl.readings[0].start != 0:
        return False
    rest = s[dl.readings[-1].end:].strip(" |,-–")
    return bool(rest) and is_desk_line(rest)


def _counted_stamp(s: str) -> bool:
    """A story's date alone, or with its count of comments after it (`September
    7, 2023 at 11:30 am 0 comments`, `১২ মার্চ ২০২৪ ০ মন্তব্য`)."""
    if len(s) > 60 or not _STAMPISH.search(s):
        return False
    from .dateline import read_line  # (only for the pages with three links to whole stories)
    dl = read_line(_COMMENT_COUNT.sub("", s, count=1))
    # (`at` between the date and the time is the one word more a stamp may hold)
    return dl is not None and bool(dl.readings) and not dl.prefix and dl.extra_words <= 1


_COMMENT_COUNT = LazyPattern(r"\s+[0-9০-৯]+\s+(?:[Cc]omments?|মন্তব্য)$")


def _stamp_line(s: str) -> bool:
    """A story's stamp alone: a date or a time, maybe labelled or bulleted."""
    from .dateline import read_line  # (only for the pages with three stamps or more)
    dl = read_line(_BULLET.sub("", s, count=1))
    return dl is not None and bool(dl.readings) and not dl.extra_words


def _digest_stream(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A digest of other outlets' stories (a ministry's or a clipping
    service's news flash): each a title, the outlet's name alone on its line
    (`Bonik Barta`, `প্রথম আলো`), then a paragraph summing the story up;
    three or more, and most of the page."""
    from .byline import is_outlet_name  # (only for pages that are no other listing)
    # (asked of most pages: the short lines first, and only three or more)
    short = [k for k in range(1, len(nonblank) - 1) if len(lines[nonblank[k]]) <= 40]
    if len(short) < 3:
        return None
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    for k in short:
        t, o, te = nonblank[k - 1], nonblank[k], nonblank[k + 1]
        if lines[te].endswith(_SENTENCE_END) and " " in lines[t] and not lines[t].endswith(("।", ".", "৷")) \
                and t not in other and lines[te].count(" ") >= 7 and lines[t].count(" ") <= 17 \
                and is_outlet_name(lines[o]):
            links.append((lines[t], t))
            other[o] = other[te] = "teaser"
    if len(links) < 3:
        return None
    # (most of the page, its furniture aside: menus, a footer, widgets)
    content = sum(1 for i in nonblank if i in other or boiler_kind(lines[i]) is None)
    if 3 * len(links) < 0.6 * content or _article_above(lines, nonblank, links[0][1]):
        return None
    return links, _rest(lines, nonblank, links, other)


def _cut_off(s: str) -> bool:
    """A teaser cut off: `...`, `…`, `[…]`, or a theme's `Read More →` glued
    to its last word (`…ছিল।Read More →`)."""
    return s.endswith(_CUT_ENDS) or s.endswith(_GLUED_LAST) and (cut := cut_read_more(s)) is not None \
        and not cut[-1:].isspace()


def _cut_teasers(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A tag's page whose dump lost the titles: teasers only, each cut off
    with `...` or `…` (West Bengal portals' tag pages), three or more and
    most of the page. A listing with no links (but the titles a theme glued
    to its `Read More`); no teaser is a headline."""
    # (asked of most pages: the first long lines tell at once whether they are cut off)
    long = 0
    for i in nonblank[:12]:
        if len(lines[i]) >= 60:
            if _cut_off(lines[i]):
                break
            long += 1
            if long == 3:
                return None
    else:
        return None
    teasers = [i for i in nonblank if _cut_off(lines[i]) and lines[i].count(" ") >= 7]
    if len(teasers) < 3:
        return None
    # `Read MoreRaid on …`: a teaser's link glued to the next story's title (or
    # to the archive's `Day: DATE`), a theme's list of cut-off teasers
    glued = {i: rest for i in nonblank if lines[i].startswith(_GLUED_MORE)
             and (rest := _GLUED_MORE_RE.sub("", lines[i], count=1).strip(" »›>"))}
    # (a teaser's date under it is no content of its own: kalbela's author pages)
    content = [i for i in nonblank if boiler_kind(lines[i]) is None and lines[i].count(" ") >= 3 and i not in glued
               and (len(lines[i]) > 60 or not _listing_date(lines[i]))]
    if 10 * len(teasers) < 6 * len(content) or _article_above(lines, nonblank, teasers[0]) \
            or _titled_story(lines, nonblank, teasers):
        return None
    other = {i: "teaser" for i in teasers}
    links = []
    # `SECTION TITLE Jul 30, 2021 NAME: PLACE: TEASER…` (indianprimetime's tag pages: each
    # story run into one line): the title before the stamp is a link, the line a teaser
    stamped = [(t, i) for i in teasers if (t := _title_before_stamp(lines[i])) is not None]
    if 2 * len(stamped) >= len(teasers) >= 3:
        links = stamped
    for k, i in enumerate(nonblank):
        if i in glued and (_listing_date(glued[i]) or _DAY_LABEL.match(glued[i])
                           and _listing_date(_DAY_LABEL.sub("", glued[i], count=1))):
            other[i] = "date"
        elif i in glued and _title_like(glued[i]):
            links.append((glued[i], i))
        elif glued and i not in other and _title_like(lines[i]) \
                and k + 1 < len(nonblank) and nonblank[k + 1] in other and other[nonblank[k + 1]] == "teaser":
            links.append((lines[i], i))  # a title alone over its teaser, among the glued ones
        elif i not in other:
            other[i] = boiler_kind(lines[i]) or _listing_date(lines[i]) \
                or ("teaser" if lines[i].count(" ") >= 7 else "menu")  # (a teaser whole, or the tag's name)
    return links, other


def _titled_story(lines: list[str], nonblank: list[int], teasers: list[int]) -> bool:
    """A title of four words or more right over paragraphs that each close
    with `…` and run on one from the next (no title between them): one
    story that trails off paragraph by paragraph (an explainer, a feature),
    not a tag's page, whose name over its teasers is a word or two."""
    k = nonblank.index(teasers[0])
    if k == 0 or nonblank[k:k + len(teasers)] != teasers:
        return False
    title = lines[nonblank[k - 1]]
    return 4 <= title.count(" ") + 1 <= 18 and not title.endswith(_SENTENCE_END) and boiler_kind(title) is None \
        and not _listing_date(title)


_STAMP_THEN_BYLINE = LazyPattern(
    r"\s((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-9০-৯]{1,2}, [0-9০-৯]{4}"
    r"|[0-9০-৯]{1,2} \S+,? [0-9০-৯]{4})\s+(?=\S+(?: \S+){0,3}\s?[:ঃ])")


def _title_before_stamp(s: str) -> str | None:
    """The title of a story run into one line with its stamp, byline and
    teaser (`শহর TITLE Jul 30, 2021 NAME: PLACE: TEASER…`): the words before the
    date, without the section's name that opens them; None when the line is
    not so."""
    m = _STAMP_THEN_BYLINE.search(s, 0, 300)
    if m is None or not _listing_date(m.group(1)):
        return None
    title = s[:m.start()].strip()
    first, _, rest = title.partition(" ")
    from .boilerplate import is_section_name
    if rest and is_section_name(first):
        title = rest
    return title if 2 <= title.count(" ") + 1 <= 25 and not title.endswith(("।", ".")) else None


def _counted_teasers(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A section's page whose theme cuts every teaser at the same number of
    words with no mark (WordPress's excerpt length: thedailysky's thirty
    words, a cut falling mid-sentence, `… বিভাগ থেকে`), each under its
    title or with the titles lost; three or more, most of the page. The
    titles are links."""
    long = [i for i in nonblank if len(lines[i]) >= 100]
    # (asked of most pages: an article's paragraphs end whole)
    if sum(1 for i in long if not lines[i].endswith(_SENTENCE_END)) < 2:
        return None
    counts: dict[int, list[int]] = {}
    for i in long:
        # (eighteen words or more: a dump hard-wrapped at 80 columns holds fewer a line)
        if (n := lines[i].count(" ") + 1) >= 18:
            counts.setdefault(n, []).append(i)
    same = max(counts.values(), key=len, default=[])
    if len(same) < 3:
        return None
    cut = [i for i in same if not lines[i].endswith(_SENTENCE_END)]
    sizes = [len(lines[i]) for i in same]
    # (most cut mid-sentence, and not at one width: words counted, not letters)
    if 2 * len(cut) < len(same) or max(sizes) - min(sizes) < 15:
        return None
    teasers = set(same)
    links = []
    for k in range(1, len(nonblank)):
        t = nonblank[k - 1]
        if nonblank[k] in teasers and t not in teasers and _title_like(lines[t]) and boiler_kind(lines[t]) is None:
            links.append((_BULLET.sub("", lines[t], count=1), t))
    titles = {t for _, t in links}
    content = [i for i in nonblank if i not in titles and boiler_kind(lines[i]) is None and lines[i].count(" ") >= 7]
    if 10 * len(teasers) < 6 * len(content) or _article_above(lines, nonblank, min(titles | teasers)):
        return None
    other = {i: "teaser" for i in teasers}
    if links:
        return links, _rest(lines, nonblank, links, other)
    for i in nonblank:
        if i not in other:
            other[i] = boiler_kind(lines[i]) or _listing_date(lines[i]) \
                or ("teaser" if lines[i].count(" ") >= 7 else "menu")
    return [], other


def _glued_stamps(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """An aggregator whose dump glued each story's stamp, the date and the
    outlet's name, to the next story's title (bengalinfo: `• TITLE` /
    `NAME: TEASER ...` / `১৯ জুন ২০২৫ আনন্দবাজারTITLE` / TEASER / …): three
    stories or more, most of the page. The glued titles are links."""
    glued = {k: t for k, i in enumerate(nonblank)
             if lines[i][:1] in _DIGITS and len(lines[i]) <= 200 and (t := _after_stamp(lines[i]))}
    if len(glued) < 2:
        return None
    ks = sorted(glued)
    if not all(k >= 2 and _teaser_like(lines[nonblank[k - 1]]) for k in ks):
        return None
    first = nonblank[ks[0] - 2]
    if not _title_like(title := _BULLET.sub("", lines[first], count=1)):
        return None
    links = [(title, first)] + [(glued[k], nonblank[k]) for k in ks]
    other = {nonblank[k - 1]: "teaser" for k in ks}
    last = ks[-1]
    if last + 1 < len(nonblank) and _teaser_like(lines[nonblank[last + 1]]):
        other[nonblank[last + 1]] = "teaser"
        if last + 2 < len(nonblank) and _listing_date(lines[nonblank[last + 2]], outlet=True):
            other[nonblank[last + 2]] = "date"  # the last story's stamp, with no title after it
    if 2 * len(other) + len(links) < 0.6 * sum(1 for i in nonblank if i >= first) \
            or _article_above(lines, nonblank, first):
        return None
    return links, _rest(lines, nonblank, links, other)


_CASE_ENDINGS = tuple(nfc(["র ", "এর ", "ের ", "কে ", "তে ", "য় ", "য়ের ", "রা ", "দের "]))
_GLUED_STAMP = LazyPattern(r"^([0-9০-৯]{1,2}\s+\S+,?\s+[0-9০-৯]{4})\s+(\S.*)$")


def _after_stamp(s: str) -> str | None:
    """The title glued to a story's stamp (`১৯ জুন ২০২৫ আনন্দবাজারTITLE`,
    `২৬ জুন ২০২৫ এই সময়TITLE`), or None: the outlet is one the lexicon knows,
    with no space between it and the title."""
    m = _GLUED_STAMP.match(s)
    if m is None or not _listing_date(m.group(1)):
        return None
    from .byline import is_outlet_name  # (only for lines that open with a date)
    rest = m.group(2)
    words = rest.split(" ", 3)
    for n in range(min(3, len(words))):
        head, word = " ".join(words[:n]), words[n]
        for j in range(2, len(word) - 1):
            name = (head + " " + word[:j]) if head else word[:j]
            if is_outlet_name(name):
                title = rest[len(name):].strip()
                # (`প্রথম আলোর প্রতিবেদনে`: the name with its case ending, no title glued to it)
                return title if _title_like(title) and not title.startswith(_CASE_ENDINGS) \
                    and not unicodedata.category(title[0]).startswith("M") else None
    return None


_GLUED_LAST = ("More", "more", "MORE", "পড়ুন", "»", "→")
_GLUED_MORE = ("Read More", "Read more", "READ MORE", "View More", "View more", "বিস্তারিত পড়ুন")
_GLUED_MORE_RE = LazyPattern("^(?:%s)" % "|".join(_GLUED_MORE))
_DAY_LABEL = LazyPattern(r"^(?:Day|Month|Year|Date)\s*:\s*")


def _byline_teasers(lines: list[str], nonblank: list[int]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """A section's page of teasers with no titles, each opening with its
    byline and cut off mid-sentence with no mark (prothomdak: `খেলাধুলা ডেস্ক
    || … অথচ`), or each opening with the same dateline (a bureau's page:
    `আগরতলা (ত্রিপুরা): …`, a lead each); three or more, most of the page.
    A listing with no links."""
    # (asked of most pages: two of the first three long lines must open with a
    # byline's or dateline's mark, a bar or a colon in their first forty letters,
    # and open with a byline or a dateline)
    long = marked = 0
    first: list[int] = []
    for i in nonblank[:8]:
        s = lines[i]
        if len(s) >= 60:
            long += 1
            if s.find(":", 0, 40) >= 0 or s.find("ঃ", 0, 40) >= 0 or s.find("||", 0, 40) >= 0 \
                    or s.find("।।", 0, 48) >= 0 or s.find("॥", 0, 48) >= 0:
                marked += 1
                first.append(i)
            if long == 3:
                break
    if marked < 2:
        return None
    if sum(1 for i in first if _opener(lines[i]) is not None) < 2:
        return None
    bylined, datelined = [], {}
    for i in nonblank:
        if len(lines[i]) >= 60 and (op := _opener(lines[i])) is not None:
            if op == "":
                bylined.append(i)
            else:
                datelined.setdefault(op, []).append(i)
    same = max(datelined.values(), key=len, default=[])
    if len(same) >= 3:
        teasers = same  # one bureau's stories, a lead each
    elif len(bylined) >= 3 and 2 * sum(1 for i in bylined if not lines[i].endswith(_SENTENCE_END)) >= len(bylined):
        teasers = bylined  # (most of them cut: a story's paragraphs end whole)
    else:
        return None
    content = [i for i in nonblank if boiler_kind(lines[i]) is None and lines[i].count(" ") >= 3]
    if 10 * len(teasers) < 7 * len(content) or _article_above(lines, nonblank, teasers[0]):
        return None
    other = {i: "teaser" for i in teasers}
    for i in nonblank:
        if i not in other:
            other[i] = boiler_kind(lines[i]) or _listing_date(lines[i]) or "menu"
    return [], other


def _opener(s: str) -> str | None:
    """What a teaser opens with: "" for a byline (`খেলাধুলা ডেস্ক || …`), the
    dateline for a known place's (`আগরতলা (ত্রিপুরা)`), None for neither."""
    from .byline import inline_desk, known_place  # (only for pages that pass _byline_teasers' cheap test)
    from .segment.patterns import _OPENING_DATELINE
    if inline_desk(s) is not None:
        return ""
    m = _OPENING_DATELINE.match(s)
    return m.group(1) if m is not None and known_place(m.group(1).split(" ", 1)[0]) is not None else None


def _listing_date(s: str, outlet: bool = False) -> str | None:
    """`date` for the listing's own date line (`শুক্রবার, অক্টোবর ৫, ২০১৮`);
    with `outlet`, a story's stamp may name its outlet after the date in a
    word or two (an aggregator's `১৯ জুন ২০২৫ প্রতিদিন`)."""
    from .dateline import read_line  # (only for the pages found to be listings)
    dl = read_line(s) if len(s) <= 60 else None
    return "date" if dl is not None and dl.readings and not dl.prefix \
        and (not dl.extra_words or outlet and dl.extra_words <= 2 and dl.readings[0].date) else None


def _wordpress_listing(lines: list[str]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    seen = 0
    for header_at, s in enumerate(lines):  # the listing's header is among the first lines
        if s:
            if (":" in s or "ঃ" in s) and _HEADER.match(s):
                break
            seen += 1
            if seen == 8:
                return None
    else:
        return None
    nonblank = [i for i, s in enumerate(lines) if s]
    if sum(1 for i in nonblank if lines[i].endswith(_ENDS)) < 2:
        return None
    titles = {i for i, j in zip(nonblank, nonblank[1:]) if i > header_at and lines[i] == lines[j]
              and not lines[i].endswith(_ENDS) and not _BULLET.match(lines[i])}
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    for i in nonblank:
        s = lines[i]
        if i < header_at:
            # the site's masthead, menus and clock
            other[i] = boiler_kind(s) or ("clock" if _listing_date(s) else "menu")
        elif i == header_at:
            other[i] = "label"
        elif s in _MORE or s.rstrip(" »›>").strip() in _MORE:
            other[i] = "menu"
        elif _BULLET.match(s):
            links.append((_BULLET.sub("", s, count=1), i))
        elif i in titles:
            links.append((s, i))  # a title with no bullet, printed twice (its link, the image's alt text)
        elif links and s == links[-1][0]:
            other[i] = "repeat"  # the title again, from the image's alt text
        elif (kind := boiler_kind(s)) is not None and not s.endswith(_ENDS):
            other[i] = kind  # a footer, a share line: not a teaser
        else:
            other[i] = "teaser"
    teasers = [i for i, k in other.items() if k == "teaser"]
    # An article with an `Author:` line has paragraphs, not cut-off teasers.
    if len(links) < 2 or 2 * sum(1 for i in teasers if lines[i].endswith(_ENDS)) < len(teasers):
        return None
    return links, other
