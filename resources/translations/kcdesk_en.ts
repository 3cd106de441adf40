<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccreditationPanel</name>
    <message numerus="yes">
        <source>%n attendee(s) without a register number that may be reported (the door lists them: F3).</source>
        <translation>
            <numerusform>%n attendee without a register number that may be reported (the door lists them: F3).</numerusform>
            <numerusform>%n attendees without a register number that may be reported (the door lists them: F3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n attendee(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n attendee to %1.</numerusform>
            <numerusform>Wrote %n attendees to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have errors.</source>
        <translation>
            <numerusform>%n row has errors.</numerusform>
            <numerusform>%n rows have errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message numerus="yes">
        <source>Saved %n journal entries to %1.</source>
        <translation>
            <numerusform>Saved %n journal entry to %1.</numerusform>
            <numerusform>Saved %n journal entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s).</source>
        <translation>
            <numerusform>Merged %n file.</numerusform>
            <numerusform>Merged %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) of badges to %1.</source>
        <translation>
            <numerusform>Saved %n page of badges to %1.</numerusform>
            <numerusform>Saved %n pages of badges to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n people who did not come as no-show? Late arrivals can still be checked in.</source>
        <translation>
            <numerusform>Mark the %n person who did not come as no-show? Late arrivals can still be checked in.</numerusform>
            <numerusform>Mark the %n people who did not come as no-show? Late arrivals can still be checked in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message numerus="yes">
        <source>heard %n min ago</source>
        <translation>
            <numerusform>heard %n min ago</numerusform>
            <numerusform>heard %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n were already in)</source>
        <translation>
            <numerusform>(%n was already in)</numerusform>
            <numerusform>(%n were already in)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailScreen</name>
    <message numerus="yes">
        <source>%n open offer(s).</source>
        <translation>
            <numerusform>%n open offer.</numerusform>
            <numerusform>%n open offers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s).</source>
        <translation>
            <numerusform>%n recipient.</numerusform>
            <numerusform>%n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n mail(s) in the outbox? They are sent with Send now.</source>
        <translation>
            <numerusform>Put %n mail in the outbox? They are sent with Send now.</numerusform>
            <numerusform>Put %n mails in the outbox? They are sent with Send now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) put in the outbox.</source>
        <translation>
            <numerusform>%n mail put in the outbox.</numerusform>
            <numerusform>%n mails put in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) waiting</source>
        <extracomment>database_opened(path): a database was opened and the screens attached to it. the event every screen shows when it is made (after a language switch), else None</extracomment>
        <translation>
            <numerusform>%n mail waiting</numerusform>
            <numerusform>%n mails waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) saved as .eml files; open them in Outlook or Thunderbird to send.</source>
        <translation>
            <numerusform>%n mail saved as .eml files; open them in Outlook or Thunderbird to send.</numerusform>
            <numerusform>%n mails saved as .eml files; open them in Outlook or Thunderbird to send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesScreen</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <extracomment>Hidden until the user shows them (right-click on the header): the person dialog and the privacy overview have the consents, and without them a name fits at 1024 wide.</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningScreen</name>
    <message numerus="yes">
        <source>Delete “%1” with its programme and %n registration(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete “%1” with its programme and %n registration? Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete “%1” with its programme and %n registrations? Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>%n person(s) would be anonymised: names, contact details and notes are erased; they stay in the counts per sector as anonymous participants.</source>
        <translation>
            <numerusform>%n person would be anonymised: names, contact details and notes are erased; they stay in the counts per sector as anonymous participants.</numerusform>
            <numerusform>%n persons would be anonymised: names, contact details and notes are erased; they stay in the counts per sector as anonymous participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n person(s)…</source>
        <translation>
            <numerusform>&amp;Anonymise %n person…</numerusform>
            <numerusform>&amp;Anonymise %n persons…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) not seen since %1? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n person not seen since %1? This cannot be undone.</numerusform>
            <numerusform>Anonymise %n persons not seen since %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme part(s)</source>
        <translation>
            <numerusform>%n programme part</numerusform>
            <numerusform>%n programme parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reaction(s)</source>
        <translation>
            <numerusform>%n reaction</numerusform>
            <numerusform>%n reactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message numerus="yes">
        <source>%n item(s), </source>
        <translation>
            <numerusform>%n item, </numerusform>
            <numerusform>%n items, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message numerus="yes">
        <source>%n seat(s) taken, no capacity limit</source>
        <translation>
            <numerusform>%n seat taken, no capacity limit</numerusform>
            <numerusform>%n seats taken, no capacity limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n on the waitlist</source>
        <translation>
            <numerusform>; %n on the waitlist</numerusform>
            <numerusform>; %n on the waitlist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectorPage</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message numerus="yes">
        <source>%n person(s) seated</source>
        <translation>
            <numerusform>%n person seated</numerusform>
            <numerusform>%n persons seated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
</context>
</TS>
