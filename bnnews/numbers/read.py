"""One number expression read from the tokens at a position: the groups of
units, hundreds and multipliers combined (bangla.md §7.2), with fractions,
decimals and ranges.
"""
from __future__ import annotations

from fractions import Fraction

from ..digits import to_ascii_digits
from ..text import normalize
from .tables import _LEAD_DIGITS, _VAGUE_BEFORE
from .tokens import _Tok, _space_gap


class _Expr:
    """A number expression being read: the combining rule of bangla.md §7.2."""

    def __init__(self):
        self.total = Fraction(0)
        self.group: Fraction | None = None
        self.pending: Fraction | None = None  # সাড়ে / সোয়া / পৌনে
        self.bound: str | None = None  # ">" more than, "~" about
        self.words_only = True
        self.parts = 0

    def add(self, v: Fraction) -> None:
        if self.pending is not None:
            v, self.pending = v + self.pending, None
        self.group = (self.group or 0) + v
        self.parts += 1

    def hundred(self) -> None:
        self.group = (self.group if self.group is not None else 1) * 100
        self.parts += 1

    def mult(self, m: Fraction) -> None:
        g = self.group
        if g is None:
            # A bare multiplier is 1 (সোয়া লাখ = 1.25 lakh) only when nothing
            # precedes it; after a total it scales that total (হাজার কোটি).
            if self.pending is not None:
                g, self.pending = 1 + self.pending, None
            else:
                g = Fraction(0) if self.total else Fraction(1)
        if 0 < self.total < m:
            self.total = (self.total + g) * m
        else:
            self.total += g * m
        self.group = None
        self.parts += 1

    def value(self) -> Fraction:
        return self.total + (self.group or 0)


def _fraction_unit(t: _Tok) -> int:
    """The unit a সাড়ে/সোয়া/পৌনে before `t` binds to: the hundred glued to it
    (`সাড়ে পাঁচশ`), or a round figure's in digits, written as said (`সাড়ে ৪০০
    কোটি` = সাড়ে চারশ কোটি, 450 crore; `সাড়ে ৩০০০` = সাড়ে তিন হাজার); 0 for
    none (the fraction is added: `সাড়ে ৩৫০`)."""
    if t.glued == "hundred":
        return 100
    if t.kind == "num" and 100 <= t.value < 100000 and t.value % 100 == 0:
        return 1000 if t.value % 1000 == 0 else 100
    return 0


def _bigger_mult_next(text: str, toks: list[_Tok], j: int, value) -> bool:
    """A compound of bare multipliers (`হাজার কোটি` = 10^10, `লাখ কোটি`,
    `শত কোটি`, bangla.md §7.2): the next word is a larger multiplier."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.role == "mult" and nxt.value > value and _space_gap(text, toks[j], nxt)


def _scaled_low(toks: list[_Tok], i: int, j: int, hi, value):
    """`দুই-তিন হাজার`, `পাঁচ থেকে ছয় হাজার`: the high end's multiplier applies
    to a low end that has none (2,000-3,000, not 2-3,000)."""
    if hi is None or any(toks[x].role in ("mult", "mult_glued") for x in range(i, j)):
        return value
    # The multipliers that close the high end, all of them: `১০-১২ হাজার কোটি`
    # is 10,000 to 12,000 crore.
    scale, k = Fraction(1), hi[0] - 1
    while k > i and toks[k].role == "mult":
        scale *= toks[k].value
        k -= 1
    if toks[k].role == "hundred" and value < 100 and k > i:
        scale *= 100  # `পাঁচ-ছয় শ`: 500-600, the hundred a word of its own after the high end
        k -= 1
    elif toks[k].glued == "hundred" and value < 100 and k > i and toks[k].role == "num":
        scale *= 100  # `দুই-তিনশ`: 200-300, `১০-১২শ`: 1,000-1,200; the hundred glued to the high end
    if scale > 1 and value * scale < hi[1]:
        return value * scale
    return value


def _bound_next(text: str, toks: list[_Tok], j: int) -> bool:
    """`হাজারের বেশি`, `লাখেরও বেশি`, `কোটির কাছাকাছি`: a multiplier in the
    genitive before a bound stands for one of it."""
    t = toks[j]
    return t.glued == "case" and t.text.endswith(("র", "রও")) and j + 1 < len(toks) \
        and toks[j + 1].role in ("more", "less", "about") and _space_gap(text, t, toks[j + 1])


def _currency_next(text: str, toks: list[_Tok], j: int) -> bool:
    """A currency word right after toks[j]: `লাখ টাকা` is one lakh taka; but
    not in a doubled or vague count (`কোটি কোটি টাকা`, `কয়েক লাখ টাকা`)."""
    if j > 0 and _space_gap(text, toks[j - 1], toks[j]) and (
            toks[j - 1].role in ("mult", "hundred") or normalize(toks[j - 1].text) in _VAGUE_BEFORE):
        return False
    return j + 1 < len(toks) and toks[j + 1].role == "cur" and _space_gap(text, toks[j], toks[j + 1])


def _read(text: str, toks: list[_Tok], i: int) -> tuple[int, Fraction, str | None, bool, str | None] | None:
    """Read one expression from toks[i]: (next index, value, bound, words_only, glued)."""
    e = _Expr()
    n = len(toks)
    j = i
    last = None
    glued = None
    while j < n:
        t = toks[j]
        if last is not None and not _space_gap(text, last, t):
            break
        r = t.role
        if r == "num":
            tens_unit = last is not None and last.kind == t.kind == "latin" and e.group is not None \
                and e.group % 10 == 0 and e.group % 100 != 0 and t.value < 10  # `twenty five`
            if e.group is not None and e.total == 0 and last is not None and last.role == "num" \
                    and not (e.group % 100 == 0 and t.value < 100) and not tens_unit:
                break  # two numbers side by side (`২০২৪ ২০`): separate expressions
            if e.group is not None and last is not None and last.role == "num" \
                    and e.group % 100 != 0 and not tens_unit:
                break
            if e.pending is not None and (unit := _fraction_unit(t)):
                # সাড়ে পাঁচশ = (5 + 0.5) x 100: the fraction binds before the hundred.
                e.add(t.value / unit)
                e.group *= unit
            else:
                e.add(t.value)
            if t.kind == "num":
                e.words_only = False
            if t.glued in ("classifier", "times"):
                glued = t.glued
                j += 1
                last = t
                break
        elif r == "mult_glued":
            e.add(t.value)  # `৫হাজার`: digits with the multiplier glued
            e.words_only = False
        elif r == "pfrac":
            if e.group is not None or e.pending is not None:
                break
            e.pending = t.value
        elif r == "hundred" and t.kind in ("word", "latin"):
            if e.group is None and e.parts == 0 and not _bigger_mult_next(text, toks, j, 100):
                break  # but `শত কোটি` is 10^9
            e.hundred()
        elif r == "mult":
            if e.parts == 0 and e.pending is None and not _bigger_mult_next(text, toks, j, t.value) \
                    and not _currency_next(text, toks, j) and not _bound_next(text, toks, j):
                # A bare multiplier is vague (হাজারো, লাখ লাখ), save in `হাজার কোটি`,
                # `লাখ টাকা` and before a bound (`হাজারের বেশি`: more than a thousand).
                break
            e.mult(t.value)
            if t.glued == "case":
                j += 1
                last = t
                break
        elif r == "bound":
            if t.glued == "hundred" or t.kind == "num":
                e.add(t.value)
            elif e.parts == 0:
                e.add(t.value)
            else:
                e.group = (e.group if e.group is not None else 1) * t.value
            if t.kind == "num":
                e.words_only = False
            e.bound = ">"
            e.parts += 1
            j += 1
            last = t
            if t.glued != "case" and j < n and toks[j].role == "mult" and toks[j].value > t.value \
                    and _space_gap(text, t, toks[j]):
                continue  # `শতাধিক কোটি টাকা`: more than a hundred crore
            break
        elif r == "halfbound":
            if e.parts:
                break
            e.add(t.value)
            e.bound = ">"
            j += 1
            last = t
            if j < n and toks[j].role == "mult" and _space_gap(text, t, toks[j]):
                continue  # `অর্ধশতাধিক কোটি`
            break
        elif r in ("approx", "approx_one"):
            # `পাঁচেক`, `হাজারখানেক`: about so many, and nothing more to read.
            if e.parts or e.pending is not None:
                break
            e.add(t.value)
            e.bound = "~"
            j += 1
            last = t
            break
        elif r == "point" and (e.group is not None or (e.parts == 0 and j == i)) and j + 1 < n:
            if e.group is None:
                e.add(Fraction(0))  # `দশমিক ৫ শতাংশ`: a point with no whole part is 0.5
            # দশমিক: the digits after it are read one by one.
            k = j + 1
            frac_digits = ""
            prev = t
            while k < n and _space_gap(text, prev, toks[k]) and toks[k].role == "num" \
                    and toks[k].value is not None and toks[k].value.denominator == 1:
                tk = toks[k]
                if tk.kind == "num":
                    # As printed: `৩ দশমিক ০৫` is 3.05 (the value of `০৫` drops its zero).
                    printed = _LEAD_DIGITS.match(tk.text)
                    frac_digits += to_ascii_digits(printed.group()) if printed else str(int(tk.value))
                elif tk.value < 10:
                    frac_digits += str(int(tk.value))
                elif not frac_digits and tk.value < 100:
                    # `সাত দশমিক পঁচিশ শতাংশ` (7.25): the decimals said as one number
                    frac_digits = str(int(tk.value))
                    prev = tk
                    k += 1
                    break
                else:
                    break
                prev = tk
                k += 1
                if tk.kind == "num":
                    break
            if not frac_digits:
                break
            e.group = e.group + Fraction(int(frac_digits), 10 ** len(frac_digits))
            j = k
            last = prev
            continue
        else:
            break
        last = t
        j += 1
    if e.parts == 0 and e.pending in (Fraction(1, 4), Fraction(-1, 4)) and j == i + 1 and j < n \
            and toks[j].role in ("measure", "cur", "count") and _space_gap(text, toks[i], toks[j]):
        # `সোয়া কেজি`, `সোয়া ঘণ্টা`: one and a quarter; `পৌনে ঘণ্টা`: three quarters
        return j, 1 + e.pending, None, True, None
    if e.parts == 0 or last is None:
        return None
    if e.pending is not None:
        return None  # `সাড়ে` with nothing after it
    return j, e.value(), e.bound, e.words_only, glued
