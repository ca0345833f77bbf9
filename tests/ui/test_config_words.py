"""kiosk.config hands over codes; the words for IT come from the UI's catalogue, vi and en."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import config, paths
from kiosk.config import ConfigError, ConfigProblem, Expected
from kiosk.ui import i18n
from kiosk.ui.catalogue import config_words


def test_every_code_has_words() -> None:
    assert set(config_words.PROBLEMS) == set(ConfigProblem)
    assert set(config_words.EXPECTED) == set(Expected)


def bad_file(text: str) -> ConfigError:
    path = paths.user_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config.load()
    return info.value


def test_the_line_names_file_key_found_and_expected_in_both_languages(qapp) -> None:
    exc = bad_file("[ui]\nidle_lock_minutes = 0\n")
    i18n.install(qapp, "vi")
    line = config_words.describe(exc)
    assert line == (
        f"Cấu hình sai ở {paths.user_config_file()}, khoá ui.idle_lock_minutes: "
        "gặp 0, cần một số ≥ 1"
    )
    i18n.install(qapp, "en")
    try:
        english = config_words.describe(exc)
    finally:
        i18n.install(qapp, "vi")
    assert str(paths.user_config_file()) in english and "ui.idle_lock_minutes" in english
    assert english != line and "≥ 1" in english


def test_a_code_the_catalogue_does_not_know_still_reads(tmp_path: Path) -> None:
    assert "future_problem" in config_words.describe(ConfigError("future_problem"))
