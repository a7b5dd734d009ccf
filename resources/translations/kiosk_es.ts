<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../../ui/screens/BookingScreen.qml" line="18"/>
        <source>Booking your appointment…</source>
        <translation>Reservando su cita…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BookingScreen.qml" line="28"/>
        <source>This usually takes a few seconds. Please stay here.</source>
        <translation>Suele tardar unos segundos. Por favor, no se retire.</translation>
    </message>
</context>
<context>
    <name>Boot</name>
    <message>
        <location filename="../../ui/Boot.qml" line="18"/>
        <source>Clinic kiosk</source>
        <translation>Quiosco de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/Boot.qml" line="55"/>
        <source>TRAINING - no real appointments</source>
        <translation>CAPACITACIÓN - sin citas reales</translation>
    </message>
</context>
<context>
    <name>CareChoiceScreen</name>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="11"/>
        <source>What kind of visit do you need?</source>
        <translation>¿Qué tipo de visita necesita?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="17"/>
        <source>Walk-in clinic visit</source>
        <translation>Visita a una clínica sin cita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="18"/>
        <source>Be seen today for colds, flu, minor injuries and more</source>
        <translation>Reciba atención hoy por resfriados, gripe, lesiones leves y más</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="24"/>
        <source>Appointment with a provider</source>
        <translation>Cita con un profesional de salud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="25"/>
        <source>Book a visit with a doctor or nurse practitioner, today or another day</source>
        <translation>Reserve una consulta con un médico o enfermero practicante, hoy u otro día</translation>
    </message>
</context>
<context>
    <name>ClinicListScreen</name>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="23"/>
        <source>Choose a clinic</source>
        <translation>Elija una clínica</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="31"/>
        <source>Finding clinics near you…</source>
        <translation>Buscando clínicas cercanas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="37"/>
        <source>No clinics are taking walk-in bookings here right now. Please ask at %1.</source>
        <translation>Ahora no hay clínicas que acepten reservas sin cita desde aquí. Pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="58"/>
        <source>Next free time: %1</source>
        <translation>Próximo horario libre: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="85"/>
        <source>Next free time</source>
        <translation>Próximo horario libre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ClinicListScreen.qml" line="88"/>
        <source>No free times soon</source>
        <translation>No hay horarios libres pronto</translation>
    </message>
</context>
<context>
    <name>ConfirmedScreen</name>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="29"/>
        <source>You&apos;re booked!</source>
        <translation>¡Su cita está reservada!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="51"/>
        <source>Visit reference: %1</source>
        <translation>Referencia de la cita: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="54"/>
        <source>Please bring a photo ID, your insurance card if you have one, and a list of the medicines you take. Arrive 15 minutes early.</source>
        <translation>Traiga una identificación con foto, su tarjeta del seguro si tiene, y una lista de los medicamentos que toma. Llegue 15 minutos antes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="58"/>
        <source>This screen will return to the start in %n second(s).</source>
        <translation>
            <numerusform>Esta pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>Esta pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="64"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="65"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="86"/>
        <source>QR code to add this appointment to your phone&apos;s calendar</source>
        <translation>Código QR para añadir esta cita al calendario de su teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="91"/>
        <source>Scan with your phone&apos;s camera to add it to your calendar.</source>
        <translation>Escanéelo con la cámara de su teléfono para añadirla a su calendario.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../ui/screens/DoneScreen.qml" line="20"/>
        <source>Thank you! Your visit is booked.</source>
        <translation>¡Gracias! Su visita está reservada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DoneScreen.qml" line="45"/>
        <source>Please take a seat. We will call you when it is your turn.</source>
        <translation>Tome asiento, por favor. Le llamaremos cuando sea su turno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/DoneScreen.qml" line="51"/>
        <source>This screen will return to the start in %n second(s).</source>
        <translation>
            <numerusform>Esta pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>Esta pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/DoneScreen.qml" line="58"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DoneScreen.qml" line="59"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
</context>
<context>
    <name>EmergencyNotice</name>
    <message>
        <location filename="../../ui/components/EmergencyNotice.qml" line="20"/>
        <source>If this is an emergency, call 911 or tell staff now.</source>
        <translation>Si es una emergencia, llame al 911 o avise al personal ahora.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="23"/>
        <source>Policy holder&apos;s first name</source>
        <translation>Nombre del titular de la póliza</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="24"/>
        <source>Policy holder&apos;s last name</source>
        <translation>Apellido del titular de la póliza</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="25"/>
        <source>Policy holder&apos;s date of birth</source>
        <translation>Fecha de nacimiento del titular</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="26"/>
        <source>Policy holder&apos;s gender</source>
        <translation>Género del titular</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="29"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="30"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="31"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="32"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="33"/>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="33"/>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="34"/>
        <source>Email (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="35"/>
        <source>Street address</source>
        <translation>Dirección (calle y número)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="36"/>
        <source>Apartment, suite, unit (optional)</source>
        <translation>Apartamento, suite o unidad (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="37"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="38"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="39"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="40"/>
        <source>Your relationship to the patient</source>
        <translation>Su parentesco con el paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="41"/>
        <source>What is the visit for?</source>
        <translation>¿Para qué es la consulta?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="42"/>
        <source>How would you like to pay?</source>
        <translation>¿Cómo desea pagar?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="43"/>
        <source>Insurance company</source>
        <translation>Compañía de seguro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="44"/>
        <source>Name of your insurance company</source>
        <translation>Nombre de su compañía de seguro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="45"/>
        <source>Member ID</source>
        <translation>Número de afiliado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="46"/>
        <source>Group number (optional)</source>
        <translation>Número de grupo (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="47"/>
        <source>Whose insurance is it?</source>
        <translation>¿De quién es el seguro?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="48"/>
        <location filename="../../kiosk/qt/wording.py" line="86"/>
        <source>Coupon or service key</source>
        <translation>Cupón o clave de servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="55"/>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="57"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="64"/>
        <source>10 digits, like 206 555 0123</source>
        <translation>10 dígitos, como 206 555 0123</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="65"/>
        <source>We only use it about this visit</source>
        <translation>Solo lo usamos para esta consulta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="66"/>
        <source>5 digits</source>
        <translation>5 dígitos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="67"/>
        <source>On the front of your insurance card</source>
        <translation>En el frente de su tarjeta del seguro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="68"/>
        <source>Also on your card, if it has one</source>
        <translation>También en su tarjeta, si tiene uno</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="76"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="77"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="78"/>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="79"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="80"/>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="84"/>
        <source>Pay at the clinic</source>
        <translation>Pagar en la clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="85"/>
        <source>Insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="91"/>
        <source>The patient&apos;s own</source>
        <translation>Del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="93"/>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="95"/>
        <source>Someone else&apos;s (for example a parent&apos;s)</source>
        <translation>De otra persona (por ejemplo, de un padre o una madre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="98"/>
        <source>Another insurer (type its name)</source>
        <translation>Otra compañía (escriba el nombre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="111"/>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="112"/>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="113"/>
        <source>Legal guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="114"/>
        <source>Grandparent</source>
        <translation>Abuelo o abuela</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="115"/>
        <source>Stepparent</source>
        <translation>Padrastro o madrastra</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="116"/>
        <source>Foster parent</source>
        <translation>Padre o madre de acogida</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="117"/>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="118"/>
        <source>Brother</source>
        <translation>Hermano</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="119"/>
        <source>Sister</source>
        <translation>Hermana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="120"/>
        <source>Daughter</source>
        <translation>Hija</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="121"/>
        <source>Son</source>
        <translation>Hijo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="122"/>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="123"/>
        <source>Domestic partner</source>
        <translation>Pareja de hecho</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="124"/>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="125"/>
        <source>Friend</source>
        <translation>Amigo o amiga</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="126"/>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="127"/>
        <source>Power of attorney</source>
        <translation>Apoderado legal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="128"/>
        <source>Surrogate or proxy</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="129"/>
        <source>Not related</source>
        <translation>Sin parentesco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="137"/>
        <source>Please choose one.</source>
        <translation>Por favor, elija una opción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="137"/>
        <source>Please fill this in.</source>
        <translation>Por favor, complete este dato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="139"/>
        <source>Please use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Use solo letras (se permiten espacios, guiones y apóstrofos).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="142"/>
        <source>Please enter a real date, like the example.</source>
        <translation>Escriba una fecha válida, como en el ejemplo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="145"/>
        <source>This date is in the future.</source>
        <translation>Esta fecha es futura.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="146"/>
        <source>Please check the year.</source>
        <translation>Revise el año, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="147"/>
        <source>Please enter a 10-digit US phone number.</source>
        <translation>Escriba un número de teléfono de EE. UU. de 10 dígitos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="150"/>
        <source>Please check the email address (like name@example.com).</source>
        <translation>Revise el correo electrónico (como nombre@ejemplo.com).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="153"/>
        <source>Please enter a 5-digit ZIP code.</source>
        <translation>Escriba un código postal de 5 dígitos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="154"/>
        <source>Please choose a state.</source>
        <translation>Por favor, elija un estado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="155"/>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="156"/>
        <location filename="../../kiosk/qt/wording.py" line="159"/>
        <source>Please use letters and numbers only.</source>
        <translation>Use solo letras y números.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="162"/>
        <source>The scheduling system could not accept this. Please check it.</source>
        <translation>El sistema de citas no pudo aceptar este dato. Por favor, revíselo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="165"/>
        <source>Please check this.</source>
        <translation>Por favor, revise este dato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="170"/>
        <source>Cold or flu symptoms</source>
        <translation>Síntomas de resfriado o gripe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="171"/>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="172"/>
        <source>Check-up</source>
        <translation>Chequeo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="173"/>
        <source>Follow-up visit</source>
        <translation>Consulta de seguimiento</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="174"/>
        <source>Cough</source>
        <translation>Tos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="175"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="176"/>
        <source>Medication refill</source>
        <translation>Renovar una receta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="177"/>
        <source>Skin problem</source>
        <translation>Problema de la piel</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="182"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="240"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="241"/>
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="254"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="305"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HandoffScreen</name>
    <message>
        <location filename="../../ui/screens/HandoffScreen.qml" line="36"/>
        <source>Loading the booking page</source>
        <translation>Cargando la página de reservas</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <location filename="../../ui/components/HelpButton.qml" line="10"/>
        <source>Help is coming</source>
        <translation>Ya viene ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/components/HelpButton.qml" line="10"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/components/HelpButton.qml" line="11"/>
        <source>Help is coming. Tap to see where staff are.</source>
        <translation>Ya viene ayuda. Toque para ver dónde está el personal.</translation>
    </message>
    <message>
        <location filename="../../ui/components/HelpButton.qml" line="11"/>
        <source>Help: ask a member of staff</source>
        <translation>Ayuda: pedir ayuda al personal</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="203"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="204"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="205"/>
        <source>DexCare server error</source>
        <translation>error del servidor de DexCare</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="207"/>
        <source>We can&apos;t reach the scheduling system</source>
        <translation>No podemos conectar con el sistema de citas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="208"/>
        <source>This is usually brief. Your choices are kept: try again in a moment.</source>
        <translation>Suele ser breve. Sus elecciones se guardan: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="211"/>
        <location filename="../../kiosk/qt/wording.py" line="215"/>
        <location filename="../../kiosk/qt/wording.py" line="252"/>
        <location filename="../../kiosk/qt/wording.py" line="268"/>
        <source>Booking is not available right now</source>
        <translation>Las reservas no están disponibles ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="212"/>
        <location filename="../../kiosk/qt/wording.py" line="216"/>
        <location filename="../../kiosk/qt/wording.py" line="261"/>
        <location filename="../../kiosk/qt/wording.py" line="269"/>
        <source>Please ask at %1 for help.</source>
        <translation>Pida ayuda en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="213"/>
        <source>the kiosk&apos;s sign-in was refused</source>
        <translation>se rechazó el acceso del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="217"/>
        <source>an answer the kiosk could not read</source>
        <translation>una respuesta que el quiosco no pudo leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="219"/>
        <source>This clinic is not taking bookings here right now</source>
        <translation>Esta clínica no acepta reservas desde aquí ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="220"/>
        <source>Please choose another clinic, or ask at %1.</source>
        <translation>Elija otra clínica o pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="221"/>
        <source>DexCare did not find it</source>
        <translation>DexCare no lo encontró</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="223"/>
        <source>We couldn&apos;t confirm your booking</source>
        <translation>No pudimos confirmar su cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="224"/>
        <source>It may or may not have been made. Please check at %1 before booking again, and give them the code below.</source>
        <translation>Puede que se haya reservado o no. Consulte en %1 antes de volver a reservar y muéstreles el código de abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="225"/>
        <source>a booking&apos;s answer was lost</source>
        <translation>se perdió la respuesta de una reserva</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="227"/>
        <source>You already have an appointment at this time</source>
        <translation>Ya tiene una cita a esta hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="228"/>
        <source>The clinic&apos;s records show a visit for this patient at the same time. Please ask at %1; they can move one of them.</source>
        <translation>Los registros de la clínica muestran una cita para este paciente a la misma hora. Pregunte en %1; pueden cambiar una de ellas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="229"/>
        <source>patient already booked then</source>
        <translation>el paciente ya tiene cita a esa hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="231"/>
        <source>This provider only sees their own patients</source>
        <translation>Este profesional solo atiende a sus propios pacientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="232"/>
        <source>The patient is not on this provider&apos;s list yet. Please ask at %1: they can help you choose another provider or join the list.</source>
        <translation>El paciente aún no está en la lista de este profesional. Pregunte en %1: pueden ayudarle a elegir otro profesional o a entrar en la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="233"/>
        <source>not on the provider&apos;s panel</source>
        <translation>no está en la lista del profesional de salud</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="235"/>
        <source>This patient&apos;s account is locked</source>
        <translation>La cuenta de este paciente está bloqueada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="236"/>
        <source>For your security the booking could not be made here. Please ask at %1.</source>
        <translation>Por su seguridad, la cita no se pudo reservar aquí. Pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="237"/>
        <source>patient account locked</source>
        <translation>cuenta del paciente bloqueada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="239"/>
        <source>We couldn&apos;t find the patient&apos;s record</source>
        <translation>No encontramos el expediente del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="240"/>
        <source>The clinic&apos;s system could not match the patient&apos;s details. Please ask at %1 to finish booking.</source>
        <translation>El sistema de la clínica no pudo encontrar los datos del paciente. Pregunte en %1 para terminar la reserva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="241"/>
        <source>patient record not found</source>
        <translation>no se encontró el expediente del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="242"/>
        <source>patient record not linked</source>
        <translation>expediente del paciente no vinculado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="244"/>
        <source>The clinic&apos;s system could not book this time</source>
        <translation>El sistema de la clínica no pudo reservar este horario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="245"/>
        <source>Nothing was booked. Please ask at %1; they can book it with you.</source>
        <translation>No se reservó nada. Pregunte en %1; pueden reservarlo con usted.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="246"/>
        <source>refused by the EHR</source>
        <translation>rechazada por el expediente clínico</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="248"/>
        <source>That time was just taken</source>
        <translation>Alguien acaba de reservar ese horario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="249"/>
        <location filename="../../kiosk/qt/wording.py" line="316"/>
        <source>Someone else just booked that time. Please choose another one: everything you entered is kept.</source>
        <translation>Otra persona acaba de reservar ese horario. Elija otro, por favor: todo lo que escribió se conserva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="250"/>
        <source>time already taken</source>
        <translation>horario ya reservado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="253"/>
        <location filename="../../kiosk/qt/wording.py" line="265"/>
        <source>Nothing was booked. Please ask at %1 for help.</source>
        <translation>No se reservó nada. Pida ayuda en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="254"/>
        <source>a detail was refused</source>
        <translation>se rechazó un dato</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="256"/>
        <source>The booking page did not load</source>
        <translation>La página de reservas no se cargó</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="257"/>
        <source>Please try again. If it keeps happening, ask at %1.</source>
        <translation>Inténtelo de nuevo. Si sigue pasando, pregunte en %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="258"/>
        <source>the booking page did not load</source>
        <translation>la página de reservas no cargó</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="260"/>
        <source>We could not open the booking page safely</source>
        <translation>No pudimos abrir la página de reservas de forma segura</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="262"/>
        <source>the booking page&apos;s certificate was refused</source>
        <translation>se rechazó el certificado de la página de reservas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="264"/>
        <source>Booking is not available at this kiosk right now</source>
        <translation>Ahora no se pueden reservar citas en este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="266"/>
        <source>the kiosk could not record the booking</source>
        <translation>el quiosco no pudo registrar la reserva</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="270"/>
        <source>the kiosk&apos;s configuration</source>
        <translation>la configuración del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="271"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="272"/>
        <source>Please try again, or ask at %1.</source>
        <translation>Inténtelo de nuevo o pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="273"/>
        <source>an unexpected error</source>
        <translation>un error inesperado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="279"/>
        <source>What you need</source>
        <translation>Lo que necesita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="280"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="281"/>
        <source>Provider</source>
        <translation>Profesional de salud</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="282"/>
        <source>Kind of visit</source>
        <translation>Tipo de consulta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="283"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="284"/>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="285"/>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="286"/>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="245"/>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="302"/>
        <source>No time chosen yet</source>
        <translation>Todavía no eligió un horario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="305"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="308"/>
        <source>Who the visit is for</source>
        <translation>Para quién es la visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="309"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="309"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="310"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="313"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="315"/>
        <source>Through the parent or caregiver</source>
        <translation>A través del padre, la madre o el cuidador</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="316"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="321"/>
        <location filename="../../kiosk/qt/wording.py" line="287"/>
        <source>Parent or caregiver</source>
        <translation>Padre, madre o cuidador</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="326"/>
        <location filename="../../kiosk/qt/form.py" line="57"/>
        <source>Reason for the visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="334"/>
        <source>Member ID %1</source>
        <translation>N.º de afiliado %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="335"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="348"/>
        <source>Policy holder</source>
        <translation>Titular de la póliza</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="288"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/booking.py" line="342"/>
        <location filename="../../kiosk/qt/form.py" line="58"/>
        <location filename="../../kiosk/qt/wording.py" line="289"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="290"/>
        <source>Check and book</source>
        <translation>Revisar y reservar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="297"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="299"/>
        <source>Step %1: %3</source>
        <translation>Paso %1: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="305"/>
        <source>Morning</source>
        <translation>Por la mañana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="306"/>
        <source>Afternoon</source>
        <translation>Por la tarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="307"/>
        <source>Evening</source>
        <translation>Por la noche</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="314"/>
        <source>That time has just passed. Here are the times still open.</source>
        <translation>Ese horario acaba de pasar. Estos son los horarios que siguen libres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="321"/>
        <source>Closed today</source>
        <translation>Cerrada hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="325"/>
        <source>Open today %1 to %2</source>
        <translation>Abierta hoy de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="329"/>
        <source>No times left today</source>
        <translation>No quedan horarios hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/present.py" line="34"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/present.py" line="36"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="53"/>
        <source>About the patient</source>
        <translation>Sobre el paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="53"/>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="54"/>
        <source>How to reach the patient</source>
        <translation>Cómo contactar al paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="54"/>
        <source>How to reach you</source>
        <translation>Cómo contactarle</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="55"/>
        <source>The patient&apos;s home address</source>
        <translation>El domicilio del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="55"/>
        <source>Your home address</source>
        <translation>Su domicilio</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="56"/>
        <source>About you, the parent or caregiver</source>
        <translation>Sobre usted, el padre, la madre o el cuidador</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="59"/>
        <source>The insurance policy holder</source>
        <translation>El titular del seguro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="65"/>
        <source>The person who will see the provider. As on their ID or insurance card.</source>
        <translation>La persona que verá al profesional de salud. Como aparece en su identificación o tarjeta del seguro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="66"/>
        <source>We use these only about this visit.</source>
        <translation>Los usamos solo para esta visita.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="67"/>
        <source>As on your ID or insurance card.</source>
        <translation>Como aparece en su identificación o tarjeta del seguro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="68"/>
        <source>We book the visit in the patient&apos;s name and contact you about it.</source>
        <translation>Reservamos la visita a nombre del paciente y le contactamos a usted sobre ella.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="69"/>
        <source>A few words are enough. Tap a suggestion or type your own.</source>
        <translation>Bastan unas palabras. Toque una sugerencia o escriba la suya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="70"/>
        <source>You can also pay when you arrive.</source>
        <translation>También puede pagar al llegar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/form.py" line="71"/>
        <source>The person whose name is on the insurance card.</source>
        <translation>La persona cuyo nombre aparece en la tarjeta del seguro.</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <location filename="../../ui/components/KioskBar.qml" line="31"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/components/KioskBar.qml" line="54"/>
        <source>Staff assisting</source>
        <translation>Con ayuda del personal</translation>
    </message>
    <message>
        <location filename="../../ui/components/KioskBar.qml" line="87"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>LetterBoard</name>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="66"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="67"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="68"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="69"/>
        <source>at sign</source>
        <translation>arroba</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="70"/>
        <source>period</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="71"/>
        <source>hyphen</source>
        <translation>guion</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="72"/>
        <source>apostrophe</source>
        <translation>apóstrofo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="73"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="74"/>
        <source>number sign</source>
        <translation>numeral</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="75"/>
        <source>underscore</source>
        <translation>guion bajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="76"/>
        <source>slash</source>
        <translation>barra</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="77"/>
        <source>plus</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/letterboard.py" line="233"/>
        <source>Letter board. Left and right move, up and down change rows, Enter types. %1</source>
        <translation>Tablero de letras. Izquierda y derecha mueven, arriba y abajo cambian de fila, Intro escribe. %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/LetterBoard.qml" line="28"/>
        <source>Letter board: the arrows move, Enter types the key shown in yellow. Done closes it.</source>
        <translation>Tablero de letras: las flechas mueven, Intro escribe la tecla marcada en amarillo. Listo lo cierra.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="14"/>
        <source>Clinic kiosk</source>
        <translation>Quiosco de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="133"/>
        <location filename="../../ui/Main.qml" line="206"/>
        <source>%1, button</source>
        <translation>%1, botón</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="138"/>
        <location filename="../../ui/Main.qml" line="204"/>
        <source>%1, field, empty</source>
        <translation>%1, campo, vacío</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="139"/>
        <location filename="../../ui/Main.qml" line="205"/>
        <source>%1, field: %2</source>
        <translation>%1, campo: %2</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="139"/>
        <location filename="../../ui/Main.qml" line="205"/>
        <source>%1, field, filled in</source>
        <translation>%1, campo, completado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="165"/>
        <source>A list of %n choice(s).</source>
        <translation>
            <numerusform>Una lista de %n opción.</numerusform>
            <numerusform>Una lista de %n opciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="225"/>
        <source>%n answer(s) to fix.</source>
        <translation>
            <numerusform>%n respuesta por corregir.</numerusform>
            <numerusform>%n respuestas por corregir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="176"/>
        <source>Below is the clinic&apos;s own booking page. Up and Down move through it and each part is said as the page names it; on a field, Enter opens a board of letters. Where the page says nothing, press Help and a member of staff will come.</source>
        <translation>Abajo está la página de reservas de la clínica. Arriba y Abajo la recorren y cada parte se dice con el nombre que le da la página; en un campo, Intro abre un tablero de letras. Donde la página no dice nada, pulse Ayuda y vendrá alguien del personal.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="201"/>
        <source>This part of the page does not say what it is. Press Help and a member of staff will come.</source>
        <translation>Esta parte de la página no dice qué es. Pulse Ayuda y vendrá alguien del personal.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="207"/>
        <source>%1, link</source>
        <translation>%1, enlace</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="231"/>
        <source>Speech is on. Tab or the arrow keys move, Enter chooses; on a field, Enter opens a board of letters. Repeat, Pause, Softer and Louder are at the bottom of the screen.</source>
        <translation>La voz está activada. Tab o las flechas mueven, Intro elige; en un campo, Intro abre un tablero de letras. Repetir, Pausa, Más bajo y Más alto están al pie de la pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="284"/>
        <source>TRAINING - no real appointments</source>
        <translation>CAPACITACIÓN - sin citas reales</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="362"/>
        <source>Support code: %1</source>
        <translation>Código de soporte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="366"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="367"/>
        <location filename="../../ui/Main.qml" line="466"/>
        <location filename="../../ui/Main.qml" line="492"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="454"/>
        <location filename="../../ui/Main.qml" line="516"/>
        <location filename="../../ui/Main.qml" line="558"/>
        <location filename="../../ui/Main.qml" line="605"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="459"/>
        <location filename="../../ui/Main.qml" line="560"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="482"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="486"/>
        <source>For your privacy, this screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Por su privacidad, esta pantalla se borrará en %n segundo.</numerusform>
            <numerusform>Por su privacidad, esta pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="491"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="510"/>
        <source>Help is on the way</source>
        <translation>Ya viene ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="511"/>
        <source>We have let the staff know. You can also go to %1 now; what you entered here stays until you come back.</source>
        <translation>Ya avisamos al personal. También puede ir a %1 ahora; lo que escribió aquí se guarda hasta que vuelva.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="517"/>
        <source>I no longer need help</source>
        <translation>Ya no necesito ayuda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="542"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n dígito ingresado</numerusform>
            <numerusform>%n dígitos ingresados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="556"/>
        <source>Delete a digit</source>
        <translation>Borrar un dígito</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="576"/>
        <source>Exit the kiosk program?</source>
        <translation>¿Cerrar el programa del quiosco?</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="576"/>
        <source>Restart the kiosk program?</source>
        <translation>¿Reiniciar el programa del quiosco?</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="583"/>
        <source>The screen goes dark for a few seconds and the kiosk starts again on Welcome. Anything a patient has open is cleared.</source>
        <translation>La pantalla se apaga unos segundos y el quiosco vuelve a empezar en la bienvenida. Se borra todo lo que un paciente tenga abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="584"/>
        <source>Patients cannot book here until it is started again. To stop bookings for a while, take the kiosk out of service instead.</source>
        <translation>Los pacientes no podrán reservar aquí hasta que se vuelva a iniciar. Para detener las reservas un tiempo, mejor ponga el quiosco fuera de servicio.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="589"/>
        <source>Keep the kiosk running</source>
        <translation>Seguir con el quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="590"/>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="590"/>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="603"/>
        <source>Sorry, let&apos;s start again.</source>
        <translation>Lo sentimos, empecemos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="604"/>
        <source>Something went wrong on this kiosk. Nothing you entered was kept.</source>
        <translation>Algo salió mal en este quiosco. No se guardó nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <location filename="../../ui/components/OptionButton.qml" line="12"/>
        <source>%1, chosen</source>
        <translation>%1, seleccionado</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/screens/OutcomeScreen.qml" line="34"/>
        <source>Code for the front desk: %1</source>
        <translation>Código para la recepción: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OutcomeScreen.qml" line="38"/>
        <source>OK, I&apos;ll go to the front desk</source>
        <translation>De acuerdo, iré a la recepción</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/qt/pinpad.py" line="81"/>
        <source>Staff access is not set up on this kiosk.</source>
        <translation>El acceso del personal no está configurado en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/pinpad.py" line="85"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/pinpad.py" line="146"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/pinpad.py" line="152"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Intente de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Intente de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderListScreen</name>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="9"/>
        <source>Choose a provider</source>
        <translation>Elija un profesional de salud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="11"/>
        <source>Times are shown in each clinic&apos;s local time.</source>
        <translation>Los horarios se muestran en la hora local de cada clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="12"/>
        <source>Finding providers and their free times…</source>
        <translation>Buscando profesionales y sus horarios libres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="17"/>
        <source>No providers are taking bookings here right now. Please ask at %1.</source>
        <translation>Ahora no hay profesionales que acepten reservas aquí. Pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="28"/>
        <source>Next available</source>
        <translation>Próximo horario libre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="29"/>
        <source>No free times soon</source>
        <translation>Sin horarios libres pronto</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="10"/>
        <source>Please check your appointment</source>
        <translation>Revise su cita, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="12"/>
        <source>Tap Edit to change anything. Nothing is booked until you tap Book.</source>
        <translation>Toque Cambiar para modificar algo. No se reserva nada hasta que toque Reservar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="51"/>
        <source>Edit</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="52"/>
        <source>Edit %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="64"/>
        <source>Book this appointment</source>
        <translation>Reservar esta cita</translation>
    </message>
</context>
<context>
    <name>ScrollHint</name>
    <message>
        <location filename="../../ui/components/ScrollHint.qml" line="24"/>
        <source>More below: slide up to see it ▼</source>
        <translation>Hay más abajo: deslice hacia arriba para verlo ▼</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../kiosk/qt/speech.py" line="196"/>
        <source>Headphones unplugged. Your answers are no longer read aloud.</source>
        <translation>Auriculares desconectados. Sus respuestas ya no se leen en voz alta.</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <location filename="../../ui/components/SpeechBar.qml" line="26"/>
        <source>Listening (headphones)</source>
        <translation>Escuchando (auriculares)</translation>
    </message>
    <message>
        <location filename="../../ui/components/SpeechBar.qml" line="26"/>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <location filename="../../ui/components/SpeechBar.qml" line="30"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../ui/components/SpeechBar.qml" line="34"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/components/SpeechBar.qml" line="34"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/components/SpeechBar.qml" line="37"/>
        <source>Softer</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <location filename="../../ui/components/SpeechBar.qml" line="38"/>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <location filename="../../ui/components/StaffCorner.qml" line="30"/>
        <source>Help requested</source>
        <translation>Piden ayuda</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="149"/>
        <source>Training (demo data, no real appointments)</source>
        <translation>Capacitación (datos de prueba, sin citas reales)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="151"/>
        <source>Live</source>
        <translation>En servicio real</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="154"/>
        <source>Refused: check the kiosk&apos;s credentials</source>
        <translation>Rechazado: revise las credenciales del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="156"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="158"/>
        <source>Not used yet</source>
        <translation>Aún no se usó</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="161"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="162"/>
        <source>Scheduling system</source>
        <translation>Sistema de citas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="163"/>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="164"/>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="166"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="167"/>
        <source>Sign-in to DexCare</source>
        <translation>Acceso a DexCare</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="168"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="169"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="170"/>
        <source>built-in defaults</source>
        <translation>valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="171"/>
        <source>Running for</source>
        <translation>En marcha desde hace</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="172"/>
        <source>Free disk</source>
        <translation>Disco libre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="178"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="180"/>
        <source>Not contacted yet</source>
        <translation>Aún sin contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="182"/>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="183"/>
        <source>Not reachable</source>
        <translation>No accesible</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="196"/>
        <source>Nobody is waiting</source>
        <translation>Nadie está esperando</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="197"/>
        <source>A patient asked for help %1 ago</source>
        <translation>Un paciente pidió ayuda hace %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="298"/>
        <source>Not booked: %1</source>
        <translation>No se reservó: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="203"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="207"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="215"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="217"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="218"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="268"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="268"/>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="283"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="284"/>
        <source>for %1, %2</source>
        <translation>para %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="289"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="290"/>
        <source>Outcome unknown: check with DexCare</source>
        <translation>Resultado desconocido: verifique en DexCare</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="291"/>
        <source>On DexCare&apos;s booking page now</source>
        <translation>En la página de reservas de DexCare ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="292"/>
        <source>Left the booking page before the end</source>
        <translation>Dejó la página de reservas antes de terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="293"/>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="378"/>
        <source>Patient already booked then</source>
        <translation>El paciente ya tenía cita a esa hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="379"/>
        <source>Refused by the EHR</source>
        <translation>Rechazada por el expediente clínico</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="380"/>
        <source>Not on the provider&apos;s panel</source>
        <translation>No está en la lista del profesional</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="381"/>
        <source>Patient account locked</source>
        <translation>Cuenta del paciente bloqueada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="382"/>
        <source>Patient record not found</source>
        <translation>Expediente del paciente no encontrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="371"/>
        <source>Everything works</source>
        <translation>Todo funciona</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="372"/>
        <source>The time is taken just before booking</source>
        <translation>El horario se ocupa justo antes de reservar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="373"/>
        <source>Server error on every call</source>
        <translation>Error del servidor en cada llamada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="374"/>
        <source>Slow answers</source>
        <translation>Respuestas lentas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="375"/>
        <source>Offline: no connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="376"/>
        <source>Booking made, answer lost</source>
        <translation>Cita reservada, respuesta perdida</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="377"/>
        <source>Sign-in expired once</source>
        <translation>El acceso caduca una vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="383"/>
        <source>A detail is refused (ZIP code)</source>
        <translation>Se rechaza un dato (código postal)</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="30"/>
        <source>Staff panel</source>
        <translation>Panel del personal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="32"/>
        <source>Close and lock</source>
        <translation>Cerrar y bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="62"/>
        <source>A patient asked for help at this kiosk.</source>
        <translation>Un paciente pidió ayuda en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="63"/>
        <source>Done: they have been helped</source>
        <translation>Listo: ya recibió ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="68"/>
        <source>Help a patient</source>
        <translation>Ayudar a un paciente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="72"/>
        <source>Walk-in visit</source>
        <translation>Consulta sin cita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="73"/>
        <source>Appointment with a provider</source>
        <translation>Cita con un profesional de salud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="80"/>
        <source>Kiosk status</source>
        <translation>Estado del quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="81"/>
        <source>Check connection</source>
        <translation>Comprobar conexión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="115"/>
        <source>Today&apos;s bookings</source>
        <translation>Reservas de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="116"/>
        <source>No names are kept here. Look an appointment up in DexCare by its support code; a walk-in by its clinic and time.</source>
        <translation>Aquí no se guardan nombres. Busque una cita en DexCare por su código; una consulta sin cita, por su clínica y hora.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="117"/>
        <source>No bookings yet today.</source>
        <translation>Aún no hay reservas hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="155"/>
        <source>checked</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="156"/>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="162"/>
        <source>Mark checked</source>
        <translation>Marcar verificada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="163"/>
        <source>Mark checked: %1</source>
        <translation>Marcar verificada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="175"/>
        <source>Showing %1 of today&apos;s %2.</source>
        <translation>Se muestran %1 de las %2 de hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="176"/>
        <source>Show more</source>
        <translation>Ver más</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="180"/>
        <source>Training: what the scheduling system does next</source>
        <translation>Capacitación: qué hará el sistema de citas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="200"/>
        <source>Reset the demo data</source>
        <translation>Restablecer los datos de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="203"/>
        <source>This kiosk</source>
        <translation>Este quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="210"/>
        <source>Put back in service</source>
        <translation>Volver a poner en servicio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="210"/>
        <source>Take out of service</source>
        <translation>Poner fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="222"/>
        <source>For IT: restart the kiosk program (it asks first). To stop it, use &quot;systemctl stop clinic-kiosk&quot;.</source>
        <translation>Para TI: reiniciar el programa del quiosco (pide confirmación). Para detenerlo, use &quot;systemctl stop clinic-kiosk&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="223"/>
        <source>For IT: close the kiosk program (it asks first).</source>
        <translation>Para TI: cerrar el programa del quiosco (pide confirmación).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="228"/>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="228"/>
        <source>Restart the kiosk</source>
        <translation>Reiniciar el quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="214"/>
        <source>Out of service: patients see where the desk is until you put it back, even after a restart.</source>
        <translation>Fuera de servicio: los pacientes verán dónde está la recepción hasta que lo vuelva a poner en servicio, incluso tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="335"/>
        <source>Armed Forces Americas</source>
        <translation>Fuerzas Armadas (Américas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="336"/>
        <source>Armed Forces Europe</source>
        <translation>Fuerzas Armadas (Europa)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="337"/>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="338"/>
        <source>Alabama</source>
        <translation>Alabama</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="339"/>
        <source>Armed Forces Pacific</source>
        <translation>Fuerzas Armadas (Pacífico)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="340"/>
        <source>Arkansas</source>
        <translation>Arkansas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="341"/>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="342"/>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="343"/>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="344"/>
        <source>Colorado</source>
        <translation>Colorado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="345"/>
        <source>Connecticut</source>
        <translation>Connecticut</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="346"/>
        <source>District of Columbia</source>
        <translation>Distrito de Columbia</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="347"/>
        <source>Delaware</source>
        <translation>Delaware</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="348"/>
        <source>Florida</source>
        <translation>Florida</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="349"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="350"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="351"/>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="352"/>
        <source>Iowa</source>
        <translation>Iowa</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="353"/>
        <source>Idaho</source>
        <translation>Idaho</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="354"/>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="355"/>
        <source>Indiana</source>
        <translation>Indiana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="356"/>
        <source>Kansas</source>
        <translation>Kansas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="357"/>
        <source>Kentucky</source>
        <translation>Kentucky</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="358"/>
        <source>Louisiana</source>
        <translation>Luisiana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="359"/>
        <source>Massachusetts</source>
        <translation>Massachusetts</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="360"/>
        <source>Maryland</source>
        <translation>Maryland</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="361"/>
        <source>Maine</source>
        <translation>Maine</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="362"/>
        <source>Michigan</source>
        <translation>Míchigan</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="363"/>
        <source>Minnesota</source>
        <translation>Minnesota</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="364"/>
        <source>Missouri</source>
        <translation>Misuri</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="365"/>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="366"/>
        <source>Mississippi</source>
        <translation>Misisipi</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="367"/>
        <source>Montana</source>
        <translation>Montana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="368"/>
        <source>North Carolina</source>
        <translation>Carolina del Norte</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="369"/>
        <source>North Dakota</source>
        <translation>Dakota del Norte</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="370"/>
        <source>Nebraska</source>
        <translation>Nebraska</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="371"/>
        <source>New Hampshire</source>
        <translation>Nuevo Hampshire</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="372"/>
        <source>New Jersey</source>
        <translation>Nueva Jersey</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="373"/>
        <source>New Mexico</source>
        <translation>Nuevo México</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="374"/>
        <source>Nevada</source>
        <translation>Nevada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="375"/>
        <source>New York</source>
        <translation>Nueva York</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="376"/>
        <source>Ohio</source>
        <translation>Ohio</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="377"/>
        <source>Oklahoma</source>
        <translation>Oklahoma</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="378"/>
        <source>Oregon</source>
        <translation>Oregón</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="379"/>
        <source>Pennsylvania</source>
        <translation>Pensilvania</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="380"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="381"/>
        <source>Rhode Island</source>
        <translation>Rhode Island</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="382"/>
        <source>South Carolina</source>
        <translation>Carolina del Sur</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="383"/>
        <source>South Dakota</source>
        <translation>Dakota del Sur</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="384"/>
        <source>Tennessee</source>
        <translation>Tennessee</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="385"/>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="386"/>
        <source>Utah</source>
        <translation>Utah</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="387"/>
        <source>Virginia</source>
        <translation>Virginia</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="388"/>
        <source>U.S. Virgin Islands</source>
        <translation>Islas Vírgenes de EE. UU.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="389"/>
        <source>Vermont</source>
        <translation>Vermont</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="390"/>
        <source>Washington</source>
        <translation>Washington</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="391"/>
        <source>Wisconsin</source>
        <translation>Wisconsin</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="392"/>
        <source>West Virginia</source>
        <translation>Virginia Occidental</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="393"/>
        <source>Wyoming</source>
        <translation>Wyoming</translation>
    </message>
</context>
<context>
    <name>TextSizeButton</name>
    <message>
        <location filename="../../ui/components/TextSizeButton.qml" line="9"/>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <location filename="../../ui/components/TextSizeButton.qml" line="9"/>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
</context>
<context>
    <name>TimePickerScreen</name>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="28"/>
        <source>Choose a time</source>
        <translation>Elija un horario</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="31"/>
        <source>Times are shown in the clinic&apos;s local time.</source>
        <translation>Los horarios se muestran en la hora local de la clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="36"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="56"/>
        <source>Looking up free times…</source>
        <translation>Buscando horarios libres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="66"/>
        <source>This provider has no free times for this kind of visit in the days we can book.</source>
        <translation>Este profesional no tiene horarios libres para este tipo de consulta en los días que podemos reservar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="67"/>
        <source>There are no free times at this clinic in the next few days.</source>
        <translation>No hay horarios libres en esta clínica en los próximos días.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="72"/>
        <source>Choose another clinic</source>
        <translation>Elegir otra clínica</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="73"/>
        <source>Choose another provider or visit</source>
        <translation>Elegir otro profesional o consulta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="74"/>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="94"/>
        <source>Soonest available</source>
        <translation>Lo más pronto posible</translation>
    </message>
</context>
<context>
    <name>VisitTypeScreen</name>
    <message>
        <location filename="../../ui/screens/VisitTypeScreen.qml" line="9"/>
        <source>What kind of visit?</source>
        <translation>¿Qué tipo de consulta?</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="29"/>
        <source>Welcome! Book your visit here.</source>
        <translation>¡Bienvenido! Reserve su visita aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="37"/>
        <source>It takes about two minutes. Staff at %1 are happy to help.</source>
        <translation>Toma unos dos minutos. El personal de %1 le ayudará con gusto.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="48"/>
        <source>Book a visit</source>
        <translation>Reservar una visita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="62"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="62"/>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="72"/>
        <source>Listen (speech)</source>
        <translation>Escuchar (voz)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="73"/>
        <source>Listen: the kiosk reads the screen aloud</source>
        <translation>Escuchar: el quiosco lee la pantalla en voz alta</translation>
    </message>
</context>
<context>
    <name>WhoScreen</name>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="9"/>
        <source>Who is this visit for?</source>
        <translation>¿Para quién es esta consulta?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="13"/>
        <source>Me</source>
        <translation>Para mí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="14"/>
        <source>I am the patient</source>
        <translation>Yo soy el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="19"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="20"/>
        <source>A child, or a person I care for</source>
        <translation>Un niño o una persona que yo cuido</translation>
    </message>
</context>
</TS>
