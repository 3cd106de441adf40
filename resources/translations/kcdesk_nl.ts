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
    <name>AccreditationPanel</name>
    <message>
        <source>applied for</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegekend</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Activity ID</source>
        <translation>Activiteitnummer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Net hours</source>
        <translation>Netto uren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>Door te geven</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) without a register number that may be reported (the door lists them: F3).</source>
        <translation>
            <numerusform>%n aanwezige zonder registratienummer dat mag worden doorgegeven (de deur toont ze: F3).</numerusform>
            <numerusform>%n aanwezigen zonder registratienummer dat mag worden doorgegeven (de deur toont ze: F3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the accreditation by %1.</source>
        <translation>De accreditatie door %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Removed the accreditation by %1.</source>
        <translation>De accreditatie door %1 is verwijderd.</translation>
    </message>
    <message>
        <source>List for %1</source>
        <translation>Lijst voor %1</translation>
    </message>
    <message>
        <source>Numbers to paste into PE-online (*.txt);;Attendance list to sign (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>Nummers om in PE-online te plakken (*.txt);;Presentielijst om te tekenen (*.pdf);;Spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n attendee(s) to %1.</source>
        <translation>
            <numerusform>%n aanwezige naar %1 geschreven.</numerusform>
            <numerusform>%n aanwezigen naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accreditation points</source>
        <translation>Accreditatiepunten</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punten</translation>
    </message>
    <message>
        <source> net hours</source>
        <translation> netto uur</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Lijst e&amp;xporteren…</translation>
    </message>
    <message>
        <source>The register&apos;s list of this event: .txt numbers to paste into PE-online, .pdf attendance list to sign, or .csv</source>
        <translation>De lijst van dit register voor deze bijeenkomst: .txt met nummers om in PE-online te plakken, .pdf-presentielijst om te tekenen, of .csv</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Name badges</source>
        <translation>Naambadges</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Naambadges afdrukken</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Registrations by sector</source>
        <translation>Aanmeldingen per sector</translation>
    </message>
    <message>
        <source>Choose an event.</source>
        <translation>Kies een bijeenkomst.</translation>
    </message>
    <message>
        <source>Registered and attended in this series</source>
        <translation>Aangemeld en aanwezig in deze reeks</translation>
    </message>
    <message>
        <source>No registrations yet.</source>
        <translation>Nog geen aanmeldingen.</translation>
    </message>
    <message>
        <source>This event is not part of a series.</source>
        <translation>Deze bijeenkomst hoort niet bij een reeks.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Rows with problems</source>
        <translation>Regels met problemen</translation>
    </message>
    <message>
        <source>A trial run found these problems; nothing is saved yet. Rows with errors are left out; the rest is imported when you click Import.</source>
        <translation>Een proefrun vond deze problemen; er is nog niets opgeslagen. Regels met fouten blijven buiten de import; de rest wordt geïmporteerd als je op Importeren klikt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>E-mail addresses that are not valid: correct them here, or import the row without one.</source>
        <translation>Ongeldige e-mailadressen: verbeter ze hier, of importeer de regel zonder adres.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n regel kan worden geïmporteerd</numerusform>
            <numerusform>%n regels kunnen worden geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>(new: %1, updated: %2, unchanged: %3).</source>
        <translation>(nieuw: %1, bijgewerkt: %2, ongewijzigd: %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have errors.</source>
        <translation>
            <numerusform>%n regel heeft fouten.</numerusform>
            <numerusform>%n regels hebben fouten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Check-in</source>
        <extracomment>door_opened(window): door mode started for the chosen event.</extracomment>
        <translation>Inchecken</translation>
    </message>
    <message>
        <source>Checked in: %1 of %2 expected</source>
        <translation>Ingecheckt: %1 van %2 verwacht</translation>
    </message>
    <message>
        <source>Not checked in (yet): %1</source>
        <translation>(Nog) niet ingecheckt: %1</translation>
    </message>
    <message>
        <source>Export this station&apos;s journal</source>
        <translation>Journaal van deze balie exporteren</translation>
    </message>
    <message>
        <source>Journals (*.json)</source>
        <translation>Journaals (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n journal entries to %1.</source>
        <translation>
            <numerusform>%n journaalregel opgeslagen in %1.</numerusform>
            <numerusform>%n journaalregels opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>%n bestand samengevoegd.</numerusform>
            <numerusform>%n bestanden samengevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>New entries: %1; already known: %2; walk-ins added: %3.</source>
        <translation>Nieuwe regels: %1; al bekend: %2; binnenlopers toegevoegd: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) of badges to %1.</source>
        <translation>
            <numerusform>%n pagina naambadges opgeslagen in %1.</numerusform>
            <numerusform>%n pagina&apos;s naambadges opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n people who did not come as no-show? Late arrivals can still be checked in.</source>
        <translation>
            <numerusform>De %n persoon die niet kwam als niet verschenen markeren? Laatkomers kunnen nog steeds inchecken.</numerusform>
            <numerusform>De %n personen die niet kwamen als niet verschenen markeren? Laatkomers kunnen nog steeds inchecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge other stations&apos; journals</source>
        <translation>Journaals van andere balies samenvoegen</translation>
    </message>
    <message>
        <source>Save badges as PDF</source>
        <translation>Naambadges als PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Mark no-shows</source>
        <translation>Niet verschenen markeren</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>Bijeen&amp;komst</translation>
    </message>
    <message>
        <source>Open &amp;door mode (F11)</source>
        <translation>Deur&amp;modus openen (F11)</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Deze balie</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>Balie&amp;naam</translation>
    </message>
    <message>
        <source>e.g. Entrance or Zaal 2</source>
        <translation>bijv. Ingang of Zaal 2</translation>
    </message>
    <message>
        <source>Door &amp;text size</source>
        <translation>Letter&amp;grootte bij de deur</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>E&amp;xport this station&apos;s journal…</source>
        <translation>&amp;Journaal exporteren…</translation>
    </message>
    <message>
        <source>&amp;Merge other stations&apos; journals…</source>
        <translation>Andere journaals &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Naambadges</translation>
    </message>
    <message>
        <source>Save badges as &amp;PDF…</source>
        <translation>Als &amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>P&amp;rint badges…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Counts by sector</source>
        <translation>Aantallen per sector</translation>
    </message>
    <message>
        <source>Not checked in (yet)</source>
        <translation>(Nog) niet ingecheckt</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Niet ingecheckt</translation>
    </message>
    <message>
        <source>Mark them all as &amp;no-show</source>
        <translation>Allemaal als niet &amp;verschenen markeren</translation>
    </message>
    <message>
        <source>Not checked in, cancelled here: %1 (register them again at the door if they came).</source>
        <translation>Niet ingecheckt, hier afgemeld: %1 (meld ze opnieuw aan bij de deur als ze er waren).</translation>
    </message>
</context>
<context>
    <name>DoorModels</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>Checked in at %1 at station %2</source>
        <translation>Ingecheckt om %1 bij balie %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>Undo</source>
        <extracomment>Confirmation colours (background, text): green welcome, amber repeat, red error, grey info. From this text size on, the last check-ins list leaves out the organisation. How many of the last check-ins (of all stations) Ctrl+Z looks through for this station&apos;s last one. Keys that move the highlight in the results, and by how many rows. checked_in(result): someone was checked in, or turned out to be already (result.already). confirmation_shown(state, title): the big confirmation changed (&quot;ok&quot;, &quot;repeat&quot;, &quot;error&quot;, &quot;info&quot;). font_size_changed(points): Ctrl++ / Ctrl+- changed the text size.</extracomment>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Door: %1</source>
        <translation>Deur: %1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Balie: %1</translation>
    </message>
    <message>
        <source>Not sharing check-ins: %1</source>
        <translation>Check-ins worden niet gedeeld: %1</translation>
    </message>
    <message>
        <source>Sharing check-ins; no other station heard from yet.</source>
        <translation>Check-ins worden gedeeld; nog niets gehoord van een andere balie.</translation>
    </message>
    <message>
        <source>not heard from yet</source>
        <translation>nog niets gehoord</translation>
    </message>
    <message>
        <source>heard just now</source>
        <translation>net gehoord</translation>
    </message>
    <message numerus="yes">
        <source>heard %n min ago</source>
        <translation>
            <numerusform>%n min geleden gehoord</numerusform>
            <numerusform>%n min geleden gehoord</numerusform>
        </translation>
    </message>
    <message>
        <source>Stations: %1</source>
        <translation>Balies: %1</translation>
    </message>
    <message>
        <source>No exact match for “%1”. Choose a suggestion with ↓ and press Enter, or press F2 for a walk-in.</source>
        <translation>Geen exacte treffer voor “%1”. Kies een suggestie met ↓ en druk op Enter, of druk op F2 voor een binnenloper.</translation>
    </message>
    <message>
        <source>Nobody found for “%1”. Press F2 for a walk-in.</source>
        <translation>Niemand gevonden voor “%1”. Druk op F2 voor een binnenloper.</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>niet vandaag</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Niemand gevonden</translation>
    </message>
    <message>
        <source>Came anyway? Press F2 to let them in as a walk-in.</source>
        <translation>Toch gekomen? Druk op F2 om diegene als binnenloper binnen te laten.</translation>
    </message>
    <message>
        <source>Group checked in: %1</source>
        <translation>Groep ingecheckt: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n were already in)</source>
        <translation>
            <numerusform>(%n was al binnen)</numerusform>
            <numerusform>(%n waren al binnen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in at %1 at station %2</source>
        <translation>Al ingecheckt om %1 bij balie %2</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Welkom, %1!</translation>
    </message>
    <message>
        <source>Booked for: %1</source>
        <translation>Ook in deze aanmelding: %1</translation>
    </message>
    <message>
        <source>Check in the whole group: %1 more (Ctrl+G)</source>
        <translation>Hele groep inchecken: nog %1 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Niet ingecheckt</translation>
    </message>
    <message>
        <source>Ready for the next person</source>
        <translation>Klaar voor de volgende</translation>
    </message>
    <message>
        <source>Type a name or scan the code on the ticket.</source>
        <translation>Typ een naam of scan de code op het ticket.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>No check-in of this station to undo.</source>
        <translation>Geen check-in van deze balie om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>%1 is no longer checked in.</source>
        <translation>%1 is niet meer ingecheckt.</translation>
    </message>
    <message>
        <source>%1 / %2 in</source>
        <translation>%1 / %2 binnen</translation>
    </message>
    <message>
        <source>Without register number: %1 (F3)</source>
        <translation>Zonder registratienummer: %1 (F3)</translation>
    </message>
    <message>
        <source>Undo check-in of %1</source>
        <translation>Check-in van %1 intrekken</translation>
    </message>
    <message>
        <source>Leave door mode?</source>
        <translation>Deurmodus verlaten?</translation>
    </message>
    <message>
        <source>Leave door mode? Check-ins are saved; the door stops taking people.</source>
        <translation>Deurmodus verlaten? De check-ins zijn opgeslagen; bij de deur kan daarna niemand meer inchecken.</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>Inchecken bij de deur</translation>
    </message>
    <message>
        <source>Without register number (F3)</source>
        <translation>Zonder registratienummer (F3)</translation>
    </message>
    <message>
        <source>Who came to this accredited event without a register number yet: add it now</source>
        <translation>Wie er op deze geaccrediteerde bijeenkomst is zonder registratienummer: vul het nu aan</translation>
    </message>
    <message>
        <source>Type a name or scan a code, then press Enter</source>
        <translation>Typ een naam of scan een code</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Check in the whole group (Ctrl+G)</source>
        <translation>Hele groep inchecken (Ctrl+G)</translation>
    </message>
    <message>
        <source>Print badge (Ctrl+P)</source>
        <translation>Naambadge afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Last check-ins</source>
        <translation>Laatste check-ins</translation>
    </message>
    <message>
        <source>Checked in by sector</source>
        <translation>Ingecheckt per sector</translation>
    </message>
    <message>
        <source>Counts by sector</source>
        <translation>Aantallen per sector</translation>
    </message>
    <message>
        <source>Enter: check in · ↑ ↓: choose · F2: walk-in · Ctrl+Z: undo last · Ctrl+G: whole group · Ctrl+P: badge · Ctrl+ + / −: text size · Esc: clear, then leave</source>
        <translation>Enter: inchecken · ↑ ↓: kiezen · F2: binnenloper · Ctrl+Z: intrekken · Ctrl+G: groep · Ctrl+P: badge · Ctrl+ + / −: grootte · Esc: wissen, dan sluiten</translation>
    </message>
</context>
<context>
    <name>EmailFixModel</name>
    <message>
        <source>Line</source>
        <extracomment>[line, name, address as in the file, address now, without an address]</extracomment>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Without address</source>
        <translation>Zonder adres</translation>
    </message>
    <message>
        <source>imported without address, noted</source>
        <translation>zonder adres, genoteerd</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>verbeterd</translation>
    </message>
    <message>
        <source>Imported from %1 without the e-mail address “%2”, which is not valid (line %3).</source>
        <translation>Geïmporteerd uit %1 zonder het e-mailadres ‘%2’, dat ongeldig is (regel %3).</translation>
    </message>
</context>
<context>
    <name>EnglishDialog</name>
    <message>
        <source>English versions</source>
        <translation>Engelse versies</translation>
    </message>
    <message>
        <source>The English draft article uses these texts. Left empty, it prints the Dutch marked as [NL: …].</source>
        <translation>Het Engelse conceptartikel gebruikt deze teksten. Blijft een veld leeg, dan staat daar de Nederlandse tekst, gemarkeerd als [NL: …].</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Head&amp;line</source>
        <translation>&amp;Kop</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>&amp;Editie</translation>
    </message>
    <message>
        <source>e.g. the first autumn knowledge café of 2019</source>
        <translation>bijvoorbeeld: the first autumn knowledge café of 2019</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Be&amp;schrijving</translation>
    </message>
</context>
<context>
    <name>EnglishTextsDialog</name>
    <message>
        <source>In English</source>
        <translation>In het Engels</translation>
    </message>
    <message>
        <source>The English draft article uses these texts. Left empty, it prints the Dutch marked as [NL: …].</source>
        <translation>Het Engelse conceptartikel gebruikt deze teksten. Leeg gelaten drukt het de Nederlandse af, gemarkeerd als [NL: …].</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Kop</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An event needs a title.</source>
        <extracomment>class -&gt; (English text with %1.., the names of the arguments in that order), or a function.</extracomment>
        <translation>Een bijeenkomst heeft een titel nodig.</translation>
    </message>
    <message>
        <source>An event needs a date.</source>
        <translation>Een bijeenkomst heeft een datum nodig.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>De eindtijd moet na de begintijd liggen.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>De capaciteit kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address.</source>
        <translation>‘%1’ is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Een persoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A programme item needs a title.</source>
        <translation>Een programma-onderdeel heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Een duur kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The number of tables cannot be negative.</source>
        <translation>Het aantal tafels kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A quote needs text.</source>
        <translation>Een citaat heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A reaction needs text.</source>
        <translation>Een reactie heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A rating is a number from 1 to 5.</source>
        <translation>Een waardering is een getal van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>Choose at least one table.</source>
        <translation>Kies ten minste één tafel.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 is in use by another program or kcdesk window, so this change was not saved; try again in a moment.</source>
        <translation>%1 is in gebruik door een ander programma of kcdesk-venster, dus deze wijziging is niet opgeslagen; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>%1 is read-only; changes cannot be saved.</source>
        <translation>%1 is alleen-lezen; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation>De schijf met %1 is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is not a kcdesk database.</source>
        <translation>%1 is geen kcdesk-database.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely; restore a backup.</source>
        <translation>%1 is beschadigd en kan niet veilig worden gelezen; zet een back-up terug.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (a disk error), so this change was not saved. Check that the disk or USB stick is still connected and has free space, then try again.</source>
        <translation>%1 kon niet worden gelezen of geschreven (een schijffout), dus deze wijziging is niet opgeslagen. Controleer of de schijf of usb-stick nog is aangesloten en vrije ruimte heeft, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder may be missing or read-only (%2).</source>
        <translation>%1 kan niet worden geopend: het bestand of de map ontbreekt misschien of is alleen-lezen (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a kcdesk database.</source>
        <translation>%1 is een map, geen kcdesk-database.</translation>
    </message>
    <message>
        <source>No database at %1. Create one with &apos;kcdesk init %1&apos;.</source>
        <translation>Geen database op %1. Maak er een met ‘kcdesk init %1’.</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it.</source>
        <translation>%1 bestaat al; het wordt niet overschreven.</translation>
    </message>
    <message>
        <source>%1 was made by a newer kcdesk (schema %2); this kcdesk reads up to %3. Update kcdesk to open it.</source>
        <translation>%1 is gemaakt door een nieuwere kcdesk (schema %2); deze kcdesk leest tot en met %3. Werk kcdesk bij om het te openen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore a backup.</source>
        <translation>%1 is beschadigd (%2); zet een back-up terug.</translation>
    </message>
    <message>
        <source>%1 is open read-only; changes cannot be saved.</source>
        <translation>%1 is alleen-lezen geopend; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>cannot switch the database to WAL mode (got %1)</source>
        <translation>de database kan niet naar WAL-modus (kreeg %1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade but is read-only; make it writable first.</source>
        <translation>%1 moet worden bijgewerkt maar is alleen-lezen; maak het eerst schrijfbaar.</translation>
    </message>
    <message>
        <source>cannot lock %1: its lock file keeps changing.</source>
        <translation>%1 kan niet worden vergrendeld: het vergrendelbestand blijft veranderen.</translation>
    </message>
    <message>
        <source>cannot create %1 beside %2 (%3); open the database read-only.</source>
        <translation>%1 kan niet naast %2 worden gemaakt (%3); open de database alleen-lezen.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists.</source>
        <translation>De back-up %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Een database kan niet uit zichzelf worden teruggezet.</translation>
    </message>
    <message>
        <source>No event with id %1.</source>
        <translation>Geen bijeenkomst met id %1.</translation>
    </message>
    <message>
        <source>There are no badges to print.</source>
        <translation>Er zijn geen naambadges om af te drukken.</translation>
    </message>
    <message>
        <source>Cannot write the badges (is the file open elsewhere?).</source>
        <translation>De naambadges kunnen niet worden opgeslagen (is het bestand elders geopend?).</translation>
    </message>
    <message>
        <source>Nobody is registered for this event yet; there are no badges to make.</source>
        <translation>Er is nog niemand aangemeld voor deze bijeenkomst; er zijn geen naambadges te maken.</translation>
    </message>
    <message>
        <source>No registration with code &apos;%1&apos; for this event.</source>
        <translation>Geen aanmelding met code %1 voor deze bijeenkomst.</translation>
    </message>
    <message>
        <source>%1 is not a kcdesk journal.</source>
        <translation>%1 is geen kcdesk-journaal.</translation>
    </message>
    <message>
        <source>%1 was written by a newer kcdesk; update kcdesk to merge it.</source>
        <translation>%1 is geschreven door een nieuwere kcdesk; werk kcdesk bij om het samen te voegen.</translation>
    </message>
    <message>
        <source>%1 is not a complete kcdesk journal.</source>
        <translation>%1 is geen volledig kcdesk-journaal.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be used: %2.</source>
        <translation>De deelmap %1 is niet te gebruiken: %2.</translation>
    </message>
    <message>
        <source>The registration %1 was cancelled.</source>
        <translation>De aanmelding %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Een binnenloper heeft een naam nodig.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Bestand bestaat niet: %1</translation>
    </message>
    <message>
        <source>%1 is not a kcdesk journal (%2).</source>
        <translation>%1 is geen kcdesk-journaal (%2).</translation>
    </message>
    <message>
        <source>%1: a journal entry is damaged (%2).</source>
        <translation>%1: een regel in het journaal is beschadigd (%2).</translation>
    </message>
    <message>
        <source>Code %1 belongs to another event: %2.</source>
        <translation>Code %1 hoort bij een andere bijeenkomst: %2.</translation>
    </message>
    <message>
        <source>%1: the event &apos;%2&apos; is not in this database.</source>
        <translation>%1: de bijeenkomst ‘%2’ staat niet in deze database.</translation>
    </message>
    <message>
        <source>That programme item belongs to another event.</source>
        <translation>Dat programma-onderdeel hoort bij een andere bijeenkomst.</translation>
    </message>
    <message>
        <source>No note with id %1.</source>
        <translation>Geen notitie met id %1.</translation>
    </message>
    <message>
        <source>A key figure needs a label.</source>
        <translation>Een kerncijfer heeft een omschrijving nodig.</translation>
    </message>
    <message>
        <source>That person is not in the directory.</source>
        <translation>Die persoon staat niet in het personenbestand.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1: no name column found. Expected a header such as Voornaam/First Name, Achternaam/Last Name or Naam/Name.</source>
        <translation>%1: geen kolom met namen gevonden. Verwacht een kop zoals Voornaam/First Name, Achternaam/Last Name of Naam/Name.</translation>
    </message>
    <message>
        <source>%1 could not be read as CSV at line %2: %3.</source>
        <translation>%1 kon niet als CSV worden gelezen op regel %2: %3.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (a missing quote or an extra separator?)</source>
        <translation>de regel heeft %1 velden maar de kop heeft er %2 (een ontbrekend aanhalingsteken of een scheidingsteken te veel?)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 is een map, geen CSV-bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>invalid email address &apos;%1&apos;</source>
        <translation>ongeldig e-mailadres ‘%1’</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>onbekende status ‘%1’</translation>
    </message>
    <message>
        <source>the code %1 is already used by another registration</source>
        <translation>de code %1 wordt al door een andere aanmelding gebruikt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in column %2 is not yes or no</source>
        <translation>‘%1’ in kolom %2 is geen ja of nee</translation>
    </message>
    <message>
        <source>%1 is not a kcdesk event file.</source>
        <translation>%1 is geen kcdesk-bijeenkomstbestand.</translation>
    </message>
    <message>
        <source>%1 was written by a newer kcdesk; update kcdesk to import it.</source>
        <translation>%1 is geschreven door een nieuwere kcdesk; werk kcdesk bij om het te importeren.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an event file.</source>
        <translation>%1 is een map, geen bijeenkomstbestand.</translation>
    </message>
    <message>
        <source>%1 is not a kcdesk event file (%2).</source>
        <translation>%1 is geen kcdesk-bijeenkomstbestand (%2).</translation>
    </message>
    <message>
        <source>An event &apos;%1&apos; is already in this database.</source>
        <translation>Een bijeenkomst ‘%1’ staat al in deze database.</translation>
    </message>
    <message>
        <source>The event file is incomplete or damaged (%1: %2).</source>
        <translation>Het bijeenkomstbestand is onvolledig of beschadigd (%1: %2).</translation>
    </message>
    <message>
        <source>The registration code %1 is already used in this database.</source>
        <translation>De aanmeldcode %1 wordt al gebruikt in deze database.</translation>
    </message>
    <message>
        <source>Two registrations in the file are for the same person (%1).</source>
        <translation>Twee aanmeldingen in het bestand zijn voor dezelfde persoon (%1).</translation>
    </message>
    <message>
        <source>No event &apos;%1&apos;. &apos;kcdesk events&apos; lists the events.</source>
        <translation>Geen bijeenkomst ‘%1’. ‘kcdesk events’ toont de bijeenkomsten.</translation>
    </message>
    <message>
        <source>The organiser needs a name.</source>
        <translation>De organisator heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A series needs a name.</source>
        <translation>Een reeks heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Save the event first.</source>
        <translation>Sla de bijeenkomst eerst op.</translation>
    </message>
    <message>
        <source>An event cannot be its own next event.</source>
        <translation>Een bijeenkomst kan niet haar eigen volgende bijeenkomst zijn.</translation>
    </message>
    <message>
        <source>No programme item with id %1.</source>
        <translation>Geen programma-onderdeel met id %1.</translation>
    </message>
    <message>
        <source>The new order must hold every programme item once.</source>
        <translation>De nieuwe volgorde moet elk programma-onderdeel precies één keer bevatten.</translation>
    </message>
    <message>
        <source>This step cannot be undone: the people or registrations it changed have changed since (for example at the check-in desk).</source>
        <translation>Deze stap kan niet ongedaan worden gemaakt: de personen of aanmeldingen die erdoor veranderden, zijn sindsdien opnieuw veranderd (bijvoorbeeld bij het inchecken).</translation>
    </message>
    <message>
        <source>No person with id %1.</source>
        <translation>Geen persoon met id %1.</translation>
    </message>
    <message>
        <source>A sector needs a code.</source>
        <translation>Een sector heeft een code nodig.</translation>
    </message>
    <message>
        <source>Unknown sector &apos;%1&apos;.</source>
        <translation>Onbekende sector ‘%1’.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 hoort al bij %2.</translation>
    </message>
    <message>
        <source>Save the person first.</source>
        <translation>Sla de persoon eerst op.</translation>
    </message>
    <message>
        <source>%1 is registered for %2 event(s) since; remove those registrations first.</source>
        <translation>%1 is sindsdien aangemeld voor %2 bijeenkomst(en); haal die aanmeldingen eerst weg.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Kies twee verschillende personen om samen te voegen.</translation>
    </message>
    <message>
        <source>Keep personal data between %1 and %2 months (got %3).</source>
        <translation>Bewaar persoonsgegevens tussen %1 en %2 maanden (niet %3).</translation>
    </message>
    <message>
        <source>The retention period is a number of months from 1 to 1200.</source>
        <translation>De bewaartermijn is een aantal maanden van 1 tot en met 1200.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: use a file name ending in .json, .html or .pdf.</source>
        <translation>‘%1’ kan niet worden opgeslagen: gebruik een bestandsnaam die eindigt op .json, .html of .pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kan niet worden opgeslagen: %2.</translation>
    </message>
    <message>
        <source>No registration with id %1.</source>
        <translation>Geen aanmelding met id %1.</translation>
    </message>
    <message>
        <source>This person is already registered for this event.</source>
        <translation>Deze persoon is al aangemeld voor deze bijeenkomst.</translation>
    </message>
    <message>
        <source>The registration code %1 is already in use.</source>
        <translation>De aanmeldcode %1 is al in gebruik.</translation>
    </message>
    <message>
        <source>Tables can only be set for a table session.</source>
        <translation>Tafels kunnen alleen bij een tafelsessie worden ingesteld.</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>Er is geen tafel %1.</translation>
    </message>
    <message>
        <source>Seat this person at a table first.</source>
        <translation>Geef deze persoon eerst een tafel.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; choose nl or en.</source>
        <translation>Onbekende taal ‘%1’; kies nl of en.</translation>
    </message>
    <message>
        <source>The event has no date; a calendar invitation needs one.</source>
        <translation>De bijeenkomst heeft geen datum; een agenda-uitnodiging heeft er een nodig.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>De pdf %1 kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Het exporteren is afgebroken.</translation>
    </message>
    <message>
        <source>No template &apos;%1&apos;. Available: %2.</source>
        <translation>Geen sjabloon ‘%1’. Beschikbaar: %2.</translation>
    </message>
    <message>
        <source>Give the output file an extension (%1) to choose the format.</source>
        <translation>Geef het uitvoerbestand een extensie (%1) om het formaat te kiezen.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; cannot make .%2 files; choose %3.</source>
        <translation>Het sjabloon ‘%1’ kan geen .%2-bestanden maken; kies %3.</translation>
    </message>
    <message>
        <source>Nobody is checked in yet, so there are no certificates to make.</source>
        <translation>Er is nog niemand ingecheckt, dus er zijn geen deelnamebewijzen te maken.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no file for language &apos;%2&apos;.</source>
        <translation>Het sjabloon ‘%1’ heeft geen bestand voor taal ‘%2’.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; cannot make %2 files.</source>
        <translation>Het sjabloon ‘%1’ kan geen %2-bestanden maken.</translation>
    </message>
    <message>
        <source>Badges are not available in this version of kcdesk.</source>
        <translation>Naambadges zijn niet beschikbaar in deze versie van kcdesk.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;; the fields are: %2.</source>
        <translation>Onbekend veld &apos;%1&apos;; de velden zijn: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3.</source>
        <translation>%1: &apos;%2&apos; is geen geldige waarde (verwacht: %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE.</source>
        <translation>&apos;%1&apos; is niet VELD=WAARDE.</translation>
    </message>
    <message>
        <source>No person &apos;%1&apos; in the directory; &apos;kcdesk person add&apos; adds one.</source>
        <translation>Geen persoon &apos;%1&apos; in het adresboek; &apos;kcdesk person add&apos; voegt iemand toe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 people; give the id or the email address.</source>
        <translation>&apos;%1&apos; past bij %2 personen; geef het nummer of het e-mailadres.</translation>
    </message>
    <message>
        <source>No programme item &apos;%1&apos; in %2; give its number in the programme or its title.</source>
        <translation>Geen programma-onderdeel &apos;%1&apos; in %2; geef het nummer in het programma of de titel.</translation>
    </message>
    <message>
        <source>No sector &apos;%1&apos;; the sectors are: %2.</source>
        <translation>Geen sector &apos;%1&apos;; de sectoren zijn: %2.</translation>
    </message>
    <message>
        <source>A sector needs a label in Dutch and in English.</source>
        <translation>Een sector heeft een naam in het Nederlands en in het Engels nodig.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM on the event&apos;s day, or YYYY-MM-DDTHH:MM).</source>
        <translation>&apos;%1&apos; is geen tijd (UU:MM op de dag van de bijeenkomst, of JJJJ-MM-DDTUU:MM).</translation>
    </message>
    <message>
        <source>The notes name %1, who did not consent to be named; change the notes or their consent first (or export anyway with --allow-names).</source>
        <translation>De notities noemen %1, die geen toestemming gaf om bij naam genoemd te worden; pas eerst de notities of de toestemming aan (of exporteer toch met --allow-names).</translation>
    </message>
    <message>
        <source>%1 is already in the directory (id %2).</source>
        <translation>%1 staat al in het adresboek (nummer %2).</translation>
    </message>
    <message>
        <source>A note needs text or a heading.</source>
        <translation>Een notitie heeft tekst of een kop nodig.</translation>
    </message>
    <message>
        <source>The mail settings have no server; set it with &apos;kcdesk mail settings&apos; or in the app.</source>
        <translation>In de mailinstellingen ontbreekt de server; vul die in met Instellingen… op het scherm Mail of met ‘kcdesk mail settings’.</translation>
    </message>
    <message>
        <source>The mail settings have no sender address; set it with &apos;kcdesk mail settings&apos; or in the app.</source>
        <translation>In de mailinstellingen ontbreekt het afzenderadres; vul dat in met Instellingen… op het scherm Mail of met ‘kcdesk mail settings’.</translation>
    </message>
    <message>
        <source>A password needs a user name in the mail settings.</source>
        <translation>Bij een wachtwoord hoort een gebruikersnaam in de mailinstellingen.</translation>
    </message>
    <message>
        <source>There is no password for %1 in this computer&apos;s keyring; enter it in the mail settings.</source>
        <translation>De sleutelbos van deze computer heeft geen wachtwoord voor %1; vul het in bij de mailinstellingen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server name or address.</source>
        <translation>‘%1’ is geen servernaam of -adres.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535, not %1.</source>
        <translation>De poort is een getal van 1 tot 65535, niet %1.</translation>
    </message>
    <message>
        <source>Unknown security &apos;%1&apos;; choose none, starttls or ssl.</source>
        <translation>Onbekende beveiliging ‘%1’; kies none, starttls of ssl.</translation>
    </message>
    <message>
        <source>A reminder goes 0 to 60 days before the event, not %1.</source>
        <translation>Een herinnering gaat 0 tot 60 dagen voor de bijeenkomst, niet %1.</translation>
    </message>
    <message>
        <source>The user name must be one line.</source>
        <translation>De gebruikersnaam moet op één regel staan.</translation>
    </message>
    <message>
        <source>Mails per minute is a number from 0 (no limit) to 10000, not %1.</source>
        <translation>Mails per minuut is een getal van 0 (geen grens) tot 10000, niet %1.</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the mail password in (%1); install or unlock one, or send without a password.</source>
        <translation>Deze computer heeft geen sleutelbos om het mailwachtwoord in te bewaren (%1); installeer of ontgrendel er een, of verstuur zonder wachtwoord.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1:%2: %3.</source>
        <translation>De mailserver %1:%2 is niet bereikbaar: %3.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login: %2.</source>
        <translation>De mailserver %1 weigert de aanmelding: %2.</translation>
    </message>
    <message>
        <source>There is no mail kind &apos;%1&apos;.</source>
        <translation>Er is geen soort mail ‘%1’.</translation>
    </message>
    <message>
        <source>Unknown group &apos;%1&apos;; choose %2 or a list of codes.</source>
        <translation>Onbekende groep ‘%1’; kies %2 of een lijst met codes.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; choose %2.</source>
        <translation>Onbekende status ‘%1’; kies %2.</translation>
    </message>
    <message>
        <source>There is no mail %1 in the outbox.</source>
        <translation>Mail %1 staat niet in de postvak-uit.</translation>
    </message>
    <message>
        <source>Mail %1 was sent already; it is not queued again.</source>
        <translation>Mail %1 is al verzonden; die wordt niet opnieuw klaargezet.</translation>
    </message>
    <message>
        <source>Mail %1 is %2; only a mail not sent yet can be cancelled.</source>
        <translation>Mail %1 heeft de status %2; alleen een mail die nog niet is verzonden kan geannuleerd worden.</translation>
    </message>
    <message>
        <source>Mail %1 is %2; only a mail whose sending was interrupted can be marked as arrived.</source>
        <translation>Mail %1 heeft de status %2; alleen een mail waarvan het versturen werd onderbroken kan als aangekomen worden gemarkeerd.</translation>
    </message>
    <message>
        <source>There is no open waitlist offer for %1.</source>
        <translation>Er staat geen aanbod van de wachtlijst open voor %1.</translation>
    </message>
    <message>
        <source>%1 was not checked in, so there is no certificate for it.</source>
        <translation>%1 is niet ingecheckt, dus daar is geen bewijs van deelname voor.</translation>
    </message>
    <message>
        <source>syntax error</source>
        <extracomment>What went wrong in a template, when kcdesk itself words it (Jinja&apos;s own text: ui/notes/template_errors.py).</extracomment>
        <translation>syntaxisfout</translation>
    </message>
    <message>
        <source>undefined value</source>
        <translation>onbekende waarde</translation>
    </message>
    <message>
        <source>no such template file</source>
        <translation>sjabloonbestand bestaat niet</translation>
    </message>
    <message>
        <source>no template named %1</source>
        <translation>geen sjabloon met de naam %1</translation>
    </message>
    <message>
        <source>not allowed in a template: %1</source>
        <translation>niet toegestaan in een sjabloon: %1</translation>
    </message>
    <message>
        <source>template %1, line %2: %3</source>
        <translation>sjabloon %1, regel %2: %3</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>sjabloon %1: %2</translation>
    </message>
    <message>
        <source>Give the %1 number.</source>
        <translation>Vul het %1-nummer in.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BIG number: it may hold only digits.</source>
        <translation>‘%1’ is geen BIG-nummer: het mag alleen cijfers bevatten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BIG number: it has %2 digits, not 11.</source>
        <translation>‘%1’ is geen BIG-nummer: het heeft %2 cijfers, geen 11.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BIG number: its check digit does not match (a typing error?).</source>
        <translation>‘%1’ is geen BIG-nummer: het controlecijfer klopt niet (een tikfout?).</translation>
    </message>
    <message>
        <source>The %1 number &apos;%2&apos; holds a line break or tab.</source>
        <translation>Het %1-nummer ‘%2’ bevat een regeleinde of tab.</translation>
    </message>
    <message>
        <source>The %1 number &apos;%2&apos; is longer than %3 characters.</source>
        <translation>Het %1-nummer ‘%2’ is langer dan %3 tekens.</translation>
    </message>
    <message>
        <source>An activity ID is one line of at most %1 characters.</source>
        <translation>Een activiteitnummer is één regel van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Points must be between 0 and %1, not %2.</source>
        <translation>Punten liggen tussen 0 en %1, niet %2.</translation>
    </message>
    <message>
        <source>Net hours must be between 0 and %1, not %2.</source>
        <translation>Netto uren liggen tussen 0 en %1, niet %2.</translation>
    </message>
    <message>
        <source>The status of an accreditation is applied or granted, not &apos;%1&apos;.</source>
        <translation>De status van een accreditatie is aangevraagd (applied) of toegekend (granted), niet ‘%1’.</translation>
    </message>
    <message>
        <source>%1 has no accreditation for %2.</source>
        <translation>%1 heeft geen accreditatie voor %2.</translation>
    </message>
    <message>
        <source>%1 has no %2 number.</source>
        <translation>%1 heeft geen %2-nummer.</translation>
    </message>
    <message>
        <source>An accreditation export is a .txt paste list, a .csv or a .pdf file, not .%1.</source>
        <translation>Een accreditatie-export is een .txt-plaklijst, een .csv- of een .pdf-bestand, geen .%1.</translation>
    </message>
    <message>
        <source>%1 The rest of the row was imported.</source>
        <translation>%1 De rest van de regel is wel ingelezen.</translation>
    </message>
    <message>
        <source>The register number &apos;%1&apos; was not imported: no column says which register it is in (add a column Register, or name the column e.g. SKJ-nummer).</source>
        <translation>Het registratienummer ‘%1’ is niet ingelezen: geen kolom zegt bij welk register het hoort (voeg een kolom Register toe, of noem de kolom bijvoorbeeld SKJ-nummer).</translation>
    </message>
    <message>
        <source>An in-memory database cannot be opened a second time.</source>
        <translation>Een database in het geheugen kan niet nog een keer geopend worden.</translation>
    </message>
    <message>
        <source>The time to answer an offer is 1 hour to 14 days.</source>
        <translation>De tijd om op een aanbod te antwoorden is 1 uur tot 14 dagen.</translation>
    </message>
    <message>
        <source>A granted accreditation needs the register&apos;s activity ID.</source>
        <translation>Een toegekende accreditatie heeft het activiteitnummer van het register nodig.</translation>
    </message>
    <message>
        <source>Give the file an extension: .txt for the paste list, .csv or .pdf for the attendance list.</source>
        <translation>Geef het bestand een extensie: .txt voor de plaklijst, .csv of .pdf voor de presentielijst.</translation>
    </message>
    <message>
        <source>Name the register (for example Registerplein, SKJ or BIG).</source>
        <translation>Noem het register (bijvoorbeeld Registerplein, SKJ of BIG).</translation>
    </message>
    <message>
        <source>No person with id, email or name &apos;%1&apos;.</source>
        <translation>Geen persoon met id, e-mailadres of naam ‘%1’.</translation>
    </message>
    <message>
        <source>Several people are called &apos;%1&apos; (ids %2); give the id or email address.</source>
        <translation>Er heten meerdere mensen ‘%1’ (id’s %2); geef het id of het e-mailadres.</translation>
    </message>
    <message>
        <source>Badges are written as PDF: give %1 the extension .pdf.</source>
        <translation>Naambadges worden als PDF geschreven: geef %1 de extensie .pdf.</translation>
    </message>
    <message>
        <source>%1 beside the database is a %2, not a lock file; kcdesk left it alone. Remove it, then open the database again (or open it read-only).</source>
        <translation>%1 naast de database is een %2, geen slotbestand; kcdesk heeft het met rust gelaten. Verwijder het en open de database opnieuw (of open hem alleen-lezen).</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe or a device), so it cannot be a kcdesk database.</source>
        <translation>%1 is geen gewoon bestand (een pijp of een apparaat) en kan dus geen kcdesk-database zijn.</translation>
    </message>
    <message>
        <source>%1 is a kcdesk database, but its version number (%2) is damaged; restore a backup.</source>
        <translation>%1 is een kcdesk-database, maar het versienummer (%2) is beschadigd; zet een reservekopie terug.</translation>
    </message>
    <message>
        <source>%1: no registration with code %2 in this event; nothing was merged.</source>
        <translation>%1: geen aanmelding met code %2 bij deze bijeenkomst; er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>%1: the walk-in %2 has code %3, which here belongs to %4; nothing was merged.</source>
        <translation>%1: de binnenloper %2 heeft code %3, die hier bij %4 hoort; er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolische koppeling</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>benoemde pijp (FIFO)</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>speciaal bestand</translation>
    </message>
    <message>
        <source>%1-wal beside %1 does not belong to it or is damaged (%2); kcdesk left both files as they were. If you copied a backup over the database, move %1-wal and %1-shm to another folder and open it again; otherwise restore a backup.</source>
        <translation>%1-wal naast %1 hoort er niet bij of is beschadigd (%2); kcdesk heeft beide bestanden gelaten zoals ze waren. Hebt u een reservekopie over de database gekopieerd, verplaats dan %1-wal en %1-shm naar een andere map en open de database opnieuw; zet anders een reservekopie terug.</translation>
    </message>
    <message>
        <source>not a write-ahead log</source>
        <translation>geen write-ahead-logbestand</translation>
    </message>
    <message>
        <source>another page size</source>
        <translation>een andere paginagrootte</translation>
    </message>
    <message>
        <source>the database with it fails the integrity check</source>
        <translation>de database faalt daarmee de integriteitscontrole</translation>
    </message>
    <message>
        <source>it cannot be checked: %1</source>
        <translation>het kan niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its folder is read-only and %1-wal beside it holds changes not yet written into the database. Copy both files to a writable folder and open the copy.</source>
        <translation>%1 kan hier niet worden gelezen: de map is alleen-lezen en %1-wal ernaast bevat wijzigingen die nog niet in de database staan. Kopieer beide bestanden naar een map waarin u kunt schrijven en open de kopie.</translation>
    </message>
    <message>
        <source>%1 could not be written completely (%2), so it was not saved; a file that was there keeps its old contents.</source>
        <translation>%1 kon niet volledig worden geschreven (%2) en is dus niet opgeslagen; een bestand dat er al stond, houdt zijn oude inhoud.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>it does not start as a PDF</source>
        <translation>het begint niet als een pdf</translation>
    </message>
    <message>
        <source>its end is missing</source>
        <translation>het einde ontbreekt</translation>
    </message>
    <message>
        <source>its cross-reference table is missing</source>
        <translation>de verwijzingstabel ontbreekt</translation>
    </message>
    <message>
        <source>its cross-reference table is damaged</source>
        <translation>de verwijzingstabel is beschadigd</translation>
    </message>
    <message>
        <source>an object it lists is missing</source>
        <translation>een onderdeel dat erin staat, ontbreekt</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>het heeft geen pagina&apos;s</translation>
    </message>
    <message>
        <source>it has %1 pages instead of %2</source>
        <translation>het heeft %1 pagina&apos;s in plaats van %2</translation>
    </message>
    <message>
        <source>The erasure is saved, but the erased text is still inside %1 (%2); free some space, then run &apos;kcdesk privacy compact&apos;.</source>
        <translation>Het wissen is opgeslagen, maar de gewiste tekst staat nog in %1 (%2); maak ruimte vrij en voer daarna &apos;kcdesk privacy compact&apos; uit.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>er kon niet naar de schijf worden geschreven</translation>
    </message>
    <message>
        <source>a quote opened on line %1 is not closed on that line; lines %1-%2 were read as one row and not imported (close the quote and import again)</source>
        <translation>een aanhalingsteken geopend op regel %1 wordt op die regel niet gesloten; regels %1-%2 zijn als één rij gelezen en niet geïmporteerd (sluit het aanhalingsteken en importeer opnieuw)</translation>
    </message>
    <message>
        <source>a field of %1 characters is longer than kcdesk reads (%2)</source>
        <translation>een veld van %1 tekens is langer dan kcdesk leest (%2)</translation>
    </message>
    <message>
        <source>the row holds bytes that are not valid UTF-8 (save the file as UTF-8 and import again)</source>
        <translation>de rij bevat bytes die geen geldige UTF-8 zijn (sla het bestand op als UTF-8 en importeer opnieuw)</translation>
    </message>
    <message>
        <source>the row is separated by &apos;%1&apos; while the file uses &apos;%2&apos;</source>
        <translation>de rij is gescheiden door &apos;%1&apos; terwijl het bestand &apos;%2&apos; gebruikt</translation>
    </message>
    <message>
        <source>the code %1 reads as %2, which is already used by another registration</source>
        <translation>de code %1 wordt gelezen als %2, en die hoort al bij een andere aanmelding</translation>
    </message>
    <message>
        <source>the email address %1 already belongs to %2; different people are not merged (give each their own address)</source>
        <translation>het e-mailadres %1 hoort al bij %2; verschillende mensen worden niet samengevoegd (geef ieder een eigen adres)</translation>
    </message>
    <message>
        <source>the template includes or calls itself without end</source>
        <translation>het sjabloon neemt zichzelf eindeloos op of roept zichzelf eindeloos aan</translation>
    </message>
    <message>
        <source>the output would not fit in memory</source>
        <translation>de uitvoer zou niet in het geheugen passen</translation>
    </message>
    <message>
        <source>the template took longer than %1</source>
        <translation>het sjabloon deed er langer over dan %1</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>(no series)</source>
        <extracomment>edited(before, after, field): the user changed a field; the screen saves it (undoably).</extracomment>
        <translation>(geen reeks)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The capacity is a whole number, or empty for no limit.</source>
        <translation>Vul voor de capaciteit een heel getal in, of laat het leeg voor geen limiet.</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Nieuwe reeks</translation>
    </message>
    <message>
        <source>Name of the series:</source>
        <translation>Naam van de reeks:</translation>
    </message>
    <message>
        <source>Season (optional, e.g. spring 2027):</source>
        <translation>Seizoen (optioneel, bijv. voorjaar 2027):</translation>
    </message>
    <message>
        <source>This database is open read-only: you can look things up, not change them.</source>
        <translation>Deze database is alleen-lezen geopend: je kunt dingen opzoeken, niet wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Kenniscafé …</source>
        <translation>Kenniscafé …</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Ta&amp;gline</source>
        <translation>&amp;Ondertitel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Head&amp;line</source>
        <translation>&amp;Kop</translation>
    </message>
    <message>
        <source>the article&apos;s own headline</source>
        <translation>de eigen kop van het artikel</translation>
    </message>
    <message>
        <source>E&amp;nglish…</source>
        <translation>E&amp;ngels…</translation>
    </message>
    <message>
        <source>English versions of the title, theme, headline, edition and description</source>
        <translation>Engelse versies van titel, thema, kop, editie en beschrijving</translation>
    </message>
    <message>
        <source>Se&amp;ries</source>
        <translation>&amp;Reeks</translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>&amp;Nieuwe reeks…</translation>
    </message>
    <message>
        <source>Edi&amp;tion</source>
        <translation>Ed&amp;itie</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>&amp;Zaal</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capaciteit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>&amp;Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>in words, as the article says it</source>
        <translation>in woorden, zoals in het artikel</translation>
    </message>
    <message>
        <source>The edition as the article says it, e.g. ‘het eerste najaarskenniscafé van 2019’</source>
        <translation>De editie zoals het artikel haar noemt, bijvoorbeeld ‘het eerste najaarskenniscafé van 2019’</translation>
    </message>
    <message>
        <source>Pu&amp;blished on</source>
        <translation>&amp;Gepubliceerd op</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(nog niet)</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Be&amp;schrijving</translation>
    </message>
    <message>
        <source>Changes are saved as you go; Ctrl+Z undoes them.</source>
        <translation>Wijzigingen worden direct opgeslagen; met Ctrl+Z maak je ze ongedaan.</translation>
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
    <name>EventsPanel</name>
    <message>
        <source>Filter events… (Ctrl+F)</source>
        <extracomment>event_chosen(event_id | None): the selected event changed.</extracomment>
        <translation>Bijeenkomsten filteren… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter events by text</source>
        <translation>Bijeenkomsten filteren op tekst</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filteren op jaar</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Ne&amp;xt edition</source>
        <translation>Volgende &amp;editie</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>Geen bijeenkomsten die aan het filter voldoen.</translation>
    </message>
    <message>
        <source>No events yet. Press “New event” (Ctrl+Shift+E) to plan the first kenniscafé.</source>
        <translation>Nog geen bijeenkomsten. Klik op “Nieuwe bijeenkomst” (Ctrl+Shift+E) om het eerste kenniscafé te plannen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Draft article</source>
        <translation>Conceptartikel</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <source>Sign-in sheet (empty)</source>
        <translation>Tekenlijst (leeg)</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Deelnamebewijzen</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Naambadges</translation>
    </message>
    <message>
        <source>Participants (spreadsheet)</source>
        <translation>Deelnemers (spreadsheet)</translation>
    </message>
    <message>
        <source>Calendar invitation</source>
        <translation>Agenda-uitnodiging</translation>
    </message>
    <message>
        <source>Newsletter snippet</source>
        <translation>Nieuwsbriefblokje</translation>
    </message>
    <message>
        <source>Report for funders</source>
        <translation>Verslag voor financiers</translation>
    </message>
    <message>
        <source>A draft news article in the style of the network&apos;s website: speakers, participants, table sessions, key figures, quotes with consent, reactions.</source>
        <translation>Een concept-nieuwsbericht in de stijl van de website van het netwerk: sprekers, deelnemers, tafelsessies, kerncijfers, citaten met toestemming, reacties.</translation>
    </message>
    <message>
        <source>Everyone who checked in, with organisation and time (presentielijst).</source>
        <translation>Iedereen die is ingecheckt, met organisatie en tijdstip.</translation>
    </message>
    <message>
        <source>An empty list to sign on paper if the computer fails.</source>
        <translation>Een lege lijst om op papier te tekenen als de computer uitvalt.</translation>
    </message>
    <message>
        <source>One page per checked-in participant, for professional registers.</source>
        <translation>Eén pagina per ingecheckte deelnemer, voor beroepsregisters.</translation>
    </message>
    <message>
        <source>Name badges with check-in QR codes.</source>
        <translation>Naambadges met QR-codes om in te checken.</translation>
    </message>
    <message>
        <source>All registrations; opens correctly in Excel.</source>
        <translation>Alle aanmeldingen; opent goed in Excel.</translation>
    </message>
    <message>
        <source>An .ics invitation for Outlook, Google or Apple calendars.</source>
        <translation>Een .ics-uitnodiging voor de agenda van Outlook, Google of Apple.</translation>
    </message>
    <message>
        <source>A short HTML block to paste into a newsletter.</source>
        <translation>Een kort HTML-blok om in een nieuwsbrief te plakken.</translation>
    </message>
    <message>
        <source>Registered vs attended by sector, no-shows, first-time and returning participants across the series, with charts.</source>
        <translation>Aangemeld tegenover aanwezig per sector, niet verschenen, nieuwe en terugkerende deelnemers in de reeks, met grafieken.</translation>
    </message>
    <message>
        <source>Your own template from the templates folder.</source>
        <translation>Je eigen sjabloon uit de sjablonenmap.</translation>
    </message>
    <message>
        <source>Uses your version: %1</source>
        <translation>Gebruikt jouw versie: %1</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Export — %1</source>
        <extracomment>How long closing the dialog waits for a cancelled preview to stop (ms). finished_with(preview or None, error or None), delivered on the GUI thread exported(path): a file was written</extracomment>
        <translation>Exporteren — %1</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(eigen)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(aangepast)</translation>
    </message>
    <message>
        <source>This template has a problem; see the preview.</source>
        <translation>Dit sjabloon bevat een fout; zie het voorbeeld.</translation>
    </message>
    <message>
        <source>The notes name %1, who did not consent to be named.</source>
        <translation>De notities noemen %1, die geen toestemming gaf om bij naam genoemd te worden.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The notes name %1, who did not consent to be named. Change the notes (or their consent) first, or export anyway?</source>
        <translation>De notities noemen %1, die geen toestemming gaf om bij naam genoemd te worden. Eerst de notities (of de toestemming) aanpassen, of toch exporteren?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Gestopt; er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Niet geëxporteerd.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1, but it could not be opened: no program opens it here. It is in %2.</source>
        <translation>%1 is opgeslagen, maar kon niet worden geopend: hier is geen programma dat het opent. Het staat in %2.</translation>
    </message>
    <message>
        <source>Templates folder: %1</source>
        <translation>Sjablonenmap: %1</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>Bestand &amp;openen als het klaar is</translation>
    </message>
    <message>
        <source>Open &amp;templates folder</source>
        <translation>Sjablonen&amp;map openen</translation>
    </message>
    <message>
        <source>Put your own templates here; a file with the name of a built-in template replaces it</source>
        <translation>Zet hier je eigen sjablonen neer; een bestand met de naam van een ingebouwd sjabloon vervangt dat sjabloon</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Voorbeeld gestopt.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Het voorbeeld kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>Cannot save %1: the folder is read-only or you may not write there. Choose another folder.</source>
        <translation>Kan %1 niet opslaan: de map is alleen-lezen of je mag er niet schrijven. Kies een andere map.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder does not exist. Choose another folder.</source>
        <extracomment>Why a file could not be written, by errno (the operating system&apos;s own text is English).</extracomment>
        <translation>Kan %1 niet opslaan: de map bestaat niet. Kies een andere map.</translation>
    </message>
    <message>
        <source>Cannot save %1: the disk is full.</source>
        <translation>Kan %1 niet opslaan: de schijf is vol.</translation>
    </message>
    <message>
        <source>Cannot save %1: that is a folder.</source>
        <translation>Kan %1 niet opslaan: dat is een map.</translation>
    </message>
    <message>
        <source>Cannot save %1 (%2).</source>
        <translation>Kan %1 niet opslaan (%2).</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <source>signin-sheet</source>
        <translation>presentielijst</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>deelnamebewijzen</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>naambadges</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>nieuwsbrief</translation>
    </message>
    <message>
        <source>report</source>
        <translation>verslag</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journaal</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <source>An export of a registration form or ticketing tool (Dutch or English headers).</source>
        <translation>Een export van een aanmeldformulier of ticketsysteem (Nederlandse of Engelse kolomkoppen).</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Pad naar een .csv-bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Be&amp;stand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;*</source>
        <translation>CSV-bestanden (*.csv *.txt);;*</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>kcdesk user guide</source>
        <extracomment>The size the guide opens at where the screen has room for it.</extracomment>
        <translation>Handleiding kcdesk</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Toestemming foto</translation>
    </message>
    <message>
        <source>Quote consent</source>
        <translation>Toestemming citaat</translation>
    </message>
    <message>
        <source>Name consent</source>
        <translation>Toestemming naam</translation>
    </message>
    <message>
        <source>Register (for the number)</source>
        <translation>Register (bij het nummer)</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Registerplein number</source>
        <translation>Registerplein-nummer</translation>
    </message>
    <message>
        <source>SKJ number</source>
        <translation>SKJ-nummer</translation>
    </message>
    <message>
        <source>V&amp;V number</source>
        <translation>V&amp;V-nummer</translation>
    </message>
    <message>
        <source>BIG number</source>
        <translation>BIG-nummer</translation>
    </message>
    <message>
        <source>KABIZ number</source>
        <translation>KABIZ-nummer</translation>
    </message>
    <message>
        <source>Register numbers may be reported</source>
        <translation>Registratienummers mogen worden doorgegeven</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <extracomment>imported(result, file_name): the import ran and was committed (the planning screen puts it on the undo stack) page ids</extracomment>
        <translation>Aanmeldingen importeren</translation>
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
    <message>
        <source>Close it there first (commands that only read still work).</source>
        <translation>Sluit hem daar eerst (opdrachten die alleen lezen werken nog wel).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;New person “%1”…</source>
        <translation>&amp;Nieuwe persoon ‘%1’…</translation>
    </message>
    <message>
        <source>The programme item in English</source>
        <translation>Het programmaonderdeel in het Engels</translation>
    </message>
    <message>
        <source>A programme item needs a title.</source>
        <translation>Een programma-onderdeel moet een titel hebben.</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programma-onderdeel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>In En&amp;glish…</source>
        <translation>In het &amp;Engels…</translation>
    </message>
    <message>
        <source>The title and description in English, for the English draft</source>
        <translation>De titel en beschrijving in het Engels, voor het Engelse concept</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Persoon toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Opening round</source>
        <translation>Openingsronde</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Table session</source>
        <translation>Tafelsessie</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>spreker</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>gespreksleider</translation>
    </message>
    <message>
        <source>host</source>
        <translation>tafelvoorzitter</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>op wachtlijst</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>niet verschenen</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>binnenloper</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
</context>
<context>
    <name>MailOutbox</name>
    <message>
        <source>Confirmation with QR code</source>
        <translation>Bevestiging met QR-code</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Waitlist offer (a seat is free)</source>
        <translation>Aanbod wachtlijst (plaats vrij)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Change notice</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Thank you, with certificate</source>
        <translation>Bedankt, met deelnamebewijs</translation>
    </message>
    <message>
        <source>Sorry we missed you</source>
        <translation>We hebben u gemist</translation>
    </message>
    <message>
        <source>Invitation to the next edition</source>
        <translation>Uitnodiging volgende editie</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>check: sending was interrupted</source>
        <translation>nakijken: verzenden onderbroken</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>saved as .eml</source>
        <translation>bewaard als .eml</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Antwoord van de server</translation>
    </message>
</context>
<context>
    <name>MailScreen</name>
    <message>
        <source>usual recipients</source>
        <extracomment>waiting_text(text): &quot;N mails waiting&quot; for the status bar (&quot;&quot; when none) sending_finished(): a send run ended (tests wait for it)</extracomment>
        <translation>gebruikelijke ontvangers</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>aanwezig geweest</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <source>these codes:</source>
        <translation>deze codes:</translation>
    </message>
    <message>
        <source>all mails</source>
        <translation>alle mails</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message numerus="yes">
        <source>%n open offer(s).</source>
        <translation>
            <numerusform>%n aanbod staat open.</numerusform>
            <numerusform>%n aanbiedingen staan open.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date, time or venue changed after people were told: send them a change notice.</source>
        <translation>De datum, tijd of plaats is veranderd nadat mensen bericht kregen: stuur ze een wijziging.</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message>
        <source>an email address that cannot be used</source>
        <translation>onbruikbaar e-mailadres</translation>
    </message>
    <message>
        <source>already had this mail</source>
        <translation>kreeg deze mail al</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>onbekende code</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>was niet aanwezig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>cannot be invited</source>
        <translation>kan niet uitgenodigd worden</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s).</source>
        <translation>
            <numerusform>%n ontvanger.</numerusform>
            <numerusform>%n ontvangers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not to %1 (%2): %3.</source>
        <translation>Niet naar %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Nobody gets this mail with this choice.</source>
        <translation>Met deze keuze krijgt niemand deze mail.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <source>calendar invitation (.ics)</source>
        <translation>agenda-uitnodiging (.ics)</translation>
    </message>
    <message>
        <source>certificate (PDF)</source>
        <translation>deelnamebewijs (PDF)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Offer each free seat to the next person on the waiting list, and queue the offers?</source>
        <translation>Elke vrije plaats aanbieden aan de volgende op de wachtlijst, en de aanbiedingen klaarzetten?</translation>
    </message>
    <message>
        <source>Queue mail</source>
        <translation>Mail klaarzetten</translation>
    </message>
    <message numerus="yes">
        <source>Put %n mail(s) in the outbox? They are sent with Send now.</source>
        <translation>
            <numerusform>%n mail in de postvak-uit zetten? Die wordt verstuurd met Nu versturen.</numerusform>
            <numerusform>%n mails in de postvak-uit zetten? Die worden verstuurd met Nu versturen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) put in the outbox.</source>
        <translation>
            <numerusform>%n mail in de postvak-uit gezet.</numerusform>
            <numerusform>%n mails in de postvak-uit gezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Test versturen</translation>
    </message>
    <message>
        <source>Send this mail as a test to:</source>
        <translation>Deze mail als test versturen naar:</translation>
    </message>
    <message>
        <source>The test was sent to %1.</source>
        <translation>De test is verstuurd naar %1.</translation>
    </message>
    <message>
        <source>Waitlist offer</source>
        <translation>Aanbod wachtlijst</translation>
    </message>
    <message>
        <source>%1 takes the seat.</source>
        <translation>%1 neemt de plaats.</translation>
    </message>
    <message>
        <source>%1 does not take the seat.</source>
        <translation>%1 neemt de plaats niet.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postvak-uit</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) waiting</source>
        <extracomment>database_opened(path): a database was opened and the screens attached to it. the event every screen shows when it is made (after a language switch), else None</extracomment>
        <translation>
            <numerusform>%n mail wacht</numerusform>
            <numerusform>%n mails wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, failed %2, to try again later %3, to check %4.</source>
        <translation>Verzonden %1, mislukt %2, later opnieuw %3, nakijken %4.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>Send mail</source>
        <translation>Mail versturen</translation>
    </message>
    <message>
        <source>Save the waiting mails as .eml files in</source>
        <translation>De wachtende mails als .eml-bestanden bewaren in</translation>
    </message>
    <message>
        <source>Save as .eml files</source>
        <translation>Bewaren als .eml-bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) saved as .eml files; open them in Outlook or Thunderbird to send.</source>
        <translation>
            <numerusform>%n mail bewaard als .eml-bestand; open het in Outlook of Thunderbird om te versturen.</numerusform>
            <numerusform>%n mails bewaard als .eml-bestanden; open ze in Outlook of Thunderbird om te versturen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Bijeenkomst</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Mail</translation>
    </message>
    <message>
        <source>Kind of mail</source>
        <translation>Soort mail</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Aan</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>codes, separated by commas</source>
        <translation>codes, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Registration codes</source>
        <translation>Aanmeldcodes</translation>
    </message>
    <message>
        <source>&amp;Queue…</source>
        <translation>&amp;Klaarzetten…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Voor</translation>
    </message>
    <message>
        <source>Preview for this recipient</source>
        <translation>Voorbeeld voor deze ontvanger</translation>
    </message>
    <message>
        <source>Said &amp;yes</source>
        <translation>Zei &amp;ja</translation>
    </message>
    <message>
        <source>This person takes the offered seat</source>
        <translation>Deze persoon neemt de aangeboden plaats</translation>
    </message>
    <message>
        <source>Said n&amp;o</source>
        <translation>&amp;Zei nee</translation>
    </message>
    <message>
        <source>This person does not take the seat; the next one is offered it</source>
        <translation>Deze persoon neemt de plaats niet; de volgende krijgt hem aangeboden</translation>
    </message>
    <message>
        <source>Send a &amp;test to me…</source>
        <translation>Te&amp;st naar mezelf…</translation>
    </message>
    <message>
        <source>Mail preview</source>
        <translation>Voorbeeld van de mail</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <source>Show mails with this status</source>
        <translation>Toon mails met deze status</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>Ca&amp;ncel mail</source>
        <translation>Mail annu&amp;leren</translation>
    </message>
    <message>
        <source>It &amp;arrived</source>
        <translation>Is aan&amp;gekomen</translation>
    </message>
    <message>
        <source>For a mail under review: you checked that it arrived</source>
        <translation>Voor een mail om na te kijken: u hebt gecontroleerd dat hij is aangekomen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Save as .&amp;eml files…</source>
        <translation>Bewaren als .&amp;eml…</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Voortgang van het versturen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Nu versturen</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (poort 465)</translation>
    </message>
    <message>
        <source>None (only on a trusted network)</source>
        <translation>Geen (alleen op een vertrouwd netwerk)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>For people whose language is not known</source>
        <translation>Voor mensen van wie de taal niet bekend is</translation>
    </message>
    <message>
        <source>A password is kept in this computer&apos;s keyring; leave empty to keep it.</source>
        <translation>Er staat een wachtwoord in de sleutelbos van deze computer; laat leeg om het te houden.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in the database.</source>
        <translation>Het wachtwoord komt in de sleutelbos van deze computer, nooit in de database.</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Mailinstellingen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>B&amp;eveiliging</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>&amp;Afzenderadres</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>Afzender&amp;naam</translation>
    </message>
    <message>
        <source>&amp;Reply to</source>
        <translation>Antw&amp;oorden naar</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>het afzenderadres</translation>
    </message>
    <message>
        <source>&amp;Mails per minute</source>
        <translation>&amp;Mails per minuut</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Feedback form</source>
        <translation>&amp;Feedbackformulier</translation>
    </message>
    <message>
        <source>https://… (named in the thank-you mail)</source>
        <translation>https://… (genoemd in de bedankmail)</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Herinnering</translation>
    </message>
    <message>
        <source> days before the event</source>
        <translation> dagen voor de bijeenkomst</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New database…</source>
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
        <source>Chec&amp;k database</source>
        <translation>Database &amp;controleren</translation>
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
        <source>&amp;Sectors…</source>
        <translation>&amp;Sectoren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Handleiding</translation>
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
        <source>Check database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>%1 was checked: no problems found.</source>
        <translation>%1 is gecontroleerd: geen problemen gevonden.</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <source>kcdesk guessed what each column holds. Change a column where the guess is wrong.</source>
        <translation>kcdesk heeft geraden wat er in elke kolom staat. Pas een kolom aan als de gok niet klopt.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(genegeerd)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Dubbele personen samenvoegen</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the removed person back.</source>
        <translation>Bewerken &gt; Ongedaan maken brengt de verwijderde persoon terug.</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other</source>
        <translation>&amp;Omwisselen: de ander behouden</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is kept; &lt;b&gt;%2&lt;/b&gt; is removed after everything below moves over.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; blijft bestaan; &lt;b&gt;%2&lt;/b&gt; wordt verwijderd nadat alles hieronder is overgezet.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Registrations that move</source>
        <translation>Aanmeldingen die overgaan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Both registered; one registration stays</source>
        <translation>Beiden aangemeld; één aanmelding blijft</translation>
    </message>
    <message>
        <source>Also moves</source>
        <translation>Gaat ook over</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Citaten: %1</translation>
    </message>
    <message>
        <source>Reactions: %1</source>
        <translation>Reacties: %1</translation>
    </message>
    <message>
        <source>Programme parts: %1</source>
        <translation>Programmarollen: %1</translation>
    </message>
    <message>
        <source>Fields filled in from the removed person</source>
        <translation>Velden aangevuld vanuit de verwijderde persoon</translation>
    </message>
</context>
<context>
    <name>MissingNumbersDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Attended without a register number (%1)</source>
        <translation>Aanwezig zonder registratienummer (%1)</translation>
    </message>
    <message>
        <source>Saved %1&apos;s %2 number.</source>
        <translation>Het %2-nummer van %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Attended without a register number</source>
        <translation>Aanwezig zonder registratienummer</translation>
    </message>
    <message>
        <source>These people came to this accredited event, but kcdesk has no register number for them that it may report. Choose someone, type the number and save.</source>
        <translation>Deze mensen zijn op deze geaccrediteerde bijeenkomst, maar kcdesk heeft geen registratienummer van hen dat het mag doorgeven. Kies iemand, typ het nummer en sla het op.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>&amp;Save number</source>
        <translation>Nummer &amp;opslaan</translation>
    </message>
</context>
<context>
    <name>NotesModels</name>
    <message>
        <source>yes, may be published</source>
        <translation>ja, mag gepubliceerd</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>ask first</source>
        <translation>eerst vragen</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>error(message): an edit was refused (shown by the screen)</extracomment>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Label in English</source>
        <translation>Omschrijving in het Engels</translation>
    </message>
    <message>
        <source>A key figure is a number, like 15 or 2.5.</source>
        <translation>Een kerncijfer is een getal, zoals 15 of 2,5.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Gezegd door</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programma-onderdeel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Waardering</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>reactie</translation>
    </message>
</context>
<context>
    <name>NotesScreen</name>
    <message>
        <source>Notes &amp; export</source>
        <extracomment>Quiet time after the last keystroke before a note is saved. note_saved(note_id): a note was written to the database by autosave or a flush</extracomment>
        <translation>Notities &amp; export</translation>
    </message>
    <message>
        <source>Whole event</source>
        <translation>Hele bijeenkomst</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Kop</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>The note in English</source>
        <translation>De notitie in het Engels</translation>
    </message>
    <message>
        <source>Write the note first; its English goes beside it.</source>
        <translation>Schrijf eerst de notitie; de Engelse tekst hoort erbij.</translation>
    </message>
    <message>
        <source>new figure</source>
        <translation>nieuw kerncijfer</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Bijeen&amp;komst:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Onderdeel:</translation>
    </message>
    <message>
        <source>Notes of the whole event or of one programme item</source>
        <translation>Notities van de hele bijeenkomst of van één programma-onderdeel</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programma-onderdeel</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Draft article, attendance list, certificates, calendar, report…</source>
        <translation>Conceptartikel, presentielijst, deelnamebewijzen, agenda, verslag…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Kop:</translation>
    </message>
    <message>
        <source>optional: a heading opens a section of the article</source>
        <translation>optioneel: met een kop begint een nieuw deel van het artikel</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>Vol&amp;gorde:</translation>
    </message>
    <message>
        <source>The article prints notes in this order (lowest first)</source>
        <translation>Het artikel zet de notities in deze volgorde (laagste eerst)</translation>
    </message>
    <message>
        <source>In &amp;English…</source>
        <translation>In het &amp;Engels…</translation>
    </message>
    <message>
        <source>The heading and text of this note in English, for the English draft</source>
        <translation>De kop en tekst van deze notitie in het Engels, voor het Engelse concept</translation>
    </message>
    <message>
        <source>Notes in Markdown</source>
        <translation>Notities in Markdown</translation>
    </message>
    <message>
        <source>Write notes in Markdown: ## heading, **bold**, - list item. They are saved as you type.</source>
        <translation>Schrijf notities in Markdown: ## kop, **vet**, - opsommingsteken. Ze worden opgeslagen terwijl je typt.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Markdown on the left, preview on the right.</source>
        <translation>Links Markdown, rechts het voorbeeld.</translation>
    </message>
    <message>
        <source>Key &amp;figures</source>
        <translation>Kern&amp;cijfers</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>&amp;Add figure</source>
        <translation>Kerncijfer &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>C&amp;itaten</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Said &amp;by:</source>
        <translation>Gezegd &amp;door:</translation>
    </message>
    <message>
        <source>A person from the directory, or a free attribution</source>
        <translation>Een persoon uit het personenbestand, of een vrije vermelding</translation>
    </message>
    <message>
        <source>Free attribution:</source>
        <translation>Vrije vermelding:</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Naam (optioneel)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role, e.g. teacher</source>
        <translation>Rol, bijv. docent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Programme &amp;item:</source>
        <translation>&amp;Programma-onderdeel:</translation>
    </message>
    <message>
        <source>&amp;Consent to publish:</source>
        <translation>Toestemming pu&amp;blicatie:</translation>
    </message>
    <message>
        <source>In En&amp;glish:</source>
        <translation>In het &amp;Engels:</translation>
    </message>
    <message>
        <source>for the English draft; the quote itself stays as said</source>
        <translation>voor het Engelse concept; het citaat zelf blijft zoals het gezegd is</translation>
    </message>
    <message>
        <source>The quote in English</source>
        <translation>Het citaat in het Engels</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Nie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Save quote</source>
        <translation>Citaat op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Reactions</source>
        <translation>&amp;Reacties</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>&amp;Waardering:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 to 5; leave at — for no rating</source>
        <translation>1 tot 5; laat op — staan voor geen waardering</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>Oor&amp;deel:</translation>
    </message>
    <message>
        <source>one word on the meeting, e.g. surprising</source>
        <translation>één woord over de bijeenkomst, bijvoorbeeld verrassend</translation>
    </message>
    <message>
        <source>the reaction, for the English draft</source>
        <translation>de reactie, voor het Engelse concept</translation>
    </message>
    <message>
        <source>The reaction in English</source>
        <translation>De reactie in het Engels</translation>
    </message>
    <message>
        <source>the word</source>
        <translation>het woord</translation>
    </message>
    <message>
        <source>The verdict in English</source>
        <translation>Het oordeel in het Engels</translation>
    </message>
    <message>
        <source>&amp;Save reaction</source>
        <translation>Reactie op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Search series</source>
        <translation>&amp;Zoeken in reeks</translation>
    </message>
    <message>
        <source>Search the notes, quotes and reactions of every event in this series</source>
        <translation>Zoek in de notities, citaten en reacties van alle bijeenkomsten in deze reeks</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <extracomment>(column key, header) — the key is also the sort key the store accepts.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Naam tonen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>News</source>
        <comment>short for: newsletter</comment>
        <translation>Nieuws</translation>
    </message>
    <message>
        <source>Named</source>
        <comment>short for: name shown</comment>
        <translation>Bij naam</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Search name, organisation, email… (Ctrl+F)</source>
        <extracomment>edit_requested(before | None, after): save a person (new when before is None). merge_requested(keep_id, drop_id)</extracomment>
        <translation>Zoek op naam, organisatie, e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Klik met de rechtermuisknop om kolommen te kiezen</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewerk&amp;en…</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>Twee &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Select two people (Ctrl+click) to merge them</source>
        <translation>Selecteer twee personen (Ctrl+klik) om ze samen te voegen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <extracomment>Hidden until the user shows them (right-click on the header): the person dialog and the privacy overview have the consents, and without them a name fits at 1024 wide.</extracomment>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two people to merge (Ctrl+click the second).</source>
        <translation>Selecteer precies twee personen om samen te voegen (Ctrl+klik op de tweede).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>as the database (%1)</source>
        <translation>zoals de database (%1)</translation>
    </message>
    <message>
        <source>May receive the newsletter</source>
        <translation>Mag de nieuwsbrief ontvangen</translation>
    </message>
    <message>
        <source>May be in photos of the event</source>
        <translation>Mag op foto&apos;s van de bijeenkomst</translation>
    </message>
    <message>
        <source>May be quoted in the article or report</source>
        <translation>Mag worden geciteerd in het artikel of verslag</translation>
    </message>
    <message>
        <source>May be named in publications (article, report)</source>
        <translation>Mag met naam worden genoemd in publicaties (artikel, verslag)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Doorgeven</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 hoort al bij %2.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>Parti&amp;cle</source>
        <translation>T&amp;ussenvoegsel</translation>
    </message>
    <message>
        <source>van, de, van der …</source>
        <translation>van, de, van der …</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>O&amp;rganisatie</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>&amp;Newsletter</source>
        <translation>&amp;Nieuwsbrief</translation>
    </message>
    <message>
        <source>P&amp;hoto</source>
        <translation>F&amp;oto</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citaat</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation>&amp;Beroepsregisters</translation>
    </message>
    <message>
        <source>Professional registers (Registerplein, SKJ, BIG …) for accreditation points; saved when you add or remove one</source>
        <translation>Beroepsregisters (Registerplein, SKJ, BIG …) voor accreditatiepunten; direct opgeslagen bij toevoegen of verwijderen</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>For re&amp;porting</source>
        <translation>Voor o&amp;pgave</translation>
    </message>
    <message>
        <source>The person agrees that this number is used to report their attendance to the register</source>
        <translation>De persoon vindt het goed dat dit nummer wordt gebruikt om de aanwezigheid aan het register door te geven</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Mail &amp;in</source>
        <translation>Mailtaa&amp;l</translation>
    </message>
    <message>
        <source>Language of the mails to this person</source>
        <translation>Taal van de mails aan deze persoon</translation>
    </message>
    <message>
        <source>The language this person gets mail in (confirmations, reminders …); saved when you choose it</source>
        <translation>De taal waarin deze persoon mail krijgt (bevestigingen, herinneringen …); bewaard zodra je haar kiest</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, organisation or email…</source>
        <extracomment>chosen(person_id): the user pressed Enter or double-clicked a hit.</extracomment>
        <translation>Typ een naam, organisatie of e-mailadres…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <source>Add an existing person</source>
        <translation>Bestaande persoon toevoegen</translation>
    </message>
    <message>
        <source>Type to find someone in the people directory.</source>
        <translation>Typ om iemand in het personenbestand te zoeken.</translation>
    </message>
    <message>
        <source>The people directory is still empty: use “Add new…” to add someone.</source>
        <translation>Het personenbestand is nog leeg: gebruik “Nieuwe persoon…” om iemand toe te voegen.</translation>
    </message>
    <message>
        <source>Nobody found. Someone new? Cancel and use “Add new…”.</source>
        <translation>Niemand gevonden. Iemand nieuw? Annuleer en gebruik “Nieuwe persoon…”.</translation>
    </message>
</context>
<context>
    <name>PlanningCommands</name>
    <message>
        <source>New event</source>
        <extracomment>show this event (a deleted event that an undo brought back)</extracomment>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Next edition</source>
        <translation>Volgende editie</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>Programma-onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Edit programme item</source>
        <translation>Programma-onderdeel bewerken</translation>
    </message>
    <message>
        <source>Delete programme item</source>
        <extracomment>after undoing an add: the item with what it had gathered, for the redo to bring back</extracomment>
        <translation>Programma-onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Reorder programme</source>
        <translation>Programmavolgorde wijzigen</translation>
    </message>
    <message>
        <source>Add registration</source>
        <translation>Aanmelding toevoegen</translation>
    </message>
    <message>
        <source>Change registration status</source>
        <extracomment>the registration as the undo took it away (its code, a check-in since), for the redo</extracomment>
        <translation>Status van aanmelding wijzigen</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Twee personen samenvoegen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
</context>
<context>
    <name>PlanningScreen</name>
    <message>
        <source>&amp;Event</source>
        <extracomment>The panels made when first shown: name → (module in kcdesk.ui.planning, class). (services, event) the panels last loaded for: attach loads them once the panels made, and loaded, when first shown or asked for (start-up: an event&apos;s thousands of registrations, or 100k people, are not read for a tab nobody looks at); each has its place in the tabs from the start name → how to bring that panel up to date, for panels not loaded since the last change</extracomment>
        <translation>Bijeen&amp;komst</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramma</translation>
    </message>
    <message>
        <source>Re&amp;gistrations</source>
        <translation>&amp;Aanmeldingen</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tafels</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafieken</translation>
    </message>
    <message>
        <source>Accre&amp;ditation</source>
        <translation>Accre&amp;ditatie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Planning</source>
        <extracomment>The size the window opens at the first time, where the screen has room for it. Room left for the window&apos;s title bar and borders, which the available geometry does not include. The screens in navigation order: module, class and icon. Only the screen shown is made at start; the others when first shown (start-up time).</extracomment>
        <translation>Planning</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>Ne&amp;xt edition</source>
        <translation>Volgende &amp;editie</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>Bijeenkomst &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>Bijeenkomst &amp;zoeken</translation>
    </message>
    <message>
        <source>New programme &amp;item…</source>
        <translation>Nieuw programma-&amp;onderdeel…</translation>
    </message>
    <message>
        <source>&amp;Import registrations (CSV)…</source>
        <translation>Aanmeldingen &amp;importeren (CSV)…</translation>
    </message>
    <message>
        <source>Move &amp;up from waitlist</source>
        <translation>Van &amp;wachtlijst doorschuiven</translation>
    </message>
    <message>
        <source>&amp;Assign tables</source>
        <translation>&amp;Tafels indelen</translation>
    </message>
    <message>
        <source>&amp;People directory</source>
        <translation>&amp;Personenbestand</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nieuwe pe&amp;rsoon…</translation>
    </message>
    <message>
        <source>&amp;Merge two people…</source>
        <translation>Twee personen &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Deze database is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>New kenniscafé</source>
        <translation>Nieuw kenniscafé</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its programme and %n registration(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>“%1” verwijderen met het programma en %n aanmelding? Bewerken &gt; Ongedaan maken brengt het terug.</numerusform>
            <numerusform>“%1” verwijderen met het programma en %n aanmeldingen? Bewerken &gt; Ongedaan maken brengt het terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Nieuwe persoon toevoegen</translation>
    </message>
    <message>
        <source>Nobody is on the waitlist.</source>
        <translation>Er staat niemand op de wachtlijst.</translation>
    </message>
    <message>
        <source>All %1 seats are taken. Move %2 up from the waitlist anyway (one more than the capacity)?</source>
        <translation>Alle %1 plaatsen zijn bezet. Toch %2 van de wachtlijst doorschuiven (één meer dan de capaciteit)?</translation>
    </message>
    <message>
        <source>Move up from waitlist</source>
        <translation>Van wachtlijst doorschuiven</translation>
    </message>
    <message>
        <source>Assign tables</source>
        <translation>Tafels indelen</translation>
    </message>
    <message>
        <source>Move to another table</source>
        <translation>Naar andere tafel verplaatsen</translation>
    </message>
    <message>
        <source>Change table host</source>
        <translation>Tafelvoorzitter wijzigen</translation>
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
        <source>Cannot use the sync folder</source>
        <translation>Deelmap niet te gebruiken</translation>
    </message>
    <message>
        <source>%1 is not a folder that exists. Choose the folder the stations share.</source>
        <translation>%1 is geen bestaande map. Kies de map die de balies delen.</translation>
    </message>
    <message>
        <source>Cannot save the retention period</source>
        <translation>Kan de bewaartermijn niet opslaan</translation>
    </message>
    <message>
        <source>The folder the stations share</source>
        <translation>De map die de balies delen</translation>
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
        <source>Stations</source>
        <translation>Balies</translation>
    </message>
    <message>
        <source>S&amp;ync folder:</source>
        <translation>&amp;Deelmap:</translation>
    </message>
    <message>
        <source>None: this station works alone</source>
        <translation>Geen: deze balie werkt alleen</translation>
    </message>
    <message>
        <source>A folder every door laptop shares (Syncthing, a network share): each station writes its check-ins there and reads the others&apos;.</source>
        <translation>Een map die elke deurlaptop deelt (Syncthing, een netwerkmap): elke balie schrijft er zijn check-ins in en leest die van de andere.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Door mode shares check-ins live with the stations that use the same folder.</source>
        <translation>De deurmodus deelt check-ins direct met de balies die dezelfde map gebruiken.</translation>
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
    <name>PrivacyDialog</name>
    <message>
        <source>keep, said by &quot;een deelnemer&quot;</source>
        <extracomment>erased(person_ids): people were erased or anonymised (the change is committed). exported(path): an access-request report was written.</extracomment>
        <translation>behouden, met &quot;een deelnemer&quot; als bron</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;JSON (*.json)</source>
        <translation>Webpagina (*.html);;PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>(last seen before %1)</source>
        <translation>(laatst gezien vóór %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised: names, contact details and notes are erased; they stay in the counts per sector as anonymous participants.</source>
        <translation>
            <numerusform>%n persoon wordt geanonimiseerd: naam, contactgegevens en notities worden gewist; de persoon telt anoniem mee in de aantallen per sector.</numerusform>
            <numerusform>%n personen worden geanonimiseerd: namen, contactgegevens en notities worden gewist; ze tellen anoniem mee in de aantallen per sector.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has gone unseen that long.</source>
        <translation>Niemand is al zo lang niet gezien.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n person(s)…</source>
        <translation>
            <numerusform>%n persoon &amp;anonimiseren…</numerusform>
            <numerusform>%n personen &amp;anonimiseren…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <source>Anonymise people</source>
        <translation>Personen anonimiseren</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) not seen since %1? This cannot be undone.</source>
        <translation>
            <numerusform>%n persoon die sinds %1 niet meer is gezien anonimiseren? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n personen die sinds %1 niet meer zijn gezien anonimiseren? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the person who asked, then export or erase their data.</source>
        <translation>Zoek de persoon die het verzoek deed en exporteer of wis daarna de gegevens.</translation>
    </message>
    <message>
        <source>Linked to %1:</source>
        <translation>Gekoppeld aan %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n aanmelding</numerusform>
            <numerusform>%n aanmeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme part(s)</source>
        <translation>
            <numerusform>%n programmarol</numerusform>
            <numerusform>%n programmarollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citaat</numerusform>
            <numerusform>%n citaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved everything kcdesk holds on %1 in %2.</source>
        <translation>Alles wat kcdesk over %1 bewaart, is opgeslagen in %2.</translation>
    </message>
    <message>
        <source>a note at “%1”</source>
        <translation>een notitie bij “%1”</translation>
    </message>
    <message>
        <source>a quote at “%1”</source>
        <translation>een citaat bij “%1”</translation>
    </message>
    <message>
        <source>a reaction at “%1”</source>
        <translation>een reactie bij “%1”</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Erase all personal data of %1? They stay in the counts as an anonymous participant. This cannot be undone.</source>
        <translation>Alle persoonsgegevens van %1 wissen? De persoon telt anoniem mee in de aantallen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erased. Their name still appears in free text that is not linked to them; edit it by hand: %1</source>
        <translation>Gewist. De naam staat nog in vrije tekst die niet aan de persoon gekoppeld is; pas die met de hand aan: %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Bewaartermijn</translation>
    </message>
    <message>
        <source>Anonymise people not seen for</source>
        <translation>Personen anonimiseren die niet meer gezien zijn sinds</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>People who would be anonymised</source>
        <translation>Personen die geanonimiseerd worden</translation>
    </message>
    <message>
        <source>Their &amp;quotes:</source>
        <translation>Hun &amp;citaten:</translation>
    </message>
    <message>
        <source>&amp;One person</source>
        <translation>&amp;Eén persoon</translation>
    </message>
    <message>
        <source>Type a name, organisation or email address</source>
        <translation>Typ een naam, organisatie of e-mailadres</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Their q&amp;uotes:</source>
        <translation>Hun ci&amp;taten:</translation>
    </message>
    <message>
        <source>&amp;Export their data…</source>
        <translation>Gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacy</translation>
    </message>
    <message>
        <source>&amp;Anonymise people not seen since…</source>
        <translation>Personen &amp;anonimiseren die niet meer gezien zijn sinds…</translation>
    </message>
    <message>
        <source>Access request or &amp;erasure…</source>
        <translation>Inzageverzoek of &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open eerst een database.</translation>
    </message>
</context>
<context>
    <name>PrivacyPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Laatste bijeenkomst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Start</source>
        <extracomment>reorder_requested(item_ids): the user dropped a row elsewhere; the view asks for this order.</extracomment>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>&amp;New item…</source>
        <extracomment>save_requested(before | None, after): add or change an item. delete_requested(item) reorder_requested(before_ids, after_ids)</extracomment>
        <translation>&amp;Nieuw onderdeel…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewerk&amp;en…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <source>Start times follow from the event start and each item&apos;s duration. Drag rows or press Ctrl+Up / Ctrl+Down to reorder; Enter edits.</source>
        <translation>De begintijden volgen uit het begin van de bijeenkomst en de duur van elk onderdeel. Sleep regels of gebruik Ctrl+↑ / Ctrl+↓ om de volgorde te wijzigen; Enter bewerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), </source>
        <translation>
            <numerusform>%n onderdeel, </numerusform>
            <numerusform>%n onderdelen, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Free attribution (fill in below)</source>
        <extracomment>saved(quote_id): a quote was saved from the form</extracomment>
        <translation>Vrije vermelding (hieronder invullen)</translation>
    </message>
    <message>
        <source>(whole event)</source>
        <translation>(hele bijeenkomst)</translation>
    </message>
    <message>
        <source>Not in exports until consent is “yes”.</source>
        <translation>Komt pas in exports als de toestemming “ja” is.</translation>
    </message>
    <message>
        <source>In exports: “…” — %1</source>
        <translation>In exports: “…” — %1</translation>
    </message>
    <message>
        <source>Delete this quote?</source>
        <translation>Dit citaat verwijderen?</translation>
    </message>
</context>
<context>
    <name>ReactionEditor</name>
    <message>
        <source> of 5</source>
        <extracomment>saved(reaction_id): a reaction was saved from the form</extracomment>
        <translation> van 5</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anoniem)</translation>
    </message>
    <message>
        <source>Delete this reaction?</source>
        <translation>Deze reactie verwijderen?</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <source>Add &amp;existing…</source>
        <extracomment>register_requested(person_id) new_person_requested(): add somebody not yet in the directory status_requested(registration_id, status) promote_requested(): move the first on the waitlist up import_requested(): open the CSV import wizard person_requested(person_id): edit the person of a registration (double-click or Enter)</extracomment>
        <translation>Be&amp;staande persoon…</translation>
    </message>
    <message>
        <source>Add ne&amp;w…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Status of the selected registration</source>
        <translation>Status van de geselecteerde aanmelding</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>Status &amp;instellen</translation>
    </message>
    <message>
        <source>Move &amp;up from waitlist</source>
        <translation>&amp;Van wachtlijst doorschuiven</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV i&amp;mporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) taken, no capacity limit</source>
        <translation>
            <numerusform>%n plaats bezet, geen maximum</numerusform>
            <numerusform>%n plaatsen bezet, geen maximum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 seats taken</source>
        <translation>%1 van %2 plaatsen bezet</translation>
    </message>
    <message numerus="yes">
        <source>; %n on the waitlist</source>
        <translation>
            <numerusform>; %n op de wachtlijst</numerusform>
            <numerusform>; %n op de wachtlijst</numerusform>
        </translation>
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
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>%n regel importeren…</numerusform>
            <numerusform>%n regels importeren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
</context>
<context>
    <name>SeatingModel</name>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source> (host)</source>
        <translation> (tafelvoorzitter)</translation>
    </message>
    <message>
        <source>A colleague sits at the same table.</source>
        <translation>Er zit een collega aan dezelfde tafel.</translation>
    </message>
</context>
<context>
    <name>SectorPage</name>
    <message>
        <source>Unknown sectors</source>
        <translation>Onbekende sectoren</translation>
    </message>
    <message>
        <source>The file names sectors kcdesk does not know. Choose a sector for each, or make it a new one.</source>
        <translation>Het bestand noemt sectoren die kcdesk niet kent. Kies voor elk een sector, of maak er een nieuwe van.</translation>
    </message>
    <message>
        <source>New sector “%1”</source>
        <translation>Nieuwe sector ‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n regel)</numerusform>
            <numerusform>%1 (%n regels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectorsDialog</name>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>The words the network uses for the groups people come from. The article says “uit beleid, onderwijs en werkveld” with these labels; double-click a label to change it.</source>
        <translation>De woorden die het netwerk gebruikt voor de groepen waar mensen vandaan komen. Het artikel zegt met deze namen „uit beleid, onderwijs en werkveld”; dubbelklik op een naam om hem te wijzigen.</translation>
    </message>
</context>
<context>
    <name>SectorsModel</name>
    <message>
        <source>Code</source>
        <extracomment>failed(message): a label was refused (empty); the message is already translated</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes this import back.</source>
        <translation>Bewerken &gt; Ongedaan maken draait het importeren terug.</translation>
    </message>
    <message>
        <source>%1 of %2 seats are now taken: more than the capacity. Change the capacity, or set some registrations to waitlisted.</source>
        <translation>Nu zijn %1 van de %2 plaatsen bezet: meer dan de capaciteit. Pas de capaciteit aan, of zet een paar aanmeldingen op de wachtlijst.</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>Table session</source>
        <extracomment>assign_requested(item_id, tables, present_only) move_requested(item_id, registration_id, table_no) host_requested(item_id, registration_id, is_host)</extracomment>
        <translation>Tafelsessie</translation>
    </message>
    <message>
        <source>Only the &amp;checked-in</source>
        <translation>Alleen inge&amp;checkten</translation>
    </message>
    <message>
        <source>&amp;Assign automatically</source>
        <translation>Automatisch in&amp;delen</translation>
    </message>
    <message>
        <source>&amp;Print lists (PDF)…</source>
        <translation>Lijsten afdr&amp;ukken (PDF)…</translation>
    </message>
    <message>
        <source>table </source>
        <translation>tafel </translation>
    </message>
    <message>
        <source>&amp;Move selected</source>
        <translation>Selectie &amp;verplaatsen</translation>
    </message>
    <message>
        <source>Toggle &amp;host</source>
        <translation>Tafelv&amp;oorzitter aan/uit</translation>
    </message>
    <message>
        <source>The host leads the conversation at a table</source>
        <translation>De tafelvoorzitter leidt het gesprek aan een tafel</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>S&amp;essie</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>Tafe&amp;ls</translation>
    </message>
    <message>
        <source>Each table mixes sectors; colleagues of one organisation sit apart where possible. People attached to the session as host head a table.</source>
        <translation>Aan elke tafel zitten verschillende sectoren door elkaar; collega&apos;s van één organisatie zitten waar mogelijk apart. Wie als tafelvoorzitter aan de sessie is gekoppeld, krijgt een eigen tafel.</translation>
    </message>
    <message>
        <source>This event has no table session yet. Add a programme item of kind “Table session” to seat people.</source>
        <translation>Deze bijeenkomst heeft nog geen tafelsessie. Voeg een programma-onderdeel van de soort “Tafelsessie” toe om mensen in te delen.</translation>
    </message>
    <message>
        <source>Nobody is seated yet: choose the number of tables and assign.</source>
        <translation>Nog niemand ingedeeld: kies het aantal tafels en deel de mensen in.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) seated</source>
        <translation>
            <numerusform>%n persoon ingedeeld</numerusform>
            <numerusform>%n personen ingedeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n tafelvoorzitter</numerusform>
            <numerusform>%n tafelvoorzitters</numerusform>
        </translation>
    </message>
    <message>
        <source>colleagues share a table: %1</source>
        <translation>collega&apos;s aan dezelfde tafel: %1</translation>
    </message>
    <message>
        <source>(unavoidable: more colleagues than tables)</source>
        <translation>(onvermijdelijk: meer collega&apos;s dan tafels)</translation>
    </message>
    <message>
        <source>Print table lists</source>
        <translation>Tafellijsten afdrukken</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>host</source>
        <translation>tafelvoorzitter</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
</context>
<context>
    <name>TemplateErrors</name>
    <message>
        <source>The template ends while the block “%2” is still open: add %1 to close it.</source>
        <extracomment>Jinja&apos;s message (a pattern with {0}, {1}…) and what the user reads (%1, %2… for the same values).</extracomment>
        <translation>Het sjabloon houdt op terwijl het blok “%2” nog open is: sluit het af met %1.</translation>
    </message>
    <message>
        <source>The tag “%1” does not belong here: the block “%3” is still open and needs %2.</source>
        <translation>De tag “%1” hoort hier niet: het blok “%3” is nog open en moet eerst worden afgesloten met %2.</translation>
    </message>
    <message>
        <source>Unknown tag “%1”.</source>
        <translation>Onbekende tag “%1”.</translation>
    </message>
    <message>
        <source>A value or name is missing before %1.</source>
        <translation>Er ontbreekt een waarde of naam vóór %1.</translation>
    </message>
    <message>
        <source>Expected %1 but found “%2”.</source>
        <translation>Hier hoort %1, maar er staat “%2”.</translation>
    </message>
    <message>
        <source>Unexpected “%1”; expected “%2”.</source>
        <translation>Onverwacht “%1”; hier hoort “%2”.</translation>
    </message>
    <message>
        <source>Unexpected “%1”.</source>
        <translation>Onverwacht “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not in the template context (see the template documentation).</source>
        <translation>“%1” bestaat niet in de sjablooncontext (zie de documentatie bij de sjablonen).</translation>
    </message>
    <message>
        <source>“%2” does not exist here (in a %1).</source>
        <translation>“%2” bestaat hier niet (in een %1).</translation>
    </message>
    <message>
        <source>There is no filter “%1”.</source>
        <translation>Er is geen filter “%1”.</translation>
    </message>
    <message>
        <source>Not allowed in a template: the attribute “%1”.</source>
        <translation>Niet toegestaan in een sjabloon: het attribuut “%1”.</translation>
    </message>
    <message>
        <source>the end of the tag (%})</source>
        <extracomment>Jinja&apos;s names for the places a template can end unexpectedly.</extracomment>
        <translation>het einde van de tag (%})</translation>
    </message>
    <message>
        <source>the end of the expression (}})</source>
        <translation>het einde van de uitdrukking (}})</translation>
    </message>
    <message>
        <source>the end of the template</source>
        <translation>het einde van het sjabloon</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>WalkinDialog</name>
    <message>
        <source>(not given)</source>
        <extracomment>saved(result): submit succeeded; result is what it returned (a CheckinResult).</extracomment>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>%1 &amp;number</source>
        <translation>%1-nu&amp;mmer</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
    <message>
        <source>A name has no digits: “%1” looks like a scanned code. Correct the name, or close this form (Esc) and scan again.</source>
        <translation>Een naam bevat geen cijfers: “%1” lijkt een gescande code. Verbeter de naam, of sluit dit formulier (Esc) en scan opnieuw.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Binnenloper</translation>
    </message>
    <message>
        <source>Someone who did not register: they are added and checked in at once.</source>
        <translation>Iemand die zich niet had aangemeld: wordt meteen toegevoegd en ingecheckt.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Voornaam en achternaam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-mail (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>&amp;Registratienummer</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>for the accreditation points (optional)</source>
        <translation>voor de punten (optioneel)</translation>
    </message>
    <message>
        <source>Send me the &amp;newsletter</source>
        <translation>Stuur mij de nieuws&amp;brief</translation>
    </message>
    <message>
        <source>I may appear in &amp;photos</source>
        <translation>Ik mag op &amp;foto&apos;s staan</translation>
    </message>
    <message>
        <source>My words may be &amp;quoted</source>
        <translation>Mijn woorden mogen worden &amp;geciteerd</translation>
    </message>
    <message>
        <source>My name may be &amp;mentioned in the report</source>
        <translation>Mijn naam mag in het &amp;verslag worden genoemd</translation>
    </message>
</context>
</TS>
