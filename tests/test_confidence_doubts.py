"""Doubts a person relies on: a reading that English says is probably wrong is asked about.

Each kind of doubt follows from how English is written, not from one request's words: an
article or a pronoun never sits inside a name, a word about the schema ("field", "column") is
not part of the thing named, a plural inside a field's name says how many, a name the person
wrote as an identifier is kept exactly, an "also …" sentence adds something. Each test puts a
misreading next to the right reading of the same request (wordings of this file, not the
corpus's) and checks that the misreading carries the doubt, the right one does not, and the
doubt lowers the misreading's score; one misreading an earlier reader made is scored as a
whole and is asked about because of its doubt alone.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Relationship
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.confidence import features_of, score
from baes_tui.recognition.recognizer import DEFAULT_THRESHOLD, Recognizer
from baes_tui.recognition.text import clean


def _scored(request: str, draft: Draft) -> tuple[dict[str, float], float]:
    features = features_of(draft, clean(request), request)
    return features, score(features)


def _draft(intent: Intent, name: str, *fields: Attribute | str, **extra: object) -> Draft:
    attributes = tuple(f if isinstance(f, Attribute) else Attribute(f) for f in fields)
    return Draft(intent=intent, entities=[EntitySpec(name, attributes)], **extra)


def _create(name: str, *fields: Attribute | str, **extra: object) -> Draft:
    return _draft(Intent.CREATE_ENTITY, name, *fields, **extra)


def _doubted(request: str, wrong: Draft, right: Draft, evidence: str) -> None:
    """The misreading carries the evidence, the right reading does not, and the evidence
    lowers the misreading's score (the other evidence of the two readings may differ)."""
    wrong_features, wrong_score = _scored(request, wrong)
    right_features, _ = _scored(request, right)
    assert wrong_features[evidence] >= 1
    assert right_features[evidence] == 0
    unseen = {**wrong_features, evidence: 0.0, "doubts": wrong_features["doubts"] - 1}
    assert wrong_score < score(unseen)


@pytest.mark.parametrize(
    ("request_text", "misread"),
    [
        # an article inside a name: a phrase of the sentence read as the name
        ("Log repairs with the harp owner, the date of the repair, a cost.", "date_of_the_repair"),
        # a pronoun: talk read as the old name of a rename
        ("We'd like 'alias' on Keeper renamed to 'call sign'.", "we_like_alias"),
        # a quantifier: a relationship sentence read as a field
        ("Telescopes with a serial and a mirror size; a dome houses many telescopes.",
         "dome_houses_many_telescopes"),
    ],
)  # fmt: skip
def test_a_name_holding_an_article_pronoun_or_quantifier_is_doubted(
    request_text: str, misread: str
) -> None:
    _doubted(
        request_text,
        _create("Repair", "harp_owner", misread),
        _create("Repair", "harp_owner", "repair_date"),
        "determiner_in_name",
    )


def test_a_word_about_the_schema_read_into_a_name_is_doubted() -> None:
    request = "Lighthouse needs a new text column called keeper note."
    addition = Intent.ADD_FIELDS
    _doubted(
        request,
        _draft(addition, "Lighthouse", "column_called_keeper_note"),
        _draft(addition, "Lighthouse", "keeper_note"),
        "meta_word_name",
    )


def test_a_field_named_after_the_thing_it_was_called_is_not_doubted() -> None:
    # "called" at the end is the name's own word: was the guardian called?
    request = "Log absences with pupil name, date and a guardian called flag."
    features, _ = _scored(request, _create("Absence", "pupil_name", "date", "guardian_called"))
    assert features["meta_word_name"] == 0


@pytest.mark.parametrize(
    ("field", "right"),
    [
        ("lamps_lit", Attribute("lamps_lit", AttrType.INT)),  # a plural before a participle
        ("visits_per_month", Attribute("visits_per_month", AttrType.INT)),  # a ratio
        ("max_visitors", Attribute("max_visitors", AttrType.INT)),  # a limit
        ("weekly_wage", Attribute("weekly_wage", AttrType.DECIMAL)),  # an amount per period
    ],
)
def test_a_text_field_named_like_a_count_or_a_ratio_is_doubted(
    field: str, right: Attribute
) -> None:
    request = f"Track lighthouses with name, {field.replace('_', ' ')} and a manned flag."
    _doubted(
        request,
        _create("Lighthouse", "name", Attribute(field, AttrType.STR), "manned"),
        _create("Lighthouse", "name", right, "manned"),
        "count_shape_text",
    )


@pytest.mark.parametrize(
    "attribute",
    [
        Attribute("opening_hours", AttrType.STR),  # a list plural
        Attribute("payment_terms", AttrType.STR),  # a plural that is a word of its own
        Attribute("starts_at", AttrType.DATETIME),  # not text
        Attribute("dues_paid", AttrType.BOOL),  # a yes/no as said
    ],
)
def test_a_field_whose_plural_is_no_count_is_not_doubted(attribute: Attribute) -> None:
    request = f"Clubs with name, {attribute.name.replace('_', ' ')} and city."
    features, _ = _scored(request, _create("Club", "name", attribute, "city"))
    assert features["count_shape_text"] == 0


def test_a_type_is_not_doubted_in_a_rename() -> None:
    # a rename keeps the field's type: nothing about it was read
    request = "Rename max guests to guest limit on Cabin."
    draft = _draft(
        Intent.RENAME_FIELD, "Cabin", Attribute("guest_limit", renamed_from="max_guests")
    )
    features, _ = _scored(request, draft)
    assert features["count_shape_text"] == 0


@pytest.mark.parametrize(
    ("request_text", "wrong", "right"),
    [
        ("rename field lens_type to lens_kind on Telescope", "lens", "lens_kind"),
        ("ObservingNight\nsky: text\nseeing: int", "Observing", "ObservingNight"),
    ],
)
def test_an_identifier_the_person_wrote_that_the_reading_lacks_is_doubted(
    request_text: str, wrong: str, right: str
) -> None:
    if "rename" in request_text:
        wrong_draft = _draft(
            Intent.RENAME_FIELD, "Telescope", Attribute(wrong, renamed_from="lens_type")
        )
        right_draft = _draft(
            Intent.RENAME_FIELD, "Telescope", Attribute(right, renamed_from="lens_type")
        )
    else:
        wrong_draft = _create(wrong, "sky", Attribute("seeing", AttrType.INT))
        right_draft = _create(right, "sky", Attribute("seeing", AttrType.INT))
    _doubted(request_text, wrong_draft, right_draft, "lost_identifier")


@pytest.mark.parametrize(
    "request_text",
    [
        "Bookings reach us over WhatsApp. Keep clients with name and phone.",  # a brand
        "ShopKit app: clients with name and phone.",  # the system's own name
        "Clients with name and phone. Use snake_case in the JSON API.",  # a rule on technology
    ],
)
def test_an_identifier_that_names_no_data_is_no_doubt(request_text: str) -> None:
    cleaned = clean(request_text)
    draft = Recognizer().draft(cleaned)
    assert [e.name for e in draft.entities] == ["Client"]
    assert features_of(draft, cleaned, request_text)["lost_identifier"] == 0


def test_a_field_repeating_its_entity_from_a_possessive_is_doubted() -> None:
    request = "Keep keepers with each keeper's home port, radio call sign and start date."
    _doubted(
        request,
        _create("Keeper", "keeper_home_port", "radio_call_sign", "start_date"),
        _create("Keeper", "home_port", "radio_call_sign", "start_date"),
        "field_repeats_entity",
    )


def test_a_reading_that_leaves_an_also_sentence_unexplained_is_asked_about() -> None:
    request = (
        "We rent out kayaks by the hour. Each kayak has a hull number, a colour and a seat "
        "count. Oh, and also a last inspection date."
    )
    lost = "Oh, and also a last inspection date."
    fields = ("hull_number", "colour", Attribute("seat_count", AttrType.INT))
    _doubted(
        request,
        _create("Kayak", *fields, rules=[lost], unread_texts=[lost], unread_words=5),
        _create("Kayak", *fields, "last_inspection_date"),
        "lost_addition",
    )


def test_an_also_sentence_the_reading_used_is_no_doubt() -> None:
    request = "As a harbour master I want moorings to also have a depth."
    story_tail = "As a harbour master I want moorings to also have a depth."
    draft = _draft(Intent.ADD_FIELDS, "Mooring", Attribute("depth", AttrType.FLOAT))
    draft.rules.append(story_tail)
    features, _ = _scored(request, draft)
    assert features["lost_addition"] == 0


def test_a_capitalised_name_read_as_a_field_is_doubted() -> None:
    request = "Create Diver (name, licence) and Wreck (depth, found on (date)), plus Permit"
    diver = EntitySpec("Diver", (Attribute("name"), Attribute("licence")))
    wreck = EntitySpec("Wreck", (Attribute("depth", AttrType.FLOAT), Attribute("found_on")))
    with_permit = EntitySpec("Wreck", (*wreck.attributes, Attribute("permit")))
    _doubted(
        request,
        Draft(intent=Intent.CREATE_ENTITY, entities=[diver, with_permit]),
        Draft(intent=Intent.CREATE_ENTITY, entities=[diver, wreck]),
        "capitalised_field",
    )


def test_a_capital_at_the_start_of_a_cell_names_no_entity() -> None:
    request = "Entity: Reef\n\n| Field | Type | Notes |\n|---|---|---|\n| depth | float | |"
    draft = _create("Reef", Attribute("depth", AttrType.FLOAT), "notes")
    features, _ = _scored(request, draft)
    assert features["capitalised_field"] == 0


def test_an_unread_line_declaring_an_entity_is_doubted() -> None:
    line = "Keeper: name, radio call sign (string), email"
    request = f"{line}\nLighthouse: code, height (float), lit year\nEach lighthouse has one keeper"
    lighthouse = ("code", Attribute("height", AttrType.FLOAT), "lit_year")
    keeper = EntitySpec(
        "Keeper", (Attribute("name"), Attribute("radio_call_sign"), Attribute("email"))
    )
    relation = (Relationship("many_to_one", "Keeper"),)
    lone = EntitySpec(
        "Lighthouse", tuple(Attribute(f) if isinstance(f, str) else f for f in lighthouse), relation
    )
    _doubted(
        request,
        Draft(intent=Intent.CREATE_ENTITY, entities=[lone], unread_texts=[line], unread_words=7),
        Draft(intent=Intent.CREATE_ENTITY, entities=[keeper, lone]),
        "unread_declaration",
    )


def test_a_left_out_sentence_saying_a_field_may_be_blank_is_doubted() -> None:
    aside = "The pager may be blank for day visitors."
    request = f"Sign in visitors to the observatory: name, arrival time and pager. {aside}"
    fields = ("name", "arrival_time")
    _doubted(
        request,
        _create("Visitor", *fields, "pager", rules=[aside], aside_texts=[aside]),
        _create("Visitor", *fields, Attribute("pager", required=False)),
        "optional_unread",
    )


def test_a_change_that_says_a_field_was_optional_is_no_doubt() -> None:
    # describing today's state is how a change to required is asked for
    said = "The pager on visitors is optional right now but nobody fills it in."
    request = f"{said} Make pager required please."
    draft = _draft(Intent.MODIFY_FIELDS, "Visitor", Attribute("pager"), rules=[said])
    features, _ = _scored(request, draft)
    assert features["optional_unread"] == 0


def test_a_name_that_lost_the_plural_heading_its_list_is_doubted() -> None:
    # "workshop tools": the plural frame word is the head, Workshop only its modifier
    request = "I need an app for our workshop tools: tool number, bench, last sharpened"
    fields = ("tool_number", "bench", "last_sharpened")
    _doubted(
        request,
        _create("Workshop", *fields),
        _create("WorkshopTool", *fields),
        "frame_plural_after",
    )


def test_a_plural_frame_after_an_article_is_a_verb_and_no_doubt() -> None:
    request = "A voyage records: port, departure date, crew size"
    features, _ = _scored(request, _create("Voyage", "port", "departure_date", "crew_size"))
    assert features["frame_plural_after"] == 0


def test_a_relationship_sentence_read_as_a_field_is_asked_about() -> None:
    # "Each crate holds one lens at a time." read as a field lens_at_a_time of Crate (the
    # reader of 2026-12-01 did; it reads the relationship since): the article inside the name
    # is the only evidence that it is no field, and it takes the reading below the threshold.
    request = (
        "Lens catalogue\n\nRequirements:\n- Crate entity with:\n  - crate code\n  - shelf\n"
        "- Lens entity with:\n  - focal length (integer)\n  - maker\n"
        "- Each crate holds one lens at a time."
    )
    crate = EntitySpec(
        "Crate", (Attribute("crate_code"), Attribute("shelf"), Attribute("lens_at_a_time"))
    )
    lens = EntitySpec("Lens", (Attribute("focal_length", AttrType.INT), Attribute("maker")))
    misread = Draft(intent=Intent.CREATE_ENTITY, entities=[crate, lens], explicit_entities=2)
    features, confidence = _scored(request, misread)
    assert features["determiner_in_name"] >= 1
    assert confidence < DEFAULT_THRESHOLD
    # the role model (roles.py) sees it too: "lens at a time" is no field's wording
    assert features["odd_roles"] >= 1
    unseen = {
        **features,
        "determiner_in_name": 0.0,
        "doubts": features["doubts"] - 1,
        "odd_roles": 0.0,
    }
    assert score(unseen) >= DEFAULT_THRESHOLD
