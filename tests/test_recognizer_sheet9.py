"""Spreadsheet people moving a workbook into an app (branch sheet9).

Every request here is written for this file (none is copied from the corpus). Each family
shows its own wordings and counterparts that keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read_right, reading

# A spreadsheet's tab (or worksheet) is the frame the rows sit in: "the Pallets tab" holds
# pallets, "rename tab Clients to Accounts" renames the Client entity, and "the Fax Log tab is
# no longer used" removes the whole FaxLog (the tab's own name is kept whole).


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("Pallets tab: code, bay, weight (kg)", "Pallet"),
        ("Trailers worksheet -> Plate | Axles | Last Inspection Date", "Trailer"),
        ("Visitor Log tab: visitor name, arrived at, host", "VisitorLog"),
    ],
)
def test_a_tab_names_the_rows_it_holds(request_text: str, entity: str) -> None:
    shapes = accepted(request_text)
    assert len(shapes) == 1 and shapes[0].startswith(f"{entity}("), shapes


@pytest.mark.parametrize(
    ("request_text", "old", "new"),
    [
        ("Rename tab Suppliers to Vendors", "Supplier", "Vendor"),
        ("rename the tab Members to Patrons", "Member", "Patron"),
        ("Rename the Lorries worksheet to Trucks", "Lorry", "Truck"),
    ],
)
def test_renaming_a_tab_renames_its_entity(request_text: str, old: str, new: str) -> None:
    assert accepted(request_text, Intent.RENAME_ENTITY) == [f"{new}<{old}()"]


@pytest.mark.parametrize(
    ("request_text", "entity"),
    [
        ("The Call Log tab is no longer used.", "CallLog"),
        ("The Shifts worksheet isn't needed anymore", "Shift"),
        ("the Forecast tab can go", "Forecast"),
    ],
)
def test_a_tab_no_longer_used_goes_whole(request_text: str, entity: str) -> None:
    assert accepted(request_text, Intent.REMOVE_ENTITY) == [f"{entity}()"]


def test_tab_words_elsewhere_keep_their_reading() -> None:
    # a column or field marker still renames a field; "tab" as a field's own word stays one
    intent, shapes = reading("Rename column Qty to Quantity on Delivery")
    assert intent == Intent.RENAME_FIELD and shapes == ["Delivery(quantity:str<qty)"], shapes
    intent, shapes = reading("the tab colour is no longer used on Folder")
    assert intent == Intent.REMOVE_FIELDS and shapes == ["Folder(tab_colour:str)"], shapes
    intent, shapes = reading("Rename the table Clients to Accounts")
    assert intent == Intent.RENAME_ENTITY and shapes == ["Account<Client()"], shapes


# A column header names its unit in brackets, as a sentence says "in tonnes": a measure is a
# float, a count of minutes or days an int, a currency sign or code a decimal. A head with a
# number type of its own keeps it ("capacity (kg)" is still a capacity).
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Create silo loads with grain, net mass (tonnes), drying time (mins), opening cash (£)",
            "SiloLoad(grain:str,net_mass:float,drying_time:int,opening_cash:decimal)",
        ),
        (
            "kiln firings: kiln, peak temp (°C), cone, deposit (GBP), lead time (days)",
            "KilnFiring(kiln:str,peak_temp:float,cone:str,deposit:decimal,lead_time:int)",
        ),
        (
            "Create lift checks with lift, max load (kg), capacity (kg), checked on",
            "LiftCheck(lift:str,max_load:float,capacity:int,checked_on:date)",
        ),
    ],
)
def test_a_unit_in_a_headers_brackets_types_it(request_text: str, expected: str) -> None:
    assert read_right(request_text) == [expected]


def test_a_letter_in_brackets_is_no_unit() -> None:
    # "Vendor (C)" points at a sheet's column C; only "°C" is degrees
    shapes = accepted("Create bills with vendor (C), net sum (D) and notes")
    assert shapes == ["Bill(vendor:str,net_sum:str,notes:str)"], shapes


# Words of money and stock a finance or stores clerk keeps: a credit limit is a sum, a reorder
# level a count, "amount out" the sum paid out beside "amount in", a day rate a fee.
def test_money_and_stock_words_of_a_ledger() -> None:
    shapes = accepted(
        "Create trade accounts with account code, overdraft limit, restock point, cash in, "
        "amount out, night rate and skill level"
    )
    assert shapes == [
        "TradeAccount(account_code:str,overdraft_limit:decimal,restock_point:int,cash_in:str,"
        "amount_out:decimal,night_rate:decimal,skill_level:str)"
    ], shapes


def test_rates_and_limits_that_are_no_money_keep_their_type() -> None:
    shapes = accepted("Create patients with name, heart rate, loan limit and tax rate")
    assert shapes == ["Patient(name:str,heart_rate:float,loan_limit:str,tax_rate:float)"], shapes


# "+Day Rate +Status": a "+" written onto each item adds it, one field each; "A+" in a note
# is no separator.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("couriers +Van Reg +Insurance Date", ["Courier(van_reg:str,insurance_date:date)"]),
        ("tutors +phone +email", ["Tutor(phone:str,email:email)"]),
    ],
)
def test_plus_written_onto_each_item_adds_it(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


def test_a_plus_inside_a_grade_is_no_separator() -> None:
    assert accepted("Add target grade (A+ or B+) to Pupil", Intent.ADD_FIELDS) == [
        "Pupil(target_grade:str)"
    ]


# "colums", "coloumn": the word for a sheet's columns misspelt is the word, never a field
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("add colums Depot and Shift Lead to Driver", ["Driver(depot:str,shift_lead:str)"]),
        ("pls add coloumn Sort Code to Payee", ["Payee(sort_code:str)"]),
    ],
)
def test_a_misspelt_columns_word_introduces_the_list(
    request_text: str, expected: list[str]
) -> None:
    assert accepted(request_text, Intent.ADD_FIELDS) == expected


# "change X on Y to decimal - it's coming in as text": after a dash, what the field is now
# (imported, stored, read so) is why it changes; the type asked for is the change.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Change net weight on Parcel to float - it is stored as text right now",
            ["Parcel(net_weight:float)"],
        ),
        (
            "change postcode on Branch to text - they're being read as numbers",
            ["Branch(postcode:str)"],
        ),
    ],
)
def test_what_a_field_is_now_is_no_change(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.MODIFY_FIELDS) == expected


def test_a_change_said_plainly_keeps_its_type() -> None:
    assert accepted("Change net weight on Parcel to float", Intent.MODIFY_FIELDS) == [
        "Parcel(net_weight:float)"
    ]


# "I want to turn my X spreadsheet into an app. Columns are A, B, C": what is moved into the
# app is what it keeps, and the sheet's columns (or headers) are its fields. A sheet of
# plural things ("the grants sheet") is a frame; a "job sheet" is one record.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "I want to turn our mileage spreadsheet into an app. Columns are Driver, Trip Date "
            "and Miles (number)",
            ["Mileage(driver:str,trip_date:date,miles:float)"],
        ),
        (
            "We'd like to move the kit loans sheet over to a proper system. The headers are "
            "Item, Borrower and Loan Date.",
            ["KitLoan(item:str,borrower:str,loan_date:date)"],
        ),
        (
            "Could you make a repairs app? The columns are bike, fault, fee and fixed on.",
            ["Repair(bike:str,fault:str,fee:decimal,fixed_on:date)"],
        ),
        ("tenants sheet: tenant name, plot number, rent", None),
    ],
)
def test_a_sheets_columns_are_the_fields(request_text: str, expected: list[str] | None) -> None:
    shapes = read_right(request_text)
    if expected is None:
        assert len(shapes) == 1 and shapes[0].startswith("Tenant("), shapes
    else:
        assert shapes == expected


def test_a_sheet_that_is_one_record_keeps_its_name() -> None:
    shapes = accepted("Create job sheets with job reference, arrival at and notes")
    assert len(shapes) == 1 and shapes[0].startswith("JobSheet("), shapes


def test_moving_a_field_is_no_app() -> None:
    intent, shapes = reading("I want to move the phone field to Contact")
    assert not any(s.startswith("Phone") for s in shapes), (intent, shapes)


# "Donation: Amt -> Amount", "On Patient, rename DOB to date of birth": a header's short form
# written out, on the entity said first, is a field renamed there ("of birth" is part of the
# new name, never an owner).
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Pledge: Amt -> Amount", ["Pledge(amount:str<amt)"]),
        ("Stock Line: Qty -> Quantity", ["StockLine(quantity:str<qty)"]),
        ("Kennel: 'Loc' becomes 'Location'", ["Kennel(location:str<loc)"]),
        ("On Member, rename POB to place of birth", ["Member(place_of_birth:str<pob)"]),
    ],
)
def test_a_short_header_written_out_is_renamed(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text, Intent.RENAME_FIELD) == expected


def test_an_arrow_between_two_names_is_no_rename() -> None:
    intent, shapes = reading("Order: Buyer -> Client")
    assert intent != Intent.RENAME_FIELD, (intent, shapes)
    assert accepted("rename pob to place of birth on Member", Intent.RENAME_FIELD) == [
        "Member(place_of_birth:str<pob)"
    ]


# "could each job be assigned to one engineer properly?": how well the link is made (in the
# app, not typed into a sheet) is no part of the target.
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Could each delivery be assigned to one driver properly?",
            "Delivery() many_to_one>Driver",
        ),
        ("Can courses have multiple tutors properly please?", "Course() many_to_many>Tutor"),
        ("each visit belongs to one nurse in the app", "Visit() many_to_one>Nurse"),
    ],
)
def test_properly_is_no_part_of_a_target(request_text: str, expected: str) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == [expected]


# "Header row:" over a pasted CSV line, "Headers: …": a sheet's header row heads its fields,
# as "Columns:" does; a header kept as a thing ("page headers") is still one.
@pytest.mark.parametrize(
    "request_text",
    [
        "Room bookings\n\nHeader row:\nRoom Code,Booked By,Start Date,Attendees",
        "Room bookings. Headers: Room Code, Booked By, Start Date, Attendees",
    ],
)
def test_a_header_row_lists_the_fields(request_text: str) -> None:
    assert read_right(request_text) == [
        "RoomBooking(room_code:str,booked_by:str,start_date:date,attendees:int)"
    ]


def test_headers_kept_as_things_stay_things() -> None:
    shapes = accepted("Create page headers with title, font and size")
    assert len(shapes) == 1 and shapes[0].startswith("PageHeader("), shapes
