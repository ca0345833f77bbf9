"""Every string the UI shows has an English translation, and the catalogues compile."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from ts_tool import gaps  # noqa: E402

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def ui_sources() -> list[str]:
    files = sorted((ROOT / "kiosk" / "ui").rglob("*.py"))
    camera = ROOT / "kiosk" / "scanner" / "camera.py"
    if camera.exists():
        files.append(camera)
    return [str(f) for f in files]


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_every_ui_string_is_translated_to_english(tmp_path: Path) -> None:
    fresh = tmp_path / "kiosk_en.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "kiosk_en.ts", fresh)
    subprocess.run(
        [
            str(LUPDATE),
            *ui_sources(),
            "-ts",
            str(fresh),
            "-no-obsolete",
            "-source-language",
            "vi_VN",
            "-target-language",
            "en_US",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    missing = gaps(fresh)
    assert not missing, (
        "untranslated UI strings; run `make i18n-update` and translate them in "
        f"resources/i18n/kiosk_en.ts: {missing[:10]}"
    )


def test_qtbase_vi_covers_the_standard_buttons() -> None:
    text = (ROOT / "resources" / "i18n" / "qtbase_vi.ts").read_text(encoding="utf-8")
    for word in ("Tiếp theo", "Quay lại", "Hủy", "Hoàn tất", "Đồng ý"):
        assert word in text
    assert not gaps(ROOT / "resources" / "i18n" / "qtbase_vi.ts")
