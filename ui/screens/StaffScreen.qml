import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

// The staff panel: how the kiosk is doing, what happened to today's bookings, and what staff can
// do. Leaving it (or leaving it alone) locks it again.
Rectangle {
    id: screen
    required property var session
    required property var staff
    // Read once per change: each read asks the journal.
    readonly property var attempts: staff.attempts
    readonly property int attemptsToday: staff.attemptsToday
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 120
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 2; color: Theme.line }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.margin / 2
                anchors.rightMargin: Theme.margin / 2
                spacing: Theme.gap
                KText { objectName: "staffTitle"; Layout.fillWidth: true; text: qsTr("Staff panel"); font.pixelSize: Theme.titleSize * 0.7; font.bold: true; Accessible.role: Accessible.Heading }
                LanguageSwitch { session: screen.session }
                KButton { objectName: "closePanelButton"; text: qsTr("Close and lock"); onClicked: screen.staff.closePanel() }
            }
        }
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight + 2 * Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 24; policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
            ColumnLayout {
                id: body
                x: Theme.margin; y: Theme.margin
                width: flick.width - 2 * Theme.margin - 24
                spacing: Theme.gap

                // -------------------------------------------------- a patient asked for help
                Rectangle {
                    objectName: "staffHelpRequest"
                    visible: screen.session.helpRequest.requested
                    Layout.fillWidth: true
                    implicitHeight: helpRow.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.warning
                    RowLayout {
                        id: helpRow
                        x: Theme.gap; y: Theme.gap
                        width: parent.width - 2 * Theme.gap
                        spacing: Theme.gap
                        KText { Layout.fillWidth: true; text: qsTr("A patient asked for help at this kiosk."); color: Theme.textOnBrand; font.bold: true }
                        KButton { objectName: "helpGivenButton"; kind: "secondary"; text: qsTr("Done: they have been helped"); onClicked: screen.staff.helpGiven() }
                    }
                }

                // ------------------------------------------------------------- help a patient
                KText { Layout.fillWidth: true; text: qsTr("Help a patient"); font.bold: true; font.pixelSize: Theme.buttonSize; Accessible.role: Accessible.Heading }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    KButton { objectName: "assistWalkInButton"; text: qsTr("Walk-in visit"); onClicked: screen.staff.assist("walk_in") }
                    KButton { objectName: "assistAppointmentButton"; text: qsTr("Appointment with a provider"); onClicked: screen.staff.assist("provider") }
                }

                // ------------------------------------------------------------------- status
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    KText { Layout.fillWidth: true; text: qsTr("Kiosk status"); font.bold: true; font.pixelSize: Theme.buttonSize; Accessible.role: Accessible.Heading }
                    KButton { objectName: "checkConnectionButton"; kind: "secondary"; enabled: !screen.staff.checking; text: qsTr("Check connection"); onClicked: screen.staff.checkConnection() }
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.gap
                    rowSpacing: 6
                    Repeater {
                        model: screen.staff.status
                        delegate: KText {
                            required property var modelData
                            required property int index
                            objectName: "status_" + index
                            Layout.row: index
                            Layout.column: 0
                            text: modelData.label
                            color: Theme.muted
                        }
                    }
                    Repeater {
                        model: screen.staff.status
                        delegate: KText {
                            required property var modelData
                            required property int index
                            Layout.row: index
                            Layout.column: 1
                            Layout.fillWidth: true
                            text: modelData.value
                            font.bold: true
                        }
                    }
                }

                // ------------------------------------------------------------- today's journal
                KText { Layout.fillWidth: true; Layout.topMargin: Theme.gap; text: qsTr("Today's bookings"); font.bold: true; font.pixelSize: Theme.buttonSize; Accessible.role: Accessible.Heading }
                KText { Layout.fillWidth: true; text: qsTr("No names are kept here. Look an appointment up in DexCare by its support code; a walk-in by its clinic and time."); color: Theme.muted; font.pixelSize: Theme.smallSize }
                KText { objectName: "journalEmpty"; visible: screen.attemptsToday === 0; text: qsTr("No bookings yet today.") }
                Repeater {
                    model: screen.attempts
                    Rectangle {
                        id: row
                        required property var modelData
                        required property int index
                        objectName: "attempt_" + index
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touchMin + 24, line.implicitHeight + 24)
                        radius: Theme.radius / 2
                        color: Theme.surface
                        border.width: modelData.unresolved ? 4 : 2
                        border.color: modelData.unresolved ? Theme.danger : Theme.line
                        // Two lines, so nothing is printed over anything in portrait or in Spanish:
                        // when and what, then what happened, its code and what staff can do.
                        ColumnLayout {
                            id: line
                            anchors.fill: parent
                            anchors.margins: 12
                            anchors.leftMargin: Theme.gap
                            anchors.rightMargin: Theme.gap
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                KText { text: row.modelData.time; font.bold: true }
                                KText { text: row.modelData.journey }
                                KText {
                                    Layout.fillWidth: true
                                    visible: row.modelData.visit !== "" || row.modelData.place !== ""
                                    text: [row.modelData.place, row.modelData.visit].filter(x => x !== "").join(", ")
                                    color: Theme.muted
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                KText { Layout.fillWidth: true; text: row.modelData.outcome + (row.modelData.checked ? " · " + qsTr("checked") : ""); color: row.modelData.unresolved ? Theme.danger : Theme.ink; font.bold: row.modelData.unresolved }
                                KText { objectName: "attemptCode_" + row.index; visible: row.modelData.code !== ""; text: qsTr("Code %1").arg(row.modelData.code); color: Theme.muted }
                                KButton {
                                    objectName: "check_" + row.index
                                    visible: row.modelData.unresolved
                                    kind: "secondary"
                                    minHeight: Theme.touchMin
                                    text: qsTr("Mark checked")
                                    Accessible.name: qsTr("Mark checked: %1").arg(row.modelData.code)
                                    onClicked: screen.staff.markChecked(row.modelData.id)
                                }
                            }
                        }
                    }
                }
                // A busy day's journal comes a page at a time, newest first.
                RowLayout {
                    visible: screen.attemptsToday > screen.attempts.length
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    KText { objectName: "journalShown"; Layout.fillWidth: true; text: qsTr("Showing %1 of today's %2.").arg(screen.attempts.length).arg(screen.attemptsToday); color: Theme.muted }
                    KButton { objectName: "showMoreButton"; kind: "secondary"; minHeight: Theme.touchMin; text: qsTr("Show more"); onClicked: screen.staff.showMore() }
                }

                // --------------------------------------------------------------- training
                KText { visible: screen.staff.training; Layout.fillWidth: true; Layout.topMargin: Theme.gap; text: qsTr("Training: what the scheduling system does next"); font.bold: true; font.pixelSize: Theme.buttonSize; Accessible.role: Accessible.Heading }
                Flow {
                    visible: screen.staff.training
                    Layout.fillWidth: true
                    spacing: 12
                    Repeater {
                        model: screen.staff.scenarios
                        KButton {
                            required property var modelData
                            objectName: "scenario_" + modelData.value
                            kind: screen.staff.scenario === modelData.value ? "primary" : "secondary"
                            minHeight: Theme.touchMin + 8
                            fontSize: Theme.bodySize
                            text: modelData.label
                            Accessible.role: Accessible.RadioButton
                            Accessible.checked: screen.staff.scenario === modelData.value
                            onClicked: screen.staff.setScenario(modelData.value)
                        }
                    }
                }
                KButton { objectName: "resetDemoButton"; visible: screen.staff.training; kind: "secondary"; text: qsTr("Reset the demo data"); onClicked: screen.staff.resetDemo() }

                // ------------------------------------------------------------- the kiosk
                KText { Layout.fillWidth: true; Layout.topMargin: Theme.gap; text: qsTr("This kiosk"); font.bold: true; font.pixelSize: Theme.buttonSize; Accessible.role: Accessible.Heading }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    KButton {
                        objectName: "outOfServiceButton"
                        kind: screen.staff.outOfService ? "primary" : "danger"
                        text: screen.staff.outOfService ? qsTr("Put back in service") : qsTr("Take out of service")
                        onClicked: screen.staff.setOutOfService(!screen.staff.outOfService)
                    }
                }
                KText { visible: screen.staff.outOfService; Layout.fillWidth: true; text: qsTr("Out of service: patients see where the desk is until you put it back, even after a restart."); color: Theme.danger; font.bold: true }

                // ------------------------------------------- leaving the program, well apart
                Rectangle { Layout.fillWidth: true; Layout.topMargin: Theme.gap * 3; height: 2; color: Theme.line }
                KText {
                    Layout.fillWidth: true
                    color: Theme.muted
                    text: screen.staff.supervised
                          ? qsTr("For IT: restart the kiosk program (it asks first). To stop it, use \"systemctl stop clinic-kiosk\".")
                          : qsTr("For IT: close the kiosk program (it asks first).")
                }
                KButton {
                    objectName: "exitButton"
                    kind: "secondary"
                    text: screen.staff.supervised ? qsTr("Restart the kiosk") : qsTr("Exit to desktop")
                    onClicked: screen.staff.exitToDesktop()
                }
            }
        }
    }
}
