"""Undo and Redo over the pure edits of model/edit.py: one QUndoCommand per edit, named for
people ("Move ‘Warsaw speech’"), and the window's unsaved-changes mark kept by the stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from timeline_app.i18n import context
from timeline_app.model.edit import Edit
from timeline_app.model.timeline import Timeline

tr = context("Undo")

# What a command needs of the window: the timeline on screen, and a way to show another in
# its place (with the event to select, if any).
Current = Callable[[], Timeline]
Show = Callable[[Timeline, "str | None"], None]


class EditCommand(QUndoCommand):
    """One edit on the undo stack. It is made once the edit has been applied (an edit that
    does not fit is refused before it reaches the stack), so its first redo only shows the
    result; later ones apply the edit again to the timeline then on screen."""

    def __init__(
        self,
        edit: Edit,
        undo: Edit,
        result: Timeline,
        current: Current,
        show: Show,
        select: str | None = None,
    ) -> None:
        # An '&' of a title is shown as itself in the Edit menu, not taken for a shortcut.
        super().__init__((edit.name or tr("Edit", "a change")).replace("&", "&&"))
        self._edit = edit
        self._undo = undo
        self._result: Timeline | None = result
        self._current = current
        self._show = show
        self._select = select
        self._select_before: str | None = select

    def redo(self) -> None:
        if self._result is not None:
            timeline, self._result = self._result, None
        else:
            timeline, self._undo = self._edit.apply(self._current())
        self._show(timeline, self._select)

    def undo(self) -> None:
        timeline, self._edit = self._undo.apply(self._current())
        self._show(timeline, self._select_before)

    def set_selection_before(self, event_id: str | None) -> None:
        """The event selected before the edit, selected again when it is undone."""
        self._select_before = event_id
