"""Where the Save As and Export dialogs open: the folder last saved or exported into, else the
open file's folder, else the user's Documents; never the program's working directory (a
relative name in a file dialog is taken from it, which for an installed app is wherever it
was started from, often the system's root or the install folder)."""

from __future__ import annotations

import os

from PySide6.QtCore import QStandardPaths

from timeline_app.settings import Settings


def documents_folder() -> str:
    """The user's Documents folder where it exists, else the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and os.path.isdir(docs):
        return docs
    return os.path.expanduser("~")


def start_folder(settings: Settings, current_file: str = "") -> str:
    """An absolute folder that exists, for a save or export dialog to open in.
    ``current_file`` is the open timeline (left out when it is the bundled one)."""
    for folder in (settings.last_folder, os.path.dirname(current_file) if current_file else ""):
        if folder and os.path.isabs(folder) and os.path.isdir(folder):
            return folder
    return documents_folder()


def remember_folder(settings: Settings, path: str) -> None:
    """Keep the folder of a file just written, for the next dialog."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(folder):
        settings.last_folder = folder
