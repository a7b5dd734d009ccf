import QtQuick
import QtQuick.Controls
import "."
import "screens"

// Welcome, drawn before the kiosk exists (kiosk/qt/boot.py): the same WelcomeScreen, with the
// words the kiosk had when it last started. It takes no input; the kiosk's own window replaces
// it within a second.
ApplicationWindow {
    id: root
    objectName: "bootWindow"
    width: 1920
    height: 1080
    flags: fullScreen ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    visible: true
    color: Theme.brand
    title: qsTr("Clinic kiosk")

    required property string brand
    required property string helpLocation
    required property string language
    required property var languages
    required property bool training
    required property bool fullScreen  // as the kiosk's own window (kiosk/app.py, show())

    Binding { target: Theme; property: "portrait"; value: root.width < root.height }

    // What WelcomeScreen reads of the kiosk, as it stood at the last start: values only.
    QtObject {
        id: lastLook
        readonly property string brand: root.brand
        readonly property string helpLocation: root.helpLocation
        readonly property string language: root.language
        readonly property var availableLanguages: root.languages
        readonly property bool largeText: false
        readonly property bool training: root.training
        readonly property QtObject helpRequest: QtObject { readonly property bool requested: false }
    }
    QtObject {
        id: noSpeech
        readonly property bool available: false
        readonly property bool audioMode: false
    }

    Rectangle {
        id: trainingBanner
        visible: root.training
        width: parent.width
        height: visible ? 48 : 0
        color: Theme.training
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: qsTr("TRAINING - no real appointments")
            color: Theme.textOnTraining
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.bold: true
        }
    }
    WelcomeScreen {
        anchors.top: trainingBanner.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        session: lastLook
        staff: null
        speech: noSpeech
    }
    // Nothing here acts on a tap: the kiosk's window, a moment away, does.
    MouseArea {
        anchors.fill: parent
        z: 1000
        acceptedButtons: Qt.AllButtons
        Accessible.ignored: true
    }
}
