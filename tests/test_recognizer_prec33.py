"""Keeping verbs before words a team keeps, and headings made of an -ing noun and a plural.

Every request here is written for this file (none is copied from the corpus). What a person
relies on:

- "<keeping verb> bugs/features/goals/requests/requirements with <fields>" builds the thing kept
  (Bug, Feature, …), never a name glued to the verb ("TrackBug", "LogRequest");
- a verb said to the reader before such a word ("fix bugs with …") is no thing: it asks;
- a heading "Building permits: …", "Recording sessions — …" names one kind of thing
  (BuildingPermit), as "Meeting rooms:" does, while the verb before an object ("Recording the
  sessions: …", "Managing customers: …") still keeps the object.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted, read, shape


# --- a keeping verb before a word that is no thing on its own ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track bugs with a summary, a severity and a state", "Bug"),
        ("Log bugs with summary, priority (integer) and reporter", "Bug"),
        ("We record bugs with a headline and a severity", "Bug"),
        ("Please keep track of bugs with headline, severity, reported on (date)", "Bug"),
        ("Keep tabs on bugs: headline, severity, state", "Bug"),
        ("Manage all the bugs with a headline and a severity", "Bug"),
        ("Track features with headline, state and votes (integer)", "Feature"),
        ("Record our goals, with target amount and due date", "Goal"),
        ("Track goals with a target and a deadline", "Goal"),
        ("Log requests with requester name and received on (date)", "Request"),
        ("Store requirements with wording and priority", "Requirement"),
        ("Can you track bugs with a summary and a severity?", "Bug"),
    ],
)  # fmt: skip
def test_the_kept_word_is_the_thing_not_the_verb_glued_to_it(
    request_text: str, expected: str
) -> None:
    result = read(request_text)
    names = [e.name for e in result.entities]
    assert expected in names, shape(result)
    verbs = ("Track", "Log", "Record", "Keep", "Manage", "Store")
    assert not any(n.startswith(verbs) for n in names)


@pytest.mark.parametrize(
    "request_text",
    [
        "Fix bugs with a summary and a severity",
        "Squash bugs with summary and severity",
    ],
)
def test_a_verb_said_to_the_reader_before_bugs_names_no_thing(request_text: str) -> None:
    result = read(request_text)
    assert not any(e.name.startswith(("Fix", "Squash")) for e in result.entities), shape(result)
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Software bugs with summary and severity", "SoftwareBug"),
        ("Change requests with summary and reason", "ChangeRequest"),
    ],
)
def test_a_kind_of_bug_or_request_keeps_its_modifier(request_text: str, expected: str) -> None:
    assert [e.name for e in read(request_text).entities] == [expected]


# --- a heading of an -ing noun and a plural -----------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Building permits: lot reference, fee, granted on (date)",
         "BuildingPermit(lot_reference:str,fee:decimal,granted_on:date)"),
        ("Building permits — lot reference, fee",
         "BuildingPermit(lot_reference:str,fee:decimal)"),
        ("Recording sessions: room, producer", "RecordingSession(room:str,producer:str)"),
        ("recording sessions: room, producer, length (minutes)",
         "RecordingSession(room:str,producer:str,length:int)"),
        ("Holding pens: pen label, capacity", "HoldingPen(pen_label:str,capacity:int)"),
        ("Planning applications: reference, site address, decided on (date)",
         "PlanningApplication(reference:str,site_address:str,decided_on:date)"),
        ("Managing directors: name, appointed on (date)",
         "ManagingDirector(name:str,appointed_on:date)"),
        ("Booking rooms: room number, nightly price",
         "BookingRoom(room_number:str,nightly_price:decimal)"),
    ],
)  # fmt: skip
def test_a_heading_of_an_ing_noun_and_a_plural_names_one_kind(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


def test_a_tracking_number_heading_is_never_read_as_a_bare_number() -> None:
    result = read("Tracking numbers: courier, code")
    assert [e.name for e in result.entities] == ["TrackingNumber"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the verb before an article keeps its object
        ("Recording the sessions: room, producer", "Session"),
        # "managing" is no noun: the heading is the verb and what it keeps
        ("Managing customers: name, email", "Customer"),
    ],
)
def test_a_verb_before_its_object_is_not_made_a_compound(request_text: str, expected: str) -> None:
    assert [e.name for e in read(request_text).entities] == [expected]
