"""baes-tui: plain-English business requests become running, tested systems."""

__version__ = "0.1.0"
