import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

ScreenPage {
    title: qsTr("What kind of visit?")
    titleName: "visitTypesTitle"
    subtitle: kiosk.providerName
    Repeater {
        model: kiosk.visitTypes
        ChoiceCard {
            required property var modelData
            objectName: "visitType_" + modelData.id
            title: modelData.name
            subtitle: modelData.description
            onClicked: kiosk.chooseVisitType(modelData.id)
        }
    }
}
