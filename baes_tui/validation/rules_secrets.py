"""SEC001: no hard-coded secrets — API keys, tokens, passwords — in code, config or text.

Three detectors, from the most to the least certain:
- provider formats (AWS, GitHub, Slack, Stripe, OpenAI/Anthropic, Google, SendGrid keys, PEM
  private keys) anywhere in any file: these are credentials whatever they are called;
- a user name and password inside a URL (postgresql://app:s3cret@db/app), outside tests;
- a setting whose *name* says secret (password, db_pass, api_key, OPENAI_API_KEY, client_secret,
  auth_token, Authorization) given a literal value: Python assignments, keyword arguments,
  defaults, dict entries, comparisons and environment-lookup fallbacks; config-file settings.
  Test code is exempt from this one: its passwords are test data, not credentials.
A value that is empty, a placeholder (changeme, <your key>, ${API_KEY}, xxx), the name of an
environment variable, a path, or prose with spaces is not a secret. An environment lookup
(os.environ["API_KEY"], os.getenv("API_KEY")) is what the rule asks for.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation.configfile import entries
from baes_tui.validation.rule import Hit, Source, dotted_name, rule
from baes_tui.validation.rules_generic import ALL_LANGUAGES

_PROVIDER_KEYS = (
    ("an AWS access key id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("a GitHub token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_\w{22,})\b")),
    ("a Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("a Stripe live key", re.compile(r"\b[sr]k_live_[A-Za-z0-9]{16,}\b")),
    ("an OpenAI or Anthropic key", re.compile(r"\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}")),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("a SendGrid key", re.compile(r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}")),
    ("a private key", re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
)
# A literal piece every provider format above contains: text without any of them cannot hold a
# provider key, so most strings cost one search instead of eight.
_PROVIDER_TRIGGER = re.compile(
    r"AKIA|ASIA|gh[pousr]_|github_pat_|xox|k_live_|sk-|AIza|SG\.|-----BEGIN "
)
_URL_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.-]*://([^\s/:@'\"]+):([^\s/@'\"]+)@[^\s/'\"]+")
_SECRET_WORDS = frozenset(
    {"password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "credentials"}
)
_SECRET_PAIRS = frozenset(
    {
        ("api", "key"),
        ("secret", "key"),
        ("private", "key"),
        ("access", "key"),
        ("signing", "key"),
        ("encryption", "key"),
        ("master", "key"),
        ("auth", "key"),
        ("app", "key"),
        ("account", "key"),
    }
)
_LAST_ONLY_WITH_PREFIX = frozenset({"pass", "authorization"})
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_PLACEHOLDER = re.compile(
    r"""^(
        <[^>]*> | \$\{[^}]*\} | \$[A-Za-z_]\w* | \{\{.*\}\} | %\(\w+\)s | %s | \{\w*\}
        | x+ | \*+ | \.+ | -+ | _+ | \#+ | \?+ | 0+
        | change[-_ ]?(me|it|this) | replace[-_ ]?me | todo | tbd | fixme | none | null | nil
        | undefined | unset | redacted | hidden | empty | (dummy|placeholder|example|sample|fake)\w*
        | your[-_ ].* | your[A-Z_].* | (env|vault|ssm|secretsmanager)[:/].*
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
_URL_PLACEHOLDER_PASSWORDS = frozenset(
    {"password", "pass", "passwd", "pwd", "secret", "pw", "p", "***"}
)
_MIN_TOKEN_AFTER_SCHEME = 12  # "Token one" is a label; a bearer credential is long
_AUTH_SCHEME = re.compile(r"^(Bearer|Basic|Token|Bot)\s+(\S+)$", re.IGNORECASE)
_ENV_LOOKUPS = frozenset(
    {"os.getenv", "os.environ.get", "os.environ.setdefault", "environ.get", "getenv"}
)
_MESSAGES = {
    "assigned": "hard-coded secret assigned to {name}",
    "keyword": "hard-coded secret passed as {name}=",
    "env": "hard-coded fallback for the environment variable {name}",
    "default": "hard-coded secret as the default of {name}",
    "key": "hard-coded secret under the key {name!r}",
    "compared": "{name} compared with a hard-coded secret",
}
_BOOLEANS = frozenset({"true", "false", "yes", "no", "on", "off", "~"})


@lru_cache(maxsize=4096)
def secret_name(name: str) -> bool:
    """password, DB_PASSWORD, apiKey, OPENAI_API_KEY, client_secret, X-Auth-Token; not
    TOKEN_URL, token_type, PASSWORD_MIN_LENGTH or SECRET_KEY_ENV (the last word decides)."""
    words = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return False
    last = words[-1]
    if last in _SECRET_WORDS:
        return True
    if last in _LAST_ONLY_WITH_PREFIX:
        return len(words) > 1 or last == "authorization"
    return len(words) > 1 and (words[-2], last) in _SECRET_PAIRS


def secret_value(value: str) -> bool:
    """Whether a literal given to a secret-named setting is a real value, not a stand-in."""
    text = value.strip()
    scheme = _AUTH_SCHEME.match(text)
    if scheme and len(scheme.group(2)) >= _MIN_TOKEN_AFTER_SCHEME:
        text = scheme.group(2)  # "Bearer 3f9a…": the credential after the scheme
    if not text or any(c.isspace() for c in text) or text.lower() in _BOOLEANS:
        return False
    if _PLACEHOLDER.match(text) or _ENV_NAME.match(text):
        return False
    return not text.startswith(("/", "./", "~/", "../"))


def _env_name(name: str) -> str:
    words = [w.upper() for w in _WORD.findall(name)]
    return "_".join(words) or "SECRET"


def _fix(name: str, how: str) -> str:
    if how == "compared":
        return "Compare with a hash kept outside the code (hmac.compare_digest on the hashes)."
    if name.lower() == "authorization":
        return "Build the header from the environment: f\"Bearer {os.environ['API_TOKEN']}\"."
    return f'Read it from the environment: os.environ["{_env_name(name)}"], and keep it out of git.'


def _text_hits(src: Source, text: str, first_line: int, credentials: bool) -> Iterator[Hit]:
    """Provider keys (and URL credentials) in a stretch of text starting at `first_line`."""
    if _PROVIDER_TRIGGER.search(text):
        for label, pattern in _PROVIDER_KEYS:
            for match in pattern.finditer(text):
                line = first_line + text.count("\n", 0, match.start())
                yield Hit(line, "reject", f"hard-coded secret: {label}")
    if not credentials or "://" not in text:
        return
    for match in _URL_CREDENTIALS.finditer(text):
        password = match.group(2)
        if password.lower() in _URL_PLACEHOLDER_PASSWORDS or not secret_value(password):
            continue
        line = first_line + text.count("\n", 0, match.start())
        message = f"hard-coded password for user {match.group(1)!r} in a URL"
        yield Hit(line, "reject", message, "Build the URL from environment variables.")


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _target_name(node: ast.AST) -> str:
    if isinstance(node, ast.Subscript):
        return _string(node.slice) or ""
    return dotted_name(node).split(".")[-1]


def _named_literals(src: Source) -> Iterator[tuple[str, ast.expr, str]]:
    """(setting name, literal node, how it is set) for every string literal given to a named
    setting (values that are not string literals are never secrets here: left out early)."""
    for node in src.nodes(ast.Assign):
        if _string(node.value) is not None:
            for target in node.targets:
                yield _target_name(target), node.value, "assigned"
    for node in src.nodes(ast.AnnAssign):
        if _string(node.value) is not None:
            yield _target_name(node.target), node.value, "assigned"
    for call in src.nodes(ast.Call):
        for keyword in call.keywords:
            if keyword.arg and _string(keyword.value) is not None:
                yield keyword.arg, keyword.value, "keyword"
        if src.qualified_name(call.func) in _ENV_LOOKUPS and len(call.args) >= 2:
            name = _string(call.args[0])
            if name:
                yield name, call.args[1], "env"
    for func in [*src.nodes(ast.FunctionDef), *src.nodes(ast.AsyncFunctionDef)]:
        args = func.args
        positional = [*args.posonlyargs, *args.args]
        defaulted = positional[len(positional) - len(args.defaults) :]
        for arg, default in zip(defaulted, args.defaults, strict=True):
            yield arg.arg, default, "default"
        for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
            if kw_default is not None:
                yield arg.arg, kw_default, "default"
    for node in src.nodes(ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            name = _string(key)
            if name:
                yield name, value, "key"
    for node in src.nodes(ast.Compare):
        operands = [node.left, *node.comparators]
        for left, right in pairwise(operands):
            for named, literal in ((left, right), (right, left)):
                if _string(literal) is not None and isinstance(
                    named, ast.Name | ast.Attribute | ast.Subscript
                ):
                    yield _target_name(named), literal, "compared"


def _python_hits(src: Source) -> Iterator[Hit]:
    tests = src.kind == "tests"
    strings = [node for node in src.nodes(ast.Constant) if isinstance(node.value, str)]
    # One search over all of them first (no trigger spans a newline, so none spans two strings).
    joined = "\n".join(node.value for node in strings)
    if _PROVIDER_TRIGGER.search(joined) or (not tests and "://" in joined):
        for node in strings:
            yield from _text_hits(src, node.value, node.lineno, credentials=not tests)
    if tests:
        return
    for name, literal, how in _named_literals(src):
        value = _string(literal)
        if value is None or not secret_name(name) or not secret_value(value):
            continue
        yield Hit(literal.lineno, "reject", _MESSAGES[how].format(name=name), _fix(name, how))


def _config_hits(src: Source) -> Iterator[Hit]:
    yield from _text_hits(src, src.text, 1, credentials=True)
    for entry in entries(src):
        if secret_name(entry.key) and secret_value(entry.value):
            if not entry.quoted and entry.value[:1] in ("!", "|", ">", "{", "["):
                continue  # a YAML tag or block, a table or a list: not a literal value
            message = f"hard-coded secret in setting {entry.key}"
            fix = f"Leave {entry.key} empty here and set it in the environment or a secret store."
            yield Hit(entry.line, "reject", message, fix)


@rule(
    "SEC001-hardcoded-secret",
    "No hard-coded API keys, tokens or passwords",
    """A credential in a file ends up in git, in backups and in every copy of the project, and
    cannot be rotated without a release. Rejected: a key in a provider's format (AWS, GitHub,
    Slack, Stripe, OpenAI, Anthropic, Google, SendGrid, a PEM private key) anywhere; a password
    inside a URL; a literal value for a setting named like a secret (password, api_key, token,
    client_secret, Authorization) — assigned, passed, used as a default, compared with, or as
    the fallback of os.getenv — in Python and in .env, .toml, .ini, .yaml or .json files.
    Approved: an environment lookup (os.environ["API_KEY"], os.getenv("API_KEY")), empty values,
    placeholders (changeme, <your key>, ${API_KEY}), names of environment variables and prose.
    In test code only provider-format keys count: its passwords are test data.""",
    fix='Read the secret from the environment (os.environ["API_KEY"]) and keep it out of git.',
    kinds=FILE_KINDS,
    languages=ALL_LANGUAGES,
    stage="ast",
)
def hardcoded_secret(src: Source) -> Iterator[Hit]:
    if src.language == "python":
        hits = _python_hits(src)
    elif src.kind == "config":
        hits = _config_hits(src)
    else:
        hits = _text_hits(src, src.text, 1, credentials=True)
    seen: set[int] = set()
    for hit in hits:  # one finding per line: the provider's name beats the setting's
        if hit.line not in seen:
            seen.add(hit.line)
            yield hit


SECRET_RULES = (hardcoded_secret,)
