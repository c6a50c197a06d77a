"""The 《信访工作条例》(2022) articles the program cites are the 2022 条例's, not the old
《信访条例》(2005)'s, whose numbers differ: 第十七条 (the forms of a 信访), 第二十三条 (a unit receiving a 转送 tells the
petitioner within 15 日), 第三十二条 (检举控告, DOMAIN §5), 第三十四条 (60 日, one 延期 of 30 日
approved by a 负责人), 第三十五条 (复查), 第三十六条 (复核, 不再受理), 第四十七条 (检举、揭发材料
never passed to whom they accuse). Every text of the program
that names an article of the 条例 names one of these, for what it is about."""

from __future__ import annotations

import re
from pathlib import Path

import officedesk
from officedesk.core.petitions import spec as S

ROOT = Path(officedesk.__file__).parent
CITED = re.compile(r"信访工作条例》?\s*(第[一二三四五六七八九十]+条)")
KNOWN = {"第十七条", "第二十三条", "第三十二条", "第三十四条", "第三十五条", "第三十六条", "第四十七条"}


def test_every_article_cited_is_one_of_the_2022_regulation_s():
    cited = {}
    for path in ROOT.rglob("*.py"):
        for number in CITED.findall(path.read_text(encoding="utf-8")):
            cited.setdefault(number, set()).add(str(path.relative_to(ROOT)))
    assert cited, "the petition texts cite the 条例"
    assert {n: files for n, files in cited.items() if n not in KNOWN} == {}


def test_the_accept_limit_cites_the_article_on_forwarded_petitions():
    assert "第二十三条" in S.LIMIT_ACCEPT.help
