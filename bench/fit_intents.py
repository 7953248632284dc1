"""Train the intent model (baes_tui/recognition/intents.py) and measure it on wording it never saw.

Run: .venv/bin/python -m bench.fit_intents --write   train on the dev split and the pending
                                                     batches, write intents.bin
     .venv/bin/python -m bench.fit_intents --oof     out-of-fold scores of every first read and
                                                     dev case (bench/data/intents_oof.json, what
                                                     fit_confidence fits `intent_doubt` on)
     .venv/bin/python -m bench.fit_intents --table   from intents_oof.json: the model's left-out
                                                     accuracy, and how often it disagrees with
                                                     the rules' intent on right and wrong reads
     .venv/bin/python -m bench.fit_intents --house   the shipped model on the house tests'
                                                     request strings (never training data): of
                                                     the creates read and accepted, those it
                                                     reads as a change, and those model_change
                                                     doubts (a check out of sample, ~5 min)

Only the dev split, the pending batches (bench/data/pending-dev/*.toml) and the stored first
reads are read; never the held-out or blind split. Out of fold: the first reads' sources are
cut into FOLDS; each fold is scored by a model trained without any case of the fold's sources
(nor of their paraphrase groups). A first read is how the rules read a batch before anyone
tuned on it, so its out-of-fold score is what the intent model says of new wording.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.recognition import intents as intents_mod
from baes_tui.recognition.intents import BUCKETS, INTENTS, IntentModel, buckets, features
from baes_tui.recognition.text import clean
from bench import perceptron
from bench.recognition_corpus import (
    CORPUS_DIR,
    Case,
    folds_by_source,
    held_out_groups,
    load_file,
)

FOLDS = 8
EPOCHS = 6
# a gap this large (in weight units) is as sure as the model gets: stored capped
GAP_CAP = 99
DATA = Path(__file__).resolve().parent / "data"
PENDING = DATA / "pending-dev"
FIRST_READS = DATA / "confidence_first_reads.json"
OOF = DATA / "intents_oof.json"
WEIGHTS = Path(intents_mod.__file__).with_name(intents_mod.WEIGHTS_FILE)
_N = len(INTENTS)

Example = tuple[list[int], int]


def label(case: Case) -> str:
    """The intent the model is trained towards: the label's, or "needs_clarification"."""
    return intents_mod.CLARIFY if case.wants_clarification else case.expect["intent"]


def training_files() -> list[Path]:
    """The dev split and every pending batch (cases tuned on, waiting to join dev)."""
    return [CORPUS_DIR / "dev.toml", *sorted(PENDING.glob("*.toml"))]


def training_cases(files: list[Path] | None = None) -> list[Case]:
    """The cases of `files`, each id once (a pending batch joined to dev is the same cases)."""
    seen: dict[str, Case] = {}
    for path in files or training_files():
        if path.exists():
            for case in load_file(path):
                seen.setdefault(case.id, case)
    return list(seen.values())


def fingerprint(cases: list[Case]) -> str:
    """How many cases and a checksum of their requests and labels, whatever file holds them
    (a batch moved from pending into dev changes nothing; a label fixed, a case added does)."""
    rows = sorted([c.id, c.request, c.expect] for c in cases)
    text = json.dumps(rows, sort_keys=True)
    return f"{len(cases)}:{zlib.crc32(text.encode()):08x}"


def tag(files: list[Path]) -> str:
    """The training data's tag: the fingerprint and the batches trained on (dev, then the
    pending files' names): a pending batch added later is not in it until the next --write."""
    names = [p.stem for p in files if p.parent == PENDING]
    return fingerprint(training_cases(files)) + " " + ",".join(names)


def files_of(tag_text: str) -> list[Path]:
    """The files a tag names (a pending batch since joined to dev is read from dev)."""
    names = tag_text.split(" ", 1)[1].split(",") if " " in tag_text else []
    return [CORPUS_DIR / "dev.toml", *(PENDING / f"{n}.toml" for n in names if n)]


def expected_tag(tag_text: str) -> str:
    """The tag a model trained today on the files `tag_text` names would carry."""
    files = files_of(tag_text)
    names = tag_text.split(" ", 1)[1] if " " in tag_text else ""
    return fingerprint(training_cases(files)) + " " + names


def _examples(cases: list[Case]) -> dict[str, Example]:
    return {
        c.id: (buckets(features(clean(c.request).text)), INTENTS.index(label(c))) for c in cases
    }


def train(data: list[Example], epochs: int = EPOCHS, seed: int = 7) -> IntentModel:
    """The averaged perceptron (bench/perceptron.py), one step a request. `seed` orders the
    examples; the shipped model is trained with 7."""
    steps = [[example] for example in data]
    return IntentModel(perceptron.train(steps, _N, BUCKETS, epochs, seed))


def _replace(path: Path, data: bytes) -> None:
    """Write beside the file and move in place (a run killed mid-write keeps the old file)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def write() -> int:
    files = training_files()
    cases = training_cases(files)
    ex = _examples(cases)
    model = train([ex[c.id] for c in cases])
    _replace(WEIGHTS, model.to_bytes(tag(files)))
    print(f"trained on {len(cases)} cases; {WEIGHTS.stat().st_size} bytes; tag {tag(files)}")
    return 0


def first_reads() -> list[dict]:
    rows = json.loads(FIRST_READS.read_text(encoding="utf-8"))
    return [r for r in rows if r.get("draft") and not r["draft"].get("missing")]


def reading_intent(draft: dict) -> str:
    """A stored draft's intent as the recognition gives it (none read is a create)."""
    return draft.get("intent") or "create_entity"


def gaps(model: IntentModel, text: str) -> list[int]:
    """How far the model's best intent beats each intent, in whole weight units, capped."""
    s = model.scores(text)
    top = max(s.values())
    return [min(round(top - s[i]), GAP_CAP) for i in INTENTS]


def oof() -> int:
    cases = training_cases()
    firsts = first_reads()
    first_fold, case_fold = folds_by_source(cases, firsts, FOLDS)
    ex = _examples(cases)
    out: dict[str, dict[str, list[int]]] = {"first": {}, "case": {}}
    for k in range(FOLDS):
        held = held_out_groups(k, cases, firsts, first_fold, case_fold)
        model = train([ex[c.id] for c in cases if c.group not in held])
        for r in firsts:
            if first_fold[r["id"]] == k:
                out["first"][r["id"]] = gaps(model, r["cleaned"]["text"])
        for c in cases:
            if case_fold[c.id] == k:
                out["case"][c.id] = gaps(model, clean(c.request).text)
        print(f"fold {k} done", file=sys.stderr)
    body = json.dumps(out, sort_keys=True, separators=(",", ":"))
    _replace(OOF, (body + "\n").encode())
    return table()


def table() -> int:
    got = json.loads(OOF.read_text(encoding="utf-8"))
    cases = {c.id: c for c in training_cases()}
    hits = sum(g[INTENTS.index(label(cases[cid]))] == 0 for cid, g in got["case"].items())
    print(f"left-out accuracy on {len(got['case'])} cases: {hits / len(got['case']):.2%}")
    confusion: Counter[tuple[str, str]] = Counter()
    for cid, g in got["case"].items():
        best = INTENTS[g.index(0)]
        if best != label(cases[cid]):
            confusion[(label(cases[cid]), best)] += 1
    print("most confused (label -> model):", confusion.most_common(8))
    rows = [(r, got["first"][r["id"]]) for r in first_reads() if r["id"] in got["first"]]
    for right in (1, 0):
        mine = [(r, g) for r, g in rows if r["right"] == right]
        print(f"first reads {'right' if right else 'wrong'}: {len(mine)}")
        for cut in (1, 5, 10, 20, 40):
            n = sum(g[INTENTS.index(reading_intent(r["draft"]))] >= cut for r, g in mine)
            print(f"  model prefers another intent by >= {cut:2}: {n:5} ({n / len(mine):.1%})")
    wrong_intent = [
        (r, g)
        for r, g in rows
        if not r["right"]
        and r["id"] in cases
        and label(cases[r["id"]]) != reading_intent(r["draft"])
    ]
    agree = sum(g[INTENTS.index(label(cases[r["id"]]))] == 0 for r, g in wrong_intent)
    print(
        f"wrong first reads with the wrong intent: {len(wrong_intent)}; "
        f"the model gives the label's intent in {agree}"
    )
    return 0


def house_strings() -> list[str]:
    """String literals of the recognizer and confidence tests that look like requests (the
    probe tables; a few docstrings and messages come along and read as nothing)."""
    import ast

    tests = Path(__file__).resolve().parent.parent / "tests"
    out: dict[str, None] = {}
    for path in sorted([*tests.glob("test_recognizer*.py"), *tests.glob("test_confidence*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if 8 <= len(text) <= 2000 and " " in text:
                    out.setdefault(text)
    return list(out)


def house() -> int:
    from baes_tui.core.models import Intent
    from baes_tui.recognition import confidence
    from baes_tui.recognition.normalize import FallbackNormalizer
    from baes_tui.recognition.recognizer import Recognizer

    model = intents_mod.shipped()
    if model is None:
        raise SystemExit("no shipped intent model")
    recognizer, normalizer = Recognizer(), FallbackNormalizer()
    creates = preferred = doubted = 0
    by_best: Counter[str] = Counter()
    shown: list[tuple[float, str]] = []
    for text in house_strings():
        got = recognizer.recognize(text, normalizer=normalizer)
        cleaned = clean(text)
        draft = recognizer.draft(cleaned)
        if got.status != "recognized" or got.intent is not Intent.CREATE_ENTITY:
            continue
        if confidence.explicit_create(draft):
            continue
        creates += 1
        s = model.scores(cleaned.text)
        best = max((i for i in INTENTS if i != intents_mod.CLARIFY), key=s.__getitem__)
        if best != "create_entity" and best != "add_fields" and s[best] - s["create_entity"] >= 10:
            preferred += 1
            by_best[best] += 1
        if confidence.model_change(draft, cleaned):
            doubted += 1
            shown.append((s[best] - s["create_entity"], text))
    print(f"house strings read as accepted creates: {creates}")
    print(f"  the model prefers a change adding nothing by >= 10: {preferred} {dict(by_best)}")
    print(f"  model_change doubts: {doubted}")
    for gap, text in sorted(shown, reverse=True):
        print(f"    {gap:5.1f}  {text[:90]!r}")
    return 0


if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    commands = {"--write": write, "--oof": oof, "--table": table, "--house": house}
    if arg not in commands:
        raise SystemExit(__doc__)
    raise SystemExit(commands[arg]())
