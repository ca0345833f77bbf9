"""Network scanners that announce themselves: eSCL ("AirScan") over mDNS/DNS-SD.

Multifunction printers advertise `_uscan._tcp` (HTTP) or `_uscans._tcp` (HTTPS) with the eSCL
root in the TXT record `rs`. On Linux sane-airscan finds them for SANE; on Windows counters,
where WIA rarely sees a network MFP, this is how the kiosk does, with python-zeroconf (no
Bonjour service needed). Browsing takes BROWSE_S; nothing is remembered between calls.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

SERVICE_TYPES = ("_uscan._tcp.local.", "_uscans._tcp.local.")
BROWSE_S = 2.0
INFO_TIMEOUT_MS = 1500


@dataclass(frozen=True)
class FoundScanner:
    name: str
    url: str  # the eSCL root, e.g. http://192.168.1.20:80/eSCL


def service_url(service_type: str, address: str, port: int, properties: dict[Any, Any]) -> str:
    """The eSCL root a DNS-SD record points at (TXT `rs`, "eSCL" when absent)."""
    scheme = "https" if service_type.startswith("_uscans.") else "http"
    raw = properties.get(b"rs", b"eSCL")
    root = (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else "eSCL").strip("/")
    host = f"[{address}]" if ":" in address else address
    # The default port left out, so an address IT typed without one is the same scanner.
    if (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return f"{scheme}://{host}/{root}" if root else f"{scheme}://{host}"


def discover(
    browse_s: float = BROWSE_S, *, interfaces: list[str] | None = None
) -> list[FoundScanner]:
    """eSCL scanners answering on the local network within `browse_s` seconds.

    `interfaces`: addresses to listen on (all by default). A machine where multicast cannot
    be used (no network, a firewall, a broken stack) finds nothing rather than failing.
    """
    from zeroconf import InterfaceChoice, IPVersion, Zeroconf

    try:
        zc = Zeroconf(
            interfaces=interfaces if interfaces is not None else InterfaceChoice.All,
            ip_version=IPVersion.V4Only,
        )
    except OSError as exc:
        log.info("mDNS unavailable: %s", type(exc).__name__)
        return []
    try:
        return _browse(zc, browse_s)
    except Exception as exc:
        log.info("mDNS browsing failed: %s", type(exc).__name__)
        return []
    finally:
        zc.close()


def _browse(zc: Any, browse_s: float) -> list[FoundScanner]:
    from zeroconf import ServiceBrowser, ServiceListener, Zeroconf

    seen: list[tuple[str, str]] = []
    lock = threading.Lock()

    class Listener(ServiceListener):
        def add_service(self, _zc: Zeroconf, service_type: str, name: str) -> None:
            with lock:
                seen.append((service_type, name))

        def update_service(self, _zc: Zeroconf, _service_type: str, _name: str) -> None:
            """Nothing to do: the record is read once browsing ends."""

        def remove_service(self, _zc: Zeroconf, _service_type: str, _name: str) -> None:
            """Nothing to do: nothing is kept between calls."""

    browsers = [ServiceBrowser(zc, t, Listener()) for t in SERVICE_TYPES]
    time.sleep(browse_s)
    for browser in browsers:
        browser.cancel()
    with lock:
        names = list(dict.fromkeys(seen))
    found: dict[str, FoundScanner] = {}
    for service_type, name in names:
        info = zc.get_service_info(service_type, name, timeout=INFO_TIMEOUT_MS)
        if info is None or not info.parsed_addresses() or info.port is None:
            continue
        props = dict(info.properties or {})
        url = service_url(service_type, info.parsed_addresses()[0], info.port, props)
        title = props.get(b"ty")
        label = title.decode("utf-8", "replace") if isinstance(title, bytes) else ""
        found.setdefault(url, FoundScanner(label or name.split("._")[0], url))
    return list(found.values())
