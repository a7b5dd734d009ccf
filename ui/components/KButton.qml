import QtQuick
import QtQuick.Controls
import ".."

// The one touch button: big, high-contrast, named for screen readers.
Button {
    id: control
    property string kind: "primary"   // primary | secondary | danger | quiet
    property int minHeight: Theme.buttonHeight
    property int fontSize: Theme.buttonSize
    // A key of the PIN pad: never takes focus, so no ring shows onlookers the digit last pressed.
    property bool secret: false
    // What speech says for it, where its text alone would not do (a symbol, a mark of choice).
    property string spokenName: ""
    implicitHeight: Math.max(minHeight, contentItem.implicitHeight + 32)
    implicitWidth: Math.max(220, contentItem.implicitWidth + 72)
    focusPolicy: secret ? Qt.NoFocus : Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font.family: Theme.fontFamily
        font.pixelSize: control.fontSize
        font.bold: true
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: control.kind === "primary" ? Theme.textOnBrand
             : control.kind === "danger" ? Theme.textOnDanger : Theme.brand
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.line
             : control.kind === "primary" ? (control.down ? Theme.brandDark : Theme.brand)
             : control.kind === "danger" ? Theme.danger
             : (control.down ? Theme.background : Theme.surface)
        border.width: control.activeFocus && !control.secret ? 6 : (control.kind === "secondary" ? 3 : 0)
        border.color: control.activeFocus && !control.secret ? Theme.focus : Theme.brand
    }
}
