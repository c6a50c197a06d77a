"""import of a name that is no file but a device or a pipe: refused before it is opened, as
`attach` refuses one. Before, /dev/zero was read until the memory ran out (12 GB in 40 s), a
named pipe no program wrote to waited for ever, and /dev/null read as a broken workbook."""

from __future__ import annotations

import os

import pytest

from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from tests.pipes import refusals_of_pipe

NOT_A_FILE = "不是普通文件（是设备或管道），不能导入。请选择一个 .xlsx 文件。"


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_is_refused_as_no_file(db, admin, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(ValidationError) as refused:
        xlsx.import_file(INCOMING, device, admin, dry_run=True)
    assert refused.value.message == f"“{device}”{NOT_A_FILE}"
    assert INCOMING.model.select().count() == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_nobody_writes_to_is_refused_at_once(db, admin, tmp_path):
    pipe = tmp_path / "收文.xlsx"
    said = refusals_of_pipe(pipe, lambda path: xlsx.import_file(INCOMING, path, admin), "the import")
    assert [str(e) for e in said] == [f"“{pipe}”{NOT_A_FILE}"]
