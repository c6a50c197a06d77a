"""Passwords: hashed with scrypt (memory-hard); the hash string carries its parameters and salt,
so they can be raised later without breaking old hashes:
    scrypt$<n>$<r>$<p>$<salt, base64>$<key, base64>
and the office's rules for a new password (length, not only letters or only digits)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from officedesk.core import i18n, settings
from officedesk.core.errors import ValidationError

# scrypt cost: 2**15 × 8 × 128 bytes = 32 MiB of memory per hash, about 0.1 s.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_DKLEN = 32
_SALT_BYTES = 16

MIN_PASSWORD_LENGTH = settings.declare(
    "security.min_password_length", int, 8, "密码最短长度", "安全", minimum=6, maximum=64
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        dklen=dklen,
        maxmem=128 * r * n * p + 64 * 1024 * 1024,
    )


def hash_password(password: str) -> str:
    """The storable hash of a password: scrypt with a fresh random salt."""
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_DKLEN)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, encoded: str) -> bool:
    """True when `password` matches the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt_text, key_text = encoded.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(key_text, validate=True)
        key = _scrypt(password, salt, int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(key, expected)


def check_password_strength(password: str) -> None:
    minimum = int(settings.get("security.min_password_length"))
    if len(password) < minimum:
        raise ValidationError(i18n.text("密码至少 %1 位，现在是 %2 位。",
                                        minimum, len(password)), "password")
    if password.strip() != password:
        raise ValidationError("密码首尾不能是空格。", "password")
    if password.isdigit() or password.isalpha():
        raise ValidationError("密码请同时包含字母和数字（或符号），不要只用一种。", "password")

