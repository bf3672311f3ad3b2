<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CourseCardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/library_view.py" line="+89"/>
        <source>%n module(s) · %1</source>
        <translation>
            <numerusform>%n module · %1</numerusform>
            <numerusform>%n modules · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message numerus="yes">
        <location filename="../ui/course_details.py" line="+67"/>
        <source>%1 · %n module(s) · %2 · %3% complete</source>
        <translation>
            <numerusform>%1 · %n module · %2 · %3% complete</numerusform>
            <numerusform>%1 · %n modules · %2 · %3% complete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseFinished</name>
    <message numerus="yes">
        <location filename="../ui/course_finished.py" line="+63"/>
        <source>For the certificate, watch, read or listen to the %n lesson(s) you only marked as done:</source>
        <translation>
            <numerusform>For the certificate, watch, read or listen to the lesson you only marked as done:</numerusform>
            <numerusform>For the certificate, watch, read or listen to the %n lessons you only marked as done:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <location filename="../ui/library_model.py" line="+76"/>
        <source>%1 by %2. %n module(s), %3, %4% complete.</source>
        <translation>
            <numerusform>%1 by %2. %n module, %3, %4% complete.</numerusform>
            <numerusform>%1 by %2. %n modules, %3, %4% complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressFeatures</name>
    <message numerus="yes">
        <location filename="../ui/progress_menu.py" line="+198"/>
        <source>The certificate is offered once every lesson is watched, read or listened to: %n lesson(s) to go. Lessons only marked as done by hand don&apos;t count.</source>
        <translation>
            <numerusform>The certificate is offered once every lesson is watched, read or listened to: %n lesson to go. Lessons only marked as done by hand don&apos;t count.</numerusform>
            <numerusform>The certificate is offered once every lesson is watched, read or listened to: %n lessons to go. Lessons only marked as done by hand don&apos;t count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../ui/search_panel.py" line="+169"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message numerus="yes">
        <location filename="../ui/player/transcript_panel.py" line="+74"/>
        <source>%n line(s) found</source>
        <translation>
            <numerusform>%n line found</numerusform>
            <numerusform>%n lines found</numerusform>
        </translation>
    </message>
</context>
</TS>
