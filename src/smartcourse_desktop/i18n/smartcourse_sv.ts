<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AllNotesDialog</name>
    <message>
        <location filename="../ui/notes_panel.py" line="+254"/>
        <source>Notes: %1</source>
        <translation>Anteckningar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search notes</source>
        <translation>Sök i anteckningarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes…</source>
        <translation>Sök i anteckningarna…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes of this course</source>
        <translation>Anteckningar i den här kursen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the notes and answers of this course to Markdown, a printable PDF or a document for Word</source>
        <translation>Exportera anteckningarna och svaren i den här kursen till Markdown, en PDF att skriva ut eller ett dokument för Word</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — your answer to “%2” — </source>
        <translation>%1 – ditt svar på ”%2” – </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes exported</source>
        <translation>Anteckningarna är exporterade</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Export notes</source>
        <translation>Exportera anteckningar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Det gick inte att exportera</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <location filename="../ui/reflection_answers.py" line="+34"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answer to question %1</source>
        <translation>Ditt svar på fråga %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer…</source>
        <translation>Ditt svar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save answer</source>
        <translation>Spara svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save answer to question %1</source>
        <translation>Spara svaret på fråga %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S in the answer saves it too</source>
        <translation>Du kan också spara svaret med Ctrl+S</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved yet</source>
        <translation>Inte sparat än</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved (edited)</source>
        <translation>Sparat (ändrat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.py" line="+144"/>
        <source>Your progress database is damaged and cannot be used. SmartCourse can keep the damaged file beside it and start a new, empty record; you can then restore a recent backup from the Progress menu. Start a new record now?</source>
        <translation>Databasen med dina framsteg är skadad och kan inte användas. SmartCourse kan spara den skadade filen bredvid och börja om med en ny, tom databas. Sedan kan du återställa en nyligen gjord säkerhetskopia från menyn Framsteg. Vill du börja om med en ny databas nu?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the damaged file and start anew</source>
        <translation>Spara den skadade filen och börja om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit without changing anything</source>
        <translation>Avsluta utan att ändra något</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/backup_dialog.py" line="+39"/>
        <location line="+48"/>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Backups of your progress</source>
        <translation>Säkerhetskopior av dina framsteg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Återställ den valda säkerhetskopian</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A copy of your progress is made every day; the last seven are kept. Restoring one replaces your current progress and notes with it.</source>
        <translation>Varje dag görs en kopia av dina framsteg, och de sju senaste sparas. Om du återställer en kopia ersätter den dina nuvarande framsteg och anteckningar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No backups yet: the first one is made when the app starts.</source>
        <translation>Det finns inga säkerhetskopior ännu. Den första görs när appen startar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace your current progress and notes with the backup of %1? Your current state is saved first.</source>
        <translation>Vill du ersätta dina nuvarande framsteg och anteckningar med säkerhetskopian från %1? Det du har nu sparas först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore failed</source>
        <translation>Det gick inte att återställa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored</source>
        <translation>Säkerhetskopian är återställd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your progress was restored. The state before restoring is kept in %1.</source>
        <translation>Dina framsteg är återställda. Det du hade före återställningen finns sparat i %1.</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <location filename="../ui/player/caption_overlay.py" line="+38"/>
        <source>Caption</source>
        <translation>Textning</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificate_dialog.py" line="+48"/>
        <source>Certificate</source>
        <translation>Kursintyg</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate: %1</source>
        <translation>Kursintyg: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as it should appear on the certificate</source>
        <translation>Ditt namn så som det ska stå på intyget</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate preview</source>
        <translation>Förhandsvisning av intyget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the certificate as a PDF file</source>
        <translation>Spara intyget som en PDF-fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Certificate of completion</source>
        <translation>Kursintyg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This certifies that</source>
        <translation>Härmed intygas att</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has completed the course</source>
        <translation>har genomfört kursen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>published by</source>
        <translation>utgiven av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not completed</source>
        <translation>inte klar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total study time</source>
        <translation>Total studietid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Utfärdat den</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview: the course is not completed yet</source>
        <translation>Förhandsvisning: kursen är inte genomförd än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has not yet completed the course</source>
        <translation>har ännu inte genomfört kursen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verification code</source>
        <translation>Kontrollkod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watched in the app</source>
        <translation>sedd i appen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read in the app</source>
        <translation>läst i appen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate can be saved once every lesson of the course is done: watched, read or listened to (lessons only marked as done by hand don&apos;t count).</source>
        <translation>Du kan spara intyget när alla lektioner i kursen är klara: sedda, lästa eller lyssnade på (lektioner som du bara har markerat som klara räknas inte).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certificate</source>
        <translation>kursintyg</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>listened to away from the app (self-reported)</source>
        <translation>lyssnat på utanför appen (enligt egen uppgift)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>marked done by the learner (not verified)</source>
        <translation>markerad som klar av deltagaren (inte kontrollerat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion records in your organisation&apos;s learning record store (xAPI statement ids):</source>
        <translation>Poster om slutförande i din organisations lärandedatabas (id för xAPI-uttalanden):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>inga registrerade</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter your name as it should appear on the certificate.</source>
        <translation>Skriv ditt namn så som det ska stå på intyget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done! Save the certificate as a PDF to give it to your HR department.</source>
        <translation>Bra jobbat! Spara intyget som PDF och lämna det till din HR-avdelning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save certificate</source>
        <translation>Spara intyget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the page could not be drawn</source>
        <translation>sidan kunde inte ritas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate not saved</source>
        <translation>Intyget sparades inte</translation>
    </message>
</context>
<context>
    <name>ChapterList</name>
    <message>
        <location filename="../ui/player/chapters.py" line="+18"/>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
</context>
<context>
    <name>ComebackDialog</name>
    <message>
        <location filename="../ui/comeback_dialog.py" line="+20"/>
        <source>Did you listen to these on the go?</source>
        <translation>Har du lyssnat på de här när du var på språng?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You took these lessons with you. Tick the ones you listened to; they are recorded as listened to away from the app (self-reported), and your certificate says so.</source>
        <translation>Du tog med dig de här lektionerna. Kryssa för dem du har lyssnat på. De registreras som lyssnade utanför appen (enligt egen uppgift), och det står också på ditt intyg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lessons you took with you</source>
        <translation>Lektioner som du tog med dig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record ticked lessons</source>
        <translation>&amp;Registrera de förkryssade lektionerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;one of them</source>
        <translation>&amp;Ingen av dem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>I&amp;nte nu</translation>
    </message>
</context>
<context>
    <name>Completions</name>
    <message>
        <location filename="../ui/completions.py" line="+48"/>
        <location line="+12"/>
        <source>Couldn&apos;t save</source>
        <translation>Det gick inte att spara</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../ui/player/controls.py" line="+36"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Position in the lecture</source>
        <translation>Position i föreläsningen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+82"/>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Back 10 seconds</source>
        <translation>Bakåt 10 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds</source>
        <translation>Framåt 10 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Mute</source>
        <translation>Stäng av ljudet</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Captions</source>
        <translation>Textning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More player options</source>
        <translation>Fler val för uppspelningen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elapsed and total time</source>
        <translation>Spelad tid och total tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playback speed</source>
        <translation>Uppspelningshastighet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unmute</source>
        <translation>Slå på ljudet</translation>
    </message>
</context>
<context>
    <name>CourseCardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/library_view.py" line="+89"/>
        <source>%n module(s) · %1</source>
        <translation>
            <numerusform>%n modul · %1</numerusform>
            <numerusform>%n moduler · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on disk</source>
        <translation>%1 på disken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>CourseController</name>
    <message>
        <location filename="../ui/course_controller.py" line="+107"/>
        <source>Answer not saved</source>
        <translation>Svaret är inte sparat</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>“%1” counts as read once you have spent about %2 on it.</source>
        <translation>”%1” räknas som läst när du har ägnat ungefär %2 åt den.</translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <location filename="../ui/course_details.py" line="+40"/>
        <source>Open course</source>
        <translation>Öppna kursen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected course</source>
        <translation>Öppna den valda kursen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Continue the selected course where you left off</source>
        <translation>Fortsätt den valda kursen där du slutade</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 · %n module(s) · %2 · %3% complete</source>
        <translation>
            <numerusform>%1 · %n modul · %2 · %3&#xa0;% klart</numerusform>
            <numerusform>%1 · %n moduler · %2 · %3&#xa0;% klart</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on disk</source>
        <translation>%1 på disken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Gå igenom igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence: %1</source>
        <translation>Licens: %1</translation>
    </message>
</context>
<context>
    <name>CourseFinished</name>
    <message>
        <location filename="../ui/course_finished.py" line="+60"/>
        <source>You have completed every lesson of “%1”. Well done!</source>
        <translation>Du har gått igenom alla lektioner i ”%1”. Bra jobbat!</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>For the certificate, watch, read or listen to the %n lesson(s) you only marked as done:</source>
        <translation>
            <numerusform>För att få intyget behöver du se, läsa eller lyssna på den lektion som du bara har markerat som klar:</numerusform>
            <numerusform>För att få intyget behöver du se, läsa eller lyssna på de %n lektioner som du bara har markerat som klara:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course complete</source>
        <translation>Kursen är klar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get your certificate…</source>
        <translation>Hämta ditt kursintyg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the certificate of this course</source>
        <translation>Öppna kursintyget för den här kursen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate not available yet</source>
        <translation>Kursintyget finns inte än</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the first lesson left</source>
        <translation>&amp;Öppna den första lektionen som återstår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the first lesson left: %1</source>
        <translation>Öppna den första lektionen som återstår: %1</translation>
    </message>
</context>
<context>
    <name>CourseOutline</name>
    <message>
        <location filename="../ui/course_outline.py" line="+36"/>
        <source>Course outline</source>
        <translation>Kursens innehåll</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark as &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;not done</source>
        <translation>Markera som &amp;inte klar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Video lecture</source>
        <translation>Videoföreläsning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio lecture</source>
        <translation>Ljudföreläsning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>inte klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3%4</source>
        <translation>%1: %2, %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, done</source>
        <translation>, klar</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <location filename="../ui/course_page.py" line="+56"/>
        <source>◀ Library</source>
        <translation>◀ Bibliotek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Tillbaka till biblioteket</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Course progress</source>
        <translation>Framsteg i kursen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1% complete</source>
        <translation>%1&#xa0;% klart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 lessons done</source>
        <translation>%1 av %2 lektioner klara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>Gå igenom igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the completed course from its first lesson</source>
        <translation>Gå igenom den genomförda kursen igen från första lektionen</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+85"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Continue with the next unfinished lesson</source>
        <translation>Fortsätt med nästa lektion som inte är klar</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../ui/export_notice.py" line="+35"/>
        <source>Saved as “%1” in the folder %2.</source>
        <translation>Sparad som ”%1” i mappen %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Öppna mappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder where the file was saved</source>
        <translation>Öppna mappen där filen sparades</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/find_bar.py" line="+41"/>
        <location line="+1"/>
        <source>Find in this reading</source>
        <translation>Sök i den här texten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../ui/help_dialogs.py" line="+37"/>
        <source>not installed</source>
        <translation>inte installerat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course libraries:</source>
        <translation>Kursbibliotek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline player for SmartCourse packages.&lt;/p&gt;&lt;p&gt;Qt %3 (PySide6 %4)&lt;br&gt;libVLC %5&lt;/p&gt;&lt;p&gt;Nothing leaves this computer: no telemetry, no update checks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;En spelare för SmartCourse-kurser som fungerar utan internet.&lt;/p&gt;&lt;p&gt;Qt %3 (PySide6 %4)&lt;br&gt;libVLC %5&lt;/p&gt;&lt;p&gt;Ingenting lämnar den här datorn: ingen insamling av användardata och ingen sökning efter uppdateringar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../ui/import_flow.py" line="+50"/>
        <location line="+31"/>
        <source>Import course</source>
        <translation>Importera kurs</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>SmartCourse packages (*.smartcourse)</source>
        <translation>SmartCourse-kurser (*.smartcourse)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing courses is turned off on this computer by your IT department.</source>
        <translation>Din IT-avdelning har stängt av import av kurser på den här datorn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Hur långt importen har kommit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing… %1 of %2 (%3%)</source>
        <translation>Importerar… %1 av %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Updated “%1” from version %2 to %3.</source>
        <translation>”%1” är uppdaterad från version %2 till %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported “%1”.</source>
        <translation>”%1” är importerad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen avbröts. Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 kunde inte importeras: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be imported because of an unexpected problem; the details are in the log. Nothing was changed.</source>
        <translation>%1 kunde inte importeras på grund av ett oväntat fel. Detaljerna finns i loggen. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Course already installed</source>
        <translation>Kursen är redan installerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Install this package anyway?</source>
        <translation>%1. Vill du installera kursen ändå?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import failed</source>
        <translation>Det gick inte att importera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” was installed for everyone on this computer (%2) and cannot be removed here.</source>
        <translation>”%1” är installerad för alla på den här datorn (%2) och kan inte tas bort här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>Remove course</source>
        <translation>Ta bort kurs</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remove “%1” and free %2? Your progress and notes are kept.</source>
        <translation>Vill du ta bort ”%1” och frigöra %2? Dina framsteg och anteckningar sparas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed “%1”.</source>
        <translation>”%1” är borttagen.</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <location filename="../ui/lesson_pane.py" line="+66"/>
        <location line="+195"/>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Mark this lesson as done</source>
        <translation>Markera den här lektionen som klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as not done</source>
        <translation>Markera som inte klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this lesson as not done</source>
        <translation>Markera den här lektionen som inte klar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a lesson from the outline.</source>
        <translation>Välj en lektion i kursens innehåll.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No lesson open</source>
        <translation>Ingen lektion är öppen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Video lecture</source>
        <translation>Videoföreläsning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio lecture</source>
        <translation>Ljudföreläsning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lecture: %1</source>
        <translation>Föreläsning: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>This reading cannot be opened: %1</source>
        <translation>Det går inte att öppna texten: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../ui/library_controller.py" line="+78"/>
        <source>Courses not shown: %1</source>
        <translation>Kurser som inte visas: %1</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <location filename="../ui/library_model.py" line="+76"/>
        <source>%1 by %2. %n module(s), %3, %4% complete.</source>
        <translation>
            <numerusform>%1 av %2. %n modul, %3, %4&#xa0;% klart.</numerusform>
            <numerusform>%1 av %2. %n moduler, %3, %4&#xa0;% klart.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on disk.</source>
        <translation>%1 på disken.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../ui/library_view.py" line="+12"/>
        <source>Your courses</source>
        <translation>Dina kurser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a course with a double-click or Enter. Import more with File ▸ Import course…</source>
        <translation>Öppna en kurs genom att dubbelklicka eller trycka på Enter. Importera fler med Arkiv ▸ Importera kurs…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove course…</source>
        <translation>Ta bort kurs…</translation>
    </message>
</context>
<context>
    <name>LrsSharing</name>
    <message>
        <location filename="../ui/lrs_sharing.py" line="+43"/>
        <source>Sharing with your organisation</source>
        <translation>Delning med din organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not shared with your organisation: %1</source>
        <translation>Delas inte med din organisation: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your progress is shared with your organisation</source>
        <translation>Dina framsteg delas med din organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer sends records of your learning to your organisation&apos;s learning record store at %1: which lessons you opened, played and completed, when, and for how long. Your notes and your answers to reflection questions are never sent. Progress ▸ What is shared with my organisation lists every record.</source>
        <translation>Den här datorn skickar uppgifter om ditt lärande till din organisations lärandedatabas på %1: vilka lektioner du har öppnat, spelat upp och slutfört, när och hur länge. Dina anteckningar och dina svar på reflektionsfrågorna skickas aldrig. Under Framsteg ▸ Vad som delas med min organisation finns alla uppgifter.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sharing with your organisation…</source>
        <translation>Delar med din organisation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared: %1 sent, %2 waiting</source>
        <translation>Delning: %1 skickade, %2 väntar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your organisation&apos;s record store refused this computer&apos;s credentials; nothing is lost. Please tell IT.</source>
        <translation>din organisations lärandedatabas godkände inte den här datorns inloggningsuppgifter. Ingenting har gått förlorat. Kontakta IT-avdelningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last attempt failed: %1</source>
        <translation>senaste försöket misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+119"/>
        <source>&amp;Import course…</source>
        <translation>&amp;Importera kurs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove course…</source>
        <translation>&amp;Ta bort kurs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress</source>
        <translation>&amp;Framsteg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue where I left off</source>
        <translation>&amp;Fortsätt där jag slutade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Search the courses…</source>
        <translation>&amp;Sök i kurserna…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About %1</source>
        <translation>&amp;Om %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Nästa del av fönstret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious pane</source>
        <translation>&amp;Föregående del av fönstret</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ModuleOverview</name>
    <message>
        <location filename="../ui/module_overview.py" line="+57"/>
        <source>Module page</source>
        <translation>Modulens sida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lessons of this module</source>
        <translation>Lektioner i den här modulen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reflection questions</source>
        <translation>Reflektionsfrågor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes</source>
        <translation>Dina anteckningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes on the lessons of this module</source>
        <translation>Dina anteckningar till lektionerna i den här modulen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes yet. Open a lesson and use Notes beside it to write some.</source>
        <translation>Inga anteckningar än. Öppna en lektion och skriv i Anteckningar bredvid den.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Module %1 of %2 · %3 · %4% done</source>
        <translation>Modul %1 av %2 · %3 · %4&#xa0;% klart</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>inte klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, done</source>
        <translation>, klar</translation>
    </message>
</context>
<context>
    <name>ModuleTable</name>
    <message>
        <location filename="../ui/certificate_table.py" line="+18"/>
        <source>Modules and when they were completed</source>
        <translation>Moduler och när de blev klara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not completed</source>
        <translation>inte klar</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <location filename="../ui/notes_export.py" line="+36"/>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-text (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, to print (*.pdf)</source>
        <translation>PDF att skriva ut (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text, for Word or LibreOffice (*.odt)</source>
        <translation>OpenDocument-text för Word eller LibreOffice (*.odt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at</source>
        <translation>vid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other lessons</source>
        <translation>Andra lektioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection questions</source>
        <translation>Reflektionsfrågor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the OpenDocument text could not be made</source>
        <translation>OpenDocument-texten kunde inte skapas</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/notes_panel.py" line="-259"/>
        <source>(bookmark)</source>
        <translation>(bokmärke)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reflection questions of this module</source>
        <translation>Reflektionsfrågor i den här modulen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Write a note about this lesson…</source>
        <translation>Skriv en anteckning om den här lektionen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach the note to the current moment of the lecture</source>
        <translation>Koppla anteckningen till den här tidpunkten i föreläsningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>Add the note (Ctrl+S)</source>
        <translation>Lägg till anteckningen (Ctrl+S)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing the note</source>
        <translation>Avbryt ändringen av anteckningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes of this lesson</source>
        <translation>Anteckningar till den här lektionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected note</source>
        <translation>Ta bort den valda anteckningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+88"/>
        <source>Edit note</source>
        <translation>Ändra anteckning</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Edit the selected note (F2)</source>
        <translation>Ändra den valda anteckningen (F2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reflection questions</source>
        <translation>Reflektionsfrågor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At %1 in the lecture</source>
        <translation>Vid %1 i föreläsningen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+41"/>
        <source>Note not saved</source>
        <translation>Anteckningen sparades inte</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changed note (Ctrl+S)</source>
        <translation>Spara den ändrade anteckningen (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Note not deleted</source>
        <translation>Anteckningen togs inte bort</translation>
    </message>
</context>
<context>
    <name>PanelCollapse</name>
    <message>
        <location filename="../ui/panel_collapse.py" line="+28"/>
        <source>Transcript</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the transcript and chapters</source>
        <translation>Visa transkriberingen och kapitlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the course outline</source>
        <translation>Visa kursens innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the notes</source>
        <translation>Visa anteckningarna</translation>
    </message>
</context>
<context>
    <name>PdfFindBar</name>
    <message>
        <location filename="../ui/pdf_find.py" line="+29"/>
        <location line="+1"/>
        <source>Find in this PDF</source>
        <translation>Sök i den här PDF-filen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>PdfPageWidget</name>
    <message>
        <location filename="../ui/pdf_page.py" line="+31"/>
        <source>PDF page</source>
        <translation>PDF-sida</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../ui/pdf_view.py" line="+60"/>
        <source>PDF reading</source>
        <translation>Text i PDF-format</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF pages</source>
        <translation>PDF-sidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Contents of this PDF</source>
        <translation>Innehållet i den här PDF-filen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show or hide the contents</source>
        <translation>Visa eller dölj innehållet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page number</source>
        <translation>Sidnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page to the width</source>
        <translation>Anpassa sidan till fönstrets bredd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this PDF</source>
        <translation>Sök i den här PDF-filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected text</source>
        <translation>Kopiera den markerade texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this PDF</source>
        <translation>Skriv ut den här PDF-filen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Link not followed</source>
        <translation>Länken öppnades inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link would start a program or open a file outside the course, so it was not followed.</source>
        <translation>Länken skulle starta ett program eller öppna en fil utanför kursen, så den öppnades inte.</translation>
    </message>
</context>
<context>
    <name>PlayerMenu</name>
    <message>
        <location filename="../ui/player/player_menu.py" line="+17"/>
        <source>White on black</source>
        <translation>Vit på svart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow on black</source>
        <translation>Gul på svart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black on white</source>
        <translation>Svart på vit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White on dark blue</source>
        <translation>Vit på mörkblå</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Caption &amp;language</source>
        <translation>&amp;Språk för textningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption &amp;size</source>
        <translation>Textningens st&amp;orlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption &amp;colours</source>
        <translation>Textningens &amp;färger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audio only (no picture)</source>
        <translation>Endast &amp;ljud (ingen bild)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play the next lecture automatically</source>
        <translation>S&amp;pela nästa föreläsning automatiskt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <location filename="../ui/player/player_widget.py" line="+90"/>
        <source>Transcript and chapters</source>
        <translation>Transkribering och kapitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This lecture has no media file.</source>
        <translation>Föreläsningen saknar mediefil.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audio only: %1</source>
        <translation>Endast ljud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Play or Space to start</source>
        <translation>Tryck på Spela upp eller mellanslag för att börja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You continue at %1</source>
        <translation>Du fortsätter vid %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lectures cannot play on this computer: %1</source>
        <translation>Föreläsningar kan inte spelas upp på den här datorn: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This lecture cannot be played: %1</source>
        <translation>Föreläsningen kan inte spelas upp: %1</translation>
    </message>
    <message>
        <location filename="../ui/player/shortcuts.py" line="+48"/>
        <source>Play or pause the lecture</source>
        <translation>Spela upp eller pausa föreläsningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 5 seconds</source>
        <translation>Bakåt 5 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 5 seconds</source>
        <translation>Framåt 5 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds</source>
        <translation>Bakåt 10 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds</source>
        <translation>Framåt 10 sekunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume up</source>
        <translation>Höj volymen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume down</source>
        <translation>Sänk volymen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute or unmute</source>
        <translation>Stäng av eller slå på ljudet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions on or off</source>
        <translation>Textning på eller av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower</source>
        <translation>Långsammare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster</source>
        <translation>Snabbare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video full screen</source>
        <translation>Video i helskärm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
</context>
<context>
    <name>PolicyBanner</name>
    <message>
        <location filename="../ui/policy_banner.py" line="+18"/>
        <source>Machine configuration</source>
        <translation>Datorns konfiguration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Machine configuration notice</source>
        <translation>Meddelande om datorns konfiguration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer&apos;s machine policy cannot be used, so importing courses and sending progress are turned off. Installed courses still play. Tell your IT department:</source>
        <translation>Den här datorns policy kan inte användas, så import av kurser och delning av framsteg är avstängda. Installerade kurser går fortfarande att spela upp. Kontakta din IT-avdelning och berätta:</translation>
    </message>
</context>
<context>
    <name>PrintReading</name>
    <message>
        <location filename="../ui/print_reading.py" line="+67"/>
        <source>reading</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the reading to PDF</source>
        <translation>Exportera texten till PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to PDF</source>
        <translation>Exportera till PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written: %1</source>
        <translation>Det gick inte att skriva PDF-filen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading exported</source>
        <translation>Texten är exporterad</translation>
    </message>
</context>
<context>
    <name>ProgressFeatures</name>
    <message>
        <location filename="../ui/progress_menu.py" line="+86"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Notes beside the lesson</source>
        <translation>&amp;Anteckningar bredvid lektionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;All notes of this course…</source>
        <translation>A&amp;lla anteckningar i kursen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificate…</source>
        <translation>&amp;Kursintyg…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export progress…</source>
        <translation>&amp;Exportera framsteg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What is shared with my organisation…</source>
        <translation>&amp;Vad som delas med min organisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset course progress…</source>
        <translation>&amp;Nollställ framstegen i kursen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;backup…</source>
        <translation>Återställ från &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress database damaged</source>
        <translation>Databasen med framsteg är skadad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your progress database was damaged and could not be used. It was kept as %1, and a new, empty one was started. You can restore a recent backup from the Progress menu.</source>
        <translation>Databasen med dina framsteg var skadad och kunde inte användas. Den har sparats som %1, och en ny, tom databas har skapats. Du kan återställa en nyligen gjord säkerhetskopia från menyn Framsteg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress kept on this computer</source>
        <translation>Framstegen sparas på den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data folder is on a network share, where the progress database is not safe. Your progress is kept in %1 instead.</source>
        <translation>Din datamapp ligger på en nätverksenhet, där databasen med framsteg inte är säker. Dina framsteg sparas i stället i %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a course to get its certificate.</source>
        <translation>Öppna en kurs för att få dess kursintyg.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The certificate is offered once every lesson is watched, read or listened to: %n lesson(s) to go. Lessons only marked as done by hand don&apos;t count.</source>
        <translation>
            <numerusform>Du får intyget när alla lektioner är sedda, lästa eller lyssnade på: %n lektion kvar. Lektioner som du bara har markerat som klara räknas inte.</numerusform>
            <numerusform>Du får intyget när alla lektioner är sedda, lästa eller lyssnade på: %n lektioner kvar. Lektioner som du bara har markerat som klara räknas inte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your certificate of completion for this course</source>
        <translation>Ditt kursintyg för den här kursen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Certificate saved</source>
        <translation>Intyget är sparat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>progress</source>
        <translation>framsteg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export progress</source>
        <translation>Exportera framsteg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV-kalkylblad (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Progress exported</source>
        <translation>Framstegen är exporterade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Det gick inte att exportera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset course progress</source>
        <translation>Nollställ framstegen i kursen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget all progress in “%1”: completed lessons, positions and study time? Your notes are kept, and a backup is made first.</source>
        <translation>Vill du glömma alla framsteg i ”%1”: klara lektioner, positioner och studietid? Dina anteckningar sparas, och en säkerhetskopia görs först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset progress</source>
        <translation>Nollställ framstegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset failed</source>
        <translation>Det gick inte att nollställa</translation>
    </message>
</context>
<context>
    <name>ReadingBrowser</name>
    <message>
        <location filename="../ui/reading_browser.py" line="+42"/>
        <source>Reading text</source>
        <translation>Textens innehåll</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>only its first part is shown</source>
        <translation>bara den första delen visas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deeply nested parts are flattened</source>
        <translation>djupt inkapslade delar visas utan indrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only its first headings are in the contents</source>
        <translation>bara de första rubrikerna finns med i innehållet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reading is too large or too deeply nested to show in full: %1.</source>
        <translation>Texten är för stor eller för djupt inkapslad för att visas i sin helhet: %1.</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../ui/reading_view.py" line="+67"/>
        <location line="+301"/>
        <source>Reading</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+7"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Contents of this reading</source>
        <translation>Innehållet i den här texten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or hide the contents</source>
        <translation>Visa eller dölj innehållet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Mindre text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this reading</source>
        <translation>Sök i den här texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this reading</source>
        <translation>Skriv ut den här texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export this reading to PDF</source>
        <translation>Exportera den här texten till PDF</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening the reading…</source>
        <translation>Öppnar texten…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This reading cannot be opened: %1</source>
        <translation>Det går inte att öppna texten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image not loaded: %1</source>
        <translation>Bilden kunde inte läsas in: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image removed</source>
        <translation>Bilden har tagits bort</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Open this address in your web browser?

%1</source>
        <translation>Vill du öppna den här adressen i din webbläsare?

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this file of the course with another program?

%1</source>
        <translation>Vill du öppna den här filen i kursen med ett annat program?

%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open link</source>
        <translation>Öppna länk</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Larger reading text</source>
        <translation>Större text i texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller reading text</source>
        <translation>Mindre text i texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading text at normal size</source>
        <translation>Normal textstorlek i texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the reading</source>
        <translation>Sök i texten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the reading</source>
        <translation>Skriv ut texten</translation>
    </message>
</context>
<context>
    <name>ReflectionAnswers</name>
    <message>
        <location filename="../ui/reflection_answers.py" line="+40"/>
        <source>An earlier question, no longer in this course: %1
Your answer: %2</source>
        <translation>En tidigare fråga som inte längre finns i kursen: %1
Ditt svar: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/search_panel.py" line="+123"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search titles, readings and lectures</source>
        <translation>Sök i rubriker, texter och föreläsningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the courses</source>
        <translation>Sök i kurserna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No results</source>
        <translation>Inga träffar</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location line="-105"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecture</source>
        <translation>Föreläsning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at %1</source>
        <translation>vid %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="+37"/>
        <source>Your name (on certificates)</source>
        <translation>Ditt namn (på intyg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Uppspelningshastighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the next lecture automatically</source>
        <translation>Spela nästa föreläsning automatiskt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Player keys without Ctrl (Space, arrows, letters)</source>
        <translation>Spelarens tangenter utan Ctrl (mellanslag, piltangenter, bokstäver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption size</source>
        <translation>Textningens storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading text size</source>
        <translation>Textstorlek i texter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lecture counts as watched after</source>
        <translation>En föreläsning räknas som sedd efter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share my progress with (xAPI address)</source>
        <translation>Dela mina framsteg med (xAPI-adress)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Before anything is sent, SmartCourse tells you what will be shared. Leave the address empty to share nothing.</source>
        <translation>Innan något skickas talar SmartCourse om vad som kommer att delas. Lämna adressen tom om du inte vill dela något.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>🔒 Locked settings are set by your IT department for this computer.</source>
        <translation>🔒 Låsta inställningar bestäms av din IT-avdelning för den här datorn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time SmartCourse starts.</source>
        <translation>Ett nytt språk gäller från nästa gång du startar SmartCourse.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>🔒 set by your IT department</source>
        <translation>🔒 bestäms av din IT-avdelning</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The address of the learning record store must be a web address starting with https:// or http://, such as https://lrs.example.org/xAPI.</source>
        <translation>Adressen till lärandedatabasen måste vara en webbadress som börjar med https:// eller http://, till exempel https://lrs.example.org/xAPI.</translation>
    </message>
</context>
<context>
    <name>SharedRecordsDialog</name>
    <message>
        <location filename="../ui/shared_records_dialog.py" line="+29"/>
        <source>the course</source>
        <translation>kursen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrew an earlier completion</source>
        <translation>Drog tillbaka ett tidigare slutförande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked “%1” as done</source>
        <translation>Markerade ”%1” som klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached %1% of “%2”</source>
        <translation>Nådde %1&#xa0;% av ”%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened “%1”</source>
        <translation>Öppnade ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded the lecture “%1”</source>
        <translation>Läste in föreläsningen ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played “%1”</source>
        <translation>Spelade upp ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused “%1”</source>
        <translation>Pausade ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to another point of “%1”</source>
        <translation>Hoppade till en annan del av ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed “%1”</source>
        <translation>Slutförde ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed “%1”</source>
        <translation>Stängde ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressed in “%1”</source>
        <translation>Kom vidare i ”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did something in “%1”</source>
        <translation>Gjorde något i ”%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What is shared with my organisation</source>
        <translation>Vad som delas med min organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records of your learning, newest first</source>
        <translation>Uppgifter om ditt lärande, de senaste först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your notes and your answers to reflection questions are never shared.</source>
        <translation>Dina anteckningar och dina svar på reflektionsfrågorna delas aldrig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No organisation record store is configured on this computer: nothing is sent. These records of your learning stay here, in case one is configured later.</source>
        <translation>Ingen lärandedatabas för din organisation är inställd på den här datorn, så ingenting skickas. Uppgifterna om ditt lärande finns kvar här ifall en databas ställs in senare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These records of your learning are sent to your organisation&apos;s learning record store at %1: which lessons you opened, played and completed, when, and for how long.</source>
        <translation>De här uppgifterna om ditt lärande skickas till din organisations lärandedatabas på %1: vilka lektioner du har öppnat, spelat upp och slutfört, när och hur länge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept on this computer</source>
        <translation>Sparad på den här datorn</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/help_dialogs.py" line="+34"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every action can be reached from the keyboard:</source>
        <translation>Alla åtgärder går att nå från tangentbordet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The player&apos;s keys without Ctrl can be turned off in Edit ▸ Preferences. Tab moves from control to control, F6 from pane to pane.</source>
        <translation>Du kan stänga av spelarens tangenter utan Ctrl under Redigera ▸ Inställningar. Tabb flyttar mellan kontrollerna och F6 mellan fönstrets delar.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../ui/player/video_widget.py" line="+71"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>SystemOpen</name>
    <message>
        <location filename="../ui/system_open.py" line="+38"/>
        <source>Open this address in your web browser?

%1</source>
        <translation>Vill du öppna den här adressen i din webbläsare?

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open link</source>
        <translation>Öppna länk</translation>
    </message>
</context>
<context>
    <name>TakeawayDialog</name>
    <message>
        <location filename="../ui/takeaway_dialog.py" line="+50"/>
        <source>Take with you: %1</source>
        <translation>Ta med dig: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put lectures as audio (with chapters), the readings as an e-book and a playlist on a phone or USB stick, to study on the go.</source>
        <translation>Lägg föreläsningarna som ljud (med kapitel), texterna som e-bok och en spellista på en mobil eller ett USB-minne, så att du kan plugga när du är på språng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modules to take with you</source>
        <translation>Moduler att ta med</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include the readings as an &amp;e-book (EPUB)</source>
        <translation>Ta med texterna som &amp;e-bok (EPUB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination folder</source>
        <translation>Målmapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone or USB stick folder</source>
        <translation>En mapp på en mobil eller ett USB-minne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Choose the destination folder</source>
        <translation>Välj målmapp</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Phones connected over MTP are best effort: their free space may be unknown, and files may be copied in place without a safe rename. A USB stick is more reliable.</source>
        <translation>Mobiler som är anslutna via MTP fungerar inte alltid helt: det lediga utrymmet kan vara okänt, och filerna kan kopieras direkt utan ett säkert namnbyte. Ett USB-minne är mer pålitligt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export progress</source>
        <translation>Hur långt exporten har kommit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Write</source>
        <translation>&amp;Skriv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the chosen modules to the destination</source>
        <translation>Skriv de valda modulerna till målmappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel writing</source>
        <translation>&amp;Avbryt skrivningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel writing; nothing is left behind</source>
        <translation>Avbryt skrivningen. Ingenting lämnas kvar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose at least one module and a destination folder.</source>
        <translation>Välj minst en modul och en målmapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To write: %1. Free at the destination: %2.</source>
        <translation>Att skriva: %1. Ledigt i målmappen: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is not enough free space.</source>
        <translation>Det finns inte tillräckligt med ledigt utrymme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1 (%2)</source>
        <translation>Hoppade över: %1 (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written to %1. When you next open the course, you can record what you listened to.</source>
        <translation>Skrivet till %1. Nästa gång du öppnar kursen kan du registrera vad du har lyssnat på.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination could not rename files; they were copied in place.</source>
        <translation>Det gick inte att byta namn på filer i målmappen, så de kopierades direkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken with you</source>
        <translation>Tagen med dig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled. Nothing was left at the destination.</source>
        <translation>Avbrutet. Ingenting lämnades kvar i målmappen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not written: %1</source>
        <translation>Inte skrivet: %1</translation>
    </message>
</context>
<context>
    <name>TakeawayFeatures</name>
    <message>
        <location filename="../ui/takeaway_features.py" line="+33"/>
        <source>&amp;Take with you…</source>
        <translation>&amp;Ta med dig…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Take this module with you…</source>
        <translation>Ta med dig den här modulen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../ui/player/transcript_panel.py" line="+20"/>
        <location line="+1"/>
        <source>Search the transcript</source>
        <translation>Sök i transkriberingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transcript</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This lecture has no transcript.</source>
        <translation>Föreläsningen har ingen transkribering.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n line(s) found</source>
        <translation>
            <numerusform>%n rad hittades</numerusform>
            <numerusform>%n rader hittades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpNext</name>
    <message>
        <location filename="../ui/player/up_next.py" line="+25"/>
        <source>Up next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel playing the next lecture</source>
        <translation>Spela inte upp nästa föreläsning</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Up next: %1 in %2 s</source>
        <translation>Nästa: %1 om %2&#xa0;s</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../ui/player/video_widget.py" line="-34"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>VlcPlayer</name>
    <message>
        <location filename="../ui/player/vlc_player.py" line="+254"/>
        <source>libVLC could not start playing %1</source>
        <translation>libVLC kunde inte börja spela upp %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>libVLC could not decode %1</source>
        <translation>libVLC kunde inte avkoda %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ended at once: it is damaged or empty</source>
        <translation>%1 tog slut direkt: filen är skadad eller tom</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../ui/crash.py" line="+33"/>
        <source>Details are in the log file:
%1</source>
        <translation>Detaljerna finns i loggfilen:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details were written to the error output.</source>
        <translation>Detaljerna skrevs till felutmatningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SmartCourse hit an unexpected error: %1

%2</source>
        <translation>SmartCourse råkade ut för ett oväntat fel: %1

%2</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../ui/notices.py" line="+18"/>
        <source>Your preferences can&apos;t be saved (%1). They apply until SmartCourse is closed.</source>
        <translation>Dina inställningar kan inte sparas (%1). De gäller tills du stänger SmartCourse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where your progress is kept</source>
        <translation>Var dina framsteg sparas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data folder is on a network share and the usual local folder is not safe to use, so your progress is kept in %1 for now. Ask your IT department to check the folder.</source>
        <translation>Din datamapp ligger på en nätverksenhet och den vanliga lokala mappen är inte säker att använda, så dina framsteg sparas i %1 tills vidare. Be din IT-avdelning att kontrollera mappen.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../ui/text.py" line="+21"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1&#xa0;byte</translation>
    </message>
</context>
</TS>
