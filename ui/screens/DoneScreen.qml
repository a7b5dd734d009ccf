import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

// The walk-in is booked on DexCare's page: where and when, then back to Welcome by itself.
Rectangle {
    id: screen
    required property var session
    required property var walkIn
    color: Theme.background
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1300)
        spacing: Theme.gap * 1.5
        OutcomeMark { Layout.alignment: Qt.AlignHCenter; tone: "booked" }
        KText {
            objectName: "doneTitle"
            Layout.fillWidth: true
            text: qsTr("Thank you! Your visit is booked.")
            font.pixelSize: Theme.heroSize
            font.bold: true
            color: Theme.success
            horizontalAlignment: Text.AlignHCenter
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: details.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line
            border.width: 2
            ColumnLayout {
                id: details
                x: Theme.gap; y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: 8
                KText { objectName: "doneWhen"; Layout.fillWidth: true; text: screen.walkIn.chosenTime; font.pixelSize: Theme.titleSize * 0.7; font.bold: true }
                KText { objectName: "doneClinic"; Layout.fillWidth: true; text: screen.walkIn.placeName }
                KText { Layout.fillWidth: true; text: screen.walkIn.placeAddress; color: Theme.muted }
            }
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("Please take a seat. We will call you when it is your turn.")
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            objectName: "doneCountdown"
            Layout.fillWidth: true
            text: qsTr("This screen will return to the start in %n second(s).", "", screen.session.endingSecondsLeft)
            color: Theme.muted
            horizontalAlignment: Text.AlignHCenter
        }
        Flow {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap
            KButton { objectName: "finishButton"; width: 420; text: qsTr("Finish"); onClicked: screen.session.finish() }
            KButton { objectName: "doneMoreTimeButton"; width: 420; kind: "secondary"; text: qsTr("I need more time"); onClicked: screen.session.moreTime() }
        }
    }
}
