import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    color: Theme.brand
    StaffCorner { anchors.left: parent.left; anchors.top: parent.top }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1300)
        spacing: Theme.gap * 1.5
        KText {
            Layout.fillWidth: true
            text: kiosk.brand
            color: Theme.textOnBrand
            font.pixelSize: Theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            objectName: "welcomeTitle"
            Layout.fillWidth: true
            text: qsTr("Welcome! Book your visit here.")
            color: Theme.textOnBrand
            font.pixelSize: Theme.heroSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("It takes about two minutes. Staff at %1 are happy to help.").arg(kiosk.helpLocation)
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
        }
        KButton {
            objectName: "bookButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 720
            minHeight: Theme.bigButtonHeight
            fontSize: Theme.titleSize * 0.8
            kind: "secondary"
            text: qsTr("Book a visit")
            onClicked: kiosk.start()
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap
            LanguageSwitch { Layout.preferredWidth: 320 }
            KButton {
                objectName: "largeTextButton"
                Layout.preferredWidth: 420
                kind: "secondary"
                checkable: true
                checked: kiosk.largeText
                text: kiosk.largeText ? qsTr("Normal text") : qsTr("Larger text")
                onClicked: kiosk.setLargeText(!kiosk.largeText)
            }
        }
    }
}
