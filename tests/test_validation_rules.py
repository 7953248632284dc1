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


SECURITY_HEADER = (
    "import os\nimport pickle\nimport subprocess\n\nimport requests\n"
    "from jinja2 import Environment\nfrom markupsafe import Markup\n"
    "from fastapi.responses import HTMLResponse\n\nfrom app.content import BANNER, FORMULA\n\n\n"
    "def run(name: str, flag: bool, options: dict[str, object]) -> object:\n"
)


@pytest.mark.parametrize(
    ("statement", "rule_id", "expected"),
    [
        ("API_KEY = '9f8e7d6c5b4a39281706f5e4d3c2b1a0'", "SEC001-hardcoded-secret", ["reject"]),
        ("API_KEY = os.environ['API_KEY']", "SEC001-hardcoded-secret", []),
        ("API_KEY = os.getenv('API_KEY', '')", "SEC001-hardcoded-secret", []),
        ("API_KEY = 'changeme'", "SEC001-hardcoded-secret", []),
        ("return eval(name)", "SEC002-code-from-input", ["reject"]),
        ("return eval(FORMULA)", "SEC002-code-from-input", []),
        ("return eval(FORMULA)", "PY003-dynamic-code", ["uncertain"]),
        ("return pickle.loads(name.encode())", "SEC002-code-from-input", ["reject"]),
        ("return pickle.loads(open('x', 'rb').read())", "SEC002-code-from-input", ["uncertain"]),
        ("return subprocess.run('ls', shell=True)", "SEC003-shell-command", ["reject"]),
        ("return subprocess.run(['ls'], shell=flag)", "SEC003-shell-command", ["uncertain"]),
        ("return os.system(name)", "SEC003-shell-command", ["reject"]),
        ("return os.system(f'tar {BANNER}')", "SEC003-shell-command", ["uncertain"]),
        ("return os.system('sync')", "SEC003-shell-command", []),
        (
            "return requests.get(name, verify=False, timeout=5)",
            "SEC004-tls-verification-off",
            ["reject"],
        ),
        ("return requests.get(name, verify=flag, timeout=5)", "SEC004-tls-verification-off", []),
        ("return requests.get(name)", "SEC005-http-timeout", ["reject"]),
        ("return requests.get(name, **options)", "SEC005-http-timeout", ["uncertain"]),
        ("return requests.get(name, timeout=5)", "SEC005-http-timeout", []),
        ("return HTMLResponse(f'<p>{name}</p>')", "FE005-unescaped-markup", ["reject"]),
        ("return Markup(BANNER)", "FE005-unescaped-markup", ["uncertain"]),
        ("return Markup('<br>')", "FE005-unescaped-markup", []),
        ("return Environment()", "FE005-unescaped-markup", ["uncertain"]),
        (
            "return f\"SELECT * FROM t WHERE a = '{name}'\"",
            "BE006-sql-string-formatting",
            ["reject"],
        ),
    ],
)
def test_security_rules_reject_input_and_ask_about_the_untraceable(
    statement: str, rule_id: str, expected: list[str]
) -> None:
    source = SECURITY_HEADER + f"    {statement}\n"
    assert _severities("lib/x.py", source, rule_id) == expected


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("deploy/app.json", '{"db": {"host": "x", "password": "hunter2-x"}}\n', ["reject"]),
        ("deploy/app.json", '{\n  "db": {\n    "password": ""\n  }\n}\n', []),
        ("deploy/app.json", '{"api_key": "${API_KEY}", "token_url": "https://a.example"}', []),
        ("config/.env.local", "export GITHUB_TOKEN=ghp_" + "a1" * 18 + "\n", ["reject"]),
        ("app.cfg", "[smtp]\nuser = app\npassword = correct-h0rse\n", ["reject"]),
        ("x.yaml", "password: '{{ vault_password }}'\n", []),
    ],
)
def test_config_files_are_read_for_secrets(path: str, text: str, expected: list[str]) -> None:
    assert _severities(path, text, "SEC001-hardcoded-secret") == expected


def test_passwords_in_tests_are_test_data_but_provider_keys_are_not() -> None:
    source = (
        "import pytest\n\nPASSWORD = 'S3cret-for-tests'\n"
        "KEY = 'AKIAIOSFODNN7EXAMPLE'\n\n\ndef test_x() -> None:\n    assert PASSWORD\n"
    )
    verdict = validate_source("anywhere/checks.py", source)
    assert verdict.kind == "tests"
    assert [(f.rule_id, f.line) for f in verdict.findings] == [("SEC001-hardcoded-secret", 4)]


def test_secret_finding_names_the_environment_variable_to_read() -> None:
    verdict = validate_source("lib/x.py", "stripe_secret_key = 'f3b8c1d29a7e4c6b8d0e2f4a'\n")
    [finding] = verdict.findings
    assert finding.fix == (
        'Read it from the environment: os.environ["STRIPE_SECRET_KEY"], and keep it out of git.'
    )
