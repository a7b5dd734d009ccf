import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Staff took the kiosk out of service: say so kindly, in every language at once, and where to go.
Rectangle {
    id: screen
    required property var session
    required property var staff
    color: Theme.brand
    StaffCorner { anchors.left: parent.left; anchors.top: parent.top; session: screen.session; staff: screen.staff }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1400)
        spacing: Theme.gap * 2
        KText {
            Layout.fillWidth: true
            text: screen.session.brand
            color: Theme.textOnBrand
            font.pixelSize: Theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        Repeater {
            model: screen.session.outOfServiceTexts
            ColumnLayout {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                KText {
                    objectName: "outOfServiceTitle_" + index
                    Layout.fillWidth: true
                    text: modelData.title
                    color: Theme.textOnBrand
                    font.pixelSize: Theme.heroSize * 0.75
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                }
                KText {
                    Layout.fillWidth: true
                    text: modelData.body
                    color: Theme.textOnBrand
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
