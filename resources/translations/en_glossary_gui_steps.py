"""English for the steps the window now does through their declarations (the one step dialog
built from core/*/steps_spec.py): the steps' names, help, field labels, placeholders and choices
as core declares them, and the dialogs' own few words.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- the step dialog and the pages' own dialogs
    "办理对象": "Record",
    "留空即本人办理": "Blank: done by yourself",
    "经办人错误": "Handled by error",
    "分发名单中有一行没有填写单位。": "A line of the distribution list has no unit.",
    "“%1”一行的份号要写起止两个号。": "The line “%1” needs both the first and the last copy number.",
    # ---- time limits of the steps (core's composed texts)
    "默认 %1 个工作日": "By default %1 working days",
    "每人持有 %1 个工作日": "%1 working days per reader",
    "办理时限 %1": "Handle by %1",
    "任务时限不晚于 %1": "Task deadlines no later than %1",
    # ---- 收文
    "传阅人": "Readers",
    "可多个，用、隔开": "Several allowed, separated by 、",
    "工作日，留空按设置": "Working days; blank: as set",
    "按传阅顺序，用、隔开": "In reading order, separated by 、",
    "留空同办理时限": "Blank: the handling deadline",
    "初审不合要求的，写明理由退回": "Return what fails the first check, with the reason",
    "把领导批示转为督查事项（两边互相关联）":
        "Turn the leader's instruction into a supervised item (linked both ways)",
    "补全或更正登记项目（来文机关、来文字号、标题、密级……）":
        "Complete or correct the registration (sender, reference, title, classification …)",
    "领导批示；代领导录入时写明批示领导":
        "The leader's instruction; when entering it for the leader, name the leader",
    # ---- 发文
    "不同意": "Disagree",
    "不同意时写明理由": "Give the reason when disagreeing",
    "会签结果": "Countersign answer",
    "分发": "Distribution",
    "审核人": "Reviewer",
    "每行“单位 份数 [起-止份号]”，或用；隔开":
        "One a line: “unit copies [first-last copy number]”, or separated by ；",
    "用、隔开": "Separated by 、",
    "留空自动取下一个号": "Blank: the next number",
    "留空即为办理人本人": "Blank: the one doing this step",
    "经复核，审批手续、内容、文种、格式无误":
        "Rechecked: approvals, content, type and format are in order",
    "会签单位不同意时，由签发人记录协调决定，之后方可签发":
        "When a countersigning unit disagrees, the signer records the decision; then it can be "
        "signed off",
    "分管领导审核（审批链中有“审核”时，签发前须先审核）":
        "Review by the leader in charge (where the approval chain has it, before sign-off)",
    "复核后取发文字号（在本步骤的事务中取号，不会重号）":
        "After the recheck, take the document number (taken within this step: never twice)",
    "拟稿中修改稿件内容；联合发文改动后，联合发文机关须重新会签": (
        "Change the draft while it is being drafted; a joint document changed is countersigned "
        "again by its co-issuing organs"
    ),
    "涉密文件每个单位须写份号范围": "A classified document needs a copy-number range for each unit",
    "签发人写明意见、姓名和日期；成文日期即签发日期":
        "The signer gives opinion, name and date; the document date is the sign-off date",
    "退回审批链中的前一步（写明理由），历史中留下往返":
        "Send back to an earlier step of the approval chain (with the reason); the history "
        "keeps the round trip",
    # ---- 归档
    "机构代码": "Organisation code",
    "如 BGS": "e.g. BGS",
    "不填表示未计页数": "Blank: pages not counted",
    # ---- 督查
    "分解": "Assign task",
    "重新打开": "Reopen",
    "办结情况": "Completion report",
    "任务序号": "Task no.",
    "原因": "Reason",
    "只延长这个牵头单位的任务；留空延长事项": "Extend only this lead unit's task; blank: the item",
    "牵头单位；只有一项未办结任务时可不填": "Lead unit; may be blank when only one task is open",
    "留空催办全部": "Blank: remind all",
    "留空则同事项办结时限": "Blank: the item's deadline",
    "交办给一个牵头单位，时限不晚于事项的办结时限":
        "Assign to one lead unit, with a deadline no later than the item's deadline",
    "各项任务办结后，事项办结（按期或逾期按时限判断）":
        "Conclude the item once every task is done (on time or late, by its deadline)",
    "给临期、逾期、反馈逾期的任务发催办（逐次升级）":
        "Remind the tasks due soon, overdue or late to report (each reminder one level up)",
    # ---- 会议
    "发通知": "Send notice",
    "召开": "Held",
    "请假": "On leave",
    "缺席": "Absent",
    "议定事项转督查": "Decision to supervision",
    "取消原因": "Reason for cancelling",
    "首次签到即标记会议已召开": "The first sign-in marks the meeting as held",
    # ---- 信访
    "满意": "Satisfied",
    "基本满意": "Mostly satisfied",
    "不满意": "Dissatisfied",
    "满意度": "Satisfaction",
    "原件": "Original",
    "原件的信访编号或 id": "The original's petition number or id",
    "回报期限": "Report-back deadline",
    "复查（复核）意见；复核意见为终结意见，信访件随之办结":
        "Review (re-review) opinion; a re-review opinion is final and closes the petition",
    "转送、交办须写明去向单位；交办还须写明回报期限；不予受理须写明理由":
        "Transfer and assignment need the receiving unit, assignment also the report-back "
        "deadline; non-acceptance needs the reason",
    # ---- 信息
    "如 市委办《每日要情》第12期": "e.g. 市委办《每日要情》第12期",
    "不采用须写明理由": "Give the reason when not adopted",
    "原稿保留，编辑稿另存": "The original is kept; the edited text is saved beside it",
    "最近一条领导批示立为督查事项，两边互相关联":
        "The latest leader's instruction becomes a supervised item, linked both ways",
    "由信息科长或分管主任签发（审批链）；领导在纸上签的，由有代录权限的经办人代录；职务留空按签发人的岗位":
        "Signed off by the information section's head or the director in charge (approval "
        "chain); a leader's paper sign-off is entered by a clerk allowed to enter for others; "
        "blank post: the signer's own",
    "编入该刊物正在编辑的一期（排在最后）": "Into the issue of that periodical being edited (last)",
    "被上级刊物采用；一件信息可被多级采用，各计分":
        "Adopted by a higher periodical; an item may be adopted at several levels, each scored",
    # ---- 效能投诉
    "处理结果为“其他”时必填": "Required when the action is “Other”",
    "留空：请核查单位于核查时限前核查并报送核查情况":
        "Blank: the unit is asked to verify and report back before the deadline",
    # ---- 联合发文 and 协调 (条例第二十二条)
    "联合发文须送各联合发文机关会签（由其负责人签署）":
        "A joint document goes to each joint issuing organ for countersigning (by its head)",
    "会签单位不同意时，由签发人记录协调决定（代录时写明签发人），之后由其签发":
        "When a countersigning unit disagrees, the signer records the coordinated decision (when "
        "entered for him, name the signer) and then signs",
    "签发人写明意见、姓名和日期；成文日期即签发日期（联合发文须各联合发文机关会签后签发）":
        "The signer writes the opinion, name and date; the document date is the signing date "
        "(a joint document is signed after each joint issuing organ has countersigned)",
    "删除误分解的任务（其反馈一并删除，删除前的内容留在历史记录中）":
        "Delete a task split by mistake (its reports go with it; what it held stays in the history)",
    # ---- 信访 复查/复核 requested after 办结 (art. 35)
}
