"""What the templates know about an entity, computed once in Python rather than in Jinja.

Every name comes from `core.names` (one inflection helper), so the table, the URL, the module
and the class of an entity can never disagree between files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from baes_tui.core.models import Attribute, AttrType, EntitySpec
from baes_tui.core.names import table_name, to_snake_case
from baes_tui.sweas.base import Registry
from baes_tui.sweas.templates import create_type, label

# Values the generated tests send: a first value, a replacement, and one the API must refuse
# (None where the type has no invalid JSON value the tests can rely on).
_SAMPLES: dict[AttrType, tuple[Any, Any, Any]] = {
    AttrType.STR: ("{label} one", "{label} two", 12345),
    AttrType.INT: (42, 43, "not a number"),
    AttrType.FLOAT: (1.5, 2.5, "not a number"),
    AttrType.BOOL: (True, False, "maybe"),
    AttrType.DATE: ("2024-01-31", "2024-02-29", "not a date"),
    AttrType.DATETIME: ("2024-01-31T10:30:00", "2024-02-29T08:15:00", "not a datetime"),
    AttrType.DECIMAL: ("12.50", "99.99", "twelve"),
    AttrType.EMAIL: ("{module}1@example.com", "{module}2@example.com", "not-an-email"),
}
TITLE_NAMES = 4
RECENT_REGISTRIES = 8  # views kept by registry identity (hashing a registry costs more)
_RECENT_VIEWS: dict[int, tuple[Registry, Mapping[str, Any]]] = {}
MIN_FORM_FIELDS = 1000  # Starlette's default limit for a form
# Valid values at the edges of what the API accepts; the generated tests store, list, read and
# render a record made of them ("one unusual row never breaks a list").
_EDGES: dict[AttrType, Any] = {
    AttrType.STR: " Ünïcode ✓ 😀 <b>&amp;</b> ",
    AttrType.INT: 2**53 - 1,  # the largest integer the API accepts
    AttrType.FLOAT: 1.7976931348623157e308,
    AttrType.BOOL: False,
    AttrType.DATE: "0001-01-01",
    AttrType.DATETIME: "9999-12-31T23:59:59.999999+14:00",
    AttrType.DECIMAL: "-12345678901234567890.123456789",
    AttrType.EMAIL: "edge+tag@example.com",
}
# A form value the page must refuse; str and bool have none (any text / checkbox is valid).
_FORM_INVALID: dict[AttrType, str | None] = {
    AttrType.STR: None,
    AttrType.INT: "abc",
    AttrType.FLOAT: "abc",
    AttrType.BOOL: None,
    AttrType.DATE: "not-a-date",
    AttrType.DATETIME: "not-a-datetime",
    AttrType.DECIMAL: "abc",
    AttrType.EMAIL: "not-an-email",
}


@dataclass(frozen=True, slots=True)
class FieldView:
    attribute: Attribute
    name: str
    type: AttrType
    required: bool
    label: str
    sample: Any
    other: Any
    invalid: Any
    form_invalid: str | None
    edge: Any

    @property
    def is_bool(self) -> bool:
        return self.type is AttrType.BOOL


@dataclass(frozen=True, slots=True)
class ForeignKeyView:
    """A many_to_one link: a nullable `<target>_id` column referencing the target table."""

    column: str
    target: str
    target_module: str
    target_table: str
    label: str


@dataclass(frozen=True, slots=True)
class LinkView:
    """A many_to_many link kept in a junction table `<owner>_<targets>`."""

    owner: str
    owner_module: str
    owner_table: str
    owner_column: str
    target: str
    target_module: str
    target_table: str
    target_column: str
    table: str


@dataclass(frozen=True, slots=True)
class EntityView:
    name: str
    module: str
    table: str
    path: str
    title: str
    fields: tuple[FieldView, ...]
    foreign_keys: tuple[ForeignKeyView, ...]
    links: tuple[LinkView, ...]
    referenced_by: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        """Every stored column but `id`, in table order."""
        return tuple(f.name for f in self.fields) + tuple(k.column for k in self.foreign_keys)

    @property
    def form_fields(self) -> int:
        """How many form fields the pages accept: Starlette's 1000, or every column if more."""
        return max(MIN_FORM_FIELDS, len(self.columns))

    @property
    def id_param(self) -> str:
        return f"{self.module}_id"

    @property
    def model_imports(self) -> tuple[str, ...]:
        """What app/models/<module>.py imports from app.models, in ruff's order (constants,
        then classes)."""
        names = {create_type(f.attribute) for f in self.fields}
        if any(f.type is AttrType.STR for f in self.fields):
            names.add("MAX_TEXT_LENGTH")
        if self.foreign_keys:
            names.add("Reference")
        return tuple(sorted(names, key=lambda name: (not name.isupper(), name)))

    @property
    def required_fields(self) -> tuple[FieldView, ...]:
        return tuple(f for f in self.fields if f.required)


def field_view(attribute: Attribute, module: str) -> FieldView:
    kind = AttrType(attribute.type)
    first, second, invalid = _SAMPLES[kind]
    names = {"label": label(attribute.name), "module": module}
    if isinstance(first, str):
        first, second = first.format(**names), second.format(**names)
    return FieldView(
        attribute=attribute,
        name=attribute.name,
        type=kind,
        required=attribute.required,
        label=label(attribute.name),
        sample=first,
        other=second,
        invalid=invalid,
        form_invalid=_FORM_INVALID[kind],
        edge=_EDGES[kind].format(**names) if isinstance(_EDGES[kind], str) else _EDGES[kind],
    )


def link_view(owner: str, target: str) -> LinkView:
    owner_module, target_module = to_snake_case(owner), to_snake_case(target)
    return LinkView(
        owner=owner,
        owner_module=owner_module,
        owner_table=table_name(owner),
        owner_column=f"{owner_module}_id",
        target=target,
        target_module=target_module,
        target_table=table_name(target),
        target_column=f"{target_module}_id",
        table=f"{owner_module}_{table_name(target)}",
    )


def entity_view(spec: EntitySpec, registry: Registry) -> EntityView:
    """The template view of `spec`; `registry` tells who references it."""
    return _entity_view(spec, referenced_by(registry).get(spec.name, ()))


def referenced_by(registry: Registry) -> dict[str, tuple[str, ...]]:
    """Entity name -> the tables whose many_to_one keys point at it, in registry order."""
    tables: dict[str, list[str]] = {}
    for other in registry.entities:
        for target in dict.fromkeys(
            r.target for r in other.relationships if r.kind == "many_to_one"
        ):
            tables.setdefault(target, []).append(table_name(other.name))
    return {name: tuple(found) for name, found in tables.items()}


@lru_cache(maxsize=8192)
def _entity_view(spec: EntitySpec, referencing: tuple[str, ...]) -> EntityView:
    """Views are pure functions of the spec and who references it: computed once a process."""
    module = to_snake_case(spec.name)
    foreign_keys = tuple(
        ForeignKeyView(
            column=f"{to_snake_case(r.target)}_id",
            target=r.target,
            target_module=to_snake_case(r.target),
            target_table=table_name(r.target),
            label=label(r.target),
        )
        for r in spec.relationships
        if r.kind == "many_to_one"
    )
    links = tuple(
        link_view(spec.name, r.target) for r in spec.relationships if r.kind == "many_to_many"
    )
    return EntityView(
        name=spec.name,
        module=module,
        table=table_name(spec.name),
        path=table_name(spec.name),
        title=label(table_name(spec.name)),
        fields=tuple(field_view(a, module) for a in spec.attributes),
        foreign_keys=foreign_keys,
        links=links,
        referenced_by=referencing,
    )


def entity_views(registry: Registry) -> Mapping[str, EntityView]:
    """Every entity's view by name, computed with one pass over the relationships, and once
    per registry object: the four tasks of a step ask for the same two."""
    kept = _RECENT_VIEWS.get(id(registry))
    if kept is not None and kept[0] is registry:
        return kept[1]
    referencing = referenced_by(registry)
    views = MappingProxyType(
        {
            spec.name: _entity_view(spec, referencing.get(spec.name, ()))
            for spec in registry.entities
        }
    )
    if len(_RECENT_VIEWS) >= RECENT_REGISTRIES:
        _RECENT_VIEWS.pop(next(iter(_RECENT_VIEWS)))
    _RECENT_VIEWS[id(registry)] = (registry, views)
    return views


def project_views(registry: Registry) -> tuple[EntityView, ...]:
    """Every entity of the project, in registry order (stable, so output is deterministic)."""
    return tuple(entity_views(registry).values())


def project_context(registry: Registry) -> dict[str, Any]:
    """The context every project-level template gets."""
    return {"entities": project_views(registry), "links": all_links(registry)}


def all_links(registry: Registry) -> tuple[LinkView, ...]:
    return tuple(
        link_view(spec.name, r.target)
        for spec in registry.entities
        for r in spec.relationships
        if r.kind == "many_to_many"
    )


def project_title(registry: Registry) -> str:
    """`Students, Courses`: what the home page and the OpenAPI title call the project; past
    TITLE_NAMES entities, `Students, Courses, Teachers, Books and 46 more`."""
    titles = [label(table_name(spec.name)) for spec in registry.entities]
    if not titles:
        return "Empty project"
    if len(titles) > TITLE_NAMES:
        return f"{', '.join(titles[:TITLE_NAMES])} and {len(titles) - TITLE_NAMES} more"
    return ", ".join(titles)
