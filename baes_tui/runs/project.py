"""The project folder: registry, manifest, staging runs and the crash-safe commit.

A run renders into `.baes/staging/<run_id>/` (a copy of the current managed files plus the
run's outputs). Only a run that fully succeeded is committed:
1. a journal (`.baes/commit.json`) lists every file to place and remove, the new manifest and
   the new registry, written atomically;
2. each file is moved into place with `os.replace` (atomic per file, same file system);
3. manifest and registry are replaced; the journal and the staging folder are deleted.
A kill -9 anywhere before step 1 leaves the project as it was (staging is thrown away on the
next open); a kill after it is rolled forward on the next open, because the journal and the
staging folder are complete by then. Files outside the manifest are never touched: a generated
path that collides with one is refused before anything lands.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from baes_tui.core.errors import ProjectError
from baes_tui.core.models import EntitySpec
from baes_tui.runs.project_state import ProjectState
from baes_tui.sweas.base import GeneratedFile, Registry, TaskOutput

META_DIR = ".baes"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """A generated file as committed: its content hash and the template that made it."""

    sha256: str
    template: str = ""
    version: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"sha256": self.sha256, "template": self.template, "version": self.version}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def managed_tree_digest(root: Path) -> str:
    """One hash over every file outside `.baes/` (path and bytes): 'was anything touched?'."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink()):
        rel = path.relative_to(root).as_posix()
        if rel == META_DIR or rel.startswith(f"{META_DIR}/"):
            continue
        digest.update(rel.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else os.readlink(path).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def check_relative_path(path: str) -> str:
    """A generated path must stay inside the project and outside `.baes/`."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or pure.parts[0] == META_DIR:
        raise ProjectError(f"a generator produced an unsafe path {path!r}; nothing was written")
    return pure.as_posix()


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _dump(value: Any) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode()


@dataclass
class Staging:
    """One run's working copy. Only the kernel's merge writes here, between waves."""

    project: Project
    run_id: str
    root: Path
    written: dict[str, GeneratedFile] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)

    def apply(self, output: TaskOutput) -> None:
        """Merge one task's output; refuses paths that belong to someone else's files."""
        paths = [check_relative_path(f.path) for f in output.files]
        collisions = self.project.collisions(paths)
        if collisions:
            raise ProjectError(
                "the project folder already has files baes did not generate at "
                f"{', '.join(collisions)}; move them away or use an empty folder "
                "(nothing was changed)"
            )
        for generated, rel in zip(output.files, paths, strict=True):
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(generated.content, encoding="utf-8")
            self.written[rel] = generated
            self.removed.discard(rel)
        for rel in map(check_relative_path, output.removed):
            (self.root / rel).unlink(missing_ok=True)
            self.written.pop(rel, None)
            self.removed.add(rel)

    def existing_migrations(self) -> tuple[str, ...]:
        """Migration file names already in the project, in order (the next number follows)."""
        folder = self.root / "migrations"
        return tuple(sorted(p.name for p in folder.glob("*.sql"))) if folder.is_dir() else ()


class Project:
    """An opened project folder. Holds an exclusive lock until `close()`."""

    def __init__(self, root: Path, lock_fd: int) -> None:
        self.root = root
        self._lock_fd = lock_fd

    # --- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path) -> Project:
        """Check the folder can be written, lock it, finish or clean up an interrupted run."""
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

    def recover(self) -> bool:
        """Roll a leftover commit journal forward, then delete stale staging folders."""
        rolled = False
        if self.journal_path.exists():
            try:
                journal = json.loads(self.journal_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ProjectError(
                    f"{self.journal_path} is damaged ({exc}); the last commit cannot be finished. "
                    "Restore the project from a backup or delete the journal to keep it as is"
                ) from exc
            self._apply(journal)
            rolled = True
        if self.staging_root.exists():
            shutil.rmtree(self.staging_root)
        return rolled

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
    def state_path(self) -> Path:
        return self.meta_dir / "state.db"

    def state(self) -> ProjectState:
        return ProjectState(self.state_path)

    def load_registry(self) -> Registry:
        data = self._load_json(self.registry_path, {"entities": []})
        try:
            return Registry(tuple(EntitySpec.from_dict(e) for e in data["entities"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(f"{self.registry_path} is not a valid registry ({exc})") from exc

    def load_manifest(self) -> dict[str, ManifestEntry]:
        data = self._load_json(self.manifest_path, {"files": {}})
        try:
            return {path: ManifestEntry(**entry) for path, entry in data["files"].items()}
        except (KeyError, TypeError, AttributeError) as exc:
            raise ProjectError(f"{self.manifest_path} is not a valid manifest ({exc})") from exc

    def _load_json(self, path: Path, default: dict[str, Any]) -> dict[str, Any]:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return default
        except (OSError, ValueError) as exc:
            raise ProjectError(f"{path} cannot be read ({exc})") from exc

    def collisions(self, paths: list[str]) -> list[str]:
        """Paths that exist in the project but were not generated by baes."""
        manifest = self.load_manifest()
        return sorted(
            p
            for p in paths
            if p not in manifest and ((self.root / p).exists() or (self.root / p).is_symlink())
        )

    # --- staging and commit -------------------------------------------------------------------
    def begin_staging(self, run_id: str) -> Staging:
        """A fresh staging folder holding a copy of every managed file."""
        root = self.staging_root / run_id
        root.mkdir(parents=True)
        for rel in self.load_manifest():
            source = self.root / rel
            if source.is_file():
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, root / rel)
        return Staging(self, run_id, root)

    def discard(self, staging: Staging) -> None:
        shutil.rmtree(staging.root, ignore_errors=True)

    def prepare_commit(self, staging: Staging, *, after: Registry) -> dict[str, Any]:
        """Write the journal (step 1); from here on the commit finishes even after a crash."""
        manifest = self.load_manifest()
        place = []
        for rel, generated in sorted(staging.written.items()):
            data = (staging.root / rel).read_bytes()
            digest = sha256_bytes(data)
            manifest[rel] = ManifestEntry(digest, generated.template, generated.template_version)
            current = self.root / rel
            if not current.is_file() or sha256_bytes(current.read_bytes()) != digest:
                place.append({"path": rel, "sha256": digest})
        remove = sorted(p for p in staging.removed if p in manifest)
        for rel in remove:
            manifest.pop(rel)
        journal = {
            "version": FORMAT_VERSION,
            "run_id": staging.run_id,
            "staging": staging.root.relative_to(self.root).as_posix(),
            "place": place,
            "remove": remove,
            "manifest": {
                "version": FORMAT_VERSION,
                "files": {p: e.to_dict() for p, e in sorted(manifest.items())},
            },
            "registry": {
                "version": FORMAT_VERSION,
                "entities": [e.to_dict() for e in after.entities],
            },
        }
        _write_atomic(self.journal_path, _dump(journal))
        return journal

    def commit(self, staging: Staging, *, after: Registry) -> tuple[str, ...]:
        """Place the run's files; returns the paths that changed (placed or removed)."""
        journal = self.prepare_commit(staging, after=after)
        self._apply(journal)
        return tuple(sorted([p["path"] for p in journal["place"]] + journal["remove"]))

    def _apply(self, journal: dict[str, Any]) -> None:
        """Steps 2–3; idempotent, so a crash during them is finished by running them again."""
        staging = self.root / journal["staging"]
        for item in journal["place"]:
            rel = check_relative_path(item["path"])
            source, target = staging / rel, self.root / rel
            if source.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
            elif not (target.is_file() and sha256_bytes(target.read_bytes()) == item["sha256"]):
                raise ProjectError(
                    f"the interrupted commit cannot be finished: {rel} is missing from "
                    f"{staging}; restore the project from a backup"
                )
        for rel in journal["remove"]:
            target = self.root / check_relative_path(rel)
            target.unlink(missing_ok=True)
            self._prune_empty_dirs(target.parent)
        _write_atomic(self.manifest_path, _dump(journal["manifest"]))
        _write_atomic(self.registry_path, _dump(journal["registry"]))
        self.journal_path.unlink()
        shutil.rmtree(staging, ignore_errors=True)

    def _prune_empty_dirs(self, folder: Path) -> None:
        while folder != self.root and self.root in folder.parents:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only succeeds when empty
            if folder.exists():
                return
            folder = folder.parent
