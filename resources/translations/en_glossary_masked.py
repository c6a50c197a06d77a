"""English for the refusals of sorting or filtering a list by a field masked for the user
(core/record_lists.py)."""

GLOSSARY = {
    "“%1”对您是遮盖显示的，不能按它筛选。需要时请管理员或领导查询。":
        "“%1” is masked for you: the list cannot be filtered by it. Ask an administrator or a "
        "leader when you need it.",
    "“%1”对您是遮盖显示的，不能按它排序。需要时请管理员或领导查询。":
        "“%1” is masked for you: the list cannot be sorted by it. Ask an administrator or a "
        "leader when you need it.",
}
