"""Spreadsheet people moving a workbook into an app (branch sheet9).

Every request here is written for this file (none is copied from the corpus). Each family
shows its own wordings and counterparts that keep today's reading.
"""

from __future__ import annotations

import pytest

from baes_tui.core.models import Intent
from tests.support.recognition import accepted, reading

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
