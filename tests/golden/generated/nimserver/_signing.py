# Copied from runtime/_signing.py by `python -m generator`; do not edit.
"""Request signing: the AppKey, Nonce, CurTime and CheckSum headers."""

from __future__ import annotations

import hashlib
import os
import time


def checksum(app_secret: str, nonce: str, cur_time: str) -> str:
    """Lowercase hex SHA-1 of AppSecret + Nonce + CurTime, as the server computes it."""
    return hashlib.sha1((app_secret + nonce + cur_time).encode("utf-8")).hexdigest()


def signed_headers(app_key: str, app_secret: str) -> dict[str, str]:
    """Headers for one request: a fresh random Nonce and the current CurTime."""
    nonce = os.urandom(16).hex()  # what secrets.token_hex(16) returns, without its two calls
    cur_time = str(int(time.time()))
    return {
        "AppKey": app_key,
        "Nonce": nonce,
        "CurTime": cur_time,
        "CheckSum": checksum(app_secret, nonce, cur_time),
    }
