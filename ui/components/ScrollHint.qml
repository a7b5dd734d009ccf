import QtQuick
import ".."

// "More below": a list or page that goes on past the bottom says so (a scroll bar alone is easy
// to miss for someone who does not use touchscreens often). It lies over the bottom of the list
// rather than taking a row of the layout: a hint that took space would shrink the list, which
// changes whether there is more below (a polish loop when the content is just the right length).
Rectangle {
    id: hint
    required property Flickable flick
    readonly property bool more: flick.contentHeight > flick.height + 4 && flick.contentY + flick.height < flick.contentHeight - 4
    objectName: "scrollHint"
    parent: flick
    anchors.left: parent.left
    anchors.right: parent.right
    anchors.bottom: parent.bottom
    anchors.rightMargin: 24  // clear of the scroll bar
    visible: more
    height: 56
    color: Theme.background
    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        text: qsTr("More below: slide up to see it ▼")
        color: Theme.brand
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.bold: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        // Not spoken: speech reads the whole page, scrolled or not.
        property string spokenText: ""
    }
}
