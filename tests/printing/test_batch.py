"""Batch printing without Qt: combine, chunks, progress, cancel, errors; the layer rule."""

from __future__ import annotations

import subprocess
import sys

import pytest

from officedesk.core.errors import NotFoundError
from officedesk.printing import batch, forms
from officedesk.printing.samples import sample_signin
from officedesk.printing.signin import render_signin, render_signin_many
from tests.printing.conftest import open_pdf


@pytest.fixture
def test_forms(monkeypatch):
    """Two forms of our own, without importing the registries' form modules."""
    monkeypatch.setattr(forms, "load_all", lambda: None)
    registered = dict(forms._FORMS)
    calls: list[list[int]] = []

    @forms.form("test-signin", "测试签到表", "meetings")
    def build(ids, actor, **options):
        calls.append(list(ids))
        for i in ids:
            if i == 13:
                raise NotFoundError("第13条记录已被删除")
        return render_signin_many([sample_signin(3, seed=i) for i in ids])

    yield calls
    forms._FORMS.clear()
    forms._FORMS.update(registered)


def test_combine_keeps_pages_in_order_and_is_reproducible():
    parts = [render_signin(sample_signin(3, seed=k)) for k in range(3)]
    joined = batch.combine(parts)
    doc = open_pdf(joined)
    assert doc.page_count == 3
    assert [p.get_text().split()[0] for p in doc] == [
        open_pdf(p)[0].get_text().split()[0] for p in parts
    ]
    assert batch.combine(parts) == joined
    assert batch.combine(parts[:1]) == parts[0]


def test_build_batch_in_chunks_with_progress(test_forms, admin):
    seen = []
    result = batch.build_form_batch(
        "test-signin",
        list(range(21, 46)),
        admin,
        progress=lambda d, t, label: seen.append((d, t, label)),
    )
    assert result.ok and result.done == result.total == 25
    assert open_pdf(result.pdf).page_count == 25
    assert test_forms == [list(range(21, 31)), list(range(31, 41)), list(range(41, 46))]
    assert seen == [(10, 25, "测试签到表"), (20, 25, "测试签到表"), (25, 25, "测试签到表")]


def test_cancel_stops_between_chunks(test_forms, admin):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    result = batch.build_form_batch("test-signin", list(range(1, 50)), admin, cancelled=cancelled)
    assert result.cancelled and result.pdf == b""
    assert result.done == 10 and len(test_forms) == 1


def test_a_bad_record_is_reported_and_the_rest_prints(test_forms, admin):
    result = batch.build_batch([batch.BatchJob("test-signin", [11, 12, 13, 14])], admin)
    assert result.errors == [("test-signin", 13, "第13条记录已被删除")]
    assert not result.ok
    assert open_pdf(result.pdf).page_count == 3


def test_several_jobs_in_one_pdf(test_forms, admin):
    jobs = [batch.BatchJob("test-signin", [1, 2]), batch.BatchJob("test-signin", [3])]
    result = batch.build_batch(jobs, admin)
    assert result.total == 3 and open_pdf(result.pdf).page_count == 3


def test_run_batch_over_plain_data():
    sheets = [sample_signin(2, seed=k) for k in range(7)]
    result = batch.run_batch(sheets, render_signin_many, chunk=3)
    assert result.ok and open_pdf(result.pdf).page_count == 7


def test_printing_never_imports_qt():
    code = (
        "import sys\n"
        "import officedesk.printing.fonts, officedesk.printing.layout, officedesk.printing.gbt9704\n"
        "import officedesk.printing.notice, officedesk.printing.signin, officedesk.printing.common\n"
        "import officedesk.printing.batch, officedesk.printing.samples\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'officedesk.ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_run_batch_in_two_processes_keeps_the_order():
    sheets = [sample_signin(2, seed=k) for k in range(8)]
    seen = []
    parallel = batch.run_batch(
        sheets, render_signin_many, chunk=2, workers=2, progress=lambda d, t, label: seen.append(d)
    )
    serial = batch.run_batch(sheets, render_signin_many, chunk=2)
    assert parallel.ok and parallel.done == 8 and sorted(seen) == seen and seen[-1] == 8
    assert parallel.pdf == serial.pdf
