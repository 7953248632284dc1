"""Rules for outgoing connections: certificates are checked, and no call waits forever.

Calls are recognised by what they resolve to through the module's imports (`import requests
as rq` then `rq.get` is `requests.get`), and requests sessions by the names they are bound to.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation.configfile import entries
from baes_tui.validation.rule import Hit, Source, dotted_name, rule

_VERIFY_KEYWORDS = frozenset({"verify", "verify_ssl", "ssl", "check_hostname", "verify_certs"})
_CERT_NONE = re.compile(r"(^|\.)CERT_NONE$")
_UNVERIFIED_CONTEXT = frozenset({"ssl._create_unverified_context", "ssl._create_stdlib_context"})
_ENV_SWITCHES = {
    "PYTHONHTTPSVERIFY": "0",
    "CURL_CA_BUNDLE": "",
    "REQUESTS_CA_BUNDLE": "",
    "NODE_TLS_REJECT_UNAUTHORIZED": "0",
}
_CONFIG_VERIFY_KEY = re.compile(
    r"^(verify|verify_?ssl|ssl_?verify|tls_?verify|verify_?tls|verify_?certs?|"
    r"ssl_?verification|sslverify|check_?hostname|ssl_?check_?hostname)$",
    re.IGNORECASE,
)
_CONFIG_INSECURE_KEY = re.compile(
    r"^(insecure|insecure_?skip_?verify|tls_?insecure|skip_?tls_?verify|ssl_?no_?verify|"
    r"disable_?ssl_?verification)$",
    re.IGNORECASE,
)
_FALSY = frozenset({"false", "0", "no", "off", "none"})
_TRUTHY = frozenset({"true", "1", "yes", "on"})

_REQUESTS_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request"})
_REQUESTS_SESSIONS = frozenset(
    {"requests.Session", "requests.session", "requests.sessions.Session"}
)
_HTTPX_CALLS = frozenset(
    {
        *(f"httpx.{verb}" for verb in _REQUESTS_VERBS | {"stream"}),
        "httpx.Client",
        "httpx.AsyncClient",
    }
)
# (qualified name, index of the timeout among the positional arguments)
_POSITIONAL_TIMEOUTS = {
    "urllib.request.urlopen": 2,
    "http.client.HTTPConnection": 2,
    "http.client.HTTPSConnection": 2,
    "smtplib.SMTP": 3,
    "smtplib.SMTP_SSL": 3,
}


def _false(node: ast.expr | None) -> bool:
    """False or 0 written as a literal (a computed value is a setting, not a decision)."""
    return isinstance(node, ast.Constant) and node.value in (False, 0) and node.value is not None


def _python_tls_hits(src: Source) -> Iterator[Hit]:
    for call in src.nodes(ast.Call):
        name = src.qualified_name(call.func)
        if name in _UNVERIFIED_CONTEXT:
            yield Hit(call.lineno, "reject", f"{name}() checks no certificate")
            continue
        for keyword in call.keywords:
            if keyword.arg in _VERIFY_KEYWORDS and _false(keyword.value):
                message = f"{keyword.arg}=False: the server's certificate is not checked"
                yield Hit(call.lineno, "reject", message)
            elif keyword.arg == "cert_reqs" and _CERT_NONE.search(
                src.qualified_name(keyword.value) or str(_value(keyword.value))
            ):
                yield Hit(call.lineno, "reject", "cert_reqs=CERT_NONE checks no certificate")
    for node in src.nodes(ast.Assign):
        for target in node.targets:
            yield from _tls_assignment(src, target, node.value, node.lineno)


def _value(node: ast.expr) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _tls_assignment(src: Source, target: ast.expr, value: ast.expr, line: int) -> Iterator[Hit]:
    if isinstance(target, ast.Attribute):
        if target.attr == "verify_mode" and _CERT_NONE.search(src.qualified_name(value)):
            yield Hit(line, "reject", "verify_mode = CERT_NONE checks no certificate")
        elif target.attr == "check_hostname" and _false(value):
            yield Hit(line, "reject", "check_hostname = False accepts any server's certificate")
        elif target.attr == "verify" and _false(value):
            yield Hit(line, "reject", "verify = False: the server's certificate is not checked")
        elif src.qualified_name(target) == "ssl._create_default_https_context":
            yield Hit(line, "reject", "replaces the default HTTPS context: no certificate checks")
    elif isinstance(target, ast.Subscript) and dotted_name(target.value).endswith("environ"):
        key = target.slice.value if isinstance(target.slice, ast.Constant) else None
        if key in _ENV_SWITCHES and _value(value) == _ENV_SWITCHES[key]:
            yield Hit(line, "reject", f"{key}={_ENV_SWITCHES[key]!r} switches TLS checks off")


def _config_tls_hits(src: Source) -> Iterator[Hit]:
    for entry in entries(src):
        value = entry.value.lower()
        switch = _ENV_SWITCHES.get(entry.key.upper())
        if switch and entry.value == switch:  # an empty CA bundle in a file is a placeholder
            yield Hit(entry.line, "reject", f"{entry.key}={entry.value} switches TLS checks off")
        elif _switches_checks_off(entry.key, value):
            yield Hit(entry.line, "reject", f"{entry.key} = {entry.value}: certificates unchecked")


def _switches_checks_off(key: str, value: str) -> bool:
    """verify_ssl: false, insecure_skip_verify: true and their spellings."""
    if _CONFIG_VERIFY_KEY.match(key):
        return value in _FALSY
    return bool(_CONFIG_INSECURE_KEY.match(key)) and value in _TRUTHY


@rule(
    "SEC004-tls-verification-off",
    "Certificates are always checked",
    """Without certificate checks anyone on the network path can read and change the traffic,
    including the credentials it carries. Rejected: verify=False (requests, httpx and any client
    that takes it), ssl=False / verify_ssl=False (aiohttp), cert_reqs=CERT_NONE,
    ssl._create_unverified_context(), assigning verify_mode = CERT_NONE or check_hostname =
    False, PYTHONHTTPSVERIFY=0; and in .env, .toml, .ini, .yaml or .json files settings such as
    verify_ssl: false or insecure_skip_verify: true. A verify= computed at run time (a setting)
    is approved. Judges every Python and configuration file.""",
    fix="Keep verification on; for a private CA pass its bundle: verify='/path/to/ca.pem'.",
    kinds=FILE_KINDS,
    languages=("python", "text"),
    stage="ast",
)
def tls_verification_off(src: Source) -> Iterator[Hit]:
    if src.language == "python":
        yield from _python_tls_hits(src)
    elif src.kind == "config":
        yield from _config_tls_hits(src)


def _sessions(src: Source) -> set[str]:
    """Dotted names bound to a requests session (s = requests.Session(); with ... as s)."""
    bound: set[str] = set()
    for node in src.nodes(ast.Assign):
        if isinstance(node.value, ast.Call) and (
            src.qualified_name(node.value.func) in _REQUESTS_SESSIONS
        ):
            bound.update(dotted_name(t) for t in node.targets if dotted_name(t))
    for node in src.nodes(ast.withitem):
        expr = node.context_expr
        if (
            isinstance(expr, ast.Call)
            and src.qualified_name(expr.func) in _REQUESTS_SESSIONS
            and node.optional_vars is not None
        ):
            bound.add(dotted_name(node.optional_vars))
    return bound


def _timeout_hit(src: Source, call: ast.Call, name: str, sessions: set[str]) -> Hit | None:
    verb = name.rsplit(".", 1)[-1]
    if (
        verb not in _REQUESTS_VERBS
        and name not in _HTTPX_CALLS
        and name not in _POSITIONAL_TIMEOUTS
    ):
        return None  # none of the cases below: most calls stop here
    keywords = {kw.arg: kw.value for kw in call.keywords}
    timeout = keywords.get("timeout")
    none = isinstance(timeout, ast.Constant) and timeout.value is None
    is_requests = name.startswith("requests.") and verb in _REQUESTS_VERBS
    is_session = "." in name and name.rsplit(".", 1)[0] in sessions and verb in _REQUESTS_VERBS
    if name in _HTTPX_CALLS:
        if none:
            return Hit(call.lineno, "reject", f"{name}(timeout=None) waits forever")
        return None
    if is_requests or is_session:
        if none:
            return Hit(call.lineno, "reject", f"{name}(timeout=None) waits forever")
        if timeout is not None:
            return None
        if None in keywords:  # **kwargs may carry it
            return Hit(call.lineno, "uncertain", f"{name}(**…): is a timeout among the keywords?")
        return Hit(call.lineno, "reject", f"{name}() without timeout= can wait forever")
    index = _POSITIONAL_TIMEOUTS.get(name)
    if index is not None:
        if none:
            return Hit(call.lineno, "reject", f"{name}(timeout=None) waits forever")
        if timeout is None and len(call.args) <= index and None not in keywords:
            return Hit(call.lineno, "reject", f"{name}() without a timeout can wait forever")
    return None


@rule(
    "SEC005-http-timeout",
    "Outgoing HTTP calls have a timeout",
    """requests, urllib's urlopen, http.client and smtplib wait forever by default: one slow
    or silent server then holds a worker — and with a few of them, the whole app. Every call
    names a timeout (requests.get(url, timeout=10)); sessions bound to a name are followed.
    httpx has a 5 s default and is rejected only for timeout=None. A call whose keywords come
    from **kwargs is uncertain. Judges every Python file.""",
    fix="Pass a timeout in seconds: requests.get(url, timeout=10).",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def http_timeout(src: Source) -> Iterator[Hit]:
    sessions = _sessions(src)
    for call in src.nodes(ast.Call):
        hit = _timeout_hit(src, call, src.qualified_name(call.func), sessions)
        if hit is not None:
            yield hit


NETWORK_RULES = (tls_verification_off, http_timeout)
