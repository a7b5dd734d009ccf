import QtQuick
import QtQuick.Layouts
import ".."

// Typing with a keypad's arrows (kiosk/qt/letterboard.py): the keys a field takes, the one the
// arrows are on in the focus colour. The field above keeps the focus and shows what is typed;
// a finger on a key types it too.
Rectangle {
    id: area
    required property var board
    objectName: "letterBoard"
    visible: board.shown
    color: Theme.surface
    implicitHeight: column.implicitHeight + 32
    height: visible ? implicitHeight : 0
    Rectangle { anchors.top: parent.top; width: parent.width; height: 2; color: Theme.line }
    MouseArea { anchors.fill: parent; onClicked: {} }  // between keys: nothing underneath
    ColumnLayout {
        id: column
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(parent.width - Theme.margin, area.board.columns * 150)
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KText {
                objectName: "letterBoardHint"
                Layout.fillWidth: true
                text: qsTr("Letter board: the arrows move, Enter types the key shown in yellow.")
                font.pixelSize: Theme.smallSize
            }
            KButton {
                objectName: "letterBoardClose"
                kind: "secondary"
                focusPolicy: Qt.NoFocus  // the field keeps the focus
                text: qsTr("Close")
                onClicked: area.board.close()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: area.board.columns
            rowSpacing: 8
            columnSpacing: 8
            Repeater {
                model: area.board.keys
                Rectangle {
                    required property var modelData
                    required property int index
                    readonly property bool current: index === area.board.current
                    objectName: "boardKey_" + index
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchMin + 8, keyText.implicitHeight + 16)
                    radius: Theme.radius / 2
                    color: current ? Theme.brand : Theme.surface
                    border.width: current ? 6 : 3
                    border.color: current ? Theme.focus : Theme.brand
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.name
                    Text {
                        id: keyText
                        anchors.centerIn: parent
                        text: parent.modelData.label
                        color: parent.current ? Theme.textOnBrand : Theme.brand
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.buttonSize
                        font.bold: true
                    }
                    MouseArea { anchors.fill: parent; onClicked: area.board.tap(parent.index) }
                }
            }
        }
    }
}
