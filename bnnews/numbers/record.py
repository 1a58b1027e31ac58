"""The record of one number found in text.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Number:
    """One number expression found in a text."""

    text: str
    start: int
    end: int
    value: int | float
    kind: str  # cardinal | ordinal | percent | money | measure
    unit: str | None = None  # "%", "pp", "bp", an ISO 4217 code, or a unit of measure ("km", "t", "MW")
    high: int | float | None = None  # the high end of a range
    # ">" more than (শতাধিক), "<" less than (৫০০-এর কম), ">=" at least (অন্তত),
    # "<=" at most (অনধিক), "~" about (প্রায়, হাজার পাঁচেক)
    bound: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "kind": self.kind, "unit": self.unit, "high": self.high, "bound": self.bound}
