"""The record of one temporal expression, and its kinds.
"""
from __future__ import annotations

from dataclasses import dataclass


KINDS = ("date", "datetime", "time", "month", "year", "week", "decade", "century", "duration",
         "range", "set")


@dataclass(frozen=True, slots=True)
class Temporal:
    """One temporal expression: its span in the text and its resolved value."""

    text: str
    start: int
    end: int
    kind: str
    value: str | None
    calendar: str = "gregorian"  # gregorian | bangla | hijri
    relative: bool = False
    warnings: tuple[str, ...] = ()
    # Which part of the period (TimeML's mod): START (মাসের শুরুতে), MID
    # (মাঝামাঝি), END (বছরের শেষ দিকে); for a duration, its bound: MORE_THAN
    # (১০ দিনের বেশি), LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS; for a date told
    # as a bound: BEFORE (ডিসেম্বরের আগে), AFTER (৫ আগস্টের পর), ON_OR_BEFORE
    # (১৫ ডিসেম্বরের মধ্যে, by), ON_OR_AFTER (since); None otherwise.
    mod: str | None = None
    # The part of the day a date names without a clock (`বৃহস্পতিবার সকালে`):
    # dawn, morning, noon, afternoon, evening or night; None otherwise.
    part: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "value": self.value, "calendar": self.calendar, "relative": self.relative,
                "warnings": list(self.warnings), "mod": self.mod, "part": self.part}
