"""The records bnnews produces: frozen dataclasses with a fixed key order.

`Article.to_dict()` is the JSON record; `SCHEMA` is its JSON Schema.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The closed set of kinds for lines that no field used.
OTHER_KINDS = {
    "clock": "a site clock, 'today' line, masthead date or weather widget: the crawl or issue date, never the article's",
    "date": "a date line that is neither the published nor the updated date (a print date, a listing date, a repeat)",
    "menu": "navigation, logo, masthead, breadcrumb or section-name line",
    "ticker": "a scrolling-headline line (often several headlines run together)",
    "label": "a bare label such as 'শিরোনাম', 'প্রিন্ট ভার্সন', 'সর্বাধিক পঠিত', 'আরও পড়ুন'",
    "ad": "an advertising placeholder",
    "caption": "a photo or video caption or credit",
    "share": "share, follow and social-media prompts",
    "counter": "a view counter or a bare number",
    "signature": "the initials or slash signature that ends an article",
    "footer": "copyright, contact, comment-widget and other page-footer text",
    "separator": "a line of dashes, bullets or other punctuation only",
    "repeat": "the headline, or a body paragraph, printed again",
    "summary": "a summary bullet or subhead line beside the headline that no field took",
    "teaser": "a post's teaser on a tag, category or author listing page, or a front page's",
    "crawl": "crawl metadata glued to the page text (` date YYYY-MM-DD`), or a scraper's placeholder for a "
             "field it did not find ('Unknown', 'None', 'null')",
    "markup": "an HTML line that holds only markup, an image's file name or embed left in the text, or a bare URL",
    "unknown": "a line none of the rules above explains",
}

# Stable warning codes (a code may be followed by ': ' and a detail).
WARNINGS = {
    "no_headline": "no headline was found (body-only pages are common)",
    "no_date_line": "the page prints no published or updated date",
    "date_relative": "the page gives its date only as an age ('২ ঘণ্টা আগে', '3 hours ago') or as today or "
                     "yesterday ('গতকাল, রাত ১০:৩০') or by its weekday ('শনিবার, ১০:৩০'), which needs the crawl time to read; the "
                     "date is null",
    "no_body": "no article paragraphs were found",
    "date_no_year": "a date line prints no year, so its date is null",
    "date_from_url": "the published date was taken from the URL",
    "date_from_crawl": "the page tells its date only as an age or a relative day; it was counted from the crawl "
                       "time given (parse's crawled, --crawled, --crawled-field, a WARC record's date)",
    "after_crawl": "the published or updated time is later than the crawl time given: one of them is wrong (often a "
                   "crawl time in the wrong zone); both are kept as given (the detail names the stamp)",
    "crawl_time_unreadable": "convert: the record's crawl time is not ISO text; the page was read without it "
                             "(the detail gives the value)",
    "feed_items": "an RSS or Atom feed of several items read as one page (bnnews convert reads one record an item)",
    "headline_from_meta": "an HTML page prints no title in its body: the headline was taken from its head",
    "desk_from_meta": "an HTML page prints no byline in its body: the desk was taken from its head's author",
    "published_from_meta": "the published date was taken from the HTML page's head (it prints no date line)",
    "updated_from_meta": "the updated date was taken from the HTML page's head (it prints no date line)",
    "print_time_0000": "the time is printed as 00:00, which print pages use for an unknown time",
    "weekday_mismatch": "the printed weekday disagrees with the printed date; the date is kept",
    "invalid_date": "a date line names a day that does not exist",
    "bangla_calendar": "the date line prints its date in the Bangla calendar only; it is read by the "
                       "Bangladesh rule (sites still on the old rule are a day ahead from Kartik to Choitro)",
    "hijri_calendar": "the date line prints its date in the Hijri calendar only; it is read by Umm al-Qura "
                      "(Bangladesh's moon-sighted months are often a day or two later)",
    "invalid_time": "a date line's clock is no time of day (25:05, 12:65); the date is kept without it",
    "looks_like_html": "the input looks like HTML markup, not page text",
    "looks_like_json": "the input looks like JSON, not page text",
    "wordpress_json": "the input was a WordPress REST post (JSON); its title, dates and HTML body were decoded",
    "mojibake": "the input looks like UTF-8 that was decoded as Latin-1 or Windows-1252",
    "listing_page": "a tag, category or author listing or a front page's stream of stories, not one article: the titles are "
                    "links, the teasers are in other",
    "markdown": "the input was Markdown (a reader's or crawler's output); its markup was taken off line by line",
    "hard_wrapped": "the dump wrapped paragraphs at a fixed width; their lines were joined (the detail says how many)",
}


@dataclass(frozen=True)
class Stamp:
    """A published or updated date as printed and as read."""

    raw: str
    date: str | None
    time: str | None
    datetime: str | None
    tz: str

    def to_dict(self) -> dict:
        return {"raw": self.raw, "date": self.date, "time": self.time,
                "datetime": self.datetime, "tz": self.tz}


@dataclass(frozen=True)
class OtherLine:
    line: int
    kind: str
    text: str

    def to_dict(self) -> dict:
        return {"line": self.line, "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class Block:
    """A run of input lines (1-based, inclusive) that went to one field or kind."""

    kind: str
    first: int
    last: int

    def to_dict(self) -> dict:
        return {"kind": self.kind, "lines": [self.first, self.last]}


@dataclass(frozen=True)
class Article:
    source: str | None = None
    headline: str | None = None
    kicker: str | None = None
    desk: str | None = None
    author: str | None = None
    place: str | None = None
    published: Stamp | None = None
    updated: Stamp | None = None
    body: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    other: tuple[OtherLine, ...] = ()
    warnings: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = field(default=(), compare=False)

    def to_dict(self, *, blocks: bool = False) -> dict:
        d = {
            "source": self.source,
            "headline": self.headline,
            "kicker": self.kicker,
            "desk": self.desk,
            "author": self.author,
            "place": self.place,
            "published": self.published.to_dict() if self.published else None,
            "updated": self.updated.to_dict() if self.updated else None,
            "body": list(self.body),
            "links": list(self.links),
            "other": [o.to_dict() for o in self.other],
            "warnings": list(self.warnings),
        }
        if blocks:
            d["blocks"] = [b.to_dict() for b in self.blocks]
        return d


_STR_OR_NULL = {"type": ["string", "null"]}
_STAMP = {
    "type": ["object", "null"],
    "additionalProperties": False,
    "required": ["raw", "date", "time", "datetime", "tz"],
    "properties": {
        "raw": {"type": "string", "description": "the date as printed (or the URL)"},
        "date": {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "time": {"type": ["string", "null"], "pattern": "^[0-9]{2}:[0-9]{2}(:[0-9]{2})?$"},
        "datetime": _STR_OR_NULL,
        "tz": {"type": "string", "pattern": "^[+-][0-9]{2}:[0-9]{2}$"},
    },
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "bnnews article record",
    "type": "object",
    "additionalProperties": False,
    "required": ["source", "headline", "kicker", "desk", "author", "place",
                 "published", "updated", "body", "links", "other", "warnings"],
    "properties": {
        "source": _STR_OR_NULL,
        "headline": _STR_OR_NULL,
        "kicker": _STR_OR_NULL,
        "desk": _STR_OR_NULL,
        "author": _STR_OR_NULL,
        "place": _STR_OR_NULL,
        "published": _STAMP,
        "updated": _STAMP,
        "body": {"type": "array", "items": {"type": "string"}},
        "links": {"type": "array", "items": {"type": "string"}},
        "other": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["line", "kind", "text"],
                "properties": {
                    "line": {"type": "integer", "minimum": 1},
                    "kind": {"enum": sorted(OTHER_KINDS)},
                    "text": {"type": "string"},
                },
            },
        },
        "warnings": {"type": "array", "items": {"type": "string",
                                                 "pattern": "^[a-z0-9_]+(: .*)?$"}},
        "blocks": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "lines"],
                "properties": {
                    "kind": {"type": "string"},
                    "lines": {"type": "array", "items": {"type": "integer"},
                              "minItems": 2, "maxItems": 2},
                },
            },
        },
    },
}
