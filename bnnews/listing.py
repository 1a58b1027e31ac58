"""WordPress tag, category, author and date listings (formats.md §1c, family F).

A listing is not an article: `Tag: X`, then for each post a bulleted title,
the same title again (the image's alt text), a teaser cut off with `[…]`,
`…` or glued `বিস্তারিত পড়ুন`, and a `Read More »` line. `read_listing(lines)`
tells such a page apart and lays it out: the titles become links, the rest
goes to `other`; there is no headline and no body.
"""
from __future__ import annotations

import re

from ._re import LazyPattern
from .boilerplate import boiler_kind
from .lexicon import boilerplate as lx
from .lexicon import nfc

__all__ = ["read_listing"]

_HEADER = LazyPattern(r"^(?:%s)\s?[:ঃ]\s*\S" % "|".join(re.escape(w) for w in nfc(lx.LISTING_HEADERS)),
                      re.IGNORECASE)
_ENDS = tuple(nfc(lx.TEASER_ENDS))
_MORE = frozenset(w for w in _ENDS if w[0].isalpha())
_BULLET = LazyPattern(r"^(?:[•●▪◦*]|-(?=\s))\s*")


def read_listing(lines: list[str]) -> tuple[list[tuple[str, int]], dict[int, str]] | None:
    """(links as (title, line index), {line index: other kind}) for a listing
    page given as stripped lines; None when the page is not one."""
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
    links: list[tuple[str, int]] = []
    other: dict[int, str] = {}
    for i in nonblank:
        s = lines[i]
        if i < header_at:
            other[i] = boiler_kind(s) or "menu"  # the site's masthead and menus
        elif i == header_at:
            other[i] = "label"
        elif s in _MORE or s.rstrip(" »›>").strip() in _MORE:
            other[i] = "menu"
        elif _BULLET.match(s):
            links.append((_BULLET.sub("", s, count=1), i))
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
