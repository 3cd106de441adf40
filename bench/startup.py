"""Start-up of whole processes, each beside its baseline measured in the same run (issue 16).

- cold start to the first painted, idle main window (KCDESK_QUIT_AFTER_PAINT), on the demo
  database and on one with 100k people, vs an empty PySide6 QMainWindow process;
- `kcdesk events` vs `python -c "import sqlite3"`;
- peak memory (max RSS) of the app showing the 100k people directory scrolled to its end,
  vs the empty PySide6 window.

Each figure is the median of a few runs, the app and its baseline alternating.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 5

#: Quits once the watched widget has painted and the event loop is idle again.
QUIT_AFTER_PAINT = """
class P(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            o.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
"""

EMPTY_WINDOW = (
    """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
"""
    + QUIT_AFTER_PAINT
    + """p = P(w)
w.installEventFilter(p)
w.show()
app.exec()
"""
)

#: The app's main window on the people directory scrolled to its end; prints nothing.
DIRECTORY_SHOWN = (
    """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from kcdesk.ui.app import ensure_app
from kcdesk.ui.main_window import MainWindow
from kcdesk.ui.settings import Settings
app = ensure_app()
w = MainWindow(Settings())
w.open_database(Path(sys.argv[1]))
w.show()
planning = w.screens[0]
planning.tabs.setCurrentWidget(planning.people)
planning.people.table.scrollToBottom()
"""
    + QUIT_AFTER_PAINT
    + """p = P(w)
planning.people.table.viewport().installEventFilter(p)
app.exec()
"""
)


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in KiB of one whole process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} exited with {proc.returncode}")
    return elapsed, usage.ru_maxrss


def paired(ours: list[str], base: list[str], env: dict[str, str], runs: int = RUNS):
    run(ours, env), run(base, env)  # warm the page cache (and the day's first backup)
    a, b = [], []
    for _ in range(runs):
        a.append(run(ours, env))
        b.append(run(base, env))
    return (
        statistics.median(x[0] for x in a),
        statistics.median(x[0] for x in b),
        max(x[1] for x in a),
        max(x[1] for x in b),
    )


def kcdesk_exe() -> str:
    exe = Path(sys.executable).with_name("kcdesk")
    return str(exe) if exe.exists() else "kcdesk"


def main() -> None:
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            KCDESK_DATA_DIR=f"{tmp}/data",
            XDG_CONFIG_HOME=f"{tmp}/config",
            KCDESK_QUIT_AFTER_PAINT="1",
        )
        demo = f"{tmp}/demo.kcdesk"
        subprocess.run([kcdesk_exe(), "init", demo, "--demo"], check=True, env=env, capture_output=True)
        big = f"{tmp}/big.kcdesk"
        # built in a child: this process stays small, so the children's peak RSS is theirs alone
        # (a vfork-started child's maxrss begins at its parent's)
        build = f"import sys; sys.path.insert(0, {str(HERE)!r}); import fixtures; fixtures.build_file(sys.argv[1], 100_000, 5_000)"
        subprocess.run([py, "-c", build, big], check=True, env=env)
        empty = [py, "-c", EMPTY_WINDOW]

        for label, db in (("demo", demo), ("100k", big)):
            ours, base, _, _ = paired([kcdesk_exe(), "--db", db], empty, env)
            target = 2.5 if label == "demo" else 3
            print(f"cold_start_{label}: {ours * 1000:.0f} ms (empty PySide6 window {base * 1000:.0f} ms)")
            print(f"cold_start_ratio_{label}: {ours / base:.2f} x (target <= {target})")

        ours, base, _, _ = paired([kcdesk_exe(), "--db", demo, "events"], [py, "-c", "import sqlite3"], env)
        print(f"cli_events: {ours * 1000:.0f} ms (python -c 'import sqlite3' {base * 1000:.0f} ms)")
        print(f"cli_events_ratio: {ours / base:.2f} x (target <= 3)")

        _, _, rss, base_rss = paired([py, "-c", DIRECTORY_SHOWN, big], empty, env, runs=2)
        print(
            f"peak_memory_directory_100k: {rss / 1024:.0f} MiB (empty PySide6 window {base_rss / 1024:.0f} MiB)"
        )
        print(f"peak_memory_ratio_100k: {rss / base_rss:.2f} x (target <= 2)")


if __name__ == "__main__":
    main()
