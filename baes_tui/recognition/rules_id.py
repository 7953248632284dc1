"""Which rules read a request: an id of the recognition code and its word lists, so the cache
can tell a stored reading the rules would give again from one other rules gave (service.py).

A cached rules answer is trusted only if the rules read the request the same way now; for the
very words a reading was stored for, by these very rules, with the same normalizer and
threshold, that is known without reading them again, and a cache hit then never imports the
rules (issue 11: importing them is most of a warm `baes recognize`). The id changes whenever a
source file of the readers or of the vocabulary they use (core/) changes, WordNet's files or
Python's version do; files are compared by size and modification time, not read, as a hit
must stay cheap. Any change only costs one more reading.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

from baes_tui.recognition.wordnet import DEBIAN_WORDNET, DEFAULT_TARGET

_PACKAGE = Path(__file__).resolve().parent.parent  # baes_tui/
_CODE = (_PACKAGE / "recognition", _PACKAGE / "core")
# What nouns.py and the normalizers read of WordNet, wherever it is installed.
_WORDNET_FILES = ("index.noun", "index.adj", "index.adv", "noun.exc", "data.noun", "lexnames")


def rules_id(normalizer_id: str, threshold: float) -> str:
    """The id of a reading by the rules as installed, with this normalizer and threshold."""
    # Python's version too: its Unicode tables (NFKC, case folding) are part of a reading
    text = f"{_installed()}\n{sys.version}\n{normalizer_id}\n{threshold!r}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@cache
def _installed() -> str:
    """Size and modification time of every file a reading depends on, once per process."""
    parts = []
    for folder in _CODE:
        with os.scandir(folder) as entries:
            parts.extend(_stat(Path(e.path)) for e in entries if e.name.endswith(".py"))
    for folder in (DEFAULT_TARGET / "corpora" / "wordnet", DEBIAN_WORDNET):
        parts.extend(_stat(folder / name) for name in _WORDNET_FILES)
    return "\n".join(sorted(parts))


def _stat(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return f"{path} -"
    return f"{path} {info.st_size} {info.st_mtime_ns}"
