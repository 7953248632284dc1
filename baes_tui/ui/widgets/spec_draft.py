"""The editable draft behind the Request screen's preview: what a person is changing.

A Recognition is frozen (it crosses layers); a person edits a plain, mutable copy of its
entities and intent, and the draft goes back through `core.spec.read_spec` — the same reader
`baes generate --spec` uses — so a name typed here passes the same safe-name rule as a
recognized one and every problem is listed at once. Nothing here imports textual: the draft
is tested on its own.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from baes_tui.core.models import AttrType, EntitySpec, Intent, Recognition
from baes_tui.core.spec import read_spec

RELATIONSHIP_KINDS = ("many_to_one", "many_to_many")
KIND_LABELS = {"many_to_one": "belongs to one", "many_to_many": "many to many"}


@dataclass
class FieldDraft:
    name: str = ""
    type: str = AttrType.STR.value
    required: bool = True
    renamed_from: str = ""

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "type": self.type, "required": self.required}
        if self.renamed_from.strip():
            data["renamed_from"] = self.renamed_from
        return data


@dataclass
class RelationshipDraft:
    kind: str = "many_to_one"
    target: str = ""

    def to_data(self) -> dict[str, Any]:
        return {"kind": self.kind, "target": self.target}


@dataclass
class EntityDraft:
    name: str = ""
    renamed_from: str = ""
    fields: list[FieldDraft] = field(default_factory=list)
    relationships: list[RelationshipDraft] = field(default_factory=list)

    @classmethod
    def from_spec(cls, spec: EntitySpec) -> EntityDraft:
        return cls(
            name=spec.name,
            renamed_from=spec.renamed_from or "",
            fields=[
                FieldDraft(a.name, str(a.type), a.required, a.renamed_from or "")
                for a in spec.attributes
            ],
            relationships=[RelationshipDraft(r.kind, r.target) for r in spec.relationships],
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "attributes": [f.to_data() for f in self.fields],
            "relationships": [r.to_data() for r in self.relationships],
        }
        if self.renamed_from.strip():
            data["renamed_from"] = self.renamed_from
        return data

    def summary(self) -> str:
        """One line for the entity list: `Enrollment — no fields · belongs to one Student`."""
        fields = ", ".join(f.name or "?" for f in self.fields) or "no fields"
        links = "; ".join(f"{KIND_LABELS[r.kind]} {r.target or '?'}" for r in self.relationships)
        return f"{self.name or '(unnamed)'} — {fields}" + (f" · {links}" if links else "")


@dataclass
class SpecDraft:
    """Intent and entities as a person edits them; `==` tells whether anything was changed."""

    intent: str = Intent.CREATE_ENTITY.value
    entities: list[EntityDraft] = field(default_factory=list)

    @classmethod
    def from_recognition(cls, recognition: Recognition) -> SpecDraft:
        """A copy of what baes understood; a request with no entity gets one blank to fill."""
        entities = [EntityDraft.from_spec(spec) for spec in recognition.entities]
        return cls(str(recognition.intent), entities or [EntityDraft()])

    def copy(self) -> SpecDraft:
        return copy.deepcopy(self)

    def to_data(self, recognition: Recognition | None = None) -> dict[str, Any]:
        """The `baes recognize --json` shape, keeping the original's rules and custom logic."""
        data: dict[str, Any] = {
            "intent": self.intent,
            "entities": [e.to_data() for e in self.entities],
        }
        if recognition is not None:
            data["request"] = recognition.request
            data["business_rules"] = list(recognition.business_rules)
            data["custom_logic"] = list(recognition.custom_logic)
        return data

    def names(self) -> list[str]:
        return [e.name for e in self.entities if e.name.strip()]

    def read(
        self, recognition: Recognition | None, request: str, known_entities: Iterable[str]
    ) -> Recognition:
        """The draft as a human-sourced Recognition for `request`; SpecError lists problems."""
        return read_spec(
            self.to_data(recognition),
            request=request,
            source="human",
            known_entities=known_entities,
            confidence=1.0,
        )
