"""Field lists (branch att22), each in wording of its own: what a person relies on when the
rules read the names and types of the fields listed."""

from __future__ import annotations

from baes_tui.recognition.changes import _capitalised_runs
from baes_tui.recognition.fields import _split_run_on
from tests.support.recognition import read, shape


# --- a very long request is read in time linear in its length ---------------------------------
def test_a_long_repeated_change_is_still_asked_about() -> None:
    # (kept short so the suite stays fast; the cut is the same at any length)
    result = read("Set weight optional " * 60)
    assert result.status == "needs_clarification"


def test_a_long_run_of_articles_is_still_read_as_one_part() -> None:
    assert _split_run_on("the " * 300) == [("the " * 300).strip()]
    assert _split_run_on("a brand a weight a purchase date") == [
        "a brand",
        "a weight",
        "a purchase date",
    ]


def test_a_capitalised_name_is_found_however_it_is_spaced() -> None:
    words = ["cargo", "ship", "capacity"]
    assert _capitalised_runs(words, "set the CargoShip capacity") == {2}  # "Cargo" ends no word
    assert _capitalised_runs(words, "set the Cargo Ship capacity") == {1, 2}
    assert _capitalised_runs(words, "set the cargo ship capacity") == set()
    # a run longer than a class name may be is no name written in full
    many = ["tide"] * 40
    assert max(_capitalised_runs(many, "set the " + "Tide " * 40)) * len("Tide") <= 48


# --- an irregular participle after "year" says when it happened: the year is a number --------
def test_a_year_said_with_an_irregular_participle_is_a_whole_number() -> None:
    result = read("Track rugs with pattern, year woven and knot density")
    assert shape(result) == ["Rug(pattern:str,year_woven:int,knot_density:float)"]
    # and, in a list said without commas, the participle ends the field it names
    assert _split_run_on("pot colour year thrown kiln") == ["pot colour", "year thrown", "kiln"]
