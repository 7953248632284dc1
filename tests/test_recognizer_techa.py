"""Developers' wording of what they keep (the `techa` families): a deploy, a service, software
licences and two-headed arrows are things and links of the business being built, while the
words keep their old reading where they are about building ("tests must pass before each
deploy", "an app relationship", "a test database").

Every request here is written for this file (none is copied from the corpus). Each test says
what a person relies on.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, read, read_right, shape


# --- a deploy is a thing a release team keeps ---------------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("A pipeline has many deploys", Intent.ADD_RELATIONSHIP,
         ["Pipeline() many_to_many>Deploy"]),
        ("Rename region to deploy zone on Deploy", Intent.RENAME_FIELD,
         ["Deploy(deploy_zone:str<region)"]),
        ("Rename the Stage entity to Deploy Window", Intent.RENAME_ENTITY,
         ["DeployWindow<Stage()"]),
    ],
)  # fmt: skip
def test_a_deploy_at_an_end_of_a_link_or_named_is_a_thing(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "deploy" as a noun (a pipeline's deploys, a Deploy entity, a DeployWindow) names what a
    team keeps a record of; read as how to build, nothing was read."""
    assert accepted(request_text, intent) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Build a deploy log with commit hash, target and finished at",
         ["Deploy(commit_hash:str,target:str,finished_at:datetime)"]),
        ("Each deploy is for one pipeline", ["Deploy() many_to_one>Pipeline"]),
    ],
)  # fmt: skip
def test_deploys_kept_in_a_log_or_counted_are_read(request_text: str, expected: list[str]) -> None:
    """A log or tracker of deploys keeps deploys (the confidence may still ask: WordNet has no
    noun "deploy")."""
    intent = Intent.CREATE_ENTITY if "with" in request_text else Intent.ADD_RELATIONSHIP
    assert read_right(request_text, intent) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Tests must pass before each deploy",
        "Deploy to production every Friday",
        "Our deploy process must not lose data",
        "Add a deploy step to the pipeline",
        "Create a test database with name and email",
    ],
)
def test_deploying_and_testing_stay_how_to_build(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert not result.entities, shape(result)


# --- a service counted or named as a link's end is a thing kept ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Each alert belongs to one service", ["Alert() many_to_one>Service"]),
        ("Every runbook covers exactly one service", ["Runbook() many_to_one>Service"]),
        ("Each booking is for exactly one table", ["Booking() many_to_one>Table"]),
        ("Add a service relationship to Incident", ["Incident() many_to_one>Service"]),
        ("Add a platform relationship to the Train entity", ["Train() many_to_one>Platform"]),
    ],
)  # fmt: skip
def test_a_frame_word_counted_or_named_as_a_links_end_is_a_thing(
    request_text: str, expected: list[str]
) -> None:
    """The app being built is one and is never counted nor the end of a relationship: "one
    service", "a service relationship" are services the business keeps."""
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_services_with_fields_and_a_link_to_them_are_created() -> None:
    request = (
        "Create services with name and tier, and alerts with title and level; each alert "
        "belongs to one service."
    )
    assert accepted(request) == [
        "Service(name:str,tier:str)",
        "Alert(title:str,level:str) many_to_one>Service",
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Add an app relationship to Incident",
        "Each ticket belongs to one ticketing system",
        "link members to the app",
    ],
)
def test_the_app_itself_is_still_no_end_of_a_link(request_text: str) -> None:
    result = read(request_text)
    assert result.status == "needs_clarification", shape(result)
    assert result.intent != Intent.ADD_RELATIONSHIP, shape(result)


# --- a frame word right after the verb says what kind of thing ----------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Track software subscriptions with vendor, seats and renewal date",
         ["SoftwareSubscription(vendor:str,seats:int,renewal_date:date)"]),
        ("Create an app to manage system alerts with title, level and raised at",
         ["SystemAlert(title:str,level:str,raised_at:datetime)"]),
    ],
)  # fmt: skip
def test_a_frame_word_before_the_things_kept_is_part_of_their_name(
    request_text: str, expected: list[str]
) -> None:
    """Modifiers stay ("library members" are LibraryMembers): "manage software subscriptions"
    keeps software subscriptions, not any subscription."""
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("a lending app: members with name and email", ["Member(name:str,email:email)"]),
        ("goat herd app goats with name and age", ["Goat(name:str,age:int)"]),
        ("Build software for invoices with number and total",
         ["Invoice(number:str,total:decimal)"]),
    ],
)  # fmt: skip
def test_a_frame_that_names_the_app_is_still_dropped(
    request_text: str, expected: list[str]
) -> None:
    assert shape(read(request_text)) == expected


# --- arrows: two heads with a kind, and a sentence that explains an arrow -----------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("tags <=> posts, many-to-many", ["Tag() many_to_many>Post"]),
        ("students <-> courses (M:N)", ["Student() many_to_many>Course"]),
        ("Kennels \u2194 dogs, one-to-many", ["Dog() many_to_one>Kennel"]),
    ],
)  # fmt: skip
def test_a_two_headed_arrow_with_a_kind_is_a_link(request_text: str, expected: list[str]) -> None:
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


def test_a_two_headed_arrow_without_a_kind_is_asked() -> None:
    result = read("students \u2194 courses")
    assert result.status == "needs_clarification", shape(result)


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Wind turbine -> technician (each turbine belongs to one technician)",
         ["WindTurbine() many_to_one>Technician"]),
        ("Escalation policy -> team \u2014 every policy is owned by exactly one team",
         ["EscalationPolicy() many_to_one>Team"]),
        ("Locker -> Room: each locker is owned by one room", ["Locker() many_to_one>Room"]),
    ],
)  # fmt: skip
def test_a_sentence_after_an_arrow_says_the_link_of_the_arrows_things(
    request_text: str, expected: list[str]
) -> None:
    """The arrow names the things whole; the sentence after it may say them by their last word
    ("each turbine"), and says how they are counted."""
    assert accepted(request_text, Intent.ADD_RELATIONSHIP) == expected


@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Orchard: acreage -> area", Intent.RENAME_FIELD, ["Orchard(area:str<acreage)"]),
        ("Forklift -> Warehouse (many-to-one)", Intent.ADD_RELATIONSHIP,
         ["Forklift() many_to_one>Warehouse"]),
    ],
)  # fmt: skip
def test_other_arrows_keep_their_reading(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    assert accepted(request_text, intent) == expected


# --- a name written in PascalCase that opens with a preposition ---------------------------------
@pytest.mark.parametrize(
    ("request_text", "intent", "expected"),
    [
        ("Remove the pager field from OnDutyNurse", Intent.REMOVE_FIELDS,
         ["OnDutyNurse(pager:str)"]),
        ("Create an InStockItem with name and count", Intent.CREATE_ENTITY,
         ["InStockItem(name:str,count:int)"]),
        ("Rename OnSiteVisit to SiteInspection", Intent.RENAME_ENTITY,
         ["SiteInspection<OnSiteVisit()"]),
    ],
)  # fmt: skip
def test_a_pascal_name_that_opens_with_a_preposition_is_one_name(
    request_text: str, intent: Intent, expected: list[str]
) -> None:
    """ "OnDutyNurse" is the name as written: split, its "on" was read as a preposition and the
    thing became a DutyNurse."""
    assert read_right(request_text, intent) == expected


def test_a_misspelt_so_before_a_field_is_no_part_of_its_name() -> None:
    assert accepted("ok soo the grade on Exam should be optional now", Intent.MODIFY_FIELDS) == [
        "Exam(grade:str?)"
    ]


# --- "steps to reproduce": what it takes to do something, listed, is a field ------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create support tickets with subject, steps to reproduce and priority",
         ["SupportTicket(subject:str,steps_to_reproduce:str,priority:str)"]),
        ("Track outages with service name, time to restore (integer) and cause",
         ["Outage(service_name:str,time_to_restore:int,cause:str)"]),
    ],
)  # fmt: skip
def test_a_listed_noun_to_verb_is_a_field(request_text: str, expected: list[str]) -> None:
    assert read_right(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Track orders with item, total and it must be paid before shipping",
        "Create members with name and email; email should be unique",
    ],
)
def test_a_rule_in_a_list_is_still_a_rule(request_text: str) -> None:
    result = read(request_text)
    assert result.business_rules, shape(result)


def test_talk_with_to_after_a_list_is_no_field() -> None:
    """ "I forgot to say" has the same shape, but its first word is no noun."""
    assert accepted("Add a pager number to Nurse, I forgot to say", Intent.ADD_FIELDS) == [
        "Nurse(pager_number:str)"
    ]


# --- "software" before the kind of thing it is sold as ------------------------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Software subscription register: vendor, plan, monthly cost",
         ["SoftwareSubscription(vendor:str,plan_value:str,monthly_cost:decimal)"]),
        ("Create software packages with name and version",
         ["SoftwarePackage(name:str,version:str)"]),
    ],
)  # fmt: skip
def test_software_before_a_noun_names_the_kind(request_text: str, expected: list[str]) -> None:
    """A software subscription is a thing a company keeps a record of, not software built."""
    assert accepted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Create a software system for invoices with number and total",
        "Build software for invoices with number and total",
    ],
)
def test_software_that_is_built_is_still_a_frame(request_text: str) -> None:
    assert accepted(request_text) == ["Invoice(number:str,total:decimal)"]


# --- "(starts at, ends at)": times a thing starts and ends are its fields ------------------------
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Create rota slots (starts at, ends at)",
         ["RotaSlot(starts_at:datetime,ends_at:datetime)"]),
        ("Set up crews (name, base) and flights (departs at, lands at).",
         ["Crew(name:str,base:str)", "Flight(departs_at:datetime,lands_at:datetime)"]),
    ],
)  # fmt: skip
def test_a_group_of_times_at_is_a_things_fields(request_text: str, expected: list[str]) -> None:
    """ "starts at" is no "X a Y" rate ("eggs a week"): its "a" opens the word "at"."""
    assert accepted(request_text) == expected


def test_a_rate_in_parentheses_still_annotates_one_field() -> None:
    assert accepted("Track hens with name and laying rate (eggs per week)") == [
        "Hen(name:str,laying_rate:float)"
    ]
