import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        KioskBar { Layout.fillWidth: true; onBackTapped: kiosk.back() }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.gap * 1.5
            KText {
                objectName: "careTitle"
                text: qsTr("What kind of visit do you need?")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            KButton {
                objectName: "walkInButton"
                Layout.fillWidth: true
                Layout.maximumWidth: 1200
                minHeight: 220
                kind: "secondary"
                text: qsTr("Walk-in clinic visit") + "\n" + qsTr("Be seen today for colds, flu, minor injuries and more")
                Accessible.name: qsTr("Walk-in clinic visit. Be seen today for colds, flu, minor injuries and more")
                onClicked: kiosk.chooseWalkIn()
            }
            Item { Layout.fillHeight: true }
        }
    }
}
