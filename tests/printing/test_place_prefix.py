"""A unit kept in the 通讯录 both as 县人力资源和社会保障局 and as 云岭县人力资源和社会保障局 taught
jieba a word starting with 县: 云岭县人力资源和社会保障局 was then cut 云岭 / 县人力资源和社会保障局, and a
narrow 签到表 column printed 云岭 on one line and 县人力… on the next (seen when the demo's 通讯录
had been read before: the tests passed alone and failed after others)."""

from __future__ import annotations

from officedesk.printing import words


def test_a_place_keeps_its_county_when_a_unit_name_starts_with_it():
    words.add_terms(["县人力资源和社会保障局", "云岭县人力资源和社会保障局", "县应急管理局",
                     "云岭县应急管理局"])
    for name in ("云岭县人力资源和社会保障局", "云岭县应急管理局"):
        cut = words.inner_words(name)
        assert "".join(cut) == name
        assert cut[0] == "云岭县", cut
        pieces = words.title_words(f"关于{name}办公用房调整的通知")
        assert "云岭" not in pieces and not any(p.startswith("县") for p in pieces), pieces


def test_a_county_committee_keeps_its_level():
    """县委 and 县直 are words of their own: 云岭 / 县委办公室 stays so, never 云岭县 / 委办公室."""
    words.add_terms(["县委办公室", "县直机关工委"])
    for text in ("云岭县委办公室关于值班的通知", "云岭县直机关工委工作要点"):
        pieces = words.title_words(text)
        assert not any(p.startswith(("委", "直")) for p in pieces), pieces
