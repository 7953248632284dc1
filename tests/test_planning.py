"""Planning: each intent applied to a registry, and the refusals a person can act on."""

from __future__ import annotations

import pytest

from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Recognition,
    Relationship,
    Rename,
)
from baes_tui.runs.planning import STANDARD_TASKS, PlanRefused, plan_change
from baes_tui.sweas.base import Registry

NAME = Attribute("name", AttrType.STR)
EMAIL = Attribute("email", AttrType.EMAIL)
AGE = Attribute("age", AttrType.INT)
STUDENT = EntitySpec("Student", (NAME, EMAIL, AGE))


def recognize(intent: Intent, entity: EntitySpec, custom: tuple[str, ...] = ()) -> Recognition:
    return Recognition("req", "req", intent, (entity,), 0.9, custom_logic=custom)


def test_create_adds_the_entity_and_plans_every_task() -> None:
    plan = plan_change(recognize(Intent.CREATE_ENTITY, STUDENT), Registry())
    assert plan.after == Registry((STUDENT,))
    assert plan.tasks == STANDARD_TASKS
    assert plan.path == "template"


def test_create_of_an_identical_entity_is_up_to_date() -> None:
    reordered = EntitySpec("Student", (AGE, NAME, EMAIL))
    plan = plan_change(recognize(Intent.CREATE_ENTITY, reordered), Registry((STUDENT,)))
    assert plan.up_to_date
    assert plan.message == "Student is up to date"
    assert plan.after == Registry((STUDENT,))


def test_create_of_a_different_entity_is_refused_with_the_difference() -> None:
    other = EntitySpec("Student", (NAME, Attribute("email", AttrType.STR), Attribute("phone")))
    with pytest.raises(PlanRefused) as caught:
        plan_change(recognize(Intent.CREATE_ENTITY, other), Registry((STUDENT,)))
    message = str(caught.value)
    assert "adds phone (str)" in message
    assert "drops age (int)" in message
    assert "email (email → str)" in message
    assert "add phone to Student" in message
    assert caught.value.exit_code == 2


def test_add_fields_appends_new_fields() -> None:
    phone = Attribute("phone", AttrType.STR, required=False)
    plan = plan_change(
        recognize(Intent.ADD_FIELDS, EntitySpec("Student", (phone,))), Registry((STUDENT,))
    )
    assert plan.after.get("Student").attributes == (NAME, EMAIL, AGE, phone)
    assert plan.tasks == STANDARD_TASKS


def test_add_fields_to_an_unknown_entity_creates_it_with_a_note() -> None:
    plan = plan_change(recognize(Intent.ADD_FIELDS, EntitySpec("Course", (NAME,))), Registry())
    assert plan.after.names == ("Course",)
    assert any("Course did not exist" in n for n in plan.notes)


def test_add_fields_that_exist_already_is_up_to_date() -> None:
    plan = plan_change(
        recognize(Intent.ADD_FIELDS, EntitySpec("Student", (AGE,))), Registry((STUDENT,))
    )
    assert plan.up_to_date


def test_add_field_with_another_type_is_refused_pointing_to_modify() -> None:
    with pytest.raises(PlanRefused, match="modify"):
        plan_change(
            recognize(Intent.ADD_FIELDS, EntitySpec("Student", (Attribute("age", AttrType.STR),))),
            Registry((STUDENT,)),
        )


def test_remove_fields_drops_them() -> None:
    plan = plan_change(
        recognize(Intent.REMOVE_FIELDS, EntitySpec("Student", (AGE,))), Registry((STUDENT,))
    )
    assert plan.after.get("Student").attributes == (NAME, EMAIL)


@pytest.mark.parametrize("intent", [Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS])
def test_remove_or_modify_on_an_unknown_entity_is_refused(intent: Intent) -> None:
    with pytest.raises(PlanRefused, match=r"no entity Course .*entities: Student"):
        plan_change(recognize(intent, EntitySpec("Course", (NAME,))), Registry((STUDENT,)))


@pytest.mark.parametrize("intent", [Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS])
def test_remove_or_modify_of_an_unknown_field_is_refused_listing_the_fields(
    intent: Intent,
) -> None:
    with pytest.raises(PlanRefused, match=r"no field phone .*name, email, age"):
        plan_change(
            recognize(intent, EntitySpec("Student", (Attribute("phone"),))), Registry((STUDENT,))
        )


def test_removing_every_field_is_refused_pointing_to_remove_entity() -> None:
    with pytest.raises(PlanRefused, match="remove the Student entity"):
        plan_change(recognize(Intent.REMOVE_FIELDS, STUDENT), Registry((STUDENT,)))


def test_modify_fields_replaces_the_field_in_place() -> None:
    text_age = Attribute("age", AttrType.STR, required=False)
    plan = plan_change(
        recognize(Intent.MODIFY_FIELDS, EntitySpec("Student", (text_age,))), Registry((STUDENT,))
    )
    assert plan.after.get("Student").attributes == (NAME, EMAIL, text_age)


def test_add_relationship_adds_an_unknown_target_first_with_a_name() -> None:
    order = EntitySpec("Order", (Attribute("total", AttrType.DECIMAL),))
    link = Relationship("many_to_one", "Customer")
    plan = plan_change(
        recognize(Intent.ADD_RELATIONSHIP, EntitySpec("Order", relationships=(link,))),
        Registry((order,)),
    )
    assert plan.after.names == ("Customer", "Order")
    assert plan.after.get("Customer").attributes == (Attribute("name", AttrType.STR, True),)
    assert plan.after.get("Order").relationships == (link,)
    assert any("Customer did not exist" in n for n in plan.notes)


def test_add_relationship_that_exists_is_up_to_date() -> None:
    link = Relationship("many_to_many", "Student")
    course = EntitySpec("Course", (NAME,), (link,))
    plan = plan_change(
        recognize(Intent.ADD_RELATIONSHIP, EntitySpec("Course", relationships=(link,))),
        Registry((STUDENT, course)),
    )
    assert plan.up_to_date


def test_remove_entity_removes_it() -> None:
    course = EntitySpec("Course", (NAME,))
    plan = plan_change(
        recognize(Intent.REMOVE_ENTITY, EntitySpec("Course")), Registry((STUDENT, course))
    )
    assert plan.after.names == ("Student",)
    assert plan.entity == course
    assert plan.tasks == STANDARD_TASKS


def test_remove_entity_that_another_references_is_refused_naming_it() -> None:
    course = EntitySpec("Course", (NAME,), (Relationship("many_to_one", "Student"),))
    with pytest.raises(PlanRefused, match="Course refer"):
        plan_change(
            recognize(Intent.REMOVE_ENTITY, EntitySpec("Student")), Registry((STUDENT, course))
        )


def test_custom_logic_keeps_the_template_path_for_crud_and_marks_it_mixed() -> None:
    plan = plan_change(
        recognize(Intent.CREATE_ENTITY, STUDENT, custom=("calculate GPA",)), Registry()
    )
    assert plan.path == "mixed"
    assert plan.custom_logic == ("calculate GPA",)
    assert plan.tasks == STANDARD_TASKS


def test_a_reopened_task_makes_an_up_to_date_entity_run_again() -> None:
    plan = plan_change(
        recognize(Intent.CREATE_ENTITY, STUDENT),
        Registry((STUDENT,)),
        reopened=frozenset({"backend_api"}),
    )
    assert plan.tasks == STANDARD_TASKS
    assert any("backend_api" in n for n in plan.notes)


def test_a_recognition_without_an_entity_is_refused() -> None:
    rec = Recognition("do it", "do it", Intent.CREATE_ENTITY, (), 0.9)
    with pytest.raises(PlanRefused, match="names no entity"):
        plan_change(rec, Registry())


# --- renames: remembered, and the old names refused naming the new ones --------------------

COURSE = EntitySpec("Course", (Attribute("title"),))
ENROLLED = EntitySpec(
    "Student", (NAME, EMAIL), (Relationship("many_to_many", "Course"),)
)  # the owner of a link to Course
SCHOOL = Registry((COURSE, ENROLLED))


def renamed_field(entity: str, old: str, new: str) -> Recognition:
    spec = EntitySpec(entity, (Attribute(new, AttrType.EMAIL, renamed_from=old),))
    return recognize(Intent.RENAME_FIELD, spec)


def renamed_entity(old: str, new: str) -> Recognition:
    return recognize(Intent.RENAME_ENTITY, EntitySpec(new, renamed_from=old))


def test_a_field_rename_keeps_type_and_place_and_is_remembered() -> None:
    plan = plan_change(renamed_field("Student", "email", "contact_email"), SCHOOL)
    student = plan.after.get("Student")
    assert [a.name for a in student.attributes] == ["name", "contact_email"]
    assert student.attributes[1].type is AttrType.EMAIL
    assert plan.after.renames == (Rename("email", "contact_email", "Student"),)
    assert plan.notes == ("Student.email is renamed to contact_email",)
    assert plan.after.renames_since(SCHOOL) == plan.after.renames


def test_an_entity_rename_carries_the_relationships_pointing_at_it() -> None:
    plan = plan_change(renamed_entity("Course", "Module"), SCHOOL)
    assert plan.after.names == ("Module", "Student")
    assert plan.after.get("Student").relationships == (Relationship("many_to_many", "Module"),)
    assert plan.after.renames == (Rename("Course", "Module"),)
    assert plan.after.get("Module").attributes == COURSE.attributes


@pytest.mark.parametrize(
    ("intent", "spec"),
    [
        (Intent.ADD_FIELDS, EntitySpec("Course", (Attribute("phone"),))),
        (Intent.REMOVE_FIELDS, EntitySpec("Course", (Attribute("title"),))),
        (Intent.MODIFY_FIELDS, EntitySpec("Course", (Attribute("title", AttrType.INT),))),
        (Intent.REMOVE_ENTITY, EntitySpec("Course")),
        (
            Intent.ADD_RELATIONSHIP,
            EntitySpec("Course", relationships=(Relationship("many_to_one", "Student"),)),
        ),
    ],
)
def test_the_old_entity_name_is_refused_naming_the_new_one(
    intent: Intent, spec: EntitySpec
) -> None:
    after = plan_change(renamed_entity("Course", "Module"), SCHOOL).after
    with pytest.raises(PlanRefused, match="Course was renamed to Module: say Module instead"):
        plan_change(recognize(intent, spec), after)


def test_a_relationship_to_the_old_name_is_refused_naming_the_new_one() -> None:
    after = plan_change(renamed_entity("Course", "Module"), SCHOOL).after
    lesson = EntitySpec("Lesson", (NAME,), (Relationship("many_to_one", "Course"),))
    with pytest.raises(PlanRefused, match="Course was renamed to Module"):
        plan_change(recognize(Intent.CREATE_ENTITY, lesson), after)


def test_renaming_the_old_name_again_is_refused_and_a_chain_names_the_latest() -> None:
    after = plan_change(renamed_entity("Course", "Module"), SCHOOL).after
    with pytest.raises(PlanRefused, match="already renamed to Module"):
        plan_change(renamed_entity("Course", "Module"), after)
    after = plan_change(renamed_entity("Module", "Unit"), after).after
    assert after.renames == (Rename("Course", "Module"), Rename("Module", "Unit"))
    with pytest.raises(PlanRefused, match="Course was renamed to Unit"):
        plan_change(recognize(Intent.ADD_FIELDS, EntitySpec("Course", (AGE,))), after)
    with pytest.raises(PlanRefused, match="rename Unit to Lesson"):
        plan_change(renamed_entity("Course", "Lesson"), after)


def test_creating_an_entity_under_an_old_name_is_a_new_entity_and_says_so() -> None:
    after = plan_change(renamed_entity("Course", "Module"), SCHOOL).after
    plan = plan_change(recognize(Intent.CREATE_ENTITY, COURSE), after)
    assert plan.after.names == ("Module", "Student", "Course")
    assert "Course was renamed to Module earlier; this creates a new, separate Course" in (
        plan.notes
    )
    again = plan_change(recognize(Intent.ADD_FIELDS, EntitySpec("Course", (AGE,))), plan.after)
    assert again.after.get("Course").attributes == (*COURSE.attributes, AGE)


def test_the_old_field_name_is_refused_naming_the_new_one() -> None:
    after = plan_change(renamed_field("Student", "email", "contact_email"), SCHOOL).after
    for intent in (Intent.REMOVE_FIELDS, Intent.MODIFY_FIELDS):
        spec = EntitySpec("Student", (Attribute("email", AttrType.STR),))
        with pytest.raises(PlanRefused, match=r"Student\.email was renamed to contact_email"):
            plan_change(recognize(intent, spec), after)
    with pytest.raises(PlanRefused, match=r"Student\.email was renamed to contact_email"):
        plan_change(renamed_field("Student", "email", "mail"), after)
    added = plan_change(
        recognize(Intent.ADD_FIELDS, EntitySpec("Student", (Attribute("email"),))), after
    )
    assert [a.name for a in added.after.get("Student").attributes] == [
        "name",
        "contact_email",
        "email",
    ]
    assert any("adds a new, separate field email" in note for note in added.notes)


def test_a_field_renamed_before_its_entity_was_renamed_is_still_known() -> None:
    after = plan_change(renamed_field("Student", "email", "contact_email"), SCHOOL).after
    after = plan_change(renamed_entity("Student", "Pupil"), after).after
    spec = EntitySpec("Pupil", (Attribute("email"),))
    with pytest.raises(PlanRefused, match=r"Pupil\.email was renamed to contact_email"):
        plan_change(recognize(Intent.REMOVE_FIELDS, spec), after)


def test_the_rename_history_survives_the_registry_file() -> None:
    after = plan_change(renamed_entity("Course", "Module"), SCHOOL).after
    after = plan_change(renamed_field("Student", "email", "contact_email"), after).after
    assert Registry.from_dict(after.to_dict()) == after
    assert "renames" not in SCHOOL.to_dict()


def test_two_new_entities_that_link_to_each_other_are_created_as_described() -> None:
    course = EntitySpec("Course", (Attribute("title"),), (Relationship("many_to_many", "Student"),))
    student = EntitySpec("Student", (NAME, EMAIL), (Relationship("many_to_many", "Course"),))
    rec = Recognition("req", "req", Intent.CREATE_ENTITY, (student, course), 0.9)
    plan = plan_change(rec, Registry())
    assert plan.after.get("Student") == student
    assert plan.after.get("Course") == course
    assert not any("did not exist" in note for note in plan.notes)


def many_fields(count: int, prefix: str = "answer") -> tuple[Attribute, ...]:
    return tuple(Attribute(f"{prefix}_{i}", AttrType.INT) for i in range(count))


def test_an_entity_over_sqlites_column_limit_is_refused_before_anything_is_generated() -> None:
    survey = EntitySpec("Survey", many_fields(2100))
    with pytest.raises(PlanRefused) as refused:
        plan_change(recognize(Intent.CREATE_ENTITY, survey), Registry())
    message = str(refused.value)
    assert "nothing was generated" in message
    assert "Survey: 2100 fields and references need 2101 columns" in message
    assert "at most 2000 per table" in message


def test_fields_added_past_the_generated_pages_limit_are_refused() -> None:
    survey = EntitySpec("Survey", many_fields(990))
    before = plan_change(recognize(Intent.CREATE_ENTITY, survey), Registry()).after
    more = EntitySpec("Survey", many_fields(20, prefix="extra"))
    with pytest.raises(PlanRefused, match="hold at most 1000 per entity"):
        plan_change(recognize(Intent.ADD_FIELDS, more), before)


def test_a_refusal_lists_a_few_limit_problems_and_counts_the_rest() -> None:
    long_names = tuple(Attribute(f"{'very_' * 9}long_{i}") for i in range(8))
    with pytest.raises(PlanRefused) as refused:
        plan_change(recognize(Intent.CREATE_ENTITY, EntitySpec("Form", long_names)), Registry())
    message = str(refused.value)
    assert message.count("characters, at most 40") == 5
    assert "(and 3 more)" in message


def test_a_project_already_past_a_limit_can_still_grow_without_making_it_worse() -> None:
    # Made before the limit existed: a field named like the column of its reference.
    legacy = EntitySpec(
        "Enrolment",
        (Attribute("student_id", AttrType.INT),),
        (Relationship("many_to_one", "Student"),),
    )
    before = Registry((STUDENT, legacy))
    course = EntitySpec("Course", (Attribute("title"),))
    plan = plan_change(recognize(Intent.CREATE_ENTITY, course), before)
    assert plan.after.get("Course") == course
