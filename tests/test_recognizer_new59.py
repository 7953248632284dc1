"""New things and new links said in user stories and one-liners: the types a field's words
give, the moment an "end of … date" names, and the links and creates said bare.

Every request here is written for this file (none is copied from the corpus), in trades other
than the batch the rules were found on (a tattoo studio, a lighthouse trust): bakeries, ferries,
choirs, allotments, vets, climbing walls, bell ringers, zoos. What a person relies on: the field
reads with the type its words say, and the wordings next to it that say something else keep
their reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, reading


def _fields(request_text: str) -> str:
    _intent, shape = reading(request_text)
    return " ".join(shape)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a span's point, "of" and its noun, then a moment word: one field, the date it falls
        (
            "Add an optional end of season date to Climber",
            "Climber(end_of_season_date:date?)",
        ),
        (
            "Create Allotment with plot number and start of tenancy date",
            "Allotment(plot_number:str,start_of_tenancy_date:date)",
        ),
        ("Add a close of voting date to Election", "Election(close_of_voting_date:date)"),
        # an irregular participle after "year first" counts the year, as "year first built"
        (
            "Create a Bell with name, weight, year first rung and year first heard",
            "Bell(name:str,weight:float,year_first_rung:int,year_first_heard:int)",
        ),
        (
            "Add a harbour light with name, year first lit and colour",
            "HarbourLight(name:str,year_first_lit:int,colour:str)",
        ),
        # what a person takes or is called by is a list in words, no count
        (
            "Create Patient with name, medications and allergies",
            "Patient(name:str,medications:str,allergies:str)",
        ),
        ("Add medicines and pronouns to Resident", "Resident(medicines:str,pronouns:str)"),
        # a duty said alone is the task on a rota; with its sum or state it is the tax
        (
            "Create a ferry crew shift with crew name, shift date and duty",
            "FerryCrewShift(crew_name:str,shift_date:date,duty:str)",
        ),
        (
            "Create Import with goods, duty payable and duty amount",
            "ImportItem(goods:str,duty_payable:decimal,duty_amount:decimal)",
        ),
    ],
)
def test_field_types(request_text: str, expected: str) -> None:
    assert _fields(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a lead-in that counts the thing among others: the thing wanted, as "we also need"
        (
            "One more thing I'd like is a spare parts list with part name, bin and quantity",
            "SparePart(part_name:str,bin:str,quantity:int)",
        ),
        (
            "one other thing we want: choir robes with size, colour and owner",
            "ChoirRobe(size:str,colour:str,owner:str)",
        ),
        # a modal, "be" and a verb of keeping in -ing asks as the plain verb does
        (
            "We should be keeping a vet register: practice name, phone and postcode",
            "Vet(practice_name:str,phone:str,postcode:str)",
        ),
        (
            "we must really be logging ferry crossings - route, departed at, passengers (int)",
            "FerryCrossing(route:str,departed_at:datetime,passengers:int)",
        ),
        (
            "We really need to be tracking hives with site, queen age and frames",
            "Hive(site:str,queen_age:int,frames:int)",
        ),
    ],
)
def test_lead_ins_accepted(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


def test_lead_in_before_a_change() -> None:
    result = accepted("Another thing we need is a phone number on Member", Intent.ADD_FIELDS)
    assert result == ["Member(phone_number:str)"]


def test_lead_in_without_a_want_is_no_ask() -> None:
    """ "Another thing:" with no verb of wanting says nothing is wanted: still asked."""
    assert read("Another thing: the choir robes are old").status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a link said bare, each end counted, alone on its line
        ("Many ferry crossings to a single ferry", "FerryCrossing() many_to_one>Ferry"),
        ("One choir to many singers", "Singer() many_to_one>Choir"),
        ("each plot to one allotment holder.", "Plot() many_to_one>AllotmentHolder"),
        ("many keepers to many enclosures", "Keeper() many_to_many>Enclosure"),
    ],
)
def test_bare_counted_link(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text, Intent.ADD_RELATIONSHIP)) == expected


@pytest.mark.parametrize(
    "request_text",
    ["Many thanks to one and all", "One to one sessions with clients"],
)
def test_counted_words_that_are_no_link(request_text: str) -> None:
    assert read(request_text).intent is not Intent.ADD_RELATIONSHIP


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a thing kept with no list, then a reason listing what is seen of it
        (
            "As a head brewer I want to log each batch so we can see the brew date, the style"
            " and the hop variety.",
            "Batch(brew_date:date,style:str,hop_variety:str)",
        ),
        (
            "As a zookeeper I want to track feeds, so that I can check the animal, the food and"
            " the amount given",
            "Feed(animal:str,food:str,amount_given:decimal)",
        ),
    ],
)
def test_story_reason_lists_the_fields(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


def test_story_reason_that_asks_lists_nothing() -> None:
    result = read("As a vet I want to record every visit so that I can see which pets came back")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a question asking for a thing, then its list as the next sentence
        (
            "could you set up ferry tickets? passenger name, sailing date and fare please",
            "FerryTicket(passenger_name:str,sailing_date:date,fare:decimal)",
        ),
        (
            "Our choir keeps forgetting who owns which robe. Can you add robe loans? singer"
            " name, robe size, loaned on (date).",
            "RobeLoan(singer_name:str,robe_size:str,loaned_on:date)",
        ),
    ],
)
def test_question_then_list(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the asker's own thing, named as a name, then what it is to hold
        ("I want our Kiln to store a max temperature", "Kiln(max_temperature:float)"),
        (
            "As a beekeeper I want my Hive to have a queen colour so I can spot her",
            "Hive(queen_colour:str)",
        ),
    ],
)
def test_my_named_thing_to_hold(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text, Intent.ADD_FIELDS)) == expected


def test_my_thing_not_named_stays_asked() -> None:
    assert read("I want my dog to have a name").status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a stop noun's plural before what was done or "since" names a count, no sentence
        ("Give Bell a times rung field (integer)", "Bell(times_rung:int)"),
        ("Add a days missed count to Pupil", "Pupil(days_missed:int)"),
        (
            "Add years since refit (integer) and hull colour to Ferry",
            "Ferry(years_since_refit:int,hull_colour:str)",
        ),
    ],
)
def test_counted_times_are_names(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text, Intent.ADD_FIELDS)) == expected


def test_counted_time_before_a_clause_stays_odd() -> None:
    from baes_tui.recognition.confidence import _odd_start

    assert _odd_start("times_you_went") and _odd_start("days_the_shop")


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # after a span counted, "since" is part of the field's name, no reason
        ("Add weeks since lambing to Ewe", "Ewe(weeks_since_lambing:int)"),
        ("Add days since last service (int) to Boiler", "Boiler(days_since_last_service:int)"),
    ],
)
def test_since_after_a_span_is_a_name(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text, Intent.ADD_FIELDS)) == expected


def test_since_after_the_owner_is_a_reason() -> None:
    result = accepted("Add a phone to Member since we call them a lot", Intent.ADD_FIELDS)
    assert result == ["Member(phone:str)"]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a page a plural is listed on, the form a request is made on, a stock sheet
        (
            "Create a choir members page with name, voice part and email",
            "ChoirMember(name:str,voice_part:str,email:email)",
        ),
        (
            "Set up a room booking form with guest name and arrival date",
            "RoomBooking(guest_name:str,arrival_date:date)",
        ),
        (
            "Create a glove stock sheet with size, quantity and reorder level (int)",
            "Glove(size:str,quantity:int,reorder_level:int)",
        ),
    ],
)
def test_frames_a_thing_is_listed_on(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # pages and forms kept as things keep their names
        (
            "Keep bundle pages with page label and description",
            "BundlePage(page_label:str,description:str)",
        ),
        (
            "Store consent forms with client name and signed date",
            "ConsentForm(client_name:str,signed_date:date)",
        ),
    ],
)
def test_pages_and_forms_kept_as_things(request_text: str, expected: str) -> None:
    assert " ".join(reading(request_text)[1]) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # how simple the ask is, said among the items, is no field
        (
            "Create hives with site, nothing fancy, queen age and frames",
            "Hive(site:str,queen_age:int,frames:int)",
        ),
        (
            "Track ferries - nothing special, just name, capacity (int) and home port",
            "Ferry(name:str,capacity:int,home_port:str)",
        ),
    ],
)
def test_nothing_fancy_is_no_field(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # words joined by a hyphen are one word: no pronoun inside a name, no run-on
        ("Add a thank-you card sent flag to Wedding", "Wedding(thank_you_card_sent:bool)"),
        ("Give Order a follow-up call date", "Order(follow_up_call_date:date)"),
        (
            "Oh and owners keep asking about refills - can the Kiln get a re-fire due date?",
            "Kiln(re_fire_due_date:date)",
        ),
    ],
)
def test_hyphened_words_in_a_name(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text, Intent.ADD_FIELDS)) == expected


def test_pronoun_in_a_name_unjoined_stays_doubted() -> None:
    """ "thank you" written apart may be talk run into a name: still asked."""
    result = read("Donation needs a campaign code and a thank you sent flag")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a link said with its verb keeps the owner's name whole
        ("Each ferry belongs to one operator", "Ferry() many_to_one>Operator"),
        ("each enclosure is assigned to one keeper", "Enclosure() many_to_one>Keeper"),
    ],
)
def test_link_with_its_verb_keeps_the_owner(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text, Intent.ADD_RELATIONSHIP)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a question, then a sentence that heads its own list, keeps its reading
        (
            "Could we keep bell practices? Each practice: practice date, ringers (count) and"
            " method rung.",
            "BellPractice(practice_date:date,ringers:int,method_rung:str)",
        ),
    ],
)
def test_question_then_headed_list(request_text: str, expected: str) -> None:
    assert " ".join(reading(request_text)[1]) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a practice word before "flag" names the yes/no field, no practice
        (
            "Log hive inspections with inspection date and a tested flag",
            "HiveInspection(inspection_date:date,tested:bool)",
        ),
        (
            "As a warden I want to record no-shows with the camper name and a deposit kept flag",
            "NoShow(camper_name:str,deposit_kept:bool)",
        ),
    ],
)
def test_practice_word_before_flag(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


def test_practice_without_flag_stays_a_practice() -> None:
    assert read("Records must be kept for seven years").status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a thing written as a name that "gets" fields is given them, no guess
        ("The Ferry gets a home port", "Ferry(home_port:str)"),
        ("TideReading gets a surge height and a swell period", None),
    ],
)
def test_named_thing_gets_fields(request_text: str, expected: str | None) -> None:
    result = read(request_text)
    assert (result.status, result.intent) == ("recognized", Intent.ADD_FIELDS), result.confidence
    if expected:
        assert " ".join(reading(request_text)[1]) == expected


def test_state_word_in_a_thing_made_is_its_name() -> None:
    """ "open evenings" made with fields of their own, then linked to: a kind, no state."""
    result = accepted(
        "I'd like open evenings with evening date and theme, plus stewards with steward name"
        " and phone; each steward is for one open evening"
    )
    assert result == [
        "OpenEvening(evening_date:date,theme:str)",
        "Steward(steward_name:str,phone:str) many_to_one>OpenEvening",
    ]


def test_state_before_a_link_target_stays_asked() -> None:
    assert read("Members can have one open loan").status == "needs_clarification"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # a hyphened modifier is one word of the name: no long name in doubt
        (
            "New re-fire request with kiln, reason, days since firing (int) and a waived flag",
            "ReFireRequest(kiln:str,reason:str,days_since_firing:int,waived:bool)",
        ),
        (
            "New drop-in session with leader, room and a tea provided flag",
            "DropInSession(leader:str,room:str,tea_provided:bool)",
        ),
    ],
)
def test_hyphened_modifier_is_one_word(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # said with no verb: the frame the things are kept on adds no word to the name
        (
            "A bread flour stock sheet with supplier, sacks (int) and reorder level (int), please",
            "BreadFlour(supplier:str,sacks:int,reorder_level:int)",
        ),
        (
            "An animal feed stock list with feed type, bags (int) and reorder level (int)",
            "AnimalFeed(feed_type:str,bags:int,reorder_level:int)",
        ),
    ],
)
def test_verbless_stock_sheet(request_text: str, expected: str) -> None:
    assert " ".join(accepted(request_text)) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        # the favourites kept, first in a bare plural phrase, are a kind of their own
        (
            "Keep favourite walks with route, distance and rating",
            "FavouriteWalk(route:str,distance:float,rating:float)",
        ),
        (
            "As a member I want to save favourite climbs with a route name and a grade",
            "FavouriteClimb(route_name:str,grade:str)",
        ),
        # after a determiner or a possessive, the liking is whose, no part of the name
        (
            "I want an app for my favourite recipes with name and cuisine",
            "Recipe(name:str,cuisine:str)",
        ),
        ("Track the favourite songs with title and artist", "Song(title:str,artist:str)"),
    ],
)
def test_favourites_kept(request_text: str, expected: str) -> None:
    assert " ".join(reading(request_text)[1]) == expected


def test_link_with_a_verb_of_its_own_keeps_the_owner() -> None:
    """ "each X reports to one Y": the end after "each" holds a verb, no bare link."""
    result = accepted("Each ringer reports to one tower captain", Intent.ADD_RELATIONSHIP)
    assert result == ["Ringer() many_to_one>TowerCaptain"]


def test_question_then_list_that_says_it_is_enough() -> None:
    """A list sentence with a clause of its own ("… would do it") keeps its last item."""
    result = accepted(
        "Could we log the cakes people bake? Cake name, flavour, price and allergens would do it."
    )
    assert result == ["Cake(cake_name:str,flavour:str,price:decimal,allergens:str)"]
