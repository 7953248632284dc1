"""Counts of the sealed splits (held-out, blind) and of batches not yet joined: aggregates only.

Run: .venv/bin/python -m bench.sealed_counts batches [SPLIT]        per batch and all
     .venv/bin/python -m bench.sealed_counts kinds [SPLIT|FILE ...]  misses by kind and part
     .venv/bin/python -m bench.sealed_counts file FILE               one file's totals
     .venv/bin/python -m bench.sealed_counts prefix SPLIT PREFIX     one batch's totals
     .venv/bin/python -m bench.sealed_counts asked [SPLIT|FILE]      right readings asked, by bin
     .venv/bin/python -m bench.sealed_counts voices [SPLIT|FILE ...] misses by voice and intent

Nothing here prints a request, an id or a reading: only numbers and the closed vocabulary of
`miss_kinds`, so a check can be run on the evaluated-only splits after every change without
anyone reading them case by case. (These tools lived outside the repository and were lost
with a machine, as `dev_readings` was.)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.recognition.normalize import default_normalizer
from baes_tui.recognition.recognizer import Recognizer
from bench.recognition_corpus import (
    SPLITS,
    Case,
    Scored,
    batch_of,
    differences,
    load_file,
    load_split,
    miss_kinds,
)


def _cases(where: str) -> list[Case]:
    return load_split(where) if where in SPLITS else load_file(Path(where))


def _score(cases: Iterable[Case]) -> list[Scored]:
    normalizer = default_normalizer()
    recognizer = Recognizer()
    out = []
    for case in cases:
        got = recognizer.recognize(case.request, normalizer=normalizer)
        out.append(Scored(case, got, tuple(differences(case, got))))
    return out


def _line(label: str, rows: list[Scored]) -> str:
    exact = sum(r.right for r in rows)
    accepted = [r for r in rows if r.accepted]
    wrong = sum(not r.right for r in accepted)
    vague = [r for r in rows if r.case.wants_clarification]
    vague_acc = sum(r.accepted for r in vague)
    share = f"{100 * exact / len(rows):5.1f}%" if rows else "  -  "
    prec = f"{100 * (len(accepted) - wrong) / len(accepted):5.1f}%" if accepted else "  -  "
    read = sum(r.right or _asked_right(r) for r in rows)
    return (
        f"{label:>6} {len(rows):5d} cases  exact {exact:5d} ({share})  accepted {len(accepted):5d}"
        f" wrong {wrong:3d} (right {prec})  vague {vague_acc}/{len(vague)} accepted"
        f"  reading right {100 * read / max(len(rows), 1):5.1f}%"
    )


def _asked_right(row: Scored) -> bool:
    if row.right or row.accepted or row.case.wants_clarification or not row.got.entities:
        return False
    return not _as_read(row)


def _as_read(row: Scored) -> list[str]:
    """What is wrong with the reading itself, asked or not (an ask differs by status alone)."""
    return differences(row.case, replace(row.got, status="recognized", missing=()))


def _kind(row: Scored) -> str | None:
    if row.right:
        return None
    if row.case.wants_clarification:
        return "vague accepted"
    if _asked_right(row):
        return "right but asked"
    if not row.got.entities:
        return "nothing read"
    return "wrong, accepted" if row.accepted else "wrong, asked"


def batches(split: str) -> None:
    rows = _score(load_split(split))
    by: dict[str, list[Scored]] = {}
    for row in rows:
        by.setdefault(batch_of(row.case), []).append(row)
    for name, group in by.items():
        print(_line(name, group))
    print(_line("all", rows))


def kinds(wheres: list[str]) -> None:
    rows = _score(c for w in wheres for c in _cases(w))
    print(_line("all", rows))
    counts = Counter(k for r in rows if (k := _kind(r)))
    for kind, n in counts.most_common():
        print(f"  {kind:<16} {n}")
    for title, pick in (("asked", False), ("accepted", True)):
        parts = Counter(
            part
            for r in rows
            if _kind(r) in ("wrong, asked", "wrong, accepted") and r.accepted == pick
            for part in miss_kinds(_as_read(r))
        )
        print(f"parts of wrong readings, {title}:")
        for part, n in parts.most_common(25):
            print(f"  {n:4d}  {part}")


def voices(wheres: list[str]) -> None:
    """Misses by the label's voice and intent (closed vocabularies): where to look next."""
    rows = _score(c for w in wheres for c in _cases(w))
    names = ("right but asked", "nothing read", "wrong, asked", "wrong, accepted")
    head = "".join(f"{n:>16}" for n in names)
    for title, key in (
        ("voice", lambda r: r.case.voice),
        ("intent", lambda r: r.case.expect.get("intent") or "needs_clarification"),
    ):
        print(f"{title:<20} {'cases':>6} {'exact':>6}{head}")
        by: dict[str, list[Scored]] = {}
        for row in rows:
            by.setdefault(key(row), []).append(row)
        for name, group in sorted(by.items(), key=lambda kv: -len(kv[1])):
            counts = Counter(_kind(r) for r in group)
            cells = "".join(f"{counts[n]:>16}" for n in names)
            print(f"{name:<20} {len(group):>6} {sum(r.right for r in group):>6}{cells}")


def asked(where: str) -> None:
    rows = [r for r in _score(_cases(where)) if _asked_right(r)]
    bins = Counter(min(int(r.got.confidence * 10), 9) / 10 for r in rows)
    print(f"right readings asked: {len(rows)}")
    for low in sorted(bins):
        print(f"  {low:.1f}–{low + 0.1:.1f}  {bins[low]}")
    notes = Counter(bool(r.got.notes) for r in rows)
    print(f"  with a note: {notes[True]}, without: {notes[False]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("batches").add_argument("split", nargs="?", default="blind")
    sub.add_parser("kinds").add_argument("where", nargs="*", default=["blind"])
    sub.add_parser("file").add_argument("file")
    one = sub.add_parser("prefix")
    one.add_argument("split")
    one.add_argument("prefix")
    sub.add_parser("asked").add_argument("where", nargs="?", default="blind")
    sub.add_parser("voices").add_argument("where", nargs="*", default=["blind"])
    args = parser.parse_args(argv)
    if args.command == "batches":
        batches(args.split)
    elif args.command == "kinds":
        kinds(args.where)
    elif args.command == "file":
        print(_line("file", _score(_cases(args.file))))
    elif args.command == "voices":
        voices(args.where)
    elif args.command == "prefix":
        rows = [c for c in load_split(args.split) if batch_of(c) == args.prefix]
        print(_line(args.prefix, _score(rows)))
    else:
        asked(args.where)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
