"""Charts: whole-number axes for counts, category names never cut."""

from __future__ import annotations

from officedesk.ui.widgets.charts import BarChart


def test_count_axis_has_whole_numbers(qtbot):
    chart = BarChart("会议数")
    qtbot.addWidget(chart)
    chart.set_data(["1月", "2月", "3月"], [("会议", [1, 0, 3])])
    assert all(t.is_integer() for t in chart.ticks()) and chart.ticks()[-1] >= 3
    assert len(set(chart.ticks())) == 5
    chart.set_data(["1月"], [("办结率", [66.7])])
    assert chart.ticks()[-1] == 66.7  # a rate keeps its own scale


def test_long_category_names_slant_instead_of_being_cut(qtbot):
    chart = BarChart("各单位办结率")
    qtbot.addWidget(chart)
    chart.resize(360, 240)
    names = ["县住房和城乡建设局", "县人力资源和社会保障局", "县退役军人事务局", "县应急管理局"]
    chart.set_data(names, [("办结", [3, 5, 2, 1])])
    assert chart.label_angle() == 45
    chart.set_data(["1月", "2月"], [("办结", [3, 5])])
    assert chart.label_angle() == 0
    chart.set_data(names, [("办结", [3, 5, 2, 1])])
    chart.show()
    image = chart.grab()
    assert not image.isNull()


def test_a_slanted_name_with_room_to_spare_is_drawn_whole(qtbot):
    """The English 信访 form chart drew “Tel…one” under an empty half of the chart: the room
    for the widest name, rounded down, came out a pixel short of its own width."""
    chart = BarChart("By form")
    qtbot.addWidget(chart)
    forms = ["Visit", "Letter", "Online", "Telephone", "Fax"]
    for width, height in ((300, 260), (360, 265), (420, 300)):
        chart.resize(width, height)
        chart.set_data(forms, [("Records", [15, 14, 8, 4, 1])])
        if chart.label_angle() == 45:
            assert chart.label_texts() == forms, (width, height)
    chart.resize(220, 120)  # too low a chart for the long names: cut in the middle
    chart.set_data(["县人力资源和社会保障局", "县住房和城乡建设局"] * 3, [("办结", [1, 2] * 3)])
    assert any("…" in text for text in chart.label_texts())


def test_names_too_long_to_slant_whole_lie_beside_their_bars(qtbot):
    """The English 信访 category chart cut every name in the middle (“Labour and …al security”):
    names a slant would cut are drawn whole beside bars lying down, where there is the room."""
    chart = BarChart("By issue category")
    qtbot.addWidget(chart)
    chart.resize(512, 268)  # as the statistics dialog gives it on a 1366×768 screen
    names = ["Labour and social security", "Land requisition and demolition", "Public security",
             "Education and health care", "Urban and rural construction", "Environmental protection",
             "Party conduct and integrity", "Farmers' burdens"]
    chart.set_data(names, [("Records", [9, 6, 5, 5, 5, 4, 4, 2])])
    assert chart.label_angle() == 45 and chart.lying()
    assert chart.lying_texts() == names
    assert not chart.grab().isNull()
    chart.set_data(["Visit", "Letter", "Online", "Telephone", "Fax"], [("Records", [15, 14, 8, 4, 1])])
    assert not chart.lying()  # slanted whole: they stand
    chart.set_data(["劳动社保", "征地拆迁", "治安", "教育卫生"], [("件数", [9, 6, 5, 5])])
    assert not chart.lying()
    chart.resize(360, 220)  # no line's height for each name: slanted and cut, as before
    chart.set_data(names * 2, [("Records", [9, 6, 5, 5, 5, 4, 4, 2] * 2)])
    assert not chart.lying()
