"""Where the data folders are: `templates/` (what baes writes) and `styles/` (how screens look).

They live at the repository's top level (the layout says so); the wheel carries them inside
the package (`baes_tui/templates`, `baes_tui/styles`, copied at build time by the build
backend). Both layouts are found through `importlib.resources`: the folder inside the package
when it is there (an installed wheel), else the one beside the package (a source checkout or
an editable install).
"""

from __future__ import annotations

from pathlib import Path

from baes_tui.core.errors import BaesError

PACKAGE = "baes_tui"


class ResourceMissing(BaesError):
    """A data folder baes ships is not where the install put it."""


def data_dir(name: str) -> Path:
    """The shipped folder `name` (`templates` or `styles`) as a path on disk."""
    from importlib import resources

    package = resources.files(PACKAGE)
    if not isinstance(package, Path):
        raise ResourceMissing(
            f"baes is installed in a form that is not a folder ({package}); install it from "
            "the wheel with pip or pipx"
        )
    candidates = (package / name, package.parent / name)
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise ResourceMissing(
        f"the {name}/ folder is missing (looked in {candidates[0]} and {candidates[1]}); "
        "reinstall baes (`pipx reinstall baes-tui`, or `make install` in a checkout)"
    )


def templates_dir() -> Path:
    """The Jinja2 templates of the generated system."""
    return data_dir("templates")


def styles_dir() -> Path:
    """The Textual stylesheets (`.tcss`), one per screen plus the app's."""
    return data_dir("styles")
