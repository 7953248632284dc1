"""The lead's rules of 2026-12-05.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read


@pytest.mark.parametrize(
    ("request_text", "owner", "target"),
    [
        ("Each canoe has an instructor", "Canoe", "Instructor"),
        ("Every greenhouse has a gardener", "Greenhouse", "Gardener"),
        ("A hive has a beekeeper", "Hive", "Beekeeper"),
        ("Allotments have a tenant", "Allotment", "Tenant"),
        ("Each parcel must have a courier", "Parcel", "Courier"),
    ],
)
def test_a_thing_that_has_one_person_is_linked_to_that_person(
    request_text: str, owner: str, target: str
) -> None:
    """ "Each canoe has an instructor" says what "a canoe can have an instructor" says: a
    person is another record, so the link is many-to-one, never a text field `instructor`."""
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == "add_relationship"
    (entity,) = got.entities
    assert entity.name == owner
    assert entity.attributes == ()
    assert [(r.kind, r.target) for r in entity.relationships] == [("many_to_one", target)]


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Each canoe has a hull colour", "hull_colour"),
        ("Every greenhouse has a heater", "heater"),
        ("Each parcel has a deadline", "deadline"),
        ("Each canoe has an instructor name", "instructor_name"),
    ],
)
def test_a_thing_that_has_a_value_or_an_object_keeps_it_as_a_field(
    request_text: str, field: str
) -> None:
    """Only a person is read as a link: a value ("a deadline"), a named person's value ("an
    instructor name") or an object ("a heater") stays a field, as before."""
    got = read(request_text)
    assert got.intent in ("add_fields", "create_entity")
    assert [a.name for a in got.entities[0].attributes] == [field]
    assert got.entities[0].relationships == ()


@pytest.mark.parametrize(
    ("request_text", "fields"),
    [
        ("Kayaks: hull/length/colour", ["hull", "length", "colour"]),
        ("Create kayaks with name/length/colour", ["name", "length", "colour"]),
        ("Kayaks: hull code, make/model, length", ["hull_code", "make", "model_value", "length"]),
    ],
)
def test_fields_joined_by_a_slash_where_a_field_stands_are_each_a_field(
    request_text: str, fields: list[str]
) -> None:
    """ "plate, make/model, mileage": slashed words in a field list's place are fields listed
    tightly (before, "make/model" was dropped as a path and the rest accepted, or nothing at
    all was read)."""
    got = read(request_text)
    assert got.status == "recognized"
    assert [e.name for e in got.entities] == ["Kayak"]
    assert [a.name for a in got.entities[0].attributes] == fields


@pytest.mark.parametrize(
    ("request_text", "field", "values"),
    [
        ("Kayaks with name and a grade (easy/medium/hard)", "grade", None),
        ("Kayaks with name and a dose in mg/ml", "dose_in_mg_ml", None),
        ("Kayaks with name and a rented flag (yes/no)", "rented", None),
    ],
)
def test_values_units_and_yes_no_after_a_slash_are_not_split(
    request_text: str, field: str, values: None
) -> None:
    """Values a field takes, a unit pair and yes/no keep their slash: no field is made of them."""
    got = read(request_text)
    names = [a.name for a in got.entities[0].attributes]
    assert "easy" not in names and "ml" not in names and "no" not in names
    assert names[0] == "name"


@pytest.mark.parametrize(
    ("request_text", "fields"),
    [
        (
            "need sumthing to log gutter jobs w customer name, postcode and price",
            ["customer_name", "postcode", "price"],
        ),
        ("log gutter jobs w postcode n price", ["postcode", "price"]),
    ],
)
def test_w_and_n_typed_short_are_with_and_and(request_text: str, fields: list[str]) -> None:
    """Hurried typing: a lone "w" between words is "with" and a lone "n" is "and" (the first
    field was read as `w_customer_name`, accepted)."""
    got = read(request_text)
    assert [e.name for e in got.entities] == ["GutterJob"]
    assert [a.name for a in got.entities[0].attributes] == fields


def test_a_lone_w_after_a_number_is_a_unit() -> None:
    """ "500 w" is watts: nothing is rewritten after a number."""
    got = read("Add a rating of 500 w to Heater")
    assert "with" not in " ".join(a.name for e in got.entities for a in e.attributes)


@pytest.mark.parametrize(
    "request_text",
    [
        "The Invoice has field 'promo code', nobody uses it, please remove",
        'The Invoice has a field "promo code" that we never use, remove it please',
        "On Invoice, the column 'promo code' can go",
    ],
)
def test_the_word_field_before_a_quoted_name_is_no_part_of_the_name(request_text: str) -> None:
    """ "has field 'promo code'": "field" says what the quoted name is (it was read as
    `field_promo_code`, accepted)."""
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == "remove_fields"
    assert [(e.name, [a.name for a in e.attributes]) for e in got.entities] == [
        ("Invoice", ["promo_code"])
    ]


def test_a_rename_of_a_quoted_field_still_reads_the_old_and_new_names() -> None:
    """The rename readers use "the field 'X' … called 'Y'" themselves: left as written."""
    got = read("I want the field 'promo code' on Invoice to be called 'voucher code'")
    assert got.intent == "rename_field"
    (entity,) = got.entities
    assert [(a.name, a.renamed_from) for a in entity.attributes] == [("voucher_code", "promo_code")]


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Scaffold hire: customer, start date, weeks, weekly price", "ScaffoldHire"),
        ("Scaffold towers: tower code, height (number), last inspected (date)", "ScaffoldTower"),
        (
            "Scaffold Checks – spec\n\nRequirements:\n* ScaffoldCheck entity with just:\n"
            "  * tag number\n  * checked on (date)\n* Old checks must survive upgrades",
            "ScaffoldCheck",
        ),
    ],
)
def test_scaffold_before_a_noun_is_the_builders_scaffold(request_text: str, entity: str) -> None:
    """ "Scaffold hire: …" names scaffold hires (it was read as the developer's verb "scaffold"
    and made an entity Hire, accepted)."""
    got = read(request_text)
    assert got.status == "recognized"
    assert [e.name for e in got.entities] == [entity]


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Scaffold a booking app with guest name and arrival date", "Booking"),
        ("scaffold me something for tool loans with borrower and due date", "ToolLoan"),
    ],
)
def test_scaffold_before_an_article_or_pronoun_still_makes_the_app(
    request_text: str, entity: str
) -> None:
    """The developer's "scaffold a …", "scaffold me …" still asks for a create."""
    got = read(request_text)
    assert got.intent == "create_entity"
    assert [e.name for e in got.entities] == [entity]


def test_their_names_beside_company_names_is_the_records_own_name() -> None:
    """ "their names, company names": "their" is the records' own (the README's plural
    possessive rule); only beside the writer's own side ("their price, our price") does it
    tell one item from another."""
    got = read("Keep track of the florists we use: their names, shop names and phone numbers")
    assert got.status == "recognized"
    assert [a.name for a in got.entities[0].attributes] == ["name", "shop_name", "phone_number"]


def test_a_possessive_still_tells_our_side_from_theirs() -> None:
    """ "the visitors' score and our score" keeps `our_score` as before."""
    got = read("Add to each match the visitor score and our score, both whole numbers")
    assert [a.name for a in got.entities[0].attributes] == ["visitor_score", "our_score"]


@pytest.mark.parametrize(
    "signature",
    ["Kind regards,\nPriya (Bookings)", "Best,\nPriya", "Thanks\nPriya - Front desk"],
)
def test_a_signature_with_the_writers_team_is_no_field(signature: str) -> None:
    """A closing, a name and the writer's team in brackets or after a dash end the mail: no
    field `kind_regards` or `priya` (a closing with a team after the name was read as two
    fields)."""
    got = read(
        "Could you please set up something to record the hampers we sell? We would need "
        f"the recipient, the price and a delivered flag.\n\n{signature}"
    )
    assert got.status == "recognized"
    assert [a.name for a in got.entities[0].attributes] == ["recipient", "price", "delivered"]


@pytest.mark.parametrize(
    "request_text",
    [
        "New thing: pony rides. Each one needs a date, a rider name and the fee.",
        "Next up: pony rides. For each one: date, rider name, fee.",
        "Another one: pony rides. Each one needs a date, a rider name and the fee.",
    ],
)
def test_a_label_that_announces_the_next_ask_names_nothing(request_text: str) -> None:
    """ "New thing: X." only announces X: the thing is X and "each one" is one X (the label
    hid X, and the fields were asked about with no entity)."""
    got = read(request_text)
    assert got.status == "recognized"
    assert [(e.name, [a.name for a in e.attributes]) for e in got.entities] == [
        ("PonyRide", ["date_value", "rider_name", "fee"])
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Hello, please to the Tenant add also a second phone, it is optional. Thank you",
        "to the Tenant add a second phone, it is optional",
        "Please to the Tenant add a second phone, it's optional",
    ],
)
def test_a_place_said_first_keeps_the_remark_on_what_is_added(request_text: str) -> None:
    """ "to the Tenant add X, it is optional" (the place first, as many languages say it): the
    remark after the list marks the field optional (it was read as an entity Optional)."""
    got = read(request_text)
    assert got.status == "recognized"
    assert got.intent == "add_fields"
    (entity,) = got.entities
    assert entity.name == "Tenant"
    assert [(a.name, a.required) for a in entity.attributes] == [("second_phone", False)]


def test_a_field_named_with_a_change_verb_keeps_its_type_in_brackets() -> None:
    """ "drop time (timestamp)" in a list is a field with its type: the bracket no longer makes
    "drop" the verb of a removal (the request was read as removing `time`)."""
    got = read("Log each parcel with the sender, drop time (timestamp) and locker code")
    assert got.status == "recognized"
    assert got.intent == "create_entity"
    assert [(a.name, a.type.value) for a in got.entities[0].attributes] == [
        ("sender", "str"),
        ("drop_time", "datetime"),
        ("locker_code", "str"),
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Some of our tenants don't use email",
        "A lot of the older tenants don't need a mobile",
        "Not all tenants use email",
    ],
)
def test_a_value_some_records_lack_is_no_confident_removal(request_text: str) -> None:
    """ "Some of our tenants don't use email" says why a value may be missing, not that the
    field goes (it was accepted as removing email from Tenant at 0.98)."""
    got = read(request_text)
    assert not (got.status == "recognized" and got.intent == "remove_fields")


def test_all_records_not_using_a_value_still_removes_it() -> None:
    """ "Tenants don't use email anymore" still removes the field."""
    got = read("Tenants don't use email anymore")
    assert got.intent == "remove_fields"
    assert [(e.name, [a.name for a in e.attributes]) for e in got.entities] == [
        ("Tenant", ["email"])
    ]
