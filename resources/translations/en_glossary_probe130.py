"""English for probe130's strings: a 发文 after a 退回 (修改 by a later level's holder, a 会签
taken back)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.self_check.edit_caution: 修改 by one who holds a later level of the chain
    "注意：“修改”稿件即为拟稿。修改后，您就是这件%1的拟稿人之一，不能再办理“%2”。仍要由您“%2”的，请把修改意见交拟稿人，由拟稿人修改。": (
        "Note: editing the draft is drafting it. Once you edit it you are one of the drafters of "
        "this %1 and may no longer do “%2”. To do “%2” yourself, give your changes to the drafter "
        "to make."
    ),
    "%1除您外无人能办理“%2”：您修改后，须%3，才能继续办理。": (
        "%1 Nobody but you can do “%2”: after your edit, %3 before it can go on."
    ),
    # core.self_check.refusal: he only edited the draft
    "%1“修改”过这件%2的稿件，修改稿件即为拟稿，不能再“%3”%4：%5是对拟稿的把关，应由拟稿人以外的人办理。": (
        "%1 edited the draft of this %2, and editing it is drafting it: he may not “%3” it%4. "
        "%5 checks the draft and is done by someone other than its drafters."
    ),
    # the 发文 detail pane's 会签 table: one taken back by 退回修改
    "未会签（会签中退回修改，未再送会签）": (
        "Not countersigned (sent back for revision during countersigning, not sent again)"
    ),
    "注意": "Note",
}
