"""The Workspace: every core service a face needs, built once from Settings.

The CLI and the TUI both hold one Workspace and call the same methods, so a behaviour seen in
one face is the behaviour of the other. It owns the lifetimes (cache connection, WordNet
loader) so faces never juggle them.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError, ProjectError
from baes_tui.core.log import JsonLinesLog, report_to_json_lines
from baes_tui.core.models import DESTRUCTIVE_INTENTS, EntitySpec, Recognition
from baes_tui.recognition.wordnet import LazyLemmatizer

if TYPE_CHECKING:
    from baes_tui.core.events import Event, EventSink
    from baes_tui.core.records import HandEditConflict, ReviewItem, StoredVerdict
    from baes_tui.core.results import RunResult, VerifyReport
    from baes_tui.recognition.cache.io import ImportReport
    from baes_tui.recognition.cache.store import CacheStats, RecognitionCache
    from baes_tui.recognition.lemmas import LemmaMemory
    from baes_tui.recognition.llm_reader import LLMReader
    from baes_tui.recognition.service import RecognitionService
    from baes_tui.runs.metrics import MetricsSummary
    from baes_tui.runs.project_state import ProjectState
    from baes_tui.validation import Verdict


log = logging.getLogger(__name__)


def state_problem(path: Path, exc: BaseException, *, write: bool) -> str:
    """What is wrong with a project's state.db and the command that fixes it."""
    project = path.parent.parent
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return (
            f"the project is read-only: cannot record this in {path} ({exc}); make it "
            f"writable (`chmod -R u+w {project}`) or copy it and use --project with the copy"
        )
    if "locked" in text or "busy" in text:
        return f"{path} is locked by another baes process; try again when it has finished"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (
            f"{path} is damaged ({exc}); move it aside (`mv {path} {path}.damaged`): the next "
            "run starts a fresh review history, the generated files are not touched"
        )
    need = "read and write" if write else "read"
    return (
        f"cannot {need} the project's state {path} ({exc}); check its permissions "
        f"(`ls -ld {path.parent} {path}`; `chmod -R u+rwX {project}`) or use another --project"
    )


def _ignore(_event: Event) -> None:
    """The sink of a run nobody watches (core.events is not imported until a run starts)."""


class ConfirmationRequired(BaesError):
    """A destructive change was asked for without confirmation (`--yes` or the UI's dialog)."""


@dataclass(frozen=True, slots=True)
class WorkspaceStatus:
    normalizer_id: str
    wordnet_ready: bool
    wordnet_error: str | None
    llm_configured: bool
    cache_available: bool
    cache_warning: str | None
    project_dir: Path
    data_dir: Path


@dataclass(frozen=True, slots=True)
class ReviewTableCounts:
    """Rows of the Review screen's table per outcome (over every page) and open items."""

    by_outcome: dict[str, int]
    open_items: int

    @property
    def total(self) -> int:
        return sum(self.by_outcome.values())


@dataclass(frozen=True, slots=True)
class HistoryItem:
    time: float
    request: str
    status: str


class Workspace:
    """Open with `await Workspace.open(settings)`; close with `await ws.close()`."""

    def __init__(
        self, settings: Settings, cache: RecognitionCache | None, log: JsonLinesLog | None = None
    ) -> None:
        self.settings = settings
        self.cache_or_none = cache
        self.log = log if log is not None else JsonLinesLog(settings.log_path)
        self._stop_logging = report_to_json_lines(self.log)
        self._lemma_memory: LemmaMemory | None = None
        self._long_lived = True  # a face that stays open (the TUI); `open` says otherwise
        self.lemmatizer = LazyLemmatizer()
        self._llm: LLMReader | None = None
        self._llm_made = False
        self._recognition: RecognitionService | None = None
        self._cache_listeners: list[Callable[[CacheStats], None]] = []
        self._backup: asyncio.Task[None] | None = None

    @classmethod
    async def open(
        cls, settings: Settings, *, load_wordnet: bool = True, with_cache: bool = True
    ) -> Workspace:
        """Open the cache and the lemma memory; with `load_wordnet`, start loading WordNet in
        the background (the TUI). Without it WordNet loads only for a word the lemma memory
        lacks (the CLI: a warm request never pays for it). `with_cache=False` is for commands
        that never recognize (metrics, review, validate): no cache file is opened or backed up.
        """
        # Problems met while opening (a corrupt cache file…) already go to the JSON-lines log.
        log = JsonLinesLog(settings.log_path)
        stop_logging = report_to_json_lines(log)
        try:
            cache = None
            if settings.cache_enabled and with_cache:
                from baes_tui.recognition.cache.store import RecognitionCache

                cache = await RecognitionCache.open(
                    settings.cache_path,
                    memory_size=settings.cache_memory_size,
                    backups_dir=settings.backups_dir,
                )
            workspace = cls(settings, cache, log)
        finally:
            stop_logging()
        try:
            await workspace._open_lemma_memory()
            workspace._long_lived = load_wordnet
            if load_wordnet:
                workspace.lemmatizer.load_in_background()
                # A long-lived face recognizes soon: import the rules now, off the event loop.
                await asyncio.to_thread(importlib.import_module, "baes_tui.recognition.recognizer")
        except BaseException:
            # Cancelled (the TUI quit while it opened) or failed: the cache file's connection
            # thread would otherwise keep the process alive at exit.
            await workspace.close()
            raise
        if cache is not None:
            workspace._backup = asyncio.create_task(workspace._daily_backup(cache))
        return workspace

    async def _daily_backup(self, cache: RecognitionCache) -> None:
        """The seed's disaster recovery: one JSON export a day into backups/, last 7 kept."""
        written = await cache.backup_if_due()
        if written is not None:
            self.log.write("cache_backup", file=str(written))

    async def close(self) -> None:
        if self._backup is not None:
            await self._backup
        await self._save_lemma_memory()
        if self.cache_or_none is not None:
            await self.cache_or_none.close()
        if self._llm is not None:
            await self._llm.client.aclose()
        self._stop_logging()

    async def __aenter__(self) -> Workspace:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    # --- state -------------------------------------------------------------------------------
    @property
    def cache(self) -> RecognitionCache:
        if self.cache_or_none is None:
            raise BaesError("the recognition cache is turned off (cache_enabled = false)")
        return self.cache_or_none

    def status(self) -> WorkspaceStatus:
        normalizer = self.recognition.status()
        cache = self.cache_or_none
        return WorkspaceStatus(
            normalizer_id=normalizer.normalizer_id,
            wordnet_ready=normalizer.wordnet_ready,
            wordnet_error=normalizer.wordnet_error,
            llm_configured=self.settings.llm_configured,
            cache_available=bool(cache is not None and cache.available),
            cache_warning=(cache.warning if cache is not None else "cache turned off"),
            project_dir=self.settings.project_dir,
            data_dir=self.settings.data_dir,
        )

    async def wait_ready(self) -> WorkspaceStatus:
        """Wait (off the event loop) until the normalizer is chosen: WordNet or the fallback,
        and until a WordNet load under way (the background one) has finished."""
        await self.recognition.normalizer()
        if self.lemmatizer.started.is_set():
            await asyncio.to_thread(self.lemmatizer.ready.wait)
        return self.status()

    def entities(self) -> list[EntitySpec]:
        """The project's entities now (`.baes/registry.json`); none before the first run."""
        path = self.settings.project_dir / ".baes" / "registry.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [EntitySpec.from_dict(e) for e in data["entities"]]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def add_cache_listener(self, listener: Callable[[CacheStats], None]) -> None:
        """`listener(stats)` after every counted lookup: live hit rates without polling."""
        self._cache_listeners.append(listener)

    def _on_lookup(self) -> None:
        if self.cache_or_none is None or not self._cache_listeners:
            return
        stats = self.cache_or_none.stats_now()
        for listener in list(self._cache_listeners):
            listener(stats)

    # --- recognition -------------------------------------------------------------------------
    async def preview(self, request: str) -> Recognition:
        """What `recognize` would answer, without counting or writing (the live preview).

        Until WordNet has loaded, the rules answer at once with the rule-based normalizer and
        the cache is not asked (`cache="pending"`): a face previews from the first keystroke
        instead of waiting for WordNet. `recognize` always waits for the real normalizer.
        """
        if self.recognition.status().normalizer_id == "loading":
            return await self._preview_before_wordnet(request)
        return await self.recognition.preview(request)

    async def recognize(self, request: str) -> Recognition:
        return await self.recognition.recognize(request)

    async def remember(self, recognition: Recognition) -> Recognition:
        return await self.recognition.remember(recognition)

    # --- generation --------------------------------------------------------------------------
    async def generate(
        self,
        request: str | Recognition,
        *,
        emit: EventSink = _ignore,
        run_tests: bool | None = None,
        confirmed: bool = False,
    ) -> RunResult:
        """Recognize (unless given a Recognition), plan, run the waves, commit."""
        # The generation modules (pipeline, SWEAs, rules, Jinja2) import in a thread, so a
        # long-lived face's event loop does not stall on the first run. A CLI run imports what
        # it uses: a project already up to date never loads the generators.
        if self._long_lived:
            await asyncio.to_thread(_preload_generation)
        from baes_tui.runs.pipeline import run_generation

        recognition = await self.recognize(request) if isinstance(request, str) else request
        if (
            recognition.intent in DESTRUCTIVE_INTENTS
            and not confirmed
            and not recognition.needs_clarification
        ):
            target = recognition.entity.name if recognition.entity else "the project"
            raise ConfirmationRequired(
                f"{recognition.intent} deletes data from {target}:"
                " confirm it (`--yes` on the command line)"
            )
        result = await run_generation(
            recognition,
            settings=self.settings,
            emit=emit,
            run_tests=self.settings.run_tests if run_tests is None else run_tests,
        )
        self._remember_history(recognition.request, result.status)
        return result

    # --- validation and review ---------------------------------------------------------------
    def validate(self, paths: Iterable[Path]) -> list[Verdict]:
        from baes_tui.validation.engine import validate_paths

        return validate_paths(list(paths))

    def rule_explanation(self, rule_id: str) -> str:
        """The reviewer's "why": the rule's title and explanation from the catalog."""
        from baes_tui.validation import rule_by_id

        try:
            rule = rule_by_id(rule_id)
        except KeyError:
            return f"{rule_id}: not a rule of this catalog"
        return f"{rule.id} — {rule.title}\n\n{rule.explanation}"

    def _state_path(self) -> Path:
        return self.settings.project_dir / ".baes" / "state.db"

    def _with_state(self, action: Callable[[ProjectState], Any], *, read_only: bool = False) -> Any:
        """Run `action` on the project's state.db (None before the first run). A state that
        cannot be used is a ProjectError saying why and how to fix it, never a raw SQLite
        error. Reads go through `_read_state`, so a read-only project can still be looked at.
        """
        import sqlite3

        from baes_tui.runs.project_state import ProjectState

        path = self._state_path()
        try:
            if not path.is_file():
                return None
            with ProjectState(path, read_only=read_only) as state:
                return action(state)
        except (sqlite3.Error, OSError) as exc:
            raise ProjectError(state_problem(path, exc, write=not read_only)) from exc

    def _read_state(self, action: Callable[[ProjectState], Any]) -> Any:
        """`_with_state` for an action that only reads: opened read-only."""
        return self._with_state(action, read_only=True)

    async def review_items(
        self, outcome: str | None = None, *, include_decided: bool = True
    ) -> list[ReviewItem]:
        """The review queue of the project, oldest first (empty before the first run)."""
        items = await asyncio.to_thread(
            self._read_state,
            lambda state: state.review_items(outcome=outcome, include_decided=include_decided),
        )
        return items or []

    async def verdicts(
        self, outcome: str | None = None, *, limit: int = 500, offset: int = 0
    ) -> list[StoredVerdict]:
        """Verdicts of the latest and earlier runs, newest first (the Review screen's table)."""
        found = await asyncio.to_thread(
            self._read_state,
            lambda state: state.all_verdicts(outcome=outcome, limit=limit, offset=offset),
        )
        return found or []

    async def review_file(self, item_id: int) -> tuple[str, list[int]]:
        """The reviewed file's text and the lines its findings point at.

        A file that never landed (an LLM's module the TechLead rejected; `item.file_kept`) is
        shown as state.db kept it; any other file as it is now in the project.
        """
        item = await self._review_item(item_id)
        if item.file_kept:
            kept = await asyncio.to_thread(self._with_state, lambda state: state.kept_file(item_id))
            if kept is not None:
                return kept, list(item.lines)
        return await self.project_file(item.path), list(item.lines)

    async def project_file(self, relative: str) -> str:
        """A file of the managed system, for display; never a path outside the project."""
        root = self.settings.project_dir.resolve()
        path = (root / relative).resolve()
        if not path.is_relative_to(root):
            return f"({relative} is outside the project and is not shown)"
        try:
            return await asyncio.to_thread(path.read_text, encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            return f"({relative} cannot be shown: {exc})"

    async def _review_item(self, item_id: int) -> ReviewItem:
        from baes_tui.core.records import ReviewItemNotFound

        item = await asyncio.to_thread(self._read_state, lambda state: state.review_item(item_id))
        if item is None:
            raise ReviewItemNotFound(f"there is no review item #{item_id}: the project has no runs")
        return item

    async def decide(self, item_id: int, *, approve: bool, note: str = "") -> ReviewItem:
        """Approve, or reject (which re-opens the item's task for the next generate)."""
        if not approve and not note.strip():
            raise BaesError("a rejection needs a note that says what is wrong")
        await self._review_item(item_id)
        item = await asyncio.to_thread(
            self._with_state, lambda state: state.decide(item_id, approve=approve, note=note)
        )
        self.log.write("review_decision", item=item_id, approve=approve, note=note)
        return item

    # --- growth: hand-edit conflicts and the whole-project verification ----------------------
    async def verify(self, *, progress: Callable[[str], None] | None = None) -> VerifyReport:
        """The whole generated suite and every rule on the project as it is (`baes verify`)."""
        await asyncio.to_thread(_preload_generation)
        from baes_tui.runs.verify import verify_project

        report = await verify_project(self.settings, progress=progress or (lambda _line: None))
        self.log.write("verify", ok=report.ok, tests=report.to_dict()["tests"])
        return report

    async def hand_edit_conflict(self, item_id: int) -> HandEditConflict:
        """Both versions of a conflicting file: yours (in the project) and baes' (beside it)."""
        from baes_tui.core.records import HandEditConflict
        from baes_tui.runs.project import beside_path

        item = await self._review_item(item_id)
        if not item.is_conflict:
            raise BaesError(f"#{item_id} is not a hand-edit conflict")
        root = self.settings.project_dir
        beside = beside_path(item.path)

        def read(relative: str) -> str | None:
            try:
                return (root / relative).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return None

        yours, theirs = await asyncio.to_thread(lambda: (read(item.path), read(beside)))
        return HandEditConflict(item_id, item.path, beside, yours, theirs)

    async def resolve_conflict(self, item_id: int, *, keep: bool, note: str = "") -> ReviewItem:
        """Keep your version of a conflicting file, or take baes' version (`.baes-new`).

        Holds the project lock while it moves files, so it waits for no run and never runs
        under one: while a run holds the project it is refused with a message.
        """
        item = await asyncio.to_thread(self._resolve_conflict, item_id, keep, note)
        self.log.write("conflict_resolved", item=item_id, keep=keep, path=item.path)
        return item

    def _resolve_conflict(self, item_id: int, keep: bool, note: str) -> ReviewItem:
        from baes_tui.runs.project import Project

        with Project.open(self.settings.project_dir) as project, project.state() as state:
            item = state.review_item(item_id)
            if not item.is_conflict:
                raise BaesError(
                    f"#{item_id} is not a hand-edit conflict; approve or reject it instead"
                )
            if item.status != "open":
                raise BaesError(f"#{item_id} was already resolved ({item.status})")
            done = project.resolve_conflict(item.path, keep=keep)
            return state.resolve_conflict(item_id, keep=keep, note=note.strip() or done)

    # --- edited specs and the LLM (llm engineer) ---------------------------------------------
    def _entity_names(self) -> list[str]:
        return [e.name for e in self.entities()]

    async def read_spec(self, data: Any, *, request: str | None = None) -> Recognition:
        """A person's spec (the `baes recognize --json` shape) as a recognition to run.

        Names pass the same safe-name rule as recognized ones; every problem is reported at
        once (SpecError). With `request`, the spec wins and the text is the request recorded.
        The spec is remembered as the person's reading of that request, so asking the same
        words again gives it back from the cache.
        """
        from baes_tui.core.spec import read_spec

        known = await asyncio.to_thread(self._entity_names)
        recognition = read_spec(data, request=request, source="human", known_entities=known)
        return await self.remember(recognition)

    # --- cache and metrics -------------------------------------------------------------------
    async def warm_cache(self) -> int:
        """Pre-fill the cache with common entities (student, course, teacher)."""
        normalizer = await self.recognition.normalizer()
        recognizer, threshold = self.recognition.recognizer, self.recognition.threshold
        # In a thread: a word the lemma memory lacks loads WordNet, never on the event loop.
        return await self.cache.warm(
            lambda text: asyncio.to_thread(
                recognizer.recognize, text, normalizer=normalizer, threshold=threshold
            )
        )

    async def import_cache(self, path: Path, *, on_existing: str = "keep") -> ImportReport:
        """Load a `cache export` file: validated whole first (a bad file changes nothing),
        then written in one transaction; keys already cached are kept with their hit counts
        unless `on_existing="replace"`. Entries of another normalizer are re-keyed after."""
        from baes_tui.core.errors import CacheUnavailable
        from baes_tui.recognition.cache import io as cache_io

        if on_existing not in cache_io.ON_EXISTING:
            raise BaesError(f"on_existing is {on_existing!r}; use keep or replace")
        cache = self.cache
        entries = await asyncio.to_thread(cache_io.read_export, path)
        if not cache.available:
            raise CacheUnavailable(f"nothing imported: {cache.warning or 'the cache is off'}")
        await cache.flush()
        report = await asyncio.to_thread(
            cache_io.import_entries,
            cache.path,
            entries,
            on_existing,  # type: ignore[arg-type]
        )
        await cache.flush()  # sees the import's commit: forgets what its memory tier held
        normalizer = await self.recognition.normalizer()
        moved = await cache.rekey(normalizer.normalize, normalizer.id)
        await cache.stats()
        self.log.write("cache_import", **report.to_dict(), rekeyed_after=moved)
        return replace(report, file=path, rekeyed=moved)

    def metrics(self) -> MetricsSummary:
        """Runs from metrics.csv, with this project's review decisions folded in."""
        from baes_tui.runs.metrics import summarize

        try:
            reviews = self._read_state(lambda state: state.review_counts()) or {}
        except ProjectError as exc:
            # The runs are in metrics.csv: show them, and say why review counts are missing.
            log.warning("review decisions left out of the metrics: %s", exc)
            reviews = {}
        return summarize(self.settings.metrics_path, reviews)

    # --- start-up: lemma memory (fast path) ---------------------------------------------------
    async def _open_lemma_memory(self) -> None:
        """Give the lemmatizer what WordNet answered in earlier sessions (cache.db), so a warm
        request is recognized without loading WordNet. Only with a working cache file, and only
        when WordNet is installed: its fingerprint says which lemmas can be trusted."""
        cache = self.cache_or_none
        if cache is None or not cache.available:
            return
        from baes_tui.recognition.lemmas import LemmaMemory

        fingerprint = await asyncio.to_thread(self.lemmatizer.fingerprint)
        if fingerprint is None:
            return
        self._lemma_memory = await asyncio.to_thread(LemmaMemory.open, cache.path, fingerprint)
        self.lemmatizer.memory = self._lemma_memory

    @property
    def llm(self) -> LLMReader | None:
        """The second reader when an LLM is configured, built on first use: commands that
        never recognize (cache stats, metrics, review) do not import the LLM client."""
        if not self._llm_made:
            self._llm = _llm_reader(self.settings, self.log, self._entity_names)
            self._llm_made = True
        return self._llm

    @property
    def recognition(self) -> RecognitionService:
        """Built on first use: `cache stats`, `metrics` and `review` never import the
        recognizer's rules."""
        if self._recognition is None:
            from baes_tui.recognition.service import RecognitionService

            self._recognition = RecognitionService(
                lemmatizer=self.lemmatizer,
                cache=self.cache_or_none,
                threshold=self.settings.confidence_threshold,
                log=self.log,
                llm=self.llm,
            )
            self._recognition.add_listener(self._on_lookup)
        return self._recognition

    async def _save_lemma_memory(self) -> None:
        memory = self._lemma_memory
        if memory is not None and memory.unsaved:
            await asyncio.to_thread(memory.save)

    # --- history -----------------------------------------------------------------------------
    @property
    def history_path(self) -> Path:
        return self.settings.data_dir / "history.jsonl"

    def _remember_history(self, request: str, status: str) -> None:
        record = {"time": time.time(), "request": request, "status": status}
        try:
            self.history_path.parent.mkdir(parents=True, exist_ok=True)
            with self.history_path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError as exc:
            self.log.write("history_unwritable", error=str(exc))

    def history(self, limit: int = 200) -> list[HistoryItem]:
        """Earlier requests, newest first; a damaged line is skipped, never fatal."""
        try:
            lines = self.history_path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        items: list[HistoryItem] = []
        for line in reversed(lines):
            try:
                raw = json.loads(line)
                items.append(
                    HistoryItem(float(raw["time"]), str(raw["request"]), str(raw["status"]))
                )
            except (ValueError, KeyError, TypeError):
                continue
            if len(items) >= limit:
                break
        return items

    # --- for the TUI's screens (ui) ----------------------------------------------------------
    async def _preview_before_wordnet(self, request: str) -> Recognition:
        from dataclasses import replace

        from baes_tui.core.errors import BadRequest
        from baes_tui.recognition.normalize import FallbackNormalizer
        from baes_tui.recognition.recognizer import MAX_REQUEST_CHARS

        if not request.strip():
            raise BadRequest("the request is empty: describe what to build, e.g. 'create student'")
        if len(request) > MAX_REQUEST_CHARS:
            raise BadRequest(
                f"request too long: {len(request):,} characters; the limit is {MAX_REQUEST_CHARS:,}"
            )
        recognition = await asyncio.to_thread(
            self.recognition.recognizer.recognize,
            request,
            normalizer=FallbackNormalizer("WordNet still loading: a preview"),
            threshold=self.settings.confidence_threshold,
        )
        return replace(recognition, cache="pending", normalized_key="")

    async def review_table_counts(self) -> ReviewTableCounts:
        """How many rows each Review filter shows (zeros before the first run)."""

        def count(state: ProjectState) -> ReviewTableCounts:
            return ReviewTableCounts(state.table_counts(), state.review_counts().get("open", 0))

        found = await asyncio.to_thread(self._with_state, count)
        return found or ReviewTableCounts({}, 0)


def _llm_reader(
    settings: Settings, log: JsonLinesLog, known: Callable[[], Iterable[str]]
) -> LLMReader | None:
    """The second reader, when an LLM is configured (imports no SDK until it is asked)."""
    from baes_tui.llm.client import LLMClient

    client = LLMClient.from_settings(settings)
    if client is None:
        return None
    from baes_tui.recognition.llm_reader import LLMReader

    return LLMReader(client, threshold=settings.confidence_threshold, known_entities=known, log=log)


def _preload_generation() -> None:
    import importlib

    for module in (
        "baes_tui.runs.pipeline",
        "baes_tui.validation.engine",
        "baes_tui.sweas.database",
        "baes_tui.sweas.backend",
        "baes_tui.sweas.frontend",
        "baes_tui.sweas.tests",
    ):
        importlib.import_module(module)
