"""Stage 0, links as ORMs and SQL write them: a developer pastes the line that declares a
link instead of saying it ("Shipment belongs_to :carrier", "`tracks =
models.ManyToManyField(Track)`", "FOREIGN KEY (policy_id) REFERENCES policies(id)"). Each such
line is said again in the words the relationship reader knows ("Shipment many-to-one Carrier"),
so the link is read as a link, never as a field called "carrier" or a thing called
"ShipmentBelong". Only lines whose owner is written next to the link are rewritten; a link
whose owner is not said is left as typed (and asked about).
"""

from __future__ import annotations

import re

from baes_tui.core.inflection import singular
from baes_tui.recognition.patterns import rx

# Rails association macros: "Team has_many :players", "belongs_to :author, class_name:
# 'User'", "has_and_belongs_to_many :tags"; the options after the symbol say how the link is
# kept, except class_name, which names the thing linked to
_RAILS = re.compile(
    r"(?P<owner>\b[A-Za-z]\w*[ \t]+)?(?P<m>has_and_belongs_to_many|belongs_to|has_many|has_one)"
    r"[ \t]+:(?P<t>[a-z]\w*)(?P<opts>(?:[ \t]*,[ \t]*\w+:[ \t]*(?::\w+|\"[^\"\n]*\"|'[^'\n]*'"
    r"|\w+))*)"
)
_CLASS_NAME = re.compile(r"class_name:[ \t]*[\"']?(?P<c>[A-Z]\w*)")
# "class Team < ApplicationRecord": the class the macros in its body belong to
_RUBY_CLASS = re.compile(r"^[ \t]*class[ \t]+(?P<c>[A-Z]\w*)[ \t]*<")
# Django: "carrier = models.ForeignKey(Carrier, on_delete=models.PROTECT)", in code marks or not
_DJANGO = re.compile(
    r"`?(?P<f>[a-z]\w*)[ \t]*=[ \t]*(?:models\.)?(?P<k>ForeignKey|OneToOneField|ManyToManyField)"
    r"\([ \t]*[\"']?(?:\w+\.)?(?P<t>[A-Z]\w*)[\"']?"
    r"(?:[ \t]*,[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)?\)`?"
)
_DJANGO_KIND = {"ForeignKey": "one", "OneToOneField": "one", "ManyToManyField": "many"}
# where a pasted Django link names its owner: "Playlist: <link>", "On Shipment add <link>",
# "add <link> to Shipment"
_OWNER_FIRST = re.compile(
    r"^(?P<lead>[ \t]*)(?:(?:on|to|for)[ \t]+(?:the[ \t]+)?(?P<o1>[A-Z]\w*)(?:[ \t]+model)?"
    r"[ \t]*,?[ \t]*add[ \t]+(?:a[ \t]+|an[ \t]+)?|(?P<o2>[A-Z]\w*)[ \t]*:[ \t]*)\x00(?P<r>\d+)\x00"
    r"[ \t]*[.;]?[ \t]*$",
    re.I | re.M,
)
_OWNER_AFTER = re.compile(
    r"^(?P<lead>[ \t]*)add[ \t]+(?:a[ \t]+|an[ \t]+)?\x00(?P<r>\d+)\x00[ \t]+(?:to|on)[ \t]+"
    r"(?:the[ \t]+)?(?P<o>[A-Z]\w*)(?:[ \t]+model)?[ \t]*[.;]?[ \t]*$",
    re.I | re.M,
)
_SQL_NAME = r"[\"`]?(?P<{}>[A-Za-z]\w*)[\"`]?"
# "ALTER TABLE claims ADD CONSTRAINT fk_x FOREIGN KEY (policy_id) REFERENCES policies(id)"
_ALTER_FK = re.compile(
    r"\bALTER[ \t]+TABLE[ \t]+" + _SQL_NAME.format("o") + r"[ \t]+ADD[ \t]+(?:CONSTRAINT[ \t]+"
    r"\w+[ \t]+)?FOREIGN[ \t]+KEY[ \t]*\([ \t]*\w+[ \t]*\)[ \t]*REFERENCES[ \t]+"
    + _SQL_NAME.format("t")
    + r"[ \t]*(?:\([ \t]*\w+[ \t]*\))?[^;\n]*;?",
    re.I,
)
# "add a FK on shipments: carrier_id REFERENCES carriers(id)"
_FK_ON = re.compile(
    r"\b(?:add[ \t]+)?(?:an?[ \t]+)?(?:FK|foreign[ \t]+key)[ \t]+(?:on|to)[ \t]+(?:the[ \t]+)?"
    + _SQL_NAME.format("o")
    + r"(?:[ \t]+table)?[ \t]*:[ \t]*\w+(?:[ \t]+[A-Za-z]+)?[ \t]+REFERENCES[ \t]+"
    + _SQL_NAME.format("t")
    + r"[ \t]*(?:\([ \t]*\w+[ \t]*\))?[ \t]*;?",
    re.I,
)
# Prisma: inside "model Flight {" (or under "… to model Flight:") a field whose type is another
# model is a link: "aircraft Aircraft @relation(fields: [aircraftId], references: [id])" is one
# Aircraft, "wines Wine[]" many; the scalar named in fields: [...] is the key that keeps it
_PRISMA_OWNER = re.compile(r"\bmodel[ \t]+(?P<o>[A-Z]\w*)[ \t]*(?P<b>\{|:)[ \t]*$")
_PRISMA_SCALARS = frozenset(
    "String Int BigInt Float Decimal Boolean DateTime Json Bytes Unsupported".split()
)
_PRISMA_LINK = re.compile(
    r"^(?P<lead>[ \t]*)(?P<f>[a-z]\w*)[ \t]+(?P<t>[A-Z]\w*)(?P<many>\[\])?\??[ \t]*"
    r"(?P<rel>@relation\((?P<args>[^()\n]*)\))?[ \t]*$"
)
_PRISMA_KEYS = re.compile(r"fields:[ \t]*\[(?P<k>[^\]\n]*)\]")

# "Link playlists and tracks (join table playlist_tracks with playlist_id, track_id)", "(via a
# junction table)": how a many-to-many link is stored, said in brackets after it; the table is
# no thing of its own and its key columns no fields
_JOIN_TABLE = re.compile(
    r"\([ \t]*(?:(?:via|through|using|with|in)[ \t]+)?(?:an?[ \t]+|the[ \t]+)?(?:join|junction"
    r"|through|linking|bridge|pivot|association)[ \t]+table\b[^()\n]*\)",
    re.I,
)


def _thing(word: str) -> str:
    """ "policies", "line_items", "Carrier" → Policy, LineItem, Carrier (a table is its rows)."""
    if word[:1].isupper() and "_" not in word:
        return word
    return "".join(part.capitalize() for part in singular(word.lower()).split("_") if part)


def _link(owner: str, how: str, target: str) -> str:
    """The link in the relationship reader's words: "one" target or "many"."""
    kind = "many-to-one" if how == "one" else "many-to-many"
    return f"{_thing(owner)} {kind} {_thing(target)}"


def _rails(text: str) -> str:
    """Rails macros with their owner said before them or as the class they sit in."""
    out, owner_class = [], None
    for line in text.split("\n"):
        if (m := _RUBY_CLASS.match(line)) is not None:
            owner_class = m["c"]
        elif rx(r"[ \t]*end[ \t]*$").match(line):
            owner_class = None
        out.append(_RAILS.sub(lambda m, c=owner_class: _rails_link(m, c), line))
    return "\n".join(out)


def _rails_link(m: re.Match[str], owner_class: str | None) -> str:
    owner = (m["owner"] or "").strip() or owner_class
    if owner is None or owner.lower() in {"and", "with", "also", "then"}:
        return m[0]
    named = _CLASS_NAME.search(m["opts"] or "")
    target = named["c"] if named else m["t"]
    how = "one" if m["m"] in {"belongs_to", "has_one"} else "many"
    return _link(owner, how, target)


def _django(text: str) -> str:
    """Django link fields whose owner the same line names."""
    found: list[re.Match[str]] = []

    def hold(m: re.Match[str]) -> str:
        found.append(m)
        return f"\x00{len(found) - 1}\x00"

    held = _DJANGO.sub(hold, text)
    if not found:
        return text

    def said(m: re.Match[str], owner: str) -> str:
        link = found[int(m["r"])]
        return m["lead"] + _link(owner, _DJANGO_KIND[link["k"]], link["t"])

    held = _OWNER_FIRST.sub(lambda m: said(m, m["o1"] or m["o2"]), held)
    held = _OWNER_AFTER.sub(lambda m: said(m, m["o"]), held)
    return rx(r"\x00(\d+)\x00").sub(lambda m: found[int(m[1])][0], held)


def _prisma(text: str) -> str:
    """Prisma link fields inside a model's block; their key columns go with them. A list field
    ("wines Wine[]") whose model links back with @relation is that link's other side: no link
    of its own, and no field."""
    lines, owners = text.split("\n"), []
    owner = None
    for line in lines:
        if (m := _PRISMA_OWNER.search(line)) is not None:
            owner = m["o"]
        elif line.strip() == "}":
            owner = None
        link = _PRISMA_LINK.match(line) if owner is not None else None
        if link is not None and link["t"] in _PRISMA_SCALARS:
            link = None
        owners.append((owner, link))
    held = {(o, m["t"]) for o, m in owners if m is not None and m["rel"]}
    keys: set[str] = set()
    out = []
    for line, (owner, link) in zip(lines, owners, strict=True):
        if owner is None or link is None or not (link["many"] or link["rel"]):
            out.append(line)
        elif link["many"] and (link["t"], owner) in held:
            continue
        else:
            if link["args"] and (k := _PRISMA_KEYS.search(link["args"])) is not None:
                keys.update(key.strip() for key in k["k"].split(","))
            out.append(link["lead"] + _link(owner, "many" if link["many"] else "one", link["t"]))
    if keys:
        key = re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, keys)) + r")[ \t]+\w+\??[ \t]*$")
        out = [line for line in out if not key.match(line)]
    return "\n".join(out)


def orm_links(text: str) -> str:
    """`text` with each pasted link line said as "Owner many-to-one Target"."""
    if "belongs_to" in text or "has_" in text:
        text = _rails(text)
    if "Field(" in text or "ForeignKey(" in text:
        text = _django(text)
    if "model" in text and ("[]" in text or "@relation" in text):
        text = _prisma(text)
    if "table" in text.lower():
        text = _JOIN_TABLE.sub("(many-to-many)", text)
    if rx(r"references", re.I).search(text):
        text = _ALTER_FK.sub(lambda m: _link(m["o"], "one", m["t"]) + ".", text)
        text = _FK_ON.sub(lambda m: _link(m["o"], "one", m["t"]) + ".", text)
    return text
