"""SQL and ORM developers' short requests (branch ddl10a).

Every request here is written for this file (none is copied from the corpus). What a person
relies on: a pasted SQL schema statement (ALTER TABLE, CREATE TABLE, DROP TABLE, RENAME TABLE)
reads as the change it makes; a statement not understood whole, or one after a quote on the
same line (an injection probe), is not.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, reading


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        (
            "ALTER TABLE drivers DROP COLUMN pager_no, DROP COLUMN telex;",
            Intent.REMOVE_FIELDS,
            ["Driver(pager_no:str,telex:str)"],
        ),
        (
            "alter table kennels drop column run_size",
            Intent.REMOVE_FIELDS,
            ["Kennel(run_size:str)"],
        ),
        (
            "ALTER TABLE boats ADD COLUMN hull_code VARCHAR(24) NOT NULL, ADD COLUMN berths"
            " SMALLINT NOT NULL DEFAULT 2;",
            Intent.ADD_FIELDS,
            ["Boat(hull_code:str,berths:int)"],
        ),
        (
            "ALTER TABLE boats ADD COLUMN skipper_note TEXT NULL;",
            Intent.ADD_FIELDS,
            ["Boat(skipper_note:str?)"],
        ),
        (
            "ALTER TABLE invoices ALTER COLUMN total TYPE NUMERIC(10,2);",
            Intent.MODIFY_FIELDS,
            ["Invoice(total:decimal)"],
        ),
        (
            "ALTER TABLE members ALTER COLUMN nickname DROP NOT NULL;",
            Intent.MODIFY_FIELDS,
            ["Member(nickname:str?)"],
        ),
        (
            "ALTER TABLE members ALTER COLUMN email SET NOT NULL;",
            Intent.MODIFY_FIELDS,
            ["Member(email:email)"],
        ),
        (
            "ALTER TABLE hikers RENAME COLUMN lname TO last_name;",
            Intent.RENAME_FIELD,
            ["Hiker(last_name:str<lname)"],
        ),
        ("ALTER TABLE clients RENAME TO customers;", Intent.RENAME_ENTITY, ["Customer<Client()"]),
        ("RENAME TABLE clients TO patrons;", Intent.RENAME_ENTITY, ["Patron<Client()"]),
        ("DROP TABLE IF EXISTS stale_quotes;", Intent.REMOVE_ENTITY, ["StaleQuote()"]),
    ],
)
def test_an_alter_or_drop_statement_reads_as_its_change(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    assert read_right(request_text, intent) == want


def test_dropping_two_columns_is_never_removing_a_table() -> None:
    """The confident misread this family fixes: the last dropped column was read as the
    entity to remove."""
    result = read("ALTER TABLE vendors DROP COLUMN telex, DROP COLUMN fax_no;")
    assert result.intent is Intent.REMOVE_FIELDS, result
    assert [e.name for e in result.entities] == ["Vendor"]


def test_a_create_table_statement_reads_as_its_entity() -> None:
    reading = accepted(
        "CREATE TABLE harbour_slots (id SERIAL PRIMARY KEY, berth_code VARCHAR(12) NOT NULL,"
        " length_m DOUBLE PRECISION NOT NULL, booked BOOLEAN NOT NULL DEFAULT false,"
        " opened_at TIMESTAMPTZ NOT NULL, remark TEXT NULL);"
    )
    assert reading == [
        "HarbourSlot(berth_code:str,length_m:float,booked:bool,opened_at:datetime,remark:str?)"
    ]


def test_a_referencing_column_is_the_link_not_a_field() -> None:
    reading = read_right(
        "CREATE TABLE lessons (id SERIAL PRIMARY KEY, starts_at TIMESTAMP NOT NULL, topic"
        " VARCHAR(80) NOT NULL, tutor_id INT NOT NULL REFERENCES tutors(id));"
    )
    assert reading == ["Lesson(starts_at:datetime,topic:str) many_to_one>Tutor"]


def test_a_key_column_other_than_id_is_a_field() -> None:
    reading = read_right(
        "CREATE TABLE settings (name VARCHAR(60) NOT NULL UNIQUE, caption TEXT NOT NULL);"
    )
    assert reading == ["Setting(name:str,caption:str)"]


def test_a_table_with_no_columns_is_asked_about() -> None:
    result = read("CREATE TABLE wagons ();")
    assert result.status == "needs_clarification"


@pytest.mark.parametrize(
    "request_text",
    [
        "'; DROP TABLE wagons; --",
        "SELECT * FROM wagons; DROP TABLE wagons;--",
    ],
)
def test_an_injection_probe_is_still_refused(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification" and not result.entities, result


def test_a_statement_with_a_part_not_understood_is_left_as_written() -> None:
    """An action this reading does not know (a constraint added) keeps the statement whole,
    never half a change."""
    result = read("ALTER TABLE loans ADD CONSTRAINT uq_ref UNIQUE (ref), DROP COLUMN memo;")
    assert result.intent is not Intent.REMOVE_FIELDS or result.status != "recognized", result


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        # "start(s) at/on", "start date" near "table" name a field, never "create tables at
        # start-up"
        (
            "Create a bookings table with starts at and a room",
            "Booking(starts_at:datetime,room:str)",
        ),
        ("Create a shifts table with start date and notes", "Shift(start_date:date,notes:str)"),
    ],
)
def test_a_start_field_beside_table_is_a_field(request_text: str, want: str) -> None:
    assert read_right(request_text) == [want]


def test_creating_tables_at_start_up_is_still_a_constraint() -> None:
    result = read("Create tables when the app starts")
    assert result.status == "needs_clarification" and not result.entities


def test_a_keyword_typed_with_a_slip_is_the_keyword() -> None:
    """ "CRAETE TABLE", "boolen": two neighbours swapped or a letter left out of a keyword of
    five letters or more."""
    reading = read_right(
        "CRAETE TABLE ferries (id serial primary key, callsign varchar(20) NOT NULL,"
        " has_bar boolen NOT NULL, fare_eur decimal(6,2) NOT NULL);"
    )
    assert reading == ["Ferry(callsign:str,has_bar:bool,fare_eur:decimal)"]


def test_a_word_that_is_no_slip_of_a_keyword_is_left_as_written() -> None:
    """ "Place table for four" is not SQL: nothing is rewritten."""
    result = read("Place table orders (id, note)")
    assert result.intent is not Intent.CREATE_ENTITY or result.status != "recognized", result


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        ("add a nulable fax colum to the Tenant modle", Intent.ADD_FIELDS, ["Tenant(fax:str?)"]),
        ("chnage Loan.rate to flaot", Intent.MODIFY_FIELDS, ["Loan(rate:float)"]),
        ("delet the Coupon modle, nobody uses it", Intent.REMOVE_ENTITY, ["Coupon()"]),
    ],
)
def test_a_schema_word_typed_in_a_hurry_is_that_word(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    """ "nulable" was part of the field's name ("nulable_phone"), "modle" of the entity's."""
    assert read_right(request_text, intent) == want


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        (
            "Rename firstName to given_name on the Rider entity",
            Intent.RENAME_FIELD,
            ["Rider(given_name:str<first_name)"],
        ),
        (
            "Add lastLoginAt (datetime) and isLocked (boolean) to Account",
            Intent.ADD_FIELDS,
            ["Account(last_login_at:datetime,is_locked:bool)"],
        ),
    ],
)
def test_a_camel_case_name_is_its_snake_case(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    assert read_right(request_text, intent) == want


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        # a brand's one lower-case letter, and an all-capitals tail, keep their words
        ("Create a Gadget entity with name and eBay link", ["Gadget(name:str,ebay_link:str)"]),
        (
            "Create an Invoice entity with number and customerID",
            ["Invoice(number:str,customerid:str)"],
        ),
    ],
)
def test_names_that_are_not_camel_case_keep_their_reading(
    request_text: str, want: list[str]
) -> None:
    assert reading(request_text) == (Intent.CREATE_ENTITY, want)


PRISMA_KAYAK = """model Kayak {
  id         Int      @id @default(autoincrement())
  hullColour String
  lengthCm   Int
  seats      Int      @default(1)
  inService  Boolean
  lastRepair DateTime?
}"""
TS_LANTERN = """interface Lantern {
  label: string;
  lumens: number;
  rechargeable: boolean;
  batteryNote?: string;
}"""
DJANGO_QUILT = """class Quilt(models.Model):
    pattern = models.CharField(max_length=80)
    width_cm = models.PositiveIntegerField()
    finished_on = models.DateField(null=True, blank=True)
    price = models.DecimalField(max_digits=7, decimal_places=2)"""


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        (
            PRISMA_KAYAK,
            "Kayak(hull_colour:str,length_cm:int,seats:int,in_service:bool,last_repair:datetime?)",
        ),
        (
            TS_LANTERN,
            "Lantern(label:str,lumens:float,rechargeable:bool,battery_note:str?)",
        ),
        (DJANGO_QUILT, "Quilt(pattern:str,width_cm:int,finished_on:date?,price:decimal)"),
    ],
)
def test_a_model_pasted_as_code_reads_as_its_entity(request_text: str, want: str) -> None:
    assert read_right(request_text) == [want]


def test_a_model_block_with_a_part_not_understood_is_left_as_written() -> None:
    """A relation to another model (or any line not a scalar field) keeps every block as
    written: never half the models read."""
    result = read(
        "model Kayak {\n  id Int @id\n  name String\n  club Club @relation(fields: [clubId],"
        " references: [id])\n  clubId Int\n}"
    )
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        (
            "rename_column :hikers, :lname, :last_name",
            Intent.RENAME_FIELD,
            ["Hiker(last_name:str<lname)"],
        ),
        (
            "add_column :kayaks, :paddle_size, :integer",
            Intent.ADD_FIELDS,
            ["Kayak(paddle_size:int)"],
        ),
        (
            "add_column :kayaks, :remark, :text, null: true",
            Intent.ADD_FIELDS,
            ["Kayak(remark:str?)"],
        ),
        ("remove_column :kayaks, :fax", Intent.REMOVE_FIELDS, ["Kayak(fax:str)"]),
        ("change_column :kayaks, :price, :decimal", Intent.MODIFY_FIELDS, ["Kayak(price:decimal)"]),
        ("rename_table :clients, :patrons", Intent.RENAME_ENTITY, ["Patron<Client()"]),
        (
            "rails g model Lantern label:string lumens:integer   (label nullable)",
            Intent.CREATE_ENTITY,
            ["Lantern(label:str?,lumens:int)"],
        ),
        (
            "bin/rails generate model Quilt pattern:string finished_on:date",
            Intent.CREATE_ENTITY,
            ["Quilt(pattern:str,finished_on:date)"],
        ),
    ],
)
def test_a_rails_migration_call_reads_as_its_change(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    assert read_right(request_text, intent) == want


def test_a_rails_model_with_a_note_not_understood_is_never_accepted() -> None:
    """ "(label nullable, wick optional)" names a field the command does not list: the line
    is left as written, never read with label required."""
    result = read(
        "rails g model Lantern label:string lumens:integer (label nullable, wick optional)"
    )
    assert result.status == "needs_clarification", result


def test_a_generated_model_with_a_reference_is_left_as_written() -> None:
    result = read("rails generate model Lantern label:string shed:references")
    assert result.status == "needs_clarification", result


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        ("Kiln → Oven (model rename)", Intent.RENAME_ENTITY, ["Oven<Kiln()"]),
        ("Kiln -> Oven (rename the model)", Intent.RENAME_ENTITY, ["Oven<Kiln()"]),
        # counterpart: under an entity's name, an arrow with "(rename)" is still a field's
        ("Kiln: glaze -> finish (rename)", Intent.RENAME_FIELD, ["Kiln(finish:str<glaze)"]),
    ],
)
def test_a_model_renamed_with_an_arrow_is_the_entity_renamed(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    assert read_right(request_text, intent) == want


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        (
            "Add `lastSeen?: Date` and `isBanned: boolean` to the Rider interface",
            Intent.ADD_FIELDS,
            ["Rider(last_seen:datetime?,is_banned:bool)"],
        ),
        (
            "set the phone number NOT NULL on Courier",
            Intent.MODIFY_FIELDS,
            ["Courier(phone_number:str)"],
        ),
        (
            "Make nickname not null on the Hiker model",
            Intent.MODIFY_FIELDS,
            ["Hiker(nickname:str)"],
        ),
    ],
)
def test_typescript_members_and_not_null_changes(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    assert read_right(request_text, intent) == want


def test_a_web_interface_is_still_a_frame() -> None:
    """Only a capitalised name before "interface" with a TypeScript member is a model."""
    assert reading("Build a web interface for our Rider records with name") == (
        Intent.CREATE_ENTITY,
        ["Rider(name:str)"],
    )


def test_prisma_members_added_to_a_model() -> None:
    assert read_right(
        "model Kayak += `hullCode String`, `repairedAt DateTime?`", Intent.ADD_FIELDS
    ) == ["Kayak(hull_code:str,repaired_at:datetime?)"]


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        (
            "As a harbour master I want each Berth to have an optional mooring_note text so"
            " that crews know the rules.",
            ["Berth(mooring_note:str?)"],
        ),
        (
            "As a harbour master I want each Berth to get a depth_m float because keels differ.",
            ["Berth(depth_m:float)"],
        ),
    ],
)
def test_a_snake_name_then_its_type_before_a_reason(request_text: str, want: list[str]) -> None:
    """ "parking_notes text so that …": the type word after an identifier is its type, also
    when the reason follows, never part of the name ("parking_notes_text")."""
    assert read_right(request_text, Intent.ADD_FIELDS) == want


def test_a_snake_name_then_its_type_before_and_keeps_its_reading() -> None:
    """Counterpart: before "and" the type word is left to the list reader, as before."""
    assert reading("create a Kayak model with hull, sealed_hull bool and seats (int)") == (
        Intent.CREATE_ENTITY,
        ["Kayak(hull:str,sealed_hull:bool,seats:int)"],
    )


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        (
            "Change the drop_off field on Parcel to datetime",
            Intent.MODIFY_FIELDS,
            ["Parcel(drop_off:datetime)"],
        ),
        (
            "Make the log_in field on Account optional",
            Intent.MODIFY_FIELDS,
            ["Account(log_in:str?)"],
        ),
        (
            "ALTER TABLE lockers ALTER COLUMN sign_up TYPE date;",
            Intent.MODIFY_FIELDS,
            ["Locker(sign_up:date)"],
        ),
    ],
)
def test_a_verb_and_its_particle_in_an_identifier_stay_one_name(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    """ "check_in", "drop_off": spaced, the particle was lost to the sentence ("check_value")."""
    assert read_right(request_text, intent) == want


@pytest.mark.parametrize(
    ("request_text", "want"),
    [
        ("Add is_out_of_stock (boolean) to Item", ["Item(is_out_of_stock:bool)"]),
        ("Add sign_up_date (date) to Member", ["Member(sign_up_date:date)"]),
    ],
)
def test_names_around_a_particle_keep_their_reading(request_text: str, want: list[str]) -> None:
    assert reading(request_text) == (Intent.ADD_FIELDS, want)


@pytest.mark.parametrize(
    ("request_text", "intent", "want"),
    [
        (
            "drop the OldInvoice model, the migration to billing v3 is finished",
            Intent.REMOVE_ENTITY,
            ["OldInvoice()"],
        ),
        (
            "Remove the fax field from Supplier, the migration to email is done.",
            Intent.REMOVE_FIELDS,
            ["Supplier(fax:str)"],
        ),
    ],
)
def test_a_removal_then_what_is_over_after_a_comma(
    request_text: str, intent: Intent, want: list[str]
) -> None:
    """ "…, the migration to X is done": a reason of its own, whose practice word no longer
    makes the removal a line about how to build."""
    assert read_right(request_text, intent) == want


def test_a_migration_line_alone_is_still_a_constraint() -> None:
    result = read("The migration to billing v3 is finished")
    assert result.status == "needs_clarification" and not result.entities, result
