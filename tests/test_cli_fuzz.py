"""Fuzzing the CLI: whatever the arguments, stdin or import file, `baes` ends with exit code
0, 1 or 2 and a message — never a traceback, never "internal error" (the catch-all that would
hide one), and a rejected import changes nothing.

Most examples run `main()` in process (fast enough for hundreds of examples); a few run the
real console entry point in a subprocess, where the interpreter itself would print a traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from baes_tui.cli import main
from baes_tui.cli.parser import build_parser

pytestmark = pytest.mark.slow

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Arguments as an OS passes them: any text but NUL; undecodable bytes arrive as surrogates.
ARG_CHARS = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))
ODD_ARGS = st.sampled_from(
    ["-", "@", "@/nonexistent/file", "", " ", "--", "-x", "--json", "9" * 30, "-1", "0",
     "nan", "1e400", "inf", "\udcff\udcfe", "ünïcödé", "DROP TABLE x;", "a" * 3000,
     "create student with name", "Remove the age field from student", "{}", "[]"]
)  # fmt: skip
TEXT = st.one_of(st.text(ARG_CHARS, max_size=40), ODD_ARGS)
NUMBER = st.one_of(
    st.integers(-(2**70), 2**70).map(str), st.sampled_from(["abc", "1.5", "", "-0", "1e9"])
)
STDIN = st.one_of(st.binary(max_size=300), st.just(b"create a course with title"))


def _argv(draw: st.DrawFn, files: dict[str, str]) -> list[str]:
    path = st.sampled_from([files["file"], files["dir"], files["missing"], files["json"]])
    command = draw(
        st.sampled_from(
            ["recognize", "generate", "validate", "review", "cache", "metrics", "doctor", "junk"]
        )
    )
    args: list[str]
    if command == "recognize":
        args = ["recognize", draw(st.one_of(TEXT, st.just("-"), path.map(lambda p: "@" + p)))]
    elif command == "generate":
        args = ["generate", draw(TEXT), "--no-run-tests"]
        args += draw(st.lists(st.sampled_from(["--yes", "--json"]), max_size=2))
    elif command == "validate":
        args = ["validate", *draw(st.lists(st.one_of(path, TEXT), max_size=3))]
    elif command == "review":
        action = draw(st.sampled_from(["list", "approve", "reject", "bogus"]))
        args = ["review", action]
        if action in ("approve", "reject"):
            args.append(draw(NUMBER))
            args += draw(st.sampled_from([[], ["--note"], ["--note", "why not"], ["--note", ""]]))
        if action == "list":
            args += draw(st.sampled_from([[], ["--all"], ["--outcome", "uncertain"], ["--x"]]))
    elif command == "cache":
        action = draw(
            st.sampled_from(
                ["stats", "list", "export", "import", "invalidate", "cleanup", "warm", "?"]
            )
        )
        args = ["cache", action]
        if action == "list":
            args += draw(
                st.lists(
                    st.sampled_from(["--search", "--limit", "--offset", "--sort"]).flatmap(
                        lambda o: st.tuples(st.just(o), st.one_of(NUMBER, TEXT))
                    ),
                    max_size=3,
                ).map(lambda pairs: [x for pair in pairs for x in pair])
            )
        elif action in ("export", "import"):
            args.append(draw(st.one_of(path, TEXT)))
            if action == "import":
                args += draw(st.sampled_from([[], ["--on-existing", "replace"], ["--on-existing"]]))
        elif action == "invalidate":
            args += draw(
                st.sampled_from(
                    [[], ["--all"], ["--entity", "Student"], ["--key", "x"], ["--all", "--key"]]
                )
            )
        elif action == "cleanup":
            args += draw(st.sampled_from([[], ["--max-age-days"]])) + draw(
                st.lists(NUMBER, max_size=1)
            )
    elif command == "metrics":
        args = ["metrics", *draw(st.lists(st.sampled_from(["--csv", "--json"]), max_size=2))]
    elif command == "doctor":
        args = ["doctor"]
    else:
        args = draw(st.lists(TEXT, max_size=4))
    args += draw(st.lists(st.sampled_from(["--json"]), max_size=1))
    return args


@contextlib.contextmanager
def _workspace_dirs() -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="baes-fuzz-") as tmp:
        root = Path(tmp)
        (root / "data").mkdir()
        (root / "dir").mkdir()
        (root / "dir" / "app.py").write_text("def f(x):\n    return eval(x)\n")
        (root / "file.txt").write_bytes(b"create a student with name\xff\xfe")
        (root / "export.json").write_text('{"format": "baes-recognition-cache"}')
        yield {
            "root": tmp,
            "data": str(root / "data"),
            "project": str(root / "project"),
            "file": str(root / "file.txt"),
            "dir": str(root / "dir"),
            "missing": str(root / "missing" / "x"),
            "json": str(root / "export.json"),
        }


def _run_in_process(
    argv: list[str], stdin: bytes = b"", cwd: str | None = None
) -> tuple[int, str, str]:
    """Run `main(argv)` in a scratch working directory (a relative path drawn by the fuzzer,
    `cache export 'µ'` say, is written there, not into the checkout)."""
    out, err = io.StringIO(), io.StringIO()
    real_stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with (
            tempfile.TemporaryDirectory(prefix="baes-fuzz-cwd-")
            if cwd is None
            else contextlib.nullcontext(cwd) as where,
            contextlib.chdir(where),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = real_stdin
    return code, out.getvalue(), err.getvalue()


def _opens_the_tui(argv: list[str]) -> bool:
    """`baes` without a subcommand opens the terminal UI: not a command-line case."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return build_parser().parse_args(argv).command is None
        except SystemExit:
            return False


def _assert_no_crash(code: int, err: str, argv: list[str]) -> None:
    assert code in (0, 1, 2), (code, argv, err)
    assert "Traceback" not in err, (argv, err)
    assert "internal error" not in err, (argv, err)


@pytest.fixture(scope="module", autouse=True)
def _no_generated_test_runs() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BAES_RUN_TESTS", "false")
        yield


@FUZZ
@given(
    data=st.data(),
    stdin=STDIN,
    place=st.sampled_from(["before", "after", "bad-data-dir", "long-data-dir", "long-project"]),
)
def test_any_command_line_ends_with_a_message_and_an_exit_code(
    data: st.DataObject, stdin: bytes, place: str
) -> None:
    with _workspace_dirs() as dirs:
        args = data.draw(st.builds(lambda: None).flatmap(lambda _: st.composite(_argv)(dirs)))
        data_dir = dirs["file"] + "/data" if place == "bad-data-dir" else dirs["data"]
        project = dirs["project"]
        if place == "long-data-dir":  # a name the file system refuses (ENAMETOOLONG)
            data_dir = f"{dirs['root']}/{'d' * 300}"
        if place == "long-project":
            project = f"{dirs['root']}/{'p' * 300}"
        common = ["--data-dir", data_dir, "--project", project]
        argv = [*common, *args] if place == "before" else [*args, *common]
        assume(not _opens_the_tui(argv))
        code, _out, err = _run_in_process(argv, stdin, cwd=dirs["root"])
        _assert_no_crash(code, err, argv)


# --- import files ------------------------------------------------------------------------------
def _valid_record(key: str) -> dict[str, Any]:
    return {
        "key": key,
        "original_request": f"create a {key}",
        "normalizer_id": "wordnet-v1",
        "source": "rules",
        "hit_count": 1,
        "created_at": "2026-01-01T12:00:00.000000+00:00",
        "stored_at": "2026-01-01T12:00:00.000000+00:00",
        "last_hit_at": None,
        "recognition": {
            "request": f"create a {key}",
            "intent": "create_entity",
            "confidence": 0.9,
            "entity": {"name": "Student", "attributes": [], "relationships": []},
        },
    }


JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["\ud800", "\udfff", "create_entity", "Student", "wordnet-v1", "rules"]),
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def import_documents(draw: st.DrawFn) -> str:
    """A valid export with a few parts replaced by anything JSON (or JSON-like) can hold."""
    document: dict[str, Any] = {
        "format": "baes-recognition-cache",
        "schema": 2,
        "entries": [_valid_record(f"k{i}") for i in range(draw(st.integers(0, 3)))],
    }
    for _ in range(draw(st.integers(0, 3))):
        target: Any = document
        path = draw(
            st.lists(st.sampled_from(["entries", 0, "recognition", "entity", "attributes"]),
                     max_size=4)
        )  # fmt: skip
        for step in path:
            in_dict = isinstance(target, dict) and isinstance(step, str) and step in target
            in_list = isinstance(target, list) and isinstance(step, int) and step < len(target)
            if not (in_dict or in_list):
                break
            child = target[step]
            if not isinstance(child, dict | list):
                break
            target = child
        value = draw(JSON_VALUE)
        if isinstance(target, dict):
            target[draw(st.sampled_from([*target.keys(), "extra"]))] = value
        elif target:
            target[draw(st.integers(0, len(target) - 1))] = value
    text = json.dumps(document, allow_nan=True)
    cut = draw(st.sampled_from([None, None, None, "truncate", "nest"]))
    if cut == "truncate":
        text = text[: draw(st.integers(0, max(0, len(text) - 1)))]
    elif cut == "nest":
        depth = draw(st.sampled_from([33, 1000, 60_000]))
        text = text.replace('"entries": [', '"entries": [' + "[" * depth + "]" * depth + ", ", 1)
    return text


def _rows(db: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT normalized_request_key, hit_count, recognition_json FROM recognition_cache"
            " ORDER BY normalized_request_key"
        ).fetchall()


@pytest.fixture(scope="module")
def seeded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose cache holds two imported entries (k0 and seed): made once, copied into
    each example (importing the seed again per example doubled the test's time)."""
    root = tmp_path_factory.mktemp("seeded")
    data = root / "data"
    seed = root / "seed.json"
    records = [_valid_record("k0"), _valid_record("seed")]
    seed.write_text(
        json.dumps({"format": "baes-recognition-cache", "schema": 2, "entries": records})
    )
    assert _run_in_process(["cache", "import", str(seed), "--data-dir", str(data)])[0] == 0
    assert [row[0] for row in _rows(data / "cache.db")] == ["k0", "seed"]
    return data


@FUZZ
@given(text=import_documents(), on_existing=st.sampled_from(["keep", "replace"]))
def test_any_import_file_is_imported_or_refused_whole(
    text: str, on_existing: str, seeded_data_dir: Path
) -> None:
    with _workspace_dirs() as dirs:
        data = Path(dirs["data"])
        shutil.copytree(seeded_data_dir, data, dirs_exist_ok=True)
        before = _rows(data / "cache.db")
        candidate = Path(dirs["root"]) / "candidate.json"
        candidate.write_bytes(text.encode("utf-8", "surrogatepass"))
        argv = ["cache", "import", str(candidate), "--on-existing", on_existing, "--json"]
        code, out, err = _run_in_process([*argv, "--data-dir", str(data)])
        _assert_no_crash(code, err, argv)
        after = _rows(data / "cache.db")
        if code == 0:
            report = json.loads(out)
            assert report["new"] + report["replaced"] + report["kept"] >= 0
            assert {r[0] for r in before} <= {r[0] for r in after}
            if on_existing == "keep":
                kept = {r[0]: r for r in after}
                assert all(kept[r[0]] == r for r in before)
        else:
            assert code == 2 and str(candidate) in err
            assert after == before


# --- the real entry point -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["recognize", "\udcff\udcfe bytes that are not UTF-8"],
        ["cache", "import", "/dev/null"],
        ["cache", "list", "--limit", "99999999999999999999999"],
        ["review", "approve", "99999999999999999999999"],
        ["generate", "-", "--no-run-tests"],
        ["--data-dir"],
        ["metrics", "--csv"],
    ],
)
def test_the_console_script_never_prints_a_traceback(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "BAES_DATA_DIR": str(tmp_path / "data"), "BAES_RUN_TESTS": "false"}
    env["BAES_PROJECT"] = str(tmp_path / "project")
    argv = [sys.executable, "-m", "baes_tui", *(os.fsencode(a) for a in args)]
    done = subprocess.run(
        argv, input=b"\xff\xfe\x00 not a request", capture_output=True, env=env, timeout=120
    )
    err = done.stderr.decode("utf-8", "replace")
    _assert_no_crash(done.returncode, err, args)


def test_json_floats_of_the_fuzzer_round_trip() -> None:
    """The fuzzer writes NaN and infinities as JSON's extensions, which the reader refuses."""
    assert "NaN" in json.dumps([math.nan]) and "Infinity" in json.dumps([math.inf])
