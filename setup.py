"""Build hook: a wheel carries the top-level resources/ inside the package, as
networkcircles/resources, where paths.py looks for it. Everything else is in pyproject.toml.

The .ico and .icns files stay out: they only dress the PyInstaller executables."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ beside the package, in the checkout
        target = Path(self.build_lib) / "networkcircles" / "resources"
        shutil.copytree(
            RESOURCES, target, dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*", "*.ico", "*.icns"),
        )  # fmt: skip


setup(cmdclass={"build_py": BuildPyWithResources})
