"""The tail (the lines after the body: signatures, tags, related links,
footers), and the choice of the published and updated dates among all the
date lines read.
"""
from __future__ import annotations

import re

from .. import boilerplate as bp
from ..byline import bare_person, is_desk_line, strip_terminator
from ..dateline import might_be_dateline, read_line
from ..lexicon import boilerplate as lx_bp, nfc
from .body import comments_follow
from .page import Layout, _Page, _ends_sentence, _is_title, _latin_title, double_spaced
from .patterns import _BANGLA, _LIST_SPLIT


def _read_tail(page: _Page, tail: list[int], lay: Layout) -> list:
    lines = page.lines
    found = []
    link_lines = []
    # An English page (its headline all ASCII): its related titles are English too.
    english = lay.headline is not None and lines[lay.headline].isascii()
    tags = False  # under a tag label: short lines are tags
    # Paragraphs that lost their closing danda right after the body are still
    # the body: a line of fifteen words or more is no related title (those
    # run to thirteen at most in the corpus).
    last = lay.body[-1][0] if lay.body else None
    continuing = last is not None and bool(tail) and page.pos[tail[0]] == page.pos[last] + 1
    n_after = 0  # the tail's lines read so far
    comments = False  # under the head of the readers' comments
    signed: set[int] = set()  # the writer's line of who they are, read with the name over it
    for i in _related_entries(page, tail, lay):
        signed.add(i)  # (a related story's title again and its teaser: read, no link of their own)
    for i in tail:
        if i in signed:
            continue
        s = lines[i]
        kind = page.kind[i]
        n_after += 1
        if kind in ("counter", "label") and bp.is_comment_head(s) and comments_follow(page, i):
            comments = True
            continuing = False
            lay.other[i] = kind
            continue
        if comments:
            if kind is None or kind in ("counter", "share", "clock") or kind == "label" and bp.label_key(s) in _COMMENT_FORM:
                # a commenter's name, the comment's time and text, its likes:
                # the comment widget's text (its dates are no dates of the story)
                lay.other[i] = "footer" if kind is None else kind
                continue
            comments = False
        if continuing:
            if kind is None and not bp.is_bullet(s) and _BANGLA.search(s) is not None and (
                    s.count(" ") >= 14 or s.count(" ") >= 7 and any(v in s for v in _SAID)):
                lay.body.append((i, s))
                continue
            continuing = False
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
        if m and m.end() < len(s) and (kind in (None, "label") or kind == "menu" and not _CRUMB_MARK.search(s, m.end())):
            # `আরও পড়ুন: TITLE`; `Next Post » TITLE` (its arrow made it a breadcrumb)
            lay.links.append((s[m.end():].strip(), [i]))
            continue
        if kind is not None:
            lay.other[i] = kind
            continue
        if s.startswith(_AUTHOR_NOTE) or (len(s) <= 30 and bp.is_initials(s)) or (
                lay.desk_text and n_after <= 4 and s.startswith(lay.desk_text) and s[len(lay.desk_text):][:2].strip()[:1]
                in (":", "ঃ", "-", "–", "—", ",")):
            # (`আবু সাঈদ খান: সাংবাদিক ও কলাম লেখক`: the columnist's name again, with who they are)
            # `লেখক: অধ্যাপক, …`: who the writer is; `এমএইচ`: the desk's initials
            lay.other[i] = "signature"
            continue
        if len(s) <= 80 and s.count(" ") <= 5 and not bp.is_bullet(s) \
                and (n_after <= 3 or (j := page.next_nonblank(i)) is not None and page.dateline(j) is not None) \
                and is_desk_line(s):
            # A byline right after the body (`প্রতিবেদক: NAME`, `ঢাকা প্রতিনিধি`),
            # or over a date line further down (the next article's header):
            # the desk of a page whose header printed none; otherwise a
            # credit, never a related title.
            if not lay.desk and lay.desk_text is None and n_after <= 2:
                lay.desk, lay.desk_text = [i], strip_terminator(s)
            else:
                lay.other[i] = "signature"
            continue
        if n_after == 1 and (who := _sign_off(page, i)) is not False:
            # A letter's or a column's writer right after the body, maybe over
            # who and where they are (`রহিম উদ্দিন` / `শিক্ষার্থী, রাজশাহী
            # বিশ্ববিদ্যালয়`): the byline of a page whose header printed none.
            if not lay.desk and lay.desk_text is None:
                lay.desk, lay.desk_text = [i], strip_terminator(s)
            else:
                lay.other[i] = "signature"
            if who is not None:
                lay.other[who] = "signature"
                signed.add(who)
            continue
        if _ends_sentence(s) or not (_is_title(s) or bp.is_bullet(s) or english and _latin_title(s)):
            lay.other[i] = "unknown"
            continue
        link_lines.append(i)
    _links(page, link_lines, lay)
    return found


_CRUMB_MARK = re.compile(r"[»>›/|]")


def _sign_off(page: _Page, i: int) -> int | None | bool:
    """Line i, right after the body, is a person's name (a title or a family
    name marks it, no case ending) that ends the page, or stands over one
    short line of who and where they are (`শিক্ষার্থী, রাজশাহী বিশ্ববিদ্যালয়`)
    that does: that line (None when there is none); False otherwise. (A
    related title is no name, and more titles would follow it.)"""
    if not bare_person(page.lines[i], max_words=4):
        return False
    j = page.next_nonblank(i)
    if j is None or page.kind[j] in ("footer", "share", "label", "separator"):
        return None
    if page.kind[j] is None and page.dateline(j) is not None \
            and ((k := page.next_nonblank(j)) is None or page.kind[k] in ("footer", "share", "label", "separator")):
        return None  # `NAME` / `০২.০৯.২০১৭।`: a blog's writer signs off with the day (read as a date line)
    t = page.lines[j]
    if page.kind[j] is not None or "," not in t or t.count(" ") > 7 or _ends_sentence(t):
        return False
    k = page.next_nonblank(j)
    return j if k is None or page.kind[k] in ("footer", "share", "label", "separator") else False


_AUTHOR_NOTE = tuple(nfc(lx_bp.AUTHOR_NOTE_PREFIXES))
_COMMENT_FORM = frozenset(bp.label_key(w) for w in nfc(lx_bp.COMMENT_FORM_LABELS))
_SAID = tuple(nfc(lx_bp.REPORTING_CUES))
_TAG_LABELS = frozenset(nfc(lx_bp.TAG_LABELS))


def _related_entries(page: _Page, tail: list[int], lay: Layout) -> list[int]:
    """`• TITLE` / TITLE / TEASER under the story (a related story: its link,
    the picture's alt text, its lead): the title again is a `repeat`, the lead
    under it a `teaser`. Returns those lines; the bulleted title stays a link."""
    lines = page.lines
    done = []
    # (`TITLE` / `TITLE` with no bullet: the same, as bdnewsclub prints its related stories)
    entries = [i for i in tail if page.kind[i] is None and (lines[i][:1] in "•●▪" or len(lines[i]) >= 10
                                                            and (j := page.next_nonblank(i)) is not None
                                                            and lines[j] == lines[i])]
    for i in entries:
        j = page.next_nonblank(i)
        if j is None or j in done or len(lines[j]) < 10 or bp.strip_bullet(lines[i]) != lines[j]:
            continue
        lay.other[j] = "repeat"
        done.append(j)
        k = page.next_nonblank(j)
        if k is not None and k in tail and lines[k][:1] not in "•●▪" and len(lines[k]) >= 60 \
                and (lines[k].rstrip("”’\"' ")[-1:] in ("।", "…", ".", "?", "!") or bp.cut_read_more(lines[k])):
            # (a lead cut off with `Read more` glued to it is a teaser too)
            lay.other[k] = "teaser"
            done.append(k)
    return done


def _links(page: _Page, link_lines: list[int], lay: Layout) -> None:
    lines = page.lines
    bullets = sum(1 for i in link_lines if bp.is_bullet(lines[i]))
    bulleted = bullets >= 2 and bullets * 2 >= len(link_lines)
    spaced = None  # a blank line after every line? (asked only when it matters)
    prev = None
    in_item = False  # the line before was a bulleted item or its wrapped part
    for i in link_lines:
        s = lines[i]
        if bp.is_bullet(s) or not bulleted:
            lay.links.append((bp.strip_bullet(s) if bp.is_bullet(s) else s, [i]))
            in_item = bp.is_bullet(s)
        elif in_item and prev is not None and page.pos[prev] + 1 == page.pos[i] and lay.links and (
                prev + 1 == i or (spaced := double_spaced(page) if spaced is None else spaced)):
            # A wrapped title: the continuation joins the item above, and a
            # ` - ` inside it starts the next item.
            parts = s.split(_LIST_SPLIT)
            text, where = lay.links[-1]
            lay.links[-1] = (f"{text} {parts[0].strip()}".strip(), where + [i])
            for p in parts[1:]:
                if p.strip():
                    lay.links.append((p.strip(), [i]))
        else:
            lay.links.append((s, [i]))  # (a list of its own, after a label: no bullets)
            in_item = False
        prev = i


def _earlier(a, b) -> bool:
    """Reading a tells a day (or a time of the same day) before reading b."""
    if a.date is None or b.date is None:
        return False
    return a.date < b.date or a.date == b.date and a.time is not None and b.time is not None \
        and a.time[:2] < b.time[:2]


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
    if upd is not None:
        # Beside a labelled updated date a bare clock (a live blog's first
        # entry stamp, `২১:৩০`) is no published date.
        plain = [d for d in plain if d[0].date or d[0].month_day]
        if pub is None and lay.headline is not None and plain and max(plain[0][1]) < min(upd[1]) < lay.headline \
                and max(plain[0][1]) < lay.headline and _earlier(upd[0], plain[0][0]):
            # `২০ এপ্রিল ২০২৪` atop the page, over `শেষ আপডেট: ০১ নভেম্বর ২০১৪`
            # (anandabazar's archive): a day after the story's last update,
            # printed above it, is the site's date (the crawl's), no published date.
            for j in plain[0][1]:
                lay.other[j] = "clock"
            plain = plain[1:]
        if plain and sum(1 for d in tail_dated if d[0].role == "plain") >= 1 \
                and all(min(d[1]) > max(upd[1]) for d in plain):
            # Nor is a full date under the `Last Updated` line when more stand
            # between the paragraphs (a live blog's entries: Zee 24 Ghanta).
            plain = []
    if pub is None and plain:
        pub = plain[0]
        if upd is None and len(plain) > 1 and (plain[1][0].date, plain[1][0].time, plain[1][0].month_day) \
                != (pub[0].date, pub[0].time, pub[0].month_day) and not _earlier(plain[1][0], pub[0]):
            # (the same date printed twice, over and under a toolbar, is no
            # update; nor is an earlier one, another story's)
            upd = plain[1]
    if pub is None:
        # The `বাংলাদেশ সময়:` trailer, printed after the body or (rarely) in
        # the header, then any date after the body.
        # (Beside a labelled updated date, only a trailer: a live blog's entry
        # stamps, `২১:৩০`, are no published date, and none is invented.)
        trail = [d for d in tail_dated if d[0].role == "trailer" or d[0].role == "plain" and upd is None] + [
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
