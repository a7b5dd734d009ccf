import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

// Free times, for both journeys (`times` is the walk-in or the providers view-model): the
// soonest few first, then each day in morning / afternoon / evening groups.
Rectangle {
    id: screen
    required property var session
    required property var times
    readonly property bool forProvider: session.screen === "provider_times"
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        KioskBar { Layout.fillWidth: true; session: screen.session }
        JourneyHeader { Layout.fillWidth: true; session: screen.session }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.topMargin: Theme.margin / 2
            Layout.bottomMargin: Theme.gap / 2
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                KText { objectName: "timesTitle"; Layout.fillWidth: true; text: qsTr("Choose a time"); font.pixelSize: Theme.titleSize; font.bold: true; Accessible.role: Accessible.Heading }
                KText { Layout.fillWidth: true; visible: text !== ""; text: screen.times.heading; font.bold: true }
                KText { Layout.fillWidth: true; text: screen.times.placeName + " · " + screen.times.placeAddress; color: Theme.muted }
                KText { Layout.fillWidth: true; text: qsTr("Times are shown in the clinic's local time."); color: Theme.muted; font.pixelSize: Theme.smallSize }
            }
            KButton {
                objectName: "refreshButton"
                kind: "secondary"
                text: qsTr("Refresh")
                enabled: !screen.session.busy
                onClicked: screen.times.refreshTimes()
            }
        }
        KText {
            objectName: "timesNotice"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: screen.times.notice !== ""
            text: screen.times.notice
            font.bold: true
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
        }
        BusyNote {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            visible: screen.session.busy
            text: qsTr("Looking up free times…")
        }
        ColumnLayout {
            objectName: "timesEmpty"
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: !screen.session.busy && screen.session.errorCard.kind === "" && screen.times.timeCount === 0
            spacing: Theme.gap
            KText {
                Layout.fillWidth: true
                text: screen.forProvider ? qsTr("This provider has no free times for this kind of visit in the days we can book.")
                                         : qsTr("There are no free times at this clinic in the next few days.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton { objectName: "otherClinicButton"; visible: !screen.forProvider; text: qsTr("Choose another clinic"); onClicked: screen.session.back() }
                KButton { objectName: "otherProviderButton"; visible: screen.forProvider && screen.session.canGoBack; text: qsTr("Choose another provider or visit"); onClicked: screen.session.back() }
                KButton { objectName: "emptyRefreshButton"; kind: "secondary"; text: qsTr("Look again"); onClicked: screen.times.refreshTimes() }
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
            model: screen.times.days
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 24; policy: days.contentHeight > days.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
            header: ColumnLayout {
                width: days.width - 40
                visible: screen.times.soonest.length > 0
                height: visible ? implicitHeight + Theme.gap * 1.5 : 0
                spacing: Theme.gap / 2
                KText { text: qsTr("Soonest available"); font.bold: true; font.pixelSize: Theme.buttonSize; color: Theme.brand; Accessible.role: Accessible.Heading }
                Flow {
                    Layout.fillWidth: true
                    spacing: 16
                    Repeater {
                        model: screen.times.soonest
                        KButton {
                            required property var modelData
                            required property int index
                            objectName: "soonest_" + index
                            kind: "primary"
                            text: modelData.label
                            onClicked: screen.times.chooseTime(modelData.slotId)
                        }
                    }
                }
            }
            delegate: ColumnLayout {
                id: day
                width: days.width - 40
                spacing: Theme.gap / 2
                required property var modelData
                required property int index
                KText { text: day.modelData.label; font.bold: true; font.pixelSize: Theme.buttonSize; Accessible.role: Accessible.Heading }
                Repeater {
                    model: day.modelData.parts
                    ColumnLayout {
                        id: part
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 8
                        KText { text: part.modelData.label; color: Theme.muted; font.bold: true }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 16
                            Repeater {
                                model: part.modelData.times
                                KButton {
                                    required property var modelData
                                    objectName: "time_" + day.index + "_" + modelData.index
                                    width: 230
                                    kind: "secondary"
                                    text: modelData.label
                                    Accessible.name: modelData.name
                                    onClicked: screen.times.chooseTime(modelData.slotId)
                                }
                            }
                        }
                    }
                }
            }
        }
        ScrollHint { flick: days }
    }
}
