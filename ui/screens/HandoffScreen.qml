import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."
import "../components"

// The kiosk's bar above the DexCare page: Help, text size, language and "Start over" stay
// reachable; the clinic and time stay in sight. The page itself lives in Main.qml (its lifetime
// is the web session's, not this screen's).
Rectangle {
    id: screen
    required property var session
    required property var walkIn
    color: Theme.surface
    implicitHeight: column.implicitHeight
    ColumnLayout {
        id: column
        width: parent.width
        spacing: 0
        KioskBar { Layout.fillWidth: true; session: screen.session; showBack: false }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin / 2
            Layout.rightMargin: Theme.margin / 2
            Layout.topMargin: 8
            Layout.bottomMargin: 8
            spacing: Theme.gap
            KText { objectName: "handoffStep"; text: screen.session.stepText; font.bold: true; color: Theme.brand; wrapMode: Text.NoWrap }
            KText { objectName: "handoffClinic"; Layout.fillWidth: true; text: screen.walkIn.placeName; font.bold: true; elide: Text.ElideRight; wrapMode: Text.NoWrap }
            KText { objectName: "handoffTime"; text: screen.walkIn.chosenTime; color: Theme.muted; wrapMode: Text.NoWrap }
            BusyIndicator {
                objectName: "handoffProgress"
                running: screen.walkIn.webLoading
                visible: running
                implicitWidth: 56; implicitHeight: 56
                Accessible.name: qsTr("Loading the booking page")
            }
        }
        Rectangle { Layout.fillWidth: true; height: 2; color: Theme.line }
    }
}
