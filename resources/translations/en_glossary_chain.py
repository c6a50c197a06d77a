"""English for the GUI strings of 逐级负责 (approval chains, 岗位, 代理, 我的待办)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "审批链与职务": "Approval chains and positions",
    "审批链与职务…": "Approval chains and positions…",
    "办理程序": "Procedure",
    "按审批链把关": "Enforce the approval chain",
    "审批链步骤": "Steps of the approval chain",
    "每行一步。由谁办理写职务，可加范围：@本单位（记录所属单位的）、@分管（分管该单位的领导）、"
    "@单位名；几个职务用、隔开，另一种办理人用“或”连接。例如：处长、科长@本单位；副主任@分管或主任。"
    "变体（如请示、绝密）留空表示同一般审批链。":
        "One step a line. “Done by” names a position, optionally with a scope: @本单位 (of the "
        "record's unit), @分管 (the leader in charge of that unit), or @unit name; separate "
        "several positions with 、 and alternatives with 或. E.g. 处长、科长@本单位; "
        "副主任@分管或主任. A variant (e.g. Request for instructions, Top secret) left empty follows "
        "the general chain.",
    "职务表": "Positions",
    "职务表（由低到高）": "Positions (lowest first)",
    "添加一步": "Add a step",
    "删除此步": "Remove this step",
    "上移": "Move up",
    "下移": "Move down",
    "由谁办理（职务@范围）": "Done by (position@scope)",
    "时限（工作日）": "Time limit (working days)",
    "我的待办": "My to-do",
    "我已送出、等待办理": "Sent on, waiting for others",
    "全办待办概况": "Office overview",
    "列表": " list",
    "由谁办理": "Done by",
    "送达": "Arrived",
    "等待：%1": "Waiting for: %1",
    "已超时": "Overdue",
    "未到期": "In time",
    "设置代理": "Substitutes",
    "设置代理…": "Substitutes…",
    "如：出差、休假": "e.g. on a trip, on leave",
    "被代理人": "Absent official",
    "代理人": "Substitute",
    "开始日期": "From",
    "结束日期": "To",
    "添加代理": "Add substitute",
    "撤销所选代理": "End selected",
    "代理列表": "Substitutes",
    "岗位设置": "Positions of users",
    "岗位设置…": "Positions of users…",
    "领导分管的单位，用、隔开": "Units the leader is in charge of, separated by 、",
    "可代领导录入（代录）": "May enter steps for leaders (proxy entry)",
    "用户": "User",
    "分管": "In charge of",
    "代录": "Proxy entry",
    "审核": "Review",
    "审核意见": "Review opinion",
    "退回到": "Return to",
    "步骤": "Step",  # the 工作台's my-work header, translated at run time
    # what is due next, as the 工作台 and the lists show it (core's texts)
    "承办时限": "Handling deadline",
    "转送受理": "Acceptance after transfer",
    "办理答复": "Handling and reply",
    "交办回报": "Report back on assignment",
    "复查答复": "Review reply",
    "复核答复": "Re-examination reply",
    # the 工作台's summary when a registry listed only its earliest due records
    "每类只列出最早到期的 %1 件，实际更多。": " Each kind lists only its %1 earliest due; there are more.",
}
