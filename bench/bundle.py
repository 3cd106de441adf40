"""Build the PyInstaller bundle into a temporary folder and print its figures.

.venv/bin/python bench/bundle.py   # bundle_build: 19 s, bundle_size: 233 MB, ...
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
        print(f"bundle_size: {size / 1e6:.0f} MB")
        exe = str(folder / "kcdesk")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KCDESK_DATA_DIR=f"{tmp}/data")
        t = time.perf_counter()
        subprocess.run([exe, "--version"], check=True, capture_output=True, env=env)
        print(f"bundle_start_version: {(time.perf_counter() - t) * 1000:.0f} ms")
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
