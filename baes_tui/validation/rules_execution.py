"""Rules about running code and commands chosen at run time: eval, unpickling, shells, processes.

Each concern has a rule that rejects when a user's input reaches it (SEC002, SEC003) and a
rule that only asks a reviewer when the input cannot be traced (PY003, PY004). A call is
reported by one of the two, never both: the rejecting rule wins.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from baes_tui.core.verdicts import FILE_KINDS
from baes_tui.validation.rule import Hit, Source, rule
from baes_tui.validation.taint import TAINTED, TRUSTED, Trust, trust_at

_DYNAMIC_CODE = frozenset({"eval", "exec", "compile", "__import__", "importlib.import_module"})
_CODE_RUNNERS = frozenset({"eval", "exec", "compile"})
# Deserialisers that can run code chosen by whoever wrote the bytes.
_UNPICKLERS = frozenset(
    {
        "pickle.loads",
        "pickle.load",
        "pickle.Unpickler",
        "_pickle.loads",
        "cPickle.loads",
        "dill.loads",
        "dill.load",
        "marshal.loads",
        "marshal.load",
        "jsonpickle.decode",
        "yaml.unsafe_load",
        "yaml.unsafe_load_all",
    }
)
_YAML_LOADS = frozenset({"yaml.load", "yaml.load_all"})
_SAFE_YAML_LOADERS = re.compile(r"(^|\.)(SafeLoader|CSafeLoader|BaseLoader|CBaseLoader)$")
_PROCESS_MODULES = frozenset({"subprocess", "pty", "multiprocessing"})
_PROCESS_CALLS = re.compile(
    r"^(os\.(system|popen|exec\w*|spawn\w*|fork\w*)|asyncio\.create_subprocess_\w+)$"
)
_SUBPROCESS_CALLS = frozenset(
    {
        "subprocess.run",
        "subprocess.call",
        "subprocess.check_call",
        "subprocess.check_output",
        "subprocess.Popen",
    }
)
# These always hand their string to /bin/sh.
_SHELL_CALLS = frozenset(
    {
        "os.system",
        "os.popen",
        "subprocess.getoutput",
        "subprocess.getstatusoutput",
        "asyncio.create_subprocess_shell",
    }
)


def _first_argument(call: ast.Call, keyword: str) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((kw.value for kw in call.keywords if kw.arg == keyword), None)


def _code_input(src: Source, call: ast.Call) -> tuple[str, Trust] | None:
    """(what runs, trust of its input) when `call` runs code or unpickles bytes."""
    name = src.qualified_name(call.func)
    if name in _CODE_RUNNERS:
        argument = _first_argument(call, "source")
    elif name in _UNPICKLERS:
        argument = _first_argument(call, "data")
    elif name in _YAML_LOADS:
        loader = next((kw.value for kw in call.keywords if kw.arg == "Loader"), None)
        if loader is None and len(call.args) > 1:
            loader = call.args[1]
        if loader is not None and _SAFE_YAML_LOADERS.search(src.qualified_name(loader)):
            return None
        argument = _first_argument(call, "stream")
    else:
        return None
    # exec(compile(source, ...)): the code is what compile() was given.
    while isinstance(argument, ast.Call) and src.qualified_name(argument.func) in _CODE_RUNNERS:
        argument = _first_argument(argument, "source")
    if argument is None:
        return None
    return name, trust_at(src, argument)


@rule(
    "SEC002-code-from-input",
    "Input never becomes code: no eval, exec or unpickling of what a user sent",
    """eval(), exec() and compile() run their argument as Python; pickle, dill, marshal,
    jsonpickle and yaml.load without a safe Loader run code hidden in the bytes they read. When
    the argument is a function parameter or derived from one (a request body, form data,
    input(), sys.argv), whoever sends it runs code on the server: rejected. Unpickling data
    whose origin cannot be traced (a file, a cache) is uncertain; eval() of untraceable input
    is PY003's. Literals are approved. Judges every Python file.""",
    fix="Parse data instead of running it: json.loads, ast.literal_eval, yaml.safe_load, "
    "or a dict of allowed operations.",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def code_from_input(src: Source) -> Iterator[Hit]:
    reported: set[int] = set()
    for call in src.nodes(ast.Call):
        found = _code_input(src, call)
        if found is None or call.lineno in reported:
            continue
        name, trust = found
        if trust.level == TAINTED:
            reported.add(call.lineno)
            yield Hit(call.lineno, "reject", f"{name}() runs input from {trust.reason}")
        elif trust.level != TRUSTED and name not in _CODE_RUNNERS:
            reported.add(call.lineno)
            message = f"{name}() runs any code hidden in its data, whose origin is unknown: "
            yield Hit(call.lineno, "uncertain", message + trust.reason)


@rule(
    "PY003-dynamic-code",
    "No eval, exec or dynamic imports",
    """eval(), exec(), compile() and dynamic imports run code chosen at run time. Templates never
    produce them, so their presence means custom code whose input a reviewer must check. When
    the input is traceable to a user, SEC002 rejects the call instead.""",
    fix="Write explicit code: ast.literal_eval for literals, a dict of allowed functions, "
    "a plain import.",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def dynamic_code(src: Source) -> Iterator[Hit]:
    for call in src.nodes(ast.Call):
        name = src.qualified_name(call.func)
        if name not in _DYNAMIC_CODE:
            continue
        found = _code_input(src, call)
        if found is not None and found[1].level == TAINTED:
            continue  # SEC002 rejects it
        yield Hit(call.lineno, "uncertain", f"{name}() runs code chosen at run time")


def _shell_hit(src: Source, call: ast.Call) -> Hit | None:
    """SEC002's sibling for commands: a shell that input can reach."""
    name = src.qualified_name(call.func)
    if name in _SUBPROCESS_CALLS:
        shell = next((kw.value for kw in call.keywords if kw.arg == "shell"), None)
        if shell is None or (isinstance(shell, ast.Constant) and not shell.value):
            return None
        command = _first_argument(call, "args")
        origin = trust_at(src, command) if command is not None else None
        if not isinstance(shell, ast.Constant):
            return Hit(call.lineno, "uncertain", f"{name}() decides shell= at run time")
        if origin is not None and origin.level == TAINTED:
            message = f"{name}(shell=True) runs a command built from {origin.reason}"
        else:
            message = f"{name}(shell=True) hands the command line to /bin/sh"
        return Hit(call.lineno, "reject", message)
    if name in _SHELL_CALLS:
        command = _first_argument(call, "cmd")
        if command is None:
            return None
        origin = trust_at(src, command)
        if origin.level == TAINTED:
            message = f"{name}() runs a shell command built from {origin.reason}"
            return Hit(call.lineno, "reject", message)
        if origin.formatted and origin.level != TRUSTED:
            message = f"{name}() runs a shell command formatted from untraced values: "
            message += origin.reason
            return Hit(call.lineno, "uncertain", message)
    return None


@rule(
    "SEC003-shell-command",
    "Commands never go through a shell",
    """subprocess with shell=True, os.system, os.popen and subprocess.getoutput hand a command
    line to /bin/sh, where a quote or ';' in any value starts another command. shell=True is
    rejected whatever the command (a list of arguments does the same work without a shell);
    os.system and friends are rejected when the command is built from a function parameter or
    other input, and uncertain when it is formatted from values that cannot be traced.
    A literal command is PY004's to review. Judges every Python file.""",
    fix='Pass a list of arguments without a shell: subprocess.run(["cp", src, dst], check=True).',
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def shell_command(src: Source) -> Iterator[Hit]:
    for call in src.nodes(ast.Call):
        hit = _shell_hit(src, call)
        if hit is not None:
            yield hit


@rule(
    "PY004-subprocess",
    "No child processes",
    """A generated web app has no reason to start processes. subprocess, os.system and friends
    are legitimate in custom code only after a reviewer has looked at the command line.
    A shell command built from input is SEC003's, which rejects it.""",
    fix="Do the work in Python (shutil, pathlib, sqlite3) or have a reviewer confirm the "
    "command line.",
    kinds=FILE_KINDS,
    languages=("python",),
    stage="ast",
)
def subprocess_use(src: Source) -> Iterator[Hit]:
    for node in src.nodes(ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] in _PROCESS_MODULES:
                yield Hit(node.lineno, "uncertain", f"imports {alias.name}: starts processes")
    for node in src.nodes(ast.ImportFrom):
        if (node.module or "").split(".")[0] in _PROCESS_MODULES:
            yield Hit(node.lineno, "uncertain", f"imports from {node.module}: starts processes")
    for call in src.nodes(ast.Call):
        name = src.qualified_name(call.func)
        if _PROCESS_CALLS.match(name) and _shell_hit(src, call) is None:
            yield Hit(call.lineno, "uncertain", f"{name}() starts a process")


EXECUTION_RULES = (code_from_input, dynamic_code, shell_command, subprocess_use)
