"""Train the role model (baes_tui/recognition/roles.py) and measure it on wording it never saw.

Run: .venv/bin/python -m bench.fit_roles --write   train on the dev split, write roles.bin
     .venv/bin/python -m bench.fit_roles --oof     out-of-fold `odd_roles` of every first read
                                                   and dev reading (bench/data/roles_oof.json,
                                                   what fit_confidence fits the weight on)
     .venv/bin/python -m bench.fit_roles --table   from roles_oof.json: how many right and wrong
                                                   first reads each count of odd roles flags
     .venv/bin/python -m bench.fit_roles --orders  train twice on the same dev split, in two
                                                   shuffle orders: how many dev readings' counts
                                                   the order alone changes (and with a margin)

Only the dev split and the stored first reads are read; never the held-out or blind split.
Out of fold: the cases are cut into FOLDS by the source of their first read (cases with none by
their paraphrase group); each fold is scored by a model trained on the others, without any case
of the fold's paraphrase groups. A first read is how the rules read a batch before anyone tuned
on it, so its out-of-fold count is what the role model says of a misread of new wording.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.recognition import roles as roles_mod
from baes_tui.recognition.detection import is_custom_logic
from baes_tui.recognition.roles import (
    BUCKETS,
    RoleModel,
    as_dicts,
    buckets,
    features,
    roles,
    words_of,
)
from bench import perceptron
from bench.recognition_corpus import (
    CORPUS_DIR,
    Case,
    folds_by_source,
    held_out_groups,
    load_split,
)

FOLDS = 8
EPOCHS = 5
FIRST_READS = Path(__file__).resolve().parent / "data" / "confidence_first_reads.json"
OOF = Path(__file__).resolve().parent / "data" / "roles_oof.json"
WEIGHTS = Path(roles_mod.__file__).with_name(roles_mod.WEIGHTS_FILE)

Example = tuple[list[list[int]], list[int]]


def _examples(cases: list[Case]) -> dict[str, Example]:
    out = {}
    for c in cases:
        words = words_of(c.request)
        rows = [buckets(f) for f in features(words)]
        out[c.id] = (rows, roles(words, c.expect.get("entities") or []))
    return out


def train(data: list[Example], epochs: int = EPOCHS, seed: int = 7) -> RoleModel:
    """The averaged perceptron (bench/perceptron.py), one step a word of a request. `seed`
    orders the requests; the shipped model is trained with 7."""
    steps = [list(zip(rows, golds, strict=True)) for rows, golds in data]
    return RoleModel(perceptron.train(steps, 4, BUCKETS, epochs, seed))


def fingerprint(cases: list[Case]) -> str:
    """What a model was trained on, in a few bytes: how many cases and a checksum of their
    requests and labels (a label fixed, a case added: the model is trained again)."""
    text = json.dumps([[c.request, c.expect] for c in cases], sort_keys=True)
    return f"{len(cases)}:{zlib.crc32(text.encode()):08x}"


def _replace(path: Path, data: bytes) -> None:
    """Write beside the file and move in place: a run killed mid-write leaves the shipped
    file as it was (a half-written roles.bin would cost the role model's opinion)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def trainable(cases: list[Case]) -> list[Case]:
    return [c for c in cases if not c.wants_clarification]


def write() -> int:
    cases = trainable(load_split("dev"))
    ex = _examples(cases)
    model = train([ex[c.id] for c in cases])
    _replace(WEIGHTS, model.to_bytes(fingerprint(cases)))
    used = sum(any(model.table[i * 4 : i * 4 + 4]) for i in range(BUCKETS))
    print(
        f"trained on {len(cases)} cases; {used} of {BUCKETS} rows used; "
        f"{WEIGHTS.stat().st_size} bytes"
    )
    return 0


def _first_reads() -> list[dict]:
    rows = json.loads(FIRST_READS.read_text(encoding="utf-8"))
    return [r for r in rows if r.get("draft") and not r["draft"].get("missing")]


def _code_key() -> str:
    """A checksum of what the rules' readings depend on: the recognition code (without the
    role model and the confidence weights, which come after a draft) and the dev split."""
    from bench.fit_confidence import _BLOCK

    digest = hashlib.sha1()
    for path in sorted(Path(roles_mod.__file__).parent.rglob("*.py")):
        if path.name == "roles.py":
            continue
        text = path.read_text(encoding="utf-8")
        digest.update(
            _BLOCK.sub("", text).encode() if path.name == "confidence.py" else text.encode()
        )
    digest.update((CORPUS_DIR / "dev.toml").read_bytes())
    return digest.hexdigest()[:16]


def _custom(rules: list[str]) -> list[str]:
    """The rules' texts the confidence keeps out of the count (custom logic)."""
    return [text for text in rules if is_custom_logic(text)]


def _today(dev: list[Case]) -> dict[str, dict]:
    """Today's reading of every dev case with nothing missing, and the custom logic it kept
    aside (kept under /tmp by a checksum of the code: the rules' readings take minutes, and
    trying the role model's folds again does not change them)."""
    from baes_tui.recognition.recognizer import Recognizer
    from baes_tui.recognition.text import clean

    kept = Path(f"/tmp/fit_roles_drafts_{_code_key()}.json")
    if kept.exists():
        return json.loads(kept.read_text(encoding="utf-8"))
    recognizer = Recognizer()
    today = {}
    for c in dev:
        draft = recognizer.draft(clean(c.request))
        if not draft.missing:
            today[c.id] = {"entities": as_dicts(draft.entities), "custom": _custom(draft.rules)}
    kept.write_text(json.dumps(today), encoding="utf-8")
    return today


def oof() -> int:
    dev = load_split("dev")
    firsts = _first_reads()
    first_fold, fold = folds_by_source(dev, firsts, FOLDS)
    today = _today(dev)
    cases = trainable(dev)
    ex = _examples(cases)
    out: dict[str, dict[str, int]] = {"first": {}, "dev": {}}
    for k in range(FOLDS):
        held_groups = held_out_groups(k, dev, firsts, first_fold, fold)
        model = train([ex[c.id] for c in cases if c.group not in held_groups])
        for r in firsts:
            if first_fold[r["id"]] == k:
                draft = r["draft"]
                out["first"][r["id"]] = model.odd_roles(
                    r["request"], draft["entities"], _custom(draft.get("rules") or [])
                )
        for c in dev:
            if fold[c.id] == k and c.id in today:
                read = today[c.id]
                out["dev"][c.id] = model.odd_roles(c.request, read["entities"], read["custom"])
        print(f"fold {k} done", file=sys.stderr)
    _replace(OOF, (json.dumps(out, sort_keys=True, separators=(",", ":")) + "\n").encode())
    return table()


def orders(margins: tuple[float, ...] = (0.0, 2.0, 5.0, 10.0)) -> int:
    """How much of the count is the training order's: two models trained on the same dev split
    in two shuffle orders, and the dev readings whose count of odd roles differs between them
    (a word counted only when another role beats its own by more than a margin, in weight
    units). Measured when the kl/km/kn batches were to join: the order alone moves nearly as
    many counts as 3% more data does (docs/recognition.md, the role model)."""
    dev = load_split("dev")
    today = _today(dev)
    cases = trainable(dev)
    ex = _examples(cases)
    models = [train([ex[c.id] for c in cases], seed=s) for s in (7, 8)]
    by_id = {c.id: c.request for c in dev}
    counts = [[[0] * len(today) for _ in margins] for _ in models]
    for n, (cid, read) in enumerate(sorted(today.items())):
        words = words_of(by_id[cid])
        feats = features(words)
        given = roles(words, read["entities"])
        aside = roles_mod._inside(words, read["custom"])
        for k, model in enumerate(models):
            for i, w in enumerate(words):
                if not w[:1].isalpha() or (given[i] == 0 and i in aside):
                    continue
                s = model.scores(buckets(feats[i]))
                gap = max(s) - s[given[i]]
                for j, margin in enumerate(margins):
                    counts[k][j][n] += gap > margin
    print(f"dev readings {len(today)}; seeds 7 and 8")
    for j, margin in enumerate(margins):
        a, b = counts[0][j], counts[1][j]
        changed = sum(x != y for x, y in zip(a, b, strict=True))
        flips = sum((x > 0) != (y > 0) for x, y in zip(a, b, strict=True))
        print(
            f"margin {margin:4}: counts changed {changed}, none <-> some {flips}, "
            f"total {sum(a)} / {sum(b)}"
        )
    return 0


def table() -> int:
    counts = json.loads(OOF.read_text(encoding="utf-8"))["first"]
    rows = [(r["right"], counts[r["id"]]) for r in _first_reads() if r["id"] in counts]
    right = [n for ok, n in rows if ok]
    wrong = [n for ok, n in rows if not ok]
    print(f"first reads {len(rows)}: right {len(right)}, wrong {len(wrong)}")
    print(f"{'odd roles':>10} {'right flagged':>15} {'wrong flagged':>15}")
    pairs = sum((w > r) + 0.5 * (w == r) for w in wrong for r in right)
    auc = pairs / (len(wrong) * len(right))
    print(f"AUC (a wrong read has more odd roles than a right one) {auc:.4f}")
    for cut in (1, 2, 3, 4, 5, 8):
        fr, fw = sum(n >= cut for n in right), sum(n >= cut for n in wrong)
        print(f"{'>= ' + str(cut):>10} {fr:7} {fr / len(right):6.1%} {fw:7} {fw / len(wrong):6.1%}")
    return 0


if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    commands = {"--write": write, "--oof": oof, "--table": table, "--orders": orders}
    if arg not in commands:
        raise SystemExit(__doc__)
    raise SystemExit(commands[arg]())
