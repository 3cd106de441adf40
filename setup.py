"""Copies the top-level resources/ and ui/ folders into the wheel.

They live at the top of the repository (the layout asks for it) and are
installed as ``kcdesk/_data/resources`` and ``kcdesk/_data/ui``, where
``kcdesk.paths`` looks for them.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent


class BuildWithData(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "kcdesk" / "_data"
        for name in ("resources", "ui"):
            dest = target / name
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(ROOT / name, dest, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))


setup(cmdclass={"build_py": BuildWithData})
