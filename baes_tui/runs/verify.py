"""`baes verify`: everything a run checks, on the whole project as it is now.

A run verifies only what it changed (the affected tests, the changed files; runs/affected.py);
this runs the whole generated suite (split over the cores) and the rule catalog on every
generated file, hand edits included, in the project folder itself. Nothing is written to the
project: no bytecode, no pytest cache, the databases and pytest's folders live in
`.baes/tmp/`, deleted afterwards. The project lock is held throughout, so no run commits under
it.
"""

from __future__ import annotations

import asyncio
import shutil
import time
import uuid
from collections.abc import Callable

from baes_tui.core.config import Settings
from baes_tui.core.errors import BaesError
from baes_tui.core.results import VerifyReport
from baes_tui.core.verdicts import Verdict, count_outcomes
from baes_tui.runs.project import Project
from baes_tui.runs.techlead import Validator
from baes_tui.runs.testrun import (
    TestRunFailed,
    count_tests,
    plan_shards,
    prewarm,
    run_generated_tests,
    suite_files,
)


class NothingToVerify(BaesError):
    """The project has no generated system yet."""


async def verify_project(
    settings: Settings,
    *,
    progress: Callable[[str], None] = lambda _line: None,
    validate: Validator | None = None,
) -> VerifyReport:
    """Run the whole suite and every rule; raises NothingToVerify for an empty project."""
    started = time.perf_counter()
    project = await asyncio.to_thread(Project.open, settings.project_dir)
    try:
        await asyncio.to_thread(lambda: project.state().close())  # closes stale runs
        manifest = await asyncio.to_thread(project.load_manifest)
        files = await asyncio.to_thread(suite_files, project.root)
        if not manifest or not files:
            raise NothingToVerify(
                f"{project.root} has no generated system to verify yet; run `baes generate` first"
            )
        workers = settings.test_workers or None
        weights = await asyncio.to_thread(count_tests, project.root, files)
        prewarm(len(plan_shards(weights, workers)))  # they warm up while the rules run
        verdicts = await asyncio.to_thread(_judge_all, project, sorted(manifest), validate)
        rejected = tuple(
            f"{v.path}: {' | '.join(v.feedback) or 'rejected'}"
            for v in verdicts
            if v.outcome == "confident_rejection"
        )
        progress(f"rules: {len(verdicts)} files checked, {len(rejected)} rejected")
        scratch = await asyncio.to_thread(project.scratch_dir, f"verify-{uuid.uuid4().hex[:8]}")
        error = None
        try:
            tests = await run_generated_tests(
                project.root,
                timeout_s=settings.test_timeout_s,
                progress=progress,
                workers=workers,
                scratch=scratch,
            )
        except TestRunFailed as exc:
            tests, error = exc.report, str(exc)
        finally:
            await asyncio.to_thread(shutil.rmtree, scratch, True)
    finally:
        project.close()
    return VerifyReport(
        project=str(project.root),
        tests=tests,
        test_files=len(files),
        verdicts=count_outcomes(verdicts),
        rejected=rejected,
        error=error,
        duration_ms=(time.perf_counter() - started) * 1000,
    )


def _judge_all(project: Project, paths: list[str], validate: Validator | None) -> list[Verdict]:
    if validate is None:
        from baes_tui.validation.engine import validate_source

        validate = validate_source
    verdicts = []
    for rel in paths:
        path = project.root / rel
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # a file you deleted or made binary: the suite shows what it breaks
        verdicts.append(validate(rel, text))
    return verdicts
