"""The product hashes passwords at its own scrypt cost (n = 2**15, 32 MiB a hash): the tests'
processes hash cheaper (tests/conftest.py), so this checks a hash made by a real `officedesk`
process — the administrator `init` made — and that a cheap hash still logs in (a hash carries
its parameters)."""

from __future__ import annotations

import sqlite3

from officedesk.core import passwords
from tests.test_cli import Cli


def test_init_in_its_own_process_hashes_at_the_product_s_cost(tmp_path):
    cli = Cli.initialised(tmp_path)
    with sqlite3.connect(cli.db) as connection:
        (stored,) = connection.execute("select password_hash from user where username = 'admin'").fetchone()
    assert stored.startswith("scrypt$32768$8$"), stored.split("$")[:4]
    assert passwords.SCRYPT_N == 2**10  # this process: the tests' cheap cost


def test_a_hash_is_checked_by_its_own_parameters():
    cheap = passwords.hash_password("Cheap-pass-2026")
    assert cheap.startswith("scrypt$1024$")
    assert passwords.verify_password("Cheap-pass-2026", cheap)
    assert not passwords.verify_password("Cheap-pass-2027", cheap)
