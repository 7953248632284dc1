"""Command palette provider: every action of the app and of the current screen, by name.

Built from the same `Binding`s the footer shows, so the palette, the keys and the help screen
can never disagree, and a remapped key (Settings.keys) shows its new key here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.binding import Binding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode


class ActionsProvider(Provider):
    """Lists the app's and the current screen's bound actions."""

    def _actions(self) -> Iterator[tuple[str, str, partial[object]]]:
        screen, app = self.screen, self.app
        seen: set[tuple[int, str]] = set()
        for active in screen.active_bindings.values():
            node: DOMNode = active.node
            binding: Binding = active.binding
            if node is not screen and node is not app:
                continue  # widget-level keys (cursor moves) are not commands
            if not binding.description or (id(node), binding.action) in seen:
                continue
            seen.add((id(node), binding.action))
            where = "everywhere" if node is app else (screen.title or type(screen).__name__)
            help_text = f"{app.get_key_display(binding)} · {where}"
            yield binding.description, help_text, partial(node.run_action, binding.action)

    async def discover(self) -> Hits:
        for title, help_text, command in self._actions():
            yield DiscoveryHit(title, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._actions():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, text=title, help=help_text)


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
