"""Lemma memory: what WordNet answered before, kept in the cache database.

Loading WordNet takes about a second; a request repeats words baes has seen. The memory holds
WordNet's own answers, `(word, part of speech) → lemma`, so a warm lookup gives byte-identical
cache keys without loading it, and a word it lacks still goes to WordNet (the source of truth),
whose answer is remembered for next time.

Rows carry the fingerprint of the WordNet that produced them (NLTK's version and the corpus
files' sizes, `wordnet.wordnet_fingerprint`): after an upgrade or another corpus, old rows are
not trusted and are dropped at the next save. The table lives in `cache.db` beside the cache
entries but belongs to this module, which creates it; the cache's own schema never sees it.

Everything here is blocking SQLite: call `open`/`save` in a thread. Neither raises: a memory
that cannot be read starts empty, one that cannot be written keeps its lemmas for the session.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

TABLE = "wordnet_lemmas"
# A request is a few dozen words; this many distinct ones is a generous vocabulary. Past it
# new lemmas are not stored (WordNet still answers them), so typos cannot grow the file forever.
MAX_REMEMBERED = 200_000
BUSY_TIMEOUT_S = 2.0

_CREATE = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    word TEXT NOT NULL,
    pos TEXT NOT NULL,
    lemma TEXT NOT NULL,
    wordnet TEXT NOT NULL,
    PRIMARY KEY (word, pos)
) WITHOUT ROWID"""


class LemmaMemory:
    """WordNet's lemmas by (word, pos), read once from `path` and written back by `save`."""

    def __init__(
        self,
        path: Path | None,
        fingerprint: str,
        known: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self._known: dict[tuple[str, str], str] = dict(known or {})
        self._new: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, fingerprint: str) -> LemmaMemory:
        """The lemmas stored in `path` for this WordNet (none if the table is absent)."""
        known: dict[tuple[str, str], str] = {}
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
            try:
                rows = conn.execute(
                    f"SELECT word, pos, lemma FROM {TABLE} WHERE wordnet = ?", (fingerprint,)
                ).fetchall()
            finally:
                conn.close()
            known = {(str(w), str(p)): str(lemma) for w, p, lemma in rows}
        except sqlite3.Error as exc:
            # No table yet (a fresh cache), a locked or unreadable file: start empty.
            log.debug("lemma memory not read from %s: %s", path, exc)
        return cls(path, fingerprint, known)

    def __len__(self) -> int:
        return len(self._known) + len(self._new)

    @property
    def unsaved(self) -> int:
        return len(self._new)

    def get(self, word: str, pos: str) -> str | None:
        key = (word, pos)
        found = self._known.get(key)
        return found if found is not None else self._new.get(key)

    def learn(self, word: str, pos: str, lemma: str) -> None:
        """Remember WordNet's answer (from any thread)."""
        key = (word, pos)
        if self._known.get(key) == lemma or self._new.get(key) == lemma:
            return
        with self._lock:
            self._new[key] = lemma

    def save(self) -> int:
        """Write the lemmas learned since the last save; return how many were written."""
        if self.path is None:
            return 0
        with self._lock:
            pending, self._new = self._new, {}
        if not pending:
            return 0
        try:
            written = self._write(pending)
        except sqlite3.Error as exc:
            log.debug("lemma memory not saved to %s: %s", self.path, exc)
            with self._lock:
                self._new = {**pending, **self._new}
            return 0
        with self._lock:
            self._known.update(pending)
        return written

    def _write(self, pending: dict[tuple[str, str], str]) -> int:
        assert self.path is not None
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute(_CREATE)
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(f"DELETE FROM {TABLE} WHERE wordnet != ?", (self.fingerprint,))
                (stored,) = conn.execute(f"SELECT COUNT(*) FROM {TABLE}").fetchone()
                room = max(0, MAX_REMEMBERED - int(stored))
                rows = [(w, p, lemma, self.fingerprint) for (w, p), lemma in pending.items()]
                conn.executemany(
                    f"INSERT OR REPLACE INTO {TABLE} (word, pos, lemma, wordnet)"
                    " VALUES (?, ?, ?, ?)",
                    rows[:room],
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()
        return min(len(pending), room)
