import QtQuick
import QtQuick.Layouts
import ".."

// The strip at the top of every screen after Welcome: brand, language, "Start over".
Rectangle {
    id: bar
    property bool showBack: true
    property bool showStartOver: true
    signal backTapped()
    color: Theme.surface
    implicitHeight: 120
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 2; color: Theme.line }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.gap
        KButton {
            objectName: "backButton"
            visible: bar.showBack
            kind: "secondary"
            text: qsTr("Back")
            onClicked: bar.backTapped()
        }
        Rectangle {
            objectName: "assistingBadge"
            visible: kiosk.assisted
            implicitWidth: badgeText.implicitWidth + 40
            implicitHeight: 64
            radius: 32
            color: Theme.success
            Text {
                id: badgeText
                anchors.centerIn: parent
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
            Layout.fillWidth: true
            text: kiosk.brand
            font.pixelSize: Theme.titleSize * 0.6
            font.bold: true
            color: Theme.brand
            elide: Text.ElideRight
            wrapMode: Text.NoWrap
        }
        LanguageSwitch { }
        KButton {
            objectName: "startOverButton"
            visible: bar.showStartOver
            kind: "danger"
            text: qsTr("Start over")
            onClicked: kiosk.startOver()
        }
    }
}
