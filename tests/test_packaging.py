"""The packaging recipes: desktop entry, AppStream metainfo, icons, the wheel, the bundle."""

import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from networkcircles import __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.networkcircles.NetworkCircles"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="Debian package appstream")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_installed_command():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == "networkcircles"
    assert (ICONS / "hicolor" / "48x48" / "apps" / f"{entry['Icon']}.png").is_file()


def test_metainfo_names_this_app_and_version():
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("content_rating") is not None
    assert component.find("developer/name") is not None
    image = component.findtext("screenshots/screenshot/image")
    assert image.endswith("resources/screenshots/main-window.png")  # the README's screenshot
    newest = component.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version"
    assert newest.find("description/p") is not None
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date"))


def test_spec_names_the_same_app():
    spec = (ROOT / "packaging" / "networkcircles.spec").read_text()
    compile(spec, "networkcircles.spec", "exec")
    assert f'BUNDLE_ID = "{APP_ID}"' in spec


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_icon_has_its_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "networkcircles.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_windows_icon_holds_every_size():
    data = (ICONS / "networkcircles.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        sizes.append(png_size(data[offset : offset + length])[0])
        assert sizes[-1] == (width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_mac_icon_holds_the_large_sizes():
    data = (ICONS / "networkcircles.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, position = {}, 8
    while position < len(data):
        kind, length = struct.unpack(">4sI", data[position : position + 8])
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert found[b"ic07"] == 128 and found[b"ic09"] == 512 and found[b"ic10"] == 1024


def test_wheel_and_sdist_carry_resources(tmp_path):
    """`python -m build` on a copy of the sources (so the checkout stays clean): the sdist holds
    resources/ and the wheel holds it as networkcircles/resources. About 5-10 s."""
    pytest.importorskip("build")
    source = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("networkcircles", "resources", "packaging"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(tmp_path / "dist"), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=110,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    wanted = {
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    (wheel,) = (tmp_path / "dist").glob(f"networkcircles-{__version__}-*.whl")
    in_wheel = {
        name.removeprefix("networkcircles/resources/")
        for name in zipfile.ZipFile(wheel).namelist()
        if name.startswith("networkcircles/resources/")
    }
    build_only = {name for name in wanted if name.endswith((".ico", ".icns"))}
    assert in_wheel == wanted - build_only
    assert "icons/networkcircles.svg" in in_wheel

    (sdist,) = (tmp_path / "dist").glob(f"networkcircles-{__version__}.tar.gz")
    prefix = f"networkcircles-{__version__}/resources/"
    with tarfile.open(sdist) as archive:
        in_sdist = {
            name.removeprefix(prefix) for name in archive.getnames() if name.startswith(prefix)
        }
    assert wanted <= in_sdist


@pytest.mark.skipif(
    not os.environ.get("NETWORKCIRCLES_TEST_BUNDLE"),
    reason="slow (about a minute): set NETWORKCIRCLES_TEST_BUNDLE=1",
)
@pytest.mark.timeout(900)
def test_clean_venv_and_bundle_run():
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_check.sh"), "--bundle"],
        capture_output=True,
        text=True,
        check=False,
        timeout=890,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "build_check: all good" in result.stdout
