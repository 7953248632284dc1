"""Which rules apply to a file: its kind (role in the generated tree) and language (by suffix).

Both come from the path alone, so a file can be judged before it is written anywhere; the
nearest `app/`, `tests/` or `migrations/` folder wins, so a generated tree nested inside another
project (or inside our own fixtures) is still classified by its own layout.
"""

from __future__ import annotations

from pathlib import PurePath

from baes_tui.core.verdicts import FileKind, Language

PYTHON_SUFFIXES = frozenset({".py"})
SQL_SUFFIXES = frozenset({".sql"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".jinja", ".jinja2", ".j2"})
VALIDATED_SUFFIXES = PYTHON_SUFFIXES | SQL_SUFFIXES | HTML_SUFFIXES

_ANCHORS = ("app", "tests", "migrations", "templates")
_DEFAULT_LANGUAGE: dict[FileKind, Language] = {
    "backend": "python",
    "tests": "python",
    "database": "sql",
    "frontend": "html",
    "other": "text",
}


def language_for(path: str, kind: FileKind | None = None) -> Language:
    """By suffix; a path without a known suffix takes the usual language of its kind."""
    suffix = PurePath(path).suffix.lower()
    if suffix in PYTHON_SUFFIXES:
        return "python"
    if suffix in SQL_SUFFIXES:
        return "sql"
    if suffix in HTML_SUFFIXES:
        return "html"
    return _DEFAULT_LANGUAGE[kind] if kind is not None else "text"


def kind_for_path(path: str) -> FileKind:
    """The role a generated file plays: backend, database, frontend, tests or other."""
    pure = PurePath(path.replace("\\", "/"))
    language = language_for(path)
    if language == "sql":
        return "database"
    if language == "html":
        return "frontend"
    if language != "python":
        return "other"
    if pure.name == "conftest.py" or pure.name.startswith("test_"):
        return "tests"
    folders = pure.parts[:-1]
    anchor, index = _nearest_anchor(folders)
    if anchor == "tests":
        return "tests"
    if anchor == "app":
        inside = folders[index + 1 :]
        return "frontend" if inside[:1] == ("pages",) else "backend"
    return "other"


def _nearest_anchor(folders: tuple[str, ...]) -> tuple[str | None, int]:
    for index in range(len(folders) - 1, -1, -1):
        if folders[index] in _ANCHORS:
            return folders[index], index
    return None, -1
