"""Paragraphs that a text dump hard-wrapped at a fixed width (`lynx -dump`,
`w3m -dump`, `html2text` wrap at 72-80 columns) joined back into one line
each, so that the segmenter sees one paragraph per line as everywhere else.

A page is read as wrapped only when it shows the shape plainly: lines no
longer than a width, and runs of lines that each filled the width of their
block (the next line's first word would not have fitted) and end with a line
that closes a sentence, breaking off in mid-sentence twice at least on the
page, or once in a paragraph set apart by blank lines. Only such runs are
joined; headers, lists of titles and any line that is a byline or a date
line are left as they are.
"""
from __future__ import annotations

from .. import boilerplate as bp
from ..byline import inline_desk, is_desk_line, known_place
from ..dateline import might_be_dateline, read_line
from ..lexicon import boilerplate as lx_bp, nfc

# Widths a dump tool wraps at, in characters (Bangla vowel signs take no
# column, so a full line can hold more characters than the tool's width).
_MIN_WIDTH, _MAX_WIDTH = 40, 130
# A line filled its width when it and the next line's first word would
# have run past this share of its block's widest line (columns are not
# characters).
_FULL = 0.8
_AUTHOR_NOTE = tuple(nfc(lx_bp.AUTHOR_NOTE_PREFIXES))
_VERB_ENDS = tuple(dict.fromkeys(nfc(lx_bp.FINITE_VERB_ENDINGS)))
# Labels that stand for a picture over the body, no list under them.
_PICTURE_LABELS = frozenset(bp.label_key(w) for w in nfc(["Image", "image description", "ছবি", "ভিডিও", "text", "Icon",
                                                          "avatar", "author image", "profile image"]))
# What closes a paragraph's last line (`?` and `!` close related titles as often).
_ENDS = ("।", "॥", ".", "…")
_CLOSERS = "\"'”’)» "
# Day parts a live blog's entry time may open with (রাত, সকাল, দুপুর, বিকেল, সন্ধ্যা, ভোর).
_PART_STARTS = frozenset(nfc(["রা", "সক", "দু", "বি", "সন", "ভো"]))


def join_wrapped(lines: list[str]) -> tuple[list[str], dict[int, list[int]]] | None:
    """`lines` with each wrapped paragraph joined into its first line and its
    other lines blank, and {first line: [the lines joined into it]}; None
    when the page is not hard-wrapped."""
    n = len(lines) - lines.count("")
    if n < 4:
        return None
    longest = max(lines, key=len)
    if len(longest) > _MAX_WIDTH:
        # One paragraph a line: paragraphs run past any width (a URL in twenty
        # lines may, and so may a line or two of boilerplate: a footer's
        # follow prompt is printed unwrapped).
        if n < 20 and (_closes(longest) or len(longest) > 300 or bp.boiler_kind(longest) is None):
            return None  # (the common case, asked first: the longest line is a paragraph)
        over = [s for s in lines if len(s) > _MAX_WIDTH]
        if len(over) > max(2, n // 20) or sum(1 for s in over if _closes(s) or bp.boiler_kind(s) is None) > n // 20:
            return None  # (a paragraph closes a sentence: no need to ask what else it is)
    if not any(b and _MIN_WIDTH * _FULL <= len(a) <= _MAX_WIDTH for a, b in zip(lines, lines[1:])):
        return None  # no line that runs on into the next
    if not _may_wrap(lines):
        return None  # (cheap: no line breaks off mid-sentence above a line that closes one)
    # (a block right under a label, `আরও পড়ুন`, opens with a list of titles: no
    # wrapped paragraph, though its titles break off without a danda)
    runs = [(g, g == block) for block in _blocks(lines) if not _under_label(lines, block[0])
            for g in _wrapped_runs(lines, block)]
    # Two breaks in mid-sentence at least: one could be a subhead over a
    # paragraph, or a lead that lost its danda over the next. One is enough
    # in a paragraph that blank lines set apart, as the dump tools print
    # them, where a subhead and its paragraph would be apart.
    breaks = [g for g, whole in runs for j in g[:-1] if not _closes(lines[j])]
    if len(breaks) < 2 and not (breaks and _set_apart(lines, breaks[0])):
        return None
    # On a wrapped page a paragraph set apart by blank lines is joined even
    # when each of its lines happens to end a sentence.
    groups = [g for g, whole in runs if whole or not all(_closes(lines[j]) for j in g[:-1])]
    out = list(lines)
    joined: dict[int, list[int]] = {}
    for group in groups:
        head, rest = group[0], group[1:]
        text = lines[head]
        for i in rest:
            # `Anti-` / `Discrimination`: a word the dump broke at its hyphen
            glue = "" if text.endswith("-") and len(text) > 1 and not text[-2].isspace() else " "
            text = f"{text}{glue}{lines[i]}"
            out[i] = ""
        out[head] = text
        joined[head] = rest
    return out, joined


def _may_wrap(lines: list[str]) -> bool:
    """Some run of adjacent lines no wider than a dump tool's width holds a
    line that breaks off mid-sentence and, later, one that closes a
    sentence: what a wrapped paragraph needs (`_wrapped_runs` asks more)."""
    broken = False
    least = _MIN_WIDTH * _FULL  # (a block's width is _MIN_WIDTH at least)
    for k, a in enumerate(lines):
        if not a or len(a) > _MAX_WIDTH:
            broken = False  # (a blank or over-long line ends the run)
            continue
        if _closes(a):
            if broken:
                return True
        elif k + 1 < len(lines) and (b := lines[k + 1]) \
                and len(a) + 1 + len(b.split(" ", 1)[0]) > least:
            broken = True  # (full: the next line's first word would not have fitted)
    return False


def _under_label(lines: list[str], i: int) -> bool:
    """The line before i (blank lines aside) is a label that heads a list
    (`আরও পড়ুন`, `সর্বশেষ`), not an image's alt text (`Image`, `ছবি`)."""
    j = i - 1
    while j >= 0 and not lines[j]:
        j -= 1
    return j >= 0 and len(lines[j]) <= 40 and bp.boiler_kind(lines[j]) == "label" \
        and bp.label_key(lines[j]) not in _PICTURE_LABELS


def _set_apart(lines: list[str], run: list[int]) -> bool:
    """A blank line over the run and a blank line (or the page's end) under it."""
    return run[0] > 0 and not lines[run[0] - 1] and (run[-1] + 1 == len(lines) or not lines[run[-1] + 1])


def _blocks(lines: list[str]) -> list[list[int]]:
    """Runs of adjacent lines that may hold paragraphs: no blank, bullet or
    over-long line inside."""
    blocks: list[list[int]] = []
    block: list[int] = []
    for i, s in enumerate(lines):
        if s and block and len(s) <= _MAX_WIDTH and bp.is_bullet(s) and not _number_run_on(lines, i):
            # (a bullet opens a block of its own: a list item wrapped, `* সকল … বাতিল` /
            # `করতে হবে।`, is joined as a paragraph is; a list of short titles is no run)
            if len(block) >= 2:
                blocks.append(block)
            block = [i]
            continue
        if not s or len(s) > _MAX_WIDTH or bp.is_bullet(s) and not _number_run_on(lines, i) and block \
                or entry_title(s) is not None or bp.boiler_kind(s) in ("caption", "label") and not _credit_runs_on(lines, i) \
                or (i and _is_date_line(s, dated=True) and not (_closes(s) and len(s) <= 40 and _runs_on(lines[i - 1]))
                    and not _date_runs_on(lines, i) and not _date_mid_sentence(lines, i)):
            # (a photo's caption, `…। ছবি: সংগৃহীত`, printed twice over the body, is no
            # paragraph's line, though it breaks off without a danda; nor is a label
            # or a date line, `DESK    DATE | প্রিন্ট সংস্করণ`; a byline's form alone,
            # `রয়টার্স।`, may be a wrapped sentence's last word)
            if len(block) >= 2:
                blocks.append(block)
            block = []
        else:
            block.append(i)
    if len(block) >= 2:
        blocks.append(block)
    return blocks


def _runs_on(prev: str) -> bool:
    """The line before breaks off in mid-sentence at a dump's width: a short
    line under it that closes a sentence goes on with it, a date in it or not
    (`… জমা দেওয়ার শেষ` / `সময় ২৯ ডিসেম্বর।`)."""
    return len(prev) >= _MIN_WIDTH and not _closes(prev) and prev.rstrip()[-1:] not in (":", "ঃ", "|") \
        and not _is_date_line(prev) and not is_desk_line(prev)


def _wrapped_runs(lines: list[str], block: list[int]) -> list[list[int]]:
    """Runs of two or more lines of a block, all but the last filled to the
    block's width, the last closing a sentence."""
    width = max(len(lines[i]) for i in block)
    if width < _MIN_WIDTH or not any(_closes(lines[i]) or lines[i].rstrip(_CLOSERS)[-1:] in ("?", "!")
                                     for i in block[1:]):
        return []  # (a list of titles closes no sentence; a question is asked by `_asks` below)
    # The next word did not fit: the paragraph goes on (a full line that ends
    # a sentence too: in a dump that sets paragraphs apart with blank lines,
    # as the dump tools do, it is wrapped).
    full = [len(lines[i]) + 1 + len(lines[j].split(" ", 1)[0]) > _FULL * width for i, j in zip(block, block[1:])]
    runs: list[list[int]] = []
    k = 0
    while k < len(full):
        if not full[k]:
            k += 1
            continue
        end = k
        while end < len(full) and full[end]:
            end += 1
        # block[k .. end]: full lines, then the first that is not
        run = block[k:end + 1]
        # A footer's `All rights reserved.` or a note on the writer under a
        # list of titles closes no paragraph.
        last = lines[run[-1]]
        if (_closes(last) or _asks(lines, run)) and not last.startswith(_AUTHOR_NOTE) and bp.boiler_kind(last) is None:
            while len(run) >= 2 and not _may_open(lines[run[0]]) and not _date_runs_on(lines, run[0]):
                run = run[1:]  # a date line or byline over the paragraph is no part of it
            if len(run) >= 2 and not is_desk_line(lines[run[1]]):
                runs.append(run)
        k = end + 1
    return runs


def _date_runs_on(lines: list[str], i: int) -> bool:
    """Line i reads as a date line with no label but words of a sentence after
    its date, filled to a dump's width, and a short line right under it closes
    the sentence (`রোববার (২১ ডিসেম্বর) বিকেল ৪টায় সার্বিয়ার উদ্দেশ্যে` /
    `দেশত্যাগ করেন তারা।`): a wrapped paragraph's first line."""
    s = lines[i]
    if len(s) < _MIN_WIDTH or i + 1 >= len(lines) or not (nxt := lines[i + 1]) or len(nxt) > 60 or not _closes(nxt):
        return False
    dl = read_line(s)
    return dl is not None and not dl.labels and dl.extra_words >= 2 and not _closes(s)


def _credit_runs_on(lines: list[str], i: int) -> bool:
    """Line i opens with an inline byline and a photo's credit run in after it
    (`অন্য দুনিয়া ডেস্ক || ছবি: … একটি স্পা`, a scraper's join), filled to a
    dump's width and breaking off over a line: the paragraph's first line, no
    caption."""
    s = lines[i]
    return len(s) >= _MIN_WIDTH and i + 1 < len(lines) and bool(lines[i + 1]) and not _closes(s) \
        and inline_desk(s) is not None


def _date_mid_sentence(lines: list[str], i: int) -> bool:
    """Line i reads as a date line with no label, but its date stands after
    words of a sentence (no comma or colon before it: `কমপ্লেক্সের আটতলা ভবনের
    ছাদে শুক্রবার (২৬ ডিসেম্বর) সকাল`), the line is filled to a dump's width
    and the line over it breaks off in mid-sentence: a wrapped paragraph's
    middle line. (`ঢাকা, শনিবার, DATE` under a long title is a site's date.)"""
    s = lines[i]
    if len(s) < _MIN_WIDTH or not _runs_on(lines[i - 1]) or len(lines[i - 1]) < _MIN_WIDTH:
        return False
    dl = read_line(s)
    if dl is None or dl.labels or len(words := dl.prefix.split()) < 2 or dl.prefix[-1:] in ",:ঃ|-–—":
        return False
    return known_place(words[-1]) is None


def _asks(lines: list[str], run: list[int]) -> bool:
    """A run that closes on a question or an exclamation and holds twelve
    words or more: a sentence wrapped (a related title asks in fewer)."""
    return lines[run[-1]].rstrip(_CLOSERS)[-1:] in ("?", "!") \
        and sum(lines[i].count(" ") + 1 for i in run) >= 12


def _number_run_on(lines: list[str], i: int) -> bool:
    """`63. The party has …` under a long line that breaks off in mid-sentence
    (`… with registration number`): a number the wrap put first, no list item."""
    prev = lines[i - 1] if i else ""
    return lines[i][:1].isdigit() and len(prev) >= 60 and not _closes(prev) and not prev.endswith(":")


def _closes(s: str) -> bool:
    return s.rstrip(_CLOSERS).endswith(_ENDS)


def entry_title(s: str) -> str | None:
    """The title of `রাত ১০.১২, ২৩শে নভেম্বর : TITLE`, a live blog's entry:
    a line a date (and time) opens, with no label, then a colon and two
    words at least."""
    if not (s[:1].isdigit() or s[:2] in _PART_STARTS) or (":" not in s and "ঃ" not in s) \
            or not might_be_dateline(s):
        return None
    dl = read_line(s)
    if dl is None or not dl.readings or dl.labels or dl.readings[0].start:
        return None
    rest = s[dl.readings[0].end:].lstrip(" ,")
    if rest[:1] not in (":", "ঃ"):
        return None
    title = rest[1:].strip()
    return title if len(title.split()) >= 2 else None


def _may_open(s: str) -> bool:
    """A line that may open a paragraph: no byline or date line (a date inside
    a sentence, `সোমবার (২৪ নভেম্বর) এক বৈঠকে …`, does not make one; a byline
    that opens the paragraph's text, `পাবনা প্রতিনিধি || হত্যার …`, neither)."""
    return (not is_desk_line(s) or len(s) >= _MIN_WIDTH and inline_desk(s) is not None) and not _is_date_line(s)


def _is_date_line(s: str, dated: bool = False) -> bool:
    """A date line (with `dated`, one that reads a date: a bare label's word,
    `প্রকাশ করা হয়।`, may end a wrapped sentence)."""
    dl = read_line(s) if might_be_dateline(s) else None
    # (a label's word in a long sentence, `… published on the EC's website on
    # Sunday (28 December), the`, does not make one either)
    # (nor do the words of a sentence before its date, `… পরীক্ষা শুরু হবে ২৮ অক্টোবর, …`:
    # more than four, or closed by a verb; nor a label's word that ends a line of a
    # sentence, `… শিক্ষাবর্ষের শিক্ষাপঞ্জি প্রকাশ` / `করেছে …`, with no date)
    return dl is not None and dl.extra_words <= 6 and (bool(dl.labels) or dl.extra_words <= 2) \
        and (not dated or bool(dl.readings)) \
        and (bool(dl.labels) and (bool(dl.readings) or len(dl.prefix.split()) <= 4)
             or len(dl.prefix.split()) <= 4 and not dl.prefix.rstrip(" ,").endswith(_VERB_ENDS))
