"""What `baes generate` and `baes review list` print for people: tables with headers and
percentages, each note once — never a Python dict or a raw fraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from baes_tui.cli import main
from baes_tui.cli.io import table

CUSTOMERS = "Each enrollment belongs to one customer"
ORDERS = "Create a system to manage orders with total; send an email when an order is placed"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_generate_prints_a_table_of_what_ran_and_each_note_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = str(tmp_path / "school")
    code, out, err = run(capsys, "generate", CUSTOMERS, "--project", project, "--no-run-tests")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("completed in ") and lines[0].endswith(f"files in {project}")
    header = next(line for line in lines if line.startswith("wave"))
    assert header.split() == ["wave", "task", "status", "time", "files"]
    tasks = [line.split()[1] for line in lines[lines.index(header) + 1 :] if line[:4].strip()]
    assert {"database_schema", "frontend_ui", "backend_api", "integration_tests"} <= set(tasks)
    assert "verdicts: " in out and "approved (100%)" in out
    assert "tests: not run" in out
    assert "{" not in out and "0." not in out, "no dicts, no raw fractions"
    notes = [line for line in err.splitlines() if "Customer did not exist" in line]
    assert notes == [line for line in notes if line.startswith("note: ")] and len(notes) == 1


def test_generate_says_what_waits_for_review_and_review_list_is_a_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = str(tmp_path / "shop")
    code, out, _err = run(capsys, "generate", ORDERS, "--project", project, "--no-run-tests")
    assert code == 0
    assert out.startswith("needs review in ")
    assert "review: 1 item waiting: `baes review list`" in out

    code, out, err = run(capsys, "review", "list", "--project", project)
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["id", "status", "outcome", "entity", "file", "rules", "why"]
    assert row.startswith("#1  open    uncertain  Order   (custom logic)")
    assert "send an email when an order is placed" in row
    assert "--all" in err

    run(capsys, "review", "approve", "1", "--project", project)
    code, out, err = run(capsys, "review", "list", "--project", project)
    assert out == "" and "nothing to review" in err
    code, out, _err = run(capsys, "review", "list", "--project", project, "--all")
    assert "approved" in out.splitlines()[1]


def test_a_table_right_aligns_numbers_and_cuts_only_to_a_given_width() -> None:
    text = table(("task", "time", "share"), [("a", "5 ms", "7%"), ("longer", "120 ms", "93%")])
    assert text.splitlines() == [
        "task      time  share",
        "a         5 ms     7%",
        "longer  120 ms    93%",
    ]
    cut = table(("why",), [("x" * 50,)], width=20)
    assert cut.splitlines()[1] == "x" * 19 + "…"
