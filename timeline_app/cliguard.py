"""The one guard every command of the command line runs inside.

Whatever the output is (a full disk, a pipe whose reader has gone, a terminal) and whatever
the names are (a newline in them, bytes that are not UTF-8), a command ends with at most one
line on stderr and an exit status, never a traceback:

- an OSError or UnicodeError becomes ``timeline-app: <what and why>`` and status 1;
- a broken pipe (``timeline-app events | head -1``) ends quietly with status 141, what a shell
  reports for a Unix tool that the pipe's SIGPIPE ended;
- a usage error is one line that points to --help, status 2 (``OneLineParser``).

Standard output is flushed inside the guard, so that a write error shows here rather than as
"Exception ignored" when the interpreter exits; it is written with backslash escapes for
what its encoding cannot hold, so that an odd name never raises UnicodeEncodeError.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Callable
from typing import NoReturn, TextIO

PROG = "timeline-app"
EXIT_ERROR, EXIT_USAGE = 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # 128 + SIGPIPE, as a shell reports `yes | head -1`
EXIT_INTERRUPTED = 128 + 2  # 128 + SIGINT

STDOUT_NAME = "standard output"


# formats.oneline is imported where it is used: importing the formats package loads the
# file reader, which --version and the first frame of the window do not need yet.


def shown_name(name: str | bytes | os.PathLike[str]) -> str:
    """A file name as the command line prints it: escaped, on one line."""
    from timeline_app.formats.oneline import NAME_LIMIT, shown

    return shown(name, NAME_LIMIT)


def one_line(message: str) -> str:
    """A whole message as one printable line of bounded length."""
    from timeline_app.formats.oneline import LINE_LIMIT, shown

    return shown(message, LINE_LIMIT)


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, not the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)} (try '{self.prog} --help')\n")


class _NamedOutput(io.FileIO):
    """A standard stream's file descriptor whose write errors name the stream."""

    def __init__(self, fd: int, name: str) -> None:
        super().__init__(fd, "wb", closefd=False)
        self.label = name

    def write(self, data: object) -> int | None:  # type: ignore[override]
        try:
            return super().write(data)  # type: ignore[arg-type]
        except OSError as err:
            # OSError() with an errno makes the matching subclass (BrokenPipeError for EPIPE).
            raise OSError(err.errno, err.strerror, self.label) from None


def _named_stdout() -> Callable[[], None]:
    """Put a stdout in place that names itself in its errors and escapes what it cannot
    encode; return what puts the original back. Only the process's own stdout is replaced:
    a test's capture or a windowed launch without a console stays as it is."""
    old = sys.__stdout__
    if old is None or sys.stdout is not old:
        return lambda: None
    try:
        fd = old.fileno()
        old.flush()
    except (OSError, ValueError):
        return lambda: None
    new = io.TextIOWrapper(
        io.BufferedWriter(_NamedOutput(fd, STDOUT_NAME)),
        encoding=old.encoding,
        errors="backslashreplace",
        line_buffering=old.line_buffering,
    )
    sys.stdout = new

    def restore() -> None:
        _flush_stdout()
        sys.stdout = old

    return restore


def _silence(stream: TextIO | None) -> None:
    """Point the stream's file descriptor at the null device: what is still buffered for
    it, and the interpreter's last flush at exit, then go nowhere instead of raising again."""
    try:
        fd = stream.fileno() if stream is not None else -1
        null = os.open(os.devnull, os.O_WRONLY) if fd >= 0 else -1
    except (OSError, ValueError):
        return
    if null < 0:
        return
    with contextlib.suppress(OSError):
        os.dup2(null, fd)
    os.close(null)


def _flush_stdout() -> None:
    """Flush what the command printed; if that cannot be done, drop it quietly."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):
        _silence(sys.stdout)


def report(message: str) -> None:
    """One line on stderr: ``timeline-app: message``, escaped; silent if stderr is gone."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(f"{PROG}: {one_line(message)}\n")
        stream.flush()
    except (OSError, ValueError):
        _silence(stream)


def describe(err: OSError) -> str:
    """An OSError as people read it: what could not be done to what, and why."""
    reason = err.strerror or str(err)
    if err.filename is STDOUT_NAME:
        return f"cannot write to {STDOUT_NAME}: {reason}"
    if err.filename is not None:
        return f"{shown_name(err.filename)}: {reason}"
    return reason


def guarded(command: Callable[[], int]) -> int:
    """Run ``command`` and return its exit status; see the module's docstring."""
    restore = _named_stdout()
    try:
        try:
            try:
                status = command()
            except SystemExit as exc:  # argparse after --help, --version or a usage error
                code = exc.code
                status = code if isinstance(code, int) else (0 if code is None else EXIT_USAGE)
            if sys.stdout is not None:
                sys.stdout.flush()
            return status
        except BrokenPipeError:
            _flush_stdout()
            return EXIT_BROKEN_PIPE
        except OSError as err:
            _flush_stdout()
            report(describe(err))
            return EXIT_ERROR
        except UnicodeError as err:
            _flush_stdout()
            report(str(err))
            return EXIT_ERROR
        except KeyboardInterrupt:
            _flush_stdout()
            return EXIT_INTERRUPTED
    finally:
        restore()
