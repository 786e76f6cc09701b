"""The single-instance socket: framed requests read whole however they arrive, checked against
their shape, each turned into one hand-over, and at most one dialog for each."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.single_instance import (
    HEADER,
    MAX_CONNECTIONS,
    MAX_MESSAGE_BYTES,
    MAX_PATHS,
    FrameReader,
    HandOver,
    InstanceServer,
    encode,
    parse,
    server_name,
)

pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
ROOT = Path(__file__).resolve().parents[2]


def frame(payload: bytes) -> bytes:
    return HEADER.pack(len(payload)) + payload


def message(value: object) -> bytes:
    return frame(json.dumps(value).encode())


# --- the shape of a request -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ({"open": 5}, "its “open” is a number, not a list of files"),
        ({"open": None}, "its “open” is null, not a list of files"),
        ({"open": "/a.json"}, "its “open” is text, not a list of files"),
        ({"open": {"0": "/a"}}, "its “open” is an object"),
        ({}, "its “open” is missing"),
        ({"open": [], "present": True}, "fields this version does not know: “present”"),
        ([], "it is a list, not an object"),
        ("open", "it is text, not an object"),
        ({"open": ["/a"] * (MAX_PATHS + 1)}, "it names 1,001 files; at most 1,000"),
    ],
)
def test_a_request_of_the_wrong_shape_opens_nothing_and_says_why(value: object, why: str) -> None:
    result = parse(json.dumps(value).encode())
    assert result.paths == ()
    [problem] = result.problems
    assert problem.startswith("A request from another launch of Timeline was refused: ")
    assert why in problem


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        (b"", "not valid JSON"),
        (b'{"open": [', "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[" * 100_000, "nests too deeply"),
    ],
)
def test_a_request_that_is_not_json_says_so(payload: bytes, why: str) -> None:
    [problem] = parse(payload).problems
    assert why in problem


def test_each_file_that_cannot_be_named_is_left_out_with_its_reason() -> None:
    files = ["/ok/a.json", 5, None, "", "relative.json", "/nul\0.json", "/x" * 20_000, "/\ud800"]
    files += ["/caf\udce9.json"]  # a name that is not UTF-8, as Python keeps it: opened
    result = parse(json.dumps({"open": files}).encode())
    assert result.paths == ("/ok/a.json", "/caf\udce9.json")
    assert result.problems == (
        "File 2 of the request is a number, not a file name.",
        "File 3 of the request is null, not a file name.",
        "File 4 of the request is an empty name.",
        "“relative.json”: not a full path, so it is unclear which folder it is in.",
        "“nul\\u0000.json”: the name holds a NUL character, which no file name can.",
        "“x”: a name of 40,000 characters is longer than any file system allows (32,767).",
        "“\\ud800”: the name holds characters no file name can.",
    )


def test_what_hand_over_sends_is_read_back_as_it_was(tmp_path: Path) -> None:
    names = [str(tmp_path / "a b.json"), str(tmp_path / "ü\udcff\n.json"), "rel.json"]
    data = encode(names)
    reader = FrameReader()
    [payload] = reader.feed(data)
    assert not reader.pending
    assert parse(payload) == HandOver(tuple(os.path.abspath(n) for n in names), ())


# --- frames -----------------------------------------------------------------------------------


def pieces(data: bytes, cuts: list[int]) -> Iterator[bytes]:
    at = 0
    for cut in sorted({min(c, len(data)) for c in cuts}):
        yield data[at:cut]
        at = cut
    yield data[at:]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=40), max_size=5), st.binary(max_size=8), st.data())
def test_frames_are_the_same_however_the_bytes_arrive(
    payloads: list[bytes], tail: bytes, data: st.DataObject
) -> None:
    stream = b"".join(frame(p) for p in payloads) + tail
    whole = FrameReader(limit=1_000)
    expected = whole.feed(stream)
    cuts = data.draw(st.lists(st.integers(0, len(stream)), max_size=12))
    split = FrameReader(limit=1_000)
    got = [f for piece in pieces(stream, cuts) for f in split.feed(piece)]
    assert got == expected
    assert (split.pending, split.broken) == (whole.pending, whole.broken)
    if not whole.broken:
        assert got[: len(payloads)] == payloads
    assert len(split.buffer) <= 1_000 + HEADER.size


def test_a_frame_over_the_limit_is_refused_before_it_is_read() -> None:
    reader = FrameReader()
    assert reader.feed(HEADER.pack(MAX_MESSAGE_BYTES + 1) + b"{") == []
    assert "4,194,305 bytes long; at most 4,194,304 are read" in reader.broken
    assert reader.feed(b"x" * 100) == [] and not reader.buffer


# --- the server, in this process --------------------------------------------------------------


class Peer:
    """A later launch, written by hand: any bytes, in any pieces."""

    def __init__(self, qtbot: QtBot, server: InstanceServer) -> None:
        self.qtbot, self.server = qtbot, server
        self.socket = QLocalSocket()
        self.socket.connectToServer(server_name())
        assert self.socket.waitForConnected(2000)
        qtbot.waitUntil(lambda: len(server._connections) >= 1, timeout=2000)

    def send(self, *parts: bytes) -> None:
        for part in parts:
            target = self.server.bytes_read + len(part)
            self.socket.write(part)
            self.socket.flush()
            # Read, or the server has closed the connection (a request over the limit).
            self.qtbot.waitUntil(
                lambda t=target: self.server.bytes_read >= t or not self.server._connections,
                timeout=5000,
            )

    def leave(self) -> None:
        self.socket.disconnectFromServer()
        self.qtbot.waitUntil(lambda: not self.server._connections, timeout=5000)


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[InstanceServer]:
    s = InstanceServer(timeout_ms=300)
    assert s.listen()
    s.got = []  # type: ignore[attr-defined]
    s.handedOver.connect(s.got.append)  # type: ignore[attr-defined]
    yield s
    s.server.close()


def test_a_request_in_several_pieces_is_read_whole(qtbot: QtBot, server: InstanceServer) -> None:
    data = encode(["/tmp/one.json", "/tmp/two.json"])
    peer = Peer(qtbot, server)
    peer.send(data[:2], data[2:5], data[5:17], data[17:])
    assert server.got == [HandOver(("/tmp/one.json", "/tmp/two.json"), ())]  # type: ignore[attr-defined]
    peer.leave()
    assert len(server.got) == 1  # type: ignore[attr-defined]


def test_a_peer_that_stops_part_way_is_dropped_with_a_message(
    qtbot: QtBot, server: InstanceServer
) -> None:
    peer = Peer(qtbot, server)
    peer.send(encode(["/tmp/one.json"])[:10])
    qtbot.waitUntil(lambda: bool(server.got), timeout=3000)  # type: ignore[attr-defined]
    [lost] = server.got  # type: ignore[attr-defined]
    assert lost.paths == ()
    assert "was lost: it stopped after 6 of its 27 bytes" in lost.problems[0]
    assert not server._connections


def test_a_peer_that_leaves_part_way_is_reported_once(qtbot: QtBot, server: InstanceServer) -> None:
    peer = Peer(qtbot, server)
    peer.send(b"\x00\x00")
    peer.leave()
    [lost] = server.got  # type: ignore[attr-defined]
    assert "was lost: it was cut off after 2 of the 4 bytes of its length" in lost.problems[0]


def test_a_request_over_the_limit_is_refused_at_once(qtbot: QtBot, server: InstanceServer) -> None:
    peer = Peer(qtbot, server)
    peer.send(HEADER.pack(0xFFFFFFFF))
    qtbot.waitUntil(lambda: not server._connections, timeout=2000)
    [refused] = server.got  # type: ignore[attr-defined]
    assert "4,294,967,295 bytes long" in refused.problems[0]


def test_connections_beyond_the_limit_are_closed(qtbot: QtBot, server: InstanceServer) -> None:
    peers = [QLocalSocket() for _ in range(MAX_CONNECTIONS + 3)]
    for p in peers:
        p.connectToServer(server_name())
        assert p.waitForConnected(2000)
    qtbot.waitUntil(
        lambda: (
            sum(p.state() == QLocalSocket.LocalSocketState.ConnectedState for p in peers)
            == MAX_CONNECTIONS
        ),
        timeout=5000,
    )
    assert len(server._connections) == MAX_CONNECTIONS
    for p in peers:
        p.abort()


def hand_over_from_another_process(paths: list[str]) -> subprocess.Popen[str]:
    """``hand_over`` run by a second process, as a later launch runs it (the names come on
    stdin: one argument of a million characters is more than exec allows)."""
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from timeline_app.ui.single_instance import hand_over\n"
        "sys.exit(0 if hand_over(json.load(sys.stdin)) else 3)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, text=True, stdin=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(json.dumps(paths))
    proc.stdin.close()
    return proc


@pytest.mark.timeout(60)
def test_a_1_mb_name_from_another_launch_arrives_whole_and_is_refused(
    qtbot: QtBot, server: InstanceServer
) -> None:
    """A name of a million characters can name no file on any system: the request is read
    whole (it used to be lost without a word) and the name refused with the reason."""
    long_name = "/tmp/" + "n" * 1_000_000 + ".json"
    proc = hand_over_from_another_process([long_name])
    qtbot.waitUntil(lambda: bool(server.got), timeout=30_000)  # type: ignore[attr-defined]
    assert proc.wait(30) == 0
    [request] = server.got  # type: ignore[attr-defined]
    assert request.paths == ()
    assert request.problems == (
        "“" + "n" * 119 + "…”: a name of 1,000,010 characters is longer than any file "
        "system allows (32,767).",
    )


# --- the window -------------------------------------------------------------------------------


def open_boxes(w: MainWindow) -> list[QMessageBox]:
    return [b for b in w.findChildren(QMessageBox) if b.isVisible()]


def close_boxes(w: MainWindow) -> None:
    for b in open_boxes(w):
        b.close()
        b.deleteLater()


@pytest.fixture
def wired(qtbot: QtBot, window: MainWindow, server: InstanceServer) -> MainWindow:
    server.handedOver.connect(window.open_handed_over)
    return window


def test_200_broken_files_make_one_dialog(
    qtbot: QtBot, wired: MainWindow, server: InstanceServer, tmp_path: Path
) -> None:
    broken = [str(tmp_path / f"missing-{i}.json") for i in range(200)]
    peer = Peer(qtbot, server)
    peer.send(encode(broken))
    [box] = open_boxes(wired)
    assert box.objectName() == "handOverDialog"
    assert box.text() == "None of the 200 files handed over could be opened."
    assert "199 more under Show Details" in box.informativeText()
    assert "The timeline on screen is unchanged." in box.informativeText()
    assert box.detailedText().count("\n") == 199
    assert "“missing-199.json”" in box.detailedText()
    assert "Putin and Trump" in wired.windowTitle()
    peer.leave()


@pytest.mark.parametrize("value", [{"open": 5}, {"open": None}])
def test_a_request_of_the_wrong_shape_is_one_dialog_not_an_error(
    qtbot: QtBot, wired: MainWindow, server: InstanceServer, value: object
) -> None:
    peer = Peer(qtbot, server)
    peer.send(message(value))
    [box] = open_boxes(wired)
    assert box.objectName() == "handOverDialog"
    assert "was refused" in box.informativeText() and "not a list of files" in box.informativeText()
    peer.leave()


def test_one_file_that_cannot_be_opened_gets_the_usual_dialog(
    qtbot: QtBot, wired: MainWindow, server: InstanceServer, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    peer = Peer(qtbot, server)
    peer.send(encode([str(bad)]))
    [box] = open_boxes(wired)
    assert box.objectName() == "loadErrorDialog"
    assert "bad.json" in box.text()
    peer.leave()


def test_good_files_open_and_the_bad_ones_share_a_dialog(
    qtbot: QtBot, wired: MainWindow, server: InstanceServer, tmp_path: Path, bundled_path: Path
) -> None:
    good = tmp_path / "good.json"
    shutil.copy(bundled_path, good)
    peer = Peer(qtbot, server)
    peer.send(message({"open": [str(tmp_path / "gone.json"), 7, str(good)]}))
    assert wired.current_path == str(good)
    [box] = open_boxes(wired)
    assert box.text() == "2 of the 3 files handed over could not be opened."
    assert "unchanged" not in box.informativeText()
    assert "File 2 of the request is a number" in box.detailedText()
    peer.leave()


# --- the fuzzer -------------------------------------------------------------------------------

GOOD_NAME = "/good.json"  # replaced by a real copy of the bundled timeline
NAMES = st.sampled_from([GOOD_NAME, "/nowhere/x.json", "rel.json", "", "/a\0b", "/\ud800"])
ITEMS = NAMES | st.none() | st.integers() | st.lists(st.text(max_size=3), max_size=2)
OPENABLE = st.sampled_from([GOOD_NAME, "/nowhere/x.json"])
VALUES = st.one_of(
    st.fixed_dictionaries({"open": st.lists(OPENABLE, min_size=1, max_size=3)}),
    st.fixed_dictionaries({"open": st.lists(NAMES, max_size=4)}),
    st.fixed_dictionaries({"open": st.lists(ITEMS, max_size=4)}),
    st.fixed_dictionaries({"open": ITEMS}),
    st.dictionaries(st.text(max_size=5), ITEMS, max_size=2),
    ITEMS,
)
PAYLOADS = VALUES.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=30)
# Mostly whole requests, each of any kind, then any bytes (a part of one, a length too large).
STREAMS = st.tuples(
    st.lists(PAYLOADS, max_size=3),
    st.sampled_from([b"", b"\x00", b"\x00\x00\x00\x09{", HEADER.pack(10**9)])
    | st.binary(max_size=6),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(STREAMS, st.data())
def test_fuzz_any_bytes_in_any_pieces(
    qtbot: QtBot,
    wired: MainWindow,
    server: InstanceServer,
    bundled_path: Path,
    tmp_path: Path,
    stream_parts: tuple[list[bytes], bytes],
    data: st.DataObject,
) -> None:
    good = tmp_path / "good.json"
    if not good.exists():
        shutil.copy(bundled_path, good)
    payloads, tail = stream_parts
    real = json.dumps(str(good)).encode()
    stream = b"".join(frame(p.replace(json.dumps(GOOD_NAME).encode(), real)) for p in payloads)
    stream += tail
    # What the server must make of it, read in one piece.
    reference = FrameReader()
    expected = [parse(f) for f in reference.feed(stream)]
    left_over = bool(reference.broken) or reference.pending
    server.got.clear()  # type: ignore[attr-defined]
    close_boxes(wired)
    cuts = data.draw(st.lists(st.integers(1, max(1, len(stream))), max_size=6))
    peer = Peer(qtbot, server)
    dialogs = 0
    for piece in pieces(stream, cuts):
        if not piece or not server._connections:
            continue
        before = len(server.got)  # type: ignore[attr-defined]
        peer.send(piece)
        # One dialog at most for each request that arrived with this piece.
        arrived = len(server.got) - before  # type: ignore[attr-defined]
        shown_now = len(open_boxes(wired))
        assert shown_now <= arrived
        dialogs += shown_now
        for request in server.got[before:]:  # type: ignore[attr-defined]
            event(f"{len(request.paths)} paths, {len(request.problems)} problems")
            if request.paths and str(good) == request.paths[-1]:
                event("the good file opened")
                assert wired.current_path == str(good)  # the valid file is open
        close_boxes(wired)
    if server._connections:
        peer.leave()
    got = server.got  # type: ignore[attr-defined]
    assert got[: len(expected)] == expected
    assert len(got) == len(expected) + left_over
    assert len(open_boxes(wired)) <= 1
    close_boxes(wired)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
