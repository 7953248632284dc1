"""The form's Select shows a value it was given before it could draw it (Textual issue 6581).

A field row mounted while the app is busy can have its type set before the Select's
current-value line has composed its label; stock Textual then raises `NoMatches` and the app
stops (it failed a spec-editor pilot test once in CI).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.css.query import NoMatches
from textual.widgets import Static
from textual.widgets._select import SelectCurrent

from baes_tui.ui.widgets.form_select import FormSelect, PatientCurrent
from tests.ui.conftest import until

OPTIONS = [("text", "text"), ("int", "int"), ("date", "date")]


class Form(App[None]):
    def compose(self) -> ComposeResult:
        yield FormSelect(OPTIONS, value="int", allow_blank=False, id="type")


def label_of(current: SelectCurrent) -> str:
    return str(current.query_one("#label", Static).content)


def test_stock_textual_still_crashes_here_so_the_workaround_is_needed() -> None:
    with pytest.raises(NoMatches):
        SelectCurrent("pick one").update("int")


async def test_a_value_given_before_the_label_exists_is_shown_once_it_does() -> None:
    current = PatientCurrent("pick one")
    current.update("int")  # before compose: stock Textual raises here
    assert current.has_value

    app = Form()
    async with app.run_test() as pilot:
        await app.mount(current)
        await until(pilot, lambda: label_of(current) == "int", "the early value is drawn")


async def test_the_select_shows_its_value_and_changes_it_from_the_keyboard() -> None:
    app = Form()
    async with app.run_test() as pilot:
        select: Any = app.query_one("#type", FormSelect)
        current = select.query_one(PatientCurrent)
        assert label_of(current) == "int"
        select.focus()
        await pilot.press("enter", "down", "enter")
        await until(pilot, lambda: select.value == "date", "the next option is chosen")
        assert label_of(current) == "date"
