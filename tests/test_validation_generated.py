"""What the templates generate is approved confidently by every rule (false positives are defects).

Rendered in process — no subprocess — for the shapes generation produces: one entity, every
attribute type, fields whose names sound like secrets or settings (password, api_key, token,
verify, timeout), relationships, and an evolution that adds and removes fields. The files are
also written to disk and validated as a folder, so config files (pyproject.toml) count too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Relationship,
)
from baes_tui.sweas.base import Registry
from baes_tui.validation import validate_paths, validate_source
from tests.support.render import write_change

STUDENT = EntitySpec(
    "Student",
    (
        Attribute("name"),
        Attribute("email", AttrType.EMAIL),
        Attribute("age", AttrType.INT, required=False),
    ),
)
ACCOUNT = EntitySpec(
    "Account",
    (
        Attribute("name"),
        Attribute("password"),
        Attribute("api_key"),
        Attribute("token", required=False),
        Attribute("client_secret"),
        Attribute("secret_key"),
        Attribute("authorization"),
        Attribute("verify", AttrType.BOOL),
        Attribute("timeout", AttrType.INT),
        Attribute("shell", AttrType.BOOL, required=False),
        Attribute("query"),
    ),
)
PRODUCT = EntitySpec(
    "Product",
    tuple(Attribute(f"{t.value}_value", t) for t in AttrType)
    + tuple(Attribute(f"maybe_{t.value}", t, required=False) for t in AttrType),
)
TEACHER = EntitySpec("Teacher", (Attribute("name"),))
COURSE = EntitySpec("Course", (Attribute("title"),), (Relationship("many_to_one", "Teacher"),))
ENROLLED = EntitySpec("Student", (Attribute("name"),), (Relationship("many_to_many", "Course"),))


def generate(
    root: Path, before: Registry, after: Registry, intent: Intent = Intent.CREATE_ENTITY
) -> list[tuple[str, str]]:
    """Render a change into `root` as the kernel commits it; returns (path, content) rendered."""
    files = write_change(root, before, after, intent)
    return [(f.path, f.content) for f in files.values()]


def unapproved(rendered: list[tuple[str, str]]) -> list[str]:
    report = []
    for path, content in rendered:
        verdict = validate_source(path, content, early_exit=False)
        if verdict.outcome != "confident_approval":
            report.append(f"{path} ({verdict.kind}): {verdict.outcome}")
            report.extend(f"    {f.rule_id} line {f.line}: {f.message}" for f in verdict.findings)
    return report


@pytest.mark.parametrize(
    "entities",
    [(STUDENT,), (ACCOUNT,), (PRODUCT,), (TEACHER, COURSE, ENROLLED)],
    ids=["student", "secret-sounding-fields", "every-type", "relationships"],
)
def test_every_generated_file_is_approved_confidently(
    tmp_path: Path, entities: tuple[EntitySpec, ...]
) -> None:
    rendered = generate(tmp_path, Registry(), Registry(entities))
    assert not unapproved(rendered), "\n".join(unapproved(rendered))
    on_disk = validate_paths([tmp_path])
    assert {v.outcome for v in on_disk} == {"confident_approval"}, [
        (v.path, v.findings) for v in on_disk if v.outcome != "confident_approval"
    ]
    assert "config" in {v.kind for v in on_disk}


def test_evolution_migrations_and_regenerated_files_are_approved(tmp_path: Path) -> None:
    v1 = Registry((STUDENT,))
    rendered = generate(tmp_path, Registry(), v1)
    v2 = Registry((EntitySpec("Student", (*STUDENT.attributes, Attribute("password"))),))
    rendered += generate(tmp_path, v1, v2, Intent.ADD_FIELDS)
    v3 = Registry((EntitySpec("Student", (STUDENT.attributes[0], Attribute("password"))),))
    rendered += generate(tmp_path, v2, v3, Intent.REMOVE_FIELDS)
    assert any(path.endswith("_rebuild_students.sql") for path, _ in rendered)
    assert not unapproved(rendered), "\n".join(unapproved(rendered))
