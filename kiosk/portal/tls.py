"""TLS verification settings: always on; IT may name the CA bundle that signs the gateway.

The bundle replaces the public CA list for gateway calls (a province PKI signs the gateway's
certificate), which is stricter than adding to it: only that PKI can vouch for the gateway.
A bad bundle is refused when the client is built, not at the first call of the day.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from kiosk.portal.errors import CertificateError


class CaBundleError(CertificateError):
    kind = "ca_bundle_invalid"


def verify_setting(ca_bundle: str | Path | None) -> bool | str:
    """The `verify` argument for requests: True (public CAs) or the checked bundle's path."""
    if ca_bundle is None or not str(ca_bundle).strip():
        return True
    path = Path(str(ca_bundle).strip()).expanduser()
    if not path.is_file():
        raise CaBundleError(f"CA bundle {path} does not exist")
    try:
        ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise CaBundleError(f"CA bundle {path} is not a readable PEM file ({exc})") from exc
    return str(path)
