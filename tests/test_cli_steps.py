"""Every procedure from the command line alone: one record of each registry is taken from
registration to its last step with `officedesk step`, and its papers are printed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from officedesk.core import clock
from tests.cli_office import PASSWORD, new_office, now_typed


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def test_incoming_from_sign_in_to_archive(office):
    added = office.json("add", "incoming", "文种=通知", "来文机关=市政府办公室", "来文字号=市政办发〔2026〕12号",
                        "标题=关于做好冬季安全生产工作的通知", "紧急程度=加急")
    doc = added["id"]
    assert office.json("steps", "incoming", str(doc))["state"] == "已签收"
    assert office.step("incoming", doc, "登记", "份数=2")["state"] == "已登记"
    assert office.step("incoming", doc, "初审")["state"] == "已初审"
    assert office.step("incoming", doc, "拟办", "拟办意见=请王主任阅示", "拟办人=李文书")["state"] == "已拟办"
    assert office.step("incoming", doc, "批办", "批示领导=王主任", "批示内容=请应急局牵头落实",
                f"批示时间={now_typed()}")["state"] == "已批办"
    assert office.step("incoming", doc, "承办", "承办单位=县应急管理局", "办理时限=5")["state"] == "承办中"
    moved = office.step("incoming", doc, "转督查", "督查时限=2026-12-15")
    assert moved["supervision_id"]
    assert office.step("incoming", doc, "传阅", "传阅人=王主任、赵副主任")["state"] == "传阅中"
    info = office.json("steps", "incoming", str(doc))
    read = next(s for s in info["steps"] if s["step"] == "阅")
    reader = next(f for f in read["fields"] if f["label"] == "阅文人")
    assert reader["choices"] == ["王主任", "赵副主任"] and reader["default"] == "王主任"
    office.step("incoming", doc, "阅", f"阅毕时间={now_typed()}")  # the holder by default
    assert office.step("incoming", doc, "阅", "阅文人=赵副主任", f"阅毕时间={now_typed()}")["state"] == "承办中"
    office.step("incoming", doc, "催办")
    assert office.step("incoming", doc, "办结", "办结结果=已部署检查")["state"] == "已办结"
    filed = office.step("incoming", doc, "归档", "保管期限=定期30年")
    assert filed["state"] == "已归档" and filed["archive_no"].startswith("Z021-WS·2026-D30")
    assert office.json("steps", "incoming", str(doc))["steps"] == []
    slip = office.print("incoming-slip", doc)
    assert "请应急局牵头落实" in slip and "已部署检查" in slip
    assert "赵副主任" in office.print("circulation", doc)


def test_outgoing_from_draft_to_archive_takes_its_number_at_the_numbering_step(office):
    doc = office.json("add", "outgoing", "文种=通知", "标题=关于开展冬季安全检查的通知", "拟稿单位=县委办公室",
                      "拟稿人=张三", "主送=各乡镇党委", "正文=一、检查范围\n各乡镇。")["id"]
    assert office.step("outgoing", doc, "修改", "份数=10")["state"] == "拟稿中"
    assert office.step("outgoing", doc, "核稿", "核稿人=李科长")["state"] == "已核稿"
    assert office.step("outgoing", doc, "送会签", "会签单位=县应急局、县公安局")["state"] == "会签中"
    office.step("outgoing", doc, "会签", "会签人=刘局长", f"会签时间={now_typed()}")  # the first unit by default
    signed = office.step("outgoing", doc, "会签", "会签单位=县公安局", "会签人=陈局长", "会签意见=同意",
                         f"会签时间={now_typed()}")
    assert signed["state"] == "已会签"
    signed = office.step("outgoing", doc, "签发", "签发人=王主任", "签发意见=同意印发")
    assert signed["state"] == "已签发" and "number" not in signed
    rechecked = office.step("outgoing", doc, "复核", "复核人=周秘书", "复核意见=手续完备，格式规范")
    assert rechecked["state"] == "已复核" and "number" not in rechecked
    numbered = office.step("outgoing", doc, "编号")
    assert numbered == {**numbered, "state": "已编号", "number": "某委办发〔2026〕1号"}
    assert office.step("outgoing", doc, "印制", "印制份数=10")["state"] == "已印制"
    assert office.step("outgoing", doc, "核发", "分发=各乡镇党委 8；县应急局 2")["state"] == "已核发"
    assert office.step("outgoing", doc, "归档", "保管期限=永久", "页数=2")["state"] == "已归档"
    draft = office.print("outgoing-draft", doc)
    assert "王主任" in draft and "刘局长" in draft and "陈局长" in draft
    assert "手续完备，格式规范  周秘书" in draft
    assert "某委办发〔2026〕1号" in office.print("document", doc)


def test_outgoing_recheck_and_rereview_on_the_command_line(office):
    """复核 between 签发 and 编号; 退回复审 back to the original signer, who signs again."""
    doc = office.json("add", "outgoing", "文种=通知", "标题=关于做好冬季防火工作的通知",
                      "签发人=王主任", "签发日期=2026-11-13")["id"]  # signed elsewhere: 已签发
    shown, _err = office("steps", "outgoing", str(doc))
    assert "状态：已签发" in shown and "复核 — 签发后、编号前复核审批手续、内容、文种、格式" in shown
    listed = office.json("steps", "outgoing", str(doc))
    assert [s["step"] for s in listed["steps"]] == ["复核", "退回复审"]
    _out, err = office("step", "outgoing", str(doc), "编号", code=1)
    assert "此时可以：复核、退回复审" in err
    _out, err = office("step", "outgoing", str(doc), "退回复审", code=1)
    assert "理由" in err
    back = office.step("outgoing", doc, "退回复审", "理由=主送单位漏列县应急局")
    assert (back["state_before"], back["state"]) == ("已签发", "复审中")
    listed = office.json("steps", "outgoing", str(doc))
    assert [s["step"] for s in listed["steps"]] == ["退回修改", "签发"]
    _out, err = office("step", "outgoing", str(doc), "签发", "签发人=赵副主任", code=1)
    assert "应由王主任重新签发" in err
    assert office.step("outgoing", doc, "签发", "签发意见=同意，补列主送")["state"] == "已签发"
    assert office.step("outgoing", doc, "复核", "--person", "周秘书")["state"] == "已复核"
    assert office.step("outgoing", doc, "编号")["number"] == "某委办发〔2026〕1号"
    draft = office.print("outgoing-draft", doc)
    assert "主送单位漏列县应急局" in draft and "审批手续、内容、文种、格式无误  周秘书" in draft


def test_meeting_from_notice_to_decision_sent_to_supervision(office):
    meeting = office.json("add", "meetings", "会议名称=全县安全生产工作会议", "会议类型=工作会议",
                          "开始时间=2026-11-20 09:00", "结束时间=2026-11-20 11:00",
                          "地点=县委第一会议室", "出席人员=王建国、李海、赵敏")["id"]
    assert office.step("meetings", meeting, "修改", "地点=县委第二会议室")["state"] == "筹备中"
    assert office.step("meetings", meeting, "发通知")["state"] == "已发通知"
    clock.set_today(dt.date(2026, 11, 20))  # signed in on the meeting's day (the fixture resets it)
    held = office.step("meetings", meeting, "签到", "姓名=王建国、李海")
    assert held["state"] == "已召开" and "实到 2 人" in held["attendance"]
    on_leave = office.step("meetings", meeting, "请假", "姓名=赵敏", "请假原因=出差")
    assert "请假 1 人" in on_leave["attendance"]
    office.step("meetings", meeting, "纪要", "纪要正文=会议研究了冬季安全生产工作。",
                "议定事项=开展安全大检查｜县应急局｜2026-12-10\n完善值班制度｜县委办")
    sent = office.step("meetings", meeting, "议定事项转督查", "议定事项=1")
    assert sent["supervision_id"] and sent["supervision_number"]
    info = office.json("steps", "meetings", str(meeting))
    to_supervision = next(s for s in info["steps"] if s["step"] == "议定事项转督查")
    assert to_supervision["fields"][0]["choices"] == ["2"]  # the first one was sent already
    assert "请假1人" in office.print("signin", meeting)  # the paper: figures next to their Chinese
    assert "开展安全大检查" in office.print("minutes", meeting)
    other = office.json("add", "meetings", "会议名称=专题协调会", "会议类型=专题会议",
                        "开始时间=2026-11-25 15:00", "结束时间=2026-11-25 16:00")["id"]
    assert office.step("meetings", other, "取消", "取消原因=领导另有安排")["state"] == "已取消"
    assert office.json("steps", "meetings", str(other))["steps"] == []


def test_supervision_from_split_to_done(office):
    item = office.json("add", "supervision", "事项名称=冬季安全大检查", "来源=上级决策部署",
                       "办结时限=2026-12-31")["id"]
    assert office.step("supervision", item, "分解", "牵头单位=县应急局", "时限=2026-12-20")["state"] == "办理中"
    office.step("supervision", item, "分解", "牵头单位=县财政局", "时限=2026-11-18")
    _out, err = office("step", "supervision", str(item), "反馈", "进度=50", "进展情况=一半",
                       code=1)
    assert "请写明“单位”：县应急局、县财政局" in err
    office.step("supervision", item, "反馈", "单位=县应急局", "进度=50", "进展情况=已检查一半")
    chased = office.step("supervision", item, "催办")
    assert chased["reminders"] == ["县财政局：第一次催办"]
    office.step("supervision", item, "延期", "单位=县财政局", "办结时限=2026-11-30", "延期理由=资金未到位")
    office.step("supervision", item, "任务办结", "单位=县应急局", "办结情况=已完成检查")
    office.step("supervision", item, "任务办结", "单位=县财政局", "办结情况=资金已拨付")
    done = office.step("supervision", item, "办结", "办结报告=各项任务均已完成")
    assert done["state"] == "按期办结"
    papers = office.print("supervision-item", item)
    assert "县应急局" in papers and "县财政局" in papers and "各项任务均已完成" in papers
    assert "作废编号" not in office("check")[0]


def test_petition_from_registration_to_recheck_and_its_papers(office):
    petition = office.json("add", "petitions", "信访形式=来信", "信访人=张某某", "问题类别=劳动社保",
                           "反映内容=反映某企业拖欠工资三个月")["id"]
    decide = office.json("steps", "petitions", str(petition))["steps"][0]
    assert (decide["step"], decide["limit"]) == ("处理", "转送交办：2026-12-01 前")
    unit = next(f for f in decide["fields"] if f["name"] == "target_unit")
    assert unit["used_when"] == {"field": "处理方式", "values": ["转送", "交办"]}
    assert "去向单位[处理方式为转送/交办时填]" in office("steps", "petitions", str(petition))[0]
    _out, err = office("step", "petitions", str(petition), "处理", "处理方式=直接答复",
                       "去向单位=县人社局", code=1)
    assert "处理方式为“直接答复”时不填“去向单位”" in err
    assert office.step("petitions", petition, "处理", "处理方式=直接答复")["state"] == "办理中"
    office.step("petitions", petition, "办理", "办理情况=已约谈企业负责人")
    office("add", "units", "单位名称=中共某某县委办公室")  # the office and its 副主任 (通讯录)
    office("add", "units", "单位名称=县人社局")  # a 通讯录 with units names the 去向单位 in it
    office("add", "people", "姓名=王主任", "单位=中共某某县委办公室", "职务=副主任")
    office.step("petitions", petition, "延期", "延期理由=需调取银行流水", "批准人=王主任")
    assert office.step("petitions", petition, "答复", "答复意见=企业已承诺月底前付清")["state"] == "已答复"
    assert "答复意见书" in office.print("petition-reply", petition)  # this office's own answer
    assert office.step("petitions", petition, "复查申请", "申请理由=未按期付清")["state"] == "复查中"
    assert office.step("petitions", petition, "复查复核答复", "意见=维持原答复")["state"] == "已答复"
    assert office.step("petitions", petition, "复核申请")["state"] == "复核中"
    final = office.step("petitions", petition, "复查复核答复", "意见=复核维持")
    assert final["state"] == "已办结"
    after = office.json("steps", "petitions", str(petition))["steps"]
    assert [s["step"] for s in after] == ["标为重复件", "转督查"]
    # its own answer is reviewed by the bodies above it, which issue those papers (arts. 35, 36):
    # what this office prints is still its own 答复意见书
    again = office.print("petition-reply", petition)
    assert "答复意见书" in again and "复核意见书" not in again and "复查意见书" not in again
    # the same matter again after 复核: 不再受理 (《信访工作条例》art. 36), only 不予受理
    again = office.json("add", "petitions", "信访形式=来访", "信访人=李某", "问题类别=劳动社保",
                        "反映内容=反映某企业拖欠工资")["id"]
    office.step("petitions", again, "标为重复件", f"原件={petition}")
    _out, err = office("step", "petitions", str(again), "处理", "处理方式=转送",
                       "去向单位=县人社局", code=1)
    assert "不再受理" in err
    second = office.json("add", "petitions", "信访形式=来访", "信访人=王某", "问题类别=劳动社保",
                         "反映内容=反映另一企业拖欠工资")["id"]
    handled = office.step("petitions", second, "处理", "处理方式=转送", "去向单位=县人社局")
    assert handled["state"] == "待告知"
    told = office.step("petitions", second, "告知")
    assert told["state"] == "已转送"  # the receiving unit decides within 15 days
    assert office.step("petitions", second, "转督查")["supervision_id"]
    assert "县人社局" in office.print("petition-transfer", second)
    assert "受理" in office.print("petition-notice", second)


def test_efficiency_complaint_from_registration_to_a_warning_and_its_papers(office):
    complaint = office.json("add", "complaints", "登记日期=2026-11-02", "投诉人=钱女士", "投诉方式=电话", "投诉类别=办事拖拉",
                            "被投诉单位=县住建局", "被投诉人=吴某某", "投诉内容=办事拖拉")["id"]
    info = office.json("steps", "complaints", str(complaint))
    assert (info["state"], [s["step"] for s in info["steps"]]) == ("待核查", ["核查"])
    assert office.step("complaints", complaint, "核查", "核查单位=县纪委监委", "--on", "2026-11-05",
                       "--person", "李干事")["state"] == "核查中"
    _out, err = office("step", "complaints", str(complaint), "结论", "核查结论=属实",
                       "核查情况=拖延一周", "--on", "2026-11-04", code=1)
    assert "结论日期（2026-11-04）不能早于核查日期（2026-11-05）" in err
    assert office.step("complaints", complaint, "结论", "核查结论=属实", "核查情况=拖延一周",
                       "--on", "2026-11-12")["state"] == "待处理"
    assert office.step("complaints", complaint, "处理", "处理结果=效能告诫",
                       "--on", "2026-11-13")["state"] == "已办结"
    assert "县纪委监委：" in office.print("complaint-verify", complaint)
    assert "吴某某同志：" in office.print("complaint-warning", complaint)


def test_a_refused_step_says_why_and_changes_nothing(office):
    doc = office.json("add", "outgoing", "文种=通知", "标题=关于测试的通知")["id"]
    before = office.json("steps", "outgoing", str(doc))
    _out, err = office("step", "outgoing", str(doc), "签发", "签发人=王主任", code=1)
    assert "现在是“拟稿中”，不能“签发”" in err and "此时可以：修改、核稿" in err
    _out, err = office("step", "outgoing", str(doc), "修改", "颜色=红", code=1)
    assert "“修改”没有“颜色”这一项" in err
    _out, err = office("step", "outgoing", str(doc), "核稿", "--force", "有事", code=1)
    assert "不接受 --force" in err
    _out, err = office("step", "outgoing", str(doc), "修改", "--on", "2026-11-13", code=1)
    assert "不接受 --on" in err
    _out, err = office("step", "outgoing", str(doc), "核稿", "--reissue", "无", code=1)
    assert "“核稿”不填编号，不接受 --reissue" in err
    # a step outside the approval chain that names nobody (修改 is 拟稿's, which a clerk may
    # record for the drafter)
    _out, err = office("step", "outgoing", str(doc), "送会签", "会签单位=县财政局", "--person",
                       "王主任", code=1)
    assert "“送会签”不接受 --person" in err
    office.step("outgoing", doc, "核稿", "核稿人=周核稿")
    _out, err = office("step", "outgoing", str(doc), "退回修改", code=1)
    assert "请填写“理由”" in err
    _out, err = office("step", "outgoing", str(doc), "办结", code=1)
    assert "发文没有“办结”这一步" in err
    after = office.json("steps", "outgoing", str(doc))
    assert after["state"] == "已核稿" and before["state"] == "拟稿中"
    _out, err = office("steps", "units", "1", code=1)
    assert "单位没有办理步骤" in err


def test_a_leader_booked_twice_needs_force_with_a_reason(office):
    first = office.json("add", "meetings", "会议名称=常委会", "会议类型=常委会",
                        "开始时间=2026-11-20 09:00", "结束时间=2026-11-20 11:00",
                        "出席人员=王建国")["id"]
    second = office.json("add", "meetings", "会议名称=专题会", "会议类型=专题会议",
                         "开始时间=2026-11-20 14:00", "结束时间=2026-11-20 15:00",
                         "出席人员=李海")["id"]
    _out, err = office("step", "meetings", str(second), "修改", "开始时间=2026-11-20 10:00",
                       "出席人员=李海、王建国", code=1)
    assert "王建国" in err and "--force" in err
    moved = office.step("meetings", second, "修改", "开始时间=2026-11-20 10:00",
                        "出席人员=李海、王建国", "--force", "书记要求两会合开")
    assert moved["state"] == "筹备中" and first != second
    from officedesk.store import db as store_db
    from officedesk.store.models import AuditEntry

    store_db.open_database(str(office.db))
    try:
        override = AuditEntry.get(AuditEntry.action == "conflict_override",
                                  AuditEntry.record_id == second)
        assert "书记要求两会合开" in override.summary
    finally:
        store_db.close_database()


def test_void_and_delete_on_the_command_line(office):
    draft = office.json("add", "outgoing", "文种=通知", "标题=拟稿后放弃的通知")["id"]
    _out, err = office("void", "outgoing", str(draft), "--reason", "不发了", code=1)
    assert "还没有编号" in err
    office("delete", "outgoing", str(draft))
    _out, err = office("steps", "outgoing", str(draft), code=1)
    assert "没有找到" in err

    doc = office.json("add", "incoming", "文种=通知", "来文机关=市委办", "标题=重复登记的来文")
    _out, err = office("delete", "incoming", str(doc["id"]), code=1)
    assert "编号不能删除" in err and "作废" in err
    voided = office.json("void", "incoming", str(doc["id"]), "--reason", "同一文件登记了两次")
    assert voided["state"] == "已作废" and voided["number"] == doc["number"]
    _out, err = office("void", "incoming", str(doc["id"]), "--reason", "再来", code=1)
    assert "已经作废" in err
    assert office.json("steps", "incoming", str(doc["id"]))["steps"] == []
    again = office.json("add", "incoming", "文种=通知", "来文机关=市委办", "标题=下一份来文")
    assert again["number"] != doc["number"]  # a voided number is never issued again
    out, _err = office("check")
    assert f"[作废编号] 收文编号 {doc['number']}" in out and "同一文件登记了两次" in out


def test_settings_list_read_and_set_with_validation(office):
    out, _err = office("settings")
    assert "org.fonds = Z021" in out and "[期限]" in out
    assert office("settings", "deadlines.due_soon_days")[0].strip() == "3"
    changed = office.json("settings", "deadlines.due_soon_days", "5")
    assert changed == {"key": "deadlines.due_soon_days", "before": 3, "value": 5}
    _out, err = office("settings", "deadlines.day_kind", "lunar", code=1)
    assert "只能是：calendar、working" in err
    _out, err = office("settings", "no.such.key", code=1)
    assert "没有名为“no.such.key”的设置" in err


def test_the_installed_command_refuses_with_exit_1(tmp_path):
    """The real process: a refused step exits 1 with the reason on stderr."""
    env = {"OFFICEDESK_HOME": str(tmp_path / "home"), "OFFICEDESK_ADMIN_PASSWORD": PASSWORD,
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent), "PYTHONIOENCODING": "utf-8",
           "PATH": "/usr/bin:/bin"}
    db = str(tmp_path / "o.db")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "officedesk", *args, "--db", db], env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=120)

    assert run("init", "--org", "某办", "--code", "某委办").returncode == 0
    assert run("add", "outgoing", "文种=通知", "标题=通知").returncode == 0
    refused = run("step", "outgoing", "1", "编号")
    assert refused.returncode == 1 and "不能“编号”" in refused.stderr and not refused.stdout


def test_the_help_of_steps_and_step_names_every_registry_that_has_steps():
    from officedesk import cli_steps
    from officedesk.core import steps

    named = set(cli_steps.REGISTRIES.split("、"))
    assert {p.registry for p in steps.procedures()} <= named


def test_an_unnumbered_record_added_has_a_null_number(office):
    # README: number is “the 编号/文号 assigned, or null” — a 发文稿 has none until 编号
    added = office.json("add", "outgoing", "文种=通知", "标题=关于开展冬季安全检查的通知",
                        "拟稿单位=县委办公室", "拟稿人=张三", "主送=各乡镇党委")
    assert added["number"] is None


def _finishable(office) -> int:
    doc = office.json("add", "incoming", "文种=通知", "来文机关=市政府办公室",
                      "标题=关于做好冬季安全生产工作的通知")["id"]
    office.step("incoming", doc, "登记")
    office.step("incoming", doc, "初审")
    office.step("incoming", doc, "拟办", "拟办意见=请王主任阅示", "拟办人=李文书")
    office.step("incoming", doc, "批办", "批示领导=王主任", "批示内容=请应急局牵头落实",
                f"批示时间={now_typed()}")
    office.step("incoming", doc, "承办", "承办单位=县应急管理局")
    return doc


def test_the_command_line_doing_a_step_itself_is_no_entry_for_another(office):
    # the administrator at the command line does 办结 himself: the slip shows no 代录 of itself
    doc = _finishable(office)
    office.step("incoming", doc, "办结", "办结结果=乙完成")
    slip = office.print("incoming-slip", doc)
    result = slip[slip.index("办理结果"):]  # 拟办, 批办 named their people: 代录 there is right
    assert "乙完成" in result and "代录" not in result
    assert "命令行（管理员）（代录）" not in slip


def test_finishing_may_be_recorded_for_the_person_who_did_it(office):
    # 办结 is a person's step (the 承办 unit's): a clerk records it for him, as for the others
    doc = _finishable(office)
    office.step("incoming", doc, "办结", "办结结果=乙完成", "--person", "赵科长")
    slip = office.print("incoming-slip", doc)
    assert "赵科长（代录）" in slip[slip.index("办理结果"):]
