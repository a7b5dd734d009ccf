import QtQuick
import QtQuick.Layouts
import ".."

// The strip at the top of every screen after Welcome: Back, the brand, Help, text size, the
// language and "Start over" are always within reach. In portrait it takes two rows.
Rectangle {
    id: bar
    required property var session
    property bool showBack: session.canGoBack
    property bool showStartOver: true
    signal backTapped()
    onBackTapped: session.back()
    color: Theme.surface
    implicitHeight: grid.implicitHeight + 24
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 2; color: Theme.line }
    GridLayout {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        columns: Theme.portrait ? 3 : 6
        columnSpacing: Theme.gap / 2
        rowSpacing: 12
        KButton {
            objectName: "backButton"
            visible: bar.showBack
            kind: "secondary"
            text: qsTr("Back")
            onClicked: bar.backTapped()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Rectangle {
                objectName: "assistingBadge"
                visible: bar.session.assisted
                // In portrait the bar's columns are shared with the buttons below: a narrow badge,
                // on two lines if need be, keeps "Start over" on the screen.
                implicitWidth: Math.min(badgeText.implicitWidth + 40, Theme.portrait ? 240 : 600)
                implicitHeight: Math.max(64, badgeText.paintedHeight + 12)
                radius: 32
                color: Theme.success
                Text {
                    textFormat: Text.PlainText
                    id: badgeText
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, parent.width - 32)
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    lineHeight: 0.9
                    text: qsTr("Staff assisting")
                    color: Theme.textOnBrand
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            KText {
                // While staff assist, their badge stands where the brand is: both do not fit
                // beside Spanish buttons.
                visible: !bar.session.assisted
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: bar.session.brand
                font.pixelSize: Theme.titleSize * 0.55
                font.bold: true
                color: Theme.brand
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
            }
        }
        HelpButton { session: bar.session }
        TextSizeButton { session: bar.session }
        LanguageSwitch { session: bar.session }
        KButton {
            objectName: "startOverButton"
            visible: bar.showStartOver
            // In portrait it may give up width (and wrap) rather than run off the screen.
            Layout.fillWidth: Theme.portrait
            Layout.minimumWidth: 160
            kind: "danger"
            text: qsTr("Start over")
            onClicked: bar.session.startOver()
        }
    }
}
