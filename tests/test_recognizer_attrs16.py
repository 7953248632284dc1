"""Fields written in ways that were read as no fields at all (branch attrs16): a paper form
pasted line by line (blanks after the labels, or a colon after each label with nothing after
it), a heading that ends in a dash over its lines.

Every request here is written for this file (none is copied from the corpus). Each family
comes with a counterpart of the same shape that must keep its own reading.
"""

from __future__ import annotations

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, read, read_right, reading


# --- a paper form pasted as lines: "Label ______" or "label:" with nothing after it ---
def test_form_labels_with_blanks_after_them_are_the_fields_of_the_heading() -> None:
    assert accepted(
        "Kiln firings (copied off the clipboard)\nFiring date ______\nCone ______\n"
        "Kiln number ______\nFired by ______"
    ) == ["KilnFiring(firing_date:date,cone:str,kiln_number:str,fired_by:str)"]
    assert accepted(
        "Choir members\nSurname ..........\nVoice part ..........\nJoined on .........."
    ) == ["ChoirMember(surname:str,voice_part:str,joined_on:date)"]


def test_form_labels_ending_in_a_colon_with_nothing_after_are_names_not_headings() -> None:
    assert accepted("Allotment plots\nplot number:\ntenant name:\nannual rent:\nwater tap:") == [
        "AllotmentPlot(plot_number:str,tenant_name:str,annual_rent:decimal,water_tap:str)"
    ]
    # read right; asked since the role model (roles.py) doubts a form's label lines
    assert read_right(
        "Boiler check form\nBoiler model:\nFlue reading (ppm):\nServiced on:\nEngineer:"
    ) == ["BoilerCheck(boiler_model:str,flue_reading:float,serviced_on:date,engineer:str)"]


def test_labels_with_their_types_after_the_colon_keep_the_types() -> None:
    # the counterpart: "name: type" lines are field lines as before
    assert accepted("Allotment plots\nplot number: text\nannual rent: decimal\nsize: float") == [
        "AllotmentPlot(plot_number:str,annual_rent:decimal,size:float)"
    ]


def test_forms_in_the_plural_are_the_things_kept() -> None:
    # "form" ends a heading's name only as the paper a record is written on; "consent
    # forms" are the things kept
    assert accepted("Consent forms\npatient name\nsigned on\nwitness") == [
        "ConsentForm(patient_name:str,signed_on:date,witness:str)"
    ]


# --- a heading ending in a dash over its lines heads them as a colon does ---
def test_a_heading_ending_in_a_dash_heads_the_lines_under_it() -> None:
    assert accepted("Hive inspection —\nhive number\ninspected on\nqueen seen\nweight (kg)") == [
        "HiveInspection(hive_number:str,inspected_on:date,queen_seen:str,weight:float)"
    ]
    assert accepted("Van check -\nregistration\nmileage\ntyres ok (yes/no)\nchecked by") == [
        "VanCheck(registration:str,mileage:int,tyres_ok:bool,checked_by:str)"
    ]


def test_a_heading_ending_in_a_dash_over_a_sentence_is_not_a_list() -> None:
    intent, _ = reading("Hive inspections -\nplease make the hive number optional on Inspection")
    assert intent.value != "create_entity"


# --- "Things for the place" over bullets: whose or where the things are names nothing ---
def test_a_heading_saying_whose_things_they_are_heads_its_bullets() -> None:
    assert accepted("Hire bikes for the campsite\n- frame number\n- size\n- last serviced on") == [
        "HireBike(frame_number:str,size:str,last_serviced_on:date)"
    ]
    assert accepted("Loans at the tool library\n- borrower name\n- tool\n- due back on") == [
        "Loan(borrower_name:str,tool:str,due_back_on:date)"
    ]


def test_a_heading_over_bullets_is_never_read_as_a_link_to_the_place() -> None:
    # was read as Boat many-to-one Marina, and accepted
    assert accepted("Boat repairs for the marina\n- boat name\n- repair date\n- cost") == [
        "BoatRepair(boat_name:str,repair_date:date,cost:decimal)"
    ]


def test_a_place_said_in_a_sentence_with_its_list_is_read_as_before() -> None:
    # the counterpart: one line, the list after a colon: the place is context as it was
    assert accepted("Hire bikes for the campsite: frame number, size, last serviced on") == [
        "HireBike(frame_number:str,size:str,last_serviced_on:date)"
    ]


# --- "name - what it is" lines under a heading: the name, glossed in words ---
def test_lines_of_names_glossed_after_a_dash_are_the_headings_fields() -> None:
    assert accepted(
        "Allotment tenants:\nplot - which plot they rent\nstart date - when they took it on\n"
        "water butt - yes/no\ndeposit - what they paid up front"
    ) == ["AllotmentTenant(plot:str,start_date:date,water_butt:bool,deposit:decimal)"]
    assert accepted(
        "Choir concerts, with the following:\nvenue - the church or hall\n"
        "concert date - when it is sung\nconductor - who leads it"
    ) == ["ChoirConcert(venue:str,concert_date:date,conductor:str)"]


def test_the_glosses_are_kept_as_said() -> None:
    result = read("Choir concerts:\nvenue - the church or hall\nconcert date - when it is sung")
    assert "venue - the church or hall" in result.business_rules


def test_lines_of_sentences_with_dashes_are_not_field_lines() -> None:
    # the counterpart: lines that say something after a dash are not names with glosses
    assert asked(
        "Choir concerts:\nthe vicar - she wants the hall booked early\n"
        "parking - we never have enough of it on a Sunday, sadly"
    ) != ["ChoirConcert(the_vicar:str,parking:str)"]


# --- a question about each record, named in brackets: the field named there ---
def test_a_question_item_named_in_brackets_is_that_field() -> None:
    assert accepted(
        "For every stay I need to know who owns the dog (owner name), when it arrived"
        " (arrived at), and whether it needs medication."
    ) == ["Stay(owner_name:str,arrived_at:datetime,needs_medication:bool)"]
    assert accepted(
        "For each parcel we need to know who sent it (sender name), when it was collected"
        " (collected at) and how many boxes there were."
    ) == ["Parcel(sender_name:str,collected_at:datetime,boxes:int)"]


def test_a_name_then_when_it_is_in_brackets_is_the_name() -> None:
    assert accepted("Ringers: name, tower, start date (when they first rang)") == [
        "Ringer(name:str,tower:str,start_date:date)"
    ]


def test_a_question_item_with_no_name_in_brackets_is_stillasked() -> None:
    # the counterpart: "(if known)" names nothing; the question stays a rule, asked about
    asked("Track visits with visitor name, and when they left (if known)")


def test_a_condition_in_brackets_is_still_a_rule() -> None:
    result = read("Track orders with customer name, and fee (if paid by card)")
    assert "fee" not in [a.name for e in result.entities for a in e.attributes]


# --- "keep track of the X like their F their G …": a list dictated with possessives ---
def test_things_dictated_with_their_before_each_value_are_the_list() -> None:
    assert accepted(
        "i need to keep track of my plants like their name their pot size and their last"
        " watered date"
    ) == ["Plant(name:str,pot_size:str,last_watered_date:date)"]
    assert accepted(
        "we want to track the kids like their name and their age and their allergies"
    ) == ["Kid(name:str,age:int,allergies:str)"]
    assert accepted("pls log the ferrets: their name their colour their weight") == [
        "Ferret(name:str,colour:str,weight:float)"
    ]


def test_like_their_in_a_sentence_about_people_is_no_list() -> None:
    # the counterpart: "like" after the things, then what someone wants, names no fields
    asked("we keep the dogs like their owners want")


# --- "Each row has …", "the card has: …": one record of the thing kept, as "each one has" ---
def test_the_row_or_card_a_thing_is_written_on_holds_its_fields() -> None:
    assert accepted(
        "Could you make me something to track mileage claims? Each row has the driver, the"
        " trip date and the distance."
    ) == ["MileageClaim(driver:str,trip_date:date,distance:float)"]
    assert accepted(
        "We log bird ringing on paper at the moment. Every sheet has the ring number, the"
        " species, the wing length and the date. Can the app keep the ringings?"
    ) == ["Ringing(ring_number:str,species:str,wing_length:float,date_value:date)"]
    assert accepted(
        "Our workshop keeps an index card for every chisel, and the card has: size, maker and"
        " last sharpened on. Could you keep chisels like that?"
    ) == ["Chisel(size:str,maker:str,last_sharpened_on:date)"]


def test_a_row_said_to_belong_to_something_is_not_a_record_holding_fields() -> None:
    # the counterpart: "each row belongs to one sheet" says no fields and is asked as before
    asked("Each row belongs to one sheet.")


# --- "a rating from 1 to 5": the values a field takes, said after its name ---
def test_a_field_with_its_range_said_after_it_is_a_field() -> None:
    assert accepted("Track climbing routes with a name, a grade from 1 to 9 and the setter.") == [
        "ClimbingRoute(name:str,grade:str,setter:str)"
    ]
    assert accepted(
        "Could we have a thing for board games? Title, a difficulty from 1 to 10 (integer) and"
        " the number of players."
    ) == ["BoardGame(title:str,difficulty:int,players:int)"]
    # was accepted as Wine(name), the other two lost
    assert read_right("Each wine has a name, a sweetness from one to five and a vintage year.") == [
        "Wine(name:str,sweetness:str,vintage_year:int)"
    ]


def test_a_rule_saying_a_value_must_lie_in_a_range_stays_a_rule() -> None:
    # the counterpart: "must go from 1 to 5" is a sentence, not a name with its range
    result = read("Track parcels with a sender, and the price must go from 1 to 5")
    assert "price" not in [a.name for e in result.entities for a in e.attributes]


# --- "I forgot two things: F and G. Could you add both to X?" ---
def test_things_said_forgotten_then_added_by_pointing_back_are_added() -> None:
    assert accepted(
        "I forgot two things for the kayaks: the paddle size and a spare flag. Could you add"
        " both to Kayak?",
        Intent.ADD_FIELDS,
    ) == ["Kayak(paddle_size:str,spare:bool)"]
    assert accepted(
        "Oops, I missed a couple of bits: the hull colour and the engine size. Can you put"
        " those on Boat?",
        Intent.ADD_FIELDS,
    ) == ["Boat(hull_colour:str,engine_size:str)"]
    assert accepted(
        "Two more things: a locker number and a towel flag. Could you add them to Member?",
        Intent.ADD_FIELDS,
    ) == ["Member(locker_number:str,towel:bool)"]


def test_things_said_to_exist_then_removed_are_not_added() -> None:
    # the counterpart: pointing back to remove is no add of what was listed
    intent, _ = reading(
        "We have two things on the boats: a hull colour and an engine size. Can you remove"
        " both from Boat?"
    )
    assert intent != Intent.ADD_FIELDS


# --- fields said of "the orders", then "add this to the cake orders": one thing ---
def test_an_add_pointing_back_at_the_same_thing_said_in_full_adds_to_it() -> None:
    assert accepted(
        "For the bookings we also want a table number and a high chair flag. Could you add"
        " those to the dinner bookings?",
        Intent.ADD_FIELDS,
    ) == ["DinnerBooking(table_number:str,high_chair:bool)"]
    assert accepted(
        "On the lessons I need also the instrument and the room. Please add this to the piano"
        " lessons.",
        Intent.ADD_FIELDS,
    ) == ["PianoLesson(instrument:str,room:str)"]


def test_an_add_pointing_back_at_another_thing_is_stillasked() -> None:
    # the counterpart: "dinner guests" is not "the bookings" said in full
    asked("For the bookings we also want a table number. Could you add those to the dinner guests?")


# --- ",,," typed as a pause ends the list, as a full stop does ---
def test_a_run_of_commas_after_a_list_ends_it() -> None:
    assert accepted(
        "need to log the ferrets!!! ferret name colour weight and neutered flag,,, the vet"
        " keeps asking lol"
    ) == ["Ferret(ferret_name:str,colour:str,weight:float,neutered:bool)"]
    assert accepted(
        "pls track the canoes!! canoe number length and a spray deck flag,,, club is a mess"
    ) == ["Canoe(canoe_number:str,length:float,spray_deck:bool)"]


def test_two_commas_inside_a_list_stay_in_the_list() -> None:
    # the counterpart: ",," between items is a slip inside the list, not its end
    assert accepted("track lockers with number,, size,, colour") == [
        "Locker(number:str,size:str,colour:str)"
    ]


# --- "for every X the surveyor writes down …": what someone named writes for each record ---
def test_what_a_named_person_writes_for_each_record_is_its_list() -> None:
    assert accepted(
        "For each job our fitter notes the van reg, the tyre size and the wheel nut torque."
        " Can the app keep the jobs?"
    ) == ["Job(van_reg:str,tyre_size:str,wheel_nut_torque:str)"]
    assert accepted(
        "For every lesson the teacher writes in her diary the pupil name, the piece played and"
        " the lesson length. We'd like the system to track the lessons."
    ) == ["Lesson(pupil_name:str,piece_played:str,lesson_length:float)"]


def test_what_someone_writes_as_part_of_the_work_is_no_field() -> None:
    # the counterpart: one thing written somewhere, no list, is how the work is done
    asked("For every lesson the teacher writes the date on the board.")


# --- a field brought back: "again", "after all", "add it back" are no part of the field ---
def test_a_field_needed_again_is_the_field() -> None:
    # was accepted as Supplier(fax_again)
    assert accepted("Riders need a pager again.", Intent.ADD_FIELDS) == ["Rider(pager:str)"]
    assert accepted(
        "we need the locker code on members again, please add it back", Intent.ADD_FIELDS
    ) == ["Member(locker_code:str)"]


def test_a_field_needed_then_pointed_back_at_keeps_its_reading() -> None:
    # the counterpart: the same ask without "again" or "back" reads as it did
    intent, shape_read = reading("Riders need a pager. Add it to Rider.")
    assert (intent, shape_read) == (Intent.ADD_FIELDS, ["Rider(pager:str)"])
