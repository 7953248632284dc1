"""Readers memoised for speed (`memo_list`): a caller that changes the list it was given must
not change what the next caller gets, and a remembered answer is the answer read afresh."""

from __future__ import annotations

from baes_tui.recognition.clauses import clauses_of
from baes_tui.recognition.memo import memo_list


def test_each_caller_gets_a_list_of_its_own() -> None:
    calls: list[str] = []

    @memo_list(maxsize=8)
    def kilns(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    first = kilns("raku kiln glaze")
    first.append("cullet")
    first[0] = "salt"
    assert kilns("raku kiln glaze") == ["raku", "kiln", "glaze"]
    assert calls == ["raku kiln glaze"]  # read once, remembered after


def test_clauses_remembered_are_the_clauses_read_afresh() -> None:
    requests = [
        "Suppliers don't need a fax anymore, please remove it.",
        "Create a system to manage students with name, email, and age",
        "As a harbour master, I want each berth to have a length and a depth",
        "Kiln: firing date, peak temperature (number), notes, sorry for my english",
    ]
    for segment, text in enumerate(requests):
        first = clauses_of(text, segment)
        again = clauses_of(text, segment)
        assert again == first and again is not first
        again.clear()
        assert clauses_of(text, segment) == first
        # (the function under the memo, called directly, reads the same clauses)
        assert clauses_of.__wrapped__(text, segment) == first  # type: ignore[attr-defined]
