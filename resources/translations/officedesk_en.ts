<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="28"/>
        <source>选择登记簿：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="39"/>
        <source>下载导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="43"/>
        <source>保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="52"/>
        <source>模板已保存：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="58"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="62"/>
        <source>导出到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="75"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="79"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="80"/>
        <source>已导出 %1 条到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="88"/>
        <source>导入 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="92"/>
        <source>选择要导入的 Excel 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="110"/>
        <source>
……另有 %1 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="114"/>
        <location filename="../../officedesk/ui/actions.py" line="120"/>
        <source>导入检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="118"/>
        <source>跳过有问题的行，导入其余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="119"/>
        <source>不导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="125"/>
        <source>导入确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="125"/>
        <source>
现在导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="135"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="137"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="139"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="147"/>
        <source>备份到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="147"/>
        <location filename="../../officedesk/ui/actions.py" line="166"/>
        <source>数据库备份 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="154"/>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="156"/>
        <source>备份完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="156"/>
        <source>已备份到 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="166"/>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="170"/>
        <source>恢复确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="171"/>
        <source>用备份替换当前数据库的全部内容吗？当前数据库会先另存一份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="182"/>
        <source>恢复完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="182"/>
        <source>已从备份恢复。原数据库另存为：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="190"/>
        <location filename="../../officedesk/ui/actions.py" line="192"/>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="192"/>
        <source>数据库完好：完整性、外键和审计链均无问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="195"/>
        <source>正在检查数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="226"/>
        <source>简体中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="230"/>
        <location filename="../../officedesk/ui/actions.py" line="234"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="230"/>
        <source>选择界面语言（重新启动后生效）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/actions.py" line="234"/>
        <source>已保存，重新启动程序后生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="152"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="171"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="153"/>
        <source>议题，回车添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="155"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="156"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="171"/>
        <source>汇报单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="158"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="159"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="171"/>
        <source>汇报人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="161"/>
        <source>时长（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="163"/>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="164"/>
        <source>时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="165"/>
        <location filename="../../officedesk/ui/meetings/editors.py" line="166"/>
        <source>添加议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="169"/>
        <source>议程列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="171"/>
        <source>分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="177"/>
        <source>双击或 F2 修改；Delete 删除；Alt+↑/↓ 调整顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="179"/>
        <source>议程总时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="180"/>
        <source>议程错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="211"/>
        <source>请先填写议题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="253"/>
        <source>议程第 %1 项的时长“%2”应为分钟数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="288"/>
        <source>共 %1 项，约 %2 分钟</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="312"/>
        <location filename="../../officedesk/ui/documents/page.py" line="313"/>
        <location filename="../../officedesk/ui/documents/page.py" line="324"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="315"/>
        <source>附件列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="319"/>
        <source>添加…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="320"/>
        <location filename="../../officedesk/ui/documents/page.py" line="326"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="321"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="330"/>
        <location filename="../../officedesk/ui/documents/page.py" line="331"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="358"/>
        <source>选择附件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="57"/>
        <source>签到 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="58"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="77"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="62"/>
        <source>↑/↓ 选人；按 1 已到、2 请假（随后填写原因并回车）、3 缺席、0 未签到；Ctrl+A 全部已到；Ctrl+S 保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="69"/>
        <source>签到名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="73"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="74"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="75"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="76"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="78"/>
        <source>请假原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="96"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="153"/>
        <source>未签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="104"/>
        <source>签到统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="107"/>
        <source>签到错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="109"/>
        <source>全部已到(Ctrl+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="110"/>
        <source>全部已到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="116"/>
        <source>保存(Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="117"/>
        <source>保存签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="119"/>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="120"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/attendance.py" line="190"/>
        <source>应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人，未签到 %5 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../officedesk/ui/widgets/charts.py" line="24"/>
        <source>图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/charts.py" line="52"/>
        <source>暂无数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="32"/>
        <source>正文编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="34"/>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="37"/>
        <source>每段一行。用上方按钮插入各级标题的序号，打印时自动排成黑体、楷体、仿宋。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="41"/>
        <source>正文提纲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/body_editor.py" line="47"/>
        <source>插入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="171"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="259"/>
        <source>督查通报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="174"/>
        <source>通报开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="175"/>
        <source>通报结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="176"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="177"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="179"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="180"/>
        <source>打印通报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="183"/>
        <source>期间：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="185"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="192"/>
        <source>通报概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="196"/>
        <source>各单位办理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="201"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="244"/>
        <source>各单位办结率、按期办结率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="234"/>
        <source>交办任务 %1 项，已办结 %2 项（按期 %3 项），逾期未办结 %4 项；办结率 %5，按期办结率 %6。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="246"/>
        <source>：按期办结率最低的 %1 个单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="250"/>
        <source>办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="251"/>
        <source>按期办结率</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="82"/>
        <source>待办概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="83"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="84"/>
        <source>刷新工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="89"/>
        <source>待办事项列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="133"/>
        <source>今天是 %1。已逾期 %2 件，今日到期 %3 件，即将到期 %4 件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../officedesk/ui/directory/__init__.py" line="18"/>
        <source>通讯录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="79"/>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="80"/>
        <source>历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="85"/>
        <source>办理过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="118"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="119"/>
        <location filename="../../officedesk/ui/documents/page.py" line="124"/>
        <location filename="../../officedesk/ui/documents/page.py" line="130"/>
        <location filename="../../officedesk/ui/documents/page.py" line="134"/>
        <location filename="../../officedesk/ui/documents/page.py" line="143"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="123"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="129"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="133"/>
        <source>密级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="142"/>
        <source>文种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/page.py" line="238"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="22"/>
        <source>公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="26"/>
        <source>收文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="27"/>
        <source>发文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="28"/>
        <source>统计与归档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="62"/>
        <source>修改稿件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="62"/>
        <source>拟稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="70"/>
        <source>正文错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="83"/>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="93"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="99"/>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="100"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="102"/>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="103"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../officedesk/ui/login.py" line="81"/>
        <source>首次使用 — 初始设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="82"/>
        <source>首次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="84"/>
        <source>如：中共某某县委办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="86"/>
        <source>如：X委办（发文字号为 X委办发〔2026〕1号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="88"/>
        <location filename="../../officedesk/ui/login.py" line="137"/>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="93"/>
        <source>载入演示数据（可用于培训，正式使用前请勿勾选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="96"/>
        <source>机关名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="97"/>
        <source>机关代字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="98"/>
        <source>管理员用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="99"/>
        <source>管理员姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="100"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="101"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="105"/>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="111"/>
        <location filename="../../officedesk/ui/login.py" line="112"/>
        <source>完成设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="113"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="118"/>
        <source>欢迎使用机关办公桌面。请先填写本机关的信息并创建管理员账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="126"/>
        <source>两次输入的密码不一致，请重新输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="129"/>
        <source>请填写机关名称和机关代字。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="51"/>
        <location filename="../../officedesk/ui/widgets/history.py" line="52"/>
        <source>历史记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="55"/>
        <source>历史记录列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="57"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="57"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="57"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="57"/>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="75"/>
        <source>变更内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/history.py" line="81"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="291"/>
        <location filename="../../officedesk/ui/admin.py" line="292"/>
        <source>节假日调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="294"/>
        <source>节假日调整列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="295"/>
        <location filename="../../officedesk/ui/admin.py" line="301"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="295"/>
        <location filename="../../officedesk/ui/admin.py" line="304"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="295"/>
        <location filename="../../officedesk/ui/admin.py" line="307"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="303"/>
        <location filename="../../officedesk/ui/admin.py" line="336"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="303"/>
        <location filename="../../officedesk/ui/admin.py" line="336"/>
        <source>上班（调休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="306"/>
        <source>说明，如 春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="308"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="309"/>
        <source>添加节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="311"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="312"/>
        <source>删除所选节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="329"/>
        <source>内置节假日表缺少以下年份，请在此补充：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="331"/>
        <source>内置节假日表已包含今明两年；此处的设置优先。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="70"/>
        <source>持有/时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="72"/>
        <source>收文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="116"/>
        <source>来文字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="117"/>
        <source>“%1”应写作“%2”（六角括号〔〕，不加“第”，不编虚位）。改正吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="137"/>
        <source>收文签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="157"/>
        <source>收文登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="166"/>
        <source>初审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="167"/>
        <source>初审意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="167"/>
        <source>符合要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="173"/>
        <source>退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="174"/>
        <source>退回理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="180"/>
        <source>拟办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="182"/>
        <source>拟办意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="184"/>
        <source>拟办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="195"/>
        <source>批办（领导批示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="199"/>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="205"/>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="207"/>
        <source>批示时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="217"/>
        <source>承办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="221"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="226"/>
        <source>承办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="229"/>
        <source>办理时限（工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="244"/>
        <source>传阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="248"/>
        <source>传阅人（每行一位，按传阅顺序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="263"/>
        <source>阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="267"/>
        <source>阅文人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="273"/>
        <source>阅毕时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="274"/>
        <source>阅文意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="293"/>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="294"/>
        <source>催办内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="300"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="302"/>
        <source>办结结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="303"/>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="314"/>
        <source>转督查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="315"/>
        <source>把领导对“%1”的批示转为督查事项吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="330"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="334"/>
        <source>保管期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="342"/>
        <source>机构（问题）代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/incoming_page.py" line="346"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../officedesk/ui/login.py" line="36"/>
        <source>登录 — 机关办公桌面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="37"/>
        <location filename="../../officedesk/ui/login.py" line="47"/>
        <location filename="../../officedesk/ui/login.py" line="48"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="39"/>
        <location filename="../../officedesk/ui/login.py" line="53"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="42"/>
        <location filename="../../officedesk/ui/login.py" line="54"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="49"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/login.py" line="56"/>
        <source>数据库：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="25"/>
        <source>机关办公桌面 OfficeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="26"/>
        <source>主窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="28"/>
        <source>功能页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="56"/>
        <source>仅管理员可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="64"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="67"/>
        <source>新建(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="73"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="79"/>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="84"/>
        <source>导入 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="85"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="86"/>
        <source>下载导入模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="88"/>
        <source>备份数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="90"/>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="93"/>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="95"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="98"/>
        <source>查找(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="103"/>
        <source>全局搜索…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="106"/>
        <source>工具(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="107"/>
        <source>检查数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="109"/>
        <source>系统设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="112"/>
        <source>用户管理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="115"/>
        <source>节假日调整…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="117"/>
        <source>界面语言…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="119"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="122"/>
        <source>日志文件位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="123"/>
        <source>日志文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="127"/>
        <location filename="../../officedesk/ui/main_window.py" line="130"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="131"/>
        <source>机关办公桌面 OfficeDesk
公文、会议、督查、信访登记与打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="140"/>
        <source>用户：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="142"/>
        <source>密级权限：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="146"/>
        <source>当前用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="147"/>
        <source>数据库：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="148"/>
        <source>当前数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="162"/>
        <source>当前页没有这项操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/main_window.py" line="175"/>
        <source>没有找到这条记录所在的页面</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="41"/>
        <source>周视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="41"/>
        <source>月视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="42"/>
        <source>日历视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="43"/>
        <source>上一周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="44"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="44"/>
        <source>回到今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="45"/>
        <source>下一周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="47"/>
        <source>日历范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="49"/>
        <source>会议日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="112"/>
        <source>%1 至 %2，共 %3 个会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="142"/>
        <source>%1年%2月，共 %3 个会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/calendar.py" line="150"/>
        <source>周</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="44"/>
        <source>修改会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="44"/>
        <source>新建会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="64"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="151"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="74"/>
        <source>会议名称(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="76"/>
        <source>会议类型(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="78"/>
        <source>开始时间(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="79"/>
        <source>结束时间(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="82"/>
        <source>地点(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="84"/>
        <source>会议室名称（拼音首字母可查）；其他地点按外部场所处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="87"/>
        <source>地点说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="90"/>
        <source>主办单位(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="91"/>
        <source>主持人(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="102"/>
        <source>%1人员(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="108"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="111"/>
        <source>主席台人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="110"/>
        <source>自动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="114"/>
        <source>议程(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="118"/>
        <source>报到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="119"/>
        <source>报名截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="122"/>
        <source>材料要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="123"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="124"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="125"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="134"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="135"/>
        <source>冲突检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="138"/>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="141"/>
        <source>仍要保存的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="143"/>
        <source>存在可协调的冲突时，写明仍要保存的原因（记入审计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="145"/>
        <source>原因错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="156"/>
        <source>保存(Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="157"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="161"/>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="162"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="250"/>
        <source>“%1”不是通讯录中的会议室，按外部场所处理，不做会议室冲突检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="257"/>
        <source>会议室可坐 %1 人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="272"/>
        <source>未发现冲突。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="277"/>
        <source>【必须调整】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="277"/>
        <source>【可说明原因后保存】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="344"/>
        <source>会议室在这段时间已被占用，请换会议室或改时间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/dialog.py" line="351"/>
        <source>存在冲突，请写明仍要保存的原因，或调整时间、地点、人员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStats</name>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="21"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="22"/>
        <source>统计年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="25"/>
        <source>会议统计摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="26"/>
        <source>每月会议数与时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="27"/>
        <source>按会议类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="30"/>
        <source>按主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="32"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="52"/>
        <location filename="../../officedesk/ui/meetings/stats.py" line="57"/>
        <source>会议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="53"/>
        <source>时长（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="59"/>
        <source>全年会议 %1 个，共 %2 小时（已取消的不计）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="64"/>
        <source>按主办单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/stats.py" line="64"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="52"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="55"/>
        <source>实到/应到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="58"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="59"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="66"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="64"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="67"/>
        <source>今天及以后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="68"/>
        <source>已过去</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="69"/>
        <source>本年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="81"/>
        <source>新建(Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="81"/>
        <source>新建会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="84"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="84"/>
        <source>修改会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="87"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="90"/>
        <source>座次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="93"/>
        <source>纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="93"/>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="96"/>
        <source>打印(Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="96"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="99"/>
        <source>已发通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="99"/>
        <source>标记已发通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="102"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="285"/>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="291"/>
        <source>取消会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="104"/>
        <source>历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="104"/>
        <source>历史记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="107"/>
        <source>打印哪一种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="120"/>
        <source>日历与统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="123"/>
        <source>日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="124"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="285"/>
        <source>取消“%1”的原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="292"/>
        <source>确定取消这次会议吗？取消后不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="42"/>
        <source>会议纪要 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="43"/>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="46"/>
        <source>纪要期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="47"/>
        <source>如：第12期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="51"/>
        <source>纪要日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="52"/>
        <source>留空则为会议当日或今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="54"/>
        <source>纪要正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="57"/>
        <source>会议概况、议题讨论情况……（议定事项在下面逐项填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="59"/>
        <source>期号(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="60"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="61"/>
        <source>纪要正文(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="64"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="83"/>
        <source>议定事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="65"/>
        <source>议定事项，回车添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="67"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="68"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="83"/>
        <source>牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="70"/>
        <source>完成时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="71"/>
        <source>时限，如 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="80"/>
        <source>议定事项列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="83"/>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="83"/>
        <source>督查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="95"/>
        <source>转督查(Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="96"/>
        <source>转督查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="99"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="100"/>
        <source>查看督查事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="105"/>
        <source>纪要状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="106"/>
        <source>纪要错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="115"/>
        <source>保存(Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="116"/>
        <source>保存纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="118"/>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="119"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="126"/>
        <source>议定事项（选中一项按 Ctrl+D 转督查）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="177"/>
        <source>已转督查（%1号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="205"/>
        <source>这项议定事项已转督查，不能删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="253"/>
        <source>纪要已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="263"/>
        <source>请先选中一项议定事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/minutes.py" line="279"/>
        <source>第 %1 项已转督查（督查事项 %2 号）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="155"/>
        <source>发文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="225"/>
        <source>核稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="228"/>
        <source>核稿人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="230"/>
        <source>核稿意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="230"/>
        <source>文字已核，格式规范</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="239"/>
        <source>送会签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="243"/>
        <source>会签单位（每行一个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="258"/>
        <source>会签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="262"/>
        <source>会签单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="270"/>
        <source>会签人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="275"/>
        <source>会签意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="275"/>
        <source>同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="276"/>
        <source>会签时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="285"/>
        <source>退回修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="286"/>
        <source>退回理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="293"/>
        <source>签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="297"/>
        <source>签发人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="303"/>
        <source>签发意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="303"/>
        <source>同意印发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="304"/>
        <source>签发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="313"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="317"/>
        <source>发文字号（留空自动取号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="323"/>
        <source>发文字号现在从编号服务取得；手工填写的字号若已使用会被拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="331"/>
        <source>印制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="335"/>
        <source>印制份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="342"/>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="357"/>
        <source>密级文件须为每个单位填写份号范围（起止份号）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="374"/>
        <source>“%1”一行的份数或份号不是数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="380"/>
        <source>核发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="384"/>
        <source>分发名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="388"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="389"/>
        <source>份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="390"/>
        <source>起始份号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="391"/>
        <source>终止份号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="403"/>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="407"/>
        <source>保管期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="415"/>
        <source>机构（问题）代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/outgoing_page.py" line="419"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="48"/>
        <source>%1人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="50"/>
        <source>输入姓名或拼音首字母，回车添加；外单位写 姓名（单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="52"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="53"/>
        <source>添加%1人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="56"/>
        <source>%1人员名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="58"/>
        <source>Delete 删除，Alt+↑/↓ 调整顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="60"/>
        <source>%1人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="61"/>
        <source>%1人员错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="100"/>
        <source>已在名单中：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="132"/>
        <source>不在通讯录中（手工输入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/editors.py" line="134"/>
        <source>%1 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="75"/>
        <source>信访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="80"/>
        <source>期限提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="81"/>
        <source>重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="87"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="228"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="89"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="107"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="90"/>
        <source>在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="92"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="95"/>
        <source>已答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="96"/>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="97"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="241"/>
        <source>重复件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="106"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="225"/>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="111"/>
        <source>信访详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="116"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="128"/>
        <source>复查/复核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="130"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="322"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="328"/>
        <source>标为重复件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="132"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="370"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="133"/>
        <source>打印信访文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="144"/>
        <source>（含完整身份信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="148"/>
        <source>查看完整身份信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="150"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="417"/>
        <source>转督查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="151"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="431"/>
        <source>历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="152"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="153"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="226"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="447"/>
        <source>问题类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="209"/>
        <source>选择一件信访查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="223"/>
        <source>信访编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="224"/>
        <source>登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="227"/>
        <source>涉及单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="229"/>
        <source>处理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="232"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="235"/>
        <source>办理期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="237"/>
        <source>延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="242"/>
        <source>原件 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="322"/>
        <source>没有找到此前可能相同的信访件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="328"/>
        <source>选择原件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="370"/>
        <source>这件信访还没有处理，暂无可打印的文书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="388"/>
        <source>完整身份信息（已记录查看）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="389"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="392"/>
        <source>完整身份信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="394"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="418"/>
        <source>已转为督查事项：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="432"/>
        <source>办理过程见右侧详情；完整修改记录含信访人身份信息，仅领导和管理员可查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="447"/>
        <source>每行一个类别：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="46"/>
        <source>打印预览 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="47"/>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="60"/>
        <source>预览页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="73"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="73"/>
        <location filename="../../officedesk/ui/print_preview.py" line="259"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="74"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="74"/>
        <location filename="../../officedesk/ui/print_preview.py" line="196"/>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="75"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="76"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="77"/>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="78"/>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="79"/>
        <location filename="../../officedesk/ui/print_preview.py" line="155"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="80"/>
        <location filename="../../officedesk/ui/print_preview.py" line="157"/>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="81"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="81"/>
        <source>关闭预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="85"/>
        <source>页码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="89"/>
        <source>总页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="91"/>
        <source>缩放比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="149"/>
        <source>/ %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="196"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="205"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="206"/>
        <source>文件无法写入：%1
请换一个文件夹，或检查磁盘空间和权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="234"/>
        <source>打印机无法开始打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="269"/>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/print_preview.py" line="270"/>
        <source>打印没有完成：%1
请检查打印机是否开机、联网并有纸。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="243"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="243"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="257"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="262"/>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="263"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="264"/>
        <location filename="../../officedesk/ui/widgets/record_form.py" line="265"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="63"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="64"/>
        <source>登记信访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="70"/>
        <source>信访人（联名信、集体访的代表逐一登记，第一位显示在列表中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="73"/>
        <source>信访人名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="80"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="81"/>
        <source>添加信访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="83"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="84"/>
        <source>删除所选信访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="89"/>
        <source>信访人错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="108"/>
        <source>可能的重复件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="110"/>
        <source>可能的重复件列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="113"/>
        <source>信访编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="114"/>
        <source>登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="115"/>
        <source>信访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="116"/>
        <source>相同之处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="117"/>
        <source>反映内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="128"/>
        <source>信访人信访次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="130"/>
        <source>作为所选信访件的重复件登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="131"/>
        <source>作为重复件登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="146"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="151"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="152"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="153"/>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="154"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="242"/>
        <source>%1此前已信访 %2 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="247"/>
        <source>发现 %1 件可能相同的信访。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="249"/>
        <source>未发现重复信访。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/register_dialog.py" line="293"/>
        <source>请至少登记一位信访人的姓名。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryListView</name>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="269"/>
        <source>查找（可输入一两个字，如 张、信访）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="270"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="282"/>
        <source>记录数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/records_table.py" line="286"/>
        <source>列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../officedesk/ui/widgets/records_table.py" line="411"/>
        <source>共 %n 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="33"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="34"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="35"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="36"/>
        <source>历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="83"/>
        <source>删除确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/widgets/registry_page.py" line="84"/>
        <source>确定删除以下%1条记录吗？删除后可在历史记录中查到原内容。
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="58"/>
        <source>督查催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="62"/>
        <source>催办概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="64"/>
        <source>被催办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="65"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="66"/>
        <source>生成催办记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="68"/>
        <source>为临期、逾期和反馈逾期的任务登记催办，再次催办时自动升级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="71"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="72"/>
        <source>打印本单位催办通知单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="73"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="74"/>
        <source>打印全部催办通知单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="75"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="76"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="82"/>
        <source>单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="104"/>
        <source>%1（%2 项逾期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="109"/>
        <source>今天是 %1。逾期或反馈逾期的任务 %2 项，涉及 %3 个单位；临期任务 %4 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="134"/>
        <source>没有需要新催办的任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="138"/>
        <source>已登记催办：%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="151"/>
        <location filename="../../officedesk/ui/supervision/dialogs.py" line="158"/>
        <source>督查催办通知单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="28"/>
        <location filename="../../officedesk/ui/search_dialog.py" line="29"/>
        <source>全局搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="31"/>
        <source>输入要找的字词，如 张三、信访、征地拆迁、X委办发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="32"/>
        <source>搜索内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="34"/>
        <source>搜索结果数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="36"/>
        <source>搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="37"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="37"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="37"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/search_dialog.py" line="76"/>
        <source>找到 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatingDialog</name>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="56"/>
        <source>座次 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="57"/>
        <source>座次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="61"/>
        <source>台下面向主席台的视角。拖动姓名到另一座位即互换；或选中后按 Ctrl+方向键移动。Ctrl+S 保存，Ctrl+P 保存并打印座次表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="68"/>
        <source>座次表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="71"/>
        <source>座次状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="72"/>
        <source>保存座次(Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="72"/>
        <source>保存座次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="74"/>
        <source>恢复按规则排列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="77"/>
        <source>保存并打印(Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="77"/>
        <source>保存并打印座次表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="79"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="123"/>
        <source>主席台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="124"/>
        <source>第%1排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="137"/>
        <source>已人工调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="137"/>
        <source>按级别自动排列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="169"/>
        <source>已调整，尚未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/seating.py" line="187"/>
        <source>座次已保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="42"/>
        <location filename="../../officedesk/ui/admin.py" line="43"/>
        <source>系统设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="65"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="66"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="477"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="478"/>
        <source>信访统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="482"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="486"/>
        <source>统计摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="487"/>
        <source>每月信访量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="488"/>
        <source>按问题类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="489"/>
        <source>按信访形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="491"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="498"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="514"/>
        <source>信访件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="518"/>
        <location filename="../../officedesk/ui/petitions/tab.py" line="522"/>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/tab.py" line="525"/>
        <source>共 %1 件；重复件 %2 件，重复率 %3%；按期答复率 %4%；在办逾期 %5 件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="34"/>
        <source>统计与归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="40"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="43"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="44"/>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="45"/>
        <source>打印归档文件目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="47"/>
        <source>每月发文数（按文种）与收文数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="48"/>
        <source>全年发文数（按拟稿单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="50"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="80"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="81"/>
        <source>收文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="85"/>
        <source>发文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="88"/>
        <source>发文 %1 件，收文 %2 件，在办 %3 件，逾期 %4 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/stats_page.py" line="101"/>
        <source>归档文件目录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="89"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="100"/>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="119"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="107"/>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="108"/>
        <source>增加一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="126"/>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="127"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="129"/>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="130"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/step_dialog.py" line="273"/>
        <source>请填写“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="57"/>
        <source>预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="66"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="68"/>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="77"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="69"/>
        <source>待交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="70"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="71"/>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="72"/>
        <source>逾期办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="76"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="82"/>
        <source>新建事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="82"/>
        <source>登记一件督查事项（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="84"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="86"/>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="124"/>
        <source>分解交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="86"/>
        <source>为所选事项增加一项任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="88"/>
        <source>修改任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="90"/>
        <source>反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="90"/>
        <source>登记所选任务的进展反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="92"/>
        <source>任务办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="94"/>
        <source>事项办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="94"/>
        <source>全部任务办结后办结事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="96"/>
        <source>催办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="98"/>
        <source>打印交办单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="98"/>
        <source>打印所选事项（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="100"/>
        <source>督查通报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="101"/>
        <source>历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="107"/>
        <source>事项详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="109"/>
        <source>分解任务列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="113"/>
        <source>进展反馈列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="125"/>
        <source>进展反馈（所选任务）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="205"/>
        <source>选择一件督查事项，查看其分解任务和反馈。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="211"/>
        <source>来源：%1&#x3000;立项：%2&#x3000;办结时限：%3&#x3000;反馈周期：%4&#x3000;状态：%5&#x3000;预警：%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="221"/>
        <source>批示：%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="227"/>
        <source>办结：%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="272"/>
        <source>新建督查事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="286"/>
        <source>督查事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="307"/>
        <source>督查事项交办单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="338"/>
        <source>分解交办：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="357"/>
        <source>修改任务：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="380"/>
        <source>进展反馈：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="398"/>
        <source>任务办结：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="416"/>
        <source>还有 %1 项任务未办结（%2），事项不能办结。请先办结这些任务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="425"/>
        <source>事项办结：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="122"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="135"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="136"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="137"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="138"/>
        <source>密级权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="139"/>
        <source>初始密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="157"/>
        <location filename="../../officedesk/ui/admin.py" line="158"/>
        <source>用户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="160"/>
        <source>用户列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="167"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="168"/>
        <source>改角色/密级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="169"/>
        <location filename="../../officedesk/ui/admin.py" line="260"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="170"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="171"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="172"/>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="188"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="188"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="190"/>
        <source>锁定至 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="234"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="235"/>
        <source>新角色：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="244"/>
        <source>密级权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="245"/>
        <source>可查看的最高密级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="260"/>
        <source>新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="269"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/admin.py" line="270"/>
        <source>停用后该用户不能登录，记录保留。确定停用吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="68"/>
        <source>逾期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../officedesk/ui/login.py" line="27"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../../officedesk/ui/dashboard/__init__.py" line="22"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/directory/__init__.py" line="11"/>
        <source>通讯录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/documents/__init__.py" line="15"/>
        <source>公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/meetings/__init__.py" line="38"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/petitions/__init__.py" line="8"/>
        <source>信访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../officedesk/ui/supervision/__init__.py" line="33"/>
        <source>督查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../officedesk/ui/tasks.py" line="85"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
