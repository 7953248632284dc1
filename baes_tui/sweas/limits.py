"""What the generated system can hold, checked before anything is generated.

A registry that passes `check_limits` renders into files that are ruff-clean, fit the TechLead's
rules and run on this machine's SQLite; one that does not is refused up front with a message a
person can act on, instead of being generated, committed and then broken.

The limits come from three places:
- SQLite, read from the library Python runs on: columns per table (SQLITE_LIMIT_COLUMN, 2000 by
  default, the id included) and host parameters per statement (an UPDATE binds every column and
  the id);
- the generated code: names appear in lines of at most 100 characters (test names, imports,
  router aliases), so entity names (as module and table) and field names have a maximum length,
  and every generated file must stay under the TechLead's size limit;
- uniqueness: two names that render to the same table or module would overwrite each other.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from baes_tui.core.models import Registry
from baes_tui.core.names import table_name, to_snake_case

# Longest entity module / table name and field name the templates keep within 100 columns.
MAX_ENTITY_IDENTIFIER = 30
MAX_FIELD_IDENTIFIER = 40
# The largest generated file grows ~600 characters per column (the list page repeats every
# field); the TechLead refuses files over 1,000,000 characters, so columns stop well before.
MAX_COLUMNS_PER_ENTITY = 1000
RESERVED_TABLE_PREFIX = "sqlite_"
# SQLite's compiled-in defaults, used when the library cannot be asked (Python < 3.11).
DEFAULT_SQLITE_MAX_COLUMN = 2000
DEFAULT_SQLITE_MAX_VARIABLES = 32766


@lru_cache(maxsize=1)
def sqlite_limits() -> tuple[int, int]:
    """(max columns per table, max host parameters per statement) of the SQLite in use."""
    conn = sqlite3.connect(":memory:")
    try:
        return (
            conn.getlimit(sqlite3.SQLITE_LIMIT_COLUMN),
            conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER),
        )
    except AttributeError:  # Connection.getlimit is new in Python 3.11
        return DEFAULT_SQLITE_MAX_COLUMN, DEFAULT_SQLITE_MAX_VARIABLES
    finally:
        conn.close()


def check_limits(registry: Registry) -> list[str]:
    """Every reason `registry` cannot be generated as is; empty when it can."""
    max_columns, max_variables = sqlite_limits()
    problems: list[str] = []
    tables: dict[str, str] = {}
    modules: dict[str, str] = {}
    for spec in registry.entities:
        module, table = to_snake_case(spec.name), table_name(spec.name)
        longest = max(module, table, key=len)
        if len(longest) > MAX_ENTITY_IDENTIFIER:
            problems.append(
                f"{spec.name}: the name is too long for generated code ({longest!r} has "
                f"{len(longest)} characters, at most {MAX_ENTITY_IDENTIFIER}); "
                "choose a shorter entity name"
            )
        if table.startswith(RESERVED_TABLE_PREFIX):
            problems.append(
                f"{spec.name}: SQLite reserves table names starting with "
                f"{RESERVED_TABLE_PREFIX!r} ({table!r}); choose another entity name"
            )
        references = {
            f"{to_snake_case(r.target)}_id" for r in spec.relationships if r.kind == "many_to_one"
        }
        for attribute in spec.attributes:
            if attribute.name in references:
                problems.append(
                    f"{spec.name}.{attribute.name}: the field has the name of the column that "
                    f"keeps a reference; rename the field"
                )
            if len(attribute.name) > MAX_FIELD_IDENTIFIER:
                problems.append(
                    f"{spec.name}.{attribute.name}: the field name has {len(attribute.name)} "
                    f"characters, at most {MAX_FIELD_IDENTIFIER}; choose a shorter name"
                )
        columns = len(spec.attributes) + sum(r.kind == "many_to_one" for r in spec.relationships)
        stored = columns + 1  # the id
        if stored > max_columns:
            problems.append(
                f"{spec.name}: {columns} fields and references need {stored} columns with the "
                f"id; this SQLite holds at most {max_columns} per table. Split the entity"
            )
        elif columns > MAX_COLUMNS_PER_ENTITY:
            problems.append(
                f"{spec.name}: {columns} fields and references; the generated pages and tests "
                f"hold at most {MAX_COLUMNS_PER_ENTITY} per entity. Split the entity"
            )
        if stored > max_variables:
            problems.append(
                f"{spec.name}: an update binds {stored} values; this SQLite binds at most "
                f"{max_variables} per statement. Split the entity"
            )
        _claim(tables, table, f"the table of {spec.name}", problems)
        _claim(modules, module, f"the module of {spec.name}", problems)
    for spec in registry.entities:
        for relationship in spec.relationships:
            if relationship.kind != "many_to_many":
                continue
            junction = f"{to_snake_case(spec.name)}_{table_name(relationship.target)}"
            owner = f"the {spec.name}–{relationship.target} link"
            if relationship.target == spec.name:
                problems.append(
                    f"{owner}: a many-to-many link of an entity to itself is not supported"
                )
                continue
            if len(junction) > 2 * MAX_ENTITY_IDENTIFIER + 1:
                problems.append(f"{owner}: its table name {junction!r} is too long")
            _claim(tables, junction, owner, problems)
            _claim(modules, junction, owner, problems)
    return problems


def _claim(taken: dict[str, str], name: str, owner: str, problems: list[str]) -> None:
    """Record that `owner` uses `name`; a second owner is a problem (files would collide)."""
    if name in taken and taken[name] != owner:
        problems.append(f"{owner} and {taken[name]} would both be named {name!r}; rename one")
    else:
        taken[name] = owner
