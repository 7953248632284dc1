"""Evidence of a misread fires only where something may be wrong.

The confidence doubts a reading when a name looks like a verb, like no English noun, like a
sentence, or like half of a longer name. Each of those doubts also has a look-alike in requests
read exactly right ("for sort jobs", "ticketholders", "year of manufacture", "At the marina:
Boat (…)"), where asking the person a question only costs them time. Each test below pins
both sides: the right reading is built without a question and the doubt does not fire, and a
draft that really is the misread still raises it.
"""

from __future__ import annotations

from baes_tui.core.models import Attribute, EntitySpec, Intent
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.confidence import features_of
from baes_tui.recognition.text import clean
from tests.support.recognition import RECOGNIZER, read, shape


def _features(request: str) -> dict[str, float]:
    """The evidence for the recognizer's own draft of `request`."""
    cleaned = clean(request)
    return features_of(RECOGNIZER.draft(cleaned), cleaned)


def _draft_features(request: str, *entities: tuple[str, tuple[str, ...]]) -> dict[str, float]:
    """The evidence for a draft that read `request` as `entities` (name, fields)."""
    draft = Draft(
        intent=Intent.CREATE_ENTITY,
        entities=[
            EntitySpec(name, tuple(Attribute(f) for f in fields)) for name, fields in entities
        ],
    )
    return features_of(draft, clean(request))


# --- verbs read as entities -------------------------------------------------------------------


def test_an_entity_the_person_wrote_with_a_capital_is_a_name_not_a_verb() -> None:
    request = (
        "Set up Gallery (name, city) and Print (title, edition size as integer). "
        "Each print hangs in one gallery."
    )
    got = read(request)
    assert shape(got) == [
        "Gallery(name:str,city:str)",
        "Print(title:str,edition_size:int) many_to_one>Gallery",
    ]
    assert _features(request)["verb_entity"] == 0
    assert got.status == "recognized"


def test_a_verb_of_the_ask_read_as_the_entity_is_still_doubted() -> None:
    request = "I'd like to print, for each gallery, the title and the edition size"
    features = _draft_features(request, ("Print", ("title", "edition_size")))
    assert features["verb_entity"] == 1


def test_a_verb_word_right_after_a_preposition_is_a_noun() -> None:
    # after "for" a verb would be "sorting": "for sort jobs" names a kind of job
    request = "We want a system for sort jobs with bin number, weight and a done flag."
    got = read(request)
    assert shape(got) == ["SortJob(bin_number:str,weight:float,done:bool)"]
    assert _features(request)["verb_entity"] == 0
    assert got.status == "recognized"


def test_a_verb_after_to_is_still_a_verb() -> None:
    request = "We want to sort, for each bin, the number and the weight"
    assert _draft_features(request, ("Sort", ("number", "weight")))["verb_entity"] == 1


def test_a_plural_heading_a_list_is_a_noun() -> None:
    request = "Safety checks: inspector name, check date, passed flag."
    got = read(request)
    assert shape(got) == ["SafetyCheck(inspector_name:str,check_date:date,passed:bool)"]
    assert _features(request)["verb_entity"] == 0
    assert got.status == "recognized"


def test_a_bare_verb_before_a_colon_is_still_doubted() -> None:
    request = "Check: inspector name, check date, passed flag."
    features = _draft_features(request, ("Check", ("inspector_name", "check_date", "passed")))
    assert features["verb_entity"] == 1


# --- heads that are no (known) noun -----------------------------------------------------------


def test_a_head_said_in_the_plural_is_a_noun_even_if_mostly_an_adjective() -> None:
    # "final" is an adjective first in WordNet; "finals" can only be a noun
    request = "Manage finals with venue, kick off time and a sold out flag."
    got = read(request)
    assert shape(got) == ["Final(venue:str,kick_off_time:str,sold_out:bool)"]
    assert _features(request)["entity_not_noun"] == 0
    assert got.status == "recognized"


def test_an_adjective_said_only_in_the_singular_is_still_doubted() -> None:
    request = "Manage the final with venue and kick off time."
    assert _draft_features(request, ("Final", ("venue", "kick_off_time")))["entity_not_noun"] == 1


def test_two_nouns_written_as_one_word_are_a_noun() -> None:
    request = "Manage ticketholders with full name, seat number and a paid flag."
    got = read(request)
    assert shape(got) == ["Ticketholder(full_name:str,seat_number:str,paid:bool)"]
    assert _features(request)["entity_not_noun"] == 0
    assert got.status == "recognized"


def test_a_misspelt_head_is_no_compound() -> None:
    request = "Manage custommers with name and phone."
    features = _draft_features(request, ("Custommer", ("name", "phone")))
    assert features["entity_not_noun"] == 1


def test_a_capitalised_name_no_dictionary_knows_is_still_its_name() -> None:
    request = "We need Kiln (code, max temperature) and Pelletiser (serial code, rated output)."
    entities = (
        ("Kiln", ("code", "max_temperature")),
        ("Pelletiser", ("serial_code", "rated_output")),
    )
    assert _draft_features(request, *entities)["entity_not_noun"] == 0
    lower = "We need kilns with code and a pelletiser with serial code and rated output."
    assert _draft_features(lower, *entities)["entity_not_noun"] == 1


# --- field names that start like a sentence ---------------------------------------------------


def test_a_field_that_starts_with_a_noun_of_time_is_no_sentence() -> None:
    # "year" and "day" are on the stop list of function words, but name things
    request = "Track tractors with serial number, year of manufacture and engine hours as integer."
    got = read(request)
    assert shape(got) == ["Tractor(serial_number:str,year_of_manufacture:int,engine_hours:int)"]
    assert _features(request)["odd_field_start"] == 0
    assert got.status == "recognized"


def test_a_verb_before_a_noun_in_a_field_name_is_a_compound() -> None:
    request = "Bank accounts: holder name, sort code, account number and an overdraft flag."
    got = read(request)
    assert shape(got) == [
        "BankAccount(holder_name:str,sort_code:str,account_number:str,overdraft:bool)"
    ]
    assert _features(request)["odd_field_start"] == 0
    assert got.status == "recognized"


def test_field_names_that_start_a_clause_are_still_doubted() -> None:
    request = "Owners: could the delivery date, store the owner name, tracking owner name"
    for field in ("could_the_delivery_date", "store_the_owner_name", "tracking_owner_name"):
        features = _draft_features(request, ("Owner", (field, "phone")))
        assert features["odd_field_start"] == 1, field


def test_a_verb_with_its_particle_or_a_gerund_before_one_noun_is_a_name() -> None:
    # "follow up date", "pick up point", "given on", "booking reference": nouns English makes
    # from verbs (on first reads these fired on right readings more than on wrong ones)
    request = "Owners: follow up date, pick up point, given on, booking reference, build year"
    for field in ("follow_up_date", "pick_up_point", "given_on", "booking_reference", "build_year"):
        features = _draft_features(request, ("Owner", (field, "phone")))
        assert features["odd_field_start"] == 0, field


# --- a name cut in the wrong place ------------------------------------------------------------


def test_a_colon_ends_the_phrase_before_an_entity() -> None:
    request = (
        "At the marina: Boat (name, length as number), Berth (code, width as number). "
        "Each boat sits in one berth."
    )
    got = read(request)
    assert shape(got) == [
        "Boat(name:str,length:float) many_to_one>Berth",
        "Berth(code:str,width:float)",
    ]
    assert _features(request)["modifier_before"] == 0
    assert got.status == "recognized"


def test_a_count_before_an_entity_is_no_modifier() -> None:
    request = (
        "We look after about twenty goats. Track goats with name, birth date and a milking flag."
    )
    got = read(request)
    assert shape(got) == ["Goat(name:str,birth_date:date,milking:bool)"]
    assert _features(request)["modifier_before"] == 0
    assert got.status == "recognized"


def test_a_word_of_the_name_left_before_it_is_still_doubted() -> None:
    request = "Track our dairy goats with name, birth date and a milking flag."
    features = _draft_features(request, ("Goat", ("name", "birth_date", "milking")))
    assert features["modifier_before"] == 1


# --- modifiers a dictionary does not list ---------------------------------------------------


def test_a_modifier_made_of_two_nouns_is_a_noun() -> None:
    # "paywall" is younger than WordNet, but "pay" and "wall" are both nouns: English makes a
    # noun of them, so the name is no phrase cut in the wrong place.
    request = "Track paywall trials with headline, launch date and budget."
    features = _draft_features(request, ("PaywallTrial", ("headline", "launch_date", "budget")))
    assert features["entity_not_noun"] == 0


def test_a_modifier_no_dictionary_knows_is_still_doubted() -> None:
    request = "Track zqvx trials with headline, launch date and budget."
    features = _draft_features(request, ("ZqvxTrial", ("headline", "launch_date", "budget")))
    assert features["entity_not_noun"] == 1


def test_words_joined_by_a_hyphen_are_one_modifier() -> None:
    # "after" alone is no noun or adjective; "after-hours" is the person's own modifier.
    name, fields = "AfterHoursCall", ("caller", "reason", "duration")
    joined = _draft_features(
        "Log after-hours calls with caller, reason and duration.", (name, fields)
    )
    apart = _draft_features(
        "Log after hours calls with caller, reason and duration.", (name, fields)
    )
    assert joined["entity_not_noun"] == 0
    assert apart["entity_not_noun"] == 1


# --- verbs after a determiner -------------------------------------------------------------------


def test_a_verb_word_after_a_possessive_is_a_noun() -> None:
    # "plan" is a verb of asking, but "my plans" is a noun phrase: no verb follows "my".
    request = "I'd like to keep my plans with name, monthly price and data allowance."
    features = _draft_features(request, ("Plan", ("name", "monthly_price", "data_allowance")))
    assert features["verb_entity"] == 0


def test_a_verb_word_after_a_pronoun_is_still_a_verb() -> None:
    request = "We plan to store name, monthly price and data allowance."
    features = _draft_features(request, ("Plan", ("name", "monthly_price", "data_allowance")))
    assert features["verb_entity"] == 1


# --- plurals singular() reads as another word ---------------------------------------------------


def test_the_plural_of_the_entity_is_no_vanished_word() -> None:
    # `singular` reads "leaves" as "leaf"; it is also the plural of Leave, the entity.
    request = "Keep the staff leaves with employee, first day and last day."
    features = _draft_features(request, ("StaffLeave", ("employee", "first_day", "last_day")))
    assert features["vanished_words"] == 0


def test_a_name_headed_by_a_word_standing_for_another_names_nothing() -> None:
    # "the broken ones" stands for a noun said elsewhere (or nowhere): Broken + One is no thing
    request = "Delete the broken ones"
    features = _draft_features(request, ("BrokenOne", ()))
    assert features["entity_not_noun"] >= 1
