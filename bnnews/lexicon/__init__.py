"""Language data only: word lists and tables, no logic.

Every entry is written as it is commonly typed; `bnnews.lexicon.nfc` brings a
list into the canonical form (NFC decomposes য় ড় ঢ়) so that tables and input
always meet in the same form.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


def nfc(words):
    """The words in NFC, longest first (so regex alternations prefer them)."""
    out = {unicodedata.normalize("NFC", w) for w in words}
    return sorted(out, key=lambda w: (-len(w), w))


def lookup(groups: dict, lower: bool = True) -> dict:
    """{value: [spellings]} -> {spelling: value}, spellings in NFC (and lower
    case, for the Latin ones, unless `lower` is False)."""
    return {(w.lower() if lower else w): k for k, ws in groups.items() for w in nfc(ws)}


def trie_pattern(words) -> str:
    return _trie_pattern(tuple(words))


@lru_cache(maxsize=None)
def _trie_pattern(words: tuple) -> str:
    """A regex alternation of `words` (NFC) folded into a trie.

    Python's `re` tries every branch of a flat alternation at every position;
    a trie tries one branch per distinct next character, which makes word-list
    searches several times faster. Longer words win over their prefixes.

    >>> import re
    >>> re.fullmatch(trie_pattern(["আপডেট", "আপডেট টাইম", "আজ"]), "আপডেট টাইম") is not None
    True
    """
    import re

    root: dict = {}
    for w in nfc(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    return build(root)
