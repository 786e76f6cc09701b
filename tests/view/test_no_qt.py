"""The model, the file formats and the layout work without Qt (headless tools, exports, tests)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CODE = (
    "import timeline_app.model, timeline_app.formats, timeline_app.view.layout, "
    "timeline_app.view.ticks, timeline_app.view.viewport, timeline_app.view.scene, "
    "timeline_app.view.window_fit; "
    "import sys; "
    "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))); "
    "assert not qt, qt"
)


def test_pure_packages_import_without_qt():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    result = subprocess.run(
        [sys.executable, "-c", CODE], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
