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
        KioskBar { Layout.fillWidth: true; showBack: kiosk.canGoBack; onBackTapped: kiosk.back() }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.gap / 2
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                KText { objectName: "timesTitle"; Layout.fillWidth: true; text: qsTr("Choose a time"); font.pixelSize: Theme.titleSize; font.bold: true }
                KText { Layout.fillWidth: true; visible: kiosk.screen === "provider_times"; text: kiosk.providerName + " · " + kiosk.visitTypeName; font.bold: true }
                KText { Layout.fillWidth: true; text: kiosk.placeName + " · " + kiosk.placeAddress; color: Theme.muted }
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
            KText {
                Layout.fillWidth: true
                text: kiosk.screen === "provider_times" ? qsTr("This provider has no free times for this kind of visit in the days we can book.")
                                                        : qsTr("There are no free times at this clinic in the next few days.")
            }
            RowLayout {
                spacing: Theme.gap
                KButton { objectName: "otherClinicButton"; visible: kiosk.screen === "times"; text: qsTr("Choose another clinic"); onClicked: kiosk.back() }
                KButton { objectName: "otherProviderButton"; visible: kiosk.screen === "provider_times" && kiosk.canGoBack; text: qsTr("Choose another provider or visit"); onClicked: kiosk.back() }
                KButton { objectName: "emptyRefreshButton"; kind: "secondary"; text: qsTr("Look again"); onClicked: kiosk.refreshTimes() }
            }
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
