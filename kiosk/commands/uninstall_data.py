"""`kiosk uninstall-data`: remove everything the kiosk keeps for this account, say what stays.

Run as each officer's account (in its desktop session: the keyring is unlocked there), before
the PC is handed over or the program removed. It removes, in this order:

1. keyring entries: the journal keys (service `kiosk`, one per journal file, quarantined ones
   included: the ids are read from the files first) and the remembered sessions (services
   `kiosk-gateway:<url>`: the configured gateway, and every other one the keyring can list,
   such as the training gateway's random loopback ports);
2. the data folder (journals, quarantined journals, the training gateway's database), the
   logs, the cache (documents being printed) and the user's configuration.

Whatever could not be removed is listed with the reason, and the exit code is 1. Without
--yes nothing is removed: the list of what would be is printed.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NAME = "uninstall-data"
HELP = "Xoá mọi dữ liệu kiosk của tài khoản này / remove this account's kiosk data and keys"

JOURNAL_SERVICE = "kiosk"
GATEWAY_SERVICE_PREFIX = "kiosk-gateway:"


@dataclass(frozen=True)
class Entry:
    """One keyring entry (service, username) or one folder; `error` empty when removed."""

    what: str
    error: str = ""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", action="store_true", help="really remove (default: list only)")


def journal_ids(folder: Path) -> list[str]:
    """The ids of every journal file in `folder` (current, training, quarantined): each one's
    key is `journal-key:<id>` in the keyring. Read-only; a file that is not a journal is
    skipped (a damaged one has no readable id, and its key cannot be named either)."""
    from kiosk.journal.store import journal_id_of

    if not folder.is_dir():
        return []
    found = (
        journal_id_of(path)
        for path in sorted(folder.glob("*.sqlite3*"))
        if path.is_file() and not path.name.endswith(("-wal", "-shm"))
    )
    return [i for i in found if i is not None]


def listed_entries(backend: Any) -> list[tuple[str, str]] | None:
    """Every kiosk entry the keyring can list (Secret Service); None where it cannot."""
    get_collection = getattr(backend, "get_preferred_collection", None)
    if get_collection is None:
        return None
    found: list[tuple[str, str]] = []
    try:
        for item in get_collection().get_all_items():
            attributes = item.get_attributes()
            service = attributes.get("service", "")
            if service == JOURNAL_SERVICE or service.startswith(GATEWAY_SERVICE_PREFIX):
                found.append((service, attributes.get("username", "")))
    except Exception:  # a locked or vanished collection: the known entries remain
        return None
    return found


def keyring_entries(backend: Any) -> list[tuple[str, str]]:
    """Known and listed entries, without repeats."""
    from kiosk import config, paths
    from kiosk.journal.keys import key_username
    from kiosk.portal.credentials import ACCOUNT, SERVICE_PREFIX

    wanted = [(JOURNAL_SERVICE, key_username(i)) for i in journal_ids(paths.data_dir())]
    try:
        url = config.load().gateway.url.strip()
    except config.ConfigError:
        url = ""
    if url:
        wanted.append((f"{SERVICE_PREFIX}:{url.rstrip('/')}", ACCOUNT))
    wanted.extend(listed_entries(backend) or [])
    return list(dict.fromkeys(wanted))


def remove_keyring_entries() -> list[Entry]:
    import keyring.errors

    from kiosk.portal.credentials import KeyringRefused, choose_backend

    backend = choose_backend()
    if isinstance(backend, KeyringRefused):
        # The kiosk never wrote to a refused keyring, but an earlier one may hold entries.
        return [Entry("keyring", f"not reachable ({backend.reason}): remove kiosk entries by hand")]
    results: list[Entry] = []
    for service, username in keyring_entries(backend):
        what = f"keyring {service} / {username}"
        try:
            if backend.get_password(service, username) is None:
                continue
            backend.delete_password(service, username)
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            results.append(Entry(what, type(exc).__name__))
            continue
        results.append(Entry(what))
    if listed_entries(backend) is None:
        # Tokens of gateways no longer configured (the training gateway's random ports)
        # cannot be named on keyrings that do not list their entries.
        results.append(
            Entry(
                "keyring kiosk-gateway:* (other gateways)",
                "this keyring cannot list entries: check for services kiosk-gateway:*",
            )
        )
    return results


def folders() -> list[Path]:
    from kiosk import paths

    found = [paths.data_dir(), paths.log_dir(), paths.cache_dir(), paths.config_dir()]
    if paths.portable():
        found.append(paths.system_config_file().parent)  # a portable copy's "system" file
    return list(dict.fromkeys(p for p in found if p.exists()))


def remove_folders() -> list[Entry]:
    from kiosk import paths

    results = []
    for folder in folders():
        errors: list[str] = []

        def note(_function: Any, path: str, info: Any, errors: list[str] = errors) -> None:
            error = info[1] if isinstance(info, tuple) else info
            errors.append(f"{path}: {type(error).__name__}")

        # onerror became onexc in 3.12 (and warns there); the callback takes either form.
        hook: dict[str, Any] = {"onexc" if sys.version_info >= (3, 12) else "onerror": note}
        shutil.rmtree(folder, **hook)
        if not errors and folder.parent.name == paths.APP:
            # Linux logs live in ~/.local/state/kiosk/log: the kiosk/ folder goes too.
            with contextlib.suppress(OSError):
                folder.parent.rmdir()
        results.append(Entry(str(folder), "; ".join(errors)))
    return results


def uninstall() -> list[Entry]:
    """Keys first (their names are read from the journal files), then the folders."""
    return remove_keyring_entries() + remove_folders()


def run(args: argparse.Namespace) -> int:
    if not args.yes:
        from kiosk.portal.credentials import KeyringRefused, choose_backend

        backend = choose_backend()
        entries = [] if isinstance(backend, KeyringRefused) else keyring_entries(backend)
        print("Would remove (run again with --yes):")
        for service, username in entries:
            print(f"  keyring {service} / {username}")
        for folder in folders():
            print(f"  {folder}")
        return 0
    results = uninstall()
    for entry in results:
        if not entry.error:
            print(f"removed: {entry.what}")
    left = [e for e in results if e.error]
    for entry in left:
        print(f"NOT removed: {entry.what}: {entry.error}", file=sys.stderr)
    return 1 if left else 0
