"""Password hashing (scrypt), opaque tokens and keyed OTP hashes.

scrypt comes with the standard library; N=2^14, r=8, p=5 is one of OWASP's equivalent
minimum settings (16 MiB, about 0.15 s here), slow enough to make a stolen table expensive.
Tokens are random and only their SHA-256 is stored: a database copy grants no session.
OTP codes have a million values, so a plain hash would fall to enumeration; they are keyed
with a secret that lives in the process, never in the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import cache

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 5
_SCRYPT_MAXMEM = 64 * 1024 * 1024
_SCHEME = "scrypt"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(
    password: str, *, salt: bytes | None = None, n: int = _SCRYPT_N, p: int = _SCRYPT_P
) -> str:
    """n and p are the cost (SandboxSettings.password_scrypt_n/_p); r stays 8."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=_SCRYPT_R,
        p=p,
        maxmem=_SCRYPT_MAXMEM,
        dklen=32,
    )
    return f"{_SCHEME}${n}${_SCRYPT_R}${p}${_b64(salt)}${_b64(digest)}"


def hash_cost(stored: str) -> tuple[int, int] | None:
    """(n, p) of a stored hash; None when it is not one of ours."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME or not (parts[1].isdigit() and parts[3].isdigit()):
        return None
    return int(parts[1]), int(parts[3])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != _SCHEME:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt,
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_SCRYPT_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


@cache
def _dummy_hash() -> str:
    return hash_password("unused-dummy-password", salt=b"\0" * 16)


def burn_password_check(password: str) -> None:
    """Checked when the username is unknown: a wrong name costs as much time as a wrong
    password, so response times do not reveal which officers exist."""
    verify_password(password, _dummy_hash())


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_otp_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def otp_hash(secret_key: bytes, otp_id: str, code: str) -> str:
    # The id is part of the message so one code's hash says nothing about another's.
    return hmac.new(secret_key, f"{otp_id}:{code}".encode(), hashlib.sha256).hexdigest()


def otp_matches(secret_key: bytes, otp_id: str, code: str, stored_hash: str) -> bool:
    return hmac.compare_digest(otp_hash(secret_key, otp_id, code), stored_hash)
