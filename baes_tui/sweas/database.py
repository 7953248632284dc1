"""DatabaseSWEA: app/database.py and the next numbered migration, from the registry diff.

The migration is the only history-dependent output: it compares `ctx.before` with `ctx.after`
and writes what SQLite needs to get from one to the other without losing a row. Adding
columns uses ALTER TABLE ADD COLUMN (a required one with a documented backfill default);
anything SQLite cannot alter in place (remove, retype, required-ness) rebuilds the table
(create new, copy, verify the row count, swap), all inside the runner's one transaction.

Renames come from the registry's rename history (the entries the run appended): a renamed
entity's table is renamed with ALTER TABLE ... RENAME TO first (SQLite then rewrites every
foreign key that points at it), the `<entity>_id` columns of tables that refer to it and its
junction tables follow with RENAME TO / RENAME COLUMN, and a renamed field is a RENAME
COLUMN. Every row and value stays; a rename mixed with other changes of the same table goes
through the rebuild, which copies the renamed column's values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from baes_tui.core.models import EntitySpec, Intent
from baes_tui.core.names import table_name, to_snake_case
from baes_tui.sweas.base import GeneratedFile, Registry, TaskContext, TaskOutput
from baes_tui.sweas.changes import render_task
from baes_tui.sweas.templates import TemplateRegistry, backfill, default_registry, sql_type
from baes_tui.sweas.views import LinkView, link_view

_NUMBER = re.compile(r"^(\d+)_")
MAX_SLUG_LENGTH = 60


@dataclass(frozen=True, slots=True)
class Column:
    """One stored column (never `id`) as the migration templates need it."""

    name: str
    sql_type: str
    required: bool
    backfill: str = "NULL"
    references: str = ""  # target table of a many_to_one

    @property
    def definition(self) -> str:
        text = f"{self.name} {self.sql_type}"
        if self.required:
            text += " NOT NULL"
        if self.references:
            text += f" REFERENCES {self.references} (id)"
        return text

    @property
    def added_definition(self) -> str:
        """For ALTER TABLE ADD COLUMN: a required column needs a default for existing rows."""
        if self.required:
            return f"{self.definition} DEFAULT {self.backfill}"
        return self.definition


@dataclass(frozen=True, slots=True)
class Step:
    kind: str
    slug: str
    context: dict[str, object]


def columns_of(spec: EntitySpec) -> tuple[Column, ...]:
    """The table layout of an entity: attributes, then many_to_one keys (nullable)."""
    attributes = tuple(
        Column(a.name, sql_type(a.type), a.required, backfill(a.type)) for a in spec.attributes
    )
    keys = tuple(
        Column(f"{to_snake_case(r.target)}_id", "INTEGER", False, references=table_name(r.target))
        for r in spec.relationships
        if r.kind == "many_to_one"
    )
    return attributes + keys


def links_of(spec: EntitySpec) -> tuple[LinkView, ...]:
    return tuple(
        link_view(spec.name, r.target) for r in spec.relationships if r.kind == "many_to_many"
    )


def _renames(old: EntitySpec, new: EntitySpec, intent: Intent) -> dict[str, str]:
    """new name -> old name. A registry diff cannot tell a rename from remove+add, so a
    `modify_fields` change that removes and adds the same number of fields, pairwise of the
    same type, is read as renames (their data is copied, not dropped)."""
    if intent is not Intent.MODIFY_FIELDS:
        return {}
    old_names = {a.name for a in old.attributes}
    new_names = {a.name for a in new.attributes}
    removed = [a for a in old.attributes if a.name not in new_names]
    added = [a for a in new.attributes if a.name not in old_names]
    if not removed or len(removed) != len(added):
        return {}
    if any(r.type != a.type for r, a in zip(removed, added, strict=True)):
        return {}
    return {a.name: r.name for r, a in zip(removed, added, strict=True)}


def _copy_expression(column: Column, old: dict[str, Column], source: str) -> str:
    """How a rebuilt column is filled from the old row."""
    if not source:
        return column.backfill if column.required else "NULL"
    previous = old[source]
    expression = source
    if previous.sql_type != column.sql_type:
        expression = f"CAST({source} AS {column.sql_type})"
    if column.required and not previous.required:
        expression = f"COALESCE({expression}, {column.backfill})"
    return expression


def table_steps(
    old: EntitySpec,
    new: EntitySpec,
    intent: Intent,
    renamed: dict[str, str] | None = None,
    tables: dict[str, str] | None = None,
) -> list[Step]:
    """The steps that turn the table of `old` into the table of `new` (maybe none).

    `renamed` maps new column names to old ones (renamed fields, foreign keys that follow a
    renamed entity); `tables` maps old table names to new ones (renamed entities, whose
    tables were renamed earlier in the migration).
    """
    table = table_name(new.name)
    tables = tables or {}
    old_columns = {c.name: _retarget(c, tables) for c in columns_of(old)}
    new_columns = columns_of(new)
    renames = {**_renames(old, new, intent), **(renamed or {})}
    in_place = _rename_in_place(old_columns, new_columns, renames)
    if in_place is not None:
        if not in_place:
            return []
        context = {"table": table, "renames": in_place}
        return [Step("rename_columns", f"rename_columns_of_{table}", context)]
    added = [c for c in new_columns if c.name not in old_columns and c.name not in renames]
    kept_sources = {renames.get(c.name, c.name) for c in new_columns}
    removed = [name for name in old_columns if name not in kept_sources]
    changed = [
        c.name
        for c in new_columns
        if c.name in old_columns and (old_columns[c.name].definition != c.definition)
    ]
    steps: list[Step] = []
    if removed or changed or renames:
        reasons = []
        if removed:
            reasons.append("remove " + ", ".join(removed))
        if renames:
            reasons.append("rename " + ", ".join(f"{o} to {n}" for n, o in renames.items()))
        if changed:
            reasons.append("change " + ", ".join(changed))
        if added:
            reasons.append("add " + ", ".join(c.name for c in added))
        copies = []
        for column in new_columns:
            source = renames.get(column.name, column.name if column.name in old_columns else "")
            if source or column.required:
                copies.append((column.name, _copy_expression(column, old_columns, source)))
        context = {"table": table, "columns": new_columns, "copies": copies}
        steps.append(
            Step("rebuild_table", f"rebuild_{table}", {**context, "reason": "; ".join(reasons)})
        )
    elif added:
        steps.append(
            Step("add_columns", f"add_columns_to_{table}", {"table": table, "columns": added})
        )
    return steps


def _retarget(column: Column, tables: dict[str, str]) -> Column:
    """A column as SQLite holds it after the tables in `tables` were renamed."""
    if column.references in tables:
        return replace(column, references=tables[column.references])
    return column


def _rename_in_place(
    old: dict[str, Column], new: tuple[Column, ...], renames: dict[str, str]
) -> list[tuple[str, str]] | None:
    """(old, new) column pairs when renaming them is the table's whole change (possibly
    none), else None: the table needs more than RENAME COLUMN."""
    pairs = [(renames[c.name], c.name) for c in new if renames.get(c.name, c.name) != c.name]
    if any(source not in old for source, _ in pairs):
        return None
    moved = {renames.get(c.name, c.name): c.name for c in new}
    expected = {
        moved.get(name, name): replace(c, name=moved.get(name, name)) for name, c in old.items()
    }
    current = {c.name: c for c in new}
    if {n: c.definition for n, c in expected.items()} != {
        n: c.definition for n, c in current.items()
    }:
        return None
    return pairs


def _entity_renames(before: Registry, after: Registry) -> dict[str, str]:
    """Old entity name -> new, for the entity renames this change made."""
    renames: dict[str, str] = {}
    for rename in after.renames_since(before):
        if rename.is_field:
            continue
        origin = next((o for o, n in renames.items() if n == rename.old), rename.old)
        renames[origin] = rename.new
    return {old: new for old, new in renames.items() if before.get(old) and after.get(new)}


def _column_renames(
    old: EntitySpec, new: EntitySpec, before: Registry, after: Registry, entities: dict[str, str]
) -> dict[str, str]:
    """New column name -> old, for `new`'s renamed fields and the foreign keys that follow a
    renamed entity."""
    columns: dict[str, str] = {}
    for rename in after.renames_since(before):
        if rename.is_field and rename.entity in (old.name, new.name):
            origin = columns.pop(rename.old, rename.old)
            columns[rename.new] = origin
    previous = {new_name: old_name for old_name, new_name in entities.items()}
    for rel in new.relationships:
        if rel.kind == "many_to_one" and rel.target in previous:
            source = f"{to_snake_case(previous[rel.target])}_id"
            target = f"{to_snake_case(rel.target)}_id"
            if source != target:
                columns[target] = source
    return columns


def _rename_steps(before: Registry, entities: dict[str, str]) -> tuple[list[Step], set[str]]:
    """Renamed entity tables, then junction tables whose owner or target was renamed (their
    table and key columns). Returns the steps and the old junction names they handled."""
    steps: list[Step] = []
    for old, new in entities.items():
        source, target = table_name(old), table_name(new)
        if source != target:
            context = {"old": source, "new": target, "reason": f"{old} is now {new}"}
            steps.append(Step("rename_table", f"rename_{source}_to_{target}", context))
    handled: set[str] = set()
    for spec in before.entities:
        for link in links_of(spec):
            owner = entities.get(link.owner, link.owner)
            target = entities.get(link.target, link.target)
            if (owner, target) == (link.owner, link.target):
                continue
            moved = link_view(owner, target)
            handled.add(link.table)
            reason = f"the {owner}-{target} link follows the rename"
            if moved.table != link.table:
                context = {"old": link.table, "new": moved.table, "reason": reason}
                steps.append(Step("rename_table", f"rename_{link.table}_to_{moved.table}", context))
            columns = [
                (a, b)
                for a, b in (
                    (link.owner_column, moved.owner_column),
                    (link.target_column, moved.target_column),
                )
                if a != b
            ]
            if columns:
                context = {"table": moved.table, "renames": columns}
                steps.append(Step("rename_columns", f"rename_columns_of_{moved.table}", context))
    return steps, handled


def migration_steps(before: Registry, after: Registry, intent: Intent) -> list[Step]:
    """Every step from `before` to `after`: renamed tables, new tables, changed tables, new
    junctions, dropped junctions, dropped tables, in an order that never leaves a dangling
    reference."""
    entities = _entity_renames(before, after)
    steps, renamed_links = _rename_steps(before, entities)
    previous = {new: old for old, new in entities.items()}
    tables = {table_name(old): table_name(new) for old, new in entities.items()}
    for spec in after.entities:
        old = before.get(previous.get(spec.name, spec.name))
        if old is None:
            table = table_name(spec.name)
            context = {"table": table, "columns": columns_of(spec)}
            steps.append(Step("create_table", f"create_{table}", context))
        elif old != spec:
            renamed = _column_renames(old, spec, before, after, entities)
            steps.extend(table_steps(old, spec, intent, renamed, tables))
    old_links = {
        (link.table if link.table not in renamed_links else _moved(link, entities)): link
        for spec in before.entities
        for link in links_of(spec)
    }
    new_links = {link.table: link for spec in after.entities for link in links_of(spec)}
    for name, link in new_links.items():
        if name not in old_links:
            steps.append(Step("create_junction", f"create_{name}", {"link": link}))
    for name in old_links:
        if name not in new_links:
            reason = "the many-to-many link was removed"
            steps.append(Step("drop_table", f"drop_{name}", {"table": name, "reason": reason}))
    for spec in before.entities:
        if after.get(spec.name) is None and spec.name not in entities:
            table = table_name(spec.name)
            reason = f"the {spec.name} entity was removed"
            steps.append(Step("drop_table", f"drop_{table}", {"table": table, "reason": reason}))
    return steps


def _moved(link: LinkView, entities: dict[str, str]) -> str:
    """The junction table name of `link` after its entities were renamed."""
    return link_view(
        entities.get(link.owner, link.owner), entities.get(link.target, link.target)
    ).table


def next_number(existing: tuple[str, ...]) -> int:
    numbers = [int(m.group(1)) for name in existing if (m := _NUMBER.match(name))]
    return max(numbers, default=0) + 1


def migration_name(number: int, steps: list[Step]) -> str:
    slug = steps[0].slug if len(steps) == 1 else f"{steps[0].slug}_and_{len(steps) - 1}_more"
    return f"{number:04d}_{slug[:MAX_SLUG_LENGTH]}.sql"


def render_migration(templates: TemplateRegistry, name: str, steps: list[Step]) -> GeneratedFile:
    """One migration file: a header, then each step under a line naming its template."""
    texts = []
    for step in steps:
        template = templates.step_template(step.kind)
        origin = f"-- From templates/{template} (version {templates.version(template)}).\n"
        texts.append(origin + templates.render_text(template, step.context).rstrip("\n"))
    summary = "; ".join(step.slug.replace("_", " ") for step in steps)
    path = f"migrations/{name}"
    context = {"name": name.removesuffix(".sql"), "summary": summary, "steps": texts}
    return GeneratedFile(
        path=path,
        content=templates.render("migrations/migration.sql.j2", path, context),
        template="templates/migrations/migration.sql.j2",
        template_version=str(templates.version("migrations/migration.sql.j2")),
    )


@dataclass(frozen=True)
class DatabaseSWEA:
    """Writes the database layer and the migration for this change."""

    templates: TemplateRegistry | None = None
    name: str = "DatabaseSWEA"
    task: str = "database_schema"

    def run(self, ctx: TaskContext) -> TaskOutput:
        templates = self.templates or default_registry()
        files, _ = render_task(
            self.task, ctx.before, ctx.after, None, templates, project=ctx.project_dir
        )
        steps = migration_steps(ctx.before, ctx.after, ctx.recognition.intent)
        if not steps:
            return TaskOutput(task=self.task, files=files, notes=("schema unchanged",))
        name = migration_name(next_number(ctx.existing_migrations), steps)
        ctx.progress(f"writing migration {name}")
        migration = render_migration(templates, name, steps)
        notes = tuple(f"{name}: {step.slug.replace('_', ' ')}" for step in steps)
        return TaskOutput(task=self.task, files=(*files, migration), notes=notes)
