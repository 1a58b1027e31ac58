"""The markup that dump tools leave in a page, taken off line by line so that
one input line stays one line and the segmenter reads the page as it reads
any dump:

- Markdown as readers and crawlers write a page (Jina Reader, Firecrawl,
  crawl4ai, html2text, trafilatura's Markdown): `# TITLE` loses its hashes,
  `[text](url)` and `![alt](url)` keep their text, `**bold**` and `_em_`
  their words, a backslash escape its character; a list item keeps a bullet.
  Jina Reader's header: `Title:` is a line of the page, `URL Source:` the
  page's URL, `Published Time:` a labelled date line;
- a `lynx -dump`'s link marks (`[12]TITLE`) and its `References` list;
- the metadata header trafilatura puts first (`---` / `title: …` / `---`),
  and a scraper's `key: value` header with no fences (`Title: …` /
  `Author: …` / `Date: …`, `শিরোনাম: …` / `লেখক: …` / `তারিখ: …`);
- the `>` marks of a page quoted whole (an e-mail's, a Markdown blockquote's);
- the Wayback Machine's banner and toolbar over an archived page (`The
  Wayback Machine - https://web.archive.org/web/…`, `33 captures`, the
  capture dates, `TIMESTAMPS`): the archive's, not the page's.
"""
from __future__ import annotations

import re

from ._re import LazyPattern
from .lexicon import nfc

# What Markdown shows in a page's first lines.
_MARKERS = LazyPattern(
    r"^#{1,6}\s+\S|\]\((?:https?:|/|#)[^)\s]*\)|^!\[|^\s*[*+-]\s+\[|^(?:Title|URL Source|Markdown Content):",
    re.MULTILINE)
# (Jina Reader numbers every image's alt text: `![Image 1: logo](…)`; the number is its own)
_IMAGE = LazyPattern(r"!\[(?:Image [0-9]+(?:: ?|(?=\])))?([^\]]*)\]\([^)]*\)")
_LINK = LazyPattern(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = LazyPattern(r"\[([^\]]+)\]\[[^\]]*\]")
_HEADING = LazyPattern(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_RULE = LazyPattern(r"^(?:=+|(?:[-*_]\s*){3,})$")  # a setext underline or a rule
# (The words between may not hold the marks: one left open never makes a
# scan to the end of the line from every mark.)
_STRONG = LazyPattern(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__")
_EMPHASIS = LazyPattern(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)")
_ESCAPE = LazyPattern(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_CODE = LazyPattern(r"`([^`]+)`")
_QUOTE = LazyPattern(r"^(?:>\s?)+")
_LIST = LazyPattern(r"^([*+-])\s+")
_FENCE = ("```", "~~~")
# Jina Reader opens its output with these.
_JINA_TITLE = "Title: "
_JINA_DROP = ("URL Source:", "Markdown Content:", "Warning:", "Number of Pages:")
_JINA_PUBLISHED = "Published Time:"


def looks_like_markdown(head: str) -> bool:
    """Two Markdown constructs at least in the page's first characters."""
    return len(_MARKERS.findall(head)) >= 2


def source_url(lines: list[str]) -> str | None:
    """The page's address from Jina Reader's header (`URL Source: …`)."""
    for s in lines[:12]:
        if s.startswith("URL Source:"):
            return s[len("URL Source:"):].strip() or None
    return None


def plain_lines(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines without their Markdown, and {line: text} of the lines that
    were markup only (an image with no text, a rule, a fence)."""
    out: list[str] = []
    markup: dict[int, str] = {}
    for i, s in enumerate(lines):
        plain = plain_line(s)
        if s and not plain:
            markup[i] = s
        out.append(plain)
    return out, markup


def plain_line(s: str) -> str:
    """One line of Markdown as text."""
    if not s:
        return s
    if s.startswith(_JINA_TITLE):
        return s[len(_JINA_TITLE):].strip()
    if s.startswith(_JINA_DROP) or s.startswith(_FENCE) or _RULE.match(s):
        return ""
    if s.startswith(_JINA_PUBLISHED):
        return "Published: " + s[len(_JINA_PUBLISHED):].strip()
    if s[0] == "#" and (m := _HEADING.match(s)) is not None:
        s = m.group(1)
    if s[0] == ">":
        s = _QUOTE.sub("", s)
    bullet = ""
    if s[:1] in "*+-" and (m := _LIST.match(s)) is not None:
        bullet, s = "- ", s[m.end():]
    if "](" in s or "][" in s:
        s = _IMAGE.sub(r"\1", s)
        s = _LINK.sub(r"\1", s)
        s = _REF_LINK.sub(r"\1", s)
    if "*" in s or "_" in s:
        s = _STRONG.sub(lambda m: m.group(1) or m.group(2), s)
        s = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), s)
    if "`" in s:
        s = _CODE.sub(r"\1", s)
    if "\\" in s:
        s = _ESCAPE.sub(r"\1", s)
    s = " ".join(s.split())
    return bullet + s if s else ""


_LYNX_MARK = LazyPattern(r"\[[0-9]{1,5}\]")
_LYNX_REF = LazyPattern(r"^[0-9]{1,5}\.\s+(?:[a-z]+:|/)\S*$")


def lynx_references(lines: list[str]) -> tuple[list[str], dict[int, str]] | None:
    """A `lynx -dump`: the lines without their `[N]` link marks, and {line:
    text} of its `References` list (markup); None when the page is no such dump."""
    try:
        r = len(lines) - 1 - lines[::-1].index("References")
    except ValueError:
        return None
    refs = [i for i in range(r + 1, len(lines)) if lines[i]]
    if not refs or not all(_LYNX_REF.match(lines[i]) for i in refs[:3]):
        return None
    out = [_LYNX_MARK.sub("", s) if "[" in s else s for s in lines[:r]] + [""] * (len(lines) - r)
    markup = {i: lines[i] for i in [r, *refs]}
    return out, markup


_FRONT_KEY = LazyPattern(r"^([A-Za-z_][A-Za-z0-9_-]{0,30}):(?:\s+(.*))?$")
_FRONT_LINES = {"title": "{}", "author": "{}", "authors": "{}", "date": "Published: {}"}


def front_matter(lines: list[str]) -> tuple[list[str], dict[int, str], str | None] | None:
    """A metadata header (`---`, `key: value` lines, `---`) before the page, as
    trafilatura writes one: its title, author and date become lines of the
    page, the rest markup; (lines, {line: markup}, its url). None when the
    page opens with no such header."""
    first = next((i for i, s in enumerate(lines) if s), None)
    if first is None or lines[first] != "---":
        return None
    close = next((i for i in range(first + 1, min(len(lines), first + 40)) if lines[i] == "---"), None)
    if close is None or close == first + 1:
        return None
    keys = [(i, _FRONT_KEY.match(lines[i])) for i in range(first + 1, close) if lines[i]]
    if not all(m for _, m in keys):
        return None
    out = list(lines)
    markup = {first: lines[first], close: lines[close]}
    out[first] = out[close] = ""
    url = None
    for i, m in keys:
        key, value = m.group(1).lower(), (m.group(2) or "").strip().strip("\"'")
        if key in ("url", "source") and value.startswith(("http://", "https://")):
            url = value
        if key in _FRONT_LINES and value:
            out[i] = _FRONT_LINES[key].format(value)
        else:
            out[i] = ""
            markup[i] = lines[i]
    return out, markup, url


# A scraper's record written as `key: value` lines over the page text, with
# no `---` fences (`Title: …` / `Author: …` / `Date: …` / `URL: …`, and Bangla
# keys: `শিরোনাম:` / `লেখক:` / `তারিখ:`): what each key's value is on the page.
_FIELD_KINDS = {
    "title": "title", "headline": "title", "heading": "title", "শিরোনাম": "title",
    "author": "author", "authors": "author", "byline": "author", "reporter": "author", "writer": "author",
    "লেখক": "author", "প্রতিবেদক": "author",
    "date": "date", "published": "date", "published_at": "date", "publish_date": "date", "published_date": "date",
    "pubdate": "date", "date_published": "date", "publication_date": "date", "datetime": "date",
    "created_at": "date", "তারিখ": "date", "প্রকাশ": "date", "প্রকাশিত": "date", "প্রকাশের সময়": "date",
    "updated": "updated", "updated_at": "updated", "modified": "updated", "date_modified": "updated",
    "last_modified": "updated", "আপডেট": "updated", "হালনাগাদ": "updated",
    "url": "url", "link": "url", "source_url": "url", "canonical": "url", "canonical_url": "url",
    "লিংক": "url", "লিঙ্ক": "url",
    "body": "body", "content": "body", "text": "body", "article": "body", "বিস্তারিত": "body",
    # known and kept out of the page: where the record came from, how it is filed
    "source": "meta", "site": "meta", "sitename": "meta", "site_name": "meta", "outlet": "meta",
    "newspaper": "meta", "paper_name": "meta", "category": "meta", "categories": "meta", "section": "meta",
    "tags": "meta", "tag": "meta", "keywords": "meta", "id": "meta", "lang": "meta", "language": "meta",
    "image": "meta", "image_url": "meta", "top_image": "meta", "description": "meta", "summary": "meta",
    "crawled_at": "meta", "scraped_at": "meta", "timestamp": "meta", "বিভাগ": "meta", "উৎস": "meta",
    "সূত্র": "meta", "ট্যাগ": "meta",
}
_FIELD = LazyPattern(lambda: r"^(%s)\s?[:ঃ]\s*(.*)$" % "|".join(
    re.escape(k) for k in sorted(nfc(list(_FIELD_KINDS)), key=len, reverse=True)), re.IGNORECASE)
_OTHER_KEY = LazyPattern(r"^[a-z][a-z0-9_]{1,24}:\s*(.*)$")
_FIELD_LINES = {"title": "{}", "author": "{}", "date": "Published: {}", "updated": "Updated: {}"}


def field_header(lines: list[str]) -> tuple[list[str], dict[int, str], str | None] | None:
    """A scraper's `key: value` header with no fences: its title, author and
    dates become lines of the page, its `body:` value the first paragraph,
    the other keys crawl lines; (lines, {line: crawl text}, its url). None
    unless the page opens with a title key and a byline, date or URL key
    follows it before the first blank line (a ticker's `শিরোনাম: …` has none)."""
    from .boilerplate import boiler_kind  # (only for pages that open with a title key)
    # The title key first, or after a crawl's boilerplate (a logo, a menu).
    first = next((i for i, s in enumerate(lines[:40]) if s and (_FIELD.match(s) or boiler_kind(s) is None)), None)
    if first is None or (m := _FIELD.match(lines[first])) is None \
            or _FIELD_KINDS.get(_field_key(m.group(1))) != "title":
        return None
    fields: list[tuple[int, str, str]] = []
    for i in range(first, min(len(lines), first + 60)):
        if not lines[i]:
            if i + 1 < len(lines) and lines[i + 1] and _FIELD.match(lines[i + 1]) is None \
                    and _OTHER_KEY.match(lines[i + 1]) is None:
                break  # (a blank line between keys: a double-spaced dump)
            continue
        m = _FIELD.match(lines[i])
        if m is None:
            if (other := _OTHER_KEY.match(lines[i])) is not None and fields:
                fields.append((i, "meta", other.group(1)))  # a scraper's key of its own (`crawl_id: 17`)
                continue
            if boiler_kind(lines[i]) is not None:
                continue  # a crawl's boilerplate between the keys: the page's lines, read as such
            break
        kind = _FIELD_KINDS.get(_field_key(m.group(1)), "meta")
        fields.append((i, kind, m.group(2).strip().strip("\"'")))
        if kind == "body":
            break
    if not any(kind in ("author", "date", "updated", "url") for _, kind, _ in fields):
        return None
    out = list(lines)
    crawl: dict[int, str] = {}
    url = None
    for i, kind, value in fields:
        if kind == "url" and value.startswith(("http://", "https://")):
            url = url or value
        if kind in _FIELD_LINES and value:
            out[i] = _FIELD_LINES[kind].format(value)
        elif kind == "body" and value:
            out[i] = value
        else:
            out[i] = ""
            crawl[i] = lines[i]
    return out, crawl, url


_TITLE_KEYS = frozenset(k for k, v in _FIELD_KINDS.items() if v == "title")


def might_open_field_header(head: str) -> bool:
    """A cheap test on the page's first lines: a title key and its colon
    opening one of them (the first, or one under a crawl's boilerplate)."""
    h = head[:600]
    if "itle" not in h and "শিরোনাম" not in h and "eadline" not in h and "eading" not in h \
            and "ITLE" not in h and "EADLINE" not in h and "EADING" not in h:
        return False  # (substring scans: most pages hold no title key at all)
    for line in h.split("\n", 12)[:12]:
        c = line.find(":", 0, 24)
        if c < 0:
            c = line.find("ঃ", 0, 24)
        if c > 0 and line[:c].strip().lower() in _TITLE_KEYS:
            return True  # (the title keys are the same in every Unicode form: no normalising)
    return False


def _field_key(key: str) -> str:
    k = key.lower()
    return k if k in _FIELD_KINDS else nfc([key])[0]


def unquote(lines: list[str]) -> list[str] | None:
    """A page quoted whole, as an e-mail or a Markdown blockquote quotes it
    (`> TITLE` / `> DESK` / `> …`, nested `> >` too): the lines without the
    marks; None unless every line carries one, or nine lines in ten (three
    at least)."""
    nonblank = [s for s in lines if s]
    marked = sum(1 for s in nonblank if s[0] == ">")
    if marked < len(nonblank) and (marked < 3 or 10 * marked < 9 * len(nonblank)):
        return None
    return [s.lstrip("> ") if s[:1] == ">" else s for s in lines]


# `The Wayback Machine - https://web.archive.org/web/20240315123456/https://…`
_WAYBACK = LazyPattern(r"^The Wayback Machine\s*[-–]\s*https?://web\.archive\.org/web/\d{4,14}[a-z_]*/(\S+)$")
# The toolbar's lines as text dumps print them (captures, the first and last
# capture dates, the calendar's months and years, its labels).
_TOOLBAR = LazyPattern(
    r"^(?:\d[\d,]* captures?|\d{1,2} \w{3} \d{4}(?: - \d{1,2} \w{3} \d{4})?|(?:[A-Za-z]{3} ?){1,3}|\d{1,4}"
    r"|(?:\d{4} ?){1,3}|success|fail|About this capture|COLLECTED BY|(?:Collection|Organization): .*"
    r"|TIMESTAMPS|loading|Go|Close|Help|Previous capture|Next capture|[◄►▲▼ ]+"
    r"|(?:Previous|Next) capture \d{1,2}(?: (?:Previous|Next) capture)?)$")


def wayback_toolbar(lines: list[str]) -> tuple[str, list[int]] | None:
    """(the archived page's own URL, the lines of the banner and toolbar) when
    the page opens with the Wayback Machine's banner; the toolbar ends at its
    `TIMESTAMPS` label, or at the first line that is not one of its own. The
    same for Google's cache (`This is Google's cache of URL. …`) and
    archive.today's capture (`archive.today webpage capture` / `Saved from URL …`)."""
    first = next((i for i, s in enumerate(lines) if s), None)
    if first is None:
        return None
    if lines[first].startswith(("This is Google", "archive.")):
        return _cache_banner(lines, first)
    if not lines[first].startswith("The Wayback") or (m := _WAYBACK.match(lines[first])) is None:
        return None
    return m.group(1), _banner_lines(lines, first, _TOOLBAR, 40, stop="TIMESTAMPS")


def _banner_lines(lines: list[str], first: int, own, reach: int, stop: str | None = None) -> list[int]:
    """The banner's first line and the lines under it that are its own (blank
    lines between them aside), up to `reach` lines down or its `stop` line."""
    out = [first]
    for i in range(first + 1, min(len(lines), first + reach)):
        s = lines[i]
        if not s:
            continue
        if own.match(s) is None:
            break
        out.append(i)
        if s == stop:
            break
    return out


# Google's cache banner and archive.today's, as text dumps print them: the
# archived page's address, then the archive's own lines.
_GOOGLE_CACHE = LazyPattern(r"^This is Google's cache of (https?://\S+?)\.? It is a snapshot of the page")
_ARCHIVE_TODAY = LazyPattern(r"^archive\.(?:today|ph|is|li|vn|fo|md) webpage capture$")
_ARCHIVE_SAVED = LazyPattern(r"^Saved from (https?://\S+)")
_CACHE_LINE = LazyPattern(
    r"^(?:Full version|Text-only version|View source|Learn more|Tip: To quickly find your search term.*"
    r"|(?:Full version )?(?:Text-only version )?View source|Saved from \S+.*|All snapshots from host \S+"
    r"|Webpage(?: Screenshot)?(?: share)?(?: download \.zip)?(?: report bug or abuse)?.*"
    r"|no other snapshots from this url|history|←prior next→|.*Buy me a coffee)$")


def _cache_banner(lines: list[str], first: int) -> tuple[str, list[int]] | None:
    if (g := _GOOGLE_CACHE.match(lines[first])) is not None:
        url = g.group(1)
    elif _ARCHIVE_TODAY.match(lines[first]) is not None:
        url = ""
    else:
        return None
    out = _banner_lines(lines, first, _CACHE_LINE, 12)
    if not url:
        url = next((m.group(1) for i in out if (m := _ARCHIVE_SAVED.match(lines[i])) is not None), "")
    return url or None, out