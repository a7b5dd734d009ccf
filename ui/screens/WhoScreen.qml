import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

ScreenPage {
    id: page
    required property var form
    title: qsTr("Who is this visit for?")
    titleName: "whoTitle"
    ChoiceCard {
        objectName: "forMeButton"
        title: qsTr("Me")
        subtitle: qsTr("I am the patient")
        onClicked: page.form.chooseWho(false)
    }
    ChoiceCard {
        objectName: "forSomeoneElseButton"
        title: qsTr("Someone else")
        subtitle: qsTr("A child, or a person I care for")
        onClicked: page.form.chooseWho(true)
    }
}
