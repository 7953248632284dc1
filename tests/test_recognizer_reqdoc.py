"""Requirement documents in an analyst's voice: priority labels, "shall", lists announced by
what a thing holds, and changes said as requirements.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading

KILN_DOC = """Pottery Studio – Kiln Log v1.2

Requirements:
1. {label}The system shall record kiln firings made by studio members.
2. {label}Each kiln firing shall hold:
   a. firing date
   b. peak temperature (float)
   c. cone number (integer)
3. {label}Responses shall be returned as JSON."""


@pytest.mark.parametrize("label", ["", "[MUST] ", "MUST: ", "[M] ", "FR-02 (Must): ", "(Should) "])
def test_a_priority_label_and_shall_hold_read_the_list_below(label: str) -> None:
    """ "[MUST]", "FR-02 (Must):" label a requirement as a ticket key does, and "Each X shall
    hold:" says what X holds: read as words, they made the label or the field an entity."""
    assert read_right(KILN_DOC.format(label=label)) == [
        "KilnFiring(firing_date:date,peak_temperature:float,cone_number:int)"
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Each boiler check shall contain the following fields:",
        "A boiler check shall capture:",
        "Boiler checks are described by:",
        "Each boiler check must record:",
    ],
)
def test_what_a_requirement_says_a_thing_holds_heads_its_list(header: str) -> None:
    """The header names the thing; its verb and modal are no part of the name."""
    request = f"Requirements:\n- {header}\n  - engineer name\n  - visit date\n  - gas safe (yes/no)"
    assert read_right(request) == ["BoilerCheck(engineer_name:str,visit_date:date,gas_safe:bool)"]


def test_shall_also_capture_over_a_list_adds_to_the_thing() -> None:
    """ "also" makes it a change of a thing that exists, as "X also needs:" does."""
    request = "Requirements:\n- Boiler check shall also capture:\n  - flue reading\n  - notes"
    assert read_right(request, Intent.ADD_FIELDS) == ["BoilerCheck(flue_reading:str,notes:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Each boiler check shall hold: engineer name, visit date, flue reading (float).",
        "Each boiler check has the following fields: engineer name, visit date, flue reading"
        " (float).",
    ],
)
def test_a_list_on_the_line_after_shall_hold_or_the_following_fields(request_text: str) -> None:
    """ "the following fields:" only announces the names that follow (it was read into the
    first field's name)."""
    assert read_right(request_text) == [
        "BoilerCheck(engineer_name:str,visit_date:date,flue_reading:float)"
    ]


def test_a_kind_of_test_as_a_header_is_the_thing() -> None:
    """ "Soil tests are described by:" over a list names soil tests, a thing kept (the practice
    word "tests" made the whole line a rule about building, and its fields loose)."""
    request = (
        "Requirements:\n1. Soil tests are described by:\n   1. plot code\n   2. sample date\n"
        "   3. ph level (float)\n2. Development shall follow our coding standard."
    )
    assert read_right(request) == ["SoilTest(plot_code:str,sample_date:date,ph_level:float)"]


def test_tests_that_say_how_to_build_stay_rules() -> None:
    """Counterpart: "Automated tests shall cover …" is about the code."""
    result = read(
        "Requirements:\n- Each boiler check shall hold:\n  - engineer name\n  - visit date\n"
        "- Automated tests shall cover every requirement."
    )
    assert "Automated tests shall cover every requirement." in result.business_rules


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Requirements:\n1. The system shall add to Greenhouse:\n   - vent count (integer)\n"
            "   - heated (yes/no)\n2. Existing greenhouses must survive the migration.",
            Intent.ADD_FIELDS,
            ["Greenhouse(vent_count:int,heated:bool)"],
        ),
        (
            "Requirements:\n- The system must remove from Allotment Holder:\n  * fax number\n"
            "  * pager number\n- The change shall be deployed next sprint.",
            Intent.REMOVE_FIELDS,
            ["AllotmentHolder(fax_number:str,pager_number:str)"],
        ),
    ],
)
def test_the_system_shall_add_to_or_remove_from_a_thing(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "The system shall add to X:" is the change "Add to X:" said as a requirement."""
    assert read_right(request_text, intent) == expected


def test_the_system_removing_things_as_behaviour_is_no_removal() -> None:
    """Counterpart: what the system shall remove over time is behaviour, not a schema change."""
    intent, _ = reading("The system shall remove expired guest passes after thirty days.")
    assert intent != Intent.REMOVE_FIELDS


def test_a_sentence_about_the_following_points_at_the_list() -> None:
    """ "the following data is no longer required" names nothing itself: the list below says
    what (read alone, it made a field "following_value" or a possessive's entity)."""
    request = (
        "Privacy clean-up\n\nAfter the council's review, the following contact data is no longer"
        " required.\n\nRequirements:\n- The system shall remove from Allotment Holder:\n"
        "  * fax number\n  * pager number"
    )
    assert read_right(request, Intent.REMOVE_FIELDS) == [
        "AllotmentHolder(fax_number:str,pager_number:str)"
    ]


def test_valid_from_and_valid_to_are_two_dates() -> None:
    """ "valid to" is the day it stops holding, as "valid until" is (its "to" was read as a
    sentence's and the field dropped)."""
    request = "Parking permits with plate, valid from (date), valid to (date) and zone"
    assert read_right(request) == [
        "ParkingPermit(plate:str,valid_from:date,valid_to:date,zone:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "The price on Lantern shall change from text to a decimal.",
        "The price on the Lantern entity shall be changed from an integer to a decimal.",
        "The price on Lantern must change to a decimal.",
    ],
)
def test_a_field_shall_change_to_a_type(request_text: str) -> None:
    """A requirement says the field's new type; what it was before says nothing new."""
    assert read_right(request_text, Intent.MODIFY_FIELDS) == ["Lantern(price:decimal)"]


def test_a_field_changing_to_a_value_is_no_type_change() -> None:
    """Counterpart: "shall change to shipped when paid" is a workflow, no type."""
    intent, _ = reading("The status on Lantern shall change to shipped when paid.")
    assert intent != Intent.MODIFY_FIELDS


# User stories: the ask inside "As a …, I want to …, so that …"


def test_its_first_item_is_the_things_own_field() -> None:
    """ "every ride with its date, …": the first item is the ride's date (read as a type said
    of the item before, with none before it, it vanished)."""
    request = (
        "As a club cyclist I want to log every ride with its date, distance (a float) and"
        " route, so I can see my progress."
    )
    assert read_right(request) == ["Ride(date_value:date,distance:float,route:str)"]


def test_a_type_said_after_an_item_still_types_it() -> None:
    """Counterpart: after an item, "which is a float" types that item."""
    assert reading("Track parcels with weight, which is a float, and sender")[1] == [
        "Parcel(weight:float,sender:str)"
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "As a caretaker I want to add a gate code to each allotment so only plot holders get in",
        "Add a gate code to each allotment so only registered plot holders get in",
    ],
)
def test_so_only_some_people_do_it_is_the_reason(request_text: str) -> None:
    """ "so only plot holders get in" says why; read as words of the ask, the add was lost."""
    assert read_right(request_text, Intent.ADD_FIELDS) == ["Allotment(gate_code:str)"]


def test_capturing_opens_the_list_of_what_is_recorded() -> None:
    """ ", capturing the …" lists the fields, as ", recording the …" does."""
    request = (
        "As a trustee I want to record site audits on partner charities, capturing the auditor"
        " name, the visit date and a concerns flag, so that the board can act."
    )
    assert read_right(request) == ["SiteAudit(auditor_name:str,visit_date:date,concerns:bool)"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("pages read", "pages_read:int"),
        ("laps run", "laps_run:int"),
        ("meter read", "meter_read:str"),
        ("read date", "read_date:date"),
    ],
)
def test_a_plural_and_a_participle_spelled_as_its_verb_count(item: str, expected: str) -> None:
    """ "pages read" counts pages as "goals scored" counts goals; "meter read" is a reading."""
    _, shape = reading(f"Track study sessions with subject, {item} and notes")
    assert expected in shape[0]


@pytest.mark.parametrize(
    ("item", "expected"),
    [("a rating out of five", "rating:float"), ("time out of service", "time_out_of_service")],
)
def test_the_scale_of_a_score_is_no_part_of_its_name(item: str, expected: str) -> None:
    """ "a rating out of five" is the rating; "out of service" is no scale."""
    _, shape = reading(f"Log cheese tastings with a tasting date, {item} and notes")
    assert expected in shape[0]


def test_an_optional_item_inside_a_group_keeps_the_group_a_list() -> None:
    """ "(code, value, and an optional expiry date)": the group lists fields; "optional" is
    said of one item, not of the group (read as one field's note, the list was lost)."""
    request = (
        "As a shop owner I want to store gift vouchers (code, value, and an optional expiry"
        " date) so staff can check them"
    )
    assert read_right(request) == ["GiftVoucher(code:str,value:str,expiry_date:date?)"]


# Titles and the words of building


def test_a_ticket_label_and_key_over_a_document_name_nothing() -> None:
    """ "Ticket: OPS-77 — …" labels the document (read as words, "Ticket" became an entity
    with the key and the title as its fields)."""
    request = (
        "Ticket: OPS-77 — Kiln booking\n\nRequirements:\n1. Kiln slot entity with just:\n"
        "   - slot date\n   - member name\n2. return JSON"
    )
    assert read_right(request) == ["KilnSlot(slot_date:date,member_name:str)"]


def test_a_ticket_word_listing_fields_is_still_a_thing() -> None:
    """Counterpart: "Ticket: name, email, priority" lists a ticket's fields."""
    assert reading("Ticket: name, email, priority")[1] == [
        "Ticket(name:str,email:email,priority:str)"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "As a release manager I want to record deploy blackouts with reason, starts on"
            " (date) and ends on (date), so nobody ships on bank holidays",
            ["DeployBlackout(reason:str,starts_on:date,ends_on:date)"],
        ),
        (
            "Track migration windows with start time, end time and owner",
            ["MigrationWindow(start_time:datetime,end_time:datetime,owner:str)"],
        ),
    ],
)
def test_a_practice_word_before_a_noun_of_the_business_names_a_kind(
    request_text: str, expected: list[str]
) -> None:
    """ "deploy blackouts" with fields of their own are things kept, not how to build."""
    assert reading(request_text)[1] == expected


def test_practice_words_before_code_stay_about_building() -> None:
    """Counterpart: "deploy scripts" are code, never an entity."""
    assert reading("Deploy scripts with name and version")[1] == []


def test_an_identifier_keeps_its_glue_words() -> None:
    """ "stop_retrying_after_days" was written as one name: its "after" is part of it (read as
    a sentence's word, the field was dropped as a rule)."""
    request = (
        "Requirements:\n- BackupJob entity with:\n  - max_attempts (int)\n"
        "  - stop_retrying_after_days (int, nullable)\n- jobs persist between restarts"
    )
    assert read_right(request) == ["BackupJob(max_attempts:int,stop_retrying_after_days:int?)"]


def test_the_same_words_spaced_are_still_asked() -> None:
    """Counterpart: "stop retrying after days", spaced, reads as a rule and is named."""
    result = read("Backup jobs with max attempts, retry seconds and stop retrying after days")
    assert "stop retrying after days" in result.business_rules


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Weekend-only rosters with name, team and start date",
            ["WeekendOnlyRoster(name:str,team:str,start_date:date)"],
        ),
        (
            "Requirements:\n- Late-night rotas with name, timezone and handover day",
            ["LateNightRota(name:str,timezone:str,handover_day:str)"],
        ),
    ],
)
def test_a_plural_frame_after_a_hyphened_adjective_is_the_thing(
    request_text: str, expected: list[str]
) -> None:
    """ "weekend-only rosters" are the rosters kept: with the frame word taken away, a
    hyphened modifier that is no noun ("on-call") was left as the name."""
    assert reading(request_text)[1] == expected


def test_a_frame_after_a_noun_is_still_a_frame() -> None:
    """Counterparts: "a staff rota" (the one rota built) keeps staff, as "member registry"
    keeps members ("staff rotas" in the plural are rotas kept: test_recognizer_techc); nouns
    written as one before "records" are the thing the records are of."""
    assert reading("Create a staff rota with name and start date")[1] == [
        "Staff(name:str,start_date:date)"
    ]
    assert reading("Manage CakeOrder records with flavour and tier count")[1][0].startswith(
        "CakeOrder("
    )
