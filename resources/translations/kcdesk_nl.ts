<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kcdesk</source>
        <translation>Over kcdesk</translation>
    </message>
    <message>
        <source>Plan knowledge cafés, check people in at the door, and write the article afterwards.</source>
        <translation>Kenniscafés plannen, deelnemers bij de deur inchecken en achteraf het artikel schrijven.</translation>
    </message>
    <message>
        <source>Licence: MIT. You may use, change and share kcdesk freely; it comes without any warranty.</source>
        <translation>Licentie: MIT. Je mag kcdesk vrij gebruiken, aanpassen en delen; het wordt geleverd zonder enige garantie.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Open database:</source>
        <translation>Geopende database:</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Check-in</source>
        <translation>Inchecken</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>verslag klaar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
</context>
<context>
    <name>InUse</name>
    <message>
        <source>%1 is in use by another kcdesk.</source>
        <translation>%1 is in gebruik door een andere kcdesk.</translation>
    </message>
    <message>
        <source>%1 is in use by kcdesk on %2 since %3.</source>
        <translation>%1 is sinds %3 in gebruik door kcdesk op %2.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database in gebruik</translation>
    </message>
    <message>
        <source>Only one kcdesk at a time can change a database. You can open it read-only to look things up, or close it on the other computer first.</source>
        <translation>Er kan maar één kcdesk tegelijk een database wijzigen. Je kunt hem alleen-lezen openen om iets op te zoeken, of hem eerst op de andere computer sluiten.</translation>
    </message>
    <message>
        <source>If kcdesk no longer runs there (for example after a crash), you can take the database over.</source>
        <translation>Draait kcdesk daar niet meer (bijvoorbeeld na een vastloper), dan kun je de database overnemen.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Overnemen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New database…</source>
        <extracomment>database_opened(path): a database was opened and the screens attached to it.</extracomment>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Opslaan als &amp;kopie…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Import event…</source>
        <translation>Bijeenkomst &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export event…</source>
        <translation>Bijeenkomst &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>&amp;About kcdesk</source>
        <translation>&amp;Over kcdesk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>No daily backup was made: %1</source>
        <translation>Er is geen dagelijkse back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>geen database</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>That file already exists.</source>
        <translation>Dat bestand bestaat al.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Opslaan als kopie</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <source>Import event</source>
        <translation>Bijeenkomst importeren</translation>
    </message>
    <message>
        <source>Event files (*.json)</source>
        <translation>Bijeenkomstbestanden (*.json)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 geïmporteerd</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Bijeenkomst exporteren</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Kies eerst een bijeenkomst.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart kcdesk.</source>
        <translation>De nieuwe taal gaat in zodra je kcdesk opnieuw start.</translation>
    </message>
    <message>
        <source>kcdesk</source>
        <translation>kcdesk</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>NotesScreen</name>
    <message>
        <source>Notes &amp; export</source>
        <translation>Notities &amp; export</translation>
    </message>
</context>
<context>
    <name>PlanningScreen</name>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>This database: %1</source>
        <translation>Deze database: %1</translation>
    </message>
    <message>
        <source>Open a database to change this.</source>
        <translation>Open een database om dit te wijzigen.</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Deze database is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Cannot save the retention period</source>
        <translation>Kan de bewaartermijn niet opslaan</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeemtaal volgen</translation>
    </message>
    <message>
        <source>A new language takes effect when kcdesk is restarted.</source>
        <translation>Een andere taal gaat in nadat kcdesk opnieuw is gestart.</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>&amp;Balienaam:</translation>
    </message>
    <message>
        <source>Shown in the check-in journal, so you can tell the entrances apart.</source>
        <translation>Staat in het incheckjournaal, zodat je de ingangen uit elkaar kunt houden.</translation>
    </message>
    <message>
        <source>&amp;Door font size:</source>
        <translation>&amp;Lettergrootte bij de deur:</translation>
    </message>
    <message>
        <source>The size of names in door mode, readable from a step away.</source>
        <translation>De grootte van namen in de deurmodus, leesbaar op een paar passen afstand.</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept:</source>
        <translation>&amp;Aantal dagelijkse back-ups:</translation>
    </message>
    <message>
        <source>kcdesk copies a database the first time it is opened each day, and keeps this many copies.</source>
        <translation>kcdesk maakt elke dag een kopie van een database zodra die voor het eerst wordt geopend, en bewaart zoveel kopieën.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Deze database</translation>
    </message>
    <message>
        <source>&amp;Keep personal data (months):</source>
        <translation>&amp;Persoonsgegevens bewaren (maanden):</translation>
    </message>
    <message>
        <source>Stored in the database, so it applies on every computer that uses it.</source>
        <translation>Opgeslagen in de database zelf, dus het geldt op elke computer die hem gebruikt.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the copy of %1 to go back to. What the database holds now is kept as a backup first, so you can undo this.</source>
        <translation>Kies de kopie van %1 waarnaar je terug wilt. Wat de database nu bevat, wordt eerst als back-up bewaard, zodat je dit ongedaan kunt maken.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen back-ups van deze database.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Dagelijkse back-up</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten</translation>
    </message>
    <message>
        <source>Before the upgrade from version %1</source>
        <translation>Vóór de upgrade van versie %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup of %2?

What it holds now is saved as a backup first.</source>
        <translation>Alles in %1 vervangen door de back-up van %2?

Wat er nu in staat, wordt eerst als back-up bewaard.</translation>
    </message>
    <message>
        <source>Restored the backup; the replaced contents are in %1</source>
        <translation>Back-up teruggezet; de vervangen inhoud staat in %1</translation>
    </message>
</context>
</TS>
