"""English for probe9's texts: a 刊物 排序 in which nothing moved (core/info/issue_order.py)."""

GLOSSARY = {
    "%1的信息顺序没有改变，未保存。":
        "The order of the items of %1 has not changed: nothing was saved.",
}
