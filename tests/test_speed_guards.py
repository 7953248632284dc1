"""The literal pre-checks of the speed work (spd61): a rule runs its pattern only where the text
holds one of a few words the pattern cannot match without. Each check here proves, from the
pattern's own parse, that every match puts one of the words in the text, so a pattern edited
later (a new alternative without any of them) fails here, not silently in a reading.

Exact checks (`holds_any`, `in`) need the words as written; the case-blind `may_hold` needs
them only case aside."""

from __future__ import annotations

import re

import pytest

from baes_tui.recognition import changes, clauses, fields, lexicon, relations, text
from baes_tui.recognition.patterns import holds_any

try:
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover (before Python 3.11)
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_MOST = 4096  # texts a run of plain text may stand for before it is cut


def _texts(items: list) -> set[str] | None:
    """Every text a sequence can match when it is plain text (literals, sets of literals,
    groups and branches of those, fixed repeats), else None."""
    out = {""}
    for op, av in items:
        if op is C.LITERAL:
            step: set[str] | None = {chr(av)}
        elif op is C.IN and all(o is C.LITERAL for o, _ in av):
            step = {chr(a) for _, a in av}
        elif op is C.SUBPATTERN:
            step = _texts(av[-1])
        elif op is C.BRANCH:
            parts = [_texts(a) for a in av[1]]
            step = None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == av[1]:
            body = _texts(av[2])
            step = None if body is None else {b * av[0] for b in body}
        else:
            return None
        if step is None or len(out) * len(step) > _MOST:
            return None
        out = {o + s for o in out for s in step}
    return out


def _covered(items: list, cues: tuple[str, ...], fold: bool) -> bool:
    """Whether every match of the sequence `items` puts one of `cues` in the text."""

    def has_cue(texts: set[str]) -> bool:
        return texts != {""} and all(
            any(c in (t.lower() if fold else t) for c in cues) for t in texts
        )

    runs = {""}  # the texts the current run of plain text can be
    for op, av in items:
        step = _texts([(op, av)])
        if step is not None and len(runs) * len(step) <= _MOST:
            runs = {r + s for r in runs for s in step}
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            body = _texts(av[2])
            if body is not None and len(body) == 1:
                # the first copies follow the run, the last one comes before what follows
                (b,) = body
                runs = {r + b * av[0] for r in runs}
                if has_cue(runs):
                    return True
                runs = {b}
                continue
        if has_cue(runs):
            return True
        runs = {""}
        if op is C.SUBPATTERN and _covered(av[-1], cues, fold):
            return True
        if op is C.BRANCH and all(_covered(a, cues, fold) for a in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _covered(av[2], cues, fold):
            return True
        if op is C.ASSERT and av[0] == 1 and _covered(av[1], cues, fold):
            return True
    return has_cue(runs)


def needs_one_of(pattern: re.Pattern[str], cues: tuple[str, ...], *, fold: bool) -> bool:
    parsed = P.parse(pattern.pattern, pattern.flags)
    return _covered(list(parsed), cues, fold or bool(pattern.flags & re.IGNORECASE))


R, CH, F, T = relations, changes, fields, text
_HEDGED = R._MODALS_OF_HEDGE
_COUNTED = R._COUNT_WORDS
_EMPTY = ("empty", "blank", "null", "missing")

# (pattern, the words its pre-check asks for): exact checks, case as written
EXACT = [
    (R._EACH_AT_END, ("each", "apiece")),
    (R._EACH_AFTER_SUBJECT, ("each",)),
    (R._EACH_AFTER_IRREGULAR, ("each",)),
    (R._HEDGE_AFTER_MODAL, _HEDGED),
    (R._SUBJECT_KEPT_IN, ("each", "every")),
    (R._ASKED_LINK, _COUNTED),
    (R._MAY_BE_IN_COUNTED, _COUNTED),
    (R._COMPLEX_PREP_COUNTED, _COUNTED),
    (R._MODAL_BE_AT_COUNTED, _COUNTED),
    (R._MAY_BE_FOR_COUNTED, _COUNTED),
    (R._CALLS_AT_COUNTED, _COUNTED),
    (R._PHRASAL, R._PHRASAL_WORDS),
    (R._THE_ONE, ("the one",)),
    (R._THE_SAME, ("the same",)),
    (R._TAKES_PLACE, ("place",)),
    (R._KEEPS_COUNTED, _COUNTED + R._LOTS_WORDS),
    (R._KEPT_IN_COUNTED, _COUNTED + R._LOTS_WORDS),
    (R._MADE_FOR_COUNTED, _COUNTED + R._LOTS_WORDS),
    (R._DOES_COUNTED, _COUNTED + R._LOTS_WORDS),
    (R._ATTACHED_TO_IT, R._ATTACHED_WORDS),
    (R._AT_A_TIME, ("time", "once")),
    (R._ONE_ONLY, ("only", "max", "most", "tops")),
    (R._NOW_OR_TOO, ("now", "days", "too", "well")),
    (R._PROPERLY_IN_APP, ("properly", "correctly", "app", "system")),
    (R._COUNTS_AFTER, ("one", "1", "a single", "each")),
    (R._MANY_AFTER, ("of them",)),
    (R._KIND_AFTER, ("many", ":")),
    (lexicon.PRACTICE_AS_NOUN, lexicon.PRACTICE_NOUN_WORDS),
    (F._BRACKETS, ("[",)),
    (F._PARENS, ("(",)),
    (F._OR_VALUES, ("or",)),
    (F._SLASH_UNIT, ("/",)),
    (F._CHOICES, ("/",)),
    (F._TWO_CHOICES, ("/",)),
    (F._CHOICES_OF, ("/",)),
    (T._MENTION, ("@",)),
    (T._CODE_MARK, ("`",)),
    (T._SHELL_VERB, ("mv", "del")),
    (T._LABELLED_CHANGE, (":",)),
    (T._SIZED_TYPE, ("(",)),
    (clauses._FRONTED_REMOVE, clauses._FRONTED_REMOVE_WORDS),
    (clauses._FRONTED_RENAME, ("call",)),
]
# case-blind checks (`may_hold`)
FOLDED = [
    (CH._STORED_AS, CH._STORED_WORDS),
    (CH._BARE_STORED_AS, CH._STORED_WORDS),
    (CH._ECHO, CH._ECHO_VERBS),
    (CH._ALLOWS_KIND, CH._KINDS_ALLOWED),
    (CH._TERSE_TYPE_NOT, ("not", "instead of", "rather than")),
    (CH._ACCEPTS_EMPTY, _EMPTY),
    (CH._NOT_EMPTY, _EMPTY),
    (CH._ARROW_NOTE, ("->", "=>", "→", "⇒")),
    (CH._LEAVE_EMPTY, ("leave",)),
    (CH._WISH_LEAVE_EMPTY, ("leave",)),
    (CH._GET_WHEN_FIELD, ("get",)),
    (CH._OWNER_AFTER, ("should", "must", "can", "could", "will")),
    (CH._NEW_NAME_IS, ("name",)),
    (CH._ARROW_GONE, ("->", "=>")),
    (T._RID_OFF, ("rid",)),
    (T._NOT_NULL, ("null",)),
    (T._SPACED_COMPOUND, ("call", "duty", "site", "stock", "shift")),
    (T._STRETCHED_GREETING, ("hii", "eyy", "hee", "loo")),
    (T._TOO_TO, ("too", "two")),
    (T._TOO_NOUN, ("too",)),
    (T._TAKE_OF, ("take ",)),
    (T._TAKE_IT_OF, ("take ",)),
]


@pytest.mark.parametrize(("pattern", "cues"), EXACT, ids=lambda x: str(x)[:40])
def test_exact_precheck_words_are_needed(pattern: re.Pattern[str], cues: tuple[str, ...]):
    assert needs_one_of(pattern, cues, fold=False)


@pytest.mark.parametrize(("pattern", "cues"), FOLDED, ids=lambda x: str(x)[:40])
def test_case_blind_precheck_words_are_needed(pattern: re.Pattern[str], cues: tuple[str, ...]):
    assert needs_one_of(pattern, cues, fold=True)


@pytest.mark.parametrize(
    ("pattern", "cues", "needed"),
    [
        (r"\b(?:h+i{2,}|h+e+y{2,})\b", ("hii", "eyy"), True),
        (r"\b(?:h+i{2,}|h+e+y{2,})\b", ("hiii",), False),
        (r"ab+c", ("abc",), False),
        (r"(?:each|every) x", ("each",), False),
        (r"(?:each|every) x", ("each", "every"), True),
        (r"x(?=foo)", ("foo",), True),
        (r"x(?!foo)", ("foo",), False),
        (r"(?:foo)?bar", ("foo",), False),
        (r"[Tt]ake of", ("take",), False),
    ],
)
def test_the_check_itself(pattern: str, cues: tuple[str, ...], needed: bool):
    """The prover says no where a match can miss every word (it may say no where it cannot
    tell; never yes where a match can miss them)."""
    assert needs_one_of(re.compile(pattern), cues, fold=False) is needed


def test_holds_any():
    assert holds_any("each van has one driver", ("one", "many"))
    assert not holds_any("each van has a driver", ("one", "many"))
    assert not holds_any("Each", ("each",))  # case as written


def _guards_in(function: object) -> list[tuple[int, str, re.Pattern[str], tuple[str, ...]]]:
    """Each `if holds_any(s, (…)):` in `function` whose body is one `s = PATTERN.sub(…, s)`:
    (line, test, pattern, the words asked for)."""
    import ast
    import inspect
    import textwrap

    module = inspect.getmodule(function)
    source = textwrap.dedent(inspect.getsource(function))  # type: ignore[arg-type]
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.If) and len(node.body) == 1 and not node.orelse):
            continue
        words = _asked_words(node.test)
        body = node.body[0]
        if words is None or not isinstance(body, ast.Assign):
            continue
        call = body.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        if call.func.attr != "sub":
            continue
        owner = call.func.value
        if isinstance(owner, ast.Name):
            pattern = getattr(module, owner.id, None)
        elif isinstance(owner, ast.Call) and getattr(owner.func, "id", "") == "rx":
            pattern = re.compile(*(ast.literal_eval(a) for a in owner.args))
        else:
            continue
        if isinstance(pattern, re.Pattern):
            found.append((node.lineno, ast.unparse(node.test), pattern, words))
    return found


def _asked_words(test: object) -> tuple[str, ...] | None:
    """The words an `if holds_any(s, (…))` test asks the text for, else None."""
    import ast

    if isinstance(test, ast.Call) and getattr(test.func, "id", "") == "holds_any":
        return tuple(ast.literal_eval(test.args[1]))
    return None


def test_every_precheck_in_simplify_is_needed_by_its_pattern():
    """`clauses.simplify` runs ~270 rewrites on every segment of a request (most of a long
    request's regex time); a rewrite there asked first `holds_any(s, …)` (speed only: the
    checks written `"…" in s` may say more than the pattern does, on purpose) runs only where
    its pattern's words are."""
    from baes_tui.recognition.clauses import simplify

    guards = _guards_in(simplify.__wrapped__)
    assert len(guards) > 60
    unproved = [
        (line, test) for line, test, p, words in guards if not needs_one_of(p, words, fold=False)
    ]
    assert not unproved
