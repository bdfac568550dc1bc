<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>painpace::MainWindow</name>
    <message numerus="yes">
        <source>Diary: %1 — %n check-in(s)</source>
        <translation>
            <numerusform>Diary: %1 — %n check-in</numerusform>
            <numerusform>Diary: %1 — %n check-ins</numerusform>
        </translation>
    </message>
</context>
</TS>
