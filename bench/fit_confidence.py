"""Fit the recognition confidence model on the dev split and write its weights.

Run: .venv/bin/python -m bench.fit_confidence        (prints the weights and the dev fit)
     .venv/bin/python -m bench.fit_confidence --write (also rewrites confidence.py's block)
     .venv/bin/python -m bench.fit_confidence --only bias,odd_roles --write
         (fit only the named weights, the others held where they are: a new feature is added
         without re-deciding every doubt the others make)
     .venv/bin/python -m bench.fit_confidence --record NEW.toml SOURCE
         (before tuning on NEW.toml: store how the recognizer reads it the first time)
     .venv/bin/python -m bench.fit_confidence --cross [--threshold T]
         (leave-one-source-out: fit without one source of first reads, score it; per source)
     .venv/bin/python -m bench.fit_confidence --replay SOURCE COMMIT
         (rows of SOURCE stored as feature values only: read them again with the recognizer
         of COMMIT, the one that first read them, and keep the whole read; see first_reads.py)

Only the dev split is read: the held-out split is for the benchmark alone. A row is a case
whose recognition has nothing missing (only those can be accepted); its label is whether the
recognition is exactly right. Two kinds of rows:

- dev rows, read by today's recognizer. Dev is tuned on, so today's recognizer is rarely
  wrong there and its mistakes are not those it makes on new wording: fitted on dev alone the
  model learns that unread words do not matter (they did not, on dev) and is overconfident on
  unseen requests.
- first reads (bench/data/confidence_first_reads.json): features and rightness of new cases
  as the recognizer read them *before* anyone tuned on them (recorded with --record when a
  batch of new cases arrives, then the cases join dev). They are the only sample of how the
  recognizer behaves on wording it was not written for, so they count FIRST_READ_WEIGHT
  times. A row keeps the whole read (request, cleaned text, draft, recognition), so today's
  features are computed on it; a row stored as feature values only (before first_reads.py)
  has 0 for a feature added after it, until `--replay` reads it again.

The model is a logistic regression fitted by Newton's method with a Gaussian prior around
confidence.PRIOR (an L2 penalty towards the prior, not towards zero). Pure Python, no numpy.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.core.models import Intent
from baes_tui.recognition import confidence
from baes_tui.recognition.assemble import Draft
from baes_tui.recognition.intents import CLARIFY, INTENTS
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import DEFAULT_THRESHOLD, Recognizer
from baes_tui.recognition.text import clean
from bench import first_reads as first_reads_mod
from bench.recognition_corpus import (
    Case,
    differences,
    evaluated_only,
    load_file,
    load_split,
)

# The dev split is tuned on: its wrong recognitions are rarer than anywhere else, so its
# evidence is discounted — each weight moves from its prior only as far as a strong pull takes
# it (chosen before looking at the held-out split; not tuned on it).
L2 = 3.0
FIRST_READ_WEIGHT = 3.0
THRESHOLD = DEFAULT_THRESHOLD  # below it a request is asked about
FIRST_READS = Path(__file__).resolve().parent / "data" / "confidence_first_reads.json"
ROLES_OOF = Path(__file__).resolve().parent / "data" / "roles_oof.json"
INTENTS_OOF = Path(__file__).resolve().parent / "data" / "intents_oof.json"
CONFIDENCE_PY = Path(confidence.__file__)
_BLOCK = re.compile(
    r"(# --- fitted weights .*?\n)WEIGHTS: dict\[str, float\] = .*?\n(# --- end of fitted weights)",
    re.S,
)


Row = tuple[list[float], int, float]  # features, exactly right, weight


def _read(cases: list) -> list[tuple[str, dict[str, float], int]]:
    """(id, features, exactly right) of every case whose recognition has nothing missing."""
    recognizer = Recognizer()
    normalizer = FallbackNormalizer()
    out = []
    for case in cases:
        got = recognizer.recognize(case.request, normalizer=normalizer, threshold=0.0)
        draft = recognizer.draft(clean(case.request))
        if draft.missing:
            continue
        features = confidence.features_of(draft, clean(case.request), case.request)
        features.pop("_missing", None)
        features["odd_roles"] = _odd_roles("dev", case.id)
        features["intent_doubt"] = (
            0.0
            if confidence.explicit_create(draft)
            else _intent_doubt("case", case.id, draft.intent)
        )
        features["model_change"] = model_change("case", case.id, draft, clean(case.request).text)
        out.append((case.id, features, int(not differences(case, got))))
    return out


def _odd_roles(kind: str, cid: str) -> float:
    """The role model's count for a dev reading or a first read, from a model that never
    saw the case (bench/fit_roles.py --oof): the shipped model was trained on these very
    cases, so its own count would say they are read right."""
    return float(confidence.odd_roles_evidence(_roles_oof()[kind].get(cid, 0)))


def _intent_doubt(kind: str, cid: str, intent: object) -> float:
    """The intent model's doubt of a dev reading or a first read, from a model that never saw
    the case (bench/fit_intents.py --oof), for the reading's intent (none read is a create)."""
    return confidence.intent_doubt_evidence(intent_gap(kind, cid, intent))


def model_change(kind: str, cid: str, draft: Draft, text: str) -> float:
    """confidence.model_change from the out-of-fold scores (a model that never saw the case);
    `text` is the cleaned request."""
    gaps = _intents_oof()[kind].get(cid)
    if not gaps or draft.intent not in (None, Intent.CREATE_ENTITY):
        return 0.0
    if confidence.explicit_create(draft):
        return 0.0
    best = min((g, i) for i, g in zip(INTENTS, gaps, strict=True) if i != CLARIFY)[1]
    gap = intent_gap(kind, cid, draft.intent)
    return confidence.model_change_evidence(draft, text, best, gap)


def intent_gap(kind: str, cid: str, intent: object) -> float:
    """The out-of-fold gap itself (0 for a case the model was never asked about)."""
    gaps = _intents_oof()[kind].get(cid)
    if not gaps:
        return 0.0
    # (as IntentModel.doubt: against the best intent other than "needs clarification")
    best = min(g for i, g in zip(INTENTS, gaps, strict=True) if i != CLARIFY)
    return max(0.0, float(gaps[INTENTS.index(str(intent or "create_entity"))] - best))


@lru_cache(maxsize=1)
def _intents_oof() -> dict[str, dict[str, list[int]]]:
    if not INTENTS_OOF.exists():
        return {"case": {}, "first": {}}
    return json.loads(INTENTS_OOF.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _roles_oof() -> dict[str, dict[str, int]]:
    if not ROLES_OOF.exists():
        return {"dev": {}, "first": {}}
    return json.loads(ROLES_OOF.read_text(encoding="utf-8"))


def _first_features(row: dict) -> dict[str, float]:
    out = first_reads_mod.features(row)
    out["odd_roles"] = _odd_roles("first", row["id"])
    draft = first_reads_mod.draft_of(row["draft"])
    held = confidence.explicit_create(draft)
    out["intent_doubt"] = 0.0 if held else _intent_doubt("first", row["id"], draft.intent)
    out["model_change"] = model_change("first", row["id"], draft, row["cleaned"]["text"])
    return out


def first_reads() -> list[dict]:
    if not FIRST_READS.is_file():
        return []
    return json.loads(FIRST_READS.read_text(encoding="utf-8"))


def _store(stored: list[dict]) -> None:
    """One row a line: a batch recorded on another branch merges as added lines."""
    FIRST_READS.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(row, sort_keys=True) for row in stored)
    FIRST_READS.write_text("[\n" + body + "\n]\n", encoding="utf-8")


def _head() -> str:
    """The commit whose recognizer reads now; "+dirty" when baes_tui/ has changes that are not
    committed (`--replay` could not read those rows again)."""
    repo = str(first_reads_mod.REPO)
    head = subprocess.run(
        ["git", "-C", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", repo, "status", "--porcelain", "baes_tui"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if dirty:
        print("warning: baes_tui/ has uncommitted changes; these reads cannot be replayed")
    return head + ("+dirty" if dirty else "")


def _row(read: dict, case: Case, source: str, commit: str) -> dict:
    right = int(not differences(case, first_reads_mod.recognition_of(read["recognition"])))
    return {**read, "source": source, "right": right, "commit": commit}


def record(path: Path, source: str) -> int:
    """Store the first read of the cases in `path` (never the held-out split)."""
    if evaluated_only(path):
        print("the held-out and blind splits are never read here")
        return 2
    stored = first_reads()
    known = {row["id"] for row in stored}
    cases = {case.id: case for case in load_file(path) if case.id not in known}
    reads = first_reads_mod.read_now([(cid, case.request) for cid, case in cases.items()])
    commit = _head()
    new = [
        _row(read, cases[read["id"]], source, commit)
        for read in reads
        if not first_reads_mod.missing(read)
    ]
    _store(stored + new)
    right = sum(row["right"] for row in new)
    print(f"recorded {len(new)} first reads from {path.name} ({right} exactly right)")
    return 0


def replay(source: str, commit: str) -> int:
    """Read the rows of `source` again with the recognizer of `commit` and keep the whole
    read. The rightness each row was stored with is checked: a commit that reads them
    differently is not the one that first read them, and nothing is written."""
    stored = first_reads()
    mine = [row for row in stored if row["source"] == source]
    if not mine:
        print(f"no first reads from source {source!r}")
        return 2
    cases = {case.id: case for case in load_split("dev")}
    absent = [row["id"] for row in mine if row["id"] not in cases]
    if absent:
        print(f"not in the dev split: {', '.join(absent[:10])}")
        return 2
    reads = {
        read["id"]: read
        for read in first_reads_mod.read_at(
            commit, [(row["id"], cases[row["id"]].request) for row in mine]
        )
    }
    redone = {row["id"]: _row(reads[row["id"]], cases[row["id"]], source, commit) for row in mine}
    differ = [cid for cid, row in redone.items() if row["right"] != _stored_right(stored, cid)]
    lost = [cid for cid in redone if first_reads_mod.missing(reads[cid])]
    if differ or lost:
        print(
            f"{commit} reads {len(differ)} rows differently ({', '.join(differ[:10])}) and finds"
            f" something missing in {len(lost)}: not the first read; nothing written"
        )
        return 1
    _store([redone.get(row["id"], row) if row["source"] == source else row for row in stored])
    print(f"replayed {len(redone)} first reads of {source} at {commit}: rightness as stored")
    return 0


def _stored_right(stored: list[dict], cid: str) -> int:
    return next(row["right"] for row in stored if row["id"] == cid)


def rows() -> list[Row]:
    return _rows_from(_read(load_split("dev")), first_reads(), set(), None)


def cross(threshold: float = THRESHOLD) -> int:
    """Leave-one-source-out: for each source of first reads, fit on everything else and
    score that source's first reads — the estimate of precision on wording nobody tuned on."""
    firsts = first_reads()
    sources = sorted({row["source"] for row in firsts})
    prior = [confidence.PRIOR[name] for name in confidence.FEATURES]
    dev = _read(load_split("dev"))
    # today's features of every first read, computed once (not once per left-out source)
    feats = {row["id"]: _first_features(row) for row in firsts}
    print(f"leave-one-source-out, threshold {threshold}")
    print(f"{'source':14} {'rows':>5} {'right':>6} {'accepted':>9} {'precision':>10} {'asked':>7}")
    total = [0, 0, 0, 0]
    scored: list[tuple[float, int]] = []
    for source in sources:
        hidden = [row for row in firsts if row["source"] == source]
        hidden_ids = {row["id"] for row in hidden}
        data = _rows_from(dev, firsts, hidden_ids, source, feats)
        weights = dict(zip(confidence.FEATURES, fit(data, prior), strict=True))
        accepted = right_accepted = 0
        for row in hidden:
            p = _score(weights, feats[row["id"]])
            scored.append((p, row["right"]))
            if p >= threshold:
                accepted += 1
                right_accepted += row["right"]
        n, good = len(hidden), sum(row["right"] for row in hidden)
        total = [total[0] + n, total[1] + good, total[2] + accepted, total[3] + right_accepted]
        print(_cross_line(source, n, good, accepted, right_accepted))
    print(_cross_line("all", *total))
    print("\nthe left-out scores at other thresholds (all sources)")
    print(f"AUC (a right read scores above a wrong one) {auc(scored):.4f}")
    head = f"{'accepted':>9} {'right':>6} {'wrong':>6} {'precision':>10} {'asked':>7}"
    print(f"{'threshold':10} {head}")
    for cut in (0.8, 0.85, 0.9, 0.93, 0.95):
        kept = [right for p, right in scored if p >= cut]
        share = f"{100 * sum(kept) / len(kept):.1f}%" if kept else "—"
        asked = f"{100 * (len(scored) - len(kept)) / len(scored):.1f}%" if scored else "—"
        wrong = len(kept) - sum(kept)
        print(f"{cut:<10} {len(kept):9} {sum(kept):6} {wrong:6} {share:>10} {asked:>7}")
    print("\nreliability of the left-out scores (all sources)")
    print(f"{'confidence':12} {'rows':>5} {'right':>7}")
    for low, high in BINS:
        inside = [right for p, right in scored if low <= p < high or (high == 1.0 and p == 1.0)]
        share = f"{100 * sum(inside) / len(inside):.1f}%" if inside else "—"
        print(f"{low:.2f}–{high:.2f}    {len(inside):5} {share:>7}")
    return 0


BINS = ((0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0))


def auc(scored: list[tuple[float, int]]) -> float:
    """The chance that a right reading scores above a wrong one (ties count half): how well
    the scores separate right from wrong whatever the threshold, so a new feature is judged by
    more than the few readings that cross 0.8. By ranks, not by pairs (12,000 first reads)."""
    ordered = sorted(scored)
    right = sum(ok for _, ok in ordered)
    wrong = len(ordered) - right
    if not right or not wrong:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        mean_rank = (i + 1 + j) / 2  # ranks i+1 … j share their mean
        rank_sum += mean_rank * sum(ok for _, ok in ordered[i:j])
        i = j
    return (rank_sum - right * (right + 1) / 2) / (right * wrong)


def _rows_from(
    dev: list,
    firsts: list[dict],
    hidden_ids: set[str],
    source: str | None,
    feats: dict[str, dict[str, float]] | None = None,
) -> list[Row]:
    """Dev rows and first reads, without one source's first reads *and* its cases' dev rows
    (the same requests, read after tuning on them)."""
    names = confidence.FEATURES
    out: list[Row] = [
        ([f.get(n, 0.0) for n in names], right, 1.0)
        for cid, f, right in dev
        if cid not in hidden_ids
    ]
    for row in firsts:
        if row["source"] != source:
            got = feats[row["id"]] if feats else _first_features(row)
            out.append(([got.get(n, 0.0) for n in names], row["right"], FIRST_READ_WEIGHT))
    return out


def _cross_line(source: str, n: int, good: int, accepted: int, right_accepted: int) -> str:
    precision = f"{100 * right_accepted / accepted:.1f}%" if accepted else "—"
    asked = f"{100 * (n - accepted) / n:.1f}%" if n else "—"
    return f"{source:14} {n:5} {good:6} {accepted:9} {precision:>10} {asked:>7}"


def _score(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights[name] * feats.get(name, 0.0) for name in confidence.FEATURES)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(data: list[Row], prior: list[float], iterations: int = 50) -> list[float]:
    """Newton–Raphson for weighted logistic regression with a Gaussian prior around `prior`.

    Rows with the same features and label are merged (their weights added) and each row keeps
    only its non-zero features: most features are 0 on most rows, so a Newton step costs the
    non-zero pairs, not k² per row (the same fit, minutes faster on 20,000 rows)."""
    k = len(data[0][0])
    merged: dict[tuple[tuple[float, ...], int], float] = {}
    for x, y, weight in data:
        key = (tuple(x), y)
        merged[key] = merged.get(key, 0.0) + weight
    rows = [
        ([(i, xi) for i, xi in enumerate(x) if xi], y, weight) for (x, y), weight in merged.items()
    ]
    w = list(prior)
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for nz, y, weight in rows:
            p = _p(w, nz)
            g, h = weight * (y - p), weight * p * (1 - p)
            for i, xi in nz:
                grad[i] += g * xi
                row = hess[i]
                for j, xj in nz:
                    row[j] -= h * xi * xj
        for i in range(k):
            grad[i] -= L2 * (w[i] - prior[i])
            hess[i][i] -= L2
        step = _solve(hess, grad)
        # Backtracking: halve the Newton step until the penalized likelihood does not fall
        # (a full step can overshoot when a feature is seen in a handful of rows only).
        before = _objective(rows, w, prior)
        scale = 1.0
        while scale > 1e-6:
            trial = [wi - scale * si for wi, si in zip(w, step, strict=True)]
            if _objective(rows, trial, prior) >= before - 1e-12:
                break
            scale /= 2
        w = trial
        if max(abs(scale * s) for s in step) < 1e-8:
            break
    return w


def fit_only(data: list[Row], free: list[str]) -> dict[str, float]:
    """The shipped weights with only `free` fitted (the rest held where they are): a feature
    is added without moving every decision the others make, which tests and people rely on.
    A free weight's prior is its shipped value, or PRIOR for a feature new to the model."""
    names = confidence.FEATURES
    unknown = [n for n in free if n not in names]
    if unknown:
        raise SystemExit(f"not features of the model: {unknown}")
    at = [names.index(n) for n in free]
    held = [i for i in range(len(names)) if i not in at]
    shipped = confidence.WEIGHTS
    offset_rows: list[Row] = []
    for x, y, weight in data:
        offset = sum(shipped[names[i]] * x[i] for i in held)
        offset_rows.append(([offset, *(x[i] for i in at)], y, weight))
    prior = [shipped[n] or confidence.PRIOR[n] for n in free]
    w = _fit_offset(offset_rows, prior)
    return {**shipped, **dict(zip(free, w, strict=True))}


def _fit_offset(data: list[Row], prior: list[float], iterations: int = 50) -> list[float]:
    """Newton–Raphson on the free weights, each row's first value a fixed offset to z."""
    k = len(prior)
    w = list(prior)
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y, weight in data:
            z = x[0] + sum(wi * xi for wi, xi in zip(w, x[1:], strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = weight * (y - p), weight * p * (1 - p)
            for i in range(k):
                grad[i] += g * x[1 + i]
                for j in range(k):
                    hess[i][j] -= h * x[1 + i] * x[1 + j]
        for i in range(k):
            grad[i] -= L2 * (w[i] - prior[i])
            hess[i][i] -= L2
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def _p(w: list[float], nz: list[tuple[int, float]]) -> float:
    z = sum(w[i] * xi for i, xi in nz)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _objective(
    rows: list[tuple[list[tuple[int, float]], int, float]], w: list[float], prior: list[float]
) -> float:
    total = 0.0
    for nz, y, weight in rows:
        z = max(-30.0, min(30.0, sum(w[i] * xi for i, xi in nz)))
        total += weight * (y * z - math.log1p(math.exp(z)))
    return total - L2 / 2 * sum((wi - pi) ** 2 for wi, pi in zip(w, prior, strict=True))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is small and well conditioned)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                factor = m[r][col] / m[col][col]
                m[r] = [vr - factor * vc for vr, vc in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def write(weights: dict[str, float]) -> None:
    body = "".join(f'    "{name}": {value:.4f},\n' for name, value in weights.items())
    text = CONFIDENCE_PY.read_text(encoding="utf-8")
    block = "WEIGHTS: dict[str, float] = {\n" + body + "}\n"
    new = _BLOCK.sub(lambda m: m.group(1) + block + m.group(2), text)
    CONFIDENCE_PY.write_text(new, encoding="utf-8")


def main(argv: list[str]) -> int:
    if "--record" in argv:
        at = argv.index("--record")
        return record(Path(argv[at + 1]), argv[at + 2])
    if "--replay" in argv:
        at = argv.index("--replay")
        return replay(argv[at + 1], argv[at + 2])
    if "--cross" in argv:
        at = argv.index("--threshold") if "--threshold" in argv else -1
        return cross(float(argv[at + 1]) if at >= 0 else THRESHOLD)
    data = rows()
    if "--only" in argv:
        free = argv[argv.index("--only") + 1].split(",")
        weights = fit_only(data, free)
    else:
        prior = [confidence.PRIOR[name] for name in confidence.FEATURES]
        weights = dict(zip(confidence.FEATURES, fit(data, prior), strict=True))
    dev = [r for r in data if r[2] == 1.0]
    first = [r for r in data if r[2] != 1.0]
    print(f"dev rows with nothing missing: {len(dev)} ({sum(r[1] for r in dev)} exactly right)")
    print(f"first reads: {len(first)} ({sum(r[1] for r in first)} exactly right)")
    for name, value in weights.items():
        print(f"  {name:22} {value:+.4f}   (prior {confidence.PRIOR[name]:+.2f})")
    if "--write" in argv:
        write(weights)
        print(f"written to {CONFIDENCE_PY}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
