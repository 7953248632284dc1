"""The command palette: every action of every screen and of the app, each once, by name.

Built from the same `Binding`s as the keys, the key bar and F1 help, so they can never disagree.
An action of another screen first shows that screen, then runs there (cache export and
invalidation are one search away from anywhere). Textual's own system commands are left out
because baes has its own help, theme and quit; choosing a theme from a list is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.binding import Binding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider

from baes_tui.ui.screens import SCREENS


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    title: str
    help: str
    run: Callable[[], Any]


def palette_commands(app: Any) -> list[PaletteCommand]:
    """The app's actions, then each screen's, each (place, action) once."""
    commands: list[PaletteCommand] = []
    seen: set[tuple[str, str]] = set()

    def add(where: str, binding: Binding, title: str, run: Callable[[], Any]) -> None:
        if (where, binding.action) in seen:
            return
        seen.add((where, binding.action))
        key = app.key_display(binding)
        commands.append(PaletteCommand(title, f"{key} · {where} · {binding.id or ''}", run))

    titles = {f"show('{entry.mode}')": f"Go to {entry.title}" for entry in SCREENS}
    for binding in app.BINDINGS:
        if isinstance(binding, Binding) and binding.description:
            title = titles.get(binding.action, binding.description)
            add("everywhere", binding, title, partial(app.run_action, binding.action))
    commands.append(
        PaletteCommand("Choose a theme…", "a list of every theme · everywhere", app.search_themes)
    )
    for entry in SCREENS:
        try:
            bindings = entry.load().BINDINGS
        except Exception:  # a screen that failed to load offers nothing
            continue
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                title = f"{entry.title}: {binding.description}"
                run = partial(app.run_screen_action, entry.mode, binding.action)
                add(entry.title, binding, title, run)
    return commands


class ActionsProvider(Provider):
    """Lists every action of the app (see `palette_commands`)."""

    def _commands(self) -> Iterator[PaletteCommand]:
        yield from palette_commands(self.app)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.title),
                    command.run,
                    text=command.title,
                    help=command.help,
                )


class GuardedCommandPalette(CommandPalette):
    """Textual's palette, minus one crash.

    In Textual 8.2.8 PageUp/PageDown reach the hit list before it has been laid out and
    `OptionList.action_page_down` raises KeyError (found by the monkey test); the key is simply
    ignored until there is a list to page through.
    """

    def _action_command_list(self, action: str) -> None:
        try:
            super()._action_command_list(action)
        except KeyError:
            return
