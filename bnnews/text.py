"""One canonical form for Bangla text.

The form: NFC (so য় ড় ঢ় stay decomposed, as NFC requires); khanda ta
typed as ত + virama + ZWJ becomes ৎ; অ + া becomes আ; two-part vowel signs
become the single sign NFC composes; র + ZWNJ/ZWJ + virama + য is written
with ZWJ (the form that keeps the ya-phala, as in র‍্যাব); a ZWNJ or ZWJ right
after a virama is kept; every other zero-width character, and the soft
hyphen, is removed; a ya-phala typed as virama + য় (`ব্য়ুরো`) is the
ya-phala (`ব্যুরো`);
no-break and other Unicode spaces become a plain space; ৷ (U+09F7) typed
for the danda becomes ।, and U+09E4 and U+09E5 (unassigned slots that some
fonts, AhanLipi, type for the danda and the double danda) become । and ॥;
a candrabindu typed before its vowel sign (`চঁাদ`) goes after it (`চাঁদ`).
Latin letters, digits and punctuation are left alone.

>>> normalize("য়") == "য\u09bc"
True
>>> normalize("উত\u09cd\u200dসব")
'উৎসব'
>>> normalize("র\u200c\u09cdযাব") == "র\u200d\u09cdযাব"
True
"""
from __future__ import annotations

import re
import unicodedata

from ._re import LazyPattern

__all__ = ["normalize", "clean_line", "matching_form"]

# Anything outside the ranges that NFC leaves alone, plus the few Bangla
# sequences that NFC or our rules change. Text without either is already
# canonical, which is the common case: we return it untouched.
_SAFE_REST = (
    "\x00-\x9f\xa1-\xac\xae-\xff\u0964\u0965\u09de\u09e0-\u09e3\u09e6-\u09f6\u09f8-\u09ff"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2122\u2190-\u21ff\u2500-\u27bf"
    "\U0001f000-\U0001faff"
)
# First test: the text is made of safe characters only (joiners and the au
# length mark are not); then three literal scans for the two-character
# sequences. A possessive run of one class tested with fullmatch is the
# fastest scan `re` has (twice a negated-class search), and literal scans beat
# one regex of alternatives several times over.
_ALL_SAFE = re.compile(f"[\u0980-\u09d6\u09d8-\u09db{_SAFE_REST}]*+")
# After the replacements: is anything left for NFC? (Joiners the canonical
# form keeps, and a lone au length mark, are not NFC's work.)
_NO_NFC_WORK = LazyPattern(f"[\u0980-\u09db\u200c\u200d{_SAFE_REST}]*+")
_PAIR_E_AA = re.compile("\u09c7\u09be")  # ে + া, typed for ো
_PAIR_A_AA = re.compile("\u0985\u09be")  # অ + া, typed for আ
# Candrabindu typed before the vowel sign (`চঁাদ`, `পঁাচ`, as converters from
# Bijoy write it): the standard order puts it after (`চাঁদ`, `পাঁচ`).
_CANDRA_FIRST = re.compile("\u0981([\u09be-\u09c4\u09c7\u09c8\u09cb\u09cc])")
_PAIR_VIRAMA_NUKTA = re.compile("\u09cd\u09bc")  # NFC puts the nukta first
# A ya-phala typed with য় (`দ্য় ওয়াল ব্য়ুরো`, some West Bengal sites' keyboards):
# no word has a nukta there, so it is the ya-phala.
_YAPHALA_NUKTA = "\u09cd\u09af\u09bc"
# (one scan for both: a nukta after a virama, or after a ya-phala)
_NUKTA_AFTER = re.compile("\u09cd\u09af?\u09bc")
_SPACES = LazyPattern("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = LazyPattern("[\u200b-\u200d\u2060\ufeff]")
_RA_YAPHALA = LazyPattern("\u09b0[\u200c\u200d]\u09cd\u09af")


def _keep_or_drop(m: re.Match) -> str:
    """Keep a ZWNJ/ZWJ after a virama, and the ZWJ of র‍্য; drop the rest."""
    s, i, ch = m.string, m.start(), m.group()
    if ch in "\u200c\u200d" and i > 0:
        if s[i - 1] == "\u09cd":
            return ch
        if ch == "\u200d" and s[i - 1] == "\u09b0" and s.startswith("\u09cd\u09af", i + 1):
            return ch
    return ""


def _drop_zero_width(t: str) -> str:
    """`_ZERO_WIDTH.sub(_keep_or_drop, t)`, by splitting on the one invisible
    character a page holds (a class search costs ~3 ns a character; pages
    with য় typed precomposed, most of a crawl, came through here)."""
    present = [ch for ch in "\u200b\u200c\u200d\u2060\ufeff" if ch in t]
    if len(present) != 1 or present[0] not in "\u200c\u200d":
        # Two kinds side by side can change what precedes each other: the
        # character-by-character rule decides.
        return _ZERO_WIDTH.sub(_keep_or_drop, t)
    ch = present[0]
    parts = t.split(ch)
    out = [parts[0]]
    for k in range(1, len(parts)):
        before, after = parts[k - 1], parts[k]
        # The character before this one in the text: a piece's last, or the
        # invisible character itself when two of them stand together.
        if before:
            prev = before[-1]
        elif k > 1:
            prev = ch
        else:
            prev = ""  # the text's first character: dropped
        if prev == "\u09cd" or (ch == "\u200d" and prev == "\u09b0" and after.startswith("\u09cd\u09af")):
            out.append(ch)
        out.append(after)
    return "".join(out)


def normalize(text: str) -> str:
    """Return `text` in the canonical form described in the module docstring."""
    if (_ALL_SAFE.fullmatch(text) is not None and _PAIR_E_AA.search(text) is None
            and _PAIR_A_AA.search(text) is None and _NUKTA_AFTER.search(text) is None
            and ("\u0981" not in text or _CANDRA_FIRST.search(text) is None)):
        return text
    # The common cases (no-break spaces, precomposed nukta letters, two-part
    # vowel signs) are plain replacements, each behind a cheap presence test;
    # NFC runs only when something else is left.
    t = text
    if "\u00a0" in t:
        t = t.replace("\u00a0", " ")
    if "\u09df" in t:
        t = t.replace("\u09df", "\u09af\u09bc")
    if _YAPHALA_NUKTA in t:
        t = t.replace(_YAPHALA_NUKTA, "\u09cd\u09af")
    if "\u09dc" in t:
        t = t.replace("\u09dc", "\u09a1\u09bc")
    if "\u09dd" in t:
        t = t.replace("\u09dd", "\u09a2\u09bc")
    if "\u09f7" in t:
        t = t.replace("\u09f7", "\u0964")
    if "\u09e4" in t or "\u09e5" in t:
        # (the Bengali block's unassigned danda slots, which some fonts, AhanLipi, type for them)
        t = t.replace("\u09e4", "\u0964").replace("\u09e5", "\u0965")
    if "\u00ad" in t:
        t = t.replace("\u00ad", "")  # a soft hyphen: a break a browser may make, inside a word
    if "\u200d" in t or "\u200c" in t or "\u200b" in t or "\u2060" in t or "\ufeff" in t:
        t = t.replace("\u09a4\u09cd\u200d", "\u09ce")
        t = _RA_YAPHALA.sub("\u09b0\u200d\u09cd\u09af", t)
        t = _drop_zero_width(t)
    if "\u0981" in t:  # (first: the swap may bring two halves of a vowel sign together, `কেঁা`)
        t = _CANDRA_FIRST.sub("\\1\u0981", t)
    if _PAIR_A_AA.search(t) is not None:
        t = t.replace("\u0985\u09be", "\u0986")
    if "\u09c7\u09d7" in t or _PAIR_E_AA.search(t) is not None:
        t = t.replace("\u09c7\u09be", "\u09cb").replace("\u09c7\u09d7", "\u09cc")
    if _NO_NFC_WORK.fullmatch(t) is not None and _PAIR_VIRAMA_NUKTA.search(t) is None:
        return t
    # The rare rest: other Unicode spaces, and whatever NFC itself changes.
    t = _SPACES.sub(" ", t)
    return unicodedata.normalize("NFC", t)


def clean_line(line: str) -> str:
    """A line as `parse` gives it in a field: canonical form, runs of spaces
    and tabs made one space, surrounding whitespace stripped."""
    t = normalize(line).replace("\t", " ")
    while "  " in t:
        t = t.replace("  ", " ")
    return t.strip()


# The odd characters, and runs of spaces and tabs (one space in the matching
# form: `২৪  নভেম্বর  ২০২৫` reads as `২৪ নভেম্বর ২০২৫`).
# (ো and ৌ typed as two signs, `ে` + `া`, are composed, as NFC does.)
_MATCHING_ODD = LazyPattern("[\u09dc\u09dd\u09df\u200b\u200c\u200d\u00a0\u00ad\ufeff\u2060]|[ \t]{2,}|\t"
                            "|\u09c7[\u09be\u09d7]")
_DECOMPOSED = {"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc",
               "\u00a0": " ", "\u09c7\u09be": "\u09cb", "\u09c7\u09d7": "\u09cc"}


def matching_form(text: str) -> tuple[str, list[int] | None]:
    """Text with the nukta letters decomposed, invisible marks dropped and runs
    of spaces and tabs made one space, and a map from its offsets back to the
    caller's (None when nothing changed):
    patterns are written once, for one spelling, and spans still index the
    text as given.

    >>> matching_form("মে")
    ('মে', None)
    >>> t, idx = matching_form("\\u09df\\u200c১")  # precomposed য়, a ZWNJ, a digit
    >>> t == "\\u09af\\u09bc১", idx
    (True, [0, 0, 2, 3])
    """
    if _MATCHING_ODD.search(text) is None:
        return text, None
    out: list[str] = []
    idx: list[int] = []
    pos = 0
    # The runs between odd characters are copied whole (a map of `range`s),
    # which keeps this linear in C rather than a loop over every character.
    for m in _MATCHING_ODD.finditer(text):
        i = m.start()
        if i > pos:
            out.append(text[pos:i])
            idx.extend(range(pos, i))
        g = m.group()
        rep = _DECOMPOSED.get(g) or (" " if g[0] in " \t" else None)
        if rep is not None:
            out.append(rep)
            # A vowel sign composed of two is mapped to its second: no span
            # starts on a vowel sign, and one that ends on it ends after both.
            idx.extend([i + len(g) - 1 if len(g) == 2 and g[0] == "\u09c7" else i] * len(rep))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
        idx.extend(range(pos, len(text)))
    idx.append(len(text))
    return "".join(out), idx
