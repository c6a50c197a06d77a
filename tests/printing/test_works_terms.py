"""Words of a county's public works a title must not cut (GB/T 9704 §7.3.1 词意完整): jieba
cuts 燃气管 / 道, 供水管 / 网, 黑 / 臭, 扬 / 尘, 公 / 租房 — a 督查通报's cell printed
“推进县城燃气管 / 道老化更新改造”. A line may end between 燃气 and 管道, never inside either."""

from __future__ import annotations

import pytest

from officedesk.printing import words


@pytest.mark.parametrize("text, word", [
    ("推进县城燃气管道老化更新改造", "管道"),
    ("更换自来水管道", "管道"),
    ("实施城区供水管网改造", "管网"),
    ("排水管网清淤疏通", "管网"),
    ("燃气管网安全隐患排查", "管网"),
    ("开展城市黑臭水体整治", "黑臭水体"),
    ("建筑工地扬尘治理", "扬尘"),
    ("新建公共充电桩", "充电桩"),
    ("公租房分配管理", "公租房"),
])
def test_no_piece_of_a_title_ends_inside_the_word(text, word):
    pieces = words.title_words(text)
    start = text.index(word)
    ends, at = set(), 0
    for piece in pieces:
        at += len(piece)
        ends.add(at)
    assert not any(start < end < start + len(word) for end in ends), pieces
