<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../ui/crash.py" line="25"/>
        <source>crash</source>
        <comment>Details are in the log file:
%1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="26"/>
        <source>crash</source>
        <comment>Details were written to the error output.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="27"/>
        <source>crash</source>
        <comment>Something went wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="28"/>
        <source>crash</source>
        <comment>SmartCourse hit an unexpected error: %1

%2</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <location filename="../ui/notes_panel.py" line="178"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="180"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="181"/>
        <source>Search notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="185"/>
        <source>Notes of this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="187"/>
        <source>Export to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="188"/>
        <source>Export the notes of this course to a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="212"/>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="213"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="216"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="216"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="216"/>
        <source>Other lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="221"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/backup_dialog.py" line="38"/>
        <location filename="../ui/backup_dialog.py" line="81"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="40"/>
        <source>Backups of your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="42"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="43"/>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="48"/>
        <source>A copy of your progress is made every day; the last seven are kept. Restoring one replaces your current progress and notes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="70"/>
        <source>No backups yet: the first one is made when the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="82"/>
        <source>Replace your current progress and notes with the backup of %1? Your current state is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="84"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="90"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="94"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="95"/>
        <source>Your progress was restored. The state before restoring is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <location filename="../ui/player/caption_overlay.py" line="24"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionTrack</name>
    <message>
        <location filename="../ui/player/caption_track.py" line="65"/>
        <source>Hide captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/caption_track.py" line="65"/>
        <source>Show captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificate_dialog.py" line="57"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="59"/>
        <source>Your name as it should appear on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="65"/>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="66"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="67"/>
        <source>Save the certificate as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="73"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="89"/>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="89"/>
        <source>This certifies that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="90"/>
        <source>has completed the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="90"/>
        <source>published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="91"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="91"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="92"/>
        <source>not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="92"/>
        <source>Total study time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="93"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="93"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="93"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="94"/>
        <source>Not verified by the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="95"/>
        <source>listened to away from the app (self-reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="96"/>
        <source>marked done by the learner (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="97"/>
        <source>Completion records in your organisation&apos;s learning record store (xAPI statement ids):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="99"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="112"/>
        <source>The certificate can be saved once every lesson of the course is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="114"/>
        <source>Enter your name as it should appear on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="116"/>
        <source>Well done! Save the certificate as a PDF to give it to your HR department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="120"/>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="120"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="129"/>
        <location filename="../ui/certificate_dialog.py" line="132"/>
        <source>Certificate not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="133"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterList</name>
    <message>
        <location filename="../ui/player/chapters.py" line="18"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComebackDialog</name>
    <message>
        <location filename="../ui/comeback_dialog.py" line="20"/>
        <source>Did you listen to these on the go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comeback_dialog.py" line="21"/>
        <source>You took these lessons with you. Tick the ones you listened to; they are recorded as listened to away from the app (self-reported), and your certificate says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comeback_dialog.py" line="25"/>
        <source>Lessons you took with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comeback_dialog.py" line="34"/>
        <source>&amp;Record ticked lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comeback_dialog.py" line="35"/>
        <source>N&amp;one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comeback_dialog.py" line="36"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Completions</name>
    <message>
        <location filename="../ui/completions.py" line="47"/>
        <source>Couldn&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseCardDelegate</name>
    <message>
        <location filename="../ui/library_view.py" line="66"/>
        <source>%1 modules · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="70"/>
        <source>%1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseController</name>
    <message>
        <location filename="../ui/course_controller.py" line="175"/>
        <source>“%1” counts as read once you have spent about %2 on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <location filename="../ui/course_details.py" line="40"/>
        <source>Open course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_details.py" line="41"/>
        <source>Open the selected course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_details.py" line="43"/>
        <location filename="../ui/course_details.py" line="73"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_details.py" line="44"/>
        <source>Continue the selected course where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_details.py" line="67"/>
        <source>%1 · %2 modules · %3 · %4% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_details.py" line="71"/>
        <source>%1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_details.py" line="73"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../ui/course_outline.py" line="26"/>
        <source>Course outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="41"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="41"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="45"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="78"/>
        <source>Video lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="78"/>
        <source>Audio lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="78"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="86"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="88"/>
        <source>%1: %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="90"/>
        <source>, done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <location filename="../ui/course_page.py" line="32"/>
        <source>◀ Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="33"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="42"/>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="45"/>
        <source>%p% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="46"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="47"/>
        <source>Continue with the next unfinished lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/find_bar.py" line="38"/>
        <location filename="../ui/find_bar.py" line="39"/>
        <source>Find in this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="45"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="46"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="47"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="50"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="105"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="107"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../ui/import_flow.py" line="50"/>
        <location filename="../ui/import_flow.py" line="81"/>
        <source>Import course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="51"/>
        <source>SmartCourse packages (*.smartcourse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="64"/>
        <source>Importing courses is turned off on this computer by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="79"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="82"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="95"/>
        <source>Importing… %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="111"/>
        <source>Updated “%1” from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="113"/>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="123"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="128"/>
        <location filename="../ui/import_flow.py" line="131"/>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="137"/>
        <source>Course already installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="138"/>
        <source>%1. Install this package anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="151"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="158"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="169"/>
        <source>“%1” was installed for everyone on this computer (%2) and cannot be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="172"/>
        <source>Remove course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="173"/>
        <source>Remove “%1” and free %2? Your progress and notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="191"/>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <location filename="../ui/lesson_pane.py" line="57"/>
        <location filename="../ui/lesson_pane.py" line="192"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="58"/>
        <source>Mark this lesson as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="69"/>
        <source>Choose a lesson from the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="107"/>
        <source>Video lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="107"/>
        <source>Audio lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="108"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="127"/>
        <source>Lecture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="135"/>
        <location filename="../ui/lesson_pane.py" line="145"/>
        <source>This reading cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="186"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../ui/library_controller.py" line="56"/>
        <source>Courses not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../ui/library_model.py" line="76"/>
        <source>%1 by %2. %3 modules, %4, %5% complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_model.py" line="82"/>
        <source>%1 on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../ui/library_view.py" line="97"/>
        <source>Your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="103"/>
        <source>Open a course with a double-click or Enter. Import more with File ▸ Import course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="107"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="116"/>
        <source>Remove course…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LrsSharing</name>
    <message>
        <location filename="../ui/lrs_sharing.py" line="41"/>
        <source>Sharing with your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_sharing.py" line="56"/>
        <source>Not shared with your organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_sharing.py" line="64"/>
        <source>Your progress is shared with your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_sharing.py" line="65"/>
        <source>This computer sends records of your learning to your organisation&apos;s learning record store at %1: which lessons you opened, played and completed, when, and for how long. Your notes and your answers to reflection questions are never sent. Progress ▸ What is shared with my organisation lists every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_sharing.py" line="102"/>
        <source>Sharing with your organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_sharing.py" line="109"/>
        <source>Shared: %1 sent, %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_sharing.py" line="111"/>
        <source>your organisation&apos;s record store refused this computer&apos;s credentials; nothing is lost. Please tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_sharing.py" line="114"/>
        <source>last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>&amp;Import course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="63"/>
        <source>&amp;Remove course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="65"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="67"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="70"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="71"/>
        <source>&amp;Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="74"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="72"/>
        <source>&amp;Search the courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="76"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="77"/>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="66"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="69"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="75"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="46"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/notes_panel.py" line="73"/>
        <source>Reflection questions of this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="76"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="77"/>
        <source>Write a note about this lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="81"/>
        <source>Attach the note to the current moment of the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="84"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="85"/>
        <source>Add the note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="90"/>
        <source>Notes of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="93"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="94"/>
        <source>Delete the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="130"/>
        <source>At %1 in the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="148"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="160"/>
        <source>Note not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFindBar</name>
    <message>
        <location filename="../ui/pdf_find.py" line="29"/>
        <location filename="../ui/pdf_find.py" line="30"/>
        <source>Find in this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_find.py" line="37"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_find.py" line="40"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_find.py" line="41"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_find.py" line="42"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_find.py" line="77"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_find.py" line="80"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPageWidget</name>
    <message>
        <location filename="../ui/pdf_page.py" line="31"/>
        <source>PDF page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../ui/pdf_view.py" line="59"/>
        <source>PDF reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="76"/>
        <source>PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="79"/>
        <location filename="../ui/pdf_view.py" line="93"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="80"/>
        <source>Contents of this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="93"/>
        <source>Show or hide the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="94"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="95"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="97"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="101"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="102"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="103"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="103"/>
        <source>Fit the page to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="104"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="104"/>
        <source>Find in this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="105"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="105"/>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="106"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="106"/>
        <source>Print this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="154"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="353"/>
        <source>Link not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf_view.py" line="354"/>
        <source>This link would start a program or open a file outside the course, so it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerMenu</name>
    <message>
        <location filename="../ui/player/player_menu.py" line="17"/>
        <source>White on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_menu.py" line="18"/>
        <source>Yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_menu.py" line="19"/>
        <source>Black on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_menu.py" line="20"/>
        <source>White on dark blue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../ui/player/player_widget.py" line="87"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="88"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="158"/>
        <source>This lecture has no media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="170"/>
        <source>Audio only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="171"/>
        <source>Press Play or Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="173"/>
        <source>You continue at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="189"/>
        <source>Lectures cannot play on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="198"/>
        <source>This lecture cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="15"/>
        <source>Play or pause the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="16"/>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="17"/>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="18"/>
        <source>Volume up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="19"/>
        <source>Volume down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="20"/>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="21"/>
        <source>Captions on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="22"/>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="23"/>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="24"/>
        <source>Video full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="25"/>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyBanner</name>
    <message>
        <location filename="../ui/policy_banner.py" line="17"/>
        <source>Machine configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy_banner.py" line="28"/>
        <source>Machine configuration notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policy_banner.py" line="36"/>
        <source>This computer&apos;s machine policy cannot be used, so importing courses and sending progress are turned off. Installed courses still play. Tell your IT department:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFeatures</name>
    <message>
        <location filename="../ui/progress_menu.py" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="103"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="104"/>
        <source>&amp;Notes beside the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="108"/>
        <source>&amp;All notes of this course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="110"/>
        <source>&amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="111"/>
        <source>&amp;Export progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="112"/>
        <source>&amp;What is shared with my organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="115"/>
        <source>&amp;Reset course progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="116"/>
        <source>Restore &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="127"/>
        <source>Progress database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="128"/>
        <source>Your progress database was damaged and could not be used. It was kept as %1, and a new, empty one was started. You can restore a recent backup from the Progress menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="132"/>
        <source>Progress kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="133"/>
        <source>Your data folder is on a network share, where the progress database is not safe. Your progress is kept in %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="217"/>
        <source>Certificate saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="218"/>
        <source>The certificate was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="223"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="224"/>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="237"/>
        <source>Progress exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="238"/>
        <source>Your progress was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="241"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="249"/>
        <source>Reset course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="250"/>
        <source>Forget all progress in “%1”: completed lessons, positions and study time? Your notes are kept, and a backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="252"/>
        <source>Reset progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="261"/>
        <source>Reset failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingBrowser</name>
    <message>
        <location filename="../ui/reading_browser.py" line="38"/>
        <source>Reading text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../ui/reading_view.py" line="67"/>
        <location filename="../ui/reading_view.py" line="368"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="99"/>
        <location filename="../ui/reading_view.py" line="106"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="100"/>
        <source>Contents of this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="106"/>
        <source>Show or hide the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="107"/>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="107"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="108"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="108"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="109"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="109"/>
        <source>Find in this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="110"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="110"/>
        <source>Print this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="111"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="111"/>
        <source>Export this reading to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="157"/>
        <source>Opening the reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="180"/>
        <source>This reading cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="184"/>
        <source>Image not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="184"/>
        <source>Image removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="352"/>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="353"/>
        <source>Open this file of the course with another program?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="355"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="388"/>
        <source>Larger reading text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="389"/>
        <source>Smaller reading text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="390"/>
        <source>Reading text at normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="391"/>
        <source>Find in the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="393"/>
        <source>Print the reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/search_panel.py" line="120"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="125"/>
        <source>Search titles, readings and lectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="126"/>
        <source>Search the courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="134"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="166"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="166"/>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="169"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../ui/search_panel.py" line="65"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="65"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="66"/>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="66"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="69"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Your name (on certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="38"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="39"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="40"/>
        <source>Play the next lecture automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="41"/>
        <source>Caption size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Reading text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="43"/>
        <source>A lecture counts as watched after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="47"/>
        <source>Share my progress with (xAPI address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="83"/>
        <source>Before anything is sent, SmartCourse tells you what will be shared. Leave the address empty to share nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>🔒 Locked settings are set by your IT department for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>A new language applies the next time SmartCourse starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="149"/>
        <source>🔒 set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>The address of the learning record store must be a web address starting with https:// or http://, such as https://lrs.example.org/xAPI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedRecordsDialog</name>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="51"/>
        <source>What is shared with my organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="57"/>
        <source>Records of your learning, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="58"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="58"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="76"/>
        <source>Your notes and your answers to reflection questions are never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="78"/>
        <source>No organisation record store is configured on this computer: nothing is sent. These records of your learning stay here, in case one is configured later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="80"/>
        <source>These records of your learning are sent to your organisation&apos;s learning record store at %1: which lessons you opened, played and completed, when, and for how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="89"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="89"/>
        <source>Kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/help_dialogs.py" line="83"/>
        <location filename="../ui/help_dialogs.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialogs.py" line="87"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialogs.py" line="87"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialogs.py" line="98"/>
        <source>Every action can be reached from the keyboard:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeawayDialog</name>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="49"/>
        <source>Take with you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="54"/>
        <source>Put lectures as audio (with chapters), the readings as an e-book and a playlist on a phone or USB stick, to study on the go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="58"/>
        <source>Modules to take with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="60"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="66"/>
        <source>Include the readings as an &amp;e-book (EPUB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="70"/>
        <source>Destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="71"/>
        <source>A phone or USB stick folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="73"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="74"/>
        <location filename="../ui/takeaway_dialog.py" line="143"/>
        <source>Choose the destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="83"/>
        <source>Phones connected over MTP are best effort: their free space may be unknown, and files may be copied in place without a safe rename. A USB stick is more reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="87"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="95"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="96"/>
        <source>Write the chosen modules to the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="97"/>
        <source>Ca&amp;ncel writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="98"/>
        <source>Cancel writing; nothing is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="104"/>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="128"/>
        <source>Choose at least one module and a destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="131"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="132"/>
        <source>To write: %1. Free at the destination: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="135"/>
        <source>There is not enough free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="138"/>
        <source>Skipped: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="164"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="172"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="186"/>
        <source>Written to %1. When you next open the course, you can record what you listened to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="189"/>
        <source>The destination could not rename files; they were copied in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="197"/>
        <source>Cancelled. Nothing was left at the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="199"/>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeawayFeatures</name>
    <message>
        <location filename="../ui/takeaway_features.py" line="32"/>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_features.py" line="33"/>
        <source>&amp;Take with you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_features.py" line="52"/>
        <source>Take this module with you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeaway_features.py" line="97"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../ui/player/transcript_panel.py" line="20"/>
        <location filename="../ui/player/transcript_panel.py" line="21"/>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/transcript_panel.py" line="27"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/transcript_panel.py" line="32"/>
        <source>This lecture has no transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/player/transcript_panel.py" line="74"/>
        <source>%n line(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../ui/player/video_widget.py" line="30"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/help_dialogs.py" line="36"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialogs.py" line="39"/>
        <source>Course libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialogs.py" line="41"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline player for SmartCourse packages.&lt;/p&gt;&lt;p&gt;Qt %3 (PySide6 %4)&lt;br&gt;libVLC %5&lt;/p&gt;&lt;p&gt;Nothing leaves this computer: no telemetry, no update checks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialogs.py" line="49"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="53"/>
        <source>(bookmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="58"/>
        <source>Export the reading to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="59"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="71"/>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="72"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/system_open.py" line="37"/>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/system_open.py" line="38"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../ui/reading_browser.py" line="90"/>
        <source>only its first part is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_browser.py" line="90"/>
        <source>deeply nested parts are flattened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_browser.py" line="91"/>
        <source>only its first headings are in the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_browser.py" line="93"/>
        <source>This reading is too large or too deeply nested to show in full: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="28"/>
        <source>the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="30"/>
        <source>Withdrew an earlier completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="32"/>
        <source>Marked “%1” as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="34"/>
        <source>Reached %1% of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="36"/>
        <source>Opened “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="36"/>
        <source>Loaded the lecture “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="37"/>
        <source>Played “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="37"/>
        <source>Paused “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="38"/>
        <source>Moved to another point of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="38"/>
        <source>Completed “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="39"/>
        <source>Closed “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="39"/>
        <source>Progressed in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="41"/>
        <source>Did something in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
