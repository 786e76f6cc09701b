"""Every command, whatever its output and whatever the names: at most one line on stderr,
the right exit status, never a traceback. Run as a user runs them, in subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json"


# Each command with a timeline file to read ({src}) and, for export, a file to write ({out}).
COMMANDS = {
    "validate": ["validate", "{src}"],
    "events": ["events", "{src}"],
    "events --json": ["events", "{src}", "--json"],
    "export": ["export", "{src}", "-o", "{out}", "--width", "400", "--height", "300"],
    "--version": ["--version"],
    "--help": ["--help"],
}


def command(name: str, src: str | bytes, out: str | bytes) -> list[str | bytes]:
    return [src if a == "{src}" else out if a == "{out}" else a for a in COMMANDS[name]]


def run(
    args: list[str | bytes],
    *,
    stdout: int = subprocess.PIPE,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=120,
        check=False,
    )


def stderr_lines(r: subprocess.CompletedProcess[bytes]) -> list[str]:
    text = r.stderr.decode("utf-8")
    assert "Traceback" not in text and "Exception ignored" not in text, text
    return text.splitlines()


@pytest.mark.parametrize("name", COMMANDS)
def test_a_full_disk_on_stdout_is_one_line(name: str, tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        r = run(command(name, str(BUNDLED), str(tmp_path / "t.svg")), stdout=full.fileno())
    assert r.returncode == 1
    assert stderr_lines(r) == [
        "timeline-app: cannot write to standard output: No space left on device"
    ]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_closed_pipe_on_stdout_ends_quietly(name: str, tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as with `| head -c0`
    try:
        r = run(command(name, str(BUNDLED), str(tmp_path / "t.svg")), stdout=write_end)
    finally:
        os.close(write_end)
    assert stderr_lines(r) == []
    assert r.returncode == 141  # 128 + SIGPIPE, as a shell reports for `yes | head -c0`


def _installed(locale: str) -> bool:
    try:
        known = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout
    except OSError:
        return False
    have = {line.strip().lower().replace("-", "") for line in known.splitlines()}
    return locale.lower().replace("-", "") in have


def cases(odd: str, *locales: str) -> list[object]:
    return [
        pytest.param(odd, locale, marks=pytest.mark.skipif(
            locale == "en_US.UTF-8" and not _installed(locale),
            reason=f"the {locale} locale is not installed"))
        for locale in locales
    ]  # fmt: skip


def locale_env(locale: str) -> dict[str, str]:
    """The environment of a user's terminal: a UTF-8 locale, PYTHONIOENCODING unset. Under
    en_US.UTF-8 Python's stdio refuses to write a byte that is not UTF-8; "strict" asks for
    the same of any machine, for where that locale is not installed."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    if locale == "strict":
        env.update(LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8:strict")
    else:
        env["LC_ALL"] = locale
    return env


ODD_NAMES = {
    "not UTF-8": (b"bad\xff\xfe", "bad\\xff\\xfe"),
    "a newline": (b"two\nlines", "two\\nlines"),
    "an escape sequence": (b"red\x1b[31m", "red\\x1b[31m"),
}
# Bytes that are not UTF-8 under each locale; the others' escapes do not depend on it.
ODD_CASES = [
    *cases("not UTF-8", "C.UTF-8", "en_US.UTF-8", "strict"),
    *cases("a newline", "strict"),
    *cases("an escape sequence", "C.UTF-8"),
]


@pytest.mark.parametrize(("odd", "locale"), ODD_CASES)
@pytest.mark.parametrize("name", COMMANDS)
def test_odd_names_are_shown_escaped_on_one_line(
    name: str, odd: str, locale: str, tmp_path: Path
) -> None:
    raw, escaped = ODD_NAMES[odd]
    folder = os.fsencode(tmp_path)
    src = folder + b"/" + raw + b".json"
    out = folder + b"/" + raw + b".svg"
    shutil.copyfile(BUNDLED, src)
    r = run(command(name, src, out), env=locale_env(locale))
    assert stderr_lines(r) == []
    assert r.returncode == 0
    text = r.stdout.decode("utf-8")  # valid UTF-8 whatever the names
    if name == "validate":
        assert text == f"{tmp_path}/{escaped}.json: OK, 14 events\n"
    elif name == "export":
        assert text == f"{tmp_path}/{escaped}.svg: written\n"
        assert os.path.getsize(out) > 1000
    elif name == "events --json":
        assert len(json.loads(text)) == 14


@pytest.mark.parametrize(("odd", "locale"), ODD_CASES)
def test_a_problem_with_an_odd_name_is_one_line(odd: str, locale: str, tmp_path: Path) -> None:
    raw, escaped = ODD_NAMES[odd]
    missing = os.fsencode(tmp_path) + b"/" + raw + b".json"
    r = run(["validate", missing], env=locale_env(locale))
    assert r.returncode == 1
    assert stderr_lines(r) == [
        f"{tmp_path}/{escaped}.json:1:1: (file): cannot read the file: No such file or directory"
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--width", "wide"], "timeline-app export: argument --width: invalid int value: 'wide'"),
        ([], "timeline-app export: the following arguments are required: -o/--output"),
        (["-o", "t.png", "--frobnicate"], "timeline-app export: unrecognized arguments: --frob"),
        (["-o", "t.png", "--view", "part"], "timeline-app export: argument --view: invalid choice"),
    ],
)
def test_usage_errors_are_one_line_that_points_to_help(args: list[str], expected: str) -> None:
    r = run(["export", *args])
    assert r.returncode == 2
    (line,) = stderr_lines(r)
    assert line.startswith(expected) and line.endswith("(try 'timeline-app export --help')")


@pytest.mark.parametrize("sub", ["validate", "events", "present", ""])
def test_each_command_s_usage_errors_are_one_line(sub: str) -> None:
    r = run([sub, "--no-such-option"] if sub else ["--no-such-option"])
    assert r.returncode == 2
    (line,) = stderr_lines(r)
    prog = f"timeline-app {sub}".strip()
    assert line.startswith(f"{prog}: ") and line.endswith(f" (try '{prog} --help')")


def test_a_huge_argument_is_echoed_short() -> None:
    r = run(["export", "-o", "t.png", "--width", "9" * 100_000])
    assert r.returncode == 2
    (line,) = stderr_lines(r)
    assert "invalid int value" in line and "…" in line and len(line) < 1_300


@pytest.mark.parametrize("text", ["." * 120_000, "2017-05" + "x" * 120_000 + "..2017-06"])
def test_a_huge_range_is_answered_at_once_in_one_short_line(text: str, tmp_path: Path) -> None:
    r = run(["export", "-o", str(tmp_path / "t.svg"), "--range", text])
    assert r.returncode == 1
    (line,) = stderr_lines(r)
    assert line.startswith("timeline-app: range '") and len(line) < 300
    assert not (tmp_path / "t.svg").exists()


def test_a_range_of_a_morning_exports_the_event_of_that_day(tmp_path: Path) -> None:
    out = tmp_path / "morning.svg"
    r = run(["export", "-o", str(out), "--range", "2017-05-10T00:00Z..2017-05-10T11:00Z"])
    assert r.returncode == 0, r.stderr
    assert "Trump receives Lavrov at the White House" in out.read_text("utf-8")
