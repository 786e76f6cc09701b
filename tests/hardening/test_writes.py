"""Writes do what a careful user expects: through a symbolic link (the link stays), never
over a write-protected file unless confirmed, never over a device or a FIFO, and with a
one-line message naming the part of the path that is wrong.

Tests run as root here, and root may write any file: a write-protected file is one whose
owner has no write permission (``chmod a-w``, 'read-only' in a file manager), refused for
root too, as fsutil.is_write_protected explains.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from timeline_app.fsutil import FileRefused, WriteProtectedError, atomic_write_bytes
from timeline_app.settings import Settings, load_settings, save_settings
from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"


def leftovers(folder: Path) -> list[str]:
    """Temporary files a failed write left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- the one guard for writing --------------------------------------------------------------------


def test_a_symbolic_link_is_written_through_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "handouts" / "lesson4.png"
    real.parent.mkdir()
    real.write_bytes(b"old")
    real.chmod(0o640)
    slides = tmp_path / "slides"
    slides.mkdir()
    link = slides / "current.png"
    link.symlink_to("../handouts/lesson4.png")  # relative to the link's own folder
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and os.readlink(link) == "../handouts/lesson4.png"
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert leftovers(slides) == [] and leftovers(real.parent) == []


def test_a_chain_of_links_and_a_link_to_a_new_file(tmp_path: Path) -> None:
    real = tmp_path / "real.png"
    (tmp_path / "b.png").symlink_to(real)  # dangling until written
    (tmp_path / "a.png").symlink_to("b.png")
    atomic_write_bytes(tmp_path / "a.png", b"first")
    assert real.read_bytes() == b"first"
    assert (tmp_path / "a.png").is_symlink() and (tmp_path / "b.png").is_symlink()


def test_a_loop_of_links_is_named(tmp_path: Path) -> None:
    (tmp_path / "x.png").symlink_to("y.png")
    (tmp_path / "y.png").symlink_to("x.png")
    with pytest.raises(FileRefused, match=r"^it is a loop of symbolic links$"):
        atomic_write_bytes(tmp_path / "x.png", b"data")
    (tmp_path / "out").symlink_to("round")
    (tmp_path / "round").symlink_to("out")
    with pytest.raises(FileRefused) as info:
        atomic_write_bytes(tmp_path / "out" / "t.png", b"data")
    assert str(info.value) == f"the folder {tmp_path / 'out'} is a loop of symbolic links"
    assert leftovers(tmp_path) == []


def test_a_file_on_the_way_is_named_as_a_file_not_a_missing_folder(tmp_path: Path) -> None:
    plain = tmp_path / "out"
    plain.write_bytes(b"a file")
    for target in (plain / "x.png", plain / "deeper" / "x.png"):
        with pytest.raises(FileRefused) as info:
            atomic_write_bytes(target, b"data")
        assert str(info.value) == f"{plain} exists and is a file, not a folder"
    with pytest.raises(FileRefused) as missing:
        atomic_write_bytes(tmp_path / "nope" / "x.png", b"data")
    assert str(missing.value) == f"the folder {tmp_path / 'nope'} does not exist"
    assert plain.read_bytes() == b"a file"


def test_a_write_protected_file_is_refused_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "keep.png"
    path.write_bytes(b"kept")
    path.chmod(0o444)
    with pytest.raises(WriteProtectedError, match="write-protected"):
        atomic_write_bytes(path, b"new")  # root too: root could write it
    assert path.read_bytes() == b"kept"
    link = tmp_path / "link.png"
    link.symlink_to(path)
    with pytest.raises(WriteProtectedError):
        atomic_write_bytes(link, b"new")  # the link's target is what counts
    assert path.read_bytes() == b"kept"
    atomic_write_bytes(link, b"new", force=True)
    assert path.read_bytes() == b"new" and link.is_symlink()
    assert stat.S_IMODE(path.stat().st_mode) == 0o444  # still protected afterwards
    assert leftovers(tmp_path) == []


@pytest.mark.timeout(20)
def test_devices_fifos_and_folders_are_never_replaced_by_a_file(tmp_path: Path) -> None:
    """Renaming over /dev/null as root would replace the device with a plain file."""
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    null = tmp_path / "null.png"
    null.symlink_to("/dev/null")
    folder = tmp_path / "folder.png"
    folder.mkdir()
    cases = [
        (fifo, "it is a FIFO (named pipe), not a file"),
        (null, "it is a character device, not a file"),
        (folder, "it is a folder (directory), not a file"),
    ]
    for path, message in cases:
        for force in (False, True):
            with pytest.raises(FileRefused) as info:
                atomic_write_bytes(path, b"data", force=force)
            assert str(info.value) == message
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert leftovers(tmp_path) == []


def test_settings_kept_in_a_linked_file_stay_linked(tmp_path: Path) -> None:
    """Configuration files are often links into a folder of dotfiles."""
    dotfiles = tmp_path / "dotfiles" / "timeline.json"
    dotfiles.parent.mkdir()
    dotfiles.write_bytes(b"{}")
    link = tmp_path / "settings.json"
    link.symlink_to(dotfiles)
    settings = Settings()
    settings.theme = "dark"
    assert save_settings(settings, link) == ""
    assert link.is_symlink()
    assert load_settings(link).theme == "dark"


# --- timeline-app export ----------------------------------------------------------------------------


def export(out: Path | str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", "export", "-o", str(out), "--width", "400",
         "--height", "300", *extra],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
    )  # fmt: skip


def test_export_writes_through_a_link_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "real.png"
    real.write_bytes(b"old")
    link = tmp_path / "link.png"
    link.symlink_to(real)
    r = export(link)
    assert (r.returncode, r.stderr) == (0, "")
    assert link.is_symlink() and real.read_bytes().startswith(PNG)


def test_export_refuses_a_write_protected_file_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "keep.png"
    out.write_bytes(b"kept")
    out.chmod(0o444)
    r = export(out)
    assert r.returncode == 1
    assert r.stderr == (
        f"timeline-app: cannot write {out}: it is write-protected (read-only); "
        "add --force to replace it\n"
    )
    assert out.read_bytes() == b"kept"
    r = export(out, "--force")
    assert (r.returncode, r.stderr) == (0, "")
    assert out.read_bytes().startswith(PNG)
    assert stat.S_IMODE(out.stat().st_mode) == 0o444


def test_export_path_problems_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "x.png").symlink_to("y.png")
    (tmp_path / "y.png").symlink_to("x.png")
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "plainfile").write_bytes(b"a file")
    cases = [
        (tmp_path / "x.png", "it is a loop of symbolic links"),
        (tmp_path / "loop" / "t.png", f"the folder {tmp_path / 'loop'} is a loop of symbolic links"),
        (tmp_path / "plainfile" / "x.png", f"{tmp_path / 'plainfile'} exists and is a file, not a folder"),
        (tmp_path / "missing" / "x.png", f"the folder {tmp_path / 'missing'} does not exist"),
    ]  # fmt: skip
    for out, reason in cases:
        r = export(out)
        assert (r.returncode, r.stderr) == (1, f"timeline-app: cannot write {out}: {reason}\n")


# --- the Export dialog -----------------------------------------------------------------------------


def open_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    dialog.width_px.setValue(400)
    dialog.height_px.setValue(300)
    return dialog


def replace_box() -> QMessageBox | None:
    for top in QApplication.topLevelWidgets():
        if top.objectName() == "replaceProtectedDialog" and top.isVisible():
            assert isinstance(top, QMessageBox)
            return top
    return None


def test_the_export_dialog_asks_before_replacing_a_write_protected_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "keep.png"
    out.write_bytes(b"kept")
    out.chmod(0o444)
    dialog = open_dialog(window, qtbot)
    dialog.export_to(str(out))
    box = replace_box()
    assert box is not None and box.text() == "“keep.png” is write-protected."
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: replace_box() is None, timeout=3000)
    assert out.read_bytes() == b"kept" and dialog.isVisible()
    assert dialog.message.text() == "Nothing was exported; “keep.png” is unchanged."

    dialog.export_to(str(out))
    box = replace_box()
    assert box is not None
    (replace,) = [b for b in box.findChildren(QPushButton) if b.text() == "Replace"]
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        replace.click()
    assert out.read_bytes().startswith(PNG)
    assert stat.S_IMODE(out.stat().st_mode) == 0o444


def test_the_export_dialog_names_a_loop_of_links(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "loop").symlink_to("loop")
    dialog = open_dialog(window, qtbot)
    out = tmp_path / "loop" / "x.png"
    dialog.export_to(str(out))
    qtbot.waitUntil(lambda: bool(dialog.last_error), timeout=5000)
    assert dialog.last_error == (
        f"cannot write {out}: the folder {tmp_path / 'loop'} is a loop of symbolic links"
    )
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMessageBox) and top.isVisible():
            top.close()
    dialog.reject()
