"""Desk and byline lines: recognising them, and reading author and place.

`is_desk_line("নিজস্ব প্রতিবেদক, রংপুর")` is True, and `split_byline` of it
gives author None (a role is never an author) and place ``রংপুর``.
"""
from __future__ import annotations

import re

from ._memo import line_memo
from ._re import LazyPattern
from .lexicon import boilerplate as blx, bylines as lx
from .lexicon import calendar_words as cw
from .lexicon import nfc

__all__ = ["is_agency_name", "is_desk_line", "is_name_line", "split_byline", "strip_terminator", "undouble",
           "inline_desk", "has_role", "looks_like_person", "outlet_byline"]

_ROLE_WORDS = tuple(nfc(lx.ROLE_WORDS))
_ROLE_ONLY = frozenset(nfc(lx.ROLE_ONLY))
_INSTITUTION = tuple(nfc(lx.INSTITUTION_WORDS))
_INSTITUTION_EN = frozenset(lx.INSTITUTION_WORDS_EN)
# A section's name after a role is its beat (`স্টাফ করেসপন্ডেন্ট, স্পোর্টস`).
_BEATS = frozenset(w.lower() for w in nfc(blx.SECTIONS + lx.BEAT_WORDS))


def _institutional(text: str) -> bool:
    """A name that is an outlet's or an institution's, not a person's."""
    return any(i in text for i in _INSTITUTION) or (text.isascii() and any(
        w.strip(",.") in _INSTITUTION_EN for w in text.split()))
_AGENCIES = frozenset(nfc(lx.AGENCIES))


def is_agency_name(text: str) -> bool:
    """`text` is a news agency's or a broadcaster's name alone (`বাসস`, `AFP`, `ভয়েস অফ আমেরিকা`)."""
    return text in _AGENCIES
# `বার্তা সংস্থা রয়টার্স`: the word for a news agency before its name.
_AGENCY_WORDS = tuple(nfc(["বার্তা সংস্থা ", "বার্তাসংস্থা "]))
_PLACES = frozenset(nfc(lx.PLACES + lx.UPAZILAS))
# Kicker phrases that end in a role-like word but are not bylines.
# Roles of a desk, not of a person: the words before them are never a name.
_DESK_WORDS = tuple(nfc(["ডেস্ক", "ডেষ্ক", "ডেক্স", "রিপোর্ট", "ব্যুরো", "প্রতিবেদন", "Desk",
                         "DESK", "desk", "Report", "Bureau"]))
_NOT_DESK = frozenset(nfc(["মন্তব্য প্রতিবেদন", "বিশেষ প্রতিবেদন", "অনুসন্ধানী প্রতিবেদন",
                           "প্রধান প্রতিবেদন", "বিশেষ সংবাদ", "প্রতিবেদন"]))

# Terminators: these characters, and runs of two or more dots. Stripped with
# str.rstrip/lstrip: a regex anchored at the end is tried at every position
# of the line, and this runs on every short line of every page.
_END_MARKS = ":ঃ;|।॥-–—…•"
_START_MARKS = "।॥|➖-–…"
_ROLE_PHRASES = frozenset(nfc(lx.ROLE_PHRASES))
_ROLE_LINES = frozenset(nfc(lx.ROLE_LINES))
_NOT_BEFORE_ROLE = frozenset(nfc(lx.NOT_BEFORE_ROLE))
_NOUN_ENDINGS = tuple(nfc(lx.NOUN_ENDINGS))
# A finite verb's endings (`আসছেন`, `পেলেন`, `যাবেন`, `হচ্ছে`): no byline has one.
_VERB_END = LazyPattern(lambda: r"\S(?:%s)(?:\s|$)" % "|".join(nfc(["ছেন", "লেন", "বেন", "চ্ছে", "য়েছে", "েছে"])))
_REPORT = nfc(["প্রতিবেদন"])[0]
_GENITIVE_ENDS = tuple(nfc(lx.GENITIVE_ENDINGS))
_PARTS = re.compile(r"\s*(?:,|\|\|?|।।|॥)\s*")
# `প্রতিবেদক: NAME`, `প্রতিনিধি :NAME` (a role, a colon, then 2-4 words of a name)
# and `লিখেছেন NAME` / `By NAME`.
_ROLE_NAME = re.compile(
    r"^(?:(?:প্রতিবেদক|প্রতিনিধি|রিপোর্টার|রিপোর্ট|সংবাদদাতা|লেখকের নাম|লেখক|লেখা ও ছবি|লেখা ও আলোকচিত্র|ছবি ও লেখা|কথা ও ছবি"
    r"|লেখা|প্রতিবেদন|সাক্ষাৎকার নিয়েছেন|গ্রন্থনা|অনুলিখন|শ্রুতিলিখন|সংকলন(?: ও গ্রন্থনা)?"
    r"|রেসিপি(?: ও ছবি)?|রান্না ও ছবি)"  # a recipe's cook (`রেসিপি: NAME`)
    r"\s*[:ঃ]|লেখা\s*,)\s*"  # `লেখা, NAME`: BBC Bangla's byline
    r"(?P<name>[^\s,:;|।0-9০-৯]+(?:\s[^\s,:;|।0-9০-৯]+){1,3})"
    # `প্রতিনিধি :NAME। PLACE`, `লেখা: NAME, ঢাকা`
    r"(?:\s?[।,]\s*(?P<place>[^\s,:;|।0-9০-৯]+(?:\s[^\s,:;|।0-9০-৯]+)?))?$")
# A web producer's credit, no reporter (`Published by: NAME`, West Bengal sites).
_CREDIT_VERBS = "Edited|Published|Updated|Posted|Curated|Produced|Translated"
_BY_CREDIT = re.compile(rf"(?:{_CREDIT_VERBS}) [Bb]y\b")
_WRITER_LABEL = re.compile(r"^(?:লেখা|লেখক)\s*[:ঃ,]\s*")
_WRITER_WORDS = ("লেখা", "লেখক")
_BY_NAME = re.compile(
    r"^(?:(?:লিখেছেন(?:\s+লিখেছেন)?\s*[:ঃ]?|সাক্ষাৎকার নিয়েছেন\s*[:ঃ]?|পোস্ট করেছেন\s*[:ঃ]?|[Bb]y)\s+|(?:Reported|Written|Compiled|Authored|" + _CREDIT_VERBS + r") [Bb]y\s*:?\s*)(?P<name>[^\s,:;|।0-9০-৯]+(?:\s[^\s,:;|।0-9০-৯]+){0,3}"
    # several names: `By A and B`, `লিখেছেন A ও B`
    r"(?:(?:\s*,\s*|\s+(?:ও|এবং|and|&)\s+)[^\s,:;|।0-9০-৯]+(?:\s[^\s,:;|।0-9০-৯]+){1,3}){0,3})$")
# Two to four people's names in one byline: `রফিক হাসান ও শামীম আহমেদ`,
# `Rafiq Hasan and Shamim Ahmed`, `A, B and C`.
_NAME_JOIN = re.compile(r"\s*,\s*(?:and\s+|ও\s+)?|\s+(?:ও|এবং|and|&)\s+")
_LATIN_PERSON = re.compile(r"(?:Md\.?|Dr\.?|[A-Z][a-z]+)(?:[ -][A-Z][a-z'.]+){1,3}")
_PAREN_END = LazyPattern(r"\s*\([^()]{1,30}\)$")
_DIGIT = re.compile("[0-9০-৯]")
# An inline byline opens the first paragraph and ends in a terminator; the
# visarga or colon of a name's abbreviation (`মোঃ`, `ডা:`) is none.
_ABBR = "|".join(re.escape(a) for a in sorted(nfc(lx.NAME_ABBREVIATIONS), key=len, reverse=True))
_INLINE = re.compile(rf"^((?:(?:{_ABBR})\s?)?.{{2,70}}?)(?:\s*(?::-|:–|::|:|ঃ|;|।।|॥|।|\|\|)|\s+[-–—]\s|(?<=[\u0980-\u09ff])[-–]\s|—+-*)\s*(?=\S)")
# `ডেস্ক রিপোর্ট, ঢাকা ১৬ অক্টোবর BODY` (formats.md §2): a desk, a place and
# a date with no terminator at all.
_DESK_PLACE_DATE = re.compile(
    r"^([^,:;।]{2,40}),\s?([^\s,:;।0-9০-৯]+)\s+([0-9০-৯]{1,2}\s?([^\s,:;।0-9০-৯]+)(?:,?\s[0-9০-৯]{4})?)"
    r"\s+(?=\S)")
_TRAILING_DATE = LazyPattern(r"^(.+?)\s+[0-9০-৯]{1,2}\s?([^\s,:;।0-9০-৯]+)(?:,?\s[0-9০-৯]{4})?$")
_MONTH_WORDS = frozenset(nfc([w for ws in cw.MONTHS.values() for w in ws]))
_BN_WORD = "[\u0980-\u09e5\u09f0-\u09ff]+"
# A place as printed after a name: one word, maybe with its district in
# parentheses (`কলারোয়া`, `ধুনট (বগুড়া)`).
_BARE_PLACE = re.compile(rf"^({_BN_WORD})(?:\s?\(({_BN_WORD}(?:\s{_BN_WORD})?)\))?$")
_NOT_NAME = frozenset(nfc(lx.NOT_NAME_WORDS))
_TOPIC_WORDS = frozenset(nfc(lx.TOPIC_WORDS))
# A name between runs of dots or dashes: `…….NAME……..BODY`, `---NAME : BODY`.
_FENCED = LazyPattern(r"^(?:[….]{2,}|[-–—]{2,})\s*(.{2,40}?)\s*(?:[….]{2,}|[-–—]{2,}|[:ঃ])\s*(?=\S)")
_WRAPPED = LazyPattern(r"^(?:।।|॥|\|\|)\s*(.{2,60}?)\s*(?:।।|॥|\|\|)\s*")
# Some character of a terminator within reach: else _INLINE cannot match.
_TERMINATOR_CHAR = re.compile(r"[:ঃ;।॥|\-–—]")
_GLUED_DESK = LazyPattern(r"^((?:\S+ ){0,3}\S*ডেস্ক)(?=[\u0985-\u09b9])")
# `সময় সমাচার ডেস্ক আগামী শুক্রবার …`: a desk, a space, and the body with no
# mark between (not a service desk a sentence may open with: `হেল্প ডেস্ক খোলা …`).
_SPACED_DESK = LazyPattern(r"^((?:[^\s:;,।]+ ){1,3}ডেস্ক) (?=[\u0985-\u09b9](?:\S+ ){4})")
_SERVICE_DESKS = frozenset(nfc(lx.SERVICE_DESK_WORDS))


@line_memo
def strip_terminator(text: str) -> str:
    """`স্পোর্টস ডেস্ক :-` -> `স্পোর্টস ডেস্ক`; also leading `।।` and `➖`."""
    t = text.strip()
    if t and t[-1] not in _END_MARKS and t[-1] != "." and t[0] not in _START_MARKS and t[0] != ".":
        return t  # (most lines: no mark at either end)
    while True:  # whitespace may separate terminators at the end (`ডেস্ক : |`)
        u = t.rstrip(_END_MARKS)
        if u.endswith(".."):
            u = u.rstrip(".")
        u = u.rstrip()
        if u == t:
            break
        t = u
    t = t.lstrip()
    while True:  # at the start they are contiguous (`।। NAME`, `➖NAME`, `…….NAME`)
        u = t.lstrip(_START_MARKS)
        if u.startswith("..") or (u[:1] == "." and t[:len(t) - len(u)].endswith("…")):
            u = u.lstrip(".…")
        if u == t:
            break
        t = u
    return t.strip()


def _told_of(words: list[str]) -> bool:
    """The words before a role's word tell of people in the role, as a
    headline does: a count, what happened, a verb (`হামলায় আহত দুই
    প্রতিবেদক`, `ঢাকায় আসছেন … প্রতিনিধি`), or whose report it is (`ইসির
    নতুন প্রতিবেদন`, an outlet's own name aside)."""
    before = words[:-1]
    if not _NOT_BEFORE_ROLE.isdisjoint(before) or _VERB_END.search(" ".join(before)) is not None:
        return True
    return words[-1] == _REPORT and any(w.endswith(_GENITIVE_ENDS) for w in before) \
        and not is_outlet_name(" ".join(before))


def _is_role_word(word: str) -> bool:
    return word.endswith(_ROLE_WORDS)


@line_memo
def has_role(part: str) -> bool:
    """True when a byline part names a role (`নাটোর প্রতিনিধি`, `অনলাইন ডেস্ক`)."""
    words = part.split()
    if not words:
        return False
    if _is_role_word(words[-1]) or (len(words) >= 2 and " ".join(words[-2:]) in _ROLE_PHRASES):
        return len(words) == 1 or not _told_of(words)
    if len(words) == 1 and words[0] in _ROLE_LINES:
        return True
    # `স্পেশাল করসপন্ডেন্ট ঢাকা`: a role, then the place it reports from, or
    # the outlet's own name as a domain (`স্টাফ করেসপন্ডেন্ট বার্তা২৪.কম`).
    if 2 <= len(words) <= 3 and words[-1] == _OFFICE and words[0] in _PLACES \
            and (len(words) == 2 or words[1] == _BUREAU):
        return True  # `চট্টগ্রাম অফিস`, `রাজশাহী ব্যুরো অফিস`: a paper's office in a city
    return len(words) >= 2 and _is_role_word(words[-2]) and (
        words[-1] in _PLACES or words[-1].lower().endswith(_SITE_ENDINGS))


_SITE_ENDINGS = tuple(nfc([".কম", "ডটকম", ".com", ".net", ".org", ".com.bd", ".news"]))


def _role_then_name(t: str) -> tuple[str, str] | None:
    """`বগুড়া প্রতিনিধি: রফিকুল ইসলাম`, `জেলা প্রতিনিধি মো. রফিকুল ইসলাম`,
    `স্টাফ রিপোর্টার শাহীন আলম`: a role of two or three words, then the
    reporter's name (after a colon, or marked as a person's with none).
    (the role, the name), or None."""
    # (asked of most short lines: a role's word second or third, first)
    words = t.split(None, 3)
    if len(words) < 4 or not (words[1].rstrip(":ঃ").endswith(_ROLE_WORDS)
                              or words[2].rstrip(":ঃ").endswith(_ROLE_WORDS)):
        return None
    head, sep, tail = t.partition(":") if ":" in t else t.partition("ঃ")
    if sep:
        # (after a danda, a person's name only: `নিজস্ব প্রতিবেদক: শীত বাড়ছে।` is the
        # byline run into a one-sentence body)
        ended = tail.rstrip().endswith(("।", "."))
        head, tail = head.strip(), strip_terminator(tail.strip())
        if 2 <= len(head.split()) <= 3 and has_role(head) and is_name_line(tail) and not has_role(tail) \
                and not is_outlet_name(tail) and (not ended or looks_like_person(tail)):
            return head, tail
        return None
    words = t.split()
    for k in (2, 3):
        if len(words) - k < 2:
            break
        if _is_role_word(words[k - 1]) and has_role(" ".join(words[:k])):
            rest = strip_terminator(" ".join(words[k:]))
            if looks_like_person(rest) and not has_role(rest) and len(words) - k <= 4:
                return " ".join(words[:k]), rest
            return None
    return None


_WRAPS = {"[": "]", "(": ")", "«": "»", '"': '"', "“": "”", "‘": "’"}


def unwrap(text: str) -> str:
    """`[নিজস্ব প্রতিবেদক]`, `(অনলাইন ডেস্ক)`: a byline in brackets or quotes, without them."""
    t = text.strip()
    if len(t) > 2 and _WRAPS.get(t[0]) == t[-1] and t[0] not in t[1:-1] and t[-1] not in t[1:-1]:
        return t[1:-1].strip()
    return text


def _spaced_dot(line: str) -> str:
    """`Own Correspondent . Rajshahi` (New Age), `নিজস্ব সংবাদদাতা • কোচবিহার`
    (anandabazar's print pages): a dot set apart between the credit and the
    place, read as the comma others print."""
    for dot in (" . ", " • ", " · "):
        if dot in line:
            head, _, place = line.rpartition(dot)
            return f"{head}, {place}" if head and strip_terminator(place) in _PLACES else line
    return line


def _uncapped(line: str) -> str:
    """`FE REPORT`, `BSS, DHAKA`, `STAFF CORRESPONDENT`: an English credit set
    in capitals, in the case the lexicon spells (short words stay acronyms)."""
    if not line.isascii() or line.upper() != line or line.lower() == line:
        return line
    words = [w if len(w.strip(",.:;|-")) <= 3 else w.capitalize() for w in line.split(" ")]
    if words[0] == "BY":
        words[0] = "By"
    return " ".join(words)


@line_memo
def is_desk_line(line: str) -> bool:
    """A short line that reads as a desk or byline."""
    if len(line) > 90 or line.endswith(("?", "!")):
        return False
    line = _uncapped(_spaced_dot(line))
    if line.startswith(_WRITER_FIRST):
        line = _without_photo_credit(line)
    t = strip_terminator(line)
    if t.endswith(".") and not t.endswith("..") and len(t.rsplit(" ", 1)[-1]) > 4:
        t = t[:-1]  # `নিউজ ডেস্ক.`, `NAME, নিজস্ব প্রতিবেদক.`: a full stop after the byline, no abbreviation's
    if t[:1] in _WRAPS:
        t = unwrap(t)
    if not t or t in _NOT_DESK or len(t.split()) > 10:
        return False
    if " | " in t and names_outlet(t.rsplit(" | ", 1)[1]):
        # `NAME | বাংলানিউজটোয়েন্টিফোর.কম` (formats.md §1a): the byline, then the outlet
        head = t.rsplit(" | ", 1)[0].strip()
        # (a bare name only when a person's name marks it: a short headline
        # before its outlet, `সড়কে যানজটে নাকাল নগরবাসী | প্রথম আলো`, is a title)
        return bool(head) and (is_desk_line(head) or looks_like_person(head))
    if (" || " in t or " : " in t) and _name_before_outlet(t) is not None:
        return True
    if ", " in t and (_outlet_part(tail := t.rsplit(", ", 1)[1].strip())
                      or " " in tail and outlet_byline(tail) and not has_role(tail)):
        # (an outlet the lists do not know, by its last word: `NAME, নিউজ অনলাইন`)
        # `রফিক ইসলাম, ঢাকা পোস্ট`, `Kailash Sarkar, Dhaka Tribune`: a person, then the outlet
        head = t.rsplit(", ", 1)[0].strip()
        if looks_like_person(head) or _LATIN_PERSON.fullmatch(head) is not None \
                or (is_name_line(head) and head.count(" ") <= 2):
            return True
    if " | " in t and _BY_CREDIT.match(tail := t.rsplit(" | ", 1)[1]) is not None and _BY_NAME.match(tail):
        # `NAME | Edited By: NAME` (TV9 Bangla): the writer, then the producer's credit
        head = t.rsplit(" | ", 1)[0].strip()
        return 1 <= len(head.split()) <= 4 and _DIGIT.search(head) is None and _single_part(head)
    if "।" in t:  # a sentence, not a byline (save `প্রতিনিধি :NAME। PLACE`)
        return _ROLE_NAME.match(t) is not None
    if t.startswith(("By ", "by ", "লিখেছেন ", "লিখেছেন:", "লিখেছেনঃ", "পোস্ট করেছেন")) and _BY_NAME.match(t):
        return True  # `By A and B`: several names make it long
    if t.endswith(")") and "(" in t and has_role(t[t.rfind("(") + 1:-1].strip()) \
            and outlet_byline(_PAREN_END.sub("", t)):
        return True  # `নারায়ণগঞ্জ বার্তা ২৪ ( সোনারগাঁ প্রতিনিধি )`: the outlet, its reporter
    single = _single_part(t)
    n_words = t.count(" ") + 1
    if n_words >= 4 and _role_then_name(line.strip()) is not None:
        return True  # `বগুড়া প্রতিনিধি: রফিকুল ইসলাম`, `স্টাফ রিপোর্টার শাহীন আলম`
    if single and (n_words > 5 or (n_words > 4 and line.rstrip().endswith("।"))):
        return False  # `… কথা বলেন প্রতিবেদক।` is a sentence that ends in a role
    full = t
    if t.endswith(")"):
        t = _PAREN_END.sub("", t)  # `স্টাফ করেসপন্ডেন্ট (স্পোর্টস)`
    if _ROLE_NAME.match(t) or _BY_NAME.match(t):
        return True  # `প্রতিবেদক: রাকিব হাসান`, `লিখেছেন আনিসুল হক`
    if t.startswith(_WRITER_WORDS) and (w := _WRITER_LABEL.match(t)) is not None \
            and 2 <= len(t[w.end():].split(",")[0].split()) <= 4:
        return True  # `লেখা, NAME, বিবিসি নিউজ বাংলা, ঢাকা`
    if _single_part(t):
        # and never a NAME, PLACE pair; an agency alone is a credit (`বাসস`, `UNB`)
        return has_role(t) or t in _AGENCIES or (t.startswith(_AGENCY_WORDS) and t.split(" ", 2)[-1] in _AGENCIES) \
            or _two_credits(t) is not None or _name_then_place(t) is not None or _name_at_place(t.split(), strict=True) is not None
    parts = [p for p in _PARTS.split(t) if p]
    if any(has_role(p) for p in parts):
        # (every other part a name, a place or an outlet: a clause of five words
        # or more after a role is a title's, `সম্পাদক, মালিকের … পরিণত হবেন না`;
        # initials make a name long, `আ স ম আবু তালেব`)
        return not any(sum(1 for w in p.split() if len(w) >= 3) >= 5 and not has_role(p)
                       and any(w.endswith(_CLAUSE_ENDINGS) for w in p.split()) for p in parts)
    return _is_name_place(full) or _agency_at(t)


# Case endings no name takes: a part of a line with them is a clause.
_CLAUSE_ENDINGS = tuple(nfc(["ের", "তে", "কে", "েরা", "দের", "গুলো"]))


def _agency_at(t: str) -> bool:
    """`ডয়চে ভেলে, বন`, `এএফপি, জেনেভা`: an agency and where it filed from,
    a place of a word or two the lexicon need not know."""
    head, sep, tail = t.partition(", ")
    words = tail.split()
    return bool(sep) and head in _AGENCIES and 1 <= len(words) <= 2 and "," not in tail \
        and _DIGIT.search(tail) is None and not has_role(tail) and tail not in _AGENCIES


_PHOTO_CREDIT = re.compile(r"\s*[,;|]\s*(?:ছবি|আলোকচিত্র|ফটো|ছবি তুলেছেন)\s*[:ঃ]\s*[^,:;|]{2,40}$")
_WRITER_FIRST = tuple(nfc(["লেখা", "লেখক", "প্রতিবেদন", "প্রতিবেদক"]))


def _without_photo_credit(line: str) -> str:
    """`লেখা: শাহেদ হোসেন, ছবি: সুমন দাস`: the writer's credit, without the
    photographer's after it."""
    if "ছবি" in line or "আলোকচিত্র" in line or "ফটো" in line:
        return _PHOTO_CREDIT.sub("", line)
    return line


def _name_before_outlet(t: str) -> str | None:
    """`হাসান মাহামুদ || রাইজিংবিডি.কম`, `শাহনেওয়াজ : রাইজিংবিডি ডট কম`
    (risingbd): the writer's name, then the outlet after a double bar or a
    colon. The name, or None."""
    for sep in (" || ", " : "):
        if sep in t:
            head, tail = (p.strip() for p in t.rsplit(sep, 1))
            if not names_outlet(tail) or not head or _DIGIT.search(head) or has_role(head):
                return None
            words = head.split()
            if looks_like_person(head) or is_name_line(head) and len(words) <= 3 \
                    or len(words) == 1 and _BANGLA_WORD.fullmatch(head) and head not in _NOT_NAME:
                return head
            return None
    return None


_BANGLA_WORD = re.compile("[\u0985-\u09ff]{3,}")


def _person_marked(name: str) -> bool:
    """A person's name by a title first or a family name last, or a family
    name after the first word (`মেহেদী হাসান আকন্দ`, `শাহাদত হোসেন মিশুক`)."""
    return looks_like_person(name) or any(w in _NAME_LAST for w in name.split()[1:])


def _name_at_place(words: list[str], strict: bool = False) -> tuple[str, str] | None:
    """`রাহাত শরীফ টাঙ্গাইল ভূয়াপুরে`: a name of two or three words, a
    district, and at most one word more (the upazila the reporter is in).
    `strict`: only a name that a family name or title marks as a person's
    (`ভারী বৃষ্টি সুনামগঞ্জ` is a title)."""
    for k in (2, 3):
        name = " ".join(words[:k])
        if len(words) in (k + 1, k + 2) and words[k] in _PLACES and is_name_line(name) \
                and words[0] not in _NOT_NAME and (len(words) == k + 1 or _at_place(words[-1])) \
                and (not strict or _person_marked(name)):
            return name, words[k]
    return None


# A place's name in the locative (`ভূয়াপুরে`, `কলাপাড়ায়`): a known place, or
# one that ends like a place's name (not `সফরে`, `ছাড়লেন`).
_AT_PLACE = tuple(nfc(["তে", "ে", "য়"]))
_PLACE_ENDINGS = tuple(nfc(lx.PLACE_NAME_ENDINGS))


def _at_place(word: str) -> bool:
    for end in _AT_PLACE:
        if word.endswith(end):
            stem = word[:-len(end)]
            return stem in _PLACES or stem.endswith(_PLACE_ENDINGS)
    return False


def _name_then_place(t: str) -> tuple[str, str] | None:
    """(name, place) of `শাহাদত হোসেন মিশুক   গাইবান্ধা`: a person's name and
    a district with no comma between (the page set them apart with spaces,
    which canonical text keeps as one), or None."""
    words = t.split()
    if not 3 <= len(words) <= 5 or words[-1] not in _PLACES:
        return None
    name = " ".join(words[:-1])
    if not is_name_line(name) or words[0] in _NOT_NAME:
        return None
    return (name, words[-1]) if _person_marked(name) else None


def _outlet_part(part: str) -> bool:
    """An outlet's name alone, in Bangla or English, or its domain."""
    return is_outlet_name(part) or part in _ENGLISH_OUTLET_SET \
        or (part.lower().endswith(_SITE_ENDINGS) and " " not in part)


def _two_credits(t: str) -> tuple[str, str] | None:
    """`নিজস্ব প্রতিবেদক ও বাসস`, `ডেস্ক রিপোর্ট ও এএফপি`, `নিজস্ব প্রতিবেদক ও
    খুলনা প্রতিনিধি`: two credits, a role or an agency each, joined by ও."""
    if " ও " not in t:
        return None
    first, second = t.split(" ও ", 1)
    if all(has_role(p) or p in _AGENCIES for p in (first, second)):
        return first, second
    return None


def known_place(text: str) -> str | None:
    """`text` when it is a place in the place list (`কলকাতা`, `ঢাকা`)."""
    t = text.strip()
    return t if t in _PLACES else None


def several_names(text: str) -> bool:
    """2-4 names of people joined by ও/এবং/and/&/commas, each of 2-4 words
    (a Bangla name as `is_name_line` reads one; an English name capitalised)."""
    t = strip_terminator(text)
    if len(t) > 120 or (" ও " not in t and " এবং " not in t and "," not in t and " and " not in t
                        and " & " not in t):
        return False
    names = _NAME_JOIN.split(t)
    if not 2 <= len(names) <= 4:
        return False
    # Bangla titles hold commas (`অবরোধ, নতুন চার দাবি`): names joined by
    # commas alone count only when each is marked as a person's
    # (`রাকিব হাসান, তানভীর আহমেদ`).
    commas_only = not t.isascii() and " ও " not in t and " এবং " not in t
    if commas_only and not all(looks_like_person(n) for n in names):
        return False
    for n in names:
        if n.isascii():
            if _LATIN_PERSON.fullmatch(n) is None:
                return False
        elif not is_name_line(n) or any(w in _NOT_NAME for w in n.split()):
            return False
        elif n.count(" ") > 1 and not looks_like_person(n):
            return False  # three or four words: a person only by an honorific or family name
        if has_role(n) or _institutional(n):
            return False  # `NAME, স্টাফ করেসপন্ডেন্ট`: a name and its role
    return True


def _single_part(text: str) -> bool:
    """No part separator (what `_PARTS` splits at) in the text: a few `in`
    tests instead of a regex search that starts at every space."""
    return "," not in text and "|" not in text and "॥" not in text and "।।" not in text


@line_memo
def is_name_line(line: str) -> bool:
    """A line that could be a bare author name (2-4 words, no digits or punctuation)."""
    t = undouble(strip_terminator(line))
    words = t.split()
    if not 2 <= len(words) <= 4 or len(t) > 40 or _DIGIT.search(t):
        return False
    if any(c in t for c in ",;:!?\"'‘’“”()[]।|/"):
        return False
    if words[0] in _NOT_NAME_FIRST or any(w in _NOT_IN_NAMES for w in words):
        return False
    if any(w in _AGENCIES or w in _PLACES and (k or w not in _GIVEN_PLACES) for k, w in enumerate(words)):
        return False
    return not t.isascii()


_NAME_FIRST = tuple(nfc(lx.NAME_FIRST))
_NOT_NAME_FIRST = frozenset(nfc(lx.NOT_NAME_FIRST))
_NOT_IN_NAMES = frozenset(nfc(lx.NOT_IN_NAMES))
_NAME_LAST = frozenset(nfc(lx.NAME_LAST))
_GIVEN_PLACES = frozenset(nfc(lx.GIVEN_NAMES_ALSO_PLACES))


def bare_person(line: str, max_words: int = 5) -> bool:
    """A person's name alone: marked as one (a title or a family name), at
    most `max_words` words, and no word with a case ending (`জ্বালানির দাম
    বাড়াচ্ছে সরকার` ends in a family name but is a title)."""
    t = strip_terminator(line)
    return t.count(" ") < max_words and looks_like_person(t) and not any(w.endswith(_NOUN_ENDINGS) for w in t.split())


@line_memo
def looks_like_person(line: str) -> bool:
    """A name line that a person's name marks as one: an honorific or title
    first (`মুফতি`, `ড.`), or a common family name last (`হোসাইন`, `দাস`)."""
    if not is_name_line(line):
        return False
    t = undouble(strip_terminator(line))
    return t.startswith(_NAME_FIRST) or t.rsplit(" ", 1)[-1] in _NAME_LAST


def _place_words(words: list[str]) -> str | None:
    if len(words) > 2 and words[-2:] == ["থেকে", "ফিরে"]:
        words = words[:-1]  # `ঠাকুরগাঁও থেকে ফিরে`: back from the place
    w = [x for x in words if x not in ("জেলা", "উপজেলা", "থেকে")]
    if len(w) == 3 and (whole := " ".join(w)) in _PLACES:
        return whole  # `উত্তর ২৪ পরগনা`
    if not w or len(w) > 2:
        return None
    cand = " ".join(w)
    if cand in _PLACES:
        return cand
    if cand.lower() in _BEATS:
        return None  # `স্টাফ করেসপন্ডেন্ট, স্পোর্টস`: the reporter's beat, not a place
    if len(w) == 2 and w[1] in _CAMPUS_WORDS:
        return cand  # `ঢাকা বিশ্ববিদ্যালয় প্রতিনিধি`: a campus, as `ঢাবি প্রতিনিধি` is (lexicon's PLACES)
    if _institutional(cand) or cand in _AGENCIES or _DIGIT.search(cand) \
            or _is_outlet(" ".join(words)) or _is_outlet(cand) or w[0] in _WB_OUTLET_WORDS:
        return None  # `প্রথম আলো প্রতিনিধি`, `আনন্দবাজার অনলাইন প্রতিনিধি`: an outlet's, of no place
    return cand


def is_by_credit(desk: str) -> bool:
    """`Published by: NAME`, `Updated By: NAME`: a web producer's credit."""
    return _BY_CREDIT.match(desk) is not None


_LOCAL_ROLES = tuple(nfc(["প্রতিনিধি", "সংবাদদাতা"]))
_CAMPUS_WORDS = frozenset(nfc(["বিশ্ববিদ্যালয়", "বিশ্ববিদ্যালয়ের"]))
_NAME_PAREN_PLACE = re.compile(r"^([^(),]+?)\s*\(([^()]+)\)\s*(?:উপজেলা |জেলা )?(?:প্রতিনিধি|সংবাদদাতা)$")
_BY_PREFIX = re.compile(r"^(?:[Bb]y|লিখেছেন)\s+(?=\S)")


@line_memo
def split_byline(desk: str) -> tuple[str | None, str | None]:
    """(author, place) named by a desk or byline line."""
    author, place = _split_byline(desk)
    if author is not None and author.lower() in _CMS_ACCOUNTS:
        author = None  # `By admin`: the site's account, no person
    if author is not None and (author.endswith(_DANGLING_AND) or ":" in author and not is_name_line(
            author.split(":", 1)[1].strip()) or all(w in _PROFESSIONS for w in author.split())):
        # `লেখক: সাংবাদিক ও কলামিস্ট`, `লেখক: অধ্যাপক`, `লেখক: সাবেক রাষ্ট্রদূত`: what
        # the writer is, no name
        author = None
    return author, place


_DANGLING_AND = tuple(nfc([" ও", " এবং", " and", " &"]))
_PROFESSIONS = frozenset(nfc(lx.PROFESSION_WORDS))


_CMS_ACCOUNTS = frozenset(nfc(lx.CMS_ACCOUNTS))


def _split_byline(desk: str) -> tuple[str | None, str | None]:
    desk = _uncapped(_spaced_dot(desk))
    if desk.startswith(_WRITER_FIRST):
        desk = _without_photo_credit(desk)
    if (" || " in desk or " : " in desk) and (head := _name_before_outlet(strip_terminator(desk))) is not None:
        return head, None
    if "|" in desk and " " in desk and desk[:1].isascii() and (parts := [p.strip() for p in desk.split("|")]) \
            and all(_BY_NAME.match(p) for p in parts if p):
        # `Reported By: NAME | Edited By: NAME` (News18 Bangla): credits in a row; the
        # reporter's is the byline, an editor's or producer's only when it stands alone
        reporter = next((p for p in parts if p and not _BY_CREDIT.match(p)), None)
        return _split_byline(reporter or parts[0])
    m = _ROLE_NAME.match(desk) or _BY_NAME.match(desk)
    if m:
        name = strip_terminator(m.group("name"))
        if has_role(name) and name != desk:
            return split_byline(name)  # `By Staff Correspondent`: a role, not a person
        place = m.groupdict().get("place")
        if place and desk[m.start("place") - 1:m.start("place")].strip(" ") in (",", "") \
                and "," in desk[m.end("name"):m.start("place")] and place not in _PLACES:
            place = None  # `লেখক: আনিসুল হক, কথাসাহিত্যিক`: what the writer is, not where
        # (`By AFP`, `By Reuters`: an agency's credit names no person, as `AFP` alone does not)
        return (name if not _institutional(name) and not is_outlet_name(name) and name not in _AGENCIES
                else None), place
    if (rn := _role_then_name(desk.strip())) is not None:
        # `বগুড়া প্রতিনিধি: রফিকুল ইসলাম`: the reporter, and the place the role names
        return rn[1], _split_byline(rn[0])[1]
    if (by := _BY_PREFIX.match(desk)) is not None and ("," in desk or "|" in desk):
        # `By Reaz Ahmad, Dhaka`, `লিখেছেন আনিসুল হক, ঢাকা`: the word before the
        # name is no part of it.
        return split_byline(desk[by.end():])
    if desk.startswith(_WRITER_WORDS) and (w := _WRITER_LABEL.match(desk)) is not None and "," in desk[w.end():]:
        # `লেখা, NAME, বিবিসি নিউজ বাংলা, ঢাকা` (BBC Bangla's byline and its
        # role line): the name, then where the writer is.
        name, rest = (p.strip() for p in desk[w.end():].split(",", 1))
        if 2 <= len(name.split()) <= 4 and not has_role(name):
            return name, split_byline(rest)[1]
    author = None
    place = None
    prev_role = False
    whole = strip_terminator(desk)
    if ". " in whole and not _single_part(whole) and (name := whole.split(". ", 1)[0]).count(" ") >= 1 \
            and len(name.rsplit(" ", 1)[-1]) > 2 and is_name_line(name) and not has_role(name):
        # `সৈয়দ বোরহান কবীর. নির্বাহী পরিচালক, পরিপ্রেক্ষিত`: a columnist's name,
        # a full stop, then what the writer is and where (no place of filing)
        return name, None
    if whole.endswith(_LOCAL_ROLES) and (nm := _NAME_PAREN_PLACE.match(whole)) is not None \
            and is_name_line(nm.group(1)) and not has_role(nm.group(1)):
        # `জাকির হোসেন (শার্শা) প্রতিনিধি`, `NAME (শিবগঞ্জ, বগুড়া) প্রতিনিধি`: the
        # local correspondent's name, then the place bracketed before the role
        bits = [b.strip() for b in nm.group(2).split(",")]
        if len(bits) == 1 and bits[0] in _PLACES:
            return nm.group(1), bits[0]
        if len(bits) == 2 and bits[1] in _PLACES and len(bits[0].split()) <= 2:
            return nm.group(1), f"{bits[0]} ({bits[1]})"
    if whole.endswith(")") and (pm := _PAREN_END.search(whole)) is not None \
            and has_role(inner := pm.group().strip(" ()")) and outlet_byline(whole[:pm.start()].strip()):
        return split_byline(inner)  # `নারায়ণগঞ্জ বার্তা ২৪ (সোনারগাঁ প্রতিনিধি)`: the outlet's reporter
    if whole.endswith(")") and (pm := _PAREN_END.search(whole)) is not None \
            and has_role(whole[:pm.start()].strip()):
        # `স্টাফ করেসপন্ডেন্ট (স্পোর্টস)`, `নিজস্ব প্রতিবেদক (খুলনা)`: a role, then its beat or place.
        inner = pm.group().strip(" ()")
        whole = whole[:pm.start()].strip()
        bits = [b.strip() for b in inner.split(",") if b.strip()]
        if inner in _PLACES:
            place = inner
        elif len(bits) == 2 and bits[1] in _PLACES and len(bits[0].split()) <= 2:
            place = f"{bits[0]} ({bits[1]})"  # `উপজেলা প্রতিনিধি (শিবগঞ্জ, বগুড়া)`: upazila, district
        elif len(bits) == 1 and whole.endswith(_LOCAL_ROLES) and _place_words(inner.split()):
            place = inner  # `প্রতিনিধি (শিবগঞ্জ)`: a local correspondent's place, not a beat
    if place is None and (two := _two_credits(whole)) is not None:
        # `নিজস্ব প্রতিবেদক ও খুলনা প্রতিনিধি`: the authors and the places the two
        # credits name (`রাজশাহী ও খুলনা`, as `ঢাকা ও খুলনা প্রতিনিধি` gives).
        (a1, p1), (a2, p2) = (split_byline(p) for p in two)
        return " ও ".join(a for a in (a1, a2) if a) or None, " ও ".join(p for p in (p1, p2) if p) or None
    if is_outlet_name(whole) or (" " in whole and outlet_byline(whole) and not several_names(whole)):
        return None, None  # `ইনডিপেনডেন্ট টেলিভিশন`, `দৈনিক নয়া দিগন্ত`: the outlet stands as the byline
    if several_names(whole):
        return whole, None
    if not _single_part(whole):
        parts = [p for p in _PARTS.split(whole) if p]
        if len(parts) >= 3 and parts[-1] in _PLACES and several_names(", ".join(parts[:-1])):
            return ", ".join(parts[:-1]), parts[-1]  # `A, B, রংপুর`
    if "-" in whole:
        # `সাজ্জাদ হোসেন-নিজস্ব প্রতিবেদক` (prothomalo copies): NAME-ROLE.
        name, _, role = whole.rpartition("-")
        if name and has_role(role.strip()) and is_name_line(name):
            whole = f"{name.strip()}, {role.strip()}"
    parts = [whole] if _single_part(whole) else _PARTS.split(whole)
    for n, part in enumerate(parts):
        part = _without_date(strip_terminator(part))
        words = part.split()
        if not words:
            continue
        if has_role(part):
            idx = next((i for i, w in enumerate(words) if w in _ROLE_ONLY or _is_role_word(w) or w in _ROLE_LINES),
                       len(words) - 1)
            before, role_end = words[:idx], idx
            while role_end < len(words) and (words[role_end] in _ROLE_ONLY or _is_role_word(words[role_end])
                                             or words[role_end] in _ROLE_LINES):
                role_end += 1
            if role_end == idx and " ".join(words[-2:]) in _ROLE_PHRASES:
                idx, role_end = len(words) - 2, len(words)  # `Press Release`: the phrase is the role
                before = words[:idx]
            after = words[role_end:]
            role = words[role_end - 1] if role_end else words[-1]
            desk_role = any(d in part for d in _DESK_WORDS)  # no desk word holds a space
            if before and desk_role and " ".join(before) in _PLACES:
                place = place or " ".join(before)  # `রাজশাহী ব্যুরো`
            if before and not desk_role:
                joined = " ".join(before)
                if joined in _PLACES:
                    place = place or joined
                elif _joined_places(before):
                    place = place or joined  # `রাজশাহী ও নাটোর প্রতিনিধি`
                elif role.endswith(("প্রতিনিধি", "করেসপন্ডেন্ট", "করসপন্ডেন্ট", "সংবাদদাতা")) \
                        and len(before) <= 2 and _place_words(before):
                    if role.endswith("প্রতিনিধি") or joined in _PLACES or before[-1] in _CAMPUS_WORDS \
                            or len(before) == 2 and before[1][:1] == "(" and before[1].strip("()") in _PLACES:
                        # (`সাভার (ঢাকা) সংবাদদাতা`: an upazila and its district, no person's name)
                        place = place or _place_words(before)
                    elif 2 <= len(before) <= 4 and author is None:
                        author = joined
                elif 2 <= len(before) <= 4 and author is None and not _institutional(joined) \
                        and joined not in _AGENCIES \
                        and not _is_outlet(joined) and before[0] not in _WB_OUTLET_WORDS:
                    author = joined
            if after:
                p = _place_words(after)
                if p and (p in _PLACES or len(after) == 1):
                    place = place or p
                elif len(after) >= 2 and _is_role_word(after[-1]) and " ".join(after[:-1]) in _PLACES:
                    place = place or " ".join(after[:-1])  # `Our Barishal Correspondent`
            prev_role = True
            continue
        joined = " ".join(words)
        if words[-1] == "থেকে" or words[-2:] == ["থেকে", "ফিরে"] or joined in _PLACES \
                or prev_role and len(words) == 2 and words[1] in _CAMPUS_WORDS:
            # (`নিজস্ব প্রতিবেদক, ঢাকা বিশ্ববিদ্যালয়`: the campus the reporter covers)
            place = place or _place_words(words)
        elif _joined_places(words):
            place = place or joined  # `নিজস্ব প্রতিবেদক, ঢাকা ও চট্টগ্রাম`: two offices
        elif joined in _AGENCIES or joined in _OUTLET_NAMES or _institutional(joined) \
                or (joined.startswith(_AGENCY_WORDS) and joined.split(" ", 2)[-1] in _AGENCIES) \
                or prev_role and is_outlet_name(joined):
            # `নিজস্ব প্রতিবেদক, ঢাকা পোস্ট`: the outlet, not a place; `বার্তা সংস্থা এএফপি`;
            # `নিউজ ডেস্ক, এই সময় ডিজিটাল`: the outlet's edition, no person; a
            # short part after an agency is where it filed from (`ডয়চে ভেলে, বন`)
            prev_role = True
            continue
        elif prev_role and len(words) <= 2:
            place = place or _place_words(words)
        elif author is None and len(parts) == 1 and (np := _name_then_place(joined) or _name_at_place(words)):
            author, place = np[0], place or np[1]
        elif author is None and 1 <= len(words) <= 5 and not _DIGIT.search(joined):
            author = joined
        elif author is not None and n == len(parts) - 1 == 1 and _bare_place(joined):
            place = place or joined  # `দীপক শেঠ, কলারোয়া`, `আব্দুল করিম, ধুনট (বগুড়া)`
        prev_role = False
    return author, place


_AND_WORDS = frozenset(nfc(["ও", "এবং", "and", "&"]))


def _joined_places(words: list[str]) -> bool:
    """`ঢাকা ও চট্টগ্রাম`: known one-word places joined by `ও`/`এবং`."""
    return len(words) >= 3 and len(words) % 2 == 1 and all(
        (w in _PLACES) if k % 2 == 0 else (w in _AND_WORDS) for k, w in enumerate(words))


def _without_date(part: str) -> str:
    """`ঢাকা ১৬ অক্টোবর` -> `ঢাকা`: a date closing a byline's part."""
    m = _TRAILING_DATE.match(part) if _DIGIT.search(part) else None
    return m.group(1) if m and m.group(2) in _MONTH_WORDS else part


def _bare_place(part: str, known_district: bool = False) -> bool:
    """One word, maybe with a district in parentheses; with `known_district`,
    only `WORD (DISTRICT)` where the district is a known place."""
    m = _BARE_PLACE.match(part)
    if m is None or part in _AGENCIES or _is_outlet(part) or _is_role_word(part) \
            or _institutional(part):
        return False
    return m.group(2) in _PLACES if known_district else True


def inline_desk(paragraph: str) -> tuple[str, str] | None:
    """(desk, rest of paragraph) when a paragraph opens with a byline.

    `স্পোর্টস ডেস্ক: …`, `।।ইন্টারন্যাশনাল ডেস্ক।। …`, `নিজস্ব প্রতিনিধি, কলকাতা: …`,
    and a desk glued to the first word (`স্পোর্টস ডেস্কহৃদরোগে …`). A plain
    dateline (`ঢাকা: …`) is not a byline and stays in the paragraph.
    """
    first = paragraph[:1]
    m = _WRAPPED.match(paragraph) if first in "।॥|" else None
    if m and is_desk_line(m.group(1)):
        return m.group(1).strip(), paragraph[m.end():].strip()
    if paragraph.startswith(_WRITER_FIRST_INLINE) and (m := _CREDIT_INLINE.match(paragraph)) is not None \
            and _ROLE_NAME.match(m.group(1)) is not None:
        return m.group(1), paragraph[m.end():].strip()  # `লেখা ও ছবি: NAME: BODY`: a credit, then its colon
    m = _FENCED.match(paragraph) if first in "….-–—" else None
    if m and (is_desk_line(m.group(1)) or is_name_line(m.group(1))):
        return m.group(1).strip(), paragraph[m.end():].strip()
    m = _INLINE.match(paragraph) if _TERMINATOR_CHAR.search(paragraph, 0, 160) else None
    if m:
        cand = m.group(1).strip().lstrip("➖").strip()
        if is_desk_line(cand) or _is_name_place(cand):
            return _with_dateline_place(strip_terminator(cand), paragraph[m.end():].strip())
        term = paragraph[m.end(1):m.end()]
        if (":" in term or "ঃ" in term) and _is_name_unknown_place(cand):
            return cand, paragraph[m.end():].strip()  # `দীপক শেঠ, কলারোয়া : …`
        if (":" in term or "ঃ" in term) and 2 <= cand.count(" ") + 1 <= 4 and is_name_line(cand) \
                and _person_marked(cand):
            return cand, paragraph[m.end():].strip()  # `মেহেদী হাসান আকন্দ : …`, a person's name alone
        if outlet_byline(cand):
            return cand, paragraph[m.end():].strip()  # `মাগুরা প্রতিদিন ডটকম : …`
        if cand == _REPORT and term.strip():
            return cand, paragraph[m.end():].strip()  # `প্রতিবেদন : …` (a byline label)
        # `NAME ॥ …` (janakantha): after a double danda a bare name is a byline.
        if ("॥" in term or "।।" in term) and is_name_line(cand):
            return cand, paragraph[m.end():].strip()
    m = _DESK_PLACE_DATE.match(paragraph) if first not in "….-–—।॥|" else None
    if m and has_role(m.group(1).strip()) and m.group(2) in _PLACES and m.group(4) in _MONTH_WORDS:
        return paragraph[:m.end(3)].strip(), paragraph[m.end():].strip()
    m = _GLUED_DESK.match(paragraph) if paragraph.find("ডেস্ক", 0, 200) >= 0 else None
    if m and is_desk_line(m.group(1)):
        return m.group(1), paragraph[m.end():].strip()
    m = _SPACED_DESK.match(paragraph) if m is None and paragraph.find("ডেস্ক ", 0, 60) >= 0 else None
    if m and m.group(1).split(" ", 1)[0] not in _SERVICE_DESKS and is_desk_line(m.group(1)):
        return m.group(1), paragraph[m.end():].strip()
    return None


_WRITER_FIRST_INLINE = tuple(nfc(["লেখা", "ছবি ও লেখা", "কথা ও ছবি", "রেসিপি", "সাক্ষাৎকার", "গ্রন্থনা", "অনুলিখন"]))
# A credit label, the name, and a second colon or a dash before the body.
_CREDIT_INLINE = LazyPattern(r"^([^:ঃ]{2,30}[:ঃ]\s*[^\s,:;|।0-9০-৯]+(?:\s[^\s,:;|।0-9০-৯]+){1,3})\s*(?:[:ঃ]|\s[-–—])\s*(?=\S)")
# (a colon, or Janakantha's `॥` after the place: `নিজস্ব সংবাদদাতা ॥ সিরাজগঞ্জ ॥ …`)
_DATELINE_PLACE = re.compile(r"^([^\s:ঃ,।॥]+(?: [^\s:ঃ,।॥]+)?)\s?(?:[:ঃ]|॥|।।|\|\|)\s+(?=\S)")


def _with_dateline_place(desk: str, rest: str) -> tuple[str, str]:
    """`নিজস্ব সংবাদদাতাঃ শিলিগুড়িঃ …`: a byline with no place, then the
    dateline's place before a colon of its own, are one byline."""
    m = _DATELINE_PLACE.match(rest)
    if m is None or m.group(1) not in _PLACES or split_byline(desk)[1] is not None:
        return desk, rest
    return f"{desk}, {m.group(1)}", rest[m.end():]


def _is_name_unknown_place(text: str) -> bool:
    """`দীপক শেঠ, কলারোয়া`: a name, then one word taken for a place the
    place list does not know; only where a colon closes it in a paragraph."""
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(parts) != 2 or not is_name_line(parts[0]):
        return False
    if any(w in _NOT_NAME or w in _TOPIC_WORDS for w in parts[0].split()):
        return False
    return _bare_place(parts[1])


def _is_name_place(text: str) -> bool:
    """`সত্যজিৎ বৈদ্য, কলকাতা`, `বিএনএ, সিউড়ি` and `হাসানুজ্জামান,চাঁদপুর থেকে`:
    a name or agency, then a known place."""
    if _single_part(text):
        return False
    parts = [p for p in _PARTS.split(text) if p]
    if len(parts) == 3 and _is_outlet(parts[1]):
        # `রাজু দাস, খবরইন্ডিয়াঅনলাইন, কলকাতা`: NAME, OUTLET, PLACE.
        parts = [parts[0], parts[2]]
    if len(parts) > 2 and several_names(", ".join(parts[:-1])):
        parts = [parts[0], parts[-1]]  # `A, B, রংপুর`: the names, then the place
    elif len(parts) == 2 and several_names(parts[0]):
        return parts[1] in _PLACES or _bare_place(parts[1], known_district=True)
    if len(parts) != 2:
        return False
    back_from = parts[1].endswith(" থেকে ফিরে")  # `… থেকে ফিরে` (back from PLACE): a reporter's trip
    if back_from:
        parts[1] = parts[1][:-len(" ফিরে")]
    sent_from = parts[1].endswith(" থেকে")  # `… থেকে` (from PLACE) marks a dateline
    place = parts[1][:-len(" থেকে")] if sent_from else parts[1]
    if place not in _PLACES and not _bare_place(place, known_district=True):
        return False
    if parts[0] in _OUTLET_NAMES:
        return True  # `এই সময়, শিলিগুড়ি`, `আনন্দবাজার, কলকাতা`: the outlet's own, from the place
    who = parts[0].split()
    if who and (who[0] in _NOT_NAME or who[-1] in _NOT_NAME):
        return False  # `আমরা জানি, ঢাকা`, `… বলেন, ঢাকা` (not `এম এ রহিম`: initials)
    if any(w in _TOPIC_WORDS for w in who):
        return False  # `বিশ্বকাপ ফুটবল, কাতার`: the report's topic, then where
    # One word is a name only with a hyphen (`আল-আমিন`) or before `থেকে`.
    shortest = 1 if sent_from or (len(who) == 1 and "-" in who[0].strip("-")) else 2
    return parts[0] in _AGENCIES or (shortest <= len(who) <= 4 and not _DIGIT.search(parts[0])
                                     and parts[0] not in _PLACES)


def outlet_byline(cand: str) -> bool:
    """An outlet's name standing as the byline: 2-4 words ending like a site
    name (`মাগুরা প্রতিদিন ডটকম`, `নারায়ণগঞ্জ বার্তা ২৪`, `ইউএসএনিউজঅনলাইন.কম`)."""
    words = cand.split()
    if not 1 <= len(words) <= 4 or _DIGIT.search(words[0]) or not _single_part(cand):
        return False
    if len(words) == 1:
        return cand.lower().endswith(_SITE_ENDINGS)
    return _is_outlet(cand)


def _is_outlet(part: str) -> bool:
    """An outlet's name in a byline: `খবরইন্ডিয়াঅনলাইন`, `বার্তা২৪.কম`, `ডিজিটাল ডেস্ক`."""
    p = part.strip()
    return p.endswith(_OUTLET_ENDINGS) or p.lower().endswith(_SITE_ENDINGS) or p in _OUTLET_NAMES


def names_outlet(text: str) -> bool:
    """`বাংলানিউজটোয়েন্টিফোর.কম`, `ঢাকা টাইমস`: an outlet's name, its domain's
    ending or not."""
    t = text.strip()
    return bool(t) and (ends_in_outlet(t) or ends_in_outlet(_DOMAIN_END.sub("", t)))


_DOMAIN_END = re.compile(r"(?:\.কম|\.com|\.net| ?ডটকম| ডট কম)$")


@line_memo
def is_outlet_name(text: str) -> bool:
    """The whole of `text` is an outlet's name, maybe with its edition
    (`প্রথম আলো`, `দৈনিক সমকাল`, `বাংলা ট্রিবিউন.কম`, `দ্য ডেইলি স্টার বাংলা`,
    `এই সময় ডিজিটাল`), not a line that closes with one."""
    t = _DOMAIN_END.sub("", text.strip().rstrip(" :ঃ|")).rstrip()
    if t.endswith(_EDITION) and " " in t and t not in _OUTLET_NAMES:  # (not `বিবিসি বাংলা`: its name)
        t = t.rsplit(" ", 1)[0]
    return t in _OUTLET_NAMES or (t.startswith(_DAILY_WORD) and t[len(_DAILY_WORD):] in _OUTLET_NAMES) \
        or t in _ENGLISH_OUTLET_SET


_DAILY_WORD = nfc(["দৈনিক "])[0]
_EDITION = tuple(nfc([" বাংলা", " অনলাইন", " ডিজিটাল", " ডটকম"]))


def names_site(site: str, title: str) -> bool:
    """`site` after a <title>'s separator names the site, not a part of the
    title: an outlet by name (in Bangla or English), a short name ending in
    an outlet's word (`যমুনা টিভি`), or a Latin name made of site words
    (`Jamuna Television`) after a Bangla title."""
    if is_outlet_name(site) or site in _ENGLISH_OUTLET_SET:
        return True
    if site.startswith(_DAILY_STEM) and len(site) > len(_DAILY_STEM) + 1 and " " not in site:
        return is_outlet_name(f"{_DAILY_STEM} {site[len(_DAILY_STEM):]}")  # `দৈনিকশিক্ষা`: the name run together
    if "।।" in site or "||" in site:
        # `মেহেন্দিগঞ্জ সংবাদ।। Mehendiganj Sangbad`: the name in both scripts
        return any(names_site(p.strip(), title) for p in _DOUBLE_BAR.split(site) if p.strip())
    words = site.split()
    if len(words) <= 3 and words and words[-1] in _OUTLET_LAST_WORDS and title.count(" ") >= 2:
        return True
    low = site.lower().split()
    return site.isascii() and not title.isascii() and len(low) <= 4 \
        and any(w in low or (w.startswith(".") and w in site.lower()) for w in lx.OUTLET_WORDS)


_ENGLISH_OUTLET_SET = frozenset(lx.ENGLISH_OUTLETS)
_DAILY_STEM = nfc(["দৈনিক"])[0]
_DOUBLE_BAR = re.compile(r"।।|\|\|")
_OUTLET_LAST_WORDS = frozenset(nfc(lx.OUTLET_LAST_WORDS))


def ends_in_outlet(line: str) -> bool:
    """`আন্তর্জাতিক ডেস্ক, ঢাকা পোস্ট`: a line that closes with an outlet's
    name (whose last word may also be a date label, as পোস্ট is)."""
    t = line.rstrip(" :ঃ|")
    return any(t.endswith(o) and (len(t) == len(o) or t[-len(o) - 1] in " ,|") for o in _OUTLET_NAMES)


_REPORT = nfc(["প্রতিবেদন"])[0]
_OFFICE = nfc(["অফিস"])[0]
_BUREAU = nfc(["ব্যুরো"])[0]
_OUTLET_NAMES = frozenset(nfc(lx.OUTLET_NAMES))
_WB_OUTLET_WORDS = frozenset(nfc([m.split()[0] for m in lx.WEST_BENGAL_MARKS]))
_OUTLET_ENDINGS = tuple(nfc(["অনলাইন", "ডটকম", "নিউজ", "টোয়েন্টিফোর", "২৪", "টেলিভিশন", "টিভি"]))

# Outlets' names of two words or more, by their last word: a byline may run
# into one with no space (`মাকসুদা আজীজবিডিনিউজ টোয়েন্টিফোর ডটকম`).
_OUTLETS_BY_LAST: dict[str, list[str]] = {}
for _o in sorted(_OUTLET_NAMES, key=len, reverse=True):
    if " " in _o:
        _OUTLETS_BY_LAST.setdefault(_o.rsplit(" ", 1)[1], []).append(_o)


# The last four letters a line may end with when a name runs into an outlet's
# (asked of every short line before unglue_outlet: one set look-up)
OUTLET_TAILS = frozenset(w[-4:] for w in _OUTLETS_BY_LAST) | frozenset(["ডটকম", ".com", "ট কম", ".কম"])


def unglue_outlet(line: str) -> str | None:
    """`NAMEবিডিনিউজ টোয়েন্টিফোর ডটকম` -> `NAME, বিডিনিউজ টোয়েন্টিফোর ডটকম`: a
    reporter's name run into the outlet's after it; None when the line is not one."""
    if len(line) > 80 or " " not in line:
        return None
    t = _DOMAIN_END.sub("", line).rstrip()  # (`… ডটকম` after the name)
    if " " not in t:
        return None
    for name in _OUTLETS_BY_LAST.get(t.rsplit(" ", 1)[1], ()):
        k = len(t) - len(name)
        if k > 3 and t.endswith(name) and "\u0985" <= t[k - 1] <= "\u09ff" \
                and is_name_line(head := t[:k]) and not has_role(head) and head.count(" ") <= 2 \
                and not any(w.endswith(_NOUN_ENDINGS) for w in head.split()) and not _VERB_END.search(head):
            # (a name: no case ending, no verb; `দাম বাড়ল চালেরপ্রথম আলো` is a title run into the outlet)
            return f"{head}, {line[k:]}"
    return None


def undouble(text: str) -> str:
    """A byline printed twice in one line (`সারাদিন ডেস্কসারাদিন ডেস্ক`, the
    dump of an image alt and its caption) -> once."""
    n = len(text)
    half = n // 2
    if n >= 6 and text[:half] == text[n - half:]:
        mid = text[half:n - half]
        if not mid.strip() or mid.strip() in ",|:ঃ;":
            return text[:half].strip()
    return text
