"""A thing said again by its last words, and a frame word that is also a made thing.

Every request here is written for this file (none is copied from the corpus), in trades the
probes of other files do not use (boat hire, choir tickets, village halls, garden tools,
alarms, exchange schemes). What a person relies on: "bike repair jobs … each repair job is done
by one mechanic" links the jobs they asked for, not a second, empty RepairJob; "garden tool
loans" are loans of garden tools, not loans of anything (GardenToolLoan, as "library members"
is LibraryMember), while "goat herd app goats with …" still keeps goats.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, asked, reading


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Manage bike repair jobs with customer name, fault and quoted price, and mechanics "
            "with name and hourly rate. Each repair job is done by one mechanic.",
            [
                "BikeRepairJob(customer_name:str,fault:str,quoted_price:decimal) "
                "many_to_one>Mechanic",
                "Mechanic(name:str,hourly_rate:decimal)",
            ],
        ),
        (
            "We need boat hire contracts: hirer name, start date, deposit. Also skippers with "
            "name and licence. A hire contract is signed by one skipper.",
            [
                "BoatHireContract(hirer_name:str,start_date:date,deposit:decimal) "
                "many_to_one>Skipper",
                "Skipper(name:str,licence:str)",
            ],
        ),
        (
            "Manage choir concert tickets with buyer name, seat and price, and concerts with "
            "title and concert date. Each concert ticket belongs to one concert.",
            [
                "ChoirConcertTicket(buyer_name:str,seat:str,price:decimal) many_to_one>Concert",
                "Concert(title:str,concert_date:date)",
            ],
        ),
    ],
)
def test_a_thing_said_again_by_its_last_words_is_that_thing(request_text, expected):
    assert sorted(accepted(request_text)) == sorted(expected)


def test_last_words_two_things_end_with_are_asked_about():
    # "repair job" ends both BikeRepairJob and CarRepairJob: which one is not guessed
    asked(
        "Manage bike repair jobs and car repair jobs: bike repair jobs have customer name and "
        "price, car repair jobs have plate and price; mechanics have a name. Each repair job is "
        "done by one mechanic."
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Set up garden tool loans with borrower and due date.",
            "GardenToolLoan(borrower:str,due_date:date)",
        ),
        (
            "Track kitchen tool loans with borrower and due date",
            "KitchenToolLoan(borrower:str,due_date:date)",
        ),
        (
            "Track alarm system checks with check date, engineer and a passed flag",
            "AlarmSystemCheck(check_date:date,engineer:str,passed:bool)",
        ),
        (
            "Record exchange programme places with student name, school and start date",
            "ExchangeProgrammePlace(student_name:str,school:str,start_date:date)",
        ),
    ],
)
def test_a_frame_word_that_is_a_made_thing_stays_in_the_name(request_text, expected):
    assert accepted(request_text) == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("goat herd app goats with name, age and breed", "Goat(name:str,age:int,breed:str)"),
        (
            "cricket club system!!! members with name and email",
            "Member(name:str,email:email)",
        ),
        (
            "our choir system: members with name and voice part",
            "Member(name:str,voice_part:str)",
        ),
        (
            "a kennel booking system keeping dogs with name and breed",
            "Dog(name:str,breed:str)",
        ),
    ],
)
def test_a_frame_before_the_things_it_keeps_still_frames_them(request_text, expected):
    assert reading(request_text)[1] == [expected]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Track food bank delivery runs with run date, van and driver name, and volunteers "
            "with name and phone.",
            [
                "FoodBankDeliveryRun(run_date:date,van:str,driver_name:str)",
                "Volunteer(name:str,phone:str)",
            ],
        ),
        (
            "Track old school minibus trips with trip date and driver name, and pupils with name "
            "and class.",
            [
                "OldSchoolMinibusTrip(trip_date:date,driver_name:str)",
                "Pupil(name:str,class_value:str)",
            ],
        ),
        (
            "Track village hall room bookings with hirer, booking date and fee; rooms have a "
            "name and capacity. Every room booking is for one room.",
            [
                "VillageHallRoomBooking(hirer:str,booking_date:date,fee:decimal) many_to_one>Room",
                "Room(name:str,capacity:int)",
            ],
        ),
    ],
)
def test_a_four_word_thing_before_its_list_lets_the_next_thing_open(request_text, expected):
    # four words were read only by the fallback reader, which read "volunteers with name" as
    # one more field of the first thing
    assert sorted(accepted(request_text)) == sorted(expected)


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        (
            "Requirements:\n- FoodBankDeliveryRun entity with just:\n  - run date\n  - van",
            Intent.CREATE_ENTITY,
            ["FoodBankDeliveryRun(run_date:date,van:str)"],
        ),
        (
            "Add a driver phone to FoodBankDeliveryRun",
            Intent.ADD_FIELDS,
            ["FoodBankDeliveryRun(driver_phone:str)"],
        ),
        (
            "Rename VillageHallRoomBooking to RoomBooking",
            Intent.RENAME_ENTITY,
            ["RoomBooking<VillageHallRoomBooking()"],
        ),
        (
            "Each SchoolMinibusTripLeg has one Driver",
            Intent.ADD_RELATIONSHIP,
            ["SchoolMinibusTripLeg() many_to_one>Driver"],
        ),
    ],
)
def test_a_name_of_four_words_written_whole_keeps_every_word(request_text, intent, expected):
    # split into words by cleaning, four words were more than a name is read from: the last
    # was lost ("FoodBankDelivery") or nothing was read
    assert accepted(request_text, intent) == expected
