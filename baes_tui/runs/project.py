"""The project folder: registry, manifest, staging runs, hand edits and the commit that always
finishes or undoes.

Staging. A run writes into `.baes/staging/<run_id>/` only the files whose content differs from
the committed version (the manifest's hash), so a run's own overhead follows the size of the
change, not of the project. When the generated tests run, `Staging.materialize` fills in the
rest of the tree (a copy of the project's files) so the suite sees the whole system.

Hand edits. The manifest keeps, per generated file, the hash of the version baes last wrote
(or the person accepted). Before a file is replaced its bytes are compared with that hash: a
file the person changed (or deleted) is never overwritten; baes' new version goes beside it as
`<file>.baes-new` and the run reports a `Conflict` (the pipeline turns it into a review item,
resolved with `resolve_conflict`). A file baes would delete but the person changed is kept and
handed over to the person (it leaves the manifest). Files baes never generated are never
touched.

Commit. 1. every file the commit replaces or deletes, and the manifest and registry, are
hard-linked (copied where links fail) into `.baes/staging/<run_id>.undo/`; 2. a journal
(`.baes/commit.json`) lists every step and the new manifest and registry, written atomically;
3. files are moved into place with `os.replace`, deletions done, manifest and registry
replaced; 4. the journal, the staging folder and the undo folder are deleted.
A failure in step 3 (permission denied, disk full, a file locked) undoes every step already
done from the undo folder, so the project is byte-identical to before the run; a failure of
the undo itself leaves the journal (marked "rollback") and both folders in place, and the next
open finishes the undo once the cause is fixed. A kill -9 during step 3 is rolled forward on
the next open (the run had passed its verification), or undone if it cannot be finished.
Nothing deletes a staging folder a journal still points at.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from baes_tui.core.errors import ProjectError
from baes_tui.runs.project_state import ProjectState
from baes_tui.sweas.base import GeneratedFile, Registry, TaskOutput

META_DIR = ".baes"
FORMAT_VERSION = 2
BESIDE_SUFFIX = ".baes-new"
# Folders of the generated system whose every file (yours included) the generated tests see.
SYSTEM_FOLDERS = ("app", "tests", "migrations")
Fault = Callable[[str], None]


class CommitFailed(ProjectError):
    """The commit could not finish; the message says whether the project was rolled back."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """A generated file as committed: the hash of the version baes wrote (or the person
    accepted), the template that made it, and `pending`: the hash of a newer baes version
    waiting beside a hand-edited file as `<file>.baes-new`."""

    sha256: str
    template: str = ""
    version: str = ""
    pending: str = ""

    def to_dict(self) -> dict[str, str]:
        data = {"sha256": self.sha256, "template": self.template, "version": self.version}
        if self.pending:
            data["pending"] = self.pending
        return data


@dataclass(frozen=True, slots=True)
class Conflict:
    """A generated file the person changed since baes wrote it.

    `kind` "changed": baes has a new version, written beside it as `beside`; "removed": the
    change deletes the file, so it was kept and is the person's from now on.
    """

    path: str
    kind: Literal["changed", "removed"]
    beside: str = ""

    @property
    def reason(self) -> str:
        if self.kind == "removed":
            return (
                f"you edited {self.path}, which this change no longer generates; it was kept "
                "and is yours now (take: delete it; keep: leave it)"
            )
        return (
            f"you edited {self.path} since baes wrote it; baes' new version is beside it in "
            f"{self.beside} (keep: your version stays; take: baes' version replaces it)"
        )


@dataclass(frozen=True, slots=True)
class CommitPlan:
    """What a commit will do, computed from the staging folder and the files on disk."""

    run_id: str
    journal: dict[str, Any]
    conflicts: tuple[Conflict, ...]
    changed: tuple[str, ...]  # project paths placed or deleted (`.baes-new` files excluded)


@dataclass(frozen=True, slots=True)
class Recovery:
    """What `Project.open` did with a commit that a previous process left unfinished."""

    run_id: str
    direction: Literal["forward", "rollback"]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path) -> str | None:
    try:
        return sha256_bytes(path.read_bytes())
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def managed_tree_digest(root: Path) -> str:
    """One hash over every file outside `.baes/` (path and bytes): 'was anything touched?'."""
    digest = hashlib.sha256()
    for path in sorted(_files_outside_meta(root)):
        rel = path.relative_to(root).as_posix()
        digest.update(rel.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else os.readlink(path).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def _files_outside_meta(root: Path) -> Iterator[Path]:
    """Every file and symlink of the project, `.baes/` never entered (runs work in there)."""
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == root and META_DIR in dirnames:
            dirnames.remove(META_DIR)
        folder = Path(dirpath)
        yield from (folder / name for name in filenames)
        yield from (folder / name for name in dirnames if (folder / name).is_symlink())


def check_relative_path(path: str) -> str:
    """A generated path must stay inside the project and outside `.baes/`."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or pure.parts[0] == META_DIR:
        raise ProjectError(f"a generator produced an unsafe path {path!r}; nothing was written")
    return pure.as_posix()


def beside_path(path: str) -> str:
    """Where baes puts its new version of a file the person edited."""
    return f"{path}{BESIDE_SUFFIX}"


def _write_atomic(path: Path, data: bytes, *, durable: bool = False) -> None:
    """Readers see the old file or the new one, never half of either (a crash of baes
    included). `durable` also waits for the disk: only the journal, the commit point, pays
    for that (one fsync per commit)."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        if durable:
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(tmp, path)


def _dump(value: Any) -> bytes:
    """Compact JSON (the journal: read by baes only). Without `indent` the json module uses
    its C encoder: a 50-entity journal takes a millisecond instead of a dozen."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def _dump_lines(value: dict[str, Any], key: str) -> bytes:
    """JSON a person can read and diff: one line per entry of `value[key]` (the manifest's
    files, the registry's entities), each written by the C encoder."""
    head = {k: v for k, v in value.items() if k != key}
    lines = [
        f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
        for k, v in head.items()
    ]
    items = value[key]
    if isinstance(items, dict):
        entries = [
            f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in items.items()
        ]
        opening, closing = "{", "}"
    else:
        entries = [json.dumps(v, ensure_ascii=False) for v in items]
        opening, closing = "[", "]"
    body = ",\n".join(f"    {entry}" for entry in entries)
    block = (
        f"  {json.dumps(key)}: {opening}\n{body}\n  {closing}"
        if entries
        else (f"  {json.dumps(key)}: {opening}{closing}")
    )
    return ("{\n" + ",\n".join([*lines, block]) + "\n}\n").encode()


def _no_fault(_step: str) -> None:
    """The commit's fault seam in production: nothing happens between steps."""


def _keep_copy(source: Path, target: Path) -> None:
    """A hard link (the old bytes stay reachable after `os.replace`), or a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return str(exc) or type(exc).__name__


@dataclass
class Staging:
    """One run's changes. Only the kernel's merge writes here, between waves."""

    project: Project
    run_id: str
    root: Path
    manifest: dict[str, ManifestEntry]
    written: dict[str, GeneratedFile] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    unchanged: set[str] = field(default_factory=set)
    tasks: dict[str, str] = field(default_factory=dict)  # path -> the task that produced it
    materialized: bool = False

    def is_committed(self, path: str, content: str) -> bool:
        """True when `content` is exactly what the project committed at `path`."""
        entry = self.manifest.get(path)
        return entry is not None and entry.sha256 == sha256_bytes(content.encode("utf-8"))

    def apply(self, output: TaskOutput) -> None:
        """Merge one task's output; refuses paths that belong to someone else's files.

        A file identical to the committed version is not written: it keeps its place, its
        verdict and, if the person edited it, their edit.
        """
        paths = [check_relative_path(f.path) for f in output.files]
        collisions = self.project.collisions(paths, self.manifest)
        if collisions:
            raise ProjectError(
                "the project folder already has files baes did not generate at "
                f"{', '.join(collisions)}; move them away or use an empty folder "
                "(nothing was changed)"
            )
        for generated, rel in zip(output.files, paths, strict=True):
            target = self.root / rel
            self.tasks[rel] = output.task
            self.removed.discard(rel)
            if self.is_committed(rel, generated.content):
                self.unchanged.add(rel)
                if self.written.pop(rel, None) is not None:
                    target.unlink(missing_ok=True)
                continue
            self.unchanged.discard(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(generated.content, encoding="utf-8")
            self.written[rel] = generated
        for rel in map(check_relative_path, output.removed):
            self.tasks[rel] = output.task
            (self.root / rel).unlink(missing_ok=True)
            self.written.pop(rel, None)
            self.unchanged.discard(rel)
            self.removed.add(rel)

    def existing_migrations(self) -> tuple[str, ...]:
        """Migration file names already in the project (generated or yours), in order."""
        names = {
            PurePosixPath(p).name
            for p in self.manifest
            if p.startswith("migrations/") and p.endswith(".sql")
        }
        folder = self.project.root / "migrations"
        if folder.is_dir():
            names.update(p.name for p in folder.glob("*.sql"))
        return tuple(sorted(names))

    def materialize(self) -> int:
        """Copy in every project file this run did not write or delete, so the generated
        tests see the whole system as it will be after the commit: each generated file, and
        your own files in app/, tests/ and migrations/. Returns the number of files copied."""
        copied = 0
        for rel in self.project.system_files(self.manifest):
            if rel in self.written or rel in self.removed:
                continue
            target = self.root / rel
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.project.root / rel, target)
            copied += 1
        self.materialized = True
        return copied


class Project:
    """An opened project folder. Holds an exclusive lock until `close()`.

    `fault` is called with the name of each commit step just before it runs ("journal",
    "place <path>", "remove <path>", "manifest", "registry", "finish", and "undo <path>" while
    rolling back): tests raise from it to fail a commit at any step.
    """

    def __init__(self, root: Path, lock_fd: int) -> None:
        self.root = root
        self._lock_fd = lock_fd
        self.fault: Fault = _no_fault
        self.recovered: Recovery | None = None

    # --- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path) -> Project:
        """Check the folder can be written, lock it, finish or undo an interrupted commit."""
        root = Path(root).resolve()
        meta = root / META_DIR
        try:
            meta.mkdir(parents=True, exist_ok=True)
            probe = meta / f".probe-{os.getpid()}"
            probe.write_bytes(b"ok")
            probe.unlink()
            fd = os.open(meta / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ProjectError(
                f"the project folder {root} cannot be written ({exc.strerror or exc}); "
                "choose a writable folder with --project"
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ProjectError(f"another baes run is using {root}; wait for it to finish") from None
        project = cls(root, fd)
        try:
            project.recover()
        except BaseException:
            project.close()
            raise
        return project

    def close(self) -> None:
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = -1

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def recover(self) -> Recovery | None:
        """Finish (or undo) a leftover commit, then delete stale staging and scratch folders."""
        if self.journal_path.exists():
            try:
                journal = _upgrade(json.loads(self.journal_path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise ProjectError(
                    f"{self.journal_path} is damaged ({exc}); the last commit cannot be "
                    "finished. Restore the project from a backup or delete the journal to keep "
                    "it as is"
                ) from exc
            self.recovered = self._recover(journal)
        for folder in (self.staging_root, self.scratch_root):
            if folder.exists():
                shutil.rmtree(folder)
        return self.recovered

    def _recover(self, journal: dict[str, Any]) -> Recovery:
        run_id = str(journal.get("run_id", ""))
        if journal.get("phase") != "rollback":
            try:
                self._forward(journal)
                return Recovery(run_id, "forward")
            except (OSError, ProjectError):
                pass  # cannot be finished: undo it instead
        if not journal.get("undo"):
            raise ProjectError(
                f"the interrupted commit of run {run_id} cannot be finished and was written by "
                "an older baes that kept no undo copies; restore the project from a backup"
            )
        try:
            self._rollback(journal)
        except OSError as exc:
            raise ProjectError(
                f"the interrupted commit of run {run_id} can be neither finished nor undone "
                f"yet: {_describe(exc)}. Fix that (permissions, free space, a file another "
                "program holds) and run baes again: it finishes the undo by itself"
            ) from exc
        return Recovery(run_id, "rollback")

    # --- paths and stored state ---------------------------------------------------------------
    @property
    def meta_dir(self) -> Path:
        return self.root / META_DIR

    @property
    def registry_path(self) -> Path:
        return self.meta_dir / "registry.json"

    @property
    def manifest_path(self) -> Path:
        return self.meta_dir / "manifest.json"

    @property
    def journal_path(self) -> Path:
        return self.meta_dir / "commit.json"

    @property
    def staging_root(self) -> Path:
        return self.meta_dir / "staging"

    @property
    def scratch_root(self) -> Path:
        return self.meta_dir / "tmp"

    @property
    def state_path(self) -> Path:
        return self.meta_dir / "state.db"

    def state(self) -> ProjectState:
        """state.db; runs left 'running' by a process that died are closed here (the lock
        proves no run is live): finished if their commit landed, else 'interrupted'."""
        state = ProjectState(self.state_path)
        try:
            state.close_stale_runs(committed=self.last_run_id())
        except BaseException:
            state.close()
            raise
        return state

    def scratch_dir(self, name: str) -> Path:
        """A temporary folder for one run (test databases, pytest's tmp); deleted at open."""
        folder = self.scratch_root / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def load_registry(self) -> Registry:
        data = self._load_json(self.registry_path, {"entities": []})
        try:
            return Registry.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(f"{self.registry_path} is not a valid registry ({exc})") from exc

    def load_manifest(self) -> dict[str, ManifestEntry]:
        data = self._load_json(self.manifest_path, {"files": {}})
        try:
            return {path: ManifestEntry(**entry) for path, entry in data["files"].items()}
        except (KeyError, TypeError, AttributeError) as exc:
            raise ProjectError(f"{self.manifest_path} is not a valid manifest ({exc})") from exc

    def last_run_id(self) -> str | None:
        """The run whose commit the manifest records (None before the first commit)."""
        run_id = self._load_json(self.manifest_path, {}).get("run_id")
        return str(run_id) if run_id else None

    def _load_json(self, path: Path, default: dict[str, Any]) -> dict[str, Any]:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return default
        except (OSError, ValueError) as exc:
            raise ProjectError(f"{path} cannot be read ({exc})") from exc

    def collisions(
        self, paths: list[str], manifest: dict[str, ManifestEntry] | None = None
    ) -> list[str]:
        """Paths that exist in the project but were not generated by baes."""
        known = self.load_manifest() if manifest is None else manifest
        return sorted(
            p
            for p in paths
            if p not in known and ((self.root / p).exists() or (self.root / p).is_symlink())
        )

    def system_files(self, manifest: dict[str, ManifestEntry]) -> Iterator[str]:
        """Every file of the system as it is now: the generated ones that exist, and yours in
        app/, tests/ and migrations/ (caches, hidden files and `.baes-new` files left out)."""
        seen: set[str] = set()
        for rel in manifest:
            if (self.root / rel).is_file():
                seen.add(rel)
                yield rel
        for folder in SYSTEM_FOLDERS:
            base = self.root / folder
            if not base.is_dir():
                continue
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames[:] = [d for d in dirnames if d != "__pycache__" and not d.startswith(".")]
                for name in filenames:
                    if name.startswith(".") or name.endswith((BESIDE_SUFFIX, ".pyc")):
                        continue
                    rel = Path(dirpath, name).relative_to(self.root).as_posix()
                    if rel not in seen:
                        yield rel

    # --- staging and commit -------------------------------------------------------------------
    def begin_staging(self, run_id: str) -> Staging:
        """An empty staging folder: it receives only what the run changes."""
        root = self.staging_root / run_id
        root.mkdir(parents=True)
        return Staging(self, run_id, root, self.load_manifest())

    def discard(self, staging: Staging) -> None:
        """Delete a run's staging folder, unless a pending commit journal still needs it."""
        if self._journal_needs(staging.root):
            return
        self._throw_away(staging.root, _undo_dir(staging.root))

    def _throw_away(self, *folders: Path) -> None:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)

    def _journal_needs(self, folder: Path) -> bool:
        try:
            journal = json.loads(self.journal_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return self.journal_path.exists()
        return journal.get("staging") == folder.relative_to(self.root).as_posix()

    def plan_commit(self, staging: Staging, *, after: Registry) -> CommitPlan:
        """Decide every step of the commit by comparing staging, manifest and disk.

        Per file the run changed (base = the manifest's hash, disk = the file now, new = the
        run's version): disk == base → replace it; disk == new → only the manifest changes;
        otherwise the person edited it → the new version goes beside it (a conflict).
        """
        manifest = dict(staging.manifest)
        place: list[dict[str, Any]] = []
        remove: list[str] = []
        conflicts: list[Conflict] = []
        changed: list[str] = []
        for rel, generated in sorted(staging.written.items()):
            new = sha256_bytes((staging.root / rel).read_bytes())
            entry = manifest.get(rel)
            disk = _file_sha(self.root / rel)
            fresh = ManifestEntry(new, generated.template, generated.template_version)
            if entry is None and disk not in (None, new):
                raise ProjectError(
                    f"{rel} appeared in the project during the run and baes did not generate "
                    "it; move it away and run the request again (nothing was changed)"
                )
            if entry is None or disk == entry.sha256 or disk == new:
                if disk != new:
                    place.append({"path": rel, "source": rel, "sha256": new})
                    changed.append(rel)
                manifest[rel] = fresh
                if entry is not None and entry.pending:
                    remove.append(beside_path(rel))
                continue
            beside = beside_path(rel)
            conflicts.append(Conflict(rel, "changed", beside))
            manifest[rel] = replace(entry, pending=new)
            if _file_sha(self.root / beside) != new:
                place.append({"path": beside, "source": rel, "sha256": new})
        for rel in sorted(staging.unchanged):
            entry = manifest.get(rel)
            if entry is not None and entry.pending:  # baes went back to the version you had
                manifest[rel] = replace(entry, pending="")
                remove.append(beside_path(rel))
        for rel in sorted(staging.removed):
            entry = manifest.pop(rel, None)
            if entry is None:
                continue
            disk = _file_sha(self.root / rel)
            if disk is not None and disk != entry.sha256:
                conflicts.append(Conflict(rel, "removed"))
            elif disk is not None:
                remove.append(rel)
                changed.append(rel)
            if entry.pending:
                remove.append(beside_path(rel))
        remove = [p for p in dict.fromkeys(remove) if (self.root / p).exists()]
        journal = {
            "version": FORMAT_VERSION,
            "run_id": staging.run_id,
            "phase": "forward",
            "staging": staging.root.relative_to(self.root).as_posix(),
            "undo": _undo_dir(staging.root).relative_to(self.root).as_posix(),
            "place": [{**item, "backup": (self.root / item["path"]).exists()} for item in place],
            "remove": [{"path": p, "backup": True} for p in remove],
            "dirs": self._missing_dirs(item["path"] for item in place),
            "meta": {
                "manifest": self.manifest_path.exists(),
                "registry": self.registry_path.exists(),
            },
            "manifest": {
                "version": FORMAT_VERSION,
                "run_id": staging.run_id,
                "files": {p: e.to_dict() for p, e in sorted(manifest.items())},
            },
            "registry": {"version": FORMAT_VERSION, **after.to_dict()},
        }
        return CommitPlan(staging.run_id, journal, tuple(conflicts), tuple(changed))

    def _missing_dirs(self, paths: Iterator[str]) -> list[str]:
        """Folders the commit creates, parents first (the undo removes them again)."""
        missing: dict[str, None] = {}
        for rel in paths:
            parents = list(PurePosixPath(rel).parents)[:-1]  # without "."
            for parent in reversed(parents):
                if not (self.root / parent).exists():
                    missing[parent.as_posix()] = None
        return list(missing)

    def commit(
        self, staging: Staging, *, after: Registry, plan: CommitPlan | None = None
    ) -> CommitPlan:
        """Keep undo copies, write the journal, place the run's files; returns the plan.

        Raises CommitFailed when a step fails; the project is then as it was before (or, if
        even the undo failed, the next open finishes the undo).
        """
        plan = plan or self.plan_commit(staging, after=after)
        journal = plan.journal
        undo = self.root / journal["undo"]
        try:
            for item in (*journal["place"], *journal["remove"]):
                if item["backup"]:
                    _keep_copy(self.root / item["path"], undo / item["path"])
            for name, present in journal["meta"].items():
                if present:
                    _keep_copy(self._meta_file(name), undo / META_DIR / f"{name}.json")
            self.fault("journal")
            _write_atomic(self.journal_path, _dump(journal), durable=True)
        except OSError as exc:
            shutil.rmtree(undo, ignore_errors=True)
            raise CommitFailed(
                f"the commit could not start: {_describe(exc)}; nothing in the project changed"
            ) from exc
        try:
            self._forward(journal)
        except (OSError, ProjectError) as exc:
            self._undo_after(journal, exc)
        return plan

    def _undo_after(self, journal: dict[str, Any], cause: BaseException) -> None:
        """A step failed: put every file back, or leave the journal for the next open."""
        with contextlib.suppress(OSError):  # the undo works without it; the next open too
            _write_atomic(self.journal_path, _dump({**journal, "phase": "rollback"}))
        try:
            self._rollback(journal)
        except OSError as exc:
            raise CommitFailed(
                f"the commit failed ({_describe(cause)}) and could not be undone yet "
                f"({_describe(exc)}); fix that and run baes again: the next run puts the "
                "project back as it was before this one"
            ) from cause
        raise CommitFailed(
            f"the commit failed ({_describe(cause)}); the project was put back exactly as it "
            "was before this run. Fix the cause and run the request again"
        ) from cause

    def _meta_file(self, name: str) -> Path:
        return {"manifest": self.manifest_path, "registry": self.registry_path}[name]

    def _forward(self, journal: dict[str, Any]) -> None:
        """Step 3 and 4; idempotent, so a crash during them is finished by running them again."""
        staging = self.root / journal["staging"]
        for item in journal["place"]:
            rel = check_relative_path(item["path"])
            self.fault(f"place {rel}")
            source, target = staging / check_relative_path(item["source"]), self.root / rel
            if source.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
            elif _file_sha(target) != item["sha256"]:
                raise ProjectError(
                    f"the commit cannot be finished: {rel} is missing from {staging}"
                )
        for item in journal["remove"]:
            rel = check_relative_path(item["path"])
            self.fault(f"remove {rel}")
            target = self.root / rel
            target.unlink(missing_ok=True)
            self._prune_empty_dirs(target.parent)
        self.fault("manifest")
        _write_atomic(self.manifest_path, _dump_lines(journal["manifest"], "files"))
        self.fault("registry")
        _write_atomic(self.registry_path, _dump_lines(journal["registry"], "entities"))
        self.fault("finish")
        self.journal_path.unlink()
        self._drop_run_folders(journal)

    def _rollback(self, journal: dict[str, Any]) -> None:
        """Put back every file, the manifest and the registry from the undo folder.

        Idempotent: an undo interrupted half-way is finished by running it again.
        """
        undo = self.root / journal["undo"]
        for item in reversed([*journal["place"], *journal["remove"]]):
            rel = check_relative_path(item["path"])
            self.fault(f"undo {rel}")
            target, kept = self.root / rel, undo / rel
            if item["backup"]:
                if kept.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(kept, target)
            elif _file_sha(target) == item.get("sha256"):
                target.unlink()
        for folder in reversed(journal["dirs"]):
            with contextlib.suppress(OSError):
                (self.root / folder).rmdir()  # only when empty: never someone's folder
        for name, present in journal["meta"].items():
            self.fault(f"undo {name}")
            kept, target = undo / META_DIR / f"{name}.json", self._meta_file(name)
            if present and kept.exists():
                os.replace(kept, target)
            elif not present:
                target.unlink(missing_ok=True)
        self.fault("undo finish")
        self.journal_path.unlink(missing_ok=True)
        self._drop_run_folders(journal)

    def _drop_run_folders(self, journal: dict[str, Any]) -> None:
        folders = [self.root / journal["staging"]]
        if journal.get("undo"):
            folders.append(self.root / journal["undo"])
        self._throw_away(*folders)

    def _prune_empty_dirs(self, folder: Path) -> None:
        while folder != self.root and self.root in folder.parents:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only succeeds when empty
            if folder.exists():
                return
            folder = folder.parent

    # --- hand-edit conflicts ------------------------------------------------------------------
    def resolve_conflict(self, path: str, *, keep: bool) -> str:
        """Keep the person's version of `path`, or take baes' (from `<path>.baes-new`).

        Idempotent, so a resolution interrupted half-way can simply be asked for again.
        Returns what was done, in words.
        """
        rel = check_relative_path(path)
        manifest = self.load_manifest()
        target, beside = self.root / rel, self.root / beside_path(rel)
        entry = manifest.get(rel)
        if entry is None:  # baes no longer generates it: it is the person's already
            if keep:
                return f"{rel} stays as you have it"
            target.unlink(missing_ok=True)
            self._prune_empty_dirs(target.parent)
            return f"{rel} was deleted, as the change asked"
        if not entry.pending:
            beside.unlink(missing_ok=True)
            return f"{rel} has no new version waiting; nothing to do"
        if keep:
            manifest[rel] = replace(entry, sha256=entry.pending, pending="")
            self._write_manifest(manifest)
            beside.unlink(missing_ok=True)
            return f"{rel}: your version stays; {beside_path(rel)} was deleted"
        if beside.exists():
            os.replace(beside, target)
        elif _file_sha(target) != entry.pending:
            raise ProjectError(
                f"{beside_path(rel)} is gone, so there is no new version to take; run the "
                "request again to write it, or keep your version"
            )
        manifest[rel] = replace(entry, sha256=entry.pending, pending="")
        self._write_manifest(manifest)
        return f"{rel} now holds baes' version"

    def _write_manifest(self, manifest: dict[str, ManifestEntry]) -> None:
        data = self._load_json(self.manifest_path, {})
        data.update(
            version=FORMAT_VERSION,
            files={p: e.to_dict() for p, e in sorted(manifest.items())},
        )
        _write_atomic(self.manifest_path, _dump_lines(data, "files"))


def _undo_dir(staging_root: Path) -> Path:
    return staging_root.with_name(f"{staging_root.name}.undo")


def _upgrade(journal: dict[str, Any]) -> dict[str, Any]:
    """Read a journal of either format; version 1 could only be rolled forward."""
    if journal.get("version", 1) >= FORMAT_VERSION:
        return journal
    return {
        **journal,
        "phase": "forward",
        "undo": "",
        "place": [{**p, "source": p["path"], "backup": False} for p in journal["place"]],
        "remove": [{"path": p, "backup": False} for p in journal["remove"]],
        "dirs": [],
        "meta": {},
    }


__all__ = [
    "BESIDE_SUFFIX",
    "CommitFailed",
    "CommitPlan",
    "Conflict",
    "ManifestEntry",
    "Project",
    "Recovery",
    "Staging",
    "beside_path",
    "check_relative_path",
    "managed_tree_digest",
    "sha256_bytes",
]
