"""Planning a re-key of the recognition cache after the normalizer changed.

Pure and separate from the storage so the rule is easy to read and test: every entry made by
another normalizer gets the key the new normalizer gives its original request; when several
entries land on one key the most-hit (then most recently used) one is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RekeyRow:
    """What re-keying needs to know about one stored entry."""

    row_id: int
    key: str
    original_request: str
    normalizer_id: str
    hit_count: int
    last_used: str  # fixed-width UTC ISO text, so string order is time order


@dataclass(frozen=True, slots=True)
class RekeyPlan:
    drop: tuple[int, ...]
    moves: tuple[tuple[int, str], ...]  # (row id, new key), only rows that change


def plan_rekey(
    rows: Iterable[RekeyRow], normalize: Callable[[str], str], normalizer_id: str
) -> RekeyPlan:
    """Decide which rows move to which key and which are dropped as duplicates or unkeyable."""
    rows = list(rows)
    winners: dict[str, RekeyRow] = {}
    drop: list[int] = []
    for row in rows:
        if row.normalizer_id == normalizer_id:
            target = row.key
        else:
            target = normalize(row.original_request) if row.original_request else ""
        if not target:
            # Without the request there is no honest new key; keeping the old one could mis-hit.
            drop.append(row.row_id)
            continue
        best = winners.get(target)
        if best is None or (row.hit_count, row.last_used) > (best.hit_count, best.last_used):
            if best is not None:
                drop.append(best.row_id)
            winners[target] = row
        else:
            drop.append(row.row_id)
    moves = tuple(
        (row.row_id, target)
        for target, row in winners.items()
        if row.key != target or row.normalizer_id != normalizer_id
    )
    return RekeyPlan(drop=tuple(sorted(drop)), moves=moves)
