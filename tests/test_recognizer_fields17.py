"""Fields that were lost or misnamed although the request lists them plainly.

Every request here is written for this file (none is copied from the corpus), each family in
several trades and list shapes, with counterparts that must keep their reading.
"""

from __future__ import annotations

import pytest

from tests.support.recognition import accepted, read


# --- a list whose lines each gloss their field after a dash, in any words --------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Hives:\n- hive number - painted on the roof\n- queen colour - as marked on her back\n"
         "- frames - how many are in use",
         ["Hive(hive_number:str,queen_colour:str,frames:int)"]),
        ("Tenants\n1. name - as on the lease\n2. phone - best number to call\n"
         "3. deposit - held by the agency",
         ["Tenant(name:str,phone:str,deposit:decimal)"]),
        ("Dives:\n- site - usually the reef name\n- depth - in metres\n"
         "- visibility score - 1 to 5",
         ["Dive(site:str,depth:float,visibility_score:float)"]),
        ("Crates:\n* crate code - stamped on the lid\n* weight - how heavy it is\n"
         "* sender - from the delivery note",
         ["Crate(crate_code:str,weight:float,sender:str)"]),
    ],
)  # fmt: skip
def test_each_line_glossed_after_a_dash_is_a_field(request_text: str, expected: list[str]) -> None:
    """ "bin code - printed on the lid" over "part code - what goes in it": the gloss is what
    the field holds; the line was taken for a business rule and the field lost."""
    assert accepted(request_text) == expected


def test_requirements_after_a_dash_are_no_fields() -> None:
    """A requirement's heading and what is required ("Storage - SQLite is fine", "Backups -
    must run every night") are no field, even in a run of such lines."""
    text = (
        "Boat hire\n\nRequirements:\n- Boats with name, length and hourly rate\n"
        "- Storage - SQLite is fine\n- Responses - JSON only\n- Backups - must run every night"
    )
    assert accepted(text) == ["Boat(name:str,length:float,hourly_rate:decimal)"]


def test_a_lone_dashed_line_is_left_as_written() -> None:
    """One line with a dash is no glossed list: a title ("Tool shed - our street") stays one."""
    result = read("Tool shed - our street\ntool name, owner, lent out (yes/no)")
    assert all("our_street" not in a.name for e in result.entities for a in e.attributes)
