"""The gateway client (contract v1): requests on one Session, typed results, typed errors.

    from kiosk.portal import GatewayClient, new_idempotency_key
    client = GatewayClient.from_settings(settings.gateway, base_url=url)
    officer = client.login(username, password)

See docs/client.md. No Qt here: the UI runs these calls on worker threads.
"""

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
