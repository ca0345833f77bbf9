"""The gateway seen from this PC: reachable, TLS chain, clock, log-in."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit

from kiosk.doctor.codes import Hint, Param, Phrase, Said, say
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.net_probe import TlsFailure, handshake, proxied, reach
from kiosk.doctor.result import CheckResult, failed, passed, skipped
from kiosk.domain import vn_time
from kiosk.portal.errors import (
    BadResponse,
    CertificateError,
    InsecureGateway,
    Offline,
    PortalError,
    RateLimited,
    Rejected,
    ServerError,
    Timeout,
    Unauthorised,
)
from kiosk.portal.tls import CaBundleError
from kiosk.portal.urls import is_loopback_host

CONTRACT = "v1"
# OTP codes live 5 minutes and tokens a little longer: past two minutes a desk starts seeing
# "code expired" and refused tokens that nobody can explain.
CLOCK_SKEW_LIMIT_S = 120.0
CERT_WARNING_DAYS = 21
PROBE_USERNAME = "kiosk-doctor-probe"


def _where(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def _network_hint(url: str) -> Phrase:
    return say(Hint.CHECK_NETWORK, url=url.rstrip("/"))


def gateway_check(ctx: DoctorContext) -> CheckResult:
    name = "gateway"
    probe = ctx.probe()
    error = probe.error
    if error is None and probe.health is not None:
        health = probe.health
        facts: dict[str, Param] = {
            "ms": round(probe.elapsed_ms),
            "version": health.version,
            "contract": health.contract,
        }
        detail = [
            say(Said.LOCAL_GATEWAY_ANSWERED, **facts)
            if ctx.training
            else say(Said.GATEWAY_ANSWERED, host=_where(probe.url), **facts),
            say(Said.MODE_TRAINING if health.training else Said.MODE_LIVE),
        ]
        if health.contract != CONTRACT:
            detail.append(say(Said.CONTRACT_DIFFERS, contract=CONTRACT))
            return failed(name, detail, say(Hint.CONTRACT))
        if health.training and not ctx.training:
            detail.append(say(Said.TRAINING_GATEWAY_WARNING))
        return passed(name, *detail)
    if ctx.training:
        return failed(
            name,
            say(Said.LOCAL_GATEWAY_FAILED, error=type(error).__name__),
            say(Hint.REINSTALL_OR_SEND_LOG),
        )
    url = ctx.options.gateway_url or ctx.settings.gateway.url
    host = _where(url)
    if isinstance(error, CaBundleError):
        return failed(name, say(Said.CA_BUNDLE_UNUSABLE), say(Hint.FIX_CA))
    if isinstance(error, InsecureGateway):
        return failed(name, say(Said.URL_REFUSED, url=url), say(Hint.FIX_URL))
    if isinstance(error, CertificateError):
        return failed(name, say(Said.CERT_REFUSED, host=host), say(Hint.SEE_TLS))
    if isinstance(error, Timeout):
        return failed(
            name,
            say(Said.GATEWAY_TIMEOUT, host=host, seconds=round(ctx.options.timeout)),
            say(Hint.OVERLOADED),
        )
    if isinstance(error, Offline):
        return failed(
            name,
            (say(Said.GATEWAY_OFFLINE, host=host), _why_offline(ctx, probe.url or url)),
            _network_hint(url),
        )
    if isinstance(error, ServerError):
        return failed(
            name,
            say(Said.GATEWAY_SERVER_ERROR, host=host, status=error.status or 0),
            say(Hint.SERVER_FAULT),
        )
    if isinstance(error, BadResponse | Rejected):
        found = (
            say(Said.NOT_A_GATEWAY, host=host, status=error.status)
            if error.status
            else say(Said.NOT_A_GATEWAY_ODD, host=host)
        )
        return failed(name, found, say(Hint.CHECK_URL_PATH))
    return failed(
        name,
        say(Said.GATEWAY_CALL_FAILED, host=host, error=type(error).__name__),
        _network_hint(url),
    )


def _why_offline(ctx: DoctorContext, url: str) -> Phrase:
    parts = urlsplit(url)
    if proxied(url):
        return say(Said.VIA_PROXY)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return say(Said.BAD_PORT)
    why = reach(parts.hostname or "", port, ctx.options.timeout)
    return why or say(Said.CUT_MIDWAY)


def tls_check(ctx: DoctorContext) -> CheckResult:
    name = "tls"
    gw = ctx.settings.gateway
    if ctx.training:
        return skipped(name, say(Said.TLS_SKIP_TRAINING))
    url = (ctx.options.gateway_url or gw.url).strip()
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme.lower() != "https":
        if is_loopback_host(host):
            return skipped(name, say(Said.TLS_SKIP_LOOPBACK))
        return skipped(name, say(Said.TLS_PLAIN_HTTP))
    try:
        port = parts.port or 443
    except ValueError:
        return failed(name, say(Said.URL_BAD_PORT, url=url), say(Hint.FIX_URL))
    if proxied(url):
        # The PC reaches the gateway through a proxy: requests already verified the chain.
        error = ctx.probe().error
        if error is None:
            return passed(name, say(Said.TLS_OK_VIA_PROXY))
        if isinstance(error, CaBundleError):
            return failed(name, say(Said.CA_BUNDLE_UNUSABLE), say(Hint.FIX_CA))
        if isinstance(error, CertificateError):
            return failed(
                name, say(Said.CERT_UNTRUSTED_VIA_PROXY), (say(Hint.FIX_CA), say(Hint.PROXY_CA))
            )
        return skipped(name, say(Said.TLS_SKIP_NO_CONNECTION))
    try:
        facts = handshake(host, port, gw.ca_bundle or None, timeout=ctx.options.timeout)
    except CaBundleError:
        return failed(name, say(Said.CA_BUNDLE_UNUSABLE), say(Hint.FIX_CA))
    except TlsFailure as failure:
        return failed(name, failure.detail, failure.hint)
    except OSError:
        return skipped(name, say(Said.TLS_SKIP_NO_CONNECTION))
    detail = [
        say(
            Said.TLS_OK,
            subject=facts.subject or host,
            issuer=facts.issuer or "?",
            protocol=facts.protocol,
            expires=f"{facts.not_after:%d/%m/%Y}",
            days=facts.days_left,
        )
    ]
    if facts.days_left < CERT_WARNING_DAYS:
        detail.append(say(Said.CERT_EXPIRES_SOON))
    return passed(name, *detail)


def clock_check(ctx: DoctorContext) -> CheckResult:
    name = "clock"
    zone = _zone_note()
    probe = ctx.probe()
    if probe.health is None:
        return skipped(name, say(Said.CLOCK_SKIP), *zone)
    # The gateway read its clock somewhere between sending and answering: take the middle.
    local = datetime.fromtimestamp((probe.sent_at + probe.received_at) / 2, UTC)
    skew = (local - probe.health.time.astimezone(UTC)).total_seconds()
    if abs(skew) < 1:
        detail = say(Said.CLOCK_OK)
    else:
        detail = say(Said.CLOCK_FAST if skew > 0 else Said.CLOCK_SLOW, seconds=round(abs(skew)))
    if abs(skew) <= CLOCK_SKEW_LIMIT_S:
        return passed(name, detail, *zone)
    return failed(name, (detail, *zone), say(Hint.SYNC_CLOCK))


def _zone_note() -> tuple[Phrase, ...]:
    """A PC in another time zone still shows Vietnam time (kiosk.domain.vn_time), but its own
    clock, file dates and other programs do not: say so, without failing the line."""
    offset = vn_time.pc_offset()
    if offset == vn_time.OFFSET:
        return ()
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    shown = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return (say(Said.CLOCK_ZONE_DIFFERS, zone=shown),)


def login_check(ctx: DoctorContext) -> CheckResult:
    name = "login"
    probe = ctx.probe()
    if probe.health is None:
        return skipped(name, say(Said.LOGIN_SKIP))
    client = ctx.client()
    if ctx.training:
        from kiosk.sandbox.seed import DEMO_PASSWORD, OFFICERS

        username, password = OFFICERS[0].username, DEMO_PASSWORD
    elif ctx.options.username:
        username, password = ctx.options.username, ctx.options.password
    else:
        return _login_refusal(ctx)
    try:
        officer = client.login(username, password)
    except Unauthorised:
        return failed(name, say(Said.LOGIN_REFUSED, user=username), say(Hint.CHECK_CREDENTIALS))
    except RateLimited:
        return failed(name, say(Said.LOGIN_LOCKED, user=username), say(Hint.WAIT_LOCK))
    except PortalError as exc:
        return failed(name, say(Said.LOGIN_FAILED, kind=exc.kind), say(Hint.SEE_GATEWAY))
    try:
        eligible = [u for u in officer.units if u.eligible]
        detail = [
            say(
                Said.LOGIN_OK,
                user=officer.username,
                roles=", ".join(officer.roles) or "—",
                eligible=len(eligible),
                units=len(officer.units),
            )
        ]
        wanted = ctx.settings.counter.unit_id
        if wanted and wanted not in {u.id for u in eligible}:
            detail.append(say(Said.COUNTER_UNIT_NOT_LISTED, unit=wanted))
        if not eligible:
            return failed(name, detail, say(Hint.NO_ELIGIBLE_UNIT))
        return passed(name, *detail)
    finally:
        client.logout()


def _login_refusal(ctx: DoctorContext) -> CheckResult:
    """Without an account to try: a log-in that cannot succeed must be refused as the
    contract says. That proves the log-in service works without knowing a password."""
    name = "login"
    try:
        ctx.client().login(PROBE_USERNAME, secrets.token_urlsafe(24))
    except Unauthorised as refusal:
        if refusal.code == "invalid_credentials":
            return passed(name, say(Said.LOGIN_SERVICE_OK))
        return failed(
            name,
            say(Said.LOGIN_SERVICE_ODD_CODE, answer=refusal.code),
            say(Hint.LOGIN_NOT_CONTRACT),
        )
    except RateLimited:
        return passed(name, say(Said.LOGIN_SERVICE_RATE_LIMITED))
    except PortalError as exc:
        return failed(
            name,
            say(Said.LOGIN_SERVICE_ERROR, kind=exc.kind, status=exc.status or "—"),
            say(Hint.LOGIN_SERVICE_DOWN),
        )
    ctx.client().logout()
    return failed(name, say(Said.LOGIN_ACCEPTS_ANYONE), say(Hint.WRONG_GATEWAY))
