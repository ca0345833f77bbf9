"""The citizen's first password, as the portal's rule wants it (seed 000).

Rule: at least 8 characters with a lower-case letter, an upper-case letter, a digit and a
special character. The password travels by SMS and is typed from a phone screen, so letters
and digits that look alike (O/0, l/1/I) are left out and the specials are ones every SMS
alphabet (GSM 03.38) carries.
"""

from __future__ import annotations

import secrets
import string

LOWER = "abcdefghijkmnpqrstuvwxyz"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DIGITS = "23456789"
SPECIALS = "@#$%&*!?"
MIN_LENGTH = 8


def meets_rule(password: str) -> bool:
    return (
        len(password) >= MIN_LENGTH
        and any(c in string.ascii_lowercase for c in password)
        and any(c in string.ascii_uppercase for c in password)
        and any(c in string.digits for c in password)
        and any(not c.isalnum() and not c.isspace() for c in password)
    )


def generate_password(length: int = 12) -> str:
    if length < MIN_LENGTH:
        raise ValueError(f"length must be at least {MIN_LENGTH}")
    pools = (LOWER, UPPER, DIGITS, SPECIALS)
    chars = [secrets.choice(pool) for pool in pools]
    everything = "".join(pools)
    chars += [secrets.choice(everything) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)
