"""build.spec and what it bundles, checked without running PyInstaller."""

from __future__ import annotations

import ast
import os
import pkgutil
import sys
from pathlib import Path

import bundle_plan
import numpy
import PySide6
import pytest

import kiosk
import kiosk.commands
from tests.packaging.conftest import REPO

SPEC = REPO / "build.spec"


def test_the_spec_parses_and_uses_the_plan() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    for needed in ("datas", "hidden_imports", "trim", "prune_unreachable", "drop_dangling"):
        assert needed in calls, needed
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= names


def test_the_version_is_the_package_version() -> None:
    assert bundle_plan.version() == kiosk.__version__
    assert bundle_plan.windows_version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle_plan.windows_version_tuple("1.2.3.dev4") == (1, 2, 3, 0)
    assert bundle_plan.windows_version_tuple("2.0rc1") == (2, 0, 0, 0)


def test_every_translation_and_font_is_listed() -> None:
    datas = bundle_plan.datas()
    by_dest: dict[str, list[str]] = {}
    for src, dest in datas:
        by_dest.setdefault(dest.replace("\\", "/"), []).append(Path(src).name)
    qm = {p.name for p in (REPO / "resources" / "i18n").glob("*.qm")}
    assert qm and qm <= set(by_dest["resources/i18n"])
    assert {"kiosk_en.qm", "qtbase_vi.qm"} <= qm
    crimson = by_dest["fontpkg_crimson_text/files"]
    assert {"CrimsonText-Regular.ttf", "CrimsonText-Bold.ttf"} <= set(crimson)
    assert "BeVietnamPro-Regular.ttf" in by_dest["fontpkg_be_vietnam_pro/files"]
    # kiosk's own metadata: kiosk.__version__ in the frozen app reads it.
    assert any(d.startswith("kiosk") and d.endswith(("dist-info", "egg-info")) for d in by_dest)


def test_every_subcommand_is_collected() -> None:
    hidden = set(bundle_plan.hidden_imports())
    commands = [
        f"kiosk.commands.{m.name}"
        for m in pkgutil.iter_modules(kiosk.commands.__path__)
        if not m.name.startswith("_")
    ]
    assert "kiosk.commands.doctor" in commands
    assert set(commands) <= hidden
    assert {"kiosk.doctor", "kiosk.ui.doctor_dialog", "kiosk.ui.printers"} <= hidden


def test_a_plaintext_keyring_is_never_shipped() -> None:
    assert "keyrings.alt" in bundle_plan.EXCLUDED_MODULES


def test_pillow_keeps_every_format_the_kiosk_imports() -> None:
    from kiosk.scanner.file_import import IMAGE_SUFFIXES

    # What the plan leaves out of Pillow is no import format of the kiosk.
    assert {"PIL._avif", "PIL._imagingtk"} <= set(bundle_plan.EXCLUDED_MODULES)
    assert ".avif" not in IMAGE_SUFFIXES
    assert not {"PIL.WebPImagePlugin", "PIL._webp", "PIL.TiffImagePlugin"} & set(
        bundle_plan.EXCLUDED_MODULES
    )


def test_linux_builds_lose_debug_sections_but_never_from_patched_libraries(
    tmp_path: Path,
) -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "bundle_plan.strip_debug(" in spec and "upx=True" not in spec
    assert "strip=True" not in spec  # PyInstaller's strip would break numpy's OpenBLAS
    assert bundle_plan.STRIP is sys.platform.startswith("linux")
    vendored = ("numpy.libs/libscipy_openblas64_.so", "/nonexistent/a.so", "BINARY")
    assert bundle_plan._patched(vendored[0], vendored[1])
    toc, saved = bundle_plan.strip_debug([vendored], tmp_path)
    assert toc == [vendored] and saved == 0
    numpy_core = next(Path(numpy.__file__).parent.glob("_core/_multiarray_umath*"))
    if sys.platform.startswith("linux"):  # its RPATH into numpy.libs: patchelf's work
        assert bundle_plan._patched("numpy/_core/x.so", str(numpy_core))
        # PySide6 sets $ORIGIN paths too; its FFmpeg plugin, stripped, did not load.
        qt = Path(PySide6.__file__).parent / "Qt"
        for found in (qt / "plugins" / "multimedia").glob("*ffmpeg*"):
            assert bundle_plan._patched("PySide6/Qt/plugins/multimedia/x.so", str(found))


@pytest.mark.parametrize(
    ("dest", "gone"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqwayland-generic.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/plugins/imageformats/qico.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", True),
        ("PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so", True),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_help_en.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", False),
        ("PySide6\\translations\\qtbase_fr.qm", True),
        ("libsane.so.1", True),
        ("_sane.cpython-311-x86_64-linux-gnu.so", False),
        ("resources/i18n/kiosk_en.qm", False),
    ],
)
def test_what_is_left_out(dest: str, gone: bool) -> None:
    assert bundle_plan.dropped(dest) is gone


def test_trim_takes_symlinks_to_dropped_files_along() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", "/src/a.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/b.so", "BINARY"),
        ("libqwayland-egl.so", "PySide6/Qt/plugins/platforms/libqwayland-egl.so", "SYMLINK"),
    ]
    kept, removed = bundle_plan.trim(toc)
    assert [d for d, _, _ in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert len(removed) == 2


def test_unreachable_libraries_are_pruned() -> None:
    links = {
        "/s/_sane.so": ["libsane.so.1"],  # its library was dropped by pattern
        "/s/libxml2.so.2": ["libicuuc.so.72"],
        "/s/libicuuc.so.72": [],
        "/s/qxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": [],
        "/s/libQt6Quick.so.6": ["libQt6Gui.so.6"],
    }
    toc = [
        ("_sane.cpython-311-x86_64-linux-gnu.so", "/s/_sane.so", "EXTENSION"),
        ("libxml2.so.2", "/s/libxml2.so.2", "BINARY"),
        ("libicuuc.so.72", "/s/libicuuc.so.72", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/qxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/s/libQt6Quick.so.6", "BINARY"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
    ]
    kept, removed = bundle_plan.prune_unreachable(toc, imports_of=lambda src: links[src])
    assert {d for d, _, _ in removed} == {
        "libxml2.so.2",
        "libicuuc.so.72",
        "PySide6/Qt/lib/libQt6Quick.so.6",
    }
    present = [d for d, _, k in kept if k != "SYMLINK"]
    kept, dangling = bundle_plan.drop_dangling(kept, present)
    assert [d for d, _, _ in dangling] == ["libQt6Quick.so.6"]
    assert "PySide6/Qt/lib/libQt6Gui.so.6" in {d for d, _, _ in kept}


def test_direct_links_are_read_from_the_file_itself() -> None:
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("ELF only")
    # The interpreter running the tests is an ELF executable linked to libc (a venv's python
    # may be a symlink: follow it).
    names = bundle_plan.linked_names(os.path.realpath(sys.executable))
    assert any(n.startswith("libc.so") for n in names)


def test_the_gateways_migrations_travel_as_files() -> None:
    """Alembic reads its scripts from disk: a frozen gateway without them could not create
    its database (the frozen smoke test's sandbox and doctor checks failed that way)."""
    shipped = {(Path(src).name, dest) for src, dest in bundle_plan.migration_files()}
    versions = REPO / "kiosk" / "sandbox" / "migrations" / "versions"
    expected = {
        (p.name, "kiosk/sandbox/migrations/versions")
        for p in versions.glob("*.py")
        if p.name != "__init__.py"
    }
    assert expected and expected <= shipped
    assert ("env.py", "kiosk/sandbox/migrations") in shipped
