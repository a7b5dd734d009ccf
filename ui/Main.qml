import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "."
import "components"
import "screens"

ApplicationWindow {
    id: root
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    color: Theme.background
    title: qsTr("Clinic kiosk")

    Binding { target: Theme; property: "textScale"; value: kiosk.largeText ? 1.3 : 1.0 }

    // For the tour, the benchmark and the end-to-end tests (kiosk/qt/driver.py): where is the
    // visible item called `name`? Searched by the visual tree, since list delegates are not QObject
    // children, and answered in plain values, so no Python wrapper outlives a QML item.
    // Every text the scene holds, shown or not (the privacy test looks for a patient's name in it).
    function allText() {
        const out = []
        const stack = [root.contentItem]
        while (stack.length) {
            const it = stack.pop()
            if (it.text !== undefined && it.text !== null) out.push(String(it.text))
            for (let i = 0; i < it.children.length; ++i) stack.push(it.children[i])
        }
        return out.join("\n")
    }

    // Scroll the item called `name` into its scrolling page's view (a finger would scroll first).
    function reveal(name) {
        const stack = [root.contentItem]
        while (stack.length) {
            const it = stack.pop()
            if (it.objectName === name && it.visible) {
                for (let p = it.parent; p; p = p.parent) {
                    if (p.contentY !== undefined && p.contentHeight !== undefined && p.flickableDirection !== undefined) {
                        const y = it.mapToItem(p.contentItem, 0, 0).y
                        if (y < p.contentY + 20 || y + it.height > p.contentY + p.height - 20)
                            p.contentY = Math.max(0, Math.min(y - p.height / 3, p.contentHeight - p.height))
                        break
                    }
                }
                return true
            }
            for (let i = it.children.length - 1; i >= 0; --i) stack.push(it.children[i])
        }
        return false
    }

    function probe(name) {
        const stack = [root.contentItem]
        while (stack.length) {
            const it = stack.pop()
            if (it.objectName === name && it.visible && it.width > 0 && it.height > 0 && it.opacity > 0) {
                const c = it.mapToItem(null, it.width / 2, it.height / 2)
                return {found: true, x: c.x, y: c.y, width: it.width, height: it.height,
                        text: it.text === undefined ? "" : String(it.text), active: !!it.active,
                        enabled: it.enabled, hints: it.inputMethodHints === undefined ? -1 : it.inputMethodHints}
            }
            for (let i = it.children.length - 1; i >= 0; --i) stack.push(it.children[i])
        }
        return {found: false}
    }


    readonly property var screens: ({
        "welcome": welcome, "care": care, "clinics": clinics, "times": times, "handoff": handoff, "done": done,
        "providers": providers, "visit_types": visitTypes, "provider_times": times, "who": who,
        "patient": form, "guardian": form, "reason": form, "payment": form, "review": review,
        "booking": booking, "confirmed": confirmed, "outcome": outcome,
        "staff": staffPanel, "out_of_service": outOfService
    })
    Component { id: welcome; WelcomeScreen { } }
    Component { id: care; CareChoiceScreen { } }
    Component { id: clinics; ClinicListScreen { } }
    Component { id: times; TimePickerScreen { } }
    Component { id: handoff; HandoffScreen { } }
    Component { id: done; DoneScreen { } }
    Component { id: providers; ProviderListScreen { } }
    Component { id: visitTypes; VisitTypeScreen { } }
    Component { id: who; WhoScreen { } }
    Component { id: form; FormScreen { } }
    Component { id: review; ReviewScreen { } }
    Component { id: booking; BookingScreen { } }
    Component { id: confirmed; ConfirmedScreen { } }
    Component { id: outcome; OutcomeScreen { } }
    Component { id: staffPanel; StaffScreen { } }
    Component { id: outOfService; OutOfServiceScreen { } }

    Rectangle {
        id: trainingBanner
        objectName: "trainingBanner"
        visible: kiosk.training
        z: 100  // above every overlay too: a trainee never wonders whether this is real
        width: parent.width
        height: visible ? 48 : 0
        color: Theme.training
        Text {
            anchors.centerIn: parent
            text: qsTr("TRAINING - no real appointments")
            color: Theme.textOnTraining
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    // Everything above the keyboard: when the keyboard opens, this area shrinks (nothing is covered).
    Item {
        id: content
        anchors.top: trainingBanner.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: root.keyboardUp ? root.keyboard.keyboardHeight : 0

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: kiosk.screen === "handoff" ? 140 : parent.height
            sourceComponent: root.screens[kiosk.screen]
        }

        Loader {
            id: webLoader
            objectName: "webLoader"
            anchors.top: screenLoader.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            visible: kiosk.screen === "handoff"
            active: webSession.viewWanted
            // Its own file, so QtWebEngine's QML loads with the first hand-off, not at start-up.
            source: "components/HandoffWebView.qml"
        }
        Connections {
            target: webLoader.item
            ignoreUnknownSignals: true
            function onJsDialogRequested(request, alert) { jsDialog.show(request, alert) }
        }

        // Network errors: plain words, and both ways forward; nothing the patient chose is lost.
        Overlay {
            objectName: "errorOverlay"
            visible: kiosk.errorKind !== ""
            ColumnLayout {
                x: Theme.margin; y: Theme.margin
                width: parent.width - 2 * Theme.margin
                spacing: Theme.gap
                KText { objectName: "errorTitle"; Layout.fillWidth: true; text: kiosk.errorTitle; font.pixelSize: Theme.titleSize * 0.8; font.bold: true }
                KText { Layout.fillWidth: true; text: kiosk.errorBody }
                KText { Layout.fillWidth: true; visible: kiosk.supportCode !== ""; text: qsTr("Support code: %1").arg(kiosk.supportCode); color: Theme.muted }
                RowLayout {
                    spacing: Theme.gap
                    KButton { objectName: "retryButton"; visible: kiosk.canRetry || kiosk.screen === "handoff"; text: qsTr("Try again"); onClicked: kiosk.retry() }
                    KButton { objectName: "errorStartOverButton"; kind: "secondary"; text: qsTr("Start over"); onClicked: kiosk.startOver() }
                }
            }
        }
    }

    // The on-screen keyboard loads just after the first frame (its QML is heavy), and follows the
    // language; it never predicts or learns what is typed.
    Loader {
        id: keyboardLoader
        objectName: "keyboardLoader"
        z: 99
        anchors.fill: parent
        asynchronous: true
        active: false
        source: "components/Keyboard.qml"
        Component.onCompleted: Qt.callLater(() => active = true)
    }
    readonly property var keyboard: keyboardLoader.item
    readonly property bool keyboardUp: keyboard !== null && keyboard.active
    Connections {
        target: keyboardLoader.item
        // The page above just got shorter: keep the field being typed into in sight.
        function onOpened() {
            if (webLoader.item && kiosk.screen === "handoff")
                webLoader.item.runJavaScript("document.activeElement && document.activeElement.scrollIntoView({block: 'center'})")
        }
    }

    // The page's own alert/confirm/prompt, shown in kiosk style (never a desktop dialog).
    Overlay {
        id: jsDialog
        objectName: "jsDialog"
        z: 95
        property var request: null
        property bool alert: true
        function show(r, isAlert) { request = r; alert = isAlert; visible = true }
        function close(ok) { if (request) { ok ? request.dialogAccept() : request.dialogReject() } request = null; visible = false }
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "jsDialogText"; Layout.fillWidth: true; text: jsDialog.request ? jsDialog.request.message : "" }
            RowLayout {
                spacing: Theme.gap
                KButton { objectName: "jsDialogOk"; text: qsTr("OK"); onClicked: jsDialog.close(true) }
                KButton {
                    objectName: "jsDialogCancel"
                    kind: "secondary"
                    visible: jsDialog.request !== null && !jsDialog.alert
                    text: qsTr("Cancel")
                    onClicked: jsDialog.close(false)
                }
            }
        }
    }

    // "Are you still there?": at least 20 seconds to answer, with one big button.
    Overlay {
        objectName: "idleOverlay"
        z: 97
        visible: kiosk.idleWarning
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "idleTitle"; Layout.fillWidth: true; text: qsTr("Are you still there?"); font.pixelSize: Theme.titleSize; font.bold: true }
            KText {
                objectName: "idleCountdown"
                Layout.fillWidth: true
                text: qsTr("For your privacy, this screen will clear in %n second(s).", "", kiosk.idleSecondsLeft)
            }
            RowLayout {
                spacing: Theme.gap
                KButton { objectName: "moreTimeButton"; minHeight: Theme.bigButtonHeight; text: qsTr("I need more time"); onClicked: kiosk.stillHere() }
                KButton { objectName: "idleStartOverButton"; kind: "secondary"; text: qsTr("Start over"); onClicked: kiosk.startOver() }
            }
        }
    }

    // Staff PIN: big digits, shown as dots, typed on our own buttons (no keyboard ever sees it).
    Overlay {
        id: pinPad
        objectName: "pinPad"
        z: 96
        visible: staff.padOpen
        cardWidth: 760
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "pinMessage"; Layout.fillWidth: true; text: staff.padMessage; font.pixelSize: Theme.titleSize * 0.6; font.bold: true; horizontalAlignment: Text.AlignHCenter }
            KText {
                objectName: "pinDots"
                Layout.fillWidth: true
                text: "●".repeat(staff.pinLength) + "○".repeat(Math.max(0, 4 - staff.pinLength))
                font.pixelSize: Theme.titleSize
                horizontalAlignment: Text.AlignHCenter
                Accessible.name: qsTr("%n digit(s) entered", "", staff.pinLength)
            }
            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: 3
                rowSpacing: 12
                columnSpacing: 12
                enabled: staff.available && staff.lockedSeconds === 0
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                    KButton { required property string modelData; objectName: "pin_" + modelData; implicitWidth: 170; minHeight: 110; fontSize: Theme.titleSize * 0.8; text: modelData; onClicked: staff.digit(modelData) }
                }
                KButton { objectName: "pinErase"; implicitWidth: 170; minHeight: 110; kind: "secondary"; text: "⌫"; Accessible.name: qsTr("Delete a digit"); onClicked: staff.erase() }
                KButton { objectName: "pin_0"; implicitWidth: 170; minHeight: 110; fontSize: Theme.titleSize * 0.8; text: "0"; onClicked: staff.digit("0") }
                KButton { objectName: "pinOk"; implicitWidth: 170; minHeight: 110; text: qsTr("OK"); onClicked: staff.submit() }
            }
            KButton { objectName: "pinCancel"; Layout.alignment: Qt.AlignHCenter; kind: "secondary"; text: qsTr("Cancel"); onClicked: staff.closePad() }
        }
    }

    Overlay {
        objectName: "apologyOverlay"
        z: 98
        visible: kiosk.apology
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "apologyTitle"; Layout.fillWidth: true; text: qsTr("Sorry, let's start again."); font.pixelSize: Theme.titleSize; font.bold: true }
            KText { Layout.fillWidth: true; text: qsTr("Something went wrong on this kiosk. Nothing you entered was kept.") }
            KButton { objectName: "apologyOkButton"; text: qsTr("OK"); onClicked: kiosk.dismissApology() }
        }
    }
}
