"""First reads kept whole: how the recognizer read new cases before anyone tuned on them.

A first read used to be stored as the feature values of its day, so a feature added later was
0 in every old row and could neither be fitted nor checked on the only sample of unseen
wording there is. A row now keeps what the features are computed from — the request, the
cleaned text, the draft and the recognition — and the features are recomputed from them with
today's code (`features`). Rows stored before that are brought up to date by `replay`, which
reads their requests again with the recognizer of the commit that first read them (a throwaway
git worktree, the current interpreter), so the read stays the *first* one.

A draft is serialised field by field; a field an older recognizer did not have is left at its
default when the draft is rebuilt, a field it had that today's Draft lacks is ignored.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import fields
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from baes_tui.core.models import EntitySpec, Intent
from baes_tui.recognition import confidence
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.fields import Dropped
from baes_tui.recognition.text import Cleaned

REPO = Path(__file__).resolve().parent.parent

# Runs inside the old commit's tree (its own baes_tui on sys.path): reads (id, request) pairs
# on stdin, writes one JSON object per request. Only APIs every recorded commit has are used.
_DUMP = r"""
import dataclasses, enum, json, sys
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.text import clean

def plain(value):
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return str(value.value)
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain(v) for v in value]
        return sorted(items) if isinstance(value, (set, frozenset)) else items
    return value

recognizer = Recognizer()
normalizer = FallbackNormalizer()
for cid, request in json.load(sys.stdin):
    cleaned = clean(request)
    got = recognizer.recognize(request, normalizer=normalizer, threshold=0.0)
    draft = recognizer.draft(cleaned)
    print(json.dumps({
        "id": cid,
        "request": request,
        "cleaned": plain(cleaned),
        "draft": plain(draft),
        "recognition": {
            "status": got.status,
            "intent": str(got.intent),
            "entities": [e.to_dict() for e in got.entities],
        },
    }))
"""


def read_now(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Today's read of (id, request) pairs, in the stored form."""
    return _run_dump(pairs, REPO)


def read_at(commit: str, pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The read of (id, request) pairs by the recognizer of `commit`."""
    with tempfile.TemporaryDirectory(prefix="first-reads-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
        try:
            return _run_dump(pairs, tree)
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )


def _run_dump(pairs: list[tuple[str, str]], tree: Path) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-c", _DUMP],
        input=json.dumps(pairs),
        capture_output=True,
        text=True,
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"reading at {tree} failed:\n{done.stderr[-3000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def draft_of(data: dict[str, Any]) -> Draft:
    """A Draft rebuilt from its stored form (fields it did not have keep their defaults)."""
    known = {f.name for f in fields(Draft)}
    values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    if values.get("intent") is not None:
        values["intent"] = Intent(values["intent"])
    values["entities"] = [EntitySpec.from_dict(e) for e in values.get("entities", [])]
    values["dropped"] = [Dropped(d["text"], d["reason"]) for d in values.get("dropped", [])]
    return Draft(**values)


def cleaned_of(data: dict[str, Any]) -> Cleaned:
    return Cleaned(
        text=data["text"],
        spellings={k: frozenset(v) for k, v in data.get("spellings", {}).items()},
        capitalised=frozenset(data.get("capitalised", [])),
    )


def recognition_of(data: dict[str, Any]) -> SimpleNamespace:
    """Enough of a Recognition for `recognition_corpus.differences`."""
    return SimpleNamespace(
        status=data["status"],
        intent=data["intent"],
        entities=tuple(EntitySpec.from_dict(e) for e in data["entities"]),
    )


def features(row: dict[str, Any]) -> dict[str, float]:
    """Today's features of a stored read; the stored values where the read was not kept."""
    if "draft" not in row:
        return dict(row["features"])
    out = confidence.features_of(
        draft_of(row["draft"]), cleaned_of(row["cleaned"]), row.get("request", "")
    )
    out.pop("_missing", None)
    return out


def missing(read: dict[str, Any]) -> bool:
    return bool(read["draft"].get("missing"))
