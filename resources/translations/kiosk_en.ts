<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ConfirmedScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="43"/>
        <source>This screen will return to the start in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>This screen will return to the start in %n second.</numerusform>
            <numerusform>This screen will return to the start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/DoneScreen.qml" line="29"/>
        <source>This screen will return to the start in %n second(s).</source>
        <translation>
            <numerusform>This screen will return to the start in %n second.</numerusform>
            <numerusform>This screen will return to the start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="232"/>
        <source>For your privacy, this screen will clear in %n second(s).</source>
        <translation>
            <numerusform>For your privacy, this screen will clear in %n second.</numerusform>
            <numerusform>For your privacy, this screen will clear in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
