<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>CareChoiceScreen</name>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="19"/>
        <source>What kind of visit do you need?</source>
        <translation>¿Qué tipo de visita necesita?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="29"/>
        <source>Walk-in clinic visit</source>
        <translation>Visita a una clínica sin cita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="29"/>
        <source>Be seen today for colds, flu, minor injuries and more</source>
        <translation>Reciba atención hoy por resfriados, gripe, lesiones leves y más</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="30"/>
        <source>Walk-in clinic visit. Be seen today for colds, flu, minor injuries and more</source>
        <translation>Visita a una clínica sin cita. Reciba atención hoy por resfriados, gripe, lesiones leves y más</translation>
    </message>
</context>
<context>
    <name>ClinicListScreen</name>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="18"/>
        <source>Choose a clinic</source>
        <translation>Elija una clínica</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="26"/>
        <source>Finding clinics near you…</source>
        <translation>Buscando clínicas cercanas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="32"/>
        <source>No clinics are taking walk-in bookings here right now. Please ask at %1.</source>
        <translation>Ahora no hay clínicas que acepten reservas sin cita desde aquí. Pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="52"/>
        <source>Next free time: %1</source>
        <translation>Próximo horario libre: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="74"/>
        <source>Next free time</source>
        <translation>Próximo horario libre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="77"/>
        <source>No free times soon</source>
        <translation>No hay horarios libres pronto</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../ui/screens/DoneScreen.qml" line="15"/>
        <source>Thank you! Your visit is booked.</source>
        <translation>¡Gracias! Su visita está reservada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DoneScreen.qml" line="23"/>
        <source>Please take a seat. We will call you when it is your turn.</source>
        <translation>Tome asiento, por favor. Le llamaremos cuando sea su turno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/DoneScreen.qml" line="29"/>
        <source>This screen will return to the start in %n second(s).</source>
        <translation>
            <numerusform>Esta pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>Esta pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/DoneScreen.qml" line="37"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>HandoffScreen</name>
    <message>
        <location filename="../../ui/screens/HandoffScreen.qml" line="28"/>
        <source>Loading the booking page</source>
        <translation>Cargando la página de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/HandoffScreen.qml" line="34"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <location filename="../../ui/components/KioskBar.qml" line="23"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/components/KioskBar.qml" line="40"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>KioskViewModel</name>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="143"/>
        <source>Closed today</source>
        <translation>Cerrada hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="146"/>
        <source>Open today %1 to %2</source>
        <translation>Abierta hoy de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="151"/>
        <source>No times left today</source>
        <translation>No quedan horarios hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="261"/>
        <source>That time has just passed. Here are the times still open.</source>
        <translation>Ese horario acaba de pasar. Estos son los horarios que siguen libres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="463"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="465"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="476"/>
        <source>We can&apos;t reach the scheduling system</source>
        <translation>No podemos conectar con el sistema de citas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="477"/>
        <source>This is usually brief. Your choices are kept: try again in a moment.</source>
        <translation>Suele ser breve. Sus elecciones se guardan: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="479"/>
        <source>Booking is not available right now</source>
        <translation>Las reservas no están disponibles ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="480"/>
        <location filename="../../kiosk/qt/viewmodel.py" line="489"/>
        <source>Please ask at %1 for help.</source>
        <translation>Pida ayuda en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="482"/>
        <source>This clinic is not taking bookings here right now</source>
        <translation>Esta clínica no acepta reservas desde aquí ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="483"/>
        <source>Please choose another clinic, or ask at %1.</source>
        <translation>Elija otra clínica o pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="485"/>
        <source>The booking page did not load</source>
        <translation>La página de reservas no se cargó</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="486"/>
        <source>Please try again. If it keeps happening, ask at %1.</source>
        <translation>Inténtelo de nuevo. Si sigue pasando, pregunte en %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="488"/>
        <source>We could not open the booking page safely</source>
        <translation>No pudimos abrir la página de reservas de forma segura</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="490"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="491"/>
        <source>Please try again, or ask at %1.</source>
        <translation>Inténtelo de nuevo o pregunte en %1, por favor.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="17"/>
        <source>Clinic kiosk</source>
        <translation>Quiosco de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="63"/>
        <source>TRAINING - no real appointments</source>
        <translation>CAPACITACIÓN - sin citas reales</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="148"/>
        <source>Support code: %1</source>
        <translation>Código de soporte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="151"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="152"/>
        <location filename="../../ui/Main.qml" line="218"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="188"/>
        <location filename="../../ui/Main.qml" line="233"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="193"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="209"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="213"/>
        <source>For your privacy, this screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Por su privacidad, esta pantalla se borrará en %n segundo.</numerusform>
            <numerusform>Por su privacidad, esta pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="217"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="231"/>
        <source>Sorry, let&apos;s start again.</source>
        <translation>Lo sentimos, empecemos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="232"/>
        <source>Something went wrong on this kiosk. Nothing you entered was kept.</source>
        <translation>Algo salió mal en este quiosco. No se guardó nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>TimePickerScreen</name>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="20"/>
        <source>Choose a time</source>
        <translation>Elija un horario</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="22"/>
        <source>Times are shown in the clinic&apos;s local time.</source>
        <translation>Los horarios se muestran en la hora local de la clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="27"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="45"/>
        <source>Looking up free times…</source>
        <translation>Buscando horarios libres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="52"/>
        <source>There are no free times at this clinic in the next few days.</source>
        <translation>No hay horarios libres en esta clínica en los próximos días.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="53"/>
        <source>Choose another clinic</source>
        <translation>Elegir otra clínica</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="24"/>
        <source>Welcome! Book your visit here.</source>
        <translation>¡Bienvenido! Reserve su visita aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="32"/>
        <source>It takes about two minutes. Staff at %1 are happy to help.</source>
        <translation>Toma unos dos minutos. El personal de %1 le ayudará con gusto.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="43"/>
        <source>Book a visit</source>
        <translation>Reservar una visita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="56"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="56"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
</context>
</TS>
