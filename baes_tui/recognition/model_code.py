"""A model pasted as code, as the request it stands for (stage 0, called by text.clean).

Developers paste the model they want instead of describing it: a Prisma `model Van { … }`, a
Django `class Van(models.Model):` or a TypeScript `interface Van { … }`. A block whose every
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
from baes_tui.recognition.orm import _DJANGO_KIND, _link
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


def models_as_sentences(text: str) -> str:
    """Each model block made only of scalar fields, as "Create a <Model> with …"; when one
    block of the request is not understood whole, none is rewritten (half the models read
    would be a confident half-reading)."""
    blocks: list[tuple[int, int, str]] = []
    for pattern, field in ((_PRISMA, _prisma), (_INTERFACE, _typescript), (_DJANGO, _django)):
        for m in pattern.finditer(text):
            said = _said(m, field)
            if said is None:
                return text
            blocks.append((m.start(), m.end(), said))
    for start, end, said in sorted(blocks, reverse=True):
        text = text[:start] + said + text[end:]
    return text


def _said(m: re.Match[str], field: Callable[[str], str | None]) -> str | None:
    fields: list[str] = []
    links: list[str] = []
    for line in m["body"].splitlines():
        if _NOTHING.fullmatch(line):
            continue
        if field is _django and (link := _DJANGO_LINK.fullmatch(line.strip())) is not None:
            # "artist = models.ForeignKey(Artist, on_delete=…)": the model's link, not a field
            links.append(_link(m["name"], _DJANGO_KIND[link["k"]], link["t"]))
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
    return _field(found["n"], _TS_TYPES[found["t"]], bool(found["opt"] or found["null"]))


def _django(line: str) -> str | None:
    found = _DJANGO_FIELD.fullmatch(line)
    if found is None or found["t"] not in _DJANGO_TYPES:
        return None
    optional = rx(r"\bnull\s*=\s*True\b").search(found["args"]) is not None
    return _field(found["n"], _DJANGO_TYPES[found["t"]], optional)


def _field(name: str, type_word: str, optional: bool) -> str:
    return f"{name} ({type_word}, optional)" if optional else f"{name} ({type_word})"
