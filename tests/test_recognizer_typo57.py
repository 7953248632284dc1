"""Slips of the keys in the names of new fields: "emial", "prcie", "capcity", "ammount" are read
as the words meant, their types follow the word meant (email → email, price → decimal), and
`notes` names each word read; a field that points at one already there (a type change, a
rename, a removal) is found by the name typed, so a slip there is still asked.

Every request here is written for this file (none is copied from the corpus), in trades no other
test file uses much (kennels, bike shops, marinas, allotments, a darkroom, a fencing club, a
cheese counter, a record shop). What a person relies on: the field they meant, with its type; a
word spelt right, a code, a name in capitals, a type they gave are never changed.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a letter swapped, missing, typed twice or too many, in a word no dictionary knows
        (
            "kennels: dog nmae, owner emial, nightly rate, vacinated (yes/no)",
            "Kennel(dog_name:str,owner_email:email,nightly_rate:decimal,vaccinated:bool)",
        ),
        (
            "Create a system to manage bikes with frame size, colour and purchse price",
            "Bike(frame_size:str,colour:str,purchase_price:decimal)",
        ),
        (
            "Plants: species, hieght (cm), watering notes",
            "Plant(species:str,height:float,watering_notes:str)",
        ),
        ("Boats: name, lenght, berth nubmer", "Boat(name:str,length:float,berth_number:str)"),
        (
            "i need to keep a list of darkroom chemicals with name, ammount and opened on (date)",
            "DarkroomChemical(name:str,amount:decimal,opened_on:date)",
        ),
        # two words run together that are one letter short of one ("capcity", "fedback")
        ("track greenhouses w/ capcity and location", "Greenhouse(capacity:int,location:str)"),
        ("Sellers: name, feedbak score", "Seller(name:str,feedback_score:float)"),
        # a short word one letter short of a field's word, a key beside the one meant
        ("Cheeses: name, pric, origin", "Cheese(name:str,price:decimal,origin:str)"),
        ("fencers - name, emal, grade", "Fencer(name:str,email:email,grade:str)"),
        (
            "Plots: plot code, minimun rent, tenant",
            "Plot(plot_code:str,minimum_rent:decimal,tenant:str)",
        ),
        # "number of" typed with a slip is still a count
        (
            "Create a system to manage albums with title, artist and nuber of copies",
            "Album(title:str,artist:str,copies:int)",
        ),
        (
            "Ferries: route, numbr of cabins, departs at",
            "Ferry(route:str,cabins:int,departs_at:datetime)",
        ),
    ],
)
def test_a_new_fields_slip_is_the_word_meant(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected", "note"),
    [
        ("add a delivry date to Parcel", "Parcel(delivery_date:date)", "'delivry' as 'delivery'"),
        ("Member needs a birthdy", "Member(birthday:date)", "'birthdy' as 'birthday'"),
        ("plz add wieght to the crate entity", "Crate(weight:float)", "'wieght' as 'weight'"),
    ],
)
def test_an_added_fields_slip_is_read_and_noted(
    request_text: str, expected: str, note: str
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == [expected]
    assert any(note in n for n in read(request_text).notes)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a type the person gave is theirs, whatever the word meant suggests
        ("add a birthdy (text) to Member", "Member(birthday:str)"),
        ("Stalls: name, ammount: text", "Stall(name:str,amount:str)"),
    ],
)
def test_a_type_given_is_kept(request_text: str, expected: str) -> None:
    intent = Intent.ADD_FIELDS if request_text.startswith("add") else Intent.CREATE_ENTITY
    assert reading(request_text) == (intent, [expected])


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a word English knows, a code, a name in capitals: kept as written
        (
            "Create a system to manage books with title, ISBN and dare",
            "Book(title:str,isbn:str,dare:str)",
        ),
        ("Tools: name, SKU, descripton", "Tool(name:str,sku:str,description:str)"),
        (
            "Sellers: name, Qbx id, feedbak score",
            "Seller(name:str,qbx_id:str,feedback_score:float)",
        ),
        ("Staff: name, dept, stat code", "Staff(name:str,dept:str,stat_code:str)"),
    ],
)
def test_words_that_are_no_slips_are_kept(request_text: str, expected: str) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, [expected])


@pytest.mark.parametrize(
    "request_text",
    [
        # the field is found by the name typed: the slip is asked, never mended silently
        "rename the emial field on Client to contact",
        "remove the descripton from Tool",
        "make ammount on Invoice a decimal",
        "change stok on Cheese to a float",
        "take minimun rent out of the Plot entity",
    ],
)
def test_a_slip_in_a_field_there_already_is_asked(request_text: str) -> None:
    asked(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        # the slips read leave one no rule reads: a real word a key or a sound off a field's
        # word, a word split only into two; the reading stays asked, as the slips made it
        "Loaves: nmae, prise, weigth",
        "Cottages - adress, bedroms, weekly rent",
        "Bikes: frame nubmer, positon, colour",
    ],
)
def test_a_slip_left_beside_slips_read_keeps_it_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", (result.confidence, result.notes)
    assert any("may be a slip too" in n for n in result.notes)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        # "remote" opening a change before an article, with "from" ahead, is "remove"
        ("remote the locker code from Picker", Intent.REMOVE_FIELDS, "Picker(locker_code:str)"),
        (
            "pls remote the fax number from Supplier",
            Intent.REMOVE_FIELDS,
            "Supplier(fax_number:str)",
        ),
        # "caled" is "called"
        (
            "could the strap colour on Watch be caled band colour",
            Intent.RENAME_FIELD,
            "Watch(band_colour:str<strap_colour)",
        ),
    ],
)
def test_a_slip_in_a_changes_glue_is_read(request_text: str, intent: Intent, expected: str) -> None:
    assert accepted(request_text, intent) == [expected]


def test_a_remote_is_still_a_remote() -> None:
    assert reading("Remotes: label, battery type, room")[1] == [
        "Remote(label:str,battery_type:str,room:str)"
    ]
