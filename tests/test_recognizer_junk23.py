"""A word of the talk is never the entity when the change names its own (junk23).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: "date of birth on Rider" changes the field date_of_birth on Rider, and "could it be
called place of issue?" renames to place_of_issue (a bare noun after "of" is part of the
name); "change Kennel so the run is optional" changes Kennel's run; "now and then we get
walk-ins" names no thing; "take it of" typed for "take it off" removes; a pronoun before
"called" is who calls the field ("the field you called keel") and no rename is read from it;
"It was text - can you …" is a sentence before the dash, not a thing.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("I'd like date of birth on Rider to be optional, since riders don't always say",
         ["Rider(date_of_birth:date?)"]),
        ("place of issue on Licence should be nullable", ["Licence(place_of_issue:str?)"]),
    ],
)  # fmt: skip
def test_bare_of_joins_the_field_name_when_on_names_the_owner(
    request_text: str, expected: list[str]
) -> None:
    assert read_right(request_text, Intent.MODIFY_FIELDS) == expected


def test_severity_of_a_thing_still_names_the_thing() -> None:
    assert read_right("the weight of a crate should be a float", Intent.MODIFY_FIELDS) == [
        "Crate(weight:float)"
    ]


def test_rename_to_a_name_with_of_keeps_of_inside_the_name() -> None:
    request = (
        "The Licence entity has a field called poi and nobody knows what it is. "
        "Could it be called place of issue instead?"
    )
    intent, shape = reading(request)
    assert intent == Intent.RENAME_FIELD
    assert shape == ["Licence(place_of_issue:str<poi)"]


def test_change_thing_so_field_is_optional() -> None:
    request = "Could you change Kennel so run is optional? Now and then we get walk-ins."
    assert read_right(request, Intent.MODIFY_FIELDS) == ["Kennel(run:str?)"]


@pytest.mark.parametrize(
    "request_text",
    ["Often we get walk-ins.", "Sometimes we get strays and never find out."],
)
def test_what_we_get_sometimes_names_no_thing(request_text: str) -> None:
    assert read(request_text).status == "needs_clarification"
    assert not any(e.name in ("Often", "Sometime") for e in read(request_text).entities)


def test_take_it_of_is_take_it_off() -> None:
    request = "we dont use the siren on Ambulance anymore, take it of pls"
    assert read_right(request, Intent.REMOVE_FIELDS) == ["Ambulance(siren:str)"]


def test_pronoun_before_called_is_who_calls_it() -> None:
    result = read("On the yachts, the field you called keel. Could you change the name?")
    assert result.status == "needs_clarification"
    assert not any(a.renamed_from == "you" for e in result.entities for a in e.attributes)


def test_sentence_before_a_dash_is_no_thing() -> None:
    request = "There's a field called draught on the Ferry entity. It was text - make it a number?"
    result = read(request)
    assert "Text" not in [e.name for e in result.entities]


@pytest.mark.parametrize(
    "request_text",
    ["please drop the entire Voucher entity", "delete the whole Voucher entity, we never used it"],
)
def test_whole_or_entire_is_no_part_of_the_name(request_text: str) -> None:
    intent, shape = reading(request_text)
    assert (intent, shape) == (Intent.REMOVE_ENTITY, ["Voucher()"])


def test_get_before_a_participle_is_a_passive_not_a_list() -> None:
    request = "The vintage on a Wine doesn't always get recorded, so make it optional"
    assert read_right(request, Intent.MODIFY_FIELDS) == ["Wine(vintage:str?)"]


def test_a_label_for_the_kind_of_message_names_no_thing() -> None:
    request = "question: on my Kiln thing, temperature is required. can it be not required?"
    assert "Question" not in [e.name for e in read(request).entities]
    assert read_right("Questions: text, answer, points") == [
        "Question(text:str,answer:str,points:int)"
    ]


def test_a_thing_we_have_is_a_relative_clause_but_but_we_is_the_speaker() -> None:
    assert read_right("I'd like to log the kayaks we own: hull code, colour and length") == [
        "Kayak(hull_code:str,colour:str,length:float)"
    ]
    request = (
        "the rate on Lesson is whole pounds right now but we need proper pence, make it a decimal"
    )
    assert "Pence" not in [e.name for e in read(request).entities]
    assert "ProperPence" not in [e.name for e in read(request).entities]
