import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

// The bar above the DexCare page. The page itself lives in Main.qml (its lifetime is the web
// session's, not this screen's).
Rectangle {
    color: Theme.surface
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 2; color: Theme.line }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            KText { objectName: "handoffClinic"; Layout.fillWidth: true; text: kiosk.clinicName; font.bold: true; elide: Text.ElideRight; wrapMode: Text.NoWrap }
            KText { objectName: "handoffTime"; Layout.fillWidth: true; text: kiosk.chosenTime; color: Theme.muted; elide: Text.ElideRight; wrapMode: Text.NoWrap }
        }
        BusyIndicator {
            objectName: "handoffProgress"
            running: kiosk.webLoading
            visible: running
            implicitWidth: 64; implicitHeight: 64
            Accessible.name: qsTr("Loading the booking page")
        }
        LanguageSwitch { }
        KButton {
            objectName: "startOverButton"
            kind: "danger"
            text: qsTr("Start over")
            onClicked: kiosk.startOver()
        }
    }
}
