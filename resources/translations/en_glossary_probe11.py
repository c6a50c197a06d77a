"""English for the core texts of probe11 (保密: refusals that neither count nor name records
above the reader's clearance)."""

GLOSSARY = {
    "这件首报（%1）还有续报未作废：%2。首报作废后，它的续报仍会计入统计和得分，因此不能先作废首报：请作废其续报后再作废首报。续报属于另一事件的，也请先作废，再对该事件的首报重新续报。":
        "This first report (%1) still has follow-ups not voided: %2. A voided first report's "
        "follow-ups would still count in the figures and the scores, so the first report cannot "
        "be voided first: void its follow-ups, then the first report. A follow-up of another "
        "event: void it too, then report it again as a follow-up of that event's first report.",
    "这件首报（%1）还有密级高于您权限的续报未作废。首报作废后，它的续报仍会计入统计和得分，因此不能先作废首报：请由涉密权限足够的人员作废其续报后再作废首报。":
        "This first report (%1) has follow-ups classified above your clearance that are not "
        "voided. A voided first report's follow-ups would still count in the figures and the "
        "scores, so the first report cannot be voided first: ask a colleague with sufficient "
        "clearance to void its follow-ups, then void the first report.",
    "首报（%1）的报送单位不能改为“%2”：续报由首报的报送单位报送，更正首报时它的续报随之更正，但续报 %3 已计分（信息工作通报排名）或已编入印发的刊物，报送单位不能再更正，确有错误的，请在信息工作通报中说明。":
        "The reporting unit of first report (%1) cannot be changed to “%2”: follow-ups are "
        "reported by their first report's unit and are corrected with it, but follow-up %3 has "
        "been scored (the information work ranking) or printed in an issued periodical, so its "
        "unit can no longer be corrected; if it is wrong, explain it in the information work "
        "bulletin.",
    "首报（%1）的报送单位不能改为“%2”：续报由首报的报送单位报送，更正首报时它的续报随之更正，但它有密级高于您权限的续报，请由涉密权限足够的人员更正首报的报送单位。":
        "The reporting unit of first report (%1) cannot be changed to “%2”: follow-ups are "
        "reported by their first report's unit and are corrected with it, but it has follow-ups "
        "classified above your clearance: ask a colleague with sufficient clearance to correct "
        "the first report's unit.",
    "会议“%1”的议定事项已转督查，会议已作出决定，不能取消。转成的督查事项密级高于您的权限；如属误转，请由涉密权限足够的人员在“督查”中删除后再取消会议。":
        "Decisions of meeting “%1” were passed to supervision: the meeting has decided and "
        "cannot be cancelled. The supervision items made of them are classified above your "
        "clearance; if passed by mistake, ask a colleague with sufficient clearance to delete "
        "them under Supervision, then cancel the meeting.",
    "信访 %1 是信访 %2 的原件：作废后它们将没有原件。请先把它们重新“标为重复件”到信访人真正提出的那一件，再作废。":
        "Petition %1 is the original of petition(s) %2: voided, it would leave them without an "
        "original. First mark them again as repeats of the petition the petitioner really made, "
        "then void it.",
    "信访 %1 是密级高于您权限的信访的原件：作废后，标为它的重复件的信访将没有原件。请由涉密权限足够的人员先把那些重复件重新“标为重复件”到信访人真正提出的那一件，再作废。":
        "Petition %1 is the original of petitions classified above your clearance: voided, it "
        "would leave its repeats without an original. Ask a colleague with sufficient clearance "
        "to mark those repeats again as repeats of the petition the petitioner really made, then "
        "void it.",
    "新的突发事件报送时限会改变已登记的突发事件的时限，改写其是否迟报。请保留原时限，另起一行写“%1起：”（或以后的日期），其下写自该日起改变的时限，如“一般=60,180”。":
        "The new emergency report limits would change the limits of registered emergencies and "
        "rewrite whether they were late. Keep the old limits, start a new line “%1起：” (or a "
        "later date) and write below it the limits that change from that day, such as "
        "“一般=60,180”.",
    "%1：仍在办理中的记录列有“%2”（%3），其密级高于该用户的密级权限，也高于您的密级权限。请由涉密权限足够的管理员办理（先在这些记录中改换其人，再作此修改）。":
        "%1: records still in work name “%2” (%3) and are classified above that user's "
        "clearance, and above yours too. Ask an administrator with sufficient clearance to do "
        "it (first replace the person on those records, then make this change).",
}
