"""Socket-level looks at the gateway, for the words a failure needs: which step broke.

requests says "unreachable"; IT needs to know whether the name did not resolve (DNS), the
port refused (service down, firewall) or nothing answered (routing, proxy). The TLS handshake
is made here with the same trust as the client (the configured CA bundle, or certifi's list,
which is what requests uses), to name the certificate problem and read its expiry date.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime

import certifi
import requests

from kiosk.doctor.codes import Hint, Phrase, Said, say
from kiosk.portal.tls import verify_setting

# OpenSSL's X509_V_ERR_* codes that have a fix IT can act on.
_EXPIRED = 10
_NOT_YET_VALID = 9
_UNTRUSTED = {2, 18, 19, 20, 21}
_HOSTNAME = {62, 64}  # host name, IP address mismatch


class TlsFailure(Exception):
    """The handshake failed; `detail` says how, `hint` what to do (phrases for the UI)."""

    def __init__(self, detail: Phrase, hint: Phrase) -> None:
        super().__init__(str(detail.code))
        self.detail = detail
        self.hint = hint


@dataclass(frozen=True)
class TlsFacts:
    subject: str
    issuer: str
    protocol: str
    not_after: datetime

    @property
    def days_left(self) -> int:
        return (self.not_after - datetime.now(UTC)).days


def proxied(url: str) -> bool:
    """True when the environment sends this URL through a proxy (as the client would)."""
    return bool(requests.utils.get_environ_proxies(url))


def _common_name(rdns: tuple[tuple[tuple[str, str], ...], ...]) -> str:
    for rdn in rdns:
        for key, value in rdn:
            if key == "commonName":
                return value
    return ""


def handshake(host: str, port: int, ca_bundle: str | None, timeout: float) -> TlsFacts:
    """Connect and verify as the kiosk does; CaBundleError for a bad bundle, TlsFailure for a
    refused chain, OSError when the server cannot be reached at all."""
    verify = verify_setting(ca_bundle)
    cafile = verify if isinstance(verify, str) else certifi.where()  # as requests does
    context = ssl.create_default_context(cafile=cafile)
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            cert = tls.getpeercert() or {}
            protocol = tls.version() or "TLS"
    except ssl.SSLCertVerificationError as exc:
        raise _verification_failure(exc, host) from exc
    except ssl.SSLError as exc:
        raise TlsFailure(
            say(Said.TLS_HANDSHAKE_FAILED, reason=exc.reason or exc.__class__.__name__),
            say(Hint.NOT_HTTPS),
        ) from exc
    not_after = datetime.fromtimestamp(ssl.cert_time_to_seconds(str(cert["notAfter"])), UTC)
    return TlsFacts(
        subject=_common_name(cert.get("subject", ())),  # type: ignore[arg-type]
        issuer=_common_name(cert.get("issuer", ())),  # type: ignore[arg-type]
        protocol=protocol,
        not_after=not_after,
    )


def _now() -> str:
    return datetime.now().astimezone().strftime("%d/%m/%Y %H:%M (UTC%z)")


def _verification_failure(exc: ssl.SSLCertVerificationError, host: str) -> TlsFailure:
    code = exc.verify_code
    reason = exc.verify_message or str(exc)
    if code == _EXPIRED:
        # The clock line is skipped when TLS fails: the PC's own time is named here instead.
        return TlsFailure(say(Said.CERT_EXPIRED, reason=reason, now=_now()), say(Hint.CERT_EXPIRED))
    if code == _NOT_YET_VALID:
        return TlsFailure(
            say(Said.CERT_NOT_YET_VALID, reason=reason, now=_now()), say(Hint.CLOCK_BEHIND)
        )
    if code in _HOSTNAME:
        return TlsFailure(say(Said.CERT_WRONG_HOST, host=host, reason=reason), say(Hint.CERT_HOST))
    if code in _UNTRUSTED:
        return TlsFailure(say(Said.CERT_UNTRUSTED, reason=reason), say(Hint.CA_UNTRUSTED))
    return TlsFailure(say(Said.CERT_INVALID, reason=reason), say(Hint.SEND_TO_OPERATORS))


def reach(host: str, port: int, timeout: float) -> Phrase | None:
    """Which network step fails, for IT (None when a TCP connection opens)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return say(Said.NO_SUCH_HOST, host=host)
    if not infos:
        return say(Said.NO_SUCH_HOST, host=host)
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(address)
        except ConnectionRefusedError:
            return say(Said.PORT_REFUSED, host=host, port=port)
        except TimeoutError:
            return say(Said.NO_ANSWER, host=host, port=port, seconds=round(timeout))
        except OSError as exc:
            return say(
                Said.UNREACHABLE, host=host, port=port, error=exc.strerror or type(exc).__name__
            )
    return None
