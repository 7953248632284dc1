"""The labelled recognition corpus (tests/data/recognition): loading and exact-match scoring.

Shared by the benchmark (`bench_recognition.py`, both splits, aggregates only for held-out)
and the dev-split tests. "Exactly right" follows the corpus README: status; for a recognized
case also the intent, the set of entity names, per entity the set of attribute names, every key
an attribute label gives (type, required, renamed_from), the entity's renamed_from and the set
of relationships.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baes_tui.core.models import Recognition

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "recognition"
SPLITS = ("dev", "heldout")
CLARIFY_VOICES = frozenset({"vague", "garbage"})


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    group: str
    voice: str
    request: str
    expect: dict[str, Any]
    note: str = ""

    @property
    def wants_clarification(self) -> bool:
        return self.expect["status"] == "needs_clarification"


def load_split(split: str) -> list[Case]:
    """Every case of one split ("dev" or "heldout"), in file order."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    data = tomllib.loads((CORPUS_DIR / f"{split}.toml").read_text(encoding="utf-8"))
    return [
        Case(
            id=c["id"],
            group=c["group"],
            voice=c["voice"],
            request=c["request"],
            expect=c["expect"],
            note=c.get("note", ""),
        )
        for c in data["case"]
    ]


def differences(case: Case, got: Recognition) -> list[str]:
    """What differs between the label and the recognition; empty when exactly right."""
    expect = case.expect
    if got.status != expect["status"]:
        return [f"status {got.status} != {expect['status']}"]
    if case.wants_clarification:
        return []
    out: list[str] = []
    if str(got.intent) != expect["intent"]:
        out.append(f"intent {got.intent} != {expect['intent']}")
    wanted = {e["name"]: e for e in expect.get("entities", [])}
    have = {e.name: e for e in got.entities}
    if set(wanted) != set(have):
        out.append(f"entities {sorted(have)} != {sorted(wanted)}")
    for name in sorted(set(wanted) & set(have)):
        out.extend(_entity_differences(name, wanted[name], have[name]))
    return out


def _entity_differences(name: str, label: dict[str, Any], spec: Any) -> list[str]:
    out: list[str] = []
    if label.get("renamed_from") != spec.renamed_from:
        out.append(f"{name}.renamed_from {spec.renamed_from} != {label.get('renamed_from')}")
    wanted = {a["name"]: a for a in label.get("attributes", [])}
    have = {a.name: a for a in spec.attributes}
    if set(wanted) != set(have):
        out.append(f"{name} fields {sorted(have)} != {sorted(wanted)}")
    for field_name in sorted(set(wanted) & set(have)):
        attr = have[field_name]
        for key, value in wanted[field_name].items():
            if key == "name":
                continue
            actual = getattr(attr, key)
            actual = str(actual) if key == "type" else actual
            if actual != value:
                out.append(f"{name}.{field_name}.{key} {actual} != {value}")
    wanted_rels = {(r["kind"], r["target"]) for r in label.get("relationships", [])}
    have_rels = {(r.kind, r.target) for r in spec.relationships}
    if wanted_rels != have_rels:
        out.append(f"{name} relationships {sorted(have_rels)} != {sorted(wanted_rels)}")
    return out


@dataclass(frozen=True, slots=True)
class Scored:
    case: Case
    got: Recognition
    problems: tuple[str, ...]

    @property
    def right(self) -> bool:
        return not self.problems

    @property
    def accepted(self) -> bool:
        return self.got.status == "recognized"


@dataclass(frozen=True, slots=True)
class Summary:
    """Aggregates of one split: what the bench prints and the dev tests assert."""

    cases: int
    exact: float
    accepted: int
    precision_accepted: float
    clarification_rate: float
    vague_garbage: int
    vague_garbage_accepted: int
    clarify_labelled: int
    clarify_labelled_accepted: int
    reliability: tuple[tuple[str, int, float], ...]


_BINS = ((0.0, 0.3), (0.3, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0001))


def summarize(scored: Iterable[Scored]) -> Summary:
    rows = list(scored)
    accepted = [s for s in rows if s.accepted]
    vague = [s for s in rows if s.case.voice in CLARIFY_VOICES]
    clarify = [s for s in rows if s.case.wants_clarification]
    table = []
    for low, high in _BINS:
        inside = [s for s in rows if low <= s.got.confidence < high]
        share = sum(s.right for s in inside) / len(inside) if inside else float("nan")
        label = f"{low:.2f}–{min(high, 1.0):.2f}"
        table.append((label, len(inside), share))
    return Summary(
        cases=len(rows),
        exact=sum(s.right for s in rows) / len(rows) if rows else 0.0,
        accepted=len(accepted),
        precision_accepted=(
            sum(s.right for s in accepted) / len(accepted) if accepted else float("nan")
        ),
        clarification_rate=(len(rows) - len(accepted)) / len(rows) if rows else 0.0,
        vague_garbage=len(vague),
        vague_garbage_accepted=sum(s.accepted for s in vague),
        clarify_labelled=len(clarify),
        clarify_labelled_accepted=sum(s.accepted for s in clarify),
        reliability=tuple(table),
    )
