import QtQuick
import QtQuick.Layouts
import ".."
import "../components"

ScreenPage {
    id: page
    required property var providers
    title: qsTr("What kind of visit?")
    titleName: "visitTypesTitle"
    subtitle: page.providers.providerName
    Repeater {
        model: page.providers.visitTypes
        ChoiceCard {
            required property var modelData
            objectName: "visitType_" + modelData.id
            title: modelData.name
            subtitle: modelData.description
            onClicked: page.providers.chooseVisitType(modelData.id)
        }
    }
}
