"""English for the meeting steps the window's 签到 sheet, 纪要 editor and meeting form now go
through (core/meetings/steps_spec.py, step_values.py): 登记签到, 修改 of every field, 清空."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "登记签到": "Record sign-in sheet",
    "已到": "Present",
    "清空": "Clear",
    "按签到表逐人登记：已到、缺席、未签到（改回）写姓名，请假每行“姓名：原因”；首次签到即标记会议已召开":
        "Record the sign-in sheet person by person: names under present, absent or not signed "
        "in (taken back), on leave one a line as “name：reason”; the first sign-in marks the "
        "meeting as held",
    "姓名，用、隔开": "Names, separated by 、",
    "每行一人：姓名：请假原因": "One person a line: name：reason for leave",
    "改回未签到的人员，用、隔开": "People back to not signed in, separated by 、",
    "改会议的任何一项；议程每行“议题｜汇报单位｜汇报人｜分钟”；“清空”写要清空的各项（命令行：清空=备注、列席人员）；会议室已被占用的一律不能保存（请换会议室或时间）；领导同一时间另有会议或会议室坐不下的，须写明理由（命令行：--force 理由）":
        "Change any item of the meeting; the agenda one item a line as "
        "“topic｜reporting unit｜reporter｜minutes”; “Clear” names the items to empty "
        "(command line: 清空=备注、列席人员); a room already booked is never saved (choose another "
        "room or time); a leader due at another meeting at the same time, or a room too small, "
        "needs the reason written (command line: --force 理由)",
    "议定事项每行“内容｜牵头单位｜时限｜原序号”（写原序号即修改该项）；“清空”写议定事项即本次会议没有议定事项（命令行：清空=议定事项）":
        "Decisions one a line as “content｜lead unit｜deadline｜number now” (a number edits "
        "that decision); “Clear” naming the decisions records that the meeting decided nothing "
        "(command line: 清空=议定事项)",
    "议定事项每行“内容｜牵头单位｜时限｜原序号”（写原序号即修改该项）；“清空”写议定事项即本次会议没有议定事项":
        "Decisions one a line as “content｜lead unit｜deadline｜number now” (a number edits "
        "that decision); “Clear” naming the decisions records that the meeting decided nothing",
    "0 为按设置自动": "0: automatic, as set",
    "每行一项：议题｜汇报单位｜汇报人｜分钟（后三项可不填）":
        "One a line: topic｜reporting unit｜reporter｜minutes (the last three may be left out)",
    "要清空的项，用、隔开（会议名称、会议类型、密级、开始时间、结束时间不能清空）":
        "The items to empty, separated by 、 (the name, type, classification, start and end "
        "cannot be emptied)",
    "不填则保留原有正文": "Blank keeps the text as it is",
    "每行一项：内容｜牵头单位｜时限｜原序号（写原序号即修改该项）；不填则保留原有各项":
        "One a line: content｜lead unit｜deadline｜number now (a number edits that decision); "
        "blank keeps the existing ones",
    "纪要正文、议定事项或期号；清空议定事项即本次会议没有议定事项":
        "The minutes text, the decisions or the issue no.; emptying the decisions records that "
        "the meeting decided nothing",
    "新增的%1按规则排在会场后排": "%1, added, seated at the back of the hall by the rule",
    "已不参会或请假、缺席的 %1 人已移出": "%1 no longer attending (removed, on leave or absent) taken out",
    "座次已按人员变化调整：%1。请核对后保存。":
        "The seating was adjusted to the changed attendance: %1. Check it and save.",
    "座次已按人员变化调整：%1；%2。请核对后保存。":
        "The seating was adjusted to the changed attendance: %1; %2. Check it and save.",
    "会议时间和地点已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。":
        "The meeting's time and place changed: the notice sent out is no longer right. Send a new "
        "notice (print the meeting notice: it prints as a corrected notice; get it to everyone).",
    "会议时间已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。":
        "The meeting's time changed: the notice sent out is no longer right. Send a new notice "
        "(print the meeting notice: it prints as a corrected notice; get it to everyone).",
    "会议地点已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。":
        "The meeting's place changed: the notice sent out is no longer right. Send a new notice "
        "(print the meeting notice: it prints as a corrected notice; get it to everyone).",
}
