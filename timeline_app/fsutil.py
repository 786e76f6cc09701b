"""Files that people name: read only plain files, and write whole files or nothing.

Every reader of a file a person names calls ``read_regular_file``: a FIFO, a socket, a device
or a folder is refused at once with a message saying what it is, instead of blocking forever
(a FIFO without a writer) or reading without end (/dev/zero).

Every writer calls ``atomic_write_bytes``: it writes through a symbolic link to the file the
link leads to and keeps the link, refuses a write-protected file unless forced, and says which
part of the path is wrong when the file cannot be written there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import PurePath

from timeline_app.i18n import context, decimal, number

tr = context("Files")

# Linux follows at most 40 symbolic links in a path; a longer chain is taken for a loop.
MAX_LINKS = 40
# Opening never waits (a FIFO without a writer would block open() itself), never makes a
# terminal the controlling one, and is not inherited by child processes. O_NONBLOCK has no
# effect on regular files, the only ones read after the check.
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class FileRefused(OSError):
    """A path refused before anything was read or written.

    ``reason`` is one line for people and does not repeat the path, which the caller names
    in its own way ('FILE:1:1: (file): ...', 'cannot write FILE: ...')."""

    def __init__(self, path: str | os.PathLike[str], reason: str, code: int = 0) -> None:
        super().__init__(code, reason, os.fspath(path))
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


class NotAFileError(FileRefused):
    """The path is a FIFO, a socket, a device or a folder, not a regular file."""

    def __init__(self, path: str | os.PathLike[str], mode: int) -> None:
        self.kind = file_kind(mode)
        code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
        super().__init__(path, tr(_NOT_A_FILE.get(self.kind, _NOT_A_FILE["a special file"])), code)


class FileTooLargeError(FileRefused):
    """A file over the reader's limit; ``size`` is None when it was found reading past it."""

    def __init__(self, path: str | os.PathLike[str], size: int | None, limit: int) -> None:
        self.size, self.limit = size, limit
        if size is None:
            reason = tr("the file is larger than the limit of {limit}").format(
                limit=size_text(limit)
            )
        else:
            reason = tr("the file is {size}; the limit is {limit}; it was not read").format(
                size=size_text(size), limit=size_text(limit)
            )
        super().__init__(path, reason, errno.EFBIG)


class WriteProtectedError(FileRefused):
    """An existing file marked read-only: replaced only when the user confirms (force)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path, tr("it is write-protected (read-only)"), errno.EACCES)


# What NotAFileError says for each kind of path: whole sentences, for translators.
_NOT_A_FILE = {
    "a folder (directory)": tr.mark("it is a folder (directory), not a file"),
    "a FIFO (named pipe)": tr.mark("it is a FIFO (named pipe), not a file"),
    "a socket": tr.mark("it is a socket, not a file"),
    "a character device": tr.mark("it is a character device, not a file"),
    "a block device": tr.mark("it is a block device, not a file"),
    "a special file": tr.mark("it is a special file, not a file"),
}


def file_kind(mode: int) -> str:
    """What a stat mode is, for messages: 'a FIFO (named pipe)', 'a socket', ..."""
    if stat.S_ISREG(mode):
        return "a file"
    if stat.S_ISDIR(mode):
        return "a folder (directory)"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "a special file"


def size_text(n: int) -> str:
    """Sizes for people: '812 bytes', '3 MB', '268.4 MB'."""
    if n < 10_000:
        return tr.n("%n bytes", n, one="%n byte")
    whole, _, tenth = f"{n / 1e6:.1f}".partition(".")
    size = number(int(whole)) + ("" if tenth == "0" else decimal(f".{tenth}"))
    return tr("{size} MB", "megabytes").format(size=size)


# --- reading ----------------------------------------------------------------------------------


def check_regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """The stat of ``path`` if it is a regular file (after symbolic links); otherwise raise
    NotAFileError naming what it is, or the OSError of stat (no such file, ...)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotAFileError(path, st.st_mode)
    return st


def read_regular_file(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Anything else is refused at once, without waiting: NotAFileError for a FIFO, socket,
    device or folder, FileTooLargeError over the limit (checked before reading, and again
    while reading for files whose size is not known in advance, such as those in /proc).
    The type is looked at twice, before opening and on the opened file, so a path swapped
    for a FIFO in between is refused too. Other failures raise their OSError.
    """
    return _read(path, limit, whole=True)


def read_regular_head(path: str | os.PathLike[str], size: int) -> bytes:
    """The first ``size`` bytes of ``path`` (fewer for a shorter file), for telling formats
    apart; refused like ``read_regular_file`` when ``path`` is not a regular file."""
    return _read(path, size, whole=False)


def _read(path: str | os.PathLike[str], limit: int | None, *, whole: bool) -> bytes:
    st = check_regular_file(path)
    if whole and limit is not None and st.st_size > limit:
        raise FileTooLargeError(path, st.st_size, limit)
    fd = os.open(path, _READ_FLAGS)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotAFileError(path, st.st_mode)
        if not whole:
            return fh.read(limit)
        if limit is not None and st.st_size > limit:
            raise FileTooLargeError(path, st.st_size, limit)
        data = fh.read() if limit is None else fh.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise FileTooLargeError(path, None, limit)
    return data


# --- writing ----------------------------------------------------------------------------------


def write_target(path: str | os.PathLike[str], *, force: bool = False) -> str:
    """The file that writing to ``path`` replaces: ``path`` itself, or the file its symbolic
    links lead to (which need not exist yet).

    Raises FileRefused, with a reason for people, when the write must not happen: a loop of
    symbolic links; a folder on the way that is missing, is a file or loops; an existing
    target that is not a regular file (replacing /dev/null or a FIFO with a file is never
    wanted); or, unless ``force``, a write-protected target (see ``is_write_protected``).
    Other failures raise their OSError.
    """
    shown = os.fspath(path)
    target = shown
    for _ in range(MAX_LINKS + 1):
        try:
            st = os.lstat(target)
        except FileNotFoundError:
            _check_folder(shown, target)
            return target  # a new file
        except OSError as err:
            if err.errno in (errno.ENOTDIR, errno.ELOOP):
                _check_folder(shown, target)
            raise
        if not stat.S_ISLNK(st.st_mode):
            break
        target = os.path.join(os.path.dirname(target), os.readlink(target))
    else:
        raise FileRefused(shown, "it is a loop of symbolic links", errno.ELOOP)
    if not stat.S_ISREG(st.st_mode):
        raise NotAFileError(shown, st.st_mode)
    if not force and is_write_protected(target, st):
        raise WriteProtectedError(shown)
    return target


def is_write_protected(path: str | os.PathLike[str], st: os.stat_result | None = None) -> bool:
    """True for a file its owner has no write permission on, or that this user may not write.

    The owner's write bit is what `chmod a-w` and 'read-only' in a file manager take away, and
    it counts for root too: root may write any file, so asking the system alone would let an
    administrator's export silently replace a file someone protected on purpose.
    """
    st = st if st is not None else os.stat(path)
    return not st.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def _check_folder(shown: str, target: str) -> None:
    """Raise FileRefused naming the first folder on the way to ``target`` that is missing,
    is not a folder, or is a loop of symbolic links; return when the folder is there."""
    folder = os.path.dirname(target) or os.curdir
    pure = PurePath(folder)
    for step in [*reversed(pure.parents), pure]:
        name = str(step)
        try:
            st = os.stat(name)
        except FileNotFoundError:
            raise FileRefused(shown, f"the folder {folder} does not exist", errno.ENOENT) from None
        except OSError as err:
            if err.errno == errno.ELOOP:
                raise FileRefused(
                    shown, f"the folder {name} is a loop of symbolic links", errno.ELOOP
                ) from None
            raise
        if not stat.S_ISDIR(st.st_mode):
            kind = "a file" if stat.S_ISREG(st.st_mode) else file_kind(st.st_mode)
            raise FileRefused(shown, f"{name} exists and is {kind}, not a folder", errno.ENOTDIR)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> None:
    """Write a whole file or nothing: a temporary file in the same folder, fsync, rename.

    A symbolic link is written through: its target is replaced and the link kept. A
    write-protected file is refused unless ``force`` (it then stays write-protected), and so
    is anything that is not a regular file; see ``write_target``. On any error the temporary
    file is removed and the old file, if any, is untouched.
    """
    atomic_write_chunks(path, (data,), force=force)


def atomic_write_chunks(
    path: str | os.PathLike[str], chunks: Iterable[bytes], *, force: bool = False
) -> None:
    """``atomic_write_bytes`` of the concatenated ``chunks``, written as they come, so that a
    large file need not be held in memory whole. An error while the chunks are made (or
    written) leaves the old file untouched, as any other error does."""
    target = write_target(path, force=force)
    folder = os.path.dirname(target) or os.curdir
    name = os.path.basename(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = os.stat(target).st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def describe_os_error(err: OSError) -> str:
    """A one-line reason for people: 'No space left on device', 'Permission denied'."""
    return err.strerror or str(err)
