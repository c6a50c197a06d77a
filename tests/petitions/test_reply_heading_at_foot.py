"""The 答复意见书's opinion is flowed as the 公文's 正文 is: a heading of its own line in it
(一、关于补偿款) never ends a page with its text on the next (common.FormDocument.paragraphs)."""

from __future__ import annotations

from officedesk.core import petitions
from officedesk.printing.petitions_forms import build_reply
from officedesk.store.petitions import Petition
from tests.printing.conftest import open_pdf
from tests.printing.test_form_heading_at_foot import TEXT, assert_kept, page_lines


def test_a_heading_in_the_reply_goes_on_with_its_text(accepted, admin):
    p = accepted("2026-08-02")
    p = petitions.reply(p.id, p.version, admin, opinion="已答复。", on="2026-08-02")
    for before in range(0, 30):
        opinion = "\n".join(["测" * 20 + "。"] * before + ["一、关于补偿款问题", TEXT])
        Petition.update(reply_opinion=opinion).where(Petition.id == p.id).execute()
        pages = page_lines(open_pdf(build_reply([p.id], admin)))
        assert_kept(pages, "一、关于补偿款问题", before)
