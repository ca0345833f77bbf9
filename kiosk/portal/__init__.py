"""The gateway client (contract v1): requests on one Session, typed results, typed errors.

    from kiosk.portal import GatewayClient, new_idempotency_key
    client = GatewayClient.from_settings(settings.gateway, base_url=url)
    officer = client.login(username, password)

See docs/client.md. No Qt here: the UI runs these calls on worker threads.
"""

# Names load on first use (PEP 562): the GUI's first window needs the error types, not
# `requests` and `keyring`, which kiosk.portal.client and .credentials bring.
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.portal.client import GatewayClient, TokensChanged, new_idempotency_key
    from kiosk.portal.credentials import CredentialStore, KeyringRefused, KeyringStatus
    from kiosk.portal.errors import (
        BadResponse,
        CertificateError,
        Conflict,
        InsecureGateway,
        Offline,
        PortalError,
        RateLimited,
        Rejected,
        ServerError,
        SessionExpired,
        Timeout,
        Unauthorised,
    )
    from kiosk.portal.models import (
        Account,
        AccountCreated,
        AccountPage,
        ExistingAccount,
        Health,
        LookupResult,
        NewAccount,
        Officer,
        OfficerRef,
        OtpSent,
        Review,
        SmsMessage,
        Unit,
        UnitRef,
        UnitsResult,
    )
    from kiosk.portal.supervision import (
        DayQuery,
        DayTotals,
        OfficerTotals,
        RequestFormInfo,
        SupervisedAccount,
        SupervisedPage,
        TotalsRow,
        UnitTotals,
        fetch_day,
    )
    from kiosk.portal.tls import CaBundleError

__all__ = [
    "Account",
    "AccountCreated",
    "AccountPage",
    "BadResponse",
    "CaBundleError",
    "CertificateError",
    "Conflict",
    "CredentialStore",
    "DayQuery",
    "DayTotals",
    "ExistingAccount",
    "GatewayClient",
    "Health",
    "InsecureGateway",
    "KeyringRefused",
    "KeyringStatus",
    "LookupResult",
    "NewAccount",
    "Officer",
    "OfficerRef",
    "OfficerTotals",
    "Offline",
    "OtpSent",
    "PortalError",
    "RateLimited",
    "Rejected",
    "RequestFormInfo",
    "Review",
    "ServerError",
    "SessionExpired",
    "SmsMessage",
    "SupervisedAccount",
    "SupervisedPage",
    "Timeout",
    "TokensChanged",
    "TotalsRow",
    "Unauthorised",
    "Unit",
    "UnitRef",
    "UnitTotals",
    "UnitsResult",
    "fetch_day",
    "new_idempotency_key",
]

_HOMES = {
    "GatewayClient": "kiosk.portal.client",
    "TokensChanged": "kiosk.portal.client",
    "new_idempotency_key": "kiosk.portal.client",
    "CredentialStore": "kiosk.portal.credentials",
    "KeyringRefused": "kiosk.portal.credentials",
    "KeyringStatus": "kiosk.portal.credentials",
    "BadResponse": "kiosk.portal.errors",
    "CertificateError": "kiosk.portal.errors",
    "Conflict": "kiosk.portal.errors",
    "InsecureGateway": "kiosk.portal.errors",
    "Offline": "kiosk.portal.errors",
    "PortalError": "kiosk.portal.errors",
    "RateLimited": "kiosk.portal.errors",
    "Rejected": "kiosk.portal.errors",
    "ServerError": "kiosk.portal.errors",
    "SessionExpired": "kiosk.portal.errors",
    "Timeout": "kiosk.portal.errors",
    "Unauthorised": "kiosk.portal.errors",
    "Account": "kiosk.portal.models",
    "AccountCreated": "kiosk.portal.models",
    "AccountPage": "kiosk.portal.models",
    "ExistingAccount": "kiosk.portal.models",
    "Health": "kiosk.portal.models",
    "LookupResult": "kiosk.portal.models",
    "NewAccount": "kiosk.portal.models",
    "Officer": "kiosk.portal.models",
    "OfficerRef": "kiosk.portal.models",
    "OtpSent": "kiosk.portal.models",
    "Review": "kiosk.portal.models",
    "SmsMessage": "kiosk.portal.models",
    "Unit": "kiosk.portal.models",
    "UnitRef": "kiosk.portal.models",
    "UnitsResult": "kiosk.portal.models",
    "DayQuery": "kiosk.portal.supervision",
    "DayTotals": "kiosk.portal.supervision",
    "OfficerTotals": "kiosk.portal.supervision",
    "RequestFormInfo": "kiosk.portal.supervision",
    "SupervisedAccount": "kiosk.portal.supervision",
    "SupervisedPage": "kiosk.portal.supervision",
    "TotalsRow": "kiosk.portal.supervision",
    "UnitTotals": "kiosk.portal.supervision",
    "fetch_day": "kiosk.portal.supervision",
    "CaBundleError": "kiosk.portal.tls",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
