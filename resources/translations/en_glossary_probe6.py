"""English for probe6's core texts: a 督查 row saying it is open while giving a 办结日期
(core/supervision/added.py)."""

GLOSSARY = {
    "“状态”写的是“%1”，却填写了办结日期 %2。已办结的事项，状态请写“已办结”（或按期办结、逾期办结）；未办结的，请删去办结日期。":
        "“Status” says “%1”, yet a closing date %2 is given. For an item that is closed, write "
        "“已办结” (closed) as its status (or 按期办结, 逾期办结); for one still open, delete the "
        "closing date.",
}
