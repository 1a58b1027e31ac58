"""The text of an HTML page, one line a block (a heading, a paragraph, a list
item, a table cell, a line break), each with the input line it starts on, so
that a page saved as HTML, minified into one line or not, reads as a dump
does. Scripts, styles and the document's head are left out.
"""
from __future__ import annotations

from html.parser import HTMLParser

# Elements that start and end a line of text.
_BLOCK = frozenset("""
    address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody
    td tfoot th thead tr ul
""".split())
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
    p.feed(text)
    p.close()
    p.flush()
    return p.out
