"""Every dev-split reading saved, and two saves compared case by case: the check run before and
after each change to the recognizer, so that a rule that wins some cases is seen to lose none.

Run: .venv/bin/python -m bench.dev_readings save OUT.json [--file F.toml]
     .venv/bin/python -m bench.dev_readings diff BEFORE.json AFTER.json [-v]

Only the dev split (or a dev-format file) is read: the held-out and blind splits are refused,
as in the benchmark. A save keeps, per case, whether it is exactly right, accepted, its
confidence and a short form of the reading, so a diff can say what changed without reading
the corpus again. (These tools lived outside the repository and were lost with a machine.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.core.models import Recognition
from baes_tui.recognition.normalize import default_normalizer
from baes_tui.recognition.recognizer import Recognizer
from bench.recognition_corpus import CORPUS_DIR, differences, evaluated_only, load_file


def reading(got: Recognition) -> str:
    """A one-line form of a recognition: enough to see what changed between two saves."""
    if got.status != "recognized" and not got.entities:
        return f"{got.status}"
    parts = [str(got.intent)]
    for entity in got.entities:
        fields = ",".join(
            f"{a.name}:{a.type}{'' if a.required else '?'}" for a in entity.attributes
        )
        rels = ",".join(f"{r.kind}>{r.target}" for r in entity.relationships)
        renamed = f"<{entity.renamed_from}" if entity.renamed_from else ""
        parts.append(f"{entity.name}{renamed}({fields}){'[' + rels + ']' if rels else ''}")
    return " ".join(parts)


def save(out: Path, path: Path) -> None:
    if evaluated_only(path):
        raise SystemExit("the held-out and blind splits are evaluated only, never case by case")
    normalizer = default_normalizer()
    recognizer = Recognizer()
    rows: dict[str, dict[str, Any]] = {}
    for case in load_file(path):
        got = recognizer.recognize(case.request, normalizer=normalizer)
        problems = differences(case, got)
        rows[case.id] = {
            "right": not problems,
            "accepted": got.status == "recognized",
            "confidence": round(got.confidence, 3),
            "reading": reading(got),
            "problems": problems,
        }
    out.write_text(json.dumps(rows, indent=0, sort_keys=True), encoding="utf-8")
    _print_totals(out.name, rows)


def _print_totals(label: str, rows: dict[str, dict[str, Any]]) -> None:
    right = sum(r["right"] for r in rows.values())
    accepted = [r for r in rows.values() if r["accepted"]]
    wrong = sum(not r["right"] for r in accepted)
    print(f"{label}: {len(rows)} cases, {right} exact, {len(accepted)} accepted, {wrong} wrong")


def diff(before: Path, after: Path, verbose: bool) -> int:
    """Cases won and lost, and readings that changed while staying wrong; 1 if any was lost."""
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    _print_totals(before.name, old)
    _print_totals(after.name, new)
    won, lost, changed = [], [], []
    for cid in sorted(set(old) & set(new)):
        a, b = old[cid], new[cid]
        if a["right"] != b["right"]:
            (won if b["right"] else lost).append(cid)
        elif (a["reading"], a["accepted"]) != (b["reading"], b["accepted"]):
            changed.append(cid)
    for title, ids in (("won", won), ("lost", lost), ("changed, not won or lost", changed)):
        print(f"\n{title}: {len(ids)}")
        for cid in ids:
            a, b = old[cid], new[cid]
            flag = "ACC" if b["accepted"] else "ask"
            print(f"  {cid} {flag} {a['confidence']:.2f}->{b['confidence']:.2f}")
            if verbose:
                print(f"     was {a['reading']}\n     now {b['reading']}")
    return 1 if lost else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("save")
    one.add_argument("out", type=Path)
    one.add_argument("--file", type=Path, default=CORPUS_DIR / "dev.toml")
    two = sub.add_parser("diff")
    two.add_argument("before", type=Path)
    two.add_argument("after", type=Path)
    two.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "save":
        save(args.out, args.file)
        return 0
    return diff(args.before, args.after, args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
