"""Values that cross layers: recognition results and entity specs.

Frozen dataclasses so a cached or emitted value can never be changed behind a reader's back.
`to_dict`/`from_dict` give the JSON shape of the CLI contract (docs/cli.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal


class Intent(StrEnum):
    CREATE_ENTITY = "create_entity"
    ADD_FIELDS = "add_fields"
    REMOVE_FIELDS = "remove_fields"
    MODIFY_FIELDS = "modify_fields"
    RENAME_FIELD = "rename_field"
    RENAME_ENTITY = "rename_entity"
    ADD_RELATIONSHIP = "add_relationship"
    REMOVE_ENTITY = "remove_entity"


DESTRUCTIVE_INTENTS = frozenset({Intent.REMOVE_FIELDS, Intent.REMOVE_ENTITY})


class AttrType(StrEnum):
    STR = "str"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    DECIMAL = "decimal"
    EMAIL = "email"


RelationshipKind = Literal["many_to_one", "many_to_many"]
Source = Literal["rules", "llm", "human"]
# "pending": a live preview made while WordNet still loads, before the cache can be asked
# (Workspace.preview); a run never carries it.
CacheStatus = Literal["hit", "miss", "off", "pending"]


@dataclass(frozen=True, slots=True)
class Attribute:
    """One field of an entity; `name` is a safe snake_case identifier.

    `renamed_from` is set only in a `rename_field` request: the field's current name.
    """

    name: str
    type: AttrType = AttrType.STR
    required: bool = True
    renamed_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "type": str(self.type),
            "required": self.required,
        }
        if self.renamed_from:
            data["renamed_from"] = self.renamed_from
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribute:
        renamed = data.get("renamed_from")
        return cls(
            name=str(data["name"]),
            type=AttrType(data.get("type", "str")),
            required=bool(data.get("required", True)),
            renamed_from=str(renamed) if renamed else None,
        )


@dataclass(frozen=True, slots=True)
class Relationship:
    """A link from the owning entity to `target` (singular PascalCase)."""

    kind: RelationshipKind
    target: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "target": self.target}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relationship:
        kind = data["kind"]
        if kind not in ("many_to_one", "many_to_many"):
            raise ValueError(f"unknown relationship kind {kind!r}")
        return cls(kind=kind, target=str(data["target"]))


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """A BAE as recognized: singular PascalCase name, attributes, relationships.

    `renamed_from` is set only in a `rename_entity` request: the entity's current name.
    """

    name: str
    attributes: tuple[Attribute, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    renamed_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "attributes": [a.to_dict() for a in self.attributes],
            "relationships": [r.to_dict() for r in self.relationships],
        }
        if self.renamed_from:
            data["renamed_from"] = self.renamed_from
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntitySpec:
        renamed = data.get("renamed_from")
        return cls(
            name=str(data["name"]),
            attributes=tuple(Attribute.from_dict(a) for a in data.get("attributes", ())),
            relationships=tuple(Relationship.from_dict(r) for r in data.get("relationships", ())),
            renamed_from=str(renamed) if renamed else None,
        )


@dataclass(frozen=True, slots=True)
class Rename:
    """One rename the project went through: entity `old` became `new` (`entity` empty), or
    field `old` of `entity` became `new` (`entity` named as it was at the time)."""

    old: str
    new: str
    entity: str = ""

    @property
    def is_field(self) -> bool:
        return bool(self.entity)

    def to_dict(self) -> dict[str, str]:
        data = {"old": self.old, "new": self.new}
        if self.entity:
            data["entity"] = self.entity
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rename:
        return cls(old=str(data["old"]), new=str(data["new"]), entity=str(data.get("entity", "")))


@dataclass(frozen=True, slots=True)
class Registry:
    """The project's entity definitions at one moment (`.baes/registry.json`).

    `renames` is the project's rename history, oldest first and only ever appended to: it lets
    a later request that uses an old name be answered with the new one, and the migration of
    a run find the renames that run made (those appended since the registry before it).
    """

    entities: tuple[EntitySpec, ...] = ()
    renames: tuple[Rename, ...] = ()

    def get(self, name: str) -> EntitySpec | None:
        return next((e for e in self.entities if e.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.entities)

    def entity_now(self, name: str, since: int = 0) -> str:
        """What entity `name` is called now, following entity renames from `since` on."""
        for rename in self.renames[since:]:
            if not rename.is_field and rename.old == name:
                name = rename.new
        return name

    def renamed_entity(self, name: str) -> str | None:
        """The current name of an entity that was renamed from `name`, if it still exists
        (None for a name that is in use, was never renamed, or whose entity was removed)."""
        if self.get(name) is not None:
            return None
        now = self.entity_now(name)
        return now if now != name and self.get(now) is not None else None

    def renamed_field(self, entity: str, name: str) -> str | None:
        """The current name of field `name` of `entity` (its current name) if it was renamed."""
        spec = self.get(entity)
        if spec is None or any(a.name == name for a in spec.attributes):
            return None
        current, found = name, False
        for index, rename in enumerate(self.renames):
            if (
                rename.is_field
                and rename.old == current
                and self.entity_now(rename.entity, index + 1) == entity
            ):
                current, found = rename.new, True
        if found and any(a.name == current for a in spec.attributes):
            return current
        return None

    def renames_since(self, before: Registry) -> tuple[Rename, ...]:
        """The renames this registry added to `before`'s history (a run's own renames)."""
        known = len(before.renames)
        if self.renames[:known] != before.renames:
            return ()
        return self.renames[known:]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"entities": [e.to_dict() for e in self.entities]}
        if self.renames:
            data["renames"] = [r.to_dict() for r in self.renames]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Registry:
        return cls(
            entities=tuple(EntitySpec.from_dict(e) for e in data["entities"]),
            renames=tuple(Rename.from_dict(r) for r in data.get("renames", ())),
        )


@dataclass(frozen=True, slots=True)
class Recognition:
    """What a request means, or why it could not be understood.

    `status` is "recognized" or "needs_clarification"; in the latter case `missing` says what
    a person must supply (e.g. "entity") and `entities` holds whatever was understood.
    `entities` lists every entity the request describes, in request order; `entity` is the
    first (one-entity callers). `notes` tell a person what was read in a way they might not
    expect (a word dropped, a default cardinality); `business_rules` keep every line that was
    not turned into fields or relationships, so nothing a person wrote disappears silently.
    """

    request: str
    normalized_key: str
    intent: Intent
    entities: tuple[EntitySpec, ...]
    confidence: float
    status: Literal["recognized", "needs_clarification"] = "recognized"
    business_rules: tuple[str, ...] = ()
    custom_logic: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    source: Source = "rules"
    cache: CacheStatus = "miss"
    normalizer_id: str = ""
    notes: tuple[str, ...] = field(default=())
    tokens: int = 0  # LLM tokens this answer cost now (0 from the rules, the cache, a person)

    @property
    def entity(self) -> EntitySpec | None:
        """The first entity (the owner, for a relationship), or None."""
        return self.entities[0] if self.entities else None

    @property
    def needs_clarification(self) -> bool:
        return self.status == "needs_clarification"

    def to_dict(self) -> dict[str, Any]:
        """The `baes recognize --json` object (docs/cli.md)."""
        return {
            "status": self.status,
            "request": self.request,
            "normalized_key": self.normalized_key,
            "cache": self.cache,
            "intent": str(self.intent),
            "confidence": round(self.confidence, 3),
            "entities": [e.to_dict() for e in self.entities],
            "entity": self.entity.to_dict() if self.entity else None,
            "custom_logic": list(self.custom_logic),
            "business_rules": list(self.business_rules),
            "missing": list(self.missing),
            "notes": list(self.notes),
            "source": self.source,
            "tokens": self.tokens,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Recognition:
        """Read a stored or exported recognition (trusted input: cache, state.db).

        Input from people or an LLM goes through `core.spec.read_spec`, which explains
        every problem instead of raising KeyError/ValueError.
        """
        raw = data.get("entities")
        if raw is None:
            raw = [data["entity"]] if data.get("entity") else []
        return cls(
            request=str(data["request"]),
            normalized_key=str(data.get("normalized_key", "")),
            intent=Intent(data["intent"]),
            entities=tuple(EntitySpec.from_dict(e) for e in raw),
            confidence=float(data["confidence"]),
            status=data.get("status", "recognized"),
            business_rules=tuple(data.get("business_rules", ())),
            custom_logic=tuple(data.get("custom_logic", ())),
            missing=tuple(data.get("missing", ())),
            source=data.get("source", "rules"),
            cache=data.get("cache", "miss"),
            normalizer_id=str(data.get("normalizer_id", "")),
            notes=tuple(data.get("notes", ())),
            tokens=int(data.get("tokens", 0) or 0),
        )
