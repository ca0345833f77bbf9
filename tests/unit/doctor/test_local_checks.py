"""This PC's own state: configuration, keyring, folders, journal, fonts, disk, version."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

import kiosk
from kiosk import paths
from kiosk.doctor import DoctorContext, local_checks
from kiosk.journal import Journal, KeyringKeyProvider, default_path

NOBODY = 65534


def test_a_bad_config_file_is_a_finding_and_the_rest_still_runs(system_config) -> None:
    system_config('[gateway]\nread_timeout = "abc"\n')
    with DoctorContext.load() as ctx:
        result = local_checks.config_check(ctx)
        assert not result.ok
        # The config layer's own code and values: the file, the key, what was found.
        assert result.codes == ["bad_value"] and result.hint_codes == ["fix_config"]
        values = result.detail[0].values
        assert values["key"] == "gateway.read_timeout" and values["found"] == "'abc'"
        assert values["path"].endswith("config.toml") and values["expected"] == "number"
        assert local_checks.version_check(ctx).ok  # defaults carry the other checks


def test_the_config_line_names_the_files_and_what_a_user_overrides(
    system_config, kiosk_home: Path
) -> None:
    system = system_config('[gateway]\nurl = "https://gw.example.vn"\n')
    user = kiosk_home / "config" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[gateway]\nurl = "https://other.example.vn"\n', encoding="utf-8")
    with DoctorContext.load() as ctx:
        result = local_checks.config_check(ctx)
    assert result.ok
    assert result.codes == ["config_read", "config_shadowed"]
    files = str(result.detail[0].values["files"])
    assert str(system) in files and str(user) in files
    assert result.detail[1].values == {"keys": "gateway.url"}


def test_no_config_means_training_mode(make_context) -> None:
    with DoctorContext.load() as ctx:
        result = local_checks.config_check(ctx)
    assert result.ok and "config_training" in result.codes


def test_a_secure_keyring_passes(make_context) -> None:
    # tests/conftest.py installs an in-memory backend of recommended priority.
    assert local_checks.keyring_check(make_context()).ok


@pytest.fixture
def plaintext_keyring(kiosk_home: Path) -> Iterator[PlaintextKeyring]:
    backend = PlaintextKeyring()
    backend.file_path = str(kiosk_home / "plaintext-keyring.cfg")
    keyring.set_keyring(backend)
    yield backend


def test_a_plaintext_keyring_fails(plaintext_keyring: PlaintextKeyring, make_context) -> None:
    result = local_checks.keyring_check(make_context())
    assert not result.ok
    assert result.codes == ["keyring_insecure"] and result.hint_codes == ["keyring_insecure"]
    assert "PlaintextKeyring" in str(result.detail[0].values["backend"])


def test_a_fresh_pc_has_no_journal_yet_and_that_is_fine(make_context) -> None:
    result = local_checks.journal_check(make_context())
    assert result.ok and result.codes == ["journal_good", "journal_not_yet"]


def test_a_journal_in_use_is_described_without_personal_data(make_context) -> None:
    Journal(default_path(), KeyringKeyProvider()).close()
    result = local_checks.journal_check(make_context())
    assert result.ok, result
    assert result.codes == ["journal_good", "journal_facts"]
    assert result.detail[1].values["cases"] == 0


def test_a_corrupt_journal_fails_and_says_not_to_delete_it(make_context) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a journal " * 64)
    result = local_checks.journal_check(make_context())
    assert not result.ok
    assert "corrupt" in result.codes
    assert result.hint_codes == ["journal_corrupt"]


@contextlib.contextmanager
def _as_unprivileged_user() -> Iterator[None]:
    """Root ignores file permissions; the kiosk never runs as root, so neither does the check."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.fixture
def read_only_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    import tempfile

    # Outside pytest's private (owner-only) tmp tree, so the unprivileged user can reach it.
    home = Path(tempfile.mkdtemp(prefix="kiosk-doctor-ro-"))
    home.chmod(0o755)
    monkeypatch.setenv("KIOSK_HOME", str(home))
    for kind in ("logs", "cache", "config"):
        (home / kind).mkdir()
        if os.geteuid() == 0:
            os.chown(home / kind, NOBODY, -1)
    data = home / "data"
    data.mkdir()
    data.chmod(0o555)
    yield data
    data.chmod(0o755)
    import shutil

    shutil.rmtree(home, ignore_errors=True)


def test_a_read_only_data_dir_fails(read_only_data_dir: Path, make_context) -> None:
    ctx = make_context()
    with _as_unprivileged_user():
        result = local_checks.data_dir_check(ctx)
    assert not result.ok
    # Only the folder that cannot be written is blamed, and nobody is told to delete it.
    assert result.codes == ["folder_not_writable_data"]
    assert result.detail[0].values["folder"] == str(read_only_data_dir)
    assert result.hint_codes == ["folder_permissions"]


def test_writable_folders_pass_and_are_created_if_missing(make_context) -> None:
    assert not paths.data_dir().exists()
    result = local_checks.data_dir_check(make_context())
    assert result.ok, result
    assert paths.data_dir().is_dir()


def test_fonts_of_the_forms_and_the_ui_are_present(make_context) -> None:
    result = local_checks.fonts_check(make_context())
    assert result.ok, result
    assert result.detail[0].values["package"] == "fontpkg_crimson_text"


def test_disk_space_is_measured_against_the_minimum(
    make_context, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert local_checks.disk_check(make_context()).ok
    # No disk on a test machine is this large: the same code must now call it too small.
    monkeypatch.setattr(local_checks, "MIN_FREE_BYTES", 1 << 62)
    result = local_checks.disk_check(make_context())
    assert not result.ok and result.hint_codes == ["free_disk_other"]  # no Disk Cleanup here


def test_version_names_kiosk_python_and_qt(make_context) -> None:
    result = local_checks.version_check(make_context())
    assert result.ok
    assert result.codes == ["version_source"]
    found = result.detail[0].values
    assert found["version"] == kiosk.__version__ and found["qt"] != "?"


def test_sizes_read_as_people_read_them() -> None:
    assert local_checks.human_size(608 * 1024) == "608 KB"
    assert local_checks.human_size(12 * 1024**2 + 400 * 1024) == "12.4 MB"
    assert local_checks.human_size(3 * 1024**3) == "3.0 GB"


def test_every_missing_form_font_is_named(monkeypatch: pytest.MonkeyPatch, make_context) -> None:
    from kiosk.forms import fonts

    monkeypatch.setattr(fonts, "_FILES", {"a": "Missing-One.ttf", "b": "Missing-Two.ttf"})
    result = local_checks.fonts_check(make_context())
    assert not result.ok and result.codes == ["fonts_missing"]
    assert result.detail[0].values["files"] == "Missing-One.ttf, Missing-Two.ttf"
