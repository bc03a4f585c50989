"""A keyring backend for tests: the passwords in the JSON file that NIMSERVER_TEST_KEYRING names.

`PYTHON_KEYRING_BACKEND=tests.keyring_for_tests.FileKeyring` makes keyring, and so twine and the publish
command, read passwords from there as from a desktop keyring: {"service": {"username": "password"}}.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError

VARIABLE = "NIMSERVER_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # chosen by name through PYTHON_KEYRING_BACKEND, never by rank

    def get_password(self, service: str, username: str) -> str | None:
        entries = json.loads(Path(os.environ[VARIABLE]).read_text(encoding="utf-8"))
        password = entries.get(service, {}).get(username)
        return password if isinstance(password, str) else None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("this test keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("this test keyring is read-only")
