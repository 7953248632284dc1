"""The thing's name in creates and changes, found among titles and frames (branch ent56).

Every request here is written for this file (none is copied from the corpus), in trades no
other file uses: locksmiths, potteries, tattooists, campsites, kennels, tutors, kart tracks,
surf schools, riding stables, opticians, pest control, glass studios, tailors, salons,
funeral homes, scaffolders, dry cleaners, taxidermists, piano tuners, an observatory.

- A title of a business and, after a dash or a colon, a plural ("Ace Locksmiths - Jobs") over
  a line of fields names the subtitle's things (Job), never the business (AceLocksmith).
- "For each X I want:" (or "Columns for X:") over a line of fields said with commas is what
  each X has, as on the heading's own line.
- "for every X - name, phone, …": the dash after the thing each record is for sets off its
  fields, as a colon does (was XName, the first field glued on).
- "for each car service": one service counted is a job done (CarService), not a system.
- A name written whole whose first word marks names ("ClassBooking", "TableBooking") keeps
  that word in changes (was Booking).
- A numbered revision closing a title ("Appointments v2 (March 2027)") is no part of it.
- "keep X on the computor", "… on the computer now", "we want the tattoo designs on the
  computer": where things are kept is no thing.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import read

C = Intent.CREATE_ENTITY


def _names(request: str) -> tuple[Intent, list[str]]:
    result = read(request)
    return result.intent, [e.name for e in result.entities]


def _accepted_names(request: str) -> tuple[Intent, list[str]]:
    result = read(request)
    assert result.status == "recognized", (result.confidence, result.missing, result.notes)
    return result.intent, [e.name for e in result.entities]


# A business's title over a header row: the subtitle's plural names the rows


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Ace Locksmiths - Jobs\ncustomer | address | lock type | charge", "Job"),
        ("Kiln Corner Pottery — Firings\ndate | kiln | top temperature | hours", "Firing"),
        ("Bright Smile Tutors — Lessons\nPupil, Subject, Lesson date, Paid (yes/no)", "Lesson"),
        ("Riverside Kennels - Dogs\nname, breed, owner phone, vaccinated (yes/no)", "Dog"),
        ("Riverside Kennels - Dog Stays\nname, breed, arrival date, nights (integer)", "DogStay"),
        ("Kart hire - sessions\ndriver | kart | laps | session date", "Session"),
        ("Opticians: eye tests\npatient name, test date, left prescription", "EyeTest"),
        ("Pest Busters Ltd — Callouts\naddress | pest | visit date | charge", "Callout"),
        ("Brightglass Studio Glass - Commissions\nclient | piece | deadline | quote", "Commission"),
        ("Harbour Surf School – Lessons\npupil | instructor | lesson date | board size", "Lesson"),
        (
            "Greenway Riding Stables - Hacks\nrider | horse | hack date"
            " | length in minutes (integer)",
            "Hack",
        ),
    ],
)
def test_a_business_title_names_its_subtitles_things(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


def test_a_business_title_with_its_subtitle_read_as_a_field_names_the_rows() -> None:
    assert _names("Hillside Campsite: Pitches\npitch number | size | hook up | nightly rate") == (
        C,
        ["Pitch"],
    )


@pytest.mark.parametrize(
    "request_text",
    [
        # a subtitle naming a part of the document, the document itself or a frame: no thing
        "Ace Locksmiths - Details\ncustomer | address | lock type | charge",
        "Ace Locksmiths - Requirements\ncustomer | address | lock type | charge",
        "Ace Locksmiths - Log\ncustomer | address | lock type | charge",
    ],
)
def test_a_subtitle_that_names_no_thing_is_not_read_as_one(request_text: str) -> None:
    assert "Detail" not in _names(request_text)[1]
    assert "Requirement" not in _names(request_text)[1]
    assert "Log" not in _names(request_text)[1]


def test_a_title_set_apart_over_a_heading_of_its_own_is_asked_as_before() -> None:
    result = read("Glass studio - vases\n\nNeed to record:\n- colour\n- height\n- price")
    assert result.status == "needs_clarification"


def test_a_title_alone_is_not_read_from_its_subtitle() -> None:
    # with no fields under it the title is asked about as before
    result = read("Ace Locksmiths - Jobs")
    assert result.status == "needs_clarification"
    assert [e.name for e in result.entities] != ["Job"]


# "For each X I want:" / "Columns for X:" over a line of fields


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "For each kiln firing I want:\ndate, kiln number, top temperature (number), hours",
            "KilnFiring",
        ),
        ("For each kiln firing:\ndate, kiln number, top temperature (number), hours", "KilnFiring"),
        (
            "For each kiln firing we need:\ndate, kiln number, top temperature (number), hours",
            "KilnFiring",
        ),
        (
            "Right, tenants first. For each tenant I want:\nname, phone, move in date,"
            " rent (money)",
            "Tenant",
        ),
        ("For each callout:\n\naddress, pest, visit date, charge", "Callout"),
        (
            "For every wedding suit hire I need:\ncustomer, chest size, leg length, hire date",
            "WeddingSuitHire",
        ),
        ("Columns for lock repairs:\nRepair date, Customer name, Door type, Charge", "LockRepair"),
    ],
)
def test_a_heading_for_each_thing_over_its_fields(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


# "for every X - fields": the dash sets the fields off


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("for every rider - name, phone, pony and lessons taken", "Rider"),
        ("for every rider: name, phone, pony and lessons taken", "Rider"),
        (
            "Please can we keep the riders on the computer. For every rider - name, phone, pony"
            " and lessons taken",
            "Rider",
        ),
        ("For each pupil -- name, instrument, grade (integer)", "Pupil"),
        ("For each pupil – name, instrument and grade (integer)", "Pupil"),
        ("for every callout - address, pest, visit date, charge", "Callout"),
        ("For each tattoo booking - client name, artist, session date, deposit", "TattooBooking"),
        ("For every telescope — name, aperture in mm (integer), mount, last cleaned", "Telescope"),
    ],
)
def test_a_dash_after_for_each_thing_opens_its_fields(request_text: str, name: str) -> None:
    intent, names = _accepted_names(request_text)
    assert (intent, names) == (C, [name])
    fields = [a.name for a in read(request_text).entities[0].attributes]
    assert not any(f.startswith(name.lower()) for f in fields)


def test_a_dash_inside_a_name_is_not_a_list_opened() -> None:
    # no list after it: the dash stays as it was
    assert _names("For each drop-off we record the time")[1] != ["Drop"]


# Where things are kept is no thing


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "we need to keep the campsite pitches on the computer now. pitch number, size,"
            " hook up (yes/no) and nightly rate",
            "CampsitePitch",
        ),
        (
            "we need to keep the campsite pitches on the computor. pitch number, size,"
            " hook up (yes/no) and nightly rate",
            "CampsitePitch",
        ),
        (
            "can we keep the wetsuits on the computor please. size, brand, last washed,"
            " damaged (yes/no)",
            "Wetsuit",
        ),
        (
            "we want the tattoo designs on the computer too. title, artist, size, price",
            "TattooDesign",
        ),
        ("he wants his dog stays on the computer: dog name, owner, nights (integer)", "DogStay"),
    ],
)
def test_the_computer_is_where_things_are_kept(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


# A PascalCase name whose first word marks names keeps it


@pytest.mark.parametrize(
    ("request_text", "intent", "name"),
    [
        ("Make the customer email on ClassBooking optional", Intent.MODIFY_FIELDS, "ClassBooking"),
        ("Remove the note from TableBooking", Intent.REMOVE_FIELDS, "TableBooking"),
        ("Make the rating on ClassFeedback a whole number", Intent.MODIFY_FIELDS, "ClassFeedback"),
        (
            "The ClassRegister doesn't need the room anymore, please remove it",
            Intent.REMOVE_FIELDS,
            "ClassRegister",
        ),
        ("Rename the level on ModelKit to difficulty", Intent.RENAME_FIELD, "ModelKit"),
        ("Add a due date to ClassBooking", Intent.ADD_FIELDS, "ClassBooking"),
        (
            "Make the customer email on the Class Booking entity optional",
            Intent.MODIFY_FIELDS,
            "ClassBooking",
        ),
    ],
)
def test_a_name_written_whole_keeps_its_marking_word(
    request_text: str, intent: Intent, name: str
) -> None:
    assert _accepted_names(request_text) == (intent, [name])


# One service counted is a job done


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "For each car service I need the registration, the mileage, the service date and"
            " the cost",
            "CarService",
        ),
        (
            "For each boiler service we record the address, the engineer, the service date and"
            " the cost",
            "BoilerService",
        ),
        ("Every piano service has a date, a tuner and a fee.", "PianoService"),
        ("Track car services with registration, mileage and cost", "CarService"),
    ],
)
def test_each_service_counted_is_a_job_done(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


def test_a_service_built_stays_a_frame() -> None:
    assert _names("Build a car service app where each car has a plate and a model") == (
        C,
        ["Car"],
    )


# A revision closing a title


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Appointments v2\n- client\n- stylist\n- start time\n- price", "Appointment"),
        (
            "Appointments v2 (March 2027)\n\n- client\n- stylist\n- start time\n- price",
            "Appointment",
        ),
        ("Pupil register version 2\n- pupil name\n- instrument\n- grade (integer)", "Pupil"),
        ("Pupils v3\npupil name | instrument | grade (integer)", "Pupil"),
        ("Kennel spec v3\n\nEach dog has a name, a breed and an owner phone.", "Dog"),
    ],
)
def test_a_revision_mark_is_no_part_of_the_title(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


def test_a_revision_over_changes_keeps_the_changes() -> None:
    assert _names("Changes v2\n- add a colour to Tattoo") == (Intent.ADD_FIELDS, ["Tattoo"])


# A day before a plural says when, no kind of thing


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "Morning! Jo here, one of the Saturday instructors. For every instructor: name,"
            " phone, email and first aid trained (yes/no).",
            "Instructor",
        ),
        (
            "We have lots of Sunday walkers. For each walker I need the name, the phone and the"
            " emergency contact.",
            "Walker",
        ),
        (
            "We want to keep the water meters. For each meter I need the serial number, the"
            " install date and the reading.",
            "WaterMeter",
        ),
    ],
)
def test_a_day_is_no_kind_of_thing(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


# "Each batch I run needs:" over bullets; "Could the computer keep track of …"; "when …, so we
# need …"


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        ("Each firing I do needs:\n* date\n* kiln number\n* top temperature (number)", "Firing"),
        ("Each hack we run needs:\n- rider\n- horse\n- hack date", "Hack"),
        ("Each lesson I teach needs: pupil, date, length (integer)", "Lesson"),
    ],
)
def test_who_makes_each_thing_is_no_part_of_its_heading(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


def test_the_computer_asked_to_keep_things_is_no_thing() -> None:
    request = (
        "Could the computer keep track of the wetsuits? For each one we'd need the size, the"
        " brand and the last washed date."
    )
    assert _names(request) == (C, ["Wetsuit"])


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "when the kennel is full people ask to go on standby, so we need somewhere to keep the"
            " standbys. For each one the dog name, owner phone and date asked.",
            "Standby",
        ),
        (
            "If a pupil misses a lesson, so we want to keep the missed lessons: pupil, date,"
            " reason.",
            "MissedLesson",
        ),
        (
            "Because the salon is busy, so we need appointments with client, stylist and start"
            " time",
            "Appointment",
        ),
    ],
)
def test_a_wish_after_its_circumstance_is_read(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


def test_a_condition_without_a_wish_stays_a_rule() -> None:
    # "so" without "we need …" after it: nothing is split off
    _, names = _names("When a dog is collected, so the kennel is free, mark it done")
    assert "Standby" not in names


# The family's other shapes, read right before this branch and kept


@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "Hi Raj,\n\nCould we start keeping the alterations on the system? Every alteration"
            " has a customer name, a garment, a due date and a price.\n\nThanks,\nLena",
            "Alteration",
        ),
        (
            "Hi Raj,\n\nFor each alteration I need the customer name, the garment, the due date"
            " and the price.\n\nCheers\nLena",
            "Alteration",
        ),
        (
            "Dear team,\n\nAt the funeral home we must keep the arrangements. Each arrangement"
            " will have a family name, a service date, a venue and a cost.\n\nRegards,\nMr Pike",
            "Arrangement",
        ),
        (
            "Hi Dev,\n\nThe pest control side is growing. For every callout we need the address,"
            " the pest, the visit date and the charge.\n\nThanks\nGary",
            "Callout",
        ),
        (
            "We keep a record of each eye test: patient name, test date, optician, next due.",
            "EyeTest",
        ),
        (
            "We keep a record of every repair: customer, watch model, repair date and cost.",
            "Repair",
        ),
        (
            "We keep a record of each piercing: client name, piercing type, jewellery, date,"
            " aftercare given (yes/no)",
            "Piercing",
        ),
        ("A fitting will have a customer, a date, a garment and a fee.", "Fitting"),
        ("Every refill has a date, a litres amount (number) and a price.", "Refill"),
        ("Each finding has a location, a depth in metres (number) and a description.", "Finding"),
        (
            "Every taxidermy commission has a client, a species, a pose, a deposit and a due date.",
            "TaxidermyCommission",
        ),
        ("Each allotment plot will have a plot number, a size and a tenant.", "AllotmentPlot"),
        ("Sighting log\ndate | telescope | target | seeing (1-5)", "Sighting"),
        ("Piano tunings\ncustomer | address | piano make | tuning date | fee", "PianoTuning"),
        ("Lost keys: key tag, found on, found by, returned (yes/no)", "LostKey"),
        ("Spares: part number, description, shelf, quantity (integer)", "Spare"),
        ("Leftovers: dish, portions (integer), made on", "Leftover"),
        (
            "Cancellations: booking reference, cancelled on, reason, refunded (yes/no)",
            "Cancellation",
        ),
        ("Overdue returns - customer, item, due date, days late (integer)", "OverdueReturn"),
        ("Found items - description, found on, found where", "FoundItem"),
        ("Callbacks: customer, phone, asked on, done (yes/no)", "Callback"),
        ("Walk-ins: name, time in, reason", "WalkIn"),
        ("No-shows: client, appointment date, charged (yes/no)", "NoShow"),
        ("Rescheduled lessons: pupil, old date, new date", "RescheduledLesson"),
        ("Key cuttings: customer, key type, copies (integer), price", "KeyCutting"),
        ("Dog stays: dog name, owner, arrival, departure, nights (integer)", "DogStay"),
        (
            "Dry cleaning tickets: ticket number, customer, items (integer), ready on,"
            " collected (yes/no)",
            "DryCleaningTicket",
        ),
        (
            "Driving lessons\n\nEach lesson: pupil, instructor, start time, length in minutes"
            " (integer), paid (yes/no)",
            "Lesson",
        ),
        (
            "the scaffolders want a list of inspections - scaffold, inspector, date,"
            " passed (yes/no)",
            "Inspection",
        ),
        ("can you do us a list of tenants - name, phone, flat number and rent", "Tenant"),
        ("hiya can u make me a list of horses - name, age, owner, stable number", "Horse"),
        ("Standby list: customer, phone, date added", "Standby"),
        ("Lost property: item, found on, found by, claimed (yes/no)", "LostProperty"),
        ("Sightings - species, place, date seen, observer", "Sighting"),
        (
            "For each tyre fitting I need the registration, the tyre size, the fitting date and"
            " the cost",
            "TyreFitting",
        ),
        ("For each drain survey I need the address, the surveyor and the fee", "DrainSurvey"),
        ("For each chimney sweep we note the address, the date and the price", "ChimneySweep"),
        (
            "Scaffold hire: every scaffold job has a site address, an erect date, a strike date"
            " and a price.",
            "ScaffoldJob",
        ),
        ("Hot tub hires\ncustomer, address, start date, end date, price", "HotTubHire"),
        ("Tuner rota: tuner name, day, area, van", "Tuner"),
    ],
)
def test_the_familys_other_shapes_keep_their_reading(request_text: str, name: str) -> None:
    assert _names(request_text) == (C, [name])


# Probes of the family this branch leaves misread (the reading a person means, kept so that
# a later rule can be checked against them; not failures of this branch)


@pytest.mark.xfail(reason="left misread: see the branch report", strict=False)
@pytest.mark.parametrize(
    ("request_text", "name"),
    [
        (
            "Hi Sue,\n\nThe stables need a list of farrier visits. For every visit I'd want:\n\n"
            "horse, farrier, visit date, cost.\n\nThanks,\nPat",
            "FarrierVisit",
        ),
        ("Columns for kart services:\nKart, Service date, Mechanic, Cost", "KartService"),
        ("Hold requests - customer, item, requested on", "HoldRequest"),
        ("Waiting list: applicant, phone, date added", "Applicant"),
        (
            "sam we need to trak the gas bottles. serial number (text), capacity (litres, number)",
            "GasBottle",
        ),
        ("Opticians - eye tests\n- patient name\n- test date\n- left prescription", "EyeTest"),
    ],
)
def test_left_misread(request_text: str, name: str) -> None:
    assert _accepted_names(request_text) == (C, [name])


def test_a_long_heading_line_is_read_and_asked() -> None:
    # a 20,000-character title over a field line: read at once, never a thing of that length
    request = "For each " + "kiln " * 3900 + "firing I want:\ndate, kiln number, hours"
    result = read(request)
    assert result.status == "needs_clarification"
