"""The tense of the clause around an expression: whether a yearless date or a
weekday lies behind or ahead of the publication date.
"""
from __future__ import annotations

import re

from ..lexicon import calendar_words as cw, nfc
from .context import _Ctx


_FUTURE_AUX = frozenset(nfc(["হবে", "হবেন", "থাকবে", "থাকবেন", "দেবে", "দেবেন", "নেবে", "নেবেন",
                             "যাবে", "যাবেন", "আসবে", "আসবেন", "করবে", "করবেন", "পারবে", "পারবেন"]))
_NOT_FUTURE = ("ভাবে", "তবে", "হিসেবে", "সবে", "কবে", "যবে", "তবেই",
               # a reply, "as", having thought, a night (শবে বরাত): nouns and participles in -বে
               "জবাবে", "হিসাবে", "ভেবে", "শবে",
               # nouns in the locative (in Arabia, in a proposal, at a club,
               # in Punjab, a title's) and a participle (sunk: `ডুবে গেছে`)
               "আরবে", "প্রস্তাবে", "ক্লাবে", "পাঞ্জাবে", "খেতাবে", "খিতাবে", "কিতাবে", "নবাবে", "উৎসবে",
               "তাণ্ডবে", "উপদ্রবে", "বিপ্লবে", "অনুভবে", "ইউটিউবে", "নায়েবে", "ডুবে", "উবে",
               # a present (thinks) and places (Colombo, Basabo)
               "ভাবেন", "কলম্বো", "বাসাবো")
# Words in -ছে that are no verbs: কাছে (near), গাছে (in a tree), মাছে (in
# fish): -াছে is a noun's locative, never a verb's ending; পিছে (behind), মিছে
# (false), ইচ্ছে (a wish), and participles (পৌঁছে দেন, মুছে ফেলা).
_NOT_PRESENT = ("াছে", "পিছে", "মিছে", "ইচ্ছে", "পৌঁছে", "মুছে")
# Nouns that end like a past verb: মিছিল (a procession) is no ছিল (was).
_NOT_PAST = tuple(nfc(["মিছিল", "প্লেন", "ভিলেন", "হেলেন",
                       "বেছে"]))  # a participle: `বেছে নেওয়া হবে` (will be chosen)
_PERFECT = ("েছে", "েছেন", "েছিল", "েছিলেন", "েছি", "য়েছে", "য়েছেন", "লেন", "ছিল", "ছিলেন")
# News tells the past with the simple present of these verbs (`তিনি বলেন`):
# read first, they settle the clause before a later modal (`আসতে পারেন`).
_NARRATIVE_PAST = frozenset(nfc(["বলেন", "জানান", "করেন", "দেন", "নেন", "যান", "আসেন", "হন", "পান",
                                 "থাকেন", "রাখেন", "ফেরেন", "ছাড়েন", "জানায়",
                                 # The simple past (`ভারতকে হারাল বাংলাদেশ`), spelled with ল or লো.
                                 "হলো", "হল", "গেল", "গেলো", "দিল", "দিলো", "নিল", "নিলো", "পেল", "পেলো",
                                 "করল", "করলো", "বলল", "বললো", "জিতল", "জিতলো", "হারল", "হারলো", "হারাল",
                                 "হারালো", "এল", "এলো", "ধরল", "ধরলো", "রাখল", "রাখলো", "ফিরল", "ফিরলো",
                                 "দেখল", "দেখলো", "ছাড়ল", "ছাড়লো", "খুলল", "খুললো", "উঠল", "উঠলো",
                                 "জানাল", "জানালো", "চালাল", "চালালো", "পাঠাল", "পাঠালো", "গড়ল", "গড়লো"]))


def _tense(after: str, default: str | None = "past") -> str | None:
    """past, future or present from the first verb-like word of the clause
    (`default` when none is found: news tells the past)."""
    clause = _SENTENCE_BREAK.split(after, maxsplit=1)[0]
    prev = ""
    words = clause.split()[:10]
    for k, w in enumerate(words):
        w = w.strip(",;:'\"‘’“”()")
        if w in _FUTURE_AUX or (w.endswith(("বে", "বেন", "বো")) and len(w) > 2
                                and not w.endswith(_NOT_FUTURE) and not _b_phala(w)):
            return "future"
        # `হতে পারে` (may), `বসার কথা রয়েছে` (is to): what is planned or possible.
        if w in ("পারে", "পারেন") and prev.endswith("তে"):
            return "future"
        if w == "কথা" and prev.endswith("ার") and k + 1 < len(words):
            # `হওয়ার কথা রয়েছে` (is to); `হওয়ার কথা ছিল` (was to) tells the
            # past; `দেখার কথা বলেন` is a word said, read on.
            nxt = words[k + 1]
            if nxt.startswith("ছিল"):
                return "past"
            if nxt.startswith(("রয়েছে", "আছে")):
                return "future"
        prev = w
        if (w.endswith(_PERFECT) and not w.endswith(_NOT_PAST) and w != "লেন") or w in _NARRATIVE_PAST:
            return "past"
        if w.endswith(("ছে", "ছেন", "চ্ছি")) and w not in ("আছে", "আছেন") and not w.endswith(_NOT_PRESENT):
            return "present"
    return default


def _b_phala(w: str) -> bool:
    """ব joined to the consonant before it (`নেতৃত্বে`, `সভাপতিত্বে`, `বিশ্বে`,
    `পূর্বে`, `অবিলম্বে`): a noun's locative; a future's ব follows its stem
    with no virama (`করবে`, `যাবে`)."""
    b = w.rfind("ব")
    return b > 0 and w[b - 1] == "\u09cd"


_START_NOUNS = frozenset(nfc(cw.START_NOUNS))


def _verbless_start(after: str) -> bool:
    """`থেকে … শুরু` after a day, with no verb (asked when `_tense` found
    none): a start announced, ahead. `শনিবার থেকে নিখোঁজ` (since) is not."""
    clause = _SENTENCE_BREAK.split(after, maxsplit=1)[0]
    words = [w.strip(",;:'\"‘’“”()") for w in clause.split()[:10]]
    return bool(words) and words[0] in ("থেকে", "হতে") and any(w in _START_NOUNS for w in words[1:])


_UPCOMING_EVENTS = frozenset(nfc(cw.UPCOMING_EVENTS))
_TODAY_AND = tuple(nfc(cw.TODAY_AND))
_CLAUSE_END = re.compile(r"\s*(?:[,;:।?!|\n]|$)")


def _verbless_ahead(before: str, after: str) -> bool:
    """Whether কাল or পরশু with no verb is ahead: joined to today (`আজ ও কাল`),
    ending a headline (`ভোট কাল`), or before an event set for it (`কাল
    হরতাল`). With none of these, news tells the day before."""
    if before.endswith(_TODAY_AND) or _CLAUSE_END.match(after):
        return True
    clause = _SENTENCE_BREAK.split(after, maxsplit=1)[0]
    return any(w.strip(",;:'\"‘’“”()") in _UPCOMING_EVENTS for w in clause.split()[:8])


def _verbless_event_clause(after: str) -> bool:
    """A day that opens a short verbless headline ending on an event (`শনিবার
    হরতাল`, `রোববার ঢাকায় বিএনপির মহাসমাবেশ`): the day ahead. A clause after
    a comma (`শনিবার হরতাল, জনজীবন বিপর্যস্ত`) may report it, and a participle
    at the end (`… সমাবেশ অনুষ্ঠিত`) does."""
    sentence = _SENTENCE_BREAK.split(after, maxsplit=1)[0]
    if "," in sentence or ";" in sentence:
        return False
    words = sentence.split()
    return 1 <= len(words) <= 6 and words[-1].strip(":'\"‘’“”()") in _UPCOMING_EVENTS


def _verbless_event_day(before: str, after: str) -> bool:
    """A verbless headline that ends on the day of an event named right before
    it (`গুচ্ছের পরীক্ষা শনিবার`, `ভোট রোববার`): the day ahead. (`অনুষ্ঠিত
    হয় শনিবার` has a verb before the day and stays in the past.)"""
    if not _CLAUSE_END.match(after):
        return False
    words = _SENTENCE_BREAK.split(before)[-1].split()
    if not words or words[-1].strip(",;:'\"‘’“”()") not in _UPCOMING_EVENTS:
        return False
    return _tense(" ".join(words[-10:]), default=None) is None


_EN_FUTURE = re.compile(r"\b(?:will|shall|would|scheduled|next|is set to|are set to|to be held|is to|are to"
                        r"|plans? to|expected to|upcoming)\b", re.IGNORECASE)
# Past forms that are no participles (`slated for 12 February` is ahead).
_EN_PAST = re.compile(r"\b(?:was|were|had|did|said|told|held|left|came|went|took|met|began|ended|won|lost"
                      r"|died|ago|last|formed|recorded|visited|started|killed|arrested|announced|reported"
                      # more verbs news tells the past with
                      r"|made|gave|got|saw|spoke|wrote|found|sent|brought|led|fled|flew|paid|sold|became|rose|fell"
                      r"|stated|added|claimed|urged|called|demanded|decided|released|issued|filed|submitted"
                      r"|returned|arrived|departed|launched|signed|approved|rejected|joined|attended|inaugurated"
                      r"|resigned|protested|elected|injured|occurred|happened|passed)\b")
_SENTENCE_END = re.compile(r"[.!?।]\s")


def _clause_tense(ctx: _Ctx, start: int, end: int) -> str | None:
    """past, present or future as the clause around a date tells it; None when it does not."""
    t = ctx.text
    if not t[start:end].isascii():
        return _tense(t[end:end + 120], default=None)
    before = t[max(0, start - 80):start]
    cut = None
    for cut in _SENTENCE_END.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    after = _SENTENCE_END.split(t[end:end + 80], maxsplit=1)[0]
    around = f"{before} {after}"
    if _EN_FUTURE.search(around):
        return "future"
    if _EN_PAST.search(around):
        return "past"
    return None


# A past verb that governs the date right after it (`was launched on 28
# February`, `died in March`), or after a date that opens the sentence
# (`On 22 March, we submitted …`); not a participle after is/are/be.
_EN_GOVERNS = r"(?:(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?:[a-z]{3,}ed|" + _EN_PAST.pattern[5:-3] + r"))"
_EN_PAST_BEFORE_DATE = re.compile(r"\b" + _EN_GOVERNS + r"\s+(?:on|in|by|since|until|till)\s+(?:the\s+)?$")
_EN_PAST_AFTER_DATE = re.compile(r",?\s+(?:[A-Za-z'’]+\s+){0,3}?" + _EN_GOVERNS + r"\b")
_EN_OPENING_ON = re.compile(r"(?:^|[.!?“\"]\s*)[Oo]n\s+$")


def _date_tense(ctx: _Ctx, start: int, end: int) -> str | None:
    """The clause's tense for a yearless date; "told" when an English past
    verb governs the date itself, which settles its year however near the
    next one is."""
    tense = _clause_tense(ctx, start, end)
    t = ctx.text
    if tense == "past" and t[start:end].isascii():
        before = t[max(0, start - 40):start]
        if _EN_PAST_BEFORE_DATE.search(before) is not None \
                or (_EN_OPENING_ON.search(before) is not None and _EN_PAST_AFTER_DATE.match(t, end) is not None):
            return "told"
    if tense == "future" and not t[start:end].isascii() and _future_governs(t, start, end):
        return "ahead"
    if tense == "past" and not t[start:end].isascii() and _pluperfect_governs(t, start, end):
        return "told"
    return tense


def _future_governs(t: str, start: int, end: int) -> bool:
    """A future verb that is the date's own: the date opens its sentence or
    what a speaker says in it (a subject at most before it: `তিনি ২০ অক্টোবর
    ঢাকায় আসবেন`, `ইসি জানিয়েছে, ১০ অক্টোবর ভোট হবে`), is no
    genitive (`৫ আগস্টের পর … হবে` counts from a past day), and nothing in
    the sentence tells the past (`… ভোট হবে বলে জানিয়েছিলেন`, `আশা
    করেছিলাম, …`)."""
    if t[start:end].endswith(_GENITIVE):
        return False
    before = _sentence_before(t, start)
    if "," in before:
        # `নির্বাচন কমিশন বলছে, ১০ অক্টোবর ভোট হবে`, `তিনি বলেন, …`: the date opens
        # what was said, said now or lately; not when it was said long before
        # (`তিনি বলেছিলেন, …`, `আশা করেছিলাম, …`: a pluperfect)
        said, before = before.rsplit(",", 1)
        if any("ছিল" in w and not w.endswith(_NOT_PAST) for w in said.split()) or ";" in said:
            return False
    if len(before.split()) > 2:
        return False
    words = [w.strip(",;:'\"‘’“”()") for w in _SENTENCE_BREAK.split(t[end:end + 200], maxsplit=1)[0].split()]
    return not any(w in _NARRATIVE_PAST or w.endswith(_PERFECT + _PLUPERFECT) and not w.endswith(_NOT_PAST)
                   for w in words)


def _pluperfect_governs(t: str, start: int, end: int) -> bool:
    """A pluperfect that is the date's own verb (`১০ ডিসেম্বর তিনি ঢাকায়
    এসেছিলেন`, `মামলাটি ১০ ফেব্রুয়ারি দায়ের করা হয়েছিল`): the date opens
    its sentence (a subject at most before it), is no genitive, the first
    verb after it is the pluperfect, and nothing in the sentence looks ahead.
    A perfect or a narrative present may report what a day ahead will bring
    (`১২ ফেব্রুয়ারি ভোট গ্রহণের ঘোষণা দিয়েছে ইসি`); a pluperfect tells what
    was over before the page was written. A date a noun names after it
    (`১২ ফেব্রুয়ারি ভোটের তারিখ ঘোষণা করেছিল`: the vote's date) and what
    was to be (`… হওয়ার কথা ছিল`) are not its own."""
    if t[start:end].endswith(_GENITIVE):
        return False
    before = _sentence_before(t, start)
    if "," in before or len(before.split()) > 2:
        return False
    raw = _SENTENCE_BREAK.split(t[end:end + 200], maxsplit=1)[0].split()
    words = [w.strip(",;:'\"‘’“”()") for w in raw]
    for k, w in enumerate(words):
        if w in _DAY_NOUNS:
            return False  # the date a noun's: the vote's date, set for a day that may be ahead
        if w.endswith(_PERFECT + _PLUPERFECT) and not w.endswith(_NOT_PAST) and w != "লেন" \
                or w in _NARRATIVE_PAST or w == "কথা":
            if "ছিল" not in w or w in ("ছিল", "ছিলেন", "ছিলো"):
                return False
            # (what the clause says next, up to a comma: reported words after it are not the date's)
            rest: list[str] = []
            for r in raw[k + 1:] if not raw[k].endswith(",") else ():
                rest.append(r)
                if r.endswith(","):
                    break
            return _tense(" ".join(rest), None) != "future"
        if _tense(w, None) == "future":
            return False
    return False


_DAY_NOUNS = frozenset(nfc(["তারিখ", "তারিখে", "তারিখের", "দিনক্ষণ", "দিন", "দিনে", "দিনের", "সময়সূচি"]))
_GENITIVE = tuple(nfc(["ের", "এর", "-র"]))
_PLUPERFECT = tuple(nfc(["েছিলাম", "েছিলে", "েছিলো", "ছিলাম"]))  # (besides _PERFECT's)


def _later_tense(ctx: _Ctx, start: int, end: int) -> str | None:
    """The tense a count after (`N দিন পর`) is told in: its clause's, else its
    sentence's, a verb before it too (`সিদ্ধান্ত নেওয়া হবে চার সপ্তাহ পর`); and
    "alone" when nothing follows it (`১০ দিন পর`, asked as the day ahead)."""
    if not ctx.text[end:end + 3].strip(" ,।.\n"):
        return "alone"
    return _clause_tense(ctx, start, end) or _tense(_sentence_around(ctx.text, start, end), None)


def _sentence_around(text: str, a: int, b: int) -> str:
    """The clause a span stands in: from the sentence's start (at most 120
    characters back) to its end, for the verb's tense."""
    return _sentence_before(text, a) + " " + text[b:b + 120]


def _sentence_before(text: str, a: int) -> str:
    """The sentence's text before a span (at most 120 characters back)."""
    start = max(a - 120, 0)
    for m in _SENTENCE_BREAK.finditer(text, start, a):
        start = m.end()
    return text[start:a]


_SENTENCE_BREAK = re.compile(r"[।?!\n|]")
