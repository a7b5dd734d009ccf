import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt Virtual Keyboard inside the scene. When it opens, Main.qml shrinks the content above it,
// so the field being typed into is pushed up, never covered.
Item {
    id: area
    readonly property alias active: panel.active
    readonly property real keyboardHeight: panel.active ? panel.height : 0
    property string language: "en"  // the kiosk's (Main.qml binds it)
    signal opened()

    Binding { target: VirtualKeyboardSettings; property: "locale"; value: area.language === "es" ? "es_MX" : "en_US" }
    Binding { target: VirtualKeyboardSettings; property: "activeLocales"; value: ["en_US", "es_MX"] }

    InputPanel {
        id: panel
        objectName: "keyboard"
        // Not wider than a comfortable reach: a full-width keyboard at 1080p takes half the
        // screen. Its height follows its width, so in landscape it is no wider than the screen is
        // high, which leaves the form above it room for the field and its neighbours.
        width: Math.min(area.width, 1400, area.height)
        x: (area.width - width) / 2
        y: active ? area.height - height : area.height
        onActiveChanged: if (active) area.opened()
    }
}
