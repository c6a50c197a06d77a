"""A password-protected workbook is said to be one, with how to remove the password: not
called damaged. files/password_1234.xlsx: a two-row sheet encrypted by msoffcrypto-tool
(OOXMLFile.encrypt, password 1234), the way Excel and WPS store an encrypted .xlsx: an OLE
compound file with EncryptionInfo and EncryptedPackage streams."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from officedesk.core import petitions
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx

ENCRYPTED = Path(__file__).parent / "files" / "password_1234.xlsx"


@pytest.mark.parametrize("name", ["来信登记.xlsx", "来信登记.xls"])
def test_a_password_protected_workbook_is_named_so(db, admin, tmp_path, name):
    path = tmp_path / name
    shutil.copy(ENCRYPTED, path)
    with pytest.raises(ValidationError) as refused:
        xlsx.import_file(petitions.SPEC, path, admin, dry_run=True)
    message = refused.value.message
    assert "设置了打开密码" in message and "已损坏" not in message
    assert "用密码进行加密" in message and "保存" in message


def test_an_ole_file_without_encryption_is_still_called_broken(db, tmp_path):
    path = tmp_path / "header-only.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    with pytest.raises(ValidationError, match="不是有效的 Excel 工作簿"):
        xlsx.read_rows(path)
