"""TemplateRegistry: the one place where `templates/` becomes generated text.

Request text is data, never template source: templates are only ever loaded from the templates
folder, and every value reaches them through the context. `StrictUndefined` turns a missing
value into an error that names the template and line instead of an empty string in the output.

Every template starts with a version line (`{# version: 1 #}`, or `[# version: 1 #]` in the
HTML templates, which use square-bracket delimiters so the Jinja syntax of the *generated*
templates passes through untouched). Every rendered file starts with a comment naming its
template and that version, in the comment syntax of the output file.
"""

from __future__ import annotations

import os
import re
import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from baes_tui.core.errors import TemplateRenderError
from baes_tui.core.models import EntitySpec
from baes_tui.core.names import table_name, to_snake_case
from baes_tui.core.resources import templates_dir
from baes_tui.sweas.template_filters import (
    BACKFILL_SQL,
    FILTERS,
    MAX_LINE_LENGTH,
    TemplateSelectionError,
    attr_type,
    backfill,
    create_type,
    input_type,
    label,
    py_def,
    py_import,
    py_string,
    python_type,
    read_type,
    sql_type,
)

TEMPLATES_DIR_ENV = "BAES_TEMPLATES_DIR"
MAX_SELECTIONS_KEPT = 20_000
_VERSION_LINE = re.compile(r"^[{\[]# version: (\d+) #[}\]]$")
_HTML_SUFFIX = ".html.j2"


@dataclass(frozen=True, slots=True)
class TemplateRef:
    """One template chosen for a task, and the project path it renders to."""

    name: str
    output: str
    feature: str
    link_target: str = ""  # the many_to_many target this ref renders, if any


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    output: str  # pattern: {module}, {path}, {link}
    # "static" (a project file whose template uses no context), "project" (shared: depends on
    # every entity), "entity" or "many_to_many"
    feature: str


# Which templates each task renders. A task missing here, or a relationship kind missing from
# KNOWN_RELATIONSHIP_KINDS, raises TemplateSelectionError.
CATALOG: dict[str, tuple[_Entry, ...]] = {
    "database_schema": (_Entry("app/database.py.j2", "app/database.py", "static"),),
    "backend_api": (
        _Entry("app/__init__.py.j2", "app/__init__.py", "static"),
        _Entry("app/main.py.j2", "app/main.py", "project"),
        _Entry("app/errors.py.j2", "app/errors.py", "static"),
        _Entry("app/models/__init__.py.j2", "app/models/__init__.py", "static"),
        _Entry("app/repositories/__init__.py.j2", "app/repositories/__init__.py", "static"),
        _Entry("app/routes/__init__.py.j2", "app/routes/__init__.py", "static"),
        _Entry("requirements.txt.j2", "requirements.txt", "static"),
        _Entry("pyproject.toml.j2", "pyproject.toml", "static"),
        _Entry("README.md.j2", "README.md", "project"),
        _Entry("app/models/entity.py.j2", "app/models/{module}.py", "entity"),
        _Entry("app/repositories/entity.py.j2", "app/repositories/{module}.py", "entity"),
        _Entry("app/routes/entity.py.j2", "app/routes/{module}.py", "entity"),
        _Entry("app/repositories/entity_links.py.j2", "app/repositories/{link}.py", "many_to_many"),
        _Entry("app/routes/entity_links.py.j2", "app/routes/{link}.py", "many_to_many"),
    ),
    "frontend_ui": (
        _Entry("app/pages/__init__.py.j2", "app/pages/__init__.py", "static"),
        _Entry("app/pages/index.py.j2", "app/pages/index.py", "static"),
        _Entry("app/templates/base.html.j2", "app/templates/base.html", "project"),
        _Entry("app/templates/index.html.j2", "app/templates/index.html", "project"),
        _Entry("app/pages/entity.py.j2", "app/pages/{module}.py", "entity"),
        _Entry("app/templates/entities/list.html.j2", "app/templates/{path}/list.html", "entity"),
        _Entry("app/templates/entities/form.html.j2", "app/templates/{path}/form.html", "entity"),
    ),
    "integration_tests": (
        _Entry("tests/__init__.py.j2", "tests/__init__.py", "static"),
        _Entry("tests/conftest.py.j2", "tests/conftest.py", "static"),
        _Entry("tests/data/__init__.py.j2", "tests/data/__init__.py", "static"),
        _Entry("tests/test_app.py.j2", "tests/test_app.py", "project"),
        _Entry("tests/data/entity.py.j2", "tests/data/{module}.py", "entity"),
        _Entry("tests/test_entity_api.py.j2", "tests/test_{module}_api.py", "entity"),
        _Entry("tests/test_entity_pages.py.j2", "tests/test_{module}_pages.py", "entity"),
        _Entry("tests/test_entity_links.py.j2", "tests/test_{link}.py", "many_to_many"),
    ),
}
# Files earlier template sets generated and this one does not: a project that has them loses
# them at its next step (their content moved elsewhere).
RETIRED_OUTPUTS: dict[str, tuple[str, ...]] = {
    "integration_tests": ("tests/payloads.py",),  # now tests/data/<entity>.py
}
KNOWN_RELATIONSHIP_KINDS = frozenset({"many_to_one", "many_to_many"})
MIGRATION_TEMPLATE = "migrations/migration.sql.j2"
MIGRATION_STEPS = {
    "create_table": "migrations/create_table.sql.j2",
    "add_columns": "migrations/add_columns.sql.j2",
    "rebuild_table": "migrations/rebuild_table.sql.j2",
    "create_junction": "migrations/create_junction.sql.j2",
    "drop_table": "migrations/drop_table.sql.j2",
    "rename_table": "migrations/rename_table.sql.j2",
    "rename_columns": "migrations/rename_columns.sql.j2",
}

# --- the registry -------------------------------------------------------------------------------

_COMMENT_STYLES = {
    ".py": ("# ", ""),
    ".toml": ("# ", ""),
    ".txt": ("# ", ""),
    ".sql": ("-- ", ""),
    ".html": ("{# ", " #}"),
    ".md": ("<!-- ", " -->"),
}


def default_templates_dir() -> Path:
    """`$BAES_TEMPLATES_DIR`, else the shipped `templates/` (core/resources.py)."""
    override = os.environ.get(TEMPLATES_DIR_ENV)
    if override:
        return Path(override)
    return templates_dir()


def header_for(output: str, template: str, version: int) -> str:
    """The first lines of a generated file: which template made it, and how to change it."""
    suffix = Path(output).suffix
    if suffix not in _COMMENT_STYLES:
        raise TemplateSelectionError(f"no comment syntax known for {output!r}")
    start, end = _COMMENT_STYLES[suffix]
    lines = (
        f"Generated by baes from templates/{template} (version {version}).",
        "Change the entity and regenerate instead of editing this file.",
    )
    return "".join(f"{start}{line}{end}\n" for line in lines)


class TemplateRegistry:
    """Loads, versions, selects and renders the templates of the generated system."""

    def __init__(self, templates_dir: Path | None = None) -> None:
        self.root = (templates_dir or default_templates_dir()).resolve()
        if not self.root.is_dir():
            raise TemplateSelectionError(f"templates folder not found: {self.root}")
        loader = jinja2.FileSystemLoader(self.root)
        options: dict[str, Any] = {
            "loader": loader,
            "trim_blocks": True,
            "lstrip_blocks": True,
            "keep_trailing_newline": True,
            "autoescape": False,
            "undefined": jinja2.StrictUndefined,
        }
        self._code_env = jinja2.Environment(**options)
        # The HTML templates produce Jinja templates, so their own syntax uses square brackets.
        self._html_env = jinja2.Environment(
            **options,
            block_start_string="[%",
            block_end_string="%]",
            variable_start_string="[[",
            variable_end_string="]]",
            comment_start_string="[#",
            comment_end_string="#]",
        )
        for env in (self._code_env, self._html_env):
            env.filters.update(FILTERS)
        self._versions: dict[str, int] = {}
        # (task, id(spec)) -> (spec, refs): keyed by identity, since hashing a spec costs more
        # than selecting its templates
        self._selected: dict[tuple[str, int], tuple[object, tuple[TemplateRef, ...]]] = {}

    def _env(self, name: str) -> jinja2.Environment:
        return self._html_env if name.endswith(_HTML_SUFFIX) else self._code_env

    def version(self, name: str) -> int:
        """The version a template declares on its first line."""
        if name not in self._versions:
            path = self.root / name
            if not path.is_file():
                raise TemplateSelectionError(f"template not found: templates/{name}")
            first = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
            match = _VERSION_LINE.match(first)
            if match is None:
                raise TemplateRenderError(
                    f"templates/{name}:1: first line must declare the version, "
                    "e.g. '{# version: 1 #}'"
                )
            self._versions[name] = int(match.group(1))
        return self._versions[name]

    def names(self) -> list[str]:
        """Every template in the folder (relative POSIX names)."""
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.j2"))

    def select(self, task: str, spec: EntitySpec | None = None) -> list[TemplateRef]:
        """The templates `task` renders for the project (spec None) or for one entity.

        An unknown task, relationship kind or attribute type raises; a template is never
        swapped for another one silently. Specs are values, so each answer is kept: a step
        asks again for every entity of the project.
        """
        key = (task, id(spec))
        kept = self._selected.get(key)
        if kept is None or kept[0] is not spec:  # ids are reused once an object is gone
            if len(self._selected) > MAX_SELECTIONS_KEPT:
                self._selected.clear()
            kept = self._selected[key] = (spec, self._select(task, spec))
        return list(kept[1])

    def _select(self, task: str, spec: EntitySpec | None) -> tuple[TemplateRef, ...]:
        if task not in CATALOG:
            known = ", ".join(sorted(CATALOG))
            raise TemplateSelectionError(f"no templates for task {task!r} (known: {known})")
        entries = CATALOG[task]
        if spec is None:
            return tuple(
                TemplateRef(e.name, e.output, e.feature)
                for e in entries
                if e.feature in ("project", "static")
            )
        for attribute in spec.attributes:
            attr_type(attribute)
        for relationship in spec.relationships:
            if relationship.kind not in KNOWN_RELATIONSHIP_KINDS:
                raise TemplateSelectionError(
                    f"no templates for relationship kind {relationship.kind!r} "
                    f"({spec.name} -> {relationship.target})"
                )
        module = to_snake_case(spec.name)
        names = {"module": module, "path": table_name(spec.name)}
        refs = [
            TemplateRef(e.name, e.output.format(**names), e.feature)
            for e in entries
            if e.feature == "entity"
        ]
        for relationship in spec.relationships:
            if relationship.kind != "many_to_many":
                continue
            link = f"{module}_{table_name(relationship.target)}"
            refs.extend(
                TemplateRef(e.name, e.output.format(link=link), e.feature, relationship.target)
                for e in entries
                if e.feature == "many_to_many"
            )
        return tuple(refs)

    def step_template(self, kind: str) -> str:
        """The template of one migration step kind."""
        if kind not in MIGRATION_STEPS:
            raise TemplateSelectionError(f"no migration template for step {kind!r}")
        return MIGRATION_STEPS[kind]

    def render_text(self, name: str, context: dict[str, Any]) -> str:
        """Render a template without a header (a fragment of a larger file)."""
        self.version(name)
        env = self._env(name)
        try:
            template = env.get_template(name)
            text = template.render(**context)
        except jinja2.TemplateSyntaxError as error:
            raise TemplateRenderError(
                f"templates/{name}:{error.lineno}: syntax error: {error.message}"
            ) from error
        except TemplateRenderError:
            raise
        except Exception as error:
            line = _template_line(error, self.root / name)
            raise TemplateRenderError(
                f"templates/{name}:{line}: {type(error).__name__}: {error}"
            ) from error
        return text

    def render(self, name: str, output: str, context: dict[str, Any]) -> str:
        """A whole generated file: the header naming template and version, then the body."""
        return header_for(output, name, self.version(name)) + self.render_text(name, context)


def _template_line(error: BaseException, path: Path) -> int | str:
    """The template line Jinja's rewritten traceback points at, or '?' if none does."""
    target = str(path)
    line: int | str = "?"
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == target and frame.lineno is not None:
            line = frame.lineno
    return line


@lru_cache(maxsize=1)
def default_registry() -> TemplateRegistry:
    """One shared registry: Jinja compiles each template once per process."""
    return TemplateRegistry()


__all__ = [
    "BACKFILL_SQL",
    "CATALOG",
    "MAX_LINE_LENGTH",
    "TEMPLATES_DIR_ENV",
    "TemplateRef",
    "TemplateRegistry",
    "TemplateSelectionError",
    "backfill",
    "create_type",
    "default_registry",
    "default_templates_dir",
    "header_for",
    "input_type",
    "label",
    "py_def",
    "py_import",
    "py_string",
    "python_type",
    "read_type",
    "sql_type",
]
