"""Build the PyInstaller bundle into a temporary folder and print its figures (issue 16):
its size (target <= 200 MB) and the start-up of the bundle's `kcdesk --version` beside the
editable install's, measured in the same run (target <= 2x).

.venv/bin/python bench/bundle.py   # bundle_build: 20 s, bundle_size: 167 MB, ...
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    return (time.perf_counter() - t) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--clean",
                "--log-level",
                "ERROR",
                "--distpath",
                f"{tmp}/dist",
                "--workpath",
                f"{tmp}/build",
                str(ROOT / "build.spec"),
            ],
            check=True,
            cwd=ROOT,
        )
        print(f"bundle_build: {time.perf_counter() - t:.0f} s")
        folder = Path(tmp) / "dist" / "kcdesk"
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"bundle_size: {size / 1e6:.0f} MB (target <= 200)")
        exe = str(folder / "kcdesk")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KCDESK_DATA_DIR=f"{tmp}/data")
        editable = str(Path(sys.executable).with_name("kcdesk"))
        ours, theirs = [], []
        for _ in range(6):  # alternating, the first of each a warm-up
            ours.append(timed([exe, "--version"], env))
            theirs.append(timed([editable, "--version"], env))
        b, e = statistics.median(ours[1:]), statistics.median(theirs[1:])
        print(f"bundle_start_version: {b:.0f} ms (editable install {e:.0f} ms)")
        print(f"bundle_start_ratio: {b / e:.2f} x (target <= 2)")
        subprocess.run([exe, "init", f"{tmp}/d.kcdesk", "--demo"], check=True, capture_output=True, env=env)
        t = time.perf_counter()
        subprocess.run(
            [exe, "screenshots", f"{tmp}/shots", "--db", f"{tmp}/d.kcdesk"],
            check=True,
            capture_output=True,
            env=env,
        )
        print(f"bundle_screenshots: {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
