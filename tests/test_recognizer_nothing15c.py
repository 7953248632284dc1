"""Creates that were read as nothing at all (branch nothing15c).

Every request here is written for this file (none is copied from the corpus). Each family
comes with a counterpart of the same shape that must keep its own reading, and the vague or
building requests that look like them stay asked.
"""

from __future__ import annotations

from tests.support.recognition import accepted, read, read_right, reading


def _nothing_read(request: str) -> None:
    result = read(request)
    assert result.status == "needs_clarification", (result.confidence, reading(request))
    assert "intent" in result.missing, (result.missing, reading(request))
    assert not result.entities, reading(request)


# --- a practice noun kept as records (a keeping verb, or "a register/log/record of") ---
def test_practice_events_kept_in_a_keeping_frame_are_the_thing() -> None:
    assert accepted("Keep a log of deploys: the release tag, the environment, deployed at") == [
        "Deploy(release_tag:str,environment:str,deployed_at:datetime)"
    ]
    assert accepted(
        "Set up a register of smoke tests with the site code, test date and passed (yes/no)"
    ) == ["SmokeTest(site_code:str,test_date:date,passed:bool)"]


def test_practice_events_after_a_keeping_verb_are_the_thing() -> None:
    assert read_right(
        "Track test runs with the branch name, tests passed, tests failed and a duration (number)"
    ) == ["TestRun(branch_name:str,tests_passed:int,tests_failed:int,duration:float)"]


def test_building_requests_with_practice_words_stay_asked() -> None:
    for request in (
        "set up the test database",
        "build the deploy pipeline",
        "log everything",
        "Write unit tests with pytest, fixtures and coverage",
        "Log deploy scripts with name, path and owner",
        "Track test coverage with codecov and coveralls",
        "Keep a log of test runs",
        "All tests passed.",
        "Deploy only after tests passed, then notify the team",
    ):
        _nothing_read(request)


# --- whether a practice was done to the thing is a yes/no field of it ---
def test_whether_it_was_tested_is_a_yes_no_field() -> None:
    assert accepted("Track kilns with a name, a firing count and whether it is safety tested") == [
        "Kiln(name:str,firing_count:int,is_safety_tested:bool)"
    ]


def test_a_line_saying_it_must_be_tested_stays_how_to_build() -> None:
    _nothing_read("Make sure it is tested before release")
    _nothing_read("Check whether it is tested before the release")


# --- a participle phrase after "each X" says which ones, no part of the name ---
def test_a_participle_phrase_after_each_thing_is_no_part_of_it() -> None:
    assert read_right(
        "Every crate leaving the warehouse comes with a crate code, a gross weight and a"
        " dispatch date."
    ) == ["Crate(crate_code:str,gross_weight:float,dispatch_date:date)"]
    assert read_right(
        "Each van arriving at the yard has a plate, a driver name and an arrival time."
    ) == ["Van(plate:str,driver_name:str,arrival_time:datetime)"]


def test_a_gerund_that_names_the_thing_stays_in_its_name() -> None:
    assert read_right(
        "Each hotel booking at the lodge has a guest name, a room number and a check-in date."
    ) == ["HotelBooking(guest_name:str,room_number:str,check_in_date:date)"]
    assert read_right(
        "Each office building on the estate has a name, an address and a floor count."
    ) == ["OfficeBuilding(name:str,address:str,floor_count:int)"]


# --- "a X is described by F, G" lists what each one has ---
def test_what_one_is_described_by_is_its_fields() -> None:
    assert read_right(
        "A supplier is described by its trading name, a contact email and a credit limit."
    ) == ["Supplier(trading_name:str,contact_email:email,credit_limit:decimal)"]
    assert accepted(
        "Keep kennels for the shelter; a kennel is described by its run number, size and heated"
        " (yes/no)."
    ) == ["Kennel(run_number:str,size:str,heated:bool)"]


def test_described_by_someone_is_no_field_list() -> None:
    _nothing_read("A supplier is described by the procurement team as reliable.")


# --- a list item that is a yes/no question asked verb first ---
def test_a_question_asked_verb_first_is_a_yes_no_field() -> None:
    assert accepted("Volunteers: name, phone, is it a student?, shirt size") == [
        "Volunteer(name:str,phone:str,is_student:bool,shirt_size:str)"
    ]
    assert accepted("Track rescue dogs with name, breed and are they neutered") == [
        "RescueDog(name:str,breed:str,is_neutered:bool)"
    ]


def test_a_question_naming_nothing_stays_no_field() -> None:
    # "is it one" names nothing: the list keeps its other items and asks
    result = read("Volunteers: name, phone, is it one")
    assert "is_one" not in [a.name for e in result.entities for a in e.attributes]


def test_a_courtesy_question_after_the_list_is_no_field() -> None:
    assert read_right(
        "Hello. We keep the loan requests. Every loan request have member number (string),"
        " loan amount and purpose. Is it possible please?"
    ) == ["LoanRequest(member_number:str,loan_amount:decimal,purpose:str)"]


# --- an item described by a question, then named after a dash ---
def test_a_question_item_named_after_a_dash_is_that_name() -> None:
    assert accepted(
        "For every refill: the pump code, litres (number) and who paid - the payer"
    ) == ["Refill(pump_code:str,litres:float,payer:str)"]
    assert accepted(
        "Track crates with a code, the colour and who packed it - the packer name."
    ) == ["Crate(code:str,colour:str,packer_name:str)"]


def test_a_dash_before_a_sentence_names_no_field() -> None:
    # "- the treasurer checks it" is a remark, no name for the item
    assert "treasurer" not in str(
        reading(
            "For every refill: the pump code, litres (number) and who paid - the treasurer"
            " checks it"
        )
    )


# --- "bug" heading a list of a record's fields is the thing kept ---
def test_bugs_heading_a_field_list_are_the_thing() -> None:
    assert accepted("Bug: summary, priority, reported on (date), closed (yes/no)") == [
        "Bug(summary:str,priority:str,reported_on:date,closed:bool)"
    ]
    assert accepted(
        "I want to log bugs from the beta. each bug: a title, the device, a severity and"
        " whether it is reproducible."
    ) == ["Bug(title:str,device:str,severity:str,is_reproducible:bool)"]


def test_bugs_listed_by_where_they_are_stay_asked() -> None:
    _nothing_read("Bugs: export, totals, login")
    _nothing_read("Fix these bugs: export, totals and login")
    _nothing_read("Bug: the export button is broken, the totals are wrong")


# --- the ask clefted: "what I want: …", "what I want to keep is …", "what would help is …" ---
def test_a_clefted_ask_is_the_ask() -> None:
    assert accepted("What I want: apprentices with full name, college and start date.") == [
        "Apprentice(full_name:str,college:str,start_date:date)"
    ]
    assert accepted(
        "What I really want to keep is the bales: bale tag, field name and weight in kg."
    ) == ["Bale(bale_tag:str,field_name:str,weight:float)"]
    assert accepted(
        "What would help is a court bookings list - each court booking has the court name, the"
        " player name and the booking date."
    ) == ["CourtBooking(court_name:str,player_name:str,booking_date:date)"]


def test_a_clefted_wish_naming_no_fields_stays_asked() -> None:
    assert not accepted_or_none("What would help is a bit more patience")
    assert not accepted_or_none("What I want: better reports")


def accepted_or_none(request: str) -> bool:
    return read(request).status == "recognized"


# --- the writer's business said first, then "and I'd like / she wants …" ---
def test_the_business_said_first_then_and_the_ask() -> None:
    assert accepted(
        "We run a small seed library at the church hall and I'd like something to log the seed"
        " packets: variety name, packet weight and a germinated yes/no."
    ) == ["SeedPacket(variety_name:str,packet_weight:float,germinated:bool)"]
    assert accepted(
        "My brother runs the garage and he wants an app for tyre fittings: for each fitting"
        " the plate number, the tyre size and the fitting date."
    ) == ["TyreFitting(plate_number:str,tyre_size:str,fitting_date:date)"]


def test_a_business_then_something_it_has_stays_no_list() -> None:
    assert not accepted_or_none("I have a dog and she needs a walk")
    assert not accepted_or_none("We run a bakery and we need cakes and breads")


# --- who needs a list frame, with a place said, is not what it keeps ---
def test_who_needs_a_list_frame_is_not_the_thing() -> None:
    assert accepted(
        "Our little joinery shop in Cork needs an order tracker: customer name, wood type and"
        " quote amount."
    ) == ["Order(customer_name:str,wood_type:str,quote_amount:decimal)"]
    assert accepted("The surgery in Leeds needs a patient list: name, address, phone.") == [
        "Patient(name:str,address:str,phone:str)"
    ]


def test_a_frame_needed_with_no_list_stays_asked() -> None:
    assert not accepted_or_none("Our firm in Cork needs a job tracker")
    assert not accepted_or_none("The club needs a member list: we keep losing it, sadly, honestly")


# --- "turn our sheet into an app where each X has …" ---
def test_a_sheet_turned_into_an_app_keeps_what_each_one_has() -> None:
    assert read_right(
        "Turn our marshal rota sheet into an app where each marshal has a name, a radio channel"
        " and a post."
    ) == ["Marshal(name:str,radio_channel:str,post:str)"]


# --- "for each we'd want …" after the things are named ---
def test_for_each_alone_points_at_the_things_just_named() -> None:
    assert accepted(
        "Could you build something for the gift boxes? For each we'd want the buyer name, the"
        " contents and the price."
    ) == ["GiftBox(buyer_name:str,contents:str,price:decimal)"]


def test_for_each_alone_with_nothing_named_asks_for_the_entity() -> None:
    result = read("For each we'd want the buyer name, the contents and the price.")
    assert result.status == "needs_clarification" and "entity" in result.missing


# --- a dash before "each X belongs to one Y" after a headed list ---
def test_a_link_after_a_dash_ends_the_headed_list() -> None:
    assert accepted("Crews: name, radio call sign — each crew belongs to one depot") == [
        "Crew(name:str,radio_call_sign:str) many_to_one>Depot"
    ]


def test_a_dash_before_a_field_said_of_each_keeps_the_list_asked() -> None:
    assert not accepted_or_none("Crews: name, radio call sign — each has a lead")


# --- "an app for school trips: for each trip …": the head said again is the same thing ---
def test_the_head_said_again_after_the_things_keeps_their_name() -> None:
    assert accepted(
        "She wants an app for school trips: for each trip the destination, the date and the cost."
    ) == ["SchoolTrip(destination:str,date_value:date,cost:decimal)"]


def test_another_head_after_the_things_is_its_own() -> None:
    # "for each driver": not the head of "home deliveries", so no modifier is carried over
    assert "HomeDriver" not in str(
        reading("She wants an app for home deliveries: for each driver the name and the phone.")
    )


def test_a_bullet_link_under_headed_lists_stays_its_own_line() -> None:
    request = (
        "Pottery club\n\nRequirements:\n- Kiln: name, max temperature\n- Firing: fired on, cone"
        "\n- Each firing has exactly one kiln."
    )
    assert accepted(request) == [
        "Kiln(name:str,max_temperature:float)",
        "Firing(fired_on:date,cone:str) many_to_one>Kiln",
    ]


# --- a group of fields first, a note in brackets inside it, then whose they are ---
def test_a_group_first_may_hold_a_bracketed_note() -> None:
    assert accepted(
        "{ pupil name, instrument, starts at (datetime), paid yes/no } for lessons"
    ) == ["Lesson(pupil_name:str,instrument:str,starts_at:datetime,paid:bool)"]


# --- the wish said in the past ---
def test_a_wish_said_in_the_past_is_the_ask() -> None:
    assert accepted(
        "I wanted to build a little app for my climbs: route name, grade, and date."
    ) == ["Climb(route_name:str,grade:str,date_value:date)"]


def test_a_past_need_to_change_nothing_new_stays_asked() -> None:
    assert not accepted_or_none("I wanted to build something nice")


# --- thanks for something, said without a stop after the list, closes it ---
def test_thanks_for_something_after_the_list_is_courtesy() -> None:
    assert accepted("quiz nights - host name, venue, team count thanks for the help") == [
        "QuizNight(host_name:str,venue:str,team_count:int)"
    ]


# --- how soon, before the list's colon, names nothing ---
def test_how_soon_before_the_colon_is_no_part_of_the_heading() -> None:
    assert accepted("bookings pls: guest name, arrival date, nights") == [
        "Booking(guest_name:str,arrival_date:date,nights:int)"
    ]
    assert accepted("fittings for the bike shop asap: customer, frame size, fitting date") == [
        "Fitting(customer:str,frame_size:str,fitting_date:date)"
    ]


# --- a list said to be enough is the list; what people do to the things ends their name ---
def test_a_list_that_would_do_is_the_fields() -> None:
    assert accepted(
        "Could we log the books people borrow? Title, author and due date would do it."
    ) == ["Book(title:str,author:str,due_date:date)"]


def test_a_list_that_would_do_with_no_thing_asks_for_the_entity() -> None:
    result = read("Name, email and phone would do.")
    assert result.status == "needs_clarification" and "entity" in result.missing


# --- the noun phrase said again with its article takes the first one back ---
def test_a_phrase_said_again_after_sorry_replaces_the_first() -> None:
    assert accepted("Track the dogs, sorry, the cats with name and age") == [
        "Cat(name:str,age:int)"
    ]
    assert accepted(
        "The village hall committee needs a log of bookings: hirer name, event date, fee."
    ) == ["Booking(hirer_name:str,event_date:date,fee:decimal)"]


# --- "per X we want …" is "for each X" ---
def test_per_one_is_for_each() -> None:
    assert accepted("Per visit we want the vet name, the weight and the visit date.") == [
        "Visit(vet_name:str,weight:float,visit_date:date)"
    ]


def test_per_as_a_rate_stays_a_field_word() -> None:
    assert accepted("Rooms: name, price per night, beds") == [
        "Room(name:str,price_per_night:decimal,beds:int)"
    ]


# --- "make X a thing: F, G" keeps X ---
def test_things_made_a_thing_are_kept() -> None:
    assert accepted("Can we make kit bags a thing: bag name, colour, size") == [
        "KitBag(bag_name:str,colour:str,size:str)"
    ]


# --- "a register of Xs recording, for each X, F, G" ---
def test_the_things_said_again_for_each_one_are_the_same_things() -> None:
    assert read_right(
        "Maintain a register of permits recording, for each permit, its number, holder name"
        " and expiry date."
    ) == ["Permit(number:str,holder_name:str,expiry_date:date)"]


# --- "establish a X entity with …" creates it; "establish a relationship" still links ---
def test_establishing_an_entity_creates_it() -> None:
    assert accepted("Establish a Harbour Fee entity with vessel name and fee amount.") == [
        "HarbourFee(vessel_name:str,fee_amount:decimal)"
    ]
    assert reading("Establish a relationship from the Shelf entity to Warehouse")[1] == [
        "Shelf() many_to_one>Warehouse"
    ]


# --- a duty and a levy are taxes: money ---
def test_a_duty_or_a_levy_is_money_and_a_duty_officer_is_not() -> None:
    assert accepted("Imports: item, import duty, green levy, duty officer") == [
        "ImportItem(item:str,import_duty:decimal,green_levy:decimal,duty_officer:str)"
    ]
