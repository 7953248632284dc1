"""The Workspace: every core service a face needs, built once from Settings.

The CLI and the TUI both hold one Workspace and call the same methods, so a behaviour seen in
one face is the behaviour of the other. It owns the lifetimes (cache connection, WordNet
loader) so faces never juggle them.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError
from baes_tui.core.events import EventSink, discard
from baes_tui.core.log import JsonLinesLog
from baes_tui.core.models import DESTRUCTIVE_INTENTS, EntitySpec, Recognition
from baes_tui.core.results import RunResult, VerifyReport
from baes_tui.recognition.service import RecognitionService
from baes_tui.recognition.wordnet import LazyLemmatizer

if TYPE_CHECKING:
    from baes_tui.core.records import HandEditConflict, ReviewItem, StoredVerdict
    from baes_tui.recognition.cache.store import CacheStats, RecognitionCache
    from baes_tui.recognition.llm_reader import LLMReader
    from baes_tui.runs.metrics import MetricsSummary
    from baes_tui.runs.project_state import ProjectState
    from baes_tui.validation import Verdict


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

    def __init__(self, settings: Settings, cache: RecognitionCache | None) -> None:
        self.settings = settings
        self.cache_or_none = cache
        self.log = JsonLinesLog(settings.log_path)
        self.lemmatizer = LazyLemmatizer()
        self.llm = _llm_reader(settings, self.log, self._entity_names)
        self.recognition = RecognitionService(
            lemmatizer=self.lemmatizer,
            cache=cache,
            threshold=settings.confidence_threshold,
            log=self.log,
            llm=self.llm,
        )
        self._cache_listeners: list[Callable[[CacheStats], None]] = []
        self._backup: asyncio.Task[None] | None = None
        self.recognition.add_listener(self._on_lookup)

    @classmethod
    async def open(cls, settings: Settings, *, load_wordnet: bool = True) -> Workspace:
        cache = None
        if settings.cache_enabled:
            from baes_tui.recognition.cache.store import RecognitionCache

            cache = await RecognitionCache.open(
                settings.cache_path,
                memory_size=settings.cache_memory_size,
                backups_dir=settings.backups_dir,
            )
        workspace = cls(settings, cache)
        if load_wordnet:
            workspace.lemmatizer.load_in_background()
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
        if self.cache_or_none is not None:
            await self.cache_or_none.close()
        if self.llm is not None:
            await self.llm.client.aclose()

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
        """Wait (off the event loop) until the normalizer is chosen: WordNet or the fallback."""
        await self.recognition.normalizer()
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
        emit: EventSink = discard,
        run_tests: bool | None = None,
        confirmed: bool = False,
    ) -> RunResult:
        """Recognize (unless given a Recognition), plan, run the waves, commit."""
        # The generation modules (pipeline, SWEAs, rules, Jinja2) import in a thread, so a
        # face's event loop does not stall on the first run.
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

    def _with_state(self, action: Callable[[ProjectState], Any]) -> Any:
        from baes_tui.runs.project_state import ProjectState

        path = self._state_path()
        if not path.is_file():
            return None
        with ProjectState(path) as state:
            return action(state)

    async def review_items(
        self, outcome: str | None = None, *, include_decided: bool = True
    ) -> list[ReviewItem]:
        """The review queue of the project, oldest first (empty before the first run)."""
        items = await asyncio.to_thread(
            self._with_state,
            lambda state: state.review_items(outcome=outcome, include_decided=include_decided),
        )
        return items or []

    async def verdicts(
        self, outcome: str | None = None, *, limit: int = 500, offset: int = 0
    ) -> list[StoredVerdict]:
        """Verdicts of the latest and earlier runs, newest first (the Review screen's table)."""
        found = await asyncio.to_thread(
            self._with_state,
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

        item = await asyncio.to_thread(self._with_state, lambda state: state.review_item(item_id))
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
        return await self.cache.warm(
            lambda text: self.recognition.recognizer.recognize(
                text, normalizer=normalizer, threshold=self.recognition.threshold
            )
        )

    def metrics(self) -> MetricsSummary:
        """Runs from metrics.csv, with this project's review decisions folded in."""
        from baes_tui.runs.metrics import summarize

        reviews = self._with_state(lambda state: state.review_counts()) or {}
        return summarize(self.settings.metrics_path, reviews)

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
    from baes_tui.recognition.llm_reader import LLMReader

    client = LLMClient.from_settings(settings)
    if client is None:
        return None
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
