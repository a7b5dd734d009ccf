import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    id: screen
    required property var session
    required property var walkIn
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        KioskBar { Layout.fillWidth: true; session: screen.session }
        JourneyHeader { Layout.fillWidth: true; session: screen.session }
        KText {
            objectName: "clinicsTitle"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.topMargin: Theme.margin / 2
            Layout.bottomMargin: Theme.gap
            text: qsTr("Choose a clinic")
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        BusyNote {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            visible: screen.session.busy
            text: qsTr("Finding clinics near you…")
        }
        KText {
            objectName: "clinicsEmpty"
            Layout.leftMargin: Theme.margin
            visible: !screen.session.busy && screen.session.errorCard.kind === "" && screen.walkIn.clinics.length === 0
            text: qsTr("No clinics are taking walk-in bookings here right now. Please ask at %1.").arg(screen.session.helpLocation)
        }
        ListView {
            id: list
            objectName: "clinicList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            clip: true
            spacing: Theme.gap
            model: screen.walkIn.clinics
            ScrollBar.vertical: ScrollBar { width: 24; policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
            delegate: ItemDelegate {
                required property var modelData
                id: card
                objectName: "clinic_" + modelData.urlName
                width: list.width - 40
                height: Math.max(Theme.touchMin, contentItem.implicitHeight + 48)
                Accessible.role: Accessible.Button
                readonly property string spokenName: modelData.name + ". " + modelData.street + ". " + modelData.hours
                                 + (modelData.hasTimes ? ". " + qsTr("Next free time: %1").arg(modelData.nextFree) : "")
                Accessible.name: spokenName
                focusPolicy: Qt.StrongFocus
                onClicked: screen.walkIn.chooseClinic(modelData.urlName)
                background: Rectangle {
                    radius: Theme.radius
                    color: card.down ? Theme.background : Theme.surface
                    border.width: card.activeFocus ? 6 : 2
                    border.color: card.activeFocus ? Theme.focus : Theme.line
                }
                contentItem: GridLayout {
                    columns: Theme.portrait ? 1 : 2
                    columnSpacing: Theme.gap
                    ColumnLayout {
                        id: column
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.gap
                        spacing: 6
                        KText { Layout.fillWidth: true; text: modelData.name; font.bold: true; font.pixelSize: Theme.buttonSize; color: Theme.brand }
                        KText { Layout.fillWidth: true; text: modelData.street + ", " + modelData.cityLine; color: Theme.muted }
                        KText { Layout.fillWidth: true; text: modelData.hours; color: Theme.muted }
                    }
                    ColumnLayout {
                        Layout.preferredWidth: Theme.portrait ? -1 : 460
                        Layout.fillWidth: Theme.portrait
                        Layout.leftMargin: Theme.portrait ? Theme.gap : 0
                        Layout.rightMargin: Theme.gap
                        KText { Layout.fillWidth: true; visible: modelData.hasTimes; text: qsTr("Next free time"); color: Theme.muted; horizontalAlignment: Theme.portrait ? Text.AlignLeft : Text.AlignRight }
                        KText {
                            Layout.fillWidth: true
                            text: modelData.hasTimes ? modelData.nextFree : qsTr("No free times soon")
                            font.bold: true
                            horizontalAlignment: Theme.portrait ? Text.AlignLeft : Text.AlignRight
                        }
                    }
                }
            }
        }
        ScrollHint { flick: list }
    }
}
