"""Shapes of everyday English behind the misses of a bike shop's and an allotment society's
requests (batch fresh-ls), each written again here in other trades and word orders: things
said to need keeping ("troughs need tracking with …"), a reason then a bare "so optional"
after one field asked for, what others keep doing ("people keep walking off with …"), "write
that down", a field wished called another name by someone ("the treasurer wants X called Y",
"he doesn't like 'X', he wants it called 'Y'"), a bare "area" on a piece of land, and "Site"
as a heading over bare field names.

Every request is written for this file (none is copied from the corpus), in trades no other
test file uses for these shapes (kilns, hives, drones, canal boats, seed swaps, dog walking,
escape rooms, pottery, rowing, bell ringing). Next to each, a near miss that must keep its
reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, reading


# --- things said to need keeping, then their list ------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Kilns need tracking with kiln name, max temperature and last serviced date.",
            "Kiln(kiln_name:str,max_temperature:float,last_serviced_date:date)",
        ),
        (
            "Our hives need recording: hive number, queen colour and a strong flag.",
            "Hive(hive_number:str,queen_colour:str,strong:bool)",
        ),
        (
            "Drone flights need logging with pilot name, flight date and a passed flag.",
            "DroneFlight(pilot_name:str,flight_date:date,passed:bool)",
        ),
        (
            "The canal boats need tracking with name, length and mooring number.",
            "CanalBoat(name:str,length:float,mooring_number:str)",
        ),
        (
            "Each seed swap needs logging with swap date, member name and packets swapped.",
            "SeedSwap(swap_date:date,member_name:str,packets_swapped:int)",
        ),
    ],
)
def test_things_said_to_need_keeping_are_made_with_their_list(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


def test_a_need_of_a_field_word_after_the_gerund_is_no_keeping() -> None:
    # "tracking numbers" is what parcels need: a field, never "record parcels"
    intent, shape = reading("Parcels need tracking numbers and a courier name.")
    assert intent == Intent.ADD_FIELDS
    assert shape == ["Parcel(tracking_numbers:str,courier_name:str)"]


# --- a reason, then a bare "so optional", after the one field asked for ---------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could dog walkers get a second phone as well? Plenty will not want to give one "
            "though, so optional.",
            "DogWalker(second_phone:str?)",
        ),
        (
            "Please add a vat number to Potter. The hobby ones are not registered, so optional.",
            "Potter(vat_number:str?)",
        ),
    ],
)
def test_a_reason_then_so_optional_is_said_of_the_one_field(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_a_reason_then_so_optional_after_two_fields_is_asked() -> None:
    asked(
        "Please add a vat number and a fax to Potter. The hobby ones are not registered, so "
        "optional."
    )


# --- what others keep doing is talk, not a thing --------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Add a deposit to OarHire. Rowers keep wandering off with the oars.",
            "OarHire(deposit:decimal)",
        ),
        (
            "Please add a returned flag to HandbellLoan. The ringers keep running off with them.",
            "HandbellLoan(returned:bool)",
        ),
        (
            "Owners keep asking for a photo, can you add a photo url to Walk?",
            "Walk(photo_url:str)",
        ),
    ],
)
def test_what_others_keep_doing_is_no_thing(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


def test_what_we_keep_with_a_list_is_still_kept() -> None:
    # the writer's own "keep" with a list keeps records: never a habit
    assert accepted("We keep training logs with date, coach and duration.") == [
        "TrainingLog(date_value:date,coach:str,duration:str)"
    ]


# --- "write that down": the pronoun between verb and particle ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could we add a glaze notes field to Firing? Kilns misbehave and we want to write "
            "that down somewhere.",
            "Firing(glaze_notes:str)",
        ),
        (
            "Add an allergy note to Walk, we need to jot it down somewhere.",
            "Walk(allergy_note:str)",
        ),
    ],
)
def test_a_pronoun_written_down_is_no_thing(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


# --- a field wished called another name -----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("The captain wants stroke rate called cadence on Outing.", "Outing(cadence<stroke_rate)"),
        ("he wants tower name called belfry on Practice.", "Practice(belfry<tower_name)"),
        ("I want the glaze code called recipe on Pot.", "Pot(recipe<glaze_code)"),
        (
            "she doesn't like 'walk length', she wants it called 'distance' on Walk.",
            "Walk(distance<walk_length)",
        ),
        (
            "We don't like 'room code', we'd like it called 'puzzle code' on EscapeGame.",
            "EscapeGame(puzzle_code<room_code)",
        ),
    ],
)
def test_a_field_wished_called_another_name_is_renamed(request_text: str, expected: str) -> None:
    (entity,) = _renamed(request_text)
    owner, pair = expected.rstrip(")").split("(")
    new, old = pair.split("<")
    assert (entity.name, [(a.name, a.renamed_from) for a in entity.attributes]) == (
        owner,
        [(new, old)],
    )


def _renamed(request_text: str) -> tuple:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.RENAME_FIELD), (
        result.confidence,
        [e.name for e in result.entities],
    )
    return result.entities


@pytest.mark.parametrize(
    "request_text",
    [
        "We want a field called notes on Booking.",
        "The coach wants a new entity called Drill with name and duration.",
    ],
)
def test_a_new_thing_wished_called_a_name_is_no_rename(request_text: str) -> None:
    intent, _ = reading(request_text)
    assert intent != Intent.RENAME_FIELD


# --- a bare "area" on a piece of land is its size -------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Paddocks: name, area, grass type", "Paddock(name:str,area:float,grass_type:str)"),
        (
            "We let flats - each flat has an address, area and monthly rent.",
            "Flat(address:str,area:float,monthly_rent:decimal)",
        ),
    ],
)
def test_a_bare_area_of_land_is_a_float(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create a cleaning task with area, frequency and assigned to.",
            "CleaningTask(area:str,frequency:str,assigned_to:str)",
        ),
        (
            "Create a meadow register with meadow number, area (text) and annual rent.",
            "Meadow(meadow_number:str,area:str,annual_rent:decimal)",
        ),
    ],
)
def test_an_area_that_is_a_place_or_typed_keeps_its_type(request_text: str, expected: str) -> None:
    assert reading(request_text)[1] == [expected]


# --- "Site" as a heading over bare field names ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "# Site\n* site name\n* address\n* number of pitches\n* has showers",
            "Site(site_name:str,address:str,pitches:int,has_showers:bool)",
        ),
        ("Portal\n- name\n- url\n- owner email", "Portal(name:str,url:str,owner_email:email)"),
    ],
)
def test_a_site_heading_over_field_names_is_the_thing(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_an_app_heading_over_things_keeps_them() -> None:
    # "website" over bare plurals lists the things the app keeps
    _intent, shape = reading("Our website\n- bookings\n- customers")
    assert shape == ["Booking()", "Customer()"]


# --- a plain verb ending in -ing in a relative clause without "that" ------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I need a register of the bells ringers ring, with bell name, weight and cast year.",
            "Bell(bell_name:str,weight:float,cast_year:int)",
        ),
        (
            "Keep the kites kids bring, with colour, size and owner name.",
            "Kite(colour:str,size:str,owner_name:str)",
        ),
    ],
)
def test_things_people_bring_are_the_things(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


# --- "rename" then a word that is also a verb of making -------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Rename make to manufacturer on Narrowboat.", "Narrowboat(manufacturer<make)"),
        ("On Kayak, rename build to build year.", "Kayak(build_year<build)"),
    ],
)
def test_a_verb_named_field_is_renamed(request_text: str, expected: str) -> None:
    (entity,) = _renamed(request_text)
    owner, pair = expected.rstrip(")").split("(")
    new, old = pair.split("<")
    assert (entity.name, [(a.name, a.renamed_from) for a in entity.attributes]) == (
        owner,
        [(new, old)],
    )


def test_creating_a_thing_called_a_name_is_no_rename() -> None:
    assert accepted("Create an entity called Kiln with name and max temperature.") == [
        "Kiln(name:str,max_temperature:float)"
    ]


# --- a lead-in before a dash, then "on X" ---------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The ringing rota - on Ringer we never use the fax column. Can you take fax out?",
            "Ringer fax",
        ),
        ("Quick one - on Walk we never fill in the weather field, please drop it.", "Walk weather"),
    ],
)
def test_a_thing_named_after_a_lead_in_dash_owns_the_change(
    request_text: str, expected: str
) -> None:
    owner, name = expected.split()
    (entity,) = _removed(request_text)
    assert (entity.name, [a.name for a in entity.attributes]) == (owner, [name])


def _removed(request_text: str) -> tuple:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.REMOVE_FIELDS), (
        result.confidence,
        [e.name for e in result.entities],
    )
    return result.entities


# --- "the field F …, remove this field from X" ----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "On the boats we have the field has_cooker but nobody cooks aboard now, so please "
            "remove this field from Narrowboat.",
            "Narrowboat has_cooker",
        ),
        ("There is a column called pager, please drop this column from Walker.", "Walker pager"),
    ],
)
def test_this_field_after_the_field_named_is_that_field(request_text: str, expected: str) -> None:
    owner, name = expected.split()
    (entity,) = _removed(request_text)
    assert (entity.name, [a.name for a in entity.attributes]) == (owner, [name])


# --- a field of a plural-headed name turning into a type ------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Firing.parts_cost becomes float", "Firing(parts_cost:float)"),
        ("Outing: boats count becomes int", "Outing(boats_count:int)"),
    ],
)
def test_a_plural_headed_field_turning_into_a_type_is_one_field(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == [expected]


# --- "record F on every X (note) and G" -----------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "From now on we also record the wind speed on every flight and the pilot rating.",
            "Flight(wind_speed:float,pilot_rating:float)",
        ),
        (
            "Please record the tide height on each launch (in metres, a number) and the skipper "
            "name.",
            "Launch(tide_height:float,skipper_name:str)",
        ),
        (
            "We also record the glaze coverage on every pot (as a percentage).",
            "Pot(glaze_coverage:float)",
        ),
    ],
)
def test_a_second_field_after_the_thing_is_the_things(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]


# --- the story around the ask: who agreed, who says, where it was kept ----------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "We should log kiln firings properly instead of on Dave's whiteboard. So: firing "
            "date, cone, kiln name and notes. Dave says notes can be left blank if nothing "
            "went wrong.",
            "KilnFiring(firing_date:date,cone:str,kiln_name:str,notes:str?)",
        ),
        (
            "Please track dog walks properly instead of in the diary, with dog name, walker and "
            "duration.",
            "DogWalk(dog_name:str,walker:str,duration:str)",
        ),
    ],
)
def test_who_says_and_where_it_was_kept_are_talk(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_what_everyone_agreed_we_should_keep_is_the_ask() -> None:
    shape = reading(
        "We met on Sunday and everyone agreed we should record glaze tests properly. So: "
        "test date, glaze name, cone and a passed flag."
    )
    assert shape == (
        Intent.CREATE_ENTITY,
        ["GlazeTest(test_date:date,glaze_name:str,cone:str,passed:bool)"],
    )


# --- a list taken back and said again -------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Track narrowboats with name, length, colour... actually no, forget the colour - "
            "just name, length and a berth number.",
            "Narrowboat(name:str,length:float,berth_number:str)",
        ),
        (
            "Can we store handbells? Bell note, weight, maker... actually no, forget the maker - "
            "just bell note, weight, tuning and a cracked flag.",
            "Handbell(bell_note:str,weight:float,tuning:str,cracked:bool)",
        ),
        (
            "Track kites with name, span, colour - actually scrap that, just name, span and "
            "line length.",
            "Kite(name:str,span:str,line_length:float)",
        ),
    ],
)
def test_a_list_said_again_after_taking_back_is_the_list(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_a_reason_after_the_dash_still_goes_with_the_item() -> None:
    # "- the council pays it" says why: the item goes, nothing else is listed
    assert accepted(
        "Track stalls with name, pitch number and a fee. Actually not the fee - the council "
        "pays it."
    ) == ["Stall(name:str,pitch_number:str)"]


# --- "so it has to be filled in" after the field's state today ------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "The tide height on launches is optional at the moment, so it has to be filled in "
            "every time now.",
            "Launch tide_height",
        ),
        (
            "The cone on Firing is blank a lot right now, so it must always be filled in.",
            "Firing cone",
        ),
    ],
)
def test_filled_in_every_time_is_required(request_text: str, expected: str) -> None:
    owner, name = expected.split()
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.MODIFY_FIELDS), (
        result.confidence,
        [e.name for e in result.entities],
    )
    (entity,) = result.entities
    assert [(a.name, a.required) for a in entity.attributes] == [(name, True)]
    assert entity.name == owner


# --- the paper kept today replaced with a thing ---------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Kiln log\n\nRequirements:\n- Replace the paper firing sheets with a Firing entity "
            "with:\n  - firing date\n  - cone\n  - kiln name\n- Keep it simple",
            "Firing(firing_date:date,cone:str,kiln_name:str)",
        ),
        (
            "Replace our walk diary with a Walk table with dog name, walker and duration.",
            "Walk(dog_name:str,walker:str,duration:str)",
        ),
    ],
)
def test_the_paper_replaced_with_a_thing_creates_it(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


# --- the plural's "s" struck one key early --------------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("creat a systm for kitse with colour and size pls", "Kite(colour:str,size:str)"),
        ("Track canose with name and length", "Canoe(name:str,length:float)"),
    ],
)
def test_a_plural_s_struck_early_is_the_plural(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


def test_a_word_ending_in_se_is_kept() -> None:
    assert accepted("Track the purse with colour") == ["Purse(colour:str)"]
