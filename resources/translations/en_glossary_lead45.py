"""English for the lead's strings of session 45."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # a decision sent to 督查 removed from the 纪要 (core.meetings.proceedings._removal_refused)
    "议定事项“%1”已转督查，不能删除。如属误转，请可查看该督查事项的人员在“督查”中作废它，此项即可删除或重新转督查；如需调整，也请他们在督查事项中办理。": (
        "Decision “%1” was sent to supervision and cannot be deleted. If it was sent by mistake, ask "
        "someone who may see its supervision item to void it under Supervision: the decision may then be "
        "deleted or sent again. Any change to it is theirs to make in the supervision item, too."
    ),
    "议定事项“%1”已转督查（%2），不能删除。如属误转，请在“督查”中作废其督查事项，此项即可删除或重新转督查；如需调整，请在督查事项中办理。": (
        "Decision “%1” was sent to supervision (%2) and cannot be deleted. If it was sent by mistake, void "
        "its item under Supervision: the decision may then be deleted or sent again. To change it, do so "
        "in the supervision item."
    ),
    # a directory entry on the command line's void/delete (core.lifecycle._spec)
    "%1不能作废或按草稿删除。通讯录的单位、人员、会议室请在窗口的“通讯录”中修改或删除（删除前检查是否仍被使用）。": (
        "%1 cannot be voided or deleted as a draft. Edit or delete the directory's units, people and "
        "rooms in the window's Directory (a delete checks first that nothing still uses the entry)."
    ),
}
