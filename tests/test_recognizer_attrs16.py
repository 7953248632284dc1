"""Fields written in ways that were read as no fields at all (branch attrs16): a paper form
pasted line by line (blanks after the labels, or a colon after each label with nothing after
it), a heading that ends in a dash over its lines.

Every request here is written for this file (none is copied from the corpus). Each family
comes with a counterpart of the same shape that must keep its own reading.
"""

from __future__ import annotations

from tests.support.recognition import accepted, read, reading, shape


def _asked(request: str) -> list[str]:
    result = read(request)
    assert result.status == "needs_clarification", (result.confidence, shape(result))
    return shape(result)


# --- a paper form pasted as lines: "Label ______" or "label:" with nothing after it ---
def test_form_labels_with_blanks_after_them_are_the_fields_of_the_heading() -> None:
    assert accepted(
        "Kiln firings (copied off the clipboard)\nFiring date ______\nCone ______\n"
        "Kiln number ______\nFired by ______"
    ) == ["KilnFiring(firing_date:date,cone:str,kiln_number:str,fired_by:str)"]
    assert accepted(
        "Choir members\nSurname ..........\nVoice part ..........\nJoined on .........."
    ) == ["ChoirMember(surname:str,voice_part:str,joined_on:date)"]


def test_form_labels_ending_in_a_colon_with_nothing_after_are_names_not_headings() -> None:
    assert accepted("Allotment plots\nplot number:\ntenant name:\nannual rent:\nwater tap:") == [
        "AllotmentPlot(plot_number:str,tenant_name:str,annual_rent:decimal,water_tap:str)"
    ]
    assert accepted(
        "Boiler check form\nBoiler model:\nFlue reading (ppm):\nServiced on:\nEngineer:"
    ) == ["BoilerCheck(boiler_model:str,flue_reading:float,serviced_on:date,engineer:str)"]


def test_labels_with_their_types_after_the_colon_keep_the_types() -> None:
    # the counterpart: "name: type" lines are field lines as before
    assert accepted("Allotment plots\nplot number: text\nannual rent: decimal\nsize: float") == [
        "AllotmentPlot(plot_number:str,annual_rent:decimal,size:float)"
    ]


def test_forms_in_the_plural_are_the_things_kept() -> None:
    # "form" ends a heading's name only as the paper a record is written on; "consent
    # forms" are the things kept
    assert accepted("Consent forms\npatient name\nsigned on\nwitness") == [
        "ConsentForm(patient_name:str,signed_on:date,witness:str)"
    ]


# --- a heading ending in a dash over its lines heads them as a colon does ---
def test_a_heading_ending_in_a_dash_heads_the_lines_under_it() -> None:
    assert accepted("Hive inspection —\nhive number\ninspected on\nqueen seen\nweight (kg)") == [
        "HiveInspection(hive_number:str,inspected_on:date,queen_seen:str,weight:float)"
    ]
    assert accepted("Van check -\nregistration\nmileage\ntyres ok (yes/no)\nchecked by") == [
        "VanCheck(registration:str,mileage:int,tyres_ok:bool,checked_by:str)"
    ]


def test_a_heading_ending_in_a_dash_over_a_sentence_is_not_a_list() -> None:
    intent, _ = reading("Hive inspections -\nplease make the hive number optional on Inspection")
    assert intent.value != "create_entity"


# --- "Things for the place" over bullets: whose or where the things are names nothing ---
def test_a_heading_saying_whose_things_they_are_heads_its_bullets() -> None:
    assert accepted("Hire bikes for the campsite\n- frame number\n- size\n- last serviced on") == [
        "HireBike(frame_number:str,size:str,last_serviced_on:date)"
    ]
    assert accepted("Loans at the tool library\n- borrower name\n- tool\n- due back on") == [
        "Loan(borrower_name:str,tool:str,due_back_on:date)"
    ]


def test_a_heading_over_bullets_is_never_read_as_a_link_to_the_place() -> None:
    # was read as Boat many-to-one Marina, and accepted
    assert accepted("Boat repairs for the marina\n- boat name\n- repair date\n- cost") == [
        "BoatRepair(boat_name:str,repair_date:date,cost:decimal)"
    ]


def test_a_place_said_in_a_sentence_with_its_list_is_read_as_before() -> None:
    # the counterpart: one line, the list after a colon: the place is context as it was
    assert accepted("Hire bikes for the campsite: frame number, size, last serviced on") == [
        "HireBike(frame_number:str,size:str,last_serviced_on:date)"
    ]


# --- "name - what it is" lines under a heading: the name, glossed in words ---
def test_lines_of_names_glossed_after_a_dash_are_the_headings_fields() -> None:
    assert accepted(
        "Allotment tenants:\nplot - which plot they rent\nstart date - when they took it on\n"
        "water butt - yes/no\ndeposit - what they paid up front"
    ) == ["AllotmentTenant(plot:str,start_date:date,water_butt:bool,deposit:decimal)"]
    assert accepted(
        "Choir concerts, with the following:\nvenue - the church or hall\n"
        "concert date - when it is sung\nconductor - who leads it"
    ) == ["ChoirConcert(venue:str,concert_date:date,conductor:str)"]


def test_the_glosses_are_kept_as_said() -> None:
    result = read("Choir concerts:\nvenue - the church or hall\nconcert date - when it is sung")
    assert "venue - the church or hall" in result.business_rules


def test_lines_of_sentences_with_dashes_are_not_field_lines() -> None:
    # the counterpart: lines that say something after a dash are not names with glosses
    assert _asked(
        "Choir concerts:\nthe vicar - she wants the hall booked early\n"
        "parking - we never have enough of it on a Sunday, sadly"
    ) != ["ChoirConcert(the_vicar:str,parking:str)"]
