import QtQuick
import QtQuick.Layouts
import ".."

// Typing with a keypad's arrows (kiosk/qt/letterboard.py): the keys a field takes, the one the
// arrows are on in the focus colour. The field above keeps the focus and shows what is typed;
// a finger on a key types it too, and Done (a key like the others) closes it. As low as it can
// be, so the form above keeps room for the field and its label.
Rectangle {
    id: area
    required property var board
    objectName: "letterBoard"
    visible: board.shown
    color: Theme.surface
    implicitHeight: column.implicitHeight + 24
    height: visible ? implicitHeight : 0
    Rectangle { anchors.top: parent.top; width: parent.width; height: 2; color: Theme.line }
    MouseArea { anchors.fill: parent; onClicked: {} }  // between keys: nothing underneath
    ColumnLayout {
        id: column
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(parent.width - Theme.margin, Math.max(1000, area.board.columns * 150))
        spacing: 8
        KText {
            objectName: "letterBoardHint"
            Layout.fillWidth: true
            text: qsTr("Letter board: the arrows move, Enter types the key shown in yellow. Done closes it.")
            font.pixelSize: Theme.smallSize
            horizontalAlignment: Text.AlignHCenter
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: area.board.columns * 150
            Layout.alignment: Qt.AlignHCenter
            columns: area.board.columns
            rowSpacing: 6
            columnSpacing: 8
            Repeater {
                model: area.board.keys
                Rectangle {
                    required property var modelData
                    required property int index
                    readonly property bool current: index === area.board.current
                    objectName: "boardKey_" + index
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchMin, keyText.implicitHeight + 12)
                    radius: Theme.radius / 2
                    color: current ? Theme.brand : Theme.surface
                    border.width: current ? 6 : 3
                    border.color: current ? Theme.focus : Theme.brand
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.name
                    Text {
                        textFormat: Text.PlainText
                        id: keyText
                        anchors.centerIn: parent
                        text: parent.modelData.label
                        color: parent.current ? Theme.textOnBrand : Theme.brand
                        font.family: Theme.fontFamily
                        // A word ("Space", "Espacio") in a smaller size than a letter, to fit.
                        font.pixelSize: text.length > 2 ? Theme.smallSize : Theme.buttonSize
                        font.bold: true
                    }
                    MouseArea { anchors.fill: parent; onClicked: area.board.tap(parent.index) }
                }
            }
        }
    }
}
