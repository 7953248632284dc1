"""`baes recognize … --json > spec.json`, edit, `baes generate --spec spec.json`: a person
corrects what was understood before it runs — as a script does it, with a real `baes`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import baes

pytestmark = pytest.mark.slow

STUDENTS = "Create a system to manage students with name, email, and age"
KITCHEN = "Keep the kitchen stuff organised please"


def recognized(data_dir: Path, request: str) -> dict:
    done = baes("recognize", request, "--json", data_dir=data_dir)
    return json.loads(done.stdout)


def test_an_edited_spec_runs_as_written(data_dir: Path, tmp_path: Path) -> None:
    spec = recognized(data_dir, STUDENTS)
    spec["entities"][0]["attributes"].append({"name": "class", "type": "int", "required": False})
    spec["entities"][0]["attributes"].append({"name": "enrolled on", "type": "date"})
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    project = tmp_path / "school"
    done = baes(
        "generate", "--spec", str(tmp_path / "spec.json"), "--project", str(project),
        "--no-run-tests", "--json", data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["status"] == "completed", result["error"]
    fields = {a["name"]: a["type"] for a in result["entity"]["attributes"]}
    # A typed name passes the same safe-name rule as a recognized one.
    assert fields["class_value"] == "int" and fields["enrolled_on"] == "date"
    assert "field name 'class' is used as class_value" in done.stderr
    assert result["request"] == STUDENTS and result["tokens"] == 0
    assert "class_value" in (project / "app/models/student.py").read_text()


def test_a_bad_spec_lists_every_problem_and_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    spec = {
        "request": "x",
        "intent": "make_things",
        "entities": [
            {
                "name": "123",
                "attributes": [{"name": "size", "type": "text"}, {"name": "id"}],
                "relationships": [{"kind": "one_to_one", "target": "Shelf"}],
            },
            {"name": "Item", "attributes": [], "relationships": [{"kind": "many_to_one",
                                                                    "target": "Nowhere"}]},
        ],
    }  # fmt: skip
    (tmp_path / "bad.json").write_text(json.dumps(spec))
    project = tmp_path / "p"
    done = baes(
        "generate", "--spec", str(tmp_path / "bad.json"), "--project", str(project),
        "--no-run-tests", data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 2
    err = done.stderr
    assert "the spec cannot be used" in err
    assert "'make_things'" in err  # the intent
    assert "entities[0]: " in err and "no letters" in err  # the name
    assert "type 'text' is not supported" in err  # the type
    assert "primary key id" in err  # a field every entity has
    assert "kind 'one_to_one'" in err  # the relationship kind
    assert "Item links to Nowhere" in err  # the target
    assert not project.exists()


def test_a_spec_with_a_request_runs_the_spec_and_records_the_request(
    data_dir: Path, tmp_path: Path
) -> None:
    spec = {
        "request": "something else entirely",
        "intent": "create_entity",
        "entities": [{"name": "Pantry Item", "attributes": [{"name": "name"}, {"name": "qty",
                                                                          "type": "int"}]}],
    }  # fmt: skip
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    done = baes(
        "generate", KITCHEN, "--spec", str(tmp_path / "spec.json"),
        "--project", str(tmp_path / "p"), "--no-run-tests", "--json", data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["request"] == KITCHEN
    assert result["entity"]["name"] == "PantryItem"
    # The person's reading is remembered for those words.
    again = recognized(data_dir, KITCHEN)
    assert (again["cache"], again["source"], again["entity"]["name"]) == (
        "hit", "human", "PantryItem",
    )  # fmt: skip


def test_generate_needs_a_request_or_a_spec_and_says_so(data_dir: Path, tmp_path: Path) -> None:
    neither = baes("generate", data_dir=data_dir)
    assert neither.returncode == 2 and "--spec FILE" in neither.stderr
    (tmp_path / "broken.json").write_text('{"intent": "create_entity",')
    broken = baes("generate", "--spec", str(tmp_path / "broken.json"), data_dir=data_dir)
    assert broken.returncode == 2 and "not valid JSON" in broken.stderr
    missing = baes("generate", "--spec", str(tmp_path / "nope.json"), data_dir=data_dir)
    assert missing.returncode == 2 and "cannot read spec file" in missing.stderr
