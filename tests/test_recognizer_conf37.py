"""How well the confidence separates right readings from wrong ones is measured by `--cross`
(bench/fit_confidence.py) as an AUC beside the counts at each threshold: the chance that a
right reading scores above a wrong one. A feature is judged by it and by the accepted right
and wrong counts, so the number must mean what it says.

The scores below are made up for this file (no corpus case is read).
"""

from __future__ import annotations

import math

import pytest

from bench.fit_confidence import auc


def test_scores_that_put_every_right_reading_first_separate_perfectly() -> None:
    assert auc([(0.95, 1), (0.9, 1), (0.4, 0), (0.2, 0)]) == 1.0


def test_scores_that_put_every_wrong_reading_first_separate_nothing() -> None:
    assert auc([(0.95, 0), (0.9, 0), (0.4, 1), (0.2, 1)]) == 0.0


def test_a_tie_between_a_right_and_a_wrong_reading_counts_half() -> None:
    assert auc([(0.7, 1), (0.7, 0)]) == 0.5


@pytest.mark.parametrize(
    ("scored", "expected"),
    [
        # one wrong reading above one of the two right ones: 1 of 2 pairs in order
        ([(0.9, 1), (0.8, 0), (0.6, 1)], 0.5),
        # three right, one wrong between them: 2 of 3 pairs in order
        ([(0.99, 1), (0.97, 1), (0.85, 0), (0.83, 1)], 2 / 3),
        # a tie inside the right readings changes nothing
        ([(0.9, 1), (0.9, 1), (0.5, 0)], 1.0),
    ],
)
def test_the_share_of_pairs_in_order_is_counted_by_ranks(
    scored: list[tuple[float, int]], expected: float
) -> None:
    pairs = [(p, q) for p, ok in scored if ok for q, bad in scored if not bad]
    by_pairs = sum((p > q) + 0.5 * (p == q) for p, q in pairs) / len(pairs)
    assert auc(scored) == pytest.approx(expected)
    assert auc(scored) == pytest.approx(by_pairs)


def test_without_a_wrong_reading_there_is_nothing_to_separate() -> None:
    assert math.isnan(auc([(0.9, 1), (0.8, 1)]))
