"""The persistent recognition cache: a memory LRU tier over SQLite, keyed by normalized text."""
