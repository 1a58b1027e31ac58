"""WordPress REST dumps (formats.md §1c, family G) read back into page text.

Crawls of `?rest_route=/wp/v2/posts/N` store the post's JSON, with the
title and body as HTML inside it. `wp_post_page(text)` turns such a post
into the plain page the rest of the parser reads: the title, a `Published:`
line (and `Updated:` when the post was modified later), then one line per
HTML paragraph. The local time and its `_gmt` twin give the offset, which is
then a zone printed on the page.

>>> page = wp_post_page('{"date": "2023-12-21T14:34:31", "date_gmt": "2023-12-21T08:34:31",'
...                     ' "title": {"rendered": "শীত"}, "content": {"rendered": "<p>এক</p><p>দুই</p>"}}')
>>> page.splitlines()
['শীত', 'Published: 2023-12-21T14:34:31+06:00', '', 'এক', 'দুই']
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re

__all__ = ["wp_post_page", "post_page"]

# Where a paragraph ends in the post's HTML: one output line per block.
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div|figcaption|tr)\s*>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_DROP = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _rendered(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("rendered")
    return value if isinstance(value, str) else None


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _html_lines(fragment: str) -> list[str]:
    fragment = _DROP.sub(" ", fragment)
    return [t for t in (_plain(p) for p in _BLOCK_END.split(fragment)) if t]


def _stamp(local, gmt, site_offset: str | None = None) -> str | None:
    """`2023-12-21T14:34:31` and its GMT twin -> the local time with its
    offset; without a usable twin, the site's offset when known (`modified`
    is in the same zone as `date`), else the local time as printed."""
    if not isinstance(local, str):
        return None
    try:
        a = _dt.datetime.fromisoformat(local)
    except ValueError:
        return None
    if a.tzinfo is not None:
        return a.isoformat()
    try:
        b = _dt.datetime.fromisoformat(gmt) if isinstance(gmt, str) else None
    except ValueError:
        b = None
    if b is None or b.tzinfo is not None:
        return a.isoformat() + (site_offset or "")
    minutes = round((a - b).total_seconds() / 60)
    # WordPress writes `0000-00-00T00:00:00` for a draft's GMT: no real offset
    # is more than 14 hours or off the quarter hour.
    if abs(minutes) > 14 * 60 or minutes % 15:
        return a.isoformat()
    sign = "+" if minutes >= 0 else "-"
    return f"{a.isoformat()}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def wp_post_page(text: str) -> str | None:
    """The page text of one WordPress post given as JSON, or None when the
    text is not one post (not JSON, a list of several, no title or content)."""
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(obj, list) and len(obj) == 1:
        obj = obj[0]
    return post_page(obj)


def post_page(obj) -> str | None:
    """The page text of one WordPress post already read from JSON (a dict),
    or None when it is not one."""
    if not isinstance(obj, dict):
        return None
    title = _rendered(obj.get("title"))
    content = _rendered(obj.get("content"))
    if title is None or content is None:
        return None
    lines = [_plain(title)]
    published = _stamp(obj.get("date"), obj.get("date_gmt"))
    if published:
        lines.append(f"Published: {published}")
    site_offset = published[-6:] if published and published[-6] in "+-" else None
    updated = _stamp(obj.get("modified"), obj.get("modified_gmt"), site_offset)
    if updated and updated != published:
        lines.append(f"Updated: {updated}")
    lines.append("")
    lines.extend(_html_lines(content))
    return "\n".join(lines)
