<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../ui/crash.py" line="25"/>
        <source>crash</source>
        <comment>Something went wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="26"/>
        <source>crash</source>
        <comment>SmartCourse hit an unexpected error: %1

Your progress is saved. Details are in the log file:
%2</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <location filename="../ui/notes_panel.py" line="160"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="162"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="163"/>
        <source>Search notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="167"/>
        <source>Notes of this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="169"/>
        <source>Export to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="170"/>
        <source>Export the notes of this course to a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="194"/>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="195"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="198"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="198"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="198"/>
        <source>Other lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="203"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/backup_dialog.py" line="31"/>
        <location filename="../ui/backup_dialog.py" line="73"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="33"/>
        <source>Backups of your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="35"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="36"/>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="41"/>
        <source>A copy of your progress is made every day; the last seven are kept. Restoring one replaces your current progress and notes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="62"/>
        <source>No backups yet: the first one is made when the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="74"/>
        <source>Replace your current progress and notes with the backup of %1? Your current state is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="76"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="82"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="86"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup_dialog.py" line="87"/>
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
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificate_dialog.py" line="47"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="49"/>
        <source>Your name as it should appear on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="55"/>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="56"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="57"/>
        <source>Save the certificate as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="78"/>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="78"/>
        <source>This certifies that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="79"/>
        <source>has completed the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="79"/>
        <source>published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="80"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="80"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="81"/>
        <source>not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="81"/>
        <source>Total study time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="82"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="82"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="82"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="95"/>
        <source>The certificate can be saved once every lesson of the course is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="97"/>
        <source>Enter your name as it should appear on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="99"/>
        <source>Well done! Save the certificate as a PDF to give it to your HR department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="103"/>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="103"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="112"/>
        <location filename="../ui/certificate_dialog.py" line="115"/>
        <source>Certificate not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/certificate_dialog.py" line="116"/>
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
    <name>CourseCardDelegate</name>
    <message>
        <location filename="../ui/library_view.py" line="56"/>
        <source>%1 modules · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="57"/>
        <source>%1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../ui/course_outline.py" line="25"/>
        <source>Course outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="40"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="40"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="40"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="44"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="76"/>
        <source>Video lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="76"/>
        <source>Audio lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="76"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="84"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="86"/>
        <source>%1: %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_outline.py" line="87"/>
        <source>, done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <location filename="../ui/course_page.py" line="24"/>
        <source>◀ Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="25"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="34"/>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="37"/>
        <source>%p% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="38"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/course_page.py" line="39"/>
        <source>Continue with the next unfinished lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/find_bar.py" line="33"/>
        <location filename="../ui/find_bar.py" line="34"/>
        <source>Find in this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="40"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="41"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="42"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="45"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="100"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/find_bar.py" line="102"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../ui/import_flow.py" line="43"/>
        <location filename="../ui/import_flow.py" line="71"/>
        <source>Import course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="44"/>
        <source>SmartCourse packages (*.smartcourse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="57"/>
        <source>Importing courses is turned off on this computer by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="70"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="70"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="72"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="85"/>
        <source>Importing… %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="98"/>
        <source>Updated “%1” from version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="99"/>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="109"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="114"/>
        <location filename="../ui/import_flow.py" line="117"/>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="121"/>
        <source>Course already installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="122"/>
        <source>%1. Install this package anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="132"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="137"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="143"/>
        <source>“%1” was installed for everyone on this computer (%2) and cannot be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="146"/>
        <source>Remove course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="147"/>
        <source>Remove “%1” and free %2? Your progress and notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="162"/>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <location filename="../ui/lesson_pane.py" line="44"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="45"/>
        <source>Mark this lesson as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="53"/>
        <source>Choose a lesson from the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="89"/>
        <source>Video lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="89"/>
        <source>Audio lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="90"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="103"/>
        <source>Lecture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lesson_pane.py" line="111"/>
        <source>This reading cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../ui/library_model.py" line="68"/>
        <source>%1 by %2. %3 modules, %4, %5% complete, %6 on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../ui/library_view.py" line="83"/>
        <source>Your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="88"/>
        <source>Open a course with a double-click or Enter. Import more with File ▸ Import course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="92"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="101"/>
        <source>Remove course…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="78"/>
        <source>&amp;Import course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79"/>
        <source>&amp;Remove course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="80"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="81"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="83"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="84"/>
        <source>&amp;Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="85"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="86"/>
        <source>&amp;Search the courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="87"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="88"/>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="98"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="355"/>
        <source>Machine configuration ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="358"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/notes_panel.py" line="60"/>
        <source>Reflection questions of this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="63"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="64"/>
        <source>Write a note about this lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="68"/>
        <source>Attach the note to the current moment of the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="71"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="72"/>
        <source>Add the note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="77"/>
        <source>Notes of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="80"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="81"/>
        <source>Delete the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="117"/>
        <source>At %1 in the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="135"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerMenu</name>
    <message>
        <location filename="../ui/player/player_menu.py" line="14"/>
        <source>White on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_menu.py" line="15"/>
        <source>Yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_menu.py" line="16"/>
        <source>Black on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_menu.py" line="17"/>
        <source>White on dark blue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../ui/player/player_widget.py" line="79"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="80"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="148"/>
        <source>This lecture has no media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="160"/>
        <source>Audio only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="161"/>
        <source>Press Play or Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="163"/>
        <source>You continue at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="179"/>
        <source>Lectures cannot play on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="188"/>
        <source>This lecture cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="315"/>
        <source>Hide captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/player_widget.py" line="315"/>
        <source>Show captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="13"/>
        <source>Play or pause the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="14"/>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="15"/>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="16"/>
        <source>Volume up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="17"/>
        <source>Volume down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="18"/>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="19"/>
        <source>Captions on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="20"/>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="21"/>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="22"/>
        <source>Video full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="23"/>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFeatures</name>
    <message>
        <location filename="../ui/progress_menu.py" line="44"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="71"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="75"/>
        <source>&amp;Notes beside the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="79"/>
        <source>&amp;All notes of this course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="81"/>
        <source>&amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="82"/>
        <source>&amp;Export progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="84"/>
        <source>&amp;Reset course progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="85"/>
        <source>Restore &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="91"/>
        <source>Progress database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="92"/>
        <source>Your progress database was damaged and could not be used. It was kept as %1, and a new, empty one was started. You can restore a recent backup from the Progress menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="96"/>
        <source>Progress kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="97"/>
        <source>Your data folder is on a network share, where the progress database is not safe. Your progress is kept in %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="179"/>
        <source>Certificate saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="180"/>
        <source>The certificate was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="185"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="186"/>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="192"/>
        <source>Progress exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="193"/>
        <source>Your progress was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="194"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="200"/>
        <source>Reset course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="201"/>
        <source>Forget all progress in “%1”: completed lessons, positions and study time? Your notes are kept, and a backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="203"/>
        <source>Reset progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress_menu.py" line="210"/>
        <source>Reset failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingBrowser</name>
    <message>
        <location filename="../ui/reading_view.py" line="47"/>
        <source>Reading text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../ui/reading_view.py" line="84"/>
        <location filename="../ui/reading_view.py" line="371"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="110"/>
        <location filename="../ui/reading_view.py" line="117"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="111"/>
        <source>Contents of this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="117"/>
        <source>Show or hide the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="118"/>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="118"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="119"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="119"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="120"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="120"/>
        <source>Find in this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="121"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="121"/>
        <source>Print this reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="122"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="122"/>
        <source>Export this reading to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="170"/>
        <source>Image not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="170"/>
        <source>Image removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="355"/>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="356"/>
        <source>Open this file of the course with another program?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="358"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="384"/>
        <source>Larger reading text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="385"/>
        <source>Smaller reading text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="386"/>
        <source>Reading text at normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="387"/>
        <source>Find in the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading_view.py" line="388"/>
        <source>Print the reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/search_panel.py" line="107"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="112"/>
        <source>Search titles, readings and lectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="113"/>
        <source>Search the courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="121"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="165"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="165"/>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="167"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../ui/search_panel.py" line="58"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="58"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="59"/>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="59"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="62"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="31"/>
        <source>Your name (on certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="32"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="33"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="34"/>
        <source>Play the next lecture automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <source>Caption size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="36"/>
        <source>Reading text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>A lecture counts as watched after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="50"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="66"/>
        <source>🔒 Locked settings are set by your IT department for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <source>A new language applies the next time SmartCourse starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>🔒 set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="28"/>
        <location filename="../ui/dialogs.py" line="31"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="32"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="32"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="43"/>
        <source>Every action can be reached from the keyboard:</source>
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
        <location filename="../ui/player/transcript_panel.py" line="69"/>
        <source>%n line(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../ui/player/video_widget.py" line="29"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/dialogs.py" line="14"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.py" line="16"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline player for SmartCourse packages.&lt;/p&gt;&lt;p&gt;Qt %3 (PySide6 %4)&lt;br&gt;libVLC %5&lt;/p&gt;&lt;p&gt;Nothing leaves this computer: no telemetry, no update checks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notes_panel.py" line="40"/>
        <source>(bookmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="54"/>
        <source>Export the reading to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="55"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="68"/>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/print_reading.py" line="69"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
