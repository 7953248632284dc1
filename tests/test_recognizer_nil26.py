"""Requests where nothing was read (branch nil26), each in wording of its own: the ask said
after talk no reader knows, and what such talk must never lose (a denial, a condition, the
longer name of the thing)."""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, shape


# --- the ask after talk: the longest tail that reads as one whole ask -------------------------
def test_a_change_after_a_greeting_and_a_dash_is_read() -> None:
    request = "Hi both, quick one from the bakery - the Loaf entity should also have a proving time"
    assert read_right(request, Intent.ADD_FIELDS) == ["Loaf(proving_time:str)"]


def test_a_change_after_a_complaint_joined_by_but_is_read() -> None:
    request = (
        "honestly the old kiln log was a nightmare but we need the firing temperature on Kiln"
        " to be a whole number"
    )
    # ("the old kiln log" names a log: the kiln is no longer name cut off with the talk)
    assert read_right(request, Intent.MODIFY_FIELDS) == ["Kiln(firing_temperature:int)"]


def test_a_create_after_who_writes_is_read() -> None:
    request = (
        "i run a tattoo studio and i wanna track appointments with client name, design and price"
    )
    assert read_right(request) == ["Appointment(client_name:str,design:str,price:decimal)"]


def test_the_talk_cut_off_is_kept_as_a_rule() -> None:
    result = read(
        "Hi both, quick one from the bakery - the Loaf entity should also have a proving time"
    )
    assert "Hi both," in result.business_rules


# --- a head that denies, conditions or asks keeps the request unread -------------------------
def test_a_change_decided_against_is_not_read_as_the_change() -> None:
    result = read("after the meeting we decided not to remove the fax from Supplier")
    assert result.status == "needs_clarification"
    assert result.intent != Intent.REMOVE_FIELDS or not result.entities


def test_a_change_only_talked_about_is_not_read_as_the_change() -> None:
    assert read("we talked about whether to add a depth to Well").status == "needs_clarification"


def test_a_wish_about_what_people_may_do_stays_asked_after_talk() -> None:
    request = "we went to the trade show. Let customers pay online with a card"
    assert read(request).status == "needs_clarification"


def test_vague_asks_after_talk_stay_asked() -> None:
    for request in ("so yeah, can it be nicer?", "busy day at the yard. could it be faster?"):
        assert read(request).status == "needs_clarification", request


def test_a_thing_named_longer_in_the_talk_is_not_read_by_its_short_name() -> None:
    request = (
        "Morning from the ferry office, we log the harbour crossings, for every crossing we"
        " need the departure time and the fare"
    )
    assert all(e.name != "Crossing" for e in read(request).entities)


# --- a field placed on its thing, then who may leave it empty -------------------------------
def test_for_whom_a_placed_field_may_be_empty_is_no_thing() -> None:
    request = "our barista said the milk type on Order can be blank for takeaways"
    assert read_right(request, Intent.MODIFY_FIELDS) == ["Order(milk_type:str?)"]
    assert read_right("the phone on Kennel is optional for the spares", Intent.MODIFY_FIELDS) == [
        "Kennel(phone:str?)"
    ]


def test_a_field_said_for_every_thing_of_a_kind_keeps_that_thing() -> None:
    assert read_right("phone can be left blank for members", Intent.MODIFY_FIELDS) == [
        "Member(phone:str?)"
    ]


# --- a verb run together with "to" ---------------------------------------------------------
def test_wanna_is_want_to() -> None:
    assert read_right("i wanna keep my looms: width, shaft count and maker") == [
        "Loom(width:float,shaft_count:int,maker:str)"
    ]


# --- how far a denial or a condition in the talk reaches -----------------------------------
def test_a_doubt_before_the_ask_in_its_own_clause_keeps_it_unread() -> None:
    # (doubting something, or not being sure of it, says the clause after it may not be so)
    for head in ("I doubt", "I'm not sure"):
        request = f"{head} we need the firing temperature on Kiln to be a whole number"
        assert read(request).status == "needs_clarification", request


def test_a_denial_in_a_clause_of_its_own_leaves_the_ask() -> None:
    request = "nobody asked but we need the firing temperature on Kiln to be a whole number"
    assert read_right(request, Intent.MODIFY_FIELDS) == ["Kiln(firing_temperature:int)"]


def test_a_reason_with_a_denial_in_an_earlier_clause_leaves_the_ask() -> None:
    request = (
        "The pottery fair is over for good (more bother than it was worth), so we can get rid"
        " of the stall number on Pot"
    )
    assert read_right(request, Intent.REMOVE_FIELDS) == ["Pot(stall_number:str)"]


def test_a_long_text_nothing_reads_is_not_read_again_from_each_clause() -> None:
    # (a document or pasted text is read by the readers of documents, once)
    request = "We had a long week at the boatyard, and the rain never stopped. " * 12 + (
        "Hi both, the Loaf entity should also have a proving time"
    )
    assert not any(note.startswith("read from the words after") for note in read(request).notes)


# --- what is read after talk is proposed, not accepted ----------------------------------------
def test_a_reading_found_after_talk_is_proposed_for_confirmation() -> None:
    """A reading found only by cutting talk off the front is shown to the person to confirm,
    never accepted: on requests nobody here had read, 3 of 11 such readings were wrong (the
    lead's note of 5 December). Its confidence stays under the threshold, above a guess."""
    result = read(
        "Hi both, quick one from the bakery - the Loaf entity should also have a proving time"
    )
    assert result.status == "needs_clarification"
    assert tuple(result.missing) == ("confirmation",)
    assert 0.25 < result.confidence < 0.8
    assert shape(result) == ["Loaf(proving_time:str)"]


def test_a_request_read_whole_is_not_capped() -> None:
    """The cap is only for the cut: the same ask without the talk is accepted as before."""
    result = read("the Loaf entity should also have a proving time")
    assert result.status == "recognized"
