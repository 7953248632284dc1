"""Specs typed by a person or answered by an LLM pass one reader with clear messages."""

from __future__ import annotations

import pytest

from baes_tui.core.models import AttrType, Intent, Relationship
from baes_tui.core.spec import SpecError, read_spec


def spec(**overrides: object) -> dict:
    data: dict = {
        "request": "Create students with name and age",
        "intent": "create_entity",
        "entities": [
            {
                "name": "Student",
                "attributes": [
                    {"name": "name", "type": "str", "required": True},
                    {"name": "age", "type": "int", "required": False},
                ],
                "relationships": [],
            }
        ],
    }
    data.update(overrides)
    return data


def test_a_recognize_shaped_spec_becomes_a_human_recognition() -> None:
    rec = read_spec(spec())
    assert rec.intent is Intent.CREATE_ENTITY and rec.source == "human"
    assert rec.entity is not None and rec.entity.name == "Student"
    assert [(a.name, a.type, a.required) for a in rec.entity.attributes] == [
        ("name", AttrType.STR, True),
        ("age", AttrType.INT, False),
    ]


def test_the_one_entity_shape_is_read_too() -> None:
    data = spec()
    data["entity"] = data.pop("entities")[0]
    assert read_spec(data).entity.name == "Student"  # type: ignore[union-attr]


def test_request_given_beside_the_spec_is_the_request_recorded() -> None:
    assert read_spec(spec(), request="typed at the prompt").request == "typed at the prompt"


def test_typed_names_pass_the_safe_name_rule_and_say_so() -> None:
    data = spec(entities=[{"name": "class", "attributes": [{"name": "from", "type": "str"}]}])
    rec = read_spec(data)
    assert rec.entity.name == "ClassItem"  # type: ignore[union-attr]
    assert rec.entity.attributes[0].name == "from_value"  # type: ignore[union-attr]
    assert any("from_value" in note for note in rec.notes)


def test_every_problem_is_reported_at_once() -> None:
    data = spec(
        intent="create_everything",
        entities=[
            {
                "name": "Student",
                "attributes": [
                    {"name": "age", "type": "number"},
                    {"name": "123"},
                    {"name": "Email"},
                    {"name": "email"},
                ],
                "relationships": [{"kind": "one_to_many", "target": "Course"}],
            }
        ],
    )
    with pytest.raises(SpecError) as caught:
        read_spec(data)
    text = str(caught.value)
    assert "create_everything" in text and "create_entity" in text
    assert "'number' is not supported" in text and "decimal" in text
    assert "has no letters" in text
    assert "both become the field email" in text
    assert "one_to_many" in text
    assert len(caught.value.problems) == 5


def test_a_relationship_target_must_exist_in_the_spec_or_the_project() -> None:
    data = spec(
        intent="add_relationship",
        entities=[{"name": "Order", "relationships": [{"kind": "many_to_one", "target": "Buyer"}]}],
    )
    with pytest.raises(SpecError, match="Buyer, which is neither in the spec nor in the project"):
        read_spec(data, known_entities=["Order", "Customer"])
    rec = read_spec(data, known_entities=["Order", "Buyer"])
    assert rec.entity.relationships == (Relationship("many_to_one", "Buyer"),)  # type: ignore[union-attr]


@pytest.mark.parametrize("data", [None, [], "text", 3, {"intent": "create_entity"}])
def test_shapes_that_are_not_a_spec_are_refused(data: object) -> None:
    with pytest.raises(SpecError):
        read_spec(data)


def test_an_id_field_is_refused_with_the_reason() -> None:
    data = spec(entities=[{"name": "Badge", "attributes": [{"name": "id"}, {"name": "code"}]}])
    with pytest.raises(SpecError, match="primary key"):
        read_spec(data)


def test_renames_need_the_current_name() -> None:
    data = spec(intent="rename_entity", entities=[{"name": "Module"}])
    with pytest.raises(SpecError, match="renamed_from"):
        read_spec(data)
    data = spec(intent="rename_entity", entities=[{"name": "Module", "renamed_from": "Course"}])
    assert read_spec(data).entity.renamed_from == "Course"  # type: ignore[union-attr]
