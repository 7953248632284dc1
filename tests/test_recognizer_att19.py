"""Fields read wrong (branch att19), each in wording of its own: what a person relies on when
the rules read the names of the fields listed."""

from __future__ import annotations

from baes_tui.recognition.fields import _split_run_on
from baes_tui.recognition.nouns import misspelt
from tests.support.recognition import read, reading, shape


# --- a lone "field" opening a list is a word of the first field's name ---------------------------
def test_a_field_word_before_a_name_is_part_of_that_name() -> None:
    # on a farm, "field" is a place: "field size" is the size of the paddock
    _, got = reading("Track crop plantings with field size, seed variety and sowing date")
    assert got == ["CropPlanting(field_size:str,seed_variety:str,sowing_date:date)"]


def test_fields_announcing_a_list_still_name_nothing() -> None:
    assert reading("Track kayaks with fields hull colour, length")[1] == [
        "Kayak(hull_colour:str,length:float)"
    ]
    assert reading("Track kayaks with field: hull colour")[1] == ["Kayak(hull_colour:str)"]


# --- a one-syllable verb doubles its last consonant before -ing / -ed / -er ---------------------
def test_an_undoubled_ending_is_a_slip_of_the_keys() -> None:
    assert misspelt("stoping") is not None  # "stop" doubles its p: "stopping"
    assert misspelt("planed") is None  # "plane" + d: a word of its own
    assert misspelt("visiting") is None  # two syllables: no doubling
    # a new field's slip is read as the word meant (typo57), the note naming it
    result = read("add a shiping fee to the orders")
    assert [a.name for e in result.entities for a in e.attributes] == ["shipping_fee"]
    assert any("shiping" in note for note in result.notes)
    assert read("remove the shiping fee from Order").status == "needs_clarification"


# --- after "a", a plural cannot belong to the one thing named: it is the next field ---------------
def test_a_plural_after_a_singular_phrase_starts_the_next_field() -> None:
    assert _split_run_on("a serial number berths and last inspection date") == [
        "a serial number",
        "berths and last inspection date",
    ]
    assert _split_run_on("a price band") == ["a price band"]  # no plural: one name
    result = read("keep coaches with a fleet number seats and a last inspection date")
    assert shape(result) == ["Coach(fleet_number:str,seats:int,last_inspection_date:date)"]


# --- a field taken back by its head word, said with words before it, leaves the list -------------
def test_a_field_taken_back_by_its_head_leaves_the_list() -> None:
    result = read(
        "Keep tenants with a name, a unit number and the letting agent's pager. "
        "Actually, scratch the pager, those are long gone. Oh, and a phone too."
    )
    assert shape(result) == ["Tenant(name:str,unit_number:str,phone:str)"]


# --- "where known" is "if known": the field may be empty -----------------------------------------
def test_where_known_marks_the_field_optional() -> None:
    _, got = reading("Track shipwrecks with a name, a depth and, where known, the builder.")
    assert got == ["Shipwreck(name:str,depth:float,builder:str?)"]


# --- words ending on a pronoun point back at the list: they name no field -------------------------
def test_an_item_ending_on_a_pronoun_is_no_field() -> None:
    _, got = reading(
        "A kayak is described by its hull code, weight and paddle length; please track those"
    )
    assert got == ["Kayak(hull_code:str,weight:float,paddle_length:float)"]
    _, got = reading(
        "Each rental has a renter name and a helmet size. The helmet size can be blank, "
        "some riders bring their own."
    )
    assert got == ["Rental(renter_name:str,helmet_size:str?)"]


def test_a_noun_of_them_is_still_that_noun() -> None:
    # non-native English: "the colour of them" is "their colour"
    _, got = reading("I want a program to save the bikes, with frame size and the colour of them.")
    assert got == ["Bike(frame_size:str,colour:str)"]


def test_a_phrase_about_the_list_is_no_field() -> None:
    _, got = reading("Minerals: hardness and lustre, in that order")
    assert got == ["Mineral(hardness:str,lustre:str)"]


# --- "and" typed against a closing bracket still joins two fields ---------------------------------
def test_and_glued_to_a_bracket_still_joins_two_fields() -> None:
    _, got = reading("log kiln firings with fired at, cone (number)and cracked yes/no")
    assert got == ["KilnFiring(fired_at:datetime,cone:float,cracked:bool)"]
