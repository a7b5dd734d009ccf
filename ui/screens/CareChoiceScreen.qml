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
            ItemDelegate {
                id: walkIn
                objectName: "walkInButton"
                Layout.fillWidth: true
                Layout.maximumWidth: 1200
                Layout.preferredHeight: Math.max(200, walkInText.implicitHeight + 64)
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Walk-in clinic visit. Be seen today for colds, flu, minor injuries and more")
                onClicked: kiosk.chooseWalkIn()
                background: Rectangle {
                    radius: Theme.radius
                    color: walkIn.down ? Theme.background : Theme.surface
                    border.width: 3
                    border.color: walkIn.activeFocus ? Theme.focus : Theme.brand
                }
                contentItem: ColumnLayout {
                    id: walkInText
                    spacing: 8
                    KText {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.gap
                        text: qsTr("Walk-in clinic visit")
                        font.pixelSize: Theme.titleSize * 0.75
                        font.bold: true
                        color: Theme.brand
                    }
                    KText {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.gap
                        text: qsTr("Be seen today for colds, flu, minor injuries and more")
                        color: Theme.muted
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
