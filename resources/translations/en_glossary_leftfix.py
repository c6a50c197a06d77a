"""English for the 刊物's optimistic 排序 and its visible counts (core/info/periodicals.py,
core/info/empty_issue.py)."""

GLOSSARY = {
    '%1的信息顺序在您打开后已被他人调整（或有信息编入、作废），您的排序没有保存，他人的调整保留。请重新打开这一期，按现在的顺序重新排序。':
        'Someone else has changed the order of the items in %1 since you opened it (or an item was edited in or voided): your order was not saved and theirs stands. Please open the issue again and reorder it as it now stands.',
    '%1编入了信息，不是空期，不能删除；请由涉密权限足够的人员把信息移出或作废。':
        '%1 holds items: it is not empty and cannot be removed. Please ask someone cleared high enough '
        'to move its items out or void them.',
    '%1编入了 %2 条信息，不是空期，不能删除；请先把信息移出或作废。':
        '%1 holds %2 items: it is not empty and cannot be removed. Please move its items out or void them first.',
    '调整顺序…':
        'Reorder…',
    '调整这一期的信息顺序':
        'Reorder the items of this issue',
    '调整信息顺序':
        'Reorder the items',
    '《%1》%2年第%3期：选中一条信息，用“上移”“下移”调整顺序，再保存。':
        '%1, %2 no. %3: select an item, move it with “Move up” and “Move down”, then save.',
    '本期信息（按顺序）':
        'Items of this issue (in order)',
    '重新读取':
        'Reload',
    '重新读取现在的顺序':
        'Reload the order as it is now',
    '“状态”写“%1”的事项须按办结日期办结（填写“办结日期”和“牵头单位”），由日期判断为按期办结或逾期办结。':
        'An item whose “状态” reads “%1” is closed by its 办结日期 (fill in “办结日期” and “牵头单位”): the dates decide whether it was closed on time or late.',
}
