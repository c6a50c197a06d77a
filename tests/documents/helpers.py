"""Walk documents through their procedures (shared by core, printing and GUI tests)."""

from __future__ import annotations

from officedesk.core.documents import archive, dispatch, incoming, outgoing, recheck

BODY = """为进一步加强机关公文处理工作，提高办文质量和效率，现就有关事项通知如下。
一、提高认识，加强领导
各单位要充分认识公文处理工作的重要性，明确分管领导和具体承办人员。
（一）落实责任。主要负责同志要亲自过问，分管负责同志具体抓。
（二）健全制度。建立收文登记、传阅、催办、归档等制度。
二、规范办理程序
1.严格审核把关。
2.加快办理进度。
三、加强督促检查
市委办公室将适时对各单位公文处理情况进行检查，并通报检查结果。"""


def incoming_to_done(actor, leader_name="王建国", **overrides):
    raw = {
        "收文日期": "2026-11-16",
        "来文机关": "省委办公厅",
        "来文字号": "省委办发〔2026〕45号",
        "标题": "关于做好2026年岁末年初安全生产工作的通知",
        "文种": "通知",
        "密级": "非密",
        "紧急程度": "加急",
        "份数": "2",
    }
    raw.update(overrides)
    record = incoming.sign_in(raw, actor)
    record = incoming.register_doc(record.id, record.version, {}, actor)
    record = incoming.review(record.id, record.version, actor)
    record = incoming.propose(record.id, record.version, actor, "拟请王主任阅示，送市应急局办理。")
    record = incoming.instruct(
        record.id, record.version, actor, "请市应急局牵头抓好落实。", leader_name
    )
    record = incoming.assign(record.id, record.version, actor, "市应急管理局", "赵科长", 5)
    record = incoming.circulate(record.id, record.version, actor, ["王建国", "刘志强"])
    record = incoming.mark_read(record.id, record.version, actor, "王建国")
    record = incoming.mark_read(record.id, record.version, actor, "刘志强")
    record = incoming.remind(record.id, record.version, actor)
    record = incoming.finish(record.id, record.version, actor, "已转发各县区，专项检查已部署。")
    return record


def outgoing_to_signed(actor, **overrides):
    raw = {
        "标题": "关于进一步加强机关公文处理工作的通知",
        "文种": "通知",
        "拟稿单位": "秘书科",
        "拟稿人": "陈晓",
        "主送": "各县（市、区）委办公室，市直各单位",
        "抄送": "市委各部委",
        "正文": BODY,
        "附件说明": "公文处理工作检查表",
        "密级": "非密",
        "份数": "30",
        "印发机关": "中共某某市委办公室",
    }
    raw.update(overrides)
    record = outgoing.draft(raw, actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "文字已核")
    # a 联合发文 is countersigned by each of its organs too (条例第二十二条)
    joint = outgoing.joint_organs(record)
    record = outgoing.send_countersign(
        record.id, record.version, actor, ["市政府办公室", "市档案馆", *joint]
    )
    record = outgoing.countersign(record.id, record.version, actor, "市政府办公室", "孙一", "同意")
    record = outgoing.countersign(record.id, record.version, actor, "市档案馆", "钱二", "同意")
    for organ in joint:
        record = outgoing.countersign(record.id, record.version, actor, organ, "负责人", "同意")
    record = outgoing.sign(record.id, record.version, actor, "王建国", "同意印发")
    return record


def outgoing_to_rechecked(actor, **overrides):
    """Signed and 复核ed: ready for its 发文字号."""
    record = outgoing_to_signed(actor, **overrides)
    return recheck.recheck(record.id, record.version, actor, "周秘书")


def outgoing_to_distributed(actor, **overrides):
    record = outgoing_to_rechecked(actor, **overrides)
    record = outgoing.assign_number(record.id, record.version, actor)
    record = outgoing.mark_printed(record.id, record.version, actor)
    rows = [
        dispatch.Recipient("各县（市、区）委办公室", 20, 1, 20),
        dispatch.Recipient("市直各单位", 10, 21, 30),
    ]
    return dispatch.distribute(record.id, record.version, actor, rows)


def archive_it(registry, record, actor, retention="永久", org_code="BGS"):
    return archive.archive(registry, record.id, record.version, actor, retention, org_code, pages=3)
