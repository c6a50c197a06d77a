"""English for the 刊物's optimistic 排序 and its visible counts (core/info/periodicals.py,
core/info/empty_issue.py)."""

GLOSSARY = {
    '%1的信息顺序在您打开后已被他人调整（或有信息编入、作废），您的排序没有保存，他人的调整保留。请重新打开这一期，按现在的顺序重新排序。':
        'Someone else has changed the order of the items in %1 since you opened it (or an item was edited in or voided): your order was not saved and theirs stands. Please open the issue again and reorder it as it now stands.',
    '%1编入了信息，不是空期，不能删除；请先把信息移出或作废。':
        '%1 holds items: it is not empty and cannot be removed. Please move its items out or void them first.',
    '%1编入了 %2 条信息，不是空期，不能删除；请先把信息移出或作废。':
        '%1 holds %2 items: it is not empty and cannot be removed. Please move its items out or void them first.',
}
