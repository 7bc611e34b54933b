<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CodebookPanel</name>
        <message numerus="yes">
            <source>%Ln coded passage(s)</source>
            <translation>
                <numerusform>%Ln coded passage</numerusform>
                <numerusform>%Ln coded passages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{passages} and %Ln sub-code(s)</source>
            <translation>
                <numerusform>{passages} and %Ln sub-code</numerusform>
                <numerusform>{passages} and %Ln sub-codes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DictionaryPanel</name>
        <message numerus="yes">
            <source>%n more in the Dictionary panel</source>
            <translation>
                <numerusform>%n more in the Dictionary panel</numerusform>
                <numerusform>%n more in the Dictionary panel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentListModel</name>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln segment(s)</source>
            <translation>
                <numerusform>%Ln segment</numerusform>
                <numerusform>%Ln segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sentence(s)</source>
            <translation>
                <numerusform>%Ln sentence</numerusform>
                <numerusform>%Ln sentences</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntitiesPanel</name>
        <message numerus="yes">
            <source>entities: %n</source>
            <translation>
                <numerusform>entities: %n</numerusform>
                <numerusform>entities: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mentions exported to {path}: %n</source>
            <translation>
                <numerusform>mentions exported to {path}: %n</numerusform>
                <numerusform>mentions exported to {path}: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Delete “{title}” and its %Ln coded passage(s)? Edit › Undo brings them back.</source>
            <translation>
                <numerusform>Delete “{title}” and its %Ln coded passage? Edit › Undo brings them back.</numerusform>
                <numerusform>Delete “{title}” and its %Ln coded passages? Edit › Undo brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported “{title}”: %Ln character(s)</source>
            <translation>
                <numerusform>Imported “{title}”: %Ln character</numerusform>
                <numerusform>Imported “{title}”: %Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag all %Ln result(s) with “{code}”? Edit › Undo removes them again in one step.</source>
            <translation>
                <numerusform>Tag all %Ln result with “{code}”? Edit › Undo removes them again in one step.</numerusform>
                <numerusform>Tag all %Ln results with “{code}”? Edit › Undo removes them again in one step.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tagged %Ln passage(s) with “{code}”</source>
            <translation>
                <numerusform>Tagged %Ln passage with “{code}”</numerusform>
                <numerusform>Tagged %Ln passages with “{code}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; skipped %Ln result(s) already coded with it</source>
            <translation>
                <numerusform>; skipped %Ln result already coded with it</numerusform>
                <numerusform>; skipped %Ln results already coded with it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln segment(s)</source>
            <translation>
                <numerusform>%Ln segment</numerusform>
                <numerusform>%Ln segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln passage(s)</source>
            <translation>
                <numerusform>%Ln passage</numerusform>
                <numerusform>%Ln passages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>selected {start}–{end} (%Ln character(s))</source>
            <translation>
                <numerusform>selected {start}–{end} (%Ln character)</numerusform>
                <numerusform>selected {start}–{end} (%Ln characters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln passage(s) to {path}</source>
            <translation>
                <numerusform>Exported %Ln passage to {path}</numerusform>
                <numerusform>Exported %Ln passages to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParallelsPanel</name>
        <message numerus="yes">
            <source>parallel passages of {document} {start}–{end}: %n</source>
            <translation>
                <numerusform>parallel passages of {document} {start}–{end}: %n</numerusform>
                <numerusform>parallel passages of {document} {start}–{end}: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message numerus="yes">
            <source>%Ln character(s) differ(s)</source>
            <translation>
                <numerusform>%Ln character differs</numerusform>
                <numerusform>%Ln characters differ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>converted to {script}: %Ln character(s) differ(s) from the original</source>
            <translation>
                <numerusform>converted to {script}: %Ln character differs from the original</numerusform>
                <numerusform>converted to {script}: %Ln characters differ from the original</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln match</numerusform>
                <numerusform>%Ln matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>first {shown} of %Ln match(es) shown</source>
            <translation>
                <numerusform>first {shown} of %Ln match shown</numerusform>
                <numerusform>first {shown} of %Ln matches shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message numerus="yes">
            <source>dates: %n</source>
            <translation>
                <numerusform>dates: %n</numerusform>
                <numerusform>dates: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message numerus="yes">
            <source>Tag %Ln result(s) with “{code}”</source>
            <translation>
                <numerusform>Tag %Ln result with “{code}”</numerusform>
                <numerusform>Tag %Ln results with “{code}”</numerusform>
            </translation>
        </message>
    </context>
</TS>
