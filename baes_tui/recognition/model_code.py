"""A model pasted as code, as the request it stands for (stage 0, called by text.clean).

Developers paste the model they want instead of describing it: a Prisma `model Van { … }`, a
Django `class Van(models.Model):`, a SQLAlchemy `class Van(Base):` or a TypeScript
`interface Van { … }`. A block whose every
line is a field of a known scalar type is rewritten as "Create a Van with plate (string), …",
so the readers of plain requests read it. In a Django block a link field to another model
(`artist = models.ForeignKey(Artist, …)`) is said as the link it declares ("Album many-to-one
Artist"), in the words the relationship reader knows (orm.py). A block with anything else in it
(a method, a type not known) is left as written and asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from baes_tui.recognition.orm import _DJANGO as _DJANGO_LINK
from baes_tui.recognition.orm import (
    _DJANGO_KIND,
    _PRISMA_KEYS,
    _PRISMA_LINK,
    _PRISMA_SCALARS,
    _link,
)
from baes_tui.recognition.patterns import rx

_IDENT = r"[A-Za-z_]\w*"
_PRISMA = re.compile(
    r"(?m)^[ \t]*model[ \t]+(?P<name>[A-Z]\w*)[ \t]*\{[ \t]*\n(?P<body>(?:[^{}\n]*\n)*?)[ \t]*\}"
    r"[ \t]*$"
)
_INTERFACE = re.compile(
    r"(?m)^[ \t]*(?:export[ \t]+)?(?:interface|type)[ \t]+(?P<name>[A-Z]\w*)[ \t]*=?[ \t]*\{"
    r"[ \t]*\n(?P<body>(?:[^{}\n]*\n)*?)[ \t]*\}[ \t]*;?[ \t]*$"
)
_DJANGO = re.compile(
    r"(?m)^[ \t]*class[ \t]+(?P<name>[A-Z]\w*)[ \t]*\([ \t]*(?:models\.)?Model[ \t]*\)[ \t]*:"
    r"[ \t]*\n(?P<body>(?:[ \t]+\S[^\n]*(?:\n|$))+)"
)
# "class Van(BaseModel):", "@dataclass class Van:", "class Van(SQLModel, table=True):" with
# annotated fields ("plate: str", "notes: str | None = None", "seats: Optional[int]")
_PYTHON = re.compile(
    r"(?m)^[ \t]*(?:@(?:dataclasses\.)?dataclass(?:\([^)\n]*\))?[ \t]*\n[ \t]*)?"
    r"class[ \t]+(?P<name>[A-Z]\w*)[ \t]*(?:\([ \t]*(?:pydantic\.)?(?P<base>BaseModel|SQLModel"
    r"|TypedDict)(?:[ \t]*,[ \t]*table[ \t]*=[ \t]*True)?[ \t]*\))?[ \t]*:"
    r"[ \t]*\n(?P<body>(?:[ \t]+\S[^\n]*(?:\n|$))+)"
)
# "class Van(Base):", "class Van(db.Model):" with SQLAlchemy columns: "plate = Column(String(12),
# nullable=False)", "seats: Mapped[int] = mapped_column()", "notes: Mapped[Optional[str]]"
_SQLA = re.compile(
    r"(?m)^[ \t]*class[ \t]+(?P<name>[A-Z]\w*)[ \t]*\([ \t]*(?:db\.Model|\w*Base)[ \t]*\)[ \t]*:"
    r"[ \t]*\n(?P<body>(?:[ \t]+\S[^\n]*(?:\n|$))+)"
)
_SQLA_FIELD = re.compile(
    r"(?P<n>" + _IDENT + r")[ \t]*(?::[ \t]*Mapped\[(?P<mapped>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
    r"[ \t]*)?(?:=[ \t]*(?:(?:db|sa|sqlalchemy)\.)?(?P<call>Column|mapped_column|relationship)"
    r"[ \t]*\((?P<args>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\))?[ \t]*(?:#[^\n]*)?"
)
_SQLA_TYPE = re.compile(r"^[ \t]*(?:(?:db|sa|sqlalchemy)\.)?(?P<t>[A-Z][A-Za-z]*)\b")
_SQLA_KEY = re.compile(r"ForeignKey\([ \t]*[\"'](?P<table>\w+)\.\w+[\"']")
_SQLA_TYPES = {
    "String": "string", "Text": "string", "Unicode": "string", "UnicodeText": "string",
    "VARCHAR": "string", "Integer": "integer", "SmallInteger": "integer",
    "BigInteger": "integer", "Float": "float", "REAL": "float", "Numeric": "decimal",
    "DECIMAL": "decimal", "Boolean": "boolean", "Date": "date", "DateTime": "timestamp",
}  # fmt: skip
_PYTHON_FIELD = re.compile(
    r"(?P<n>" + _IDENT + r")[ \t]*:[ \t]*(?:Optional\[(?P<opt_t>\w+)\]|(?P<t>\w+)"
    r"(?P<none>[ \t]*\|[ \t]*None)?)[ \t]*(?:=[ \t]*(?P<default>[^\n#]*?))?[ \t]*(?:#[^\n]*)?"
)
_LONGEST_LINE = 200
_PYTHON_TYPES = {
    "str": "string", "int": "integer", "float": "float", "Decimal": "decimal",
    "bool": "boolean", "date": "date", "datetime": "timestamp", "EmailStr": "email",
}  # fmt: skip
_PRISMA_FIELD = re.compile(
    r"(?P<n>" + _IDENT + r")[ \t]+(?P<t>[A-Za-z]\w*)(?P<opt>\?)?(?P<attrs>(?:[ \t]+@[^\n]*)?)"
)
_TS_FIELD = re.compile(
    r"(?:readonly[ \t]+)?(?P<n>" + _IDENT + r")(?P<opt>\?)?[ \t]*:[ \t]*(?P<t>[A-Za-z]\w*)"
    r"(?P<null>[ \t]*\|[ \t]*(?:null|undefined))?[ \t]*[;,]?"
)
_DJANGO_FIELD = re.compile(
    r"(?P<n>" + _IDENT + r")[ \t]*=[ \t]*(?:models\.)?(?P<t>[A-Z]\w*Field)[ \t]*"
    r"\((?P<args>[^()]*(?:\([^()]*\)[^()]*)*)\)"
)
_PRISMA_TYPES = {
    "String": "string", "Int": "integer", "BigInt": "integer", "Float": "float",
    "Decimal": "decimal", "Boolean": "boolean", "DateTime": "timestamp",
}  # fmt: skip
_TS_TYPES = {"string": "string", "number": "float", "boolean": "boolean", "Date": "timestamp"}
_DJANGO_TYPES = {
    "CharField": "string", "TextField": "string", "SlugField": "string", "URLField": "string",
    "EmailField": "email", "IntegerField": "integer", "SmallIntegerField": "integer",
    "BigIntegerField": "integer", "PositiveIntegerField": "integer",
    "PositiveSmallIntegerField": "integer", "DecimalField": "decimal", "FloatField": "float",
    "BooleanField": "boolean", "DateField": "date", "DateTimeField": "timestamp",
}  # fmt: skip
# Lines of a block that say nothing about its fields: comments, a docstring, blank lines.
_NOTHING = re.compile(r"[ \t]*(?://[^\n]*|#[^\n]*|\"\"\"[^\n]*\"\"\"|)")


# "model Van { plate String, notes String? }", "Van { plate String; seats Int }": a Prisma
# model written on one line
_PRISMA_ONE_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?:(?i:create|add|new)[ \t]+(?:an?[ \t]+)?)?(?:model[ \t]+)?"
    r"(?P<name>[A-Z]\w*)[ \t]*\{(?P<body>[^{}\n]{1,400})\}"
    r"[ \t]*$"
)


def _block_of_one_line(
    m: re.Match[str], field: re.Pattern[str], types: dict[str, str], head: str, end: str
) -> str:
    """A model written on one line whose every item is a field of a known type, as its block
    (`head` opens it: "model", "interface"; `end` closes each line): the block readers below
    then read it."""
    items = [i.strip() for i in rx(r"[,;]").split(m["body"]) if i.strip()]
    if not items or not all(
        (f := field.fullmatch(i)) is not None and f["t"] in types for i in items
    ):
        return m[0]
    body = "".join(f"{m['lead']}  {i}{end}\n" for i in items)
    return f"{m['lead']}{head} {m['name']} {{\n{body}{m['lead']}}}"


# "type Find = { material: string; weight?: number }", "interface Find { … }" on one line
_TS_ONE_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?:export[ \t]+)?(?P<kw>interface|type)[ \t]+(?P<name>[A-Z]\w*)"
    r"[ \t]*=?[ \t]*\{(?P<body>[^{}\n]{1,400})\}[ \t]*;?[ \t]*$"
)


def models_as_sentences(text: str) -> str:
    """Each model block made only of scalar fields, as "Create a <Model> with …"; when one
    block of the request is not understood whole, none is rewritten (half the models read
    would be a confident half-reading)."""
    text = _PRISMA_ONE_LINE.sub(
        lambda m: _block_of_one_line(m, _PRISMA_FIELD, _PRISMA_TYPES, "model", ""), text
    )
    if "interface" in text or "type" in text:
        text = _TS_ONE_LINE.sub(
            lambda m: _block_of_one_line(m, _TS_FIELD, _TS_TYPES, "interface", ";"), text
        )
    return _rewritten(text, ((_PRISMA, _prisma), (_INTERFACE, _typescript), (_DJANGO, _django)))


def python_models_as_sentences(text: str) -> str:
    """A Pydantic or SQLModel model, a TypedDict or a dataclass of annotated scalar fields, as
    "Create a <Model> with …" (read before anything respells the names: "bought_on: date")."""
    return _rewritten(text, ((_PYTHON, _python), (_SQLA, _sqlalchemy)))


def _rewritten(
    text: str, readers: tuple[tuple[re.Pattern[str], Callable[[str], str | None]], ...]
) -> str:
    blocks: list[tuple[int, int, str]] = []
    held = _prisma_held(text) if "@relation" in text else frozenset()
    models = frozenset(m["name"] for m in _PRISMA.finditer(text))
    for pattern, field in readers:
        for m in pattern.finditer(text):
            if pattern is _PYTHON and m["base"] is None and "@" not in m[0]:
                continue  # a plain class is no model said by its fields (a dataclass is)
            said = _said(m, field, held, models)
            if said is None:
                return text
            blocks.append((m.start(), m.end(), said))
    for start, end, said in sorted(blocks, reverse=True):
        text = text[:start] + said + text[end:]
    return text


def without_prisma_links(text: str) -> str:
    """`text` without the link lines and key columns of its Prisma models (read as links, no
    words of fields): what the role model is asked about when a schema is pasted."""
    if "@relation" not in text and "[]" not in text:
        return text
    held = _prisma_held(text)
    models = frozenset(m["name"] for m in _PRISMA.finditer(text))
    drop: set[str] = set()
    for m in _PRISMA.finditer(text):
        keys: set[str] = set()
        lines = m["body"].splitlines()
        drop.update(
            line for line in lines if _prisma_link(m["name"], line, held, keys, models) is not None
        )
        drop.update(line for line in lines if line.split()[:1] in ([k] for k in keys))
    return "\n".join(line for line in text.split("\n") if line not in drop)


def _prisma_held(text: str) -> frozenset[tuple[str, str]]:
    """(owner, target) of every Prisma link said with @relation: the owner's side of it."""
    return frozenset(
        (m["name"], link["t"])
        for m in _PRISMA.finditer(text)
        for line in m["body"].splitlines()
        if (link := _PRISMA_LINK.match(line)) is not None and link["rel"]
    )


def _prisma_link(
    owner: str,
    line: str,
    held: frozenset[tuple[str, str]],
    keys: set[str],
    models: frozenset[str],
) -> str | None:
    """ "supplier Supplier @relation(fields: [supplierId], …)": one Supplier, its key column
    kept in `keys`; "orders Order[]" is many, or nothing ("") when Order's own @relation says
    the link; None for a line that is no link to a model of the paste (`models`)."""
    link = _PRISMA_LINK.match(line)
    if link is None or link["t"] in _PRISMA_SCALARS or not (link["rel"] or link["many"]):
        return None
    if link["t"] not in models:
        return None  # a link to a model the paste does not show: the block is left as written
    if link["many"]:
        return "" if (link["t"], owner) in held else _link(owner, "many", link["t"])
    if link["args"] and (k := _PRISMA_KEYS.search(link["args"])) is not None:
        keys.update(key.strip() for key in k["k"].split(","))
    return _link(owner, "one", link["t"])


def _said(
    m: re.Match[str],
    field: Callable[[str], str | None],
    held: frozenset[tuple[str, str]] = frozenset(),
    models: frozenset[str] = frozenset(),
) -> str | None:
    fields: list[str] = []
    links: list[str] = []
    keys: set[str] = set()
    lines = m["body"].splitlines()
    if field is _prisma:
        # a model's links to other models ("supplier Supplier @relation(…)", "orders Order[]")
        # are said as links, and the key columns they name are no fields (orm.py reads such a
        # line alone; a block was left unread whole when it held one)
        said_links = [(line, _prisma_link(m["name"], line, held, keys, models)) for line in lines]
        links = [link for _, link in said_links if link]
        lines = [line for line, link in said_links if link is None]
        lines = [line for line in lines if line.split()[:1] not in ([k] for k in keys)]
    for line in lines:
        if _NOTHING.fullmatch(line):
            continue
        if field is _django and (link := _DJANGO_LINK.fullmatch(line.strip())) is not None:
            # "artist = models.ForeignKey(Artist, on_delete=…)": the model's link, not a field
            links.append(_link(m["name"], _DJANGO_KIND[link["k"]], link["t"]))
            continue
        if field is _sqlalchemy and (key := _SQLA_KEY.search(line)) is not None:
            # "horse_id = Column(Integer, ForeignKey("horses.id"))": a link to one of that table
            links.append(_link(m["name"], "one", key["table"]))
            continue
        said = field(line.strip())
        if said is None:
            return None
        if said:
            fields.append(said)
    if not fields:
        return None
    listed = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " and " + fields[-1]
    article = "an" if m["name"][:1] in "AEIOU" else "a"
    return " ".join([f"Create {article} {m['name']} with {listed}.", *(f"{k}." for k in links)])


def _prisma(line: str) -> str | None:
    """ "plate String @unique", "notes String?": a scalar field; "id Int @id …" is the id every
    entity has (an empty answer: nothing to say)."""
    found = _PRISMA_FIELD.fullmatch(line)
    if found is None or found["t"] not in _PRISMA_TYPES:
        return None
    if "@id" in found["attrs"]:
        return "" if found["n"] == "id" else None
    return _field(found["n"], _PRISMA_TYPES[found["t"]], bool(found["opt"]))


def _typescript(line: str) -> str | None:
    found = _TS_FIELD.fullmatch(line)
    if found is None or found["t"] not in _TS_TYPES:
        return None
    if found["n"] == "id":
        return ""
    kind = _TS_TYPES[found["t"]]
    if found["t"] == "Date" and not rx(r"(?:At|_at|Time|_time|Timestamp|_timestamp)$").search(
        found["n"]
    ):
        kind = "date"  # "birthDate: Date" is a day; "createdAt: Date", "startTime: Date" moments
    return _field(found["n"], kind, bool(found["opt"] or found["null"]))


def _django(line: str) -> str | None:
    found = _DJANGO_FIELD.fullmatch(line)
    if found is None or found["t"] not in _DJANGO_TYPES:
        return None
    optional = rx(r"\bnull\s*=\s*True\b").search(found["args"]) is not None
    return _field(found["n"], _DJANGO_TYPES[found["t"]], optional)


def _python(line: str) -> str | None:
    """ "plate: str", "seats: int | None = None", "notes: Optional[str]": an annotated field,
    optional when None is allowed; "id: int" is the id every entity has."""
    if len(line) > _LONGEST_LINE:
        return None  # no field is said in a line this long (and a long line is read in time)
    found = _PYTHON_FIELD.fullmatch(line)
    kind = found and (found["opt_t"] or found["t"])
    if found is None or kind not in _PYTHON_TYPES:
        return None
    if found["n"] == "id":
        return ""
    optional = bool(found["opt_t"] or found["none"]) or (found["default"] or "") == "None"
    return _field(found["n"], _PYTHON_TYPES[kind], optional)


def _sqlalchemy(line: str) -> str | None:
    """ "plate = Column(String(12), nullable=False)", "seats: Mapped[int] = mapped_column()":
    a column, optional as the ORM makes it (a classic Column may be NULL unless it says
    nullable=False; a Mapped type only when it allows None); the table's name, its id and the
    relationship() lines that only walk a link say no field."""
    if len(line) > _LONGEST_LINE:
        return None
    if rx(r"__\w+__[ \t]*=").match(line):
        return ""  # "__tablename__ = 'vans'"
    found = _SQLA_FIELD.fullmatch(line)
    if found is None or (found["call"] is None and found["mapped"] is None):
        return None
    if found["call"] == "relationship":
        return ""
    args = found["args"] or ""
    if found["n"] == "id" or rx(r"\bprimary_key[ \t]*=[ \t]*True\b").search(args):
        return "" if found["n"] == "id" else None
    typed = _SQLA_TYPE.match(args)
    mapped = (found["mapped"] or "").replace(" ", "")
    bare = rx(r"^(?:Optional\[(?P<a>\w+)\]|(?P<b>\w+)(?P<none>\|None)?)$").match(mapped)
    if typed is not None and typed["t"] in _SQLA_TYPES:
        kind = _SQLA_TYPES[typed["t"]]
    elif typed is None and bare is not None and (bare["a"] or bare["b"]) in _PYTHON_TYPES:
        kind = _PYTHON_TYPES[bare["a"] or bare["b"]]
    else:
        return None
    if rx(r"\bnullable[ \t]*=[ \t]*False\b").search(args):
        optional = False
    elif rx(r"\bnullable[ \t]*=[ \t]*True\b").search(args):
        optional = True
    elif bare is not None:
        optional = bool(bare["a"] or bare["none"])
    else:
        optional = found["call"] == "Column"
    return _field(found["n"], kind, optional)


def _field(name: str, type_word: str, optional: bool) -> str:
    return f"{name} ({type_word}, optional)" if optional else f"{name} ({type_word})"
