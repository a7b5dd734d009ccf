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

    // The view-models (kiosk/app.py sets them); each screen is handed only those it uses.
    required property var session
    required property var walkIn
    required property var providers
    required property var form
    required property var booking
    required property var staff
    required property var web
    required property var speech
    required property var letterBoard

    Binding { target: Theme; property: "textScale"; value: root.session.largeText ? 1.3 : 1.0 }
    Binding { target: Theme; property: "portrait"; value: root.width < root.height }

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
            // what speech says instead
            if (it.spokenText !== undefined) out.push(String(it.spokenText))
            if (it.spokenName !== undefined) out.push(String(it.spokenName))
            for (let i = 0; i < it.children.length; ++i) stack.push(it.children[i])
        }
        return out.join("\n")
    }

    // How each visible text holding `part` is drawn, by its textFormat (0: plain; the untrusted
    // text tests: a string from DexCare, the page or a patient is never parsed as markup).
    function formatsShowing(part) {
        const out = []
        const stack = [root.contentItem]
        while (stack.length) {
            const it = stack.pop()
            if (!it.visible) continue
            if (it.text !== undefined && it.text !== null && String(it.text).indexOf(part) >= 0)
                out.push(it.textFormat === undefined ? -1 : it.textFormat)
            for (let i = 0; i < it.children.length; ++i) stack.push(it.children[i])
        }
        return out
    }

    // Scroll the item called `name` into its scrolling page's view (a finger would scroll first).
    function reveal(name) {
        const stack = [root.contentItem]
        while (stack.length) {
            const it = stack.pop()
            if (it.objectName === name && it.visible) {
                ensureVisible(it)
                return true
            }
            for (let i = it.children.length - 1; i >= 0; --i) stack.push(it.children[i])
        }
        return false
    }

    function ensureVisible(it) {
        for (let p = it.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined && p.flickableDirection !== undefined) {
                const y = it.mapToItem(p.contentItem, 0, 0).y
                if (y < p.contentY + 20 || y + it.height > p.contentY + p.height - 20)
                    p.contentY = Math.max(0, Math.min(y - p.height / 3, p.contentHeight - p.height))
                return
            }
        }
    }

    function probe(name) {
        const stack = [root.contentItem]
        while (stack.length) {
            const it = stack.pop()
            if (it.objectName === name && it.visible && it.width > 0 && it.height > 0 && it.opacity > 0) {
                const c = it.mapToItem(null, it.width / 2, it.height / 2)
                const top = it.mapToItem(null, 0, 0)
                return {found: true, x: c.x, y: c.y, width: it.width, height: it.height, top: top.y,
                        text: it.text === undefined ? "" : String(it.text), active: !!it.active,
                        truncated: !!it.truncated,
                        enabled: it.enabled, hints: it.inputMethodHints === undefined ? -1 : it.inputMethodHints}
            }
            for (let i = it.children.length - 1; i >= 0; --i) stack.push(it.children[i])
        }
        return {found: false}
    }

    // What has the keyboard focus, as plain values for the keypad and the letter board
    // (kiosk/qt/focus.py: Python never holds a QML item).
    function focusInfo() {
        const it = root.activeFocusItem
        if (!it) return {}
        const field = it.cursorPosition !== undefined && it.inputMethodHints !== undefined && it.text !== undefined
        return {name: it.objectName, field: field, oneLine: field && it.echoMode !== undefined,
                button: it.checkable !== undefined && it.pressed !== undefined,
                hints: field ? it.inputMethodHints : 0, cursor: field ? it.cursorPosition : 0,
                length: field ? it.length : 0, before: field ? String(it.text).slice(0, it.cursorPosition) : ""}
    }

    // The web page, for the driver: a script run in it, and a property of its view as a plain
    // value (a Python wrapper of a QML item outlives the item: PySide keeps it).
    function runInPage(script) { if (webLoader.item) webLoader.item.runJavaScript(script) }
    function pageProperty(name) {
        if (!webLoader.item) return null
        const v = webLoader.item[name]
        return name === "url" ? String(v) : v
    }

    // ---------------------------------------------------------------- speech (kiosk/qt/speech.py)
    // What one item says: a button's words, a field's label (its value only through headphones:
    // never a typed value through the lobby's speaker), a text; "" for nothing.
    function spoken(it, privately) {
        if (it.phi === true && !privately) return ""
        if (it.checkable !== undefined && it.pressed !== undefined) {
            const words = String(it.spokenName || it.text || "")
            return words === "" ? "" : qsTr("%1, button").arg(words)
        }
        if (it.echoMode !== undefined && it.placeholderText !== undefined) {
            const label = String(it.spokenLabel || it.placeholderText || "")
            const value = String(it.text || "")
            if (value === "") return qsTr("%1, field, empty").arg(label)
            return privately ? qsTr("%1, field: %2").arg(label).arg(value) : qsTr("%1, field, filled in").arg(label)
        }
        if (it.textFormat !== undefined && it.font !== undefined && it.text)
            return String(it.spokenText !== undefined ? it.spokenText : it.text)
        return ""
    }
    function isControl(it) {
        return (it.checkable !== undefined && it.pressed !== undefined) || it.echoMode !== undefined
    }
    // What is on the screen, in reading order (top to bottom, then left to right): the step,
    // titles, texts, the lists with their length, fields and buttons. An overlay (sorry, are you
    // still there, the PIN pad, an error, help, a list to pick from) is read instead of the
    // screen under it, the topmost first.
    function narration(privately) {
        let top = screenLoader.item
        for (const name of ["apologyOverlay", "idleOverlay", "pinPad", "exitConfirm", "jsDialog", "helpOverlay", "errorOverlay", "picker"]) {
            const o = findItem(name)
            if (o && o.visible) { top = o; break }
        }
        const out = []
        const walk = (it) => {
            if (!it || !it.visible || it.opacity === 0) return
            const said = spoken(it, privately)
            if (said !== "") out.push(said)
            if (isControl(it) && said !== "") return
            if (it.count !== undefined && it.currentIndex !== undefined && it.count > 0)
                out.push(qsTr("A list of %n choice(s).", "", it.count))
            const kids = []
            for (let i = 0; i < it.children.length; ++i) kids.push(it.children[i])
            kids.sort((a, b) => {
                const pa = a.mapToItem(null, 0, 0), pb = b.mapToItem(null, 0, 0)
                return Math.abs(pa.y - pb.y) > 8 ? pa.y - pb.y : pa.x - pb.x
            })
            kids.forEach(walk)
        }
        walk(top)
        if (session.screen === "handoff" && top === screenLoader.item)
            out.push(qsTr("Below is the clinic's own booking page. Up and Down move through it and each part is said as the page names it; on a field, Enter opens a board of letters. Where the page says nothing, press Help and a member of staff will come."))
        return out
    }
    function findItem(name) {
        const stack = [root.contentItem]
        while (stack.length) {
            const it = stack.pop()
            if (it.objectName === name) return it
            for (let i = 0; i < it.children.length; ++i) stack.push(it.children[i])
        }
        return null
    }
    // DexCare's page: the element a key moved the focus to, as the page names it (kiosk/qt/keypad.py
    // asks after Tab, or Up and Down, on the hand-off).
    function describePageFocus() {
        if (!webLoader.item || root.session.screen !== "handoff") return
        webLoader.item.describeFocus(function(found) {
            if (!found) return
            root.letterBoard.pageFocus(found.kind, found.keyboard || "text")
            if (root.speech.audioMode) root.speech.sayFocus(root.pageSpoken(found, root.speech.privateListening))
        })
    }
    function pageSpoken(found, privately) {
        if (found.kind === "") return ""
        if (found.label === "")
            return qsTr("This part of the page does not say what it is. Press Help and a member of staff will come.")
        switch (found.kind) {
        case "field":
            if (found.value === "") return qsTr("%1, field, empty").arg(found.label)
            return privately ? qsTr("%1, field: %2").arg(found.label).arg(found.value) : qsTr("%1, field, filled in").arg(found.label)
        case "button": return qsTr("%1, button").arg(found.label)
        case "link": return qsTr("%1, link").arg(found.label)
        default: return found.label
        }
    }
    function narrate() { if (root.speech.audioMode) root.speech.narrate(narration(root.speech.privateListening)) }
    Connections {
        target: root.session
        function onScreenChanged() { Qt.callLater(root.narrate) }
        function onBusyChanged() { if (!root.session.busy) Qt.callLater(root.narrate) }
        function onIdleChanged() { if (root.session.idleWarning) Qt.callLater(root.narrate) }
    }
    Connections {
        // Next with something missing or wrong: how many, then the screen with each problem
        // beside its field.
        target: root.form
        function onProblemsChanged() {
            const n = Object.keys(root.form.problems).length
            if (root.speech.audioMode && n > 0)
                Qt.callLater(() => root.speech.narrate([qsTr("%n answer(s) to fix.", "", n)].concat(narration(root.speech.privateListening))))
        }
    }
    Connections {
        target: root.speech
        function onAudioStarted() {
            root.speech.sayFocus(qsTr("Speech is on. Tab or the arrow keys move, Enter chooses; on a field, Enter opens a board of letters. Repeat, Pause, Softer and Louder are at the bottom of the screen."))
            root.narrate()
        }
        function onScreenWanted(lead) { root.speech.narrate([lead].concat(root.narration(root.speech.privateListening))) }
    }
    onActiveFocusItemChanged: {
        // A key moved the focus: its ring is scrolled into sight (touch never scrolls by itself).
        if (activeFocusItem && activeFocusItem.focusReason !== undefined
                && (activeFocusItem.focusReason === Qt.TabFocusReason || activeFocusItem.focusReason === Qt.BacktabFocusReason))
            ensureVisible(activeFocusItem)
        if (root.speech.audioMode && activeFocusItem)
            root.speech.sayFocus(spoken(activeFocusItem, root.speech.privateListening))
    }

    // Every screen the journey can be on, with its page (tests/qt/test_screens.py checks the list
    // against kiosk.flow.journey.Screen).
    readonly property var screens: ({
        "welcome": welcome, "care": care, "clinics": clinics, "times": walkInTimes, "handoff": handoff, "done": done,
        "providers": providerList, "visit_types": visitTypes, "provider_times": providerTimes, "who": who,
        "patient": formStep, "contact": formStep, "address": formStep, "guardian": formStep, "reason": formStep,
        "payment": formStep, "holder": formStep, "review": review,
        "booking": bookingWait, "confirmed": confirmed, "outcome": outcome,
        "staff": staffPanel, "out_of_service": outOfService
    })
    Component { id: welcome; WelcomeScreen { session: root.session; staff: root.staff; speech: root.speech } }
    Component { id: care; CareChoiceScreen { session: root.session; walkIn: root.walkIn; providers: root.providers } }
    Component { id: clinics; ClinicListScreen { session: root.session; walkIn: root.walkIn } }
    Component { id: walkInTimes; TimePickerScreen { session: root.session; times: root.walkIn } }
    Component { id: handoff; HandoffScreen { session: root.session; walkIn: root.walkIn } }
    Component { id: done; DoneScreen { session: root.session; walkIn: root.walkIn } }
    Component { id: providerList; ProviderListScreen { session: root.session; providers: root.providers } }
    Component { id: visitTypes; VisitTypeScreen { session: root.session; providers: root.providers } }
    Component { id: providerTimes; TimePickerScreen { session: root.session; times: root.providers } }
    Component { id: who; WhoScreen { session: root.session; form: root.form } }
    Component { id: formStep; FormScreen { session: root.session; form: root.form } }
    Component { id: review; ReviewScreen { session: root.session; booking: root.booking } }
    Component { id: bookingWait; BookingScreen { session: root.session } }
    Component { id: confirmed; ConfirmedScreen { session: root.session; booking: root.booking } }
    Component { id: outcome; OutcomeScreen { session: root.session; booking: root.booking } }
    Component { id: staffPanel; StaffScreen { session: root.session; staff: root.staff } }
    Component { id: outOfService; OutOfServiceScreen { session: root.session; staff: root.staff } }

    Rectangle {
        id: trainingBanner
        objectName: "trainingBanner"
        visible: root.session.training
        z: 100  // above every overlay too: a trainee never wonders whether this is real
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
        anchors.bottomMargin: (root.keyboardUp ? root.keyboard.keyboardHeight : 0) + letterBoard.height + (speechBar.visible ? speechBar.height : 0)

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            // On the hand-off only the kiosk's bar is ours; the DexCare page fills the rest.
            height: root.session.screen === "handoff" ? (item ? item.implicitHeight : 0) : parent.height
            sourceComponent: root.screens[root.session.screen]
        }

        Loader {
            id: webLoader
            objectName: "webLoader"
            anchors.top: screenLoader.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            visible: root.session.screen === "handoff"
            // Its own file, so QtWebEngine's QML loads with the first hand-off, not at start-up.
            // The view leaves once the page's answers are in (HandoffWebView.retire()): the
            // next page opens only after it is gone (kiosk/web/session.py waits for it).
            function follow() {
                if (root.web.viewWanted) {
                    if (!item) setSource("components/HandoffWebView.qml", {webSession: root.web})
                } else if (item) {
                    item.retire()
                }
            }
            Component.onCompleted: follow()
        }
        Connections {
            target: webLoader.item
            ignoreUnknownSignals: true
            function onRetired() { webLoader.source = ""; webLoader.follow() }
        }
        Binding { target: webLoader.item; property: "dialogOpen"; value: jsDialog.visible; when: webLoader.item !== null }
        Connections {
            target: root.web
            // A dialog of the page's never outlives it: closed before the view goes, so the next
            // patient never meets the last one's "Cancel the visit for ...?".
            function onViewWantedChanged() { if (!root.web.viewWanted) jsDialog.dismiss(); webLoader.follow() }
        }
        Connections {
            target: webLoader.item
            ignoreUnknownSignals: true
            function onJsDialogRequested(request, alert) { jsDialog.show(request, alert) }
        }

        // Network errors: plain words, and both ways forward; nothing the patient chose is lost.
        Overlay {
            objectName: "errorOverlay"
            visible: root.session.errorCard.kind !== ""
            ColumnLayout {
                x: Theme.margin; y: Theme.margin
                width: parent.width - 2 * Theme.margin
                spacing: Theme.gap
                KText { objectName: "errorTitle"; Layout.fillWidth: true; text: root.session.errorCard.title; font.pixelSize: Theme.titleSize * 0.8; font.bold: true }
                KText { Layout.fillWidth: true; text: root.session.errorCard.body }
                KText { objectName: "errorSupportCode"; Layout.fillWidth: true; visible: root.session.errorCard.supportCode !== ""; text: qsTr("Support code: %1").arg(root.session.errorCard.supportCode); color: Theme.muted }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    KButton { objectName: "retryButton"; visible: root.session.errorCard.canRetry; text: qsTr("Try again"); onClicked: root.session.errorCard.retry() }
                    KButton { objectName: "errorStartOverButton"; kind: "secondary"; text: qsTr("Start over"); onClicked: root.session.startOver() }
                }
            }
        }
    }

    // In audio mode: Repeat, Pause, Softer, Louder, always in reach (a keypad's keys do the same).
    SpeechBar {
        id: speechBar
        speech: root.speech
        // Out of the way while the letter board is open: its keypad has the same keys (F2, F3,
        // F9, F10), and the field being typed into needs the room.
        visible: root.speech.audioMode && !root.letterBoard.shown
        z: 89
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (root.keyboardUp ? root.keyboard.keyboardHeight : 0) + letterBoard.height
    }

    // A keypad's letters (kiosk/qt/letterboard.py), where the keyboard would be.
    LetterBoard {
        id: letterBoard
        board: root.letterBoard
        z: 91
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }
    Connections {
        target: root.letterBoard
        // Back in the field: it is said again (what it holds only through headphones).
        function onClosed() {
            if (!root.speech.audioMode) return
            if (root.session.screen === "handoff") root.describePageFocus()
            else if (root.activeFocusItem) root.speech.sayFocus(root.spoken(root.activeFocusItem, root.speech.privateListening))
        }
    }

    // The on-screen keyboard loads just after the first frame (its QML is heavy), and follows the
    // language; it never predicts or learns what is typed.
    Loader {
        id: keyboardLoader
        objectName: "keyboardLoader"
        // Under the overlays (94-98): none of them takes typing, and a question such as "Are you
        // still there?" must never sit under a keyboard left open by the web page's field.
        z: 90
        anchors.fill: parent
        asynchronous: true
        active: false
        source: "components/Keyboard.qml"
        Component.onCompleted: Qt.callLater(() => active = true)
    }
    Binding { target: keyboardLoader.item; property: "language"; value: root.session.language; when: keyboardLoader.item !== null }
    readonly property var keyboard: keyboardLoader.item
    // For the tests: nothing of the UI is still being compiled on QML's loader thread.
    readonly property bool keyboardLoaded: keyboardLoader.status === Loader.Ready
    // The letter board, when open, takes the keyboard's place (a web page's field may ask for the
    // keyboard again as the board types into it).
    readonly property bool keyboardUp: keyboard !== null && keyboard.active && !root.letterBoard.shown
    Binding { target: keyboardLoader; property: "visible"; value: !root.letterBoard.shown }
    Connections {
        target: keyboardLoader.item
        // The page above just got shorter: keep the field being typed into in sight.
        function onOpened() {
            if (webLoader.item && root.session.screen === "handoff")
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
        function dismiss() { if (visible) close(false) }
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
                // The dialog covers the bar: Start over stays within reach here.
                KButton {
                    objectName: "jsDialogStartOver"
                    kind: "danger"
                    text: qsTr("Start over")
                    onClicked: { jsDialog.dismiss(); root.session.startOver() }
                }
            }
        }
    }

    // "Are you still there?": at least 20 seconds to answer, with one big button.
    Overlay {
        objectName: "idleOverlay"
        z: 97
        visible: root.session.idleWarning
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "idleTitle"; Layout.fillWidth: true; text: qsTr("Are you still there?"); font.pixelSize: Theme.titleSize; font.bold: true }
            KText {
                objectName: "idleCountdown"
                Layout.fillWidth: true
                text: qsTr("For your privacy, this screen will clear in %n second(s).", "", root.session.idleSecondsLeft)
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton { objectName: "moreTimeButton"; minHeight: Theme.bigButtonHeight; text: qsTr("I need more time"); onClicked: root.session.stillHere() }
                KButton { objectName: "idleStartOverButton"; kind: "secondary"; text: qsTr("Start over"); onClicked: root.session.startOver() }
            }
        }
    }

    // Help: a person is on the way. The request stays (the staff corner and panel show it) until
    // staff clear it or the patient says they are fine.
    Overlay {
        id: helpCard
        objectName: "helpOverlay"
        z: 94
        property bool open: false
        visible: open
        Connections { target: root.session; function onSessionReset() { helpCard.open = false } }
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "helpTitle"; Layout.fillWidth: true; text: qsTr("Help is on the way"); font.pixelSize: Theme.titleSize * 0.8; font.bold: true }
            KText { Layout.fillWidth: true; text: qsTr("We have let the staff know. You can also go to %1 now; what you entered here stays until you come back.").arg(root.session.helpLocation) }
            EmergencyNotice { Layout.fillWidth: true }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton { objectName: "helpOkButton"; text: qsTr("OK"); onClicked: helpCard.open = false }
                KButton { objectName: "helpCancelButton"; kind: "secondary"; text: qsTr("I no longer need help"); onClicked: { root.session.helpRequest.cancel(); helpCard.open = false } }
            }
        }
    }
    Connections { target: root.session.helpRequest; function onAsked() { helpCard.open = true } }

    // Staff PIN: big digits, shown as dots, typed on our own buttons (no keyboard ever sees it).
    Overlay {
        id: pinPad
        objectName: "pinPad"
        z: 96
        visible: root.staff.pad.shown
        cardWidth: 760
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "pinMessage"; Layout.fillWidth: true; text: root.staff.pad.message; font.pixelSize: Theme.titleSize * 0.6; font.bold: true; horizontalAlignment: Text.AlignHCenter }
            KText {
                objectName: "pinDots"
                Layout.fillWidth: true
                text: "●".repeat(root.staff.pad.pinLength) + "○".repeat(Math.max(0, 4 - root.staff.pad.pinLength))
                font.pixelSize: Theme.titleSize
                horizontalAlignment: Text.AlignHCenter
                Accessible.name: spokenText
                property string spokenText: qsTr("%n digit(s) entered", "", root.staff.pad.pinLength)  // not "black circle" four times
            }
            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: 3
                rowSpacing: 12
                columnSpacing: 12
                enabled: root.staff.pad.available && root.staff.pad.lockedSeconds === 0
                // The digits take no keyboard focus: a focus ring would show onlookers the last
                // digit pressed.
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                    KButton { required property string modelData; objectName: "pin_" + modelData; implicitWidth: 170; minHeight: 110; fontSize: Theme.titleSize * 0.8; secret: true; text: modelData; onClicked: root.staff.pad.digit(modelData) }
                }
                KButton { objectName: "pinErase"; implicitWidth: 170; minHeight: 110; kind: "secondary"; secret: true; text: "⌫"; spokenName: qsTr("Delete a digit"); Accessible.name: spokenName; onClicked: root.staff.pad.erase() }
                KButton { objectName: "pin_0"; implicitWidth: 170; minHeight: 110; fontSize: Theme.titleSize * 0.8; secret: true; text: "0"; onClicked: root.staff.pad.digit("0") }
                KButton { objectName: "pinOk"; implicitWidth: 170; minHeight: 110; secret: true; text: qsTr("OK"); onClicked: root.staff.pad.submit() }
            }
            KButton { objectName: "pinCancel"; Layout.alignment: Qt.AlignHCenter; kind: "secondary"; text: qsTr("Cancel"); onClicked: root.staff.pad.close() }
        }
    }

    // "Exit to desktop" asks first: it takes the kiosk away from patients.
    Overlay {
        objectName: "exitConfirm"
        z: 96
        visible: root.staff.confirmingExit
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText {
                objectName: "exitConfirmTitle"
                Layout.fillWidth: true
                text: root.staff.supervised ? qsTr("Restart the kiosk program?") : qsTr("Exit the kiosk program?")
                font.pixelSize: Theme.titleSize * 0.8
                font.bold: true
            }
            KText {
                Layout.fillWidth: true
                text: root.staff.supervised
                      ? qsTr("The screen goes dark for a few seconds and the kiosk starts again on Welcome. Anything a patient has open is cleared.")
                      : qsTr("Patients cannot book here until it is started again. To stop bookings for a while, take the kiosk out of service instead.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                KButton { objectName: "exitConfirmNo"; text: qsTr("Keep the kiosk running"); onClicked: root.staff.confirmExit(false) }
                KButton { objectName: "exitConfirmYes"; kind: "danger"; text: root.staff.supervised ? qsTr("Restart the kiosk") : qsTr("Exit to desktop"); onClicked: root.staff.confirmExit(true) }
            }
        }
    }

    Overlay {
        objectName: "apologyOverlay"
        z: 98
        visible: root.session.apology
        ColumnLayout {
            x: Theme.margin; y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            KText { objectName: "apologyTitle"; Layout.fillWidth: true; text: qsTr("Sorry, let's start again."); font.pixelSize: Theme.titleSize; font.bold: true }
            KText { Layout.fillWidth: true; text: qsTr("Something went wrong on this kiosk. Nothing you entered was kept.") }
            KButton { objectName: "apologyOkButton"; text: qsTr("OK"); onClicked: root.session.dismissApology() }
        }
    }
}
