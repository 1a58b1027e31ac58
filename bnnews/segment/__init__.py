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

from .. import boilerplate as bp
from ..byline import is_by_credit, is_desk_line, known_place
from ..dateline import Reading
from .._re import LazyPattern
from ..lexicon import boilerplate as lx_bp, bylines as lx_by, calendar_words as lx_cw, nfc
from ..listing import read_listing
from .body import _find_body, _header_after_body, _read_body, _rhymes
from .header import _byline_name, _read_header
from .page import Layout, _Page, _ends_sentence, _short, title_runs_on
from .patterns import _BANGLA, _DATE_LABEL_KEYS, _GLUED_DATE
from .tail import _choose_dates, _read_tail
from .unwrap import entry_title

__all__ = ["Layout", "segment"]


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
    if body_start is None and (titles := _titles_only(page)) is not None:
        lay.listing = True
        lay.links = [(lines[i], [i]) for i in titles]
        lay.other = {i: page.kind[i] or "menu" for i in page.idx if i not in titles}
        return lay
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
    if lay.headline is not None and dates and "markup" in lay.other.values():
        dates = _without_theme_date(page, lay, dates)
    _choose_dates(lay, dates, tail_dates)
    if lay.headline is None and header:
        _topic_date_title(page, header, lay)
    elif header and lay.headline is not None and lay.headline_text is None and lay.kicker is None \
            and lay.headline_wrap is None and _short(lines[lay.headline]) and lay.body \
            and lay.body[0][0] > lay.headline and (lay.published or lay.updated) is not None \
            and lay.headline > max((lay.published or lay.updated)[1]):
        # `রাশিফল: ২৪ নভেম্বর ২০২৫` / desk / date / `মেষ` / its paragraph /
        # `বৃষ` / …: a subhead of a word or two under the date lines is the
        # body's, and the topic with its date over them the page's title.
        sub = lay.headline
        lay.headline = None
        _topic_date_title(page, header, lay)
        if lay.headline is None:
            lay.headline = sub
        else:
            lay.body.insert(0, (sub, lines[sub]))
    if lay.body and (k := page.pos[lay.body[0][0]]) > 0 and lay.other.get(j := page.idx[k - 1]) in ("unknown", "summary") \
            and lines[j].count(" ") <= 4 and len(lines[j]) <= 40 and not lines[j].endswith((":", "ঃ", "।", ".")) \
            and any(_short(s) and not _ends_sentence(s) for _, s in lay.body[1:]):
        # `মেষ` / its paragraph / `বৃষ` / …: the first section's head over the
        # first paragraph, as the next sections' heads are in the body
        del lay.other[j]
        lay.body.insert(0, (j, lines[j]))
    elif lay.body and (k := page.pos[lay.body[0][0]]) > 0 and lay.published is not None \
            and (j := page.idx[k - 1]) in lay.published[1] and (g := _GLUED_DATE.match(lines[j])) is not None \
            and _short(head := lines[j][g.end():].strip()) and bp.boiler_kind(head) is None \
            and any(_short(s) and not _ends_sentence(s) for _, s in lay.body[1:]):
        # (the same head run into a print page's date over it: `৩১ মার্চ, ২০২৪ ০১:১৮ইতিকাফের পরিচয়`)
        lay.body.insert(0, (j, head))
    if lay.body and (lay.headline is None or lay.headline_text is None and lines[lay.headline].isascii()
                     and lay.body[0][1][:1] > "\u0980"):
        # (over a Latin masthead too: `somewhere in... blog`)
        _title_printed_twice_in_body(page, lay)
    if lay.headline is None and lay.published is not None and len(lay.published[1]) == 1:
        i = lay.published[1][0]
        if (title := entry_title(page.lines[i])) is not None:
            # A live blog's entry under no other title: its title is the page's.
            lay.headline, lay.headline_text = i, title
    if lay.headline is not None and lay.headline_text is None:
        _wrapped_headline(page, lay)
    if header:
        _credits(page, header, lay)
    if lay.headline is not None and len(lay.body) >= 7 and not lay.desk and lay.desk_text is None \
            and lay.published is None and lay.updated is None \
            and (front := _front_page(lay, lay.headline_text or lines[lay.headline])) is not None:
        titles, leads = front
        lay.listing = True
        lay.links = [(lay.headline_text or lines[lay.headline], [lay.headline])] + [(lines[i], [i]) for i in titles]
        for i in leads:
            lay.other[i] = "teaser"
        if lay.kicker is not None:
            lay.other[lay.kicker] = "menu"
        lay.headline = lay.headline_text = lay.kicker = None
        lay.body = []
    if lay.headline is None and len(lay.body) >= 9 and not lay.desk and lay.desk_text is None \
            and lay.published is None and lay.updated is None and len(lay.body) % 2 == 1 \
            and (front := _front_page(lay, None)) is not None:
        # The same front page with no title over its first paragraph (a site's
        # note on itself, dailynayadiganta): that paragraph is a teaser too.
        titles, leads = front
        lay.listing = True
        lay.links = [(lines[i], [i]) for i in titles]
        for i in leads + [lay.body[0][0]]:
            lay.other[i] = "teaser"
        lay.body = []
    return lay


def _front_page(lay: Layout, headline: str | None) -> tuple[list[int], list[int]] | None:
    """A front page of whole teasers (timenewsbd24): no byline and no date,
    the headline over a lead, then TITLE / LEAD three times or more, the
    leads whole sentences, two or more telling their day as news leads do
    (`বুধবার (২৪ ডিসেম্বর) সন্ধ্যায় …`). (The titles between the leads, other
    stories', and no subheads of one story.) The titles and the leads."""
    body = lay.body
    if len(body) % 2 == 0:
        return None
    # (with no headline, the first paragraph stands alone and the stories follow it)
    leads = ([body[0]] if headline is not None else []) + [body[k] for k in range(2, len(body), 2)]
    titles = [body[k] for k in range(1, len(body), 2)]
    if any(not (1 <= s.count(" ") <= 13) or s.endswith(("।", ".", "৷")) for _, s in titles) \
            or any(not _ends_sentence(s) and not s.rstrip("”’\"'").endswith((".", "?", "!")) for _, s in leads):
        return None  # (an English lead ends with a full stop)
    if headline is None:
        # The paragraph over the stories tells none of them (a site's note, a
        # lead whose title is lost); an article's opening, over its subheads,
        # names what all its sections tell.
        first = _stems(body[0][1])
        if sum(1 for _, s in leads if first & _stems(s)) * 2 > len(leads):
            return None
    if sum(1 for _, s in leads if _LEAD_DAY.search(s) is not None) < 2 \
            and not _distinct_stories(([headline] if headline is not None else []) + [s for _, s in titles],
                                      [s for _, s in leads]):
        return None
    return [i for i, _ in titles], [i for i, _ in leads]


def _stems(s: str) -> set[str]:
    return {w[:4].lower() for w in _WORDS.findall(s) if len(w) >= 4} - _COMMON_STEMS


_WORDS = LazyPattern(r"[\u0980-\u09ffA-Za-z]+")
# The first four letters of words any story uses (`that`, `করেছেন`, `থেকে`):
# no sign that two stories are one.
_COMMON_STEMS = frozenset(nfc([
    "that", "with", "from", "have", "this", "were", "said", "will", "what", "when", "whic", "thei", "ther", "they",
    "been", "into", "over", "afte", "abou", "also", "more", "than", "some", "such", "many", "most", "othe", "only",
    "just", "like", "year", "coun", "peop",
    "করেছ", "হয়েছ", "জানি", "বলেছ", "তারা", "তাদে", "তিনি", "থেকে", "সঙ্গ", "জন্য", "করার", "হচ্ছ", "করছ", "দেশে",
    "দেশের", "বাংল", "সরকা", "মানু",
    # and the first letters of many words (প্রতি-, নির্-, শুরু)
    "শুরু", "প্রত", "নির্", "সম্প"]))


def _distinct_stories(titles: list[str], leads: list[str]) -> bool:
    """Each lead tells its own title's story and not the others' (its words
    are its title's, seldom another's): the stories of a front page, not an
    article's subheads, which all share the one story's words."""
    n = len(titles)
    if n < 4 or n != len(leads):
        return False
    ts, ls = [_stems(t) for t in titles], [_stems(x) for x in leads]
    own = [len(ts[k] & ls[k]) for k in range(n)]
    cross = [len(ts[j] & ls[k]) for k in range(n) for j in range(n) if j != k]
    mean_cross = sum(cross) / len(cross)
    # (and the first title's words, the page's headline if it were an article,
    # are in one other lead at most: an article's headline names what all its
    # sections tell)
    told = sum(1 for k in range(1, n) if ts[0] & ls[k])
    return sum(1 for o in own if o >= 1) >= 0.75 * n and sum(own) / n >= 2 * mean_cross + 1 and mean_cross < 0.5 \
        and told <= max(1, (n - 1) // 4)


# `বুধবার (২৪ ডিসেম্বর)`: a news lead's day, the weekday and the date in brackets
_LEAD_DAY = LazyPattern(lambda: r"(?:%s)\s?\([0-9০-৯]{1,2}\s" % "|".join(
    w for ws in lx_cw.WEEKDAYS.values() for w in nfc(ws) if not w.isascii()))


def _title_printed_twice_in_body(page: _Page, lay: Layout) -> None:
    """A blog's post (somewhereinblog: the writer's name and note on them,
    TITLE, its date, a share prompt, TITLE again, the post): with no headline
    in the header, a short line among the first paragraphs, not a sentence,
    that is printed again under a date line is the headline."""
    lines = page.lines
    repeats = {lines[j] for j, kind in lay.other.items() if kind == "repeat"}
    if not repeats:
        return
    for n, (i, s) in enumerate(lay.body[:4]):
        if s in repeats and s.count(" ") <= 14 and not s.endswith(("।", ".", "?", "!")):
            if lay.headline is not None:
                lay.other[lay.headline] = "menu"
                if lay.kicker is not None:
                    lay.other[lay.kicker], lay.kicker = "menu", None
            lay.headline = i
            for j, _ in lay.body[:n]:
                lay.other[j] = "summary"  # over the title: the writer's note on themself
            del lay.body[:n + 1]
            return


def _topic_date_title(page: _Page, header: list[int], lay: Layout) -> None:
    """`রাশিফল: ২৯ নভেম্বর ২০২৫` over a labelled date line, and no other title:
    a topic and its date are the page's title (a horoscope's, a day in
    history's), not a second date line. A label (`তারিখ:`), a place (`ঢাকা:`)
    or `আজ` before the date keeps it a date line."""
    stamps = {j for got in (lay.published, lay.updated) if got is not None for j in got[1]}
    if not stamps:
        return
    for i in header[:4]:
        if lay.other.get(i) != "date" or i in stamps or i > min(stamps):
            continue
        dl = page.dateline(i)
        prefix = dl.prefix.strip() if dl is not None else ""
        if dl is None or dl.labels or not prefix.endswith((":", "ঃ", "(", "-", "–")) or len(prefix) < 4:
            continue  # (`বাজারদর (২৯ নভেম্বর ২০২৫)`, `আজকের খেলা - DATE` too)
        key = prefix.rstrip(":ঃ(-– ").strip().lower()
        if key in _DATE_LABEL_KEYS or key in _NOT_TOPICS or known_place(key) or known_place(key.title()):
            continue
        lay.headline = i
        del lay.other[i]
        return


_NOT_TOPICS = frozenset(nfc(lx_bp.DATE_LINE_PREFIXES))


def _credits(page: _Page, header: list[int], lay: Layout) -> None:
    """`Published by: NAME` beside a desk line that took the byline: a web
    producer's credit, kept as a `signature` line rather than an unknown one."""
    lines = page.lines
    # The credit verbs start with E, P or U: most pages have no candidate at all.
    cands = [i for i in header if lines[i][:1] in "EPU" and len(lines[i]) <= 80 and is_by_credit(lines[i])]
    if not cands:
        return
    used = {lay.headline, lay.kicker, lay.headline_wrap, *lay.desk,
            *(i for i, kind in lay.other.items() if kind not in ("unknown", "summary"))}
    for got in (lay.published, lay.updated):
        if got is not None:
            used.update(got[1])
    for i in cands:
        if i not in used:
            lay.other[i] = "signature"


def _wrapped_headline(page: _Page, lay: Layout) -> None:
    """A headline wrapped in two: the line under it opens with a word no line
    of its own opens with (`… ত্রাণের` / `জন্য হাহাকার`), and nothing took it."""
    j = page.next_nonblank(lay.headline)
    if j is None or lay.other.get(j, "unknown") not in ("unknown", "summary") or j in lay.desk \
            or len(page.lines[j]) > 80:
        return
    if page.lines[j].split(" ", 1)[0] not in _WRAP_OPENERS \
            and not (j == lay.headline + 1 and _second_title_line(page.lines[lay.headline], page.lines[j])):
        return
    for got in (lay.published, lay.updated):
        if got is not None and j in got[1]:
            return
    if any(i == j for i, _ in lay.body) or any(j in where for _, where in lay.links):
        return
    lay.headline_text = f"{page.lines[lay.headline]} {page.lines[j]}"
    lay.headline_wrap = j
    lay.other.pop(j, None)
    k = page.next_nonblank(j)
    if k is not None and lay.desk_text is None and not lay.desk and lay.other.get(k) == "unknown" \
            and _byline_name(page.lines[k]) and page.next_nonblank(k) == (lay.body[0][0] if lay.body else None):
        # TITLE / its second line / NAME / the body (Bartaman's columns): the
        # name under the whole title is the byline, as under a title of one line
        lay.desk, lay.desk_text = [k], page.lines[k]
        del lay.other[k]


_WRAP_OPENERS = frozenset(nfc(lx_by.NOT_NAME_FIRST))


def _second_title_line(first: str, s: str) -> bool:
    """`দ্বিতীয় হুগলি সেতুতে দাঁড়িয়ে` / `সেলফিতে নিষেধাজ্ঞা` (Bartaman prints its
    titles in two lines): a short Bangla line right under a title that closes
    with no mark, no name, byline or sentence of its own."""
    if first.endswith(_TITLE_CLOSERS) or not title_runs_on(first):
        return False  # (a title that reads whole: a subhead under it, not its second line)
    return 1 <= s.count(" ") <= 5 and len(first) + len(s) <= 100 \
        and _BANGLA.search(s) is not None and not s.endswith(("।", ".", ":", "ঃ")) \
        and not _byline_name(s) and not is_desk_line(s) and not bp.is_bullet(s)


_TITLE_CLOSERS = ("।", ".", "?", "!", ":", "ঃ", "|", "’", "'", "\"", "”")


def _without_theme_date(page: _Page, lay: Layout, dates: list) -> list:
    """`বুধবার, মে ১৫, ২০২৪` / `spot_imgspot_img` / … / TITLE: a WordPress news
    theme's date of the day over its image placeholder (tagDiv's Newspaper;
    `স্পট_আইএমজি` in a machine-translated copy) is the site's clock, not the
    story's date."""
    first = page.idx[0]
    nxt = page.next_nonblank(first)
    if nxt is None or lay.other.get(nxt) != "markup" or "_" not in page.lines[nxt] or " " in page.lines[nxt]:
        return dates
    site = [d for d in dates if d[0].role == "plain" and d[0].time is None and d[1] == [first]]
    if site:
        lay.other[first] = "clock"
    return [d for d in dates if d not in site]


def _titles_only(page: _Page) -> list[int] | None:
    """A section or front page dumped as its stories' titles alone: no
    paragraph, no byline, no date, and a run of five titles or more (two to
    fourteen words, no sentence's end) under at most its menus. The titles;
    None when the page is not one."""
    lines = page.lines
    run: list[int] = []
    for i in page.idx:
        s = lines[i]
        if page.kind[i] is not None:
            if run:
                break  # (the stories run together: a menu or a label after them ends them)
            continue
        if is_desk_line(s) or page.dateline(i) is not None:
            return None
        if 1 <= s.count(" ") <= 13 and not _ends_sentence(s) and _BANGLA.search(s) is not None \
                and not bp.is_bullet(s):
            run.append(i)
        elif run:
            break
    if len(run) < 5 or any(page.kind[i] is None and i > run[-1] for i in page.idx):
        return None  # (nothing but furniture after the titles)
    if _rhymes([lines[i] for i in run]):
        return None  # a poem's lines of verse, not titles
    return run


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
