<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ConfirmedScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="58"/>
        <source>This screen will return to the start in %n second(s).</source>
        <translation>
            <numerusform>This screen will return to the start in %n second.</numerusform>
            <numerusform>This screen will return to the start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/DoneScreen.qml" line="51"/>
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
        <location filename="../../ui/Main.qml" line="165"/>
        <source>A list of %n choice(s).</source>
        <translation>
            <numerusform>A list of %n choice.</numerusform>
            <numerusform>A list of %n choices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="225"/>
        <source>%n answer(s) to fix.</source>
        <translation>
            <numerusform>%n answer to fix.</numerusform>
            <numerusform>%n answers to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="486"/>
        <source>For your privacy, this screen will clear in %n second(s).</source>
        <translation>
            <numerusform>For your privacy, this screen will clear in %n second.</numerusform>
            <numerusform>For your privacy, this screen will clear in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="542"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/qt/pinpad.py" line="146"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/pinpad.py" line="152"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="215"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="217"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="218"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
</TS>
