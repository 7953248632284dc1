"""A sentence of a request is never lost because another sentence was read (sent29)."""

from __future__ import annotations

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.normalize import default_normalizer
from baes_tui.recognition.recognizer import Recognizer, _read_once, _sentences_left_unread


def _read(text: str):
    return Recognizer().recognize(text, normalizer=default_normalizer())


def test_a_reading_without_a_sentence_that_declares_fields_is_asked() -> None:
    # a reading that kept only the skippers (the boat sentence lost) is never accepted: the
    # check reads each sentence alone and names the one left out
    text = (
        "Log every boat with a name, a length and a mooring fee. "
        "Skippers should have a name and phone too."
    )
    draft = Draft(
        intent=Intent.ADD_FIELDS,
        entities=[EntitySpec("Skipper", (Attribute("name", AttrType.STR),))],
    )
    _sentences_left_unread(draft, text, _read_once)
    assert draft.missing == ["confirmation"]
    assert any("mooring fee" in note for note in draft.notes)


def test_two_sentences_each_read_are_still_accepted_together() -> None:
    got = _read(
        "Create Parcel with a tracking code, a weight and a delivery date. "
        "Couriers need a name and an email."
    )
    assert got.status == "recognized"
    assert {e.name for e in got.entities} == {"Parcel", "Courier"}


def test_each_ones_possessive_list_belongs_to_that_thing_first_item_included() -> None:
    # "each loaf's name, …": the loaf is the thing, and its first item is plain "name"
    got = _read("At the bakery we record each loaf's name, weight and bake time.")
    assert got.intent == "create_entity"
    assert [e.name for e in got.entities] == ["Loaf"]
    assert {a.name for a in got.entities[0].attributes} == {"name", "weight", "bake_time"}


def test_a_passive_of_keeping_after_the_possessive_list_adds_nothing() -> None:
    got = _read("Every kayak's hull colour, length and price should be kept.")
    assert [e.name for e in got.entities] == ["Kayak"]
    assert {a.name for a in got.entities[0].attributes} == {"hull_colour", "length", "price"}


def test_reciprocal_each_other_names_no_thing() -> None:
    got = _read("The riders lend each other's helmets and lights all the time. Log rentals.")
    assert all(e.name != "Other" for e in got.entities)
    assert got.status == "needs_clarification"


def test_a_thing_named_before_the_possessive_list_keeps_it() -> None:
    # the shipment holds the list: the sender is whose name it is, not a new thing
    got = _read("The Shipment should carry each sender's name and postcode.")
    assert [e.name for e in got.entities] == ["Shipment"]
    assert got.intent == "add_fields"
