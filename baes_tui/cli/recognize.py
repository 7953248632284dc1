"""`baes recognize`: recognition only; uses and fills the cache."""

from __future__ import annotations

import argparse

from baes_tui.cli.io import EXIT_BAD_INPUT, EXIT_OK, emit_json, read_request, say, warn_degraded
from baes_tui.core.config import Settings
from baes_tui.core.models import Recognition
from baes_tui.workspace import Workspace


def _describe(recognition: Recognition) -> str:
    lines = [
        f"status:     {recognition.status}",
        f"intent:     {recognition.intent}",
        f"confidence: {recognition.confidence:.2f}",
        f"cache:      {recognition.cache}  (key: {recognition.normalized_key!r})",
        f"source:     {recognition.source}"
        + (f"  ({recognition.tokens:,} LLM tokens)" if recognition.tokens else ""),
    ]
    entity = recognition.entity
    if entity:
        lines.append(f"entity:     {entity.name}")
        for attr in entity.attributes:
            flag = "required" if attr.required else "optional"
            lines.append(f"  - {attr.name}: {attr.type} ({flag})")
        for rel in entity.relationships:
            lines.append(f"  ~ {rel.kind} → {rel.target}")
    if recognition.missing:
        lines.append(f"missing:    {', '.join(recognition.missing)}")
    for note in recognition.notes:
        lines.append(f"note:       {note}")
    if recognition.custom_logic:
        lines.append("custom logic (goes to review):")
        lines.extend(f"  ! {item}" for item in recognition.custom_logic)
    return "\n".join(lines)


async def recognize(args: argparse.Namespace, settings: Settings) -> int:
    request = read_request(args.request)
    async with await Workspace.open(settings) as ws:
        recognition = await ws.recognize(request)
        warn_degraded(ws)
    if args.json:
        emit_json(recognition.to_dict())
    else:
        print(_describe(recognition))
    if recognition.needs_clarification:
        say(f"baes: needs clarification — missing {', '.join(recognition.missing) or 'details'}")
        return EXIT_BAD_INPUT
    return EXIT_OK
