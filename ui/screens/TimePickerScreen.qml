import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        KioskBar { Layout.fillWidth: true; onBackTapped: kiosk.back() }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.gap / 2
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                KText { objectName: "timesTitle"; Layout.fillWidth: true; text: qsTr("Choose a time"); font.pixelSize: Theme.titleSize; font.bold: true }
                KText { Layout.fillWidth: true; text: kiosk.clinicName + " · " + kiosk.clinicAddress; color: Theme.muted }
                KText { Layout.fillWidth: true; text: qsTr("Times are shown in the clinic's local time."); color: Theme.muted; font.pixelSize: Theme.smallSize }
            }
            KButton {
                objectName: "refreshButton"
                kind: "secondary"
                text: qsTr("Refresh")
                enabled: !kiosk.busy
                onClicked: kiosk.refreshTimes()
            }
        }
        KText {
            objectName: "timesNotice"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            visible: kiosk.notice !== ""
            text: kiosk.notice
            font.bold: true
            color: Theme.danger
        }
        BusyNote {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            visible: kiosk.busy
            text: qsTr("Looking up free times…")
        }
        ColumnLayout {
            objectName: "timesEmpty"
            Layout.leftMargin: Theme.margin
            visible: !kiosk.busy && kiosk.errorKind === "" && kiosk.days.length === 0
            spacing: Theme.gap
            KText { text: qsTr("There are no free times at this clinic in the next few days.") }
            KButton { objectName: "otherClinicButton"; text: qsTr("Choose another clinic"); onClicked: kiosk.back() }
        }
        ListView {
            id: days
            objectName: "dayList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            clip: true
            spacing: Theme.gap * 1.5
            model: kiosk.days
            ScrollBar.vertical: ScrollBar { width: 24; policy: days.contentHeight > days.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
            delegate: ColumnLayout {
                id: day
                width: days.width - 40
                spacing: Theme.gap / 2
                required property var modelData
                required property int index
                KText { text: modelData.label; font.bold: true; font.pixelSize: Theme.buttonSize; Accessible.role: Accessible.Heading }
                Flow {
                    Layout.fillWidth: true
                    spacing: 16
                    Repeater {
                        model: modelData.times
                        KButton {
                            required property var modelData
                            required property int index
                            objectName: "time_" + day.index + "_" + index
                            width: 230
                            kind: "secondary"
                            text: modelData.label
                            Accessible.name: day.modelData.label + ", " + modelData.label
                            onClicked: kiosk.chooseTime(modelData.slotId)
                        }
                    }
                }
            }
        }
    }
}
