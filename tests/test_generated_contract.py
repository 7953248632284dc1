"""A real third-party client checks the generated app's HTTP contract: Schemathesis, with its
fuzzing and stateful phases and every check, against uvicorn serving two entities with a
many-to-many link, finds no failure.

No many-to-one here: a body naming a record that does not exist is refused with 422 by
contract, which no schema can express; the generated suites test that case instead."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Registry, Relationship
from tests.support.render import write_change
from tests.support.served import clean_env, serve
from tests.support.tools import schemathesis_command

pytestmark = pytest.mark.slow

COURSE = EntitySpec(
    "Course",
    (
        Attribute("title"),
        Attribute("credits", AttrType.INT, required=False),
        Attribute("fee", AttrType.DECIMAL, required=False),
        Attribute("starts", AttrType.DATE, required=False),
    ),
)
STUDENT = EntitySpec(
    "Student",
    (
        Attribute("name"),
        Attribute("email", AttrType.EMAIL),
        Attribute("age", AttrType.INT, required=False),
        Attribute("gpa", AttrType.FLOAT, required=False),
        Attribute("active", AttrType.BOOL),
        Attribute("enrolled_at", AttrType.DATETIME, required=False),
    ),
    (Relationship("many_to_many", "Course"),),
)
# Fixed, so a failure is reproducible with the same command; enough examples to meet every
# operation many times in both phases while the run stays well under two minutes.
SEED = 20261126
MAX_EXAMPLES = 60
RUN_LIMIT_S = 300


def test_schemathesis_finds_no_failure_in_fuzzing_and_stateful_phases(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    write_change(root, Registry(), Registry((COURSE, STUDENT)))
    st, st_env = schemathesis_command()
    with serve(root, tmp_path / "served.db") as http:
        schema = str(http.base_url.join("/openapi.json"))
        command = [
            *st,
            "--no-color",
            "run",
            schema,
            "--checks=all",
            "--phases=fuzzing,stateful",
            f"--max-examples={MAX_EXAMPLES}",
            f"--seed={SEED}",
            "--workers=1",
            f"--report-dir={tmp_path / 'report'}",
        ]
        result = subprocess.run(
            command,
            cwd=tmp_path,
            env=clean_env(**st_env),
            capture_output=True,
            text=True,
            timeout=RUN_LIMIT_S,
            check=False,
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-30000:]
    assert "✅ Fuzzing" in output
    assert "✅ Stateful" in output
