"""English for the 公文 whose 署名 and 成文日期 would stand on a page without 正文 (GB/T 9704
§7.3.5, printing/gbt9704/signed_page.py): the joint document printed with the lead organ's
name alone, and the refusals; same format as en_glossary.py."""

from __future__ import annotations

_ALONE = ("The issuing organs' signature and the date do not fit on the first page: the text on "
          "it cannot go on to the next page (GB/T 9704, 7.3.3: the first page shows the text), "
          "so the signature and the date would stand on page %1 alone, and GB/T 9704, 7.3.5 "
          "allows no page of signature and date only (“此页无正文”, no text on this page). ")

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "联合发文机关较多，版头列出全部机关名称时首页的正文之下放不下发文机关署名和成文日期，署名和日期又不能单独成页（GB/T 9704 第7.3.5条）：发文机关标志只用主办机关名称“%1”（《党政机关公文处理工作条例》第九条：联合行文时可以单独用主办机关名称），署名仍列出全部发文机关。如需列出全部机关名称，请缩短标题。":
        "With this many joint issuing organs, a head listing every name leaves no room under "
        "the first page's text for the signature and the date, which may not stand on a page "
        "of their own (GB/T 9704, 7.3.5): the issuing organ mark uses the lead organ's name "
        "“%1” alone (Regulations on the Handling of Official Documents, art. 9: a joint "
        "document may use the lead organ's name alone); the signature still lists every "
        "issuing organ. To list every name, shorten the title.",
    "首页放不下发文机关署名和成文日期：首页的正文不能再移到下一页（GB/T 9704 第7.3.3条：首页应显示正文），署名和日期就会单独排在第 %1 页，而 GB/T 9704 第7.3.5条不容许只有署名和日期（“此页无正文”）的一页。请把标题缩短到 %2 行以内（每行约 %3 字），再打印。":
        _ALONE + "Shorten the title to %2 lines or fewer (about %3 characters a line) and print "
        "again.",
    "首页放不下发文机关署名和成文日期：首页的正文不能再移到下一页（GB/T 9704 第7.3.3条：首页应显示正文），署名和日期就会单独排在第 %1 页，而 GB/T 9704 第7.3.5条不容许只有署名和日期（“此页无正文”）的一页。请缩短标题，或减少联合发文机关、签发人，再打印；正文在首页多排一行时，这一行可随署名排到下一页。":
        _ALONE + "Shorten the title, or name fewer joint organs or signers, and print again; "
        "with one more line of text on the first page, that line could go on with the "
        "signature to the next page.",
}
