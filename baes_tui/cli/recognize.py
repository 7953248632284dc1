"""`baes recognize`: recognition only; uses and fills the cache."""

from __future__ import annotations

import argparse

from baes_tui.cli.io import EXIT_BAD_INPUT, EXIT_OK, emit_json, read_request, say
from baes_tui.core.config import Settings
from baes_tui.core.models import Recognition
from baes_tui.workspace import Workspace


def _describe(recognition: Recognition) -> str:
    """Every entity with its fields and links, then what a person should know: notes (words
    not added as fields, default cardinality), business rules kept, what is missing."""
    lines = [
        f"status:     {recognition.status}",
        f"intent:     {recognition.intent}",
        f"confidence: {recognition.confidence:.2f}",
        f"cache:      {recognition.cache}  (key: {recognition.normalized_key!r})",
        f"source:     {recognition.source}"
        + (f"  ({recognition.tokens:,} LLM tokens)" if recognition.tokens else ""),
    ]
    label = "entity:    " if len(recognition.entities) == 1 else "entities:  "
    for number, entity in enumerate(recognition.entities):
        renamed = f" (renamed from {entity.renamed_from})" if entity.renamed_from else ""
        lines.append(f"{label if number == 0 else ' ' * 11} {entity.name or '?'}{renamed}")
        for attr in entity.attributes:
            flag = "required" if attr.required else "optional"
            was = f", renamed from {attr.renamed_from}" if attr.renamed_from else ""
            lines.append(f"  - {attr.name}: {attr.type} ({flag}{was})")
        for rel in entity.relationships:
            lines.append(f"  ~ {rel.kind} → {rel.target}")
    if recognition.missing:
        lines.append(f"missing:    {', '.join(recognition.missing)}")
    if recognition.notes:
        lines.append("notes:")
        lines.extend(f"  * {note}" for note in recognition.notes)
    if recognition.business_rules:
        lines.append("business rules (kept, not fields):")
        lines.extend(f"  . {rule}" for rule in recognition.business_rules)
    if recognition.custom_logic:
        lines.append("custom logic (goes to review):")
        lines.extend(f"  ! {item}" for item in recognition.custom_logic)
    return "\n".join(lines)


async def recognize(args: argparse.Namespace, settings: Settings) -> int:
    request = read_request(args.request)
    async with await Workspace.open(settings, load_wordnet=False) as ws:
        recognition = await ws.recognize(request)
    if args.json:
        emit_json(recognition.to_dict())
    else:
        print(_describe(recognition))
    if recognition.needs_clarification:
        missing = ", ".join(recognition.missing) or "details"
        why = f" ({recognition.notes[0]})" if recognition.notes else ""
        say(f"baes: needs clarification — missing {missing}{why}")
        return EXIT_BAD_INPUT
    return EXIT_OK
