"""Terse creates typed fast: a measure typed by its unit or a short form, a list in slashes
inside brackets after the thing, an aside in brackets before the colon, "opt", two things joined
by "+", "wed like", "if they can X".

Every request here is written for this file (none is copied from the corpus), in trades other
than the bell foundry and cider press the shapes were found in (haulage, farms, dairies, bands,
stables, kilns, bees, ferrets, lifeguards). What a person relies on: the field is typed as what
it measures, the list is the thing's fields, the aside is no field, and the wordings next to
each shape that say something else keep their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from baes_tui.recognition.fields import infer_type
from tests.support.recognition import accepted, read, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a unit of a physical measure as the field's head: float (a weight, volume, area)
        (
            "Deliveries: driver, kg loaded, signed by",
            "Delivery(driver:str,kg_loaded:float,signed_by:str)",
        ),
        (
            "log the oil runs with tanker, litres, delivered on",
            "OilRun(tanker:str,litres:float,delivered_on:date)",
        ),
        # short forms of a measure typed fast
        (
            "cheeses: name, fat pct, aged months",
            "Cheese(name:str,fat_pct:float,aged_months:int)",
        ),
        ("kegs: beer, abv, tapped on", "Keg(beer:str,abv:float,tapped_on:date)"),
        ("kilns: name, peak temp, fired on", "Kiln(name:str,peak_temp:float,fired_on:date)"),
        # how long it has been active counts years; the year a thing was cast is a year
        ("bands: name, genre, years active", "Band(name:str,genre:str,years_active:int)"),
        ("statues: name, sculptor, year cast", "Statue(name:str,sculptor:str,year_cast:int)"),
    ],
)
def test_a_measure_said_by_its_unit_or_short_form_is_typed(
    request_text: str, expected: str
) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("kg", "float"),
        ("tonnes", "float"),
        ("kg poured", "float"),
        ("copper pct", "float"),
        ("min temp", "float"),
        ("year first lit", "int"),
        ("days active", "int"),
        # near misses: left to their own words
        ("bpm", "str"),  # (a tempo counts beats: not read as a measure)
        ("active", "bool"),
        ("year group", "str"),
        ("goals scored", "int"),
        ("price in euros", "decimal"),
        ("cms", "str"),
    ],
)
def test_the_type_of_a_measure_and_its_near_misses(words: str, expected: str) -> None:
    assert infer_type(words.split()).value == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # three names in slashes in brackets after the thing: its fields
        ("log kilns (name/max temp/shelves)", "Kiln(name:str,max_temp:float,shelves:int)"),
        ("track hives (code/site/queen colour)", "Hive(code:str,site:str,queen_colour:str)"),
        # lower-case words in brackets between the thing and its colon: an aside
        (
            "ferrets (the shop ones): name, colour, born on",
            "Ferret(name:str,colour:str,born_on:date)",
        ),
        (
            "Drivers (our weekend crew): name, licence number, van",
            "Driver(name:str,licence_number:str,van:str)",
        ),
        # "opt" ending an item: optional
        ("Hives { code, site opt, queen colour }", "Hive(code:str,site:str?,queen_colour:str)"),
        ("foals - name, dam, sire opt., born on", "Foal(name:str,dam:str,sire:str?,born_on:date)"),
        # "wed" before a verb of wanting is "we'd"
        (
            "Wed need a list of ponies with name, height and owner",
            "Pony(name:str,height:float,owner:str)",
        ),
        (
            "wed like to keep our hens - name, breed, hatched on",
            "Hen(name:str,breed:str,hatched_on:date)",
        ),
        # "if they can X" in a list is a yes/no, as "whether they can X"
        ("drivers: name, van, and if they can tow", "Driver(name:str,van:str,can_tow:bool)"),
        (
            "lifeguards: name, phone and if they can swim",
            "Lifeguard(name:str,phone:str,can_swim:bool)",
        ),
    ],
)
def test_terse_shapes_of_a_create_are_read(request_text: str, expected: str) -> None:
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    "request_text",
    [
        # two things joined by "+", only the second given fields: asked, never the second alone
        "stables + horses. horses: name, age",
        "need vans + drivers. drivers: name, licence no",
    ],
)
def test_two_things_joined_by_plus_with_one_list_are_asked(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", [e.name for e in result.entities]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a plus between fields stays "and" inside the list
        ("need list of orchards w/ name + acreage", ["Orchard(name:str,acreage:float)"]),
        # values in slashes after a listed field stay that field's values
        ("rooms: number, size (single/double/king)", ["Room(number:str,size:str)"]),
        # a tin's count after "can" is no yes/no
        ("tins: label, can count, contents", ["Tin(label:str,can_count:int,contents:str)"]),
    ],
)
def test_near_misses_keep_their_reading(request_text: str, expected: list[str]) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, expected)
