import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

ScreenPage {
    title: qsTr("Who is this visit for?")
    titleName: "whoTitle"
    subtitle: kiosk.providerName + " · " + kiosk.chosenTime
    ChoiceCard {
        objectName: "forMeButton"
        title: qsTr("Me")
        subtitle: qsTr("I am the patient")
        onClicked: kiosk.chooseWho(false)
    }
    ChoiceCard {
        objectName: "forSomeoneElseButton"
        title: qsTr("Someone else")
        subtitle: qsTr("A child, or a person I care for")
        onClicked: kiosk.chooseWho(true)
    }
}
