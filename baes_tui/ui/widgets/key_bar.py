"""The keys at the bottom of every screen, drawn as two lines of text.

The first line holds the current screen's keys, the second the keys that work everywhere (the
screens, with the current one highlighted like a tab, help, theme, quit) and, on the right, the
command palette. Keys of one `Binding.Group` share a label (`1 2 3 4 5 Filter`). When a line is
too narrow, whole entries are left out from its end (Help never): an entry is never cut in the
middle, and F1 lists them all. A click on a key presses it.

Textual's `Footer` mounts a widget per key and mounts them all again whenever the bindings
change (a focus move, a screen switch, a run starting); styling those fresh widgets was most of
the event-loop stall of a first run. This bar is one widget that re-renders its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

SEPARATOR = "  "
DISABLED = Style(dim=True)  # an action that cannot run now (Cancel run with no run)
HELP_ACTION = "help"


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One entry of the bar: one key and its description, or a group of keys and its label."""

    keys: tuple[str, ...]  # what a press sends (a click simulates it)
    shown: tuple[str, ...]  # how each key is displayed
    description: str
    enabled: bool = True
    action: str = ""  # the first key's action
    group: Binding.Group | None = None

    @property
    def width(self) -> int:
        return len(" ".join(self.shown)) + 1 + len(self.description)

    def joined(self, key: str, shown: str, enabled: bool) -> KeyEntry:
        """This group entry with one more key."""
        return KeyEntry(
            (*self.keys, key),
            (*self.shown, shown),
            self.description,
            self.enabled or enabled,
            self.action,
            self.group,
        )


def key_entries(screen: Screen[object]) -> tuple[list[KeyEntry], list[KeyEntry]]:
    """The screen's own entries and the app's, each action once, groups merged; the screen's
    in the order they are bound, the app's in the order the app declares them."""
    app = screen.app
    own: list[KeyEntry] = []
    everywhere: list[KeyEntry] = []
    seen: set[tuple[int, str]] = set()
    for active in screen.active_bindings.values():
        binding, node = active.binding, active.node
        if not binding.show or (id(node), binding.action) in seen:
            continue
        seen.add((id(node), binding.action))
        shown = app.get_key_display(binding)
        group = binding.group if node is not app else None
        if group is not None and own and own[-1].group is group:
            own[-1] = own[-1].joined(binding.key, shown, active.enabled)
            continue
        description = group.description if group else binding.description
        entry = KeyEntry(
            (binding.key,), (shown,), description, active.enabled, binding.action, group
        )
        (everywhere if node is app else own).append(entry)
    order = {
        binding.action: index
        for index, binding in enumerate(getattr(type(app), "BINDINGS", []))
        if isinstance(binding, Binding)
    }
    everywhere.sort(key=lambda entry: order.get(entry.action, len(order)))
    return own, everywhere


def fit(entries: list[KeyEntry], width: int) -> list[KeyEntry]:
    """The entries that fit in `width` columns, leaving out whole entries from the end (the
    Help entry stays: it lists every key)."""
    kept = list(entries)

    def needed() -> int:
        return sum(e.width for e in kept) + len(SEPARATOR) * max(0, len(kept) - 1)

    while kept and needed() > width:
        droppable = [i for i, e in enumerate(kept) if e.action != HELP_ACTION]
        if not droppable:
            break
        del kept[droppable[-1]]
    return kept


class KeyBar(Widget):
    """This screen's keys, then the keys that work everywhere; two lines at the bottom."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--current",
        "key-bar--palette",
    }
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 2;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
    }
    KeyBar > .key-bar--current {
        background: $primary 50%;
        text-style: bold;
    }
    KeyBar > .key-bar--palette {
        color: $footer-description-foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: tuple[list[KeyEntry], list[KeyEntry]] | None = None
        self._spans: list[tuple[int, int, int, str]] = []  # (line, start, end, key) drawn
        self.shown: list[KeyEntry] = []  # the entries drawn last (for tests and readers)
        self.hidden: list[KeyEntry] = []  # the entries left out for lack of room

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self._entries = None
        self.refresh()

    def render(self) -> Text:
        if self._entries is None:
            self._entries = key_entries(self.screen)
        own, everywhere = self._entries
        width = self.size.width
        palette = self._palette_hint()
        self._spans = []
        first = fit(own, width - 1)
        second = fit(everywhere, width - 1 - (len(palette) + len(SEPARATOR) if palette else 0))
        self.shown = first + second
        self.hidden = [e for e in own + everywhere if e not in self.shown]
        text = self._line(0, first)
        text.append("\n")
        line = self._line(1, second)
        if palette:
            line.pad_right(max(0, width - len(line) - len(palette)))
            start = len(line)
            line.append(palette, self.get_component_rich_style("key-bar--palette"))
            self._spans.append((1, start, len(line), self.app.COMMAND_PALETTE_BINDING))
        text.append_text(line)
        return text

    def _line(self, number: int, entries: list[KeyEntry]) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        text_style = self.get_component_rich_style("key-bar--description")
        current_style = self.get_component_rich_style("key-bar--current")
        current = f"show('{getattr(self.app, 'current_mode', '')}')"
        line = Text(" ", no_wrap=True, overflow="crop")
        for index, entry in enumerate(entries):
            if index:
                line.append(SEPARATOR)
            extra = current_style if entry.action == current else Style()
            if not entry.enabled:
                extra += DISABLED
            for key, shown in zip(entry.keys, entry.shown, strict=True):
                start = len(line)
                line.append(shown, key_style + extra)
                self._spans.append((number, start, len(line), key))
                line.append(" ", extra)
            line.append(entry.description, text_style + extra)
        return line

    def _palette_hint(self) -> str:
        if not self.app.ENABLE_COMMAND_PALETTE:
            return ""
        key = self.app.get_key_display(Binding(self.app.COMMAND_PALETTE_BINDING, ""))
        return f"{key} Commands "

    def on_click(self, event: events.Click) -> None:
        for line, start, end, key in self._spans:
            if line == event.y and start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
