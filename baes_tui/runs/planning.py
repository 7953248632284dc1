"""From a recognition and the project's registry to a plan: the registry after, and the tasks.

Planning is pure (registry in, registry out) and refuses what it cannot do safely with a
message a person can act on — it never guesses at a destructive change. Detection lives here
too: a request whose recognition found custom-logic indicators still gets its CRUD part from
templates (path "mixed"), and the indicators go to the review queue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from baes_tui.core.errors import BaesError
from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Recognition,
    Relationship,
    Rename,
)
from baes_tui.runs.graph import STANDARD_DEPENDENCIES
from baes_tui.sweas.base import Registry
from baes_tui.sweas.limits import check_limits

STANDARD_TASKS: tuple[str, ...] = tuple(STANDARD_DEPENDENCIES)
PLACEHOLDER_ATTRIBUTE = Attribute(name="name", type=AttrType.STR, required=True)
# A refusal lists this many limit problems, then how many more (a 5,000-field paste would
# otherwise print thousands of lines).
MAX_LIMIT_PROBLEMS_SHOWN = 5


class PlanRefused(BaesError):
    """The change cannot be planned as asked (unknown entity or field, conflicting spec)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run will do. `tasks` is empty when the project is already up to date.

    `entities` are the entities the run creates or changes, in plan order (a relationship's
    target before its owner), as they will be after the run; `entity` is the first.
    """

    after: Registry
    entities: tuple[EntitySpec, ...]
    tasks: tuple[str, ...]
    notes: tuple[str, ...] = ()
    path: Literal["template", "mixed"] = "template"
    custom_logic: tuple[str, ...] = ()

    @property
    def entity(self) -> EntitySpec:
        return self.entities[0]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.entities)

    @property
    def up_to_date(self) -> bool:
        return not self.tasks

    @property
    def message(self) -> str:
        if self.up_to_date:
            names = ", ".join(self.names)
            return f"{names} {'is' if len(self.entities) == 1 else 'are'} up to date"
        return "; ".join(self.notes)


def plan_change(
    recognition: Recognition, before: Registry, *, reopened: frozenset[str] = frozenset()
) -> Plan:
    """Apply the recognized intent to `before`; raises PlanRefused with what to ask instead.

    Every entity of the recognition is applied in turn to one registry, so a request that
    creates several entities (and links between them) is one plan and one run. Entities that
    are targets of another's relationship are applied first, so no placeholder is invented
    for an entity the request itself describes.

    `reopened` are tasks a reviewer rejected for these entities: an otherwise up-to-date
    entity is then regenerated so those tasks run (and are reviewed) again.
    """
    if not recognition.entities:
        raise PlanRefused("the request names no entity; say which entity to change")
    handler = _HANDLERS[recognition.intent]
    after = before
    changed: list[EntitySpec] = []
    notes: tuple[str, ...] = ()
    for spec in _targets_first(recognition.entities):
        notes = (*notes, *_old_names(spec, recognition.intent, after))
        stand_in = before.get(spec.name) is None and after.get(spec.name) is not None
        if stand_in and recognition.intent is Intent.CREATE_ENTITY:
            # A stand-in this plan added for a relationship target (a cycle: each of two
            # entities links to the other): the request describes it, so it takes its place.
            placeholder = f"{spec.name} did not exist: added it first"
            notes = tuple(n for n in notes if not n.startswith(placeholder))
            after, entity, more = _with_targets(spec, _replace_entity(spec, after), ())
        else:
            after, entity, more = handler(spec, after)
        changed = [e for e in changed if e.name != entity.name] + [entity]
        notes = (*notes, *more)
    entities = tuple(after.get(e.name) or e for e in changed)
    custom = tuple(recognition.custom_logic)
    if custom:
        notes = (
            *notes,
            f"custom logic needs review (CRUD generated from templates): {', '.join(custom)}",
        )
    tasks = STANDARD_TASKS if after != before else ()
    if tasks:
        _check_limits(before, after)
    if not tasks and reopened:
        tasks = STANDARD_TASKS
        notes = (*notes, f"re-running tasks reopened by a reviewer: {', '.join(sorted(reopened))}")
    return Plan(
        after=after,
        entities=entities,
        tasks=tasks,
        notes=notes,
        path="mixed" if custom else "template",
        custom_logic=custom,
    )


def _check_limits(before: Registry, after: Registry) -> None:
    """Refuse a change the generated system could not hold (sweas/limits.py: SQLite's column
    and parameter limits, name lengths, clashing tables) before anything is rendered. Only
    what this change introduces counts: a project made before a limit existed can still grow
    in ways that do not make it worse."""
    problems = check_limits(after)
    if problems and before.entities:
        known = set(check_limits(before))
        problems = [p for p in problems if p not in known]
    if problems:
        shown = problems[:MAX_LIMIT_PROBLEMS_SHOWN]
        more = len(problems) - len(shown)
        raise PlanRefused(
            "the generated system cannot hold this change, so nothing was generated: "
            + "; ".join(shown)
            + (f" (and {more} more)" if more else "")
        )


def _targets_first(specs: tuple[EntitySpec, ...]) -> list[EntitySpec]:
    """The request's entities with every relationship target among them placed before its
    owner (request order otherwise); a cycle keeps request order."""
    by_name = {s.name: s for s in specs}
    ordered: list[EntitySpec] = []
    visiting: set[str] = set()

    def visit(spec: EntitySpec) -> None:
        if spec in ordered or spec.name in visiting:
            return
        visiting.add(spec.name)
        for rel in spec.relationships:
            if rel.target in by_name and rel.target != spec.name:
                visit(by_name[rel.target])
        visiting.discard(spec.name)
        ordered.append(spec)

    for spec in specs:
        visit(spec)
    return ordered


_Change = tuple[Registry, EntitySpec, tuple[str, ...]]


def _create(spec: EntitySpec, before: Registry) -> _Change:
    existing = before.get(spec.name)
    if existing is None:
        return _insert(spec, before, ())
    if _same(existing, spec):
        return before, existing, ()
    raise PlanRefused(
        f"{spec.name} already exists with a different definition ({_difference(existing, spec)}). "
        f"To change it, ask for the change itself, e.g. 'add phone to {spec.name}' or "
        f"'remove age from {spec.name}'."
    )


def _add_fields(spec: EntitySpec, before: Registry) -> _Change:
    existing = before.get(spec.name)
    if existing is None:
        after, entity, notes = _insert(spec, before, ())
        return after, entity, (f"{spec.name} did not exist: created it with these fields", *notes)
    current = {a.name: a for a in existing.attributes}
    clashes = [a for a in spec.attributes if a.name in current and current[a.name] != a]
    if clashes:
        listed = ", ".join(f"{a.name} ({_attr(current[a.name])} → {_attr(a)})" for a in clashes)
        raise PlanRefused(
            f"{spec.name} already has {listed}; to change a field's type ask to modify it, "
            f"e.g. 'change {clashes[0].name} of {spec.name} to {clashes[0].type}'"
        )
    new_attrs = tuple(a for a in spec.attributes if a.name not in current)
    new_rels = tuple(r for r in spec.relationships if r not in existing.relationships)
    updated = replace(
        existing,
        attributes=existing.attributes + new_attrs,
        relationships=existing.relationships + new_rels,
    )
    return _with_targets(updated, before, ())


def _remove_fields(spec: EntitySpec, before: Registry) -> _Change:
    existing = _require(spec.name, before)
    names = {a.name for a in spec.attributes}
    _require_fields(existing, names)
    kept = tuple(a for a in existing.attributes if a.name not in names)
    if not kept:
        raise PlanRefused(
            f"removing {', '.join(sorted(names))} would leave {spec.name} with no fields; "
            f"to drop it entirely ask 'remove the {spec.name} entity'"
        )
    updated = replace(existing, attributes=kept)
    return _replace_entity(updated, before), updated, ()


def _modify_fields(spec: EntitySpec, before: Registry) -> _Change:
    existing = _require(spec.name, before)
    changes = {a.name: a for a in spec.attributes}
    _require_fields(existing, set(changes))
    updated = replace(
        existing, attributes=tuple(changes.get(a.name, a) for a in existing.attributes)
    )
    return _replace_entity(updated, before), updated, ()


def _add_relationship(spec: EntitySpec, before: Registry) -> _Change:
    if not spec.relationships:
        raise PlanRefused(
            f"the request names no relationship for {spec.name}; say what it links to, "
            f"e.g. 'each {spec.name.lower()} belongs to one customer'"
        )
    existing = before.get(spec.name)
    notes: tuple[str, ...] = ()
    if existing is None:
        attributes = spec.attributes or (PLACEHOLDER_ATTRIBUTE,)
        existing = EntitySpec(name=spec.name, attributes=attributes)
        before = replace(before, entities=(*before.entities, existing))
        notes = (f"{spec.name} did not exist: created it with {_attrs(attributes)}",)
    new_rels = tuple(r for r in spec.relationships if r not in existing.relationships)
    updated = replace(existing, relationships=existing.relationships + new_rels)
    return _with_targets(updated, before, notes)


def _rename_field(spec: EntitySpec, before: Registry) -> _Change:
    """Each attribute with `renamed_from` renames that field, keeping its type and values."""
    existing = _require(spec.name, before)
    renames = {a.renamed_from: a.name for a in spec.attributes if a.renamed_from}
    if not renames:
        raise PlanRefused(
            f"say which field of {spec.name} to rename and its new name, "
            f"e.g. 'rename email to contact email on {spec.name.lower()}'"
        )
    _require_fields(existing, set(renames))
    current = {a.name for a in existing.attributes}
    taken = sorted(new for old, new in renames.items() if new in current and new != old)
    if taken:
        raise PlanRefused(
            f"{spec.name} already has a field {', '.join(taken)}; choose another name"
        )
    updated = replace(
        existing,
        attributes=tuple(
            replace(a, name=renames[a.name]) if a.name in renames else a
            for a in existing.attributes
        ),
    )
    notes = tuple(f"{spec.name}.{old} is renamed to {new}" for old, new in renames.items())
    history = tuple(Rename(old, new, spec.name) for old, new in renames.items() if old != new)
    after = _replace_entity(updated, before)
    return replace(after, renames=after.renames + history), updated, notes


def _rename_entity(spec: EntitySpec, before: Registry) -> _Change:
    """The entity takes its new name; relationships pointing at it follow."""
    old = spec.renamed_from
    if not old:
        raise PlanRefused(
            f"say which entity to rename to {spec.name}, e.g. 'rename Course to {spec.name}'"
        )
    if old == spec.name:
        raise PlanRefused(f"{old} is already called {old}; say its new name")
    existing = _require(old, before)
    if before.get(spec.name) is not None:
        raise PlanRefused(f"there is already an entity {spec.name}; choose another name")
    renamed = replace(existing, name=spec.name)
    entities = []
    for entity in before.entities:
        current = renamed if entity.name == old else entity
        relationships = tuple(
            replace(r, target=spec.name) if r.target == old else r for r in current.relationships
        )
        entities.append(replace(current, relationships=relationships))
    after = Registry(tuple(entities), (*before.renames, Rename(old, spec.name)))
    updated = after.get(spec.name)
    assert updated is not None
    return after, updated, (f"{old} is renamed to {spec.name}; its rows are kept",)


def _remove_entity(spec: EntitySpec, before: Registry) -> _Change:
    existing = _require(spec.name, before)
    referrers = sorted(
        e.name
        for e in before.entities
        if e.name != spec.name and any(r.target == spec.name for r in e.relationships)
    )
    if referrers:
        raise PlanRefused(
            f"{spec.name} cannot be removed: {', '.join(referrers)} refer(s) to it; "
            f"remove those relationships or entities first"
        )
    after = replace(before, entities=tuple(e for e in before.entities if e.name != spec.name))
    return after, existing, (f"{spec.name} and its table, routes, pages and tests are removed",)


# --- helpers ------------------------------------------------------------------------------


def _old_names(spec: EntitySpec, intent: Intent, registry: Registry) -> tuple[str, ...]:
    """Refuse a name the project renamed, naming the new one, so an old habit never creates
    a second, empty entity or field. Creating an entity or adding a field under an old name
    is the one exception: that is a deliberate new thing, and the note says so."""
    notes: list[str] = []
    if intent is Intent.RENAME_ENTITY:
        old = spec.renamed_from or ""
        now = registry.renamed_entity(old)
        if now == spec.name:
            raise PlanRefused(f"{old} was already renamed to {spec.name}: it is {spec.name} now")
        if now:
            raise PlanRefused(
                f"{old} was renamed to {now}; to rename it again say 'rename {now} to {spec.name}'"
            )
    else:
        now = registry.renamed_entity(spec.name)
        if now and intent is Intent.CREATE_ENTITY:
            notes.append(
                f"{spec.name} was renamed to {now} earlier; this creates a new, separate "
                f"{spec.name}"
            )
        elif now:
            raise PlanRefused(
                f"{spec.name} was renamed to {now}: say {now} instead "
                f"(e.g. '{_example(intent, now, spec)}')"
            )
    for rel in spec.relationships:
        target = registry.renamed_entity(rel.target)
        if target:
            raise PlanRefused(f"{rel.target} was renamed to {target}: say {target} instead")
    if registry.get(spec.name) is None:
        return tuple(notes)
    for attribute in spec.attributes:
        old = attribute.renamed_from if intent is Intent.RENAME_FIELD else attribute.name
        now = registry.renamed_field(spec.name, old) if old else None
        if not now:
            continue
        if intent is Intent.ADD_FIELDS:
            notes.append(
                f"{spec.name}.{old} was renamed to {now} earlier; this adds a new, separate "
                f"field {old}"
            )
        else:
            raise PlanRefused(f"{spec.name}.{old} was renamed to {now}: say {now} instead")
    return tuple(notes)


def _example(intent: Intent, name: str, spec: EntitySpec) -> str:
    """The request again, with the entity's new name."""
    first = spec.attributes[0] if spec.attributes else None
    field = (first.renamed_from or first.name) if first else "a field"
    field = field.replace("_", " ")
    target = spec.relationships[0].target.lower() if spec.relationships else "customer"
    examples = {
        Intent.ADD_FIELDS: f"add {field} to {name}",
        Intent.REMOVE_FIELDS: f"remove {field} from {name}",
        Intent.MODIFY_FIELDS: f"change {field} of {name}",
        Intent.RENAME_FIELD: f"rename {field} on {name}",
        Intent.ADD_RELATIONSHIP: f"each {name} belongs to one {target}",
        Intent.REMOVE_ENTITY: f"remove the {name} entity",
    }
    return examples.get(intent, name)


def _insert(spec: EntitySpec, before: Registry, notes: tuple[str, ...]) -> _Change:
    if not spec.attributes:
        raise PlanRefused(
            f"{spec.name} needs at least one field; say what it has, "
            f"e.g. 'create {spec.name.lower()} with name and email'"
        )
    return _with_targets(spec, replace(before, entities=(*before.entities, spec)), notes)


def _with_targets(entity: EntitySpec, registry: Registry, notes: tuple[str, ...]) -> _Change:
    """Put `entity` in `registry`; a relationship target not yet known is added before it."""
    entities = list(registry.entities)
    added: list[str] = []
    for rel in entity.relationships:
        if rel.target != entity.name and all(e.name != rel.target for e in entities):
            position = next(i for i, e in enumerate(entities) if e.name == entity.name)
            entities.insert(position, EntitySpec(rel.target, (PLACEHOLDER_ATTRIBUTE,)))
            added.append(rel.target)
    after = _replace_entity(entity, replace(registry, entities=tuple(entities)))
    if added:
        notes = (
            *notes,
            *(f"{t} did not exist: added it first with a required field name (str)" for t in added),
        )
    return after, entity, notes


def _replace_entity(entity: EntitySpec, registry: Registry) -> Registry:
    return replace(
        registry, entities=tuple(entity if e.name == entity.name else e for e in registry.entities)
    )


def _require(name: str, registry: Registry) -> EntitySpec:
    existing = registry.get(name)
    if existing is None:
        known = ", ".join(registry.names) or "none yet"
        raise PlanRefused(f"there is no entity {name} in this project (entities: {known})")
    return existing


def _require_fields(entity: EntitySpec, names: set[str]) -> None:
    if not names:
        raise PlanRefused(f"the request names no field of {entity.name} to change")
    known = {a.name for a in entity.attributes}
    unknown = sorted(names - known)
    if unknown:
        raise PlanRefused(
            f"{entity.name} has no field {', '.join(unknown)} "
            f"(its fields: {', '.join(a.name for a in entity.attributes)})"
        )


def _same(a: EntitySpec, b: EntitySpec) -> bool:
    return set(a.attributes) == set(b.attributes) and set(a.relationships) == set(b.relationships)


def _attr(a: Attribute) -> str:
    return f"{a.type}{'' if a.required else ', optional'}"


def _attrs(attrs: tuple[Attribute, ...]) -> str:
    return ", ".join(f"{a.name} ({_attr(a)})" for a in attrs)


def _rel(r: Relationship) -> str:
    return f"{r.kind} {r.target}"


def _difference(old: EntitySpec, new: EntitySpec) -> str:
    """'adds phone (str); drops age (int); changes email (str → email)' for a refusal."""
    before = {a.name: a for a in old.attributes}
    after = {a.name: a for a in new.attributes}
    parts = []
    added = [after[n] for n in after if n not in before]
    dropped = [before[n] for n in before if n not in after]
    changed = [n for n in after if n in before and before[n] != after[n]]
    if added:
        parts.append(f"the request adds {_attrs(tuple(added))}")
    if dropped:
        parts.append(f"drops {_attrs(tuple(dropped))}")
    if changed:
        parts.append(
            "changes " + ", ".join(f"{n} ({_attr(before[n])} → {_attr(after[n])})" for n in changed)
        )
    new_rels = [_rel(r) for r in new.relationships if r not in old.relationships]
    old_rels = [_rel(r) for r in old.relationships if r not in new.relationships]
    if new_rels:
        parts.append(f"adds relationships {', '.join(new_rels)}")
    if old_rels:
        parts.append(f"drops relationships {', '.join(old_rels)}")
    return "; ".join(parts)


_HANDLERS: dict[Intent, Callable[[EntitySpec, Registry], _Change]] = {
    Intent.CREATE_ENTITY: _create,
    Intent.ADD_FIELDS: _add_fields,
    Intent.REMOVE_FIELDS: _remove_fields,
    Intent.MODIFY_FIELDS: _modify_fields,
    Intent.RENAME_FIELD: _rename_field,
    Intent.RENAME_ENTITY: _rename_entity,
    Intent.ADD_RELATIONSHIP: _add_relationship,
    Intent.REMOVE_ENTITY: _remove_entity,
}
