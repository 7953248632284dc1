"""Field names as a person writes them: a "required" that names a yes/no said after a colon,
a part of a course said with "of course", and a sum run into the next field in a list
without commas.

Every request here is written for this file (none is copied from the corpus); each family
comes with counterparts that must keep the reading they had.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import asked, read, reading, shape

# "helmet required: yes/no": the word "required" before a yes/no names the field (is a helmet
# required?), as it does with the yes/no in brackets; the field itself is not made required
# by it any more than by "(yes/no)".


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        (
            "Climbing sessions:\n- wall name\n- helmet required: yes/no\n- session date",
            "helmet_required:bool",
        ),
        (
            "Shipments:\n- tracking code\n- customs declaration mandatory: true/false\n"
            "- weight: number",
            "customs_declaration_mandatory:bool",
        ),
        (
            "Events:\n- venue name\n- ticket required: y/n\n- start date",
            "ticket_required:bool",
        ),
    ],
)
def test_required_before_a_colon_yes_no_names_the_field(request_text: str, want: str) -> None:
    result = read(request_text)
    fields = ",".join(shape(result))
    assert want in fields, shape(result)


@pytest.mark.parametrize(
    "request_text",
    [
        # a type after the colon that is no yes/no: "required" stays a marker
        "Climbing sessions:\n- wall name\n- instructor required: text\n- session date",
        # the marker after a colon, with no type
        "Climbing sessions:\n- wall name: text\n- instructor: required\n- session date: date",
    ],
)
def test_required_before_a_colon_other_type_is_still_a_marker(request_text: str) -> None:
    _, got = reading(request_text)
    assert "instructor:str" in ",".join(got), got
    assert "instructor_required" not in ",".join(got), got


# "year of course": a part or stage of something, then "of course", is the year of the course
# (a name as said); after any other word "of course" is a chatty aside.


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        (
            "Keep track of trainee plumbers with name, employer, year of course and tutor email",
            "year_of_course:int",
        ),
        (
            "track nursing students with name, module of course and placement ward",
            "module_of_course:str",
        ),
    ],
)
def test_a_part_of_a_course_is_named_with_it(request_text: str, want: str) -> None:
    _, got = reading(request_text)
    assert want in ",".join(got), got


@pytest.mark.parametrize(
    ("request_text", "want", "not_want"),
    [
        (
            "keep my rescue cats with name and colour of course, and a microchip number",
            "colour:str",
            "colour_of_course",
        ),
        (
            "We run pottery classes. Each class has a title, a teacher, and of course the price.",
            "price:decimal",
            "of_course",
        ),
    ],
)
def test_a_chatty_of_course_is_still_no_part_of_a_name(
    request_text: str, want: str, not_want: str
) -> None:
    _, got = reading(request_text)
    joined = ",".join(got)
    assert want in joined, got
    assert not_want not in joined, got


# "customer name total expiry date": in a list said without commas, a sum that is a field on
# its own, then a date or a name, is two fields run together as likely as one; the reading is
# asked, not accepted.


@pytest.mark.parametrize(
    "request_text",
    [
        "estimates client name total valid until date",
        "repair jobs owner name total collection date",
        "tenders supplier name price closing date",
    ],
)
def test_a_sum_run_into_a_date_without_commas_is_asked(request_text: str) -> None:
    asked(request_text)


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        # commas split the list: nothing is run together
        ("estimates with client name, total, expiry date", "total:decimal"),
        # "per" holds a name together
        ("fabrics with name colour price per metre and stock", "price_per_metre:decimal"),
        # a sum named in two words, then a date
        ("invoices with customer name total amount and due date", "total_amount:decimal"),
    ],
)
def test_sums_split_or_held_together_keep_their_reading(request_text: str, want: str) -> None:
    result = read(request_text)
    assert result.intent == Intent.CREATE_ENTITY, shape(result)
    assert want in ",".join(shape(result)), shape(result)


def test_a_long_unfinished_list_is_read_without_a_run_on_name() -> None:
    # a long, unfinishable input: the new patterns read it as they read a short one
    text = "quotes customer name " + "total " * 3000 + "expiry date"
    result = read(text)
    assert result.status == "needs_clarification"
    long_item = "Loans:\n- " + "courier " * 2400 + "required: yes/no"
    assert read(long_item).status == "needs_clarification"
