<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>painpace::MainWindow</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>painpace::TodayView</name>
    <message numerus="yes">
        <source>Saved pain %1 at %2 with %n body-map mark(s). Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Saved pain %1 at %2 with %n body-map mark. Edit ▸ Undo takes it back.</numerusform>
            <numerusform>Saved pain %1 at %2 with %n body-map marks. Edit ▸ Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInDescription</name>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasm record(s)</source>
        <translation>
            <numerusform>%n spasm record</numerusform>
            <numerusform>%n spasm records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy(ies)</source>
        <translation>
            <numerusform>%n therapy</numerusform>
            <numerusform>%n therapies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>painpace::EntriesView</name>
    <message numerus="yes">
        <source>%n entry(ies) found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialSummary</name>
    <message numerus="yes">
        <source>Without the first %n day(s) after each switch (carry-over): %1.</source>
        <translation>
            <numerusform>Without the first day after each switch (carry-over): %1.</numerusform>
            <numerusform>Without the first %n days after each switch (carry-over): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>painpace::RestoreDialog</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup restored: %n entry(ies) changed. Undo takes it back.</source>
        <translation>
            <numerusform>Backup restored: %n entry changed. Undo takes it back.</numerusform>
            <numerusform>Backup restored: %n entries changed. Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryImporter</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pacing plan(s)</source>
        <translation>
            <numerusform>%n pacing plan</numerusform>
            <numerusform>%n pacing plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pacing session(s)</source>
        <translation>
            <numerusform>%n pacing session</numerusform>
            <numerusform>%n pacing sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy trial(s)</source>
        <translation>
            <numerusform>%n therapy trial</numerusform>
            <numerusform>%n therapy trials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own trigger(s)</source>
        <translation>
            <numerusform>%n own trigger</numerusform>
            <numerusform>%n own triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own therapy(ies)</source>
        <translation>
            <numerusform>%n own therapy</numerusform>
            <numerusform>%n own therapies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>painpace::ReportDialog</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1. Only you can read the file.</source>
        <translation>
            <numerusform>Saved the report (%n page) to %1. Only you can read the file.</numerusform>
            <numerusform>Saved the report (%n pages) to %1. Only you can read the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n day(s): %1</source>
        <translation>
            <numerusform>%n day: %1</numerusform>
            <numerusform>%n days: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
