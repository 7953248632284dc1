"""The kind of a file comes from what it is — its content, or its language's suffix — and the
verdict says why, so a reviewer can check the decision."""

from __future__ import annotations

import pytest

from baes_tui.validation import validate_source

ROUTES = (
    "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n"
    "@router.get('')\ndef items() -> list[int]:\n    return []\n"
)
PAGE = (
    "from fastapi import APIRouter, Request\nfrom fastapi.templating import Jinja2Templates\n\n"
    "router = APIRouter()\ntemplates = Jinja2Templates(directory='t')\n\n\n"
    "@router.get('')\ndef page(request: Request) -> object:\n"
    "    return templates.TemplateResponse(request, 'x.html', {})\n"
)


@pytest.mark.parametrize(
    ("content", "kind", "reason"),
    [
        (ROUTES, "backend", "content: FastAPI routes (@router.get, line 6)"),
        (
            "from fastapi import FastAPI\n\napp = FastAPI()\n",
            "backend",
            "content: a web app (FastAPI(), line 3)",
        ),
        (
            "import sqlite3\n\nDB = 'x.db'\n",
            "backend",
            "content: database access (imports sqlite3, line 1)",
        ),
        (
            "def get_db() -> object:\n    return POOL.acquire()\n",
            "backend",
            "content: database access (defines get_db, line 1)",
        ),
        (
            "def rows(conn: object) -> object:\n    return conn.execute('SELECT 1')\n",
            "backend",
            "content: database access (.execute(), line 2)",
        ),
        (
            "from pydantic import BaseModel\n\n\nclass Student(BaseModel):\n    name: str\n",
            "backend",
            "content: Pydantic models (class Student, line 4)",
        ),
        (PAGE, "frontend", "content: renders HTML (Jinja2Templates, line 5)"),
        (
            "import pytest\n\n\ndef test_x() -> None:\n    assert True\n",
            "tests",
            "content: imports pytest (line 1), 1 test function",
        ),
        (
            "import sqlite3\nimport unittest\n\n\nclass T(unittest.TestCase):\n"
            "    def test_x(self) -> None:\n        self.assertTrue(True)\n",
            "tests",
            "content: imports unittest (line 2), 1 test function",
        ),
        (
            "def test_total() -> None:\n    assert sum([1, 2]) == 3\n",
            "tests",
            "content: 1 test function that asserts (first: test_total, line 1)",
        ),
        (
            "def test_helper(value: int) -> int:\n    return value\n",
            "other",
            "Python with no routes, database access, HTML rendering or tests",
        ),
        (
            "CURRENCY = 'EUR'\n",
            "other",
            "Python with no routes, database access, HTML rendering or tests",
        ),
    ],
)
def test_python_kind_comes_from_content(content: str, kind: str, reason: str) -> None:
    verdict = validate_source("somewhere/module.py", content)
    assert (verdict.kind, verdict.kind_reason) == (kind, reason)


def test_reason_says_when_the_path_agrees_or_disagrees() -> None:
    agrees = validate_source("app/routes/items.py", ROUTES)
    disagrees = validate_source("tests/test_items.py", ROUTES)
    silent = validate_source(
        "tests/payloads.py", "def payload() -> dict[str, int]:\n    return {}\n"
    )
    assert agrees.kind_reason.endswith("; the path agrees")
    assert disagrees.kind == "backend"
    assert disagrees.kind_reason.endswith("; the path suggests tests, the content decides")
    assert silent.kind == "other"
    assert silent.kind_reason.endswith("; the path suggests tests, the content does not show it")


@pytest.mark.parametrize(
    ("path", "content", "kind", "reason"),
    [
        ("x/0001_a.sql", "SELECT 1;\n", "database", "SQL: a .sql file"),
        (
            "x/schema",
            "-- tables\nCREATE TABLE a (id INTEGER PRIMARY KEY);\n",
            "database",
            "SQL: starts with CREATE TABLE",
        ),
        ("x/list.html", "<ul></ul>\n", "frontend", "HTML/Jinja template: a .html file"),
        (
            "x/page.txt",
            "<!DOCTYPE html>\n<html></html>\n",
            "frontend",
            "HTML/Jinja template: starts with <!DOCTYPE html",
        ),
        (
            "x/list.html.j2",
            "{% extends 'base.html' %}\n",
            "frontend",
            "HTML/Jinja template: a .html.j2 file",
        ),
        (".env", "A=1\n", "config", "configuration: a .env file"),
        ("deploy/.env.production", "A=1\n", "config", "configuration: a .env file"),
        ("settings.toml", "a = 1\n", "config", "configuration: a .toml file"),
        ("x/app.ini", "[a]\nb = 1\n", "config", "configuration: a .ini file"),
        ("x/app.yaml", "a: 1\n", "config", "configuration: a .yaml file"),
        ("x/app.json", '{"a": 1}\n', "config", "configuration: a .json file"),
        (
            "x/secrets",
            "# keys\nAPI_URL=https://x.example\nLOG_LEVEL=info\n",
            "config",
            "configuration: most lines are KEY=value",
        ),
        (
            "templates/app/routes/entity.py.j2",
            "{{ header }}\nimport sqlite3\n",
            "other",
            "a Jinja template of a .py file: judged as text until it is rendered",
        ),
        ("README.md", "# Title\n", "other", "not Python, SQL, HTML or configuration"),
    ],
)
def test_other_languages_take_their_kind_from_suffix_or_content(
    path: str, content: str, kind: str, reason: str
) -> None:
    verdict = validate_source(path, content)
    assert (verdict.kind, verdict.kind_reason) == (kind, reason)


def test_python_script_without_suffix_is_recognised_by_its_shebang() -> None:
    script = "#!/usr/bin/env python3\nimport sqlite3\n\n\ndef run(x):\n    return x\n"
    verdict = validate_source("bin/load-data", script)
    assert verdict.kind == "backend"
    assert verdict.outcome == "confident_rejection"  # untyped: judged as Python, not as text
    assert verdict.rule_ids == ("BE007-public-type-hints",)


def test_a_file_that_does_not_parse_takes_its_kind_from_the_path() -> None:
    verdict = validate_source("tests/test_x.py", "def f(:\n")
    assert verdict.kind == "tests"
    assert verdict.kind_reason == "Python that does not parse: kind from its path (tests)"
    assert verdict.rule_ids == ("PY001-syntax-error",)
