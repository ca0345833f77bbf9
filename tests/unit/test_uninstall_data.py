"""`kiosk uninstall-data`: keys, tokens, journals (quarantined too) and folders all go, and
what could not go is named."""

from __future__ import annotations

from pathlib import Path

from keyring.errors import KeyringError

from kiosk import cli, paths
from kiosk.journal.damaged_files import quarantine
from kiosk.journal.keys import KeyringKeyProvider, key_username
from kiosk.journal.store import Journal, default_path
from kiosk.portal.credentials import CredentialStore
from tests.helpers.memory_keyring import MemoryKeyring

URL = "https://gw.example.vn"


def a_used_counter() -> list[str]:
    """A journal moved aside, a fresh one, a remembered session, logs, a print in the cache."""
    system = paths.system_config_file()
    system.parent.mkdir(parents=True)
    system.write_text(f'[gateway]\nurl = "{URL}"\n', encoding="utf-8")
    path = default_path()
    paths.ensure(path.parent)
    ids = []
    for _ in range(2):
        with Journal(path, KeyringKeyProvider()) as journal:
            ids.append(journal.journal_id)
        if len(ids) == 1:
            quarantine(path)
    (path.parent / "training-gateway.sqlite3").write_bytes(b"SQLite format 3\x00")
    CredentialStore(URL).remember("refresh-token-1")
    paths.ensure(paths.log_dir()).joinpath("kiosk.log").write_text("x", encoding="utf-8")
    paths.ensure(paths.cache_dir() / "private").joinpath("print.pdf").write_bytes(b"%PDF")
    return ids


def test_everything_goes_and_the_keyring_that_cannot_list_is_named(
    memory_keyring: MemoryKeyring, capsys
) -> None:
    ids = a_used_counter()
    assert len(memory_keyring.store) == 3
    # Without --yes: only the list.
    assert cli.main(["uninstall-data"]) == 0
    listed = capsys.readouterr().out
    assert all(key_username(i) in listed for i in ids) and f"kiosk-gateway:{URL}" in listed
    assert default_path().is_file() and len(memory_keyring.store) == 3

    assert cli.main(["uninstall-data", "--yes"]) == 1
    out, err = capsys.readouterr()
    assert memory_keyring.store == {}
    for folder in (paths.data_dir(), paths.log_dir(), paths.cache_dir(), paths.config_dir()):
        assert not folder.exists()
    assert not paths.system_config_file().exists()  # KIOSK_HOME: the portable copy's file
    assert f"removed: keyring kiosk-gateway:{URL}" in out
    # Tokens of other gateways (training's random ports) cannot be listed in this keyring.
    assert "NOT removed: keyring kiosk-gateway:*" in err
    assert "refresh-token-1" not in out + err


class LockedKeyring(MemoryKeyring):
    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


def test_what_could_not_be_removed_is_listed(memory_keyring: MemoryKeyring, capsys) -> None:
    import keyring

    ids = a_used_counter()
    locked = LockedKeyring()
    locked.store = dict(memory_keyring.store)
    keyring.set_keyring(locked)
    assert cli.main(["uninstall-data", "--yes"]) == 1
    err = capsys.readouterr().err
    assert f"NOT removed: keyring kiosk / {key_username(ids[0])}: KeyringError" in err
    assert len(locked.store) == 3


def test_the_listing_keyring_gives_every_kiosk_gateway_entry() -> None:
    from kiosk.commands.uninstall_data import listed_entries

    class Item:
        def __init__(self, service: str) -> None:
            self.attributes = {"service": service, "username": "refresh-token"}

        def get_attributes(self) -> dict[str, str]:
            return self.attributes

    class Collection:
        def get_all_items(self) -> list[Item]:
            return [Item("kiosk-gateway:http://127.0.0.1:41234"), Item("firefox")]

    class SecretServiceLike:
        def get_preferred_collection(self) -> Collection:
            return Collection()

    assert listed_entries(SecretServiceLike()) == [
        ("kiosk-gateway:http://127.0.0.1:41234", "refresh-token")
    ]
    assert listed_entries(MemoryKeyring()) is None


def test_data_outside_kiosk_home_is_found_the_same_way(monkeypatch, tmp_path: Path) -> None:
    from kiosk.commands.uninstall_data import folders

    monkeypatch.delenv("KIOSK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    (tmp_path / "share" / "kiosk").mkdir(parents=True)
    (tmp_path / "state" / "kiosk" / "log").mkdir(parents=True)
    assert set(folders()) >= {tmp_path / "share" / "kiosk", tmp_path / "state" / "kiosk" / "log"}
