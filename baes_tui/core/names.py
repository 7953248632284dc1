"""One naming helper for every layer: entity, table, route and file names.

Every name that reaches generated code or a file path passes through `safe_identifier`, so a
request can never smuggle a keyword, a path separator or a non-identifier into the output.

Rule for unsafe names (documented in the README): a name is folded to ASCII words (accents
folded, other characters dropped). A field whose snake_case name is a Python keyword or soft
keyword, an SQL reserved word, a type name the generated code uses, or a name the generated code
reserves (`id`) gets the suffix `_value` (`class` -> `class_value`). An entity whose class,
module or table name would clash the same way gets the suffix `Item` (`Class` -> `ClassItem`;
`Order` stays, its table `orders` is no keyword). A name with no letters is refused (UnsafeName).
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from functools import lru_cache

from baes_tui.core.errors import UnsafeName
from baes_tui.core.inflection import plural, singular

MAX_NAME_LENGTH = 48

# SQLite keywords (sqlite.org/lang_keywords) plus common SQL reserved words.
SQL_KEYWORDS = frozenset(
    """abort action add after all alter always analyze and as asc attach autoincrement before
    begin between by cascade case cast check collate column commit conflict constraint create
    cross current current_date current_time current_timestamp database default deferrable
    deferred delete desc detach distinct do drop each else end escape except exclude exclusive
    exists explain fail filter first following for foreign from full generated glob group groups
    having if ignore immediate in index indexed initially inner insert instead intersect into is
    isnull join key last left like limit match materialized natural no not nothing notnull null
    nulls of offset on or order others outer over partition plan pragma preceding primary query
    raise range recursive references regexp reindex release rename replace restrict returning
    right rollback row rows savepoint select set table temp temporary then ties to transaction
    trigger unbounded union unique update user using vacuum values view virtual when where
    window with without""".split()
)
# Names the generated code itself uses; a field called `id` would clash with the primary key.
RESERVED_FIELDS = frozenset(
    {"id", "self", "cls", "db", "conn", "request", "response", "model", "payload", "router"}
)
RESERVED_ENTITIES = frozenset(
    {"App", "Health", "Page", "Pages", "Model", "Base", "Database", "Router", "Api", "Ui", "Test"}
)
PYTHON_BUILTIN_TYPES = frozenset(
    {"str", "int", "float", "bool", "date", "datetime", "decimal", "list", "dict", "type", "id"}
)


def fold_ascii(text: str) -> str:
    """Accents folded to ASCII; anything with no ASCII form is dropped."""
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^A-Za-z0-9]+")


def words_of(text: str) -> list[str]:
    """Split any spelling (camel, snake, kebab, spaces) into lowercase words."""
    ascii_text = fold_ascii(text)
    spaced = _CAMEL_BOUNDARY.sub(" ", ascii_text)
    return [w.lower() for w in _NON_WORD.split(spaced) if w]


@lru_cache(maxsize=8192)  # a render asks for the same few hundred names again and again
def to_snake_case(text: str) -> str:
    return "_".join(words_of(text))


@lru_cache(maxsize=8192)
def to_pascal_case(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words_of(text))


def _is_reserved(name: str) -> bool:
    lowered = name.lower()
    return (
        keyword.iskeyword(lowered)
        or keyword.issoftkeyword(lowered)
        or lowered in SQL_KEYWORDS
        or lowered in PYTHON_BUILTIN_TYPES
    )


def safe_field_name(text: str) -> str:
    """A snake_case identifier safe in Python, SQL and a URL; `class` -> `class_value`."""
    name = to_snake_case(text)[:MAX_NAME_LENGTH].strip("_")
    if not name or not re.search(r"[a-z]", name):
        raise UnsafeName(f"{text!r} cannot become a field name: it has no letters")
    if name[0].isdigit():
        name = f"field_{name}"
    if _is_reserved(name) or name in RESERVED_FIELDS:
        name = f"{name}_value"
    return name


def safe_entity_name(text: str) -> str:
    """A singular PascalCase class name; `order` -> `Order`, `select` -> `SelectItem`."""
    words = words_of(text)
    if not words or not any(re.search(r"[a-z]", w) for w in words):
        raise UnsafeName(f"{text!r} cannot become an entity name: it has no letters")
    words[-1] = singular(words[-1])
    name = "".join(w[:1].upper() + w[1:] for w in words)[:MAX_NAME_LENGTH]
    if name[0].isdigit():
        name = f"Entity{name}"
    snake = to_snake_case(name)
    clashes = (
        keyword.iskeyword(name)
        or keyword.iskeyword(snake)
        or keyword.issoftkeyword(snake)
        or snake in PYTHON_BUILTIN_TYPES
        or name in RESERVED_ENTITIES
        or plural(snake) in SQL_KEYWORDS
    )
    return f"{name}Item" if clashes else name


def table_name(entity: str) -> str:
    """`Student` -> `students`, `LibraryMember` -> `library_members`."""
    return plural(to_snake_case(entity))
