"""Shop owners writing in their own English: what they say is read as the standard wording is.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a note in brackets after a plural heading is no field; an opener of their English
("Righto,", "Allyuh,", "Abeg") or whom they address ("Mate,") is talk before the ask; a rename
said as "so it's called …", or with what someone thinks of the old name after it, is read as a
rename; "X -> one Y" relates them; "X entity -> Y" renames X; money in the local currency is
money ("price in naira"); "total sales" is a sum of money; a word spelt as it sounds
("servise") is asked about; and the Caribbean glue words ("de", "wid", "an" between items, a
closing "nah") read as "the", "with", "and" and nothing. Each family has counterparts that
keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("patients (vet clinic): name, species, weight",
         ["Patient(name:str,species:str,weight:float)"]),
        ("riders (weekend club): name, phone, helmet size",
         ["Rider(name:str,phone:str,helmet_size:str)"]),
    ],
)  # fmt: skip
def test_a_note_in_brackets_after_a_plural_heading_is_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a group of fields in brackets is still the fields
        ("kennels (name, size (int), heated)", ["Kennel(name:str,size:int,heated:bool)"]),
        (
            "products (name, price) and orders (quantity, total)",
            ["Product(name:str,price:decimal)", "Order(quantity:int,total:decimal)"],
        ),
    ],
)
def test_fields_in_brackets_stay_fields(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Mate, add a colour to Kayak", Intent.ADD_FIELDS, ["Kayak(colour:str)"]),
        ("Righto, make the notes on Job optional", Intent.MODIFY_FIELDS, ["Job(notes:str?)"]),
        ("Abeg add a price to Product", Intent.ADD_FIELDS, ["Product(price:decimal)"]),
        ("Allyuh, rename pieces to quantity on Order", Intent.RENAME_FIELD,
         ["Order(quantity:str<pieces)"]),
    ],
)  # fmt: skip
def test_an_opener_or_whom_they_address_is_talk_before_the_ask(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("boss with name and salary", ["Boss(name:str,salary:decimal)"]),
        ("mates with name and phone", ["Mate(name:str,phone:str)"]),
        ("Boss: name, salary", ["Boss(name:str,salary:decimal)"]),
    ],
)
def test_a_word_of_address_that_names_the_thing_stays_the_thing(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("could you change the tel field on Guest so it's called phone", ["Guest(phone:str<tel)"]),
        ("change the fax column on Vendor so that it is named email", ["Vendor(email:str<fax)"]),
    ],
)  # fmt: skip
def test_a_field_changed_so_it_is_called_something_is_renamed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_FIELD) == expected


def test_a_field_changed_for_a_reason_is_no_rename() -> None:
    intent, _ = reading("change the fax field on Vendor so we can reach them")
    assert intent != Intent.RENAME_FIELD


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Rename Bloke to Member, my wife thinks it is rude", Intent.RENAME_ENTITY,
         ["Member<Bloke()"]),
        ("Rename Lad to Staff, the owner finds it a bit much", Intent.RENAME_ENTITY,
         ["Staff<Lad()"]),
        ("remove fax from Supplier, our manager reckons it is useless", Intent.REMOVE_FIELDS,
         ["Supplier(fax:str)"]),
    ],
)  # fmt: skip
def test_what_someone_thinks_of_it_after_a_change_is_its_reason(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("each booking -> one room", ["Booking() many_to_one>Room"]),
        ("Van → exactly one depot", ["Van() many_to_one>Depot"]),
        ("tour guide -> a single agency", ["TourGuide() many_to_one>Agency"]),
    ],
)
def test_an_arrow_to_one_thing_relates_them(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_an_arrow_to_a_type_keeps_its_reading() -> None:
    """Counterpart (the other arrows are in test_recognizer_techa): an arrow to a type is a
    change of type, not a link to one thing."""
    assert accepted("Kiln: weight -> decimal", Intent.MODIFY_FIELDS) == ["Kiln(weight:decimal)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Kiosk entity -> Stall", ["Stall<Kiosk()"]),
        ("the Barn table → Shed", ["Shed<Barn()"]),
        ("Kiosk entity -> Market Stall entity", ["MarketStall<Kiosk()"]),
    ],
)
def test_an_entity_marked_as_one_and_an_arrow_to_a_name_is_renamed(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == expected


def test_an_entity_arrow_to_one_thing_relates_and_to_many_is_no_rename() -> None:
    assert accepted("Kiosk entity -> one stall", Intent.ADD_RELATIONSHIP) == [
        "Kiosk() many_to_one>Stall"
    ]
    intent, _ = reading("Kiosk entity -> many stalls")
    assert intent != Intent.RENAME_ENTITY


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("stalls with fee in rand and tip in cedis", ["Stall(fee:decimal,tip:decimal)"]),
        ("dishes with name and price in naira", ["Dish(name:str,price:decimal)"]),
        ("orders with customer name and total in JMD", ["Order(customer_name:str,total:decimal)"]),
        ("tours with guide and tip in euros", ["Tour(guide:str,tip:decimal)"]),
    ],
)  # fmt: skip
def test_a_sum_in_a_currency_is_money_named_without_it(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("parcels with weight in pounds", ["Parcel(weight:float)"]),
        ("tours with duration in minutes and tip in cents", ["Tour(duration:int,tip:float)"]),
    ],
)
def test_units_that_are_no_currency_keep_their_type(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_sales_are_money_and_their_count_is_a_number() -> None:
    assert accepted("market days with total sales, weekly sales, sales rep and sales count") == [
        "MarketDay(total_sales:decimal,weekly_sales:decimal,sales_rep:str,sales_count:int)"
    ]


@pytest.mark.parametrize(
    ("request_text", "typed", "meant"),
    [
        ("add a lisence number to Driver", "lisence", "licence"),
        ("appointments with a servise and a date", "servise", "service"),
    ],
)
def test_a_word_spelt_as_it_sounds_is_asked_with_the_likely_word(
    request_text: str, typed: str, meant: str
) -> None:
    # (a new field's slip is read as the word meant since typo57: the note names both)
    result = read(request_text)
    assert any(f"'{typed}'" in n and f"'{meant}'" in n for n in result.notes), result.notes


def test_words_spelt_right_are_no_slips() -> None:
    assert accepted("add a license number and a service date to Driver", Intent.ADD_FIELDS) == [
        "Driver(license_number:str,service_date:date)"
    ]


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("keep track of de kayaks wid name, owner an colour", Intent.CREATE_ENTITY,
         ["Kayak(name:str,owner:str,colour:str)"]),
        ("make de notes on Job optional nah", Intent.MODIFY_FIELDS, ["Job(notes:str?)"]),
        ("rename pieces to quantity on Order nah.", Intent.RENAME_FIELD,
         ["Order(quantity:str<pieces)"]),
    ],
)  # fmt: skip
def test_caribbean_glue_words_read_as_their_standard_ones(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # "an" as the article stays the article
        ("patients with name, age, an mri date", ["Patient(name:str,age:int,mri_date:date)"]),
        ("jobs with an hour count and a note", ["Job(hour_count:int,note:str)"]),
    ],
)
def test_the_article_an_stays_an_article(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("keep track of my pies. Each one's got a filling, a size and a price",
         ["Pie(filling:str,size:str,price:decimal)"]),
        ("keep track of bikes. They've got a frame size and a colour",
         ["Bike(frame_size:str,colour:str)"]),
        ("keep track of my kilns. Each kiln has got a name and a max temperature",
         ["Kiln(name:str,max_temperature:float)"]),
    ],
)  # fmt: skip
def test_has_got_says_what_a_thing_has(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


def test_got_in_a_name_stays() -> None:
    assert reading("add a got date to Order") == (Intent.ADD_FIELDS, ["Order(got_date:date)"])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Could you stick a phone number on Client", ["Client(phone_number:str)"]),
        ("chuck a notes field on Job", ["Job(notes:str)"]),
        ("Pop a colour on Kayak please", ["Kayak(colour:str)"]),
        ("Can you whack an email on Supplier", ["Supplier(email:email)"]),
    ],
)
def test_a_field_stuck_on_a_thing_is_added(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("hockey sticks with brand and length", ["HockeyStick(brand:str,length:float)"]),
        ("stick insects with species and length", ["StickInsect(species:str,length:float)"]),
    ],
)
def test_those_words_naming_things_stay_names(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track dogs for the agility class with name, breed and age",
         ["Dog(name:str,breed:str,age:int)"]),
        ("Register pupils for the kids' judo class with name and age",
         ["Pupil(name:str,age:int)"]),
    ],
)  # fmt: skip
def test_things_for_a_class_are_the_things_not_the_class(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Write a service for the Customer class with name and email",
         ["Customer(name:str,email:email)"]),
        ("create the Invoice class with number and total", ["Invoice(number:str,total:decimal)"]),
    ],
)  # fmt: skip
def test_a_code_class_still_names_its_entity(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("track people renting kayaks with name and phone", ["Person(name:str,phone:str)"]),
        ("Keep a register of customers buying tickets with name, email and a paid flag",
         ["Customer(name:str,email:email,paid:bool)"]),
    ],
)  # fmt: skip
def test_what_plural_things_are_doing_ends_their_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("track parking spaces with number and level", ["ParkingSpace(number:str,level:str)"]),
        ("track swimming lessons with date and level",
         ["SwimmingLesson(date_value:date,level:str)"]),
    ],
)  # fmt: skip
def test_an_ing_word_before_its_noun_stays_in_the_name(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "typed", "meant"),
    [
        ("boats with a numbr and a colour", "numbr", "number"),
        ("chairs with a finsh and a height", "finsh", "finish"),
    ],
)
def test_a_vowel_left_out_of_a_short_word_is_asked_with_the_likely_word(
    request_text: str, typed: str, meant: str
) -> None:
    # (a new field's slip is read as the word meant since typo57: the note names both)
    result = read(request_text)
    assert any(f"'{typed}'" in n and f"'{meant}'" in n for n in result.notes), result.notes


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a code, a word of its own: no vowel between consonants was left out
        ("researchers with name and orcid", ["Researcher(name:str,orcid:str)"]),
        ("kids with name and kindy", ["Kid(name:str,kindy:str)"]),
    ],
)
def test_short_words_of_their_own_are_no_slips(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "typed", "meant"),
    [
        ("make the toppin on Pizza optional", "toppin", "topping"),
        ("kennels with a size and a beddin type", "beddin", "bedding"),
    ],
)
def test_a_made_things_g_dropped_is_asked_with_the_likely_word(
    request_text: str, typed: str, meant: str
) -> None:
    # (a new field's slip is read as the word meant since typo57: the note names both)
    result = read(request_text)
    assert any(f"'{typed}'" in n and f"'{meant}'" in n for n in result.notes), result.notes


def test_an_act_written_with_in_is_no_slip() -> None:
    assert accepted("add a walkin flag to Booking", Intent.ADD_FIELDS) == ["Booking(walkin:bool)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add a gift wrap tick box to Order", ["Order(gift_wrap:bool)"]),
        ("add a collected check box to Parcel", ["Parcel(collected:bool)"]),
        ("add a member discount checkbox to Customer", ["Customer(member_discount:bool)"]),
    ],
)
def test_a_tick_box_after_a_name_is_a_yes_no(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_boxes_as_things_stay_things() -> None:
    assert accepted("boxes with size and colour") == ["Box(size:str,colour:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("my partner would like a colour on Kayak", ["Kayak(colour:str)"]),
        ("the head chef wants a spice level on the Dish", ["Dish(spice_level:str)"]),
        ("our bookkeeper wants a paid flag on the Invoice. Can you pop that on for us?",
         ["Invoice(paid:bool)"]),
    ],
)  # fmt: skip
def test_what_someone_wants_on_a_thing_is_added(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_what_someone_wants_with_no_thing_to_put_it_on_is_no_add() -> None:
    intent, _ = reading("the customer wants a receipt")
    assert intent != Intent.ADD_FIELDS
