import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

Rectangle {
    id: screen
    required property var session
    required property var staff
    required property var speech
    color: Theme.brand
    StaffCorner { anchors.left: parent.left; anchors.top: parent.top; session: screen.session; staff: screen.staff }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1300)
        spacing: Theme.gap * 1.5
        KText {
            Layout.fillWidth: true
            text: screen.session.brand
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
            text: qsTr("It takes about two minutes. Staff at %1 are happy to help.").arg(screen.session.helpLocation)
            color: Theme.textOnBrand
            horizontalAlignment: Text.AlignHCenter
        }
        KButton {
            objectName: "bookButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(720, screen.width - 2 * Theme.margin)
            minHeight: Theme.bigButtonHeight
            fontSize: Theme.titleSize * 0.8
            kind: "secondary"
            text: qsTr("Book a visit")
            onClicked: screen.session.start()
        }
        Flow {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: parent.width
            spacing: Theme.gap
            LanguageSwitch { session: screen.session; width: 320 }
            KButton {
                objectName: "largeTextButton"
                width: 420
                kind: "secondary"
                checkable: true
                checked: screen.session.largeText
                text: screen.session.largeText ? qsTr("Normal text") : qsTr("Larger text")
                onClicked: screen.session.setLargeText(!screen.session.largeText)
            }
            HelpButton { session: screen.session; width: 320 }
            // Speech for patients who cannot see the screen (a keypad's Help key does the same).
            KButton {
                objectName: "listenButton"
                visible: screen.speech.available && !screen.speech.audioMode
                width: 420
                kind: "secondary"
                text: qsTr("Listen (speech)")
                Accessible.name: qsTr("Listen: the kiosk reads the screen aloud")
                onClicked: screen.speech.listen()
            }
        }
        EmergencyNotice { Layout.alignment: Qt.AlignHCenter }
    }
}
