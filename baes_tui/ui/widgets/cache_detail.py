"""Detail pane of the cache screen: everything stored for one entry, readable at a glance."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

WHEN = "%Y-%m-%d %H:%M:%S"


def _when(moment: Any) -> str:
    return moment.astimezone().strftime(WHEN) if moment else "never"


def describe(entry: Any) -> Group:
    """The entry as a facts table plus its entity spec as an attribute table."""
    rec = entry.recognition
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column()
    facts.add_row("Request", Text(entry.original_request))
    facts.add_row("Key", Text(entry.key))
    facts.add_row("Intent", str(rec.intent))
    facts.add_row("Confidence", f"{rec.confidence:.2f}")
    facts.add_row("Source", entry.source)
    facts.add_row("Hits", f"{entry.hit_count:,}")
    facts.add_row("Created", _when(entry.created_at))
    facts.add_row("Last hit", _when(entry.last_hit_at))
    facts.add_row("Normalizer", Text(entry.normalizer_id or "unknown"))
    parts: list[Any] = [facts]
    if rec.entity is not None:
        spec = Table(title=f"Entity {rec.entity.name}", title_justify="left", expand=True)
        spec.add_column("Attribute")
        spec.add_column("Type")
        spec.add_column("Required")
        for attr in rec.entity.attributes:
            spec.add_row(attr.name, str(attr.type), "yes" if attr.required else "no")
        for rel in rec.entity.relationships:
            spec.add_row(f"→ {rel.target}", rel.kind, "")
        parts.append(Text(""))
        parts.append(spec)
    extras = (("Business rules", rec.business_rules), ("Custom logic", rec.custom_logic))
    for label, values in extras:
        if values:
            parts.append(Text(f"\n{label}: " + "; ".join(values)))
    return Group(*parts)


class CacheDetail(VerticalScroll):
    """Shows one CacheEntry, or a hint when nothing is selected."""

    def compose(self):
        yield Static("Select an entry to see what is stored for it.", id="cache-detail-body")

    def show(self, entry: Any | None) -> None:
        body = self.query_one("#cache-detail-body", Static)
        if entry is None:
            body.update("No entry selected.")
        else:
            body.update(describe(entry))
