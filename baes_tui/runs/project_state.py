"""The project's own database, `.baes/state.db`: runs, verdicts, the review queue, decisions.

Plain `sqlite3` behind a lock, so one `ProjectState` can be shared by the kernel's worker threads;
async callers (the pipeline, the TUI) call it through `asyncio.to_thread`. The schema evolves
by `PRAGMA user_version`: each entry of `_MIGRATIONS` runs once, in order, in one transaction.

Review semantics (what `decide` does):
- approve: the item is closed as "approved"; the decision and note are kept.
- reject: the item is closed as "rejected", and its task is *reopened* for its entity (a row in
  `reopened_tasks`). The next `generate` of that entity is then never "up to date": planning
  regenerates it (all tasks; templates are cheap), the TechLead reviews the files again, and a
  successful commit resolves the reopened rows. A reviewer's rejection therefore always leads
  to a fresh, re-reviewed version of the file, never to silence.
Items of a run that did not commit are "discarded": they describe files that never landed.
A hand-edit conflict (rule id `hand-edit-conflict`) is not approved or rejected but resolved:
"kept" (the person's version stays) or "taken" (baes' version replaced it); see
`resolve_conflict`. A run left "running" by a process that died is closed by the next
process that holds the project lock (`close_stale_runs`).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from baes_tui.core.errors import BaesError
from baes_tui.core.records import (
    CONFLICT_STATUSES,
    CUSTOM_LOGIC_PATH,
    CUSTOM_MODULES_DIR,
    HAND_EDIT_RULE,
    ReviewItem,
    ReviewItemNotFound,
    RunSummary,
    StoredVerdict,
)
from baes_tui.core.verdicts import Finding, Verdict

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        request TEXT NOT NULL,
        intent TEXT NOT NULL,
        entity TEXT NOT NULL,
        status TEXT NOT NULL,
        started_at REAL NOT NULL,
        finished_at REAL,
        error TEXT,
        result_json TEXT
    );
    CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES runs(id),
        task TEXT NOT NULL,
        path TEXT NOT NULL,
        outcome TEXT NOT NULL,
        rule_ids TEXT NOT NULL,
        feedback TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE INDEX verdicts_run ON verdicts(run_id);
    CREATE TABLE review_items (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES runs(id),
        task TEXT NOT NULL,
        entity TEXT NOT NULL,
        path TEXT NOT NULL,
        outcome TEXT NOT NULL,
        reason TEXT NOT NULL,
        feedback TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        created_at REAL NOT NULL
    );
    CREATE INDEX review_items_status ON review_items(status);
    CREATE TABLE review_decisions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES review_items(id),
        decision TEXT NOT NULL,
        note TEXT NOT NULL,
        decided_at REAL NOT NULL
    );
    CREATE TABLE reopened_tasks (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        task TEXT NOT NULL,
        item_id INTEGER NOT NULL REFERENCES review_items(id),
        reopened_at REAL NOT NULL,
        resolved_run_id TEXT
    );
    """,
    # v2: the review queue looks up each item's verdict by run and path.
    "CREATE INDEX verdicts_run_path ON verdicts(run_id, path)",
    # v3: findings are stored as structured JSON (rule id, line, message, severity, fix),
    # and who decided a verdict (rules, llm, human). Earlier rows are converted by
    # `_structured_findings` once, right after this script.
    """
    ALTER TABLE verdicts ADD COLUMN findings TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE verdicts ADD COLUMN decided_by TEXT NOT NULL DEFAULT 'rules';
    ALTER TABLE review_items ADD COLUMN findings TEXT NOT NULL DEFAULT '[]';
    """,
    # v4: the text of a file that never landed (an LLM's rejected module), so a person can
    # read what was rejected and why; kept apart so listing the queue never loads file text.
    """
    CREATE TABLE review_files (
        item_id INTEGER PRIMARY KEY REFERENCES review_items(id),
        content TEXT NOT NULL
    );
    """,
)
_LEGACY_LINE = re.compile(r"^Line (\d+): (.*)$", re.DOTALL)

# A review item with its latest decision note, and whether state.db keeps its file's text.
_ITEM_COLUMNS = (
    "i.*, (SELECT note FROM review_decisions d WHERE d.item_id = i.id"
    " ORDER BY d.id DESC LIMIT 1) AS note,"
    " EXISTS(SELECT 1 FROM review_files f WHERE f.item_id = i.id) AS file_kept"
)


class ProjectState:
    """Open (creating and migrating) `state.db`; close it when done.

    `read_only=True` (listing, metrics) opens an existing, current file without writing to it,
    so a read-only project can still be looked at; an older file is migrated first as usual.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self._lock = threading.Lock()
        if read_only:
            reader = _open_read_only(path)
            if reader is not None:
                self._db = reader
                return
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: a power cut may lose the last verdicts, never corrupt the file; it
        # saves an fsync per write, which dominated the TechLead's time per task.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> ProjectState:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._lock:
            version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
            for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                self._db.execute("BEGIN")
                try:
                    for statement in filter(str.strip, script.split(";")):
                        self._db.execute(statement)
                    if number == 3:
                        _structured_findings(self._db)
                    self._db.execute(f"PRAGMA user_version = {number}")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")

    def _write(self, sql: str, params: Iterable[Any] = ()) -> int:
        with self._lock:
            cursor = self._db.execute(sql, tuple(params))
            return int(cursor.lastrowid or 0)

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, tuple(params)))

    # --- runs --------------------------------------------------------------------------------
    def start_run(self, run_id: str, *, request: str, intent: str, entity: str) -> None:
        self._write(
            "INSERT INTO runs (id, request, intent, entity, status, started_at)"
            " VALUES (?, ?, ?, ?, 'running', ?)",
            (run_id, request, intent, entity, time.time()),
        )

    def finish_run(
        self, run_id: str, *, status: str, error: str | None = None, result: dict | None = None
    ) -> None:
        """Close a run; a run that did not commit discards its open review items."""
        committed = status in ("completed", "needs_review")
        with self._lock:
            self._db.execute("BEGIN")
            self._db.execute(
                "UPDATE runs SET status = ?, finished_at = ?, error = ?, result_json = ?"
                " WHERE id = ?",
                (status, time.time(), error, json.dumps(result) if result else None, run_id),
            )
            if committed:
                entity = self._db.execute("SELECT entity FROM runs WHERE id = ?", (run_id,))
                row = entity.fetchone()
                for name in _entity_names(row["entity"] if row else ""):
                    self._db.execute(
                        "UPDATE reopened_tasks SET resolved_run_id = ?"
                        " WHERE entity = ? AND resolved_run_id IS NULL",
                        (run_id, name),
                    )
            else:
                self._db.execute(
                    "UPDATE review_items SET status = 'discarded'"
                    " WHERE run_id = ? AND status = 'open'",
                    (run_id,),
                )
            self._db.execute("COMMIT")

    def runs(self, limit: int = 50) -> list[RunSummary]:
        rows = self._read(
            "SELECT id, request, intent, entity, status, started_at, finished_at, error"
            " FROM runs ORDER BY started_at DESC LIMIT ?",
            (limit,),
        )
        return [RunSummary(**dict(r)) for r in rows]

    # --- verdicts ----------------------------------------------------------------------------
    def record_verdicts(self, run_id: str, verdicts: Iterable[tuple[str, Verdict]]) -> None:
        """Record (task, verdict) pairs of one run in one transaction."""
        now = time.time()
        rows = [
            (
                run_id,
                task,
                v.path,
                v.outcome,
                json.dumps(list(v.rule_ids)),
                json.dumps(list(v.feedback)),
                _dump_findings(v.findings),
                v.decided_by,
                now,
            )
            for task, v in verdicts
        ]
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT INTO verdicts (run_id, task, path, outcome, rule_ids, feedback, findings,"
                " decided_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            self._db.execute("COMMIT")

    def verdicts(self, run_id: str) -> list[StoredVerdict]:
        """The verdict history of one run, in the order they were issued."""
        rows = self._read("SELECT * FROM verdicts WHERE run_id = ? ORDER BY id", (run_id,))
        return _verdicts(rows)

    def all_verdicts(
        self, *, outcome: str | None = None, limit: int = 500, offset: int = 0
    ) -> list[StoredVerdict]:
        """Verdicts of every run, newest first, optionally of one outcome (the Review screen)."""
        where, params = ("WHERE outcome = ?", [outcome]) if outcome else ("", [])
        rows = self._read(
            f"SELECT * FROM verdicts {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return _verdicts(rows)

    def table_counts(self) -> dict[str, int]:
        """How many rows the Review screen's table has per outcome: the verdicts of that
        outcome plus the review items no verdict of their run and path stands for (custom
        logic), so a filter's count is the rows it shows."""
        counts: dict[str, int] = {}
        for sql in (
            "SELECT outcome, COUNT(*) AS n FROM verdicts GROUP BY outcome",
            "SELECT outcome, COUNT(*) AS n FROM review_items i WHERE NOT EXISTS"
            " (SELECT 1 FROM verdicts v WHERE v.run_id = i.run_id AND v.path = i.path)"
            " GROUP BY outcome",
        ):
            for row in self._read(sql):
                counts[row["outcome"]] = counts.get(row["outcome"], 0) + row["n"]
        return counts

    # --- review queue ------------------------------------------------------------------------
    def add_review_item(
        self,
        run_id: str,
        *,
        task: str,
        entity: str,
        path: str,
        outcome: str,
        reason: str,
        findings: Iterable[Finding] = (),
        content: str | None = None,
    ) -> int:
        """Queue an item; `content` keeps the text of a file that will never land."""
        found = tuple(findings)
        text = [f.feedback for f in found]
        row = (
            run_id,
            task,
            entity,
            path,
            outcome,
            reason,
            json.dumps(text),
            _dump_findings(found),
            time.time(),
        )
        with self._lock:
            self._db.execute("BEGIN")
            item_id = int(
                self._db.execute(
                    "INSERT INTO review_items"
                    " (run_id, task, entity, path, outcome, reason, feedback, findings,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                ).lastrowid
                or 0
            )
            if content is not None:
                self._db.execute(
                    "INSERT INTO review_files (item_id, content) VALUES (?, ?)", (item_id, content)
                )
            self._db.execute("COMMIT")
        return item_id

    def kept_file(self, item_id: int) -> str | None:
        """The text state.db keeps for an item whose file never landed, else None."""
        rows = self._read("SELECT content FROM review_files WHERE item_id = ?", (item_id,))
        return rows[0]["content"] if rows else None

    def review_items(
        self, *, outcome: str | None = None, include_decided: bool = False
    ) -> list[ReviewItem]:
        """Open items (or every item but discarded ones), oldest first, optionally by outcome."""
        clauses = [
            "status IN ('open', 'approved', 'rejected', 'kept', 'taken')"
            if include_decided
            else "status = 'open'"
        ]
        params: list[Any] = []
        if outcome:
            clauses.append("outcome = ?")
            params.append(outcome)
        rows = self._read(
            f"SELECT {_ITEM_COLUMNS} FROM review_items i"
            f" WHERE {' AND '.join(clauses)} ORDER BY i.id",
            params,
        )
        return [_item(r) for r in rows]

    def review_item(self, item_id: int) -> ReviewItem:
        rows = self._read(
            f"SELECT {_ITEM_COLUMNS} FROM review_items i WHERE i.id = ?",
            (item_id,),
        )
        if not rows:
            raise ReviewItemNotFound(f"there is no review item #{item_id}; see `baes review list`")
        return _item(rows[0])

    def decide(self, item_id: int, *, approve: bool, note: str = "") -> ReviewItem:
        """Approve or reject an item (see the module docstring for what a rejection reopens)."""
        item = self.review_item(item_id)
        if item.is_conflict:
            raise BaesError(
                f"#{item_id} is a hand-edit conflict on {item.path}: keep your version or take "
                f"baes' (`baes review keep {item_id}` / `baes review take {item_id}`)"
            )
        decision = "approved" if approve else "rejected"
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT INTO review_decisions (item_id, decision, note, decided_at)"
                " VALUES (?, ?, ?, ?)",
                (item_id, decision, note, now),
            )
            self._db.execute("UPDATE review_items SET status = ? WHERE id = ?", (decision, item_id))
            if not approve:
                self._db.executemany(
                    "INSERT INTO reopened_tasks (entity, task, item_id, reopened_at)"
                    " VALUES (?, ?, ?, ?)",
                    [(name, item.task, item_id, now) for name in _entity_names(item.entity)],
                )
            self._db.execute("COMMIT")
        return self.review_item(item_id)

    def open_conflict(self, path: str) -> int | None:
        """The open hand-edit conflict item of `path`, if there is one (one per file)."""
        rows = self._read(
            "SELECT id FROM review_items WHERE status = 'open' AND path = ?"
            " AND findings LIKE ? ORDER BY id LIMIT 1",
            (path, f'%"{HAND_EDIT_RULE}"%'),
        )
        return int(rows[0]["id"]) if rows else None

    def resolve_conflict(self, item_id: int, *, keep: bool, note: str = "") -> ReviewItem:
        """Close a hand-edit conflict as kept or taken (the files were already dealt with)."""
        item = self.review_item(item_id)
        if not item.is_conflict:
            raise BaesError(f"#{item_id} is not a hand-edit conflict; approve or reject it instead")
        status = CONFLICT_STATUSES[0] if keep else CONFLICT_STATUSES[1]
        with self._lock:
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT INTO review_decisions (item_id, decision, note, decided_at)"
                " VALUES (?, ?, ?, ?)",
                (item_id, status, note, time.time()),
            )
            self._db.execute("UPDATE review_items SET status = ? WHERE id = ?", (status, item_id))
            self._db.execute("COMMIT")
        return self.review_item(item_id)

    def close_stale_runs(self, *, committed: str | None) -> list[str]:
        """Close runs a dead process left 'running'; call only while holding the project lock.

        The run whose commit the manifest records finished everything but this bookkeeping:
        it is completed (needs_review with open items). Any other is 'interrupted', and its
        open items are discarded: its files never landed.
        """
        rows = self._read("SELECT id FROM runs WHERE status = 'running' ORDER BY started_at")
        closed = []
        for row in rows:
            run_id = row["id"]
            if run_id == committed:
                pending = self._read(
                    "SELECT COUNT(*) AS n FROM review_items WHERE run_id = ? AND status = 'open'",
                    (run_id,),
                )
                status = "needs_review" if pending[0]["n"] else "completed"
                self.finish_run(run_id, status=status)
            else:
                self.finish_run(
                    run_id,
                    status="interrupted",
                    error="baes stopped before this run finished (killed or crashed); "
                    "nothing of it was committed",
                )
            closed.append(run_id)
        return closed

    def review_counts(self) -> dict[str, int]:
        """Review items by status, of every kind (what waits, what people decided), and by
        kind: `custom_logic_<status>` counts custom logic (an LLM's module or logic nothing
        generated); `approved_uncertain` counts approvals of uncertain verdicts — what lifts
        the approval rate (approving a rejected module only acknowledges it)."""
        custom = f"(path = ? OR path LIKE '{CUSTOM_MODULES_DIR}%')"
        rows = self._read(
            f"SELECT status, {custom} AS custom, outcome = 'uncertain' AS unsure, COUNT(*) AS n"
            " FROM review_items WHERE status != 'discarded' GROUP BY status, custom, unsure",
            (CUSTOM_LOGIC_PATH,),
        )
        counts = dict.fromkeys(
            ("open", "approved", "rejected", "custom_logic_open", "custom_logic_approved",
             "custom_logic_rejected", "approved_uncertain"),
            0,
        )  # fmt: skip
        for row in rows:
            status, n = row["status"], row["n"]
            counts[status] = counts.get(status, 0) + n
            if row["custom"]:
                counts[f"custom_logic_{status}"] = counts.get(f"custom_logic_{status}", 0) + n
            if status == "approved" and row["unsure"]:
                counts["approved_uncertain"] += n
        return counts

    def reopened_tasks(self, *entities: str) -> frozenset[str]:
        """Tasks a reviewer rejected for these entities that no committed run has redone yet."""
        if not entities:
            return frozenset()
        marks = ", ".join("?" * len(entities))
        rows = self._read(
            "SELECT DISTINCT task FROM reopened_tasks"
            f" WHERE entity IN ({marks}) AND resolved_run_id IS NULL",
            entities,
        )
        return frozenset(r["task"] for r in rows)


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a current `state.db`, or None when it needs a migration.

    In a read-only folder SQLite cannot create the WAL index, so `mode=ro` fails on the first
    read; `immutable=1` then reads the file as it is (nobody can be writing to it either).
    """
    uri = path.resolve().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        db = sqlite3.connect(
            f"{uri}?{options}", uri=True, check_same_thread=False, isolation_level=None
        )
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.OperationalError:
            db.close()
            continue
        if version != len(_MIGRATIONS):
            db.close()
            return None
        db.row_factory = sqlite3.Row
        return db
    raise sqlite3.OperationalError(f"unable to open {path} read-only")


def _entity_names(stored: str) -> list[str]:
    """A run or review item records every entity it touched, joined by ", "."""
    return [name for name in stored.split(", ") if name]


def _item(row: sqlite3.Row) -> ReviewItem:
    return ReviewItem(
        id=row["id"],
        run_id=row["run_id"],
        task=row["task"],
        entity=row["entity"],
        path=row["path"],
        outcome=row["outcome"],
        reason=row["reason"],
        findings=_load_findings(row["findings"]),
        status=row["status"],
        created_at=row["created_at"],
        note=row["note"] or "",
        file_kept=bool(row["file_kept"]),
    )


def _verdicts(rows: list[sqlite3.Row]) -> list[StoredVerdict]:
    return [
        StoredVerdict(
            run_id=r["run_id"],
            task=r["task"],
            path=r["path"],
            outcome=r["outcome"],
            findings=_load_findings(r["findings"]),
            created_at=r["created_at"],
            id=r["id"],
            decided_by=r["decided_by"],
        )
        for r in rows
    ]


def _dump_findings(findings: Iterable[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False)


def _load_findings(text: str | None) -> tuple[Finding, ...]:
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(Finding.from_dict(item) for item in raw if isinstance(item, dict))


def _structured_findings(db: sqlite3.Connection) -> None:
    """v3 migration of rows written before findings were stored whole: their feedback text
    ("Line 15: …") and rule ids become findings, once; nothing reads that text again."""
    verdict_rules = (
        "(SELECT v.rule_ids FROM verdicts v WHERE v.run_id = t.run_id AND v.path = t.path"
        " ORDER BY v.id DESC LIMIT 1)"
    )
    for table, rules_of in (("verdicts", "t.rule_ids"), ("review_items", verdict_rules)):
        rows = db.execute(
            f"SELECT t.id, t.feedback, t.outcome, {rules_of} AS rule_ids FROM {table} t"
        ).fetchall()
        for row in rows:
            rules = json.loads(row["rule_ids"]) if row["rule_ids"] else []
            rejected = row["outcome"] == "confident_rejection"
            findings = []
            for i, text in enumerate(json.loads(row["feedback"] or "[]")):
                match = _LEGACY_LINE.match(text)
                findings.append(
                    Finding(
                        rule_id=rules[i] if i < len(rules) else (rules[0] if rules else ""),
                        line=int(match[1]) if match else 0,
                        message=match[2] if match else text,
                        severity="reject" if rejected else "uncertain",
                    )
                )
            db.execute(
                f"UPDATE {table} SET findings = ? WHERE id = ?",
                (_dump_findings(findings), row["id"]),
            )
