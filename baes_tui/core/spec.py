"""One reader for every answer in the `baes recognize --json` shape: a person's edited spec
(`baes generate --spec`, the editable preview), an LLM's answer, an import.

The rules' own recognitions are built in code; anything else arrives as untrusted JSON-like
data and passes here: names through the same safe-name rule as recognized ones, types from the
supported list, relationship kinds and targets checked. Every problem is collected and reported
at once, in words a person can act on, instead of the first KeyError.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from baes_tui.core.errors import BaesError, UnsafeName
from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Recognition,
    Relationship,
    Source,
)
from baes_tui.core.names import safe_entity_name, safe_field_name, to_pascal_case, to_snake_case

RELATIONSHIP_KINDS = ("many_to_one", "many_to_many")
MAX_ENTITIES_PER_SPEC = 100
MAX_ATTRIBUTES_PER_ENTITY = 500


class SpecError(BaesError):
    """A spec cannot be used; the message lists every problem found (exit code 2)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        listed = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"the spec cannot be used:\n{listed}")


def read_spec(
    data: Any,
    *,
    request: str | None = None,
    source: Source = "human",
    known_entities: Iterable[str] = (),
    confidence: float | None = None,
) -> Recognition:
    """A Recognition from recognize-shaped data, or SpecError naming every problem.

    `known_entities` are the project's entities: a relationship target must be one of them or
    an entity of the spec itself. `request` replaces the spec's own request text (`--spec`
    with a request: the spec wins, the text is the request recorded).
    """
    problems: list[str] = []
    if not isinstance(data, dict):
        raise SpecError([f"expected a JSON object, found {_kind(data)}"])
    intent = _intent(data.get("intent"), problems)
    raw_entities = data.get("entities")
    if raw_entities is None and data.get("entity") is not None:
        raw_entities = [data["entity"]]
    if not isinstance(raw_entities, list) or not raw_entities:
        problems.append('"entities" must be a non-empty list of entities (or give "entity")')
        raw_entities = []
    if len(raw_entities) > MAX_ENTITIES_PER_SPEC:
        problems.append(f"at most {MAX_ENTITIES_PER_SPEC} entities per spec")
        raw_entities = raw_entities[:MAX_ENTITIES_PER_SPEC]
    notes: list[str] = []
    # (owner label, relationships) of every entity, a nameless one too: its targets are
    # checked as well, so one reading lists every problem.
    links: list[tuple[str, tuple[Relationship, ...]]] = []
    entities = [
        e
        for i, raw in enumerate(raw_entities)
        if (e := _entity(raw, f"entities[{i}]", problems, notes, links)) is not None
    ]
    names = [e.name for e in entities]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"entity {name} is given more than once; merge its fields into one")
    known = set(known_entities) | set(names)
    for owner, relationships in links:
        for rel in relationships:
            if rel.target not in known:
                listed = ", ".join(sorted(known)) or "none"
                problems.append(
                    f"{owner} links to {rel.target}, which is neither in the spec nor in "
                    f"the project (known entities: {listed})"
                )
    if intent is Intent.RENAME_ENTITY and entities and not entities[0].renamed_from:
        problems.append('rename_entity needs "renamed_from" on the entity: its current name')
    renames_field = intent is Intent.RENAME_FIELD and entities
    if renames_field and not any(a.renamed_from for a in entities[0].attributes):
        problems.append('rename_field needs "renamed_from" on the attribute: its current name')
    text = request if request is not None else data.get("request")
    if not isinstance(text, str) or not text.strip():
        problems.append('"request" must be the request text (or pass it beside the spec)')
        text = ""
    if problems:
        raise SpecError(problems)
    return Recognition(
        request=text,
        normalized_key="",
        intent=intent or Intent.CREATE_ENTITY,
        entities=tuple(entities),
        confidence=_confidence(data.get("confidence"), confidence),
        status="recognized",
        business_rules=_strings(data.get("business_rules")),
        custom_logic=_strings(data.get("custom_logic")),
        source=source,
        notes=tuple(notes),
    )


def _intent(value: Any, problems: list[str]) -> Intent | None:
    try:
        return Intent(value)
    except ValueError:
        allowed = ", ".join(i.value for i in Intent)
        problems.append(f'"intent" is {value!r}; use one of {allowed}')
        return None


def _entity(
    raw: Any,
    where: str,
    problems: list[str],
    notes: list[str],
    links: list[tuple[str, tuple[Relationship, ...]]],
) -> EntitySpec | None:
    if not isinstance(raw, dict):
        problems.append(f"{where} must be an object with a name, found {_kind(raw)}")
        return None
    name = _name(raw.get("name"), "entity", where, problems, notes)
    renamed = raw.get("renamed_from")
    old = _name(renamed, "entity", f"{where}.renamed_from", problems, notes) if renamed else None
    label = name or where
    attributes = _attributes(raw.get("attributes", []), label, problems, notes)
    relationships = _relationships(raw.get("relationships", []), label, problems, notes)
    links.append((label, relationships))
    if name is None:
        return None
    return EntitySpec(name, attributes, relationships, renamed_from=old)


def _attributes(
    raw: Any, entity: str, problems: list[str], notes: list[str]
) -> tuple[Attribute, ...]:
    if not isinstance(raw, list):
        problems.append(f"{entity}: attributes must be a list, found {_kind(raw)}")
        return ()
    if len(raw) > MAX_ATTRIBUTES_PER_ENTITY:
        problems.append(f"{entity}: at most {MAX_ATTRIBUTES_PER_ENTITY} attributes")
        return ()
    out: list[Attribute] = []
    seen: dict[str, str] = {}
    types = ", ".join(t.value for t in AttrType)
    for i, item in enumerate(raw):
        where = f"{entity}.attributes[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where} must be an object with a name, found {_kind(item)}")
            continue
        name = _name(item.get("name"), "field", where, problems, notes)
        kind = item.get("type", "str")
        try:
            attr_type = AttrType(kind)
        except ValueError:
            problems.append(f"{where}: type {kind!r} is not supported; use one of {types}")
            continue
        required = item.get("required", True)
        if not isinstance(required, bool):
            problems.append(f"{where}: required must be true or false, found {required!r}")
            continue
        renamed = item.get("renamed_from")
        old = _name(renamed, "field", f"{where}.renamed_from", problems, notes) if renamed else None
        if name is None:
            continue
        if name == "id_value" and str(item.get("name")).strip().lower() == "id":
            problems.append(f"{where}: every entity already has its primary key id; drop it")
            continue
        if name in seen:
            problems.append(
                f"{entity}: {item.get('name')!r} and {seen[name]!r} both become the field "
                f"{name}; rename one"
            )
            continue
        seen[name] = str(item.get("name"))
        out.append(Attribute(name, attr_type, required, renamed_from=old))
    return tuple(out)


def _relationships(
    raw: Any, entity: str, problems: list[str], notes: list[str]
) -> tuple[Relationship, ...]:
    if not isinstance(raw, list):
        problems.append(f"{entity}: relationships must be a list, found {_kind(raw)}")
        return ()
    out: list[Relationship] = []
    for i, item in enumerate(raw):
        where = f"{entity}.relationships[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where} must be an object with kind and target")
            continue
        kind = item.get("kind")
        if kind not in RELATIONSHIP_KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {', '.join(RELATIONSHIP_KINDS)}")
            continue
        target = _name(item.get("target"), "entity", f"{where}.target", problems, notes)
        if target is None:
            continue
        rel = Relationship(_kind_literal(kind), target)
        if rel not in out:
            out.append(rel)
    return tuple(out)


def _kind_literal(kind: str) -> Literal["many_to_one", "many_to_many"]:
    return "many_to_one" if kind == "many_to_one" else "many_to_many"


def _name(
    value: Any, what: Literal["entity", "field"], where: str, problems: list[str], notes: list[str]
) -> str | None:
    """The safe form of a typed name; a change is noted, a name with no letters refused."""
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: the {what} needs a name")
        return None
    try:
        safe = safe_entity_name(value) if what == "entity" else safe_field_name(value)
    except UnsafeName as exc:
        problems.append(f"{where}: {exc}")
        return None
    plain = to_pascal_case(value) if what == "entity" else to_snake_case(value)
    if safe != plain:
        notes.append(f"{what} name {value!r} is used as {safe}")
    return safe


def _confidence(value: Any, override: float | None) -> float:
    if override is not None:
        return override
    if isinstance(value, int | float) and not isinstance(value, bool) and 0.0 <= value <= 1.0:
        return float(value)
    return 1.0


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(v) for v in value if isinstance(v, str | int | float))


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", type(None): "null"}.get(
        type(value), type(value).__name__
    )
