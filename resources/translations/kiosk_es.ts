<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>BookingScreen</name>
    <message>
        <location filename="../../ui/screens/BookingScreen.qml" line="16"/>
        <source>Booking your appointment…</source>
        <translation>Reservando su cita…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/BookingScreen.qml" line="21"/>
        <source>This usually takes a few seconds. Please stay here.</source>
        <translation>Suele tardar unos segundos. Por favor, no se retire.</translation>
    </message>
</context>
<context>
    <name>CareChoiceScreen</name>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="20"/>
        <source>What kind of visit do you need?</source>
        <translation>¿Qué tipo de visita necesita?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="27"/>
        <source>Walk-in clinic visit</source>
        <translation>Visita a una clínica sin cita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="28"/>
        <source>Be seen today for colds, flu, minor injuries and more</source>
        <translation>Reciba atención hoy por resfriados, gripe, lesiones leves y más</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="34"/>
        <source>Appointment with a provider</source>
        <translation>Cita con un profesional de salud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/CareChoiceScreen.qml" line="35"/>
        <source>Book a visit with a doctor or nurse practitioner, today or another day</source>
        <translation>Reserve una consulta con un médico o enfermero practicante, hoy u otro día</translation>
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
    <name>ConfirmedScreen</name>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="15"/>
        <source>You&apos;re booked!</source>
        <translation>¡Su cita está reservada!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="36"/>
        <source>Visit reference: %1</source>
        <translation>Referencia de la cita: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="39"/>
        <source>Please bring a photo ID, your insurance card if you have one, and a list of the medicines you take. Arrive 15 minutes early.</source>
        <translation>Traiga una identificación con foto, su tarjeta del seguro si tiene, y una lista de los medicamentos que toma. Llegue 15 minutos antes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="43"/>
        <source>This screen will return to the start in %n second(s).</source>
        <translation>
            <numerusform>Esta pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>Esta pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/ConfirmedScreen.qml" line="46"/>
        <source>Finish</source>
        <translation>Terminar</translation>
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
    <name>Form</name>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="17"/>
        <source>Policy holder&apos;s first name</source>
        <translation>Nombre del titular de la póliza</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="18"/>
        <source>Policy holder&apos;s last name</source>
        <translation>Apellido del titular de la póliza</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="19"/>
        <source>Policy holder&apos;s date of birth</source>
        <translation>Fecha de nacimiento del titular</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="20"/>
        <source>Policy holder&apos;s gender</source>
        <translation>Sexo del titular</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="23"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="24"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="25"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="26"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="27"/>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="27"/>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="28"/>
        <source>Email (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="29"/>
        <source>Street address</source>
        <translation>Dirección (calle y número)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="30"/>
        <source>Apartment, suite, unit (optional)</source>
        <translation>Apartamento, suite o unidad (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="31"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="32"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="33"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="34"/>
        <source>Your relationship to the patient</source>
        <translation>Su parentesco con el paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="35"/>
        <source>What is the visit for?</source>
        <translation>¿Para qué es la consulta?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="36"/>
        <source>How would you like to pay?</source>
        <translation>¿Cómo desea pagar?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="37"/>
        <source>Insurance company</source>
        <translation>Compañía de seguro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="38"/>
        <source>Name of your insurance company</source>
        <translation>Nombre de su compañía de seguro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="39"/>
        <source>Member ID</source>
        <translation>Número de afiliado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="40"/>
        <source>Group number (optional)</source>
        <translation>Número de grupo (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="41"/>
        <source>Whose insurance is it?</source>
        <translation>¿De quién es el seguro?</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="42"/>
        <location filename="../../kiosk/qt/wording.py" line="80"/>
        <source>Coupon or service key</source>
        <translation>Cupón o clave de servicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="49"/>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="51"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="58"/>
        <source>10 digits, like 206 555 0123</source>
        <translation>10 dígitos, como 206 555 0123</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="59"/>
        <source>We only use it about this visit</source>
        <translation>Solo lo usamos para esta consulta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="60"/>
        <source>5 digits</source>
        <translation>5 dígitos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="61"/>
        <source>On the front of your insurance card</source>
        <translation>En el frente de su tarjeta del seguro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="62"/>
        <source>Also on your card, if it has one</source>
        <translation>También en su tarjeta, si tiene uno</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="70"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="71"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="72"/>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="73"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="74"/>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="78"/>
        <source>Pay at the clinic</source>
        <translation>Pagar en la clínica</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="79"/>
        <source>Insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="85"/>
        <source>The patient&apos;s own</source>
        <translation>Del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="87"/>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="89"/>
        <source>Someone else&apos;s (for example a parent&apos;s)</source>
        <translation>De otra persona (por ejemplo, de un padre o una madre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="92"/>
        <source>Another insurer (type its name)</source>
        <translation>Otra compañía (escriba el nombre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="103"/>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="104"/>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="105"/>
        <source>Legal guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="106"/>
        <source>Grandparent</source>
        <translation>Abuelo o abuela</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="107"/>
        <source>Stepparent</source>
        <translation>Padrastro o madrastra</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="108"/>
        <source>Foster parent</source>
        <translation>Padre o madre de acogida</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="109"/>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="110"/>
        <source>Brother</source>
        <translation>Hermano</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="111"/>
        <source>Sister</source>
        <translation>Hermana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="112"/>
        <source>Daughter</source>
        <translation>Hija</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="113"/>
        <source>Son</source>
        <translation>Hijo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="114"/>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="115"/>
        <source>Domestic partner</source>
        <translation>Pareja de hecho</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="116"/>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="117"/>
        <source>Friend</source>
        <translation>Amigo o amiga</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="118"/>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="119"/>
        <source>Power of attorney</source>
        <translation>Apoderado legal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="120"/>
        <source>Surrogate or proxy</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="121"/>
        <source>Not related</source>
        <translation>Sin parentesco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="129"/>
        <source>Please choose one.</source>
        <translation>Por favor, elija una opción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="129"/>
        <source>Please fill this in.</source>
        <translation>Por favor, complete este dato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="131"/>
        <source>Please use letters only (spaces, hyphens and apostrophes are fine).</source>
        <translation>Use solo letras (se permiten espacios, guiones y apóstrofos).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="134"/>
        <source>Please enter a real date, like the example.</source>
        <translation>Escriba una fecha válida, como en el ejemplo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="137"/>
        <source>This date is in the future.</source>
        <translation>Esta fecha es futura.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="138"/>
        <source>Please check the year.</source>
        <translation>Revise el año, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="139"/>
        <source>Please enter a 10-digit US phone number.</source>
        <translation>Escriba un número de teléfono de EE. UU. de 10 dígitos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="142"/>
        <source>Please check the email address (like name@example.com).</source>
        <translation>Revise el correo electrónico (como nombre@ejemplo.com).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="145"/>
        <source>Please enter a 5-digit ZIP code.</source>
        <translation>Escriba un código postal de 5 dígitos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="146"/>
        <source>Please choose a state.</source>
        <translation>Por favor, elija un estado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="147"/>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="148"/>
        <location filename="../../kiosk/qt/wording.py" line="151"/>
        <source>Please use letters and numbers only.</source>
        <translation>Use solo letras y números.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="154"/>
        <source>The scheduling system could not accept this. Please check it.</source>
        <translation>El sistema de citas no pudo aceptar este dato. Por favor, revíselo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="157"/>
        <source>Please check this.</source>
        <translation>Por favor, revise este dato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="162"/>
        <source>Cold or flu symptoms</source>
        <translation>Síntomas de resfriado o gripe</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="163"/>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="164"/>
        <source>Check-up</source>
        <translation>Chequeo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="165"/>
        <source>Follow-up visit</source>
        <translation>Consulta de seguimiento</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="166"/>
        <source>Cough</source>
        <translation>Tos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="167"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="168"/>
        <source>Medication refill</source>
        <translation>Renovar una receta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wording.py" line="169"/>
        <source>Skin problem</source>
        <translation>Problema de la piel</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="150"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="204"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="205"/>
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="217"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/FormScreen.qml" line="262"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <location filename="../../ui/components/KioskBar.qml" line="36"/>
        <source>Staff assisting</source>
        <translation>Con ayuda del personal</translation>
    </message>
    <message>
        <location filename="../../ui/components/KioskBar.qml" line="59"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>KioskViewModel</name>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="198"/>
        <source>Closed today</source>
        <translation>Cerrada hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="201"/>
        <source>Open today %1 to %2</source>
        <translation>Abierta hoy de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="206"/>
        <source>No times left today</source>
        <translation>No quedan horarios hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="377"/>
        <source>About the patient</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="377"/>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="378"/>
        <source>About you, the parent or caregiver</source>
        <translation>Sus datos, como padre, madre o cuidador</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="379"/>
        <location filename="../../kiosk/qt/viewmodel.py" line="1140"/>
        <source>Reason for the visit</source>
        <translation>Motivo de la consulta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="380"/>
        <location filename="../../kiosk/qt/viewmodel.py" line="1155"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="386"/>
        <source>The person who will see the provider. As on their ID or insurance card.</source>
        <translation>La persona que verá al profesional. Como aparece en su identificación o tarjeta del seguro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="387"/>
        <source>We book the visit in the patient&apos;s name and contact you about it.</source>
        <translation>Reservamos la cita a nombre del paciente y nos comunicamos con usted sobre ella.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="388"/>
        <source>A few words are enough. Tap a suggestion or type your own.</source>
        <translation>Unas pocas palabras bastan. Toque una sugerencia o escriba la suya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="389"/>
        <source>You can also pay when you arrive.</source>
        <translation>También puede pagar cuando llegue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="926"/>
        <source>That time has just passed. Here are the times still open.</source>
        <translation>Ese horario acaba de pasar. Estos son los horarios que siguen libres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="836"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="838"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="860"/>
        <source>We can&apos;t reach the scheduling system</source>
        <translation>No podemos conectar con el sistema de citas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="861"/>
        <source>This is usually brief. Your choices are kept: try again in a moment.</source>
        <translation>Suele ser breve. Sus elecciones se guardan: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="863"/>
        <location filename="../../kiosk/qt/viewmodel.py" line="1180"/>
        <source>Booking is not available right now</source>
        <translation>Las reservas no están disponibles ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="864"/>
        <location filename="../../kiosk/qt/viewmodel.py" line="873"/>
        <source>Please ask at %1 for help.</source>
        <translation>Pida ayuda en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="866"/>
        <source>This clinic is not taking bookings here right now</source>
        <translation>Esta clínica no acepta reservas desde aquí ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="867"/>
        <source>Please choose another clinic, or ask at %1.</source>
        <translation>Elija otra clínica o pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="869"/>
        <source>The booking page did not load</source>
        <translation>La página de reservas no se cargó</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="870"/>
        <source>Please try again. If it keeps happening, ask at %1.</source>
        <translation>Inténtelo de nuevo. Si sigue pasando, pregunte en %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="872"/>
        <source>We could not open the booking page safely</source>
        <translation>No pudimos abrir la página de reservas de forma segura</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="874"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="875"/>
        <source>Please try again, or ask at %1.</source>
        <translation>Inténtelo de nuevo o pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1054"/>
        <source>Someone else just booked that time. Please choose another one: everything you entered is kept.</source>
        <translation>Otra persona acaba de reservar ese horario. Elija otro, por favor: todo lo que escribió se conserva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1118"/>
        <source>No time chosen yet</source>
        <translation>Aún no eligió un horario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1120"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1123"/>
        <source>Who the visit is for</source>
        <translation>Para quién es la consulta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1124"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1124"/>
        <source>Me</source>
        <translation>Para mí</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1125"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1135"/>
        <source>Parent or caregiver</source>
        <translation>Padre, madre o cuidador</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1148"/>
        <source>Member ID %1</source>
        <translation>Número de afiliado %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1149"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1163"/>
        <source>We couldn&apos;t confirm your booking</source>
        <translation>No pudimos confirmar su cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1164"/>
        <source>It may or may not have been made. Please check at %1 before booking again, and give them the code below.</source>
        <translation>Puede que se haya reservado o no. Consulte en %1 antes de volver a reservar y muéstreles el código de abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1166"/>
        <source>You already have an appointment at this time</source>
        <translation>Ya tiene una cita a esta hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1167"/>
        <source>The clinic&apos;s records show a visit for this patient at the same time. Please ask at %1; they can move one of them.</source>
        <translation>Los registros de la clínica muestran una cita para este paciente a la misma hora. Pregunte en %1; pueden cambiar una de ellas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1169"/>
        <source>This provider only sees their own patients</source>
        <translation>Este profesional solo atiende a sus propios pacientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1170"/>
        <source>The patient is not on this provider&apos;s list yet. Please ask at %1: they can help you choose another provider or join the list.</source>
        <translation>El paciente aún no está en la lista de este profesional. Pregunte en %1: pueden ayudarle a elegir otro profesional o a entrar en la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1172"/>
        <source>This patient&apos;s account is locked</source>
        <translation>La cuenta de este paciente está bloqueada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1173"/>
        <source>For your security the booking could not be made here. Please ask at %1.</source>
        <translation>Por su seguridad, la cita no se pudo reservar aquí. Pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1175"/>
        <source>We couldn&apos;t find the patient&apos;s record</source>
        <translation>No encontramos el expediente del paciente</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1176"/>
        <source>The clinic&apos;s system could not match the patient&apos;s details. Please ask at %1 to finish booking.</source>
        <translation>El sistema de la clínica no pudo encontrar los datos del paciente. Pregunte en %1 para terminar la reserva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1178"/>
        <source>The clinic&apos;s system could not book this time</source>
        <translation>El sistema de la clínica no pudo reservar este horario</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1179"/>
        <source>Nothing was booked. Please ask at %1; they can book it with you.</source>
        <translation>No se reservó nada. Pregunte en %1; pueden reservarla con usted.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/viewmodel.py" line="1181"/>
        <source>Nothing was booked. Please ask at %1 for help.</source>
        <translation>No se reservó nada. Pida ayuda en %1, por favor.</translation>
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
        <location filename="../../ui/Main.qml" line="104"/>
        <source>TRAINING - no real appointments</source>
        <translation>CAPACITACIÓN - sin citas reales</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="161"/>
        <source>Support code: %1</source>
        <translation>Código de soporte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="164"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="165"/>
        <location filename="../../ui/Main.qml" line="240"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="210"/>
        <location filename="../../ui/Main.qml" line="277"/>
        <location filename="../../ui/Main.qml" line="293"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="215"/>
        <location filename="../../ui/Main.qml" line="279"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="231"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="235"/>
        <source>For your privacy, this screen will clear in %n second(s).</source>
        <translation>
            <numerusform>Por su privacidad, esta pantalla se borrará en %n segundo.</numerusform>
            <numerusform>Por su privacidad, esta pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="239"/>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/Main.qml" line="263"/>
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n dígito ingresado</numerusform>
            <numerusform>%n dígitos ingresados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="275"/>
        <source>Delete a digit</source>
        <translation>Borrar un dígito</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="291"/>
        <source>Sorry, let&apos;s start again.</source>
        <translation>Lo sentimos, empecemos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="292"/>
        <source>Something went wrong on this kiosk. Nothing you entered was kept.</source>
        <translation>Algo salió mal en este quiosco. No se guardó nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ui/screens/OutcomeScreen.qml" line="20"/>
        <source>Code for the front desk: %1</source>
        <translation>Código para la recepción: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/OutcomeScreen.qml" line="24"/>
        <source>OK, I&apos;ll go to the front desk</source>
        <translation>De acuerdo, iré a la recepción</translation>
    </message>
</context>
<context>
    <name>ProviderListScreen</name>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="7"/>
        <source>Choose a provider</source>
        <translation>Elija un profesional de salud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="9"/>
        <source>Times are shown in each clinic&apos;s local time.</source>
        <translation>Los horarios se muestran en la hora local de cada clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="10"/>
        <source>Finding providers and their free times…</source>
        <translation>Buscando profesionales y sus horarios libres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="15"/>
        <source>No providers are taking bookings here right now. Please ask at %1.</source>
        <translation>Ahora no hay profesionales que acepten reservas aquí. Pregunte en %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="26"/>
        <source>Next available</source>
        <translation>Próximo horario libre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ProviderListScreen.qml" line="27"/>
        <source>No free times soon</source>
        <translation>Sin horarios libres pronto</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="8"/>
        <source>Please check your appointment</source>
        <translation>Revise su cita, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="10"/>
        <source>Tap Edit to change anything. Nothing is booked until you tap Book.</source>
        <translation>Toque Cambiar para modificar algo. No se reserva nada hasta que toque Reservar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="41"/>
        <source>Edit</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="42"/>
        <source>Edit %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="54"/>
        <source>Book this appointment</source>
        <translation>Reservar esta cita</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="130"/>
        <source>Staff access is not set up on this kiosk.</source>
        <translation>El acceso del personal no está configurado en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="134"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="181"/>
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="187"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Intente de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Intente de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="209"/>
        <source>Training (demo data, no real appointments)</source>
        <translation>Capacitación (datos de prueba, sin citas reales)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="211"/>
        <source>Live</source>
        <translation>En servicio real</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="214"/>
        <source>Refused: check the kiosk&apos;s credentials</source>
        <translation>Rechazado: revise las credenciales del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="216"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="218"/>
        <source>Not used yet</source>
        <translation>Aún no se usó</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="221"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="222"/>
        <source>Scheduling system</source>
        <translation>Sistema de citas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="223"/>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="224"/>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="226"/>
        <source>Sign-in to DexCare</source>
        <translation>Acceso a DexCare</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="227"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="228"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="229"/>
        <source>built-in defaults</source>
        <translation>valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="230"/>
        <source>Running for</source>
        <translation>En marcha desde hace</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="231"/>
        <source>Free disk</source>
        <translation>Disco libre</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="237"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="239"/>
        <source>Not contacted yet</source>
        <translation>Aún sin contacto</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="241"/>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="242"/>
        <source>Not reachable</source>
        <translation>No accesible</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="247"/>
        <location filename="../../kiosk/qt/staff.py" line="248"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="249"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="250"/>
        <source>DexCare server error</source>
        <translation>error del servidor de DexCare</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="251"/>
        <source>the kiosk&apos;s sign-in was refused</source>
        <translation>se rechazó el acceso del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="252"/>
        <source>a booking&apos;s answer was lost</source>
        <translation>se perdió la respuesta de una reserva</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="253"/>
        <source>an answer the kiosk could not read</source>
        <translation>una respuesta que el quiosco no pudo leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="258"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="262"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="270"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="272"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/staff.py" line="273"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="308"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="308"/>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="323"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="324"/>
        <source>for %1, %2</source>
        <translation>para %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="328"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="329"/>
        <source>Outcome unknown: check with DexCare</source>
        <translation>Resultado desconocido: verifique en DexCare</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="330"/>
        <source>On DexCare&apos;s booking page now</source>
        <translation>En la página de reservas de DexCare ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="331"/>
        <source>Left the booking page before the end</source>
        <translation>Dejó la página de reservas antes de terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="332"/>
        <source>Being sent</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="333"/>
        <source>Time already taken</source>
        <translation>Horario ya ocupado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="334"/>
        <location filename="../../kiosk/qt/staff.py" line="394"/>
        <source>Patient already booked then</source>
        <translation>El paciente ya tenía cita a esa hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="335"/>
        <location filename="../../kiosk/qt/staff.py" line="395"/>
        <source>Refused by the EHR</source>
        <translation>Rechazada por el expediente clínico</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="336"/>
        <location filename="../../kiosk/qt/staff.py" line="396"/>
        <source>Not on the provider&apos;s panel</source>
        <translation>No está en la lista del profesional</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="337"/>
        <location filename="../../kiosk/qt/staff.py" line="397"/>
        <source>Patient account locked</source>
        <translation>Cuenta del paciente bloqueada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="338"/>
        <location filename="../../kiosk/qt/staff.py" line="398"/>
        <source>Patient record not found</source>
        <translation>Expediente del paciente no encontrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="339"/>
        <source>A detail was refused</source>
        <translation>Se rechazó un dato</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="340"/>
        <source>Patient record not linked</source>
        <translation>Expediente del paciente no vinculado</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="341"/>
        <source>Not booked: DexCare did not find it</source>
        <translation>No reservada: DexCare no la encontró</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="342"/>
        <source>Not booked: the kiosk&apos;s sign-in was refused</source>
        <translation>No reservada: se rechazó el acceso del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="343"/>
        <source>Not booked: DexCare server error</source>
        <translation>No reservada: error del servidor de DexCare</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="344"/>
        <location filename="../../kiosk/qt/staff.py" line="345"/>
        <source>Not booked: no connection</source>
        <translation>No reservada: sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="346"/>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="347"/>
        <source>Not booked: an answer the kiosk could not read</source>
        <translation>No reservada: una respuesta que el quiosco no pudo leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="348"/>
        <source>Not booked (%1)</source>
        <translation>No reservada (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="387"/>
        <source>Everything works</source>
        <translation>Todo funciona</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="388"/>
        <source>The time is taken just before booking</source>
        <translation>El horario se ocupa justo antes de reservar</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="389"/>
        <source>Server error on every call</source>
        <translation>Error del servidor en cada llamada</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="390"/>
        <source>Slow answers</source>
        <translation>Respuestas lentas</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="391"/>
        <source>Offline: no connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="392"/>
        <source>Booking made, answer lost</source>
        <translation>Cita reservada, respuesta perdida</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="393"/>
        <source>Sign-in expired once</source>
        <translation>El acceso caduca una vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/staff.py" line="399"/>
        <source>A detail is refused (ZIP code)</source>
        <translation>Se rechaza un dato (código postal)</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="24"/>
        <source>Staff panel</source>
        <translation>Panel del personal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="26"/>
        <source>Close and lock</source>
        <translation>Cerrar y bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="44"/>
        <source>Help a patient</source>
        <translation>Ayudar a un paciente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="48"/>
        <source>Walk-in visit</source>
        <translation>Consulta sin cita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="49"/>
        <source>Appointment with a provider</source>
        <translation>Cita con un profesional de salud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="56"/>
        <source>Kiosk status</source>
        <translation>Estado del quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="57"/>
        <source>Check connection</source>
        <translation>Comprobar conexión</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="91"/>
        <source>Today&apos;s bookings</source>
        <translation>Reservas de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="92"/>
        <source>No names are kept here. Look an appointment up in DexCare by its support code; a walk-in by its clinic and time.</source>
        <translation>Aquí no se guardan nombres. Busque una cita en DexCare por su código; una consulta sin cita, por su clínica y hora.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="93"/>
        <source>No bookings yet today.</source>
        <translation>Aún no hay reservas hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="120"/>
        <source>checked</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="121"/>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="127"/>
        <source>Mark checked</source>
        <translation>Marcar verificada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="128"/>
        <source>Mark checked: %1</source>
        <translation>Marcar verificada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="136"/>
        <source>Training: what the scheduling system does next</source>
        <translation>Capacitación: qué hará el sistema de citas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="156"/>
        <source>Reset the demo data</source>
        <translation>Restablecer los datos de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="159"/>
        <source>This kiosk</source>
        <translation>Este quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="166"/>
        <source>Put back in service</source>
        <translation>Volver a poner en servicio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="166"/>
        <source>Take out of service</source>
        <translation>Poner fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="169"/>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StaffScreen.qml" line="171"/>
        <source>Out of service: patients see where the desk is until you put it back, even after a restart.</source>
        <translation>Fuera de servicio: los pacientes verán dónde está la recepción hasta que lo vuelva a poner en servicio, incluso tras reiniciar.</translation>
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
        <location filename="../../ui/screens/TimePickerScreen.qml" line="23"/>
        <source>Times are shown in the clinic&apos;s local time.</source>
        <translation>Los horarios se muestran en la hora local de la clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="28"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="46"/>
        <source>Looking up free times…</source>
        <translation>Buscando horarios libres…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="55"/>
        <source>This provider has no free times for this kind of visit in the days we can book.</source>
        <translation>Este profesional no tiene horarios libres para este tipo de consulta en los días que podemos reservar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="56"/>
        <source>There are no free times at this clinic in the next few days.</source>
        <translation>No hay horarios libres en esta clínica en los próximos días.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="60"/>
        <source>Choose another clinic</source>
        <translation>Elegir otra clínica</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="61"/>
        <source>Choose another provider or visit</source>
        <translation>Elegir otro profesional o consulta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TimePickerScreen.qml" line="62"/>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
</context>
<context>
    <name>VisitTypeScreen</name>
    <message>
        <location filename="../../ui/screens/VisitTypeScreen.qml" line="7"/>
        <source>What kind of visit?</source>
        <translation>¿Qué tipo de consulta?</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="25"/>
        <source>Welcome! Book your visit here.</source>
        <translation>¡Bienvenido! Reserve su visita aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="33"/>
        <source>It takes about two minutes. Staff at %1 are happy to help.</source>
        <translation>Toma unos dos minutos. El personal de %1 le ayudará con gusto.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="44"/>
        <source>Book a visit</source>
        <translation>Reservar una visita</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="57"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WelcomeScreen.qml" line="57"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
</context>
<context>
    <name>WhoScreen</name>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="7"/>
        <source>Who is this visit for?</source>
        <translation>¿Para quién es esta consulta?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="12"/>
        <source>Me</source>
        <translation>Para mí</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="13"/>
        <source>I am the patient</source>
        <translation>Yo soy el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="18"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WhoScreen.qml" line="19"/>
        <source>A child, or a person I care for</source>
        <translation>Un niño o una persona que yo cuido</translation>
    </message>
</context>
</TS>
