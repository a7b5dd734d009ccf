import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ".."

// A modal card over the whole screen: swallows touches to what lies beneath.
Rectangle {
    id: overlay
    default property alias content: card.data
    property int cardWidth: 1100
    anchors.fill: parent
    color: Theme.scrim
    visible: false
    z: 50
    // A question needs the whole screen: the keyboard must not cover its buttons.
    // In audio mode it is read out as it appears, instead of the screen under it (Main.qml).
    onVisibleChanged: {
        if (!visible) return
        Qt.inputMethod.hide()
        const window = ApplicationWindow.window
        if (window && window.narrate) Qt.callLater(window.narrate)
    }
    MouseArea { anchors.fill: parent; onClicked: {} }
    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(overlay.cardWidth, parent.width - 2 * Theme.margin)
        height: childrenRect.height + 2 * Theme.margin
        radius: Theme.radius * 1.5
        color: Theme.surface
    }
}
