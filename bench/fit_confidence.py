"""Fit the recognition confidence model on the dev split and write its weights.

Run: .venv/bin/python -m bench.fit_confidence        (prints the weights and the dev fit)
     .venv/bin/python -m bench.fit_confidence --write (also rewrites confidence.py's block)

Only the dev split is read: the held-out split is for the benchmark alone. A row is a dev
case whose recognition has nothing missing (only those can be accepted); its label is
whether the recognition is exactly right. The model is a logistic regression fitted by
Newton's method with a Gaussian prior around confidence.PRIOR (an L2 penalty towards the
prior, not towards zero): the dev split, tuned on, has few wrong recognitions, so each weight
moves from its prior only as far as that evidence pulls it. Pure Python, no numpy.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from baes_tui.recognition import confidence
from baes_tui.recognition.normalize import FallbackNormalizer
from baes_tui.recognition.recognizer import Recognizer
from baes_tui.recognition.text import clean
from bench.recognition_corpus import differences, load_split

# The dev split is tuned on: its wrong recognitions are rarer than anywhere else, so its
# evidence is discounted — each weight moves from its prior only as far as a strong pull takes
# it (chosen before looking at the held-out split; not tuned on it).
L2 = 10.0
CONFIDENCE_PY = Path(confidence.__file__)
_BLOCK = re.compile(
    r"(# --- fitted weights .*?\n)WEIGHTS: dict\[str, float\] = .*?\n(# --- end of fitted weights)",
    re.S,
)


def rows() -> list[tuple[list[float], int]]:
    recognizer = Recognizer()
    normalizer = FallbackNormalizer()
    out = []
    for case in load_split("dev"):
        got = recognizer.recognize(case.request, normalizer=normalizer, threshold=0.0)
        draft = recognizer.draft(clean(case.request))
        if draft.missing:
            continue
        features = confidence.features_of(draft, clean(case.request))
        out.append(
            ([features[name] for name in confidence.FEATURES], int(not differences(case, got)))
        )
    return out


def fit(
    data: list[tuple[list[float], int]], prior: list[float], iterations: int = 50
) -> list[float]:
    """Newton–Raphson for logistic regression with a Gaussian prior around `prior`."""
    k = len(data[0][0])
    w = list(prior)
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in data:
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for i in range(k):
                grad[i] += (y - p) * x[i]
                for j in range(k):
                    hess[i][j] -= p * (1 - p) * x[i] * x[j]
        for i in range(k):
            grad[i] -= L2 * (w[i] - prior[i])
            hess[i][i] -= L2
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


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
    data = rows()
    prior = [confidence.PRIOR[name] for name in confidence.FEATURES]
    weights = dict(zip(confidence.FEATURES, fit(data, prior), strict=True))
    right = sum(y for _, y in data)
    print(f"dev rows with nothing missing: {len(data)} ({right} exactly right)")
    for name, value in weights.items():
        print(f"  {name:22} {value:+.4f}   (prior {confidence.PRIOR[name]:+.2f})")
    if "--write" in argv:
        write(weights)
        print(f"written to {CONFIDENCE_PY}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
