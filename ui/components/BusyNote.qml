import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."

// "Working on it" for every network wait: a spinner and a plain sentence.
RowLayout {
    property alias text: label.text
    spacing: Theme.gap
    BusyIndicator { running: parent.visible; implicitWidth: 64; implicitHeight: 64; Accessible.name: label.text }
    KText { id: label; Layout.fillWidth: true; color: Theme.muted }
}
