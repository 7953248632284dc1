"""Backend rules: the conventions of docs/managed-system.md that a FastAPI + sqlite3 file must keep.

Each rule names what it approves, what it rejects and when it gives up (uncertain) — the seed's
three-way split — so that a reviewer reading the explanation knows why a file landed where it did.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from http import HTTPStatus

from baes_tui.validation.rule import Hit, Source, dotted_name, rule, walk, walk_own

# Route and database rules judge modules whose content shows routes or database access (kinds
# backend and frontend); code-quality rules judge every Python module that is not a test.
SERVER_CODE = ("backend", "frontend")
APP_CODE = ("backend", "frontend", "other")
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef

_DB_FACTORY = re.compile(r"^_?get_(db|database|conn|connection|db_connection)$")
_CONTEXT_MANAGERS = frozenset(
    {
        "contextmanager",
        "asynccontextmanager",
        "contextlib.contextmanager",
        "contextlib.asynccontextmanager",
    }
)
_ROUTE_OWNER = re.compile(r"^(app|\w*router)$")
_STATUS_ATTR = re.compile(r"HTTP_(\d{3})(?:_\w+)?$")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_LOG_OWNER = re.compile(r"(^|\.|_)(logger|log|logging)$", re.IGNORECASE)
_ERROR_LEVELS = frozenset({"error", "exception", "critical"})
_LOW_LEVELS = frozenset({"warning", "warn", "info", "debug"})
_HTTP_ERRORS = frozenset({"HTTPException", "RequestValidationError", "StarletteHTTPException"})
_VALIDATORS = re.compile(r"(^|\.)(field_validator|model_validator|validator|root_validator)$")


def _decorator_names(func: FunctionNode) -> list[str]:
    return [dotted_name(d.func if isinstance(d, ast.Call) else d) for d in func.decorator_list]


def _functions(src: Source) -> list[FunctionNode]:
    return [*src.nodes(ast.FunctionDef), *src.nodes(ast.AsyncFunctionDef)]


@rule(
    "BE001-get-db-contextmanager",
    "Database access goes through a context manager",
    """A get_db / get_connection function that opens sqlite must be a @contextmanager (or a
    generator dependency) that closes the connection in a finally block, so no request leaks a
    connection or leaves a transaction open. Approved: @contextmanager + yield + close in finally.
    Rejected: returns the connection, never yields, or never closes. Uncertain: other decorators
    stacked on it, a nested definition, or a factory that does not open sqlite itself. Only
    judges backend and page modules: a get_db function is itself database access.""",
    fix="Make get_db a @contextmanager that yields the connection and closes it in finally.",
    kinds=SERVER_CODE,
    languages=("python",),
    stage="ast",
)
def get_db_contextmanager(src: Source) -> Iterator[Hit]:
    for func in _functions(src):
        if not _DB_FACTORY.match(func.name):
            continue
        name = func.name
        decorators = _decorator_names(func)
        managed = [d for d in decorators if d in _CONTEXT_MANAGERS]
        own = list(walk_own(func))
        yields = any(isinstance(n, ast.Yield | ast.YieldFrom) for n in own)
        opens = any(
            isinstance(n, ast.Call) and dotted_name(n.func).split(".")[-1] == "connect" for n in own
        )
        if src.enclosing_function(func) is not None:
            yield Hit(func.lineno, "uncertain", f"{name} is defined inside another function")
        elif len(decorators) > len(managed):
            others = ", ".join(f"@{d}" for d in decorators if d not in _CONTEXT_MANAGERS)
            yield Hit(func.lineno, "uncertain", f"{name} has a decorator chain ({others})")
        elif not opens:
            if not managed and not yields:
                message = f"{name} does not open sqlite itself; who closes the connection?"
                yield Hit(func.lineno, "uncertain", message)
        elif not yields:
            message = f"{name} never yields" if managed else f"{name} lacks @contextmanager"
            yield Hit(func.lineno, "reject", f"{message}: the connection is never closed")
        elif not _closes_in_finally(own):
            message = f"{name} does not close the connection in a finally block"
            yield Hit(func.lineno, "reject", message)


def _closes_in_finally(nodes: list[ast.AST]) -> bool:
    for node in nodes:
        if isinstance(node, ast.Try | ast.TryStar):
            for stmt in node.finalbody:
                for inner in walk(stmt):
                    if isinstance(inner, ast.Call) and dotted_name(inner.func).endswith(".close"):
                        return True
        if isinstance(node, ast.withitem) and dotted_name(node.context_expr).startswith(
            ("closing()", "contextlib.closing()")
        ):
            return True
    return False


def _status_of(value: ast.expr) -> int | None:
    """The HTTP status a status_code= expression names, or None if it is computed."""
    if isinstance(value, ast.Constant) and isinstance(value.value, int):
        return value.value
    name = dotted_name(value)
    match = _STATUS_ATTR.search(name)
    if match:
        return int(match.group(1))
    if name.startswith("HTTPStatus."):
        member = HTTPStatus.__members__.get(name.split(".", 1)[1])
        return member.value if member is not None else None
    return None


def _route_status_hits(src: Source, method: str, wanted: int) -> Iterator[Hit]:
    for func in _functions(src):
        for deco in func.decorator_list:
            if not (isinstance(deco, ast.Call) and isinstance(deco.func, ast.Attribute)):
                continue
            owner = dotted_name(deco.func.value)
            if deco.func.attr != method or not _ROUTE_OWNER.match(owner):
                continue
            keywords = {kw.arg: kw.value for kw in deco.keywords if kw.arg}
            label = f"{method.upper()} route {func.name}"
            if "status_code" not in keywords:
                if not _is_page_route(func, keywords):
                    yield Hit(deco.lineno, "reject", f"{label} lacks status_code={wanted}")
                continue
            status = _status_of(keywords["status_code"])
            if status is None:
                yield Hit(deco.lineno, "uncertain", f"{label} computes its status code")
            elif status != wanted and not (method == "post" and status in _REDIRECTS):
                yield Hit(deco.lineno, "reject", f"{label} answers {status}, not {wanted}")


def _is_page_route(func: FunctionNode, keywords: dict[str | None, ast.expr]) -> bool:
    """HTML form handlers answer with a page or a redirect, not with the API's status codes."""
    if "response_class" in keywords:
        return True
    returns = ast.unparse(func.returns) if func.returns is not None else ""
    return "Response" in returns


@rule(
    "BE002-post-status-201",
    "POST routes answer 201 Created",
    """The HTTP contract says POST /api/<entities> answers 201 with the created record. FastAPI
    answers 200 unless the decorator says status_code=201 (or status.HTTP_201_CREATED). A POST
    that renders HTML or redirects (response_class=, a Response return type, 303) is a form
    handler and is exempt. A status code computed at run time is uncertain. Only judges
    modules that define routes (backend and page modules).""",
    fix="Add status_code=status.HTTP_201_CREATED to the @router.post decorator.",
    kinds=SERVER_CODE,
    languages=("python",),
    stage="ast",
)
def post_status_201(src: Source) -> Iterator[Hit]:
    yield from _route_status_hits(src, "post", 201)


@rule(
    "BE003-delete-status-204",
    "DELETE routes answer 204 No Content",
    """The HTTP contract says DELETE answers 204 with an empty body. The decorator must say
    status_code=204 (or status.HTTP_204_NO_CONTENT); a computed status code is uncertain. Only
    judges modules that define routes (backend and page modules).""",
    fix="Add status_code=status.HTTP_204_NO_CONTENT to the @router.delete decorator.",
    kinds=SERVER_CODE,
    languages=("python",),
    stage="ast",
)
def delete_status_204(src: Source) -> Iterator[Hit]:
    yield from _route_status_hits(src, "delete", 204)


@rule(
    "BE004-except-logs-error",
    "Every except handler logs with logger.error",
    """A server error must be logged and answered, never swallowed (docs/managed-system.md). Every
    except handler in server code calls logger.error / logger.exception, or turns the error into
    an HTTPException with a 4xx status. Logging at warning level or not at all is rejected;
    re-raising a different exception without logging is uncertain (the catcher may log it).
    Pydantic validators may raise ValueError, which FastAPI turns into 422. Judges every Python
    module except tests (a test may catch to assert).""",
    fix="Call logger.error(..., exc_info=True) in the handler, or raise HTTPException with a "
    "4xx status.",
    kinds=APP_CODE,
    languages=("python",),
    stage="ast",
)
def except_logs_error(src: Source) -> Iterator[Hit]:
    for handler in src.nodes(ast.ExceptHandler):
        logged = low_level = http_error = other_raise = False
        for node in walk_own(handler):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if _LOG_OWNER.search(dotted_name(node.func.value)):
                    logged |= node.func.attr in _ERROR_LEVELS
                    low_level |= node.func.attr in _LOW_LEVELS
            elif isinstance(node, ast.Raise):
                raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                if raised is not None and dotted_name(raised).split(".")[-1] in _HTTP_ERRORS:
                    # A 5xx answer is a server error: it must be logged, not just answered.
                    http_error |= not _is_server_error(node.exc)
                else:
                    other_raise = True
        if logged or http_error:
            continue
        func = src.enclosing_function(handler)
        if other_raise and func is not None and _is_validator(func):
            continue
        if low_level:
            message = "except handler logs below error level; use logger.error"
            yield Hit(handler.lineno, "reject", message)
        elif other_raise:
            message = "except handler re-raises without logger.error; confirm the caller logs"
            yield Hit(handler.lineno, "uncertain", message)
        else:
            message = "except handler swallows the error without logger.error"
            yield Hit(handler.lineno, "reject", message)


def _is_server_error(exc: ast.expr | None) -> bool:
    if not isinstance(exc, ast.Call):
        return False
    given = [kw.value for kw in exc.keywords if kw.arg == "status_code"] or exc.args[:1]
    status = _status_of(given[0]) if given else None
    return status is not None and status >= 500


def _is_validator(func: FunctionNode) -> bool:
    return any(_VALIDATORS.search(name) for name in _decorator_names(func))


@rule(
    "BE005-bare-except",
    "No bare except",
    """'except:' and an 'except BaseException' that does not re-raise also catch SystemExit and
    KeyboardInterrupt, so a server cannot be stopped cleanly and real bugs disappear. Name the
    exceptions the block can handle. Judges every Python module except tests.""",
    fix="Name the exceptions the block handles: except sqlite3.Error:.",
    kinds=APP_CODE,
    languages=("python",),
    stage="ast",
)
def bare_except(src: Source) -> Iterator[Hit]:
    for handler in src.nodes(ast.ExceptHandler):
        if handler.type is None:
            yield Hit(handler.lineno, "reject", "bare 'except:' catches SystemExit too")
        elif dotted_name(handler.type) == "BaseException" and not any(
            isinstance(node, ast.Raise) for node in walk_own(handler)
        ):
            message = "'except BaseException' without re-raise catches SystemExit too"
            yield Hit(handler.lineno, "reject", message)


@rule(
    "BE007-public-type-hints",
    "Public functions have type hints",
    """Every public function and method (no leading underscore) annotates its parameters and
    its return type, so FastAPI builds the right schema and readers see the contract. self and
    cls need none; __init__ needs no return annotation. Judges every Python module except
    tests (pytest fixtures arrive by name, and generated tests annotate only what helps).""",
    fix="Annotate every parameter and the return type: def total(values: list[int]) -> int.",
    kinds=APP_CODE,
    languages=("python",),
    stage="ast",
)
def public_type_hints(src: Source) -> Iterator[Hit]:
    for func in _functions(src):
        parent = src.parent(func)
        in_class = isinstance(parent, ast.ClassDef)
        if not (isinstance(parent, ast.Module) or in_class):
            continue
        dunder = func.name.startswith("__") and func.name.endswith("__")
        if func.name.startswith("_") and not dunder:
            continue
        args = func.args
        params = [*args.posonlyargs, *args.args]
        if in_class and params and "staticmethod" not in _decorator_names(func):
            params = params[1:]
        params += [*args.kwonlyargs, *(a for a in (args.vararg, args.kwarg) if a is not None)]
        missing = [a.arg for a in params if a.annotation is None]
        if func.returns is None and func.name != "__init__":
            missing.append("return")
        if missing:
            yield Hit(func.lineno, "reject", f"{func.name} lacks type hints: {', '.join(missing)}")


@rule(
    "BE008-nested-context-managers",
    "Nested context managers are reviewed",
    """Templates open one context (with get_db() as db) per handler. A with block inside another
    with block in server code means hand-written transaction handling — nested transactions or
    connections — whose correctness a rule cannot judge. Judges every Python module except
    tests.""",
    fix="Open one context per unit of work; pass the open connection to helpers instead.",
    kinds=APP_CODE,
    languages=("python",),
    stage="ast",
)
def nested_context_managers(src: Source) -> Iterator[Hit]:
    for node in [*src.nodes(ast.With), *src.nodes(ast.AsyncWith)]:
        current = src.parent(node)
        while current is not None and not isinstance(current, FunctionNode | ast.Module):
            if isinstance(current, ast.With | ast.AsyncWith):
                message = f"with block nested in the with block at line {current.lineno}"
                yield Hit(node.lineno, "uncertain", message)
                break
            current = src.parent(current)


BACKEND_RULES = (
    get_db_contextmanager,
    post_status_201,
    delete_status_204,
    except_logs_error,
    bare_except,
    public_type_hints,
    nested_context_managers,
)
