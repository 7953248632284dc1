"""The averaged perceptron both learned models are trained with (bench/fit_intents.py: one
intent per request; bench/fit_roles.py: one role per word). One trainer, so a fix or a speed-up
reaches both models and neither drifts from the other.

An example is a sequence of steps, each step the hashed feature rows of one item and its gold
class: a request is one step (its intent), a request's words are one step each (their roles).
The examples are shuffled as wholes, each epoch, by `seed`; the clock `t` ticks once a step.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from operator import add

Step = tuple[Sequence[int], int]


def train(
    data: Sequence[Sequence[Step]], classes: int, rows: int, epochs: int, seed: int
) -> list[float]:
    """The averaged weights, row by row (`table[row * classes + class]`): a multi-class
    perceptron whose every weight is averaged over all steps (the averaging keeps one late
    example from swinging a weight). Weights move by whole units, so every sum is exact."""
    size = rows * classes
    w = [0.0] * size
    total = [0.0] * size
    stamp = [0] * size
    zero = [0.0] * classes
    span = range(classes)
    t = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for di in order:
            for feats, gold in data[di]:
                t += 1
                s = zero
                for r in feats:
                    at = r * classes
                    s = list(map(add, s, w[at : at + classes]))
                guess = max(span, key=s.__getitem__)
                if guess == gold:
                    continue
                for r in feats:
                    for c, d in ((gold, 1.0), (guess, -1.0)):
                        at = r * classes + c
                        total[at] += (t - stamp[at]) * w[at]
                        stamp[at] = t
                        w[at] += d
    return [(total[i] + (t - stamp[i]) * w[i]) / t for i in range(size)]
