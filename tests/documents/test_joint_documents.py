"""联合行文 (GB/T 9704 §7.2.4, §7.3.5.1): a 发文 names its co-issuing organs (联合发文机关, the
office itself leads); the 公文 stacks their 标志 with 文件 beside them and signs with every
organ in that order. 会签 alone does not make a document joint: departments
countersign drafts they are only consulted on."""

from __future__ import annotations

import pymupdf

from officedesk.printing import forms
from officedesk.printing.outgoing_document import document_data
from tests.documents.helpers import outgoing_to_distributed

LEAD = "中共某某市委办公室"
JOINT = ["某某市人民政府办公室", "某某市应急管理局"]


def test_a_joint_document_stacks_its_organs_and_signs_with_each(office, secretary):
    record = outgoing_to_distributed(secretary, 联合发文机关="某某市人民政府办公室、某某市应急管理局")
    data = document_data(record)
    assert data.organs == [LEAD, *JOINT]
    assert data.signer_organs == [LEAD, *JOINT]
    with pymupdf.open(stream=forms.get("document").build([record.id], secretary)) as pdf:
        first = pdf[0]
        red = [s for b in first.get_text("dict")["blocks"] for line in b.get("lines", [])
               for s in line["spans"] if s["color"] == 0xFF0000 or (s["color"] >> 16) > 0xC0]
        names = [s for s in red if s["text"].strip() in (LEAD, *JOINT)]
        assert [s["text"].strip() for s in sorted(names, key=lambda s: s["bbox"][1])] == [LEAD, *JOINT]
        mark = [s for s in red if s["text"].strip() == "文件"]
        assert len(mark) == 1
        tops = [s["bbox"][1] for s in names]
        middle = (mark[0]["bbox"][1] + mark[0]["bbox"][3]) / 2
        assert min(tops) < middle < max(s["bbox"][3] for s in names)  # 文件 centred on the stack
        assert mark[0]["bbox"][0] > max(s["bbox"][2] for s in names) - 1  # to their right
        for page in pdf:  # the 署名: the organs just above the 成文日期 (not the 版记's 印发机关)
            words = page.get_text("words")
            dates = [w for w in words if w[4] == "2026年11月16日"]
            if dates:
                break
    date = dates[0]
    # sealed: side by side in rows of seals (§7.3.5.1), read row by row from the left
    above = sorted((w for w in words if w[4] in (LEAD, *JOINT) and date[1] - 240 < w[1] < date[1]),
                   key=lambda w: (round(w[1]), w[0]))
    assert [w[4] for w in above] == [LEAD, *JOINT]


def test_the_lead_organ_named_again_is_not_printed_twice(office, secretary):
    record = outgoing_to_distributed(secretary, 联合发文机关=f"{LEAD}、{JOINT[0]}")
    assert document_data(record).organs == [LEAD, JOINT[0]]


def test_a_countersigned_document_is_not_joint_by_itself(office, secretary):
    record = outgoing_to_distributed(secretary)  # 会签 by 市政府办公室 and 市档案馆
    assert document_data(record).organs == [LEAD]
