"""The confidence fit (bench/fit_confidence.py): what the shipped weights are made with."""

from __future__ import annotations

import math
import random

from bench.fit_confidence import fit


def _rows(seed: int, true: list[float], n: int) -> list[tuple[list[float], int, float]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        x = [1.0, float(rng.random() < 0.3), float(rng.random() < 0.5), float(rng.randint(0, 3))]
        z = sum(w * xi for w, xi in zip(true, x, strict=True))
        rows.append((x, int(rng.random() < 1 / (1 + math.exp(-z))), 1.0))
    return rows


def test_the_fit_recovers_the_weights_that_made_the_data() -> None:
    true = [2.0, -1.5, 0.8, -0.4]
    got = fit(_rows(1, true, 20_000), prior=[0.0] * 4)
    assert all(abs(g - t) < 0.15 for g, t in zip(got, true, strict=True)), got


def test_a_row_counted_twice_weighs_as_one_row_of_double_weight() -> None:
    """Rows are merged by features and label before the Newton steps: the merge must not
    change the fit."""
    rows = _rows(2, [1.0, -2.0, 0.5, 0.3], 400)
    doubled = fit(rows + rows, prior=[0.0] * 4)
    weighted = fit([(x, y, 2.0) for x, y, _ in rows], prior=[0.0] * 4)
    assert all(abs(a - b) < 1e-9 for a, b in zip(doubled, weighted, strict=True))
