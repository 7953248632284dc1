"""Severities of the three-way rules: what rejects, what only asks a reviewer.

The fixture harness pins *where* each rule fires; these tests pin *how sure* it is, because the
difference between reject and uncertain decides whether a file is retried or queued for review.
"""

from __future__ import annotations

import pytest

from baes_tui.validation import validate_source


def _severities(path: str, source: str, rule_id: str) -> list[str]:
    verdict = validate_source(path, source, early_exit=False)
    return [f.severity for f in verdict.findings if f.rule_id == rule_id]


SQL_HEADER = (
    "import sqlite3\n\nfrom app.schema import EXTRA\n\nCOLUMNS = ('name', 'email')\n\n\n"
    "def run(db: sqlite3.Connection, name: str, changes: dict[str, object]) -> None:\n"
)


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("db.execute(f\"SELECT * FROM t WHERE name = '{name}'\")", ["reject"]),
        ("db.execute('SELECT * FROM t WHERE id = %s' % changes['id'])", ["reject"]),
        ("db.execute(f\"SELECT {', '.join(COLUMNS)} FROM t\")", []),
        ("db.execute(f\"SELECT {', '.join(EXTRA)} FROM t\")", ["uncertain"]),
        ("db.execute('SELECT ' + ', '.join(c for c in changes if c in COLUMNS))", []),
        ("db.execute('SELECT ' + ', '.join(c for c in changes))", ["reject"]),
        ("db.execute(name)", []),
        ("db.execute('SELECT * FROM t WHERE name = ?', (name,))", []),
    ],
)
def test_sql_formatting_rejects_parameters_and_trusts_module_constants(
    statement: str, expected: list[str]
) -> None:
    source = SQL_HEADER + f"    {statement}\n"
    assert _severities("app/routes/t.py", source, "BE006-sql-string-formatting") == expected


def test_module_level_sql_built_from_literal_tuple_is_approved() -> None:
    source = (
        "import sqlite3\n\nCOLUMNS = ('name', 'email')\n"
        "INSERT_SQL = f\"INSERT INTO t ({', '.join(COLUMNS)}) VALUES "
        "({', '.join('?' for _ in COLUMNS)})\"\n\n\n"
        "def insert(db: sqlite3.Connection, values: tuple[str, str]) -> None:\n"
        "    db.execute(INSERT_SQL, values)\n"
    )
    assert validate_source("app/routes/s.py", source).outcome == "confident_approval"


@pytest.mark.parametrize(
    ("decorators", "body", "expected"),
    [
        ("@contextmanager\n", "    conn = sqlite3.connect('x')\n    return conn\n", ["reject"]),
        ("@lru_cache\n@contextmanager\n", "    yield sqlite3.connect('x')\n", ["uncertain"]),
        ("", "    return POOL.acquire()\n", ["uncertain"]),
        (
            "@contextmanager\n",
            "    conn = sqlite3.connect('x')\n    try:\n        yield conn\n"
            "    finally:\n        conn.close()\n",
            [],
        ),
    ],
)
def test_get_db_three_way(decorators: str, body: str, expected: list[str]) -> None:
    source = f"{decorators}def get_db() -> object:\n{body}"
    assert _severities("app/database.py", source, "BE001-get-db-contextmanager") == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("status.HTTP_201_CREATED", []),
        ("201", []),
        ("HTTPStatus.CREATED", []),
        ("200", ["reject"]),
        ("CREATED", ["uncertain"]),
        ("pick()", ["uncertain"]),
    ],
)
def test_post_status_code_three_way(status: str, expected: list[str]) -> None:
    source = f"@router.post('', status_code={status})\ndef create() -> None:\n    return None\n"
    assert _severities("app/routes/s.py", source, "BE002-post-status-201") == expected


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        ("        logger.error('failed')\n        raise\n", []),
        ("        raise HTTPException(status_code=404) from exc\n", []),
        ("        raise HTTPException(status_code=503) from exc\n", ["reject"]),
        ("        raise RuntimeError('x') from exc\n", ["uncertain"]),
        ("        logger.info('failed')\n", ["reject"]),
        ("        return None\n", ["reject"]),
    ],
)
def test_except_handler_logging_three_way(handler: str, expected: list[str]) -> None:
    source = "def f() -> None:\n    try:\n        g()\n    except ValueError as exc:\n" + handler
    assert _severities("app/routes/s.py", source, "BE004-except-logs-error") == expected


def test_drop_table_without_copy_goes_to_review_not_rejection() -> None:
    verdict = validate_source("migrations/0009_remove_teachers.sql", "DROP TABLE teachers;\n")
    assert verdict.outcome == "uncertain"
    assert verdict.uncertainties[0].rule_id == "SQL002-drop-without-copy"


def test_sql_in_template_is_uncertain_and_safe_filter_rejects() -> None:
    sql = validate_source("app/templates/x.html", "{{ db.execute('SELECT a FROM b') }}\n")
    safe = validate_source("app/templates/x.html", "{{ student.bio|safe }}\n")
    assert sql.outcome == "uncertain"
    assert safe.outcome == "confident_rejection"


def test_rules_for_backend_do_not_judge_tests_and_vice_versa() -> None:
    untyped_test = "def test_x(client):\n    assert client\n"
    assert validate_source("tests/test_x.py", untyped_test).outcome == "confident_approval"
    no_assert_helper = "def test_helper(value: int) -> int:\n    return value\n"
    assert validate_source("app/x.py", no_assert_helper).outcome == "confident_approval"
