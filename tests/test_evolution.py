"""A project grown in six requirement documents through `baes generate`, as a person would.

Each step is recognized, planned, generated, tested by its own suite and committed by the real
CLI in a subprocess; then the generated app is served by uvicorn on a free loopback port over
one database file that every step shares. After every step: the app starts, every row written
in an earlier step is still there, and create / read / update / delete work over HTTP,
relationships included.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.served import serve

pytestmark = pytest.mark.slow

STEPS = (
    """Workshop booking service - first version

Requirements:
- Workshop entity with just:
  - title
  - starts on (date)
  - seats (integer)
- Responses are JSON and the tables are created at start-up.
- Write tests for every endpoint.""",
    """Workshop booking service - prices

Requirements:
- The Workshop entity gets one more field:
  - price (decimal, optional)
- Workshops stored before this change must survive it.
- Keep the existing tests green.""",
    """Workshop booking service - participants

Requirements:
- Participant entity with just:
  - full name
  - email
  - company (optional)
- Existing workshops must not be touched.
- Add tests for the participant endpoints.""",
    """Workshop booking service - enrolments

Requirements:
- Many-to-many between participants and workshops.
- Do not add any fields.
- Every stored row must survive the migration.""",
    """Workshop booking service - trainers

Requirements:
- Trainer entity with just:
  - name
  - email
  - hourly rate (money)
- Data already stored must be kept.
- Tests for the trainer endpoints.""",
    """Workshop booking service - who teaches what

Requirements:
- Each workshop is led by exactly one trainer.
- No other schema changes.
- Existing workshops, participants and trainers must survive.""",
)


def generate(tmp_path: Path, step: int) -> dict[str, Any]:
    """Run one step through the real CLI (its generated tests included)."""
    request = tmp_path / f"step{step}.md"
    request.write_text(STEPS[step - 1], encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "baes_tui",
            "--data-dir",
            str(tmp_path / "data"),
            "--project",
            str(tmp_path / "project"),
            "generate",
            f"@{request}",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["status"] == "completed", result
    assert result["tests"] and result["tests"]["failed"] == 0 and result["tests"]["passed"] > 0
    return result


def crud(http: httpx.Client, path: str, body: dict[str, Any], change: dict[str, Any]) -> int:
    """Create, read, replace and delete one throw-away row; return the id of a kept one."""
    kept = http.post(path, json=body)
    assert kept.status_code == 201, kept.text
    temp = http.post(path, json=body)
    assert temp.status_code == 201, temp.text
    url = f"{path}/{temp.json()['id']}"
    assert http.get(url).json() == temp.json()
    replaced = http.put(url, json={**body, **change})
    assert replaced.status_code == 200, replaced.text
    assert all(replaced.json()[k] == v for k, v in change.items())
    assert http.delete(url).status_code == 204
    assert http.get(url).status_code == 404
    return int(kept.json()["id"])


def names(http: httpx.Client, path: str, key: str) -> list[str]:
    response = http.get(path)
    assert response.status_code == 200, response.text
    return [row[key] for row in response.json()]


def test_six_requirement_documents_grow_one_project_and_keep_its_rows(tmp_path: Path) -> None:
    root, database = tmp_path / "project", tmp_path / "kept.db"
    workshop = {"title": "Intro to SQL", "starts_on": "2027-03-01", "seats": 12}

    first = generate(tmp_path, 1)
    assert [e["name"] for e in first["entities"]] == ["Workshop"]
    with serve(root, database) as http:
        crud(http, "/api/workshops", workshop, {"seats": 15})
        assert names(http, "/api/workshops", "title") == ["Intro to SQL"]

    second = generate(tmp_path, 2)
    assert second["intent"] == "add_fields"
    with serve(root, database) as http:
        assert names(http, "/api/workshops", "title") == ["Intro to SQL"]
        assert http.get("/api/workshops").json()[0]["price"] is None
        crud(http, "/api/workshops", {**workshop, "title": "Git", "price": "49.50"}, {"seats": 8})
        assert names(http, "/api/workshops", "title") == ["Intro to SQL", "Git"]

    generate(tmp_path, 3)
    participant = {"full_name": "Ada Lovelace", "email": "ada@example.com"}
    with serve(root, database) as http:
        assert names(http, "/api/workshops", "title") == ["Intro to SQL", "Git"]
        crud(http, "/api/participants", participant, {"company": "Analytical Engines"})

    fourth = generate(tmp_path, 4)
    assert fourth["intent"] == "add_relationship"
    with serve(root, database) as http:
        assert names(http, "/api/workshops", "title") == ["Intro to SQL", "Git"]
        assert names(http, "/api/participants", "full_name") == ["Ada Lovelace"]
        ada = http.get("/api/participants").json()[0]["id"]
        for workshop_row in http.get("/api/workshops").json():
            link = f"/api/participants/{ada}/workshops/{workshop_row['id']}"
            assert http.put(link).status_code == 204
        linked = http.get(f"/api/participants/{ada}/workshops").json()
        assert [w["title"] for w in linked] == ["Intro to SQL", "Git"]
        crud(http, "/api/participants", {**participant, "email": "b@example.com"}, {})

    generate(tmp_path, 5)
    trainer = {"name": "Grace Hopper", "email": "grace@example.com", "hourly_rate": "120.00"}
    with serve(root, database) as http:
        assert names(http, "/api/workshops", "title") == ["Intro to SQL", "Git"]
        ada = http.get("/api/participants").json()[0]["id"]
        assert len(http.get(f"/api/participants/{ada}/workshops").json()) == 2
        grace = crud(http, "/api/trainers", trainer, {"hourly_rate": "130.00"})

    sixth = generate(tmp_path, 6)
    assert sixth["intent"] == "add_relationship"
    assert any(
        r == {"kind": "many_to_one", "target": "Trainer"}
        for e in sixth["entities"]
        for r in e["relationships"]
    )
    with serve(root, database) as http:
        rows = http.get("/api/workshops").json()
        assert [(w["title"], w["trainer_id"]) for w in rows] == [
            ("Intro to SQL", None),
            ("Git", None),
        ]
        assert names(http, "/api/trainers", "name") == ["Grace Hopper"]
        ada = http.get("/api/participants").json()[0]["id"]
        assert len(http.get(f"/api/participants/{ada}/workshops").json()) == 2
        first_id = rows[0]["id"]
        assigned = http.put(
            f"/api/workshops/{first_id}",
            json={**workshop, "trainer_id": grace},
        )
        assert assigned.status_code == 200, assigned.text
        assert http.get(f"/api/workshops/{first_id}").json()["trainer_id"] == grace
        crud(http, "/api/workshops", {**workshop, "title": "Docker", "trainer_id": grace}, {})
        # the trainer is referenced now: deleting it is refused, nothing is lost
        assert http.delete(f"/api/trainers/{grace}").status_code == 409
