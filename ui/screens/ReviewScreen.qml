import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// Everything before it is sent, each section with its own Edit button (member id masked).
ScreenPage {
    id: page
    required property var booking
    title: qsTr("Please check your appointment")
    titleName: "reviewTitle"
    subtitle: qsTr("Tap Edit to change anything. Nothing is booked until you tap Book.")
    // Two columns on a wide screen, so the whole appointment can be read without scrolling.
    GridLayout {
        id: grid
        Layout.fillWidth: true
        columns: page.width >= 1500 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap / 2
    Repeater {
        model: page.booking.reviewSections
        Rectangle {
            id: section
            required property var modelData
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: (grid.width - grid.columnSpacing * (grid.columns - 1)) / grid.columns
            implicitHeight: row.implicitHeight + Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line
            border.width: 2
            RowLayout {
                id: row
                x: Theme.gap; y: Theme.gap / 2
                width: parent.width - 2 * Theme.gap
                spacing: Theme.gap
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    KText { Layout.fillWidth: true; text: section.modelData.title; font.bold: true; color: Theme.brand; Accessible.role: Accessible.Heading }
                    Repeater {
                        model: section.modelData.lines
                        KText { required property string modelData; Layout.fillWidth: true; text: modelData; phi: true }
                    }
                }
                KButton {
                    objectName: "edit_" + section.modelData.step
                    kind: "secondary"
                    minHeight: Theme.touchMin + 16
                    text: qsTr("Edit")
                    Accessible.name: qsTr("Edit %1").arg(section.modelData.title)
                    onClicked: page.booking.edit(section.modelData.step)
                }
            }
        }
    }
    }
    footer: KButton {
        objectName: "submitButton"
        Layout.preferredWidth: 620
        minHeight: Theme.buttonHeight
        enabled: page.booking.canSubmit
        text: qsTr("Book this appointment")
        onClicked: page.booking.submit()
    }
}
