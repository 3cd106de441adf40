"""Install the system packages kcdesk needs on Debian/Ubuntu, or say the one line that does.

    python3 tools/system_deps.py venv        # before `python3 -m venv` (Debian splits venv off)
    .venv/bin/python tools/system_deps.py run    # Qt's libraries and plugins, fonts for PDFs
    .venv/bin/python tools/system_deps.py test   # the same, plus objdump for the bundle test
    python3 tools/system_deps.py ci              # CI's test tools: objdump, Syncthing (live stations)
    ... --check                                  # only report, install nothing

`make run`, `make test` and `.ci/run` call it. It asks `ldd` which libraries the Qt modules and
plugins kcdesk loads cannot find (see ``kcdesk.sysdeps``) and installs their packages with
apt-get when it may (as root, or with sudo that needs no password); otherwise it stops with the
`sudo apt-get install ...` line to run. Nothing is done on other systems than Linux, nor when
everything is there (then it prints nothing).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from kcdesk import sysdeps  # noqa: E402 - the source tree, before kcdesk is installed


def needed(stage: str) -> tuple[list[str], list[str]]:
    """(missing libraries or tools, packages that bring them) for ``stage``."""
    missing: list[str] = []
    packages: list[str] = []
    if stage == "venv":
        if importlib.util.find_spec("ensurepip") is None:
            missing.append("ensurepip (python -m venv)")
            packages.append(f"python{sys.version_info.major}.{sys.version_info.minor}-venv")
        return missing, packages
    if stage == "ci":
        for tool, package, why in (
            ("objdump", "binutils", "bundle test"),
            ("syncthing", "syncthing", "live stations test"),
        ):
            if shutil.which(tool) is None:
                missing.append(f"{tool} ({why})")
                packages.append(package)
        return missing, packages
    pyside = sysdeps.pyside_dir()
    if pyside is None:
        raise SystemExit("system_deps: PySide6 is not installed in this Python; run it with .venv/bin/python")
    libs = sysdeps.missing_libraries(sysdeps.qt_binaries(pyside))
    missing += libs
    packages += sysdeps.packages_for(libs)
    if not sysdeps.has_fonts():
        missing.append("fonts")
        packages.append(sysdeps.FONT_PACKAGE)
    if stage == "test" and shutil.which("objdump") is None:
        missing.append("objdump (PyInstaller, bundle test)")
        packages.append("binutils")
    return missing, sorted(set(packages))


def apt_prefix() -> list[str] | None:
    """How to run apt-get without a password prompt, or None when we may not."""
    if shutil.which("apt-get") is None:
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None


def apt_lists_present() -> bool:
    lists = Path("/var/lib/apt/lists")
    return lists.is_dir() and any(lists.glob("*Packages*"))


def apt(prefix: list[str], *args: str) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return (
        subprocess.run([*prefix, "apt-get", "-q", *args], env=env, stdout=subprocess.DEVNULL).returncode == 0
    )


def install(prefix: list[str], packages: list[str]) -> bool:
    cmd = ("install", "-y", "--no-install-recommends", *packages)
    if apt(prefix, *cmd):
        return True
    return apt(prefix, "update", "-qq") and apt(prefix, *cmd)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", choices=("venv", "run", "test", "ci"))
    parser.add_argument("--check", action="store_true", help="only report what is missing")
    args = parser.parse_args(argv)
    if not sysdeps.is_linux():
        return 0
    prefix = apt_prefix()
    if prefix is not None and not args.check and not apt_lists_present():
        apt(prefix, "update", "-qq")  # a fresh container has no package lists: names need them
    missing, packages = needed(args.stage)
    if not missing:
        return 0
    print(f"kcdesk needs system packages: {', '.join(missing)} missing.", file=sys.stderr)
    if shutil.which("apt-get") is None:
        print("Install them with your system's package manager.", file=sys.stderr)
        return 1
    if prefix is None or args.check:
        print(f"Run:  sudo apt-get install -y {' '.join(packages)}", file=sys.stderr)
        return 1
    print(f"Installing: apt-get install -y {' '.join(packages)}", file=sys.stderr)
    if not install(prefix, packages):
        print(
            f"apt-get could not install them. Run:  sudo apt-get install -y {' '.join(packages)}",
            file=sys.stderr,
        )
        return 1
    still, _ = needed(args.stage)
    if still:
        print(f"Still missing after installing: {', '.join(still)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
