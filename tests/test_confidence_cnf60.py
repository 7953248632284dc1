"""Confidence evidence of cnf60, learned from first reads of sources nobody tuned on.

`compound_before`: in a create, two nouns right before the entity's word that no name of the
reading holds ("lunch club members" read as Member) are a compound cut off its name. Probes in
other domains and word orders; the right reading of each request keeps the compound and
carries no such doubt, nor does a title line, a rename, a single modifier after a verb, or a
modifier the reading holds as a field.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Attribute, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.confidence import WEIGHTS, features_of
from baes_tui.recognition.text import clean


def _create(name: str, *fields: str, intent: Intent = Intent.CREATE_ENTITY) -> Draft:
    return Draft(
        intent=intent,
        entities=[EntitySpec(name, tuple(Attribute(f) for f in fields))],
    )


def _compound(request: str, draft: Draft) -> float:
    return features_of(draft, clean(request), request)["compound_before"]


# (request, the reading cut, the right reading): other domains and word orders than the
# first reads the feature was found on
CUT = [
    (
        "Track swim club members with name, lane and a paid flag",
        ("Member", "name", "lane", "paid"),
        ("SwimClubMember", "name", "lane", "paid"),
    ),
    (
        "I need an app for our farm shop orders: customer, total and pickup date",
        ("Order", "customer", "total", "pickup_date"),
        ("FarmShopOrder", "customer", "total", "pickup_date"),
    ),
    (
        "For the cricket club we keep tea rota volunteers with name and phone",
        ("Volunteer", "name", "phone"),
        ("TeaRotaVolunteer", "name", "phone"),
    ),
    (
        "please set up sports hall bookings - court, member name, price",
        ("Booking", "court", "member_name", "price"),
        ("SportsHallBooking", "court", "member_name", "price"),
    ),
]


@pytest.mark.parametrize(("request_text", "cut", "right"), CUT)
def test_a_two_noun_modifier_cut_off_is_doubted(
    request_text: str, cut: tuple[str, ...], right: tuple[str, ...]
) -> None:
    assert _compound(request_text, _create(*cut)) == 1
    assert _compound(request_text, _create(*right)) == 0


# (request, reading): no compound cut off
KEPT = [
    # a title line, the list below it (clean() makes the line a sentence of its own)
    (
        "Sports hall bookings\n\nEach booking has a court, a member name and a price",
        ("Booking", "court", "member_name", "price"),
    ),
    # a verb of asking before one modifier ("manage" is no noun of the name)
    ("Create a system to manage students with name and email", ("Student", "name", "email")),
    # the modifier's words are fields of the reading ("holder name": a field)
    (
        "Keep permits: holder name permit number, expiry",
        ("Permit", "holder_name", "permit_number", "expiry"),
    ),
    # an article and one modifier: `modifier_before`'s evidence, not this one's
    ("Track the support tickets with subject and priority", ("Ticket", "subject", "priority")),
]


@pytest.mark.parametrize(("request_text", "reading"), KEPT)
def test_no_compound_cut_where_none_is(request_text: str, reading: tuple[str, ...]) -> None:
    assert _compound(request_text, _create(*reading)) == 0


def test_only_a_create_is_doubted() -> None:
    # a rename names what exists: "the lunch club Member" is the person's own name for it
    request = "Rename the lunch club Member entity to Diner"
    draft = _create("Diner", intent=Intent.RENAME_ENTITY)
    assert _compound(request, draft) == 0


def test_the_new_evidence_is_weighed_against_a_reading() -> None:
    assert WEIGHTS["compound_before"] < 0


@pytest.mark.parametrize(
    ("request_text", "reading"),
    [
        # a verb's -ing form before the thing: "taking commissions", not a compound
        (
            "As a potter taking commissions, I want each one stored with client name and price",
            ("Commission", "client_name", "price"),
        ),
        # a dash between spaces ends the phrase: "invoice" opens the list's first item
        (
            "need to store invoices for cider orders - invoice code, pub, total",
            ("Invoice", "invoice_code", "pub", "total"),
        ),
    ],
)
def test_a_verb_form_or_a_list_mark_is_no_compound(
    request_text: str, reading: tuple[str, ...]
) -> None:
    assert _compound(request_text, _create(*reading)) == 0


def test_a_singular_before_a_frame_is_no_kind_cut() -> None:
    # "a rowing club member registry": the words modify the registry, not a kind of members
    request = "Build a rowing club member registry with name, email and date of birth."
    assert _compound(request, _create("Member", "name", "email", "date_of_birth")) == 0
