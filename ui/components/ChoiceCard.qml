import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."

// A big tappable card: a title, a plain line under it, optionally a round badge (a provider's
// initials where a photo would go) and a line on the right (the next free time).
ItemDelegate {
    id: card
    property string title
    property string subtitle
    property string detail
    property string aside
    property string asideLabel
    property string badge
    Layout.fillWidth: true
    Layout.maximumWidth: 1400
    implicitHeight: Math.max(Theme.touchMin * 2, row.implicitHeight + 48)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    // Its words for a screen reader and for the kiosk's own speech (Main.qml's narration()).
    readonly property string spokenName: [title, subtitle, detail, asideLabel, aside].filter(s => s !== "").join(". ")
    Accessible.name: spokenName
    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.background : Theme.surface
        border.width: 3
        border.color: card.activeFocus ? Theme.focus : Theme.brand
    }
    contentItem: RowLayout {
        id: row
        spacing: Theme.gap
        Rectangle {
            visible: card.badge !== ""
            Layout.leftMargin: Theme.gap
            implicitWidth: 104; implicitHeight: 104; radius: 52
            color: Theme.brand
            Accessible.ignored: true
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: card.badge
                color: Theme.textOnBrand
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize * 0.7
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: card.badge === "" ? Theme.gap : 0
            spacing: 6
            KText { Layout.fillWidth: true; text: card.title; font.pixelSize: Theme.titleSize * 0.6; font.bold: true; color: Theme.brand }
            KText { Layout.fillWidth: true; visible: text !== ""; text: card.subtitle; color: Theme.muted }
            KText { Layout.fillWidth: true; visible: text !== ""; text: card.detail; color: Theme.muted; font.pixelSize: Theme.smallSize }
        }
        ColumnLayout {
            visible: card.aside !== ""
            Layout.preferredWidth: 440
            Layout.rightMargin: Theme.gap
            KText { Layout.fillWidth: true; text: card.asideLabel; color: Theme.muted; horizontalAlignment: Text.AlignRight }
            KText { Layout.fillWidth: true; text: card.aside; font.bold: true; horizontalAlignment: Text.AlignRight }
        }
    }
}
