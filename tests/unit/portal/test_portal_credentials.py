"""“Remember on this counter”: only the refresh token, only in a keyring fit to hold it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail, null
from keyring.errors import KeyringLocked
from keyrings.alt.file import PlaintextKeyring

from kiosk.portal.credentials import (
    ACCOUNT,
    CredentialStore,
    KeyringRefused,
    choose_backend,
    refusal,
)
from tests.helpers.memory_keyring import MemoryKeyring

GATEWAY = "https://gateway.example.vn"
TOKEN = "rt-" + "x" * 40


class LockedKeyring(KeyringBackend):
    """A recommended backend that fails when used, as a locked Secret Service collection does."""

    priority = 5

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("collection is locked")


class LastResortKeyring(MemoryKeyring):
    """Not on any deny-list, but ranked by its author as a last resort (priority < 1)."""

    priority = 0.9


class FixedChain(chainer.ChainerBackend):
    """keyring's chainer over a chosen list of members (the real one lists installed ones)."""

    def __init__(self, members: list[KeyringBackend]) -> None:
        super().__init__()
        self._members = members

    @property
    def backends(self) -> list[KeyringBackend]:  # type: ignore[override]
        return self._members


@pytest.fixture
def plaintext(kiosk_home: Path) -> Iterator[PlaintextKeyring]:
    """keyrings.alt's plaintext file keyring, writing under this test's XDG_DATA_HOME."""
    backend = PlaintextKeyring()
    assert str(kiosk_home) in backend.file_path
    yield backend


def _file_text(backend: PlaintextKeyring) -> str:
    path = Path(backend.file_path)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_the_in_memory_test_backend_is_acceptable(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(GATEWAY)
    assert store.status().usable
    store.remember(TOKEN)
    assert store.recall() == TOKEN
    assert list(memory_keyring.store.values()) == [TOKEN]
    assert list(memory_keyring.store) == [(f"kiosk-gateway:{GATEWAY}", ACCOUNT)]


def test_forget_wipes_the_token(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(GATEWAY)
    store.remember(TOKEN)
    store.forget()
    assert store.recall() is None
    assert memory_keyring.store == {}
    store.forget()  # nothing left: still fine


def test_rotation_and_end_of_session_through_update(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(GATEWAY)
    store.update(TOKEN)
    store.update(TOKEN + "-rotated")
    assert store.recall() == TOKEN + "-rotated"
    store.update(None)
    assert memory_keyring.store == {}


def test_each_gateway_has_its_own_entry() -> None:
    training = CredentialStore("http://127.0.0.1:8765/")
    production = CredentialStore(GATEWAY)
    training.remember("training-token")
    production.remember(TOKEN)
    training.forget()
    assert production.recall() == TOKEN
    assert training.recall() is None


def test_plaintext_keyring_is_refused_and_nothing_is_written(
    plaintext: PlaintextKeyring,
) -> None:
    keyring.set_keyring(plaintext)
    store = CredentialStore(GATEWAY)
    status = store.status()
    assert not status.usable
    assert status.reason == "insecure"
    assert status.backend == "keyrings.alt.file.PlaintextKeyring"
    with pytest.raises(KeyringRefused) as refused:
        store.remember(TOKEN)
    assert refused.value.reason == "insecure"
    assert refused.value.code == "keyring_insecure"
    assert TOKEN not in _file_text(plaintext)
    assert store.recall() is None


def test_a_token_left_in_a_plaintext_file_is_not_used_but_is_wiped(
    plaintext: PlaintextKeyring,
) -> None:
    store = CredentialStore(GATEWAY, backend=plaintext)
    plaintext.set_password(store.service, ACCOUNT, TOKEN)  # an older install's leftover
    assert store.recall() is None
    store.forget()
    assert plaintext.get_password(store.service, ACCOUNT) is None
    assert TOKEN not in _file_text(plaintext)


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (fail.Keyring(), "no_keyring"),
        (null.Keyring(), "no_keyring"),
        (LastResortKeyring(), "insecure"),
        (SecretService.Keyring(), "failing"),  # no D-Bus session here: priority raises
    ],
)
def test_backends_that_cannot_hold_a_token(
    backend: KeyringBackend, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert refusal(backend) == reason
    store = CredentialStore(GATEWAY, backend=backend)
    assert store.status().reason == reason
    with pytest.raises(KeyringRefused) as refused:
        store.remember(TOKEN)
    assert refused.value.reason == reason
    assert store.recall() is None


def test_a_recommended_keyring_that_fails_when_used() -> None:
    store = CredentialStore(GATEWAY, backend=LockedKeyring())
    assert refusal(LockedKeyring()) is None
    status = store.status()
    assert (status.usable, status.reason) == (False, "failing")
    with pytest.raises(KeyringRefused) as refused:
        store.remember(TOKEN)
    assert refused.value.reason == "failing"
    assert store.recall() is None
    with pytest.raises(KeyringRefused):
        store.forget()  # cannot promise the token is gone: say so


def test_a_chain_of_only_insecure_backends_is_refused(plaintext: PlaintextKeyring) -> None:
    chain = FixedChain([plaintext, fail.Keyring()])
    chosen = choose_backend(chain)
    assert isinstance(chosen, KeyringRefused)
    assert chosen.reason == "insecure"
    store = CredentialStore(GATEWAY, backend=chain)
    with pytest.raises(KeyringRefused):
        store.remember(TOKEN)
    assert TOKEN not in _file_text(plaintext)


def test_a_chain_with_one_good_member_writes_only_to_it(plaintext: PlaintextKeyring) -> None:
    good = MemoryKeyring()
    chain = FixedChain([plaintext, good])  # even when the plaintext one comes first
    assert choose_backend(chain) is good
    store = CredentialStore(GATEWAY, backend=chain)
    store.remember(TOKEN)
    assert good.store == {(store.service, ACCOUNT): TOKEN}
    assert TOKEN not in _file_text(plaintext)
    plaintext.set_password(store.service, ACCOUNT, "leftover")
    store.forget()
    assert good.store == {}
    assert plaintext.get_password(store.service, ACCOUNT) is None
