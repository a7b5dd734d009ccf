import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."

// The frame of a content screen: the kiosk bar, a title and a line under it, and a scrolling body.
Rectangle {
    id: page
    property string title
    property string subtitle
    property string titleName: ""
    default property alias body: column.data
    property alias flick: flick
    color: Theme.background
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        KioskBar { Layout.fillWidth: true; showBack: kiosk.canGoBack; onBackTapped: kiosk.back() }
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
                y: Theme.margin
                width: flick.width - 2 * Theme.margin - 24
                spacing: Theme.gap
                KText { objectName: page.titleName; Layout.fillWidth: true; text: page.title; font.pixelSize: Theme.titleSize; font.bold: true; Accessible.role: Accessible.Heading }
                KText { Layout.fillWidth: true; visible: text !== ""; text: page.subtitle; color: Theme.muted }
            }
        }
    }
}
