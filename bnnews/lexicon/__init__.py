"""Language data only: word lists and tables, no logic.

Every entry is written as it is commonly typed; `bnnews.lexicon.nfc` brings a
list into the canonical form (NFC decomposes য় ড় ঢ়) so that tables and input
always meet in the same form.
"""
from __future__ import annotations

import unicodedata


def nfc(words):
    """The words in NFC, longest first (so regex alternations prefer them)."""
    out = {unicodedata.normalize("NFC", w) for w in words}
    return sorted(out, key=lambda w: (-len(w), w))
