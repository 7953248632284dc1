"""The recognizer's limits, apart from its rules: the service checks a request against them on
a cache hit without importing the rules (recognition/rules_id.py says when it may)."""

from __future__ import annotations

MAX_REQUEST_CHARS = 20_000  # a page of requirements is ~3,000; beyond this it is not one request
DEFAULT_THRESHOLD = 0.8
