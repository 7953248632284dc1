"""`baes recognize` as a person or a script uses it: real subprocesses, real data dirs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DOCUMENT = """Write a REST service in Python for a Warehouse entity.

Requirements:
- Keep the code organised the way Python web projects usually are
- Warehouse entity with just:
  - code (string, required)
  - city (string, required)
- Responses are JSON
- Tables are created when the app starts
- Existing warehouse rows must be kept by every later change
"""


def baes(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "baes_tui", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


@pytest.mark.slow
def test_a_requirement_document_gives_its_entity_and_keeps_the_constraints(
    data_dir: Path,
) -> None:
    done = baes(data_dir, "recognize", "-", "--json", stdin=DOCUMENT)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["status"] == "recognized" and answer["intent"] == "create_entity"
    assert answer["entities"] == [
        {
            "name": "Warehouse",
            "attributes": [
                {"name": "code", "type": "str", "required": True},
                {"name": "city", "type": "str", "required": True},
            ],
            "relationships": [],
        }
    ]
    assert answer["entity"] == answer["entities"][0]
    assert "Responses are JSON" in answer["business_rules"]
    assert "Existing warehouse rows must be kept by every later change" in answer["business_rules"]


@pytest.mark.slow
def test_a_multi_entity_request_lists_every_entity(data_dir: Path) -> None:
    request = (
        "Manage products with name, price and stock, and orders with quantity and order date; "
        "a product can have orders"
    )
    done = baes(data_dir, "recognize", request, "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert [e["name"] for e in answer["entities"]] == ["Product", "Order"]
    assert answer["entities"][0]["relationships"] == [{"kind": "many_to_many", "target": "Order"}]
    assert any("one-to-many" in note for note in answer["notes"])
    human = baes(data_dir, "recognize", request)
    assert "entities:" in human.stdout and "Order" in human.stdout
    assert "notes:" in human.stdout


@pytest.mark.slow
def test_a_vague_request_asks_and_exits_2(data_dir: Path) -> None:
    done = baes(data_dir, "recognize", "make it better", "--json")
    assert done.returncode == 2
    answer = json.loads(done.stdout)
    assert answer["status"] == "needs_clarification" and answer["missing"]
    assert answer["notes"], "the person is told what to say instead"
    assert "needs clarification" in done.stderr
    stats = baes(data_dir, "cache", "stats", "--json")
    assert json.loads(stats.stdout)["entries"] == 0, "an unclear request is never cached"


@pytest.mark.slow
def test_a_dropped_word_is_named_in_the_output(data_dir: Path) -> None:
    done = baes(data_dir, "recognize", "Create badges with an id, a name and a colour")
    assert done.returncode == 0, done.stderr
    assert "not added as a field: 'an id'" in done.stdout


@pytest.mark.slow
def test_accents_invisible_characters_and_emoji_read_and_hit_like_plain_words(
    data_dir: Path,
) -> None:
    """Issue 11: the same request however it was typed is one reading and one cache entry."""
    variants = [
        "Create a system to manage students with ñame, émail, and age",
        "Create a sys\u200btem to manage stu\u200ddents with na\x00me, email, and age",
        "Create a system to manage 🎓 students with 📛 name, 📧 email, and age",
        "Create a system to manage students with name, email, and age",
    ]
    answers = []
    for request in variants:
        done = baes(data_dir, "recognize", "-", "--json", stdin=request)
        assert done.returncode == 0, (request, done.stderr)
        answers.append(json.loads(done.stdout))
    assert {json.dumps(a["entities"]) for a in answers} == {
        json.dumps(
            [
                {
                    "name": "Student",
                    "attributes": [
                        {"name": "name", "type": "str", "required": True},
                        {"name": "email", "type": "email", "required": True},
                        {"name": "age", "type": "int", "required": True},
                    ],
                    "relationships": [],
                }
            ]
        )
    }
    assert [a["cache"] for a in answers] == ["miss", "hit", "hit", "hit"]
    assert {a["normalized_key"] for a in answers} == {"create student name email age"}


@pytest.mark.slow
def test_id_and_table_as_field_names_follow_the_rule_and_folded_twins_are_refused(
    data_dir: Path,
) -> None:
    done = baes(data_dir, "recognize", "Create a system to manage orders with id, table, and total")
    assert done.returncode == 0, done.stderr
    assert "table_value: str" in done.stdout and "total: decimal" in done.stdout
    assert "not added as a field: 'id'" in done.stdout and "every entity has its id" in done.stdout
    twins = baes(data_dir, "recognize", "Create a system to manage students with name and ñame")
    assert twins.returncode == 2
    assert "'name' and 'ñame' both become the field name 'name'" in twins.stderr
    assert "Traceback" not in twins.stderr
