"""The core knows no screen, and heavy imports stay off the start-up path."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import baes_tui

HEADLESS_PACKAGES = (
    "baes_tui.core",
    "baes_tui.recognition",
    "baes_tui.llm",
    "baes_tui.sweas",
    "baes_tui.validation",
    "baes_tui.runs",
    "baes_tui.cli",
)


def headless_modules() -> list[str]:
    names = ["baes_tui.workspace", "baes_tui.diagnostics"]
    for info in pkgutil.walk_packages(baes_tui.__path__, "baes_tui."):
        if info.name.startswith(HEADLESS_PACKAGES):
            names.append(info.name)
    return sorted(names)


def _loaded_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(out.stdout.split())


def _has_textual(loaded: set[str]) -> bool:
    return any(name == "textual" or name.startswith("textual.") for name in loaded)


# One interpreter imports every library the headless modules load (never textual: checked
# first), then forks a child per module that imports that module alone, as a fresh interpreter
# would, and reports what it loaded. A fresh interpreter per module (the check's first form)
# paid start-up and every library's import 114 times: ~45 s under load.
_IMPORT_EACH = """
import importlib, json, os, sys, traceback
libraries, modules = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for name in libraries:
    try:
        importlib.import_module(name)
    except Exception:
        pass  # the child then imports it as a fresh interpreter would
results = {}
for module in modules:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            importlib.import_module(module)
            answer = {"loaded": sorted(sys.modules)}
        except BaseException:
            answer = {"error": traceback.format_exc()}
        with os.fdopen(write, "w") as out:
            json.dump(answer, out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as got:
        text = got.read()
    os.waitpid(pid, 0)
    results[module] = json.loads(text) if text else {"error": "the child died silently"}
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def loaded_by_each_module() -> dict[str, dict[str, object]] | None:
    """Per headless module, what importing it alone loads (or the error); None where this
    cannot be told in one interpreter (textual among the libraries, or no fork)."""
    modules = headless_modules()
    together = subprocess.run(
        [sys.executable, "-c", f"import sys, {', '.join(modules)}; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    if together.returncode != 0 or not hasattr(os, "fork"):
        return None
    loaded = set(together.stdout.split())
    if _has_textual(loaded):
        return None  # each module's own interpreter names the culprit
    libraries = sorted({name.split(".")[0] for name in loaded} - {"baes_tui", "__main__"})
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, json.dumps(libraries), json.dumps(modules)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


@pytest.mark.parametrize("module", headless_modules())
def test_headless_module_never_imports_textual(
    module: str, loaded_by_each_module: dict[str, dict[str, object]] | None
) -> None:
    if loaded_by_each_module is None:
        loaded = _loaded_after_import(module)
    else:
        answer = loaded_by_each_module[module]
        assert "error" not in answer, answer.get("error")
        loaded = set(answer["loaded"])  # type: ignore[arg-type]
    assert module in loaded
    assert not _has_textual(loaded)


def test_cli_start_up_defers_heavy_imports() -> None:
    """`baes --help` must not pay for inflect, nltk, fastapi or textual."""
    loaded = _loaded_after_import("baes_tui.cli")
    for heavy in ("inflect", "nltk", "fastapi", "textual", "jinja2"):
        assert heavy not in loaded, f"{heavy} is imported at CLI start-up"


# --- start-up: what each everyday command loads (issue 11) -------------------------------------
REQUEST = "Create a system to manage students with name, email, and age"
_RUN_CLI = """
import sys
from baes_tui.cli import main
try:
    code = main(sys.argv[2:])
except SystemExit as exc:  # --help
    code = exc.code
with open(sys.argv[1], "w") as fh:
    fh.write("\\n".join(sys.modules))
sys.exit(code)
"""
NEVER_AT_START = ("textual", "fastapi", "uvicorn", "httpx", "jinja2", "nltk", "inflect")


def _loaded_by_cli(tmp_path: Path, *args: str) -> set[str]:
    listing = tmp_path / "modules.txt"
    env = {**os.environ, "BAES_DATA_DIR": str(tmp_path / "data")}
    env["BAES_PROJECT"] = str(tmp_path / "project")
    done = subprocess.run(
        [sys.executable, "-c", _RUN_CLI, str(listing), *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return set(listing.read_text().split())


def _top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.mark.slow
def test_help_loads_the_parser_and_nothing_of_the_core(tmp_path: Path) -> None:
    loaded = _loaded_by_cli(tmp_path, "--help")
    for heavy in (*NEVER_AT_START, "asyncio", "sqlite3", "aiosqlite", "platformdirs"):
        assert heavy not in _top_level(loaded), f"`baes --help` imports {heavy}"
    assert "baes_tui.workspace" not in loaded


@pytest.mark.slow
@pytest.mark.parametrize("command", [("metrics",), ("review", "list")])
def test_metrics_and_review_open_no_cache_and_no_recognizer(tmp_path: Path, command) -> None:
    loaded = _loaded_by_cli(tmp_path, *command)
    assert not _top_level(loaded) & {*NEVER_AT_START, "aiosqlite"}
    for module in ("recognition.cache.store", "recognition.recognizer", "recognition.service"):
        assert f"baes_tui.{module}" not in loaded, f"{command} imports {module}"


@pytest.mark.slow
def test_cache_stats_loads_the_cache_but_no_recognizer(tmp_path: Path) -> None:
    loaded = _loaded_by_cli(tmp_path, "cache", "stats")
    assert not _top_level(loaded) & set(NEVER_AT_START)
    assert "baes_tui.recognition.cache.store" in loaded
    assert "baes_tui.recognition.recognizer" not in loaded


@pytest.mark.slow
def test_a_warm_recognize_loads_no_wordnet_and_no_generator(tmp_path: Path) -> None:
    """The second `baes recognize` of a request: a cache hit from remembered lemmas."""
    first = _loaded_by_cli(tmp_path, "recognize", REQUEST)
    assert "nltk" in _top_level(first)  # a cold lemma memory asks WordNet
    warm = _loaded_by_cli(tmp_path, "recognize", REQUEST)
    assert not _top_level(warm) & set(NEVER_AT_START)
    assert not any(name.startswith(("baes_tui.runs", "baes_tui.sweas")) for name in warm)


@pytest.mark.slow
def test_a_hit_on_words_the_rules_already_read_imports_no_rules(tmp_path: Path) -> None:
    """The rules stored this reading of these very words: the hit need not read them again."""
    first = _loaded_by_cli(tmp_path, "recognize", REQUEST)
    assert "baes_tui.recognition.recognizer" in first  # a miss reads with the rules
    again = _loaded_by_cli(tmp_path, "recognize", REQUEST)
    rules = {"recognizer", "read", "assemble", "clauses", "fields", "confidence", "text"}
    assert not {f"baes_tui.recognition.{name}" for name in rules} & again
    # Other words under the same key are read again before the stored answer is trusted.
    reworded = _loaded_by_cli(tmp_path, "recognize", REQUEST.upper())
    assert "baes_tui.recognition.recognizer" in reworded


@pytest.mark.slow
def test_an_up_to_date_generate_loads_no_generator_and_no_wordnet(tmp_path: Path) -> None:
    first = _loaded_by_cli(tmp_path, "generate", REQUEST, "--no-run-tests")
    assert "jinja2" in _top_level(first)  # the first run renders the templates
    again = _loaded_by_cli(tmp_path, "generate", REQUEST, "--no-run-tests")
    assert not _top_level(again) & set(NEVER_AT_START)
    assert not any(name.startswith("baes_tui.validation") for name in again)
    assert "baes_tui.sweas.templates" not in again
