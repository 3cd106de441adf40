<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
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
