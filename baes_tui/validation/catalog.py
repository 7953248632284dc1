"""The rule catalog: every rule, in the order the engine runs them, and lookups over it.

The `baes validate` CLI and the reviewer UI list `catalog()` to show each rule's explanation;
the engine asks `rules_for(kind, language)` for the ordered subset that judges one file.
"""

from __future__ import annotations

from functools import cache

from baes_tui.core.verdicts import FileKind, Language
from baes_tui.validation.rule import STAGE_ORDER, Rule
from baes_tui.validation.rules_backend import BACKEND_RULES
from baes_tui.validation.rules_execution import EXECUTION_RULES
from baes_tui.validation.rules_generic import GENERIC_RULES
from baes_tui.validation.rules_html import HTML_RULES
from baes_tui.validation.rules_markup import MARKUP_RULES
from baes_tui.validation.rules_network import NETWORK_RULES
from baes_tui.validation.rules_secrets import SECRET_RULES
from baes_tui.validation.rules_sql import SQL_RULES
from baes_tui.validation.rules_sql_injection import SQL_INJECTION_RULES
from baes_tui.validation.rules_tests import TEST_RULES


@cache
def catalog() -> tuple[Rule, ...]:
    """All rules, cheapest stage first (text, then parse, then AST); ids are unique."""
    rules = (
        *GENERIC_RULES,
        *SECRET_RULES,
        *EXECUTION_RULES,
        *NETWORK_RULES,
        *BACKEND_RULES,
        *SQL_INJECTION_RULES,
        *MARKUP_RULES,
        *SQL_RULES,
        *HTML_RULES,
        *TEST_RULES,
    )
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate rule ids in the catalog: {', '.join(duplicates)}")
    return tuple(sorted(rules, key=lambda r: STAGE_ORDER.index(r.stage)))


@cache
def rules_for(kind: FileKind, language: Language) -> tuple[Rule, ...]:
    """The rules that judge a file of this kind and language, in running order."""
    return tuple(r for r in catalog() if r.applies_to(kind, language))


def rule_by_id(rule_id: str) -> Rule:
    """One rule by its id (for the reviewer UI); KeyError names the unknown id."""
    for candidate in catalog():
        if candidate.id == rule_id:
            return candidate
    raise KeyError(f"no validation rule with id {rule_id!r}")
