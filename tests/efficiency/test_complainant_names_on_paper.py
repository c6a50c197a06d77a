"""保护投诉人 on paper: the 投诉人 field may name several people (a joint complaint: 张建华、李秀英)
and a clerk may type a name spaced out (王　检举, 王 检 举): each name is left out of the texts a
paper prints, wherever it stands, as the name written whole is (complainant.on_paper)."""

from __future__ import annotations

from types import SimpleNamespace

from officedesk.core.efficiency.complainant import on_paper


def _record(name: str, phone: str = "") -> SimpleNamespace:
    return SimpleNamespace(complainant=name, phone=phone)


def test_each_of_several_complainants_is_left_out():
    record = _record("张建华、李秀英")
    text = on_paper("张建华和李秀英反映窗口推诿；李秀英另称多次来访未果。", record)
    assert "张建华" not in text and "李秀英" not in text
    assert text == "投诉人和投诉人反映窗口推诿；投诉人另称多次来访未果。"
    for joined in ("张建华，李秀英", "张建华,李秀英", "张建华 李秀英", "张建华/李秀英", "张建华；李秀英"):
        assert "李秀英" not in on_paper("李秀英反映", _record(joined)), joined


def test_a_name_typed_spaced_out_is_left_out():
    record = _record("王检举")
    for typed in ("王　检举", "王 检举", "王 检 举", "王\u3000检\u3000举"):
        assert on_paper(f"经查，{typed}反映属实。", record) == "经查，投诉人反映属实。", typed


def test_other_words_stay():
    record = _record("王检举、李")  # a one-character piece is no name to hide
    assert on_paper("李局长答复王检举。", record) == "李局长答复投诉人。"
    assert on_paper("群众反映属实。", _record("群众")) == "群众反映属实。"
    assert on_paper("匿名反映属实。", _record("匿名")) == "匿名反映属实。"
