"""PyInstaller run-time hook for the bundle (build.spec): PyInstaller's own PySide6 hook, made lazy.

PyInstaller's hook imports PySide6.QtCore at every start, to register a qt.conf that points Qt
at the bundle's plugins and translations; that import (shiboken's start) is a quarter of a
second, also for `kcdesk --version` and every command that never touches Qt. This hook sets the
same environment at start and registers the qt.conf right after kcdesk first imports QtCore.
"""


def _kcdesk_qt_rthook():
    import os
    import sys

    try:
        from _pyi_rth_utils import qt as qt_rth_utils
    except ImportError:  # another PyInstaller: leave Qt to find its files itself
        return
    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    qt_path = (
        os.path.join(sys._MEIPASS, "PySide6")
        if sys.platform == "win32"
        else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform == "win32":
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")

    class _Then:
        """A loader that runs ``after`` once the module it loads is ready."""

        def __init__(self, loader, after):
            self.loader, self.after = loader, after

        def create_module(self, spec):
            return self.loader.create_module(spec)

        def exec_module(self, module):
            self.loader.exec_module(module)
            self.after()

    class _AfterQtCore:
        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
                if spec is not None and spec.loader is not None:
                    spec.loader = _Then(
                        spec.loader, lambda: qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)
                    )
                    return spec
            return None

    sys.meta_path.insert(0, _AfterQtCore())


_kcdesk_qt_rthook()
del _kcdesk_qt_rthook
