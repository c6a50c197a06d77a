"""English for the printed papers' 份数 / 份号 refusals (a 0 refused with the bounds and what to
do, a 发文's bound its recorded copies; a 分发 row of 0 份) and the joint 下行文's title refusal;
same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1%2只能在 1 到 %3 之间（整数），现在是“%4”：请改为这个范围内的%2再打印。":
        "%1the %2 must be a whole number from 1 to %3, not “%4”: change the %2 to one in that "
        "range and print again.",
    "“%1”登记的%2是 %3 份，":
        "“%1” records %3 as its %2; ",
    "分发给“%1”的份数是 %2：每个单位 1 到 %3 份（合计不超过印制的 %3 份）。不分发给它的，请删去这一行；否则请改正份数。":
        "The copies for “%1” are %2: each unit gets 1 to %3 copies (%3 printed in all). If it "
        "gets none, delete its line; otherwise correct the copies.",
    "联合发文机关较多，版头列出全部机关名称时首页放不下标题和正文：发文机关标志只用主办机关名称“%1”（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），署名仍列出全部发文机关。如需列出全部机关名称，请缩短标题。":
        "With this many joint issuing organs, a head listing every name leaves the first page no "
        "room for the title and the text: the issuing organ mark uses the lead organ's name “%1” "
        "alone (Regulations on the Handling of Official Documents, art. 9: a joint document may "
        "use the lead organ's name alone); the signature still lists every issuing organ. To "
        "list every name, shorten the title.",
}
