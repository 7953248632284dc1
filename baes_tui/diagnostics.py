"""`baes doctor`: what works here and what does not, each with a next step."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

from baes_tui.core.config import Settings

State = Literal["ok", "warn", "fail"]


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    state: State
    detail: str


def _writable(folder: Path) -> str | None:
    """None when a file can be created in `folder` (created if missing), else why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".baes-probe-{os.getpid()}"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _packages() -> Check:
    names = ("textual", "jinja2", "nltk", "aiosqlite", "fastapi", "uvicorn", "pydantic", "pytest")
    found, missing = [], []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            missing.append(name)
    if missing:
        return Check("packages", "fail", f"missing {', '.join(missing)}: run `make install`")
    return Check("packages", "ok", ", ".join(found))


def _wordnet() -> Check:
    """Where WordNet is, whether it loads, and — when it does not — the exact command that
    gets it, the way NLTK users get corpora (its downloader; Debian's package offline)."""
    from baes_tui.recognition.normalize import default_normalizer
    from baes_tui.recognition.wordnet import LazyLemmatizer, install_command

    lemmatizer = LazyLemmatizer()
    location = lemmatizer.locate()
    get_it = (
        f"get it with `{install_command()}` (NLTK's downloader; offline on Debian or Ubuntu: "
        f"`apt-get install wordnet-base`, then the same command with `--offline`)"
    )
    started = time.perf_counter()
    lemmatizer.load()  # NLTK decides, even where the quick look found nothing
    elapsed = time.perf_counter() - started
    normalizer = default_normalizer(lemmatizer)
    if lemmatizer.error and location is None:
        return Check(
            "wordnet",
            "warn",
            "WordNet data is not installed where NLTK looks; recognition works with the "
            "rule-based fallback normalizer fallback-v1 (its cache keys differ from "
            f"WordNet's); {get_it}",
        )
    if lemmatizer.error:
        where = f" at {location}" if location else ""
        return Check(
            "wordnet",
            "warn",
            f"{lemmatizer.error}{where}; recognition uses the fallback normalizer "
            f"{normalizer.id}; to replace it, delete that folder and {get_it}",
        )
    where = location or "found by NLTK"
    return Check("wordnet", "ok", f"{where}, loaded in {elapsed:.2f} s; normalizer {normalizer.id}")


def _templates() -> Check:
    from baes_tui.sweas.templates import TemplateRegistry

    try:
        registry = TemplateRegistry()
    except Exception as exc:
        return Check("templates", "fail", f"cannot load templates: {exc}")
    return Check("templates", "ok", f"{len(registry.names())} templates in {registry.root}")


async def _cache(settings: Settings) -> Check:
    from baes_tui.recognition.cache.store import RecognitionCache

    cache = await RecognitionCache.open(settings.cache_path, backups_dir=settings.backups_dir)
    try:
        stats = await cache.stats()
    finally:
        await cache.close()
    if not cache.available:
        return Check("cache", "warn", cache.warning or "cache unavailable; recognition goes on")
    return Check("cache", "ok", f"{stats.entries} entries in {settings.cache_path}")


async def _llm(settings: Settings) -> Check:
    if not settings.llm_configured:
        return Check(
            "llm",
            "ok",
            "not configured: standard CRUD uses templates; custom logic goes to review "
            "(set [llm] base_url and model, or BAES_LLM_BASE_URL (or OPENAI_BASE_URL) and"
            " BAES_LLM_MODEL, to use an OpenAI-compatible server)",
        )
    import httpx

    url = settings.llm_base_url.rstrip("/") + "/models"
    headers = {"Authorization": f"Bearer {settings.llm_api_key}"} if settings.llm_api_key else {}
    try:
        async with httpx.AsyncClient(timeout=3.0) as client:
            response = await client.get(url, headers=headers)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        return Check("llm", "warn", f"{url} did not answer ({exc}); custom logic goes to review")
    return Check("llm", "ok", f"{settings.llm_model} at {settings.llm_base_url}")


async def run_checks(settings: Settings) -> list[Check]:
    checks = [
        Check("python", "ok", f"{sys.version.split()[0]} at {sys.executable}"),
        _packages(),
        await asyncio.to_thread(_wordnet),
        _templates(),
    ]
    problem = _writable(settings.data_dir)
    checks.append(
        Check("data dir", "fail", f"{settings.data_dir} is not writable: {problem}")
        if problem
        else Check("data dir", "ok", str(settings.data_dir))
    )
    checks.append(await _cache(settings))
    project = settings.project_dir
    if project.exists() and not project.is_dir():
        checks.append(Check("project", "fail", f"{project} exists and is not a folder"))
    else:
        problem = _writable(project) if project.exists() else None
        state: State = "fail" if problem else "ok"
        where = f"{project} ({'exists' if project.exists() else 'created on first generate'})"
        checks.append(Check("project", state, f"{where}: {problem}" if problem else where))
    checks.append(await _llm(settings))
    if settings.config_file:
        checks.append(Check("config", "ok", str(settings.config_file)))
    return checks
