"""`info-clock` lists every first report of a 突发事件 with its clock — running, near, late and
reported in time alike — and its help says so (it said “未收到书面报告或迟报的” and listed the
[按时] ones too)."""

from __future__ import annotations

from officedesk import cli
from tests.cli_office import Office, office  # noqa: F401  (the fixture)

ON_TIME = ("标题=按时报送的山火", "事发时间=2026-11-10 08:00", "电话报告时间=2026-11-10 08:20",
           "书面报告时间=2026-11-10 08:50")
LATE = ("标题=未报书面的山火", "事发时间=2026-11-10 09:00", "电话报告时间=2026-11-10 09:20")


def test_the_help_says_what_the_clock_lists(office: Office, capsys):  # noqa: F811
    for given in (ON_TIME, LATE):
        office("add", "info", *given, "报送单位=河口镇", "类别=突发事件", "事件级别=较大",
               "报送时间=" + given[2].split("=")[1], "正文=首报")
    listed, _ = office("info-clock")
    assert "[按时] " in listed and "按时报送的山火" in listed
    assert "[超时] " in listed and "未报书面的山火" in listed
    capsys.readouterr()
    assert cli.main(["info-clock", "-h"]) == 0
    # the help wraps between any two characters, as Chinese lines do: read it unwrapped
    helped = "".join(line.strip() for line in capsys.readouterr().out.splitlines())
    assert "未收到书面报告或迟报的" not in helped
    assert all(light in helped for light in ("计时", "临近", "超时", "按时"))
