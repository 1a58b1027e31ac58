"""Rich rendering of records for people (`--format pretty`).

Imported only when a person is reading: rich is slow to import.
"""
from __future__ import annotations

from typing import Iterable

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

__all__ = ["render_records"]


def _stamp(s: dict | None) -> str:
    if not s:
        return "—"
    iso = s.get("datetime") or s.get("date") or "?"
    return f"{iso}  [dim]({escape(s['raw'])})[/dim]"


def render_record(rec: dict, *, show_other: bool = False):
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan", no_wrap=True)
    meta.add_column()
    for key in ("kicker", "desk", "author", "place"):
        if rec.get(key):
            meta.add_row(key, escape(rec[key]))
    meta.add_row("published", _stamp(rec.get("published")))
    if rec.get("updated"):
        meta.add_row("updated", _stamp(rec.get("updated")))
    parts = [meta, Text("")]
    for p in rec.get("body") or []:
        parts.append(Text(p))
        parts.append(Text(""))
    links = rec.get("links") or []
    if links:
        parts.append(Text(f"Related ({len(links)})", style="bold"))
        for n, link in enumerate(links, 1):
            parts.append(Text(f"{n:>3}. {link}"))
    if show_other and rec.get("other"):
        parts.append(Text(""))
        t = Table("line", "kind", "text", title="Other lines", title_justify="left")
        for o in rec["other"]:
            t.add_row(str(o["line"]), o["kind"], escape(o["text"]))
        parts.append(t)
    if rec.get("warnings"):
        parts.append(Text(""))
        parts.append(Text("warnings: " + ", ".join(rec["warnings"]), style="yellow"))
    title = rec.get("headline") or "(no headline)"
    return Panel(Group(*parts), title=escape(title), title_align="left",
                 subtitle=escape(rec.get("source") or ""), subtitle_align="right")


def render_records(records: Iterable[dict], *, show_other: bool = False) -> None:
    console = Console()  # honours NO_COLOR and the terminal width
    for rec in records:
        console.print(render_record(rec, show_other=show_other))


def render_rows(rows: list[dict], columns: list[str], title: str) -> None:
    """A table of the rows (numbers, dates) a text command found."""
    console = Console()
    if not rows:
        console.print(f"no {title} found", style="dim")
        return
    t = Table(*columns, title=f"{len(rows)} {title}", title_justify="left")
    for r in rows:
        t.add_row(*(_cell(r.get(c)) for c in columns))
    console.print(t)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return escape(", ".join(map(str, v)))
    return escape(str(v))
