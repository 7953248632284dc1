"""Creative workers' wordings (studios, bands, print shops): readings accepted wrong or asked.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:
- a lone participle listed with a question mark ("framed?") asks whether each one is so: a
  yes/no; a noun asked ("price?") keeps its own type;
- "edition size", "herd size": how many are in the set (a count); "frame size" is a measure;
- "hours booked", "nights booked": how many were booked, never whether;
- and, each with its note below: a container "where appointments have …", a topic after a
  label's colon, slang for throwing out, a link asked by pointing, what the ask would save the
  writer, "so nothing …" as a reason, fields never filled in, "not every X has a Y, so can …",
  "those two fields" said unused before, a printer's stock.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import reading


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("canvases: title, varnished?, size", "varnished:bool"),
        ("kilns: name, max temp, fired?", "fired:bool"),
        ("guitars: model, price, refretted?", "refretted:bool"),
        ("prints: title, framed?, price", "framed:bool"),
    ],
)
def test_a_participle_asked_in_a_list_is_a_yes_no(request_text: str, field: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY and field in shape[0], shape


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("orders: number, total, price?", "price:decimal"),
        # a lone participle said without "?" is a yes/no too (create12: "redeemed",
        # "calibrated"); one of a day's event ("joined") stays as said
        ("canvases: title, size, varnished", "varnished:bool"),
        ("members: name, joined", "joined:str"),
    ],
)
def test_a_noun_asked_or_a_participle_said_keeps_its_type(request_text: str, field: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY and field in shape[0], shape


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("lithographs: title, edition size, price", "edition_size:int"),
        ("cattle records: farm, herd size, breed", "herd_size:int"),
        ("plays: title, cast size, director", "cast_size:int"),
        ("Create room bookings with guest name, nights booked and total", "nights_booked:int"),
        ("Create studio slots with band, hours booked and rate", "hours_booked:int"),
    ],
)
def test_the_size_of_a_set_and_time_booked_are_counts(request_text: str, field: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY and field in shape[0], shape


@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("screens: mesh count, frame size", "frame_size:str"),
        ("boots: model, shoe size", "shoe_size:str"),
        # at the end of a sentence "?" may ask the whole request; in a list it asks the item
        ("orders: customer, items shipped?", "items_shipped:bool"),
    ],
)
def test_measured_sizes_and_other_states_keep_their_reading(request_text: str, field: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY and field in shape[0], shape


# "a tattoo booking system where appointments have …": what the things have names the thing
# kept, said in the plural too, or after "add"; the container around it says nothing
@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("I need a piercing booking app where appointments have client and a fee", "Appointment"),
        ("Create a repair shop app where tickets have device, fault and a fixed flag", "Ticket"),
        ("Add a loan tracker where each loan has an amount and a due date", "Loan"),
        ("Add a gear manager where each amp has a model, wattage and a serviced flag", "Amp"),
    ],
)
def test_what_the_things_in_a_container_have_names_them(request_text: str, entity: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY and len(shape) == 1, shape
    assert shape[0].startswith(f"{entity}("), shape


def test_a_field_added_where_things_have_it_stays_an_addition() -> None:
    assert reading("Add a phone to Client where clients have one") == (
        Intent.ADD_FIELDS,
        ["Client(phone:str)"],
    )


# "quick one: on the Mix entity could we also store …": after a label's colon the entity said
# with "on" or "for" is the topic of the ask, not a thing to create
@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("hiya, quick one: on the Album entity can we also store the label", "Album(label:str)"),
        ("hey team, small thing: for the Invoice entity can you add a due date", "Invoice("),
        ("quick question: on the Van entity could we track the colour?", "Van(colour:str)"),
    ],
)
def test_a_topic_after_a_labels_colon_gets_the_fields(request_text: str, shape: str) -> None:
    intent, read = reading(request_text)
    assert intent == Intent.ADD_FIELDS and len(read) == 1 and read[0].startswith(shape), read


def test_a_list_under_its_topic_before_an_ask_keeps_its_reading() -> None:
    intent, read = reading("Gig: venue and fee can you add a promoter")
    assert intent == Intent.CREATE_ENTITY, read


# "can you bin the PatronTier entity?": slang for throwing out, said before what goes
@pytest.mark.parametrize(
    ("request_text", "intent", "shape"),
    [
        ("can you bin the Flyer entity?", Intent.REMOVE_ENTITY, "Flyer()"),
        ("could we ditch the Poster entity", Intent.REMOVE_ENTITY, "Poster()"),
        ("nuke the Sticker entity please", Intent.REMOVE_ENTITY, "Sticker()"),
        ("can we axe the fax field on Venue", Intent.REMOVE_FIELDS, "Venue(fax:str)"),
    ],
)
def test_slang_for_throwing_out_removes(request_text: str, intent: Intent, shape: str) -> None:
    assert reading(request_text) == (intent, [shape])


def test_bin_as_a_fields_word_is_no_removal() -> None:
    intent, read = reading("Create shelves with bin number, aisle and size")
    assert intent == Intent.CREATE_ENTITY and "bin_number:str" in read[0], read


# "can each rehearsal point at a single director?": a link asked by its pointing, as "can each
# track have one album?" is
@pytest.mark.parametrize(
    ("request_text", "owner", "kind", "target"),
    [
        ("can each track point at one album?", "Track", "many_to_one", "Album"),
        ("could every mix point to a single engineer?", "Mix", "many_to_one", "Engineer"),
        ("can a song link to many playlists?", "Song", "many_to_many", "Playlist"),
    ],
)
def test_a_link_asked_by_pointing(request_text: str, owner: str, kind: str, target: str) -> None:
    assert reading(request_text) == (Intent.ADD_RELATIONSHIP, [f"{owner}() {kind}>{target}"])


def test_asking_the_reader_to_point_is_no_link() -> None:
    intent, _ = reading("can you point the Track entity at one album?")
    assert intent != Intent.ADD_RELATIONSHIP


# "would honestly save my life", "it'd save me hours": what the ask would do for the writer,
# said after it, names nothing kept
@pytest.mark.parametrize(
    "closing",
    [
        "would honestly save my life",
        "it would save me hours",
        "it would save my sanity",
        "that'd save us so much hassle",
    ],
)
def test_what_the_ask_would_save_the_writer_is_no_field(closing: str) -> None:
    request_text = f"could you track gigs with a venue and a fee? {closing}"
    assert reading(request_text) == (Intent.CREATE_ENTITY, ["Gig(venue:str,fee:decimal)"])


def test_a_field_about_saving_stays_a_field() -> None:
    intent, read = reading("Create drafts with a title and a last saved date")
    assert intent == Intent.CREATE_ENTITY and "last_saved_date:date" in read[0], read


# "so nothing goes to print unchecked", "so everything is in one place": a reason, never a
# destination or a thing
@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "As an editor I want to add a reviewer to Chapter so nothing goes to print unchecked",
            "Chapter(reviewer:str)",
        ),
        (
            "As a producer I want a mixed by field on Track so nothing goes to release unmixed",
            "Track(mixed_by:str)",
        ),
        (
            "Create jobs with a title and a due date so nothing slips",
            "Job(title:str,due_date:date)",
        ),
    ],
)
def test_so_nothing_gives_a_reason(request_text: str, shape: str) -> None:
    _, read = reading(request_text)
    assert read == [shape], read


# "we never fill in the mood board link or the second phone on Client, they can both go": a
# field nobody fills in goes, as after "nobody fills in"
@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("we never fill in the fax or the pager on Supplier, they can both go", "Supplier("),
        ("we never fill out the second email on Client, it can go", "Client(second_email"),
        ("I never fill in the tour notes on Gig, it can go", "Gig(tour_notes"),
    ],
)
def test_a_field_never_filled_in_goes(request_text: str, shape: str) -> None:
    intent, read = reading(request_text)
    assert intent == Intent.REMOVE_FIELDS and read[0].startswith(shape), read


# "not every performer has a stage name, so can stage name be left blank on Performer?": who
# lacks the field is why the change is asked, never a declaration
@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "not every client has a phone, so can phone be left blank on Client?",
            "Client(phone:str?)",
        ),
        (
            "not every dog has a chip, so can the chip number be empty on Dog?",
            "Dog(chip_number:str?)",
        ),
        (
            "not every band has a label, most are unsigned, so can label be left blank on Band?",
            "Band(label:str?)",
        ),
    ],
)
def test_not_every_one_having_it_asks_to_make_it_optional(request_text: str, shape: str) -> None:
    assert reading(request_text) == (Intent.MODIFY_FIELDS, [shape])


# "no band has used a fax number or a myspace link since 2009, can you get rid of those two
# fields on Band": "those" points back to the two fields said unused just before
@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "nobody uses the fax number or the pager any more, can you get rid of those two"
            " fields on Supplier",
            "Supplier(fax_number:str,pager:str)",
        ),
        (
            "no venue has used a booking line or a pager since 2010, can you remove those two"
            " fields on Venue",
            "Venue(booking_line:str,pager:str)",
        ),
        (
            "no client needs a second phone or a fax, could we drop those fields on Client",
            "Client(second_phone:str,fax:str)",
        ),
    ],
)
def test_those_fields_are_the_ones_said_unused(request_text: str, shape: str) -> None:
    assert reading(request_text) == (Intent.REMOVE_FIELDS, [shape])


def test_those_fields_with_nothing_said_before_keep_their_reading() -> None:
    intent, _ = reading("can you remove those two fields on Supplier")
    assert intent != Intent.CREATE_ENTITY


# "paper stock", "film stock": what a printer or a film-maker calls stock is the material used,
# a name; "stock" alone, or of goods, is how many are in stock
@pytest.mark.parametrize(
    ("request_text", "field"),
    [
        ("Create print jobs with title, quantity, card stock and a shipped flag", "card_stock:str"),
        ("shorts: title, director, film stock, runtime", "film_stock:str"),
        ("flyers: design, paper stock, copies", "paper_stock:str"),
        ("Create products with name, price and stock", "stock:int"),
        ("wines: name, vintage, wine stock", "wine_stock:int"),
    ],
)
def test_a_printers_stock_is_a_material(request_text: str, field: str) -> None:
    intent, shape = reading(request_text)
    assert intent == Intent.CREATE_ENTITY and field in shape[0], shape
