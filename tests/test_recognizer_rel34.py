"""What follows "and" in a link, remarks that point back at several fields, and notes in
brackets that say a value may have decimals (issue 8, rel34).

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, shape

REL = Intent.ADD_RELATIONSHIP


# --- words after "and" that open with a thing are no second link of the subject ---------------


@pytest.mark.parametrize(
    "request_text",
    [
        # a field qualified by where its values are: "in many crates" is the parcels'
        "Each shipment has one carrier and parcels in many crates",
        "A playlist has one curator and songs from many albums",
        "Each course has one tutor and lessons in many rooms",
        "every invoice has a single client and notes on several pages",
        # a statement about the first link's target, with its own verb
        "Bands play many gigs and gigs in one venue sell out",
        "Authors write many books and books in one series sell well",
        "Drivers drive many vans and vans in one depot",
        "Doctors see many patients and the patients wait long",
    ],
)
def test_a_thing_after_and_is_asked_never_linked_to_the_subject(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    targets = {r.target for e in result.entities for r in e.relationships}
    # no link to the place the field's values are in, and no thing minted from a clause
    assert not targets & {"Crate", "Album", "Room", "Page", "Depot"}, shape(result)
    assert not any(len(t) > 12 for t in targets), shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Each kennel dog has one owner and stays in one run",
            ["KennelDog() many_to_one>Owner many_to_one>Run"],
        ),
        (
            "Each parcel has one sender and goes into one sack",
            ["Parcel() many_to_one>Sender many_to_one>Sack"],
        ),
        (
            "Each mare has one owner and lives in one paddock",
            ["Mare() many_to_one>Owner many_to_one>Paddock"],
        ),
        (
            "Each crate has one packer and ships in many containers",
            ["Crate() many_to_one>Packer many_to_many>Container"],
        ),
        (
            "Each coach has one depot and carries many passengers",
            ["Coach() many_to_one>Depot many_to_many>Passenger"],
        ),
        (
            "Each ferry has one captain and calls at many harbours",
            ["Ferry() many_to_one>Captain many_to_many>Harbour"],
        ),
    ],
)
def test_the_subjects_second_verb_after_and_still_links(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, REL) == expected


def test_the_subject_said_again_after_and_still_links() -> None:
    assert accepted("Readers borrow many novels and each novel has one publisher", REL) == [
        "Reader() many_to_many>Novel",
        "Novel() many_to_one>Publisher",
    ]


# --- a pointer after a remark naming several fields covers each of them -----------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a Kettle with brand, wattage and colour. The brand and the wattage are often "
        "missing, so make that optional.",
        "Create a Kettle with brand, wattage and colour. Brand and wattage are sometimes "
        "unknown so make them optional.",
        "Create a Kettle with brand, wattage and colour. We rarely know the brand or the "
        "wattage, so those can be blank.",
        "Create a Kettle with brand, wattage and colour. Brand and wattage go missing a lot, "
        "so both should be optional.",
        "Create a Kettle with brand, wattage and colour. Neither brand nor wattage is always "
        "printed, so let's make them both nullable.",
    ],
)
def test_that_those_them_both_after_two_fields_cover_both(request_text: str) -> None:
    assert accepted(request_text) == ["Kettle(brand:str?,wattage:float?,colour:str)"]


def test_that_after_one_field_named_covers_only_that_one() -> None:
    text = (
        "Create a Kettle with brand, wattage and colour. The brand is often missing, so make "
        "that optional."
    )
    assert accepted(text) == ["Kettle(brand:str?,wattage:float,colour:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        # "it" / "that one" after two fields does not say which
        "Create a Kettle with brand, wattage and colour. The brand and the wattage are often "
        "missing, so make it optional.",
        "Create a Kettle with brand, wattage and colour. Brand and wattage are often missing, "
        "so that one is optional.",
        # "both" after three fields
        "Create a Kettle with brand, wattage and colour. Brand, wattage and colour are often "
        "missing, so make both optional.",
        # fields said apart, not together: which one "that" is, is a guess
        "Create a Kettle with brand, wattage and colour. The wattage depends on the brand, "
        "so make that optional.",
    ],
)
def test_a_pointer_that_does_not_say_which_field_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert not any(not a.required for e in result.entities for a in e.attributes), shape(result)


def test_a_remark_that_adds_a_field_is_read_as_the_addition() -> None:
    text = (
        "Please track lockers with a number, a size and a key code. A padlock code too, "
        "but that one can be empty."
    )
    result = read(text)
    assert "padlock_code" in {a.name for e in result.entities for a in e.attributes}


def test_a_remark_that_keeps_fields_required_changes_nothing() -> None:
    text = (
        "Create a Kettle with brand, wattage and colour. We always know the brand and the "
        "wattage, so make that required."
    )
    result = read(text)
    assert not any(not a.required for e in result.entities for a in e.attributes), shape(result)


# --- a field said optional beside listed ones but never listed is asked -------------------------


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a Supplier with name, email and phone. Phone and pager are optional.",
        "New entity Visitor with name, email and car plate. Email and company are nullable.",
        "Create a Supplier with name, email and phone. Email, phone and telex are optional.",
    ],
)
def test_an_unlisted_field_in_an_optional_remark_is_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert any("never listed" in note for note in result.notes), result.notes


def test_an_optional_remark_on_listed_fields_only_is_read() -> None:
    text = "Create a Supplier with name, email, phone and pager. Phone and pager are optional."
    assert accepted(text) == ["Supplier(name:str,email:email,phone:str?,pager:str?)"]


def test_fields_added_then_said_optional_are_still_added() -> None:
    text = "Add a pager and a telex to Supplier. Pager and telex are optional."
    assert accepted(text, Intent.ADD_FIELDS) == ["Supplier(pager:str?,telex:str?)"]


# --- a note in brackets that says decimals or cents is the field's type -------------------------


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create a Fill with pump code and litres pumped (it's a number, can have decimals)",
            "litres_pumped:float",
        ),
        (
            "Create a Fill with pump code and litres pumped (decimals allowed)",
            "litres_pumped:float",
        ),
        (
            "Create a Fill with pump code and litres pumped (a number with decimals)",
            "litres_pumped:float",
        ),
        ("Create a Sack with label and load (fractions are fine)", "load:float"),
        ("Create a Tab with label and owed (it can have cents)", "owed:decimal"),
    ],
)
def test_a_note_that_says_decimals_gives_a_float_and_cents_money(
    request_text: str, expected: str
) -> None:
    result = accepted(request_text)
    assert expected in result[0], result


def test_a_note_that_says_decimals_keeps_optional_too() -> None:
    text = "Create a Gauge with label and pressure drop (optional, may have decimals)"
    assert accepted(text) == ["Gauge(label:str,pressure_drop:float?)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create a Crate with label and bottle count (never has decimals)", "bottle_count:int"),
        ("Create a Crate with a label and a bottle count (no decimals ever)", "bottle_count:int"),
        ("Create a Fill with pump code and litres pumped (it's a number)", None),
    ],
)
def test_a_note_that_denies_decimals_or_says_nothing_of_them_is_unchanged(
    request_text: str, expected: str | None
) -> None:
    result = read(request_text)
    fields = shape(result)
    if expected is not None:
        assert expected in fields[0], fields
    assert "float" not in " ".join(fields), fields


def test_one_more_bare_target_after_and_shares_the_verb() -> None:
    assert accepted("A groomer clips many poodles and terriers", REL) == [
        "Groomer() many_to_many>Poodle many_to_many>Terrier"
    ]
