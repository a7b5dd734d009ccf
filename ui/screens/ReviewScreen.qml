import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Everything before it is sent, each section with its own Edit button (member id masked).
ScreenPage {
    title: qsTr("Please check your appointment")
    titleName: "reviewTitle"
    subtitle: qsTr("Tap Edit to change anything. Nothing is booked until you tap Book.")
    Repeater {
        model: kiosk.reviewSections
        Rectangle {
            id: section
            required property var modelData
            Layout.fillWidth: true
            Layout.maximumWidth: 1500
            implicitHeight: row.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line
            border.width: 2
            RowLayout {
                id: row
                x: Theme.gap; y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: Theme.gap
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    KText { Layout.fillWidth: true; text: section.modelData.title; font.bold: true; color: Theme.brand; Accessible.role: Accessible.Heading }
                    Repeater {
                        model: section.modelData.lines
                        KText { required property string modelData; Layout.fillWidth: true; text: modelData }
                    }
                }
                KButton {
                    objectName: "edit_" + section.modelData.step
                    kind: "secondary"
                    minHeight: Theme.touchMin + 16
                    text: qsTr("Edit")
                    Accessible.name: qsTr("Edit %1").arg(section.modelData.title)
                    onClicked: kiosk.edit(section.modelData.step)
                }
            }
        }
    }
    KButton {
        objectName: "submitButton"
        Layout.topMargin: Theme.gap
        Layout.preferredWidth: 620
        minHeight: Theme.bigButtonHeight
        enabled: kiosk.canSubmit
        text: qsTr("Book this appointment")
        onClicked: kiosk.submit()
    }
}
