"""What one segment of a request says, as read by stage 2 (classify) and stages 3–5.

Each reader turns a segment into zero or more statements; `assemble` turns the statements of
the whole request into a Recognition. An entity of None means "the entity in context" (a
pronoun, or a list under a header), resolved by the assembler.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from baes_tui.core.models import AttrType, RelationshipKind
from baes_tui.recognition.entities import Noun
from baes_tui.recognition.fields import FieldList

# create / add: said outright; has: "Xs have F" (a create unless the request is a change);
# need: "X needs F" (an add unless the request creates); either: a bare list in context.
Mode = Literal["create", "add", "has", "need", "either"]


@dataclass(frozen=True, slots=True)
class Declare:
    """An entity with fields: "Create students with name", "Invoice needs a due date"."""

    entity: Noun | None
    fields: FieldList
    mode: Mode
    segment: int
    header: bool = False  # a list header whose fields are the segments under it
    joint: bool = False  # one of several owners named together ("add email to both X and Y")
    # read by the any-frame reader (anyframe.py): no reader knows the frame around the list,
    # so which thing owns it is a guess the person confirms
    loose: bool = False
    # an add said only by a closing "too" ("Owners should have a name and phone too"): after
    # another thing described in the same request, the "too" points back at it, not at data
    # that exists
    too: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named without fields: "Track our volunteers", a title's "for a Vehicle"."""

    entity: Noun | None  # None: "a service to hold them", the entity in context
    create: bool  # said with a create or manage verb
    weak: bool  # context only (a title, a frame complement, "we have …")
    segment: int


@dataclass(frozen=True, slots=True)
class Remove:
    """Remove fields (names) from an entity, or the entity itself."""

    entity: Noun | None
    fields: tuple[str, ...]
    whole_entity: bool
    segment: int
    pronoun: bool = False  # "remove it": the fields are those named in another clause
    header: bool = False  # "Remove the following fields from Album:": the fields are nested


@dataclass(frozen=True, slots=True)
class Change:
    """One field change of a modify request: a new type or a new required-ness."""

    name: str
    type: AttrType | None = None
    required: bool | None = None


@dataclass(frozen=True, slots=True)
class Modify:
    entity: Noun | None
    changes: tuple[Change, ...]
    segment: int
    pronoun: bool = False  # "it's optional though": the change is to the field said last
    # "change date of birth to a date": the field's name if "of birth" is no entity
    compound: str = ""
    # "make hull colour optional": Hull read from the field's first word; the whole name
    # ("hull_colour") if a title names the thing instead (titled.py)
    whole: str = ""


@dataclass(frozen=True, slots=True)
class Rename:
    """A field rename (`entity` owns it) or an entity rename (`of_entity`)."""

    entity: Noun | None
    old: str
    new: str
    of_entity: bool
    segment: int


@dataclass(frozen=True, slots=True)
class Relate:
    """owner → target; `stated` when a cardinality word decided the kind."""

    owner: Noun | None
    target: Noun
    kind: RelationshipKind
    stated: bool
    segment: int
    symmetric: bool = False  # "link X and Y", "many-to-many between X and Y"


@dataclass(frozen=True, slots=True)
class Constraint:
    """A line about how to build, formats, schema, data that must survive, tests."""

    text: str
    segment: int


@dataclass(frozen=True, slots=True)
class Unread:
    """Text no reader understood; kept as a business rule and counted against confidence."""

    text: str
    segment: int
    words: int = 0
    clause: str = ""  # the clause that was not read, when `text` is its whole segment


@dataclass(frozen=True, slots=True)
class Aside:
    """Talk around the ask (asides.py): a reason, a greeting or thanks, background. Kept as a
    business rule; counted apart from unread text by the confidence model."""

    text: str
    segment: int
    words: int = 0
    said: str = ""  # the aside's own words when `text` is its whole segment ("so that …")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a change is asked ("so that …", "we not use it", "the council voted on it"): kept
    as a business rule, never read as a field or an entity, counted apart from unread text."""

    text: str
    segment: int
    words: int = 0


Statement = (
    Declare | Mention | Remove | Modify | Rename | Relate | Constraint | Unread | Aside | Reason
)


@dataclass
class Reading:
    """Everything read from a request, in order, plus what the person should be told."""

    statements: list[Statement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    topic_entities: list[Noun] = field(default_factory=list)
    text: str = ""  # the cleaned request read, for telling what in it was not read
    # doubts a reader found in what it read ("make it optional" after two fields): each is
    # asked for confirmation with its note, never guessed
    asks: list[str] = field(default_factory=list)
