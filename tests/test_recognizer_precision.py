"""Confident misreads: requests accepted with a field lost or half an ask read, grouped by
the way of saying it. Each family is either read right, or its loss is named in the notes and
the request is asked about instead of accepted.

Every request here is written for this file (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted, read, shape


# --- an item that is only an "if" question is a yes/no field -------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track cabins with a name, a number of beds, and if it has a stove",
         ["Cabin(name:str,beds:int,has_stove:bool)"]),
        ("Keep vans with a plate, a mileage and if they have a tow bar",
         ["Van(plate:str,mileage:int,has_tow_bar:bool)"]),
        ("Log canoes with a colour and if it is insured",
         ["Canoe(colour:str,is_insured:bool)"]),
        ("please store greenhouses with a width, and if it has heating (optional)",
         ["Greenhouse(width:float,has_heating:bool?)"]),
    ],
)  # fmt: skip
def test_an_if_question_in_a_field_list_is_a_yes_no_field(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


def test_an_if_after_a_fields_name_still_marks_it_not_a_new_field() -> None:
    result = read("Create suppliers with a name, and a fax if they have one")
    assert shape(result) == ["Supplier(name:str,fax:str?)"]


# --- an item asking when it happened is a date (or a year, when annotated so) --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track lighthouses with a name, a height, and when it was built (year)",
         ["Lighthouse(name:str,height:float,year_built:int)"]),
        ("Keep mills with a miller and when it was opened",
         ["Mill(miller:str,opening_date:date)"]),
        ("Choirs with a name, and when it was founded (year)",
         ["Choir(name:str,year_founded:int)"]),
        ("Record tractors: model, owner and when they were bought (optional)",
         ["Tractor(model_value:str,owner:str,purchase_date:date?)"]),
    ],
)  # fmt: skip
def test_an_item_asking_when_is_the_date_it_happened(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Keep harps with a maker and when it was tuned last",
        "Track ponds with a depth, a volume and when they were last drained by the council",
        "Store kilns with a name and if it is fired every week in summer",
    ],
)
def test_a_question_item_that_cannot_be_read_is_named_and_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification"
    question = request_text.split(" and ")[-1]
    assert any(question in note for note in result.notes), result.notes
    assert question in result.business_rules
