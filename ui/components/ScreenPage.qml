import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."

// The frame of a content screen: the kiosk bar, where the patient is (step and summary), a title
// and a line under it, a scrolling body, and a footer that always shows the screen's main button
// (Next, Book), whatever the body's length or the keyboard.
Rectangle {
    id: page
    required property var session
    property string title
    property string subtitle
    property string titleName: ""
    property bool emergency: false  // "If this is an emergency, call 911 or tell staff now."
    default property alias body: column.data
    property alias footer: footerRow.data
    property alias flick: flick
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        KioskBar { Layout.fillWidth: true; session: page.session }
        JourneyHeader { Layout.fillWidth: true; session: page.session }
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight + 2 * Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 24; policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
            ColumnLayout {
                id: column
                x: Theme.margin
                y: Theme.margin / 2
                width: flick.width - 2 * Theme.margin - 24
                spacing: Theme.gap
                KText { objectName: page.titleName; Layout.fillWidth: true; text: page.title; font.pixelSize: Theme.titleSize; font.bold: true; Accessible.role: Accessible.Heading }
                KText { Layout.fillWidth: true; visible: text !== ""; text: page.subtitle; color: Theme.muted }
                EmergencyNotice { visible: page.emergency }
            }
        }
        ScrollHint { flick: flick }
        Rectangle {
            Layout.fillWidth: true
            visible: footerRow.children.length > 0
            implicitHeight: visible ? footerRow.implicitHeight + 32 : 0
            color: Theme.surface
            Rectangle { width: parent.width; height: 2; color: Theme.line }
            RowLayout {
                id: footerRow
                anchors.left: parent.left
                anchors.leftMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.gap
            }
        }
    }
}
