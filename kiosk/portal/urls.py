"""Which gateway URLs the kiosk accepts.

Officers' passwords and citizens' data travel on every call, so plain http is refused unless
the gateway is on this very machine (the training gateway) or IT explicitly allowed it in the
configuration (`gateway.allow_insecure_http`, for a lab network). Credentials inside the URL,
queries and fragments are refused too: they end up in logs and history.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from kiosk.portal.errors import InsecureGateway

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback_host(host: str) -> bool:
    """True for names and addresses that cannot leave this machine."""
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_gateway_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """Return the base URL without trailing slash, or raise InsecureGateway saying why."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise InsecureGateway(f"malformed gateway URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        raise InsecureGateway("gateway URL must be http(s)://host[:port][/path]")
    if parts.username is not None or parts.password is not None:
        raise InsecureGateway("gateway URL must not carry credentials")
    if parts.query or parts.fragment:
        raise InsecureGateway("gateway URL must not carry a query or fragment")
    if scheme == "http" and not (allow_insecure_http or is_loopback_host(host)):
        raise InsecureGateway(
            "plain http to a non-loopback gateway is refused (gateway.allow_insecure_http)"
        )
    return urlunsplit((scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))
