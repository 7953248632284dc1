"""The lead's rules of 2026-12-04 afternoon.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import read, shape


@pytest.mark.parametrize(
    ("request_text", "entity", "view"),
    [
        (
            "Log kayaks with hull number and length. Add a filter by hull number.",
            "Kayak(hull_number:str,length:float)",
            "Add a filter by hull number.",
        ),
        (
            "Keep greenhouses with code and area. We also need a search on code",
            "Greenhouse(code:str,area:str)",
            "We also need a search on code",
        ),
    ],
)
def test_a_view_asked_for_after_a_create_is_kept_as_a_rule(
    request_text: str, entity: str, view: str
) -> None:
    """ "Add a filter by …" asks for a screen over the rows: the entity stays the only thing
    made, and the wish is kept where the person can see it, not asked about as a bare thing."""
    got = read(request_text)
    assert shape(got) == [entity]
    assert view in got.business_rules
    assert not any("named without fields" in note for note in got.notes), got.notes


def test_a_field_named_after_a_view_word_is_still_added() -> None:
    assert shape(read("Add a sort order to Playlist")) == ["Playlist(sort_order:str)"]


def test_a_named_entity_said_with_including_lists_its_fields() -> None:
    """ "including" opens the list as "with" does: it never becomes part of the first field."""
    got = read("Create a Seed Packet entity including variety, sown on (date) and organic (yes/no)")
    assert shape(got) == ["SeedPacket(variety:str,sown_on:date,organic:bool)"]


@pytest.mark.parametrize(
    ("request_text", "required"),
    [
        ("Make phone required again on Lodger", True),
        ("make the phone optional again on Lodger", False),
    ],
)
def test_again_after_a_required_change_says_the_same_change(
    request_text: str, required: bool
) -> None:
    got = read(request_text)
    assert got.status == "recognized"
    assert [(e.name, [(a.name, a.required) for a in e.attributes]) for e in got.entities] == [
        ("Lodger", [("phone", required)])
    ]


def test_a_link_said_with_nouns_no_lexicon_knows_is_still_english() -> None:
    """ "a" counts as an English word: a plain sentence about two compound things is read,
    not refused as text in another language."""
    got = read("A seed tray goes to a single polytunnel")
    assert shape(got) == ["SeedTray() many_to_one>Polytunnel"]


def test_gibberish_with_articles_is_still_asked() -> None:
    got = read("a blorf a snizzle a quonk a frabber")
    assert got.status == "needs_clarification"


@pytest.mark.parametrize(
    "request_text",
    [
        "To the Lodger add: the move-in date and a bike (yes/no). Many thanks",
        "Good morning! To the Lodger I want add the move-in date and a bike (yes/no), please.",
    ],
)
def test_the_thing_said_first_with_to_takes_the_addition(request_text: str) -> None:
    """ "To the Lodger add …", the place said first as some languages say it, is an addition
    to Lodger, never a thing called LodgerAdd."""
    got = read(request_text)
    assert got.status == "recognized"
    assert shape(got) == ["Lodger(move_in_date:date,bike:bool)"]


def test_the_thing_said_first_with_from_takes_the_removal() -> None:
    got = read("From the Lodger please remove the pager")
    assert got.status == "recognized"
    assert got.intent.value == "remove_fields"
    assert [e.name for e in got.entities] == ["Lodger"]


def test_a_place_said_first_in_lowercase_is_not_taken_for_the_thing() -> None:
    """Only a name written as one is the thing changed: "to the shop we add …" is talk."""
    got = read("To the shop we add new stock every week")
    assert got.status == "needs_clarification"


@pytest.mark.parametrize(
    "request_text",
    [
        "Add the fee for parking to Cabin",
        "To the Cabin add the fee for parking",
    ],
)
def test_the_last_place_said_owns_the_addition(request_text: str) -> None:
    """ "the fee for parking to Cabin": "for parking" says which fee; Cabin gets it. Read the
    other way, a thing called Parking was made and accepted."""
    got = read(request_text)
    assert [e.name for e in got.entities] == ["Cabin"]
    assert [a.name for e in got.entities for a in e.attributes] == ["fee_for_parking"]


def test_two_owners_each_said_with_to_both_get_the_field() -> None:
    got = read("Please add a pager to the cooks and to the porters.")
    assert sorted(shape(got)) == ["Cook(pager:str)", "Porter(pager:str)"]


@pytest.mark.parametrize("lead", ["From our safety policy", "As the site handbook says"])
def test_where_the_ask_comes_from_is_a_remark_before_it(lead: str) -> None:
    """ "From our safety policy, for every drill we must record: …": the source is said, kept,
    and the list under it still belongs to the drill — not to things called DateItem."""
    got = read(f"{lead}, for every drill we must record:\n- date held\n- marshal initials\n")
    assert shape(got) == ["Drill(date_held:date,marshal_initials:str)"]
    assert any(rule.startswith(lead) for rule in got.business_rules)


def test_a_requirement_that_says_a_field_is_removed_removes_it() -> None:
    """Under "Requirements:", "the pager is removed from Lodger" states the change as done."""
    got = read(
        "Lodger clean-up\n\nRequirements:\n- pager number is removed from Lodger\n"
        "- the telex field is removed from Lodger\n- Existing lodgers must survive the change\n"
    )
    assert got.status == "recognized"
    assert got.intent.value == "remove_fields"
    assert shape(got) == ["Lodger(pager_number:str,telex:str)"]


@pytest.mark.parametrize(
    "request_text",
    [
        "In the Lodger we not use the telex field more, please remove it",
        "We not use the telex field more on Lodger, please remove it",
    ],
)
def test_not_used_more_said_without_do_is_a_removal(request_text: str) -> None:
    """ "we not use X more" is "we don't use X anymore": X goes, and "more" is no part of it."""
    got = read(request_text)
    assert got.intent.value == "remove_fields"
    assert [(e.name, [a.name for a in e.attributes]) for e in got.entities] == [
        ("Lodger", ["telex"])
    ]


def test_the_topic_owns_an_addition_whose_last_words_say_for_what() -> None:
    """ "Cabin: add … the fee for parking": Cabin, named first, gets the fee for parking (it
    made a thing called Parking, accepted); the fee is money, whatever it is for."""
    got = read("Cabin: add number of bunks and the fee for parking")
    assert shape(got) == ["Cabin(bunks:int,fee_for_parking:decimal)"]


def test_articles_alone_are_refused_as_no_english_request() -> None:
    got = read("a a a a a a a a")
    assert got.status == "needs_clarification"
    assert any("English" in note for note in got.notes), got.notes
