"""Settings: defaults < config file (TOML) < environment (BAES_*) < command-line flags.

The config file is `baes.toml` in the project, else `config.toml` in the user config dir.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

APP_NAME = "baes"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def default_project_dir() -> Path:
    return default_data_dir() / "projects" / "default"


@dataclass(frozen=True)
class Settings:
    """Everything a face needs to build the core services. Paths are absolute."""

    data_dir: Path = field(default_factory=default_data_dir)
    project_dir: Path = field(default_factory=default_project_dir)
    # Recognition
    confidence_threshold: float = 0.8  # see docs/recognition.md, "Confidence and clarification"
    cache_enabled: bool = True
    cache_memory_size: int = 1024
    # Generation
    run_tests: bool = True
    test_timeout_s: float = 300.0
    # Which generated tests a run passes before it commits: "affected" (the changed entities'
    # tests and the project-level ones; see runs/affected.py) or "all".
    verify: str = "affected"
    # pytest processes side by side; 0 = as many as pay for themselves (sweas.tests.workers_for:
    # two cores and ~300 tests), N = N (split by test file).
    test_workers: int = 0
    # LLM (any OpenAI-compatible server); unset means offline, templates only
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout_s: float = 60.0  # per HTTP attempt; a run never waits longer on one answer
    llm_max_retries: int = 2  # retries of a timeout, refused connection, 429 or 5xx
    # TUI
    theme: str = "textual-dark"
    keys: dict[str, str] = field(default_factory=dict)
    config_file: Path | None = None

    @property
    def cache_path(self) -> Path:
        return self.data_dir / "cache.db"

    @property
    def metrics_path(self) -> Path:
        return self.data_dir / "metrics.csv"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "baes.log.jsonl"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)


_ENV = {
    "BAES_DATA_DIR": "data_dir",
    "BAES_PROJECT": "project_dir",
    "BAES_CONFIDENCE_THRESHOLD": "confidence_threshold",
    "BAES_CACHE_ENABLED": "cache_enabled",
    "BAES_CACHE_MEMORY_SIZE": "cache_memory_size",
    "BAES_RUN_TESTS": "run_tests",
    "BAES_TEST_TIMEOUT": "test_timeout_s",
    "BAES_VERIFY": "verify",
    "BAES_TEST_WORKERS": "test_workers",
    "BAES_LLM_BASE_URL": "llm_base_url",
    "BAES_LLM_MODEL": "llm_model",
    "BAES_LLM_API_KEY": "llm_api_key",
    "BAES_LLM_TIMEOUT": "llm_timeout_s",
    "BAES_LLM_MAX_RETRIES": "llm_max_retries",
    "BAES_THEME": "theme",
}

# The variables the `openai` SDK itself reads, used only where baes' own settings say nothing,
# so one exported OPENAI_BASE_URL serves every tool. There is no fallback model: baes never
# picks a model (or, without a base URL, a remote host) on a person's behalf.
_OPENAI_FALLBACKS = {"OPENAI_BASE_URL": "llm_base_url", "OPENAI_API_KEY": "llm_api_key"}

# TOML tables flatten onto field names: [llm] base_url -> llm_base_url, [cache] memory_size ...
_TOML_SECTIONS = {"llm": "llm_", "cache": "cache_", "recognition": "", "generation": "", "ui": ""}


class ConfigError(ValueError):
    """The config file or an environment variable has a value baes cannot use."""


VERIFY_CHOICES = ("affected", "all")


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind in ("Path", "Path | None"):
            return Path(os.path.expanduser(str(value))).resolve()
        if kind == "bool":
            if isinstance(value, bool):
                return value
            return str(value).strip().lower() in ("1", "true", "yes", "on")
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "dict[str, str]":
            pairs = dict(value).items()
            if not all(isinstance(v, str) for _, v in pairs):
                raise ValueError('every value must be text, e.g. "ctrl+r"')
            return {str(k): v for k, v in pairs}
        return str(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ConfigError(f"{name}: cannot use {value!r} ({exc})") from exc


# Ranges a value must fall in; anything else is refused with a message, never used.
_LIMITS: dict[str, tuple[float, float]] = {
    "confidence_threshold": (0.0, 1.0),
    "cache_memory_size": (0, 10_000_000),
    "test_timeout_s": (1.0, 86_400.0),
}


def _check_range(name: str, value: Any) -> Any:
    low, high = _LIMITS.get(name, (None, None))
    if low is not None and not (low <= value <= high):  # NaN fails both comparisons
        raise ConfigError(f"{name}: {value!r} is outside {low:g}..{high:g}")
    return value


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when a config file exists: no cost on the common path

    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    known = {f.name for f in fields(Settings)}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _TOML_SECTIONS and isinstance(value, dict):
            prefix = _TOML_SECTIONS[key]
            for sub, subvalue in value.items():
                name = prefix + sub
                if name in known:
                    out[name] = subvalue
        elif key in known:
            out[key] = value
    return out


def load_settings(
    *,
    project: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    environ: dict[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build settings from every layer; later layers win."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}

    project_hint = project or env.get("BAES_PROJECT")
    candidates = []
    if project_hint:
        candidates.append(Path(project_hint).expanduser() / "baes.toml")
    candidates.append(default_config_dir() / "config.toml")
    for candidate in candidates:
        try:
            present = candidate.is_file()
        except OSError as exc:  # a name too long, a loop of links: the folder is unusable
            raise ConfigError(f"cannot use {candidate.parent} ({exc.strerror or exc})") from exc
        if present:
            values.update(_read_toml(candidate))
            values["config_file"] = candidate
            break

    for var, name in _ENV.items():
        if env.get(var):
            values[name] = env[var]
    for var, name in _OPENAI_FALLBACKS.items():
        if not values.get(name) and env.get(var):
            values[name] = env[var]
    if project is not None:
        values["project_dir"] = project
    if data_dir is not None:
        values["data_dir"] = data_dir
    values.update({k: v for k, v in overrides.items() if v is not None})

    settings = Settings()
    coerced = {name: _check_range(name, _coerce(name, value)) for name, value in values.items()}
    if coerced.get("verify", "affected") not in VERIFY_CHOICES:
        raise ConfigError(
            f"verify: cannot use {coerced['verify']!r} (choose {' or '.join(VERIFY_CHOICES)})"
        )
    if coerced.get("test_workers", 0) < 0:
        raise ConfigError("test_workers: cannot be negative (0 means one per core)")
    return replace(settings, **coerced)
