"""The text of an HTML page, one line a block (a heading, a paragraph, a list
item, a table cell, a line break), each with the input line it starts on, so
that a page saved as HTML, minified into one line or not, reads as a dump
does. Scripts, styles and the document's head are left out.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements that start and end a line of text.
_BLOCK = frozenset("""
    address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody
    td tfoot th thead tr ul
    item entry channel title link pubdate dc:creator dc:date author description content updated published guid
""".split())  # (the second line: an RSS or Atom feed's, whose items read as pages do)
# Elements whose text is no page text.
_SKIP = frozenset("script style noscript template head".split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[int, int, str]] = []
        self.buf: list[str] = []
        self.start: int | None = None
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body":
            self.skip = 0  # a head left open ends here
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.flush()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if self.start is None and not data.isspace():
            # the line of the first letter (whitespace before it may hold line ends)
            lead = len(data) - len(data.lstrip())
            self.start = self.getpos()[0] - 1 + data.count("\n", 0, lead)
        self.buf.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text and self.start is not None:
            self.out.append((self.start, max(self.start, self.getpos()[0] - 1), text))
        self.buf = []
        self.start = None


def html_lines(text: str) -> list[tuple[int, int, str]]:
    """[(first, last 0-based input line, text)] for each block of text of an
    HTML page (a paragraph may run over several input lines)."""
    p = _Text()
    if "<![CDATA[" in text:
        text = text.replace("<![CDATA[", "").replace("]]>", "")  # a feed's escaped HTML, read as HTML
    p.feed(text)
    p.close()
    p.flush()
    return p.out


# A page's own metadata in its head: the dates a CMS stamps it with and its
# address (Open Graph and article tags, schema.org's JSON-LD, Dublin Core).
_META_TAG = re.compile(r"<meta\b[^>]*>|<link\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_META_KEYS = {
    "published": ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
                  "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.created",
                  "parsely-pub-date", "sailthru.date", "article.published"),
    "modified": ("article:modified_time", "og:updated_time", "datemodified", "lastmod", "dcterms.modified",
                 "article.updated"),
    "url": ("og:url",),
    "title": ("og:title", "twitter:title"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"),
}
_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TIME_TAG = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']([0-9][^"']{7,40})["']""", re.IGNORECASE)
_JSON_LD = {"published": re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"'),
            "modified": re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')}


def html_meta(text: str) -> dict[str, str]:
    """{"published", "modified", "url", "title"}: what the page's head says of itself,
    as printed there (the first of each; absent keys when it says nothing)."""
    head = text[:300_000]
    out: dict[str, str] = {}
    for m in _META_TAG.finditer(head):
        attrs = {k.lower(): v or w for k, v, w in _ATTR.findall(m.group())}
        if m.group()[1:5].lower() == "link":
            if attrs.get("rel", "").lower() == "canonical" and attrs.get("href", "").startswith("http"):
                out.setdefault("url", attrs["href"].strip())
            continue
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = (attrs.get("content") or "").strip()
        if not key or not value:
            continue
        for field, keys in _META_KEYS.items():
            if key in keys:
                out.setdefault(field, value)
    for field, pattern in _JSON_LD.items():
        if field not in out and (m := pattern.search(head)) is not None:
            out[field] = m.group(1).strip()
    if "published" not in out and (m := _TIME_TAG.search(head)) is not None:
        # (the first `<time datetime="…">` of the page: a date its text may print as an age, `২ ঘণ্টা আগে`)
        out["published"] = m.group(1).strip()
    if "title" not in out and (m := _TITLE_TAG.search(head)) is not None and m.group(1).strip():
        out["title"] = " ".join(m.group(1).split())
    if "title" in out:
        import html  # (only for a page with a title)
        out["title"] = html.unescape(out["title"])
    return out
