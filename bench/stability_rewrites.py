"""Stability under harmless rewrites as a confidence feature: which rewrites, and does it pay?

Run: .venv/bin/python -m bench.stability_rewrites           per rewrite, on the dev split
     .venv/bin/python -m bench.stability_rewrites --first   per rewrite, on the first reads
     .venv/bin/python -m bench.stability_rewrites --cross   the model with and without it

Per rewrite (bench/stability.py), over reads with nothing missing: how often it applies and
how often it changes the reading, for readings that are exactly right and for wrong ones, and
again for the reads the shipped confidence accepts. A rewrite may feed the feature only if it
almost never changes a right reading on dev.

First reads are how the recognizer read new cases before anyone tuned on them. Their rewrites
are read by *the commit that first read each row* (a throwaway worktree per commit, as
`fit_confidence --replay` does): today's recognizer was tuned on those very requests, so its
reading of a rewrite measures today's fixes, not the first read's fragility. (Compared with the
stored first read, today's reads of the rewrites "flag" most rows that were wrong then and have
been fixed since: a leak, not evidence.)

`--cross` fits the confidence model (fit_confidence.fit, same priors, L2, first-read weight)
with and without the feature `unstable` (prior -1.0) and prints, for both: leave-one-source-out
precision and asking per source of first reads (each source scored by a fit that saw neither
its first reads nor its cases' dev rows), and dev exactness / precision above the threshold /
share asked / vague-garbage accepted for the shipped weights and the two full fits. Only the
dev split and the stored first reads are read; never the held-out split.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.core.models import EntitySpec
from baes_tui.recognition import confidence
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import DEFAULT_THRESHOLD, Recognizer
from baes_tui.recognition.text import clean
from bench import first_reads as first_reads_mod
from bench import fit_confidence, stability
from bench.recognition_corpus import CLARIFY_VOICES, Case, differences, load_split

FEATURE = "unstable"
PRIOR = -1.0  # one rewrite that changes the reading: about as strong as an unread list


@dataclass
class DevRead:
    case: Case
    missing: bool
    right: bool  # the content is exactly right (read at threshold 0)
    features: dict[str, float]
    flips: dict[str, int]  # candidate rewrite → changed the reading


def dev_reads(names: tuple[str, ...] = tuple(stability.CANDIDATES)) -> list[DevRead]:
    recognizer = Recognizer()
    normalizer = FallbackNormalizer()
    out = []
    for case in load_split("dev"):
        cleaned = clean(case.request)
        draft = recognizer.draft(cleaned)
        got = recognizer.recognize(case.request, normalizer=normalizer, threshold=0.0)
        features = confidence.features_of(draft, cleaned, case.request)
        features.pop("_missing", None)
        flips: dict[str, int] = {}
        if not draft.missing:
            base = stability.meaning(draft.intent, draft.entities, False)
            for name, text in stability.rewrites(case.request, names).items():
                other = recognizer.draft(clean(text))
                now = stability.meaning(other.intent, other.entities, bool(other.missing))
                flips[name] = int(stability.changed(name, base, now))
        out.append(DevRead(case, bool(draft.missing), not differences(case, got), features, flips))
    return out


def first_read_flips(stored: list[dict]) -> dict[str, dict[str, int]]:
    """Per first-read row: which candidate rewrites change its reading, read by the commit
    that first read the row."""
    out: dict[str, dict[str, int]] = {}
    for commit in sorted({row["commit"] for row in stored}):
        rows = [row for row in stored if row["commit"] == commit]
        pairs = [
            (f"{row['id']}\t{name}", text)
            for row in rows
            for name, text in stability.rewrites(row["request"], stability.CANDIDATES).items()
        ]
        reads = {r["id"]: r for r in first_reads_mod.read_at(commit, pairs)} if pairs else {}
        for row in rows:
            base = _meaning_of(row["recognition"])
            flips = out.setdefault(row["id"], {})
            for name in stability.rewrites(row["request"], stability.CANDIDATES):
                now = _meaning_of(reads[f"{row['id']}\t{name}"]["recognition"])
                flips[name] = int(stability.changed(name, base, now))
    return out


def _meaning_of(recognition: dict) -> tuple[object, ...]:
    """A stored recognition read at threshold 0: asked only when something was missing."""
    entities = [EntitySpec.from_dict(e) for e in recognition["entities"]]
    missing = recognition["status"] != "recognized"
    return stability.meaning(recognition["intent"], entities, missing)


def _unstable(flips: dict[str, int]) -> float:
    return float(sum(flips.get(name, 0) for name in stability.REWRITES))


# --- per rewrite ------------------------------------------------------------------------------


def _table(items: list[tuple[bool, bool, dict[str, int]]]) -> None:
    """items: (right, accepted by the shipped weights, flips)."""
    counts = {name: [0] * 8 for name in stability.CANDIDATES}
    for right, accepted, flips in items:
        at = 0 if right else 2
        for name, flip in flips.items():
            counts[name][at] += 1
            counts[name][at + 1] += flip
            if accepted:
                counts[name][4 + at] += 1
                counts[name][4 + at + 1] += flip
    print(
        f"{'rewrite':20} {'right: applies':>14} {'changes':>8} {'wrong: applies':>15}"
        f" {'changes':>8} | {'accepted right':>14} {'changes':>8} {'accepted wrong':>15}"
        f" {'changes':>8}  kept"
    )
    for name, c in counts.items():
        kept = "yes" if name in stability.REWRITES else ""
        print(
            f"{name:20} {c[0]:14} {c[1]:8} {c[2]:15} {c[3]:8} | {c[4]:14} {c[5]:8}"
            f" {c[6]:15} {c[7]:8}  {kept}"
        )


def per_rewrite_dev() -> None:
    reads = dev_reads()
    shipped = dict(confidence.WEIGHTS)
    _table(
        [
            (r.right, _score(shipped, r.features) >= DEFAULT_THRESHOLD, r.flips)
            for r in reads
            if not r.missing
        ]
    )


def per_rewrite_first() -> None:
    stored = fit_confidence.first_reads()
    flips = first_read_flips(stored)
    shipped = dict(confidence.WEIGHTS)
    _table(
        [
            (
                bool(row["right"]),
                _score(shipped, first_reads_mod.features(row)) >= DEFAULT_THRESHOLD,
                flips[row["id"]],
            )
            for row in stored
        ]
    )


# --- the model with and without the feature ---------------------------------------------------


def _score(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(w * feats.get(name, 0.0) for name, w in weights.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _fit(
    dev: list[DevRead],
    firsts: list[dict],
    first_flips: dict[str, dict[str, int]],
    names: tuple[str, ...],
    hidden_source: str | None,
) -> dict[str, float]:
    hidden = {row["id"] for row in firsts if row["source"] == hidden_source}
    data: list[tuple[list[float], int, float]] = []
    for r in dev:
        if r.missing or r.case.id in hidden:
            continue
        feats = {**r.features, FEATURE: _unstable(r.flips)}
        data.append(([feats.get(n, 0.0) for n in names], int(r.right), 1.0))
    for row in firsts:
        if row["source"] == hidden_source:
            continue
        feats = {**first_reads_mod.features(row), FEATURE: _unstable(first_flips[row["id"]])}
        data.append(
            ([feats.get(n, 0.0) for n in names], row["right"], fit_confidence.FIRST_READ_WEIGHT)
        )
    prior = [confidence.PRIOR.get(n, PRIOR) for n in names]
    return dict(zip(names, fit_confidence.fit(data, prior), strict=True))


def _fit_alone(
    dev: list[DevRead],
    firsts: list[dict],
    first_flips: dict[str, dict[str, int]],
    hidden_source: str | None,
) -> dict[str, float]:
    """The shipped weights kept as they are and only the feature's weight fitted (Newton's
    method in one dimension, same prior strength): the feature's own effect, without the
    refit moving every other weight."""
    shipped = dict(confidence.WEIGHTS)
    data: list[tuple[float, float, int, float]] = []  # offset, unstable, right, weight
    for r in dev:
        if not r.missing and not _hidden(r.case.id, firsts, hidden_source):
            data.append((_z(shipped, r.features), _unstable(r.flips), int(r.right), 1.0))
    for row in firsts:
        if row["source"] != hidden_source:
            offset = _z(shipped, first_reads_mod.features(row))
            weight = fit_confidence.FIRST_READ_WEIGHT
            data.append((offset, _unstable(first_flips[row["id"]]), row["right"], weight))
    u = PRIOR
    for _ in range(50):
        grad, hess = -fit_confidence.L2 * (u - PRIOR), -fit_confidence.L2
        for offset, x, y, weight in data:
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, offset + u * x))))
            grad += weight * (y - p) * x
            hess -= weight * p * (1 - p) * x * x
        step = grad / hess
        u -= step
        if abs(step) < 1e-9:
            break
    return {**shipped, FEATURE: u}


def _hidden(cid: str, firsts: list[dict], source: str | None) -> bool:
    return any(row["id"] == cid and row["source"] == source for row in firsts)


def _z(weights: dict[str, float], feats: dict[str, float]) -> float:
    return sum(w * feats.get(name, 0.0) for name, w in weights.items())


def _dev_figures(dev: list[DevRead], weights: dict[str, float]) -> str:
    """Exactly right / precision above the threshold / asked / vague-garbage accepted, as
    bench_recognition counts them (an asked recognized-labelled case is wrong)."""
    right = accepted = right_accepted = vague_accepted = 0
    for r in dev:
        feats = {**r.features, FEATURE: _unstable(r.flips)}
        takes = not r.missing and _score(weights, feats) >= DEFAULT_THRESHOLD
        labelled_ask = r.case.wants_clarification
        exact = (not takes) if labelled_ask else (takes and r.right)
        right += exact
        if takes:
            accepted += 1
            right_accepted += exact
            vague_accepted += r.case.voice in CLARIFY_VOICES
    n = len(dev)
    return (
        f"{100 * right / n:.1f}% exact, {100 * right_accepted / max(accepted, 1):.1f}% of"
        f" {accepted} accepted right, asked {100 * (n - accepted) / n:.1f}%,"
        f" vague/garbage accepted {vague_accepted}"
    )


def compare() -> None:
    firsts = fit_confidence.first_reads()
    first_flips = first_read_flips(firsts)
    dev = dev_reads(stability.REWRITES)
    without = confidence.FEATURES
    with_it = (*confidence.FEATURES, FEATURE)
    flagged = [row for row in firsts if _unstable(first_flips[row["id"]])]
    print(
        f"first reads: {len(firsts)}; changed by a kept rewrite: {len(flagged)}"
        f" ({sum(not row['right'] for row in flagged)} of them wrong)"
    )
    print(f"\nleave-one-source-out, threshold {DEFAULT_THRESHOLD}")
    print(f"{'source':12} {'rows':>5} {'right':>6} | without: precision (accepted)  asked"
          f" | with: precision (accepted)  asked"
          f" | shipped: precision (accepted)  asked"
          f" | shipped + it alone: precision (accepted)  asked")  # fmt: skip
    totals = {False: [0, 0], True: [0, 0], "shipped": [0, 0], "alone": [0, 0]}
    for source in sorted({row["source"] for row in firsts}):
        hidden = [row for row in firsts if row["source"] == source]
        line = f"{source:12} {len(hidden):5} {sum(r['right'] for r in hidden):6}"
        columns = ((False, without), (True, with_it), ("shipped", without), ("alone", with_it))
        for on, names in columns:
            if on == "shipped":
                weights = dict(confidence.WEIGHTS)
            elif on == "alone":
                weights = _fit_alone(dev, firsts, first_flips, source)
            else:
                weights = _fit(dev, firsts, first_flips, names, source)
            taken = [
                row["right"]
                for row in hidden
                if _score(
                    weights,
                    {**first_reads_mod.features(row), FEATURE: _unstable(first_flips[row["id"]])},
                )
                >= DEFAULT_THRESHOLD
            ]
            totals[on][0] += len(taken)
            totals[on][1] += sum(taken)
            line += f" | {_share(sum(taken), len(taken))} of {len(taken):3}"
            line += f"  {100 * (len(hidden) - len(taken)) / len(hidden):5.1f}%"
        print(line)
    n = len(firsts)
    line = f"{'all':12} {n:5} {sum(r['right'] for r in firsts):6}"
    for on in (False, True, "shipped", "alone"):
        taken, good = totals[on]
        line += f" | {_share(good, taken)} of {taken:3}  {100 * (n - taken) / n:5.1f}%"
    print(line)
    print(f"\ndev ({len(dev)} cases)")
    print(f"  shipped weights:            {_dev_figures(dev, dict(confidence.WEIGHTS))}")
    full_without = _fit(dev, firsts, first_flips, without, None)
    full_with = _fit(dev, firsts, first_flips, with_it, None)
    print(f"  refit without the feature:  {_dev_figures(dev, full_without)}")
    alone = _fit_alone(dev, firsts, first_flips, None)
    print(f"  refit with it ({full_with[FEATURE]:+.2f}):     {_dev_figures(dev, full_with)}")
    print(f"  shipped + it alone ({alone[FEATURE]:+.2f}): {_dev_figures(dev, alone)}")


def _share(good: int, taken: int) -> str:
    return f"{100 * good / taken:5.1f}%" if taken else "    —"


def main(argv: list[str]) -> int:
    if "--cross" in argv:
        compare()
    elif "--first" in argv:
        per_rewrite_first()
    else:
        per_rewrite_dev()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
