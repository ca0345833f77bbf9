"""“Remember on this counter”: the refresh token, and only it, in the OS keyring.

The password is never stored anywhere. The refresh token is stored only in a keyring that
keeps it out of plain files; when the only keyring at hand is a plaintext or failing one,
the kiosk refuses to remember and says why (`KeyringRefused.reason`).

Which backends are acceptable — judged on the backend itself, then on keyring's own ranking:

1. Deny-list, whatever their priority:
   - `keyring.backends.fail` and `keyring.backends.null`: there is no keyring at all;
   - anything from the `keyrings.alt` package: it exists to hold the backends keyring itself
     will not recommend (plaintext and "encrypted" files, a password typed on a console,
     the registry); its PlaintextKeyring is what a headless Linux silently gets.
2. Priority: keyring's documentation calls a priority of one or more "recommended" and
   anything below a last resort. A backend whose priority is below 1, or cannot be computed
   (keyring's way of saying "not usable here"), is refused. This catches unknown third-party
   fallbacks that the deny-list does not name.
3. The chainer (several backends at once) is judged by its members: we pick the best
   acceptable member and talk to it directly, so a write can never fall through to a
   plaintext member of the chain.

So the OS stores (Windows Credential Locker, macOS Keychain, Secret Service, KWallet,
libsecret; priorities 4.8-5.1) pass; so does the tests' in-memory backend (priority 1).
A backend that passes these checks but fails when used (a locked or absent Secret Service)
is reported as "failing" at that moment.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger("kiosk.portal.credentials")

SERVICE_PREFIX = "kiosk-gateway"
ACCOUNT = "refresh-token"
# `kiosk report`'s own session beside the kiosk's: rotating one never logs the other out.
REPORT_ACCOUNT = "report-refresh-token"
RECOMMENDED_PRIORITY = 1.0

_DENIED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

Reason = Literal["no_keyring", "insecure", "failing"]


class KeyringRefused(Exception):
    """Nothing can be remembered on this counter; `reason` says why, for ui/messages.py.

    no_keyring: no keyring at all; insecure: only a plaintext (or otherwise not recommended)
    keyring; failing: the keyring broke when used (locked, service not running).
    """

    def __init__(self, reason: Reason, backend: str) -> None:
        super().__init__(f"{reason}: {backend}")
        self.reason: Reason = reason
        self.backend = backend

    @property
    def code(self) -> str:
        return f"keyring_{self.reason}"


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # module.Class of the backend judged (or chosen, when usable)
    reason: Reason | None = None


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def refusal(backend: KeyringBackend) -> Reason | None:
    """Why this single backend may not hold a token, or None when it may."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return "no_keyring"
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return "insecure"
    try:
        priority = float(backend.priority)
    except Exception:
        # keyring's convention: a backend unusable here raises from `priority`.
        return "failing"
    if priority < RECOMMENDED_PRIORITY:
        return "insecure"
    return None


def choose_backend(backend: KeyringBackend | None = None) -> KeyringBackend | KeyringRefused:
    """The acceptable backend to use (unwrapping a chainer), or the refusal explaining why not."""
    backend = backend if backend is not None else keyring.get_keyring()
    members: list[KeyringBackend]
    members = list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]
    reasons: list[Reason] = []
    for member in members:  # the chainer lists its members best first
        reason = refusal(member)
        if reason is None:
            return member
        reasons.append(reason)
    # Say the most useful thing: a plaintext store is worth naming over "none at all".
    order: tuple[Reason, ...] = ("insecure", "failing", "no_keyring")
    for reason in order:
        if reason in reasons:
            return KeyringRefused(reason, backend_name(backend))
    return KeyringRefused("no_keyring", backend_name(backend))


class CredentialStore:
    """The remembered refresh token of one gateway on this counter."""

    def __init__(
        self,
        gateway_url: str,
        *,
        backend: KeyringBackend | None = None,
        account: str = ACCOUNT,
    ) -> None:
        # One entry per gateway: training and production sessions never mix.
        self.service = f"{SERVICE_PREFIX}:{gateway_url.rstrip('/')}"
        self.account = account
        self._given = backend

    def _backend(self) -> KeyringBackend:
        chosen = choose_backend(self._given)
        if isinstance(chosen, KeyringRefused):
            raise chosen
        return chosen

    def status(self) -> KeyringStatus:
        """Can this counter remember a session? Reads (never writes) to find a failing store."""
        try:
            backend = self._backend()
        except KeyringRefused as refused:
            return KeyringStatus(False, refused.backend, refused.reason)
        try:
            backend.get_password(self.service, self.account)
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring %s fails: %s", backend_name(backend), type(exc).__name__)
            return KeyringStatus(False, backend_name(backend), "failing")
        return KeyringStatus(True, backend_name(backend))

    def remember(self, refresh_token: str) -> None:
        """Store the token; raises KeyringRefused when this counter cannot keep it safely."""
        if not refresh_token:
            raise ValueError("empty refresh token")
        backend = self._backend()
        try:
            backend.set_password(self.service, self.account, refresh_token)
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring %s refused a write: %s", backend_name(backend), type(exc).__name__)
            raise KeyringRefused("failing", backend_name(backend)) from exc
        log.info("session remembered in %s", backend_name(backend))

    def recall(self) -> str | None:
        """The remembered token, or None (nothing stored, or no acceptable keyring)."""
        try:
            backend = self._backend()
            return backend.get_password(self.service, self.account)
        except KeyringRefused as refused:
            log.info("no remembered session: keyring %s", refused.reason)
        except (KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring read failed: %s", type(exc).__name__)
        return None

    def forget(self) -> None:
        """Wipe the token: from the acceptable backend and, to be sure, from any other one
        keyring knows of (a token left by an older install in a plaintext file goes too)."""
        candidates: list[KeyringBackend] = []
        chosen = choose_backend(self._given)
        if not isinstance(chosen, KeyringRefused):
            candidates.append(chosen)
        current = self._given if self._given is not None else keyring.get_keyring()
        if isinstance(current, ChainerBackend):
            candidates.extend(current.backends)
        else:
            candidates.append(current)
        failures = 0
        for backend in candidates:
            try:
                backend.delete_password(self.service, self.account)
            except PasswordDeleteError:
                pass  # nothing stored there
            except (KeyringError, OSError, RuntimeError, NotImplementedError):
                failures += 1
        # The store that may hold the token could not be wiped: do not pretend it was.
        if failures and not isinstance(chosen, KeyringRefused) and self._still_there(chosen):
            raise KeyringRefused("failing", backend_name(chosen))

    def _still_there(self, backend: KeyringBackend) -> bool:
        try:
            return backend.get_password(self.service, self.account) is not None
        except (KeyringError, OSError, RuntimeError):
            return True

    def update(self, refresh_token: str | None) -> None:
        """For GatewayClient(on_tokens_changed=store.update) while remembering is on: keeps
        the stored token in step with rotation, and wipes it when the session ends."""
        if refresh_token is None:
            self.forget()
        else:
            self.remember(refresh_token)
