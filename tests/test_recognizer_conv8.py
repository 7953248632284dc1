"""Conversational requests of analysts, schools and couriers: greetings, asides, a request
inside a story, changes said as wishes.

Every request here is written for this file (none is copied from the corpus); each family
comes with counterparts that must keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read_right, reading

# "the toll tags bit is dead weight now. Can you remove the TollTag entity?": what is called
# useless before an entity's removal is that entity said in passing, not a field of it.


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        (
            "We moved the drivers to a new toll app in May, so the toll tags bit is dead weight"
            " now. Can you remove the TollTag entity?",
            "TollTag",
        ),
        ("The printer side is useless now, please delete the Printer entity.", "Printer"),
        (
            "The loyalty cards are redundant now. Could you drop the LoyaltyCard entity?",
            "LoyaltyCard",
        ),
    ],
)
def test_the_entity_called_useless_before_its_removal_is_removed_whole(
    request_text: str, entity: str
) -> None:
    assert reading(request_text) == (Intent.REMOVE_ENTITY, [f"{entity}()"])


def test_a_field_called_useless_on_an_entity_is_still_a_field() -> None:
    # ("the fax bit": a beginner's word for the field, no part of its name; test_…_lead39)
    assert accepted("The fax bit on Supplier is dead weight now.", Intent.REMOVE_FIELDS) == [
        "Supplier(fax:str)"
    ]
    assert accepted("Please remove the fax from Supplier.", Intent.REMOVE_FIELDS) == [
        "Supplier(fax:str)"
    ]


# "Sometimes there's a remark from the customer, so that one's optional": a thing that is there
# only sometimes is one more field, optional (where it comes from is no part of its name).


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        (
            "Could you add repairs to the system? Each repair needs the address and a cost."
            " Sometimes there's a remark from the customer but not always, so that one's"
            " optional.",
            "remark:str?",
        ),
        (
            "Track repairs with an address and a cost. There's sometimes a photo as well, which"
            " is optional.",
            "photo:str?",
        ),
        (
            "Track repairs with an address and a cost. Occasionally there is a customer comment"
            " but not always.",
            "customer_comment:str?",
        ),
    ],
)
def test_a_thing_there_only_sometimes_is_an_optional_field(request_text: str, field: str) -> None:
    shape = read_right(request_text)
    assert len(shape) == 1 and shape[0].startswith("Repair(address:str,cost:decimal,"), shape
    assert shape[0].endswith(f",{field})"), shape


@pytest.mark.parametrize(
    "request_text",
    [
        "Track repairs with an address and a cost. There's a customer comment.",
        "Track repairs with an address and a cost. There is a problem with the old system.",
    ],
)
def test_a_thing_that_is_simply_there_adds_nothing(request_text: str) -> None:
    assert read_right(request_text) == ["Repair(address:str,cost:decimal)"]


# "The Supplier entity should really be Vendor - …", "…, so for consistency could we call the
# Supplier entity Vendor instead?": an entity said to be another name is renamed; why, said
# before the ask, is no part of it.


@pytest.mark.parametrize(
    "request_text",
    [
        "The Courier entity should really be Rider - some of them cycle, not just drive",
        "The Courier table should be Rider instead.",
        "The forms all say riders, so for consistency could we call the Courier entity Rider"
        " instead?",
        "For clarity can you rename the Courier entity to Rider?",
    ],
)
def test_an_entity_said_to_be_another_name_is_renamed(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_ENTITY) == ["Rider<Courier()"]


def test_an_entity_said_to_be_a_state_or_a_link_is_no_rename() -> None:
    assert reading("The Courier entity should be linked to Depot.")[0] == (Intent.ADD_RELATIONSHIP)
    assert reading("The courier entity should be optional.")[0] != Intent.RENAME_ENTITY


# "The insurer wants two more bits on every Van: …", "For the Van we forgot two things: …",
# "… needs two more attributes on the van record, namely …": a count of things more (or
# forgotten) on a named thing, then their list, adds them to it.


@pytest.mark.parametrize(
    "request_text",
    [
        "The insurer wants two more bits on every Van: tax date, and a taxed flag. Can you add"
        " those?",
        "Hi again, for the Van we forgot two things: the tax date, and a taxed flag (yes/no)."
        " Could you put these in please?",
        "Quick one from the fleet desk: the insurer needs two more attributes on the van record,"
        " namely the tax date and the taxed flag. Could you add them?",
    ],
)
def test_things_more_on_a_named_thing_are_added_to_it(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Van(tax_date:date,taxed:bool)"]


def test_a_thing_written_capitalised_word_by_word_keeps_its_whole_name() -> None:
    shape = read_right(
        "For the Boiler Service we forgot two things: the flue type, and a serviced flag.",
        Intent.ADD_FIELDS,
    )
    assert shape == ["BoilerService(flue_type:str,serviced:bool)"]


def test_two_more_things_for_an_unnamed_place_are_no_fields_of_it() -> None:
    assert reading("We need two more things for the cafe: a website and a menu.")[0] != (
        Intent.ADD_FIELDS
    )


# "Hiya, head groundsman at a golf club here.": who writes and where they work names nothing.


def test_a_writer_saying_their_role_and_workplace_names_nothing() -> None:
    shape = read_right(
        "Morning, head groundsman at a golf club here. Could we track mowings with mowed at,"
        " green number and height?"
    )
    assert shape == ["Mowing(mowed_at:datetime,green_number:str,height:float)"]


def test_a_thing_at_a_place_here_is_still_the_thing() -> None:
    # (one field said alone of each kennel is added to kennels that exist, as the corpus
    # labels "Each X has a F." — docs/recognition.md, "X has a Y")
    assert read_right("Each kennel at a dog shelter here has a number.", Intent.ADD_FIELDS) == [
        "Kennel(number:str)"
    ]


# "Chefs have a field called pager. Could we rename pager to bleeper?": a name said just before
# to be a field of a thing is that field, even when its words could name an entity.


@pytest.mark.parametrize(
    "request_text",
    [
        "The Kitchen has a field called pager, but the chefs all say bleeper. Could we rename"
        " pager to bleeper so the rota matches?",
        "Kitchens have a pager. Rename pager to bleeper.",
    ],
)
def test_a_field_said_to_be_had_is_renamed_as_a_field(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == ["Kitchen(bleeper:str<pager)"]


def test_a_rename_said_of_an_entity_stays_an_entity_rename() -> None:
    assert reading("Rename pager to bleeper.") == (Intent.RENAME_ENTITY, ["Bleeper<Pager()"])
    assert reading("Kitchens have a pager. Rename the Pager entity to Bleeper.") == (
        Intent.RENAME_ENTITY,
        ["Bleeper<Pager()"],
    )


# "Could you add a tax date to Van before Friday's sprint review?": when it is wanted by names
# no thing.


@pytest.mark.parametrize(
    "request_text",
    [
        "Could you add a tax date to Van before Friday's sprint review?",
        "Vans need a tax date. Could you add it ahead of the board meeting?",
    ],
)
def test_an_occasion_the_change_is_wanted_by_names_nothing(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Van(tax_date:date)"]


def test_a_create_with_an_occasion_after_it_keeps_its_thing() -> None:
    assert read_right("Create a review with a score before the meeting.") == ["Review(score:float)"]


# "hey, quick one between meetings - …", "Small addition on the depot side: …": a label for the
# message, with when it was written or which side it comes from, names nothing.


@pytest.mark.parametrize(
    "request_text",
    [
        "hey, quick one between shifts - the van checks table needs a tyre depth and an oil"
        " level, can you add those?",
        "Small addition on the depot side: each VanCheck should record the tyre depth and the"
        " oil level.",
    ],
)
def test_a_label_for_the_message_names_nothing(request_text: str) -> None:
    assert read_right(request_text, Intent.ADD_FIELDS) == [
        "VanCheck(tyre_depth:float,oil_level:str)"
    ]


def test_a_label_before_a_dash_leaves_the_change_after_it_whole() -> None:
    shape = read_right(
        "quick one between deliveries - on the Trailer entity can we rename hitch to coupling?",
        Intent.RENAME_FIELD,
    )
    assert shape == ["Trailer(coupling:str<hitch)"]


def test_things_between_two_others_are_still_linked() -> None:
    intent, _ = reading("Many-to-many between vehicles and drivers")
    assert intent == Intent.ADD_RELATIONSHIP


# "Ponies at the stables — that's what I need logged.": the things said first, then "that's
# what I need logged", are what is kept; "the riding school wants a way to track ponies":
# who wants it is no thing kept.


@pytest.mark.parametrize(
    "request_text",
    [
        "Ponies at the stables — that's what I need logged. Name, age, height.",
        "ok so the riding school wants a way to track ponies... basically each pony has a name,"
        " an age and a height",
    ],
)
def test_what_is_kept_is_the_thing_not_who_wants_it(request_text: str) -> None:
    assert read_right(request_text) == ["Pony(name:str,age:int,height:float)"]


def test_a_thing_wanted_with_fields_is_still_created() -> None:
    assert read_right("The riding school wants ponies with a name and an age.") == [
        "Pony(name:str,age:int)"
    ]


# "Could you change DOB to date of birth on Pupil?": a field changed to words that spell it out
# (its initials, or it lengthened) is renamed; to a type it is a change of type, and to words
# that do not spell it out (a value) it is no rename.


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        (
            "Could you change DOJ to date of joining on Member? People keep asking what DOJ means",
            "date_of_joining:str<doj",
        ),
        ("Change tel to telephone number on Client", "telephone_number:str<tel"),
        ("change start to start time on Booking", "start_time:str<start"),
    ],
)
def test_a_field_changed_to_its_name_spelt_out_is_renamed(request_text: str, field: str) -> None:
    shape = read_right(request_text, Intent.RENAME_FIELD)
    assert len(shape) == 1 and shape[0].endswith(f"({field})"), shape


def test_a_field_changed_to_a_type_or_a_value_is_no_rename() -> None:
    assert reading("Change price to whole number on Product") == (
        Intent.MODIFY_FIELDS,
        ["Product(price:int)"],
    )
    assert reading("Change the colour to dark red on Banner")[0] != Intent.RENAME_FIELD


# "Please remove pager from the Nurse entity, and the bleeper one while you're in there": the
# other one said after a removal goes from the same thing.


@pytest.mark.parametrize(
    "request_text",
    [
        "Please remove pager from the Nurse entity, and the bleeper one while you're in there.",
        "Nobody has paged anyone since 2010. Remove the pager field from Nurse, and the bleeper"
        " one too.",
    ],
)
def test_the_other_one_after_a_removal_goes_too(request_text: str) -> None:
    assert read_right(request_text, Intent.REMOVE_FIELDS) == ["Nurse(pager:str,bleeper:str)"]


def test_a_removal_with_one_field_keeps_one() -> None:
    assert reading("Please remove the pager field from Nurse.") == (
        Intent.REMOVE_FIELDS,
        ["Nurse(pager:str)"],
    )


# "… and the expiry date (a quote is only valid for 14 days).": a sentence in brackets at the
# end says something of the things kept; the field before it stays a field.


@pytest.mark.parametrize(
    "request_text",
    [
        "For each repair quote we'd want the job reference and the expiry date (a quote is only"
        " valid for 30 days).",
        "Track repair quotes with job reference and expiry date (each quote is only good for a"
        " month).",
    ],
)
def test_a_sentence_in_brackets_is_a_remark(request_text: str) -> None:
    assert read_right(request_text) == ["RepairQuote(job_reference:str,expiry_date:date)"]


def test_a_note_in_brackets_stays_on_its_field() -> None:
    assert reading("Track repair quotes with job reference and expiry (a date).") == (
        Intent.CREATE_ENTITY,
        ["RepairQuote(job_reference:str,expiry:date)"],
    )


# "on pallets, the gross weight field: can you make it an int?": the field named before the
# colon is what "it" in the ask is.


@pytest.mark.parametrize(
    "request_text",
    [
        "On crates, the tare weight field: can you make it an int?",
        "The tare weight field on crates: could you please make it an int?",
    ],
)
def test_the_field_before_the_colon_is_what_it_means(request_text: str) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == ["Crate(tare_weight:int)"]


def test_a_field_and_its_type_after_colons_is_still_a_create() -> None:
    assert reading("Crate fields: the tare weight field: a decimal") == (
        Intent.CREATE_ENTITY,
        ["Crate(tare_weight:decimal)"],
    )


# "The planners can't sort by rated power because it was set up as text. On Generator, please
# make it a float": the field said to be kept as a type is what "it" is; the ask names its owner.


@pytest.mark.parametrize(
    "request_text",
    [
        "The surveyors can't add up by plot area because it was set up as text. On Allotment,"
        " please make it a decimal instead.",
        "The plot area was entered as text. On Allotment, could you make it a decimal?",
    ],
)
def test_a_field_said_to_be_kept_as_a_type_is_what_it_is(request_text: str) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == ["Allotment(plot_area:decimal)"]


def test_talk_that_names_no_field_gives_it_nothing() -> None:
    intent, shape = reading(
        "Our surveyors love the new app. On Allotment, please make it a decimal instead."
    )
    assert intent != Intent.MODIFY_FIELDS or shape != ["Allotment(app:decimal)"]


# "the head teacher hates the word 'mobile' - can we call it phone number on the Parent": "call
# it …" renames the field quoted just before, as "rename it to …" does.


@pytest.mark.parametrize(
    "request_text",
    [
        "Bit of a daft one, but the matron hates the word 'ward' - can we call it unit name on"
        " the Bed please",
        "The matron hates the word 'ward'. Could we call it unit name on Bed?",
    ],
)
def test_call_it_renames_the_field_quoted_before(request_text: str) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == ["Bed(unit_name:str<ward)"]


def test_call_it_with_nothing_said_before_renames_nothing() -> None:
    assert reading("Call it unit name on Bed.")[0] != Intent.RENAME_FIELD


# "Quick one — on crates, …": a label for the message before a long dash is talk, as before a
# colon or a hyphen; the place after it still names the thing.


def test_a_label_before_a_long_dash_leaves_the_place_after_it() -> None:
    shape = read_right(
        "Quick one — on crates, can you make the tare weight field an int? We never weigh"
        " anything under a kilo.",
        Intent.MODIFY_FIELDS,
    )
    assert shape == ["Crate(tare_weight:int)"]


# "Now that the new leases are live we no longer need old leases at all; please delete that
# entity.": the occasion that opens a sentence ends before who asks.


@pytest.mark.parametrize(
    "request_text",
    [
        "Now that the new leases are live we no longer need old leases at all; please delete that"
        " entity.",
        "Since the landlord moved to online leases we no longer need old leases; please delete"
        " that entity.",
    ],
)
def test_an_occasion_before_who_asks_is_no_part_of_the_ask(request_text: str) -> None:
    assert read_right(request_text, Intent.REMOVE_ENTITY) == ["OldLease()"]


def test_an_occasion_said_with_its_comma_reads_the_same() -> None:
    assert reading(
        "Now that the new leases are live, we no longer need old leases; please delete that entity."
    ) == (Intent.REMOVE_ENTITY, ["OldLease()"])
