"""Sample papers with realistic content, for tests, benchmarks and the README's pictures.

python -m officedesk.printing.samples docs/      # writes sample-*.pdf → sample-*.png
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from officedesk.printing.gbt9704 import DocumentData, page_count, render_document
from officedesk.printing.notice import NoticeData, render_notice
from officedesk.printing.signin import SigninData, SigninRow, render_signin

PARAGRAPHS = [
    "为进一步规范机关公文处理工作，提高办文质量和效率，根据《党政机关公文处理工作条例》和"
    "《党政机关公文格式》（GB/T 9704—2012）有关规定，结合工作实际，现就有关事项通知如下。",
    "一、提高思想认识",
    "公文是党政机关实施领导、履行职能、处理公务的具有特定效力和规范体式的文书，是传达贯彻党和"
    "国家方针政策，公布法规和规章，指导、布置和商洽工作，请示和答复问题，报告、通报和交流情况"
    "等的重要工具。各单位要充分认识做好公文处理工作的重要性，切实加强组织领导。",
    "（一）严格执行标准。各单位要严格按照国家标准排版印制公文，做到格式规范、要素齐全、"
    "行文简洁、用语准确。",
    "（二）加强审核把关。公文文稿签发前，应当由发文机关办公厅（室）进行审核，重点审核行文理由"
    "是否充分，行文依据是否准确。",
    "1.审核内容是否符合国家法律法规和党的路线方针政策，是否完整准确体现发文机关意图。",
    "2.审核涉及有关地区或者部门职权范围内的事项是否经过充分协商并达成一致意见。",
    "（1）文种是否正确，格式是否规范；",
    "（2）人名、地名、时间、数字、段落顺序、引文等是否准确。",
    "二、规范办理流程",
    "各单位收到公文后，应当及时登记、拟办、批办、承办、传阅、催办和答复，做到件件有着落、"
    "事事有回音。需要办理的公文，承办单位应当在规定时限内办结；确有困难的，应当及时说明。",
    "（一）收文办理。收文应当由专人签收、登记，对密级、紧急程度和办理时限作出标注。",
    "（二）发文办理。发文应当经过起草、审核、签发、复核、登记、印制、核发等程序，不得越级、漏项。",
    "三、加强督促检查",
    "办公厅（室）要建立公文办理督查制度，对重要公文的办理情况进行跟踪督办，定期通报。"
    "请各单位于2026年12月3日前将本单位公文处理工作落实情况书面报送市委办公室。",
]


def sample_document(pages: int = 3, variant: str = "document") -> DocumentData:
    """A 公文 with every element, its body long enough to fill ``pages`` pages."""
    count = len(PARAGRAPHS)
    data = _document(PARAGRAPHS, variant)
    while page_count(data) < pages:
        count += 2
        data = _document([PARAGRAPHS[k % len(PARAGRAPHS)] for k in range(count)], variant)
    return data


def _document(paragraphs: list[str], variant: str) -> DocumentData:
    return DocumentData(
        title="关于进一步规范机关公文处理工作提高办文质量和效率的通知",
        body="\n".join(paragraphs),
        organs=["中共某某市委办公室"],
        doc_number="某委办发〔2026〕7号",
        copy_number="12",
        secret_level="秘密",
        secret_period="1年",
        urgency="特急",
        recipients="各区委，市委各部委，市级国家机关各部门党组（党委），各人民团体党组",
        attachments=["2026年度公文处理工作要点", "公文格式样式"],
        signer_organs=["中共某某市委办公室"],
        date=dt.date(2026, 1, 5),
        note="此件公开发布",
        cc="市人大常委会办公室，市政府办公室，市政协办公室，市纪委监委机关，市中级人民法院，"
        "市人民检察院",
        printer_organ="中共某某市委办公室",
        print_date=dt.date(2026, 1, 5),
        variant=variant,
        attendees="张三（市委副书记）、李四（市委常委、秘书长）、王五（市政府副市长）",
        absentees="赵六（因公出差）",
        observers="市委办公室、市政府办公室有关负责同志",
    )


def sample_notice() -> NoticeData:
    return NoticeData(
        org="中共某某市委办公室",
        meeting_name="全市机关作风建设工作会议",
        recipients="各区委办公室，市委各部委办公室，市级国家机关各部门办公室",
        purpose="为深入推进机关作风建设，总结交流今年以来工作情况，部署下一阶段重点任务",
        time=dt.datetime(2026, 12, 3, 9, 0),
        duration="会期半天",
        place="市委大楼三楼第一会议室",
        checkin_time=dt.datetime(2026, 12, 3, 8, 30),
        checkin_place="市委大楼一楼大厅",
        attendees="各区委分管负责同志、办公室主任；市委各部委、市级国家机关各部门分管负责同志",
        agenda=[
            "传达学习上级有关会议精神",
            "通报2026年度机关作风建设情况",
            "市直单位代表交流发言",
            "市委主要负责同志讲话",
        ],
        materials="交流发言单位请准备书面材料一式三十份，于会前交会务组",
        registration_deadline=dt.date(2026, 12, 1),
        matters=["请参会人员提前10分钟入场，会议期间将手机调至静音状态"],
        contact="李明",
        phone="0571-87654321",
        date=dt.date(2026, 11, 26),
        doc_number="某委办发〔2026〕12号",
        attachments=["参会人员回执"],
    )


UNITS = [
    "市发展和改革委员会",
    "市教育局",
    "市科学技术局",
    "市工业和信息化局",
    "市公安局",
    "市民政局",
    "市司法局",
    "市财政局",
    "市人力资源和社会保障局",
    "市自然资源和规划局",
    "市生态环境局",
    "市住房和城乡建设局",
    "市交通运输局",
    "市水利局",
    "市农业农村局",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "晓明", "海燕", "志强", "丽华", "文博", "国栋", "秀英", "振华", "雪梅"]
TITLES = ["主任", "局长", "副局长", "处长", "副处长", "科长"]


def sample_signin(count: int = 30, seed: int = 0) -> SigninData:
    rows = []
    for i in range(count):
        k = i + seed
        rows.append(
            SigninRow(
                name=SURNAMES[k % len(SURNAMES)] + GIVEN[(k * 7) % len(GIVEN)],
                unit=UNITS[k % len(UNITS)],
                title=TITLES[(k * 3) % len(TITLES)],
                phone=f"138{(k * 7919) % 100000000:08d}",
            )
        )
    return SigninData(
        meeting_name="全市机关作风建设工作会议",
        time=dt.datetime(2026, 12, 3, 9, 0),
        place="市委大楼三楼第一会议室",
        rows=rows,
        organizer="中共某某市委办公室",
        blank_rows=3,
    )


def write_samples(folder: Path, dpi: int = 80) -> list[Path]:
    """Write sample-document/notice/signin .pdf and page-1 .png into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, pdf in (
        ("document", render_document(sample_document())),
        ("notice", render_notice(sample_notice())),
        ("signin", render_signin(sample_signin())),
    ):
        pdf_path = folder / f"sample-{name}.pdf"
        pdf_path.write_bytes(pdf)
        stem = folder / f"sample-{name}"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf_path),
                str(stem),
            ],
            check=True,
        )
        written.append(stem.with_suffix(".png"))
    return written


if __name__ == "__main__":  # pragma: no cover
    for path in write_samples(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(path)
