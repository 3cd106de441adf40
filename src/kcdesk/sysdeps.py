"""The system libraries Qt needs on Linux, which of them are missing, and the Debian package of each.

Standard library only, and PySide6 is never imported here: this module runs before Qt can load
(``tools/system_deps.py`` for ``make run``/``make test``/CI, and the bundle's start). It asks
``ldd`` which shared libraries the Qt modules and plugins kcdesk loads cannot find, and turns each
missing ``libfoo.so.N`` into the Debian/Ubuntu package that ships it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

#: The PySide6 modules kcdesk imports (their .so links Qt's libraries).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")

#: The plugins Qt loads: the headless platform, the X11 one ``make run`` opens the window with,
#: SVG icons, and keyboard input (compose keys) on X11.
QT_PLUGINS = (
    "platforms/libqoffscreen.so",
    "platforms/libqxcb.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "imageformats/libqsvg.so",
    "iconengines/libqsvgicon.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
)

#: Only the window on X11 needs these; headless (offscreen) use does not.
X11_ONLY = ("platforms/libqxcb.so", "xcbglintegrations/", "platforminputcontexts/")

#: Sonames whose package does not follow Debian's naming rule (see :func:`package_names`).
#: Each maps to candidates, newest naming first (Ubuntu 24.04 renamed some libraries to ...t64).
EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "libglib-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libgthread-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libgobject-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libgio-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libgmodule-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libGLdispatch.so.0": ("libglvnd0",),
    "libbrotlidec.so.1": ("libbrotli1",),
    "libbrotlicommon.so.1": ("libbrotli1",),
    "libz.so.1": ("zlib1g",),
    "libpng16.so.16": ("libpng16-16t64", "libpng16-16"),
}

#: Font files PDFs are written with; without any, every letter in a PDF is a black box.
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
FONT_PACKAGE = "fonts-dejavu-core"

_SONAME = re.compile(r"^(?P<base>.+?)\.so\.(?P<major>\d+)")


def package_names(soname: str) -> tuple[str, ...]:
    """The Debian/Ubuntu package(s) that may ship ``soname``, most likely first.

    Debian names a library package after its soname: ``libxcb-shape.so.0`` is ``libxcb-shape0``,
    with a hyphen when the name ends in a digit (``libdbus-1.so.3`` is ``libdbus-1-3``).
    """
    if soname in EXCEPTIONS:
        return EXCEPTIONS[soname]
    m = _SONAME.match(soname)
    if not m:
        return (soname.lower(),)
    base, major = m["base"].lower(), m["major"]
    name = f"{base}-{major}" if base[-1].isdigit() else f"{base}{major}"
    return (name,)


def pyside_dir() -> Path | None:
    """The PySide6 package folder, found without importing it (importing may fail: that is the point)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        path = Path(frozen) / "PySide6"
        return path if path.is_dir() else None
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def qt_binaries(pyside: Path, *, x11: bool = True) -> list[Path]:
    """The Qt module and plugin files kcdesk loads that exist in this PySide6 (or bundle)."""
    files: list[Path] = []
    for module in QT_MODULES:
        files += sorted(pyside.glob(f"{module}.*so"))
    plugins = pyside / "Qt" / "plugins"
    for plugin in QT_PLUGINS:
        if not x11 and plugin.startswith(X11_ONLY):
            continue
        if (plugins / plugin).is_file():
            files.append(plugins / plugin)
    return files


def missing_libraries(files: Sequence[Path]) -> list[str]:
    """Sonames ``ldd`` reports as 'not found' for any of ``files``, sorted, each once."""
    if not files or shutil.which("ldd") is None:
        return []
    result = subprocess.run(
        ["ldd", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )
    missing = set()
    for line in result.stdout.splitlines():
        if "not found" in line:
            missing.add(line.split("=>")[0].strip())
    return sorted(missing)


def has_fonts(dirs: Iterable[str] = FONT_DIRS) -> bool:
    """Whether any font file is installed where fontconfig looks."""
    for folder in dirs:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for _ in root.rglob("*.[ot]tf"):
            return True
        for _ in root.rglob("*.pf[ab]"):
            return True
    return False


def apt_known(name: str) -> bool:
    """Whether apt knows a package called ``name`` (False when apt or its lists are absent)."""
    if shutil.which("apt-cache") is None:
        return False
    result = subprocess.run(
        ["apt-cache", "show", "--no-all-versions", name], capture_output=True, text=True, check=False
    )
    return result.returncode == 0 and bool(result.stdout.strip())


def choose_package(candidates: Sequence[str], known=apt_known) -> str:
    """The first candidate apt knows, else the last one (the long-standing Debian name)."""
    for name in candidates:
        if known(name):
            return name
    return candidates[-1]


def packages_for(sonames: Iterable[str], known=apt_known) -> list[str]:
    """The packages to install for the missing ``sonames``, sorted, each once."""
    return sorted({choose_package(package_names(s), known) for s in sonames})


def is_linux() -> bool:
    return sys.platform.startswith("linux")


def bundle_problem(
    argv: Sequence[str], environ: dict[str, str] | os._Environ[str] = os.environ
) -> str | None:
    """One line naming the missing system package(s) of a frozen bundle on Linux, or None when all is there.

    Checked at start, before Qt is imported, so a bare system gets this line instead of a
    traceback on ``libGL.so.1`` (or Qt's abort on the X11 plugin).
    """
    if not is_linux() or argv[1:2] in (["--version"], ["-h"], ["--help"]):
        return None  # printing a line of text needs neither Qt nor fonts (and ldd takes 70 ms)
    pyside = pyside_dir()
    if pyside is None:
        return None
    platform = environ.get("QT_QPA_PLATFORM", "")
    opens_window = not argv[1:] or argv[1].startswith("-") and argv[1] not in ("--version", "-h", "--help")
    x11 = opens_window and platform in ("", "xcb") and bool(environ.get("DISPLAY"))
    missing = missing_libraries(qt_binaries(pyside, x11=x11))
    packages = packages_for(missing) if missing else []
    if not has_fonts():
        packages.append(FONT_PACKAGE)
    if not packages:
        return None
    libs = ", ".join(missing) if missing else "fonts"
    return f"kcdesk: missing system libraries ({libs}); install them with: sudo apt-get install {' '.join(packages)}"
