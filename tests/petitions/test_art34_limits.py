"""《信访工作条例》第三十四条 on what the steps take: the 回报期限 a 交办 gives its 承办单位 falls
within the 办理期限 (60 日 from 受理, 90 with the 延期), at the 处理 step and in an imported
台账; and a 延期 is approved by a 负责人 of the office — a user or a 通讯录 entry of the office
holding a leading post — never a 科员, a 科长 or a name nobody knows."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import directory, petitions, positions, records, registry, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.exchange import xlsx
from officedesk.store.petitions import Petition
from tests.exchange.sheets import write_sheet

from .conftest import leader

D = dt.date
UNIT = "县住房和城乡建设局"


def _assigned(register, admin, fixed_today, report_due: str):
    fixed_today(D(2026, 9, 2))
    p = register(registered_on="2026-09-01", form="来信")
    return petitions.decide(p.id, p.version, admin, "交办", on="2026-09-02", target_unit=UNIT,
                            report_due=report_due)


# ---------------------------------------------------------------- 回报期限


def test_a_report_deadline_after_the_handling_limit_is_refused(register, admin, fixed_today):
    # accepted at the earliest on the day of the 交办: 60 日 from 2026-09-02 end on Sunday
    # 2026-11-01, moved to Monday 2026-11-02 — the limit the 办理答复 comes to
    with pytest.raises(ValidationError) as refused:
        _assigned(register, admin, fixed_today, "2027-10-01")
    message = refused.value.message
    assert "回报期限（2027-10-01）不能晚于办理期限（2026-11-02）" in message
    assert "请填写此前的日期" in message and "第三十四条" in message
    assert refused.value.field == "report_due"
    p = Petition.get()
    assert p.state == petitions.PENDING and p.report_due is None and p.handling == ""


def test_a_report_deadline_on_the_limit_is_taken_and_the_notice_keeps_it_within(
    register, admin, fixed_today
):
    p = _assigned(register, admin, fixed_today, "2026-11-02")
    assert p.state == petitions.TO_NOTIFY and p.report_due == D(2026, 11, 2)
    fixed_today(D(2026, 9, 3))
    p = petitions.notify(p.id, p.version, admin, on="2026-09-03")
    assert p.handle_due == D(2026, 11, 2) and p.report_due <= p.handle_due


def test_the_step_runner_refuses_it_as_the_window_and_the_command_line_run_it(
    register, admin, fixed_today
):
    fixed_today(D(2026, 9, 2))
    p = register(registered_on="2026-09-01", form="来信")
    with pytest.raises(ValidationError, match="不能晚于办理期限（2026-11-02）"):
        steps.perform("petitions", p.id, "处理", {"handling": "交办", "target_unit": UNIT,
                                                 "report_due": "2027-10-01"}, admin)
    assert Petition.get_by_id(p.id).state == petitions.PENDING


BASE = {"登记日期": D(2026, 5, 1), "信访形式": "来信", "信访人": "张建国",
        "问题类别": "城乡建设", "反映内容": "路灯不亮", "处理方式": "交办", "去向单位": UNIT,
        "处理日期": D(2026, 5, 3)}
# told on 5-5: 60 日 end on Saturday 7-4, so Monday 7-6; with the 延期 90 日, 8-3
HANDLING = {**BASE, "状态": "办理中", "告知日期": D(2026, 5, 5)}


@pytest.fixture
def office(db, fixed_today):
    fixed_today(D(2026, 6, 30))
    settings.put("org.name", "中共云岭县委办公室")
    leader("王主任", "主任", "wzr")  # the 负责人 an imported 延期 names
    return db


@pytest.mark.parametrize(
    ("row", "words"),
    [
        # not told yet: counted from the 交办 (5-3 + 60 日 = 7-2)
        ({**BASE, "状态": "待告知", "回报期限": D(2026, 7, 3)},
         "回报期限（2026-07-03）不能晚于办理期限（2026-07-02）"),
        ({**HANDLING, "回报期限": D(2026, 7, 7)}, "回报期限（2026-07-07）不能晚于办理期限（2026-07-06）"),
        ({**HANDLING, "回报期限": D(2026, 8, 4), "延期批准人": "王主任", "延期理由": "情况复杂"},
         "回报期限（2026-08-04）不能晚于办理期限（2026-08-03）"),
    ],
    ids=["to-notify", "handling", "extended"],
)
def test_an_imported_report_deadline_after_the_limit_is_refused_by_its_column(
    office, admin, tmp_path, row, words
):
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", [row])
    for history in (True, False):
        report = xlsx.import_file(petitions.SPEC, path, admin, history=history)
        assert [(p.row, p.column) for p in report.problems] == [(2, "回报期限")], [
            str(p) for p in report.problems]
        assert words in report.problems[0].reason, report.problems[0].reason
        assert Petition.select().count() == 0


def test_an_imported_report_deadline_within_the_extended_limit_is_taken(office, admin, tmp_path):
    rows = [{**HANDLING, "回报期限": D(2026, 7, 6)},
            {**HANDLING, "信访人": "李桂兰", "回报期限": D(2026, 8, 3), "延期批准人": "王主任",
             "延期理由": "情况复杂"}]
    report = xlsx.import_file(petitions.SPEC, write_sheet(petitions.SPEC, tmp_path / "p.xlsx", rows),
                              admin)
    assert report.ok, [str(p) for p in report.problems]
    dues = sorted((p.report_due, p.handle_due) for p in Petition.select())
    assert dues == [(D(2026, 7, 6), D(2026, 7, 6)), (D(2026, 8, 3), D(2026, 8, 3))]


# ---------------------------------------------------------------- 延期批准人


def _extend(accepted, admin, approver: str):
    p = accepted("2026-09-02")
    return petitions.extend(p.id, p.version, admin, reason="情况复杂", approver=approver,
                            on="2026-09-02")


@pytest.mark.parametrize(
    ("approver", "words"),
    [("蒋磊", "蒋磊是县委办公室信访科科员"), ("罗红梅", "罗红梅是县委办公室信访科科长"),
     ("张三丰", "用户和通讯录中都没有“张三丰”"), ("崔雅琴", "崔雅琴是县政府办公室副主任")],
    ids=["clerk", "section-chief", "unknown", "another-office"],
)
def test_an_extension_approved_by_no_leader_of_the_office_is_refused(
    accepted, admin, db, approver, words
):
    leader("蒋磊", "科员", "jl")
    leader("罗红梅", "科长", "lhm")
    leader("李国强", "主任", "lgq")
    _office, section = _office_units(admin)
    positions.set_post("jl", CLI_ACTOR, unit=section)
    positions.set_post("lhm", CLI_ACTOR, unit=section)
    _person(admin, "崔雅琴", "县政府办公室", "副主任")
    with pytest.raises(ProcedureError) as refused:
        _extend(accepted, admin, approver)
    message = refused.value.message
    assert words in message, message
    assert "本机关负责人" in message and "第三十四条" in message and "李国强" in message, message
    p = Petition.get()
    assert not p.extended and p.extension_approver == "" and p.handle_due == D(2026, 11, 2)


def _office_units(admin) -> tuple[str, str]:
    """The office (机关名称) and its 信访科 in the 通讯录."""
    settings.put("org.name", "中共云岭县委办公室")
    units = registry.get("units")
    if directory.unit_by_name("中共云岭县委办公室") is None:
        records.create(units, {"单位名称": "中共云岭县委办公室", "简称": "县委办公室"}, admin)
        records.create(units, {"单位名称": "县委办公室信访科", "上级单位": "中共云岭县委办公室"}, admin)
        records.create(units, {"单位名称": "县政府办公室"}, admin)
    return "中共云岭县委办公室", "县委办公室信访科"


def _person(admin, name: str, unit: str, title: str) -> None:
    records.create(registry.get("people"), {"姓名": name, "单位": unit, "职务": title}, admin)


@pytest.mark.parametrize(
    ("approver", "kept"),
    [("陈丽华", "陈丽华"), ("clh", "陈丽华"), ("顾晓红", "顾晓红"), ("范宏伟", "范宏伟")],
    ids=["user-deputy", "username", "directory-executive-deputy", "directory-director"],
)
def test_an_extension_approved_by_a_leader_of_the_office_is_taken(
    accepted, admin, db, approver, kept
):
    leader()  # 陈丽华, 副主任
    office, _section = _office_units(admin)
    _person(admin, "顾晓红", office, "常务副主任")
    _person(admin, "范宏伟", office, "县委常委、县委办公室主任")
    p = _extend(accepted, admin, approver)
    assert p.extended and p.extension_approver == kept and p.handle_due == D(2026, 12, 1)


def test_a_section_head_called_director_in_the_directory_is_no_leader(accepted, admin, db):
    office, _section = _office_units(admin)
    _person(admin, "付新民", office, "督查室主任")
    with pytest.raises(ProcedureError, match="付新民是中共云岭县委办公室督查室主任"):
        _extend(accepted, admin, "付新民")


# a petition 交办 to a unit is handled by it (第三十四条 “有关机关、单位…经本机关、单位负责人批准”)


def _assigned_and_notified(register, admin, fixed_today):
    p = _assigned(register, admin, fixed_today, "2026-10-20")
    return petitions.notify(p.id, p.version, admin, on="2026-09-02")


@pytest.mark.parametrize(("approver", "title"), [("何建明", "局长"), ("孙立", "党组书记、副局长")],
                         ids=["head", "deputy"])
def test_a_head_of_the_unit_handling_an_assigned_petition_may_approve_its_extension(
    register, admin, fixed_today, db, approver, title
):
    _office_units(admin)
    records.create(registry.get("units"), {"单位名称": UNIT, "简称": "县住建局"}, admin)
    _person(admin, approver, UNIT, title)
    p = _assigned_and_notified(register, admin, fixed_today)
    p = petitions.extend(p.id, p.version, admin, reason="情况复杂", approver=approver, on="2026-09-02")
    assert p.extended and p.extension_approver == approver


@pytest.mark.parametrize(("approver", "unit", "words"), [
    ("吴芳", UNIT, "吴芳是县住房和城乡建设局办公室主任"),  # a section of the unit, not its head
    ("郑海", "县自然资源局", "郑海是县自然资源局局长"),  # heads a unit with no part in it
], ids=["unit-section-head", "another-unit"])
def test_no_one_else_of_the_units_approves_an_assigned_petitions_extension(
    register, admin, fixed_today, db, approver, unit, words
):
    _office_units(admin)
    records.create(registry.get("units"), {"单位名称": UNIT}, admin)
    records.create(registry.get("units"), {"单位名称": "县自然资源局"}, admin)
    _person(admin, "吴芳", UNIT, "办公室主任")
    _person(admin, "何建明", UNIT, "局长")
    _person(admin, "郑海", "县自然资源局", "局长")
    p = _assigned_and_notified(register, admin, fixed_today)
    with pytest.raises(ProcedureError) as refused:
        petitions.extend(p.id, p.version, admin, reason="情况复杂", approver=approver, on="2026-09-02")
    message = refused.value.message
    assert words in message and "承办单位县住房和城乡建设局的负责人" in message, message
    assert "何建明（县住房和城乡建设局局长）" in message, message
    assert not Petition.get_by_id(p.id).extended


def test_an_imported_extension_is_approved_by_a_leader_as_the_step_s_is(office, admin, tmp_path):
    """The 延期 step refuses a 批准人 who is no 负责人; an imported row (and `add`) took any name:
    a 科长's approval, or a name nobody knows, stood in the 台账 as the 条例's approval. A past
    register (`--history`) keeps the 负责人 of its time, whom the office may no longer list."""
    leader("王主任", "主任", "wzr")
    leader("罗红梅", "科长", "lhm")
    rows = [{**HANDLING, "延期批准人": "罗红梅", "延期理由": "情况复杂"},
            {**HANDLING, "信访人": "李桂兰", "延期批准人": "张三丰", "延期理由": "情况复杂"},
            {**HANDLING, "信访人": "王秀英", "延期批准人": "wzr", "延期理由": "情况复杂"}]
    path = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", rows)
    report = xlsx.import_file(petitions.SPEC, path, admin)
    refused = {(p.row, p.column): p.reason for p in report.problems}
    assert set(refused) == {(2, "延期批准人"), (3, "延期批准人")}, refused
    assert "罗红梅是" in refused[(2, "延期批准人")] and "第三十四条" in refused[(2, "延期批准人")]
    assert "用户和通讯录中都没有“张三丰”" in refused[(3, "延期批准人")]
    assert Petition.select().count() == 0
    report = xlsx.import_file(petitions.SPEC, write_sheet(petitions.SPEC, tmp_path / "q.xlsx", rows[2:]),
                              admin)
    assert report.ok, [str(p) for p in report.problems]
    assert Petition.get().extension_approver == "王主任"  # by his name, as the step keeps it
    report = xlsx.import_file(petitions.SPEC, path, admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
