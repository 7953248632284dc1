"""Right readings that were asked for no real doubt (confidence), each with a counterpart kept.

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a thing named with a word no dictionary lists before a noun ("vlog episodes",
"kombucha batches": a borrowing, a clipping or a brand) or with a verb before one
("resurface jobs": what the thing is for) is taken as named; a noun English makes with an
affix ("turbidometers", "mentees") is a noun; a thing named by a compound with "of" that the
dictionary lists ("letters of credit") is one thing. A slip in such a name ("turbidometrs")
is still asked, and so is a create whose field lost the "new" it was said with ("with new
joiner name" read as joiner_name). A frame word in a kind counted with "each" ("each log
entry") is the kind's own word; "updated" as a word of a name read ("updated at") is no
change said to the tool, while said as a verb it still doubts a create.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading, shape


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track vlog episodes with title, duration and upload date",
         "VlogEpisode(title:str,duration:str,upload_date:date)"),
        ("Set up zumba classes with instructor, room and start time",
         "ZumbaClass(instructor:str,room:str,start_time:datetime)"),
        ("Set up kombucha batches with flavour, brew date and volume",
         "KombuchaBatch(flavour:str,brew_date:date,volume:float)"),
    ],
)  # fmt: skip
def test_a_word_no_dictionary_lists_before_a_noun_names_the_thing(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


def test_a_verb_before_a_noun_says_what_the_thing_is_for() -> None:
    assert accepted("Track resurface jobs with rink name, done on and crew") == [
        "ResurfaceJob(rink_name:str,done_on:date,crew:str)"
    ]


def test_a_noun_made_with_an_affix_is_a_noun() -> None:
    assert accepted("Keep turbidometers with serial, range and calibrated on") == [
        "Turbidometer(serial:str,range_value:str,calibrated_on:date)"
    ]


def test_a_slip_in_a_name_english_could_make_is_still_asked() -> None:
    result = read("Keep turbidometrs with serial, range and calibrated on")
    assert result.status == "needs_clarification", (result.confidence, shape(result))


def test_a_field_that_lost_its_new_in_a_create_is_asked() -> None:
    result = read("Create induction packs with new joiner name, start date and site")
    assert result.status == "needs_clarification", (result.confidence, shape(result))


def test_the_same_create_without_new_is_accepted() -> None:
    assert accepted("Create induction packs with joiner name, start date and site") == [
        "InductionPack(joiner_name:str,start_date:date,site:str)"
    ]


def test_new_said_of_a_field_added_to_a_thing_says_only_that_it_is_new() -> None:
    assert accepted("Add a new locker code to Gym", Intent.ADD_FIELDS) == ["Gym(locker_code:str)"]


def test_a_kind_counted_with_each_keeps_its_frame_word() -> None:
    assert reading("Each site inspector reports to one area manager.") == (
        Intent.ADD_RELATIONSHIP,
        ["SiteInspector() many_to_one>AreaManager"],
    )
    assert read("Each site inspector reports to one area manager.").status == "recognized"
    assert accepted("Make each log entry with date, tide height and notes") == [
        "LogEntry(date_value:date,tide_height:float,notes:str)"
    ]


def test_update_as_a_word_of_a_name_is_no_change() -> None:
    assert accepted("Track firmware packages with version, size and updated at") == [
        "FirmwarePackage(version:str,size:str,updated_at:datetime)"
    ]


def test_update_said_as_a_verb_still_doubts_a_create() -> None:
    result = read("Firmware packages are updated weekly: keep version, size and released on")
    assert result.status == "needs_clarification", (result.confidence, shape(result))
