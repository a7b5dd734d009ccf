import QtQuick
import QtQuick.Layouts
import ".."

// Where am I: "Step 3 of 8: Time" with a bar of steps, and what is already chosen (the clinic or
// provider, the time), from the moment it is chosen to the confirmation.
Rectangle {
    id: header
    required property var session
    visible: session.stepNumber > 0 || session.summaryPlace !== ""
    color: Theme.background
    implicitHeight: visible ? column.implicitHeight + 24 : 0
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 8
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.gap
            rowSpacing: 4
            KText {
                objectName: "stepText"
                visible: header.session.stepNumber > 0
                text: header.session.stepText
                font.bold: true
                color: Theme.brand
                Accessible.role: Accessible.StaticText
            }
            KText {
                objectName: "summaryStrip"
                Layout.fillWidth: true
                visible: text !== ""
                text: [header.session.summaryPlace, header.session.summaryTime].filter(s => s !== "").join(" · ")
                horizontalAlignment: Theme.portrait ? Text.AlignLeft : Text.AlignRight
                // Two lines before anything is cut, and then only at the end: cut in the middle,
                // "Evergreen Family Medici…n Anne" lost the clinic's own name.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.ink
            }
        }
        // The steps as a bar: done, this one, to come.
        RowLayout {
            objectName: "stepBar"
            Layout.fillWidth: true
            visible: header.session.stepCount > 0
            spacing: 6
            Accessible.ignored: true
            Repeater {
                model: header.session.stepCount
                Rectangle {
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: 10
                    radius: 5
                    color: index < header.session.stepNumber ? Theme.brand : Theme.line
                }
            }
        }
    }
}
