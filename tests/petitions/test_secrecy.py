"""保密 in the petitions registry: a petition above the actor's clearance gives nothing away
(repeat check, reveal), and petitioners' personal data stays masked for those not allowed."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, petitions
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from tests.petitions.conftest import ID_ZHANG

LEADER0 = Actor("leader0", "leader", 0, display_name="低密领导")
LEADER2 = Actor("leader2", "leader", 2, display_name="机密领导")


def test_reveal_refuses_a_petition_above_the_clearance(register):
    secret = register(secrecy="机密")
    with pytest.raises(PermissionDeniedError):
        petitions.reveal(secret.id, LEADER0, "界面查看")
    with pytest.raises(PermissionDeniedError):
        petitions.log_reveal(LEADER0, [secret.id], "打印")
    assert [e for e in audit.history("petitions", secret.id) if e.action == "view"] == []
    shown = petitions.reveal(secret.id, LEADER2, "界面查看")  # within the clearance: shown, audited
    assert shown["id_number"] == ID_ZHANG
    assert [e.actor for e in audit.history("petitions", secret.id) if e.action == "view"] == [
        "leader2"
    ]


def _secret_and_open(register):
    """A 机密 petition of 张建国 and a later, non-classified one of his on the same matter."""
    secret = register(secrecy="机密", registered_on="2026-03-02")
    visible = register(registered_on="2026-03-05", content="再次反映青河村土地征收补偿款未足额发放。")
    return secret, visible


def _carries(found, secret) -> bool:
    """Whether anything of the secret petition is in the candidates."""
    text = repr(list(found))
    return secret.number in text or str(secret.registered_on) in text or secret.content[:20] in text


def test_repeat_check_gives_nothing_of_a_petition_above_the_clearance(register, clerk, admin):
    secret, visible = _secret_and_open(register)
    me = [{"name": "张建国", "id_number": ID_ZHANG, "phone": "13812345678"}]
    found = petitions.find_repeats(me, clerk, "征地拆迁", secret.content)
    assert [c.petition_id for c in found] == [visible.id]
    assert not _carries(found, secret) and not hasattr(found, "hidden")
    # by content alone, another person: not shown, not counted
    other = petitions.find_repeats([{"name": "陈某"}], clerk, "征地拆迁", secret.content)
    assert secret.id not in [c.petition_id for c in other] and not hasattr(other, "hidden")
    # the earlier records of a stored petition, and the person's count (by the name, for him)
    assert list(petitions.repeats_of_record(visible, clerk)) == []
    assert petitions.petitions_of_person(clerk, name="张建国") == 1
    assert petitions.petitions_of_person(clerk, name="张建国", phone="13812345678") == 1
    # cleared: all of it
    found = petitions.find_repeats(me, admin, "征地拆迁", secret.content)
    assert {c.petition_id for c in found} == {secret.id, visible.id}
    assert petitions.repeats_of_record(visible, admin)[0].petition_id == secret.id
    assert petitions.petitions_of_person(admin, id_number=ID_ZHANG) == 2


ADDRESS = "北京市东城区和平里街道12号"  # the register fixture's
MASKED_ADDRESS = "北京市" + "*" * 11


def _pdf_text(pdf: bytes) -> str:
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def _cells(path) -> list[str]:
    from openpyxl import load_workbook

    return [str(c) for row in load_workbook(path).active.iter_rows(values_only=True) for c in row]


def test_the_address_is_masked_wherever_id_and_phone_are(
    register, clerk, admin, fixed_today, tmp_path
):
    from officedesk.exchange import xlsx
    from officedesk.printing import forms

    fixed_today(dt.date(2026, 3, 2))
    p = register(
        people_count=2,
        petitioners=[
            {"name": "张建国", "id_number": ID_ZHANG, "phone": "13812345678", "address": ADDRESS},
            {"name": "李桂兰", "address": "云岭县青河镇新村3组12号"},
        ],
    )
    p = petitions.decide(
        p.id, p.version, admin, "交办", on="2026-03-02", target_unit="青河镇人民政府",
        report_due="2026-04-30",
    )
    # export, as a clerk and as the administrator who does not ask for it unmasked
    for who in (clerk, admin):
        path = tmp_path / f"{who.username}.xlsx"
        xlsx.export(petitions.SPEC, path, who)
        cells = _cells(path)
        # a joint letter's column lists every petitioner's, each masked
        assert any(c.startswith(f"{MASKED_ADDRESS}、云岭县") for c in cells)
        assert not any(ADDRESS in c or "青河镇新村3组" in c for c in cells)
    path = tmp_path / "full.xlsx"
    xlsx.export(petitions.SPEC, path, admin, unmasked=True)
    assert f"{ADDRESS}、云岭县青河镇新村3组12号" in _cells(path)
    # prints: masked as ID numbers and phones are, full only when an allowed user asks
    for name in ("petition-notice", "petition-transfer"):
        text = _pdf_text(forms.get(name).build([p.id], clerk))
        assert MASKED_ADDRESS in text and ADDRESS not in text and "青河镇新村3组" not in text
        full = _pdf_text(forms.get(name).build([p.id], admin, unmasked=True))
        assert ADDRESS in full
    with pytest.raises(PermissionDeniedError):
        forms.get("petition-notice").build([p.id], clerk, unmasked=True)
