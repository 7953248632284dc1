"""SQL schema statements as the sentences they stand for (stage 0, called by text.clean).

Developers paste the DDL they would run instead of describing it: "ALTER TABLE riders RENAME
COLUMN fname TO first_name;", "CREATE TABLE vans (id SERIAL PRIMARY KEY, plate VARCHAR(12) NOT
NULL)". Each statement that opens a line and is understood whole is rewritten as the request
it makes ("Rename fname to first_name on the riders table."), so the readers of plain requests
read it; a statement with any part not understood is left as written (and asked about).
"""

from __future__ import annotations

import re

from baes_tui.core.inflection import singular
from baes_tui.recognition.patterns import rx

# One statement: a DDL verb opening a line, up to its semicolon or the end of its line (a
# CREATE TABLE's parenthesised columns may span lines). Only at a line's start: after a quote
# or another statement on the same line ("'; DROP TABLE x; --") it is an injection probe,
# which plausibility refuses.
_STATEMENT = re.compile(
    r"(?im)^(?P<lead>[ \t]*)(?P<s>(?P<v>[a-z]{4,7})[ \t]+table\b"
    r"(?:[^;()\n]|\((?:[^()]|\([^()]*\))*\))*)(?:;[ \t]*|[ \t]*$)"
)
_NAME = r"(?:[\"`\[]?(?:\w+[\"`\]]?\.[\"`\[]?)?(?P<{}>[A-Za-z_]\w*)[\"`\]]?)"
_ALTER = re.compile(
    r"(?is)alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?" + _NAME.format("t") + r"\s+(?P<a>.+)"
)
_CREATE = re.compile(
    r"(?is)create\s+table\s+(?:if\s+not\s+exists\s+)?" + _NAME.format("t") + r"\s*\((?P<c>.*)\)"
)
_DROP = re.compile(
    r"(?is)drop\s+table\s+(?:if\s+exists\s+)?(?P<ts>[\w\"`.\[\]]+(?:\s*,\s*[\w\"`.\[\]]+)*)"
    r"(?:\s+(?:cascade|restrict))?"
)
_RENAME_TABLE = re.compile(
    r"(?is)rename\s+table\s+" + _NAME.format("t") + r"\s+to\s+" + _NAME.format("n")
)
_ADD = re.compile(
    r"(?is)add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?" + _NAME.format("c") + r"\s+(?P<d>.+)"
)
_DROP_COLUMN = re.compile(
    r"(?is)drop\s+(?:column\s+)?(?:if\s+exists\s+)?" + _NAME.format("c")
    + r"(?:\s+(?:cascade|restrict))?"
)  # fmt: skip
_RETYPE = re.compile(
    r"(?is)(?:alter|modify)\s+(?:column\s+)?" + _NAME.format("c")
    + r"\s+(?:set\s+data\s+)?type\s+(?P<d>.+?)(?:\s+using\s+.+)?"
)  # fmt: skip
_NULLITY = re.compile(
    r"(?is)alter\s+(?:column\s+)?" + _NAME.format("c") + r"\s+(?P<v>set|drop)\s+not\s+null"
)
_RENAME_COLUMN = re.compile(
    r"(?is)rename\s+(?:column\s+)?" + _NAME.format("c") + r"\s+to\s+" + _NAME.format("n")
)
_RENAME_TO = re.compile(r"(?is)rename\s+to\s+" + _NAME.format("n"))
# A column's type: its name, a size or precision, and an array mark; then its constraints.
_TYPE = re.compile(
    r"(?is)(?P<t>(?:double\s+precision|character\s+varying|timestamp(?:\s+with(?:out)?\s+time"
    r"\s+zone)?)\b|[a-z]\w*)\s*(?:\(\s*\d+(?:\s*,\s*(?P<scale>\d+))?\s*\))?(?P<array>\s*\[\s*\])?"
    r"\s*(?P<rest>.*)"
)
# The word the readers know for each SQL type (docs/recognition.md, Types); a type not here
# (json, uuid, bytea, …) is said as written.
_TYPE_WORDS = {
    **dict.fromkeys(
        "varchar char character nvarchar nchar text citext string tinytext mediumtext"
        " longtext".split(),
        "string",
    ),
    "character varying": "string",
    **dict.fromkeys(
        "int integer smallint bigint tinyint mediumint int2 int4 int8 serial bigserial"
        " smallserial".split(),
        "integer",
    ),
    **dict.fromkeys("decimal numeric money".split(), "decimal"),
    **dict.fromkeys("real float float4 float8 double".split(), "float"),
    "double precision": "float",
    **dict.fromkeys("bool boolean".split(), "boolean"),
    "date": "date",
    **dict.fromkeys("timestamp timestamptz datetime".split(), "timestamp"),
}
# What a column definition may say after its type, none of it a field.
_CONSTRAINT = re.compile(
    r"(?is)\s*(?P<k>not\s+null|null|primary\s+key|unique|auto_increment|autoincrement"
    r"|default\s+(?P<dv>'[^']*'|\([^()]*\)|[\w.]+(?:\(\s*\))?)"
    r"|references\s+" + _NAME.format("r") + r"\s*(?:\(\s*\w+\s*\))?"
    r"(?:\s+on\s+(?:delete|update)\s+(?:cascade|restrict|set\s+null|set\s+default|no\s+action))*"
    r"|check\s*\((?:[^()]|\([^()]*\))*\)|collate\s+\S+|constraint\s+\w+)"
)
_TABLE_KEY = re.compile(
    r"(?is)(?:constraint\s+\w+\s+)?(?:primary\s+key|unique|foreign\s+key|check)\s*\("
)
_FOREIGN = re.compile(
    r"(?is)(?:constraint\s+\w+\s+)?foreign\s+key\s*\(\s*" + _NAME.format("c") + r"\s*\)\s*"
    r"references\s+" + _NAME.format("r") + r"\s*(?:\(\s*\w+\s*\))?.*"
)


def ddl_as_sentences(text: str) -> str:
    """Each SQL schema statement opening a line, understood whole, as its plain request."""
    return _STATEMENT.sub(_statement, text)


def _statement(m: re.Match[str]) -> str:
    verb = _meant(m["v"].lower(), _VERBS)
    if verb is None:
        return m[0]
    said = _said(verb + m["s"].strip()[len(m["v"]) :])
    return m["lead"] + said if said is not None else m[0]


_VERBS = ("alter", "create", "drop", "rename")


def _meant(word: str, known: tuple[str, ...] | dict[str, str]) -> str | None:
    """ "CRAETE TABLE", "shift_lead boolen": a keyword typed with two neighbours swapped or a
    letter after its first left out is that keyword (only one of five letters or more)."""
    if word in known:
        return word
    for keyword in known:
        if len(keyword) < 5 or word[:1] != keyword[:1]:
            continue
        dropped = {keyword[:i] + keyword[i + 1 :] for i in range(1, len(keyword))}
        swapped = {
            keyword[:i] + keyword[i + 1] + keyword[i] + keyword[i + 2 :]
            for i in range(len(keyword) - 1)
        }
        if word in dropped | swapped:
            return keyword
    return None


def _said(statement: str) -> str | None:
    if (found := _RENAME_TABLE.fullmatch(statement)) is not None:
        return f"Rename the {found['t']} table to {found['n']}."
    if (found := _DROP.fullmatch(statement)) is not None:
        tables = [
            _whole_name(rx(r"[\"`\[\]]|^\w+\.").sub("", t.strip())) for t in found["ts"].split(",")
        ]
        return f"Drop the {_joined(tables)} table{'s' if len(tables) > 1 else ''}."
    if (found := _CREATE.fullmatch(statement)) is not None:
        return _created(found["t"], found["c"])
    if (found := _ALTER.fullmatch(statement)) is not None:
        return _altered(found["t"], found["a"])
    return None


# (the age words a request drops before a thing said in prose: changes._AGE_WORDS)
_AGE_FIRST = re.compile(r"(?i)(?:old|former|legacy|obsolete|unused|deprecated|outdated)_\w+")


def _whole_name(table: str) -> str:
    """ "DROP TABLE legacy_invoices": a table's name is exact, so an age word in it is part
    of it (LegacyInvoices); said in prose ("the legacy invoices table") the word was dropped
    as how old the thing is, and the wrong table was removed."""
    if not _AGE_FIRST.fullmatch(table):
        return table
    return "".join(part[:1].upper() + part[1:] for part in table.split("_") if part)


def _created(table: str, body: str) -> str | None:
    """ "CREATE TABLE vans (id SERIAL PRIMARY KEY, plate VARCHAR(12) NOT NULL, …)" as "Create
    a vans table with plate (string), …": the key column "id" is the id every entity has, a
    column that REFERENCES another table is the link to it, not a field."""
    fields: list[str] = []
    links: list[str] = []
    rules: list[str] = []
    for item in _items(body):
        if (fk := _FOREIGN.fullmatch(item)) is not None:
            links.append(fk["r"])
            fields = [f for f in fields if not f.startswith(fk["c"] + " ")]
            continue
        if _TABLE_KEY.match(item) is not None:
            rules.append(item)
            continue
        column = _column(item)
        if column is None:
            return None
        name, said, target, notes = column
        if target is not None:
            links.append(target)
        elif not (name.lower() == "id" and "primary key" in map(str.lower, notes)):
            fields.append(f"{name} ({said})" if said else name)
        rules.extend(f"{name} {note}" for note in notes if note.lower() != "primary key")
    if not fields and not links:
        return f"Create {'an' if table[:1].lower() in 'aeiou' else 'a'} {table} table."
    article = "an" if table[:1].lower() in "aeiou" else "a"
    out = f"Create {article} {table} table" + (f" with {_joined(fields)}." if fields else ".")
    owner = singular(table.replace("_", " "))
    out += "".join(f" Each {owner} belongs to one {singular(t.replace('_', ' '))}." for t in links)
    if rules:
        out += " Constraints: " + "; ".join(rules) + "."
    return out


def _altered(table: str, actions: str) -> str | None:
    """ "ALTER TABLE t <action>, <action>": the actions of one kind said as one change."""
    added: list[str] = []
    dropped: list[str] = []
    said: list[str] = []
    rules: list[str] = []
    for action in _items(actions):
        if (found := _RENAME_TO.fullmatch(action)) is not None:
            said.append(f"Rename the {table} table to {found['n']}.")
        elif (found := _RENAME_COLUMN.fullmatch(action)) is not None:
            said.append(f"Rename {found['c']} to {found['n']} on the {table} table.")
        elif (found := _NULLITY.fullmatch(action)) is not None:
            how = "required" if found["v"].lower() == "set" else "optional"
            said.append(f"Make {found['c']} {how} on the {table} table.")
        elif (found := _RETYPE.fullmatch(action)) is not None:
            kind = _TYPE.fullmatch(found["d"].strip())
            if kind is None or kind["rest"].strip():
                return None
            word = _type_word(kind, " ".join(kind["t"].lower().split())) or kind["t"]
            said.append(f"Change the {found['c']} field on the {table} table to {word}.")
        elif (found := _DROP_COLUMN.fullmatch(action)) is not None:
            dropped.append(found["c"])
        elif (found := _ADD.fullmatch(action)) is not None:
            column = _column(f"{found['c']} {found['d']}")
            if column is None or column[2] is not None:
                return None  # an added link is a relationship, said otherwise
            name, kind_said, _, notes = column
            added.append(f"{name} ({kind_said})" if kind_said else name)
            rules.extend(f"{name} {note}" for note in notes)
        else:
            return None
    if added:
        said.append(f"Add {_joined(added)} to the {table} table.")
    if dropped:
        said.append(f"Remove {_joined(dropped)} from the {table} table.")
    if rules:
        said.append("Constraints: " + "; ".join(rules) + ".")
    return " ".join(said)


def _type_word(kind: re.Match[str], typed: str) -> str | None:
    """The readers' word for a SQL type. A bare NUMERIC is "numeric", which the labelling
    conventions read as a float; NUMERIC(10,2) fixes its digits after the point: a decimal."""
    if typed == "numeric" and kind["scale"] is None:
        return "float"
    return _TYPE_WORDS.get(typed)


def _column(definition: str) -> tuple[str, str, str | None, list[str]] | None:
    """A column definition as (name, what the parentheses say, referenced table, other
    constraints); None when a part of it is not understood."""
    found = re.fullmatch(r"(?s)" + _NAME.format("c") + r"\s+(?P<d>.+)", definition.strip())
    if found is None:
        return None
    kind = _TYPE.fullmatch(found["d"].strip())
    if kind is None:
        return None
    typed = _meant(" ".join(kind["t"].lower().split()), _TYPE_WORDS)
    type_word = _type_word(kind, typed) if typed is not None else None
    if type_word is None:
        return None
    optional, target, notes = False, None, []
    rest = kind["rest"]
    while rest.strip():
        constraint = _CONSTRAINT.match(rest)
        if constraint is None:
            return None
        key = " ".join(constraint["k"].lower().split())
        if key == "null":
            optional = True
        elif key.startswith("references"):
            target = constraint["r"]
        elif key not in ("not null",) and not key.startswith("constraint"):
            notes.append(" ".join(constraint["k"].split()))
        rest = rest[constraint.end() :]
    if kind["array"]:
        type_word = f"list of {type_word}"
    said = f"{type_word}, optional" if optional else type_word
    return found["c"], said, target, notes


def _items(body: str) -> list[str]:
    """The comma-separated items of a list, commas inside parentheses kept."""
    items, depth, start = [], 0, 0
    for at, char in enumerate(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:at].strip())
            start = at + 1
    items.append(body[start:].strip())
    return [item for item in items if item]


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# A Rails migration's schema call, as written in a migration or typed as one line:
# "rename_column :riders, :fname, :first_name", "add_column :vans, :plate, :string, null: true"
_RAILS_CALL = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?P<m>rename_column|add_column|remove_column|change_column"
    r"|rename_table|drop_table)[ \t(]+(?P<args>:\w+(?:[ \t]*,[ \t]*[^,\n)]+)*)"
    r"\)?[ \t]*$"
)
_RAILS_TYPES = {
    "string": "string", "text": "string", "integer": "integer", "bigint": "integer",
    "float": "float", "decimal": "decimal", "boolean": "boolean", "date": "date",
    "datetime": "timestamp", "timestamp": "timestamp",
}  # fmt: skip


def rails_as_sentences(text: str) -> str:
    """Each Rails migration schema call opening a line, understood whole, as its request."""
    return _RAILS_CALL.sub(_rails_call, text)


def _rails_call(m: re.Match[str]) -> str:
    args = [a.strip() for a in m["args"].split(",")]
    symbols = [a[1:] for a in args if rx(r":\w+").fullmatch(a)]
    options = dict(
        (o[0].strip(), o[1].strip())
        for a in args
        if not rx(r":\w+").fullmatch(a) and len(o := a.split(":", 1)) == 2
    )
    if len(symbols) + len(options) != len(args) or set(options) - {"null", "default"}:
        return m[0]
    said = _rails_said(m["m"], symbols, options)
    return m["lead"] + said if said is not None else m[0]


def _rails_said(method: str, symbols: list[str], options: dict[str, str]) -> str | None:
    table, rest = symbols[0], symbols[1:]
    if method == "drop_table" and not rest:
        return f"Drop the {table} table."
    if method == "rename_table" and len(rest) == 1:
        return f"Rename the {table} table to {rest[0]}."
    if method == "rename_column" and len(rest) == 2:
        return f"Rename {rest[0]} to {rest[1]} on the {table} table."
    if method == "remove_column" and rest:
        return f"Remove {rest[0]} from the {table} table."
    if len(rest) != 2 or rest[1] not in _RAILS_TYPES:
        return None
    kind = _RAILS_TYPES[rest[1]]
    if method == "change_column":
        return f"Change the {rest[0]} field on the {table} table to {kind}."
    if method == "add_column":
        optional = ", optional" if options.get("null") == "true" else ""
        return f"Add {rest[0]} ({kind}{optional}) to the {table} table."
    return None


# "rails g model Recipe title:string servings:integer": the generator's model and its fields
_RAILS_MODEL = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?:bin/)?rails[ \t]+(?:g|generate)[ \t]+(?:model|scaffold)[ \t]+"
    r"(?P<name>[A-Z]\w*)(?P<fields>(?:[ \t]+\w+(?::\w+)?(?::(?:index|uniq))?)+)[ \t]*"
    r"(?:\([ \t]*(?P<optional>\w+(?:[ \t]*,[ \t]*\w+)*)[ \t]+(?:nullable|optional)[ \t]*\)[ \t]*)?$"
)


def rails_model_as_sentence(text: str) -> str:
    """ "rails g model Van plate:string seats:integer (plate nullable)" as "Create a Van with
    plate (string, optional), seats (integer)"; a field of a type not known (references, …)
    keeps the line as written."""
    return _RAILS_MODEL.sub(_rails_model, text)


def _rails_model(m: re.Match[str]) -> str:
    fields = []
    # "(source_url nullable)" after the command: the generator has no word for it
    optional = {n.strip() for n in (m["optional"] or "").split(",")}
    for field in m["fields"].split():
        name, _, kind = field.partition(":")
        kind = kind.split(":")[0] or "string"
        if kind not in _RAILS_TYPES:
            return m[0]
        fields.append(f"{name} ({_RAILS_TYPES[kind]}{', optional' if name in optional else ''})")
    if optional - {field.partition(":")[0] for field in m["fields"].split()} - {""}:
        return m[0]
    article = "an" if m["name"][:1] in "AEIOU" else "a"
    return f"{m['lead']}Create {article} {m['name']} with {_joined(fields)}. "
