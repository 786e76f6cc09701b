#!/usr/bin/env python3
"""Build the timeline-app bundle and the Debian package.

Run it with the Python of a build environment that has PyInstaller and the app's
dependencies, never the app's development .venv:

    python3 -m venv /tmp/pkgvenv
    /tmp/pkgvenv/bin/pip install pyinstaller /path/to/checkout
    /tmp/pkgvenv/bin/python packaging/build.py bundle     # dist/timeline-app/
    /tmp/pkgvenv/bin/python packaging/build.py deb        # dist/timeline-app_<version>_<arch>.deb

Commands:
    bundle [--force]     the one-folder PyInstaller bundle dist/timeline-app/ (work files in
                         build/pyinstaller/); skipped when it is up to date, unless --force
    deb [--force]        the bundle if needed, then the .deb (staging in build/deb/)
    depends              print the Depends: line the .deb would get, and how it was found
    win-installer        (Windows) the bundle if needed, then the Inno Setup installer
                         dist/timeline-app-<version>-setup.exe (needs Inno Setup 6's ISCC.exe)
    icons                the PNG, .ico and .icns icons (packaging/make_icons.py all)
    licenses             copy the third-party licence texts into packaging/licenses/

Everything is written under the checkout's build/ and dist/ folders, nothing under /tmp.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
LICENSES = PACKAGING / "licenses"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP = "timeline-app"
BUNDLE = DIST / APP
EXE = BUNDLE / (APP + (".exe" if os.name == "nt" else ""))
STAMP = BUILD / "pyinstaller" / "bundle.stamp"
METAINFO = "io.github.timeline_app.metainfo.xml"
INSTALL_DIR = f"/opt/{APP}"

# The Depends of the .deb as worked out on Debian 12 (bookworm, amd64) with PySide6 6.11.3.
# Used when the mapping below cannot run (no dpkg on the build machine), and compared with
# its result otherwise, so that a change shows up in the build log.
CHECKED_DEPENDS = [
    "libbrotli1",
    "libc6",
    "libcups2",
    "libdbus-1-3",
    "libegl1",
    "libffi8",
    "libfontconfig1",
    "libfreetype6",
    "libgcc-s1",
    "libgl1",
    "libglib2.0-0",
    "libgssapi-krb5-2",
    "libstdc++6",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxcb1",
    "libxkbcommon-x11-0",
    "libxkbcommon0",
    "libzstd1",
    "zlib1g",
]
# Libraries the bundle links to that may be missing on the build machine (dpkg -S cannot
# name their package then): soname -> Debian package.
SONAME_PACKAGES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "ld-linux-armhf.so.3": "libc6",
    "ld-linux.so.2": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libffi.so.8": "libffi8",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libcups.so.2": "libcups2",
}
# Not a library, but Qt shows no text without at least one font that fontconfig finds.
FONT_DEPENDS = "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)


def say(message: str) -> None:
    print(f"build.py: {message}", flush=True)


def fail(message: str) -> None:
    raise SystemExit(f"build.py: error: {message}")


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    return subprocess.run(cmd, check=True, **kw)


def app_version() -> str:
    text = (ROOT / "timeline_app" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not m:
        fail("no __version__ in timeline_app/__init__.py")
    return m.group(1)


def deb_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


# --- the bundle ------------------------------------------------------------------------------


def bundle_inputs() -> list[Path]:
    files = [p for p in (ROOT / "timeline_app").rglob("*.py")]
    files += [p for p in (ROOT / "resources").iterdir() if p.is_file()]
    files += [p for p in (ROOT / "resources" / "translations").glob("*.ts")]
    files += [PACKAGING / "translations.py"]
    files += [p for p in (ROOT / "docs").glob("*.md")]
    files += [PACKAGING / "timeline-app.spec", PACKAGING / "pyinstaller_entry.py"]
    files += [p for p in LICENSES.rglob("*") if p.is_file()]
    files += [p for p in (ROOT / "LICENSE",) if p.is_file()]
    return sorted(files)


def bundle_fingerprint() -> str:
    h = hashlib.sha256()
    for p in bundle_inputs():
        h.update(str(p.relative_to(ROOT)).encode() + b"\0" + p.read_bytes() + b"\0")
    # The environment the bundle is built from: Python, PyInstaller, PySide6 and friends.
    from importlib import metadata

    h.update(sys.version.encode())
    for dist in (
        "pyinstaller",
        "PySide6-Essentials",
        "shiboken6",
        "python-dateutil",
        "platformdirs",
    ):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-".encode())
    h.update(os.environ.get("TIMELINE_APP_BUNDLE_SYSTEM_LIBS", "").encode())
    return h.hexdigest()


def check_build_env() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        fail(
            f"PyInstaller is not installed for {sys.executable}; use a build venv: "
            "python3 -m venv /tmp/pkgvenv && /tmp/pkgvenv/bin/pip install pyinstaller "
            f"{ROOT} && /tmp/pkgvenv/bin/python packaging/build.py ..."
        )
    for module in ("PySide6.QtWidgets", "PySide6.QtSvg", "dateutil", "platformdirs"):
        try:
            __import__(module)
        except ImportError:
            fail(f"{module} cannot be imported by {sys.executable}; pip install {ROOT}")


def cmd_bundle(force: bool = False) -> Path:
    check_build_env()
    fingerprint = bundle_fingerprint()
    if not force and EXE.is_file() and STAMP.is_file() and STAMP.read_text().strip() == fingerprint:
        say(f"bundle {BUNDLE.relative_to(ROOT)} is up to date")
        return BUNDLE
    check_licenses(strict=False)
    if sys.platform in ("win32", "darwin"):
        run(
            [
                sys.executable,
                str(PACKAGING / "make_icons.py"),
                "ico" if sys.platform == "win32" else "icns",
            ]
        )
    workpath = BUILD / "pyinstaller"
    workpath.mkdir(parents=True, exist_ok=True)
    STAMP.unlink(missing_ok=True)
    # The .qm files are built, not committed: made here from the .ts files, for the spec.
    say("building the translations")
    run([sys.executable, str(PACKAGING / "translations.py"), "build"], cwd=ROOT)
    say("running PyInstaller")
    t0 = time.monotonic()
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(workpath),
            str(PACKAGING / "timeline-app.spec"),
        ],
        cwd=ROOT,
    )
    say(f"PyInstaller took {time.monotonic() - t0:.0f} s")
    smoke_test_bundle()
    STAMP.write_text(fingerprint + "\n")
    say(f"bundle: {BUNDLE.relative_to(ROOT)} ({tree_size(BUNDLE) / 2**20:.1f} MiB)")
    return BUNDLE


def smoke_test_bundle() -> None:
    version = app_version()
    out = subprocess.run([str(EXE), "--version"], capture_output=True, text=True, timeout=120)
    if out.returncode != 0 or out.stdout.strip() != f"{APP} {version}":
        fail(f"{EXE} --version gave {out.returncode}: {out.stdout!r} {out.stderr!r}")
    dataset = BUNDLE / "_internal" / "timeline_app" / "resources" / "timeline-2017.json"
    out = subprocess.run(
        [str(EXE), "validate", str(dataset)], capture_output=True, text=True, timeout=120
    )
    if out.returncode != 0:
        fail(f"the bundle cannot validate its own dataset: {out.stderr.strip()}")
    # The file format guide, and each of its translations (Help › File Format Guide).
    for doc in [ROOT / "docs" / "file-format.md", *(ROOT / "docs").glob("file-format.*.md")]:
        guide = BUNDLE / "_internal" / "timeline_app" / "docs" / doc.name
        if not guide.is_file():
            fail(f"the bundle has no file format guide at {guide}")
    for path in bundled_translations():
        if not path.is_file():
            fail(f"the bundle has no translation {path}")
    say(f"bundle smoke test: {APP} {version}; {out.stdout.strip().split(': ', 1)[-1]}")
    smoke_test_gui()


def bundled_translations(bundle: Path = BUNDLE) -> list[Path]:
    """The .qm files the bundle must hold: the app's, and Qt's own for the same languages."""
    internal = bundle / "_internal"
    ours = internal / "timeline_app" / "resources" / "translations"
    qt = internal / "PySide6" / "Qt" / "translations"
    return [ours / f"timeline_app_{c}.qm" for c in ("de", "fr")] + [
        qt / f"qtbase_{c}.qm" for c in ("de", "fr")
    ]


def smoke_test_gui(seconds: float = 6.0) -> None:
    """Start the bundle's GUI on Qt's offscreen platform: it must still be running after a few
    seconds with nothing in its error log (a module left out of the bundle shows up here)."""
    work = BUILD / "smoke"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TIMELINE_APP_LOG_DIR=str(work / "log"),
        TIMELINE_APP_INSTANCE=f"timeline-app-build-smoke-{os.getpid()}",
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_STATE_HOME=str(work / "state"),
        XDG_CACHE_HOME=str(work / "cache"),
        HOME=str(work),
    )
    proc = subprocess.Popen(
        [str(EXE)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    else:
        output = proc.stdout.read() if proc.stdout else ""
        fail(
            f"the bundled GUI exited at start-up with {proc.returncode}: {output.strip()}\n"
            + read_logs(work / "log")
        )
    errors = [
        line
        for line in read_logs(work / "log").splitlines()
        if " ERROR " in line or "Traceback" in line or "Error:" in line
    ]
    if errors:
        fail("the bundled GUI logged errors at start-up:\n" + read_logs(work / "log"))
    say(f"bundle smoke test: the GUI ran for {seconds:.0f} s on the offscreen platform")


def read_logs(folder: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in sorted(folder.glob("*.log")))


def tree_size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


# --- system dependencies of the bundle -------------------------------------------------------


def elf_info(path: Path) -> tuple[list[str], str] | None:
    """(DT_NEEDED sonames, the dynamic string table) of an ELF file, or None if it is not an
    ELF file with a dynamic section."""
    with open(path, "rb") as f:
        head = f.read(64)
        if len(head) < 52 or head[:4] != b"\x7fELF":
            return None
        is64 = head[4] == 2
        end = "<" if head[5] == 1 else ">"
        if is64:
            (phoff,) = struct.unpack_from(end + "Q", head, 0x20)
            phentsize, phnum = struct.unpack_from(end + "HH", head, 0x36)
        else:
            (phoff,) = struct.unpack_from(end + "I", head, 0x1C)
            phentsize, phnum = struct.unpack_from(end + "HH", head, 0x2A)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
        loads, dynamic = [], None
        for i in range(phnum):
            if is64:
                p_type, _flags, off, vaddr, _pa, filesz = struct.unpack_from(
                    end + "IIQQQQ", table, i * phentsize
                )
            else:
                p_type, off, vaddr, _pa, filesz = struct.unpack_from(
                    end + "IIIII", table, i * phentsize
                )
            if p_type == 1:
                loads.append((vaddr, off, filesz))
            elif p_type == 2:
                dynamic = (off, filesz)
        if dynamic is None:
            return None
        f.seek(dynamic[0])
        raw = f.read(dynamic[1])
        fmt, size = (end + "qQ", 16) if is64 else (end + "iI", 8)
        needed_offsets, strtab, strsz = [], None, 0
        for i in range(len(raw) // size):
            tag, val = struct.unpack_from(fmt, raw, i * size)
            if tag == 0:
                break
            if tag == 1:
                needed_offsets.append(val)
            elif tag == 5:
                strtab = val
            elif tag == 10:
                strsz = val
        if strtab is None:
            return None
        for vaddr, off, filesz in loads:
            if vaddr <= strtab < vaddr + filesz:
                f.seek(strtab - vaddr + off)
                strings = f.read(strsz)
                break
        else:
            return None
    needed = [strings[o : strings.index(b"\0", o)].decode() for o in needed_offsets]
    return needed, strings.decode("latin-1")


def bundle_elf_files(bundle: Path) -> list[Path]:
    files = []
    for p in sorted(bundle.rglob("*")):
        if p.is_file() and not p.is_symlink():
            with open(p, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    files.append(p)
    return files


def ldd_paths(path: Path, lib_dirs: list[str]) -> dict[str, str | None]:
    """soname -> resolved path (None when not found), as ldd reports it for `path`."""
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(lib_dirs))
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
    result: dict[str, str | None] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+)\s+=>\s+(not found|\S+)", line)
        if m:
            result[m.group(1)] = None if m.group(2) == "not found" else m.group(2)
            continue
        m = re.match(r"\s*(/\S+)\s+\(0x", line)  # the dynamic loader: '/lib64/ld-linux...'
        if m:
            result[os.path.basename(m.group(1))] = m.group(1)
    return result


def dpkg_package_of(path: str) -> str | None:
    """The Debian package that installed `path` (tries the merged-/usr variants)."""
    candidates = [path, os.path.realpath(path)]
    for c in list(candidates):
        if c.startswith("/usr/"):
            candidates.append(c[4:])
        else:
            candidates.append("/usr" + c)
    for c in dict.fromkeys(candidates):
        out = subprocess.run(["dpkg", "-S", c], capture_output=True, text=True)
        if out.returncode == 0:
            for line in out.stdout.splitlines():
                pkg, _, owned = line.partition(": ")
                if owned.strip() == c and "diversion" not in pkg:
                    return pkg.split(":")[0].split(",")[0].strip()
    return None


def compute_depends(bundle: Path, *, verbose: bool = False) -> tuple[list[str], str]:
    """The Debian packages of the system libraries the bundle links to (directly), found by
    running ldd over every ELF file of the bundle and dpkg -S over the libraries outside it;
    and the highest glibc symbol version any of them needs."""
    elves = bundle_elf_files(bundle)
    carried = {p.name for p in bundle.rglob("lib*.so*")}
    lib_dirs = sorted({str(p.parent) for p in elves if ".so" in p.name})
    system: dict[str, set[str]] = {}  # soname -> bundle files that need it
    glibc = (2, 17)
    for elf in elves:
        info = elf_info(elf)
        if info is None:
            continue
        needed, strings = info
        for v in re.findall(r"GLIBC_(\d+)\.(\d+)", strings):
            glibc = max(glibc, (int(v[0]), int(v[1])))
        for soname in needed:
            if soname not in carried:
                system.setdefault(soname, set()).add(str(elf.relative_to(bundle)))
    resolved: dict[str, str | None] = {}
    for elf in elves:
        wanted = [
            s
            for s, users in system.items()
            if str(elf.relative_to(bundle)) in users and s not in resolved
        ]
        if wanted:
            paths = ldd_paths(elf, lib_dirs)
            for s in wanted:
                if s in paths:
                    resolved[s] = paths[s]
    packages: dict[str, str] = {}
    for soname in sorted(system):
        path = resolved.get(soname)
        pkg = dpkg_package_of(path) if path else None
        how = f"dpkg -S {path}" if pkg else "checked list"
        if pkg is None:
            pkg = SONAME_PACKAGES.get(soname)
            if pkg is None:
                fail(
                    f"{soname} (needed by {sorted(system[soname])[0]}) is not installed here "
                    "and not in SONAME_PACKAGES; install it or add it to build.py"
                )
            if path is None:
                how = "not installed here; checked list"
        packages[soname] = pkg
        if verbose:
            print(f"  {soname:28} -> {pkg:22} ({how}; needed by {len(system[soname])} file(s))")
    return sorted(set(packages.values())), f"{glibc[0]}.{glibc[1]}"


def depends_line(bundle: Path, *, verbose: bool = False) -> str:
    if shutil.which("dpkg") and shutil.which("ldd"):
        packages, glibc = compute_depends(bundle, verbose=verbose)
        added = sorted(set(packages) - set(CHECKED_DEPENDS))
        dropped = sorted(set(CHECKED_DEPENDS) - set(packages))
        if added or dropped:
            say(
                f"note: Depends differ from the checked list in build.py: added {added}, "
                f"dropped {dropped} (update CHECKED_DEPENDS if this is expected)"
            )
    else:
        say("dpkg or ldd is missing: using the checked Depends list")
        packages, glibc = list(CHECKED_DEPENDS), "2.34"
    parts = [f"libc6 (>= {glibc})" if p == "libc6" else p for p in packages]
    return ", ".join([*parts, FONT_DEPENDS])


def cmd_depends() -> int:
    if not EXE.is_file():
        fail(f"no bundle at {BUNDLE}; run: build.py bundle")
    print(depends_line(BUNDLE, verbose=True))
    return 0


# --- the Debian package ----------------------------------------------------------------------

CONTROL = """\
Package: {package}
Version: {version}
Architecture: {arch}
Maintainer: {maintainer}
Installed-Size: {installed_size}
Depends: {depends}
Section: education
Priority: optional
Homepage: https://github.com/timeline-app/timeline-app
Description: timeline viewer for teaching history
 Timeline opens a timeline of dated events and lets you zoom smoothly from
 millennia down to minutes. Each event shows the verbatim quotes of its
 sources, with speaker and full citation. It has a presentation mode for the
 classroom projector and exports PNG, SVG and PDF (posters and handouts too).
 .
 This package contains a self-contained build (Python, PySide6 and Qt
 {qt_version}) installed under {install_dir}. The command line
 'timeline-app validate|events|export' works without a display.
"""

LAUNCHER = f"""#!/bin/sh
# Start timeline-app from its bundle in {INSTALL_DIR}.
exec {INSTALL_DIR}/{APP} "$@"
"""


def check_metainfo(version: str) -> None:
    text = (LINUX / METAINFO).read_text(encoding="utf-8")
    if not re.search(rf'<release\s+version="{re.escape(version)}"', text):
        fail(f'packaging/linux/{METAINFO} has no <release version="{version}">: add one')


def stage_deb(bundle: Path, root: Path, version: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    (opt / "LICENSES").symlink_to("_internal/licenses")

    def put(rel: str, data: bytes | str, mode: int = 0o644) -> None:
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.encode() if isinstance(data, str) else data)
        target.chmod(mode)

    put(f"usr/bin/{APP}", LAUNCHER, 0o755)
    put(f"usr/share/applications/{APP}.desktop", (LINUX / f"{APP}.desktop").read_bytes())
    put(f"usr/share/metainfo/{METAINFO}", (LINUX / METAINFO).read_bytes())
    put(f"usr/share/mime/packages/{APP}.xml", (LINUX / f"{APP}-mime.xml").read_bytes())
    put(
        f"usr/share/icons/hicolor/scalable/apps/{APP}.svg",
        (ROOT / "resources" / f"{APP}.svg").read_bytes(),
    )
    for size in HICOLOR_SIZES:
        png = ROOT / "resources" / "icons" / f"{APP}-{size}.png"
        if not png.is_file():
            run([sys.executable, str(PACKAGING / "make_icons.py"), "png"])
        put(f"usr/share/icons/hicolor/{size}x{size}/apps/{APP}.png", png.read_bytes())
    put(f"usr/share/doc/{APP}/copyright", debian_copyright())
    for script in ("postinst", "postrm"):
        put(f"DEBIAN/{script}", (LINUX / "debian" / script).read_bytes(), 0o755)
    # Normal permissions whatever the umask of the build machine.
    for p in [root, *root.rglob("*")]:
        if p.is_symlink():
            continue
        mode = p.stat().st_mode
        if p.is_dir():
            p.chmod(0o755)
        else:
            p.chmod(0o755 if mode & stat.S_IXUSR else 0o644)


def debian_copyright() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP}\n\n"
        "Files: *\n"
        "License: MIT\n\n"
        f"Files: {INSTALL_DIR}/_internal/*\n"
        "Comment: The bundled Python, PySide6/Qt (LGPL-3.0), shiboken6, python-dateutil,\n"
        " platformdirs and the PyInstaller bootloader. Their licences, and how to replace\n"
        f" the Qt libraries, are in {INSTALL_DIR}/_internal/licenses/ (THIRD-PARTY.md).\n"
        "License: various\n"
    )


def cmd_deb(force: bool = False) -> Path:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"):
        fail("a .deb is built on Debian or Ubuntu (dpkg-deb is missing)")
    version = app_version()
    check_metainfo(version)
    bundle = cmd_bundle(force=force)
    arch = deb_arch()
    root = BUILD / "deb" / "root"
    say(f"staging the package in {root.relative_to(ROOT)}")
    stage_deb(bundle, root, version)
    depends = depends_line(bundle)
    from importlib import metadata

    installed_kib = (tree_size(root) + 1023) // 1024
    control = CONTROL.format(
        package=APP,
        version=version,
        arch=arch,
        maintainer=os.environ.get(
            "DEB_MAINTAINER", "timeline-app developers <timeline-app@example.org>"
        ),
        installed_size=installed_kib,
        depends=depends,
        qt_version=metadata.version("PySide6-Essentials"),
        install_dir=INSTALL_DIR,
    )
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    md5 = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink() and "DEBIAN" not in p.relative_to(root).parts:
            md5.append(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(root)}\n")
    (root / "DEBIAN" / "md5sums").write_text("".join(md5), encoding="utf-8")
    validate_staged(root)
    out = DIST / f"{APP}_{version}_{arch}.deb"
    out.unlink(missing_ok=True)
    t0 = time.monotonic()
    compression = os.environ.get("DEB_COMPRESSION", "xz")  # zstd builds ~5x faster
    run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(out)],
        stdout=subprocess.DEVNULL,
    )
    say(f"dpkg-deb took {time.monotonic() - t0:.0f} s")
    run(["dpkg-deb", "--info", str(out)])
    say(
        f"package: {out.relative_to(ROOT)} ({out.stat().st_size / 2**20:.1f} MiB, "
        f"installed {installed_kib / 1024:.1f} MiB)"
    )
    return out


def validate_staged(root: Path) -> None:
    """The checks that the tools here can make before the package is built."""
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(root / f"usr/share/applications/{APP}.desktop")])
    else:
        say("desktop-file-validate is missing (apt install desktop-file-utils): not checked")
    if shutil.which("appstreamcli"):
        run(
            ["appstreamcli", "validate", "--no-net", str(root / f"usr/share/metainfo/{METAINFO}")],
            stdout=subprocess.DEVNULL,
        )
    else:
        say("appstreamcli is missing (apt install appstream): metainfo not checked")
    import xml.dom.minidom

    xml.dom.minidom.parse(str(root / f"usr/share/mime/packages/{APP}.xml"))


# --- the Windows installer -------------------------------------------------------------------


def cmd_win_installer(force: bool = False) -> Path:
    if sys.platform != "win32":
        fail("the Windows installer is built on Windows (Inno Setup 6)")
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    for candidate in (
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
        r"C:\Program Files\Inno Setup 6\ISCC.exe",
    ):
        if not iscc and Path(candidate).is_file():
            iscc = candidate
    if not iscc:
        fail("ISCC.exe not found: install Inno Setup 6 (choco install innosetup)")
    cmd_bundle(force=force)
    version = app_version()
    run([iscc, f"/DAppVersion={version}", str(PACKAGING / "windows" / "timeline-app.iss")])
    out = DIST / f"{APP}-{version}-setup.exe"
    say(f"installer: {out.relative_to(ROOT)} ({out.stat().st_size / 2**20:.1f} MiB)")
    return out


# --- licences --------------------------------------------------------------------------------


def _dist_file(dist: str, *names: str) -> Path:
    from importlib import metadata

    d = metadata.distribution(dist)
    for f in d.files or []:
        if Path(str(f)).name in names and ".dist-info" in str(f):
            return Path(str(d.locate_file(f)))
    fail(f"no {' or '.join(names)} in the {dist} distribution")
    raise AssertionError


def python_license() -> Path:
    import sysconfig

    doc = f"/usr/share/doc/python3.{sys.version_info[1]}"  # Debian's python3.X
    for base in (sysconfig.get_paths()["stdlib"], doc):
        for name in ("LICENSE.txt", "LICENSE", "copyright"):
            p = Path(base) / name
            if p.is_file():
                return p
    fail("cannot find Python's LICENSE.txt")
    raise AssertionError


LICENSE_SOURCES = {
    # file in packaging/licenses -> where it comes from
    "python-dateutil.LICENSE.txt": lambda: _dist_file("python-dateutil", "LICENSE"),
    "platformdirs.LICENSE.txt": lambda: _dist_file("platformdirs", "LICENSE"),
    "PyInstaller.COPYING.txt": lambda: _dist_file("pyinstaller", "COPYING.txt"),
    "Python.LICENSE.txt": python_license,
    # The PySide6 and shiboken6 wheels carry no licence text (their metadata names
    # LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only); the texts come from Debian's
    # base-files. The LGPL-3.0 is a set of additional permissions on top of the GPL-3.0,
    # so both are needed.
    "LGPL-3.0.txt": lambda: Path("/usr/share/common-licenses/LGPL-3"),
    "GPL-3.0.txt": lambda: Path("/usr/share/common-licenses/GPL-3"),
    "Apache-2.0.txt": lambda: Path("/usr/share/common-licenses/Apache-2.0"),
}


def cmd_licenses() -> int:
    LICENSES.mkdir(parents=True, exist_ok=True)
    for name, source in LICENSE_SOURCES.items():
        src = source()
        if not src.is_file():
            fail(f"{src} is missing (for {name})")
        shutil.copyfile(src, LICENSES / name)
        say(f"{name} <- {src}")
    check_licenses(strict=True)
    return 0


def check_licenses(*, strict: bool) -> None:
    """THIRD-PARTY.md must name the versions that are bundled."""
    from importlib import metadata

    text = (LICENSES / "THIRD-PARTY.md").read_text(encoding="utf-8")
    missing = [n for n in LICENSE_SOURCES if not (LICENSES / n).is_file()]
    stale = []
    for dist in ("PySide6-Essentials", "shiboken6", "python-dateutil", "platformdirs"):
        try:
            v = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
        if v not in text:
            stale.append(f"{dist} {v}")
    py = f"{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}"
    if py not in text:
        stale.append(f"Python {py}")
    if missing or stale:
        message = (
            f"packaging/licenses: missing {missing}; THIRD-PARTY.md does not name "
            f"{stale}: run build.py licenses and update THIRD-PARTY.md"
        )
        if strict:
            fail(message)
        say("warning: " + message)


# --- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the timeline-app bundle and Debian package.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("Commands:", 1)[1],
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("bundle", "deb", "win-installer"):
        p = sub.add_parser(name)
        p.add_argument("--force", action="store_true", help="rebuild the bundle")
    sub.add_parser("depends")
    sub.add_parser("icons")
    sub.add_parser("licenses")
    ns = parser.parse_args(argv)
    if ns.command == "bundle":
        cmd_bundle(force=ns.force)
    elif ns.command == "deb":
        cmd_deb(force=ns.force)
    elif ns.command == "win-installer":
        cmd_win_installer(force=ns.force)
    elif ns.command == "depends":
        return cmd_depends()
    elif ns.command == "icons":
        run([sys.executable, str(PACKAGING / "make_icons.py"), "all"])
    elif ns.command == "licenses":
        return cmd_licenses()
    return 0


if __name__ == "__main__":
    sys.exit(main())
