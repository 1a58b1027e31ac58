"""One canonical form for Bangla text.

The form: NFC (so য় ড় ঢ় stay decomposed, as NFC requires); khanda ta
typed as ত + virama + ZWJ becomes ৎ; অ + া becomes আ; two-part vowel signs
become the single sign NFC composes; র + ZWNJ/ZWJ + virama + য is written
with ZWJ (the form that keeps the ya-phala, as in র‍্যাব); a ZWNJ or ZWJ right
after a virama is kept; every other zero-width character is removed;
no-break and other Unicode spaces become a plain space; ৷ (U+09F7) typed
for the danda becomes ।. Latin letters, digits and punctuation are left
alone.

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

__all__ = ["normalize", "clean_line"]

# Anything outside the ranges that NFC leaves alone, plus the few Bangla
# sequences that NFC or our rules change. Text without a match is already
# canonical, which is the common case: we return it untouched.
_NEEDS_WORK = re.compile(
    "[^\x00-\x9f\xa1-\xff\u0980-\u09db\u09de\u09e0-\u09f6\u09f8-\u09ff"
    "\u2010-\u2027\u2030-\u205e\u20b9\u2122]"
    "|\u09c7[\u09be\u09d7]|\u0985\u09be|\u09cd\u09bc"
)
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(
    "(?P<keep>(?<=\u09cd)[\u200c\u200d]|(?<=\u09b0)\u200d(?=\u09cd\u09af))"
    "|[\u200b-\u200d\u2060\ufeff]"
)
_RA_YAPHALA = re.compile("\u09b0[\u200c\u200d]\u09cd\u09af")


def _keep_or_drop(m: re.Match) -> str:
    return m.group("keep") or ""


def normalize(text: str) -> str:
    """Return `text` in the canonical form described in the module docstring."""
    if _NEEDS_WORK.search(text) is None:
        return text
    t = _SPACES.sub(" ", text)
    t = t.replace("\u09f7", "\u0964")
    t = t.replace("\u09a4\u09cd\u200d", "\u09ce")
    t = _RA_YAPHALA.sub("\u09b0\u200d\u09cd\u09af", t)
    t = _ZERO_WIDTH.sub(_keep_or_drop, t)
    t = t.replace("\u0985\u09be", "\u0986")
    return unicodedata.normalize("NFC", t)


def clean_line(line: str) -> str:
    """A field value: canonical form, surrounding whitespace stripped."""
    return normalize(line).strip()
