"""The draft behind the editable preview: a faithful copy that reads back through read_spec."""

from __future__ import annotations

import pytest

from baes_tui.core.models import (
    Attribute,
    AttrType,
    EntitySpec,
    Intent,
    Recognition,
    Relationship,
)
from baes_tui.core.spec import SpecError
from baes_tui.ui.widgets.clarify import corrected
from baes_tui.ui.widgets.spec_draft import FieldDraft, RelationshipDraft, SpecDraft

SCHOOL = Recognition(
    request="students with name and age, courses with title; each enrollment belongs to a student",
    normalized_key="school",
    intent=Intent.CREATE_ENTITY,
    entities=(
        EntitySpec("Student", (Attribute("name"), Attribute("age", AttrType.INT, False))),
        EntitySpec("Course", (Attribute("title"),)),
        EntitySpec("Enrollment", (), (Relationship("many_to_one", "Student"),)),
    ),
    confidence=0.4,
    status="needs_clarification",
    business_rules=("grades are kept for ten years",),
    custom_logic=("retention",),
    missing=("attributes",),
    notes=("Enrollment is named without fields",),
)


def test_an_unedited_draft_reads_back_as_the_same_entities_from_a_person() -> None:
    draft = SpecDraft.from_recognition(SCHOOL)
    assert draft == SpecDraft.from_recognition(SCHOOL)
    read = draft.read(SCHOOL, SCHOOL.request, known_entities=())
    assert read.entities == SCHOOL.entities
    assert read.source == "human" and read.status == "recognized" and read.confidence == 1.0
    assert read.business_rules == SCHOOL.business_rules, "nothing the person wrote is lost"
    assert read.custom_logic == SCHOOL.custom_logic


def test_any_change_makes_the_draft_differ_from_what_baes_understood() -> None:
    original = SpecDraft.from_recognition(SCHOOL)
    for change in (
        lambda d: setattr(d.entities[0].fields[1], "type", "float"),
        lambda d: setattr(d.entities[0].fields[0], "required", False),
        lambda d: d.entities[1].fields.append(FieldDraft("code")),
        lambda d: setattr(d.entities[2], "name", "Registration"),
        lambda d: d.entities[1].relationships.append(RelationshipDraft("many_to_many", "Student")),
        lambda d: setattr(d, "intent", "add_fields"),
    ):
        edited = original.copy()
        change(edited)
        assert edited != original
    assert original == SpecDraft.from_recognition(SCHOOL), "copies never share rows"


def test_typed_names_pass_the_safe_name_rule_with_a_note() -> None:
    draft = SpecDraft.from_recognition(SCHOOL)
    draft.entities[1].name = "class"
    draft.entities[1].fields.append(FieldDraft("Order", "int"))
    read = draft.read(SCHOOL, SCHOOL.request, known_entities=())
    assert read.entities[1].name == "ClassItem"
    assert read.entities[1].attributes[-1] == Attribute("order_value", AttrType.INT)
    assert "entity name 'class' is used as ClassItem" in read.notes
    assert "field name 'Order' is used as order_value" in read.notes


def test_every_problem_is_listed_at_once() -> None:
    draft = SpecDraft.from_recognition(SCHOOL)
    draft.entities[0].name = "123"
    draft.entities[1].fields.append(FieldDraft(""))
    draft.entities[2].relationships.append(RelationshipDraft("many_to_one", "Teacher"))
    with pytest.raises(SpecError) as caught:
        draft.read(SCHOOL, SCHOOL.request, known_entities=())
    problems = caught.value.problems
    assert len(problems) == 4, problems
    assert any("no letters" in p for p in problems), problems
    assert any("links to Student" in p for p in problems), "its link lost its target"
    assert any("needs a name" in p for p in problems), problems
    assert any("Teacher" in p and "neither in the spec nor in the project" in p for p in problems)


def test_a_request_with_no_entity_gets_one_blank_entity_to_fill() -> None:
    vague = Recognition(
        "do the thing", "thing", Intent.CREATE_ENTITY, (), 0.0, "needs_clarification"
    )
    draft = SpecDraft.from_recognition(vague)
    assert len(draft.entities) == 1 and draft.entities[0].name == ""
    draft.entities[0].name = "gadget"
    draft.entities[0].fields.append(FieldDraft("label"))
    read = draft.read(vague, vague.request, known_entities=())
    assert read.entities == (EntitySpec("Gadget", (Attribute("label"),)),)


def test_the_entity_list_line_says_what_each_entity_has() -> None:
    draft = SpecDraft.from_recognition(SCHOOL)
    assert draft.entities[0].summary() == "Student — name, age"
    assert draft.entities[2].summary() == "Enrollment — no fields · belongs to one Student"


def test_names_typed_in_the_clarification_dialog_pass_the_same_rule() -> None:
    vague = Recognition(
        "do the thing", "thing", Intent.CREATE_ENTITY, (), 0.0, "needs_clarification"
    )
    answer = corrected(vague, "create_entity", "class", "order:int, note?")
    assert answer.entities == (
        EntitySpec(
            "ClassItem", (Attribute("order_value", AttrType.INT), Attribute("note", required=False))
        ),
    )
    assert answer.source == "human" and "entity name 'class' is used as ClassItem" in answer.notes
    with pytest.raises(SpecError) as caught:
        corrected(vague, "create_entity", "Gadget", "id:int, size:huge, 7")
    assert len(caught.value.problems) == 3, caught.value.problems
